"""The application factory: one database, one error shape, security headers, static files."""

from __future__ import annotations

import asyncio
import os
import secrets
import stat
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kabar.errors import KabarError, StoreError
from kabar.queries import NotFoundError, QueryError
from kabar.store import Store

HERE = Path(__file__).parent
MAX_BODY = 2_000_000  # bytes: far above any news article, far below a memory problem
MAX_PENDING_WRITES = 32  # POSTs waiting for the writer beyond this get 503 and Retry-After
VENDOR = {  # URL prefix under /vendor -> directory inside web/node_modules
    "chart.js": "chart.js/dist",
    "cytoscape": "cytoscape/dist",
    "swagger-ui": "swagger-ui-dist",
}
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


class AssetsMissing(KabarError):
    """The npm libraries (charts, network graph, API docs) are not installed."""


class ApiError(KabarError):
    """An HTTP error raised by a route, with its status (and Retry-After, for 503)."""

    def __init__(self, status: int, message: str, retry_after: int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


def find_assets(assets_dir: Path | None = None) -> Path | None:
    """web/node_modules: given, from KABAR_WEB_DIR, beside the source tree, or in the cwd."""
    candidates = [assets_dir] if assets_dir else []
    if os.environ.get("KABAR_WEB_DIR"):
        candidates.append(Path(os.environ["KABAR_WEB_DIR"]))
    candidates += [HERE.parents[2] / "web" / "node_modules", Path.cwd() / "web" / "node_modules"]
    for candidate in candidates:
        if candidate and all((candidate / sub).is_dir() for sub in VENDOR.values()):
            return candidate
    return None


def resolve_token(db_path: str | Path) -> tuple[str, str]:
    """The write token and where it came from: $KABAR_TOKEN, else ``<db>.token``.

    The file is created with a random token and mode 0600 when absent; there is
    no default token.
    """
    env = os.environ.get("KABAR_TOKEN", "").strip()
    if env:
        return env, "the KABAR_TOKEN environment variable"
    path = Path(f"{db_path}.token")
    if not path.exists():
        token = secrets.token_urlsafe(32)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except OSError as error:
            raise StoreError(f"{path}: cannot create the token file: {error}") from error
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(token + "\n")
    if path.stat().st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise StoreError(f"{path}: token file is readable by others; run chmod 600 {path}")
    token = path.read_text("utf-8").strip()
    if len(token) < 16:
        raise StoreError(f"{path}: token is shorter than 16 characters")
    return token, str(path)


def writer_thread() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=1, thread_name_prefix="kabar-writer")


@dataclass
class ServerState:
    """What the routes share: the database, the write token, and the lazily built pipeline.

    Reads run in the server's thread pool, each on its own DuckDB cursor, and see the
    last committed state. Writes (POST /api/articles) run one at a time on a single
    writer thread, off the event loop and outside the readers' pool, so the server
    keeps answering reads while an article is coded; at most ``max_pending`` writes
    wait, the next ones get 503 with Retry-After.
    """

    store: Store
    token: str | None
    use_model: bool = True
    assets: Path | None = None
    context: Any = None
    lock: threading.Lock = field(default_factory=threading.Lock)
    writer: ThreadPoolExecutor = field(default_factory=writer_thread)
    pending: int = 0
    max_pending: int = MAX_PENDING_WRITES

    async def write(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` on the writer thread; refuse when too many writes are queued."""
        if self.pending >= self.max_pending:
            raise ApiError(503, "too many writes queued: retry shortly", retry_after=5)
        self.pending += 1  # only the event loop's thread counts, so no lock is needed
        try:
            return await asyncio.get_running_loop().run_in_executor(self.writer, work)
        finally:
            self.pending -= 1

    def close(self) -> None:
        self.writer.shutdown(wait=True)
        self.store.close()

    def cursor(self) -> Iterator[Store]:
        """A store on its own cursor: DuckDB connections are not shared across threads."""
        store = Store(self.store.db.cursor(), self.store.path)
        try:
            yield store
        finally:
            store.close()

    def pipeline(self, store: Store) -> Any:
        """The coding context, built on first use, with the dedup index of the database."""
        with self.lock:
            if self.context is None:
                from dataclasses import replace

                from kabar.config import Config, NlpConfig
                from kabar.context import build_context
                from kabar.pipeline import load_dedup_index

                ctx = build_context(Config(nlp=NlpConfig(use_model=self.use_model)))
                self.context = replace(ctx, dedup_index=load_dedup_index(store, ctx))
            return self.context


class SecurityHeaders:
    """Adds the security headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in names]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses request bodies over ``max_body`` bytes with 413, declared or streamed."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await too_large(self.max_body)(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body:
                    raise ApiError(413, body_message(self.max_body))
            return message

        await self.app(scope, counted, send)


def body_message(limit: int) -> str:
    return f"request body is larger than {limit} bytes"


def too_large(limit: int) -> Response:
    return error_body(413, body_message(limit))


def error_body(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    """The one API error shape."""
    return JSONResponse(
        {"error": {"status": status, "message": message}}, status_code=status, headers=headers
    )


def validation_message(error: RequestValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(p) for p in item.get("loc", ()) if p not in ("query", "path", "body"))
        got = item.get("input")
        shown = f" (got {got!r})" if isinstance(got, str | int | float) else ""
        parts.append(f"{where or 'request'}: {item.get('msg', 'invalid')}{shown}")
    return "; ".join(parts) or "invalid request"


def status_of(error: Exception) -> int:
    if isinstance(error, ApiError):
        return error.status
    if isinstance(error, NotFoundError):
        return 404
    if isinstance(error, QueryError):
        return 422
    if isinstance(error, StoreError):
        return 503
    return 500


def create_app(
    db_path: str | Path,
    token: str | None,
    *,
    max_body: int = MAX_BODY,
    assets_dir: Path | None = None,
    require_assets: bool = True,
    use_model: bool = True,
    allowed_hosts: Sequence[str] | None = None,
) -> FastAPI:
    """The API and the web UI over the database at ``db_path``.

    ``token`` guards every write (POST /api/articles); with None, writes are refused.
    The JavaScript libraries come from ``web/node_modules`` (``make web``); when they
    are missing, ``require_assets`` makes this raise AssetsMissing, else pages show
    tables without charts. ``allowed_hosts`` (Host header names) guards a server on
    loopback against DNS rebinding: a hostile page's script reaching it under its own
    host name is refused; None accepts any Host.
    """
    from kabar import __version__
    from kabar.serve.api import router as api_router
    from kabar.serve.pages import router as page_router

    if token is not None and len(token) < 16:
        raise KabarError("the write token must be at least 16 characters")
    assets = find_assets(assets_dir)
    if assets is None and require_assets:
        raise AssetsMissing(
            "the web UI's JavaScript libraries are not installed: run `make web` "
            "(npm ci --prefix web) or set KABAR_WEB_DIR to a web/node_modules directory"
        )
    store = Store.open(db_path)
    state = ServerState(store=store, token=token, use_model=use_model, assets=assets)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        state.close()  # finish the queued writes, then release the database file

    app = FastAPI(
        lifespan=lifespan,
        title="kabar API",
        version=__version__,
        description=(
            "PLOVER-coded political events from Indonesian news, each traced to the "
            "sentences that report it. Lists take `limit` and `offset` and return "
            "`total`; add `?format=csv` (or send `Accept: text/csv`) for CSV. "
            'Errors are `{"error": {"status", "message"}}`. Writes need '
            "`Authorization: Bearer <token>`."
        ),
        docs_url=None,
        redoc_url=None,
    )
    app.state.kabar = state
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    app.state.templates = templates
    templates.env.globals["assets_ok"] = assets is not None
    templates.env.globals["version"] = __version__

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        message = error.detail if isinstance(error.detail, str) else "error"
        if error.status_code == 404 and message == "Not Found":
            message = f"no such page: {request.url.path}"
        return render_error(request, error.status_code, message, getattr(error, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError) -> Response:
        return render_error(request, 422, validation_message(error))

    @app.exception_handler(KabarError)
    async def kabar_error(request: Request, error: KabarError) -> Response:
        headers = {"WWW-Authenticate": "Bearer"} if status_of(error) == 401 else None
        if isinstance(error, ApiError) and error.retry_after:
            headers = {"Retry-After": str(error.retry_after)}
        return render_error(request, status_of(error), str(error), headers)

    @app.exception_handler(Exception)
    async def internal_error(request: Request, error: Exception) -> Response:
        return render_error(request, 500, f"internal error: {type(error).__name__}")

    app.include_router(api_router)
    app.include_router(page_router)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if assets is not None:
        for prefix, sub in VENDOR.items():
            app.mount(f"/vendor/{prefix}", StaticFiles(directory=str(assets / sub)))

    @app.get("/docs", include_in_schema=False)
    def docs_page(request: Request) -> HTMLResponse:
        return templates.TemplateResponse(request, "docs.html", {"title": "API"})

    app.add_middleware(BodyLimit, max_body=max_body)
    app.add_middleware(SecurityHeaders)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    return app


def render_error(
    request: Request, status: int, message: str, headers: dict[str, str] | None = None
) -> Response:
    """The API's error shape for /api and anything asking for JSON, else an HTML page."""
    wants_html = "text/html" in request.headers.get("accept", "")
    if (
        request.url.path.startswith("/api")
        or request.url.path.startswith("/openapi")
        or (not wants_html)
    ):
        return error_body(status, message, headers)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(
        request,
        "error.html",
        {"title": f"Error {status}", "status": status, "message": message},
        status_code=status,
        headers=headers,
    )
