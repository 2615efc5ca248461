"""Who said what: direct, partial and reported quotes, with cue and speaker.

The ``newsprobe_quotes`` spaCy component writes ``doc._.quotes``: a list of
:class:`newsprobe.model.Quote`, in text order. It reads the parse and ``doc._.entities``; the speaker
mention it picks is resolved to an entity by :func:`newsprobe.components.entities.resolve_speaker`.

How it finds them:

* **Quote marks** (:func:`quote_regions`): straight or curly, double or single. A ``’`` followed by a
  letter or digit is an apostrophe (``Kan’ani``, ``regime’s``), so is a ``’`` after an ``s`` when a
  later closing mark follows in the paragraph (``the students’ union``). A quote left open at the end
  of a paragraph continues when the next paragraph starts with an opening mark (news style for
  quotes running over paragraphs); otherwise it ends with its paragraph. Single marks inside a double
  quote (and the reverse) are a quote within the quote and stay part of its content.
* **Direct quotes**: a quote with a reporting verb next to it (``‘…,’ he said``, ``said X: “…”``,
  ``X echoed:`` closing the paragraph before, ``According to X, “…”``, a headline ``Name: ‘…’``).
  Two quotes split by a frame (``“…,” she said. “…”``), or a quote carried on in the next paragraph,
  are one quote whose content runs from the first quoted word to the last (the frame lies inside
  the span). A frameless quote opening a paragraph goes on with the speaker of the attribution that
  ends the paragraph before (or the same paragraph: ``X said the talks failed. “…”``).
* **Partial quotes**: quoted words inside a sentence. The cue is the nearest reporting verb above
  them in the parse whose clause, object or phrase holds them (a parenthetical ``, she added,``
  counts), the speaker its subject; with no such verb, the subject of the clause and no cue.
  Short scare quotes (one or two words with no cue) are dropped; inside a sentence, quoted words
  with no cue are dropped up to four words, or when every word is capitalised (a title).
* **Reported speech** (kind ``reported``): a verb from the lexicon ``data/cues.txt`` with its content
  as a clausal complement (``X said (that) …``, ``a poll found …``), a to-infinitive for verbs of
  intention (``X vowed to …``), a direct object for verbs like *condemn* or *praise*, or the object of
  a phrasal cue (``called for …``); ``according to X``, whose content is the rest of the sentence; and
  a line ``Name: what they said``. Reported content stretches over quoted words it cuts into.
* **Speakers**: the subject of the cue, inherited along ``… and added``, ``saying``, ``by saying``
  and ``X released a statement saying``; in a passive (``X was asked``) the agent or nobody; next to a
  quote also ``said X`` or a name right before the verb. A relative ``who`` keeps its own mention and
  takes its antecedent's entity; group pronouns (``some``, ``those``) and descriptions the entity
  resolver cannot place ("the Democratic candidate") stay speakers without an entity.

Speakers are never guessed: when no speaker is found, or the pronoun cannot be resolved,
``speaker`` is ``None``.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import get_args

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.components._clause import ACT_NOUNS, headline_passive
from newsprobe.components._ext import text_of
from newsprobe.model import Framing, Mention, Quote, QuoteKind, SpeakerRef

Resolver = Callable[[Doc, Span], SpeakerRef | None]

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
OPEN_SINGLE = "‘‹"
CLOSE_SINGLE = "’›"
_EDGE_PUNCT = " \t\r\n,;:"
_SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj"}
_CLAUSE_DEPS = {"ccomp"}
_INHERIT_DEPS = {"conj", "xcomp", "advcl", "acl", "pcomp"}
_SENT_END = {".", "!", "?"}
#: what a verb of saying at a sentence's end must not have to be its frame: an object, a clause, an agent
_TAIL_BLOCKERS = frozenset({"dobj", "ccomp", "xcomp", "agent", "dative"})
_TIME_ENTS = {"DATE", "TIME"}
_CONTENT_DEPS = {"ccomp", "xcomp", "dobj", "prep", "parataxis", "advcl", "conj", "attr", "oprd", "npadvmod"}
_NOMINAL = ("NOUN", "PROPN", "PRON")
# what a speaker issues: "X released a statement saying …" is X speaking
_DOCUMENTS = frozenset(
    "statement release email e-mail letter message response reply memo note post tweet video ad advertisement "
    "report filing complaint op-ed column speech announcement".split()
)
# pronouns that describe a group of speakers rather than point back to one ("some said", "those polled")
_QUANTIFIERS = frozenset(
    "some many most others those both all several few none each either neither another anyone".split()
)
_FRAME_MAX_TOKENS = 12  # a speech frame next to a quote: "Iran's foreign ministry spokesman said on Tuesday"
_SCARE_MAX_WORDS = 2  # a quote this short with no cue is a scare quote
_UNCUED_PARTIAL_MAX_WORDS = 4  # inside a sentence, with no cue: a label or title (tuned on PolNeAR train)


# --- the cue lexicon ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """Cue lemmas by class (see ``data/cues.txt``); ``prep`` maps a head lemma to phrase tails."""

    speech: frozenset[str]
    stance: frozenset[str]
    evidence: frozenset[str]
    object: frozenset[str]
    statement: frozenset[str] = frozenset()
    prep: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    prep_stance: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.stance or lemma in self.evidence

    def any_cue(self, lemma: str) -> bool:
        return (
            self.is_cue(lemma)
            or lemma in self.object
            or lemma in self.statement
            or lemma in self.prep
            or lemma in self.prep_stance
        )

    def kind_of(self, lemma: str) -> QuoteKind:
        """``reported`` for a verb of saying or writing, ``stance`` for belief, attitude, evidence."""
        return "reported" if lemma in self.speech or lemma in self.statement else "stance"


def parse_lexicon(lines: Iterable[str]) -> Lexicon:
    """Read ``<class>\\t<lemma or phrase>`` lines; ``#`` starts a comment."""
    classes: dict[str, set[str]] = {k: set() for k in ("speech", "stance", "evidence", "object", "statement")}
    preps: dict[str, dict[str, list[tuple[str, ...]]]] = {"prep": {}, "prep-stance": {}}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, entry = line.partition("\t")
        words = tuple(entry.strip().lower().split())
        if kind in preps and len(words) >= 2:
            preps[kind].setdefault(words[0], []).append(words[1:])
        elif kind in classes and len(words) == 1:
            classes[kind].add(words[0])
        else:
            raise ValueError(f"bad cue lexicon line: {raw!r}")
    return Lexicon(
        speech=frozenset(classes["speech"]),
        stance=frozenset(classes["stance"]),
        evidence=frozenset(classes["evidence"]),
        object=frozenset(classes["object"]),
        statement=frozenset(classes["statement"]),
        prep={k: tuple(v) for k, v in preps["prep"].items()},
        prep_stance={k: tuple(v) for k, v in preps["prep-stance"].items()},
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped cue lexicon, read once."""
    text = resources.files("newsprobe.components").joinpath("data/cues.txt").read_text(encoding="utf-8")
    return parse_lexicon(text.splitlines())


# --- quote marks --------------------------------------------------------------------------------


@dataclass
class Region:
    """A quoted passage: ``open``/``close`` bound the marks, ``start``/``end`` the quoted words."""

    open: int
    close: int
    start: int
    end: int
    double: bool
    runs_on: bool = False  # left open at its paragraph's end and carried on by the next paragraph's quote


_WORD = re.compile(r"\w", re.UNICODE)


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD.match(ch))


def _mark(text: str, i: int) -> tuple[str, bool] | None:
    """Classify the character at ``i``: ('open'|'close'|'either', is_double), or None."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE:
        if not prev.isspace() and prev not in "([{—–-" and (nxt.isspace() or i + 1 == len(text)):
            return ("close", True)  # a typo'd closing mark: ``here,“ said``
        return ("open", True)
    if ch in CLOSE_DOUBLE:
        return ("close", True)
    if ch in OPEN_SINGLE:
        if prev.isalpha() and nxt.isalpha():
            return None  # a typo'd apostrophe: ``Trump‘s``
        return ("open", False)
    if ch == "'" and nxt == "'":
        # two apostrophes stand for a double mark (''like this'', in some newspapers' text)
        after = text[i + 2] if i + 2 < len(text) else " "
        if prev.isspace() or prev in "([{—–-":
            return ("open", True) if not after.isspace() else ("either", True)
        return ("close", True) if not _is_word(after) else ("either", True)
    if ch == "'" and prev == "'":
        return None  # the second half of a ''
    if ch in CLOSE_SINGLE or ch == "'":
        if _is_word(prev) and _is_word(nxt):
            return None  # apostrophe inside a word: Kan’ani, regime’s, don't
        if ch == "'" and (prev.isspace() or prev in '([{—–-"“') and _is_word(nxt):
            return ("open", False)
        if ch in CLOSE_SINGLE and prev.isspace() and _is_word(nxt):
            return None  # elided opening: ’90s, ’em
        if prev.isspace() and nxt.isspace():
            return None
        return ("close", False)
    if ch == '"':
        if prev == "=" or nxt == ">":
            return None  # a markup attribute: author="…"
        if prev.isspace() or prev in "([{—–-‘'" or i == 0:
            return ("open", True) if not nxt.isspace() else ("either", True)
        return ("close", True) if not _is_word(nxt) else ("either", True)
    return None


_NAME_COLON = re.compile(r"(?m)^[ \t]*((?:[A-Z][\w’'.\-]*\s?){1,5}):[ \t]+(\S[^\n]{5,300})$")


def _is_title(text: str) -> bool:
    """Every word capitalised: the name of a show, a book, a slogan."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words)


def _width(text: str, i: int) -> int:
    """How many characters the mark at ``i`` takes: 2 for ``''``, else 1."""
    return 2 if text[i : i + 2] == "''" else 1


def _paragraphs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    return start, end


def quote_regions(text: str) -> list[Region]:
    """Every quoted passage in ``text``, outermost quotes only, in text order."""
    out: list[Region] = []
    pending: Region | None = None  # a quote left open at the end of the previous paragraph
    for p_start, p_end in _paragraphs(text):
        marks = [(i, m) for i in range(p_start, p_end) if (m := _mark(text, i)) is not None]
        current: Region | None = None
        if pending is not None:
            lead = text[p_start : marks[0][0]].strip() if marks else "x"
            if not lead and marks[0][1][0] in ("open", "either") and marks[0][1][1] == pending.double:
                # the quotation runs on into this paragraph (news style): one quote per paragraph
                pending.runs_on = True
                out.append(pending)
                i0 = marks[0][0]
                current = Region(open=i0, close=-1, start=i0 + _width(text, i0), end=-1, double=pending.double)
                marks = marks[1:]
            else:
                out.append(pending)
            pending = None
        for k, (i, (role, double)) in enumerate(marks):
            if current is None:
                if role in ("open", "either"):
                    current = Region(open=i, close=-1, start=i + _width(text, i), end=-1, double=double)
                continue
            if double != current.double or role == "open":
                stray = text[max(p_start, i - 3) : i].rstrip()[-1:] in (".", "!", "?")
                if role == "open" and double == current.double and double and not stray:
                    current = Region(open=i, close=-1, start=i + _width(text, i), end=-1, double=double)
                # an opening mark after a full stop inside an open quote is a stray mark: the quote goes on
                continue
            if not double and text[i - 1] in "sz" and i + 1 < p_end and text[i + 1] == " ":
                later = marks[k + 1 :]
                next_open = next((j for j, (_, m) in enumerate(later) if m[0] == "open"), len(later))
                if any(m == ("close", False) for _, m in later[:next_open]):
                    continue  # a plural possessive (the students’ union): a later mark closes
            current.close = i + _width(text, i)
            current.end = i
            out.append(current)
            current = None
        if current is not None:
            current.end = p_end
            current.close = p_end
            pending = current
    if pending is not None:
        out.append(pending)
    regions = []
    for r in out:
        r.start, r.end = _trim(text, r.start, r.end)
        if r.end > r.start:
            regions.append(r)
    return regions


# --- parse helpers ------------------------------------------------------------------------------


def _tokens_in(doc: Doc, start: int, end: int) -> list[Token]:
    span = doc.char_span(start, end, alignment_mode="expand")
    return list(span) if span is not None else []


def _is_verb(tok: Token) -> bool:
    return tok.pos_ in ("VERB", "AUX") and tok.tag_ != "MD"


def _subject(verb: Token, depth: int = 0) -> Token | None:
    """The subject of ``verb``, inherited from the verb it hangs on (``… and added``, ``saying``)."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and not (child.ent_type_ in _TIME_ENTS and child.pos_ == "PROPN"):
            return child  # a relative "who" stays: :func:`_resolve` maps it to its antecedent
    head = verb.head
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return None  # "people accused of a crime": the noun is who it is said about, not who says it
    if verb.dep_ in ("relcl", "acl") and head.pos_ in _NOMINAL:
        if verb.dep_ == "acl" and head.lemma_.lower() in _DOCUMENTS and head.dep_ == "dobj" and depth < 4:
            return _subject(head.head, depth + 1)  # "X released a statement saying …": X speaks
        return head  # "Kan'ani, who said …", "voters telling their stories"
    if depth < 4 and verb.dep_ == "pcomp" and head.pos_ == "ADP" and head.head.i != head.i:
        return _subject(head.head, depth + 1)  # "X ended by saying …"
    if depth < 4 and verb.dep_ in _INHERIT_DEPS | {"acomp"} and head.i != verb.i:
        if _is_verb(head) or head.pos_ == "ADJ":
            return _subject(head, depth + 1)
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """``said Kan’ani``: a name or pronoun right after the verb, when the parse gave no subject."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : min(verb.i + 6, len(doc))]:
        if tok.pos_ in _NOMINAL and tok.ent_type_ not in _TIME_ENTS:
            if tok.head.i == verb.i and tok.dep_ in ("dobj", "dative"):
                return None  # "telling the crowd": the addressee, not the speaker
            if tok.pos_ == "PRON" or tok.pos_ == "PROPN" or tok.head.i == verb.i:
                return tok.head if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" else tok
            return None
        if tok.is_punct and tok.text not in ("-", "–"):
            return None
    return None


def _noun_phrase(tok: Token) -> Span:
    """The speaker phrase headed by ``tok``: its left dependents and names, no clauses or appositives."""
    doc = tok.doc
    left = tok.left_edge.i
    right = tok.i
    for child in tok.rights:
        if child.dep_ in ("compound", "flat", "nmod") and child.i == right + 1:
            right = child.i
        else:
            break
    # a left edge inside a clause or after punctuation (", said the minister") is not the phrase
    for i in range(tok.i - 1, left - 1, -1):
        if doc[i].is_space or doc[i].is_punct and doc[i].text not in ("'s", "’s", "-", "’", "'"):
            left = i + 1
            break
    return doc[left : right + 1]


def _subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if exclude is None or t not in set(exclude.subtree)]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _content_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = text_of(doc)
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ".!?":
        end -= 1
    start, end = _trim(text, start, end)
    return _after_dateline(text, start, end), end


def _cue_span(tok: Token) -> tuple[int, int]:
    """The characters of a cue word; ``according to`` takes both words."""
    doc = tok.doc
    if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
        return tok.idx, doc[tok.i + 1].idx + len(doc[tok.i + 1])
    return tok.idx, tok.idx + len(tok)


def _mention(doc: Doc, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=text_of(doc)[start:end])


def _span_mention(span: Span) -> Mention:
    return _mention(span.doc, span.start_char, span.end_char)


def default_resolver(doc: Doc, span: Span) -> SpeakerRef | None:
    """Resolve with the entities component (imported lazily: it registers its own factory)."""
    from newsprobe.components.entities import resolve_speaker

    return resolve_speaker(doc, span)


# verbs that put words in their subject's mouth: "described the plan as “…”", "called it “…”"
_LABEL_VERBS = frozenset("describe dub label brand call term characterize characterise".split())
# nouns whose that-clause is what was said: "repeated the view that …", "dismissed claims that …"
_CLAIM_NOUNS = frozenset(
    "view claim claims assertion allegation allegations argument position belief warning accusation "
    "accusations charge charges suggestion insistence promise pledge message point".split()
)
# set phrases built on a verb of saying that report nothing: "That said, …", "needless to say"
_IDIOMS = (("that", "said"), ("having", "said", "that"), ("needless", "to", "say"), ("so", "to", "speak"),
           ("that", "is", "to", "say"), ("suffice", "it", "to", "say"), ("goes", "without", "saying"),
           ("truth", "be", "told"), ("all", "told"))
# a dateline opening a paragraph: "MOSCOW, August 8 (RIA Novosti) – ", "LONDON (Reuters) - "
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"\s*(?:\([^()\n]{2,40}\))?\s*[-–—]+\s+"
)


_WH = frozenset("how why whether if what when where who which".split())
# what an "according to" cites when it is not a speaker
_EVIDENCE_NOUNS = frozenset(
    "data figure figures statistic statistics number numbers estimate estimates projection projections study "
    "survey poll report reports record records document documents analysis census tally count research model "
    "forecast information filing filings results".split()
)


#: cues whose "on/upon X" names whom a request is addressed to ("called on X to ..."), not its topic
#: ("placed a premium on X")
ADDRESSED_CUES = frozenset({"call"})
ADDRESS_PREPS = frozenset({"on", "upon"})


def _asked_act(verb: Token, addressee: Token) -> Token | None:
    """The infinitive a request asks of its addressee: "called on X to cut power" -> cut."""
    for tok in [*verb.children, *addressee.children]:
        if tok.dep_ in ("xcomp", "advcl", "acl", "relcl", "ccomp") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in tok.children
        ):
            return tok
    return None


def _negated(verb: Token) -> bool:
    """``did not say``, ``would never confirm``: a cue that reports no statement."""
    return any(c.dep_ == "neg" for c in verb.children)


def _has_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _not_a_speaker(verb: Token) -> bool:
    """An act as the subject of a cue comes from a misparse ("Meadows' shock retirement — revealed 30
    hours before the deadline — has roiled Republicans")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.lemma_.lower() in ACT_NOUNS


def _idiom(verb: Token) -> bool:
    """``verb`` is part of a set phrase of saying that reports nothing (``That said, …``)."""
    doc = verb.doc
    for phrase in _IDIOMS:
        for k, word in enumerate(phrase):
            if verb.lower_ != word:
                continue
            lo = verb.i - k
            if lo >= 0 and lo + len(phrase) <= len(doc) and all(
                doc[lo + j].lower_ == w for j, w in enumerate(phrase)
            ):
                return True
    return False


def _after_dateline(text: str, start: int, end: int) -> int:
    """Move a content start that opens its paragraph past a dateline (``LONDON (Reuters) - ``)."""
    para_start = text.rfind("\n", 0, start) + 1
    if text[para_start:start].strip():
        return start
    m = _DATELINE.match(text, start, end)
    if m is None or not re.search(r"[A-Z]{2}", m.group()):
        return start
    return m.end()


# --- finding quotes -----------------------------------------------------------------------------


@dataclass
class _Found:
    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: Token | None = None
    origin: str = ""  # how it was found: a feature of its confidence (see quote_confidence)


class _Finder:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = text_of(doc)
        self.regions = quote_regions(self.text)
        self.used_cues: set[int] = set()
        self.inside = [False] * len(doc)
        for r in self.regions:
            for t in _tokens_in(doc, r.open, r.close):
                self.inside[t.i] = True

    # frames around quote marks

    def _limit_after(self, idx: int, r: Region) -> int:
        # a short quoted name inside the frame does not end it ("said X, wearing “Cruz” pins")
        nxt = next(
            (q.open for q in self.regions[idx + 1 :] if len(self.text[q.start : q.end].split()) > 3),
            len(self.text),
        )
        para_end = self.text.find("\n", r.close)
        return min(nxt, para_end if para_end >= 0 else len(self.text))

    def _limit_before(self, idx: int, r: Region) -> int:
        prev = self.regions[idx - 1].close if idx > 0 else 0
        para_start = self.text.rfind("\n", 0, r.open) + 1
        return max(prev, para_start)

    def _cue_word(self, tok: Token) -> bool:
        """A reporting verb; in a frame also a verb the tagger took for a plural noun (``X notes.``)."""
        if self.inside[tok.i]:
            return False
        if _is_verb(tok):
            return self.lex.is_cue(tok.lemma_.lower())
        low = tok.lower_
        return tok.tag_ in ("NNS", "NN") and low.endswith("s") and self.lex.is_cue(low[:-1])

    def _parse_cue(self, r: Region) -> Token | None:
        """The verb the parse hangs the quote on, when it stands just outside the quote."""
        toks = _tokens_in(self.doc, r.start, r.end)
        ids = {t.i for t in toks}
        for t in toks:
            if t.head.i in ids and t.head.i != t.i:
                continue
            cands = [a for a in list(t.ancestors)[:3] if a.i not in ids]
            cands += [c for c in t.children if c.i not in ids and c.dep_ in ("parataxis", "advcl", "ccomp")]
            for v in cands:
                if not (_is_verb(v) or self._cue_word(v)) or self.inside[v.i]:
                    continue
                after = r.close <= v.idx and not self._ends_sentence(r)
                near = (after and len(_tokens_in(self.doc, r.close, v.idx)) <= _FRAME_MAX_TOKENS) or (
                    v.idx < r.open and len(_tokens_in(self.doc, v.idx, r.open)) <= _FRAME_MAX_TOKENS
                )
                if near and self._cue_word(v):
                    return v
        return None

    def _ends_sentence(self, r: Region) -> bool:
        """The quote closes on a full stop and the next word starts a new sentence: what follows is
        not its frame (``“… over.” Russia announced …``), unlike ``“… over,” he said``."""
        inner = self.text[r.start : r.close].rstrip(" " + CLOSE_DOUBLE + CLOSE_SINGLE + "\"'")
        after = self.text[r.close : r.close + 40].lstrip(" \t")
        return inner.endswith(".") and not inner.endswith("..") and after[:1].isupper()

    def _frame_after(self, idx: int, r: Region) -> Token | None:
        if self._ends_sentence(r):
            return None
        limit = self._limit_after(idx, r)
        toks = [t for t in _tokens_in(self.doc, r.close, limit) if t.idx >= r.close]
        for t in toks[:_FRAME_MAX_TOKENS]:
            if t.text in _SENT_END:
                break
            if self._cue_word(t):
                return t
        return None

    def _frame_before(self, idx: int, r: Region) -> Token | None:
        limit = self._limit_before(idx, r)
        lead = self.text[limit : r.open]
        if not lead.strip() and limit > 0 and (idx == 0 or self.regions[idx - 1].close < limit):
            prev = self.text[:limit].rstrip()
            if prev.endswith(":"):  # "He declared:" then the quote in its own paragraph
                limit = self.text.rfind("\n", 0, len(prev)) + 1
                lead = self.text[limit : len(prev)]
        toks = [t for t in _tokens_in(self.doc, limit, limit + len(lead)) if not t.is_space]
        toks = [t for t in toks if limit <= t.idx and t.idx + len(t) <= limit + len(lead)]
        if not toks:
            return None
        last = toks[-1]
        intro = last.text in (":", ",") or last.lower_ == "that"
        for t in reversed(toks[-_FRAME_MAX_TOKENS:]):
            if t.text in _SENT_END:
                break
            if t.lower_ == "according" and t.i + 1 < len(self.doc) and self.doc[t.i + 1].lower_ == "to" and intro:
                return t  # "According to the newspaper, “…”"
            if self._cue_word(t):
                if intro or t.i == last.i or (last.i - t.i <= 3 and last.pos_ in ("PRON", "PROPN", "NOUN")):
                    return t
                return None
        if intro and last.text in (":", ","):
            # "Hillary shot back, “…”": a verb with its subject just before the comma or colon
            for t in reversed(toks[-4:-1]):
                if t.pos_ == "VERB" and t.tag_ in ("VBD", "VBZ", "VBP") and _subject(t) is not None:
                    return t
        return None

    def _colon_frame(self, idx: int, r: Region) -> Token | None:
        """``X echoed:`` or a headline ``Kasich: ‘…’``: the verb of the clause before the colon, or the
        colon itself when that clause has no verb."""
        before = self.text[: r.open].rstrip()
        if not before.endswith(":") or (idx > 0 and self.regions[idx - 1].close > len(before) - 1):
            return None
        colon = _tokens_in(self.doc, len(before) - 1, len(before))
        if not colon or colon[-1].text != ":":
            return None
        tok = colon[-1]
        sent_start = tok.sent.start
        verbs = [t for t in self.doc[sent_start : tok.i] if _is_verb(t) and not self.inside[t.i]]
        roots = [v for v in verbs if v.dep_ == "ROOT" or v.head.i >= tok.i or v.head.i < sent_start]
        if roots:
            return roots[0] if _subject(roots[0]) is not None else None
        return tok if tok.i > sent_start and self.doc[tok.i - 1].pos_ in ("PROPN", "NOUN") else None

    def _own_cue(self, idx: int, r: Region) -> Token | None:
        before = self._frame_before(idx, r)
        lead = [t for t in _tokens_in(self.doc, self._limit_before(idx, r), r.open) if t.idx < r.open]
        if before is not None and lead and lead[-1].i - before.i <= 1:
            return before  # "X said, “…”": the verb right before the quote
        cue = self._colon_frame(idx, r) or self._parse_cue(r) or self._frame_after(idx, r) or before
        if cue is not None and cue.i in self.used_cues:
            return None
        return cue

    def _inverted_frame(self, verb: Token) -> Token | None:
        """``…, reported Coastal News.``: a verb of saying after a comma at the end of a sentence, with
        its speaker after it and no subject of its own. Returns the speaker."""
        doc = verb.doc
        if not _is_verb(verb) or verb.lemma_.lower() not in self.lex.speech or self.inside[verb.i]:
            return None
        if verb.i == 0 or doc[verb.i - 1].text != "," or verb.head.i >= verb.i:
            return None
        if any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        tail = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_space]
        if not tail or len(tail) > 8 or tail[-1].text not in _SENT_END:
            return None
        names = [t for t in tail[:-1] if t.pos_ in ("PROPN", "NOUN")]
        if not names or any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        return names[-1] if names[-1].dep_ != "compound" else names[-1].head

    def _tail_frame(self, verb: Token) -> Token | None:
        """``…, exile groups charged on Sunday.``: a verb of saying at the end of a sentence that the parse
        read as a reduced relative on its own subject (``groups charged`` as "groups who were charged").
        Returns the speaker: the noun the verb hangs on, when its phrase starts just after a comma."""
        doc = verb.doc
        if not _is_verb(verb) or verb.lemma_.lower() not in self.lex.speech or self.inside[verb.i]:
            return None
        head = verb.head
        if verb.dep_ == "advcl" and head.i < verb.i:
            # "…, exile groups claimed on Sunday." read as an adverbial clause with its own subject
            head = next((c for c in verb.lefts if c.dep_ == "nsubj"), verb)
            if head.i != verb.i - 1 or any(c.dep_ in ("mark", "advmod") for c in verb.lefts):
                return None
        if verb.dep_ not in ("acl", "advcl") or verb.tag_ not in ("VBD", "VBN") or head.i != verb.i - 1:
            return None
        if head.pos_ not in _NOMINAL or any(c.dep_ in _TAIL_BLOCKERS for c in verb.children):
            return None  # "the men charged with fraud", "groups claimed the victory": no frame
        first = head.left_edge
        if first.i == verb.sent.start or doc[first.i - 1].text != "," or first.i - 1 <= verb.sent.start + 2:
            return None
        tail = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_space]
        if not tail or len(tail) > 8 or tail[-1].text not in _SENT_END:
            return None
        if any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        return head

    def _coordinated_speaker(self, verb: Token) -> Token | None:
        """``He said A but also stressed that B``: a cue verb with no subject of its own that the parse
        hung inside the first statement's clause speaks with the subject of the verb of saying above."""
        if verb.dep_ != "conj" or any(c.dep_ in _SUBJECT_DEPS for c in verb.children):
            return None
        if self.lex.is_cue(verb.head.lemma_.lower()):
            return None  # a plain coordination of two cues: the ordinary inheritance applies
        for anc in list(verb.ancestors)[1:6]:
            if _is_verb(anc) and self.lex.is_cue(anc.lemma_.lower()):
                return next((c for c in anc.children if c.dep_ in _SUBJECT_DEPS), None)
        return None

    def _speaker_of(self, verb: Token, frame: bool = False) -> Token | None:
        """The subject of a cue; next to a quote also a name just after (``said X``) or before it."""
        if verb.lower_ == "according" and verb.i + 1 < len(verb.doc):
            return next((c for c in verb.doc[verb.i + 1].children if c.dep_ == "pobj"), None)
        if verb.text == ":":
            prev = verb.doc[verb.i - 1]
            return prev if prev.pos_ in ("PROPN", "NOUN") and not self.inside[prev.i] else None
        subj = self._inverted_frame(verb) or self._tail_frame(verb) or self._coordinated_speaker(verb) or _subject(verb)
        if subj is not None and subj.pos_ in ("VERB", "AUX"):
            subj = self._left_nominal(verb)  # "Speaking from a stage, X said": a clause is not a speaker
        if subj is not None and subj.dep_ == "nsubjpass" and subj.head.i == verb.i:
            # "X was asked whether …": the one who speaks is the agent, if named
            agent = next((c for c in verb.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if subj is None:
                return None
        if subj is not None and self.inside[subj.i]:
            subj = None
        if subj is not None and any(t.text in ("-", "—", "–") for t in self.doc[subj.i + 1 : verb.i]):
            subj = self._left_nominal(verb) or subj  # "LONDON (Reuters) - Donald Trump said"
        if subj is None and frame:
            subj = _inverted_subject(verb) or self._left_nominal(verb)
        elif subj is None and verb.tag_ in ("VBD", "VBZ", "VBP"):
            subj = self._left_nominal(verb)  # a finite verb the parse left without its subject
        if subj is None:
            return None
        lo, hi = sorted((subj.idx, verb.idx))
        if self.inside[subj.i] or "\n" in self.text[lo:hi]:
            # inside a quote, or across a line break (a caption or headline parsed as the subject)
            near = self._left_nominal(verb)
            return near if near is not None and near.i != subj.i else None
        return subj

    def _left_nominal(self, verb: Token) -> Token | None:
        for tok in reversed(self.doc[max(0, verb.i - 3) : verb.i]):
            if self.inside[tok.i] or tok.is_punct or tok.is_space:
                return None
            if tok.pos_ in ("PROPN", "PRON", "NOUN") and tok.ent_type_ not in _TIME_ENTS:
                # not the object of some other word ("to discuss internal strategy said")
                return tok if tok.dep_ not in ("dobj", "pobj", "dative", "attr") else None
        return None

    def _partial_cue(self, r: Region) -> tuple[Token | None, Token | None]:
        """(cue verb, speaker) for quoted words inside a sentence."""
        toks = _tokens_in(self.doc, r.start, r.end)
        if not toks:
            return None, None
        ids = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        nearest: Token | None = None
        para = (self.text.rfind("\n", 0, r.open) + 1, self.text.find("\n", r.close) % (len(self.text) + 1))
        child = roots[0]
        # a quoted manner phrase ("continuing ‘steadily’ its work") belongs to its clause: the cue is
        # the verb that reports that clause, not the clause's own verb
        skip_first = roots[0].dep_ in ("advmod", "amod", "npadvmod")
        for anc in roots[0].ancestors:
            via, child = child, anc
            if not para[0] <= anc.idx < para[1]:
                break  # the parse ran over a paragraph break
            if self.inside[anc.i] and anc.i not in ids:
                continue
            if _is_verb(anc):
                # the quote must be what the cue says: its clause, object or phrase, not a manner adverb
                says_it = via.dep_ in _CONTENT_DEPS or self._prep_cue(anc) is not None
                if skip_first:
                    says_it, skip_first = False, False
                if says_it and self._says_words(anc):
                    return anc, self._speaker_of(anc)
                if nearest is None:
                    nearest = anc
        for anc in [*roots[0].ancestors]:
            for side in anc.children:  # a parenthetical frame: "X, she added, was “…”"
                if side.dep_ == "parataxis" and self._cue_word(side) and para[0] <= side.idx < para[1]:
                    return side, self._speaker_of(side, frame=True)
        # quoted words whose clause has no verb of saying: whose words they are is unknown here (the
        # clause's subject may be the target, "troops lost a vehicle to “mobs”"), never a guess
        return None, None

    def _says_words(self, verb: Token) -> bool:
        """A verb whose subject speaks the quoted words it governs: saying (``warned of “…”``) or
        labelling (``described it as “…”``), not an attitude (``welcomed “the decision”``)."""
        lemma = verb.lemma_.lower()
        lex = self.lex
        return lemma in lex.speech or lemma in lex.statement or lemma in _LABEL_VERBS or lemma in lex.prep

    def _is_partial(self, r: Region) -> bool:
        """Quoted words inside a sentence: a word (not a cue's colon or comma) right before the mark."""
        before = self.text[: r.open].rstrip(" \t")
        return bool(before) and before[-1] != "\n" and _is_word(before[-1])

    def _has_clause(self, r: Region) -> bool:
        """The quoted words hold a verb of their own (a clause), not just a noun phrase."""
        return any(t.pos_ in ("VERB", "AUX") for t in _tokens_in(self.doc, r.start, r.end))

    def _embedded(self, r: Region) -> bool:
        """Words of the same sentence stand before the quote (``X says no matter what, “…”``)."""
        para_start = self.text.rfind("\n", 0, r.open) + 1
        lead = self.text[para_start : r.open]
        ends = list(re.finditer(r"[.!?][\"”’']?\s", lead))
        if ends:
            lead = lead[ends[-1].end() :]
        return len(lead.split()) >= 2

    def _continues(self, prev: Region, r: Region, cue: tuple[int, int] | None = None) -> bool:
        """``r`` carries on the quote ``prev``: after a short frame in the same paragraph, or opening
        the next paragraph (after what is left of the frame's sentence)."""
        between = self.text[prev.close : r.open]
        if self._is_partial(r):
            return False
        n = len(_tokens_in(self.doc, prev.close, r.open)) if between.strip() else 0
        cue_between = cue is not None and prev.close <= cue[0] < r.open
        if "\n" not in between:
            return n <= _FRAME_MAX_TOKENS or (cue_between and n <= 4 * _FRAME_MAX_TOKENS)
        head, _, tail = between.partition("\n")
        if tail.strip() or "\n" in head:
            return False  # a paragraph of other text lies between
        return not head.strip() or n <= 4 * _FRAME_MAX_TOKENS

    def direct(self) -> list[_Found]:
        out: list[_Found] = []
        cues = [self._own_cue(i, r) for i, r in enumerate(self.regions)]
        group: _Found | None = None
        group_last: Region | None = None
        for idx, r in enumerate(self.regions):
            cue = cues[idx]
            if cue is not None and (cue.i in self.used_cues or group is not None and group.cue == _cue_span(cue)):
                cue = None  # the frame of the quote before: "…," she said, "…"
            if (
                cue is None
                and group is not None
                and group_last is not None
                and self._continues(group_last, r, group.cue)
            ):
                # the same speaker goes on after the frame ("“…,” she said. “…”") or in the next
                # paragraph: a quote of its own, with the frame's cue and speaker
                out.append(_Found("direct", r.start, r.end, group.cue, group.speaker, "continued"))
                group_last = r
                continue
            group, group_last = None, None
            if cue is not None and not self._is_partial(r):
                self.used_cues.add(cue.i)
                origin = "colon" if cue.text == ":" else "frame"
                group = _Found("direct", r.start, r.end, _cue_span(cue), self._speaker_of(cue, frame=True), origin)
                group_last = r
                out.append(group)
                continue
            words = len(self.text[r.start : r.end].split())
            if self._is_partial(r) or self._embedded(r):
                verb, speaker = self._partial_cue(r)
                if _is_title(self.text[r.start : r.end]) or verb is None and words <= _UNCUED_PARTIAL_MAX_WORDS:
                    continue  # a title ("appeared on “Good Morning Zorvia”") or a scare quote
                if verb is None and not self._has_clause(r):
                    continue  # a quoted noun phrase with no verb of saying: a term, not a statement
                cue_span = (verb.idx, verb.idx + len(verb)) if verb is not None else None
                origin = "partial" if verb is not None else "partial-uncued"
                out.append(_Found("partial", r.start, r.end, cue_span, speaker, origin))
            elif words > _SCARE_MAX_WORDS:
                out.append(_Found("direct", r.start, r.end, None, None, "uncued"))
        # a quotation running over paragraphs whose frame comes in a later paragraph ("“…\n“…,” she said")
        by_start = {f.start: f for f in out if f.kind == "direct"}
        for r, nxt in zip(self.regions, self.regions[1:], strict=False):
            first, later = by_start.get(r.start), by_start.get(nxt.start)
            if r.runs_on and first is not None and later is not None and first.cue is None:
                first.cue, first.speaker, first.origin = later.cue, later.speaker, "continued"
        return out

    # reported speech

    def _prep_cue(self, verb: Token) -> Token | None:
        """The content head of a phrasal cue (``called for X`` -> X), or None."""
        found = self._phrasal(verb)
        return found[0] if found is not None else None

    def _phrasal(self, verb: Token) -> tuple[Token, QuoteKind] | None:
        """(content head, kind) of a phrasal cue: ``called for X`` is reported, ``hoped for X`` a stance."""
        lemma = verb.lemma_.lower()
        for table, kind in ((self.lex.prep, "reported"), (self.lex.prep_stance, "stance")):
            for tail in table.get(lemma, ()):
                head = self._tail_object(verb, tail)
                if head is not None:
                    return head, kind  # type: ignore[return-value]
        return None

    @staticmethod
    def _tail_object(verb: Token, tail: tuple[str, ...]) -> Token | None:
        node = verb
        for word in tail[:-1]:
            nxt = next((c for c in node.children if c.lemma_.lower() == word), None)
            if nxt is None:
                return None
            node = nxt
        last = tail[-1]
        prep = next((c for c in [*node.children, *verb.children] if c.lower_ == last), None)
        if prep is None:
            return None
        if len(tail) == 1:
            # the preposition follows the verb or its object ("called for …", "accused Y of …"), not a
            # later adjunct ("called the police while on his way")
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            after = obj.right_edge.i + 1 if obj is not None and obj.i > verb.i else verb.i + 1
            if prep.i < verb.i or any(t.pos_ not in ("ADV", "PART") for t in verb.doc[after : prep.i]):
                return None
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is not None:
            return obj
        if prep.dep_ == "prt":  # "pointed out that …"
            return next((c for c in verb.children if c.dep_ in ("ccomp", "dobj")), None)
        return None

    def _content_head(self, verb: Token) -> tuple[tuple[int, int], Token, QuoteKind] | None:
        """The span of what ``verb`` reports, its head, and whether it is speech or a stance."""
        lemma = verb.lemma_.lower()
        lex = self.lex
        kind = lex.kind_of(lemma)
        inverted = self._inverted_frame(verb)
        if inverted is not None:
            # "X declared an emergency, reported Coastal News.": the clause before the comma
            start = verb.sent.start_char
            return (start, self.doc[verb.i - 1].idx), verb.head, kind
        speaker = self._tail_frame(verb)
        if speaker is not None:
            # "Troops shot 12 villagers, exile groups charged.": the clause before the speaker's comma
            comma = self.doc[speaker.left_edge.i - 1]
            main = next((t for t in verb.sent if t.head.i == t.i), verb.head)
            return (verb.sent.start_char, comma.idx), main, kind
        if lex.is_cue(lemma):
            for child in verb.children:
                if child.dep_ in _CLAUSE_DEPS and self._inverted_frame(child) is None:
                    # "explained why …", "asked whether …": a question or a topic, not a statement
                    wh = child.left_edge.lower_ in _WH and child.left_edge.i > verb.i
                    return _subtree_span(child), child, "stance" if wh else kind
        if lemma in lex.speech or lemma in lex.statement:
            # "repeated the view that …", "rejected the claim that …": the noun's that-clause
            for child in verb.children:
                if child.dep_ == "dobj" and child.lemma_.lower() in _CLAIM_NOUNS:
                    clause = next((c for c in child.children if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
                    if clause is not None:
                        return _subtree_span(clause), clause, "reported"
        phrasal = self._phrasal(verb)
        if phrasal is not None:
            head, pkind = phrasal
            start, end = _subtree_span(head)
            if lemma in ADDRESSED_CUES and head.head.lower_ in ADDRESS_PREPS:
                # "called on utilities to cut power": what is asked is the addressee and the act; with no
                # act ("called on her") nothing was said
                act = _asked_act(verb, head)
                if act is None:
                    return None
                end = max(end, _subtree_span(act)[1])
            obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < head.i), None)
            tails = self.lex.prep.get(lemma, ())
            if obj is not None and pkind == "reported" and not any(obj.lemma_.lower() in t for t in tails):
                start = min(start, obj.left_edge.idx)  # "accused Y of Z": Y belongs to what is said
            return (start, end), head, pkind
        if lemma in lex.stance:
            for child in verb.children:
                if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                    return _subtree_span(child), child, kind
        if lemma in lex.statement or lemma in lex.object or lemma in lex.evidence:
            for child in verb.children:
                # the object of a statement that is a person is whom it is said to ("assured him"), not what
                # is said; an attitude's object may be anyone ("praised her")
                addressee = child.pos_ == "PRON" or child.ent_type_ == "PERSON"
                if child.dep_ == "dobj" and not (addressee and lemma in lex.statement):
                    # a noun phrase is what the statement is about, not what was said ("announced the two
                    # candidates", "confirmed the breach"): a stance, never reported speech
                    return _subtree_span(child), child, "stance"
        if lex.is_cue(lemma) and verb.dep_ == "parataxis" and verb.head.i < verb.i:
            start, end = _subtree_span(verb.head, exclude=verb)
            # "X is low, they say, and Y …": what is said ends at its frame
            return (start, min(end, verb.left_edge.idx)), verb.head, kind
        return None

    def reported(self, taken: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        direct_spans = [(f.start, f.end) for f in taken if f.kind == "direct"]
        for tok in self.doc:
            if self.inside[tok.i] or tok.i in self.used_cues or not _is_verb(tok):
                continue
            if not self.lex.any_cue(tok.lemma_.lower()):
                continue
            if _idiom(tok) or _negated(tok):
                continue  # "That said, …"; "could not say how it happened" reports nothing
            found = self._content_head(tok)
            if found is None:
                continue
            (start, end), _, kind = found
            end = self._before_coordinated_cue(tok, start, end)
            start, end = self._over_quotes(*_content_bounds(self.doc, start, end))
            if "\n" in self.text[start:end] and not self.inside[tok.i]:
                # reported content stays in its paragraph (the parse may run over a line break)
                cut = self.text.index("\n", start)
                start, end = _content_bounds(self.doc, *(start, cut) if cut > tok.idx else (cut, end))
            if end <= start or any(s < end and start < e for s, e in direct_spans):
                continue
            if _not_a_speaker(tok):
                continue  # "X's shock retirement — revealed just 30 hours before …": an act reveals nothing
            # "Senator X accused of hiding donations": X is accused, by nobody named
            speaker = None if headline_passive(tok) else self._speaker_of(tok)
            out.append(_Found(kind, start, end, (tok.idx, tok.idx + len(tok)), speaker, "verb"))
        out.extend(self._according_to(direct_spans))
        out.extend(self._name_colon(taken))
        return out

    def _before_coordinated_cue(self, verb: Token, start: int, end: int) -> int:
        """End a statement before a second one its speaker makes in the same sentence (``said A but
        also stressed that B``), which the parse may have hung inside the first."""
        for tok in _tokens_in(self.doc, start, end):
            if tok.i == verb.i or tok.dep_ != "conj" or not _is_verb(tok) or not self.lex.is_cue(tok.lemma_.lower()):
                continue
            if self._coordinated_speaker(tok) is None:
                continue
            cut = tok.i
            while cut > 0 and self.doc[cut - 1].dep_ in ("cc", "advmod", "punct") and self.doc[cut - 1].idx > start:
                cut -= 1
            return min(end, self.doc[cut].idx)
        return end

    def _name_colon(self, taken: list[_Found]) -> list[_Found]:
        """A paragraph (often a headline) ``Name: what they said``."""
        out = []
        for m in _NAME_COLON.finditer(self.text):
            if m.group(1).split()[0].lower() == "by":
                continue  # a byline ("By Ana Moss: …") introduces the reporter's own text
            start, end = _content_bounds(self.doc, m.start(2), m.end(2))
            if end <= start or any(f.start < end and start < f.end for f in taken if f.kind == "direct"):
                continue
            colon = _tokens_in(self.doc, m.end(1), m.end(1) + 1)
            head = _tokens_in(self.doc, m.start(1), m.end(1))
            speaker = next((t for t in reversed(head) if t.pos_ in ("PROPN", "NOUN")), None)
            if not colon or speaker is None or speaker.ent_type_ not in ("PERSON", "ORG"):
                continue  # "Coronavirus: …", "Source: …", "Tel: …" are labels, not speakers
            out.append(_Found("reported", start, end, (m.end(1), m.end(1) + 1), speaker, "name-colon"))
        return out

    def _over_quotes(self, start: int, end: int) -> tuple[int, int]:
        """Stretch a content span over quoted words it cuts into or that follow it in the same clause
        (``said the goal was not to “…” but to “…”``)."""
        for r in self.regions:
            if r.start < start < r.end:
                start = r.start
            if r.start < end < r.end:
                end = r.end
        for r in self.regions:
            if r.open < end or r.open - end > 40:
                continue
            gap = _tokens_in(self.doc, end, r.open)
            gap = [t for t in gap if t.idx >= end and t.idx + len(t) <= r.open]
            if all(not _is_verb(t) and t.text not in _SENT_END and t.text not in ";:" for t in gap):
                end = r.end
        return start, end

    def _according_to(self, direct_spans: list[tuple[int, int]]) -> list[_Found]:
        out = []
        for tok in self.doc:
            if tok.lower_ != "according" or tok.i + 1 >= len(self.doc) or self.doc[tok.i + 1].lower_ != "to":
                continue
            if self.inside[tok.i]:
                continue
            to = self.doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None)
            phrase_end = max(t.i for t in to.subtree) if obj is not None else to.i
            sent = tok.sent
            left = (sent.start_char, tok.idx)
            right_start = self.doc[phrase_end].idx + len(self.doc[phrase_end])
            right = (right_start, sent.end_char)
            ls, le = _content_bounds(self.doc, *left)
            rs, re_ = _content_bounds(self.doc, *right)
            start, end = (ls, le) if le - ls >= re_ - rs else (rs, re_)
            if end <= start or any(s < end and start < e for s, e in direct_spans):
                continue
            # "according to government data": evidence, not a speaker
            evidence = obj is not None and (obj.lemma_.lower() in _EVIDENCE_NOUNS or obj.lower_ in _EVIDENCE_NOUNS)
            kind: QuoteKind = "stance" if evidence else "reported"
            out.append(_Found(kind, start, end, (tok.idx, to.idx + len(to)), obj, "according"))
        return out


def _inherit_speakers(text: str, found: list[_Found]) -> None:
    """A quote standing alone at the start of a paragraph, with no frame of its own, goes on with
    the speaker of the quote that ends the paragraph before (news style)."""
    for f in found:
        if f.kind != "direct" or f.cue is not None or f.speaker is not None:
            continue
        para_start = text.rfind("\n", 0, f.start) + 1
        lead = text[para_start : f.start].strip(" \t\"“‘'")
        same = [
            g
            for g in found
            if para_start <= g.start and g.end <= f.start and g.speaker is not None and g.kind != "stance"
        ]
        # only from the sentence right before, and only a statement: never an attitude, or a subject two
        # sentences back
        if same and lead[-1:] in ".!?" and len(text[max(g.end for g in same) : f.start].split()) <= 12:
            prev = max(same, key=lambda g: g.end)  # "X said the talks failed. “…”"
            f.speaker, f.cue = prev.speaker, prev.cue
            continue
        if lead:
            continue
        before = [g for g in found if g.end <= para_start and g.speaker is not None and g.kind != "stance"]
        if not before:
            continue
        prev = max(before, key=lambda g: g.end)
        gap = text[prev.end : para_start]
        if "\n" in gap and gap.split("\n", 1)[1].strip():
            continue  # another paragraph lies between
        f.speaker, f.cue = prev.speaker, prev.cue


def _one_record_per_statement(found: list[_Found]) -> list[_Found]:
    """Quoted words inside a reported statement with the same cue (``said it was “regrettable”``,
    ``noted that “…” but “…”``) make one record: the statement, as a ``partial`` quote (indirect speech
    carrying the speaker's own words)."""
    partials = [f for f in found if f.kind == "partial" and f.cue is not None]
    out = []
    for f in found:
        inner = [p for p in partials if p.cue == f.cue and f.start <= p.start and p.end <= f.end and p is not f]
        if f.kind == "reported" and inner:
            f.kind = "partial"
        if f.kind == "partial" and any(
            g is not f and g.cue == f.cue and g.kind in ("reported", "partial") and g.start <= f.start
            and f.end <= g.end and (g.start, g.end) != (f.start, f.end)
            for g in found
        ):
            continue  # inside the statement it belongs to
        out.append(f)
    return out


def _resolve(doc: Doc, tok: Token, resolve: Resolver) -> SpeakerRef | None:
    """Resolve the speaker phrase headed by ``tok``. A relative pronoun ("X, who said") keeps its own
    mention and takes the entity of the noun it modifies."""
    verb = tok.head
    if (tok.tag_ in ("WP", "WDT") or tok.lower_ == "that") and verb.dep_ == "relcl" and verb.head.i != tok.i:
        ref = resolve(doc, _noun_phrase(verb.head))
        if ref is None:
            return None
        return SpeakerRef(entity_id=ref.entity_id, name=ref.name, mention=_mention(doc, tok.idx, tok.idx + len(tok)))
    phrase = _noun_phrase(tok)
    ref = resolve(doc, phrase)
    described = tok.pos_ != "PRON" or tok.lower_ in _QUANTIFIERS
    if ref is None and described and tok.tag_ not in ("PRP", "PRP$", "WP", "WDT"):
        # a description the resolver could not tie to a named entity ("the Democratic candidate")
        mention = _span_mention(phrase)
        return SpeakerRef(entity_id=None, name=mention.text, mention=mention)
    return ref


# --- confidence ---------------------------------------------------------------------------------

_ORIGINS = ("frame", "colon", "continued", "uncued", "partial", "partial-uncued", "verb", "according", "name-colon")
_KINDS: tuple[QuoteKind, ...] = ("direct", "partial", "reported", "stance")
_CUE_CLASSES = ("speech", "statement", "stance", "evidence", "object", "prep")
#: the names of the features :func:`quote_features` gives, in order (the confidence model's inputs)
FEATURES: tuple[str, ...] = (
    *(f"kind={k}" for k in _KINDS),
    *(f"origin={o}" for o in _ORIGINS),
    *(f"cue={c}" for c in _CUE_CLASSES),
    "cue=say",
    "speaker",
    "speaker_entity",
    "speaker_pronoun",
    "speaker_description",
    "log_words",
    "quote_marks_inside",
    "question",
)


def _cue_class(lex: Lexicon, lemma: str) -> str | None:
    for name in ("speech", "statement", "stance", "evidence", "object"):
        if lemma in getattr(lex, name):
            return name
    return "prep" if lemma in lex.prep or lemma in lex.prep_stance else None


def _features(doc: Doc, f: _Found, speaker: SpeakerRef | None, lex: Lexicon) -> list[float]:
    text = text_of(doc)
    lemma = ""
    if f.cue is not None:
        cue = doc.char_span(f.cue[0], f.cue[1], alignment_mode="expand")
        lemma = cue[0].lemma_.lower() if cue is not None and len(cue) else ""
    cls = _cue_class(lex, lemma)
    content = text[f.start : f.end]
    words = max(1, len(content.split()))
    pronoun = f.speaker is not None and f.speaker.pos_ == "PRON"
    return [
        *(float(f.kind == k) for k in _KINDS),
        *(float(f.origin == o) for o in _ORIGINS),
        *(float(cls == c) for c in _CUE_CLASSES),
        float(lemma == "say"),
        float(speaker is not None),
        float(speaker is not None and speaker.entity_id is not None),
        float(pronoun),
        float(speaker is not None and speaker.entity_id is None and not pronoun),
        min(4.0, math.log(words)),
        float(any(ch in content for ch in OPEN_DOUBLE + CLOSE_DOUBLE + '"')),
        float(content.rstrip().endswith("?")),
    ]


@lru_cache(maxsize=1)
def framing_lexicon() -> dict[str, Framing]:
    """Cue lemma or phrase -> framing class, from ``data/framing.tsv``."""
    text = resources.files("newsprobe.components").joinpath("data/framing.tsv").read_text(encoding="utf-8")
    out: dict[str, Framing] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        cls, _, entry = line.partition("\t")
        if cls not in get_args(Framing) or not entry.strip():
            raise ValueError(f"bad framing line: {raw!r}")
        out[" ".join(entry.lower().split())] = cls  # type: ignore[assignment]
    return out


def framing_of(doc: Doc, cue: tuple[int, int] | None) -> Framing | None:
    """The framing class of a cue: its two-word phrase ("point out") first, then its lemma."""
    if cue is None:
        return None
    span = doc.char_span(cue[0], cue[1], alignment_mode="expand")
    if span is None or not len(span):
        return None
    table = framing_lexicon()
    tok = span[0]
    lemma = tok.lemma_.lower()
    nxt = doc[tok.i + 1].lower_ if tok.i + 1 < len(doc) else ""
    if tok.lower_ == "according":
        return table.get("according to")
    return table.get(f"{lemma} {nxt}") or table.get(lemma)


@lru_cache(maxsize=1)
def confidence_model() -> tuple[tuple[str, ...], list[float], float] | None:
    """(feature names, weights, bias) of the shipped logistic model, or None when none ships."""
    import json

    path = resources.files("newsprobe.components").joinpath("data/quote_confidence.json")
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return tuple(data["features"]), [float(w) for w in data["weights"]], float(data["bias"])


def _confidence(x: list[float]) -> float | None:
    model = confidence_model()
    if model is None or model[0] != FEATURES:
        return None  # a model for other features is not applied
    z = model[2] + sum(w * v for w, v in zip(model[1], x, strict=True))
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


# --- the component ------------------------------------------------------------------------------


def quote_features(
    doc: Doc, resolve: Resolver | None = None, lex: Lexicon | None = None
) -> list[tuple[Quote, list[float]]]:
    """Every quote in ``doc`` in text order, with its confidence features (see ``FEATURES``)."""
    resolve = resolve or default_resolver
    lex = lex or lexicon()
    finder = _Finder(doc, lex)
    found = finder.direct()
    found.extend(finder.reported(found))
    found = _one_record_per_statement(found)
    found.sort(key=lambda f: (f.start, -f.end))
    _inherit_speakers(text_of(doc), found)
    out = []
    text = text_of(doc)
    resolved: list[tuple[_Found, SpeakerRef | None]] = []
    for f in found:
        speaker = _resolve(doc, f.speaker, resolve) if f.speaker is not None else None
        if speaker is None and f.speaker is not None:
            speaker = _described_before(doc, text, f, resolved)
        resolved.append((f, speaker))
        cue = _mention(doc, *f.cue) if f.cue is not None else None
        x = _features(doc, f, speaker, lex)
        quote = Quote(
            kind=f.kind,
            content=_mention(doc, f.start, f.end),
            cue=cue,
            speaker=speaker,
            framing=framing_of(doc, f.cue) if f.kind != "stance" else None,
        )
        out.append((quote, x))
    return out


def _described_before(
    doc: Doc, text: str, f: _Found, before: list[tuple[_Found, SpeakerRef | None]]
) -> SpeakerRef | None:
    """``A spokesperson for X said … “…,” he said.``: a "he"/"she" the resolver could not place goes to
    the unnamed person who spoke just before (the statement right before it, in the same or the previous
    paragraph, whose speaker is a singular role such as "a spokesperson"), never further back."""
    tok = f.speaker
    if tok is None or tok.lower_ not in ("he", "she") or not before:
        return None
    g, ref = before[-1]
    if ref is None or ref.entity_id is not None or g.speaker is None or g.kind == "stance":
        return None
    head = g.speaker
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in _person_roles():
        return None
    if text.count("\n", g.end, f.start) > 1:
        return None  # more than the next paragraph away
    return SpeakerRef(entity_id=None, name=ref.name, mention=_mention(doc, tok.idx, tok.idx + len(tok)))


@lru_cache(maxsize=1)
def _person_roles() -> frozenset[str]:
    """Single-word nouns that name a person by role (from the coreference role lexicon)."""
    from newsprobe.components.coref import lexicon as coref_lexicon

    words = {r for r in coref_lexicon().roles if " " not in r}
    return frozenset(words | {"spokesperson", "spokesman", "spokeswoman", "official", "source", "witness"})


def find_quotes(doc: Doc, resolve: Resolver | None = None, lex: Lexicon | None = None) -> list[Quote]:
    """All quotes in ``doc``, in text order, with their confidence; ``resolve`` maps a speaker phrase
    to a SpeakerRef."""
    quotes = []
    for quote, x in quote_features(doc, resolve, lex):
        quote.confidence = _confidence(x)
        quotes.append(quote)
    return quotes


class QuoteFinder:
    """The ``newsprobe_quotes`` pipeline component."""

    def __init__(self, resolve: Resolver | None = None) -> None:
        self.resolve = resolve

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = find_quotes(doc, self.resolve)
        return doc


@Language.factory("newsprobe_quotes", assigns=["doc._.quotes"], requires=["doc._.entities"])
def make_quotes(nlp: Language, name: str) -> QuoteFinder:
    return QuoteFinder()


__all__ = ["FEATURES", "QuoteFinder", "Region", "find_quotes", "lexicon", "quote_features", "quote_regions"]
