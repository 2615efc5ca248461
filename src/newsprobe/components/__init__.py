"""newsprobe's analysers, each a spaCy pipeline component.

Importing a component module registers its factory. Results live on ``Doc`` extensions as lists
of :mod:`newsprobe.model` records, with character offsets into ``doc.text``:

=======================  =========================  =================================
factory                  writes                     reads
=======================  =========================  =================================
``newsprobe_entities``   ``doc._.entities``         ``doc.ents``, parse
``newsprobe_quotes``     ``doc._.quotes``           ``doc._.entities``, parse
``newsprobe_dates``      ``doc._.dates``            ``doc._.article`` (publication date)
``newsprobe_quantities`` ``doc._.quantities``       ``doc._.quotes``, ``doc._.dates``, parse, ents
``newsprobe_events``     ``doc._.events``           ``doc._.entities/quotes/dates``, parse
``newsprobe_terms``      ``doc._.terms``            lemmas
``newsprobe_techniques`` ``doc._.techniques``       text
=======================  =========================  =================================
"""

from newsprobe.components._ext import register_extensions

register_extensions()

__all__ = ["register_extensions"]
