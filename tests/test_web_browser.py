"""End to end in headless Chromium (Debian's ``chromium`` driven by Playwright for Python).

Pastes articles through the form, opens their pages, checks highlighted quotes, layer toggles,
row anchors and the saved article list; injects ``<script>``, ``onerror=`` and ``javascript:``
payloads through title, outlet, author and text and checks that none runs; checks that a form
posted from another origin is refused. Screenshots go to ``$NEWSPROBE_SCREENSHOTS`` when set
(``docs/`` holds the published ones), else to a temporary folder.

Needs ``chromium`` (``apt-get install chromium``) and ``playwright`` (``pip install 'newsprobe[browser]'``);
without them the test is SKIPPED with the reason (``pytest -rs`` shows it), never passed silently.
"""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from newsprobe.web.app import create_app  # noqa: E402
from web_fakes import running  # noqa: E402 - tests/web_fakes.py: uvicorn in a thread

CHROMIUM = os.environ.get("NEWSPROBE_CHROMIUM", "/usr/bin/chromium")
BRIDGE_A = (
    "The harbour bridge in Wexmoor reopened on Monday after two years of repairs, the Wexmoor council said. "
    '"The engineers did remarkable work," said Mayor Alva Brandt. About 1,200 people were evacuated from '
    "the harbour during the repairs, and ferry operator Dunmore Lines cut its extra crossings.\n\n"
    "Critics called the two-year closure a disaster for the harbour's shops."
)
BRIDGE_B = (
    "Wexmoor's harbour bridge opened again on Monday following two years of repair work, according to the "
    'Wexmoor council. Mayor Alva Brandt said: "The engineers did remarkable work." Some 900 people were evacuated '
    "during the works. Dunmore Lines said its extra ferry crossings across the harbour would end now that "
    "the bridge is open."
)
HOSTILE_TEXT = (
    "The fictional Wexmoor council met on Tuesday. <script>window.__pwned = 'text'</script> "
    '<img src=x onerror="window.__pwned = \'img\'"> <a href="javascript:window.__pwned=\'link\'">read more</a> '
    '"We will vote next week," said councillor Ilse Marr.'
)


def _browser() -> Any:
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser test skipped: playwright is not installed (pip install 'newsprobe[browser]')")
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.skip(f"browser test skipped: no Chromium at {CHROMIUM} (apt-get install chromium)")
    return sync_playwright


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_playwright = _browser()
    with sync_playwright() as p:
        try:
            b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        except Exception as exc:  # noqa: BLE001 - any launch failure is a skip with its reason
            pytest.skip(f"browser test skipped: Chromium did not start ({type(exc).__name__}: {str(exc)[:200]})")
        yield b
        b.close()


@pytest.fixture(scope="module")
def site(full_nlp: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("browser") / "b.duckdb"
    with running(create_app(str(db), nlp=full_nlp, bound="127.0.0.1")) as base:
        yield base.replace("127.0.0.1", "localhost")


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("NEWSPROBE_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("shots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def paste(page: Any, base: str, **fields: str) -> None:
    page.goto(f"{base}/")
    for name, value in fields.items():
        page.fill(f"[name={name}]", value)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_paste_open_and_browse(browser: Any, site: str, shots: Path) -> None:
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    paste(page, site, title="Harbour bridge reopens after two years", text=BRIDGE_A, outlet="Wexmoor Post",
          author="Ines Varga", published="2025-04-07")  # fmt: skip
    assert "/articles/" in page.url
    assert page.inner_text("h1") == "Harbour bridge reopens after two years"
    quotes = page.locator(".text .l-quote")
    assert quotes.count() >= 1 and "remarkable work" in "".join(quotes.all_inner_texts())
    assert "Alva Brandt" in "".join(page.locator(".text .l-speaker").all_inner_texts())

    def background(selector: str) -> str:
        return str(page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor"))

    shown = background(".text .l-quote")
    assert shown not in ("rgba(0, 0, 0, 0)", "transparent")
    page.click("label[for=show-quote]")  # CSS-only toggle: no script on the page
    assert background(".text .l-quote") == "rgba(0, 0, 0, 0)"
    page.click("label[for=show-quote]")
    assert background(".text .l-quote") == shown

    page.click("a.row[href='#q0']")
    assert page.url.endswith("#q0")
    in_view = "e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight }"
    assert page.eval_on_selector("#q0", in_view)
    first = page.url.split("#")[0]

    paste(page, site, title="Bridge open again", text=BRIDGE_B, outlet="Dunmore Daily", published="2025-04-08")
    page.goto(first)
    assert page.locator("a[href^='/compare/']").count() == 1  # the article links its story's comparison
    page.screenshot(path=str(shots / "web-article.png"), full_page=True)
    page.goto(f"{site}/articles")
    titles = page.locator("table.list td a[href^='/articles/']").all_inner_texts()
    assert "Harbour bridge reopens after two years" in titles and "Bridge open again" in titles

    page.goto(f"{site}/stories")
    page.click("details summary")
    page.screenshot(path=str(shots / "web-stories.png"), full_page=True)
    page.click("text=compare")
    assert "/compare/" in page.url and page.locator("svg.chart").count() >= 2
    page.screenshot(path=str(shots / "web-compare.png"), full_page=True)
    page.close()


def test_injected_payloads_never_run(browser: Any, site: str) -> None:
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    paste(page, site, title="<script>window.__pwned='title'</script>Council vote",
          outlet='<img src=x onerror="window.__pwned=\'outlet\'">', author="<svg onload=alert(1)>",
          text=HOSTILE_TEXT, published="2025-04-09")  # fmt: skip
    assert "/articles/" in page.url
    assert "<script>" in page.inner_text("h1")  # shown as text
    for path in (page.url, f"{site}/articles", f"{site}/stories?min_size=1", f"{site}/articles?q=%3Cscript%3E"):
        page.goto(path)
        assert page.evaluate("() => window.__pwned") is None, path
        assert page.locator("script").count() == 0
        assert page.locator("[onerror], [onload]").count() == 0
        assert page.locator("a[href^='javascript:' i]").count() == 0
    page.goto(f"{site}/articles?q=Council+vote")
    page.click("text=read more", timeout=1000) if page.locator("text=read more").count() else None
    assert page.evaluate("() => window.__pwned") is None and dialogs == []
    page.close()


class _Attacker(http.server.BaseHTTPRequestHandler):
    target = ""

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        page = (
            f'<form id="f" method="post" action="{self.target}/analyze">'
            '<input name="text" value="The fictional Wexmoor council was hacked on Monday, a hacker said.">'
            '<input name="title" value="cross-site post"></form>'
            "<script>fetch('" + self.target + "/api/analyze', {method: 'POST', mode: 'no-cors', "
            "headers: {'content-type': 'text/plain'}, body: JSON.stringify({text: 'The Wexmoor council was "
            "hacked again on Tuesday, a hacker said.'})}).finally(() => document.getElementById('f').submit())</script>"
        ).encode()
        self.send_response(200)
        self.send_header("content-type", "text/html")
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, *args: Any) -> None:
        pass


def test_cross_origin_form_post_is_refused(browser: Any, site: str) -> None:
    import httpx

    before = httpx.get(f"{site}/articles.json").json()["total"]
    _Attacker.target = site
    evil = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Attacker)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    try:
        page = browser.new_page()
        page.goto(f"http://127.0.0.1:{evil.server_address[1]}/")
        page.wait_for_url(f"{site}/analyze", timeout=15000)
        page.wait_for_load_state()
        assert "NP503" in page.content() or "NP504" in page.content()
        page.close()
    finally:
        evil.shutdown()
        evil.server_close()
    assert httpx.get(f"{site}/articles.json").json()["total"] == before
