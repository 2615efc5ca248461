"""The real-news audit: the scorer on tiny hand-made records, the gold files, and a whole run when
trafilatura's pages are reachable (issue 9)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsprobe.errors import Code, DatasetError
from newsprobe.evaluate.audit import load_audit, page_article, parse_article, read_page, score_article
from newsprobe.evaluate.metrics import match_spans, overlap_ratio
from newsprobe.model import (
    Analysis,
    Article,
    ClaimSource,
    DateExpr,
    Entity,
    Mention,
    Quantity,
    Quote,
    SpeakerRef,
)

ROOT = Path(__file__).resolve().parents[1]
AUDIT = ROOT / "tests" / "data" / "audit"
TRAFILATURA = Path(os.environ.get("NEWSPROBE_TRAFILATURA", "/work/.mirror/adbar+trafilatura/repo"))

# A fictional article, written for these tests.
TEXT = (
    "Mayor Ilse Varga said on Monday that the ferry to Orrin would run again. "
    "\u201cWe owe the islanders a reliable link,\u201d she said. "
    "The council welcomed the decision. "
    "Repairs cost $2.5 million, about 40 percent of the harbour budget, according to Varga."
)


def at(snippet: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(snippet, start + 1)
    return start, start + len(snippet)


def mention(snippet: str, nth: int = 0) -> Mention:
    s, e = at(snippet, nth)
    return Mention(start=s, end=e, text=TEXT[s:e])


def gold_record(**changes: Any) -> dict[str, Any]:
    varga = [list(at("Mayor Ilse Varga")), list(at("she")), list(at("Varga", 1))]
    record: dict[str, Any] = {
        "page": "tests/cache/fictional.html", "outlet": "Test Herald", "country": "GB", "published": "2024-03-06",
        "text_sha256": hashlib.sha256(TEXT.encode()).hexdigest(), "text_length": len(TEXT),
        "quotes": [
            {"start": at("the ferry")[0], "end": at("run again")[1], "kind": "reported",
             "speaker": varga, "speaker_name": "Ilse Varga"},
            {"start": at("\u201cWe owe")[0], "end": at("link,\u201d")[1], "kind": "direct",
             "speaker": varga, "speaker_name": "Ilse Varga"},
            {"start": at("Repairs")[0], "end": at("harbour budget")[1], "kind": "reported",
             "speaker": varga, "speaker_name": "Ilse Varga"},
        ],
        "figures": [
            {"start": at("$2.5 million")[0], "end": at("$2.5 million")[1], "text": "$2.5 million",
             "value": 2500000, "low": None, "high": None, "unit": "USD", "counted": list(at("Repairs")),
             "source": varga},
            {"start": at("40 percent")[0], "end": at("40 percent")[1], "text": "40 percent", "value": 40,
             "low": None, "high": None, "unit": "percent", "counted": list(at("harbour budget")),
             "source": varga},
        ],
        "dates": [{"start": at("on Monday")[0], "end": at("on Monday")[1], "text": "on Monday",
                   "value": "2024-03-04", "range": None}],
    }
    record.update(changes)
    return record


def analysis(quotes: list[Quote], quantities: list[Quantity] | None = None,
             dates: list[DateExpr] | None = None) -> Analysis:
    varga = Entity(id="E1", name="Ilse Varga", label="PERSON",
                   mentions=[mention("Mayor Ilse Varga"), mention("Varga", 1)])
    council = Entity(id="E2", name="The council", label="ORG", mentions=[mention("The council")])
    return Analysis(
        article=Article(id="t", text=TEXT, published="2024-03-06"),
        entities=[varga, council], quotes=quotes, quantities=quantities or [], dates=dates or [],
    )


def quote(snippet_from: str, snippet_to: str, kind: str = "reported", speaker: str | None = None,
          entity: str | None = None, nth: int = 0) -> Quote:
    s, e = at(snippet_from)[0], at(snippet_to)[1]
    ref = None
    if speaker is not None:
        ref = SpeakerRef(entity_id=entity, name=speaker, mention=mention(speaker, nth))
    return Quote.model_construct(kind=kind, content=Mention(start=s, end=e, text=TEXT[s:e]), cue=None, speaker=ref)


def test_overlap_ratio_and_one_to_one_matching() -> None:
    assert overlap_ratio((0, 10), (5, 10)) == 0.5
    assert overlap_ratio((0, 10), (10, 20)) == 0.0
    # one prediction covering two gold spans matches only the better one
    assert match_spans([(0, 20)], [(0, 4), (5, 19)], 0.0) == [(0, 1)]
    assert match_spans([(0, 10), (0, 9)], [(0, 10)], 0.5) == [(0, 0)]
    assert match_spans([(0, 4)], [(0, 10)], 0.5) == []
    assert match_spans([(0, 4)], [(0, 10)], 0.3) == [(0, 0)]


def test_quotes_speakers_and_kinds() -> None:
    gold = parse_article(gold_record(), "fictional")
    predicted = [
        # right span, speaker through another mention of the same entity
        quote("the ferry", "run again", speaker="Varga", entity="E1", nth=1),
        # right span, speaker resolved to nobody: wrong speaker
        quote("\u201cWe owe", "link,\u201d", kind="direct"),
        # only the first few words of the third quote: matched at 0.3, not at 0.5
        quote("Repairs", "about", speaker="Varga", entity="E1", nth=1),
        # an action verb's object is not a statement: a false quote with the wrong speaker
        quote("the decision", "the decision", speaker="The council", entity="E2"),
        # a stance is left out of the scores
        quote("the decision", "the decision", kind="stance"),
    ]
    s = score_article(gold, analysis(predicted)).summary()
    q = s["quotes"]
    assert (q["gold"], q["predicted"], q["excluded_kinds"]) == (3, 4, {"stance": 1})
    assert q["@0.5"]["matched"] == 2 and q["@0.3"]["matched"] == 3
    assert q["@0.5"]["precision"] == 0.5 and q["@0.5"]["recall"] == round(2 / 3, 4)
    assert s["speakers"] == {"pairs": 2, "right": 1, "accuracy": 0.5, "predicted": 1, "precision": 1.0}
    assert q["nested"] == 0 and q["univocal@0.5"]["precision"] == 0.5


def test_a_quote_nested_in_another_is_also_scored_without_it() -> None:
    gold = parse_article(gold_record(), "fictional")
    outer = quote("the ferry", "run again", speaker="Varga", entity="E1", nth=1)
    inner = quote("the ferry", "Orrin", kind="partial", speaker="Varga", entity="E1", nth=1)
    q = score_article(gold, analysis([outer, inner])).summary()["quotes"]
    assert q["nested"] == 1
    assert q["@0.5"]["precision"] == 0.5 and q["univocal@0.5"]["precision"] == 1.0
    assert q["univocal@0.5"]["recall"] == q["@0.5"]["recall"] == round(1 / 3, 4)


def test_unnamed_speaker_is_right_only_when_none_is_predicted() -> None:
    record = gold_record()
    record["quotes"][0].update(speaker=[], speaker_name=None)
    gold = parse_article(record, "fictional")
    none = score_article(gold, analysis([quote("the ferry", "run again")])).summary()["speakers"]
    some = score_article(gold, analysis([quote("the ferry", "run again", speaker="Varga", entity="E1", nth=1)]))
    assert none["accuracy"] == 1.0
    assert some.summary()["speakers"]["accuracy"] == 0.0
    assert [e["error"] for e in some.errors if e["error"].startswith(("speaker", "quote"))] == [
        "speaker", "quote_missed", "quote_missed"]


def _quantity(snippet: str, value: float | None, unit: str | None, counted: str | None = None,
              source: ClaimSource | None = None) -> Quantity:
    s, e = at(snippet)
    return Quantity(start=s, end=e, text=TEXT[s:e], value=value, unit=unit,
                    counted=mention(counted) if counted else None, claim_source=source)


def test_figures_value_unit_counted_source() -> None:
    gold = parse_article(gold_record(), "fictional")
    predicted = [
        # "$2.5 million" read as 2.5: value wrong; unit, counted and source right (by entity)
        _quantity("$2.5", 2.5, "USD", "Repairs", ClaimSource(entity_id="E1", name="Ilse Varga")),
        # 40 percent: right value, unit spelled "%", counted missing, source given as the outlet's voice
        _quantity("40 percent", 40.0, "%"),
        # "Mayor" is no figure at all
        _quantity("Mayor", 1.0, None),
    ]
    sc = score_article(gold, analysis([], quantities=predicted))
    f = sc.summary()["figures"]
    assert (f["gold"], f["predicted"], f["matched"]) == (2, 3, 2)
    assert f["precision"] == round(2 / 3, 4) and f["recall"] == 1.0
    assert f["value_accuracy"] == 0.5 and f["unit_accuracy"] == 1.0
    assert f["counted_accuracy"] == 0.5 and f["source_accuracy"] == 0.5
    kinds = sorted(e["error"] for e in sc.errors if e["error"].startswith("figure"))
    assert kinds == ["figure_counted", "figure_false", "figure_source", "figure_value"]


def test_figure_ranges_and_source_by_name() -> None:
    record = gold_record()
    record["figures"][1].update(value=None, low=40, high=50)
    gold = parse_article(record, "fictional")
    s, e = at("40 percent")
    rng = Quantity(start=s, end=e, text="40 percent", value=None, low=40.2, high=50, unit="percent",
                   counted=mention("harbour budget"), claim_source=ClaimSource(entity_id=None, name="Varga"))
    single = rng.model_copy(update={"value": 45.0})
    assert score_article(gold, analysis([], [rng])).summary()["figures"]["value_accuracy"] == 1.0
    assert score_article(gold, analysis([], [rng])).summary()["figures"]["source_accuracy"] == 1.0
    assert score_article(gold, analysis([], [single])).summary()["figures"]["value_accuracy"] == 0.0


def test_dates() -> None:
    gold = parse_article(gold_record(), "fictional")
    s, e = at("Monday")
    right = DateExpr(start=s, end=e, text="Monday", value="2024-03-04")
    as_range = DateExpr(start=s, end=e, text="Monday", range=("2024-03-04", "2024-03-04"))
    wrong = DateExpr(start=s, end=e, text="Monday", value="2024-03-11")
    for pred, acc in ((right, 1.0), (as_range, 1.0), (wrong, 0.0)):
        d = score_article(gold, analysis([], dates=[pred])).summary()["dates"]
        assert (d["matched"], d["accuracy"]) == (1, acc)
    empty = score_article(gold, analysis([])).summary()["dates"]
    assert (empty["precision"], empty["recall"]) == (0.0, 0.0)


def test_malformed_gold_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(DatasetError) as info:
        parse_article({"page": "x"}, "broken")
    assert info.value.code == Code.DATASET
    record = gold_record()
    record["quotes"][0]["speaker"] = [[5, 2]]
    with pytest.raises(DatasetError):
        parse_article(record, "bad-span")
    with pytest.raises(DatasetError):
        load_audit(tmp_path)


PAGE = (
    "<html><head><title>Ferry to Orrin</title></head><body><article><h1>Ferry to Orrin</h1>"
    + "".join(f"<p>{sentence}</p>" for sentence in (
        TEXT,
        "Islanders have waited since the autumn storms for a crossing they can plan around.",
        "The harbour master said the new timetable would be published on the council's website.",
        "Shopkeepers on the island said trade had fallen while the ferry was out of service.",
    ))
    + "</article></body></html>"
)


def test_a_changed_text_is_refused(tmp_path: Path) -> None:
    page = tmp_path / "tests" / "cache" / "fictional.html"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, encoding="utf-8")
    gold = parse_article(gold_record(), "fictional")  # its hash is of TEXT, not of the page's text
    data = read_page(tmp_path, gold.page)
    with pytest.raises(DatasetError) as info:
        page_article(data, gold)
    assert info.value.code == Code.AUDIT_TEXT_MISMATCH
    assert "extracted text differs" in str(info.value)
    from newsprobe.sources.files import article_from_bytes

    text = article_from_bytes(data, "fictional.html", suffix=".html").text
    matching = parse_article(gold_record(text_sha256=hashlib.sha256(text.encode()).hexdigest()), "fictional")
    article = page_article(data, matching)
    assert article.text == text and article.published == "2024-03-06"
    with pytest.raises(DatasetError):
        read_page(tmp_path, "tests/cache/missing.html")


def test_gold_files_are_well_formed() -> None:
    articles = load_audit(AUDIT)
    assert len(articles) >= 8
    assert not list(AUDIT.rglob("*.html")), "pages must not be stored in the repository"
    for a in articles:
        assert a.page.startswith(("tests/cache/", "tests/eval/")) and len(a.text_sha256) == 64
        spans = [q.span for q in a.quotes] + [f.span for f in a.figures] + [d.span for d in a.dates]
        spans += [s for q in a.quotes for s in q.speaker]
        assert all(0 <= s < e <= a.text_length for s, e in spans), a.name
        assert {q.kind for q in a.quotes} <= {"direct", "partial", "reported"}
        for d in a.dates:
            assert d.value is None or d.range is None, (a.name, d.text)
        for f in a.figures:  # a figure has a source only when it lies inside an annotated quote
            inside = any(q.span[0] <= f.span[0] and f.span[1] <= q.span[1] for q in a.quotes)
            assert f.source is None or inside, (a.name, f.text)


@pytest.mark.slow
def test_whole_audit_runs_on_the_real_pages() -> None:
    if not (TRAFILATURA / "HEAD").is_file() and not (TRAFILATURA / "tests" / "cache").is_dir():
        pytest.skip(f"trafilatura's repository not found at {TRAFILATURA} (set NEWSPROBE_TRAFILATURA)")
    from newsprobe.evaluate.audit import evaluate_audit

    result = evaluate_audit(AUDIT, TRAFILATURA)
    files = sorted(AUDIT.glob("*.json"))
    assert result["articles"] == len(files) == len(result["per_article"])
    for path, row in zip(files, result["per_article"], strict=True):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert row["name"] == path.stem
        assert row["quotes"]["gold"] == len(gold["quotes"])
        assert row["figures"]["gold"] == len(gold["figures"])
        assert row["dates"]["gold"] == len(gold["dates"])
    overall = result["overall"]
    assert overall["quotes"]["gold"] == sum(r["quotes"]["gold"] for r in result["per_article"])
    assert all(0.0 <= overall["quotes"]["@0.5"][k] <= 1.0 for k in ("precision", "recall", "f1"))


def test_cli_refuses_a_missing_pages_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", "evaluate", "audit",
         "--pages", str(tmp_path / "nowhere")],
        capture_output=True, timeout=120,
    )
    err = proc.stderr.decode()
    assert proc.returncode != 0 and "Traceback" not in err
    assert err.strip().startswith("error[NP108]")
