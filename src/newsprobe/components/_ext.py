"""Doc extensions shared by every component. Registered once, idempotently."""

from __future__ import annotations

from spacy.tokens import Doc

#: extension name -> what it holds (all default to an empty list, except ``article``)
EXTENSIONS: dict[str, str] = {
    "article": "newsprobe.model.Article for this doc (publication date, outlet), or None",
    "entities": "list[newsprobe.model.Entity]",
    "quotes": "list[newsprobe.model.Quote]",
    "quantities": "list[newsprobe.model.Quantity]",
    "dates": "list[newsprobe.model.DateExpr]",
    "terms": "list[newsprobe.model.TermHit]",
    "techniques": "list[newsprobe.model.TechniqueSpan]",
}


def register_extensions() -> None:
    for name in EXTENSIONS:
        # default None, never a shared mutable list: each component assigns a fresh list
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_list(doc: Doc, name: str) -> list:  # type: ignore[type-arg]
    """``doc._.<name>`` or an empty list when that component did not run."""
    value = getattr(doc._, name)
    return list(value) if value else []
