"""Reading inputs: encodings, HTML, directories and every kind of bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsprobe.errors import Code, InputError
from newsprobe.model import Article
from newsprobe.sources import files
from newsprobe.sources.dispatch import iter_articles
from newsprobe.sources.files import article_from_bytes, read_article

ENGLISH = (
    "The mayor of Tarvik said on Monday that the bridge would reopen next week after repairs. "
    "Engineers found that the damage was smaller than first feared, and traffic will return soon."
)


def _code(exc: pytest.ExceptionInfo[InputError]) -> Code:
    return exc.value.code


def test_utf8_text_with_bom_and_crlf() -> None:
    data = ("\ufeffBridge to reopen\r\n\r\n" + ENGLISH).encode("utf-8")
    article = article_from_bytes(data, "x.txt")
    assert article.text.startswith("Bridge to reopen\n\n")
    assert "\r" not in article.text
    assert article.title == "Bridge to reopen"
    assert article.language == "en"


def test_id_is_stable_and_content_based() -> None:
    a = article_from_bytes(ENGLISH.encode(), "a.txt")
    b = article_from_bytes(ENGLISH.encode(), "b.txt")
    c = article_from_bytes((ENGLISH + " More.").encode(), "a.txt")
    assert a.id == b.id != c.id
    assert len(a.id) == 16


def test_legacy_encoding_is_detected() -> None:
    text = ENGLISH + " The café owner, Renée Dubois, said the détour cost her €2,000 a week."
    article = article_from_bytes(text.encode("cp1252"), "legacy.txt")
    assert "café" in article.text and "Renée" in article.text


def test_utf16_with_bom() -> None:
    article = article_from_bytes(ENGLISH.encode("utf-16"), "u16.txt")
    assert article.text == ENGLISH


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", Code.EMPTY_INPUT),
        (b"   \n\t \n", Code.EMPTY_INPUT),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), Code.BINARY_INPUT),
        ("The minister said the talks “failed”.".encode() + b" and then \xe2\x80 broke " + ENGLISH.encode(),
         Code.UNDECODABLE),
        ("Der Minister sagte am Montag, dass die Brücke nicht vor dem Sommer wieder geöffnet wird und die "
         "Stadt die Kosten trägt.".encode(), Code.UNSUPPORTED_LANGUAGE),
        ("Министр заявил в понедельник, что мост откроют на следующей неделе после ремонта.".encode(),
         Code.UNSUPPORTED_LANGUAGE),
        (b"<html><body><nav>Home | About</nav></body></html>", Code.NO_ARTICLE),
    ],
)
def test_bad_bytes_give_coded_errors(data: bytes, code: Code) -> None:
    with pytest.raises(InputError) as exc:
        article_from_bytes(data, "bad")
    assert _code(exc) == code
    assert "\n" not in str(exc.value)
    assert str(exc.value).startswith(f"error[{code.value}]: bad")


def test_too_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(files.MAX_BYTES + 1)
    with pytest.raises(InputError) as exc:
        read_article(str(big))
    assert _code(exc) == Code.TOO_LARGE


def test_html_extraction_takes_text_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    body = " ".join([ENGLISH] * 3)
    page.write_text(
        "<!doctype html><html><head><title>Bridge news</title>"
        '<meta property="article:published_time" content="2025-01-07">'
        '<meta property="og:site_name" content="Tarvik Herald"></head>'
        f"<body><nav>Home | Sport</nav><article><h1>Bridge news</h1><p>{body}</p></article>"
        "<script>alert(1)</script></body></html>",
        encoding="utf-8",
    )
    article = read_article(str(page))
    assert "mayor of Tarvik" in article.text
    assert "alert" not in article.text and "Sport" not in article.text
    assert article.published == "2025-01-07"
    assert article.outlet == "Tarvik Herald"
    assert read_article(str(page), published="2025-02-01", outlet="X").published == "2025-02-01"


@pytest.mark.parametrize("prolog", [b"", b"\xef\xbb\xbf", b'<?xml version="1.0" encoding="UTF-8" ?>\n'])
def test_html_is_recognised_without_a_suffix_after_a_bom_or_xml_prolog(prolog: bytes) -> None:
    # piped input and XHTML pages: the markup must never become the article text
    page = (
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Bridge</title></head><body><article><p>'
        + " ".join([ENGLISH] * 3).encode()
        + b"</p></article></body></html>"
    )
    article = article_from_bytes(prolog + page, "-")
    assert "mayor of Tarvik" in article.text
    assert "<" not in article.text and "xmlns" not in article.text


def test_directory_yields_good_articles_and_errors_in_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(ENGLISH, encoding="utf-8")
    (tmp_path / "a.txt").write_text("", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.htm").write_text(f"<html><body><p>{ENGLISH} {ENGLISH}</p></body></html>")
    (tmp_path / "ignored.pdf").write_bytes(b"%PDF-1.4")
    items = list(iter_articles([str(tmp_path), str(tmp_path / "missing.txt")]))
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["InputError", "Article", "Article", "InputError"]
    assert isinstance(items[1], Article) and items[1].source and items[1].source.endswith("b.txt")
    assert isinstance(items[3], InputError) and items[3].code == Code.MISSING_PATH


def test_empty_directory(tmp_path: Path) -> None:
    (items,) = list(iter_articles([str(tmp_path)]))
    assert isinstance(items, InputError) and items.code == Code.EMPTY_DIRECTORY


@pytest.mark.parametrize("value", ["2024/05/15", "15-05-2024", "2024-02-30", "yesterday"])
def test_bad_published_option(value: str) -> None:
    with pytest.raises(InputError) as exc:
        files.check_published(value)
    assert _code(exc) == Code.BAD_OPTION
