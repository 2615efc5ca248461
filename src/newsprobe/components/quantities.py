"""Numbers claimed in the text, normalised: the ``newsprobe_quantities`` spaCy component.

It writes ``doc._.quantities``: a list of :class:`newsprobe.model.Quantity` in text order, one per
numeric expression, with

* ``value`` (``"nearly half a million"`` -> 500000, ``"35,170"``, ``"fifty-seven"``, ``"1.2 million"``,
  ``"a dozen"``, ``"$5 billion"``), or ``low``/``high`` for ranges (``"between 10 and 20"``,
  ``"10-20"``) and vague scales (``"tens of thousands"`` -> 10000..99999, ``"several hundred"``), where
  ``value`` is ``None``;
* ``comparator``: ``approx``/``gt``/``ge``/``lt``/``le`` from the words before or after the number
  (lexicon ``data/comparators.json``);
* ``unit``: ``percent``, a currency code (``USD``) or a measure (``km``), from ``data/units.json``;
* ``counted``: the noun phrase being counted (``"over 35,000 Palestinians"`` -> ``Palestinians``,
  ``"thousands of American students"`` -> ``American students``), ``None`` when the number stands alone;
* ``claim_source``: the speaker when the number sits inside a quote's content (``doc._.quotes``, when
  the quotes component ran), else the source named in the same sentence by ``according to X`` or a
  reporting verb (``X said``); ``None`` is the outlet's own voice.

It reads tokens itself (digits and number words; the small model's NER misses or mislabels some)
and uses the parse for the counted noun, names and sources. Not quantities: ordinals, numbers in
names (``Resolution 2334``, ``the 5th International Congress``), dates, years and times (the spans of
``doc._.dates`` when the dates component ran first, else of
:func:`newsprobe.components.dates.find_dates`; numbers followed by a time unit), ages, phone
numbers, page/section numbers and list markers.

Vague scales are order-of-magnitude ranges (``thousands`` 1000..9999, ``tens of thousands``
10000..99999; ``dozens`` 24..99, ``scores`` 40..99), from ``data/number_words.json``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.components._ext import get_list, text_of
from newsprobe.components.dates import MONTHS, WEEKDAYS, find_dates
from newsprobe.model import ClaimSource, Entity, Mention, Quantity, Quote

__all__ = ["QuantityFinder", "find_quantities", "parse_number_words"]

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$", re.IGNORECASE)
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
_SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_RANGE_JOINERS = {"to", "-", "–", "—"}
_COUNT_DETS = {"the", "these", "those", "this", "that", "its", "their", "his", "her", "our", "all"}
_PERSON_PRONOUNS = {"he", "she", "him", "her"}
_GROUP_PRONOUNS = {"they", "it", "them"}
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_COUNT_STOPS = frozenset(
    {"last", "next", "this", "each", "every", "per", "ago", "earlier", "later", "a", "an"}
    | {"today", "yesterday", "tomorrow", "tonight"}
)
_FIRST_PERSON = {"i", "we", "me", "us", "you"}
_PHONE = re.compile(
    r"\+\d{1,3}[\s.-]*(?:\(\d+\)[\s.-]*)?\d{2,4}(?:[\s.-]\d{2,4}){1,3}"
    r"|\(\d{2,5}\)\s*\d{3,4}[\s.-]?\d{3,4}"
    r"|\b\d{3,5}[-.]\d{3,4}[-.]\d{3,4}\b"
)


def _data(name: str) -> dict[str, Any]:
    text = resources.files("newsprobe.components").joinpath("data", name).read_text(encoding="utf-8")
    return dict(json.loads(text))


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, int]
    scales: dict[str, int]
    digit_suffixes: dict[str, int]
    vague: dict[str, tuple[int, int, int]]
    few: dict[tuple[str, ...], tuple[int, int]]
    prefix_cmp: dict[tuple[str, ...], str]
    suffix_cmp: dict[tuple[str, ...], str]
    prefix_units: dict[str, str]
    suffix_units: dict[tuple[str, ...], str]
    labels: frozenset[str]
    time_units: frozenset[str]
    speech_lemmas: frozenset[str]


def _phrases(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): code for code, phrases in table.items() for p in phrases}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    words = _data("number_words.json")
    cmp = _data("comparators.json")
    units = _data("units.json")
    cues = _data("quantity_cues.json")
    return _Lexicon(
        units={**words["units"], **words["tens"]},
        scales=dict(words["scales"]),
        digit_suffixes=dict(words["digit_suffixes"]),
        vague={k: (v[0], v[1], v[2]) for k, v in words["vague"].items()},
        few={tuple(k.split()): (v[0], v[1]) for k, v in words["few"].items()},
        prefix_cmp=_phrases(cmp["prefix"]),
        suffix_cmp=_phrases(cmp["suffix"]),
        prefix_units=dict(units["prefix"]),
        suffix_units={tuple(_unit_tokens(k)): v for k, v in units["suffix"].items()},
        labels=frozenset(cues["labels"]),
        time_units=frozenset(cues["time_units"]),
        speech_lemmas=frozenset(cues["speech_lemmas"]),
    )


def _unit_tokens(phrase: str) -> list[str]:
    return phrase.split()


@dataclass
class _Num:
    """A parsed number: tokens ``[start, end)``, value or range, and how it was written."""

    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    words_only: bool = False
    scaled: bool = False
    multiplier: float = 1.0  # the scale words' product: 1e6 for "2 million"


def parse_number_words(words: Sequence[str]) -> tuple[float, int] | None:
    """Value of the number words at the start of ``words`` (lower case) and how many were read.

    ``["fifty", "-", "seven", "people"]`` -> ``(57, 3)``; ``["half", "a", "million"]`` -> ``(500000, 3)``;
    ``["a", "dozen"]`` -> ``(12, 2)``; ``None`` when no number starts there.
    """
    lex = _lexicon()
    n = len(words)
    if n >= 3 and words[0] == "half" and words[1] in ("a", "an") and words[2] in lex.scales:
        value, used = 0.5 * lex.scales[words[2]], 3
        return _more_scales(words, value, used)
    if n >= 2 and words[0] in ("a", "an") and (words[1] in lex.scales or words[1] == "dozen"):
        value = 12.0 if words[1] == "dozen" else float(lex.scales[words[1]])
        return _more_scales(words, value, 2)
    total, current, used, seen = 0.0, 0.0, 0, False
    last_kind = ""
    while used < n:
        w = words[used]
        if w in lex.units:
            if last_kind in ("unit",) or (last_kind == "ten" and lex.units[w] >= 10):
                break
            current += lex.units[w]
            last_kind = "ten" if lex.units[w] >= 20 else "unit"
            seen = True
        elif w == "hundred" and seen:
            current = (current or 1) * 100
            last_kind = "scale"
        elif w in lex.scales and seen:
            total += (current or 1) * lex.scales[w]
            current = 0
            last_kind = "scale"
        elif w == "dozen" and seen:
            current = (current or 1) * 12
            last_kind = "scale"
        elif w == "-" and last_kind == "ten" and used + 1 < n and words[used + 1] in lex.units:
            last_kind = "hyphen"
        elif w == "and" and last_kind == "scale" and used + 1 < n and words[used + 1] in lex.units:
            last_kind = "and"
        else:
            break
        used += 1
    if not seen:
        return None
    while used and words[used - 1] in ("-", "and"):
        used -= 1
    return total + current, used


def _more_scales(words: Sequence[str], value: float, used: int) -> tuple[float, int]:
    scales = _lexicon().scales
    while used < len(words) and words[used] in scales and scales[words[used]] > 100:
        value *= scales[words[used]]
        used += 1
    return value, used


class QuantityFinder:
    """Finds the quantities in one parsed ``Doc``; lexicons are loaded once per process."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        self._max_cmp = max(len(p) for p in [*self.lex.prefix_cmp, *self.lex.suffix_cmp])
        self._max_unit = max(len(p) for p in self.lex.suffix_units)

    # ----------------------------------------------------------------- entry point
    def __call__(self, doc: Doc) -> list[Quantity]:
        low = [t.lower_ for t in doc]
        blocked = self._blocked_chars(doc, text_of(doc))
        quotes: list[Quote] = get_list(doc, "quotes")
        entities: list[Entity] = get_list(doc, "entities")
        found: list[Quantity] = []
        i, label_end = 0, -1
        while i < len(doc):
            parsed = self._expression(doc, low, i)
            if parsed is None:
                i += 1
                continue
            num, start, end, comparator, unit = parsed
            listed = (
                label_end >= 0
                and num.start == label_end + 1
                and low[label_end] in ("and", ",", "or", "to")
                and not (num.end < len(doc) and doc[num.end].pos_ in ("NOUN", "PROPN", "ADJ"))
            )
            if listed or self._rejected(doc, low, num, start, end, unit, comparator, blocked):
                if listed or self._is_label(doc, low, num, comparator, unit):
                    label_end = num.end  # "pages 10-12 and 17-34": the next number is a label too
                i = max(num.end, i + 1)
                continue
            found.append(self._record(doc, low, num, start, end, comparator, unit, quotes, entities))
            i = end
        return found

    # ----------------------------------------------------------------- parsing
    def _number(self, doc: Doc, low: list[str], i: int) -> _Num | None:
        tok = low[i]
        if _DIGITS.match(tok):
            multiplier, end = 1.0, i + 1
            while end < len(doc) and low[end] in self.lex.scales:
                multiplier *= self.lex.scales[low[end]]
                end += 1
            if end == i + 1 and end < len(doc) and doc[i].whitespace_ == "" and self._money_suffix(doc, low, i):
                multiplier = self.lex.digit_suffixes[low[end]]  # "US$3m": tokens "US$", "3", "m"
                end += 1
            value = float(tok.replace(",", "")) * multiplier
            return _Num(i, end, value, scaled=end > i + 1, multiplier=multiplier)
        m = _DIGITS_SUFFIX.match(tok)
        if m and m.group(2).lower() in self.lex.digit_suffixes and not self._metres(doc, i, m.group(2)):
            multiplier = self.lex.digit_suffixes[m.group(2).lower()]
            return _Num(i, i + 1, float(m.group(1)) * multiplier, scaled=True, multiplier=multiplier)
        words = parse_number_words(low[i : i + 12])
        if words is None:
            return None
        value, used = words
        if "-" in low[i : i + used] and not self._glued(doc, i, i + used):
            return None
        scaled = any(w in self.lex.scales or w == "dozen" for w in low[i : i + used])
        multiplier, k = 1.0, i + used - 1
        while k > i and low[k] in self.lex.scales and self.lex.scales[low[k]] > 100:
            multiplier *= self.lex.scales[low[k]]
            k -= 1
        return _Num(i, i + used, value, words_only=True, scaled=scaled, multiplier=multiplier)

    def _money_suffix(self, doc: Doc, low: list[str], i: int) -> bool:
        suffix = low[i + 1]
        if suffix not in self.lex.digit_suffixes:
            return False
        return suffix not in ("m", "b") or (i > 0 and low[i - 1] in self.lex.prefix_units)

    def _metres(self, doc: Doc, i: int, suffix: str) -> bool:
        """``100m`` is metres unless money: a currency sign before it."""
        return suffix.lower() in ("m", "b") and not (i > 0 and doc[i - 1].lower_ in self.lex.prefix_units)

    @staticmethod
    def _glued(doc: Doc, start: int, end: int) -> bool:
        """Hyphens inside ``[start, end)`` have no space around them (``fifty-seven``)."""
        return all(
            doc[k - 1].whitespace_ == "" and t.whitespace_ == "" for k in range(start, end) if (t := doc[k]).text == "-"
        )

    def _vague(self, low: list[str], i: int) -> _Num | None:
        """``tens of thousands``, ``hundreds``, ``several thousand``, ``a few hundred``."""
        lex = self.lex
        for phrase, (flo, fhi) in lex.few.items():
            k = len(phrase)
            if tuple(low[i : i + k]) == phrase and i + k < len(low) and low[i + k] in lex.scales:
                scale, end = 1.0, i + k
                while end < len(low) and low[end] in lex.scales:
                    scale *= lex.scales[low[end]]
                    end += 1
                return _Num(i, end, None, flo * scale, fhi * scale + scale - 1, words_only=True, scaled=True)
        if low[i] not in lex.vague:
            return None
        lo, hi, _ = lex.vague[low[i]]
        end = i + 1
        while end + 1 < len(low) and low[end] == "of" and low[end + 1] in lex.vague:
            base = lex.vague[low[end + 1]][2]
            lo, hi = lo * base, hi * base + base - 1
            end += 2
        return _Num(i, end, None, float(lo), float(hi), words_only=True, scaled=True)

    def _core(self, doc: Doc, low: list[str], i: int) -> _Num | None:
        num = self._vague(low, i)
        if num is not None:
            return num
        num = self._number(doc, low, i)
        if num is None:
            return None
        between = i > 0 and low[i - 1] == "between"
        joiners = {"and"} if between else _RANGE_JOINERS
        j = num.end
        if j + 1 < len(doc) and low[j] in joiners and not (i > 0 and low[i - 1] == "from"):
            if low[j] in "-–—" and not self._glued(doc, j, j + 1):
                return num
            second = self._number(doc, low, j + 1)
            if second is not None and num.value is not None and second.value is not None:
                first = num.value
                if not num.scaled and first * second.multiplier < second.value:
                    first *= second.multiplier  # "between 1 and 2 million"
                if first < second.value:
                    words_only = num.words_only and second.words_only
                    return _Num(i, second.end, None, first, second.value, words_only=words_only, scaled=True)
        return num

    def _phrase_before(self, low: list[str], i: int, table: dict[tuple[str, ...], str]) -> tuple[str, int] | None:
        for k in range(min(self._max_cmp, i), 0, -1):
            code = table.get(tuple(low[i - k : i]))
            if code is not None:
                return code, i - k
        return None

    def _phrase_after(
        self, low: list[str], j: int, table: dict[tuple[str, ...], str], longest: int
    ) -> tuple[str, int] | None:
        for k in range(min(longest, len(low) - j), 0, -1):
            code = table.get(tuple(low[j : j + k]))
            if code is not None:
                return code, j + k
        return None

    def _expression(self, doc: Doc, low: list[str], i: int) -> tuple[_Num, int, int, str | None, str | None] | None:
        num = self._core(doc, low, i)
        if num is None:
            return None
        start, end = num.start, num.end
        if start > 0 and low[start - 1] == "between" and num.value is None and num.low is not None:
            start -= 1
        unit: str | None = None
        if start > 0 and low[start - 1] in self.lex.prefix_units:
            unit = self.lex.prefix_units[low[start - 1]]
            start -= 1
        after = self._unit_after(doc, low, num, end, unit)
        if after is not None:
            unit, end = after
        comparator: str | None = None
        before = self._phrase_before(low, start, self.lex.prefix_cmp)
        if before is not None and not self._topic_over(doc, before[1], start):
            comparator, start = before
        suffix = self._phrase_after(low, end, self.lex.suffix_cmp, self._max_cmp)
        if suffix is not None and comparator is None:
            comparator, end = suffix
        return num, start, end, comparator, unit

    @staticmethod
    def _topic_over(doc: Doc, k: int, start: int) -> bool:
        """``a dispute over 3 islands``: ``over`` heads a prepositional phrase, it is no comparator."""
        tok = doc[k]
        return k == start - 1 and tok.lower_ == "over" and tok.dep_ == "prep" and tok.head.pos_ == "NOUN"

    def _unit_after(
        self, doc: Doc, low: list[str], num: _Num, end: int, prefix_unit: str | None
    ) -> tuple[str, int] | None:
        after = self._phrase_after(low, end, self.lex.suffix_units, self._max_unit)
        if after is None and end + 1 < len(doc) and low[end] == "-" and self._glued(doc, end, end + 1):
            after = self._phrase_after(low, end + 1, self.lex.suffix_units, 1)  # "a 37-foot wall"
        if after is None or (prefix_unit and after[0] == "percent"):
            return None
        if low[end] == "pounds" and not prefix_unit and not num.scaled:
            return None  # "5 pounds" may weigh; "5 million pounds" is money
        return after

    # ----------------------------------------------------------------- filters
    def _blocked_chars(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        dates = doc._.dates if doc._.dates is not None else find_dates(doc, None, text=text)
        spans = [(d.start, d.end) for d in dates]
        spans += [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        return spans

    def _rejected(
        self,
        doc: Doc,
        low: list[str],
        num: _Num,
        start: int,
        end: int,
        unit: str | None,
        comparator: str | None,
        blocked: Iterable[tuple[int, int]],
    ) -> bool:
        first, last = doc[num.start], doc[num.end - 1]
        lo_char, hi_char = first.idx, last.idx + len(last)
        if any(s < hi_char and lo_char < e for s, e in blocked):
            return True
        if self._is_duration_or_time(doc, low, num.end if unit is None else end):
            return True
        if self._is_label(doc, low, num, comparator, unit):
            return True
        if self._is_year(doc, num, unit, comparator):
            return True
        if num.words_only and num.value == 1 and not num.scaled:
            idiom = num.end < len(doc) and low[num.end] == "hand"  # "on the one hand"
            if first.dep_ != "nummod" or idiom:
                return True  # "one of the", "no one"
        return self._is_age(doc, num) or self._is_list_marker(doc, num)

    def _is_duration_or_time(self, doc: Doc, low: list[str], j: int) -> bool:
        if j < len(doc) and low[j] in self.lex.time_units:
            return True
        # "a 10-day truce", "a 12-year-old boy"
        return j + 1 < len(doc) and low[j] == "-" and doc[j - 1].whitespace_ == "" and low[j + 1] in self.lex.time_units

    def _is_label(self, doc: Doc, low: list[str], num: _Num, comparator: str | None, unit: str | None) -> bool:
        first = doc[num.start]
        if comparator or unit or num.words_only and num.scaled:
            return False
        if first.ent_type_ in _NAME_LABELS and first.ent_iob_ == "I":
            return True  # inside a name: "Resolution 2334", "Apollo 11"
        if num.words_only and (first.tag_ in ("NNP", "NNPS") or first.ent_type_ in _NAME_LABELS):
            return True  # a number word in a name: "Zero Hedge", "the Gang of Eight"
        if num.start == 0:
            return False
        prev = doc[num.start - 1]
        if prev.lower_ in self.lex.labels:
            return True
        if prev.lower_ == "of" and num.start > 1 and low[num.start - 2] in ("age", "aged", "ages"):
            return True  # "the age of 21"
        if prev.text == "." and num.start > 1 and doc[num.start - 2].lower_ + "." in self.lex.labels:
            return True  # "No. 10" tokenized as "No", ".", "10"
        glued_name = prev.text == "-" and prev.whitespace_ == "" and num.start > 1 and doc[num.start - 2].is_alpha
        if glued_name and doc[num.start - 2].whitespace_ == "":
            return True  # "MiG-29", "COVID-19" split by the tokenizer
        titled = prev.is_alpha and prev.is_title and not prev.is_sent_start and prev.pos_ == "PROPN"
        return titled and not self._counted_tokens(doc, low, num.end)

    @staticmethod
    def _is_year(doc: Doc, num: _Num, unit: str | None, comparator: str | None) -> bool:
        """A bare four-digit year (``in 2019`` is found by dates too; this catches the rest)."""
        text = doc[num.start].text
        if unit or comparator or num.value is None or len(text) != 4 or not text.isdigit():
            return False
        if not 1800 <= num.value <= 2100 or num.end - num.start != 1:
            return False
        following = doc[num.end] if num.end < len(doc) else None
        return following is None or following.tag_ not in ("NNS", "NNPS")

    @staticmethod
    def _is_age(doc: Doc, num: _Num) -> bool:
        """``Jane Doe, 45, said`` or ``Jane Doe (45)``."""
        if num.value is None or num.value >= 120 or num.scaled or num.start < 2 or num.end >= len(doc):
            return False
        before, after = doc[num.start - 1].text, doc[num.end].text
        return (before, after) in ((",", ","), ("(", ")")) and doc[num.start - 2].pos_ == "PROPN"

    @staticmethod
    def _is_list_marker(doc: Doc, num: _Num) -> bool:
        """``1.`` / ``2)`` at the start of a line, or a bare ``(3)``."""
        k = num.start - 1
        if k >= 0 and doc[k].text == "(":
            k -= 1
        at_line_start = k < 0 or (doc[k].is_space and "\n" in doc[k].text) or doc[k].whitespace_ == "\n"
        nxt = doc[num.end].text if num.end < len(doc) else ""
        if at_line_start and nxt in (".", ")") and num.value is not None and num.value < 100:
            return True
        prev = doc[num.start - 1].text if num.start else ""
        bracketed = (prev, nxt) in (("(", ")"), ("[", "]"))  # "(3)", a footnote "[1]"
        return bracketed and num.end - num.start == 1 and num.value is not None and num.value < 100

    # ----------------------------------------------------------------- record
    def _record(
        self,
        doc: Doc,
        low: list[str],
        num: _Num,
        start: int,
        end: int,
        comparator: str | None,
        unit: str | None,
        quotes: list[Quote],
        entities: list[Entity],
    ) -> Quantity:
        span = doc[start:end]
        counted = None
        adjectival = unit is not None and end >= 2 and low[end - 2] == "-"  # "a 37-foot wall"
        if unit is None or adjectival or (end < len(doc) and low[end] == "of"):  # "$3 Buy Now": no count
            counted = self._counted_tokens(doc, low, end)
        counted_mention = None
        if counted is not None:
            c = doc[counted[0] : counted[1]]
            counted_mention = Mention(start=c.start_char, end=c.end_char, text=c.text)
        return Quantity(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=num.value,
            low=num.low,
            high=num.high,
            comparator=comparator,
            unit=unit,
            counted=counted_mention,
            claim_source=self._claim_source(doc, span, quotes, entities),
        )

    def _counted_tokens(self, doc: Doc, low: list[str], j: int) -> tuple[int, int] | None:
        """Token range of what is counted, right after the number (or after ``of``)."""
        if j < len(doc) and low[j] == "of":
            j += 1
            while j < len(doc) and low[j] in _COUNT_DETS:
                j += 1
        k, last_noun = j, -1
        while k < len(doc) and k - j < 5:
            tok = doc[k]
            if low[k] in _CALENDAR_WORDS or low[k] in _COUNT_STOPS:
                break  # "of the June 2017 report", "children last winter": time, not what is counted
            if tok.pos_ in ("NOUN", "PROPN") and not tok.is_punct and low[k] not in self.lex.time_units:
                last_noun = k
            elif tok.pos_ == "ADJ" or (tok.text == "-" and tok.whitespace_ == "" and k > j):
                pass
            else:
                break
            nxt = doc[k + 1] if k + 1 < len(doc) else None
            if tok.tag_ in ("NNS", "NNPS") and last_noun == k and nxt is not None and nxt.pos_ == "PROPN":
                break  # a plural noun then a name: "300 fighters Hamas said"
            k += 1
        if last_noun < 0:
            return None
        end = last_noun + 1
        if (
            end < len(doc)
            and doc[end].tag_ == "VBN"
            and (doc[end].head.i == last_noun or self._ends_phrase(doc, end + 1))
        ):
            end += 1  # "people displaced"
        return j, end

    @staticmethod
    def _ends_phrase(doc: Doc, k: int) -> bool:
        return k >= len(doc) or doc[k].is_punct or doc[k].pos_ == "ADP"

    # ----------------------------------------------------------------- sources
    def _claim_source(self, doc: Doc, span: Span, quotes: list[Quote], entities: list[Entity]) -> ClaimSource | None:
        for quote in quotes:
            content = quote.content
            if content.start <= span.start_char and span.end_char <= content.end and quote.speaker is not None:
                speaker = quote.speaker
                name = _entity_name(entities, speaker.entity_id) or speaker.name
                return ClaimSource(entity_id=speaker.entity_id, name=name)
        sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
        source = self._according_to(doc, sent, span)
        if source is None:
            source = self._speech_subject(sent, span)
        if source is None:
            return None
        return self._source_for(doc, source, entities)

    @staticmethod
    def _according_to(doc: Doc, sent: Span, span: Span) -> Span | None:
        for tok in sent:
            if tok.lower_ != "according" or tok.i + 2 >= sent.end or doc[tok.i + 1].lower_ != "to":
                continue
            end = tok.i + 2
            while end < sent.end and not doc[end].is_punct and doc[end].pos_ not in ("VERB", "AUX", "SCONJ", "CCONJ"):
                end += 1
            phrase = doc[tok.i + 2 : end]
            if len(phrase) and not (phrase.start_char < span.end_char and span.start_char < phrase.end_char):
                return phrase
        return None

    def _speech_subject(self, sent: Span, span: Span) -> Span | None:
        """The subject of the reporting verb above the number (the nearest above it), else of the first."""
        candidates: list[tuple[Token, Span]] = []
        for tok in sent:
            if tok.lemma_.lower() not in self.lex.speech_lemmas or tok.pos_ not in ("VERB", "AUX"):
                continue
            for child in tok.children:
                if child.dep_ != "nsubj" or child.tag_ in ("WDT", "WP", "EX") or child.pos_ == "NUM":
                    continue  # "a war that has claimed the lives of ..." is no speaker
                if child.lower_ in _FIRST_PERSON:
                    continue  # "'We counted 400,' she said": the speaker is outside the quote
                if tok.lemma_.lower() == "claim" and not any(c.dep_ == "ccomp" for c in tok.children):
                    continue  # "claimed the lives of": only a claim with a clause is speech
                subj = child.doc[child.left_edge.i : child.right_edge.i + 1]
                if subj.start_char <= span.start_char < subj.end_char:
                    continue  # the number is the subject: "35,000 people say ..."
                candidates.append((tok, subj))
        if not candidates:
            return None
        number = span[-1]
        above = [(verb, subj) for verb, subj in candidates if verb.is_ancestor(number)]
        if above:
            return min(above, key=lambda vs: vs[0].right_edge.i - vs[0].left_edge.i)[1]
        return candidates[0][1]

    def _source_for(self, doc: Doc, subj: Span, entities: list[Entity]) -> ClaimSource:
        head = subj.root
        if head.lower_ in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
            labels = {"PERSON"} if head.lower_ in _PERSON_PRONOUNS else {"ORG", "GPE", "NORP"}
            for ent in reversed([e for e in doc.ents if e.end <= head.i and e.label_ in labels]):
                return _named(ent, entities)
            if head.lower_ in _PERSON_PRONOUNS:  # NER missed the name: the last named subject before
                for tok in reversed(doc[max(0, head.i - 80) : head.i]):
                    if tok.dep_ == "nsubj" and tok.pos_ == "PROPN":
                        return self._source_for(doc, _compound_chain(tok), entities)
            return ClaimSource(entity_id=None, name=head.text)
        for ent in subj.ents:
            if ent.label_ in _SOURCE_LABELS and ent.start <= head.i < ent.end:
                return _named(ent, entities)
        entity = _entity_at(entities, head.idx)
        if entity is not None:
            return ClaimSource(entity_id=entity.id, name=entity.name)
        for child in head.children:  # "the spokesman, Jane Doe, said"
            if child.dep_ == "appos" and child.ent_type_ in _SOURCE_LABELS:
                ent = next(e for e in doc.ents if e.start <= child.i < e.end)
                return _named(ent, entities)
        if len(subj) > 8:
            left = [c for c in head.lefts if c.dep_ in ("compound", "amod", "poss", "nmod")]
            subj = doc[left[0].left_edge.i if left else head.i : head.i + 1]
        words = [t for t in subj if not (t.pos_ == "DET" and t.i == subj.start)]
        text = doc[words[0].i : subj.end].text if words else subj.text
        return ClaimSource(entity_id=None, name=text)


def _compound_chain(tok: Token) -> Span:
    """``Lina Ortez`` from its head ``Ortez``: the head with its compound words before it."""
    start = tok.i
    while start > 0 and tok.doc[start - 1].dep_ == "compound" and tok.doc[start - 1].head.i == tok.i:
        start -= 1
    return tok.doc[start : tok.i + 1]


def _entity_name(entities: list[Entity], entity_id: str | None) -> str | None:
    for entity in entities:
        if entity.id == entity_id:
            return entity.name
    return None


def _entity_at(entities: list[Entity], char: int) -> Entity | None:
    for entity in entities:
        if any(m.start <= char < m.end for m in entity.mentions):
            return entity
    return None


def _named(ent: Span, entities: list[Entity]) -> ClaimSource:
    entity = _entity_at(entities, ent.start_char)
    if entity is not None:
        return ClaimSource(entity_id=entity.id, name=entity.name)
    return ClaimSource(entity_id=None, name=ent.text)


@lru_cache(maxsize=1)
def _finder() -> QuantityFinder:
    return QuantityFinder()


def find_quantities(doc: Doc) -> list[Quantity]:
    """The quantities in a parsed ``doc`` (reads ``doc._.quotes``/``doc._.entities`` when set)."""
    return _finder()(doc)


class QuantitiesComponent:
    """spaCy component: ``doc._.quantities = find_quantities(doc)``."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.finder = _finder()

    def __call__(self, doc: Doc) -> Doc:
        doc._.quantities = self.finder(doc)
        return doc


@Language.factory(
    "newsprobe_quantities",
    assigns=["doc._.quantities"],
    requires=["token.dep", "token.pos", "doc.ents", "doc.sents"],
)
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name)
