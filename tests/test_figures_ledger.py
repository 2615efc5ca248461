"""The claims ledger: every stored value of one counted thing, across outlets and dates (fictional texts)."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsprobe.figure_categories import category_of
from newsprobe.ledger import ledger
from newsprobe.model import Analysis, Article, ClaimSource, Entity, Mention, Offsets, Quantity, article_id
from newsprobe.render.compare_ledger import render_csv, render_html, render_json, render_table, svg_timeline
from newsprobe.store import Store

REPORTS = [
    # outlet, date, text, surface, value, comparator, source
    ("Riverside Courier", "2031-04-02", "Floods in Velmora killed 14 people, the Red Cross said.", "14", 14, None,
     "the Red Cross"),
    ("Valley Herald", "2031-04-03", "The Velmora flood death toll rose to at least 22, officials said.",
     "at least 22", 22, "ge", "officials"),
    ("North Ledger", "2031-04-09", "About 30 people died in the Velmora floods, Governor Marta Kessler said.",
     "About 30", 30, "approx", "Marta Kessler"),
    ("Riverside Courier", "2031-04-16", "The Velmora flood has killed 31 people, the Red Cross said.", "31", 31, None,
     "the Red Cross"),
    ("Tarn Post", "2031-04-10", "The Tarn budget is $48m, and 3 people were hurt <b>in</b> a crash.", "3", 3, None,
     None),
]


def _analysis(outlet: str, published: str, text: str, surface: str, value: float, comparator: str | None,
              source: str | None) -> Analysis:
    start = text.index(surface)
    q = Quantity(start=start, end=start + len(surface), text=surface, value=value, comparator=comparator,
                 claim_source=ClaimSource(entity_id=None, name=source) if source else None)
    quantities = [q.model_copy(update={"category": category_of(q, text)})]
    entities = []
    if "Velmora" in text:
        at = text.index("Velmora")
        entities.append(Entity(id="E1", name="Velmora", label="GPE",
                               mentions=[Mention(start=at, end=at + 7, text="Velmora")]))
    if "$48m" in text:
        at = text.index("$48m")
        money = Quantity(start=at, end=at + 4, text="$48m", value=48e6, unit="USD")
        quantities.append(money.model_copy(update={"category": category_of(money, text)}))
    article = Article(id=article_id(text), text=text, outlet=outlet, published=published, title=text[:30])
    return Analysis(article=article, quantities=quantities, entities=entities,
                    sentences=[Offsets(start=0, end=len(text))])


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.duckdb"
    with Store(path) as store:
        store.add_many([_analysis(*row) for row in REPORTS])
    return path


def test_ledger_of_one_category_by_date_with_sources(db: Path) -> None:
    with Store(db, read_only=True) as store:
        killed = ledger(store, category="killed")
        everything = ledger(store)
        velmora = ledger(store, entity="Velmora")
        kessler = ledger(store, entity="Kessler")
        money = ledger(store, category="money")
    assert [(r.outlet, r.published, r.value, r.asserted_by) for r in killed.rows] == [
        ("Riverside Courier", "2031-04-02", 14, "the Red Cross"),
        ("Valley Herald", "2031-04-03", 22, "officials"),
        ("North Ledger", "2031-04-09", 30, "Marta Kessler"),
        ("Riverside Courier", "2031-04-16", 31, "the Red Cross"),
    ]
    assert killed.rows[1].comparator == "ge" and killed.rows[0].sentence == REPORTS[0][2]
    assert everything.categories == {"killed": 4, "injured": 1, "money:budget": 1}
    assert len(velmora.rows) == 4  # articles naming Velmora
    assert [r.value for r in kessler.rows] == [30]  # asserted by Marta Kessler
    assert [(r.category, r.unit, r.value) for r in money.rows] == [("money:budget", "USD", 48e6)]


def test_formats(db: Path) -> None:
    with Store(db, read_only=True) as store:
        found = ledger(store, category="killed")
    assert json.loads(render_json(found))["rows"][0]["value"] == 14
    rows = list(csv.DictReader(io.StringIO(render_csv(found))))
    assert [r["value"] for r in rows] == ["14.0", "22.0", "30.0", "31.0"]
    assert ">=22" in render_table(found)
    page = render_html(found)
    assert "<script" not in page and page.count("<svg") == 1
    assert page.count("<circle") >= 2 and "<polyline" in page  # Riverside Courier over two dates
    assert "Riverside Courier, 2031-04-16: 31" in page  # a tooltip


def test_html_escapes_article_text(tmp_path: Path) -> None:
    evil = "<img src=x onerror=alert(1)>"
    text = "Floods killed 5 people, " + evil + " said."
    path = tmp_path / "evil.duckdb"
    with Store(path) as store:
        store.add(_analysis(evil, "2031-04-02", text, "5", 5, None, evil))
    with Store(path, read_only=True) as store:
        found = ledger(store)
    page = render_html(found)
    assert "<img" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert "<img" not in svg_timeline(found.rows, evil)


def test_cli_figures(db: Path) -> None:
    code = "from newsprobe.cli import main; main()"
    out = subprocess.run([sys.executable, "-c", code, "figures", "--db", str(db), "--category", "killed",
                          "--format", "html"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "<svg" in out.stdout and "<script" not in out.stdout
    bad = subprocess.run([sys.executable, "-c", code, "figures", "--db", str(db), "--format", "pdf"],
                         capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and bad.stderr.startswith("error[NP1")
