"""Score the event coder on real wire copy: Reuters sentences coded by hand, blind to the coder.

The text is the CoNLL-2003 English dev file (``eng.testa``: Reuters news of August 1996, in
``../shared/datasets/conll2003/``; research use only, so it never enters the repository). The gold
codes are ours, shipped with newsprobe (``newsprobe/evaluate/data/wire_events_<split>.jsonl``): ids,
types, actor names and trigger words only, no sentence text. Two halves of the political and general
news documents (every other document of the list each), each coded in two parts, the first six
sentences after the dateline and the later ones:

* ``dev`` / ``dev2``: used to find and fix the coder's misses (development figures);
* ``held`` / ``held2``: coded by someone else at the same time, never read by whoever changes the
  coder; their misses are never printed (``misses`` is refused for them), only figures.

Each document is rebuilt from its tokens (:func:`detokenize`), its headline and dateline left out
(the dateline gives the publication date), and analysed whole, so pronouns resolve as in an article;
an event belongs to the CoNLL sentence its trigger starts in. Gold rows (one per sentence, every
sentence of a document's part, including those with no event)::

    {"id": "44.6", "events": [{"type": "AGREE", "source": "Lebed", "target": "rebels", "trigger": "struck"}],
     "optional": [...]}

``events`` lists every event the coder must find, the sentence's main event first; ``optional``
lists arguable ones that are neither required nor wrong. Scoring per sentence: each gold event takes
one found event of its type (preferring the one whose trigger holds the gold trigger word); a found
event left over is wrong unless an optional event of its type takes it (an optional CONSULT also
takes an AGREE: an announced meeting is CAMEO 036, intent to meet, which the 2021 table codes AGREE).

* ``precision`` / ``recall``: found events matched / all found (outside optional); gold matched / gold.
* ``source`` / ``target``: over matched pairs whose gold actor is given, the found actor names it (a
  shared content word, as in the PLOVER scorer, or a word form of one: "Iraqi" names "Iraq"; the
  words of the entity's other mentions count: "SDA" names the Party of Democratic Action).
* ``main_type`` / ``main_type_source``: over sentences with a gold event, the coder's main event
  (nearest the parse root, :func:`newsprobe.evaluate.plover.main_event`) has the type (and source) of
  the gold main event: the PLOVER records' protocol, on real text.
* ``null_clean``: sentences with no gold event in which nothing wrong was found.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsprobe.components._ext import get_list
from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.plover import _doc, _nlp, _words, actor_matches, main_event
from newsprobe.model import Event, EventActor

__all__ = ["SPLITS", "detokenize", "evaluate", "gold_path", "read_documents"]

SPLITS = ("dev", "held", "dev2", "held2")
_DATA = Path(__file__).resolve().parent / "data"
_DATELINE = re.compile(r"(\d{4}-\d{2}-\d{2})\s*$")


def gold_path(split: str) -> Path:
    return _DATA / f"wire_events_{split}.jsonl"


def detokenize(tokens: list[str]) -> str:
    """Running text from CoNLL tokens: no space before closing punctuation or clitics, none after
    an opening bracket or a currency sign, and straight quotes closed around what they hold."""
    text = " ".join(tokens)
    text = re.sub(r" ([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$]) ", r"\1", text)
    text = re.sub(r" ('s|'re|'ve|'ll|n't|'d|'m|')(?=[\s.,;:!?)\"]|$)", r"\1", text)
    text = re.sub(r'" (.*?) "', r'"\1"', text)
    return text


def read_documents(path: Path) -> list[list[str]]:
    """The CoNLL file's documents, each a list of sentences (detokenised), in file order."""
    docs: list[list[str]] = []
    sentence: list[str] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if sentence:
                current.append(detokenize(sentence))
                sentence = []
            if parts and current:
                docs.append(current)
                current = []
            continue
        sentence.append(parts[0])
    if sentence:
        current.append(detokenize(sentence))
    if current:
        docs.append(current)
    return docs


def _load_gold(split: str) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(gold_path(split).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        if not isinstance(row, dict) or "id" not in row or not isinstance(row.get("events"), list):
            raise DatasetError(Code.DATASET, f"wire_events_{split}.jsonl line {n}: expected id and events")
        rows.append(row)
    return rows


def _article(sentences: list[str]) -> tuple[str, str | None, dict[int, tuple[int, int]]]:
    """The body text of a document (headline and dateline left out), its date, and each kept
    sentence's character span in it."""
    published = None
    parts: list[str] = []
    spans: dict[int, tuple[int, int]] = {}
    offset = 0
    for j, sentence in enumerate(sentences):
        if j == 0:
            continue
        dateline = _DATELINE.search(sentence)
        if dateline and len(sentence.split()) <= 6:
            published = published or dateline.group(1)
            continue
        if j == 1 and len(sentence.split()) <= 3:
            continue  # a byline
        spans[j] = (offset, offset + len(sentence))
        parts.append(sentence)
        offset += len(sentence) + 1
    return " ".join(parts), published, spans


def _actor(name: Any) -> list[dict[str, Any]]:
    return [{"actorText": str(name)}] if name else []


def _same_word(a: str, b: str) -> bool:
    """The same word, or one a form of the other ("Iraq" ~ "Iraqi" ~ "Iraqis", "Israel" ~ "Israeli")."""
    short, long = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long.startswith(short))


def _named(actor: EventActor | None, gold: Any, doc: Doc | None = None) -> bool:
    """Whether ``actor`` names the gold actor: a shared content word (as the PLOVER scorer has it), a
    word form of one, or a word of another mention of the same entity ("SDA" for the Party of
    Democratic Action when the article gives both)."""
    if actor is None or not gold:
        return False
    if actor_matches(actor, _actor(gold)):
        return True
    mine = _words(actor.mention.text) | _words(actor.name)
    if doc is not None and actor.entity_id:
        for entity in get_list(doc, "entities"):
            if entity.id == actor.entity_id:
                mine |= {w for m in entity.mentions for w in _words(m.text)}
    return any(_same_word(a, b) for a in mine for b in _words(str(gold)))


Pairs = list[tuple[dict[str, Any], Event]]


def _match(gold: list[dict[str, Any]], found: list[Event], text: str) -> tuple[Pairs, list[Event]]:
    """Pairs (gold event, found event) of the same type, and the found events left over."""
    left = list(found)
    pairs = []
    for g in gold:
        same = [e for e in left if e.type == g.get("type")]
        if not same:
            continue
        word = str(g.get("trigger") or "").lower()
        holds = [e for e in same if word and _overlaps(word, text[e.start : e.end].lower())]
        pick = (holds or same)[0]
        pairs.append((g, pick))
        left.remove(pick)
    return pairs, left


def _intent_to_meet(optional: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """An optional meeting (CONSULT) also admits AGREE: CAMEO 036, "express intent to meet or
    negotiate", is AGREE in the 2021 table, so "will meet on Sunday" may be coded either way."""
    return [{**g, "type": "AGREE"} for g in optional if g.get("type") == "CONSULT"]


def _overlaps(word: str, trigger: str) -> bool:
    return word in trigger or trigger in word


def _describe(doc: Doc, event: Event) -> str:
    source = event.source.name if event.source else None
    target = event.target.name if event.target else None
    return f"{event.type} {doc.text[event.start : event.end]!r} {source} -> {target}"


def score(
    rows: list[dict[str, Any]], docs: list[list[str]], nlp: Language | None = None, misses: bool = False
) -> dict[str, Any]:
    """Figures (see the module docstring) of the coder over the gold ``rows``."""
    nlp = _nlp(nlp)
    by_doc: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        doc_id, _, sent_id = str(row["id"]).partition(".")
        if not (doc_id.isdigit() and sent_id.isdigit()) or int(doc_id) >= len(docs):
            raise DatasetError(Code.DATASET, f"wire events: id {row['id']!r} is not in the CoNLL file")
        by_doc[int(doc_id)].append(row)
    c: Counter[str] = Counter()
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    listed: list[dict[str, Any]] = []
    for d, doc_rows in sorted(by_doc.items()):
        text, published, spans = _article(docs[d])
        doc = _doc(nlp, text, published)
        events = list(doc._.events or [])
        for row in doc_rows:
            start, end = spans.get(int(str(row["id"]).partition(".")[2]), (-1, -1))
            found = [e for e in events if start <= e.start < end]
            gold = [g for g in row["events"] if isinstance(g, dict)]
            optional = [g for g in row.get("optional") or [] if isinstance(g, dict)]
            pairs, left = _match(gold, found, doc.text)
            _, wrong = _match(optional + _intent_to_meet(optional), left, doc.text)
            c["gold"] += len(gold)
            c["matched"] += len(pairs)
            c["wrong"] += len(wrong)
            for g in gold:
                per_type[g["type"]]["gold"] += 1
            for g, e in pairs:
                per_type[g["type"]]["matched"] += 1
                if g.get("source"):
                    c["with_source"] += 1
                    c["source_right"] += _named(e.source, g["source"], doc)
                if g.get("target"):
                    c["with_target"] += 1
                    c["target_right"] += _named(e.target, g["target"], doc)
            for e in wrong:
                per_type[e.type]["wrong"] += 1
            if gold:
                c["sentences_with_event"] += 1
                main = main_event(doc, found)
                if main is not None and main.type == gold[0]["type"]:
                    c["main_type"] += 1
                    c["main_type_source"] += not gold[0].get("source") or _named(main.source, gold[0]["source"], doc)
            else:
                c["null_sentences"] += 1
                c["null_clean"] += not wrong
            if misses and (wrong or len(pairs) < len(gold)):
                listed.append(
                    {
                        "id": row["id"],
                        "text": doc.text[start:end] if start >= 0 else "",
                        "gold": gold,
                        "optional": optional,
                        "found": [_describe(doc, e) for e in found],
                        "wrong": [_describe(doc, e) for e in wrong],
                    }
                )

    def ratio(a: int, b: int) -> float:
        return round(a / b, 3) if b else 0.0

    result: dict[str, Any] = {
        "sentences": len(rows),
        "gold_events": c["gold"],
        "precision": ratio(c["matched"], c["matched"] + c["wrong"]),
        "recall": ratio(c["matched"], c["gold"]),
        "source": ratio(c["source_right"], c["with_source"]),
        "target": ratio(c["target_right"], c["with_target"]),
        "main_type": ratio(c["main_type"], c["sentences_with_event"]),
        "main_type_source": ratio(c["main_type_source"], c["sentences_with_event"]),
        "null_clean": f"{c['null_clean']}/{c['null_sentences']}",
        "counts": dict(c),
        "per_type": {
            k: {"gold": v["gold"], "recall": ratio(v["matched"], v["gold"]), "wrong": v["wrong"]}
            for k, v in sorted(per_type.items())
        },
    }
    if misses:
        result["misses"] = listed
    return result


def evaluate(conll: Path, split: str = "dev", misses: bool = False, nlp: Language | None = None) -> dict[str, Any]:
    """Score the coder on one split; ``misses`` (the sentences it gets wrong) only for ``dev``."""
    if split not in SPLITS:
        raise DatasetError(Code.DATASET, f"unknown split {split!r}: use {', '.join(SPLITS)}")
    if misses and split.startswith("held"):
        raise DatasetError(Code.DATASET, "the held split is scored in aggregate only: its misses are never listed")
    if not conll.is_file():
        raise DatasetError(Code.DATASET, f"CoNLL-2003 file not found: {conll}")
    return score(_load_gold(split), read_documents(conll), nlp, misses=misses)
