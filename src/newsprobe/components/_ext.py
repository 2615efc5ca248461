"""Doc extensions shared by every component. Registered once, idempotently."""

from __future__ import annotations

from typing import Any

import srsly
from pydantic import BaseModel
from spacy.tokens import Doc

from newsprobe import model

_TAG = "__newsprobe_record__"

#: extension name -> what it holds (all default to an empty list, except ``article``)
EXTENSIONS: dict[str, str] = {
    "article": "newsprobe.model.Article for this doc (publication date, outlet), or None",
    "entities": "list[newsprobe.model.Entity]",
    "quotes": "list[newsprobe.model.Quote]",
    "quantities": "list[newsprobe.model.Quantity]",
    "dates": "list[newsprobe.model.DateExpr]",
    "terms": "list[newsprobe.model.TermHit]",
    "techniques": "list[newsprobe.model.TechniqueSpan]",
    "events": "list[newsprobe.model.Event]",
}


def _encode_record(obj: Any, chain: Any = None) -> Any:
    """msgpack encoder: newsprobe records travel as {tag: class name, data: fields}."""
    if isinstance(obj, BaseModel) and type(obj).__module__ == model.__name__:
        return {_TAG: type(obj).__name__, "data": obj.model_dump(mode="json")}
    return obj if chain is None else chain(obj)


def _decode_record(obj: Any, chain: Any = None) -> Any:
    if isinstance(obj, dict) and _TAG in obj:
        return getattr(model, obj[_TAG]).model_validate(obj["data"])
    return obj if chain is None else chain(obj)


def register_extensions() -> None:
    """Doc extensions, and msgpack codecs so that ``Doc.to_bytes`` and ``nlp.pipe(n_process=N)`` carry
    newsprobe's records across processes."""
    srsly.msgpack_encoders.register("newsprobe_records", func=_encode_record)
    srsly.msgpack_decoders.register("newsprobe_records", func=_decode_record)
    for name in EXTENSIONS:
        # default None, never a shared mutable list: each component assigns a fresh list
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def get_list(doc: Doc, name: str) -> list:
    """``doc._.<name>`` or an empty list when that component did not run."""
    value = getattr(doc._, name)
    return list(value) if value else []


_TEXT_KEY = "newsprobe.text"


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per doc: spaCy joins every token on each access, which is O(n)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)
