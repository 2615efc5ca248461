"""The event coder on a HELD-OUT set of PLOVER-style wire sentences: never used to tune the rules.

``tests/data/events_heldout/plover_style.jsonl`` holds 180 sentences of our own (fictional events) in
the style of the PLOVER gold records: one wire-agency sentence of 20-45 words with one main event,
often with a reporting frame ("..., officials said"), titles and appositions, descriptive actors
("Doctors from two French aid groups"), nominal events with support verbs ("lodged a protest", "held
talks"), passives and perfect or progressive forms; 9-11 sentences for each of the 16 PLOVER 2021
types, spread over their modes and with mirrored actors, plus 16 sentences that report no event
(denials, hopes, negated acts, opinion, background facts). Same format as
``tests/data/events_cameo/*.jsonl`` (see ``tests/test_events_cameo.py``).

**Held out:** the sentences were written and coded by hand from the PLOVER definitions and the
CAMEO->PLOVER 2021 table by someone who did not read the coder's rules or lexicons, and the file
was committed *before* the coder was first run on it. It must never be used to tune rules or
lexicons; if a rule is changed because of a sentence here, the set stops being held out and a new
one has to be written.

Figures (overall and per type): ``pytest tests/test_events_heldout.py -s``. The floors are 0.05
below the figures measured after the work that followed its first run, rounded down: a regression
guard, not a target.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from spacy.language import Language

from test_events_cameo import load, score

DATA = Path(__file__).resolve().parent / "data" / "events_heldout" / "plover_style.jsonl"
#: first run (base commit 8e59bd0): type 0.805 (132/164), source 0.939 (124/132), no-event clean 13/16
#: (0.812); after the recall work of the same session: type 0.866, source 0.972, no-event 13/16. Each
#: floor is 0.05 below the latter, rounded down
TYPE_FLOOR = 0.81
SOURCE_FLOOR = 0.92
NULL_CLEAN_FLOOR = 0.76
TYPES = frozenset(
    "AGREE AID ASSAULT COERCE CONCEDE CONSULT COOPERATE REQUEST ACCUSE REJECT THREATEN PROTEST RETREAT "
    "SANCTION SUPPORT MOBILIZE".split()
)


def typed_rows(folder: Path) -> list[dict[str, Any]]:
    """The coded sentences of every ``set*.jsonl`` in ``folder``, sanctions (CAMEO 163) read as SANCTION
    as in the gold records (the 2021 table says COERCE)."""
    rows = []
    for path in sorted(folder.glob("set*.jsonl")):
        for row in load(path):
            if str(row.get("cameo") or "").startswith("163"):
                row = {**row, "type": "SANCTION"}
            rows.append(row)
    return rows


def heldout_figures(nlp: Language, rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Type accuracy, source accuracy (over right types with a written source) and no-event clean
    count, overall and per type, scored one sentence at a time with the CAMEO set's ``score``."""
    per: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "right": 0, "with_source": 0, "right_source": 0})
    null = null_clean = 0
    misses: list[Any] = []
    for row in rows:
        result = score(nlp, [row])
        misses += result["misses"]
        if row["type"] is None:
            null += 1
            null_clean += result["null_clean"]
            continue
        counts = per[row["type"]]
        counts["n"] += 1
        if result["type"] == 1.0:
            counts["right"] += 1
            if row.get("source"):
                counts["with_source"] += 1
                counts["right_source"] += result["source"] == 1.0
    total = {k: sum(c[k] for c in per.values()) for k in ("n", "right", "with_source", "right_source")}
    return {
        "typed": total["n"],
        "type": total["right"] / total["n"],
        "source": total["right_source"] / total["with_source"] if total["with_source"] else 1.0,
        "null": null,
        "null_clean": null_clean,
        "per_type": dict(sorted(per.items())),
        "misses": misses,
    }


def check_figures(name: str, result: dict[str, Any], floors: tuple[float, float, float]) -> None:
    """Print a set's figures (overall and per type, never the misses: whoever tunes the rules must not
    read the sentences) and check them against ``floors`` (type, source, no-event clean share)."""
    print(f"\n{name}: {result['typed']} typed, type {result['type']:.3f}, "
          f"source {result['source']:.3f}; no-event clean {result['null_clean']}/{result['null']}")
    for kind, c in result["per_type"].items():
        source = f"{c['right_source']}/{c['with_source']}"
        print(f"  {kind:<10} type {c['right']:>2}/{c['n']:<2} ({c['right'] / c['n']:.2f})  source {source}")
    type_floor, source_floor, null_clean_floor = floors
    assert result["type"] >= type_floor
    assert result["source"] >= source_floor
    assert result["null_clean"] / result["null"] >= null_clean_floor


def test_heldout_sentences(event_nlp: Language) -> None:
    result = heldout_figures(event_nlp, load(DATA))
    check_figures("held-out PLOVER-style", result, (TYPE_FLOOR, SOURCE_FLOOR, NULL_CLEAN_FLOOR))


def test_heldout_file_is_well_formed() -> None:
    rows = load(DATA)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "a sentence written twice"
    assert {r["type"] for r in rows} - {None} == TYPES
    for r in rows:
        assert 20 <= len(r["text"].split()) <= 45, r["text"]
        for role in ("source", "target"):
            assert r[role] is None or r[role].lower() in r["text"].lower(), (role, r["text"])
