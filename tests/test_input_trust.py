"""Input you can trust: NP15x warnings, ``Article.extraction``, the one input dispatcher, ``InputError.source``.

Every page here is written for this test (fictional town, people and agency).
"""

from __future__ import annotations

import json
import pickle
import subprocess
import sys
from datetime import date
from pathlib import Path

import httpx
import pytest

from newsprobe.errors import Code, InputError
from newsprobe.model import Article
from newsprobe.sources import checks, dispatch
from newsprobe.sources.files import article_from_bytes, read_article

BODY = (
    "The council of Tarvik voted on Monday to reopen the old harbour bridge after three months of repairs. "
    "Mayor Ilse Varga said the work had cost less than planned and that traffic would return within days. "
    "Engineers from the regional roads office found that the damage was smaller than first feared. "
    "Shop owners near the bridge welcomed the news, saying the closure had kept customers away all winter. "
)
NAV = "".join(f'<li><a href="/s{i}">Section {i} news and more stories</a></li>' for i in range(60))
CAPTION = (
    "Harbour master Ilse Varga speaks to reporters beside the stranded ferry in Tarvik on Tuesday during the "
    "second week of the dispute. Photo: Tarvik Wire"
)


def _page(paragraph: str, *, meta: str | None = None, canonical: str | None = None) -> bytes:
    head = "<title>Tarvik ferry row deepens</title>"
    if canonical:
        head += f'<link rel="canonical" href="{canonical}">'
    if meta:
        head += f'<meta property="article:published_time" content="{meta}">'
    return (
        f"<!doctype html><html><head>{head}</head><body><header><ul>{NAV}</ul></header>"
        f"<main><article><h1>Tarvik ferry row deepens</h1><p>{paragraph}</p></article></main>"
        f"<footer><ul>{NAV}</ul></footer></body></html>"
    ).encode()


def _codes(article: Article) -> list[str]:
    assert article.extraction is not None
    return [w.code for w in article.extraction.warnings]


# -- NP151 / NP152: a caption-only page ---------------------------------------------------------


def test_caption_only_page_is_read_with_warnings_and_its_text_untouched() -> None:
    article = article_from_bytes(_page(CAPTION), "ferry.html")
    assert article.text == "Tarvik ferry row deepens\n" + CAPTION  # exactly what the extractor gave
    ext = article.extraction
    assert ext is not None and ext.extractor == "trafilatura" and ext.version
    assert ext.kept_chars == len(article.text) and ext.page_chars > 10 * ext.kept_chars
    assert _codes(article) == ["NP151", "NP152"]
    lines = checks.warning_lines(article)
    assert lines[0].startswith("warning[NP151]: ferry.html: only ") and "\n" not in "".join(lines)


def test_a_full_page_has_no_warning() -> None:
    article = article_from_bytes(_page(BODY * 2), "bridge.html")
    assert _codes(article) == []
    assert article.extraction is not None and article.extraction.kept_chars == len(article.text)


def test_plain_text_records_its_extractor_and_is_not_called_thin() -> None:
    article = article_from_bytes(BODY.encode(), "short.txt")
    assert article.extraction is not None
    assert (article.extraction.extractor, article.extraction.page_chars) == ("text", len(article.text))
    assert _codes(article) == []  # a text file is what the user gave: not an extraction problem


def test_thin_share_of_a_large_page() -> None:
    (warning,) = checks.thin_warnings(900, 40_000)
    assert warning.code == "NP151" and "(2%)" in warning.message
    assert checks.thin_warnings(900, 10_000) == []
    assert checks.thin_warnings(400, 400, share=False)[0].code == "NP151"


@pytest.mark.parametrize(
    "text",
    [
        "Please enable JavaScript and cookies to continue.\nSubscribe to read the full story.\nSign in",
        "The minister, left, arrives at the summit in Kelvora on Friday. (AP Photo/Ana Ruiz)",
    ],
)
def test_boilerplate_and_credited_captions_are_flagged(text: str) -> None:
    assert [w.code for w in checks.caption_warnings(text)] == ["NP152"]


def test_a_short_news_brief_without_credit_is_not_a_caption() -> None:
    assert checks.caption_warnings("The Tarvik bridge reopens on Monday, the council said. " * 3) == []


# -- NP153: dates that disagree -----------------------------------------------------------------


def test_meta_date_that_disagrees_with_the_url_date_warns() -> None:
    page = _page(BODY * 2, meta="2024-06-02T08:00:00Z", canonical="https://news.example.org/2024/05/15/bridge")
    article = article_from_bytes(page, "bridge.html")
    assert _codes(article) == ["NP153"]
    message = article.extraction.warnings[0].message  # type: ignore[union-attr]
    assert "2024-06-02" in message or "2024-05-15" in message
    # mirrored: the same page whose dates agree (to the day, or one day apart: time zones) is quiet
    for meta in ("2024-05-15T08:00:00Z", "2024-05-16T01:00:00Z"):
        agree = _page(BODY * 2, meta=meta, canonical="https://news.example.org/2024/05/15/bridge")
        assert _codes(article_from_bytes(agree, "bridge.html")) == []


def test_given_date_that_disagrees_with_the_url_warns() -> None:
    article = article_from_bytes(
        BODY.encode(), "https://news.example.org/2024/05/15/bridge", suffix=".txt", published="2024-06-20"
    )
    (warning,) = article.extraction.warnings  # type: ignore[union-attr]
    assert warning.code == "NP153" and "2024-05-15 in its URL" in warning.message and "as given" in warning.message
    assert article.published == "2024-06-20"  # a warning, not a correction


def test_dateline_and_byline_dates() -> None:
    dateline = "KELVORA, May 15 (Tarvik Wire) - " + BODY
    assert _codes(article_from_bytes(dateline.encode(), "d.txt", published="2024-05-15")) == []
    assert _codes(article_from_bytes(dateline.encode(), "d.txt", published="2024-05-20")) == ["NP153"]
    byline = "Bridge to reopen\nBy Ana Ruiz | Published: Wednesday, 15 May 2024 10:30 BST\n" + BODY
    assert _codes(article_from_bytes(byline.encode(), "b.txt", published="2024-05-15")) == []
    assert _codes(article_from_bytes(byline.encode(), "b.txt", published="2023-05-15")) == ["NP153"]


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://news.example.org/2024/05/15/bridge", date(2024, 5, 15)),
        ("https://news.example.org/world/2024/may/15/bridge", date(2024, 5, 15)),
        ("https://news.example.org/20240515/bridge", date(2024, 5, 15)),
        ("https://news.example.org/2024-05-15-bridge-reopens", date(2024, 5, 15)),
        ("https://news.example.org/2024/5/15/20680681/bridge", date(2024, 5, 15)),
        ("https://news.example.org/a-52060881", None),  # an id, not a date
        ("https://news.example.org/sport/season-2011-12-review", None),  # a year range
        ("https://news.example.org/news/2099/01/02/x", None),  # not a plausible date
    ],
)
def test_url_dates(url: str, day: date | None) -> None:
    assert checks.url_dates(url)[0] == day


def test_url_month_folder_and_text_dates() -> None:
    assert checks.url_dates("https://news.example.org/2024/05/bridge")[1] == (date(2024, 5, 1), date(2024, 5, 31))
    assert checks.text_date("Updated: May 1, 2024\n" + BODY) is None  # an update is not the publication
    assert checks.text_date("Summary 5, 2020 was a good year") is None
    assert checks.text_date(BODY + "\nMay 15, 2024") == ("byline", date(2024, 5, 15))


def test_meta_date_reads_meta_tags_and_json_ld() -> None:
    assert checks.meta_date('<head><meta content="2024-05-15" itemprop="datePublished"></head>') == date(2024, 5, 15)
    assert checks.meta_date('<script>{"datePublished": "2024-05-16T10:00Z"}</script>') == date(2024, 5, 16)
    assert checks.meta_date('<head><meta name="date" content="yesterday"></head>') is None


# -- the dispatcher -----------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["HTTP://news.example.org/a", "Https://news.example.org/a", "http://x.org/"])
def test_any_case_scheme_is_a_url(spec: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert dispatch.kind(spec) == "url"
    fetched: list[str] = []

    def fake_fetch(url: str, **kwargs: object) -> Article:
        fetched.append(url)
        return article_from_bytes(BODY.encode(), url, suffix=".txt")

    monkeypatch.setattr(dispatch.url, "fetch_article", fake_fetch)
    (item,) = dispatch.iter_articles([spec])
    assert isinstance(item, Article) and fetched == [spec]


def test_url_reader_accepts_an_upper_case_scheme() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, text=BODY, headers={"content-type": "text/plain"})

    from newsprobe.sources.url import fetch_article

    article = fetch_article(
        "HTTP://news.example.org/2024/05/15/bridge", transport=httpx.MockTransport(handler),
        resolve=lambda host, port: ["93.184.216.34"],
    )  # fmt: skip
    assert article.source == "http://news.example.org/2024/05/15/bridge"


def test_dispatcher_reads_every_kind_in_order(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": BODY + " Second."}) + "\n{bad\n", encoding="utf-8")
    (tmp_path / "c.md").write_text("ignored in a directory", encoding="utf-8")
    items = list(dispatch.iter_articles([str(tmp_path), str(tmp_path / "nope.txt")]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "InputError", "InputError"]
    assert isinstance(items[1], Article) and items[1].extraction and items[1].extraction.extractor == "record"
    assert [i.source for i in items if isinstance(i, InputError)] == [f"{tmp_path}/b.jsonl:2", f"{tmp_path}/nope.txt"]


def test_files_no_longer_imports_the_url_reader() -> None:
    code = (
        "import sys, newsprobe.sources.files as f, newsprobe.sources.records, newsprobe.sources.feeds; "
        "assert 'newsprobe.sources.url' not in sys.modules and 'newsprobe.sources.dispatch' not in sys.modules; "
        "import newsprobe.sources.url; print('ok')"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.stdout.strip() == "ok", proc.stderr
    source = (Path(__file__).resolve().parents[1] / "src/newsprobe/sources/files.py").read_text(encoding="utf-8")
    assert "sources.url" not in source and "sources.dispatch import" not in source


# -- InputError.source --------------------------------------------------------------------------


def test_input_errors_carry_their_source(tmp_path: Path) -> None:
    with pytest.raises(InputError) as missing:
        read_article(str(tmp_path / "gone.txt"))
    assert missing.value.source == str(tmp_path / "gone.txt")
    with pytest.raises(InputError) as empty:
        article_from_bytes(b"  ", "blank.html")
    assert (empty.value.source, empty.value.code) == ("blank.html", Code.EMPTY_INPUT)
    (refused,) = dispatch.iter_articles(["http://127.0.0.1/admin"])
    assert isinstance(refused, InputError) and refused.source == "http://127.0.0.1/admin"
    assert str(refused).startswith(f"error[{refused.code.value}]: {refused.source}: ")
    (gone_dir,) = dispatch.iter_articles([str(tmp_path)])
    assert isinstance(gone_dir, InputError) and gone_dir.source == str(tmp_path)
    assert InputError(Code.BAD_OPTION, "--format must be json").source is None  # an option, not an input


def test_input_error_survives_pickling_with_its_source() -> None:
    err = InputError.at("news.jsonl:3", Code.BAD_RECORD, "not JSON")
    back = pickle.loads(pickle.dumps(err))
    assert (back.code, back.message, back.source, str(back)) == (err.code, err.message, err.source, str(err))


def test_ingest_reports_warnings_and_error_sources(tmp_path: Path) -> None:
    from newsprobe.corpus import _error_row, iter_inputs

    (tmp_path / "ferry.html").write_bytes(_page(CAPTION))
    (tmp_path / "bad.jsonl").write_text("{nope\n", encoding="utf-8")
    lines: list[str] = []
    got = list(iter_inputs([str(tmp_path)], on_warning=lines.append))
    assert [line.split(":", 1)[0] for line in lines] == ["warning[NP151]", "warning[NP152]"]
    errors = [thing for thing, _ in got if isinstance(thing, InputError)]
    assert _error_row(errors[0], "ignored")[0] == f"{tmp_path}/bad.jsonl:1"
