"""Numbers claimed in the text, normalised: the ``newsprobe_quantities`` spaCy component.

It writes ``doc._.quantities``: a list of :class:`newsprobe.model.Quantity` in text order, one per
numeric expression, with

* ``value``: ``"nearly half a million"`` -> 500000, ``"35,170"``, ``"fifty-seven"``, ``"a dozen"``;
  magnitudes written as words or glued suffixes (``"$23-million"``, ``"14.8m euros"``, ``"£2bn"``,
  ``"5k"``, ``"$1.2tn"``, ``"Rs 40 crore"``); fractions and ratios as percentages (``"two-thirds"`` ->
  66.67, ``"a third of"`` -> 33.33, ``"one in five"`` / ``"eight out of 10"`` -> 20 / 80, unit
  ``percent``). Ranges and vague amounts have ``value`` ``None`` and ``low``/``high``:
  ``"between 10 and 20"``, ``"30-40"``, ``"40 to 50 percent"``, ``"$3-5 million"``,
  ``"between $30,000 and $60,000"``; vague scales are orders of magnitude (``"thousands"``
  1000..9999, ``"tens of thousands"`` 10000..99999, ``"hundreds of"`` 100..999, ``"dozens"`` 24..99,
  ``"several hundred"`` 300..999; ``data/number_words.json``);
* ``comparator``: ``approx``/``gt``/``ge``/``lt``/``le`` from the words before or after the number
  (``data/comparators.json``);
* ``unit``: ``percent``, a currency code (``USD``, ``EUR``; ``data/units.json``), a measure (``km``),
  a duration (``days``, ``months``: ``"a 35-day shutdown"``, ``"more than three months"``) or an age
  (``years old``: ``"a 36-year-old"``);
* ``counted``: what the figure counts or measures, from the parse: the noun after it
  (``"over 35,000 Palestinians"``, ``"thousands of students"``, ``"a $35-billion debt"``,
  ``"38 percent support"``, ``"$5 billion in aid"``, ``"12 injured"``), or, for a bare amount, the
  noun it measures (``"a budget of $5 billion"`` -> ``budget``, ``"the jobless rate fell to 5
  percent"`` -> ``jobless rate``), which may stand before the figure; ``None`` when nothing says;
* ``claim_source``: the speaker of the innermost quote whose content holds the figure
  (``doc._.quotes``, so the quotes component must run first; a stance that states an intention,
  "is seeking to …", asserts nothing and is passed over); ``None`` otherwise, which is the outlet's
  own voice, and also when that quote's speaker is unknown.

It reads tokens itself (digits and number words; the small model's NER misses or mislabels some).
Not quantities: ordinals; numbers in names (``Resolution 2334``, ``flight 370``, ``Area 51``,
``the Group of 20``, ``Windows 10 users``) and versions (``iOS 13``, ``version 2``); ids (bare numbers
of five digits or more with no unit, ``FRB 121102``); dates, years and year ranges (``2011-12``; the
spans of ``doc._.dates`` when the dates component ran first, else of
:func:`newsprobe.components.dates.find_dates`); times of day (``5 pm``); durations that only place
something in time (``two weeks ago``, ``the past three years``, ``in two days``); ``one`` as a pronoun
or in idioms (``one of the``, ``at one point``, ``a one-off``); bare ages after a name
(``Jane Doe, 45,``); phone numbers, page/section numbers and list markers (``data/quantity_cues.json``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import Any

from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprobe.components._ext import get_list, text_of
from newsprobe.components.dates import MONTHS, WEEKDAYS, find_dates
from newsprobe.model import ClaimSource, Entity, Mention, Quantity, Quote

__all__ = ["QuantityFinder", "find_quantities", "parse_number_words"]

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
_DIGITS_SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)([a-z]+)$", re.IGNORECASE)
_GLUED_MONEY = re.compile(r"^([a-z]{0,3}[$€£¥₹₩₪])((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)([a-z]*)$", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d").search
_NAME_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"}
_RANGE_JOINERS = {"to", "-", "–", "—"}
_YEAR_JOINERS = {"-", "–", "—", "/"}
_COUNT_DETS = {"the", "these", "those", "this", "that", "its", "their", "his", "her", "our", "all", "both"}
_HALF_DETS = _COUNT_DETS - {"this", "that"}
_NOT_A_HALF = {"first", "second", "last", "other", "latter", "former", "top", "bottom", "upper", "lower", "front"}
_NOT_A_HALF |= {"back", "opening", "closing", "better", "the", "a", "an"}
_MEASURES = {"size", "length", "width", "height", "price", "cost", "rate", "level", "speed", "distance", "weight"}
_ONE_KEEPERS = {"only", "just", "single", "exactly", "sole", "merely"}
_QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’"}
_CALENDAR_WORDS = frozenset(MONTHS) | frozenset(WEEKDAYS)
_COUNT_STOPS = frozenset(
    {"last", "next", "this", "each", "every", "per", "ago", "earlier", "later", "a", "an"}
    | {"today", "yesterday", "tomorrow", "tonight"}
)
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
    fractions: dict[str, int]
    prefix_cmp: dict[tuple[str, ...], str]
    suffix_cmp: dict[tuple[str, ...], str]
    prefix_units: dict[str, str]
    suffix_units: dict[tuple[str, ...], str]
    ambiguous_units: frozenset[str]
    currency_words: frozenset[str]
    labels: frozenset[str]
    time_units: dict[str, str]
    clock_units: frozenset[str]
    anchors_before: frozenset[str]
    anchors_after: frozenset[str]
    one_idioms: frozenset[str]
    hyphen_idioms: frozenset[str]
    counted_adjectives: frozenset[str]
    level_verbs: frozenset[str]
    money_verbs: frozenset[str]
    target_verbs: frozenset[str]
    of_heads: frozenset[str]
    year_nouns: frozenset[str]


def _phrases(table: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    return {tuple(p.split()): code for code, phrases in table.items() for p in phrases}


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    words = _data("number_words.json")
    cmp = _data("comparators.json")
    units = _data("units.json")
    cues = _data("quantity_cues.json")
    suffix_units = {tuple(k.split()): v for k, v in units["suffix"].items()}
    return _Lexicon(
        units={**words["units"], **words["tens"]},
        scales=dict(words["scales"]),
        digit_suffixes=dict(words["digit_suffixes"]),
        vague={k: (v[0], v[1], v[2]) for k, v in words["vague"].items()},
        few={tuple(k.split()): (v[0], v[1]) for k, v in words["few"].items()},
        fractions=dict(words["fractions"]),
        prefix_cmp=_phrases(cmp["prefix"]),
        suffix_cmp=_phrases(cmp["suffix"]),
        prefix_units=dict(units["prefix"]),
        suffix_units=suffix_units,
        ambiguous_units=frozenset(units["ambiguous"]),
        currency_words=frozenset(k[0] for k, v in suffix_units.items() if _is_currency(v)),
        labels=frozenset(cues["labels"]),
        time_units=dict(cues["time_units"]),
        clock_units=frozenset(cues["clock_units"]),
        anchors_before=frozenset(cues["time_anchors_before"]),
        anchors_after=frozenset(cues["time_anchors_after"]),
        one_idioms=frozenset(cues["one_idioms"]),
        hyphen_idioms=frozenset(cues["hyphen_idioms"]),
        counted_adjectives=frozenset(cues["counted_adjectives"]),
        level_verbs=frozenset(cues["level_verbs"]),
        money_verbs=frozenset(cues["money_verbs"]),
        target_verbs=frozenset(cues["target_verbs"]),
        of_heads=frozenset(cues["of_heads"]),
        year_nouns=frozenset(cues["year_nouns"]),
    )


def _is_currency(unit: str | None) -> bool:
    """Currency units are ISO 4217 codes: three upper-case letters."""
    return unit is not None and len(unit) == 3 and unit.isupper()


@dataclass(frozen=True)
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
    unit: str | None = None  # set by the number itself: "percent" for "two-thirds", "HKD" for "HK$3bn"
    label: bool = False  # names something ("2011-12"): skip it whole


@dataclass(frozen=True)
class _Expr:
    """A number with what surrounds it: tokens ``[start, end)`` include comparator and unit words."""

    num: _Num
    start: int
    end: int
    unit: str | None = None
    comparator: str | None = None
    kind: str | None = None  # "clock", "age", "duration" or "duration-adj" ("a 35-day shutdown")


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
        elif w == "-" and last_kind == "ten" and used + 1 < n and lex.units.get(words[used + 1], 10) < 10:
            last_kind = "hyphen"  # "fifty-seven", not "fifty-fifty"
        elif w == "and" and last_kind == "scale" and used + 1 < n and words[used + 1] in lex.units:
            last_kind = "and"
        else:
            break
        used += 1
    if not seen:
        return None
    while used and words[used - 1] in ("-", "and"):
        used -= 1
    if current and not total and tuple(words[used : used + 3]) == ("and", "a", "half"):
        return current + 0.5, used + 3  # "seven and a half"
    return total + current, used


def _more_scales(words: Sequence[str], value: float, used: int) -> tuple[float, int]:
    scales = _lexicon().scales
    while used < len(words) and words[used] in scales and scales[words[used]] > 100:
        value *= scales[words[used]]
        used += 1
    return value, used


def _percent(part: float, whole: float) -> float:
    return round(100 * part / whole, 2)


def _year_like(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100


class QuantityFinder:
    """Finds the quantities in one parsed ``Doc``; lexicons are loaded once per process."""

    def __init__(self) -> None:
        self.lex = _lexicon()
        self._max_cmp = max(len(p) for p in [*self.lex.prefix_cmp, *self.lex.suffix_cmp])
        self._max_unit = max(len(p) for p in self.lex.suffix_units)
        lex = self.lex
        few_starts = {phrase[0] for phrase in lex.few}
        self._starters = frozenset(lex.units) | frozenset(lex.vague) | few_starts | {"a", "an", "half"}

    # ----------------------------------------------------------------- entry point
    def __call__(self, doc: Doc) -> list[Quantity]:
        strings = doc.vocab.strings
        low = [strings[h] for h in doc.to_array(LOWER).tolist()]  # no Token objects: this runs per token
        blocked = self._blocked_chars(doc, text_of(doc))
        quotes: list[Quote] = get_list(doc, "quotes")
        entities: list[Entity] = get_list(doc, "entities")
        found: list[Quantity] = []
        i, label_end = 0, -1
        starters, n = self._starters, len(doc)
        while i < n:
            word = low[i]
            if word not in starters and not _HAS_DIGIT(word):
                i += 1  # most tokens: nothing can start here
                continue
            expr = self._expression(doc, low, i)
            if expr is None:
                i += 1
                continue
            num = expr.num
            listed = (
                label_end >= 0
                and num.start == label_end + 1
                and low[label_end] in ("and", ",", "or", "to")
                and not (num.end < n and doc[num.end].pos_ in ("NOUN", "PROPN", "ADJ"))
            )
            if listed or self._rejected(doc, low, expr, blocked):
                if listed or self._is_label(doc, low, expr):
                    label_end = num.end  # "pages 10-12 and 17-34": the next number is a label too
                i = max(num.end, i + 1)
                continue
            found.append(self._record(doc, low, expr, quotes, entities))
            i = expr.end
        return found

    # ----------------------------------------------------------------- parsing numbers
    def _number(self, doc: Doc, low: list[str], i: int) -> _Num | None:
        tok = low[i]
        if _DIGITS.match(tok):
            return self._digits(doc, low, i)
        m = _GLUED_MONEY.match(tok)  # "HK$3bn", "C$5"
        if m and m.group(1).lower() in self.lex.prefix_units:
            suffix = m.group(3).lower()
            if suffix and suffix not in self.lex.digit_suffixes:
                return None
            multiplier = float(self.lex.digit_suffixes.get(suffix, 1))
            value = float(m.group(2).replace(",", "")) * multiplier
            unit = self.lex.prefix_units[m.group(1).lower()]
            return _Num(i, i + 1, value, scaled=multiplier > 1, multiplier=multiplier, unit=unit)
        m = _DIGITS_SUFFIX.match(tok)  # "5k", "2bn", "64.8million"; "100m" is metres
        if m and m.group(2).lower() in self.lex.digit_suffixes and not self._metres(doc, low, i, m.group(2)):
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

    def _digits(self, doc: Doc, low: list[str], i: int) -> _Num:
        n = len(doc)
        year_range = self._year_range(doc, low, i) or self._tally(doc, low, i)
        if year_range is not None:
            return _Num(i, year_range, None, label=True)  # "2011-12", "2011/12"; a vote or score "19-15"
        multiplier, end = 1.0, i + 1
        while True:
            if end < n and low[end] in self.lex.scales:
                multiplier *= self.lex.scales[low[end]]
                end += 1
            elif end == i + 1 and end + 1 < n and low[end] == "-" and low[end + 1] in self.lex.scales:
                if not self._glued(doc, end, end + 1):
                    break
                multiplier *= self.lex.scales[low[end + 1]]  # "$23-million"
                end += 2
            else:
                break
        if end == i + 1 and end < n and doc[i].whitespace_ == "" and self._money_suffix(low, i):
            multiplier = self.lex.digit_suffixes[low[end]]  # "US$3m", "14.8m euros": tokens "14.8", "m"
            end += 1
        value = float(low[i].replace(",", "")) * multiplier
        return _Num(i, end, value, scaled=end > i + 1, multiplier=multiplier)

    def _year_range(self, doc: Doc, low: list[str], i: int) -> int | None:
        """End token of a year range starting at ``i`` (``2011-12``, ``2011–2012``, ``2011/12``)."""
        first = low[i]
        if not _year_like(first) or i + 2 >= len(doc) or low[i + 1] not in _YEAR_JOINERS:
            return None
        if not (doc[i].whitespace_ == "" and doc[i + 1].whitespace_ == ""):
            return None
        second = low[i + 2]
        if len(second) == 2 and second.isdigit():
            later = int(second) > int(first) % 100 or (first.endswith("99") and second == "00")
        else:
            later = _year_like(second) and 0 < int(second) - int(first) <= 30
        return i + 3 if later else None

    def _tally(self, doc: Doc, low: list[str], i: int) -> int | None:
        """End token of a vote, score or odds (``voted 19-15``, ``a 4-4 ruling``, ``split 4 to 1``): no
        quantity, not a range."""
        if i + 2 >= len(doc) or (i > 0 and low[i - 1] == "from"):
            return None
        glued = low[i + 1] in ("-", "–") and self._glued(doc, i + 1, i + 2)
        if not (glued or low[i + 1] == "to"):
            return None
        first, second = low[i], low[i + 2]
        if not (first.isdigit() and second.isdigit()) or int(first) < int(second):
            return None
        if not glued and (int(first) > 100 or (i + 3 < len(doc) and low[i + 3] in self.lex.suffix_units)):
            return None  # "fell 50 to 40 percent" is no tally
        return i + 3

    def _money_suffix(self, low: list[str], i: int) -> bool:
        suffix = low[i + 1]
        if suffix not in self.lex.digit_suffixes or suffix in self.lex.scales:
            return False
        return suffix not in ("m", "b") or self._money_context(low, i, i + 2)

    def _money_context(self, low: list[str], before: int, after: int) -> bool:
        """A currency sign before ``before`` or a currency word at ``after``."""
        sign = before > 0 and low[before - 1] in self.lex.prefix_units
        return sign or (after < len(low) and low[after] in self.lex.currency_words)

    def _metres(self, doc: Doc, low: list[str], i: int, suffix: str) -> bool:
        """``100m`` is metres unless money: a currency sign before it or a currency word after it."""
        return suffix.lower() in ("m", "b") and not self._money_context(low, i, i + 1)

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

    def _fraction(self, doc: Doc, low: list[str], i: int) -> _Num | None:
        """``two-thirds``, ``a third of``, ``one quarter of``, ``half of``/``half the``: a percentage."""
        fractions, n = self.lex.fractions, len(doc)
        if low[i] == "half":
            return self._half(low, i)
        if low[i] in ("a", "an"):
            numerator: float = 1
        elif low[i] in self.lex.units and 1 <= self.lex.units[low[i]] <= 9:
            numerator = self.lex.units[low[i]]
        else:
            return None
        k = i + 1
        hyphen = k + 1 < n and low[k] == "-" and low[i] not in ("a", "an") and self._glued(doc, k, k + 1)
        if hyphen:
            k += 1
        if k >= n or low[k] not in fractions:
            return None
        word, denominator = low[k], fractions[low[k]]
        plural = word.endswith("s")
        if numerator >= denominator or plural != (numerator > 1) or word in ("half", "halves"):
            return None
        end = k + 1
        of = end < n and low[end] == "of"
        if not (hyphen or of) or (of and not self._fraction_object(low, end + 1)):
            return None  # "a third term", "a quarter of an hour"
        return _Num(i, end, _percent(numerator, denominator), words_only=True, scaled=True, unit="percent")

    def _half(self, low: list[str], i: int) -> _Num | None:
        nxt = low[i + 1] if i + 1 < len(low) else ""
        if i > 0 and low[i - 1] in _NOT_A_HALF:
            return None  # "the second half of", "a half"
        if nxt != "of" and nxt not in _HALF_DETS or not self._fraction_object(low, i + 2):
            return None
        if nxt in _HALF_DETS and i + 2 < len(low) and low[i + 2] in _MEASURES:
            return None  # "half the size of Rhode Island" compares, it is no share
        return _Num(i, i + 1, 50.0, words_only=True, scaled=True, unit="percent")

    def _fraction_object(self, low: list[str], k: int) -> bool:
        """What a fraction is of: not ``a``/``an`` (``a quarter of an hour``), time or ``the way``."""
        while k < len(low) and low[k] in _COUNT_DETS:
            k += 1
        if k >= len(low):
            return False
        word = low[k]
        return word not in ("a", "an", "time", "way", "story") and word not in self.lex.time_units

    def _ratio(self, doc: Doc, low: list[str], num: _Num) -> _Num | None:
        """``one in five``, ``eight out of 10``, ``nine of 10``, ``1 in every 4``: a percentage."""
        n, j = len(doc), num.end
        if num.value is None or num.value <= 0 or j + 1 >= n:
            return None
        plain_of = low[j] == "of"
        prep = j
        if low[j] == "out" and low[j + 1] == "of":
            j += 2
        elif low[j] in ("in", "of"):
            j += 1
        else:
            return None
        if j < n and low[j] == "every":
            j += 1
        whole = self._number(doc, low, j) if j < n else None
        if whole is None or whole.value is None or whole.label or whole.value <= num.value or _year_like(low[j]):
            return None
        every = low[j - 1] == "every"
        if plain_of and not every and (whole.value not in (10, 100) or num.value < 2):
            return None  # "one of 10 candidates" is a member; "nine of 10", "one of every nine" are shares
        if whole.end < n and low[whole.end] in self.lex.time_units:
            return None  # "two in 10 days"
        head = doc[prep].head.i
        tied = doc[prep].dep_ == "quantmod" or num.start <= head <= whole.end or whole.value in (10, 100, 1000)
        if not tied:
            return None  # "killed two in three attacks": "in" belongs to the verb
        value = _percent(num.value, whole.value)
        words_only = num.words_only and whole.words_only
        return _Num(num.start, whole.end, value, words_only=words_only, scaled=True, unit="percent")

    def _core(self, doc: Doc, low: list[str], i: int) -> _Num | None:
        num = self._fraction(doc, low, i) or self._vague(low, i)
        if num is not None:
            return num
        num = self._number(doc, low, i)
        if num is None or num.label or num.unit is not None:
            return num
        ratio = self._ratio(doc, low, num)
        if ratio is not None:
            return ratio
        between = i > 0 and low[i - 1] == "between"
        joiners = {"and"} if between else _RANGE_JOINERS | {"or"}
        j = num.end
        if j + 1 < len(doc) and low[j] in joiners and not (i > 0 and low[i - 1] == "from"):
            if low[j] in "-–—" and not self._glued(doc, j, j + 1):
                return num
            second = self._number(doc, low, j + 1)
            if second is not None and second.unit is None and num.value is not None and second.value is not None:
                first = num.value
                if not num.scaled and first * second.multiplier < second.value:
                    first *= second.multiplier  # "between 1 and 2 million"
                if first < second.value and (low[j] != "or" or second.value <= 2 * first + 1):  # "two or three"
                    words_only = num.words_only and second.words_only
                    return _Num(i, second.end, None, first, second.value, words_only=words_only, scaled=True)
        return num

    # ----------------------------------------------------------------- units, ranges, comparators
    def _measured(self, doc: Doc, low: list[str], i: int) -> _Expr | None:
        """The number at ``i`` with a currency sign before it or a unit after it."""
        num = self._core(doc, low, i)
        if num is None:
            return None
        start, end, unit = num.start, num.end, num.unit
        if num.label or unit is not None:
            return _Expr(num, start, end, unit)
        if start > 0 and low[start - 1] in self.lex.prefix_units:
            unit = self.lex.prefix_units[low[start - 1]]
            start -= 1
        after = self._unit_after(doc, low, num, end, unit)
        if after is not None:
            unit, end = after
        return _Expr(num, start, end, unit)

    def _expression(self, doc: Doc, low: list[str], i: int) -> _Expr | None:
        expr = self._measured(doc, low, i)
        if expr is None or expr.num.label:
            return expr
        expr = self._unit_range(doc, low, expr) or self._from_to(doc, low, expr)
        start, end = expr.start, expr.end
        if start > 0 and low[start - 1] == "between" and expr.num.value is None and expr.num.low is not None:
            start -= 1
        unit, kind = expr.unit, None
        if unit is None:
            timed = self._time_unit(doc, low, expr.num.end)
            if timed is not None:
                kind, unit, end = timed
        comparator: str | None = None
        before = self._phrase_before(low, start, self.lex.prefix_cmp)
        if before is not None and not self._topic_over(doc, before[1], start, kind):
            comparator, start = before
        suffix = self._phrase_after(low, end, self.lex.suffix_cmp, self._max_cmp)
        if suffix is not None and comparator is None:
            comparator, end = suffix
        return _Expr(expr.num, start, end, unit, comparator, kind)

    def _unit_range(self, doc: Doc, low: list[str], expr: _Expr) -> _Expr | None:
        """``$30,000 to $60,000``, ``between 5% and 10%``: one range when both ends have the same unit."""
        num, n, j = expr.num, len(doc), expr.end
        if expr.unit is None or num.value is None or j + 1 >= n or (expr.start and low[expr.start - 1] == "from"):
            return None
        joiners = {"and"} if expr.start and low[expr.start - 1] == "between" else _RANGE_JOINERS
        if low[j] not in joiners or (low[j] in "-–—" and not self._glued(doc, j, j + 1)):
            return None
        k = j + 2 if low[j + 1] in self.lex.prefix_units and j + 2 < n else j + 1  # "$30,000 and $60,000"
        second = self._measured(doc, low, k)
        if second is None or second.unit != expr.unit or second.num.value is None or second.num.label:
            return None
        first = self._scaled_like(num, second.num)
        if first >= second.num.value:
            return None
        rng = _Num(num.start, second.num.end, None, first, second.num.value, scaled=True, unit=expr.unit)
        return _Expr(rng, expr.start, second.end, expr.unit)

    def _from_to(self, doc: Doc, low: list[str], expr: _Expr) -> _Expr:
        """``rose from 40 to 50 percent``: the first figure takes the unit and scale of the second."""
        num, j = expr.num, expr.end
        if not (expr.start and low[expr.start - 1] == "from" and j + 1 < len(doc) and low[j] == "to"):
            return expr
        if num.value is None or num.scaled:
            return expr
        second = self._measured(doc, low, j + 1)
        if second is None or second.num.value is None or (expr.unit is not None and second.unit != expr.unit):
            return expr
        value = self._scaled_like(num, second.num)
        return replace(expr, num=replace(num, value=value), unit=expr.unit or second.unit)

    @staticmethod
    def _scaled_like(num: _Num, second: _Num) -> float:
        """``3`` in ``$3-5 million`` is 3 million: an unscaled first figure borrows the second's scale."""
        assert num.value is not None and second.value is not None
        if not num.scaled and num.value * second.multiplier < second.value:
            return num.value * second.multiplier
        return num.value

    def _time_unit(self, doc: Doc, low: list[str], j: int) -> tuple[str, str, int] | None:
        """(kind, unit, end) for a time word after a number: a clock time, an age or a duration."""
        n, units = len(doc), self.lex.time_units
        if j < n and low[j] in self.lex.clock_units:
            return "clock", "clock", j + 1
        hyphen = j + 1 < n and low[j] == "-" and low[j + 1] in units and self._glued(doc, j, j + 1)
        k = j + 1 if hyphen else j
        if k >= n or low[k] not in units:
            return None
        unit, end = units[low[k]], k + 1
        if end + 1 < n and low[end] == "-" and low[end + 1] == "old" and self._glued(doc, end, end + 1):
            return "age", unit + " old", end + 2  # "a 36-year-old"
        if not hyphen and end < n and low[end] == "old":
            return "age", unit + " old", end + 1  # "36 years old"
        return ("duration-adj" if hyphen else "duration"), unit, end

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

    @staticmethod
    def _topic_over(doc: Doc, k: int, start: int, kind: str | None) -> bool:
        """``a dispute over 3 islands``, ``treated over two weeks``, ``over a 40-year career``: ``over``
        heads a phrase, it is no comparator."""
        tok = doc[k]
        if tok.lower_ not in ("over", "under", "about") or tok.dep_ != "prep":
            return False  # "about" too: "his comment about 47 percent of the country"
        if kind == "duration-adj":
            return True
        return k == start - 1 and (tok.head.pos_ == "NOUN" or kind == "duration")

    def _unit_after(
        self, doc: Doc, low: list[str], num: _Num, end: int, prefix_unit: str | None
    ) -> tuple[str, int] | None:
        if end + 1 < len(doc) and doc[end].is_space and "\n" not in doc[end].text:
            end += 1  # "1\u00a0percent": a no-break space is a token of its own
        after = self._phrase_after(low, end, self.lex.suffix_units, self._max_unit)
        if after is None and end + 1 < len(doc) and low[end] == "-" and self._glued(doc, end, end + 1):
            after = self._phrase_after(low, end + 1, self.lex.suffix_units, 1)  # "a 37-foot wall"
        if after is None or (prefix_unit and after[0] == "percent"):
            return None
        if low[end] in self.lex.ambiguous_units and not prefix_unit and not num.scaled:
            return None  # "5 pounds" may weigh; "5 million pounds" is money
        return after

    # ----------------------------------------------------------------- filters
    def _blocked_chars(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        dates = doc._.dates if doc._.dates is not None else find_dates(doc, None, text=text)
        spans = [(d.start, d.end) for d in dates]
        spans += [(m.start(), m.end()) for m in _PHONE.finditer(text)]
        return spans

    def _rejected(self, doc: Doc, low: list[str], expr: _Expr, blocked: Iterable[tuple[int, int]]) -> bool:
        num = expr.num
        if num.label or expr.kind == "clock":
            return True
        first, last = doc[num.start], doc[num.end - 1]
        lo_char, hi_char = first.idx, last.idx + len(last)
        if any(s < hi_char and lo_char < e for s, e in blocked):
            return True
        if expr.kind == "duration" and self._time_anchor(low, expr):
            return True  # "two weeks ago", "the past three years", "in two days"
        if self._hyphen_idiom(doc, low, num):
            return True  # "a two-way race", "a one-off"
        if self._is_label(doc, low, expr):
            return True
        if self._is_year(doc, num, expr.unit, expr.comparator):
            return True
        if num.words_only and num.value == 1 and expr.kind == "duration" and not expr.comparator:
            return True  # "one day", "one night": mostly an idiom of time
        if num.words_only and not num.scaled and expr.unit is None and not expr.comparator:
            if num.value == 1 and self._one_idiom(doc, low, expr):
                return True
            if num.value == 0 and expr.start and low[expr.start - 1] == "from":
                return True  # "come from zero"
        return expr.unit is None and (self._is_age(doc, num) or self._is_list_marker(doc, num))

    def _time_anchor(self, low: list[str], expr: _Expr) -> bool:
        before = low[expr.start - 1] if expr.start else ""
        after = low[expr.end] if expr.end < len(low) else ""
        return before in self.lex.anchors_before or after in self.lex.anchors_after

    def _hyphen_idiom(self, doc: Doc, low: list[str], num: _Num) -> bool:
        j = num.end
        idiom = j + 1 < len(doc) and low[j] == "-" and low[j + 1] in self.lex.hyphen_idioms
        return idiom and self._glued(doc, j, j + 1)

    def _one_idiom(self, doc: Doc, low: list[str], expr: _Expr) -> bool:
        """``one of the``, ``no one``, ``at one point``, ``in one case``: ``one`` that counts nothing."""
        num, first = expr.num, doc[expr.num.start]
        prev = low[expr.start - 1] if expr.start else ""
        if expr.comparator:
            return False  # "at least one was hurt"
        if first.dep_ != "nummod":
            return True  # "one of the", "no one", "the only one who"
        if prev in _ONE_KEEPERS:
            return False  # "only one person"
        nxt = low[num.end] if num.end < len(doc) else ""
        return nxt in self.lex.one_idioms or (expr.start > 0 and doc[expr.start - 1].tag_ == "IN" and prev != "of")

    def _is_label(self, doc: Doc, low: list[str], expr: _Expr) -> bool:
        num = expr.num
        first = doc[num.start]
        if expr.comparator or expr.unit or num.words_only and num.scaled:
            return False
        if first.ent_type_ in _NAME_LABELS and first.ent_iob_ == "I":
            return True  # inside a name: "Resolution 2334", "Apollo 11"
        if num.words_only and (first.tag_ in ("NNP", "NNPS") or first.ent_type_ in _NAME_LABELS):
            return True  # a number word in a name: "Zero Hedge", "the Gang of Eight"
        if self._is_id(doc, num):
            return True
        if num.start == 0:
            return False
        prev = doc[num.start - 1]
        if prev.lower_ in self.lex.labels and prev.pos_ not in ("VERB", "AUX"):
            return True  # "page 12", not "build 300 homes"
        if prev.lower_ == "of" and num.start > 1:
            before_of = doc[num.start - 2]
            if before_of.lower_ in ("age", "aged", "ages"):
                return True  # "the age of 21"
            if before_of.pos_ == "PROPN" and before_of.is_title and not num.words_only:
                return True  # "the Group of 20"
        if prev.text == "." and num.start > 1 and doc[num.start - 2].lower_ + "." in self.lex.labels:
            return True  # "No. 10" tokenized as "No", ".", "10"
        glued_name = prev.text == "-" and prev.whitespace_ == "" and num.start > 1 and doc[num.start - 2].is_alpha
        if glued_name and doc[num.start - 2].whitespace_ == "":
            return True  # "MiG-29", "COVID-19" split by the tokenizer
        if self._version_name(prev, low, num.end):
            return True  # "iOS 13", "FRB 121102"
        if not (prev.is_alpha and prev.is_title and not prev.is_sent_start and prev.pos_ == "PROPN"):
            return False
        if not self._counted_tokens(doc, low, num.end):
            return True  # "Apollo 11 landed"
        # "Windows 10 users", "Fortune 500 companies": the number belongs to the name; "gave Velmora 500 tanks"
        return first.head.i == prev.i or (prev.dep_ in ("compound", "nmod") and prev.head.i == first.head.i)

    def _version_name(self, prev: Token, low: list[str], end: int) -> bool:
        """A product or catalogue name right before a number: ``iOS 13``, ``iPhone 11``; an acronym with
        nothing counted after the number (``FRB 121102``, not ``NATO 30 members``)."""
        text = prev.text
        if not text.isalpha() or len(text) < 2:
            return False
        if text[0].islower() and any(c.isupper() for c in text[1:]):
            return True
        acronym = text.isupper() and prev.pos_ == "PROPN" and text.lower() not in self.lex.prefix_units
        return acronym and self._counted_tokens(prev.doc, low, end) is None

    @staticmethod
    def _is_id(doc: Doc, num: _Num) -> bool:
        """Five or more digits with no thousands separator and nothing counted after: an id or a code."""
        text = doc[num.start].text
        if num.end - num.start != 1 or not text.isdigit() or len(text) < 5:
            return False
        nxt = doc[num.end] if num.end < len(doc) else None
        return nxt is None or nxt.tag_ not in ("NNS", "NNPS") or doc[num.start].head.i != nxt.i

    def _is_year(self, doc: Doc, num: _Num, unit: str | None, comparator: str | None) -> bool:
        """A bare four-digit year (``in 2019`` is found by dates too; this catches the rest), also
        before a noun that years qualify (``below 2005 levels``, ``in 2010 dollars``)."""
        text = doc[num.start].text
        if unit or num.value is None or not _year_like(text) or num.end - num.start != 1:
            return False
        following = doc[num.end] if num.end < len(doc) else None
        if following is not None and following.lower_ in self.lex.year_nouns:
            return True
        return not comparator and (following is None or following.tag_ not in ("NNS", "NNPS"))

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
    def _record(self, doc: Doc, low: list[str], expr: _Expr, quotes: list[Quote], entities: list[Entity]) -> Quantity:
        span = doc[expr.start : expr.end]
        counted = self._counted(doc, low, expr)
        counted_mention = None
        if counted is not None:
            c = doc[counted[0] : counted[1]]
            counted_mention = Mention(start=c.start_char, end=c.end_char, text=c.text)
        num = expr.num
        return Quantity(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            value=num.value,
            low=num.low,
            high=num.high,
            comparator=expr.comparator,
            unit=expr.unit,
            counted=counted_mention,
            claim_source=_claim_source(span.start_char, span.end_char, quotes, entities),
        )

    # ----------------------------------------------------------------- what is counted
    def _counted(self, doc: Doc, low: list[str], expr: _Expr) -> tuple[int, int] | None:
        """Token range of what the figure counts or measures (see the module docstring)."""
        end, unit = expr.end, expr.unit
        of = end < len(doc) and low[end] == "of"
        if expr.kind in ("age", "duration-adj"):
            return self._counted_tokens(doc, low, end)  # "a 36-year-old man", "a 35-day shutdown"
        if expr.kind == "duration":
            return self._counted_tokens(doc, low, end) if of else None  # "three months of talks"
        adjectival = unit is not None and end >= 2 and low[end - 2] == "-"  # "a 37-foot wall"
        amount = unit is not None and (unit in ("percent", "percentage points") or _is_currency(unit))
        found = None
        if expr.num.unit == "percent":  # "one in five nurses", "half the villages"
            j = end
            while j < len(doc) and low[j] in _HALF_DETS:
                j += 1
            found = self._counted_tokens(doc, low, j)
        elif unit is None or adjectival or of:
            found = self._counted_tokens(doc, low, end)
        elif amount:
            found = self._modified_noun(doc, low, expr) or self._money_in(doc, low, expr)
        if found is None and (unit is None or amount):
            found = self._measured_noun(doc, expr)
        return found

    def _modified_noun(self, doc: Doc, low: list[str], expr: _Expr) -> tuple[int, int] | None:
        """``a $35-billion debt``, ``38 percent support``: the noun the amount modifies ("$3 Buy Now" is none)."""
        found = self._counted_tokens(doc, low, expr.end)
        if found is None:
            return None
        head = self._root(doc, expr).head.i
        return found if found[0] <= head < found[1] else None

    def _money_in(self, doc: Doc, low: list[str], expr: _Expr) -> tuple[int, int] | None:
        """``$5 billion in aid``: a bare noun after ``in`` (not a place, a name or a time)."""
        j = expr.end
        if not _is_currency(expr.unit) or j + 1 >= len(doc) or low[j] != "in":
            return None
        tok = doc[j + 1]
        if tok.pos_ not in ("NOUN", "ADJ") or tok.ent_type_ or low[j + 1] in self.lex.time_units:
            return None
        found = self._counted_tokens(doc, low, j + 1)
        if found is None or any(doc[k].ent_type_ for k in range(*found)):
            return None
        return found

    def _measured_noun(self, doc: Doc, expr: _Expr) -> tuple[int, int] | None:
        """What a bare amount measures, from the parse: ``a budget of $5 billion``, ``the toll rose to
        45``, ``the debt is $20 trillion``, ``12 were injured``."""
        root = self._root(doc, expr)
        head = root.head
        if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and head.head.i < expr.start:
            return self._noun_chain(head.head)
        verb = None
        if root.dep_ == "pobj" and head.lower_ in ("to", "at", "by") and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if target is not None and verb.lemma_.lower() in self.lex.target_verbs:
                if target.i < expr.start and _common_noun(target):  # "cut the tax rate to 28 percent"
                    return self._noun_chain(target)
                return None
        elif root.dep_ in ("dobj", "attr", "npadvmod") and head.pos_ in ("VERB", "AUX"):
            verb = head
        if verb is not None and verb.lemma_.lower() in self.lex.level_verbs:
            subject = _subject(verb)
            if subject is not None and subject.i < expr.start and _common_noun(subject):
                return self._noun_chain(subject)
        if expr.unit is None and root.dep_ == "nsubjpass" and head.tag_ == "VBN" and head.i >= expr.end:
            return head.i, head.i + 1  # "12 were injured"
        money_object = root.dep_ in ("dobj", "oprd", "npadvmod") and head.pos_ == "VERB"
        verbs = self.lex.money_verbs
        if _is_currency(expr.unit) and money_object and (head.lemma_.lower() in verbs or head.lower_ in verbs):
            return head.i, head.i + 1  # "was fined $185 million", "raised $350 million"
        return None

    @staticmethod
    def _root(doc: Doc, expr: _Expr) -> Token:
        """The syntactic head of the figure: ``percent`` in ``5 percent``, ``million`` in ``$23-million``."""
        return doc[expr.start : expr.end].root

    def _noun_chain(self, noun: Token) -> tuple[int, int]:
        """``jobless rate`` from ``the jobless rate``; ``number of refugees`` from ``the number of refugees``."""
        doc = noun.doc
        start = noun.left_edge.i
        while start < noun.i and (doc[start].pos_ in ("DET", "PRON", "PUNCT", "CCONJ") or doc[start].tag_ == "PRP$"):
            start += 1
        if noun.i - start > 5:
            start = noun.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == noun.i:
                start -= 1
        end = noun.i + 1
        if noun.lower_ in self.lex.of_heads:
            for child in noun.rights:
                if child.dep_ == "prep" and child.lower_ == "of":
                    objects = [c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
                    if objects:
                        end = objects[0].i + 1
                    break
        return start, end

    def _counted_tokens(self, doc: Doc, low: list[str], j: int) -> tuple[int, int] | None:
        """Token range of what is counted, right after the number (or after ``of``)."""
        n = len(doc)
        if j < n and low[j] == "of":
            j += 1
            while j < n and low[j] in _COUNT_DETS:
                j += 1
        while j < n and doc[j].text in _QUOTE_MARKS:
            j += 1  # the four “loopholes”
        if j + 1 < n and low[j] == "-" and doc[j + 1].pos_ == "NOUN" and self._glued(doc, j, j + 1):
            return j + 1, j + 2  # "a 100-page report", "a three-judge panel": pages, judges
        k, last_noun = j, -1
        while k < n and k - j < 6:
            tok = doc[k]
            if low[k] in _CALENDAR_WORDS or low[k] in _COUNT_STOPS:
                break  # "of the June 2017 report", "children last winter": time, not what is counted
            if tok.pos_ in ("NOUN", "PROPN") and not tok.is_punct and low[k] not in self.lex.time_units:
                last_noun = k
            elif tok.tag_ == "POS" and last_noun == k - 1:
                pass  # "the world's inmates"
            elif self._modifier(tok, k, j):
                pass
            elif tok.pos_ == "NUM" and last_noun == k - 1 and doc[k - 1].pos_ == "PROPN":
                pass  # "58 Fortune 500 companies"
            else:
                break
            nxt = doc[k + 1] if k + 1 < n else None
            if tok.tag_ in ("NNS", "NNPS") and last_noun == k and nxt is not None and nxt.pos_ == "PROPN":
                break  # a plural noun then a name: "300 fighters Hamas said"
            k += 1
        if last_noun < 0:
            return self._counted_word(doc, low, j)
        end = last_noun + 1
        if (
            end < n
            and doc[end].tag_ == "VBN"
            and (doc[end].head.i == last_noun or self._ends_phrase(doc, end + 1))
            and doc[end].sent.root.pos_ in ("VERB", "AUX")
            and doc[end].sent.root.i != end
        ):  # not when the participle is the sentence's only verb: "10 shoppers paid by card"
            end += 1  # "people displaced"
        return j, end

    @staticmethod
    def _modifier(tok: Token, k: int, j: int) -> bool:
        """Words inside a counted noun phrase before its noun: ``retired``, ``most recent``, ``well-paid``."""
        if tok.pos_ == "ADJ" or (tok.text == "-" and tok.whitespace_ == "" and k > j):
            return True
        if tok.tag_ in ("VBN", "VBG") and tok.dep_ in ("amod", "compound"):
            return True
        return tok.pos_ == "ADV" and tok.head.i > k and tok.head.pos_ == "ADJ"

    def _counted_word(self, doc: Doc, low: list[str], j: int) -> tuple[int, int] | None:
        """``12 injured``, ``three dead``: a participle or adjective that stands for those counted."""
        if j >= len(doc):
            return None
        tok = doc[j]
        if low[j] not in self.lex.counted_adjectives and not (tok.tag_ == "VBN" and tok.dep_ == "amod"):
            return None
        if not self._ends_phrase(doc, j + 1) and doc[j + 1].pos_ not in ("AUX", "VERB", "CCONJ"):
            return None
        return j, j + 1

    @staticmethod
    def _ends_phrase(doc: Doc, k: int) -> bool:
        return k >= len(doc) or doc[k].is_punct or doc[k].pos_ == "ADP"


def _common_noun(tok: Token) -> bool:
    """A noun that is no name (a proper-noun tag with no entity is the tagger's slip: ``Turnout``)."""
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and not tok.ent_type_)


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it completes (``is expected to reach``)."""
    for candidate in (verb, verb.head):
        for child in candidate.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.tag_ in ("WDT", "WP") and candidate.dep_ == "relcl":
                    return candidate.head  # "the tax rate, which rose to 40 percent"
                return child
        if verb.dep_ not in ("xcomp", "conj"):
            break
    return None


# --------------------------------------------------------------------- who claims the figure
def _claim_source(start: int, end: int, quotes: list[Quote], entities: list[Entity]) -> ClaimSource | None:
    """The speaker of the innermost quote whose content holds ``[start, end)``; ``None`` is the outlet."""
    inner: Quote | None = None
    for quote in quotes:
        content = quote.content
        if quote.kind == "stance" and content.text.lower().startswith("to "):
            continue  # an intention ("is seeking to invade Rafah, where half a million …") asserts nothing
        if content.start <= start and end <= content.end:
            if inner is None or content.end - content.start < inner.content.end - inner.content.start:
                inner = quote
    if inner is None or inner.speaker is None:
        return None
    speaker = inner.speaker
    return ClaimSource(entity_id=speaker.entity_id, name=_entity_name(entities, speaker.entity_id) or speaker.name)


def _entity_name(entities: list[Entity], entity_id: str | None) -> str | None:
    for entity in entities:
        if entity.id == entity_id:
            return entity.name
    return None


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
