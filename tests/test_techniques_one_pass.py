"""Training the one-pass technique model: which tagger layer TC reads, and choices by cross-validation."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from newsprobe.components.techniques import (
    MODEL_DIR,
    MODEL_FILES,
    OnnxEncoder,
    chunk_text,
    load_tokenizer,
    mask_text,
)
from newsprobe.ptc import TECHNIQUES, PtcArticle

HAVE_MODEL = all((MODEL_DIR / f).is_file() for f in (*MODEL_FILES, "si.onnx"))
TEXT = "Officials in Norland called the plan a shameful betrayal.\nThe vote is on Monday, they said."


@pytest.mark.skipif(not HAVE_MODEL, reason="technique model not installed")
def test_hidden_output_can_read_an_intermediate_layer(tmp_path: Path) -> None:
    """Re-pointing ``hidden`` to layer 3 keeps ``prob`` bit-for-bit and gives that layer's output."""
    pytest.importorskip("onnx")
    from newsprobe.errors import NewsprobeError
    from newsprobe.train.si_tagger import add_hidden_output, add_layer_outputs

    add_hidden_output(MODEL_DIR / "si.onnx", tmp_path / "last.onnx")  # a no-op copy if it already has one
    add_hidden_output(tmp_path / "last.onnx", tmp_path / "mid.onnx", layer=3)
    add_layer_outputs(tmp_path / "last.onnx", tmp_path / "probe.onnx", (3, 6))
    chunks = chunk_text(load_tokenizer(MODEL_DIR / "tokenizer.json"), TEXT, max_tokens=16)
    base = OnnxEncoder(MODEL_DIR / "si.onnx").run(chunks)
    mid = OnnxEncoder(tmp_path / "mid.onnx").run(chunks)
    probe = OnnxEncoder(tmp_path / "probe.onnx").run(chunks)
    for b, m, p in zip(base, mid, probe, strict=True):
        assert np.array_equal(b["prob"], m["prob"]) and np.array_equal(b["prob"], p["prob"])
        assert np.allclose(m["hidden"], p["layer3"]) and m["hidden"].shape == (len(b["prob"]), 384)
        assert not np.allclose(p["layer3"], p["layer6"])
    with pytest.raises(NewsprobeError):
        add_hidden_output(tmp_path / "last.onnx", tmp_path / "bad.onnx", layer=9)


def test_choose_tc_picks_the_layer_and_c_by_cross_validation(tmp_path: Path) -> None:
    """Of two candidate feature sets, CV by article picks the one that carries the label, and reports mean ± sd."""
    pytest.importorskip("sklearn")
    from newsprobe.train.one_pass import TcRows, choose_tc
    from newsprobe.train.techniques import TrainConfig

    rng = np.random.default_rng(3)
    articles, ys, rows_of = [], [], []
    for i in range(20):
        tc = [(TECHNIQUES[(i + j) % 3], 10 * j, 10 * j + 5) for j in range(4)]
        art = PtcArticle(f"a{i}", "x" * 60, [], tc)
        articles.append(art)
        rows_of.append(np.arange(len(ys), len(ys) + len(tc)))
        ys.extend(TECHNIQUES.index(t) for t, _, _ in tc)
    y = np.array(ys)
    informative = np.eye(3)[y] * 3 + rng.normal(0, 0.5, (len(y), 3))
    noise = rng.normal(0, 1, (len(y), 3))
    originals = {a.id: (a, mask_text(a.text, [])) for a in articles}
    cfg = TrainConfig(ptc_dir=tmp_path, out_dir=tmp_path, tc_c=(0.1, 1.0), cv_folds=4)
    weights, layer, c, cv = choose_tc(articles, TcRows({2: noise, 3: informative}, y, rows_of), originals, cfg)
    assert layer == 3 and c in (0.1, 1.0)
    assert weights["coef"].shape == (len(TECHNIQUES), 3)
    assert cv["by_layer_C"]["layer 3, C 1.0"]["mean"] > 0.9 > cv["by_layer_C"]["layer 2, C 1.0"]["mean"]
    assert set(cv["by_layer_C"]["layer 2, C 0.1"]) == {"mean", "sd"}


def _recipe() -> object:
    from newsprobe.components.techniques import Decoding, ModelConfig

    return ModelConfig(labels=list(TECHNIQUES), si_decode=Decoding(0.25, 6), si_blend=1.0, tc_input="tagger",
                       confident_threshold=0.85, tc_temperature=0.9,
                       info={"tc_layer": 3, "tc_C": 0.003, "confident_cv": {"articles": 75},
                             "trained_on": {"folds": 5, "held_out_fold": 0, "train_articles": 296},
                             "held_out_before_refit": {"articles": 75, "si": {"f1": 0.43}, "note": "before refit"}})


def test_all_articles_config_keeps_the_recipe_and_labels_its_held_out_figures(tmp_path: Path) -> None:
    """Trained on every article: decoding, threshold and temperature carried over, no held-out fold claimed."""
    from newsprobe.components.techniques import ModelConfig
    from newsprobe.train.one_pass import recipe_info
    from newsprobe.train.techniques import TrainConfig

    recipe = _recipe()
    assert isinstance(recipe, ModelConfig)
    info = recipe_info(recipe, 371, TrainConfig(ptc_dir=tmp_path, out_dir=tmp_path), {"total": 1.0})
    config = ModelConfig(labels=recipe.labels, si_decode=recipe.si_decode, si_blend=1.0, tc_input="tagger",
                         confident_threshold=recipe.confident_threshold, tc_temperature=recipe.tc_temperature,
                         info=info)
    config.write(tmp_path / "config.json")
    back = ModelConfig.read(tmp_path / "config.json")
    assert back.confident_threshold == 0.85 and back.tc_temperature == 0.9 and back.si_decode.merge_gap == 6
    trained = back.info["trained_on"]
    assert trained["train_articles"] == 371 and trained["held_out_fold"] is None
    assert "held_out" not in back.info and "held_out_before_refit" not in back.info
    assert back.info["recipe_held_out"]["si"]["f1"] == 0.43 and "RECIPE" in back.info["recipe_held_out"]["note"]
    assert "NOT re-chosen" in back.to_json()["confident"]["carried_over"]


def test_an_all_articles_model_is_neither_calibrated_nor_scored_as_held_out(tmp_path: Path) -> None:
    """Calibration refuses (coded error) and evaluation does not take it for a held-out model."""
    from newsprobe.components.techniques import ModelConfig
    from newsprobe.errors import NewsprobeError
    from newsprobe.evaluate.ptc import held_out_fold
    from newsprobe.train.calibrate import calibrate_model
    from newsprobe.train.one_pass import recipe_info
    from newsprobe.train.techniques import TrainConfig

    recipe = _recipe()
    assert isinstance(recipe, ModelConfig)
    recipe.info = recipe_info(recipe, 371, TrainConfig(ptc_dir=tmp_path, out_dir=tmp_path), {})
    recipe.write(tmp_path / "config.json")
    assert not held_out_fold(tmp_path, 5, 0, 296)
    with pytest.raises(NewsprobeError, match="trained on every article"):
        calibrate_model(tmp_path, tmp_path)


def test_all_needs_one_pass_training(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsprobe.cli import _register_all, app
    from newsprobe.errors import NewsprobeError

    _register_all()
    res = CliRunner().invoke(app, ["train", "techniques", "--ptc", str(tmp_path), "--out", str(tmp_path / "m"),
                                   "--all"])
    assert isinstance(res.exception, NewsprobeError) and "--all is for --one-pass" in str(res.exception)
