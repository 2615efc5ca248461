"""Loaded and perspective-marked terms: the ``newsprobe_terms`` spaCy component.

A lexicon (``data/terms/lexicon.tsv``) lists terms in lemma form, each with a category, a neutral
alternative and the side(s) it works against (``targets``). Every party is treated alike: a term is
flagged whoever uses it and whoever it is aimed at, and for every term aimed at one side of a
conflict the lexicon carries the mirror-image terms aimed at the other side(s) where they exist.

Matching (:class:`TermMatcher`):

* **Lemmas and inflections, case-insensitively.** A text token matches a lexicon word when its
  lower-cased form, its lower-cased lemma, or a form with a regular English ending stripped
  (``-s``, ``-es``, ``-ies``, ``-ed``, ``-ing``, ``-ly``, doubled consonants) equals the word. This
  covers "martyred", "terrorists", "regimes", and capitalised "Orcs" or "Nazis" that the tagger
  reads as proper nouns (whose lemma spaCy leaves unchanged).
* **Hyphens are transparent**: "far-right" and "far right" both match ``far right``.
* **Longest match wins**, then the earlier one; matches never overlap.
* An optional ``pos`` restricts the last token's coarse part of speech ("savage" the noun is
  dehumanising, the adjective an intensifier; "illegals" only as a noun).
* **Exemptions** (``data/terms/exempt.tsv``) are neutral phrases that contain a term ("sanctions
  regime", "Nazi Germany", "he woke up"): when an exemption is the longest match there, nothing
  is reported.

Deliberately simple: a term inside quotation marks is still reported (who said it is the quote
component's business), and no attempt is made to tell a slur from a quoted name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsprobe.errors import Code, InputError
from newsprobe.model import TermHit

#: category -> what it means. "side-specific" categories have entries aimed at named sides.
CATEGORIES: dict[str, str] = {
    "dehumanising": "likens people to animals, vermin or monsters, or is an ethnic slur",
    "delegitimising_label": "denies a government, state or group legitimacy ('regime', 'terrorists')",
    "smear_label": "associates a side with a notorious group or motive ('Nazis', 'pro-Hamas')",
    "glorifying_label": "casts one side's fighters or dead in heroic or sacred terms ('martyr')",
    "euphemism": "softens violence or coercion ('special military operation', 'collateral damage')",
    "loaded_violence": "an emotive name for violence ('massacre', 'genocide', 'slaughter')",
    "partisan_label": "a political camp's pejorative or self-serving name for the other camp",
    "territory_framing": "names land or forces so as to take a side on who rightfully holds it",
    "migration_framing": "casts migrants, or those who oppose migration, in a loaded way",
    "conspiracy_framing": "implies a hidden plot or controlling cabal",
    "emotive_intensifier": "an emotive adjective or adverb ('brutal', 'heinous', 'bizarre')",
    "loaded_verb": "a reporting or action verb that takes sides ('slammed', 'ranted', 'boasted')",
    "doubt_casting": "signals disbelief without showing why ('so-called', 'baseless')",
}

#: the sides named in ``targets`` (``any`` = not aimed at a particular side)
SIDES: dict[str, tuple[str, ...]] = {
    "mideast": ("israel", "palestinians", "iran_axis"),
    "ruua": ("russia", "ukraine"),
    "us": ("left", "right"),
    "eu": ("eu", "nationalists"),
    "migration": ("migrants", "restrictionists"),
}
ANY = "any"
POS_TAGS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "VERB"})
_HYPHENS = frozenset({"-", "–", "‐", "‑"})
_FIELDS = ("term", "category", "neutral", "targets", "pos", "note")
_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class LexiconEntry:
    """One row of the lexicon. ``term`` is in lemma form; ``targets`` lists ``conflict:side``."""

    term: str
    category: str
    neutral: str
    targets: tuple[str, ...]
    pos: frozenset[str] = frozenset()
    note: str = ""

    @property
    def side_specific(self) -> bool:
        return self.targets != (ANY,)


# --- reading the lexicon ------------------------------------------------------------------------


def _data_file(name: str) -> Path:
    return Path(str(resources.files("newsprobe.components") / "data" / "terms" / name))


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(Code.MISSING_PATH, f"cannot read lexicon {path}: {exc.strerror}") from exc
    for n, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            yield n, [cell.strip() for cell in line.split("\t")]


def _bad(path: Path, line: int, why: str) -> InputError:
    return InputError(Code.BAD_RECORD, f"{path.name} line {line}: {why}")


def _parse_targets(path: Path, line: int, cell: str) -> tuple[str, ...]:
    targets = tuple(t.strip() for t in cell.split("|") if t.strip())
    for target in targets:
        conflict, _, side = target.partition(":")
        if target != ANY and side not in SIDES.get(conflict, ()):
            raise _bad(path, line, f"unknown target {target!r}")
    if not targets or (ANY in targets and len(targets) > 1):
        raise _bad(path, line, "targets must be 'any' or conflict:side values joined by '|'")
    return targets


def _parse_entry(path: Path, line: int, row: list[str]) -> LexiconEntry:
    if not 4 <= len(row) <= len(_FIELDS):
        raise _bad(path, line, f"expected 4 to {len(_FIELDS)} tab-separated fields, found {len(row)}")
    row = row + [""] * (len(_FIELDS) - len(row))  # pos and note may be left off
    term, category, neutral, targets, pos, note = row
    if not term or not neutral:
        raise _bad(path, line, "term and neutral alternative are required")
    if category not in CATEGORIES:
        raise _bad(path, line, f"unknown category {category!r}")
    tags = frozenset(p for p in pos.split("|") if p)
    if not tags <= POS_TAGS:
        raise _bad(path, line, f"unknown pos {pos!r}")
    return LexiconEntry(term, category, neutral, _parse_targets(path, line, targets), tags, note)


def read_lexicon(path: Path | None = None) -> list[LexiconEntry]:
    """The lexicon rows (the packaged one by default); the header row is skipped."""
    path = path or _data_file("lexicon.tsv")
    rows = list(_rows(path))
    if not rows or tuple(rows[0][1]) != _FIELDS:
        raise InputError(Code.BAD_RECORD, f"{path.name}: header must be {' '.join(_FIELDS)}")
    return [_parse_entry(path, n, row) for n, row in rows[1:]]


def read_exemptions(path: Path | None = None) -> list[str]:
    """Neutral phrases that contain a term ('sanctions regime'); first column of the file."""
    path = path or _data_file("exempt.tsv")
    return [row[0] for _, row in list(_rows(path))[1:] if row and row[0]]


# --- matching -----------------------------------------------------------------------------------


@lru_cache(maxsize=65536)
def base_forms(word: str) -> frozenset[str]:
    """``word`` lower-cased plus the forms left when a regular English ending is stripped."""
    w = word.lower()
    forms = {w}
    if len(w) <= 3:
        return frozenset(forms)
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ily", "y"), ("ally", "al"), ("es", ""),
                         ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", "")):
        if suffix == "s" and w.endswith("ss"):
            continue
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: len(w) - len(suffix)] + repl
            forms.add(stem)
            # doubled final consonant: slammed -> slam, ripping -> rip
            if not repl and len(stem) >= 4 and stem[-1] == stem[-2] and stem[-1] not in _VOWELS:
                forms.add(stem[:-1])
    return frozenset(forms)


def _token_keys(token: Token) -> frozenset[str]:
    return base_forms(token.text) | {token.lemma_.lower()}


@dataclass(frozen=True)
class _Pattern:
    words: tuple[str, ...]
    entry: LexiconEntry | None  # None: an exemption


class TermMatcher:
    """Finds lexicon terms in a parsed Doc: lemma/inflection-aware, longest match first."""

    def __init__(self, nlp: Language, entries: Sequence[LexiconEntry], exemptions: Iterable[str] = ()):
        self.entries = list(entries)
        self._by_first: dict[str, list[_Pattern]] = {}
        for entry in self.entries:
            self._add(_Pattern(self._words(nlp, entry.term), entry))
        for phrase in exemptions:
            self._add(_Pattern(self._words(nlp, phrase), None))
        for patterns in self._by_first.values():
            patterns.sort(key=lambda p: -len(p.words))

    @staticmethod
    def _words(nlp: Language, term: str) -> tuple[str, ...]:
        words = tuple(t.lower_ for t in nlp.make_doc(term) if t.text not in _HYPHENS)
        if not words:
            raise InputError(Code.BAD_RECORD, f"lexicon term {term!r} has no words")
        return words

    def _add(self, pattern: _Pattern) -> None:
        self._by_first.setdefault(pattern.words[0], []).append(pattern)

    def _candidates(self, doc: Doc) -> Iterator[tuple[int, int, _Pattern]]:
        """(first token, last token, pattern) for every match, over hyphen-free token positions."""
        idx = [t.i for t in doc if t.text not in _HYPHENS]
        keys = [_token_keys(doc[i]) for i in idx]
        for k, first_keys in enumerate(keys):
            seen: set[tuple[str, ...]] = set()
            for first in first_keys:
                for pattern in self._by_first.get(first, ()):
                    n = len(pattern.words)
                    if pattern.words in seen or k + n > len(idx):
                        continue
                    if all(pattern.words[j] in keys[k + j] for j in range(1, n)) and self._pos_ok(
                        pattern, doc[idx[k + n - 1]]
                    ):
                        seen.add(pattern.words)
                        yield idx[k], idx[k + n - 1], pattern

    @staticmethod
    def _pos_ok(pattern: _Pattern, last: Token) -> bool:
        return pattern.entry is None or not pattern.entry.pos or last.pos_ in pattern.entry.pos

    def __call__(self, doc: Doc) -> list[TermHit]:
        found = sorted(self._candidates(doc), key=lambda c: (-(c[1] - c[0]), c[0], -len(c[2].words)))
        taken: set[int] = set()
        hits: list[TermHit] = []
        for first, last, pattern in found:
            span = range(first, last + 1)
            if taken.intersection(span):
                continue
            taken.update(span)
            if pattern.entry is not None:
                hits.append(self._hit(doc, first, last, pattern.entry))
        return sorted(hits, key=lambda h: h.start)

    @staticmethod
    def _hit(doc: Doc, first: int, last: int, entry: LexiconEntry) -> TermHit:
        span = doc[first : last + 1]
        return TermHit(
            start=span.start_char,
            end=span.end_char,
            text=span.text,
            term=entry.term,
            category=entry.category,
            neutral=entry.neutral,
        )


class TermsComponent:
    """spaCy component: ``doc._.terms`` = a fresh list of :class:`~newsprobe.model.TermHit`."""

    def __init__(self, nlp: Language, lexicon: str | None = None, exemptions: str | None = None):
        entries = read_lexicon(Path(lexicon) if lexicon else None)
        exempt = read_exemptions(Path(exemptions) if exemptions else None)
        self.matcher = TermMatcher(nlp, entries, exempt)

    def __call__(self, doc: Doc) -> Doc:
        doc._.terms = self.matcher(doc)
        return doc


@Language.factory(
    "newsprobe_terms",
    assigns=["doc._.terms"],
    requires=["token.lemma", "token.pos"],
    default_config={"lexicon": None, "exemptions": None},
)
def make_terms(
    nlp: Language, name: str, lexicon: str | None, exemptions: str | None
) -> TermsComponent:
    """Create the component; ``lexicon``/``exemptions`` are paths to TSV files (None: packaged)."""
    return TermsComponent(nlp, lexicon, exemptions)
