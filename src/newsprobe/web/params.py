"""Query parameters, every one bounded: a bad value is a one-line 400 (NP109), never a 500."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from newsprobe.errors import Code, InputError

MAX_TEXT = 200  # a search word, an outlet, an entity name
MAX_OFFSET = 1_000_000
MAX_LIMIT = 500
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_TOKEN = re.compile(r"^[A-Za-z0-9_ ,.'&/-]{1,80}$")
_FIGURE_CATEGORY = re.compile(r"^[A-Za-z0-9_ .:/-]{1,80}$")


def _bad(name: str, why: str) -> InputError:
    return InputError(Code.BAD_OPTION, f"query parameter {name!r}: {why}")


def text(query: Mapping[str, str], name: str, *, limit: int = MAX_TEXT) -> str:
    value = query.get(name, "")
    if len(value) > limit:
        raise _bad(name, f"at most {limit} characters")
    if any(ord(c) < 32 for c in value):
        raise _bad(name, "control characters are not allowed")
    return value.strip()


def integer(query: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = query.get(name, "").strip()
    if not raw:
        return default
    if not re.fullmatch(r"[+-]?\d{1,12}", raw):
        raise _bad(name, f"an integer from {low} to {high}")
    value = int(raw)
    if not low <= value <= high:
        raise _bad(name, f"an integer from {low} to {high}")
    return value


def day(query: Mapping[str, str], name: str) -> str:
    raw = query.get(name, "").strip()
    if not raw:
        return ""
    if not _DATE.match(raw):
        raise _bad(name, "a date YYYY-MM-DD")
    try:
        date.fromisoformat(raw)
    except ValueError:
        raise _bad(name, "a date YYYY-MM-DD") from None
    return raw


def token(query: Mapping[str, str], name: str) -> str:
    """A label from a fixed vocabulary (technique, term category): letters, digits, a few marks."""
    raw = query.get(name, "").strip()
    if raw and not _TOKEN.match(raw):
        raise _bad(name, "letters, digits and _ , . ' & / - only (at most 80)")
    return raw


def figure_category(query: Mapping[str, str], name: str) -> str:
    """A figure category (``killed``, ``money:cost``): letters, digits and _ . : / - only."""
    raw = query.get(name, "").strip()
    if raw and not _FIGURE_CATEGORY.match(raw):
        raise _bad(name, "letters, digits and _ . : / - only (at most 80)")
    return raw


def plover_type(query: Mapping[str, str], name: str) -> str:
    """A PLOVER event type (``ASSAULT``, ``CONSULT`` ...), upper case; ``""`` when not given."""
    from typing import get_args

    from newsprobe.model import PloverType

    raw = query.get(name, "").strip().upper()
    if raw and raw not in get_args(PloverType):
        raise _bad(name, "a PLOVER event type: " + ", ".join(get_args(PloverType)))
    return raw


@dataclass(frozen=True)
class Filters:
    """What the article and story lists can be narrowed by."""

    q: str = ""
    outlet: str = ""
    date_from: str = ""
    date_to: str = ""
    entity: str = ""
    speaker: str = ""
    technique: str = ""
    category: str = ""

    @classmethod
    def parse(cls, query: Mapping[str, str]) -> Filters:
        f = cls(
            q=text(query, "q"),
            outlet=text(query, "outlet"),
            date_from=day(query, "from"),
            date_to=day(query, "to"),
            entity=text(query, "entity"),
            speaker=text(query, "speaker"),
            technique=token(query, "technique"),
            category=token(query, "category"),
        )
        if f.date_from and f.date_to and f.date_from > f.date_to:
            raise _bad("from", "must not be after 'to'")
        return f

    def as_query(self) -> dict[str, str]:
        """The non-empty filters under their URL names (for links that keep them)."""
        names = {"date_from": "from", "date_to": "to"}
        return {names.get(k, k): v for k, v in asdict(self).items() if v}

    def as_dict(self) -> dict[str, Any]:
        return self.as_query()


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int

    @classmethod
    def parse(cls, query: Mapping[str, str], default_limit: int = 50) -> Page:
        return cls(
            limit=integer(query, "limit", default_limit, 1, MAX_LIMIT),
            offset=integer(query, "offset", 0, 0, MAX_OFFSET),
        )
