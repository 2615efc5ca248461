"""The event coder on real Reuters wire copy coded by hand, blind to the coder
(:mod:`newsprobe.evaluate.wire_events`; text from ../shared, codes shipped with newsprobe).

``dev`` and ``dev2`` (each document's first six sentences, and its later ones) were used to fix the
coder; ``held`` and ``held2`` were coded at the same time by someone else and are never read: their
tests print figures only. The floors sit below the figures
measured at the end of the work that followed the first run: a regression guard, not a target.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from newsprobe.errors import DatasetError
from newsprobe.evaluate.wire_events import detokenize, evaluate, gold_path, read_documents

CONLL = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "conll2003" / "eng.testa"
needs_conll = pytest.mark.skipif(not CONLL.exists(), reason="needs ../shared/datasets/conll2003")

#: with the scorer as it stands (word forms and entity aliases match), first run (coder at fdd5027, before
#: any change made from these sentences) -> after this round's fixes (made from dev only):
#: dev  precision 0.788 -> 1.000, recall 0.545 -> 0.821, main type 0.560 -> 0.802, no-event clean 125 -> 132/132
#: held precision 0.646 -> 0.662, recall 0.440 -> 0.440, main type 0.490 -> 0.480, no-event clean 110 -> 111/122
#: (the dev gains did not carry over: the held figures are the ones to quote). Floors: (precision,
#: recall, main-event type) per split, about 0.05 below the latter, a regression guard
#: dev2/held2 (the documents' later sentences, coded later the same way), first run -> after the
#: precision round made from dev2, the PTC output and the BASIL dev set:
#: dev2  precision 0.789 -> 0.941, recall 0.600 -> 0.640, main type 0.622 -> 0.667
#: held2 precision 0.661 -> 0.667, recall 0.562 -> 0.575, main type 0.542 -> 0.542 (held: 0.662 -> 0.697,
#: 0.440 -> 0.457, 0.480 -> 0.480)
FLOORS = {
    "dev": (0.95, 0.77, 0.75),
    "held": (0.64, 0.40, 0.43),
    "dev2": (0.88, 0.58, 0.60),
    "held2": (0.60, 0.52, 0.49),
}


def test_detokenize_rebuilds_running_text() -> None:
    tokens = 'Police said the " ordinary people " paid $ 7 ( two ) , Yeltsin \'s aide did n\'t .'.split()
    assert detokenize(tokens) == "Police said the \"ordinary people\" paid $7 (two), Yeltsin's aide didn't."


def test_gold_files_hold_no_sentence_text() -> None:
    for split in ("dev", "held", "dev2", "held2"):
        for line in gold_path(split).read_text(encoding="utf-8").splitlines():
            assert len(line) < 1200, f"{split}: a gold row is too long to be codes only"
            assert '"text"' not in line


@needs_conll
@pytest.mark.parametrize("split", ["held", "held2"])
def test_held_splits_are_never_listed(split: str) -> None:
    with pytest.raises(DatasetError):
        evaluate(CONLL, split, misses=True)


@needs_conll
def test_documents_split_as_in_the_file() -> None:
    docs = read_documents(CONLL)
    assert len(docs) == 216
    assert sum(len(d) for d in docs) == 3250


@needs_conll
@pytest.mark.parametrize("split", ["dev", "held", "dev2", "held2"])
def test_wire_sentences(event_nlp: Language, split: str) -> None:
    result = evaluate(CONLL, split, nlp=event_nlp)
    print(
        f"\nwire {split}: {result['sentences']} sentences, {result['gold_events']} events: precision "
        f"{result['precision']:.3f} recall {result['recall']:.3f} source {result['source']:.3f} "
        f"main type {result['main_type']:.3f} with source {result['main_type_source']:.3f} "
        f"no-event clean {result['null_clean']}"
    )
    precision, recall, main = FLOORS[split]
    assert result["precision"] >= precision
    assert result["recall"] >= recall
    assert result["main_type"] >= main
