"""Batch ingest: record and feed readers, idempotence, bad inputs, kill -9 and resume, Dask.

Slow tests run a small analyser subset: ``NEWSPROBE_TEST_COMPONENTS`` (default ``entities``;
``none`` for the parse only). Articles are generated, short and fictional.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from newsprobe.corpus import analyze_batch, ingest, iter_inputs
from newsprobe.errors import InputError
from newsprobe.model import Article
from newsprobe.sources.feeds import html_to_text, iter_feed
from newsprobe.sources.records import iter_records, normalize_date, parse_mapping
from newsprobe.store import TABLES, Store

COMPONENTS_SPEC = os.environ.get("NEWSPROBE_TEST_COMPONENTS", "entities")

TOWNS = ["Tarnow", "Velmora", "Ostrik", "Brannock", "Quillan", "Seravo", "Dunmere", "Kelvora"]
PEOPLE = ["Ada Brill", "Tomas Reyko", "Ines Valdar", "Piet Oloran", "Mara Kessin", "Jon Adebayo"]
GROUPS = ["the Harbour Workers Union", "the Velmora Transit Authority", "the Northern Grain Board"]


def generated_text(i: int) -> str:
    """A short fictional news article; every i gives a different text."""
    town, person, group = TOWNS[i % len(TOWNS)], PEOPLE[i % len(PEOPLE)], GROUPS[i % len(GROUPS)]
    return (
        f"Council approves new bridge in {town}\n\n"
        f"The council of {town} approved a new bridge on Tuesday after {12 + i} months of debate. "
        f"Mayor {person} said the project would cost about {3 + i % 7} million dollars. "
        f'"This bridge will connect families," {person.split()[-1]} told reporters. '
        f"A spokesperson for {group} said {20 + i} members would join the work in May.\n"
    )


def components() -> list[str]:
    from newsprobe.cli.corpus import parse_components

    return list(parse_components(COMPONENTS_SPEC))


def write_corpus(folder: Path, n: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        path = folder / f"article-{i:03d}.txt"
        path.write_text(generated_text(i), encoding="utf-8")
        paths.append(path)
    return paths


def table_contents(db: Path) -> dict[str, list[str]]:
    """Every table as a sorted list of rows: order-independent, exact."""
    with Store(db, read_only=True) as store:
        return {t: sorted(map(repr, store.query_rows(f"SELECT * FROM {t}")[1])) for t in TABLES}


# -- readers ------------------------------------------------------------------------------------


def test_parse_mapping() -> None:
    assert parse_mapping("text=body, url=link,published=date") == {
        "text": "body",
        "url": "link",
        "published": "date",
    }
    assert parse_mapping(None) == {}
    for bad in ("text", "body=text", "text="):
        with pytest.raises(InputError) as info:
            parse_mapping(bad)
        assert info.value.code.value == "NP109"


def test_normalize_date() -> None:
    assert normalize_date("2025-03-04") == "2025-03-04"
    assert normalize_date("2025-03-04T10:30:00Z") == "2025-03-04"
    assert normalize_date("Tue, 04 Mar 2025 10:30:00 GMT") == "2025-03-04"
    assert normalize_date("2025-02-30") is None
    assert normalize_date("last week") is None
    assert normalize_date(None) is None


def test_jsonl_reader_with_mapping_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl"
    lines = [
        json.dumps({"body": generated_text(1), "link": "https://example.invalid/a", "date": "2025-03-04T08:00:00",
                    "headline": "Bridge", "site": "Tarnow Daily"}),
        "",
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"text": "no body field here"}),
        json.dumps({"body": "   "}),
        json.dumps({"body": generated_text(2)}),
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = parse_mapping("text=body,url=link,published=date,title=headline,outlet=site")
    items = list(iter_records(path, mapping=mapping, outlet="Fallback Post"))
    assert len(items) == 6  # the blank line is not a record
    first, last = items[0], items[-1]
    assert isinstance(first, Article) and isinstance(last, Article)
    assert (first.source, first.published, first.title, first.outlet) == (
        "https://example.invalid/a", "2025-03-04", "Bridge", "Tarnow Daily",
    )  # fmt: skip
    assert first.text == generated_text(1)
    assert last.source == f"{path}:6" and last.outlet == "Fallback Post" and last.published is None
    codes = [e.code.value for e in items[1:-1] if isinstance(e, InputError)]
    assert codes == ["NP110", "NP110", "NP110", "NP101"]
    assert all(str(path) in e.message for e in items[1:-1] if isinstance(e, InputError))


def test_csv_reader_with_mapping(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    body = generated_text(3).replace('"', '""')
    path.write_text(
        "Story,Link,When\n"
        f'"{body}",https://example.invalid/b,"Wed, 05 Mar 2025 09:00:00 +0000"\n'
        '"",https://example.invalid/c,2025-03-05\n',
        encoding="utf-8",
    )
    items = list(iter_records(path, mapping=parse_mapping("text=Story,url=Link,published=When")))
    assert isinstance(items[0], Article)
    assert items[0].text == generated_text(3)
    assert (items[0].source, items[0].published) == ("https://example.invalid/b", "2025-03-05")
    assert isinstance(items[1], InputError) and items[1].code.value == "NP101"
    missing = list(iter_records(path))  # no 'text' column without a mapping
    assert all(isinstance(e, InputError) and e.code.value == "NP110" for e in missing)
    assert "--map" in missing[0].message  # type: ignore[union-attr]


def test_parquet_reader(tmp_path: Path) -> None:
    path = tmp_path / "news.parquet"
    con = duckdb.connect()
    con.execute("CREATE TABLE t (content VARCHAR, pub DATE, outlet VARCHAR)")
    con.execute("INSERT INTO t VALUES (?, DATE '2025-03-06', 'Velmora Ledger'), (?, NULL, NULL)",
                [generated_text(4), generated_text(5)])  # fmt: skip
    con.execute(f"COPY t TO '{path}' (FORMAT parquet)")
    items = list(iter_records(path, mapping={"text": "content", "published": "pub"}))
    assert [type(i) for i in items] == [Article, Article]
    a, b = items
    assert isinstance(a, Article) and isinstance(b, Article)
    assert (a.published, a.outlet, a.source) == ("2025-03-06", "Velmora Ledger", f"{path}:1")
    assert b.text == generated_text(5) and b.published is None
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    errs = list(iter_records(broken))
    assert len(errs) == 1 and isinstance(errs[0], InputError) and errs[0].code.value == "NP110"


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Kelvora Courier</title><link>https://example.invalid/</link>
<item><title>Ferry service resumes</title><link>https://example.invalid/ferry</link>
<pubDate>Thu, 06 Mar 2025 07:00:00 GMT</pubDate><dc:creator>Lena Marsh</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The ferry between Kelvora and Ostrik resumed on Thursday &amp; passengers
cheered.</p><p>Captain Ines Valdar said <b>all</b> crossings would run on time.</p>
<script>var x = 1;</script>]]></content:encoded></item>
<item><title>Empty one</title><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Seravo Sentinel</title>
<entry><title>Harbour opens</title>
<link rel="alternate" href="https://example.invalid/harbour"/>
<published>2025-03-07T12:00:00Z</published><author><name>Piet Oloran</name></author>
<summary type="html">&lt;p&gt;The new harbour in Seravo opened on Friday, the port authority said.&lt;/p&gt;</summary>
</entry></feed>"""


def test_rss_feed_reader(tmp_path: Path) -> None:
    path = tmp_path / "courier.rss"
    path.write_text(RSS, encoding="utf-8")
    items = list(iter_feed(path))
    assert len(items) == 2
    art = items[0]
    assert isinstance(art, Article)
    assert art.text == (
        "The ferry between Kelvora and Ostrik resumed on Thursday & passengers cheered.\n\n"
        "Captain Ines Valdar said all crossings would run on time."
    )
    assert (art.title, art.source, art.outlet, art.author, art.published) == (
        "Ferry service resumes", "https://example.invalid/ferry", "Kelvora Courier", "Lena Marsh", "2025-03-06",
    )  # fmt: skip
    assert isinstance(items[1], InputError) and items[1].code.value == "NP101"
    assert items[1].message.startswith(f"{path}:2")


def test_atom_feed_reader_and_outlet_override(tmp_path: Path) -> None:
    path = tmp_path / "sentinel.atom"
    path.write_text(ATOM, encoding="utf-8")
    (art,) = iter_feed(path, outlet="Override")
    assert isinstance(art, Article)
    assert art.text == "The new harbour in Seravo opened on Friday, the port authority said."
    assert (art.source, art.outlet, art.author, art.published) == (
        "https://example.invalid/harbour", "Override", "Piet Oloran", "2025-03-07",
    )  # fmt: skip


def test_bad_feeds(tmp_path: Path) -> None:
    broken = tmp_path / "broken.xml"
    broken.write_text("<rss><channel><item>", encoding="utf-8")
    bomb = tmp_path / "bomb.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa">]><rss>&a;</rss>', encoding="utf-8")
    empty = tmp_path / "empty.xml"
    empty.write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    codes = [e.code.value for p in (broken, bomb, empty) for e in iter_feed(p) if isinstance(e, InputError)]
    assert codes == ["NP110", "NP110", "NP105"]


def test_html_to_text() -> None:
    assert html_to_text("<div>One <i>two</i></div><br>Three &lt;4&gt;") == "One two\n\nThree <4>"
    assert html_to_text("plain &amp; simple") == "plain & simple"


def test_iter_inputs_dispatches_by_suffix(tmp_path: Path) -> None:
    write_corpus(tmp_path / "d", 2)
    (tmp_path / "d" / "feed.xml").write_text(ATOM, encoding="utf-8")
    (tmp_path / "d" / "recs.jsonl").write_text(json.dumps({"text": generated_text(9)}) + "\n", encoding="utf-8")
    (tmp_path / "d" / "notes.md").write_text("ignored", encoding="utf-8")
    got = list(iter_inputs([str(tmp_path / "d"), str(tmp_path / "missing.txt")]))
    kinds = [(Path(src).name, type(item).__name__) for item, src in got]
    assert kinds == [
        ("article-000.txt", "Article"),
        ("article-001.txt", "Article"),
        ("feed.xml", "Article"),
        ("recs.jsonl", "Article"),
        ("missing.txt", "InputError"),
    ]


# -- per-article failures -------------------------------------------------------------------------


def test_one_failing_article_does_not_stop_its_batch() -> None:
    import spacy
    from spacy.language import Language

    import newsprobe.components  # noqa: F401 - registers the Doc extensions
    from newsprobe.pipeline import make_article

    @Language.component("test_explode_on_marker")
    def explode(doc):  # type: ignore[no-untyped-def]
        if "EXPLODE" in doc.text:
            raise ValueError("marker found")
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("test_explode_on_marker")
    batch = [make_article(generated_text(0)), make_article("EXPLODE " + generated_text(1), source="x.txt"),
             make_article(generated_text(2))]  # fmt: skip
    out = analyze_batch(batch, nlp)
    assert [type(o).__name__ for o in out] == ["Analysis", "tuple", "Analysis"]
    source, code, message, aid = out[1]  # type: ignore[misc]
    assert source == "x.txt" and aid == batch[1].id and code.startswith("NP")
    assert "ValueError: marker found" in message


# -- ingest (loads the spaCy model) ---------------------------------------------------------------


@pytest.mark.slow
def test_ingest_is_idempotent_and_keeps_bad_files_as_errors(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    write_corpus(corpus, 6)
    (corpus / "dup.txt").write_text(generated_text(0), encoding="utf-8")  # same text as article-000
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (corpus / "french.txt").write_text(
        "Le conseil de la ville a approuvé le nouveau pont mardi, et les habitants sont contents "
        "de la décision qui a été prise après des mois de débat dans la salle du conseil.",
        encoding="utf-8",
    )
    (corpus / "recs.jsonl").write_text(
        json.dumps({"text": generated_text(7)}) + "\n{broken\n", encoding="utf-8"
    )
    db = tmp_path / "c.duckdb"
    first = ingest([str(corpus)], db=str(db), components=components(), batch_size=3)
    assert (first.added, first.skipped) == (7, 1)  # 6 files + 1 record; dup.txt stored once
    assert first.error_codes == {"NP101": 1, "NP102": 1, "NP106": 1, "NP110": 1}
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 7
        errors = store.errors()
        assert {(Path(e["source"]).name, e["code"]) for e in errors} == {
            ("empty.txt", "NP101"), ("binary.txt", "NP102"), ("french.txt", "NP106"), ("recs.jsonl:2", "NP110"),
        }  # fmt: skip
        texts = {r["text"] for r in store.query("SELECT text FROM articles")}
        assert texts == {generated_text(i) for i in range(8) if i != 6}
    before = table_contents(db)
    again = ingest([str(corpus)], db=str(db), components=components(), batch_size=3)
    assert (again.added, again.skipped) == (0, 8)
    assert table_contents(db) == before


def _ingest_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-c", "from newsprobe.cli import main; main()", "ingest", str(corpus),
            "--db", str(db), "--components", COMPONENTS_SPEC, *extra]  # fmt: skip


def _summary(stderr: str) -> tuple[int, int, int]:
    match = re.search(r"(\d+) added, (\d+) already stored, (\d+) errors", stderr)
    assert match, stderr
    added, skipped, errors = (int(g) for g in match.groups())
    return added, skipped, errors


@pytest.mark.slow
def test_kill_9_then_resume_equals_a_clean_run(tmp_path: Path) -> None:
    n = 30
    corpus = tmp_path / "in"
    write_corpus(corpus, n)
    (corpus / "empty.txt").write_text("", encoding="utf-8")
    killed_db, clean_db = tmp_path / "killed.duckdb", tmp_path / "clean.duckdb"

    proc = subprocess.Popen(
        _ingest_cmd(corpus, killed_db, "--batch-size", "1", "--progress"),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert proc.stderr is not None
    os.set_blocking(proc.stderr.fileno(), False)
    seen = b""
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None:
        chunk = proc.stderr.read() or b""
        seen += chunk
        if re.search(rb"added=[1-9]", seen):  # the progress bar updates after each commit
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL, f"ingest ended before it could be killed: {seen[-500:]!r}"

    with Store(killed_db, read_only=True) as store:
        stored_after_kill = store.counts()["articles"]
    assert 1 <= stored_after_kill < n

    resumed = subprocess.run(_ingest_cmd(corpus, killed_db), capture_output=True, timeout=600)
    assert resumed.returncode == 1, resumed.stderr.decode()[-2000:]  # 1: empty.txt failed
    added, skipped, _ = _summary(resumed.stderr.decode())
    assert added == n - stored_after_kill  # finished articles are not redone
    assert skipped == stored_after_kill

    clean = subprocess.run(_ingest_cmd(corpus, clean_db), capture_output=True, timeout=600)
    assert clean.returncode == 1, clean.stderr.decode()[-2000:]
    assert _summary(clean.stderr.decode()) == (n, 0, 1)

    killed_tables, clean_tables = table_contents(killed_db), table_contents(clean_db)
    assert {t: len(r) for t, r in killed_tables.items()} == {t: len(r) for t, r in clean_tables.items()}
    assert killed_tables == clean_tables
    assert len(killed_tables["articles"]) == n and len(killed_tables["errors"]) == 1

    third = subprocess.run(_ingest_cmd(corpus, killed_db), capture_output=True, timeout=600)
    assert third.returncode == 1
    assert _summary(third.stderr.decode()) == (0, n, 1)
    assert table_contents(killed_db) == clean_tables


@pytest.mark.slow
def test_processes_equal_inline(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    write_corpus(corpus, 8)
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest([str(corpus)], db=str(one), components=components(), batch_size=2)
    report = ingest([str(corpus)], db=str(two), components=components(), batch_size=2, processes=2)
    assert report.added == 8
    assert table_contents(one) == table_contents(two)
    with Store(two, read_only=True) as store:  # written in input order
        sources = [r["source"] for r in store.query("SELECT source FROM articles ORDER BY rowid")]
    assert sources == sorted(sources)
    again = ingest([str(corpus)], db=str(two), components=components(), batch_size=2, processes=2)
    assert (again.added, again.skipped) == (0, 8)
    assert table_contents(one) == table_contents(two)


@pytest.mark.slow
def test_dask_local_cluster_equals_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("dask")
    pytest.importorskip("distributed")
    corpus = tmp_path / "in"
    write_corpus(corpus, 8)
    (corpus / "binary.txt").write_bytes(b"\x00\x01" * 200)
    local, dask_db = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    ingest([str(corpus)], db=str(local), components=components(), batch_size=3)
    report = ingest(
        [str(corpus)], db=str(dask_db), components=components(), batch_size=3, engine="dask",
        processes=1, parts_dir=str(tmp_path / "parts"),
    )  # fmt: skip
    assert (report.added, report.errors) == (8, 1)
    assert table_contents(local) == table_contents(dask_db)
    assert not any((tmp_path / "parts").iterdir())  # partitions are removed once loaded
    again = ingest([str(corpus)], db=str(dask_db), components=components(), engine="dask", processes=1)
    assert (again.added, again.skipped) == (0, 8)
    assert table_contents(local) == table_contents(dask_db)
