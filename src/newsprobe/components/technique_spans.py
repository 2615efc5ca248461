"""Technique spans a reader accepts: within one sentence and one side of a quotation, whole words, no titles.

The SI decoder joins runs of word pieces into spans; before they are shown, :func:`reader_spans`

* **splits** each span at sentence ends (:func:`sentence_bounds`: ``.!?`` plus closing quotes or
  brackets, then a space and a capital, digit or opening quote; common abbreviations and initials
  are not ends; a line break always is) and at the edges of quotations (:func:`quote_regions`:
  curly or straight double quotes, curly single quotes, paired within a line), so no span runs
  from narration into a quotation or from one sentence into the next;
* **trims** each piece to whole words (no leading or trailing spaces, punctuation or quote marks)
  and drops pieces with no letter;
* **skips** titles of works and proper names: a piece lying wholly inside a quotation whose words
  are all capitalised ("“The Long Night”", comedy “Fleabag”; the headline line excepted, where
  Title Case is the house style), or wholly inside a span listed in ``names`` (party names already
  masked to a placeholder, works of art, events, products and laws from the NER).

Pure text functions: the same cleaning runs at inference and in evaluation.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

Span = tuple[int, int]

OPEN_QUOTES = "“\"‘"
QUOTE_CHARS = "“”\"‘’«»"
_ABBREV = frozenset(
    "mr mrs ms dr st jr sr gen sen rep gov lt col sgt capt prof rev vs no inc corp co ltd jan feb mar apr "
    "jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m etc al fig mt ft".split()
)
_END = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_MINOR = frozenset("a an and as at by for in of on or the to with vs from into nor but".split())
_TRIM = " \t\n.,:;!?-–—()[]" + QUOTE_CHARS


def sentence_bounds(text: str) -> list[int]:
    """Character offsets where a new sentence starts (after a sentence end or a line break)."""
    cuts: set[int] = set()
    for m in _END.finditer(text):
        if m.group().startswith("."):
            before = re.search(r"([\w.]+)$", text[: m.start()])
            word = before.group(1).lower() if before else ""
            if word.rstrip(".") in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
        nxt = m.end()
        while nxt < len(text) and text[nxt].isspace():
            nxt += 1
        cuts.add(nxt)
    pos = text.find("\n")
    while pos >= 0:
        cuts.add(pos + 1)
        pos = text.find("\n", pos + 1)
    return sorted(cuts)


def quote_regions(text: str) -> list[Span]:
    """``[start, end)`` of each quotation, quote marks included, paired within a line."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        out.extend((pos + s, pos + e) for s, e in _line_quotes(line))
        pos += len(line) + 1
    return out


def _line_quotes(line: str) -> list[Span]:
    out: list[Span] = []
    open_at: int | None = None
    straight_at: int | None = None
    single_at: int | None = None
    for i, ch in enumerate(line):
        if ch == "“":
            open_at = i
        elif ch == "”" and open_at is not None:
            out.append((open_at, i + 1))
            open_at = None
        elif ch == '"':
            if straight_at is None:
                straight_at = i
            else:
                out.append((straight_at, i + 1))
                straight_at = None
        elif ch == "‘" and (i == 0 or not line[i - 1].isalnum()):
            single_at = i
        elif ch == "’" and single_at is not None and (i + 1 == len(line) or not line[i + 1].isalnum()):
            out.append((single_at, i + 1))
            single_at = None
    return sorted(out)


def trim_span(text: str, start: int, end: int) -> Span:
    """Strip spaces, punctuation and quote marks from both ends (an apostrophe inside a word stays)."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _is_title_case(fragment: str) -> bool:
    words = [w for w in _WORD.findall(fragment) if w.lower() not in _MINOR]
    if not words:
        return False
    letters = [c for w in words for c in w if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) > 1:
        return False  # ALL CAPS is emphasis, not a name
    return all(w[0].isupper() for w in words)


def reader_spans(text: str, spans: Sequence[Span], names: Sequence[Span] = ()) -> list[Span]:
    """``spans`` split at sentence and quotation edges, trimmed to words, titles and names dropped."""
    if not spans:
        return []
    cuts = sentence_bounds(text)
    quotes = quote_regions(text)
    edges = sorted(set(cuts) | {q[0] for q in quotes} | {q[1] for q in quotes})
    first_line_end = text.find("\n") if "\n" in text else len(text)
    out: list[Span] = []
    for start, end in spans:
        inner = [c for c in edges if start < c < end]
        for a, b in zip([start, *inner], [*inner, end], strict=True):
            a, b = trim_span(text, a, b)
            if b <= a or not any(c.isalpha() for c in text[a:b]):
                continue
            if any(s <= a and b <= e for s, e in names):
                continue
            holder = next(((s, e) for s, e in quotes if s <= a and b <= e), None)
            if holder is not None and holder[0] >= first_line_end and _is_title_case(text[holder[0]:holder[1]]):
                continue
            out.append((a, b))
    return sorted(set(out))
