"""The claims ledger: every reported value of one counted thing across the corpus.

:func:`ledger` reads the store's ``quantities`` (their ``category``, filled at analysis time by
:mod:`newsprobe.figure_categories`), with each article's outlet, date and story, and who asserts
the figure (``claim_source``, or the outlet's own voice). It aggregates stored records only.

``entity`` keeps the figures whose source is that entity, or that appear in an article naming it
(names matched with :mod:`newsprobe.names`: "Kessler" finds "Marta Kessler").
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from pydantic import BaseModel, Field

from newsprobe import names
from newsprobe.errors import Code, StoreError
from newsprobe.store import Store


class LedgerRow(BaseModel):
    article_id: str
    outlet: str | None
    published: str | None
    title: str | None = None
    story_id: str | None = None
    category: str
    value: float | None
    low: float | None = None
    high: float | None = None
    comparator: str | None = None
    unit: str | None = None
    surface: str
    counted: str | None = None
    asserted_by: str = Field(description="claim_source name, or 'own voice' for the outlet itself")
    start: int
    end: int
    sentence: str | None = None


class Ledger(BaseModel):
    category: str | None = None
    entity: str | None = None
    story: str | None = None
    rows: list[LedgerRow]
    categories: dict[str, int] = Field(default_factory=dict, description="category -> figures (all shown rows)")


def _matches(name: str | None, wanted: str) -> bool:
    if not name:
        return False
    key = names.name_key(name)
    return bool(key) and (key == wanted or key.endswith(" " + wanted) or wanted.endswith(" " + key))


def _sentences(store: Store, ids: list[str]) -> dict[str, tuple[str, list[tuple[int, int]]]]:
    out: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    for aid, text, raw in store.query_rows(
        "SELECT id, text, json_extract(analysis, '$.sentences') FROM articles WHERE list_contains(?, id)", [ids]
    )[1]:
        spans = [(int(s["start"]), int(s["end"])) for s in json.loads(raw or "[]") or []]
        out[aid] = (text or "", spans)
    return out


def ledger(store: Store, *, category: str | None = None, entity: str | None = None,
           story: str | None = None) -> Ledger:
    """The ledger of the stored figures (optionally of one category, entity or story), by date."""
    if not store.has_column("quantities", "category"):
        raise StoreError(
            Code.STORE, f"{store.path}: this store has no figure categories yet; open it once for writing "
            "(e.g. `newsprobe ingest`) and re-ingest the articles to fill them"
        )
    where = ["q.category IS NOT NULL"]
    params: list[Any] = []
    if category:
        where.append("(q.category = ? OR q.category LIKE ?)")
        params += [category, category + ":%"]
    joins = ""
    if store.has_column("story_articles", "story_id"):
        joins = "LEFT JOIN story_articles sa ON sa.article_id = q.article_id"
        story_col = "sa.story_id"
        if story:
            from newsprobe.story_store import resolve

            current = resolve(store, story)
            if current is None:
                raise StoreError(Code.NOT_FOUND, f"no story {story[:40]!r} in {store.path}")
            where.append("sa.story_id = ?")
            params.append(current)
    else:
        story_col = "NULL"
    rows = store.query(
        "SELECT q.article_id, a.outlet, a.published, a.title, " + story_col + " AS story_id, q.category, q.value, "
        "q.low, q.high, q.comparator, q.unit, q.text AS surface, q.counted, q.claim_source_name, "
        "q.start_char, q.end_char FROM quantities q JOIN articles a ON a.id = q.article_id "
        f"{joins} WHERE {' AND '.join(where)} "
        "ORDER BY coalesce(a.published, '9999'), coalesce(a.outlet, ''), q.article_id, q.start_char",
        params,
    )
    if entity:
        wanted = names.name_key(entity)
        ids = sorted({r["article_id"] for r in rows})
        naming = {
            r[0]
            for r in store.query_rows(
                "SELECT article_id, name FROM entities WHERE list_contains(?, article_id)", [ids]
            )[1]
            if _matches(r[1], wanted)
        }
        rows = [r for r in rows if r["article_id"] in naming or _matches(r["claim_source_name"], wanted)]
    texts = _sentences(store, sorted({r["article_id"] for r in rows}))
    out = []
    for r in rows:
        text, spans = texts.get(r["article_id"], ("", []))
        sentence = next((text[s:e] for s, e in spans if s <= r["start_char"] < e), None)
        out.append(
            LedgerRow(
                article_id=r["article_id"], outlet=r["outlet"], published=r["published"], title=r["title"],
                story_id=r["story_id"], category=r["category"], value=r["value"], low=r["low"], high=r["high"],
                comparator=r["comparator"], unit=r["unit"], surface=r["surface"], counted=r["counted"],
                asserted_by=r["claim_source_name"] or "own voice", start=r["start_char"], end=r["end_char"],
                sentence=sentence,
            )
        )
    return Ledger(
        category=category, entity=entity, story=story, rows=out,
        categories=dict(Counter(r.category for r in out).most_common()),
    )
