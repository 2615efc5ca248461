"""The DuckDB store: every Analysis list flattened, idempotent writes, queries, export round trips.

No spaCy model here: analyses are built by hand from fictional sentences.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
import typer
from typer.testing import CliRunner

from newsprobe.cli import corpus as corpus_cli
from newsprobe.errors import StoreError
from newsprobe.model import (
    Analysis,
    ClaimSource,
    DateExpr,
    Entity,
    Event,
    Mention,
    Offsets,
    Quantity,
    Quote,
    SpeakerRef,
    TechniqueSpan,
    TermHit,
)
from newsprobe.pipeline import make_article
from newsprobe.store import STORE_VERSION, STORY_TABLES, TABLES, Store, flatten, write_partition


def _span(text: str, part: str, after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(start=start, end=start + len(part), text=part)


def sample_analysis(n: int = 0) -> Analysis:
    """A hand-made analysis of a fictional article, with one record in every list."""
    text = (
        f"Mayor Ada Brill of Tarnow said on Monday that {40 + n} percent of the city's bridges "
        f"need urgent repair. \"We cannot wait any longer,\" Brill told reporters. (story {n})"
    )
    article = make_article(text, published="2025-03-03", outlet="Tarnow Daily", source=f"story-{n}.txt")
    ada = _span(text, "Ada Brill")
    brill = _span(text, "Brill", ada.end)
    return Analysis(
        article=article,
        entities=[
            Entity(id="E1", name="Ada Brill", label="PERSON", mentions=[ada, brill]),
            Entity(id="E2", name="Tarnow", label="GPE", mentions=[_span(text, "Tarnow")]),
        ],
        quotes=[
            Quote(
                kind="direct",
                content=_span(text, "We cannot wait any longer,"),
                cue=_span(text, "told"),
                speaker=SpeakerRef(entity_id="E1", name="Ada Brill", mention=brill),
            ),
            Quote(kind="reported", content=_span(text, "that"), cue=None, speaker=None),
        ],
        quantities=[
            Quantity(
                **_span(text, f"{40 + n} percent").model_dump(),
                value=40.0 + n,
                unit="percent",
                counted=_span(text, "bridges"),
                claim_source=ClaimSource(entity_id="E1", name="Ada Brill"),
            )
        ],
        dates=[DateExpr(**_span(text, "Monday").model_dump(), value="2025-03-03")],
        techniques=[TechniqueSpan(**_span(text, "urgent").model_dump(), technique="Loaded_Language", score=0.7)],
        terms=[TermHit(**_span(text, "urgent").model_dump(), term="urgent", category="alarm", neutral=None)],
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "corpus.duckdb"


def test_every_list_is_stored_with_offsets(db: Path) -> None:
    analysis = sample_analysis()
    with Store(db) as store:
        assert store.add(analysis) is True
        counts = store.counts()
        assert counts == {
            "articles": 1, "entities": 2, "mentions": 3, "quotes": 2, "quantities": 1,
            "dates": 1, "techniques": 1, "terms": 1, "events": 0, "errors": 0,
            "stories": 0, "story_articles": 0, "story_aliases": 0,
        }  # fmt: skip
        text = analysis.article.text
        for table in ("mentions", "quotes", "quantities", "dates", "techniques", "terms"):
            col = "content" if table == "quotes" else "text"
            for row in store.query(f"SELECT start_char, end_char, {col} AS t FROM {table}"):
                assert text[row["start_char"] : row["end_char"]] == row["t"], table
        quote = store.query("SELECT * FROM quotes WHERE kind = 'direct'")[0]
        assert quote["speaker_entity_id"] == "E1" and quote["speaker_name"] == "Ada Brill"
        assert text[quote["speaker_start"] : quote["speaker_end"]] == quote["speaker_text"] == "Brill"
        assert text[quote["cue_start"] : quote["cue_end"]] == quote["cue"] == "told"
        unknown = store.query("SELECT * FROM quotes WHERE kind = 'reported'")[0]
        assert unknown["speaker_name"] is None and unknown["cue"] is None
        qty = store.query("SELECT * FROM quantities")[0]
        assert (qty["value"], qty["unit"], qty["counted"], qty["claim_source_name"]) == (
            40.0, "percent", "bridges", "Ada Brill",
        )  # fmt: skip
        sql = "SELECT substr(a.text, m.start_char + 1, m.end_char - m.start_char) AS s, m.text FROM mentions m "
        sql += "JOIN articles a ON a.id = m.article_id"
        assert all(r["s"] == r["text"] for r in store.query(sql))


def test_analysis_json_round_trip_and_flat_rows_agree(db: Path) -> None:
    analyses = [sample_analysis(i) for i in range(3)]
    with Store(db) as store:
        assert store.add_many(analyses) == 3
        assert list(store.analyses()) == sorted(analyses, key=lambda a: a.article.id)
        wanted = analyses[1].article.id
        assert [a.article.id for a in store.analyses(ids=[wanted])] == [wanted]
        assert store.has(wanted) and not store.has("0" * 16)
        assert store.stored_ids([wanted, "0" * 16]) == {wanted}
    rows = flatten(analyses[0])
    assert set(rows) | {"errors", *STORY_TABLES} == set(TABLES)
    assert all(len(r) == len(TABLES[t]) for t, rs in rows.items() for r in rs)


def test_idempotent_add_and_errors_stored_once(db: Path) -> None:
    analysis = sample_analysis()
    with Store(db) as store:
        assert store.add(analysis)
        assert not store.add(analysis)
        assert store.add_many([analysis, sample_analysis(1), sample_analysis(1)]) == 1
        err = ("bad.txt", "NP101", "bad.txt: empty input")
        store.add_many([], [err])
        store.add_many([], [err])
        store.record_error(*err)
        before = store.counts()
    with Store(db) as store:  # reopen: everything committed, nothing doubled
        assert store.add_many([analysis, sample_analysis(1)], [err]) == 0
        assert store.counts() == before
        assert before["articles"] == 2 and before["errors"] == 1 and before["entities"] == 4
        assert store.errors() == [{"source": "bad.txt", "code": "NP101", "message": err[2], "article_id": None}]


def test_read_only_store_refuses_writes_and_missing_file(db: Path, tmp_path: Path) -> None:
    with Store(db) as store:
        store.add(sample_analysis())
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1
        with pytest.raises(StoreError) as info:
            store.add(sample_analysis(2))
        assert info.value.code.value == "NP301"
    with pytest.raises(StoreError) as info:
        Store(tmp_path / "nope.duckdb", read_only=True)
    assert info.value.code.value == "NP303"


def test_not_a_store_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE x (a INTEGER)")
    con.close()
    with pytest.raises(StoreError) as info:
        Store(other, read_only=True)
    assert "not a newsprobe store" in info.value.message


def test_sql_error_is_one_coded_line(db: Path) -> None:
    with Store(db) as store:
        with pytest.raises(StoreError) as info:
            store.query("SELECT nope FROM articles")
        assert info.value.code.value == "NP302"
        assert "\n" not in str(info.value)


def test_partition_round_trip_equals_direct_add(tmp_path: Path) -> None:
    analyses = [sample_analysis(i) for i in range(4)]
    errors = [("x.txt", "NP102", "x.txt: looks like a binary file, not text", None)]
    with Store(tmp_path / "direct.duckdb") as direct:
        direct.add_many(analyses, errors)
        expected = {t: sorted(map(str, direct.query_rows(f"SELECT * FROM {t}")[1])) for t in TABLES}
    write_partition(tmp_path / "p1", analyses[:2] + analyses[:1], errors)
    write_partition(tmp_path / "p2", analyses[1:], errors)
    with Store(tmp_path / "parts.duckdb") as parts:
        assert parts.add_parquet(tmp_path / "p1") == 2
        assert parts.add_parquet(tmp_path / "p2") == 2  # analyses[1] was already stored
        assert parts.add_parquet(tmp_path / "p2") == 0
        got = {t: sorted(map(str, parts.query_rows(f"SELECT * FROM {t}")[1])) for t in TABLES}
    assert got == expected


@pytest.mark.parametrize("fmt", ["parquet", "jsonl", "csv"])
def test_export_round_trip(db: Path, tmp_path: Path, fmt: str) -> None:
    analyses = [sample_analysis(i) for i in range(3)]
    with Store(db) as store:
        store.add_many(analyses, [("bad.txt", "NP101", "bad.txt: empty input")])
        expected = {t: store.query(f"SELECT * FROM {t}") for t in TABLES}
    out = tmp_path / "out"
    result = CliRunner().invoke(_app(), ["export", "--db", str(db), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{t}.{fmt}" for t in TABLES)
    for table, rows in expected.items():
        path = out / f"{table}.{fmt}"
        if fmt == "parquet":
            con = duckdb.connect()
            cur = con.execute(f"SELECT * FROM read_parquet('{path}')")
            names = [d[0] for d in cur.description]
            back = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
        elif fmt == "jsonl":
            back = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            for row in back:
                if "analysis" in row:
                    row["analysis"] = json.dumps(row["analysis"], separators=(",", ":"))
        else:
            with path.open(encoding="utf-8", newline="") as handle:
                back = list(csv.DictReader(handle))
        assert len(back) == len(rows), table
        key = _row_key(fmt)
        assert sorted(map(key, back)) == sorted(map(key, rows)), table
    # the analysis JSON survives every format exactly
    if fmt == "parquet":
        con = duckdb.connect()
        stored = con.execute(f"SELECT analysis FROM read_parquet('{out / 'articles.parquet'}')").fetchall()
        back_analyses = {a.article.id: a for a in (Analysis.model_validate_json(s) for (s,) in stored)}
        assert back_analyses == {a.article.id: a for a in analyses}


def _row_key(fmt: str):  # type: ignore[no-untyped-def]
    def key(row: dict[str, object]) -> str:
        values = {k: v for k, v in row.items() if k != "analysis"}
        if fmt == "csv":  # CSV has no types: compare as text, NULL as '', booleans as DuckDB writes them
            text = {True: "true", False: "false", None: ""}
            values = {k: text[v] if v is None or isinstance(v, bool) else str(v) for k, v in values.items()}
        return json.dumps(values, sort_keys=True, default=str)

    return key


def _app() -> typer.Typer:
    app = typer.Typer()
    corpus_cli.register(app, typer.Typer(), typer.Typer())
    return app


def test_query_formats(db: Path) -> None:
    with Store(db) as store:
        store.add_many([sample_analysis(i) for i in range(2)])
    sql = "SELECT speaker_name, kind, start_char FROM quotes ORDER BY article_id, idx"
    runner = CliRunner()
    as_json = runner.invoke(_app(), ["query", "--db", str(db), sql, "--format", "json"])
    assert as_json.exit_code == 0, as_json.output
    rows = json.loads(as_json.stdout)
    assert isinstance(rows, list) and len(rows) == 4
    assert rows[0].keys() == {"speaker_name", "kind", "start_char"}
    assert {r["speaker_name"] for r in rows} == {"Ada Brill", None}
    as_csv = runner.invoke(_app(), ["query", "--db", str(db), sql, "--format", "csv"])
    lines = as_csv.stdout.strip().splitlines()
    assert lines[0] == "speaker_name,kind,start_char" and len(lines) == 5
    assert list(csv.reader(lines[1:]))[0][0] in ("Ada Brill", "")
    table = runner.invoke(_app(), ["query", "--db", str(db), sql])
    assert table.stdout.splitlines()[0].split() == ["speaker_name", "kind", "start_char"]
    assert table.stdout.strip().endswith("(4 rows)")
    empty = runner.invoke(_app(), ["query", "--db", str(db), "SELECT * FROM errors", "-f", "json"])
    assert json.loads(empty.stdout) == []


def test_query_cli_sql_error_is_one_line(db: Path) -> None:
    with Store(db) as store:
        store.add(sample_analysis())
    proc = subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", "query", "--db", str(db), "SELEC 1"],
        capture_output=True,
        timeout=120,
    )
    err = proc.stderr.decode().strip()
    assert proc.returncode != 0
    assert err.startswith("error[NP302]") and len(err.splitlines()) == 1, err
    # the query connection is read-only: a write is refused, the store is unchanged
    proc = subprocess.run(
        [sys.executable, "-c", "from newsprobe.cli import main; main()", "query", "--db", str(db),
         "DELETE FROM articles"],
        capture_output=True,
        timeout=120,
    )  # fmt: skip
    assert proc.returncode != 0 and proc.stderr.decode().startswith("error[NP302]")
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_default_db_place(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from newsprobe.store import default_db

    monkeypatch.delenv("NEWSPROBE_DB", raising=False)
    assert default_db() == "newsprobe.duckdb"
    monkeypatch.setenv("NEWSPROBE_DB", str(tmp_path / "env.duckdb"))
    with Store() as store:
        store.add(sample_analysis())
    assert (tmp_path / "env.duckdb").exists()


def test_query_command_cannot_touch_other_files(tmp_path: Path) -> None:
    """User SQL reads the store only: COPY TO and file readers are refused with a coded error."""
    db = tmp_path / "s.duckdb"
    with Store(db) as store:
        store.counts()
    leak = tmp_path / "leak.csv"
    for sql in (f"COPY articles TO '{leak}'", "SELECT * FROM read_csv('/etc/hostname')"):
        proc = subprocess.run(
            [sys.executable, "-c", "from newsprobe.cli import main; main()", "query", "--db", str(db), sql],
            capture_output=True, text=True, timeout=120,
        )
        assert proc.returncode != 0 and proc.stderr.startswith("error[NP302]")
    assert not leak.exists()


def test_a_version_1_store_is_upgraded_in_place_when_opened_for_writing(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO store_meta VALUES ('store_version', '1'), ('schema_version', '1.0')")
    con.execute("CREATE TABLE quotes (article_id VARCHAR, idx INTEGER, kind VARCHAR)")
    con.execute("INSERT INTO quotes VALUES ('a1', 0, 'direct')")
    con.close()
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(str(path), read_only=True)
    with Store(str(path)) as store:
        cols = {r[0] for r in store.con.execute("DESCRIBE quotes").fetchall()}
        assert {"confidence", "framing", "speaker_name"} <= cols
        assert store.con.execute("SELECT kind, framing FROM quotes").fetchall() == [("direct", None)]
    with Store(str(path), read_only=True) as store:  # now current
        assert store.con.execute("SELECT value FROM store_meta WHERE key = 'store_version'").fetchone() == (
            STORE_VERSION,
        )


def test_a_version_2_store_gains_the_country_and_cameo_columns(tmp_path: Path) -> None:
    """Entity.country and Event.cameo are stored; a store written before them is upgraded in place."""
    path = tmp_path / "v2.duckdb"
    with Store(str(path)) as store:
        store.con.execute("ALTER TABLE entities DROP COLUMN country")
        store.con.execute("ALTER TABLE events DROP COLUMN cameo")
        store.con.execute("UPDATE store_meta SET value = '2' WHERE key = 'store_version'")
    with pytest.raises(StoreError, match="open it once for writing"):
        Store(str(path), read_only=True)
    base = sample_analysis(7)
    text = base.article.text
    said = _span(text, "said")
    event = Event(start=said.start, end=said.end, text=said.text, type="PROTEST", mode="demo",
                  sentence=Offsets(start=0, end=len(text)), cameo="141")  # fmt: skip
    entities = [e.model_copy(update={"country": "POL"}) if e.id == "E2" else e for e in base.entities]
    with Store(str(path)) as store:
        assert store.add(base.model_copy(update={"entities": entities, "events": [event]}))
    with Store(str(path), read_only=True) as store:
        assert store.query("SELECT name, country FROM entities ORDER BY entity_id") == [
            {"name": "Ada Brill", "country": None},
            {"name": "Tarnow", "country": "POL"},
        ]
        events = store.query("SELECT type, mode, cameo FROM events")
        assert events == [{"type": "PROTEST", "mode": "demo", "cameo": "141"}]
