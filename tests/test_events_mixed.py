"""The event coder on 400 wire sentences in a natural mix of plain and varied wording, written and
coded blind.

``tests/data/events_mixed/set{4,5}.jsonl``: 400 sentences (fictional and real actors; every sentence
new) written by two helpers who never read the coder, from the brief of the idiom set
(``test_events_idioms.py``) with one change: about half the sentences use the plain verb or noun a
desk would most often use for the event ("met", "condemned", "arrested"), the other half vary the
wording. 11 sentences per PLOVER 2021 type and 24 with no event in each file (set 4: Africa, Europe,
the Americas, domestic politics; set 5: Asia, the Middle East, Oceania, international bodies, armed
groups), the CAMEO codes spread within each type. Types come from the CAMEO->PLOVER table; sanctions
(CAMEO 163) are read as SANCTION, as in the idiom set. Committed before the coder first ran on them
(b272286); never read by whoever changes the rules (the test prints figures only).

First run (the rules of 12e80ed, nothing changed because of them): type 0.659 (232 of 352), source
0.939, no-event sentences clean 46/48; close to the PLOVER test half (0.649 of 77 records), on
nearly five times as many sentences. After the broad-coverage lexicon round (the README's events
section), still never read: type 0.710 (250 of 352), source 0.944, clean 46/48. After the
construction round (``test_events_construction_sets.py``), still never read: type 0.753 (265 of 352),
source 0.955, clean 46/48. After the CAMEO breadth round (``test_events_breadth_sets.py``), still never
read: type 0.756 (266 of 352), source 0.955, clean 46/48. Figures: ``pytest
tests/test_events_mixed.py -s``. The floors sit 0.05 below the current figures, rounded down: a
regression guard, not a target.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from test_events_heldout import TYPES, check_figures, heldout_figures, typed_rows

DATA = Path(__file__).resolve().parent / "data" / "events_mixed"
#: first run (rules of 12e80ed): type 0.659 (232/352), source 0.939, no-event clean 46/48;
#: after the broad-coverage round: type 0.710 (250/352), source 0.944, clean 46/48;
#: after the construction round: type 0.753 (265/352), source 0.955, clean 46/48;
#: after the breadth round: type 0.756 (266/352), source 0.955, clean 46/48
TYPE_FLOOR = 0.70
SOURCE_FLOOR = 0.90
NULL_CLEAN_FLOOR = 0.91


def mixed_rows() -> list[dict[str, Any]]:
    return typed_rows(DATA)


def test_mixed_sentences(event_nlp: Language) -> None:
    result = heldout_figures(event_nlp, mixed_rows())
    check_figures("wire sentences, natural mix", result, (TYPE_FLOOR, SOURCE_FLOOR, NULL_CLEAN_FLOOR))


def test_mixed_files_are_well_formed() -> None:
    rows = mixed_rows()
    assert len(rows) == 400
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "a sentence written twice"
    assert {r["type"] for r in rows} - {None} == TYPES
    assert sum(r["type"] is None for r in rows) == 48
    for r in rows:
        assert 15 <= len(r["text"].split()) <= 45, r["text"]
        for role in ("source", "target", "trigger"):
            assert r[role] is None or r[role] in r["text"], (role, r["text"])
        assert (r["type"] is None) == (r["cameo"] is None), r["text"]
