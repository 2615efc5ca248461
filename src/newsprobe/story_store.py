"""Stories as stored data: assigned at ingest, read by pages and commands (never recomputed per request).

Tables (see :data:`newsprobe.store.TABLES`): ``stories`` (one row per story: ``seq`` is the order
of creation, ``outlets`` a JSON list), ``story_articles`` (article -> story) and
``story_aliases`` (an old story id -> the story it was merged into). The clustering parameters
are kept in ``store_meta`` (key ``story_params``), so later updates use the same ones.

* :func:`update_stories` -- the incremental step run at ingest: articles not yet in a story are
  clustered with the stored articles of their date window (see :mod:`newsprobe.stories`); they
  join existing stories or found new ones. A story keeps its id when articles join it; when a new
  article bridges two stories they merge under the *older* id and the other id becomes an alias.
* :func:`rebuild_stories` -- ``newsprobe stories --rebuild``: everything again (batch), possibly
  with other parameters; a new story takes the id of the old story it shares most articles with,
  and old ids that disappear become aliases.
* :func:`list_stories`, :func:`count_stories`, :func:`get_story`, :func:`story_of`, :func:`story_analyses` --
  reading (aliases resolved).
"""

from __future__ import annotations

import json
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, fields
from datetime import date
from typing import Any

from newsprobe.errors import Code, StoreError
from newsprobe.model import Analysis
from newsprobe.store import Store, insert_rows
from newsprobe.stories import (
    Background,
    EntityRow,
    Features,
    Story,
    StoryMember,
    StoryParams,
    Vectors,
    cluster,
    day_number,
    features_of,
    sort_stories,
    story_id,
)

PARAMS_KEY = "story_params"
#: new articles clustered per step (sorted by date; a step also ends where its dates spread too far)
STEP = 1000
_CACHE = 50_000
#: stored articles (the first ids: a fixed, uniform sample) that add to the IDF of an incremental step
BACKGROUND = 2000
#: dated articles (the most recent) an undated new article is compared with
RECENT = 5000


@dataclass
class UpdateReport:
    """What one update did."""

    assigned: int = 0
    new_stories: int = 0
    merged: int = 0


# -- parameters ---------------------------------------------------------------------------------


def stored_params(store: Store) -> StoryParams | None:
    """The parameters the stored stories were computed with (None before the first run)."""
    rows = store.query("SELECT value FROM store_meta WHERE key = ?", [PARAMS_KEY])
    if not rows:
        return None
    known = {f.name for f in fields(StoryParams)}
    data = {k: v for k, v in json.loads(rows[0]["value"]).items() if k in known}
    return StoryParams(**data)


def _save_params(store: Store, params: StoryParams) -> None:
    store.con.execute("DELETE FROM store_meta WHERE key = ?", [PARAMS_KEY])
    store.con.execute("INSERT INTO store_meta VALUES (?, ?)", [PARAMS_KEY, json.dumps(asdict(params))])


def has_stories_tables(store: Store) -> bool:
    return store.has_column("stories", "seq")


# -- features from the store --------------------------------------------------------------------

_ROWS_SQL = (
    "SELECT a.id, a.title, a.text, a.published, e.names, e.labels, e.ns FROM articles a LEFT JOIN ("
    "SELECT article_id, list(name) AS names, list(label) AS labels, list(n_mentions) AS ns "
    "FROM entities GROUP BY article_id) e ON e.article_id = a.id"
)


def _features(rows: Iterable[tuple[Any, ...]], title_boost: int) -> Iterator[Features]:
    for aid, title, text, published, ent_names, labels, ns in rows:
        ents: list[EntityRow] = list(zip(ent_names or [], labels or [], ns or [], strict=True))
        yield features_of(aid, title, text or "", published, ents, title_boost)


def _stream(store: Store, where: str = "", params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
    cur = store.con.cursor()
    try:
        cur.execute(f"{_ROWS_SQL} {where} ORDER BY a.id", list(params))
        while chunk := cur.fetchmany(1024):
            yield from chunk
    finally:
        cur.close()


class FeatureCache:
    """Features of recently seen articles (an ingest run keeps one across its batches)."""

    def __init__(self, size: int = _CACHE) -> None:
        self.size = size
        self.items: OrderedDict[tuple[str, int], Features] = OrderedDict()

    def load(self, store: Store, ids: Sequence[str], title_boost: int) -> list[Features]:
        missing = [i for i in ids if (i, title_boost) not in self.items]
        if missing:
            where = "WHERE list_contains(?, a.id)"
            for f in _features(_stream(store, where, [missing]), title_boost):
                self.items[(f.id, title_boost)] = f
        out = []
        for i in ids:
            self.items.move_to_end((i, title_boost))
            out.append(self.items[(i, title_boost)])
        while len(self.items) > self.size:
            self.items.popitem(last=False)
        return out


# -- the incremental step -----------------------------------------------------------------------


def _iso(day: int) -> str:
    return date.fromordinal(max(1, day)).isoformat()


def _steps(new: list[tuple[str, int | None]], window: int | None) -> Iterator[list[tuple[str, int | None]]]:
    """New articles by date, in steps of at most ``STEP`` spanning at most four windows."""
    dated = sorted((x for x in new if x[1] is not None), key=lambda x: (x[1], x[0]))
    undated = sorted(x for x in new if x[1] is None)
    span = 4 * (window if window is not None else 0) + 1
    step: list[tuple[str, int | None]] = []
    for item in dated:
        if step and (len(step) >= STEP or (window is not None and item[1] - step[0][1] > span)):  # type: ignore[operator]
            yield step
            step = []
        step.append(item)
    if step:
        yield step
    for i in range(0, len(undated), STEP):
        yield undated[i : i + STEP]


def _pool(store: Store, step: list[tuple[str, int | None]], window: int | None) -> list[str]:
    """Stored articles already in a story that the step's articles are compared with: those dated
    within the window of the step's dates and the undated ones; for a step of undated articles, the
    undated ones and the ``RECENT`` most recent dated ones (every one without a window)."""
    base = "SELECT sa.article_id FROM story_articles sa JOIN articles a ON a.id = sa.article_id"
    days = [d for _, d in step if d is not None]
    if window is None:
        rows = store.query_rows(base)[1]
    elif days:
        lo, hi = _iso(min(days) - window), _iso(max(days) + window)
        rows = store.query_rows(
            base + " WHERE (left(a.published, 10) BETWEEN ? AND ?) OR a.published IS NULL "
            "OR try_cast(left(a.published, 10) AS DATE) IS NULL",
            [lo, hi],
        )[1]
    else:  # undated articles: every undated one and the most recent dated ones
        rows = store.query_rows(
            base + " WHERE a.published IS NULL OR try_cast(left(a.published, 10) AS DATE) IS NULL"
        )[1]
        rows += store.query_rows(
            base + " WHERE try_cast(left(a.published, 10) AS DATE) IS NOT NULL "
            "ORDER BY left(a.published, 10) DESC, a.id LIMIT ?",
            [RECENT],
        )[1]
    return sorted({r[0] for r in rows})


def update_stories(
    store: Store, params: StoryParams | None = None, *, cache: FeatureCache | None = None
) -> UpdateReport:
    """Put every stored article that is in no story yet into one (see the module docstring).

    ``params`` only matter for a store without stories yet; afterwards the stored ones are used.
    """
    params = (stored_params(store) or params or StoryParams()).check()
    cache = cache or FeatureCache()
    report = UpdateReport()
    new = [
        (r[0], day_number(r[1]))
        for r in store.query_rows(
            "SELECT a.id, a.published FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id "
            "WHERE sa.article_id IS NULL ORDER BY a.id"
        )[1]
    ]
    if not new:
        return report
    sample = [r[0] for r in store.query_rows("SELECT id FROM articles ORDER BY id LIMIT ?", [BACKGROUND])[1]]
    background = Background.of(cache.load(store, sample, params.title_boost))
    for step in _steps(new, params.window_days):
        _update_step(store, params, cache, background, [aid for aid, _ in step], report)
    _save_params_once(store, params)
    return report


def _save_params_once(store: Store, params: StoryParams) -> None:
    if stored_params(store) is None:
        _save_params(store, params)


def _update_step(
    store: Store,
    params: StoryParams,
    cache: FeatureCache,
    background: Background,
    new_ids: list[str],
    report: UpdateReport,
) -> None:
    pool_ids = _pool(store, [(i, day_number(f.published)) for i, f in
                             zip(new_ids, cache.load(store, new_ids, params.title_boost), strict=True)],
                     params.window_days)
    story_of: dict[str, str] = dict(
        store.query_rows(
            "SELECT article_id, story_id FROM story_articles WHERE list_contains(?, article_id)", [pool_ids]
        )[1]
    )
    ids = pool_ids + new_ids
    feats = cache.load(store, ids, params.title_boost)
    initial_names = [story_of[i] for i in pool_ids] + [f"new:{i}" for i in new_ids]
    index: dict[str, int] = {}
    initial = [index.setdefault(name, len(index)) for name in initial_names]
    fresh = [False] * len(pool_ids) + [True] * len(new_ids)
    labels = cluster(Vectors.of(feats, params, background.without(feats)), params, initial=initial, fresh=fresh)
    groups: dict[int, list[int]] = {}
    for i, label in enumerate(labels):
        groups.setdefault(label, []).append(i)
    seq_of: dict[str, int] = dict(
        store.query_rows("SELECT id, seq FROM stories WHERE list_contains(?, id)", [sorted(set(story_of.values()))])[1]
    )
    seq_row = store.query_rows("SELECT max(seq) FROM stories")[1]
    next_seq = int(seq_row[0][0] or 0) + 1
    taken: set[str] = set()
    published = {f.id: f.published for f in feats}
    assign: list[tuple[str, str]] = []
    created: list[tuple[str, int]] = []
    merges: list[tuple[str, str]] = []
    touched: set[str] = set()
    for members in groups.values():
        new_members = [ids[i] for i in members if fresh[i]]
        if not new_members:
            continue
        old = sorted({story_of[ids[i]] for i in members if not fresh[i]}, key=lambda s: (seq_of[s], s))
        if old:
            keep = old[0]
            merges.extend((other, keep) for other in old[1:])
        else:
            founder = min(new_members, key=lambda a: (published[a] or "9999", a))
            keep = _fresh_id(founder, taken, store)
            taken.add(keep)
            created.append((keep, next_seq))
            next_seq += 1
        assign.extend((a, keep) for a in new_members)
        touched.add(keep)
    _write_update(store, assign, created, merges, touched)
    report.assigned += len(assign)
    report.new_stories += len(created)
    report.merged += len(merges)


def _fresh_id(founder: str, taken: set[str], store: Store | None = None) -> str:
    """The id of a new story founded by ``founder`` (never one in use, nor an alias)."""

    def used(sid: str) -> bool:
        if sid in taken:
            return True
        return store is not None and bool(
            store.query_rows(
                "SELECT 1 FROM stories WHERE id = ? UNION ALL SELECT 1 FROM story_aliases WHERE alias = ?", [sid, sid]
            )[1]
        )

    sid, n = story_id(founder), 0
    while used(sid):
        n += 1
        sid = story_id(f"{founder}#{n}")
    return sid


def _write_update(
    store: Store,
    assign: list[tuple[str, str]],
    created: list[tuple[str, int]],
    merges: list[tuple[str, str]],
    touched: set[str],
) -> None:
    con = store.con
    try:
        con.begin()
        insert_rows(con, "stories", [(sid, seq, 0, None, None, "[]", None) for sid, seq in created])
        insert_rows(con, "story_articles", assign)
        for other, keep in merges:
            con.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", [keep, other])
            con.execute("UPDATE story_aliases SET story_id = ? WHERE story_id = ?", [keep, other])
            con.execute("DELETE FROM stories WHERE id = ?", [other])
            con.execute("INSERT OR REPLACE INTO story_aliases VALUES (?, ?)", [other, keep])
        _refresh(store, sorted(touched))
        con.commit()
    except Exception:
        con.rollback()
        raise


def _refresh(store: Store, story_ids: list[str]) -> None:
    """Recompute size, dates, outlets and title of the given stories from their members."""
    if not story_ids:
        return
    store.con.execute(
        "UPDATE stories SET size = s.n, first_published = s.f, last_published = s.l, outlets = s.o, title = s.t "
        "FROM (SELECT sa.story_id AS sid, count(*) AS n, min(a.published) AS f, max(a.published) AS l, "
        "to_json(coalesce(list_sort(list(DISTINCT a.outlet) FILTER (WHERE a.outlet IS NOT NULL)), [])) AS o, "
        "arg_min(a.title, coalesce(a.published, '9999') || a.id) AS t "
        "FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE list_contains(?, sa.story_id) GROUP BY sa.story_id) s WHERE stories.id = s.sid",
        [story_ids],
    )


# -- rebuild ------------------------------------------------------------------------------------


def rebuild_stories(store: Store, params: StoryParams | None = None) -> UpdateReport:
    """Cluster every stored article again (batch) and store the stories, keeping ids where possible."""
    params = (params or stored_params(store) or StoryParams()).check()
    ids: list[str] = []

    def tracked(feats: Iterator[Features]) -> Iterator[Features]:
        for f in feats:
            ids.append(f.id)
            yield f

    published: dict[str, str | None] = {}

    def rows() -> Iterator[tuple[Any, ...]]:
        for row in _stream(store):
            published[row[0]] = row[3]
            yield row

    vectors = Vectors.of(tracked(_features(rows(), params.title_boost)), params)
    labels = cluster(vectors, params) if ids else []
    groups: dict[int, list[str]] = {}
    for aid, label in zip(ids, labels, strict=True):
        groups.setdefault(label, []).append(aid)
    old_of: dict[str, str] = dict(store.query_rows("SELECT article_id, story_id FROM story_articles")[1])
    seq_of: dict[str, int] = dict(store.query_rows("SELECT id, seq FROM stories")[1])
    aliases: dict[str, str] = dict(store.query_rows("SELECT alias, story_id FROM story_aliases")[1])
    named = _name_groups(list(groups.values()), old_of, seq_of, published, set(aliases))
    _write_rebuild(store, named, old_of, seq_of, aliases, params)
    return UpdateReport(assigned=len(ids), new_stories=sum(1 for sid in named if sid not in seq_of))


def _name_groups(
    groups: list[list[str]],
    old_of: dict[str, str],
    seq_of: dict[str, int],
    published: dict[str, str | None],
    aliases: set[str],
) -> dict[str, list[str]]:
    """A story id per group: the old story it shares most articles with (older first), else a new one."""
    candidates = []
    for g, members in enumerate(groups):
        for sid, n in Counter(old_of[a] for a in members if a in old_of).items():
            candidates.append((-n, seq_of.get(sid, 0), sid, g))
    candidates.sort()
    chosen: dict[int, str] = {}
    used: set[str] = set()
    for _, _, sid, g in candidates:
        if g not in chosen and sid not in used:
            chosen[g] = sid
            used.add(sid)
    taken = set(seq_of) | used | aliases
    named: dict[str, list[str]] = {}
    for g, members in enumerate(groups):
        found = chosen.get(g)
        if found is None:
            founder = min(members, key=lambda a: (published.get(a) or "9999", a))
            found = _fresh_id(founder, taken)
            taken.add(found)
        named[found] = members
    return named


def _write_rebuild(
    store: Store,
    named: dict[str, list[str]],
    old_of: dict[str, str],
    seq_of: dict[str, int],
    aliases: dict[str, str],
    params: StoryParams,
) -> None:
    new_of = {a: sid for sid, members in named.items() for a in members}
    # an old id that is gone points to the new story holding most of its articles
    moved: dict[str, str] = {}
    for old in seq_of:
        if old in named:
            continue
        where = Counter(new_of[a] for a, s in old_of.items() if s == old and a in new_of)
        if where:
            moved[old] = where.most_common(1)[0][0]
    for alias, target in aliases.items():
        final = target if target in named else moved.get(target)
        if final is not None and alias not in named:
            moved.setdefault(alias, final)
    next_seq = max(seq_of.values(), default=0) + 1
    story_rows = []
    for sid in sorted(named, key=lambda s: (s not in seq_of, seq_of.get(s, 0), s)):
        seq = seq_of.get(sid)
        if seq is None:
            seq, next_seq = next_seq, next_seq + 1
        story_rows.append((sid, seq, 0, None, None, "[]", None))
    con = store.con
    try:
        con.begin()
        for table in ("stories", "story_articles", "story_aliases"):
            con.execute(f"DELETE FROM {table}")
        insert_rows(con, "stories", story_rows)
        insert_rows(con, "story_articles", sorted(new_of.items()))
        insert_rows(con, "story_aliases", sorted(moved.items()))
        _refresh(store, sorted(named))
        _save_params(store, params)
        con.commit()
    except Exception:
        con.rollback()
        raise


# -- reading ------------------------------------------------------------------------------------


def _require_tables(store: Store) -> None:
    if not has_stories_tables(store):
        raise StoreError(
            Code.NOT_FOUND, f"{store.path}: no stories stored yet (run `newsprobe stories --rebuild --db {store.path}`)"
        )


def unassigned(store: Store) -> int:
    """How many stored articles are in no story (0 right after an ingest)."""
    if not has_stories_tables(store):
        return int(store.query_rows("SELECT count(*) FROM articles")[1][0][0])
    rows = store.query_rows(
        "SELECT count(*) FROM articles a LEFT JOIN story_articles sa ON sa.article_id = a.id "
        "WHERE sa.article_id IS NULL"
    )[1]
    return int(rows[0][0])


def _stories(store: Store, where: str, params: list[Any], tail: str = "") -> list[Story]:
    rows = store.query(
        f"SELECT id, size, first_published, last_published, outlets, title FROM stories {where} "
        f"ORDER BY size DESC, coalesce(first_published, '9999'), id {tail}",
        params,
    )
    if not rows:
        return []
    wanted = [r["id"] for r in rows]
    members: dict[str, list[StoryMember]] = {}
    for m in store.query(
        "SELECT sa.story_id, a.id, a.source, a.title, a.outlet, a.published FROM story_articles sa "
        "JOIN articles a ON a.id = sa.article_id WHERE list_contains(?, sa.story_id) "
        "ORDER BY coalesce(a.published, '9999'), coalesce(a.outlet, ''), a.id",
        [wanted],
    ):
        members.setdefault(m["story_id"], []).append(
            StoryMember(id=m["id"], source=m["source"], title=m["title"], outlet=m["outlet"], published=m["published"])
        )
    alias_of: dict[str, list[str]] = {}
    for a in store.query(
        "SELECT alias, story_id FROM story_aliases WHERE list_contains(?, story_id) ORDER BY alias", [wanted]
    ):
        alias_of.setdefault(a["story_id"], []).append(a["alias"])
    return [
        Story(
            id=r["id"],
            size=r["size"],
            outlets=json.loads(r["outlets"] or "[]"),
            first_published=r["first_published"],
            last_published=r["last_published"],
            title=r["title"],
            aliases=alias_of.get(r["id"], []),
            articles=members.get(r["id"], []),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class StoryFilter:
    """Which stories to list: ``outlet`` (one of its articles' outlet), ``date_from``/``date_to``
    (ISO dates its articles' span overlaps), ``q`` (a case-insensitive substring of one of its
    articles' titles or of an outlet)."""

    outlet: str = ""
    date_from: str = ""
    date_to: str = ""
    q: str = ""


def _story_where(min_size: int, f: StoryFilter | None) -> tuple[str, list[Any]]:
    clauses: list[str] = ["size >= ?"]
    params: list[Any] = [max(1, min_size)]
    f = f or StoryFilter()
    member = (
        "EXISTS (SELECT 1 FROM story_articles sa JOIN articles a ON a.id = sa.article_id "
        "WHERE sa.story_id = stories.id AND "
    )
    if f.outlet:
        clauses.append(member + "a.outlet = ?)")
        params.append(f.outlet)
    if f.date_from:
        clauses.append("last_published >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("left(coalesce(first_published, '9999'), 10) <= ?")
        params.append(f.date_to)
    if f.q:
        clauses.append(
            "(" + member + "(contains(lower(coalesce(a.title, '')), lower(?)) "
            "OR contains(lower(coalesce(a.outlet, '')), lower(?)))))"
        )
        params += [f.q, f.q]
    return "WHERE " + " AND ".join(clauses), params


def list_stories(
    store: Store,
    *,
    min_size: int = 2,
    limit: int | None = None,
    offset: int = 0,
    where: StoryFilter | None = None,
) -> list[Story]:
    """Stored stories with at least ``min_size`` articles (and matching ``where``): largest first, then earliest."""
    _require_tables(store)
    tail = f"LIMIT {int(limit)} OFFSET {int(offset)}" if limit is not None else ""
    sql, params = _story_where(min_size, where)
    return sort_stories(_stories(store, sql, params, tail))


def count_stories(store: Store, *, min_size: int = 2, where: StoryFilter | None = None) -> int:
    """How many stories :func:`list_stories` would list without ``limit``."""
    _require_tables(store)
    sql, params = _story_where(min_size, where)
    return int(store.query_rows(f"SELECT count(*) FROM stories {sql}", params)[1][0][0])


def story_of(store: Store, article_id: str) -> Story | None:
    """The stored story an article is in (None when it is in none yet)."""
    _require_tables(store)
    rows = store.query_rows("SELECT story_id FROM story_articles WHERE article_id = ?", [article_id])[1]
    if not rows:
        return None
    found = _stories(store, "WHERE id = ?", [rows[0][0]])
    return found[0] if found else None


def resolve(store: Store, sid: str) -> str | None:
    """The id a story id (or an alias of a merged story) stands for now, or None."""
    _require_tables(store)
    if store.query_rows("SELECT 1 FROM stories WHERE id = ?", [sid])[1]:
        return sid
    rows = store.query_rows("SELECT story_id FROM story_aliases WHERE alias = ?", [sid])[1]
    return str(rows[0][0]) if rows else None


def get_story(store: Store, sid: str) -> Story | None:
    """One stored story by id or alias (its current id in ``Story.id``)."""
    current = resolve(store, sid)
    if current is None:
        return None
    found = _stories(store, "WHERE id = ?", [current])
    return found[0] if found else None


def story_analyses(store: Store, sid: str) -> tuple[Story, list[Analysis]]:
    """A stored story and the analyses of its articles; a coded error (NP303) when unknown."""
    story = get_story(store, sid)
    if story is None:
        raise StoreError(Code.NOT_FOUND, f"no story {sid[:40]!r} in {store.path} (list them: newsprobe stories)")
    return story, list(store.analyses([m.id for m in story.articles]))
