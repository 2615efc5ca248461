"""Score the event coder against the PLOVER gold-standard records (and PETR-2 validation sentences).

**Records** (``PLOVER_GSR_half.json``): news-like sentences, each hand-coded with one PLOVER event
type and its source/target actors. The coder has no trained part; its lexicons were written from the
PLOVER definitions and checked on a **dev** half of the records. The **test** half was never looked
at while writing them: its figures are the ones to report. The split is fixed and blind to content:
records sorted by id within each event type, alternately dev and test.

Per record the coder's *main* event is the one whose trigger is highest in the parse (nearest the
root; the first in text order on ties), so a reporting frame ("..., officials said") or a clause
deeper in the sentence never stands in for the event the sentence reports.

* ``type_accuracy``: the main event's type is the gold type (no event counts as wrong).
* ``type_source_accuracy``: ... and its source names one of the gold source actors (they share a
  content word: "Rwandan rebels" ~ "rebels"; "Iran" ~ "Iran").
* ``target_match``: the same for the target, over records with a gold target and a right type.
* ``any_type``: the gold type is among all the events found in the record (a lenient view).

**PETR-2** (``petr2_gsr_validation/PETR2_GSR_validation.xml``): 78 real sentences with CAMEO codes,
partly machine-derived: a sanity check only. CAMEO codes go to PLOVER through
``CAMEO2PLOVER-2021.txt`` (its REQUEST read as DEMAND, ACCUSE as DISAPPROVE or INVESTIGATE, and
conventional military force, CAMEO 19x, as FIGHT, as in the gold records).
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from newsprobe.errors import Code, DatasetError
from newsprobe.model import Event, EventActor

SPLITS = ("test", "dev", "all")
_STOP = frozenset("the a an of and 's ’s in on at for from to by with its his her their".split())


def load_records(folder: Path) -> list[dict[str, Any]]:
    """The coded records of ``PLOVER_GSR_half.json`` (documentation records left out)."""
    path = folder / "PLOVER_GSR_half.json"
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"PLOVER records not found: {path}")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DatasetError(Code.DATASET, f"{path}: cannot read the PLOVER records ({exc})") from None
    return [r for r in data if r.get("event") not in (None, "DOCUMENT") and r.get("text")]


def split(records: list[dict[str, Any]], name: str) -> list[dict[str, Any]]:
    """``dev`` or ``test`` half (or ``all``): by id within each event type, alternately dev, test."""
    if name == "all":
        return list(records)
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in sorted(records, key=lambda r: str(r["id"])):
        by_type[str(r["event"])].append(r)
    want = 0 if name == "dev" else 1
    return [r for kind in sorted(by_type) for i, r in enumerate(by_type[kind]) if i % 2 == want]


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[\w.-]+", text.lower()) if w not in _STOP and len(w) > 1}


def actor_matches(actor: EventActor | None, gold: list[dict[str, Any]]) -> bool:
    """Whether the predicted actor names one of the gold actors (a shared content word)."""
    if actor is None:
        return False
    mine = _words(actor.mention.text) | _words(actor.name)
    return any(mine & _words(str(g.get("actorText") or "")) for g in gold)


def _depth(doc: Doc, event: Event) -> int:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return 99
    tok, depth = span.root, 0
    while tok.head.i != tok.i and depth < 99:
        tok, depth = tok.head, depth + 1
    return depth


def main_event(doc: Doc) -> Event | None:
    """The event nearest the root of its parse (first in text order on ties)."""
    events: list[Event] = list(doc._.events or [])
    if not events:
        return None
    return min(events, key=lambda e: (_depth(doc, e), e.start))


def _nlp(nlp: Language | None) -> Language:
    if nlp is not None:
        return nlp
    from newsprobe.pipeline import load

    return load(["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"])


def _doc(nlp: Language, text: str, published: str | None) -> Doc:
    from newsprobe.pipeline import _doc_for, make_article

    return nlp(_doc_for(nlp, make_article(text, published=published)))


def _actors(value: Any) -> list[dict[str, Any]]:
    return [a for a in value if isinstance(a, dict)] if isinstance(value, list) else []


def score_records(records: list[dict[str, Any]], nlp: Language | None = None) -> dict[str, Any]:
    """Type, type+source and target figures over ``records`` (see the module docstring)."""
    nlp = _nlp(nlp)
    n = right = right_source = any_type = found = 0
    target_gold = target_right = 0
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    for r in records:
        doc = _doc(nlp, str(r["text"]), r.get("date"))
        gold = str(r["event"])
        event = main_event(doc)
        n += 1
        per_type[gold]["n"] += 1
        found += event is not None
        any_type += any(e.type == gold for e in doc._.events or [])
        predicted = event.type if event is not None else "none"
        confusion[(gold, predicted)] += 1
        if event is None or event.type != gold:
            continue
        right += 1
        per_type[gold]["right"] += 1
        if actor_matches(event.source, _actors(r.get("source"))):
            right_source += 1
        targets = _actors(r.get("target"))
        if targets:
            target_gold += 1
            target_right += actor_matches(event.target, targets)

    def ratio(a: int, b: int) -> float:
        return round(a / b, 4) if b else 0.0

    return {
        "records": n,
        "type_accuracy": ratio(right, n),
        "type_source_accuracy": ratio(right_source, n),
        "target_match": ratio(target_right, target_gold),
        "any_type": ratio(any_type, n),
        "with_event": ratio(found, n),
        "per_type": {k: {"n": v["n"], "accuracy": ratio(v["right"], v["n"])} for k, v in sorted(per_type.items())},
        "errors": [{"gold": g, "predicted": p, "count": c} for (g, p), c in confusion.most_common() if g != p],
    }


# -- PETR-2 -------------------------------------------------------------------------------------

_RENAME = {"REQUEST": "DEMAND"}


def cameo_to_plover(folder: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER type in the gold records' vocabulary (see the module docstring)."""
    path = folder / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"CAMEO to PLOVER table not found: {path}")
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,\s*([^,#]*)", line)
        if not m:
            continue
        code, kind, mode = m.group(1), m.group(2), m.group(3).strip()
        if kind == "ACCUSE":
            kind = "INVESTIGATE" if mode == "investigate" else "DISAPPROVE"
        elif kind == "ASSAULT" and code.startswith("19"):
            kind = "FIGHT"
        table[code] = _RENAME.get(kind, kind)
    return table


def load_petr2(folder: Path) -> list[dict[str, Any]]:
    """``[{id, date, text, codes: [(cameo, source, target)]}]`` from the PETR-2 validation file."""
    path = folder / "petr2_gsr_validation" / "PETR2_GSR_validation.xml"
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"PETR-2 validation file not found: {path}")
    text = path.read_text(encoding="utf-8")
    out = []
    for block in re.split(r"(?=<Sentence )", text)[1:]:
        head = re.match(r'<Sentence [^>]*date="(\d{8})"[^>]*id="([^"]+)"', block)
        body = re.search(r"<Text>(.*?)</Text>", block, re.S)
        if not head or not body:
            continue
        codes = re.findall(r'<EventCoding eventcode="(\d+)" sourcecode="([^"]*)" targetcode="([^"]*)"', block)
        if not codes:
            continue
        d = head.group(1)
        out.append(
            {
                "id": head.group(2),
                "date": f"{d[:4]}-{d[4:6]}-{d[6:]}",
                "text": " ".join(body.group(1).split()),
                "codes": codes,
            }
        )
    return out


def score_petr2(folder: Path, nlp: Language | None = None) -> dict[str, Any]:
    """Sanity check: the main event's type among the sentence's mapped CAMEO codes, and its source
    country among the coded source countries."""
    nlp = _nlp(nlp)
    table = cameo_to_plover(folder)
    n = right = right_country = 0
    for rec in load_petr2(folder):
        kinds = {table.get(c) or table.get(c[:3]) or table.get(c[:2]) for c, _, _ in rec["codes"]}
        doc = _doc(nlp, rec["text"], rec["date"])
        event = main_event(doc)
        n += 1
        if event is not None and event.type in kinds:
            right += 1
            countries = {s[:3] for _, s, _ in rec["codes"]}
            right_country += bool(event.source and event.source.country in countries)
    return {
        "sentences": n,
        "type_accuracy": round(right / n, 4) if n else 0.0,
        "type_source_country_accuracy": round(right_country / n, 4) if n else 0.0,
    }


def evaluate(folder: Path, split_name: str = "test", petr2: bool = True, nlp: Language | None = None) -> dict[str, Any]:
    """PLOVER figures for one split (``test`` by default), plus the PETR-2 sanity check."""
    if split_name not in SPLITS:
        raise DatasetError(Code.DATASET, f"unknown split {split_name!r}: use test, dev or all")
    nlp = _nlp(nlp)
    records = split(load_records(folder), split_name)
    result: dict[str, Any] = {"split": split_name, "plover": score_records(records, nlp)}
    if petr2:
        result["petr2"] = score_petr2(folder, nlp)
    return result
