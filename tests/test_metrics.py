"""The one precision/recall/F1 definition every scorer uses."""

from newsprobe.evaluate.metrics import f1, prf


def test_f1_and_prf() -> None:
    assert f1(0.0, 0.0) == 0.0
    assert f1(0.5, 1.0) == 2 * 0.5 / 1.5
    assert prf(3, 4, 6) == {"precision": 0.75, "recall": 0.5, "f1": 0.6}
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0}
