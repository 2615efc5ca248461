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
* **Direct quotes**: a quote with a reporting verb next to it (``‘…,’ he said``, ``said X: “…”``). Two
  quotes split by a short speech frame (``“…,” she said. “…”``) are one quote whose content runs
  from the first quoted word to the last (the frame lies inside the span).
* **Partial quotes**: quoted words inside a sentence. The cue is the nearest reporting verb above
  them in the parse, the speaker its subject (the subject of the clause when no such verb is found).
  Short scare quotes (one or two words with no cue) are dropped.
* **Reported speech** (kind ``reported``): a verb from the lexicon ``data/cues.txt`` with its content
  as a clausal complement (``X said (that) …``, ``a poll found …``), a to-infinitive for verbs of
  intention (``X vowed to …``), a direct object for verbs like *condemn* or *praise*, or the object of
  a phrasal cue (``called for …``); and ``according to X``, whose content is the rest of the sentence.

Speakers are never guessed: when no speaker is found, or the pronoun cannot be resolved,
``speaker`` is ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.model import Mention, Quote, QuoteKind, SpeakerRef

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
_FRAME_MAX_TOKENS = 12  # a speech frame next to a quote: "Iran's foreign ministry spokesman said on Tuesday"
_SCARE_MAX_WORDS = 2


# --- the cue lexicon ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Lexicon:
    """Cue lemmas by class (see ``data/cues.txt``); ``prep`` maps a head lemma to phrase tails."""

    speech: frozenset[str]
    stance: frozenset[str]
    evidence: frozenset[str]
    object: frozenset[str]
    prep: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.stance or lemma in self.evidence

    def any_cue(self, lemma: str) -> bool:
        return self.is_cue(lemma) or lemma in self.object or lemma in self.prep


def parse_lexicon(lines: Iterable[str]) -> Lexicon:
    """Read ``<class>\\t<lemma or phrase>`` lines; ``#`` starts a comment."""
    classes: dict[str, set[str]] = {"speech": set(), "stance": set(), "evidence": set(), "object": set()}
    prep: dict[str, list[tuple[str, ...]]] = {}
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        kind, _, entry = line.partition("\t")
        words = tuple(entry.strip().lower().split())
        if kind == "prep" and len(words) >= 2:
            prep.setdefault(words[0], []).append(words[1:])
        elif kind in classes and len(words) == 1:
            classes[kind].add(words[0])
        else:
            raise ValueError(f"bad cue lexicon line: {raw!r}")
    return Lexicon(
        speech=frozenset(classes["speech"]),
        stance=frozenset(classes["stance"]),
        evidence=frozenset(classes["evidence"]),
        object=frozenset(classes["object"]),
        prep={k: tuple(v) for k, v in prep.items()},
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


_WORD = re.compile(r"\w", re.UNICODE)


def _is_word(ch: str) -> bool:
    return bool(ch) and bool(_WORD.match(ch))


def _mark(text: str, i: int) -> tuple[str, bool] | None:
    """Classify the character at ``i``: ('open'|'close'|'either', is_double), or None."""
    ch = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE:
        return ("open", True)
    if ch in CLOSE_DOUBLE:
        return ("close", True)
    if ch in OPEN_SINGLE:
        return ("open", False)
    if ch in CLOSE_SINGLE or ch == "'":
        if _is_word(prev) and _is_word(nxt):
            return None  # apostrophe inside a word: Kan’ani, regime’s, don't
        if ch == "'" and (prev.isspace() or prev in "([{—–-\"“") and _is_word(nxt):
            return ("open", False)
        if ch in CLOSE_SINGLE and prev.isspace() and _is_word(nxt):
            return None  # elided opening: ’90s, ’em
        if prev.isspace() and nxt.isspace():
            return None
        return ("close", False)
    if ch == '"':
        if prev.isspace() or prev in "([{—–-‘'" or i == 0:
            return ("open", True) if not nxt.isspace() else ("either", True)
        return ("close", True) if not _is_word(nxt) else ("either", True)
    return None


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
                current = pending  # the quote runs on into this paragraph
                marks = marks[1:]
            else:
                out.append(pending)
            pending = None
        for k, (i, (role, double)) in enumerate(marks):
            if current is None:
                if role in ("open", "either"):
                    current = Region(open=i, close=-1, start=i + 1, end=-1, double=double)
                continue
            if double != current.double or role == "open":
                if role == "open" and double == current.double and double:
                    current = Region(open=i, close=-1, start=i + 1, end=-1, double=double)
                continue
            if not double and text[i - 1] in "sz" and i + 1 < p_end and text[i + 1] == " ":
                later = marks[k + 1:]
                next_open = next((j for j, (_, m) in enumerate(later) if m[0] == "open"), len(later))
                if any(m == ("close", False) for _, m in later[:next_open]):
                    continue  # a plural possessive (the students’ union): a later mark closes
            current.close = i + 1
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
        if child.dep_ in _SUBJECT_DEPS:
            return child
    if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return verb.head  # "Kan'ani, who said …"
    if depth < 3 and verb.dep_ in _INHERIT_DEPS and verb.head.i != verb.i and _is_verb(verb.head):
        return _subject(verb.head, depth + 1)
    return None


def _inverted_subject(verb: Token) -> Token | None:
    """``said Kan’ani``: a name or pronoun right after the verb, when the parse gave no subject."""
    for child in verb.rights:
        if child.pos_ in ("PROPN", "PRON", "NOUN") and child.dep_ in ("dobj", "attr", "npadvmod", "appos",
                                                                      "dative", "nsubj", "oprd"):
            return child
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.pos_ in ("PROPN", "PRON"):
        return nxt
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
        if doc[i].is_punct and doc[i].text not in ("'s", "’s", "-", "’", "'"):
            left = i + 1
            break
    return doc[left : right + 1]


def _subtree_span(tok: Token, exclude: Token | None = None) -> tuple[int, int]:
    toks = [t for t in tok.subtree if exclude is None or t not in set(exclude.subtree)]
    start = min(t.idx for t in toks)
    end = max(t.idx + len(t) for t in toks)
    return start, end


def _content_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text
    start, end = _trim(text, start, end)
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return _trim(text, start, end)


def _mention(doc: Doc, start: int, end: int) -> Mention:
    return Mention(start=start, end=end, text=doc.text[start:end])


def _span_mention(span: Span) -> Mention:
    return _mention(span.doc, span.start_char, span.end_char)


def default_resolver(doc: Doc, span: Span) -> SpeakerRef | None:
    """Resolve with the entities component (imported lazily: it registers its own factory)."""
    from newsprobe.components.entities import resolve_speaker

    return resolve_speaker(doc, span)


# --- finding quotes -----------------------------------------------------------------------------


@dataclass
class _Found:
    kind: QuoteKind
    start: int
    end: int
    cue: tuple[int, int] | None = None
    speaker: Token | None = None


class _Finder:
    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.text = doc.text
        self.regions = quote_regions(doc.text)
        self.used_cues: set[int] = set()
        self.inside = [False] * len(doc)
        for r in self.regions:
            for t in _tokens_in(doc, r.open, r.close):
                self.inside[t.i] = True

    # frames around quote marks

    def _limit_after(self, idx: int, r: Region) -> int:
        nxt = next((q.open for q in self.regions[idx + 1 :]), len(self.text))
        para_end = self.text.find("\n", r.close)
        return min(nxt, para_end if para_end >= 0 else len(self.text))

    def _limit_before(self, idx: int, r: Region) -> int:
        prev = self.regions[idx - 1].close if idx > 0 else 0
        para_start = self.text.rfind("\n", 0, r.open) + 1
        return max(prev, para_start)

    def _frame_after(self, idx: int, r: Region) -> Token | None:
        limit = self._limit_after(idx, r)
        toks = [t for t in _tokens_in(self.doc, r.close, limit) if t.idx >= r.close]
        for n, t in enumerate(toks[:_FRAME_MAX_TOKENS]):
            if t.text in _SENT_END:
                break
            if _is_verb(t) and self.lex.is_cue(t.lemma_.lower()) and not self.inside[t.i]:
                return t
            if n == 0 and not (t.is_punct or t.pos_ in ("PRON", "PROPN", "DET", "NOUN", "ADJ", "VERB", "ADV")):
                break
        return None

    def _frame_before(self, idx: int, r: Region) -> Token | None:
        limit = self._limit_before(idx, r)
        toks = [t for t in _tokens_in(self.doc, limit, r.open) if t.idx + len(t) <= r.open]
        # only a frame that introduces the quote: "X said:", "X said,", "X said (that)", "X told Y:"
        tail = [t for t in toks if not t.is_space]
        if not tail:
            return None
        last = tail[-1]
        intro = last.text in (":", ",") or last.lower_ == "that"
        for t in reversed(tail[-_FRAME_MAX_TOKENS:]):
            if t.text in _SENT_END:
                break
            if _is_verb(t) and self.lex.is_cue(t.lemma_.lower()) and not self.inside[t.i]:
                if intro or t.i == last.i or (last.i - t.i <= 3 and last.pos_ in ("PRON", "PROPN", "NOUN")):
                    return t
                return None
        return None

    def _speaker_of(self, verb: Token) -> Token | None:
        subj = _subject(verb)
        if subj is None:
            subj = _inverted_subject(verb)
        if subj is not None and self.inside[subj.i]:
            return None
        return subj

    def _partial_cue(self, r: Region) -> tuple[Token | None, Token | None]:
        """(cue verb, speaker) for quoted words inside a sentence."""
        toks = _tokens_in(self.doc, r.start, r.end)
        if not toks:
            return None, None
        ids = {t.i for t in toks}
        roots = [t for t in toks if t.head.i not in ids or t.head.i == t.i]
        nearest: Token | None = None
        for anc in roots[0].ancestors:
            if self.inside[anc.i] and anc.i not in ids:
                continue
            if _is_verb(anc):
                if self.lex.any_cue(anc.lemma_.lower()) or self._prep_cue(anc) is not None:
                    return anc, self._speaker_of(anc)
                if nearest is None:
                    nearest = anc
        if nearest is not None:
            for verb in [nearest, *nearest.ancestors]:
                if _is_verb(verb):
                    subj = _subject(verb)
                    if subj is not None:
                        return None, subj
        return None, None

    def direct(self) -> list[_Found]:
        out: list[_Found] = []
        skip: set[int] = set()
        for idx, r in enumerate(self.regions):
            if idx in skip:
                continue
            after = self._frame_after(idx, r)
            before = self._frame_before(idx, r) if after is None else None
            cue = after or before
            start, end = r.start, r.end
            if after is not None and idx + 1 < len(self.regions):
                nxt = self.regions[idx + 1]
                between = _tokens_in(self.doc, r.close, nxt.open)
                same_para = "\n" not in self.text[r.close : nxt.open]
                if same_para and len(between) <= _FRAME_MAX_TOKENS and self._frame_after(idx + 1, nxt) is None \
                        and self._frame_before(idx + 1, nxt) in (None, after):
                    end = nxt.end  # "…," she said. "…" : one quote
                    skip.add(idx + 1)
            if cue is not None:
                self.used_cues.add(cue.i)
                out.append(_Found("direct", start, end, (cue.idx, cue.idx + len(cue)), self._speaker_of(cue)))
                continue
            lead = self.text[self._limit_before(idx, r) : r.open].strip()
            partial = bool(lead) and lead[-1] not in ":,"
            words = len(self.text[start:end].split())
            if partial:
                verb, speaker = self._partial_cue(r)
                if verb is None and words <= _SCARE_MAX_WORDS:
                    continue  # a scare quote
                cue_span = (verb.idx, verb.idx + len(verb)) if verb is not None else None
                out.append(_Found("partial", start, end, cue_span, speaker))
            elif words > _SCARE_MAX_WORDS:
                out.append(_Found("direct", start, end, None, None))
        return out

    # reported speech

    def _prep_cue(self, verb: Token) -> Token | None:
        """The content head of a phrasal cue (``called for X`` -> X), or None."""
        tails = self.lex.prep.get(verb.lemma_.lower())
        if not tails:
            return None
        for tail in tails:
            node = verb
            ok = True
            for word in tail[:-1]:
                nxt = next((c for c in node.children if c.lemma_.lower() == word), None)
                if nxt is None:
                    ok = False
                    break
                node = nxt
            if not ok:
                continue
            last = tail[-1]
            prep = next((c for c in [*node.children, *verb.children] if c.lower_ == last), None)
            if prep is None:
                continue
            obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                return obj
            if prep.dep_ == "prt":  # "pointed out that …"
                return next((c for c in verb.children if c.dep_ in ("ccomp", "dobj")), None)
        return None

    def _content_head(self, verb: Token) -> tuple[tuple[int, int], Token] | None:
        lemma = verb.lemma_.lower()
        lex = self.lex
        if lex.is_cue(lemma):
            for child in verb.children:
                if child.dep_ in _CLAUSE_DEPS:
                    return _subtree_span(child), child
        head = self._prep_cue(verb)
        if head is not None:
            return _subtree_span(head), head
        if lemma in lex.stance or lemma in lex.speech:
            for child in verb.children:
                if child.dep_ == "xcomp" and child.pos_ in ("VERB", "AUX"):
                    return _subtree_span(child), child
        if lemma in lex.object or lemma in lex.evidence:
            for child in verb.children:
                if child.dep_ == "dobj":
                    return _subtree_span(child), child
        if lex.is_cue(lemma) and verb.dep_ == "parataxis" and verb.head.i < verb.i:
            return _subtree_span(verb.head, exclude=verb), verb.head
        return None

    def reported(self, taken: list[_Found]) -> list[_Found]:
        out: list[_Found] = []
        direct_spans = [(f.start, f.end) for f in taken if f.kind == "direct"]
        for tok in self.doc:
            if self.inside[tok.i] or tok.i in self.used_cues or not _is_verb(tok):
                continue
            if not self.lex.any_cue(tok.lemma_.lower()):
                continue
            found = self._content_head(tok)
            if found is None:
                continue
            (start, end), _ = found
            start, end = _content_bounds(self.doc, start, end)
            if end <= start or any(s < end and start < e for s, e in direct_spans):
                continue
            out.append(_Found("reported", start, end, (tok.idx, tok.idx + len(tok)), self._speaker_of(tok)))
        out.extend(self._according_to(direct_spans))
        return out

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
            out.append(_Found("reported", start, end, (tok.idx, to.idx + len(to)), obj))
        return out


def find_quotes(doc: Doc, resolve: Resolver | None = None, lex: Lexicon | None = None) -> list[Quote]:
    """All quotes in ``doc``, in text order; ``resolve`` maps a speaker phrase to a SpeakerRef."""
    resolve = resolve or default_resolver
    finder = _Finder(doc, lex or lexicon())
    found = finder.direct()
    found.extend(finder.reported(found))
    found.sort(key=lambda f: (f.start, -f.end))
    quotes = []
    for f in found:
        speaker = resolve(doc, _noun_phrase(f.speaker)) if f.speaker is not None else None
        cue = _mention(doc, *f.cue) if f.cue is not None else None
        quotes.append(Quote(kind=f.kind, content=_mention(doc, f.start, f.end), cue=cue, speaker=speaker))
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


__all__ = ["QuoteFinder", "Region", "find_quotes", "lexicon", "quote_regions"]
