"""Score quotes, speakers, figures and dates against the hand-annotated real-news audit set (issue 9).

The gold files (``tests/data/audit/*.json``) hold offsets, labels and values for real news pages from
trafilatura's public test cache, never the pages: each file names its ``page`` (a path inside
trafilatura's repository) and the SHA-256 of the text newsprobe's HTML reader extracts from it. The
evaluator reads the page from ``pages`` (a directory holding the pages at their ``page`` paths, or a
git directory of trafilatura's repository, read with ``git show HEAD:<page>``), extracts the text
again, refuses a text whose hash differs (``NP404``), runs ``newsprobe.analyze`` with the gold
publication date, and scores:

* **Quotes.** Predicted quotes of kind ``direct``, ``partial`` or ``reported`` (other kinds, e.g.
  ``stance``, are counted apart and never scored) are matched one-to-one to gold quotes, greedily
  from the highest overlap ratio ``|p ∩ g| / max(|p|, |g|)`` (characters) at or above 0.5 (also
  reported at 0.3). Precision, recall and F1 from :func:`newsprobe.evaluate.metrics.prf`. Beside
  them, ``nested`` counts predicted contents lying wholly inside another predicted content (a partial
  quote inside the reported clause that carries it), and ``univocal@0.5`` scores without those, as
  the PolNeAR scorer does.
* **Speakers**, over quote pairs matched at 0.5: right when the predicted speaker mention, or any
  mention of its entity, overlaps one of the gold speaker spans; a missing prediction is wrong. A gold
  quote with no named speaker and no speaker span is right only when no speaker is predicted.
  Precision: right among the matched pairs that have a predicted speaker.
* **Figures** (all predicted quantities) and **dates**: one-to-one span match, any overlap, highest
  ratio first. Over matched figures: value (within 1% relative; a gold range or vague amount with a
  null value needs a null value and the same low/high), unit (after normalising plurals and symbols),
  counted (both null, or overlapping spans), source (both null = the outlet's voice, or a mention of
  the predicted source's entity overlaps a gold source span; with no entity, its name equals a gold
  source span's text). Over matched dates: the same day, or the same range.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.metrics import match_spans, overlap, prf
from newsprobe.model import Analysis, Article, Quantity, Quote

#: quote kinds that are statements; any other kind (``stance``) is left out of the scores
SCORED_KINDS = ("direct", "partial", "reported")
QUOTE_THRESHOLDS = (0.5, 0.3)
VALUE_TOLERANCE = 0.01

Span = tuple[int, int]

_UNIT_ALIASES = {
    "%": "percent", "per cent": "percent", "pct": "percent",
    "years": "year", "yr": "year", "months": "month", "weeks": "week", "days": "day",
    "hours": "hour", "minutes": "minute", "seconds": "second",
    "metric tons": "t", "metric ton": "t", "tonnes": "t", "tonne": "t", "tons": "t",
    "feet": "ft", "foot": "ft", "inches": "in", "inch": "in",
    "kilometres": "km", "kilometers": "km", "kilometre": "km", "kilometer": "km",
    "$": "USD", "usd": "USD", "eur": "EUR", "€": "EUR", "gbp": "GBP", "£": "GBP",
    "fold": "times", "x": "times",
}


@dataclass(frozen=True)
class GoldQuote:
    span: Span
    kind: str
    speaker: tuple[Span, ...]
    speaker_name: str | None


@dataclass(frozen=True)
class GoldFigure:
    span: Span
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    counted: Span | None
    source: tuple[Span, ...] | None


@dataclass(frozen=True)
class GoldDate:
    span: Span
    text: str
    value: str | None
    range: tuple[str, str] | None


@dataclass(frozen=True)
class AuditArticle:
    """One annotated article: where its page is, the hash of its text, and its gold records."""

    name: str
    page: str
    outlet: str
    country: str
    published: str
    text_sha256: str
    text_length: int
    quotes: tuple[GoldQuote, ...]
    figures: tuple[GoldFigure, ...]
    dates: tuple[GoldDate, ...]


@dataclass
class Score:
    """Counts for one article or the whole set, and the errors behind them."""

    quotes_gold: int = 0
    quotes_predicted: int = 0
    quotes_matched: dict[float, int] = field(default_factory=lambda: dict.fromkeys(QUOTE_THRESHOLDS, 0))
    quotes_excluded: Counter[str] = field(default_factory=Counter)
    quotes_nested: int = 0
    quotes_matched_univocal: int = 0
    speaker_pairs: int = 0
    speaker_right: int = 0
    speaker_predicted: int = 0
    speaker_predicted_right: int = 0
    figures_gold: int = 0
    figures_predicted: int = 0
    figures_matched: int = 0
    figure_checks: Counter[str] = field(default_factory=Counter)
    dates_gold: int = 0
    dates_predicted: int = 0
    dates_matched: int = 0
    dates_right: int = 0
    errors: list[dict[str, Any]] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for f in fields(self):
            if isinstance(getattr(self, f.name), int):
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))
        for t in QUOTE_THRESHOLDS:
            self.quotes_matched[t] += other.quotes_matched[t]
        self.quotes_excluded.update(other.quotes_excluded)
        self.figure_checks.update(other.figure_checks)
        self.errors.extend(other.errors)

    def figures(self) -> dict[str, Any]:
        """Precision, recall and F1 of the figures, and accuracies over the matched figures."""
        out: dict[str, Any] = {
            "gold": self.figures_gold, "predicted": self.figures_predicted, "matched": self.figures_matched,
            **prf(self.figures_matched, self.figures_predicted, self.figures_gold),
        }
        for check in ("value", "unit", "counted", "source"):
            out[f"{check}_accuracy"] = _ratio(self.figure_checks[check], self.figures_matched)
        return out

    def summary(self) -> dict[str, Any]:
        quotes: dict[str, Any] = {
            "gold": self.quotes_gold, "predicted": self.quotes_predicted,
            "excluded_kinds": dict(sorted(self.quotes_excluded.items())),
        }
        for t in QUOTE_THRESHOLDS:
            quotes[f"@{t}"] = {"matched": self.quotes_matched[t],
                               **prf(self.quotes_matched[t], self.quotes_predicted, self.quotes_gold)}
        quotes["nested"] = self.quotes_nested
        quotes["univocal@0.5"] = {
            "matched": self.quotes_matched_univocal,
            **prf(self.quotes_matched_univocal, self.quotes_predicted - self.quotes_nested, self.quotes_gold),
        }
        return {
            "quotes": quotes,
            "speakers": {
                "pairs": self.speaker_pairs, "right": self.speaker_right,
                "accuracy": _ratio(self.speaker_right, self.speaker_pairs),
                "predicted": self.speaker_predicted,
                "precision": _ratio(self.speaker_predicted_right, self.speaker_predicted),
            },
            "figures": self.figures(),
            "dates": {
                "gold": self.dates_gold, "predicted": self.dates_predicted, "matched": self.dates_matched,
                **prf(self.dates_matched, self.dates_predicted, self.dates_gold),
                "accuracy": _ratio(self.dates_right, self.dates_matched),
            },
        }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


# ---------------------------------------------------------------------------------------------- gold


def _span(value: Any, where: str) -> Span:
    if (not isinstance(value, list | tuple) or len(value) != 2
            or not all(isinstance(v, int) for v in value) or not 0 <= value[0] < value[1]):
        raise DatasetError(Code.DATASET, f"{where}: expected a span [start, end], got {value!r}")
    return (value[0], value[1])


def _spans(value: Any, where: str) -> tuple[Span, ...]:
    if not isinstance(value, list):
        raise DatasetError(Code.DATASET, f"{where}: expected a list of spans, got {value!r}")
    return tuple(_span(v, where) for v in value)


def parse_article(record: dict[str, Any], name: str) -> AuditArticle:
    """One gold record (the parsed JSON of an annotation file); :class:`DatasetError` when malformed."""
    try:
        quotes = tuple(
            GoldQuote(_span((q["start"], q["end"]), f"{name} quote"), str(q["kind"]),
                      _spans(q["speaker"], f"{name} speaker"), q["speaker_name"])
            for q in record["quotes"]
        )
        figures = tuple(
            GoldFigure(
                _span((f["start"], f["end"]), f"{name} figure"), f["text"], f["value"], f["low"], f["high"],
                f["unit"], _span(f["counted"], f"{name} counted") if f["counted"] is not None else None,
                _spans(f["source"], f"{name} source") if f["source"] is not None else None,
            )
            for f in record["figures"]
        )
        dates = tuple(
            GoldDate(_span((d["start"], d["end"]), f"{name} date"), d["text"], d["value"],
                     (d["range"][0], d["range"][1]) if d["range"] is not None else None)
            for d in record["dates"]
        )
        return AuditArticle(
            name=name, page=record["page"], outlet=record["outlet"], country=record["country"],
            published=record["published"], text_sha256=record["text_sha256"],
            text_length=int(record["text_length"]), quotes=quotes, figures=figures, dates=dates,
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise DatasetError(Code.DATASET, f"{name}: malformed audit record ({type(exc).__name__}: {exc})") from None


def load_audit(data: str | Path) -> list[AuditArticle]:
    """Every ``*.json`` annotation file in ``data``, in name order."""
    base = Path(data)
    files = sorted(base.glob("*.json")) if base.is_dir() else []
    if not files:
        raise DatasetError(Code.DATASET, f"{base}: no audit annotation files (*.json) found")
    out = []
    for path in files:
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DatasetError(Code.DATASET, f"{path}: cannot read ({exc})") from None
        out.append(parse_article(record, path.stem))
    return out


# --------------------------------------------------------------------------------------------- pages


def _is_git_dir(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def read_page(pages: str | Path, page: str) -> bytes:
    """The raw page: ``pages/page`` in a directory, or ``git show HEAD:page`` in a git directory."""
    base = Path(pages)
    if (base / page).is_file():
        return (base / page).read_bytes()
    git_dir = base if _is_git_dir(base) else base / ".git" if _is_git_dir(base / ".git") else None
    if git_dir is None:
        raise DatasetError(Code.DATASET, f"{base / page}: page not found (give trafilatura's repository or its pages)")
    try:
        done = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"HEAD:{page}"],
                              capture_output=True, check=False, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise DatasetError(Code.DATASET, f"{git_dir}: cannot run git ({exc})") from None
    if done.returncode != 0:
        raise DatasetError(Code.DATASET, f"{git_dir}: {page} not in HEAD")
    return done.stdout


def page_article(data: bytes, gold: AuditArticle) -> Article:
    """The article newsprobe's HTML reader extracts, dated as annotated; ``NP404`` when its text differs."""
    from newsprobe.sources.files import article_from_bytes

    article = article_from_bytes(data, Path(gold.page).name, suffix=".html", published=gold.published)
    digest = hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    if digest != gold.text_sha256:
        raise DatasetError(
            Code.AUDIT_TEXT_MISMATCH,
            f"{gold.name}: extracted text differs from the annotated one (sha256 {digest[:12]}, "
            f"{len(article.text)} chars; annotated {gold.text_sha256[:12]}, {gold.text_length} chars)",
        )
    return article


# ------------------------------------------------------------------------------------------- scoring


def _hits(spans: Sequence[Span], targets: Sequence[Span]) -> bool:
    return any(overlap(s, t) > 0 for s in spans for t in targets)


def _entity_spans(analysis: Analysis, entity_id: str | None) -> list[Span]:
    if entity_id is None:
        return []
    return [(m.start, m.end) for e in analysis.entities if e.id == entity_id for m in e.mentions]


def speaker_right(quote: Quote, gold: GoldQuote, analysis: Analysis) -> bool:
    """Whether a matched quote's predicted speaker is the gold one (see the module docstring)."""
    if not gold.speaker:
        return quote.speaker is None and gold.speaker_name is None
    if quote.speaker is None:
        return False
    mention = (quote.speaker.mention.start, quote.speaker.mention.end)
    return _hits([mention, *_entity_spans(analysis, quote.speaker.entity_id)], gold.speaker)


def normalise_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    u = unit.strip()
    return _UNIT_ALIASES.get(u.lower(), _UNIT_ALIASES.get(u, u))


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= VALUE_TOLERANCE * max(abs(a), abs(b)) or a == b


def value_right(pred: Quantity, gold: GoldFigure) -> bool:
    if gold.value is not None:
        return _close(pred.value, gold.value)
    return pred.value is None and _close(pred.low, gold.low) and _close(pred.high, gold.high)


def source_right(pred: Quantity, gold: GoldFigure, analysis: Analysis, text: str) -> bool:
    if gold.source is None or pred.claim_source is None:
        return gold.source is None and pred.claim_source is None
    if pred.claim_source.entity_id is not None:
        return _hits(_entity_spans(analysis, pred.claim_source.entity_id), gold.source)
    name = pred.claim_source.name.casefold().strip()
    return bool(name) and any(text[s:e].casefold().strip() == name for s, e in gold.source)


def _interval(value: str | None, rng: Sequence[str] | None) -> tuple[str, str] | None:
    if value is not None:
        return (value, value)
    return (rng[0], rng[1]) if rng is not None else None


def _show(text: str, span: Span | None, limit: int = 90) -> str | None:
    if span is None:
        return None
    s = text[span[0]:span[1]].replace("\n", " ")
    return s if len(s) <= limit else s[: limit - 20] + " … " + s[-17:]


def score_article(gold: AuditArticle, analysis: Analysis) -> Score:
    """Score one analysis against its gold record (pure: no I/O)."""
    sc = Score()
    _score_quotes(sc, gold, analysis)
    _score_figures(sc, gold, analysis)
    _score_dates(sc, gold, analysis)
    return sc


def nested_spans(spans: Sequence[Span]) -> set[int]:
    """Indices of spans lying wholly inside another one (of two equal spans, the later one)."""
    out = set()
    for i, (s, e) in enumerate(spans):
        for k, (s2, e2) in enumerate(spans):
            if k != i and s2 <= s and e <= e2 and ((s2, e2) != (s, e) or k < i):
                out.add(i)
                break
    return out


def _note(sc: Score, article: AuditArticle, kind: str, /, **fields: Any) -> None:
    sc.errors.append({"article": article.name, "error": kind, **fields})


def _unmatched(pairs: Sequence[tuple[int, int]], n_pred: int, n_gold: int) -> tuple[list[int], list[int]]:
    mp, mg = {i for i, _ in pairs}, {j for _, j in pairs}
    return [i for i in range(n_pred) if i not in mp], [j for j in range(n_gold) if j not in mg]


def _score_quotes(sc: Score, gold: AuditArticle, analysis: Analysis) -> None:
    text = analysis.article.text
    scored = [q for q in analysis.quotes if q.kind in SCORED_KINDS]
    sc.quotes_excluded.update(q.kind for q in analysis.quotes if q.kind not in SCORED_KINDS)
    pspans = [(q.content.start, q.content.end) for q in scored]
    gspans = [g.span for g in gold.quotes]
    sc.quotes_gold, sc.quotes_predicted = len(gspans), len(pspans)
    for t in QUOTE_THRESHOLDS:
        sc.quotes_matched[t] = len(match_spans(pspans, gspans, t))
    pairs = match_spans(pspans, gspans, QUOTE_THRESHOLDS[0])
    nested = nested_spans(pspans)
    sc.quotes_nested = len(nested)
    kept = [i for i in range(len(pspans)) if i not in nested]
    sc.quotes_matched_univocal = len(match_spans([pspans[i] for i in kept], gspans, QUOTE_THRESHOLDS[0]))
    for i, j in pairs:
        quote, gq = scored[i], gold.quotes[j]
        right = speaker_right(quote, gq, analysis)
        sc.speaker_pairs += 1
        sc.speaker_right += right
        if quote.speaker is not None:
            sc.speaker_predicted += 1
            sc.speaker_predicted_right += right
        if not right:
            _note(sc, gold, "speaker", quote=_show(text, gq.span), gold=gq.speaker_name,
                  predicted=quote.speaker.name if quote.speaker else None)
    false, missed = _unmatched(pairs, len(scored), len(gold.quotes))
    for i in false:
        speaker = scored[i].speaker
        _note(sc, gold, "quote_false", kind=scored[i].kind, quote=_show(text, pspans[i]),
              speaker=speaker.name if speaker else None, nested=i in nested)
    for j in missed:
        gq = gold.quotes[j]
        _note(sc, gold, "quote_missed", kind=gq.kind, quote=_show(text, gq.span), speaker=gq.speaker_name)


def _score_figures(sc: Score, gold: AuditArticle, analysis: Analysis) -> None:
    text = analysis.article.text
    pred = list(analysis.quantities)
    sc.figures_gold, sc.figures_predicted = len(gold.figures), len(pred)
    pairs = match_spans([(f.start, f.end) for f in pred], [g.span for g in gold.figures], 0.0)
    sc.figures_matched = len(pairs)
    for i, j in pairs:
        p, gf = pred[i], gold.figures[j]
        counted = (p.counted.start, p.counted.end) if p.counted else None
        counted_ok = (counted is None and gf.counted is None) or (
            counted is not None and gf.counted is not None and overlap(counted, gf.counted) > 0
        )
        checks: dict[str, tuple[bool, Any, Any]] = {
            "value": (value_right(p, gf), [gf.value, gf.low, gf.high], [p.value, p.low, p.high]),
            "unit": (normalise_unit(p.unit) == normalise_unit(gf.unit), gf.unit, p.unit),
            "counted": (counted_ok, _show(text, gf.counted), _show(text, counted)),
            "source": (source_right(p, gf, analysis, text),
                       [text[s:e] for s, e in gf.source] if gf.source else None,
                       p.claim_source.name if p.claim_source else None),
        }
        for check, (ok, want, got) in checks.items():
            sc.figure_checks[check] += ok
            if not ok:
                _note(sc, gold, f"figure_{check}", figure=_show(text, gf.span), gold=want, predicted=got)
    false, missed = _unmatched(pairs, len(pred), len(gold.figures))
    for i in false:
        _note(sc, gold, "figure_false", figure=pred[i].text, value=pred[i].value, unit=pred[i].unit)
    for j in missed:
        gf = gold.figures[j]
        _note(sc, gold, "figure_missed", figure=gf.text, value=gf.value, unit=gf.unit)


def _score_dates(sc: Score, gold: AuditArticle, analysis: Analysis) -> None:
    pred = list(analysis.dates)
    sc.dates_gold, sc.dates_predicted = len(gold.dates), len(pred)
    pairs = match_spans([(d.start, d.end) for d in pred], [g.span for g in gold.dates], 0.0)
    sc.dates_matched = len(pairs)
    for i, j in pairs:
        d, gd = pred[i], gold.dates[j]
        if _interval(d.value, d.range) == _interval(gd.value, gd.range):
            sc.dates_right += 1
        else:
            _note(sc, gold, "date_value", date=d.text, gold=gd.value or gd.range, predicted=d.value or d.range)
    false, missed = _unmatched(pairs, len(pred), len(gold.dates))
    for i in false:
        _note(sc, gold, "date_false", date=pred[i].text, predicted=pred[i].value or pred[i].range)
    for j in missed:
        gd = gold.dates[j]
        _note(sc, gold, "date_missed", date=gd.text, gold=gd.value or gd.range)


# ------------------------------------------------------------------------------------------ the whole


def evaluate_audit(
    data: str | Path,
    pages: str | Path,
    *,
    analyze: Callable[..., Analysis] | None = None,
) -> dict[str, Any]:
    """Re-extract, analyse and score every annotated article; a plain dict of figures and errors.

    ``analyze`` defaults to :func:`newsprobe.analyze` (called with the gold ``published`` date).
    """
    if analyze is None:
        from newsprobe import analyze as default_analyze

        analyze = default_analyze
    articles = load_audit(data)
    total = Score()
    per_article = []
    for gold in articles:
        article = page_article(read_page(pages, gold.page), gold)
        sc = score_article(gold, analyze(article, published=gold.published))
        per_article.append({"name": gold.name, "outlet": gold.outlet, "country": gold.country, **sc.summary()})
        total.add(sc)
    return {
        "articles": len(articles),
        "outlets": len({a.outlet for a in articles}),
        "countries": len({a.country for a in articles}),
        "overall": total.summary(),
        "per_article": per_article,
        "errors": total.errors,
    }
