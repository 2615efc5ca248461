"""CI gate: quotes scored against PolNeAR on a fixed subset of the dev split.

The subset is the first 30 dev articles in sorted file order (one annotator file per article, the
first by name), scored by :func:`newsprobe.evaluate.polnear.evaluate_polnear`. The rules were
developed on the train split only. Floors sit a few points under the figures measured on this subset
(see the constants); they are only ever lowered on purpose, with the reason in the commit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
POLNEAR = SHARED / "datasets" / "polnear"
GATE_ARTICLES = 30

# Measured on this subset (2026-11-28): newsprobe F1@0.3 = 0.682, F1@0.8 = 0.514, speaker accuracy
# = 0.818; textacy F1@0.3 = 0.201. Floors sit a few points under; they are only lowered on purpose.
F1_AT_03_FLOOR = 0.64
F1_AT_08_FLOOR = 0.47
SPEAKER_ACCURACY_FLOOR = 0.79

pytestmark = [
    pytest.mark.shared,
    pytest.mark.slow,
    pytest.mark.skipif(not (POLNEAR / "data" / "dev").is_dir(), reason="PolNeAR dataset not in ../shared"),
]


def test_polnear_gate_floors() -> None:
    from newsprobe.evaluate.polnear import evaluate_polnear

    result = evaluate_polnear(POLNEAR, split="dev", limit=GATE_ARTICLES)
    assert result["articles"] == GATE_ARTICLES
    ours, theirs = result["newsprobe"], result["textacy"]
    assert ours["@0.3"]["f1"] >= F1_AT_03_FLOOR, result
    assert ours["@0.8"]["f1"] >= F1_AT_08_FLOOR, result
    assert ours["speaker_accuracy"] >= SPEAKER_ACCURACY_FLOOR, result
    assert theirs["@0.3"]["f1"] < ours["@0.3"]["f1"], result
