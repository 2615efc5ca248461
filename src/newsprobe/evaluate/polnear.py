"""Score quote/attribution extraction against PolNeAR (Newell et al. 2018), with textacy as baseline.

PolNeAR annotates attributions in brat standoff: ``Source``, ``Cue`` and ``Content`` text spans
(content spans may be discontinuous: ``start end;start end``) linked by an ``Attribution`` (or
``Attribution-no-source``) event line ``E<n>``. Some articles have several annotator files; we use
one per article, deterministically: the first ``.ann`` file by sorted name.

Metrics (both systems scored by the same code in the same run, on the same spaCy docs):

* **Content match.** A predicted content span ``p`` and a gold content ``g`` (the union of its
  fragments, as a set of character positions) overlap with ratio
  ``|p ∩ g| / max(|p|, |g|)``, counted over non-whitespace characters. Pairs at or above a threshold
  (0.3 and 0.8) are matched one-to-one, greedily from the highest ratio down (ties: text order).
  Precision = matched / predicted, recall = matched / gold, F1 their harmonic mean.
* **Speaker accuracy** (at threshold 0.3): among matched pairs whose gold attribution has a
  ``Source``, the share whose predicted speaker mention (the characters of the mention in the text,
  not the resolved entity) shares at least one non-whitespace character with the gold Source span.
  A prediction without a speaker counts as wrong.
* **Speaker entity accuracy** (reported beside it, not the headline figure): as above, but a
  prediction also counts when any mention of its resolved speaker entity overlaps the gold Source
  (the annotator marked another mention of the same speaker, e.g. an earlier "he").
* **Univocal predictions.** PolNeAR gives each token at most one attribution, so before scoring a
  predicted content lying wholly inside another predicted content (e.g. a partial quote inside the
  reported clause that carries it) is dropped in favour of the outer one.

The textacy baseline is ``textacy.extract.triples.direct_quotations`` (textacy 0.13), whose content
span includes the quote marks; its speaker mention is the span of its speaker tokens.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.metrics import f1 as f1_score

SPLITS = ("train", "dev")
#: the kinds that are speech or writing; ``stance`` (attitudes, beliefs, evidence) is scored with all kinds only
STATEMENT_KINDS = ("direct", "partial", "reported")
THRESHOLDS = (0.3, 0.8)

Span = tuple[int, int]


@dataclass(frozen=True)
class GoldAttribution:
    """One PolNeAR attribution: content fragments, and source/cue fragments when annotated."""

    content: tuple[Span, ...]
    source: tuple[Span, ...] = ()
    cue: tuple[Span, ...] = ()


@dataclass(frozen=True)
class PolnearArticle:
    name: str
    text: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True)
class Prediction:
    """A system's content span and the character span of its speaker mention (or None).

    ``parts`` are the content's fragments when one attribution is quoted in pieces around its frame
    (``“…,” she said. “…”``): like PolNeAR's discontinuous content, they are scored as one content.
    """

    content: Span
    speaker: Span | None = None
    speaker_entity: tuple[Span, ...] = ()
    parts: tuple[Span, ...] = ()
    kind: str | None = None


@dataclass
class _Counts:
    predicted: int = 0
    gold: int = 0
    matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(THRESHOLDS, 0))
    speaker_total: int = 0
    speaker_correct: int = 0
    entity_correct: int = 0
    speaker_missing: int = 0


# --- reading the corpus -------------------------------------------------------------------------


def _spans(field_text: str) -> tuple[Span, ...]:
    out = []
    for frag in field_text.split(";"):
        start, end = frag.split()
        out.append((int(start), int(end)))
    return tuple(out)


def parse_ann(ann: str) -> tuple[GoldAttribution, ...]:
    """Attributions from the text of one brat ``.ann`` file."""
    spans: dict[str, tuple[Span, ...]] = {}
    events: list[list[str]] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and line.startswith("T"):
            kind_and_spans = parts[1].split(" ", 1)
            if len(kind_and_spans) == 2:
                try:
                    spans[parts[0]] = _spans(kind_and_spans[1])
                except ValueError:
                    continue
        elif len(parts) >= 2 and line.startswith("E"):
            events.append(parts[1].split())
    out = []
    for args in events:
        if not args or not args[0].startswith("Attribution"):
            continue
        roles: dict[str, list[Span]] = {"Content": [], "Source": [], "Cue": []}
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")  # brat numbers repeated roles: Content2
            if role in roles and ref in spans:
                roles[role].extend(spans[ref])
        if roles["Content"]:
            out.append(
                GoldAttribution(
                    content=tuple(sorted(roles["Content"])),
                    source=tuple(sorted(roles["Source"])),
                    cue=tuple(sorted(roles["Cue"])),
                )
            )
    return tuple(out)


def _split_dir(root: Path, split: str) -> Path:
    if split not in SPLITS:
        raise DatasetError(Code.BAD_OPTION, f"unknown PolNeAR split {split!r}: use one of {', '.join(SPLITS)}")
    base = root / "data" / split if (root / "data").is_dir() else root / split
    if not (base / "text").is_dir() or not (base / "attributions").is_dir():
        raise DatasetError(Code.DATASET, f"PolNeAR {split} split not found under {root}")
    return base


def load_articles(root: str | Path, split: str = "dev", limit: int | None = None) -> list[PolnearArticle]:
    """The split's articles in sorted file order, each with one annotator's attributions."""
    base = _split_dir(Path(root), split)
    anns = sorted((base / "attributions").glob("*.ann"))
    out: list[PolnearArticle] = []
    for text_path in sorted((base / "text").glob("*.txt")):
        name = text_path.stem
        mine = [a for a in anns if a.stem.rsplit("_", 1)[0] == name]
        if not mine:
            continue
        text = text_path.read_text(encoding="utf-8")
        attributions = parse_ann(mine[0].read_text(encoding="utf-8"))
        out.append(PolnearArticle(name=name, text=text, attributions=attributions))
        if limit is not None and len(out) >= limit:
            break
    if not out:
        raise DatasetError(Code.DATASET, f"no annotated PolNeAR articles in {base}")
    return out


# --- scoring ------------------------------------------------------------------------------------


def _chars(text: str, spans: Iterable[Span]) -> frozenset[int]:
    return frozenset(i for s, e in spans for i in range(s, min(e, len(text))) if not text[i].isspace())


def univocal(predictions: Sequence[Prediction]) -> list[Prediction]:
    """Drop predictions whose content lies wholly inside another prediction's content."""
    out = []
    for i, p in enumerate(predictions):
        inside = any(
            j != i
            and q.content[0] <= p.content[0]
            and p.content[1] <= q.content[1]
            and (q.content != p.content or j < i)
            for j, q in enumerate(predictions)
        )
        if not inside:
            out.append(p)
    return out


def score_article(
    text: str, gold: Sequence[GoldAttribution], predictions: Sequence[Prediction], counts: _Counts
) -> list[tuple[int, int, float]]:
    """Add one article's figures to ``counts``; return the pairs matched at the lowest threshold."""
    preds = univocal(predictions)
    g_chars = [_chars(text, g.content) for g in gold]
    p_chars = [_chars(text, p.parts or [p.content]) for p in preds]
    counts.predicted += len(preds)
    counts.gold += len(gold)
    candidates = []
    for pi, pc in enumerate(p_chars):
        if not pc:
            continue
        for gi, gc in enumerate(g_chars):
            if not gc:
                continue
            inter = len(pc & gc)
            if inter:
                candidates.append((inter / max(len(pc), len(gc)), pi, gi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    low_pairs: list[tuple[int, int, float]] = []
    for threshold in THRESHOLDS:
        used_p: set[int] = set()
        used_g: set[int] = set()
        for ratio, pi, gi in candidates:
            if ratio < threshold:
                break
            if pi in used_p or gi in used_g:
                continue
            used_p.add(pi)
            used_g.add(gi)
            counts.matched[threshold] += 1
            if threshold == THRESHOLDS[0]:
                low_pairs.append((pi, gi, ratio))
    for pi, gi, _ in low_pairs:
        if not gold[gi].source:
            continue
        counts.speaker_total += 1
        speaker = preds[pi].speaker
        source = _chars(text, gold[gi].source)
        if speaker is None:
            counts.speaker_missing += 1
        if speaker is not None and _chars(text, [speaker]) & source:
            counts.speaker_correct += 1
            counts.entity_correct += 1
        elif speaker is not None and _chars(text, preds[pi].speaker_entity) & source:
            counts.entity_correct += 1
    return low_pairs


def _figures(counts: _Counts) -> dict[str, Any]:
    out: dict[str, Any] = {"predicted": counts.predicted, "gold": counts.gold}
    for t in THRESHOLDS:
        m = counts.matched[t]
        p = m / counts.predicted if counts.predicted else 0.0
        r = m / counts.gold if counts.gold else 0.0
        f = f1_score(p, r)
        out[f"@{t}"] = {"matched": m, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
    out["speaker_accuracy"] = round(counts.speaker_correct / counts.speaker_total, 4) if counts.speaker_total else 0.0
    out["speaker_entity_accuracy"] = (
        round(counts.entity_correct / counts.speaker_total, 4) if counts.speaker_total else 0.0
    )
    out["speaker_pairs"] = counts.speaker_total
    out["speaker_missing"] = counts.speaker_missing  # pairs where the system named no speaker
    return out


# --- the two systems ----------------------------------------------------------------------------


def newsprobe_predictions(doc: Doc, kinds: Iterable[str] | None = None) -> list[Prediction]:
    """newsprobe's quotes as predictions (only ``kinds`` when given). Direct quotes that share one cue
    (one attribution quoted in pieces around its frame) become one prediction with fragments, as
    PolNeAR annotates them."""
    mentions = {e.id: tuple((m.start, m.end) for m in e.mentions) for e in doc._.entities or []}
    wanted = set(kinds) if kinds is not None else None
    out: list[Prediction] = []
    by_cue: dict[tuple[int, int], int] = {}
    for q in doc._.quotes or []:
        if wanted is not None and q.kind not in wanted:
            continue
        sp = q.speaker
        speaker = (sp.mention.start, sp.mention.end) if sp is not None else None
        entity = mentions.get(sp.entity_id, ()) if sp is not None and sp.entity_id else ()
        span = (q.content.start, q.content.end)
        key = (q.cue.start, q.cue.end) if q.cue is not None and q.kind == "direct" else None
        if key is not None and key in by_cue:
            first = out[by_cue[key]]
            parts = (*(first.parts or (first.content,)), span)
            out[by_cue[key]] = Prediction(
                (first.content[0], span[1]), first.speaker, first.speaker_entity, parts, first.kind
            )
            continue
        if key is not None:
            by_cue[key] = len(out)
        out.append(Prediction(span, speaker, entity, (), q.kind))
    return out


def textacy_predictions(doc: Doc) -> list[Prediction]:
    from textacy.extract.triples import direct_quotations

    out: list[Prediction] = []
    try:
        triples = list(direct_quotations(doc))
    except (ValueError, IndexError, KeyError):  # textacy trips on some unbalanced quote layouts
        return out
    for t in triples:
        speaker = None
        if t.speaker:
            speaker = (min(tok.idx for tok in t.speaker), max(tok.idx + len(tok) for tok in t.speaker))
        out.append(Prediction((t.content.start_char, t.content.end_char), speaker))
    return out


def _docs(nlp: Any, articles: Sequence[PolnearArticle]) -> Iterator[Doc]:
    yield from nlp.pipe((a.text for a in articles), batch_size=8)


def _require_textacy() -> None:
    try:
        import textacy.extract.triples  # noqa: F401 - only checking that the baseline can run
    except ImportError:
        raise DatasetError(
            Code.MISSING_EXTRA,
            "the textacy baseline needs textacy: pip install 'textacy==0.13.0' (or the dev extra), "
            "or run without it: --no-baseline",
        ) from None


def evaluate_polnear(
    root: str | Path, split: str = "dev", limit: int | None = None, *, baseline: bool = True
) -> dict[str, Any]:
    """P/R/F1 at overlap 0.3 and 0.8 and speaker accuracy for newsprobe and (``baseline``) textacy.

    Without textacy installed, ``baseline=True`` raises a coded error (NP403) before any work.
    """
    from newsprobe import pipeline

    if baseline:
        _require_textacy()
    articles = load_articles(root, split, limit)
    nlp = pipeline.load(components=["newsprobe_entities", "newsprobe_quotes"])
    ours, statements, theirs = _Counts(), _Counts(), _Counts()
    started = time.perf_counter()
    for article, doc in zip(articles, _docs(nlp, articles), strict=True):
        score_article(article.text, article.attributions, newsprobe_predictions(doc), ours)
        score_article(article.text, article.attributions, newsprobe_predictions(doc, STATEMENT_KINDS), statements)
        if baseline:
            score_article(article.text, article.attributions, textacy_predictions(doc), theirs)
    result: dict[str, Any] = {
        "dataset": "PolNeAR",
        "split": split,
        "articles": len(articles),
        "gold_attributions": ours.gold,
        "seconds": round(time.perf_counter() - started, 1),
        "newsprobe": _figures(ours),
        "newsprobe_statements": _figures(statements),
    }
    if baseline:
        result["textacy"] = _figures(theirs)
    return result
