"""The web layer, in-process (fastapi's TestClient): analysis, JSON twins, errors, URL safety, security, storage."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402 - after the importorskip

import web_fakes  # noqa: E402 - tests/web_fakes.py, importable by worker processes too
from newsprobe import pipeline  # noqa: E402
from newsprobe.compare import Comparison  # noqa: E402
from newsprobe.errors import Code, StoreError  # noqa: E402
from newsprobe.model import Analysis  # noqa: E402
from newsprobe.sources.files import MAX_BYTES  # noqa: E402
from newsprobe.store import Store  # noqa: E402
from newsprobe.story_store import update_stories  # noqa: E402
from newsprobe.web.app import CSP, MAX_BODY, create_app  # noqa: E402
from newsprobe.web.workers import WEB_MAX_CHARS  # noqa: E402

TEXT = (
    "Council approves harbour budget\n\n"
    "The council of the fictional town of Wexmoor approved a new harbour budget on Monday. "
    '"This plan keeps the ferries running," said Mayor Alva Brandt. '
    "Critics wrote <script>alert('x')</script> on a banner outside the town hall, police said."
)
GERMAN = (
    "Der Stadtrat der erfundenen Stadt hat am Montag einen neuen Haushalt für den Hafen beschlossen. "
    "Die Bürgermeisterin sagte, die Fähren würden weiter fahren, und die Kritiker protestierten vor dem Rathaus."
)
BRIDGE_A = (
    "The harbour bridge in Wexmoor reopened on Monday after two years of repairs, the Wexmoor council said. "
    '"The engineers did remarkable work," said Mayor Alva Brandt. Traffic on the Wexmoor harbour bridge '
    "returned to normal by noon, and ferry operator Dunmore Lines cut its extra crossings."
)
BRIDGE_B = (
    "Wexmoor's harbour bridge opened again on Monday following two years of repair work, according to the "
    'Wexmoor council. Mayor Alva Brandt said: "The engineers did remarkable work." Dunmore Lines said its '
    "extra ferry crossings across the harbour would end now that the bridge is open."
)
PUBLIC = "93.184.216.34"
BASE = "http://localhost"
ORIGIN = {"origin": BASE}


def csrf_token(client: TestClient) -> str:
    """The form token of the index page (the client keeps the cookie it pairs with)."""
    found = re.search(r'name="csrf" value="([0-9a-f]{64})"', client.get("/").text)
    assert found, "the form carries a CSRF token"
    return found.group(1)


def post_form(client: TestClient, data: dict[str, str], **kwargs: object) -> httpx.Response:
    """A same-origin form post, as a browser on the index page sends it."""
    return client.post("/analyze", data={**data, "csrf": csrf_token(client)}, headers=ORIGIN, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return pipeline.load(["newsprobe_entities", "newsprobe_quotes"])


@pytest.fixture(scope="module")
def client(nlp) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(create_app(nlp=nlp), base_url=BASE) as c:
        yield c


def page(request: httpx.Request) -> httpx.Response:
    html = f"<html><head><title>Council approves harbour budget</title></head><body><article><p>{TEXT}</p>"
    return httpx.Response(200, headers={"content-type": "text/html"}, content=(html + "</article></body></html>"))


def never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may leave the server, got {request.url}")


def error_of(response: httpx.Response) -> tuple[int, str]:
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    return response.status_code, body["error"]["code"]


# -- analysis ---------------------------------------------------------------------------------


def test_index_page_and_twin(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    assert '<form method="post" action="/analyze"' in r.text and 'name="title"' in r.text
    assert client.get("/index.json").json()["store"] is False


def test_analyze_json_round_trip(client: TestClient) -> None:
    r = client.post("/api/analyze", json={"text": TEXT, "published": "2025-04-07", "outlet": "Wexmoor Post"})
    assert r.status_code == 200, r.text
    analysis = Analysis.model_validate(r.json())
    assert analysis.article.text == TEXT and analysis.article.published == "2025-04-07"
    assert analysis.article.outlet == "Wexmoor Post"
    assert any(q.speaker and "Brandt" in q.speaker.name for q in analysis.quotes)
    for e in analysis.entities:
        for m in e.mentions:
            assert TEXT[m.start : m.end] == m.text
    assert client.post("/analyze.json", json={"text": TEXT}).json()["article"]["id"] == analysis.article.id


def test_analyze_form_page_escapes_the_article(client: TestClient) -> None:
    r = post_form(client, {"text": TEXT, "published": "", "outlet": "<b>Post</b>"})
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].startswith("text/html")
    assert r.headers["content-security-policy"] == CSP and "script" not in CSP
    assert "<script>" not in r.text and "&lt;script&gt;" in r.text
    assert "<b>Post</b>" not in r.text and "&lt;b&gt;Post&lt;/b&gt;" in r.text
    assert 'class="l-entity' in r.text  # the highlighted article view
    assert "Not saved" in r.text  # no store behind this server


@pytest.mark.parametrize(
    "body,status,code",
    [
        ({"text": ""}, 400, "NP101"),
        ({"text": "   \n "}, 400, "NP101"),
        ({}, 400, "NP101"),
        ({"text": TEXT, "published": "07/04/2025"}, 400, "NP109"),
        ({"text": TEXT, "published": "2025-02-30"}, 400, "NP109"),
        ({"text": GERMAN}, 400, "NP106"),
        ({"text": TEXT, "url": "https://news.example.org/"}, 400, "NP109"),
        ({"text": 42}, 422, "NP110"),
        ({"text": TEXT, "colour": "red"}, 422, "NP110"),
    ],
)
def test_analyze_errors(client: TestClient, body: dict[str, object], status: int, code: str) -> None:
    assert error_of(client.post("/api/analyze", json=body)) == (status, code)


def test_malformed_json_is_422(client: TestClient) -> None:
    r = client.post("/api/analyze", content=b'{"text": ', headers={"content-type": "application/json"})
    assert error_of(r) == (422, "NP110")


def test_oversized_text_is_413(client: TestClient) -> None:
    big = "The council met again. " * (WEB_MAX_CHARS // 23 + 1)
    r = client.post("/api/analyze", json={"text": big})
    assert error_of(r) == (413, Code.TOO_LARGE.value) and "newsprobe analyze" in r.json()["error"]["message"]
    assert MAX_BYTES > WEB_MAX_CHARS  # the command line takes more than the web


def test_oversized_body_is_refused_before_reading(client: TestClient) -> None:
    headers = {"content-length": str(MAX_BODY + 1), "content-type": "application/json"}
    r = client.post("/api/analyze", content=b"{}", headers=headers)
    assert error_of(r) == (413, Code.TOO_LARGE.value)


def test_form_errors_are_html_pages_without_traceback(client: TestClient) -> None:
    r = post_form(client, {"text": "", "published": "<i>soon</i>"})
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/html")
    assert "NP109" in r.text and "<i>soon</i>" not in r.text and "Traceback" not in r.text
    assert r.headers["content-security-policy"] == CSP


def test_unknown_paths(client: TestClient) -> None:
    assert error_of(client.get("/nothing.json")) == (404, "NP303")
    r = client.get("/nothing")
    assert r.status_code == 404 and "Traceback" not in r.text
    assert error_of(client.get("/articles.json")) == (404, "NP303")  # no store given


def test_internal_errors_are_one_line_json(nlp) -> None:  # type: ignore[no-untyped-def]
    class Broken:
        def make_doc(self, text: str) -> None:
            raise RuntimeError("boom\nsecret details")

    with TestClient(create_app(nlp=Broken()), raise_server_exceptions=False, base_url=BASE) as c:  # type: ignore[arg-type]
        r = c.post("/api/analyze", json={"text": TEXT})
    assert error_of(r) == (500, "NP000")
    assert "secret" not in r.text and "Traceback" not in r.text


# -- URLs -------------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["10.0.0.1", "127.0.0.1", "::1", "169.254.169.254", "::ffff:10.0.0.1"])
def test_url_to_private_address_is_refused(nlp, address: str) -> None:  # type: ignore[no-untyped-def]
    app = create_app(nlp=nlp, transport=httpx.MockTransport(never), resolve=lambda host, port: [address])
    with TestClient(app, base_url=BASE) as c:
        assert error_of(c.post("/api/analyze", json={"url": "http://news.example.org/a"})) == (400, "NP111")
        r = post_form(c, {"url": "http://news.example.org/a"})
        assert r.status_code == 400 and "NP111" in r.text


def test_url_redirect_to_private_address_is_refused(nlp) -> None:  # type: ignore[no-untyped-def]
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["host"] == "news.example.org"
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})

    def resolve(host: str, port: int) -> list[str]:
        return [host] if host[0].isdigit() else [PUBLIC]

    app = create_app(nlp=nlp, transport=httpx.MockTransport(handler), resolve=resolve)
    with TestClient(app, base_url=BASE) as c:
        assert error_of(c.post("/api/analyze", json={"url": "http://news.example.org/a"})) == (400, "NP111")


def test_url_schemes_are_refused(client: TestClient) -> None:
    for url in ("file:///etc/passwd", "ftp://news.example.org/a", "gopher://news.example.org/"):
        assert error_of(client.post("/api/analyze", json={"url": url})) == (400, "NP111")


def test_url_to_public_host_is_analysed_and_keeps_its_url(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "u.duckdb")
    app = create_app(db, nlp=nlp, transport=httpx.MockTransport(page), resolve=lambda host, port: [PUBLIC])
    with TestClient(app, base_url=BASE) as c:
        r = c.post("/api/analyze", json={"url": "https://news.example.org/budget", "outlet": "Wexmoor Post"})
        assert r.status_code == 200, r.text
        analysis = Analysis.model_validate(r.json())
        assert analysis.article.source == "https://news.example.org/budget"
        assert analysis.article.outlet == "Wexmoor Post" and "harbour budget" in analysis.article.text
        assert any(q.speaker and "Brandt" in q.speaker.name for q in analysis.quotes)
        assert r.headers["x-newsprobe-stored"] == "true"
        assert r.headers["location"] == f"/articles/{analysis.article.id}"
        listed = c.get("/articles.json").json()["articles"]
        assert [a["source"] for a in listed] == ["https://news.example.org/budget"]
        view = c.get(f"/articles/{analysis.article.id}").text
        assert 'href="https://news.example.org/budget"' in view  # the source link


# -- store pages ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def stored(nlp, tmp_path_factory) -> tuple[Path, list[Analysis]]:  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("web") / "s.duckdb"
    items = [
        (BRIDGE_A, "Bridge reopens <b>at last</b>", "Wexmoor Post", "2025-04-07"),
        (BRIDGE_B, "Harbour bridge open again", "Dunmore Daily", "2025-04-08"),
        (TEXT, "Council approves harbour budget", "Wexmoor Post", "2025-01-10"),
    ]
    analyses = [
        pipeline.analyze(pipeline.make_article(t, title=title, outlet=o, published=p, source=f"{o}.txt"), nlp=nlp)
        for t, title, o, p in items
    ]
    with Store(path) as store:
        for a in analyses:
            assert store.add(a)
        update_stories(store)  # as `newsprobe ingest` does: the server reads stored stories
    return path, analyses


@pytest.fixture(scope="module")
def store_client(nlp, stored) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(create_app(str(stored[0]), nlp=nlp, read_only=True), base_url=BASE) as c:
        yield c


def test_articles_list_and_twin(store_client: TestClient, stored: tuple[Path, list[Analysis]]) -> None:
    listing = store_client.get("/articles.json").json()
    assert listing["total"] == 3
    assert [a["published"] for a in listing["articles"]] == ["2025-04-08", "2025-04-07", "2025-01-10"]
    assert {a["id"] for a in listing["articles"]} == {a.article.id for a in stored[1]}
    html = store_client.get("/articles")
    assert html.status_code == 200 and html.headers["content-security-policy"] == CSP
    assert "<b>at last</b>" not in html.text and "&lt;b&gt;at last&lt;/b&gt;" in html.text
    found = store_client.get("/articles.json", params={"q": "ferries"}).json()
    assert [a["title"] for a in found["articles"]] == ["Council approves harbour budget"]
    page2 = store_client.get("/articles.json", params={"limit": 1, "offset": 1}).json()
    assert page2["total"] == 3 and [a["published"] for a in page2["articles"]] == ["2025-04-07"]


def test_article_page_and_twin(store_client: TestClient, stored: tuple[Path, list[Analysis]]) -> None:
    first = stored[1][0]
    r = store_client.get(f"/articles/{first.article.id}.json")
    assert r.status_code == 200
    assert Analysis.model_validate(r.json()) == first
    page = store_client.get(f"/articles/{first.article.id}")
    assert page.status_code == 200 and "l-entity" in page.text and "Alva Brandt" in page.text
    assert error_of(store_client.get("/articles/0123456789abcdef.json")) == (404, "NP303")
    assert error_of(store_client.get("/articles/..%2f..%2fetc.json")) == (404, "NP303")
    assert store_client.get("/articles/0123456789abcdef").status_code == 404


def test_stories_and_compare(store_client: TestClient, stored: tuple[Path, list[Analysis]]) -> None:
    listing = store_client.get("/stories.json", params={"min_size": 1}).json()
    stories = listing["stories"]
    assert sum(s["size"] for s in stories) == 3 and listing["total"] == len(stories)
    bridge = {stored[1][0].article.id, stored[1][1].article.id}
    joint = [s for s in stories if {m["id"] for m in s["articles"]} == bridge]
    assert joint, f"the two bridge reports should form one story: {stories}"
    assert joint[0]["title"] == "Bridge reopens <b>at last</b>"  # the earliest article's title
    assert store_client.get("/stories.json").json()["stories"] == [s for s in stories if s["size"] >= 2]
    html = store_client.get("/stories")
    assert html.status_code == 200 and f'href="/compare/{joint[0]["id"]}"' in html.text
    assert "&lt;b&gt;at last&lt;/b&gt;" in html.text and "<b>at last" not in html.text
    comparison = Comparison.model_validate(store_client.get(f"/compare/{joint[0]['id']}.json").json())
    assert sorted(comparison.outlets) == ["Dunmore Daily", "Wexmoor Post"]
    assert store_client.get(f"/compare/{joint[0]['id']}").status_code == 200
    assert error_of(store_client.get("/compare/nosuchstory.json")) == (404, "NP303")


def test_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError):
        create_app(str(tmp_path / "absent.duckdb"), read_only=True)
    with TestClient(create_app(str(tmp_path / "new.duckdb"), analyser=web_fakes.Sleepy(), processes=False)):
        pass
    with Store(tmp_path / "new.duckdb", read_only=True) as store:
        assert store.counts()["articles"] == 0  # a writable store is created


def test_serve_command_is_documented() -> None:
    import typer

    from newsprobe.cli import web

    app = typer.Typer()
    web.register(app, typer.Typer(), typer.Typer())
    doc = web.serve_command.__doc__ or ""
    assert "Example:" in doc and "--allow-host" in doc
    assert [c.name for c in app.registered_commands] == ["serve"]


def test_wrong_method_is_a_coded_error(client: TestClient) -> None:
    assert error_of(client.get("/api/analyze")) == (405, "NP501")


def test_pasted_text_has_no_source(client: TestClient) -> None:
    assert client.post("/api/analyze", json={"text": TEXT}).json()["article"]["source"] is None


# -- security: hosts, origins, tokens, media types, query parameters --------------------------


@pytest.fixture()
def fake_client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(str(tmp_path / "f.duckdb"), analyser=web_fakes.Sleepy(), processes=False)
    with TestClient(app, base_url=BASE) as c:
        yield c


@pytest.mark.parametrize("host", ["evil.example", "localhost.evil.example", "10.0.0.5:8000", ""])
def test_unknown_host_is_refused(fake_client: TestClient, host: str) -> None:
    assert error_of(fake_client.get("/index.json", headers={"host": host})) == (400, "NP502")
    r = fake_client.get("/", headers={"host": host})
    assert r.status_code == 400 and "NP502" in r.text


@pytest.mark.parametrize("host", ["localhost", "localhost:8000", "127.0.0.1:8000", "[::1]:8000"])
def test_loopback_hosts_are_served(fake_client: TestClient, host: str) -> None:
    assert fake_client.get("/index.json", headers={"host": host}).status_code == 200


def test_allow_host_and_bound_address(tmp_path: Path) -> None:
    app = create_app(analyser=web_fakes.Sleepy(), processes=False, bound="192.0.2.7", allow_hosts=["news.example.org"])
    with TestClient(app, base_url="http://news.example.org") as c:
        assert c.get("/index.json").status_code == 200
        assert c.get("/index.json", headers={"host": "192.0.2.7:8000"}).status_code == 200
        assert error_of(c.get("/index.json", headers={"host": "other.example.org"})) == (400, "NP502")
    wildcard = create_app(analyser=web_fakes.Sleepy(), processes=False, bound="0.0.0.0")
    with TestClient(wildcard, base_url="http://0.0.0.0") as c:
        assert error_of(c.get("/index.json")) == (400, "NP502")  # a wildcard bind names no host


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": "null"},
        {"origin": "http://localhost.evil.example"},
        {"origin": "http://localhost:9999"},
        {"referer": "http://evil.example/page"},
        {"origin": "http://evil.example", "referer": "http://localhost/"},
    ],
)
def test_cross_origin_posts_are_refused(fake_client: TestClient, headers: dict[str, str]) -> None:
    r = fake_client.post("/api/analyze", json={"text": TEXT}, headers=headers)
    assert error_of(r) == (403, "NP503")
    token = csrf_token(fake_client)
    r = fake_client.post("/analyze", data={"text": TEXT, "csrf": token}, headers=headers)
    assert r.status_code == 403 and "NP503" in r.text
    assert fake_client.get("/articles.json").json()["total"] == 0  # nothing was stored


@pytest.mark.parametrize("kind", ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""])
def test_api_takes_json_only(fake_client: TestClient, kind: str) -> None:
    body = b'{"text": "The council met on Monday."}'
    headers = {"content-type": kind} if kind else {}
    r = fake_client.post("/api/analyze", content=body, headers={**headers, **ORIGIN})
    assert error_of(r) == (415, "NP505")


def test_form_takes_form_encoding_only(fake_client: TestClient) -> None:
    token = csrf_token(fake_client)
    body = f"text=The+council+met.&csrf={token}".encode()
    r = fake_client.post("/analyze", content=body, headers={"content-type": "text/plain", **ORIGIN})
    assert r.status_code == 415 and "NP505" in r.text


def test_form_needs_its_token(fake_client: TestClient) -> None:
    data = {"text": "The council of Wexmoor met on Monday to discuss the harbour."}
    r = fake_client.post("/analyze", data=data, headers=ORIGIN)
    assert r.status_code == 403 and "NP504" in r.text
    r = fake_client.post("/analyze", data={**data, "csrf": "0" * 64}, headers=ORIGIN)
    assert r.status_code == 403 and "NP504" in r.text
    token = csrf_token(fake_client)
    fake_client.cookies.clear()  # a token without its cookie (another browser's token)
    r = fake_client.post("/analyze", data={**data, "csrf": token}, headers=ORIGIN)
    assert r.status_code == 403 and "NP504" in r.text
    r = fake_client.post("/analyze", data={**data, "csrf": csrf_token(fake_client)}, headers={})
    assert r.status_code == 403 and "NP503" in r.text  # a browser form always says where it comes from
    r = post_form(fake_client, data, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/articles/")


def test_same_origin_referer_is_enough(fake_client: TestClient) -> None:
    data = {"text": "The council of Wexmoor met on Monday to discuss the harbour.", "csrf": csrf_token(fake_client)}
    r = fake_client.post("/analyze", data=data, headers={"referer": f"{BASE}/"}, follow_redirects=False)
    assert r.status_code == 303


def test_csrf_cookie_is_strict(fake_client: TestClient) -> None:
    fake_client.cookies.clear()
    cookie = fake_client.get("/").headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


@pytest.mark.parametrize(
    "path",
    [
        "/articles.json?offset=99999999999999999999999",
        "/articles.json?offset=-1",
        "/articles.json?limit=0",
        "/articles.json?limit=100000",
        "/articles.json?limit=ten",
        "/articles.json?from=2025-13-01",
        "/articles.json?from=2025-04-08&to=2025-04-01",
        "/articles.json?to=yesterday",
        "/articles.json?technique=%3Cscript%3E",
        "/articles.json?q=" + "x" * 300,
        "/articles.json?q=a%00b",
        "/stories.json?min_size=99999999999999999999",
        "/stories.json?offset=1e9",
        "/charts.json?entity=" + "y" * 300,
    ],
)
def test_bad_query_parameters_are_400(fake_client: TestClient, path: str) -> None:
    r = fake_client.get(path)
    status, code = error_of(r)
    assert (status, code) == (400, "NP109")
    assert "\n" not in r.json()["error"]["message"] and len(r.json()["error"]["message"]) < 120
    html = fake_client.get(path.replace(".json", "", 1))
    assert html.status_code == 400 and "NP109" in html.text and "Traceback" not in html.text


# -- persistence ------------------------------------------------------------------------------


def test_analyses_are_stored_with_their_title(nlp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = str(tmp_path / "p.duckdb")
    with TestClient(create_app(db, nlp=nlp), base_url=BASE) as c:
        r = c.post("/api/analyze", json={"text": BRIDGE_A, "title": "Bridge reopens", "author": "K. Ödegaard"})
        assert r.status_code == 200 and r.headers["x-newsprobe-stored"] == "true"
        first = Analysis.model_validate(r.json())
        assert first.article.title == "Bridge reopens" and first.article.author == "K. Ödegaard"
        r = post_form(c, {"text": BRIDGE_B, "title": "Bridge open again", "outlet": "Dunmore Daily"},
                      follow_redirects=False)  # fmt: skip
        assert r.status_code == 303
        page = c.get(r.headers["location"])
        assert page.status_code == 200 and "<h1>Bridge open again</h1>" in page.text
        listed = c.get("/articles.json").json()
        assert listed["total"] == 2
        assert {a["title"] for a in listed["articles"]} == {"Bridge reopens", "Bridge open again"}
        again = c.post("/api/analyze", json={"text": BRIDGE_A, "title": "Other title"})
        assert again.json()["article"]["title"] == "Bridge reopens"  # the same text is stored once
        assert c.get("/articles.json").json()["total"] == 2
        stories = c.get("/stories.json").json()["stories"]
        assert len(stories) == 1 and stories[0]["size"] == 2  # the cache follows the writes
    with Store(db, read_only=True) as store:  # on disk after the server stops
        assert store.counts()["articles"] == 2
        assert store.query("SELECT author FROM articles WHERE title = 'Bridge reopens'") == [{"author": "K. Ödegaard"}]


def test_read_only_store_keeps_nothing(nlp, stored: tuple[Path, list[Analysis]]) -> None:  # type: ignore[no-untyped-def]
    with TestClient(create_app(str(stored[0]), nlp=nlp, read_only=True), base_url=BASE) as c:
        r = c.post("/api/analyze", json={"text": "The council of Wexmoor met on Monday about the ferry timetable."})
        assert r.status_code == 200 and r.headers["x-newsprobe-stored"] == "false"
        assert c.get("/articles.json").json()["total"] == 3
