"""The web layer: a JSON API, and HTML pages as Jinja2 templates over the same data.

Every page has a JSON twin (datasette style): ``/articles`` and ``/articles.json``,
``/articles/{id}`` and ``/articles/{id}.json``, ``/stories`` and ``/stories.json``,
``/compare/{story}`` and ``/compare/{story}.json``; ``POST /analyze`` (a form, HTML report) and
``POST /api/analyze`` (JSON ``{text, published, outlet}`` or ``{url}`` -> Analysis JSON).

Security: templates autoescape; every response carries a Content-Security-Policy that forbids
scripts; request bodies are bounded; URLs are fetched only through
:func:`newsprobe.sources.url.fetch_article` (private addresses refused); errors are one-line
``{"error": {"code", "message"}}`` JSON (or a small HTML page), never a traceback. The store is
opened read-only. See ``docs/web.md``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.language import Language
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprobe import __version__
from newsprobe.errors import Code, InputError, NewsprobeError, StoreError
from newsprobe.model import Analysis, Article
from newsprobe.sources.files import MAX_BYTES, article_from_bytes, check_published
from newsprobe.sources.url import Resolver, fetch_article

CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}
#: a request body may be this large (a form or JSON escapes the text); the text itself MAX_BYTES
MAX_BODY = 3 * MAX_BYTES + 64 * 1024
MAX_FIELD = 500
MAX_LIST = 1000
_ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")
_STORY_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_STATUS = {Code.TOO_LARGE: 413, Code.NOT_FOUND: 404}
#: the code of an HTTP-level error other than 404 (e.g. 405 method not allowed); NP5xx is the web range
HTTP_ERROR = Code.HTTP.value

_env = Environment(
    loader=PackageLoader("newsprobe", "web/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


class AnalyzeRequest(BaseModel):
    """The body of ``POST /api/analyze``: ``text`` or ``url``, not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None


def _status(exc: NewsprobeError) -> int:
    if exc.code in _STATUS:
        return _STATUS[exc.code]
    return 400 if isinstance(exc, InputError) else 500


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def _error(request: Request, status: int, code: str, message: str) -> Response:
    if _wants_json(request):
        body = {"error": {"code": code, "message": message}}
        return JSONResponse(body, status_code=status, headers=SECURITY_HEADERS)
    html = _env.get_template("error.html.j2").render(status=status, code=code, message=message)
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def _page(template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(template).render(version=__version__, **context))


class _Service:
    """What the routes share: the pipeline (loaded once, lazily), the store path, the fetch seams."""

    def __init__(
        self,
        db: str | None,
        nlp: Language | None,
        transport: httpx.BaseTransport | None,
        resolve: Resolver | None,
    ) -> None:
        self.db = db
        self._nlp = nlp
        self.transport = transport
        self.resolve = resolve
        self._lock = threading.Lock()  # one load, and one article at a time through spaCy

    # -- analysis -------------------------------------------------------------------------------
    def analyze(self, form: AnalyzeRequest) -> Analysis:
        from newsprobe import pipeline

        article = self.article(form)
        with self._lock:
            if self._nlp is None:
                self._nlp = pipeline.shared()
            return pipeline.analyze(article, nlp=self._nlp)

    def article(self, form: AnalyzeRequest) -> Article:
        published = check_published(form.published or None)
        outlet = (form.outlet or "").strip() or None
        if outlet is not None and len(outlet) > MAX_FIELD:
            raise InputError(Code.BAD_OPTION, f"outlet is longer than {MAX_FIELD} characters")
        text, url = form.text or "", (form.url or "").strip()
        if text.strip() and url:
            raise InputError(Code.BAD_OPTION, "give text or url, not both")
        if url:
            return fetch_article(
                url, transport=self.transport, resolve=self.resolve, published=published, outlet=outlet
            )
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(Code.UNDECODABLE, "text: contains unpaired surrogate characters") from None
        if len(data) > MAX_BYTES:
            raise InputError(Code.TOO_LARGE, f"text is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
        article = article_from_bytes(data, "text", suffix=".txt", published=published, outlet=outlet)
        return article.model_copy(update={"source": None})  # pasted text has no path or URL

    # -- the store ------------------------------------------------------------------------------
    def _store(self) -> Any:
        from newsprobe.store import Store

        if self.db is None:
            raise StoreError(Code.NOT_FOUND, "no store: start the server with --db FILE")
        return Store(self.db, read_only=True)

    def articles(self, q: str, limit: int, offset: int) -> dict[str, Any]:
        where, params = "", []
        if q:
            where = "WHERE contains(lower(coalesce(title, '') || ' ' || text), lower(?))"
            params.append(q)
        with self._store() as store:
            total = store.query(f"SELECT count(*) AS n FROM articles {where}", params)[0]["n"]
            rows = store.query(
                "SELECT id, title, outlet, published, source, n_chars FROM articles "
                f"{where} ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        return {"total": total, "limit": limit, "offset": offset, "q": q, "articles": rows}

    def analysis(self, article_id: str) -> Analysis:
        if _ARTICLE_ID.match(article_id):
            with self._store() as store:
                found = list(store.analyses([article_id]))
            if found:
                return found[0]
        raise StoreError(Code.NOT_FOUND, f"no article {article_id[:40]!r} in the store")

    def all_analyses(self) -> list[Analysis]:
        with self._store() as store:
            return list(store.analyses())

    def stories(self, min_size: int) -> list[Any]:
        from newsprobe.stories import cluster_stories

        return cluster_stories(self.all_analyses(), min_size=min_size)

    def comparison(self, story_id: str) -> Any:
        from newsprobe.compare import compare
        from newsprobe.stories import cluster_stories

        if _STORY_ID.match(story_id):
            analyses = self.all_analyses()
            for story in cluster_stories(analyses):
                if story.id == story_id:
                    wanted = {m.id for m in story.articles}
                    return compare([a for a in analyses if a.article.id in wanted])
        raise StoreError(Code.NOT_FOUND, f"no story {story_id[:40]!r} in the store")


async def _body(request: Request) -> bytes:
    """The request body, refused (413) past MAX_BODY without reading the rest."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        raise InputError(Code.TOO_LARGE, f"request body is over the {MAX_BODY}-byte limit")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise InputError(Code.TOO_LARGE, f"request body is over the {MAX_BODY}-byte limit")
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_form(body: bytes) -> AnalyzeRequest:
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        raise InputError(Code.BAD_RECORD, "the form is not valid UTF-8 form data") from None
    known = {k: v[0] for k, v in fields.items() if k in AnalyzeRequest.model_fields}
    return AnalyzeRequest(**known)


def _parse_json(body: bytes) -> AnalyzeRequest:
    try:
        return AnalyzeRequest.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise _Unprocessable(f"{where}: {first.get('msg', 'invalid')}") from None


class _Unprocessable(Exception):
    """A request body that is not the JSON the endpoint takes (422)."""


def _bounded(value: int, low: int, high: int) -> int:
    return max(low, min(high, value))


def create_app(
    db: str | None = None,
    nlp: Language | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver | None = None,
) -> FastAPI:
    """The newsprobe web app. ``db``: a store opened read-only (pages listing it are 404 without).

    ``nlp``: a pipeline to use (default: ``newsprobe.pipeline.shared()``, loaded on first use).
    ``transport`` and ``resolve`` are passed to :func:`fetch_article` (test seams).
    """
    if db is not None:
        from newsprobe.store import Store

        Store(db, read_only=True).close()  # fail now, not on the first request
    service = _Service(db, nlp, transport, resolve)
    app = FastAPI(title="newsprobe", version=__version__, docs_url=None, redoc_url=None, openapi_url=None)
    _install_handlers(app)
    _install_routes(app, service)
    return app


def _install_handlers(app: FastAPI) -> None:
    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers[name] = value
        return response

    @app.exception_handler(NewsprobeError)
    async def newsprobe_error(request: Request, exc: NewsprobeError) -> Response:
        return _error(request, _status(exc), exc.code.value, exc.message)

    @app.exception_handler(_Unprocessable)
    async def unprocessable(request: Request, exc: _Unprocessable) -> Response:
        return _error(request, 422, Code.BAD_RECORD.value, str(exc))

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ())) or "request"
        return _error(request, 422, Code.BAD_OPTION.value, f"{where}: {first.get('msg', 'invalid')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = Code.NOT_FOUND.value if exc.status_code == 404 else HTTP_ERROR
        return _error(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "NP000", f"internal error: {type(exc).__name__}")


def _install_routes(app: FastAPI, service: _Service) -> None:
    has_store = service.db is not None

    @app.get("/", response_class=HTMLResponse)
    def index() -> HTMLResponse:
        return _page("index.html.j2", has_store=has_store, max_bytes=MAX_BYTES)

    @app.get("/index.json")
    def index_json() -> dict[str, Any]:
        pages = ["/articles", "/stories", "/compare/{story_id}"] if has_store else []
        return {"newsprobe": __version__, "store": has_store, "analyze": "/api/analyze", "pages": pages}

    @app.post("/analyze", response_class=HTMLResponse)
    async def analyze_form(request: Request) -> HTMLResponse:
        form = _parse_form(await _body(request))
        analysis = await run_in_threadpool(service.analyze, form)
        from newsprobe.render import render_html

        return HTMLResponse(render_html(analysis))

    @app.post("/api/analyze")
    @app.post("/analyze.json")
    async def analyze_json(request: Request) -> JSONResponse:
        form = _parse_json(await _body(request))
        analysis = await run_in_threadpool(service.analyze, form)
        return JSONResponse(analysis.model_dump(mode="json"))

    @app.get("/articles.json")
    def articles_json(q: str = "", limit: int = 100, offset: int = 0) -> dict[str, Any]:
        return service.articles(q[:MAX_FIELD], _bounded(limit, 1, MAX_LIST), max(0, offset))

    @app.get("/articles", response_class=HTMLResponse)
    def articles(q: str = "", limit: int = 100, offset: int = 0) -> HTMLResponse:
        listing = service.articles(q[:MAX_FIELD], _bounded(limit, 1, MAX_LIST), max(0, offset))
        return _page("articles.html.j2", **listing)

    @app.get("/articles/{article_id}.json")
    def article_json(article_id: str) -> JSONResponse:
        return JSONResponse(service.analysis(article_id).model_dump(mode="json"))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article(article_id: str) -> HTMLResponse:
        from newsprobe.render import render_html

        return HTMLResponse(render_html(service.analysis(article_id)))

    @app.get("/stories.json")
    def stories_json(min_size: int = 2) -> list[dict[str, Any]]:
        return [s.model_dump(mode="json") for s in service.stories(_bounded(min_size, 1, MAX_LIST))]

    @app.get("/stories", response_class=HTMLResponse)
    def stories(min_size: int = 2) -> HTMLResponse:
        size = _bounded(min_size, 1, MAX_LIST)
        return _page("stories.html.j2", stories=service.stories(size), min_size=size)

    @app.get("/compare/{story_id}.json")
    def compare_json(story_id: str) -> JSONResponse:
        return JSONResponse(service.comparison(story_id).model_dump(mode="json"))

    @app.get("/compare/{story_id}", response_class=HTMLResponse)
    def compare_page(story_id: str) -> HTMLResponse:
        from newsprobe.compare import render_html

        return HTMLResponse(render_html(service.comparison(story_id)))
