"""The ``newsprobe_entities`` component: named entities with their aliases merged per article.

Reads ``doc.ents`` and the parse, writes ``doc._.entities`` (a list of :class:`~newsprobe.model.Entity`,
ids ``E1``, ``E2``, ... in order of first mention). Inside one article it

* repairs NER spans: drops a leading "the" and a trailing possessive, joins a person's name split at
  an apostrophe ("Kan" "’" "ani") and extends a person over the rest of a proper-noun compound;
* merges aliases: full name and surname ("Sayyed Hassan Nasrallah" = "Nasrallah", honorifics ignored),
  acronyms ("European Union (EU)" = "EU", or initials), possessives, the same name under two labels;
* knows places by name (:mod:`newsprobe.components.places`, ``data/places.tsv``): a gazetteer place is
  a GPE whatever the NER said ("Crimea", "Kyiv"), its official names and spellings are one entity named
  canonically ("Islamic Republic of Iran" = "Iran", "Kiev" = "Kyiv") with its ISO3 ``country`` (null when
  contested), a place name the NER missed is added, and a demonym ("Israeli") gets a ``related`` link
  to its country's entity when the article names that country;
* learns each person's roles from titles and appositions ("Iran's Foreign Ministry spokesman X"),
  then resolves pronouns and role phrases with :mod:`newsprobe.components.coref`, adding them as
  mentions ("the Hezbollah chief" becomes a mention of Nasrallah).

Public helpers for later components: :func:`resolve_speaker` and :func:`entity_at`. Both work on a doc
that went through the component (they read a plain cache in ``doc.user_data``) and run the
component themselves when it did not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsprobe.components._ext import register_extensions, text_of
from newsprobe.components.coref import (
    PERSON,
    RESOLVED_PRONOUNS,
    Cluster,
    Lexicon,
    Named,
    Resolver,
    Role,
    core_np,
    lexicon,
    modifier_words,
    role_at,
)
from newsprobe.components.places import Place, gazetteer
from newsprobe.model import Entity, Mention, Related, SpeakerRef

__all__ = ["LABELS", "EntitiesComponent", "annotate", "entity_at", "resolve_speaker"]

LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
#: last words of a street address: "a woman of Clarkia Drive" names where she lives (a facility, FAC),
#: never a person, whatever the NER says
STREET_WORDS = frozenset(
    {"drive", "street", "st", "road", "rd", "avenue", "ave", "lane", "boulevard", "blvd", "crescent", "terrace",
     "highway", "trace"}
)  # fmt: skip
CACHE_KEY = "newsprobe.entities"
APOSTROPHES = frozenset({"'", "’"})
PERSONAL_PRONOUNS = frozenset({"i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them"})
CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
INITIAL_SKIP = frozenset({"of", "the", "and", "for", "de", "du", "la", "&"})
#: words that open a sentence and that the tagger may run into the name after them
CONNECTIVES = frozenset({"plus", "and", "but", "so", "also", "then", "yet", "meanwhile", "still", "now", "however"})
PLACE_LABEL = "GPE"
NORP = "NORP"
# a PERSON span that is a demonym ("Russian") is relabelled only for these endings, not "Dane" or "Finn"
DEMONYM_ENDINGS = ("an", "ans", "ese", "ish", "i", "is")
# tokens allowed inside a multi-word place name the NER missed ("Bosnia and Herzegovina")
PLACE_JOINERS = frozenset({"and", "of", "the", "de", "la", "al", "el", "-", "'s"})


@dataclass
class _Span:
    start: int  # tokens
    end: int
    label: str
    place: Place | None = None  # the gazetteer place it names
    demonym: tuple[Place, ...] = ()  # the places a demonym may name


# -- span repair ------------------------------------------------------------------------------


def _owned(doc: Doc) -> list[bool]:
    owned = [False] * len(doc)
    for ent in doc.ents:
        for i in range(ent.start, ent.end):
            owned[i] = True
    return owned


def _joins_apostrophe(doc: Doc, i: int) -> bool:
    """``doc[i]`` is an apostrophe glued between two parts of one name ("Kan" "’" "ani")."""
    if i <= 0 or i + 1 >= len(doc) or doc[i].text not in APOSTROPHES:
        return False
    nxt = doc[i + 1]
    return (
        not doc[i - 1].whitespace_
        and not doc[i].whitespace_
        and nxt.is_alpha
        and nxt.lower_ not in CLITICS
    )


def _repair_person(doc: Doc, start: int, end: int, owned: list[bool]) -> tuple[int, int]:
    lex = lexicon()
    changed = True
    while changed and end < len(doc):
        changed = False
        if _joins_apostrophe(doc, end):
            end += 2
            changed = True
        elif (
            doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and not owned[end]
            and doc[end - 1].whitespace_
            and (doc[end - 1].head.i == end or start <= doc[end].head.i < end)
            and doc[end].lower_ not in lex.role_words
        ):
            end += 1
            changed = True
    while start > 1 and _joins_apostrophe(doc, start - 1):
        start -= 2
    while start > 0:
        prev = doc[start - 1]
        low = prev.lower_
        if low in lex.honorifics and prev.text[:1].isupper():
            start -= 1
        elif (
            prev.pos_ == "PROPN"
            and prev.text[:1].isupper()
            and not owned[prev.i]
            and prev.dep_ == "compound"
            and start <= prev.head.i < end
            and low not in lex.role_words
        ):
            start -= 1
        else:
            break
    # job titles are roles, not names: "President Ebrahim Raeisi" -> name "Ebrahim Raeisi"
    while start < end - 1 and _is_title(doc[start].lower_, lex):
        start += 1
    return start, end


def _is_title(word: str, lex: Lexicon) -> bool:
    """A job title ("President", "Presidents") rather than an honorific kept in the name."""
    if word in lex.honorifics:
        return False
    return word in lex.role_words or (word.endswith("s") and word[:-1] in lex.role_words)


def _role_apposition(ent: Span) -> bool:
    """"the hospital director, Ines Valk": proper nouns in apposition to a job title name a person,
    whatever label the NER gave them (the small model sometimes says PRODUCT or ORG)."""
    root = ent.root
    if root.dep_ != "appos" or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in ent):
        return False
    return root.head.lower_ in lexicon().role_words


def _headline_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of Title Case lines ("Council Widens Sanctions on Arms Brokers")."""
    ranges: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) >= 4 and sum(w[0].isupper() for w in words) / len(words) >= 0.7:
            ranges.append((pos, pos + len(line)))
        pos += len(line) + 1
    return ranges


def _headline_noise(doc: Doc, start: int, end: int, headlines: list[tuple[int, int]]) -> bool:
    """A long 'name' inside a Title Case headline that the body never repeats is a run of capitals."""
    if end - start < 4 or not headlines:
        return False
    span = doc[start:end]
    if not _in_headline(span, headlines):
        return False
    return text_of(doc).count(span.text) < 2


def _in_headline(span: Span, headlines: list[tuple[int, int]]) -> bool:
    return any(a <= span.start_char and span.end_char <= b for a, b in headlines)


#: a headline's verbs, which the tagger (reading Title Case as names) runs into the name before them:
#: "Nigel Farage Warns", "Francis Accused", "Bergoglio Pleads", "Glenn Beck Rips Progressivism"
HEADLINE_VERBS = frozenset(
    {"says", "said", "accused", "accuses", "warns", "warned", "defends", "defended", "rips", "slams", "slammed",
     "blasts", "blasted", "urges", "urged", "calls", "called", "denies", "denied", "admits", "admitted",
     "orders", "ordered", "pleads", "pleaded", "vows", "vowed", "claims", "claimed", "hits", "fires", "fired",
     "cites", "wants", "tougher", "threatens", "threatened", "attacks", "attacked", "praises", "praised",
     "meets", "met", "backs", "backed", "rejects", "rejected", "signs", "signed", "resigns", "resigned",
     "arrested", "charged", "sentenced", "indicted", "pardoned", "sues", "sued", "endorses", "endorsed",
     "condemns", "condemned", "demands", "demanded", "insists", "responds", "reveals", "confirms", "refuses"}
)  # fmt: skip


def _headline_verb_cut(doc: Doc, start: int, end: int, headlines: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The name part of a span in a Title Case headline that runs on into the headline's verb ("Keith
    Ellison Defends" -> "Keith Ellison", "Glenn Beck Rips Progressivism" -> "Glenn Beck"); None when the span
    starts with the verb ("Orders U.S."): no name. Spans outside headlines are returned as they are."""
    if not _in_headline(doc[start:end], headlines):
        return start, end
    verbs = [t.i for t in doc[start:end] if t.lower_ in HEADLINE_VERBS and t.text[:1].isupper()]
    if not verbs:
        return start, end
    return (start, verbs[0]) if verbs[0] > start else None


#: the endings of a span that name an institution, never a person ("the Obama White House", "the Trump
#: administration" when the NER calls it a PERSON)
INSTITUTION_ENDINGS = frozenset(
    {"white house", "senate", "congress", "administration", "ministry", "government", "campaign", "cabinet"}
)


def _institution_named(doc: Doc, start: int, end: int) -> bool:
    last = doc[end - 1].lower_
    two = f"{doc[end - 2].lower_} {last}" if end - start > 1 else ""
    return end - start > 1 and (last in INSTITUTION_ENDINGS or two in INSTITUTION_ENDINGS)


#: plural nouns for a people or peoples, which end no person's name in the news: "Indigenous Peoples",
#: "First Nations", "Native Tribes"
PEOPLES = frozenset({"peoples", "nations", "tribes", "communities"})


def _a_people(doc: Doc, start: int, end: int) -> bool:
    """ "Indigenous Peoples", "First Nations": a name for a people, however the tagger reads its words
    ("Robert Peoples", after a given name, is a person)."""
    if end - start < 2 or doc[end - 1].lower_ not in PEOPLES:
        return False
    return doc[start].lower_ not in lexicon().given_names


def _named_spans(doc: Doc) -> list[_Span]:
    owned = _owned(doc)
    headlines = _headline_ranges(text_of(doc))
    surnames = {ent[-1].text for ent in doc.ents if ent.label_ == PERSON and len(ent) > 1}
    out: list[_Span] = []
    for ent in doc.ents:
        appositive_person = _role_apposition(ent)
        if ent.label_ not in LABELS and not appositive_person and gazetteer().place(ent.text) is None:
            continue  # a PRODUCT or WORK_OF_ART label is kept only for a known place ("Sderot")
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ == "the" or not doc[start].text[:1].isalnum()):
            start += 1
        if start < end - 1 and doc[start].is_sent_start and doc[start].lower_ in CONNECTIVES:
            start += 1  # "Plus Obama is nominating ...": the sentence's connective is no part of the name
        while end > start and (
            doc[end - 1].tag_ == "POS" or doc[end - 1].text in APOSTROPHES or doc[end - 1].is_punct
            or doc[end - 1].is_space
        ):
            end -= 1
        end = _before_open_bracket(doc, start, end)  # "the Tribunal of the World Bank (WB": no "(WB"
        if start >= end or not any(ch.isupper() for ch in doc[start:end].text):
            continue
        if _headline_noise(doc, start, end, headlines):
            continue
        trimmed = _headline_verb_cut(doc, start, end, headlines)
        if trimmed is None:
            continue  # "Accused", "Orders U.S.": a headline's verb, no name
        start, end = trimmed
        listed = _listed_people(doc, start, end, surnames)
        if listed:  # "Once he saw Campos, Paddock fired ...": two people the NER ran together
            out.extend(sp for sp in listed if not out or sp.start >= out[-1].end)
            continue
        place, demonym = _gazetteer_label(doc[start:end].text, ent.label_, appositive_person)
        if ent.label_ not in LABELS and place is None and not appositive_person:
            continue
        if place is not None:
            label = PLACE_LABEL
        elif demonym:
            label = NORP
        else:
            label = PERSON if appositive_person else ent.label_
            if label != PERSON and _titled(doc, start, end):
                label = PERSON
            if end - start > 1 and doc[end - 1].lower_.rstrip(".") in STREET_WORDS:
                label = "FAC"  # "Clarkia Drive", "Wellington Road": an address
            if label == PERSON and _institution_named(doc, start, end):
                label = "ORG"  # "the Obama White House": an institution, not a person surnamed "House"
            if label == PERSON and _a_people(doc, start, end):
                label = NORP  # "Indigenous Peoples": a people, whom "he said" never stands for
        if label == PERSON:
            start, end = _repair_person(doc, start, end, owned)
        if out and start < out[-1].end:  # a repair ran into the previous span
            continue
        out.append(_Span(start, end, label, place, demonym))
    out.extend(_acronym_definitions(doc, owned))
    out.extend(_gazetteer_spans(doc, owned, out))
    out.sort(key=lambda sp: sp.start)
    return out


def _before_open_bracket(doc: Doc, start: int, end: int) -> int:
    """Where a name ends when the NER ran it into a bracket it does not close ("Administrative Tribunal of
    the World Bank (WB" once the ")" is trimmed): before the bracket, trailing spaces and punctuation."""
    opened = next((i for i in range(start, end) if doc[i].text == "("), None)
    if opened is None or any(doc[i].text == ")" for i in range(opened, end)):
        return end
    end = opened
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return end


def _listed_people(doc: Doc, start: int, end: int, surnames: set[str]) -> list[_Span]:
    """A span the NER ran across a comma ("Campos, Paddock") whose every part is the surname of a
    person named in full elsewhere: one person span per part (a firm "Skadden, Arps" stays whole
    unless both are people of the article)."""
    commas = [i for i in range(start, end) if doc[i].text == ","]
    if not commas:
        return []
    parts, left = [], start
    for i in [*commas, end]:
        parts.append((left, i))
        left = i + 1
    if any(b - a != 1 or doc[a].text not in surnames or not doc[a].is_title for a, b in parts):
        return []
    return [_Span(a, b, PERSON, None, ()) for a, b in parts]


def _gazetteer_label(text: str, ner_label: str, appositive_person: bool) -> tuple[Place | None, tuple[Place, ...]]:
    """The place or the demonym a named span is, by the gazetteer; a personal name keeps PERSON.

    "Kyiv" or "Crimea" is a place whatever the NER said; "Jordan" or "Israel" labelled PERSON stays a
    person (they are personal names too), as does "Dane" or "Finn" for a demonym.
    """
    gaz = gazetteer()
    text = _clean(text)
    person = ner_label == PERSON or appositive_person
    place = gaz.place(text)
    if place is not None:
        if person and gaz.is_personal(text):
            return None, ()
        return place, ()
    demonym = gaz.demonym(text)
    if demonym and person and not text.endswith(DEMONYM_ENDINGS):
        return None, ()
    return None, demonym


def _gazetteer_spans(doc: Doc, owned: list[bool], spans: list[_Span]) -> list[_Span]:
    """Place names the NER missed: a run of capitalised proper nouns that the gazetteer knows exactly.

    Names that are also personal names ("Jordan") are never added this way.
    """
    gaz = gazetteer()
    taken = list(owned)
    for sp in spans:
        for i in range(sp.start, sp.end):
            taken[i] = True

    def name_word(j: int) -> bool:
        return 0 <= j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper()

    out: list[_Span] = []
    i = 0
    while i < len(doc):
        found = 0
        # the whole run of proper nouns must be the name: not "Mexico" in "New Mexico", "Niger" in "Niger Delta"
        if not taken[i] and name_word(i) and not name_word(i - 1):
            for n in range(min(gaz.max_words + 2, len(doc) - i), 0, -1):
                span = doc[i : i + n]
                if any(taken[j] for j in range(i, i + n)) or "\n" in span.text or not span[-1].text[:1].isupper():
                    continue
                if name_word(i + n):
                    continue
                if not all(t.pos_ == "PROPN" or t.lower_ in PLACE_JOINERS for t in span):
                    continue
                place = gaz.place(span.text)
                if place is not None and not gaz.is_personal(span.text):
                    out.append(_Span(i, i + n, PLACE_LABEL, place))
                    found = n
                    break
        i += found or 1
    return out


def _acronym(text: str) -> bool:
    return text.isalpha() and text.isupper() and 2 <= len(text) <= 8


def _acronym_definitions(doc: Doc, owned: list[bool]) -> list[_Span]:
    """"the Commission for Fair Elections (CFE)": a name the NER missed, defined by its acronym."""
    out: list[_Span] = []
    for tok in doc:
        i = tok.i
        if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not _acronym(doc[i + 1].text):
            continue
        acro = doc[i + 1].text
        for j in range(i - 1, max(-1, i - 12), -1):
            word = doc[j]
            if owned[j] or not (word.text[:1].isupper() or word.lower_ in INITIAL_SKIP or word.text == "-"):
                break
            if word.text[:1].isupper() and _initials(doc[j:i].text) == acro:
                out.append(_Span(j, i, "ORG"))
                break
    return out


def _titled(doc: Doc, start: int, end: int) -> bool:
    """A proper-noun pair or triple right after a person's title ("spokesman Karim X") is a person."""
    if not 2 <= end - start <= 3 or start == 0:
        return False
    if not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[start:end]):
        return False
    title = doc[start - 1]
    found = role_at(doc, start - 1, lexicon())
    return (
        found is not None
        and title.tag_ in ("NN", "NNP")
        and title.dep_ == "compound"
        and start <= title.head.i < end
    )


# -- alias clustering -------------------------------------------------------------------------


def _clean(text: str) -> str:
    """A mention's text without a trailing possessive or a dash-glued tail ("Cruz—35")."""
    text = text.split("\n")[0].rstrip()
    for dash in ("—", "–"):
        head = text.split(dash)[0].rstrip()
        if head and head[-1:].isalpha():
            text = head
    for suffix in ("’s", "'s", "’", "'"):
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            text = text[: -len(suffix)]
    return text


def _name_words(text: str) -> list[str]:
    lex = lexicon()
    words = [w.strip(",.").lower() for w in _clean(text).split()]
    words = [w for w in words if w]
    kept = [w for w in words if w not in lex.honorifics and w.rstrip(".") not in lex.honorifics]
    return kept or words


#: particles of an Arabic patronymic: in "Mohammed bin Salman" the last word names the father ("King
#: Salman"), so the name is found by "bin Salman" (as "Osama bin Laden" is by "bin Laden"), never by "Salman"
PATRONYMIC = frozenset({"bin", "ibn", "bint", "binti"})


def _last_key(words: list[str]) -> str:
    """The word a person is found by when named by surname alone: the last, or the patronymic's two."""
    if len(words) >= 2 and words[-2] in PATRONYMIC:
        return f"{words[-2]} {words[-1]}"
    return words[-1]


def _inner_initials(name: str, acro: str) -> bool:
    """Whether ``acro`` spells the end of ``name`` but not the whole of it ("... of the World Bank", "WB")."""
    words = name.replace("-", " ").split()
    if _initials(name) == acro.upper():
        return False
    return any(words[i][:1].isupper() and _initials(" ".join(words[i:])) == acro.upper() for i in range(1, len(words)))


def _initials(name: str) -> str:
    words = [w for w in name.replace("-", " ").split() if w.lower() not in INITIAL_SKIP]
    return "".join(w[0] for w in words if w[:1].isalpha()).upper()


class _Clusterer:
    """Merges mentions into clusters; every lookup is a dict access, so it is linear overall."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.clusters: list[Cluster] = []
        self.by_full: dict[str, int] = {}
        self.by_last: dict[str, list[int]] = {}
        self.by_first: dict[str, list[int]] = {}
        self.by_key: dict[str, int] = {}
        self.acronyms: dict[str, int] = {}
        self.named: list[Named] = []
        self.tok_cluster = [-1] * len(doc)

    def _new(self, label: str, text: str, tokens: list[str]) -> int:
        self.clusters.append(Cluster(label=label, name=text, name_words=_name_length(text), tokens=tokens))
        return len(self.clusters) - 1

    def _attach(self, c: int, start: int, end: int, label: str) -> None:
        span = self.doc[start:end]
        text = _clean(span.text)
        cluster = self.clusters[c]
        cluster.mentions.append((span.start_char, span.start_char + len(text)))
        cluster.labels[label] = cluster.labels.get(label, 0) + 1
        words = _name_length(text)
        if (words, len(text)) > (cluster.name_words, len(cluster.name)):
            cluster.name, cluster.name_words = text, words
        root = span.root
        self.named.append(Named(start, end, root.i, c))
        for i in range(start, end):
            self.tok_cluster[i] = c

    def _index_person(self, c: int, words: list[str]) -> None:
        shared = len(words) == 1 and any(i != c for i in self.by_last.get(words[0], []))
        if not shared:  # "Mrs. Trump" makes no bare "Trump" Melania's when Donald Trump is named too
            self.by_full[" ".join(words)] = c
        for table, key in ((self.by_last, _last_key(words)), (self.by_first, words[0])):
            bucket = table.setdefault(key, [])
            if c not in bucket:
                bucket.append(c)

    def add_person(self, start: int, end: int) -> None:
        text = _clean(self.doc[start:end].text)
        words = _name_words(text)
        if not words:  # a "name" of punctuation only (NER noise such as "\n\n'")
            return
        full = " ".join(words)
        said = self._said_gender(start, end)  # "Mr. Cruz" is never "Mrs. Cruz"
        c = self.by_full.get(full)
        if c is not None and not self._fits_gender(c, said):
            c = None
        if c is None and len(words) == 1:
            same_last = [i for i in self.by_last.get(words[0], []) if self._fits_gender(i, said)]
            same_first = self.by_first.get(words[0], [])
            if same_last:
                # a surname several named persons share is the first one's (news style names a
                # relative by full or first name: "Debbie Meadows" after "Mark Meadows")
                c = same_last[0]
            elif len(same_first) == 1 and len(self.clusters[same_first[0]].tokens) > 1:
                c = same_first[0]
        elif c is None:
            for cand in reversed(self.by_last.get(_last_key(words), [])):
                have = set(self.clusters[cand].tokens)
                if len(have) == 1 or have <= set(words) or set(words) <= have:
                    c = cand
                    break
            if c is None:  # "Hillary" first, "Hillary Clinton" later
                alone = [i for i in self.by_first.get(words[0], []) if len(self.clusters[i].tokens) == 1]
                c = alone[-1] if len(alone) == 1 else None
        if c is None:
            c = self._new(PERSON, text, words)
        elif len(words) > len(self.clusters[c].tokens):
            self.clusters[c].tokens = words
        self._index_person(c, words)
        self._gender(c, start, end, said)
        self._attach(c, start, end, PERSON)

    def _said_gender(self, start: int, end: int) -> str:
        """The gender an honorific gives a name mention ("Mrs. Cruz"), or ""."""
        lex = lexicon()
        return next((g for tok in self.doc[max(0, start - 1) : end] if (g := lex.honorifics.get(tok.lower_, ""))), "")

    def _fits_gender(self, c: int, said: str) -> bool:
        known = self.clusters[c].gender
        return not said or not known or known == said

    def _gender(self, c: int, start: int, end: int, said: str) -> None:
        g = said or self._given_name_gender(start, end)
        if g and not self.clusters[c].gender:
            self.clusters[c].gender = g

    def _given_name_gender(self, start: int, end: int) -> str:
        """The gender of a full name's given name ("Debbie Wasserman Schultz"), or "" (a name alone says
        nothing: "Grace" may be a word)."""
        lex = lexicon()
        span = self.doc[start:end]
        if any(t.pos_ == "CCONJ" or t.lower_ in ("and", "&") for t in span):
            return ""  # "Donald and Ivana Trump": two people
        words = [t for t in span if t.is_alpha and t.lower_ not in lex.honorifics]
        return lex.given_names.get(words[0].lower_, "") if len(words) >= 2 else ""

    def add_other(
        self, start: int, end: int, label: str, place: Place | None = None, demonym: tuple[Place, ...] = ()
    ) -> None:
        text = _clean(self.doc[start:end].text)
        key = text.lower()
        if place is not None:  # "Kiev" = "Kyiv", "Islamic Republic of Iran" = "Iran"
            key = "place:" + place.name
        elif demonym:  # "Israeli" = "Israelis"
            key = "demonym:" + "|".join(p.name for p in demonym)
        c = self.by_key.get(key)
        if c is None and text[:1].isupper() and "&" not in text and (place is None or gazetteer().is_personal(text)):
            # a gazetteer place joins a person only through a surname ("Jordan" after "Michael
            # Jordan"), never through a first name ("Israel" after "Israel Katz"); two names joined by
            # "&" are no one person ("CIA & JFK", a book title in the text)
            c = self._mislabelled_person(text, first_names=place is None)
            if c is not None:
                label = PERSON
                words = _name_words(text)
                if len(words) > len(self.clusters[c].tokens):
                    self.clusters[c].tokens = words
                self._index_person(c, words)
        if c is None and text.isupper() and 2 <= len(text) <= 6 and text.isalpha():
            matches = [i for i, cl in enumerate(self.clusters) if cl.label != PERSON and _initials(cl.name) == text]
            if matches:
                c = matches[-1]
        if c is None:
            c = self._new(label, text, [key])
            if place is not None or demonym:
                self.clusters[c].place = place
                self.clusters[c].demonym = demonym
                self.clusters[c].canonical = place.name if place is not None else _singular(text)
        self.by_key.setdefault(key, c)
        self._attach(c, start, end, label)
        self._acronym_after(c, text, end)

    def _mislabelled_person(self, text: str, first_names: bool = True) -> int | None:
        """A known person's surname, or a full name sharing it, that the NER labelled otherwise."""
        words = _name_words(text)
        same_last = self.by_last.get(_last_key(words), [])
        if len(words) == 1 and same_last:
            return same_last[0]  # a bare surname: the first person named with it (see add_person)
        for cand in reversed(same_last):
            have = self.clusters[cand].tokens
            if set(words) <= set(have) or set(have) <= set(words):
                return cand
        if len(words) == 1 and first_names:  # a first name alone, when only one person has it
            firsts = [i for i in self.by_first.get(words[0], []) if len(self.clusters[i].tokens) > 1]
            if len(firsts) == 1:
                return firsts[0]
        return None

    def _acronym_after(self, c: int, name: str, end: int) -> None:
        """"European Union (EU)": the bracketed acronym is an alias of the name before it (not when it
        spells a name inside it: "the Administrative Tribunal of the World Bank (WB)" is no "WB")."""
        doc = self.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
            acro = doc[end + 1].text
            if _acronym(acro) and not _inner_initials(name, acro):
                self.by_key.setdefault(acro.lower(), c)
                self.acronyms.setdefault(acro, c)

    def surnames(self, spans: list[_Span]) -> None:
        """Proper nouns the NER missed that repeat a known person's surname."""
        covered = [False] * len(self.doc)
        for s in spans:
            for i in range(s.start, s.end):
                covered[i] = True
        surname: dict[str, int] = {}
        for i, cluster in enumerate(self.clusters):
            if cluster.label == PERSON and len(cluster.tokens) > 1:
                last = _clean(cluster.name).split()[-1]
                if last[:1].isupper() and _last_key(_name_words(cluster.name)) == last.lower():
                    surname.setdefault(last, i)  # the first person named with it
        for tok in self.doc:
            if covered[tok.i]:
                continue
            if tok.text in surname and tok.pos_ in ("PROPN", "NOUN"):
                self._attach(surname[tok.text], tok.i, tok.i + 1, PERSON)
            elif tok.text in self.acronyms:
                c = self.acronyms[tok.text]
                self._attach(c, tok.i, tok.i + 1, self.clusters[c].label)


def _singular(demonym: str) -> str:
    """"Israelis" -> "Israeli", "Frenchmen" -> "Frenchman": the name of a demonym entity."""
    gaz = gazetteer()
    if demonym.endswith("men") and gaz.demonym(demonym[:-3] + "man"):
        return demonym[:-3] + "man"
    if demonym.endswith("s") and gaz.demonym(demonym[:-1]):
        return demonym[:-1]
    return demonym


def _cluster(doc: Doc) -> _Clusterer:
    spans = _named_spans(doc)
    clusterer = _Clusterer(doc)
    for s in spans:  # persons first, so that a mislabelled surname can join its person
        if s.label == PERSON:
            clusterer.add_person(s.start, s.end)
    for s in spans:
        if s.label != PERSON:
            clusterer.add_other(s.start, s.end, s.label, s.place, s.demonym)
    clusterer.surnames(spans)
    return clusterer


# -- role learning ----------------------------------------------------------------------------


def _learn_roles(doc: Doc, clusterer: _Clusterer) -> None:
    """Titles before a person's name and appositions next to it give that person's roles."""
    lex = lexicon()
    for named in clusterer.named:
        cluster = clusterer.clusters[named.cluster]
        if cluster.label != PERSON:
            continue
        root = doc[named.root]
        left = root.left_edge.i
        if left < named.start and not any(t.is_punct and t.tag_ != "POS" for t in doc[left : named.start]):
            _role_in(doc, left, named.start, cluster, lex)
        for other in [c for c in root.children if c.dep_ == "appos"] + (
            [root.head] if root.dep_ == "appos" else []
        ):
            if clusterer.tok_cluster[other.i] >= 0:
                continue
            found = role_at(doc, other.i, lex)
            if found:
                s, e = core_np(doc, other)
                words = modifier_words(doc[s:e], lex, set(range(found[1], other.i + 1)))
                cluster.add_role(Role(found[0], words, _role_phrase(doc, s, found[1], other.i)))
                _role_gender(doc[found[1] : other.i + 1].text.lower(), cluster)


def _role_in(doc: Doc, start: int, end: int, cluster: Cluster, lex: Lexicon) -> None:
    for i in range(end - 1, start - 1, -1):
        found = role_at(doc, i, lex)
        if found is not None and found[1] >= start:
            group, first = found
            words = modifier_words(doc[start:end], lex, set(range(first, i + 1)))
            cluster.add_role(Role(group, words, _role_phrase(doc, start, first, i)))
            _role_gender(doc[first : i + 1].text.lower(), cluster)
            return


def _role_phrase(doc: Doc, start: int, first: int, last: int) -> str:
    """The role phrase as written, lower case: its modifiers before the role noun (from the first
    word that is not a determiner, conjunction or possessive) through the role noun
    ('the former regional governor' -> 'former regional governor')."""
    lo = first
    for tok in doc[start:first]:
        if tok.is_alpha and tok.tag_ not in ("DT", "PRP$", "CC", "POS"):
            lo = tok.i
            break
    return " ".join(doc[lo : last + 1].text.lower().split())


def _name_length(text: str) -> int:
    """The words of a name, an honorific not counted: "Ted Cruz" stays the name beside "Mrs. Cruz"."""
    return len([w for w in text.split() if w.lower() not in lexicon().honorifics])


def _role_gender(role_text: str, cluster: Cluster) -> None:
    g = lexicon().gendered.get(role_text, "")
    if g and not cluster.gender:
        cluster.gender = g


# -- the component ----------------------------------------------------------------------------


def annotate(doc: Doc) -> Doc:
    """Find, merge and resolve the entities of ``doc``; sets ``doc._.entities`` and the cache."""
    register_extensions()
    clusterer = _cluster(doc)
    _learn_roles(doc, clusterer)
    resolution = Resolver(doc, clusterer.clusters, clusterer.named, clusterer.tok_cluster).run()
    clusters = clusterer.clusters
    order = sorted(
        (i for i, c in enumerate(clusters) if c.mentions), key=lambda i: min(clusters[i].mentions)
    )
    new_index = {old: new for new, old in enumerate(order)}
    text = text_of(doc)
    entities: list[Entity] = []
    spans: list[list[int]] = []
    for new, old in enumerate(order):
        c = clusters[old]
        label = PERSON if PERSON in c.labels else max(c.labels, key=lambda k: c.labels[k], default=c.label)
        mentions = sorted(set(c.mentions))
        entities.append(
            Entity(
                id=f"E{new + 1}",
                name=c.canonical if label != PERSON and c.canonical else c.name,
                label=label,
                mentions=[Mention(start=s, end=e, text=text[s:e]) for s, e in mentions],
                country=c.place.country if label != PERSON and c.place is not None else None,
                roles=list(dict.fromkeys(r.phrase for r in c.roles if r.phrase)) if label == PERSON else [],
            )
        )
        spans.extend([s, e, new] for s, e in mentions)
    _link_demonyms(entities, [clusters[old] for old in order])
    spans.sort()
    tok_entity = [new_index.get(c, -1) if c >= 0 else -1 for c in clusterer.tok_cluster]
    pronouns = {
        str(tok): [new_index.get(c, -1) if c >= 0 else -1, name] for tok, (c, name) in resolution.pronouns.items()
    }
    named = sorted(
        [doc[n.start].idx, doc[n.start].idx + len(_clean(doc[n.start : n.end].text)), new_index[n.cluster]]
        for n in clusterer.named
        if n.cluster in new_index
    )
    doc._.entities = entities
    doc.user_data[CACHE_KEY] = {
        "named": named,
        "tok_entity": tok_entity,
        "spans": spans,
        "max_len": max((e - s for s, e, _ in spans), default=0),
        "pronouns": pronouns,
    }
    return doc


def _link_demonyms(entities: list[Entity], clusters: list[Cluster]) -> None:
    """A demonym entity ("Israeli") gets a ``related`` link to its country's entity, never a merge.

    The link needs that country (or territory) to be named in the article; a demonym that may name
    several ("Congolese") links only when exactly one of them is named.
    """
    by_place: dict[str, int] = {}
    for idx, (entity, cluster) in enumerate(zip(entities, clusters, strict=True)):
        if cluster.place is not None and entity.label != PERSON:
            by_place.setdefault(cluster.place.name, idx)
    for entity, cluster in zip(entities, clusters, strict=True):
        if not cluster.demonym or entity.label == PERSON:
            continue
        found = {by_place[p.name] for p in cluster.demonym if p.name in by_place}
        if len(found) == 1:
            target = entities[found.pop()]
            entity.related.append(Related(entity_id=target.id, relation="demonym"))
            entity.country = target.country
        elif len(cluster.demonym) == 1:
            entity.country = cluster.demonym[0].country


class EntitiesComponent:
    """spaCy component wrapper around :func:`annotate`."""

    def __call__(self, doc: Doc) -> Doc:
        return annotate(doc)


@Language.factory(
    "newsprobe_entities",
    assigns=["doc._.entities"],
    requires=["doc.ents", "token.dep"],
)
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent()


# -- public helpers ---------------------------------------------------------------------------


def _cache(doc: Doc) -> dict[str, Any]:
    cache = doc.user_data.get(CACHE_KEY)
    if cache is None or doc._.entities is None:
        annotate(doc)
        cache = doc.user_data[CACHE_KEY]
    return cache


def entity_at(doc: Doc, start: int, end: int) -> Entity | None:
    """The entity with a mention overlapping the characters ``[start, end)``.

    When several overlap, the one with the largest overlap wins, then the shortest mention.
    """
    cache = _cache(doc)
    spans: list[list[int]] = cache["spans"]
    lo, hi = 0, len(spans)
    target = start - int(cache["max_len"])
    while lo < hi:  # first span that could reach ``start``
        mid = (lo + hi) // 2
        if spans[mid][0] < target:
            lo = mid + 1
        else:
            hi = mid
    best: tuple[int, int, int] | None = None
    for s, e, idx in spans[lo:]:
        if s >= end:
            break
        overlap = min(e, end) - max(s, start)
        if overlap > 0 or (start == end and s <= start < e):
            key = (overlap, -(e - s), idx)
            if best is None or key[:2] > best[:2]:
                best = key
    entities = doc._.entities or []
    return entities[best[2]] if best is not None else None


def _mention(doc: Doc, start: int, end: int) -> Mention:
    span = doc[start:end]
    return Mention(start=span.start_char, end=span.end_char, text=span.text)


def resolve_speaker(doc: Doc, span: Span) -> SpeakerRef | None:
    """Who the noun phrase (or pronoun) ``span`` refers to, as a speaker.

    An entity mention gives its entity; a resolved pronoun or role phrase ("he", "the spokesman")
    gives the entity it refers to; a pronoun that cannot be resolved gives ``None``; any other noun
    phrase ("officials") gives ``SpeakerRef(entity_id=None, name=<its text>)``. The mention is the
    core noun phrase, without trailing relative clauses or appositions.
    """
    if len(span) == 0:
        return None
    cache = _cache(doc)
    entities = doc._.entities or []
    root = span.root
    if any(c.dep_ == "conj" and span.start <= c.i < span.end for c in root.rights):
        start, end = core_np(doc, root, span.start, span.end, conj=True)  # "Smith and Jones"
        mention = _mention(doc, start, end)
        return SpeakerRef(entity_id=None, name=mention.text, mention=mention)
    if root.tag_ in ("PRP", "PRP$") or root.pos_ == "PRON" or root.lower_ in PERSONAL_PRONOUNS:
        return _pronoun_speaker(doc, root, cache, entities)
    start, end = core_np(doc, root, span.start, span.end)
    mention = _mention(doc, start, end)
    idx = _entity_of(root, cache)
    if idx >= 0:
        return SpeakerRef(entity_id=entities[idx].id, name=entities[idx].name, mention=mention)
    return SpeakerRef(entity_id=None, name=mention.text, mention=mention)


def _entity_of(root: Token, cache: dict[str, Any]) -> int:
    tok_entity: list[int] = cache["tok_entity"]
    if tok_entity[root.i] >= 0:
        return tok_entity[root.i]
    # "the chief, Hassan Nasrallah": a named apposition says who the head noun is (a name of its own is
    # never renamed by what it hangs on: "…in Northfield, Chief Executive Ana Moss said")
    if root.pos_ == "PROPN":
        return -1
    for other in [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else []):
        if tok_entity[other.i] >= 0:
            return tok_entity[other.i]
    return -1


def _pronoun_speaker(doc: Doc, root: Token, cache: dict[str, Any], entities: list[Entity]) -> SpeakerRef | None:
    mention = _mention(doc, root.i, root.i + 1)
    if root.lower_ not in RESOLVED_PRONOUNS:
        return None
    found = cache["pronouns"].get(str(root.i))
    if found is None:
        return None
    idx, name = found
    if idx >= 0:
        return SpeakerRef(entity_id=entities[idx].id, name=entities[idx].name, mention=mention)
    return SpeakerRef(entity_id=None, name=name, mention=mention) if name else None
