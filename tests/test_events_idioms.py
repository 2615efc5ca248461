"""The event coder on 600 idiomatic wire sentences, written and coded blind: how much of the varied
wording of real copy the rules and lexicons reach.

``tests/data/events_idioms/set{1,2,3}.jsonl``: 600 sentences (fictional and real actors; every
sentence new) written by three helpers who never read the coder, from a brief that asked above all for
varied wording: idioms, phrasal verbs, light verbs with event nouns, rarer verbs, gerund and aspect
constructions, passives, events in subordinate clauses ("rained mortar rounds on", "showed the envoy
the door", "threw its weight behind", "went cap in hand to"); each sentence's type is the PLOVER 2021
type the CAMEO->PLOVER table gives for the CAMEO code the writer chose (set 1: AGREE ... CONCEDE,
set 2: RETREAT ... THREATEN, set 3: PROTEST ... ASSAULT), 76 report no event. Sanctions (CAMEO 163)
are read as SANCTION, as the project codes them (the 2021 table says COERCE). Same format as
``tests/data/events_cameo/*.jsonl`` plus the trigger word.

**Blind, not held out for ever:** the first-run figures below are the coder's first run on them
(commit 12e80ed's rules), before anything was changed because of them. **They are development data
since the broad-coverage lexicon round:** its misses were read (the sentences that get no event or
the wrong type), and some rules of that round were written after reading them ("set free", "gave
themselves up", a journey "for talks with X", harm vowed against someone, "would pay a heavy
price", "remnants of" a force, named military units moved). The lexicon entries of that round were
drafted by helpers who never saw the set. Its misses were read again in the construction round, and
a few rules of that round come from them ("warned on Wednesday of a blockade", hunger strikes, money
parked at a central bank, "kitted out X with drones"). Figures now are development figures: type
0.527 (276 of 524), source 0.908, no-event clean 74/76 after the CAMEO breadth round, which was not
written from them (first run 0.359, 0.891, 74/76; after the broad-coverage round 0.473, 0.901, 74/76;
after the construction round 0.523, 0.907, 74/76). For a blind figure, see ``test_events_mixed.py``, whose
sentences are still never read.

Figures (overall and per type): ``pytest tests/test_events_idioms.py -s``. The floors are 0.05
below the current figures, rounded down: a regression guard, not a target.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from spacy.language import Language

from test_events_heldout import TYPES, check_figures, heldout_figures, typed_rows

DATA = Path(__file__).resolve().parent / "data" / "events_idioms"
#: first run (rules of 12e80ed): type 0.359 (188/524), source 0.891 (164/184), no-event clean 74/76;
#: after the broad-coverage round (development data since): type 0.473 (248/524), source 0.901, clean 74/76;
#: after the construction round: type 0.523 (274/524), source 0.907, clean 74/76;
#: after the breadth round: type 0.527 (276/524), source 0.908, clean 74/76
TYPE_FLOOR = 0.47
SOURCE_FLOOR = 0.85
NULL_CLEAN_FLOOR = 0.92


def idiom_rows() -> list[dict[str, Any]]:
    return typed_rows(DATA)


def test_idiom_sentences(event_nlp: Language) -> None:
    result = heldout_figures(event_nlp, idiom_rows())
    check_figures("idiomatic wire sentences", result, (TYPE_FLOOR, SOURCE_FLOOR, NULL_CLEAN_FLOOR))


def test_idiom_files_are_well_formed() -> None:
    rows = idiom_rows()
    assert len(rows) == 600
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "a sentence written twice"
    assert {r["type"] for r in rows} - {None} == TYPES
    for r in rows:
        assert 15 <= len(r["text"].split()) <= 45, r["text"]
        for role in ("source", "target", "trigger"):
            assert r[role] is None or r[role] in r["text"], (role, r["text"])
        assert (r["type"] is None) == (r["cameo"] is None), r["text"]
