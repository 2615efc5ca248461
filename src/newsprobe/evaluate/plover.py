"""Score the event coder against the PLOVER gold-standard records (and PETR-2 validation sentences).

**Records** (``PLOVER_GSR_half.json``): news-like sentences, each hand-coded with one PLOVER event
type and its source/target actors, in PLOVER 0.5 (2016). The coder emits PLOVER Draft 0.8 (2021,
the version POLECAT uses; ``CAMEO2PLOVER-2021.txt``), so each gold type is read in 2021 terms first
(:data:`GOLD_TO_2021`): FIGHT (conventional military force) is ASSAULT, DEMAND is REQUEST, and
DISAPPROVE and INVESTIGATE are both ACCUSE. A type-level mapping: a gold FIGHT that 2021 would code
otherwise (closing borders is COERCE there) stays ASSAULT, and a DISAPPROVE/INVESTIGATE confusion
is no longer an error.

**Protocol: 5-fold cross-validation by record** over all records (:func:`cross_validate`): a
record's fold is fixed by a hash of its id (:func:`fold_of`), chosen before any result was seen.
Nothing is fitted (the coder is rules and lexicons), so the folds only show the spread: mean and sd
over the folds are reported. Caveat: the lexicons were written from the PLOVER definitions and
checked on the **dev** half of a fixed split (records sorted by id within each event type,
alternately dev and test), so only the **test** half is free of the rules' tuning: its pooled
figures are reported separately (``pooled_old_test_half``), and the fixed halves can be scored
alone (``--split test|dev|all``).

Per record the coder's *main* event is the one whose trigger is highest in the parse (nearest the
root; the first in text order on ties), so a reporting frame ("..., officials said") or a clause
deeper in the sentence never stands in for the event the sentence reports.

* ``type_accuracy``: the main event's type is the gold type (no event counts as wrong).
* ``type_source_accuracy``: ... and its source names one of the gold source actors (they share a
  content word: "Rwandan rebels" ~ "rebels"; "Iran" ~ "Iran").
* ``target_match``: the same for the target, over records with a gold target and a right type.
* ``any_type``: the gold type is among all the events found in the record (a lenient view).

**PETR-2** (``petr2_gsr_validation/PETR2_GSR_validation.xml``): 78 real sentences with CAMEO codes,
partly machine-derived: a sanity check only. CAMEO codes go to PLOVER 2021 through
``CAMEO2PLOVER-2021.txt`` as it stands.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc

from newsprobe.errors import Code, DatasetError
from newsprobe.model import Event, EventActor

SPLITS = ("cv", "test", "dev", "all")
#: gold types (PLOVER 0.5, 2016) in PLOVER 2021 (Draft 0.8) terms; the rest keep their names
GOLD_TO_2021 = {"FIGHT": "ASSAULT", "DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE"}
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


def gold_type(record: dict[str, Any]) -> str:
    """The record's gold type in PLOVER 2021 terms (see :data:`GOLD_TO_2021`)."""
    kind = str(record["event"])
    return GOLD_TO_2021.get(kind, kind)


def remapped(records: list[dict[str, Any]]) -> int:
    """How many of ``records`` have a gold type that PLOVER 2021 names otherwise."""
    return sum(str(r["event"]) in GOLD_TO_2021 for r in records)


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


def main_event(doc: Doc, events: list[Event] | None = None) -> Event | None:
    """The event nearest the root of its parse (first in text order on ties)."""
    events = list(doc._.events or []) if events is None else events
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


def parse_records(records: list[dict[str, Any]], nlp: Language | None = None) -> list[Doc]:
    """Every record parsed once (entities, quotes, dates and events)."""
    nlp = _nlp(nlp)
    return [_doc(nlp, str(r["text"]), r.get("date")) for r in records]


def score_records(records: list[dict[str, Any]], nlp: Language | None = None) -> dict[str, Any]:
    """Type, type+source and target figures over ``records`` with the pipeline's own events."""
    docs = parse_records(records, nlp)
    return score_events(records, docs, [list(doc._.events or []) for doc in docs])


def score_events(records: list[dict[str, Any]], docs: list[Doc], found: list[list[Event]]) -> dict[str, Any]:
    """Type, type+source and target figures of the events ``found`` in each record (see the module
    docstring)."""
    n = right = right_source = any_type = with_event = 0
    target_gold = target_right = 0
    per_type: dict[str, Counter[str]] = defaultdict(Counter)
    confusion: Counter[tuple[str, str]] = Counter()
    for r, doc, events in zip(records, docs, found, strict=True):
        gold = gold_type(r)
        event = main_event(doc, events)
        n += 1
        per_type[gold]["n"] += 1
        with_event += event is not None
        any_type += any(e.type == gold for e in events)
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
        "gold_types_remapped": remapped(records),
        "type_accuracy": ratio(right, n),
        "type_source_accuracy": ratio(right_source, n),
        "target_match": ratio(target_right, target_gold),
        "any_type": ratio(any_type, n),
        "with_event": ratio(with_event, n),
        "per_type": {k: {"n": v["n"], "accuracy": ratio(v["right"], v["n"])} for k, v in sorted(per_type.items())},
        "errors": [{"gold": g, "predicted": p, "count": c} for (g, p), c in confusion.most_common() if g != p],
    }


# -- cross-validation by record -----------------------------------------------------------------

FOLDS = 5
_CV_KEYS = ("type_accuracy", "type_source_accuracy", "target_match", "with_event")


def fold_of(record_id: str, folds: int = FOLDS) -> int:
    """A record's fold: fixed by a hash of its id (never by its content or results)."""
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest(), 16) % folds


def _summary(per_fold: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in _CV_KEYS:
        values = np.array([f[key] for f in per_fold], dtype=float)
        out[key] = {"mean": round(float(values.mean()), 4), "sd": round(float(values.std(ddof=1)), 4)}
    return out


def cross_validate(records: list[dict[str, Any]], docs: list[Doc], folds: int = FOLDS) -> dict[str, Any]:
    """``folds``-fold cross-validation by record (nothing is fitted: the folds show the spread).
    Per-fold figures, their mean and sd, and the pooled figures over every record and over the
    ``test`` half."""
    fold = [fold_of(str(r["id"]), folds) for r in records]
    found: list[list[Event]] = [list(doc._.events or []) for doc in docs]
    per_fold = []
    for k in range(folds):
        held = [i for i in range(len(records)) if fold[i] == k]
        per_fold.append(score_events([records[i] for i in held], [docs[i] for i in held], [found[i] for i in held]))
    test_ids = {str(r["id"]) for r in split(records, "test")}
    test = [i for i, r in enumerate(records) if str(r["id"]) in test_ids]
    pooled = score_events(records, docs, found)
    keys = ("records", "gold_types_remapped", *_CV_KEYS)
    return {
        "folds": folds,
        "per_fold": [{k: f[k] for k in keys} for f in per_fold],
        **_summary(per_fold),
        "pooled": {k: pooled[k] for k in keys},
        "pooled_old_test_half": {
            k: v
            for k, v in score_events(
                [records[i] for i in test], [docs[i] for i in test], [found[i] for i in test]
            ).items()
            if k in keys
        },
        "per_type": pooled["per_type"],
        "errors": pooled["errors"],
    }


# -- PETR-2 -------------------------------------------------------------------------------------

def cameo_to_plover(folder: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER 2021 type, as ``CAMEO2PLOVER-2021.txt`` gives it."""
    path = folder / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"CAMEO to PLOVER table not found: {path}")
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


def _table_rows(folder: Path) -> list[tuple[str, str, str, str]]:
    """``(code, type, mode, context)`` rows of ``CAMEO2PLOVER-2021.txt`` ("" for none)."""
    path = folder / "CAMEO2PLOVER-2021.txt"
    if not path.is_file():
        raise DatasetError(Code.DATASET, f"CAMEO to PLOVER table not found: {path}")
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d{2,4}):\s*([A-Z]+)\s*,([^,#]*)(?:,([^#]*))?", line)
        if m and len(m.group(1)) >= 3:
            rows.append((m.group(1), m.group(2), m.group(3).strip(), (m.group(4) or "").strip()))
    return rows


def _one_code(codes: set[str]) -> str | None:
    """One code for a key: the only one, else the shortest, else the generic one (ending in 0)."""
    if len(codes) == 1:
        return next(iter(codes))
    short = {c for c in codes if len(c) == min(map(len, codes))}
    if len(short) == 1:
        return next(iter(short))
    generic = {c for c in short if c.endswith("0")}
    return next(iter(generic)) if len(generic) == 1 else None


def cameo_rows(folder: Path) -> list[tuple[str, str, str, str]]:
    """``cameo.tsv`` as the 2021 table gives it: ``(type, mode, context, code)`` ("-" for none).
    A key without a context leaves out the rows in a context the coder would name (ASSAULT alone
    is 180, unconventional; 190 is ASSAULT in context military); a key the table maps from
    several codes alike gets none."""
    from newsprobe.components.event_lexicon import CONTEXTS_2021

    rows = _table_rows(folder)
    out = []
    for kind, mode in sorted({(k, m) for _, k, m, _ in rows} | {(k, "") for _, k, _, _ in rows}):
        named = CONTEXTS_2021.get(kind, frozenset())
        same = [(c, ctx) for c, k, m, ctx in rows if k == kind and m == mode]
        codes = {c for c, ctx in same if ctx not in named}
        code = _one_code(codes) if codes else None
        if code:
            out.append((kind, mode or "-", "-", code))
        for context in sorted(named):
            in_context = {c for c, ctx in same if ctx == context}
            one = _one_code(in_context) if in_context else None
            if one:
                out.append((kind, mode or "-", context, one))
    return out


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


def evaluate(folder: Path, split_name: str = "cv", petr2: bool = True, nlp: Language | None = None) -> dict[str, Any]:
    """PLOVER figures: ``cv`` (5-fold cross-validation by record, with the pooled ``test`` half), or
    one fixed half (``test``, ``dev``, ``all``). Plus PETR-2."""
    if split_name not in SPLITS:
        raise DatasetError(Code.DATASET, f"unknown split {split_name!r}: use cv, test, dev or all")
    nlp = _nlp(nlp)
    records = load_records(folder)
    result: dict[str, Any] = {"split": split_name, "gold_types_to_2021": dict(GOLD_TO_2021)}
    if split_name == "cv":
        result["cv"] = cross_validate(records, parse_records(records, nlp))
    else:
        chosen = split(records, split_name)
        docs = parse_records(chosen, nlp)
        result["plover"] = score_events(chosen, docs, [list(doc._.events or []) for doc in docs])
    if petr2:
        result["petr2"] = score_petr2(folder, nlp)
    return result
