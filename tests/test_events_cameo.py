"""The event coder on sentences written for each CAMEO code: a development set of our own.

Each ``tests/data/events_cameo/*.jsonl`` file holds one JSON object per line, written from the CAMEO
code descriptions of the CAMEO->PLOVER 2021 table and coded by hand *before* the coder was run on it
(fictional events; real country names only where a country is the actor):

``{"cameo": "1011", "text": "...", "type": "REQUEST", "source": "Freedonia", "target": "rebels"}``

* ``type``: the PLOVER 2021 type of the sentence's main event (the one nearest the root of the parse,
  as :func:`newsprobe.evaluate.plover.main_event` picks it), or ``null`` when the sentence reports no
  event at all (denied, hoped, hypothetical: then no event may be found in it).
* ``source`` / ``target``: a word of the actor's name ("rebels", "Freedonia"), or ``null`` (no actor;
  not scored).

Figures per file and overall: ``pytest tests/test_events_cameo.py -s``. The floors sit below the
measured figures so that a regression fails; they are not targets.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from newsprobe import pipeline
from newsprobe.evaluate.plover import actor_matches, main_event

DATA = Path(__file__).resolve().parent / "data" / "events_cameo"
FILES = sorted(DATA.glob("*.jsonl"))
#: the least share of typed sentences whose main event has the written type, and of those whose
#: source (where written) is right; every no-event sentence must give no event
TYPE_FLOOR = 0.85
SOURCE_FLOOR = 0.80


def load(path: Path) -> list[dict[str, Any]]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            row = json.loads(line)
            assert {"cameo", "text", "type"} <= row.keys(), f"{path.name}:{n}"
            rows.append(row)
    return rows


@pytest.fixture(scope="module")
def nlp() -> Language:
    return pipeline.load(["newsprobe_entities", "newsprobe_quotes", "newsprobe_dates", "newsprobe_events"])


def score(nlp: Language, rows: list[dict[str, Any]]) -> dict[str, Any]:
    typed = right = with_source = right_source = null = null_clean = 0
    misses = []
    for row in rows:
        doc = nlp(pipeline._doc_for(nlp, pipeline.make_article(row["text"], published="2025-03-12")))
        events = list(doc._.events or [])
        if row["type"] is None:
            null += 1
            null_clean += not events
            if events:
                misses.append((row["cameo"], None, [e.type for e in events], row["text"]))
            continue
        typed += 1
        event = main_event(doc, events)
        if event is None or event.type != row["type"]:
            misses.append((row["cameo"], row["type"], [e.type for e in events], row["text"]))
            continue
        right += 1
        if row.get("source"):
            with_source += 1
            ok = actor_matches(event.source, [{"actorText": row["source"]}])
            right_source += ok
            if not ok:
                found = event.source.name if event.source else None
                misses.append((row["cameo"], "source " + row["source"], [found], row["text"]))
    return {
        "typed": typed, "type": right / typed if typed else 1.0,
        "source": right_source / with_source if with_source else 1.0,
        "null": null, "null_clean": null_clean, "misses": misses,
    }


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_cameo_sentences(nlp: Language, path: Path) -> None:
    result = score(nlp, load(path))
    print(f"\n{path.stem}: {result['typed']} typed, type {result['type']:.3f}, source {result['source']:.3f}; "
          f"no-event {result['null_clean']}/{result['null']}")
    for miss in result["misses"]:
        print("  miss", miss)
    assert result["type"] >= TYPE_FLOOR
    assert result["source"] >= SOURCE_FLOOR
    assert result["null_clean"] == result["null"]


def test_files_are_well_formed() -> None:
    assert FILES, "no CAMEO sentence files"
    for path in FILES:
        rows = load(path)
        texts = [r["text"] for r in rows]
        assert len(texts) == len(set(texts)), f"{path.name}: a sentence written twice"
