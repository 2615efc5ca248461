"""Technique speed-ups change nothing: session options, the parse/encoder overlap in ``nlp.pipe``.

Every text here is written for these tests (fictional events), never taken from a dataset.
"""

from __future__ import annotations

import sys

import numpy as np
import pytest

from newsprobe.components.techniques import (
    MODEL_DIR,
    MODEL_FILES,
    Encoding,
    OnnxEncoder,
    TechniqueModel,
    chunk_text,
    handcrafted,
    line_spans,
    span_features,
    token_features,
)

HAVE_MODEL = all((MODEL_DIR / f).is_file() for f in MODEL_FILES)
pytestmark = pytest.mark.skipif(not HAVE_MODEL, reason="shipped technique model not built")

TEXTS = [
    "Mayor Quill Unveils Bridge Plan\n\nThe reckless, shameful scheme will bankrupt every family in Lowmere, "
    "critics said on Tuesday.\nMayor Quill insisted the bridge would be finished by spring.\n"
    "Never again! Never again! Never again will this town be ignored, she told a cheering crowd.\n",
    "Harbour Reopens\n\nThe harbour in Selt reopened after a storm, officials said.\n",
    "Senator Brask called the tariff a disgraceful betrayal of honest farmers.\n"
    "\"They want to destroy everything we built,\" Brask told reporters in Vennor on Friday.\n"
    + "The committee will vote next week on the amended bill.\n" * 30,
    "",
    "Strike Ends\n\nDock workers in Amberley returned to work after a nine-day strike, the union said.\n"
    "Everyone knows the port owners never cared about safety, a spokesman claimed.\n",
]


def _plain_session_encoder(path: object) -> OnnxEncoder:
    """An encoder with onnxruntime's default session options (the path before the speed-ups)."""
    import onnxruntime as ort

    enc = OnnxEncoder.__new__(OnnxEncoder)
    opts = ort.SessionOptions()
    opts.log_severity_level = 3
    enc.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
    enc.inputs = {i.name for i in enc.session.get_inputs()}
    enc.outputs = [o.name for o in enc.session.get_outputs()]
    return enc


def test_session_options_keep_encoder_outputs() -> None:
    model = TechniqueModel(spinning=True)
    plain = TechniqueModel()
    for attr in ("encoder", "tagger"):
        tuned = getattr(plain, attr)
        if tuned is None:
            continue
        chunks = [c for t in TEXTS for c in chunk_text(plain.tokenizer, t)]
        ref = _plain_session_encoder(tuned.path).run(chunks)
        for other in (tuned, getattr(model, attr)):
            for a, b in zip(ref, other.run(chunks), strict=True):
                assert a.keys() == b.keys()
                for name in a:
                    np.testing.assert_allclose(a[name], b[name], atol=1e-5)


def _span_features_loop(text: str, spans: list[tuple[int, int]], enc: Encoding) -> np.ndarray:
    """The TC features as first written: boolean masks over every piece, one span at a time."""
    starts, ends = enc.offsets[:, 0], enc.offsets[:, 1]
    lines = line_spans(text)
    line_starts = np.array([s for s, _ in lines])
    rows = []
    for start, end in spans:
        in_span = (starts < end) & (ends > start)
        first = int(np.searchsorted(line_starts, start, side="right")) - 1
        last = int(np.searchsorted(line_starts, max(end - 1, start), side="right")) - 1
        ctx = (starts >= lines[first][0]) & (ends <= lines[last][1])
        means = [enc.hidden[m].mean(axis=0) if m.any() else np.zeros(enc.hidden.shape[1]) for m in (in_span, ctx)]
        rows.append(np.concatenate(means))
    return np.concatenate([np.array(rows, dtype=np.float32), handcrafted(text, spans)], axis=1)


def _line_columns_loop(text: str, offsets: np.ndarray, hidden: np.ndarray) -> tuple[np.ndarray, ...]:
    """Line mean, first-of-line and relative position per piece, as first written (a loop over lines)."""
    line_starts = np.array([s for s, _ in line_spans(text)])
    line_of = np.searchsorted(line_starts, offsets[:, 0], side="right") - 1
    line_mean, first, rel = np.zeros_like(hidden), np.zeros(len(hidden)), np.zeros(len(hidden))
    for line in np.unique(line_of):
        rows = np.flatnonzero(line_of == line)
        line_mean[rows] = hidden[rows].mean(axis=0)
        first[rows[0]] = 1.0
        rel[rows] = np.arange(len(rows)) / len(rows)
    return line_mean, first, rel


def test_vectorised_features_equal_the_loops() -> None:
    model = TechniqueModel()
    rng = np.random.default_rng(7)
    for text in TEXTS[:3] + [TEXTS[4]]:
        enc = model.encode(text)
        n = len(enc.offsets)
        picks = sorted({(int(enc.offsets[a, 0]), int(enc.offsets[min(a + k, n - 1), 1]))
                        for a, k in zip(rng.integers(0, n, 12), rng.integers(0, 9, 12), strict=True)})
        picks += [(0, len(text)), (picks[0][0], picks[0][0] + 1)]  # every piece; a cut word
        hidden = enc.hidden if enc.hidden.shape[0] == n else rng.normal(size=(n, 8)).astype(np.float32)
        enc = Encoding(enc.offsets, enc.prob, hidden)
        np.testing.assert_allclose(span_features(text, picks, enc), _span_features_loop(text, picks, enc),
                                   rtol=1e-5, atol=1e-6)
        shuffled = rng.permutation(n)  # pieces out of text order: the mask path
        mixed = Encoding(enc.offsets[shuffled], enc.prob[shuffled], hidden[shuffled])
        np.testing.assert_allclose(span_features(text, picks, mixed), _span_features_loop(text, picks, mixed),
                                   rtol=1e-5, atol=1e-6)
        d = hidden.shape[1]
        feats = token_features(text, enc.offsets, hidden)
        line_mean, first, rel = _line_columns_loop(text, enc.offsets, hidden)
        np.testing.assert_allclose(feats[:, 3 * d : 4 * d], line_mean, rtol=1e-5, atol=1e-6)
        np.testing.assert_allclose(feats[:, 4 * d], first)
        np.testing.assert_allclose(feats[:, 4 * d + 1], rel, rtol=1e-6)


def test_spinning_threads_find_the_same_techniques() -> None:
    spinning, quiet = TechniqueModel(spinning=True), TechniqueModel(spinning=False)
    for text in TEXTS:
        assert spinning.analyze(text) == quiet.analyze(text)


def test_pipe_overlap_gives_what_one_doc_at_a_time_gives() -> None:
    from newsprobe import pipeline

    nlp = pipeline.shared()
    component = nlp.get_pipe("newsprobe_techniques")
    one_by_one = [nlp(t)._.techniques for t in TEXTS]
    assert any(one_by_one), "the made-up texts should show some technique"
    for overlap in (True, False):
        component.overlap = overlap  # type: ignore[attr-defined]
        try:
            for batch_size in (1, 2, 16):
                assert [d._.techniques for d in nlp.pipe(TEXTS, batch_size=batch_size)] == one_by_one
        finally:
            component.overlap = True  # type: ignore[attr-defined]


def test_pipe_passes_on_errors_from_the_worker() -> None:
    from newsprobe import pipeline

    component = pipeline.shared().get_pipe("newsprobe_techniques")
    model = component.model  # type: ignore[attr-defined]

    class Broken:
        def analyze(self, *args: object) -> object:
            raise RuntimeError("encoder failed")

    component.model = Broken()  # type: ignore[attr-defined]
    try:
        with pytest.raises(RuntimeError, match="encoder failed"):
            list(pipeline.shared().pipe(TEXTS, batch_size=2))
    finally:
        component.model = model  # type: ignore[attr-defined]


def test_without_techniques_no_encoder_is_loaded() -> None:
    """Leaving techniques out of the components costs nothing: no onnxruntime, no model (fresh process)."""
    import subprocess

    code = (
        "import sys\n"
        "from newsprobe import pipeline\n"
        "nlp = pipeline.load(components=[c for c in pipeline.DEFAULT_COMPONENTS if c != 'newsprobe_techniques'])\n"
        "nlp('The council met in Selt on Tuesday.')\n"
        "print('onnxruntime' in sys.modules, 'newsprobe.components.techniques' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
