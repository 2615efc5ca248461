"""Story clustering: fictional articles on two events, pure helpers, and the BASIL gate.

All example text is fictional and written for these tests.
"""

from __future__ import annotations

import importlib.util
from dataclasses import replace

import pytest

from conftest import SHARED
from newsprobe.errors import NewsprobeError
from newsprobe.evaluate.stories import bcubed
from newsprobe.model import Analysis, Article, Entity, article_id
from newsprobe.stories import (
    StoryParams,
    cluster_analyses,
    cluster_labels,
    cluster_stories,
    content_words,
    cosine,
    entity_keys,
    similarities,
    story_id,
    surface_entities,
    tfidf,
)

FLOOD = [
    ("Riverside Courier", "2031-04-02", "Arlen River flood kills 14 in Velmora valley",
     "The Arlen River burst its banks in the Velmora valley, flooding villages near Dunmore. "
     "Governor Marta Kessler said rescue teams were searching flooded homes."),
    ("Valley Herald", "2031-04-03", "Velmora flood death toll rises",
     "Floodwater from the Arlen River swept through villages in the Velmora valley. "
     "The Red Cross said rescue teams reached flooded homes near Dunmore; Kessler promised aid."),
    ("North Ledger", "2031-04-02", "Villages flooded as Arlen River bursts banks",
     "Rescue teams in the Velmora valley pulled families from flooded homes after the Arlen River "
     "burst its banks, Governor Kessler said."),
]
VOTE = [
    ("Riverside Courier", "2031-04-03", "Tarn council vote delayed over ballot dispute",
     "The Tarn city council postponed its budget vote after a dispute over ballot counting. "
     "Councillor Ines Moro said the vote on the harbour budget would be held next week."),
    ("North Ledger", "2031-04-04", "Ballot dispute stalls Tarn budget vote",
     "A dispute about counting ballots stalled the Tarn council budget vote on the harbour. "
     "Ines Moro, a councillor, said members would vote again next week."),
]


def _analysis(outlet: str, published: str | None, title: str, text: str) -> Analysis:
    return Analysis(
        article=Article(id=article_id(text), text=text, title=title, outlet=outlet, published=published,
                        source=f"{outlet.lower().replace(' ', '-')}.txt")
    )


def _groups(stories: list) -> set[frozenset[str]]:  # type: ignore[type-arg]
    return {frozenset(m.title for m in s.articles) for s in stories}


def test_two_events_make_two_stories() -> None:
    analyses = [_analysis(*row) for row in FLOOD + VOTE]
    stories = cluster_stories(analyses)
    assert _groups(stories) == {frozenset(r[2] for r in FLOOD), frozenset(r[2] for r in VOTE)}
    first = stories[0]
    assert first.size == 3
    assert first.outlets == ["North Ledger", "Riverside Courier", "Valley Herald"]
    assert (first.first_published, first.last_published) == ("2031-04-02", "2031-04-03")
    assert first.articles[0].source and first.articles[0].published


def test_story_id_is_stable_and_order_free() -> None:
    analyses = [_analysis(*row) for row in FLOOD + VOTE]
    ids = {s.id for s in cluster_stories(analyses)}
    assert ids == {s.id for s in cluster_stories(list(reversed(analyses)))}
    assert story_id("a") == story_id("a") != story_id("b")


def test_sparse_graph_matches_the_dense_average_link() -> None:
    analyses = [_analysis(*row) for row in FLOOD + VOTE]
    for params in (StoryParams(), StoryParams(threshold=0.1, window_days=None), StoryParams(entity_weight=0.5)):
        sparse = cluster_analyses(analyses, params)
        dense = cluster_labels(similarities(analyses, params).combined(params), params.threshold)
        as_sets = lambda labels: {frozenset(i for i, x in enumerate(labels) if x == y) for y in labels}  # noqa: E731
        assert as_sets(sparse) == as_sets(dense)


def test_time_window_splits_same_words_far_apart() -> None:
    early = _analysis(*FLOOD[0])
    late = _analysis(FLOOD[1][0], "2031-09-30", FLOOD[1][2], FLOOD[1][3])
    undated = _analysis(FLOOD[1][0], None, FLOOD[1][2], FLOOD[1][3] + " More later.")
    assert len(cluster_stories([early, late])) == 2
    assert len(cluster_stories([early, late], StoryParams(window_days=None))) == 1
    assert len(cluster_stories([early, undated])) == 1  # no date: the window does not apply


def test_min_size_and_bad_params() -> None:
    analyses = [_analysis(*row) for row in FLOOD] + [_analysis(*VOTE[0])]
    assert [s.size for s in cluster_stories(analyses, min_size=2)] == [3]
    assert cluster_stories([]) == []
    with pytest.raises(NewsprobeError):
        cluster_stories(analyses, replace(StoryParams(), threshold=1.5))


def test_tfidf_cosine() -> None:
    docs = [content_words("flood river flood"), content_words("river flood"), content_words("budget vote")]
    sim = cosine(tfidf(docs))
    assert sim[0, 0] == pytest.approx(1.0)
    assert sim[0, 1] > 0.5
    assert sim[0, 2] == 0.0
    assert "the" not in content_words("The river and the flood")


def test_surface_entities_skip_sentence_openers() -> None:
    keys = surface_entities("Rescuers arrived. Governor Marta Kessler met the UN team in Dunmore.")
    assert "rescuers" not in keys
    assert "marta kessler" in keys and "kessler" in keys
    assert "un" in keys and "dunmore" in keys


def test_entity_keys_prefer_the_entities_component() -> None:
    a = _analysis(*FLOOD[0])
    assert "kessler" in entity_keys(a)  # surface heuristic
    named = a.model_copy(update={"entities": [Entity(id="E1", name="Sen. Ines Moro", label="PERSON")]})
    assert entity_keys(named) == ["ines moro", "moro"]  # "Sen." dropped from a person's name


def test_bcubed_by_hand() -> None:
    gold = ["a", "a", "a", "b"]
    assert bcubed([1, 1, 1, 2], gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    # everything in one cluster: precision (3*3/4 + 1/4)/4 = 0.625, recall 1
    assert bcubed([1, 1, 1, 1], gold)["precision"] == 0.625
    split = bcubed([1, 1, 2, 3], gold)
    assert split["precision"] == 1.0
    assert split["recall"] == pytest.approx((2 / 3 * 2 + 1 / 3 + 1) / 4, abs=1e-4)
    assert bcubed([1, 1, 2, 3], gold, [False, False, False, True])["recall"] == 1.0


@pytest.mark.skipif(importlib.util.find_spec("newsprobe.components.entities") is None,
                    reason="needs the entities component")
def test_stories_from_pipeline_analyses() -> None:
    from newsprobe import pipeline

    nlp = pipeline.shared(("newsprobe_entities",))
    analyses = [
        pipeline.analyze(Article(id=article_id(text), text=text, title=title, outlet=outlet,
                                 published=published), nlp=nlp)
        for outlet, published, title, text in FLOOD + VOTE
    ]
    assert any(a.entities for a in analyses)
    for params in (StoryParams(), StoryParams(entity_weight=0.5)):
        assert _groups(cluster_stories(analyses, params)) == {
            frozenset(r[2] for r in FLOOD), frozenset(r[2] for r in VOTE)
        }


BASIL = SHARED / "datasets" / "basil"
SHIPPED_FLOOR = 0.96  # issue 12: shipped defaults measured 0.9823 (batch) and 0.9729 (incremental)


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not (BASIL / "articles").is_dir(), reason="BASIL dataset absent")
def test_basil_gate() -> None:
    """Floors a little under the measured figures (test split: BASIL 2013-2016 + odd singletons)."""
    from newsprobe.evaluate.stories import evaluate_stories

    result = evaluate_stories(BASIL)
    ours = result["newsprobe"]
    assert isinstance(ours, dict)
    assert ours["test"]["bcubed_basil_items"]["f1"] >= 0.92  # measured 0.9439
    assert ours["test"]["bcubed"]["f1"] >= 0.86  # measured 0.886
    assert ours["all"]["bcubed_basil_items"]["f1"] >= 0.94  # measured 0.966
    shipped = result["newsprobe_shipped_defaults"]
    assert isinstance(shipped, dict)
    assert shipped["all"]["bcubed_basil_items"]["f1"] >= SHIPPED_FLOOR
    assert shipped["incremental_all"]["bcubed_basil_items"]["f1"] >= SHIPPED_FLOOR


# --- stored stories: incremental, stable ids, aliases, rebuild ---------------------------------

OTHER = [
    ("Harbour Daily", "2031-04-03", "Lighthouse museum reopens in Sorrel Bay",
     "The lighthouse museum in Sorrel Bay reopened after a year of repairs. Curator Nadia Holm showed "
     "visitors the restored lens and the keeper's logbooks."),
    ("Harbour Daily", "2031-04-02", "Chess club wins the Pellin county cup",
     "The Pellin chess club won the county cup on Sunday. Captain Rui Santos thanked the juniors who "
     "played the last round."),
]


def _store_with(analyses: list[Analysis]):  # type: ignore[no-untyped-def]
    from newsprobe.store import Store
    from newsprobe.story_store import update_stories

    store = Store(":memory:")
    store.add_many(analyses)
    update_stories(store)
    return store


def _membership(store) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return dict(store.query_rows("SELECT article_id, story_id FROM story_articles")[1])


def test_story_ids_survive_unrelated_and_joining_articles() -> None:
    from newsprobe.story_store import list_stories, update_stories

    first = [_analysis(*FLOOD[0]), _analysis(*FLOOD[1]), _analysis(*VOTE[0])]
    store = _store_with(first)
    before = _membership(store)
    store.add_many([_analysis(*row) for row in OTHER])
    report = update_stories(store)
    assert report.assigned == 2 and report.new_stories == 2
    after = _membership(store)
    assert {k: after[k] for k in before} == before  # unrelated articles change no id
    store.add_many([_analysis(*FLOOD[2]), _analysis(*VOTE[1])])
    update_stories(store)
    joined = _membership(store)
    assert {k: joined[k] for k in before} == before  # joining articles change no id either
    flood = next(s for s in list_stories(store) if s.size == 3)
    assert flood.id == before[first[0].article.id]
    assert {m.title for m in flood.articles} == {r[2] for r in FLOOD}
    assert flood.title == FLOOD[0][2] and flood.outlets == ["North Ledger", "Riverside Courier", "Valley Herald"]
    store.close()


def test_a_bridging_article_merges_two_stories_under_the_older_id() -> None:
    from newsprobe.story_store import get_story, update_stories

    left = _analysis("Riverside Courier", "2031-04-02", "Arlen River floods Dunmore",
                     "The Arlen River flooded Dunmore. Governor Marta Kessler sent rescue teams to Dunmore.")
    right = _analysis("Valley Herald", "2031-04-03", "Velmora dam cracks",
                      "Engineers found cracks in the Velmora dam. Ilse Varga led the dam inspection at Velmora.")
    store = _store_with([left])
    store.add_many([right])
    update_stories(store)
    older, newer = _membership(store)[left.article.id], _membership(store)[right.article.id]
    assert older != newer
    bridge = _analysis("North Ledger", "2031-04-03", "Arlen River floods Dunmore as Velmora dam cracks",
                       "The Arlen River flooded Dunmore and Governor Marta Kessler sent rescue teams to Dunmore. "
                       "Engineers found cracks in the Velmora dam; Ilse Varga led the dam inspection at Velmora.")
    store.add_many([bridge])
    report = update_stories(store)
    assert report.merged == 1
    assert set(_membership(store).values()) == {older}
    merged = get_story(store, newer)  # the old link still works
    assert merged is not None and merged.id == older and merged.aliases == [newer] and merged.size == 3
    store.close()


def test_rebuild_keeps_ids_and_takes_new_parameters() -> None:
    from newsprobe.story_store import list_stories, rebuild_stories, stored_params

    store = _store_with([_analysis(*row) for row in FLOOD + VOTE + OTHER])
    before = _membership(store)
    rebuild_stories(store)
    assert _membership(store) == before
    rebuild_stories(store, StoryParams(threshold=0.95))
    assert stored_params(store) == StoryParams(threshold=0.95)
    assert all(s.size == 1 for s in list_stories(store, min_size=1))
    assert set(_membership(store).values()) >= set(before.values())  # old ids kept where they fit
    store.close()


@pytest.mark.skipif(importlib.util.find_spec("newsprobe.components.quotes") is None,
                    reason="needs the full pipeline")
def test_bundled_examples_are_grouped_by_default(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from conftest import EXAMPLES
    from newsprobe.corpus import ingest
    from newsprobe.store import Store
    from newsprobe.story_store import list_stories

    db = tmp_path / "ex.duckdb"
    report = ingest([str(EXAMPLES)], db=str(db))
    assert report.added == 3 and report.stories == 3
    with Store(db, read_only=True) as store:
        stories = list_stories(store, min_size=1)
    groups = {frozenset((m.source or "").rsplit("/", 1)[-1] for m in s.articles) for s in stories}
    assert frozenset({"harbor-clash-coastal-times.html", "harbor-clash-northern-ledger.txt"}) in groups
    assert frozenset({"council-sanctions.txt"}) in groups
