"""The event coder on the sentences of the CAMEO breadth round: every CAMEO code, three times.

Six helpers who never read the coder each took a share of the CAMEO roots 03-20 and wrote three
sentences for every code of the CAMEO->PLOVER table under them (257 codes), in the manner of 1980s-2000s
agency copy, with about one no-event sentence for every eight coded ones. The brief is
``tests/data/events_breadth/BRIEF.md``. Types come from the table; sanctions (CAMEO 163) are read as
SANCTION, as in the other sets. The helpers' labels are kept as written, including those where the house
follows the PLOVER gold records rather than the 2021 table (an eased curfew is CONCEDE here, RETREAT in
the table; expelling journalists is COERCE, CAMEO 174), so a few misses are conventions, not errors.

Before the coder first ran on them, one sentence per code (chosen at random, fixed seed) and a third of
the no-event sentences were set aside as a blind file; the other two per code are development data.

**Development data** (``tests/data/events_breadth/set_dev.jsonl``, 512 typed, 66 without an event). Its
misses were read one by one, and the rules of the breadth round were written from them (see
``test_events_cameo_breadth.py``). Rules of 3ea4d5a, before the round: type 0.627 (321 of 512), source
0.900, no-event sentences clean 64/66. After the round: type 0.697 (357 of 512), source 0.913, clean
65/66.

**Blind** (``tests/data/events_breadth_blind/set_blind.jsonl``, 256 typed, 31 without an event). Scored in
aggregate before the round and at its end (twice: once before and once after its last three rules,
the same figure both times), never read; the test prints figures only. Before: type 0.621 (159 of 256),
source 0.886, clean 29/31. After: type 0.629 (161 of 256), source 0.887, clean 29/31. The development
file moved by seven points and the blind one by under one: the rules read constructions of single
sentences more than the wording of a code.

Because each blind sentence has two development sentences on the same code by the same writer, the blind
figure is an optimistic one for new wording; the natural mix (``test_events_mixed.py``) stays the blind
figure to quote.

Figures: ``pytest tests/test_events_breadth_sets.py -s``. The floors sit about 0.05 below the current
figures, rounded down. They are a regression guard, not a target.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from test_events_heldout import TYPES, check_figures, heldout_figures, typed_rows

DATA = Path(__file__).resolve().parent / "data"
DEVELOPMENT = DATA / "events_breadth"
BLIND = DATA / "events_breadth_blind"
#: development, after the round: type 0.697, source 0.913, clean 65/66
DEV_FLOORS = (0.64, 0.86, 0.9)
#: blind, after the round: type 0.629, source 0.887, clean 29/31
BLIND_FLOORS = (0.58, 0.83, 0.85)


def development_rows() -> list[dict[str, Any]]:
    return typed_rows(DEVELOPMENT)


def blind_rows() -> list[dict[str, Any]]:
    return typed_rows(BLIND)


def test_development_sentences(event_nlp: Language) -> None:
    check_figures("breadth round, development", heldout_figures(event_nlp, development_rows()), DEV_FLOORS)


def test_blind_sentences(event_nlp: Language) -> None:
    check_figures("breadth round, blind", heldout_figures(event_nlp, blind_rows()), BLIND_FLOORS)


def test_files_are_well_formed() -> None:
    dev, blind = development_rows(), blind_rows()
    assert (len(dev), len(blind)) == (578, 287)
    texts = [r["text"] for r in dev + blind]
    assert len(texts) == len(set(texts)), "a sentence written twice"
    for rows in (dev, blind):
        assert {r["type"] for r in rows} - {None} == TYPES
    codes_dev = {r["cameo"] for r in dev if r["cameo"]}
    codes_blind = [r["cameo"] for r in blind if r["cameo"]]
    assert len(codes_blind) == len(set(codes_blind)) == len(codes_dev), "one blind sentence per code"
    for r in dev + blind:
        assert 15 <= len(r["text"].split()) <= 45, r["text"]
        assert r["trigger"] is None or r["trigger"] in r["text"], r["text"]
        assert (r["type"] is None) == (r["cameo"] is None), r["text"]
