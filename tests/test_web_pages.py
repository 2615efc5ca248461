"""The web pages over a store of hand-built analyses: navigation, links, filters, paging, charts, article view."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

import web_fakes  # noqa: E402 - tests/web_fakes.py
from newsprobe.model import (  # noqa: E402
    Analysis,
    ClaimSource,
    Entity,
    Mention,
    Quantity,
    Quote,
    SpeakerRef,
    TechniqueSpan,
    TermHit,
    article_id,
)
from newsprobe.model import Article as Art  # noqa: E402
from newsprobe.store import Store  # noqa: E402
from newsprobe.story_store import update_stories  # noqa: E402
from newsprobe.web.app import create_app  # noqa: E402

BASE = "http://localhost"


def span(text: str, part: str, after: int = 0) -> Mention:
    start = text.index(part, after)
    return Mention(start=start, end=start + len(part), text=part)


def bridge(outlet: str, day: str, figure: str, value: float, *, title: str, source: str | None = None) -> Analysis:
    """A fictional report on one event, its findings placed by hand."""
    text = (
        f"The Wexmoor harbour bridge reopened on Monday, after {figure} people were evacuated in the storm, "
        "the council said. "
        '"The engineers did remarkable work," said Mayor Alva Brandt. '
        "Ferry operator Dunmore Lines called the closure a disaster for the harbour."
    )
    mayor = span(text, "Mayor Alva Brandt")
    quote = span(text, "The engineers did remarkable work")
    return Analysis(
        article=Art(id=article_id(text), text=text, title=title, outlet=outlet, published=day, source=source,
                    author="R. Quell"),
        entities=[
            Entity(id="E0", name="Alva Brandt", label="PERSON", mentions=[mayor]),
            Entity(id="E1", name="Dunmore Lines", label="ORG", mentions=[span(text, "Dunmore Lines")]),
        ],
        quotes=[Quote(kind="direct", content=quote, cue=span(text, "said"),
                      speaker=SpeakerRef(entity_id="E0", name="Alva Brandt", mention=mayor))],
        quantities=[Quantity(**span(text, figure).model_dump(), value=value, counted=span(text, "people"),
                             category="displaced", claim_source=ClaimSource(entity_id=None, name="the council"))],
        techniques=[
            TechniqueSpan(**span(text, "a disaster").model_dump(), technique="Loaded_Language", score=0.81),
            TechniqueSpan(**span(text, "remarkable").model_dump(), technique="Exaggeration,Minimisation", score=0.2),
        ],
        terms=[TermHit(**span(text, "disaster").model_dump(), term="disaster", category="alarm", neutral="setback")],
    )  # fmt: skip


DAYS = ["2025-01-10", "2025-02-10", "2025-03-10", "2025-05-10", "2025-06-10"]  # apart: one story each


def other(i: int) -> Analysis:
    text = f"The Wexmoor library opened a reading room number {i} for children on Tuesday, staff said."
    return Analysis(article=Art(id=article_id(text), text=text, title=f"Reading room {i}", outlet="Library News",
                                published=DAYS[i]))  # fmt: skip


@pytest.fixture(scope="module")
def records() -> list[Analysis]:
    return [
        bridge("Wexmoor Post", "2025-04-07", "1,200", 1200.0, title="Bridge reopens <script>x</script>",
               source="https://post.example.org/bridge"),
        bridge("Dunmore Daily", "2025-04-08", "1,500", 1500.0, title="Harbour bridge open again",
               source="javascript:alert(1)"),
        *[other(i) for i in range(5)],
    ]  # fmt: skip


@pytest.fixture(scope="module")
def client(records: list[Analysis], tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("pages") / "p.duckdb"
    with Store(path) as store:
        store.add_many(records)
        update_stories(store)
    app = create_app(str(path), analyser=web_fakes.Sleepy(), processes=False)
    with TestClient(app, base_url=BASE) as c:
        yield c


def bridge_story(client: TestClient) -> dict:  # type: ignore[type-arg]
    stories = client.get("/stories.json").json()["stories"]
    assert len(stories) == 1 and stories[0]["size"] == 2
    return stories[0]  # type: ignore[no-any-return]


def test_every_page_has_navigation(client: TestClient, records: list[Analysis]) -> None:
    story = bridge_story(client)
    for path in ("/", "/articles", f"/articles/{records[0].article.id}", "/stories", f"/compare/{story['id']}",
                 "/charts", "/figures", "/figures?category=displaced", "/nothing"):  # fmt: skip
        html = client.get(path).text
        nav = re.search(r'<nav class="top">(.*?)</nav>', html)
        assert nav, path
        for link in ('href="/"', 'href="/articles"', 'href="/stories"', 'href="/charts"', 'href="/figures"'):
            assert link in nav.group(1), (path, link)
        assert 'href="/static/newsprobe.css"' in html and "<style" not in html and "style=" not in html


def test_article_story_and_comparison_link_each_other(client: TestClient, records: list[Analysis]) -> None:
    story = bridge_story(client)
    first, second = records[0].article.id, records[1].article.id
    page = client.get(f"/articles/{first}").text
    assert f'href="/compare/{story["id"]}"' in page and f'href="/articles/{second}"' in page
    compare = client.get(f"/compare/{story['id']}").text
    assert f'href="/articles/{first}"' in compare and f'href="/articles/{second}"' in compare
    assert "/stories?q=" in compare
    stories = client.get("/stories").text
    assert f'href="/compare/{story["id"]}"' in stories and f'href="/articles/{first}"' in stories
    assert "Bridge reopens &lt;script&gt;x&lt;/script&gt;" in stories  # listed by title, escaped
    assert "<script>" not in stories


def test_stories_are_paged_and_filtered(client: TestClient) -> None:
    every = client.get("/stories.json", params={"min_size": 1}).json()
    assert every["total"] == 6 and len(every["stories"]) == 6
    page = client.get("/stories.json", params={"min_size": 1, "limit": 2, "offset": 2}).json()
    assert [s["id"] for s in page["stories"]] == [s["id"] for s in every["stories"][2:4]]
    html = client.get("/stories", params={"min_size": 1, "limit": 2}).text
    assert 'rel="next"' in html and "offset=2" in html and 'rel="prev"' not in html
    by_outlet = client.get("/stories.json", params={"min_size": 1, "outlet": "Dunmore Daily"}).json()
    assert by_outlet["total"] == 1 and by_outlet["stories"][0]["size"] == 2
    dated = client.get("/stories.json", params={"min_size": 1, "from": "2025-02-01", "to": "2025-03-31"}).json()
    assert sorted(s["title"] for s in dated["stories"]) == ["Reading room 1", "Reading room 2"]
    assert client.get("/stories.json", params={"min_size": 1, "q": "room 4"}).json()["total"] == 1
    assert client.get("/stories.json", params={"min_size": 1, "q": "library news"}).json()["total"] == 5


@pytest.mark.parametrize(
    "query,titles",
    [
        ({"q": "reading room 3"}, ["Reading room 3"]),
        ({"q": "dunmore daily"}, ["Harbour bridge open again"]),  # the outlet is searched
        ({"q": "REMARKABLE"}, ["Harbour bridge open again", "Bridge reopens <script>x</script>"]),
        ({"outlet": "Wexmoor Post"}, ["Bridge reopens <script>x</script>"]),
        ({"from": "2025-02-01", "to": "2025-03-31"}, ["Reading room 2", "Reading room 1"]),
        ({"entity": "brandt"}, ["Harbour bridge open again", "Bridge reopens <script>x</script>"]),
        ({"speaker": "Alva"}, ["Harbour bridge open again", "Bridge reopens <script>x</script>"]),
        ({"speaker": "Dunmore"}, []),  # named, but not quoted
        ({"technique": "Loaded_Language", "outlet": "Dunmore Daily"}, ["Harbour bridge open again"]),
        ({"category": "alarm", "to": "2025-04-07"}, ["Bridge reopens <script>x</script>"]),
        ({"category": "nosuch"}, []),
    ],
)
def test_article_filters(client: TestClient, query: dict[str, str], titles: list[str]) -> None:
    found = client.get("/articles.json", params=query).json()
    assert [a["title"] for a in found["articles"]] == titles and found["total"] == len(titles)
    assert found["filters"] == query
    html = client.get("/articles", params=query)
    assert html.status_code == 200 and html.text.count('href="/articles/') == len(titles)


def test_filter_form_offers_the_store_values(client: TestClient) -> None:
    html = client.get("/articles").text
    for value in ("Dunmore Daily", "Library News", "Loaded_Language", "alarm"):
        assert f"<option>{value}</option>" in html
    for name in ("q", "outlet", "from", "to", "entity", "speaker", "technique", "category"):
        assert f'name="{name}"' in html


def test_article_view_layers_anchors_numbers_and_links(client: TestClient, records: list[Analysis]) -> None:
    a = records[0]
    html = client.get(f"/articles/{a.article.id}").text
    for layer in ("entity", "speaker", "quote", "cue", "number", "term", "technique", "technique-low"):
        assert f'id="show-{layer}"' in html and f'for="show-{layer}"' in html
    assert 'id="show-technique" checked' in html and re.search(r'id="show-technique-low">', html)
    assert re.search(r'<a class="anchor" id="q0"></a><span class="[^"]*l-quote', html)
    assert 'href="#q0"' in html and 'href="#n0"' in html and 'href="#x0"' in html and 'href="#E0"' in html
    assert "1,200" in html and "1200.0" not in html  # readable numbers
    assert "by R. Quell" in html
    assert 'href="https://post.example.org/bridge"' in html and 'rel="noopener noreferrer nofollow"' in html
    unsafe = client.get(f"/articles/{records[1].article.id}").text
    assert 'href="javascript:' not in unsafe
    css = client.get("/static/newsprobe.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    colours = {}
    for layer in ("quote", "cue", "speaker"):
        colours[layer] = re.search(rf"\.l-{layer} {{ background-color: (#[0-9a-f]+)", css.text).group(1)  # type: ignore[union-attr]
    assert len(set(colours.values())) == 3  # distinct colours per layer


def test_comparison_page_draws_figures_and_shares(client: TestClient) -> None:
    story = bridge_story(client)
    html = client.get(f"/compare/{story['id']}").text
    assert html.count("<svg") >= 3  # figure spread, sourcing, terms/techniques
    assert "1,500" in html and "1500.0" not in html and "<script" not in html
    twin = client.get(f"/compare/{story['id']}.json").json()
    assert sorted(twin["outlets"]) == ["Dunmore Daily", "Wexmoor Post"]


def test_charts_page_and_twin(client: TestClient) -> None:
    data = client.get("/charts.json", params={"entity": "Brandt"}).json()
    assert data["outlets"] == {"Library News": 5, "Dunmore Daily": 1, "Wexmoor Post": 1}
    assert data["techniques"]["per_article"]["Wexmoor Post"] == {"Loaded_Language": 1.0}  # confident only
    assert data["terms"]["per_article"]["Dunmore Daily"] == {"alarm": 1.0}
    assert data["terms"]["per_article"]["Library News"] == {"alarm": 0.0}
    assert 0 < data["sourcing"]["Wexmoor Post"]["attributed"] < 1
    assert data["sourcing"]["Library News"]["attributed"] == 0
    assert [(r["day"], r["outlet"], r["n"]) for r in data["attention"]["rows"]] == [
        ("2025-04-07", "Wexmoor Post", 1), ("2025-04-08", "Dunmore Daily", 1)
    ]  # fmt: skip
    html = client.get("/charts", params={"entity": "Brandt"}).text
    assert html.count("<svg") == 4 and "Loaded_Language" in html and "<script" not in html
    assert 'href="/articles?entity=Brandt"' in html
    assert client.get("/charts", params={"entity": "<img src=x onerror=alert(1)>"}).text.count("<img") == 0


def test_json_twins_answer_json(client: TestClient, records: list[Analysis]) -> None:
    story = bridge_story(client)
    for path in ("/index.json", "/articles.json", f"/articles/{records[0].article.id}.json", "/stories.json",
                 f"/compare/{story['id']}.json", "/charts.json"):  # fmt: skip
        r = client.get(path)
        assert r.status_code == 200 and r.headers["content-type"] == "application/json", path
        assert isinstance(r.json(), dict)
    html = client.get("/articles").text
    assert 'href="/articles.json' in html


def test_request_from_another_site_cannot_read_the_store(client: TestClient) -> None:
    r = client.get("/articles.json", headers={"host": "rebound.evil.example"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "NP502"


def test_sourcing_recomputes_in_the_background(records: list[Analysis], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    """After a write, the charts get the previous sourcing shares if reading again takes over FRESH_WAIT_S."""
    import time

    from newsprobe.web import library

    lib = library.Library(str(tmp_path / "bg.duckdb"))
    try:
        lib.add(records[2])
        first = lib.corpus()
        assert first.sourcing["Library News"]["articles"] == 1
        compute = lib._compute_corpus
        monkeypatch.setattr(lib, "_compute_corpus", lambda: (time.sleep(3), compute())[1])
        monkeypatch.setattr(library, "FRESH_WAIT_S", 0.2)
        lib.add(records[3])
        start = time.monotonic()
        assert lib.corpus() is first and time.monotonic() - start < 1.5  # stale, at once
        deadline = time.monotonic() + 30
        while lib.corpus().sourcing["Library News"]["articles"] != 2:
            assert time.monotonic() < deadline
            time.sleep(0.2)
    finally:
        lib.close()


def test_each_write_joins_a_stored_story(records: list[Analysis], tmp_path: Path) -> None:
    from newsprobe.web import library

    lib = library.Library(str(tmp_path / "w.duckdb"))
    try:
        assert lib.add(records[0])
        founded = lib.story_of(records[0].article.id)
        assert founded is not None and founded.size == 1
        assert lib.add(records[1])  # the other outlet's report on the same event joins it, same id
        joined = lib.story_of(records[1].article.id)
        assert joined is not None and joined.id == founded.id and joined.size == 2
        assert lib.add(records[4])  # another event months apart: a story of its own
        alone = lib.story_of(records[4].article.id)
        assert alone is not None and alone.id != founded.id
        assert lib.story_of(records[0].article.id).id == founded.id  # type: ignore[union-attr]
    finally:
        lib.close()


def test_pages_read_stored_stories_without_clustering(client: TestClient, records: list[Analysis],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from newsprobe import stories, story_store
    from newsprobe.store import Store

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("clustered at request time")

    story = bridge_story(client)
    monkeypatch.setattr(stories, "cluster", forbidden)
    monkeypatch.setattr(stories, "cluster_stories", forbidden)
    monkeypatch.setattr(story_store, "update_stories", forbidden)
    for path in ("/stories?limit=3&offset=1", "/stories.json?min_size=1&q=bridge", f"/compare/{story['id']}",
                 f"/articles/{records[3].article.id}"):  # fmt: skip
        assert client.get(path).status_code == 200, path
    monkeypatch.setattr(Store, "analyses", forbidden)  # an unknown story loads nothing
    assert client.get("/compare/Snosuchstory0.json").status_code == 404
    assert client.get("/compare/Snosuchstory0").status_code == 404


def test_figures_page_lists_categories_then_draws_the_ledger(client: TestClient, records: list[Analysis]) -> None:
    html = client.get("/figures").text
    assert 'href="/figures?category=displaced"' in html and "displaced (2)" in html and "<svg" not in html
    r = client.get("/figures?category=displaced")
    assert r.status_code == 200
    html = r.text
    assert html.count('<svg class="chart"') == 1 and "<script" not in html and "style=" not in html
    assert "1,200" in html and "1,500" in html and "the council" in html and "1200.0" not in html
    q = records[0].quantities[0]
    assert f'href="/articles/{records[0].article.id}#n-at-{q.start}"' in html
    assert html.index("Wexmoor Post") < html.index("Dunmore Daily")  # by date: 7 April before 8 April


def test_figures_twin_returns_the_rows(client: TestClient) -> None:
    data = client.get("/figures.json?category=displaced").json()
    assert data["available"] == {"displaced": 2}
    assert [(r["published"], r["outlet"], r["value"], r["asserted_by"]) for r in data["rows"]] == [
        ("2025-04-07", "Wexmoor Post", 1200.0, "the council"),
        ("2025-04-08", "Dunmore Daily", 1500.0, "the council"),
    ]
    assert client.get("/figures.json").json()["rows"] == []  # no category chosen: choices only
    named = client.get("/figures.json?category=displaced&entity=Brandt").json()["rows"]
    assert len(named) == 2  # both articles name Alva Brandt
    assert client.get("/figures.json?category=displaced&entity=Nobody Atall").json()["rows"] == []


def test_figures_unknown_category_is_empty_and_bad_parameters_are_400(client: TestClient) -> None:
    for path in ("/figures.json?category=killed", "/figures?category=money:cost"):
        r = client.get(path)
        assert r.status_code == 200, path
    assert client.get("/figures.json?category=killed").json()["rows"] == []
    assert "No figure in this category" in client.get("/figures?category=killed").text
    for path in ("/figures.json?category=<script>", "/figures?category=" + "k" * 81,
                 "/figures.json?category=displaced&entity=" + "y" * 300, "/figures?entity=a%01b"):  # fmt: skip
        r = client.get(path)
        assert r.status_code == 400, path
        assert "<script" not in r.text
