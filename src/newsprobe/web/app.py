"""The web layer: a JSON API, and HTML pages as Jinja2 templates over the same data.

Every page has a JSON twin (datasette style): ``/articles`` and ``/articles.json``,
``/articles/{id}`` and ``/articles/{id}.json``, ``/stories`` and ``/stories.json``,
``/compare/{story}`` and ``/compare/{story}.json``, ``/charts`` and ``/charts.json``,
``/figures`` and ``/figures.json`` (the claims ledger of one figure category), ``/network`` and
``/network.json`` (the actor network of an article, a story or the store; ``/network.graphml`` too);
``POST /analyze`` (a form; stores the analysis and redirects to its page) and ``POST /api/analyze``
(JSON ``{text, title, author, published, outlet}`` or ``{url, ...}`` -> Analysis JSON, stored).

Security (see ``docs/web.md``): templates autoescape; every response carries a CSP that forbids
scripts; the Host allow-list, same-origin checks, CSRF tokens and media types of
:mod:`newsprobe.web.guard`; bounded bodies and query parameters (:mod:`newsprobe.web.params`);
analysis in bounded lanes of workers with a time budget (:mod:`newsprobe.web.workers`); URLs
fetched only through :func:`newsprobe.sources.url.fetch_article`; errors are one-line
``{"error": {"code", "message"}}`` JSON (or a small HTML page), never a traceback.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterable, Sequence
from contextlib import asynccontextmanager
from importlib import resources
from typing import Any, get_args
from urllib.parse import parse_qs, urlencode

import httpx
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup
from pydantic import BaseModel, ConfigDict, ValidationError
from spacy.language import Language
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import MutableHeaders
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsprobe import __version__
from newsprobe.errors import Code, InputError, NewsprobeError, StoreError
from newsprobe.model import Analysis, Article, PloverType
from newsprobe.render import compare as compare_render
from newsprobe.sources.files import MAX_BYTES, article_from_bytes, check_published
from newsprobe.sources.url import Resolver, fetch_article
from newsprobe.web import charts, guard, params
from newsprobe.web.article_view import LAYERS, actor_label, pieces, safe_link
from newsprobe.web.library import CONFIDENT, Library
from newsprobe.web.workers import DEFAULT_LANES, WEB_MAX_CHARS, AnalyserFactory, AnalysisPool, Lane, PipelineFactory

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",  # same-origin posts keep their Origin; nothing leaks elsewhere
    "X-Frame-Options": "DENY",
    "Cross-Origin-Resource-Policy": "same-origin",
}
#: a request body may be this large: the web text limit, escaped (form or JSON), plus the other fields
MAX_BODY = 6 * WEB_MAX_CHARS + 64 * 1024
MAX_FIELD = 500
_ARTICLE_ID = re.compile(r"^[0-9a-f]{16}$")
_STORY_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
PLOVER_TYPES = get_args(PloverType)
_STATUS = {Code.TOO_LARGE: 413, Code.NOT_FOUND: 404, Code.BUSY: 503, Code.TIMED_OUT: 503}
#: the code of an HTTP-level error other than 404 (e.g. 405 method not allowed); NP5xx is the web range
HTTP_ERROR = Code.HTTP.value

_env = Environment(
    loader=PackageLoader("newsprobe", "web/templates"),
    autoescape=select_autoescape(default=True, default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
_env.filters["num"] = charts.number
_env.filters["safe_link"] = safe_link
_env.globals["version"] = __version__
_env.globals["actor_label"] = actor_label
_env.globals["actor"] = compare_render.actor
_env.filters["carries"] = compare_render.carries


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value * 100:.0f}%"


_env.filters["pct"] = _pct


class AnalyzeRequest(BaseModel):
    """The body of ``POST /api/analyze``: ``text`` or ``url``, not both."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = None
    url: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None


def _status(exc: NewsprobeError) -> int:
    if isinstance(exc, guard.Refused):
        return exc.status
    if exc.code in _STATUS:
        return _STATUS[exc.code]
    return 400 if isinstance(exc, InputError) else 500


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path.endswith(".json")


def _error(request: Request, status: int, code: str, message: str) -> Response:
    headers = dict(SECURITY_HEADERS)
    if status == 503:
        headers["Retry-After"] = "30"
    if _wants_json(request):
        body = {"error": {"code": code, "message": message}}
        return JSONResponse(body, status_code=status, headers=headers)
    html = _env.get_template("error.html.j2").render(
        status=status, code=code, message=message, has_store=_has_store(request)
    )
    return HTMLResponse(html, status_code=status, headers=headers)


def _has_store(request: Request) -> bool:
    return getattr(request.app.state, "library", None) is not None


def _html(request: Request, template: str, **context: Any) -> str:
    nonce = getattr(request.state, "csrf_nonce", "")
    csrf: guard.Csrf = request.app.state.csrf
    return _env.get_template(template).render(
        has_store=_has_store(request), csrf_token=csrf.token(nonce) if nonce else "", **context
    )


def _page(request: Request, template: str, **context: Any) -> HTMLResponse:
    return HTMLResponse(_html(request, template, **context))


def _field(value: str | None, name: str) -> str | None:
    value = (value or "").strip() or None
    if value is not None and len(value) > MAX_FIELD:
        raise InputError(Code.BAD_OPTION, f"{name} is longer than {MAX_FIELD} characters")
    if value is not None and any(ord(c) < 32 for c in value):
        raise InputError(Code.BAD_OPTION, f"{name} contains control characters")
    return value


class _Service:
    """What the routes share: the analysis pool, the store, the fetch seams."""

    def __init__(
        self,
        library: Library | None,
        pool: AnalysisPool,
        transport: httpx.BaseTransport | None,
        resolve: Resolver | None,
    ) -> None:
        self.library = library
        self.pool = pool
        self.transport = transport
        self.resolve = resolve

    # -- analysis -------------------------------------------------------------------------------
    async def analyze(self, form: AnalyzeRequest) -> tuple[Analysis, bool]:
        """Analyse (in the pool) and store; ``(analysis, stored)``."""
        article = await run_in_threadpool(self.article, form)
        self.pool.lane_for(article)  # too long for the web: refused before anything waits
        if self.library is not None and _ARTICLE_ID.match(article.id):
            known = await run_in_threadpool(self.library.analyses, [article.id])
            if known:
                return known[0], True
        analysis = await self.pool.analyze(article)
        stored = False
        if self.library is not None and not self.library.read_only:
            await run_in_threadpool(self.library.add, analysis)
            stored = True
        return analysis, stored

    def article(self, form: AnalyzeRequest) -> Article:
        published = check_published(form.published or None)
        outlet = _field(form.outlet, "outlet")
        title = _field(form.title, "title")
        author = _field(form.author, "author")
        text, url = form.text or "", (form.url or "").strip()
        if text.strip() and url:
            raise InputError(Code.BAD_OPTION, "give text or url, not both")
        if url:
            if len(url) > 2000:
                raise InputError(Code.BAD_OPTION, "url is longer than 2000 characters")
            article = fetch_article(
                url, transport=self.transport, resolve=self.resolve, published=published, outlet=outlet
            )
        else:
            try:
                data = text.encode("utf-8")
            except UnicodeEncodeError:
                raise InputError(Code.UNDECODABLE, "text: contains unpaired surrogate characters") from None
            if len(data) > MAX_BYTES:
                raise InputError(Code.TOO_LARGE, f"text is {len(data)} bytes, over the {MAX_BYTES}-byte limit")
            article = article_from_bytes(data, "text", suffix=".txt", published=published, outlet=outlet)
            article = article.model_copy(update={"source": None})  # pasted text has no path or URL
        updates = {k: v for k, v in (("title", title), ("author", author)) if v is not None}
        return article.model_copy(update=updates) if updates else article

    # -- the store ------------------------------------------------------------------------------
    def lib(self) -> Library:
        if self.library is None:
            raise StoreError(Code.NOT_FOUND, "no store: start the server with --db FILE")
        return self.library

    def analysis(self, article_id: str) -> Analysis:
        if not _ARTICLE_ID.match(article_id):
            raise StoreError(Code.NOT_FOUND, f"no article {article_id[:40]!r} in the store")
        return self.lib().analysis(article_id)

    def story(self, story_id: str) -> Any:
        """A stored story (an id merged into another answers that one); 404 before any loading."""
        story = self.lib().story(story_id) if _STORY_ID.match(story_id) else None
        if story is None:
            raise StoreError(Code.NOT_FOUND, f"no story {story_id[:40]!r} in the store")
        return story

    def comparison(self, story_id: str) -> Any:
        """The stored story and its comparison (computed once per store generation)."""
        from newsprobe.compare import compare

        story = self.story(story_id)
        lib = self.lib()

        def compute() -> Any:
            return compare(lib.story_analyses(story.id)[1])

        return story, lib.memo(f"compare:{story.id}", compute)

    def network(self, article: str, story_id: str, kind: str, limit: int) -> tuple[dict[str, Any], Any]:
        """The actor network of one article, one story or the whole store: ``(JSON data, the shown
        subset as a Network)``; edges of one type when ``kind``, the ``limit`` largest."""
        from newsprobe.network import Network, network_of

        lib = self.lib()
        scope: dict[str, Any] = {"scope": "store", "article": None, "story": None, "title": None, "note": None}
        net: Network | None
        if article:
            analysis = self.analysis(article)
            net = lib.memo(f"network:article:{analysis.article.id}", lambda: network_of([analysis]))
            scope.update(scope="article", article=analysis.article.id, title=analysis.article.title)
        elif story_id:
            story = self.story(story_id)
            net = lib.memo(f"network:story:{story.id}", lambda: network_of(lib.story_analyses(story.id)[1]))
            scope.update(scope="story", story=story.id, title=story_title(story))
        else:
            net = lib.network()
            if net is None:
                scope["note"] = "this store has no events table (it was written before events existed)"
                net = Network()
        shown, total, types = _network_subset(net, kind, limit)
        data = {**scope, "type": kind or None, "limit": limit, "total_edges": total, "types": types,
                **network_json(shown)}  # fmt: skip
        return data, shown

    def stories(self, f: params.Filters, page: params.Page, min_size: int) -> dict[str, Any]:
        total, shown = self.lib().stories(f, page, min_size)
        return {
            "total": total,
            "limit": page.limit,
            "offset": page.offset,
            "min_size": min_size,
            "filters": f.as_query(),
            "stories": [{**s.model_dump(mode="json"), "title": story_title(s)} for s in shown],
        }

    def chart_data(self, entity: str) -> dict[str, Any]:
        lib = self.lib()
        sizes = lib.outlet_sizes()
        outlets = sorted(sizes, key=lambda o: (-sizes[o], o))[:15]
        out: dict[str, Any] = {"outlets": {o: sizes[o] for o in outlets}}
        for key, table, column, confident in (
            ("techniques", "techniques", "technique", True),
            ("terms", "terms", "category", False),
        ):
            rows = lib.per_outlet(table, column, confident_only=confident)
            labels = sorted({r["label"] for r in rows})
            per = {o: dict.fromkeys(labels, 0.0) for o in outlets}
            for r in rows:
                if r["outlet"] in per:
                    per[r["outlet"]][r["label"]] = r["n"] / sizes[r["outlet"]]
            out[key] = {"per_article": per, "labels": labels}
        shares = lib.corpus().sourcing
        out["sourcing"] = {o: shares[o] for o in outlets if o in shares}
        if entity:
            rows = lib.attention(entity)
            out["attention"] = {"entity": entity, "rows": rows}
        return out


def network_json(net: Any) -> dict[str, Any]:
    from newsprobe.network import to_json

    return to_json(net)


def _network_subset(net: Any, kind: str, limit: int) -> tuple[Any, int, dict[str, int]]:
    """The ``limit`` largest edges (of type ``kind`` when given) with their nodes, how many edges of
    that type there are, and events per type over the whole network."""
    from newsprobe.network import Network

    types: dict[str, int] = {}
    for (_, _, t), counts in net.edges.items():
        types[t] = types.get(t, 0) + counts[0]
    items = sorted(
        ((k, c) for k, c in net.edges.items() if not kind or k[2] == kind), key=lambda it: (-it[1][0], it[0])
    )
    shown = Network(edges=dict(items[:limit]))
    for (source, target, _), _counts in items[:limit]:
        shown.nodes[source] = net.nodes[source]
        shown.nodes[target] = net.nodes[target]
    return shown, len(items), dict(sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))


def story_title(story: Any) -> str:
    """A story's title: its earliest titled article's title, else its first article's id."""
    if getattr(story, "title", None):
        return str(story.title)
    for m in story.articles:
        if m.title:
            return str(m.title)
    return str(story.articles[0].id) if story.articles else str(story.id)


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


def _parse_form(body: bytes) -> tuple[AnalyzeRequest, str]:
    """The form's fields and its CSRF token."""
    try:
        fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    except (UnicodeDecodeError, ValueError):
        raise InputError(Code.BAD_RECORD, "the form is not valid UTF-8 form data") from None
    known = {k: v[0] for k, v in fields.items() if k in AnalyzeRequest.model_fields}
    token = fields.get(guard.CSRF_FIELD, [""])[0]
    return AnalyzeRequest(**known), token


def _parse_json(body: bytes) -> AnalyzeRequest:
    try:
        return AnalyzeRequest.model_validate_json(body)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first.get("loc", ())) or "body"
        raise _Unprocessable(f"{where}: {first.get('msg', 'invalid')}") from None


class _Unprocessable(Exception):
    """A request body that is not the JSON the endpoint takes (422)."""


def _query(request: Request) -> dict[str, str]:
    """The query string as one value per name (the first), bounded in size."""
    if len(request.url.query) > 4000:
        raise InputError(Code.BAD_OPTION, "the query string is longer than 4000 characters")
    return {k: v for k, v in reversed(list(request.query_params.multi_items()))}


def create_app(
    db: str | None = None,
    nlp: Language | None = None,
    *,
    transport: httpx.BaseTransport | None = None,
    resolve: Resolver | None = None,
    analyser: AnalyserFactory | None = None,
    processes: bool | None = None,
    lanes: Sequence[Lane] = DEFAULT_LANES,
    allow_hosts: Iterable[str] = (),
    bound: str | None = None,
    read_only: bool = False,
    max_rss_mb: int = 1024,
) -> FastAPI:
    """The newsprobe web app.

    ``db``: the store (created when missing unless ``read_only``); analyses are stored in it.
    ``nlp``: a pipeline to use in this process (tests); else ``analyser``, a picklable factory
    (default :class:`PipelineFactory`), run in worker ``processes`` (default: yes, unless ``nlp``).
    ``allow_hosts``: host names served besides ``bound`` and the loopback names.
    ``transport`` and ``resolve`` are passed to :func:`fetch_article` (test seams).
    """
    library = Library(db, read_only=read_only) if db is not None else None
    if nlp is not None:
        factory: AnalyserFactory = _Given(nlp)
        use_processes = False if processes is None else processes
    else:
        factory = analyser or PipelineFactory()
        use_processes = True if processes is None else processes
    pool = AnalysisPool(factory, lanes, processes=use_processes, max_rss_mb=max_rss_mb)
    service = _Service(library, pool, transport, resolve)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> Any:
        pool.start()
        try:
            yield
        finally:
            pool.close()
            if library is not None:
                library.close()

    app = FastAPI(
        title="newsprobe", version=__version__, docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan
    )
    app.state.library = library
    app.state.csrf = guard.Csrf()
    app.state.hosts = guard.allowed_hosts(bound, allow_hosts)
    app.state.service = service
    _install_handlers(app)
    _install_routes(app, service)
    return app


class _Given:
    """An analyser over a pipeline object given in-process (one article at a time through it)."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.lock = threading.Lock()

    def __call__(self) -> Callable[[Article], Analysis]:
        from newsprobe import pipeline

        def analyse(article: Article) -> Analysis:
            with self.lock:
                return pipeline.analyze(article, nlp=self.nlp)

        return analyse


class _Guards:
    """Pure ASGI middleware: Host and Origin checks, the CSRF cookie, security headers on every answer."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        headers = request.headers
        try:
            guard.check_host(headers.get("host"), scope["app"].state.hosts)
            guard.check_origin(
                request.method, headers.get("host"), headers.get("origin"), headers.get("referer"),
                api=_wants_json(request),
            )  # fmt: skip
        except guard.Refused as exc:
            await _error(request, exc.status, exc.code.value, exc.message)(scope, receive, send)
            return
        nonce = request.cookies.get(guard.CSRF_COOKIE, "")
        fresh = not (0 < len(nonce) <= 64)
        if fresh:
            nonce = guard.Csrf.new_nonce()
        scope.setdefault("state", {})["csrf_nonce"] = nonce
        secure = "; Secure" if scope.get("scheme") == "https" else ""
        cookie = f"{guard.CSRF_COOKIE}={nonce}; HttpOnly; Path=/; SameSite=strict{secure}"

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                out = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    out[name] = value
                if fresh and out.get("content-type", "").startswith("text/html"):
                    out.append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _install_handlers(app: FastAPI) -> None:
    app.add_middleware(_Guards)

    @app.exception_handler(NewsprobeError)
    async def newsprobe_error(request: Request, exc: NewsprobeError) -> Response:
        return _error(request, _status(exc), exc.code.value, exc.message)

    @app.exception_handler(_Unprocessable)
    async def unprocessable(request: Request, exc: _Unprocessable) -> Response:
        return _error(request, 422, Code.BAD_RECORD.value, str(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        code = Code.NOT_FOUND.value if exc.status_code == 404 else HTTP_ERROR
        return _error(request, exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> Response:
        return _error(request, 500, "NP000", f"internal error: {type(exc).__name__}")


def _link(path: str, query: dict[str, Any]) -> str:
    kept = {k: v for k, v in query.items() if v not in ("", None)}
    return path + ("?" + urlencode(kept) if kept else "")


def _install_routes(app: FastAPI, service: _Service) -> None:
    css = resources.files("newsprobe.web").joinpath("static/newsprobe.css").read_text(encoding="utf-8")

    @app.get("/static/newsprobe.css")
    def stylesheet() -> Response:
        return Response(css, media_type="text/css", headers={"Cache-Control": "max-age=3600"})

    @app.get("/", response_class=HTMLResponse)
    def index(request: Request) -> HTMLResponse:
        return _page(request, "index.html.j2", max_chars=service.pool.max_chars, lanes=service.pool.lanes)

    @app.get("/index.json")
    def index_json(request: Request) -> dict[str, Any]:
        has_store = service.library is not None
        pages = ["/articles", "/stories", "/compare/{story_id}", "/charts", "/figures", "/network"] if has_store else []
        return {
            "newsprobe": __version__,
            "store": has_store,
            "stores_analyses": has_store and not service.lib().read_only,
            "analyze": "/api/analyze",
            "max_chars": service.pool.max_chars,
            "lanes": [lane.__dict__ for lane in service.pool.lanes],
            "pages": pages,
        }

    @app.post("/analyze", response_class=HTMLResponse)
    async def analyze_form(request: Request) -> Response:
        guard.check_media_type(request.headers.get("content-type"), guard.FORM_TYPE)
        form, token = _parse_form(await _body(request))
        app.state.csrf.check(request.cookies.get(guard.CSRF_COOKIE), token)
        analysis, stored = await service.analyze(form)
        if stored:
            return RedirectResponse(f"/articles/{analysis.article.id}", status_code=303)
        return HTMLResponse(_article_html(request, analysis, story=None, stored=False))

    @app.post("/api/analyze")
    @app.post("/analyze.json")
    async def analyze_json(request: Request) -> JSONResponse:
        guard.check_media_type(request.headers.get("content-type"), guard.JSON_TYPE)
        form = _parse_json(await _body(request))
        analysis, stored = await service.analyze(form)
        headers = {"X-Newsprobe-Stored": "true" if stored else "false"}
        if stored:
            headers["Location"] = f"/articles/{analysis.article.id}"
        return JSONResponse(analysis.model_dump(mode="json"), headers=headers)

    def articles_data(request: Request) -> dict[str, Any]:
        q = _query(request)
        f, page = params.Filters.parse(q), params.Page.parse(q)
        listing = service.lib().articles(f, page)
        listing["filters"] = f.as_query()
        return listing

    @app.get("/articles.json")
    def articles_json(request: Request) -> dict[str, Any]:
        return articles_data(request)

    @app.get("/articles", response_class=HTMLResponse)
    def articles(request: Request) -> HTMLResponse:
        listing = articles_data(request)
        filters = listing["filters"]
        pages = _pager("/articles", filters, listing)
        twin = _link("/articles.json", {**filters, "limit": listing["limit"], "offset": listing["offset"]})
        return _page(request, "articles.html.j2", **listing, facets=service.lib().facets(), twin=twin, **pages)

    @app.get("/articles/{article_id}.json")
    def article_json(article_id: str) -> JSONResponse:
        return JSONResponse(service.analysis(article_id).model_dump(mode="json"))

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    async def article(request: Request, article_id: str) -> HTMLResponse:
        def render() -> str:
            analysis = service.analysis(article_id)
            story = service.lib().story_of(analysis.article.id)
            return _article_html(request, analysis, story=story, stored=True)

        return await _cached(f"html:{request.url.path}", render)

    def stories_data(request: Request) -> dict[str, Any]:
        q = _query(request)
        f, page = params.Filters.parse(q), params.Page.parse(q)
        min_size = params.integer(q, "min_size", 2, 1, 1000)
        return service.stories(f, page, min_size)

    @app.get("/stories.json")
    def stories_json(request: Request) -> dict[str, Any]:
        return stories_data(request)

    @app.get("/stories", response_class=HTMLResponse)
    async def stories(request: Request) -> HTMLResponse:
        def render() -> str:
            data = stories_data(request)
            keep = {**data["filters"], "min_size": data["min_size"]}
            pages = _pager("/stories", keep, data)
            twin = _link("/stories.json", {**keep, "limit": data["limit"], "offset": data["offset"]})
            return _html(request, "stories.html.j2", **data, facets=service.lib().facets(), twin=twin, **pages)

        return await _cached(f"html:/stories?{request.url.query}", render)

    async def _cached(key: str, render: Callable[[], str]) -> HTMLResponse:
        """A page without a POST form is the same for everyone: rendered once per store generation.

        A page already rendered is answered from the event loop, without a thread hop.
        """
        lib = service.lib()
        html = lib.peek(key)
        if html is None:
            html = await run_in_threadpool(lib.memo, key, render)
        return HTMLResponse(html)

    @app.get("/compare/{story_id}.json")
    def compare_json(story_id: str) -> JSONResponse:
        return JSONResponse(service.comparison(story_id)[1].model_dump(mode="json"))

    @app.get("/compare/{story_id}", response_class=HTMLResponse)
    def compare_page(request: Request, story_id: str) -> HTMLResponse:
        story, c = service.comparison(story_id)
        return _page(
            request, "compare.html.j2", c=c, story=story, title=story_title(story), figures=_figure_charts(c),
            technique_chart=_count_chart(c.techniques, c.outlets, "Persuasion techniques per outlet", "spans"),
            term_chart=_term_chart(c), sourcing_chart=_sourcing_chart(c),
        )  # fmt: skip

    def network_data(request: Request) -> tuple[dict[str, Any], Any]:
        q = _query(request)
        article, story = params.text(q, "article", limit=64), params.text(q, "story", limit=64)
        if article and not _ARTICLE_ID.match(article):
            raise InputError(Code.BAD_OPTION, "query parameter 'article': an article id (16 hex digits)")
        if story and not _STORY_ID.match(story):
            raise InputError(Code.BAD_OPTION, "query parameter 'story': a story id")
        if article and story:
            raise InputError(Code.BAD_OPTION, "give article or story, not both")
        kind = params.plover_type(q, "type")
        limit = params.integer(q, "limit", 100, 1, params.MAX_LIMIT)
        return service.network(article, story, kind, limit)

    def network_query(data: dict[str, Any]) -> dict[str, Any]:
        return {"article": data["article"], "story": data["story"], "type": data["type"], "limit": data["limit"]}

    @app.get("/network.json")
    def network_json_page(request: Request) -> dict[str, Any]:
        return network_data(request)[0]

    @app.get("/network.graphml")
    def network_graphml(request: Request) -> Response:
        from newsprobe.network import to_graphml

        shown = network_data(request)[1]
        headers = {"Content-Disposition": 'attachment; filename="actors.graphml"'}
        return Response(to_graphml(shown), media_type="application/graphml+xml", headers=headers)

    @app.get("/network", response_class=HTMLResponse)
    def network_page(request: Request) -> HTMLResponse:
        data, _ = network_data(request)
        names = {n["id"]: n for n in data["nodes"]}
        keep = network_query(data)
        return _page(request, "network.html.j2", data=data, nodes=names, types=PLOVER_TYPES,
                     twin=_link("/network.json", keep), graphml=_link("/network.graphml", keep))  # fmt: skip

    def charts_data(request: Request) -> dict[str, Any]:
        q = _query(request)
        return service.chart_data(params.text(q, "entity"))

    @app.get("/charts.json")
    def charts_json(request: Request) -> dict[str, Any]:
        return charts_data(request)

    @app.get("/charts", response_class=HTMLResponse)
    def charts_page(request: Request) -> HTMLResponse:
        data = charts_data(request)
        svgs = _corpus_charts(data)
        entity = data.get("attention", {}).get("entity", "")
        return _page(request, "charts.html.j2", data=data, svgs=svgs, entity=entity,
                     twin=_link("/charts.json", {"entity": entity}))  # fmt: skip

    def figures_data(request: Request) -> dict[str, Any]:
        q = _query(request)
        category = params.figure_category(q, "category")
        entity = params.text(q, "entity")
        lib = service.lib()
        available = lib.figure_categories()
        if category:
            data = lib.ledger(category, entity).model_dump(mode="json")
        else:  # no category chosen: the choices only, not every figure in the store
            data = {"category": None, "entity": entity or None, "story": None, "rows": [], "categories": {}}
        return {**data, "available": available}

    @app.get("/figures.json")
    def figures_json(request: Request) -> dict[str, Any]:
        return figures_data(request)

    @app.get("/figures", response_class=HTMLResponse)
    async def figures_page(request: Request) -> HTMLResponse:
        def render() -> str:
            from newsprobe.ledger import Ledger
            from newsprobe.render.compare_ledger import charts as ledger_charts

            data = figures_data(request)
            category, entity = data["category"] or "", data["entity"] or ""
            svgs = []
            if category:
                for title, svg in ledger_charts(Ledger.model_validate(data)):
                    # presentation attributes only (no style=, no script): safe under the page's CSP
                    svgs.append((title, Markup(svg.replace("<svg ", '<svg class="chart" ', 1))))
            twin = _link("/figures.json", {"category": category, "entity": entity})
            return _html(request, "figures.html.j2", **data, svgs=svgs, twin=twin)

        return await _cached(f"html:/figures?{request.url.query}", render)


def _pager(path: str, keep: dict[str, Any], listing: dict[str, Any]) -> dict[str, str | None]:
    limit, offset, total = listing["limit"], listing["offset"], listing["total"]
    prev = _link(path, {**keep, "limit": limit, "offset": max(0, offset - limit)}) if offset > 0 else None
    nxt = _link(path, {**keep, "limit": limit, "offset": offset + limit}) if offset + limit < total else None
    return {"prev": prev, "next": nxt}


def _article_html(request: Request, analysis: Analysis, *, story: Any, stored: bool) -> str:
    return _html(
        request, "article.html.j2", a=analysis, pieces=pieces(analysis), layers=LAYERS, story=story,
        story_title=story_title(story) if story else None, stored=stored, confident=CONFIDENT,
        source_link=safe_link(analysis.article.source),
    )  # fmt: skip


def _count_chart(counts: dict[str, dict[str, int]], outlets: Sequence[str], title: str, unit: str) -> Any:
    labels = sorted({k for per in counts.values() for k in per})
    rows = [(o, [float(counts.get(o, {}).get(k, 0)) for k in labels]) for o in outlets]
    return charts.stacked_bars(title, rows, labels, unit)


def _term_chart(c: Any) -> Any:
    per: dict[str, dict[str, int]] = {}
    for outlet, uses in c.terms.items():
        for u in uses:
            per.setdefault(outlet, {}).setdefault(u.category, 0)
            per[outlet][u.category] += u.count
    return _count_chart(per, c.outlets, "Loaded terms per outlet, by category", "terms")


def _sourcing_chart(c: Any) -> Any:
    per: dict[str, list[tuple[float, float]]] = {}
    for s in c.sourcing:
        per.setdefault(s.outlet, []).append((s.attributed_share, s.direct_share))
    rows = [(o, [sum(v[0] for v in vals) / len(vals), sum(v[1] for v in vals) / len(vals)]) for o, vals in per.items()]
    return charts.share_bars("Share of text attributed to sources", rows, ["attributed", "direct quotes"])


def _figure_charts(c: Any) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for g in c.figures:
        points = []
        for r in g.reports:
            if r.value is None:
                continue
            low = r.low if r.low is not None else r.value
            high = r.high if r.high is not None else r.value
            points.append((r.outlet, float(r.value), float(low), float(high)))
        if len(points) > 1:
            out[g.category] = charts.spread(f"{g.category}: figures as reported", points, c.outlets)
    return out


def _corpus_charts(data: dict[str, Any]) -> dict[str, Any]:
    svgs: dict[str, Any] = {}
    outlets = list(data["outlets"])
    for key, title in (
        ("techniques", f"Persuasion techniques (score ≥ {CONFIDENT}) per article, by outlet"),
        ("terms", "Loaded terms per article, by outlet and category"),
    ):
        block = data[key]
        rows = [(o, [block["per_article"][o][k] for k in block["labels"]]) for o in outlets]
        svgs[key] = charts.stacked_bars(title, rows, block["labels"], "per article")
    rows = [(o, [s["attributed"], s["direct"]]) for o, s in data["sourcing"].items()]
    svgs["sourcing"] = charts.share_bars(
        "Share of text attributed to sources (mean per article)", rows, ["attributed", "direct quotes"]
    )
    attention = data.get("attention")
    if attention:
        series = sorted({r["outlet"] for r in attention["rows"]})
        days: dict[str, list[float]] = {}
        for r in attention["rows"]:
            days.setdefault(r["day"], [0.0] * len(series))[series.index(r["outlet"])] = float(r["n"])
        title = f"Articles naming “{attention['entity']}” per day"
        svgs["attention"] = charts.time_bars(title, sorted(days.items()), series)
    return svgs
