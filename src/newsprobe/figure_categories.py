"""What a figure measures: one normalised ``category`` per :class:`~newsprobe.model.Quantity`.

:func:`category_of` is pure: it reads the quantity's ``unit``, what it ``counted`` and the cue words
near it in the article text, and returns a category such as ``killed``, ``injured``,
``displaced``, ``money:budget`` or ``percent:fee`` -- or ``None`` when unsure. The synonym groups
and the exact rules are documented in ``components/data/figure_categories.tsv``.

The pipeline fills ``Quantity.category`` once, in :func:`newsprobe.pipeline.to_analysis`; compare
and the figures ledger only read it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from newsprobe.model import Quantity

#: how many words a cue may sit from its number
CUE_WINDOW = 8
#: characters of context read on each side of a figure
_CONTEXT = 320
KINDS = ("count", "money", "percent")
_COUNT_UNITS = frozenset({"people", "persons", "person"})
_TOKEN = re.compile(
    r"[A-Za-z][A-Za-z'\u2019-]*|\d(?:[\d,.]*\d)?|[.!?](?=[\s\"'\u201d\u2019)]|$)|\n|[,;:()\u2014\u2013]"
)
#: a cue never reaches its number across one of these ("3,000 displaced and 40 injured")
_BOUNDARIES = frozenset({"and", "but", "while", "whereas", "or", ",", ";", ":", "(", ")", "\u2014", "\u2013",
                         ".", "!", "?", "\n"})
_YEAR = re.compile(r"(1[89]|20)\d\d")


@dataclass(frozen=True)
class Groups:
    """The synonym groups: kind -> phrase (tuple of lower-case words) -> group name."""

    phrases: dict[str, dict[tuple[str, ...], str]]
    longest: int


@lru_cache(maxsize=1)
def groups() -> Groups:
    """The groups of ``data/figure_categories.tsv`` (read once)."""
    text = resources.files("newsprobe.components").joinpath("data/figure_categories.tsv").read_text("utf-8")
    phrases: dict[str, dict[tuple[str, ...], str]] = {kind: {} for kind in KINDS}
    longest = 1
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, group, cues = line.split("\t")
        for cue in cues.split(","):
            words = tuple(cue.strip().lower().split())
            if words:
                phrases[kind].setdefault(words, group)
                longest = max(longest, len(words))
    return Groups(phrases, longest)


def kind_of(q: Quantity) -> str | None:
    """``count`` (no unit, or people), ``money`` (a currency code), ``percent``, ``points`` or None."""
    unit = q.unit
    if unit is None or unit in _COUNT_UNITS:
        return "count"
    if unit == "percent":
        return "percent"
    if unit == "percentage points":
        return "points"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return None


def _lookup_order(kind: str) -> tuple[str, ...]:
    if kind in ("percent", "points"):
        return ("percent", "money", "count")
    return (kind,)


def _prefix(kind: str) -> str:
    return "" if kind == "count" else kind + ":"


def _words(text: str) -> list[str]:
    return [t.lower().replace("\u2019", "'") for t in _TOKEN.findall(text)]


def _match(words: list[str], i: int, kind: str) -> tuple[str, int] | None:
    """The longest phrase of ``kind`` starting at ``words[i]``: (group, length)."""
    table = groups().phrases[kind]
    for n in range(min(groups().longest, len(words) - i), 0, -1):
        group = table.get(tuple(words[i : i + n]))
        if group is not None:
            return group, n
    return None


def _from_counted(q: Quantity, kind: str) -> str | None:
    if q.counted is None:
        return None
    words = _words(q.counted.text)
    for lookup in _lookup_order(kind):
        for i in range(len(words)):
            found = _match(words, i, lookup)
            if found:
                return found[0]
    return None


def _from_cues(q: Quantity, text: str, kind: str) -> str | None:
    lo = max(0, q.start - _CONTEXT)
    toks = [(m.group(0).lower().replace("\u2019", "'"), m.start(), m.end())
            for m in _TOKEN.finditer(text, lo, min(len(text), q.end + _CONTEXT))]
    words = [t[0] for t in toks]
    first = next((i for i, t in enumerate(toks) if t[2] > q.start), None)
    if first is None:
        return None
    last = max((i for i, t in enumerate(toks) if t[1] < q.end), default=first)
    for lookup in _lookup_order(kind):
        best: tuple[int, int, str] | None = None
        for i in range(len(toks)):
            if first <= i <= last:
                continue
            found = _match(words, i, lookup)
            if found is None:
                continue
            group, n = found
            end = i + n - 1
            if end >= first and i <= last:
                continue
            if i > last:
                distance, between, after = i - last, words[last + 1 : i], 0
            else:
                distance, between, after = first - end, words[end + 1 : first], 1
            if distance > CUE_WINDOW or any(w in _BOUNDARIES for w in between):
                continue
            key = (distance, after, group)
            if best is None or key < best:
                best = key
        if best is not None:
            return best[2]
    return None


def category_of(q: Quantity, text: str) -> str | None:
    """The category of figure ``q`` in article ``text`` (see the module docstring), or None."""
    kind = kind_of(q)
    if kind is None or (q.value is None and q.low is None and q.high is None):
        return None
    if kind == "count" and q.counted is None and _YEAR.fullmatch(q.text.strip()):
        return None  # "in 2024": a year, not a count
    group = _from_counted(q, kind) or _from_cues(q, text, kind)
    return _prefix(kind) + group if group else None
