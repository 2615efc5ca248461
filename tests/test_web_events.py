"""Events in the web: the article page's event layer and table, the story comparison's events by
outlet, the actor network pages; hostile text escaped; stores from before events still render.

All text is fictional (Norvala and Tessa are made-up countries, XNV and XTS made-up codes).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402

import web_fakes  # noqa: E402 - tests/web_fakes.py
from event_fakes import sentence_of, span  # noqa: E402 - tests/event_fakes.py
from newsprobe.model import (  # noqa: E402
    Analysis,
    Article,
    ClaimSource,
    DateExpr,
    Entity,
    Event,
    EventActor,
    EventPlace,
    article_id,
)
from newsprobe.store import Store  # noqa: E402
from newsprobe.story_store import update_stories  # noqa: E402
from newsprobe.web.app import create_app  # noqa: E402

BASE = "http://localhost"
HOSTILE_ACTOR = "<script>alert(1)</script> militia"
HOSTILE_TRIGGER = "<b>shelled</b>"


def actor(text: str, name: str, country: str | None = None, sector: str | None = None) -> EventActor:
    return EventActor(name=name, country=country, sector=sector, mention=span(text, name))


def event(text: str, trigger: str, kind: str, source: EventActor | None, target: EventActor | None,
          **extra: object) -> Event:  # fmt: skip
    m = span(text, trigger)
    return Event(**m.model_dump(), type=kind, source=source, target=target,  # type: ignore[arg-type]
                 sentence=sentence_of(text, m.start), **extra)  # type: ignore[arg-type]


def kesh(outlet: str, day: str, text: str, title: str, quoted: bool) -> Analysis:
    """A fictional report of a border shelling and talks, its findings placed by hand."""
    ents = [Entity(id=f"E{i}", name=n, label=label, mentions=[span(text, n)])
            for i, (n, label) in enumerate((("Kesh", "GPE"), ("Ivo Dran", "PERSON"), ("Dask", "GPE")))]  # fmt: skip
    shelling = event(
        text, "shelled", "ASSAULT", actor(text, "Norvalan troops", "XNV", "military"),
        actor(text, "Kesh", "XTS", "civilian"), voice="quoted" if quoted else "outlet",
        claimed_by=ClaimSource(entity_id=None, name="the Tessan government") if quoted else None,
        date=DateExpr(**span(text, "Monday").model_dump(), value="2031-05-05", relation="on"),
    )  # fmt: skip
    talks = event(text, "met", "CONSULT", actor(text, "Ivo Dran", "XNV", "government"),
                  actor(text, "Tessan envoys", "XTS", "government"),
                  location=EventPlace(name="Dask", entity_id="E2", mention=span(text, "Dask")))  # fmt: skip
    art = Article(id=article_id(text), text=text, title=title, outlet=outlet, published=day)
    return Analysis(article=art, entities=ents, events=[shelling, talks])


TEXT_A = ("Norvalan troops shelled the border village of Kesh on Monday, the Tessan government said. "
          "Norvalan foreign minister Ivo Dran met Tessan envoys in Dask on Tuesday.")  # fmt: skip
TEXT_B = ("Norvalan troops shelled Kesh, a Tessan border village, on Monday. "
          "Foreign minister Ivo Dran of Norvala met Tessan envoys in Dask on Tuesday to calm the border.")  # fmt: skip
TEXT_H = f"The {HOSTILE_ACTOR} {HOSTILE_TRIGGER} the Orrin depot on Friday, residents said."


@pytest.fixture(scope="module")
def records() -> list[Analysis]:
    hostile = Analysis(
        article=Article(id=article_id(TEXT_H), text=TEXT_H, title="Depot <i>hit</i>", outlet="Orrin Times",
                        published="2031-09-01"),
        events=[event(TEXT_H, HOSTILE_TRIGGER, "ASSAULT", actor(TEXT_H, HOSTILE_ACTOR),
                      actor(TEXT_H, "the Orrin depot"), voice="quoted",
                      claimed_by=ClaimSource(entity_id=None, name="<img src=x onerror=alert(2)>"))],
    )  # fmt: skip
    return [
        kesh("Harbor Ledger", "2031-05-06", TEXT_A, "Norvalan troops shell Kesh, Dran meets Tessan envoys", True),
        kesh("Morning Courier", "2031-05-06", TEXT_B, "Kesh shelled by Norvalan troops; Dran meets Tessan envoys",
             False),
        hostile,
    ]


def _store(path: Path, records: list[Analysis]) -> None:
    with Store(path) as store:
        store.add_many(records)
        update_stories(store)


@pytest.fixture(scope="module")
def client(records: list[Analysis], tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("events") / "e.duckdb"
    _store(path, records)
    app = create_app(str(path), analyser=web_fakes.Sleepy(), processes=False)
    with TestClient(app, base_url=BASE) as c:
        yield c


def kesh_story(client: TestClient) -> str:
    stories = [s for s in client.get("/stories.json").json()["stories"] if s["size"] == 2]
    assert len(stories) == 1, "the two Kesh reports should form one story"
    return str(stories[0]["id"])


# --- the article page ----------------------------------------------------------------------------


def test_article_page_has_event_layers_table_and_anchors(client: TestClient, records: list[Analysis]) -> None:
    a = records[0]
    html = client.get(f"/articles/{a.article.id}").text
    for layer in ("event", "event-sentence"):
        assert f'id="show-{layer}" checked' in html and f'for="show-{layer}"' in html
    # the trigger's exact characters follow its anchor, in the event layer (and its sentence's layer)
    both = r'class="(?=[^"]*l-event )(?=[^"]*l-event-sentence )[^"]*"'
    assert re.search(r'<a class="anchor" id="v0"></a><span ' + both + r'[^>]*>shelled</span>', html)
    # the sentence's anchor is at the sentence's first character
    first = a.events[1].sentence.start
    assert a.article.text[first:].startswith("Norvalan foreign minister")
    assert re.search(r'<a class="anchor" id="vs1"></a><span class="l-event-sentence[^"]*"[^>]*>Norvalan foreign', html)
    events = html[html.index('<h2 id="events">') :]
    events = events[: events.index("</table>")]
    assert 'href="#v0"' in events and 'href="#vs0"' in events and 'href="#v1"' in events
    assert "Norvalan troops (XNV military)" in events and "Kesh (XTS civilian)" in events
    assert "quoted, claimed by the Tessan government" in events and "2031-05-05" in events
    assert "Ivo Dran (XNV government)" in events and ">Dask<" in events and ">outlet<" in events
    assert f'href="/network?article={a.article.id}"' in html
    own = client.get(f"/articles/{records[1].article.id}").text
    assert "claimed by" not in own[own.index('<h2 id="events">') :].split("</table>")[0]


def test_event_layers_have_their_own_toggles_in_css(client: TestClient) -> None:
    css = client.get("/static/newsprobe.css").text
    assert "#show-event:not(:checked) ~ .text .l-event {" in css
    assert "#show-event-sentence:not(:checked) ~ .text .l-event-sentence {" in css
    assert re.search(r"\.l-event \{ [^}]+\}", css) and re.search(r"\.l-event-sentence \{ [^}]+\}", css)


def test_hostile_event_text_is_escaped_everywhere(client: TestClient, records: list[Analysis]) -> None:
    hid = records[2].article.id
    pages = [client.get(f"/articles/{hid}").text, client.get(f"/network?article={hid}").text,
             client.get("/network").text]  # fmt: skip
    for html in pages:
        assert "<script" not in html and "<b>" not in html and "<img" not in html and "<i>" not in html
        assert "&lt;script&gt;alert(1)&lt;/script&gt; militia" in html
    article = pages[0]
    assert "&lt;b&gt;shelled&lt;/b&gt;" in article and "claimed by &lt;img src=x onerror=alert(2)&gt;" in article
    data = client.get(f"/network.json?article={hid}").json()
    assert sorted(n["name"] for n in data["nodes"]) == sorted(["the Orrin depot", HOSTILE_ACTOR])
    graphml = client.get(f"/network.graphml?article={hid}")
    assert graphml.status_code == 200 and "<script" not in graphml.text
    names = [d.text for d in ET.fromstring(graphml.content).iter("{http://graphml.graphdrawing.org/xmlns}data")]
    assert HOSTILE_ACTOR in names  # well-formed XML, the name intact as data


# --- the story comparison --------------------------------------------------------------------------


def test_comparison_shows_events_per_outlet_and_voice(client: TestClient, records: list[Analysis]) -> None:
    sid = kesh_story(client)
    data = client.get(f"/compare/{sid}.json").json()
    groups = {(g["type"], g["source"], g["target"]): g for g in data["events"]}
    shelling = groups[("ASSAULT", "Norvalan troops", "Kesh")]
    assert shelling["own_voice"] == ["Morning Courier"] and shelling["quoted_only"] == ["Harbor Ledger"]
    assert shelling["outlets"]["Harbor Ledger"]["claimed_by"] == ["the Tessan government"]
    talks = groups[("CONSULT", "Ivo Dran", "Tessan envoys")]
    assert talks["own_voice"] == ["Harbor Ledger", "Morning Courier"] and talks["only_in"] is None
    html = client.get(f"/compare/{sid}").text
    section = html[html.index('<h2 id="events">') :]
    section = section[: section.index("<h2>")]
    assert "quoted x1 (claimed by the Tessan government)" in section and "own voice x1" in section
    assert f'href="/articles/{records[0].article.id}#v0"' in section
    assert f'href="/network?story={sid}"' in section


# --- the actor network -------------------------------------------------------------------------------


def test_network_of_an_article_a_story_and_the_store(client: TestClient, records: list[Analysis]) -> None:
    sid = kesh_story(client)
    one = client.get(f"/network.json?article={records[0].article.id}").json()
    assert one["scope"] == "article" and one["total_edges"] == 2
    assert {(e["source"], e["target"], e["type"], e["count"], e["outlet_voice"]) for e in one["edges"]} == {
        ("norvalan troops", "kesh", "ASSAULT", 1, 0), ("ivo dran", "tessan envoys", "CONSULT", 1, 1)
    }  # fmt: skip
    story = client.get(f"/network.json?story={sid}").json()
    assert story["scope"] == "story" and story["types"] == {"ASSAULT": 2, "CONSULT": 2}
    shelling = next(e for e in story["edges"] if e["type"] == "ASSAULT")
    assert shelling["count"] == 2 and shelling["outlet_voice"] == 1  # one outlet's own voice, one a claim
    store = client.get("/network.json").json()
    assert store["scope"] == "store" and store["types"] == {"ASSAULT": 3, "CONSULT": 2} and store["note"] is None
    only = client.get("/network.json?type=consult&limit=1").json()
    assert only["type"] == "CONSULT" and len(only["edges"]) == 1 and only["total_edges"] == 1
    assert {n["id"] for n in only["nodes"]} == {"ivo dran", "tessan envoys"}
    first = client.get("/network.json?limit=1").json()
    assert len(first["edges"]) == 1 and first["total_edges"] == 3 and first["edges"][0]["count"] == 2
    html = client.get(f"/network?story={sid}").text
    assert "Norvalan troops" in html and "ASSAULT" in html and f'href="/compare/{sid}"' in html
    assert f'href="/network.json?story={sid}' in html and "<script" not in html
    assert 'href="/network"' in client.get("/").text  # in the navigation


@pytest.mark.parametrize(
    "query,status",
    [
        ("type=BOMBARD", 400),
        ("limit=0", 400),
        ("limit=501", 400),
        ("article=not-an-id", 400),
        ("story=a%20b", 400),
        ("article=0123456789abcdef", 404),
        ("story=Snosuchstory0", 404),
        ("type=%3Cscript%3E", 400),
    ],
)
def test_network_parameters_are_bounded(client: TestClient, query: str, status: int) -> None:
    for path in ("/network.json", "/network"):
        r = client.get(f"{path}?{query}")
        assert r.status_code == status, (path, query)
        assert "<script" not in r.text and "Traceback" not in r.text
    assert client.get("/network.json?article=0123456789abcdef&story=Sx").status_code == 400


# --- a store from before events --------------------------------------------------------------------


def test_store_without_events_still_renders(records: list[Analysis], tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    _store(path, records[:2])
    with Store(path) as store:  # as written before events existed: no events in the records, no table
        for row in store.query("SELECT id, analysis FROM articles"):
            record = json.loads(row["analysis"])
            del record["events"]
            store.con.execute("UPDATE articles SET analysis = ? WHERE id = ?", [json.dumps(record), row["id"]])
        store.con.execute("DROP TABLE events")
    app = create_app(str(path), analyser=web_fakes.Sleepy(), processes=False, read_only=True)
    with TestClient(app, base_url=BASE) as c:
        sid = kesh_story(c)
        aid = records[0].article.id
        for page in (f"/articles/{aid}", f"/compare/{sid}", f"/compare/{sid}.json", "/network", "/network.json",
                     f"/network?article={aid}", f"/network.json?story={sid}", "/network.graphml"):  # fmt: skip
            r = c.get(page)
            assert r.status_code == 200, page
        assert 'id="events"' not in c.get(f"/articles/{aid}").text  # no events: no section
        assert c.get(f"/compare/{sid}.json").json()["events"] == []
        assert "No events found." in c.get(f"/compare/{sid}").text
        store = c.get("/network.json").json()
        assert store["edges"] == [] and "no events table" in store["note"]
        assert "no events table" in c.get("/network").text
