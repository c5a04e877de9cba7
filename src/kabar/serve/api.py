"""The REST API: each route parses its parameters, calls one service function, and renders
JSON or CSV (``?format=csv`` or ``Accept: text/csv``)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, Response

from kabar import queries
from kabar.serve.app import ApiError, ServerState
from kabar.serve.render import csv_rows, to_csv
from kabar.store import Store

router = APIRouter(prefix="/api")


def server(request: Request) -> ServerState:
    state: ServerState = request.app.state.kabar
    return state


def get_store(request: Request) -> Iterator[Store]:
    yield from server(request).cursor()


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int, Query(ge=1, le=queries.MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, description="Records to skip.")]
Format = Annotated[
    Literal["json", "csv"] | None,
    Query(alias="format", description="json (default) or csv; `Accept: text/csv` also works."),
]
Text = Annotated[str | None, Query(max_length=200)]
DateParam = Annotated[
    str | None,
    Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$", description="YYYY, YYYY-MM or YYYY-MM-DD"),
]
Id = Annotated[str, Path(max_length=100)]


def respond(request: Request, data: Any, fmt: str | None, name: str) -> Response:
    """Render one computed result as JSON or CSV."""
    wants_csv = fmt == "csv" or (fmt is None and "text/csv" in request.headers.get("accept", ""))
    if wants_csv:
        return Response(
            to_csv(csv_rows(data)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse(data)


@router.get("/overview", tags=["overview"])
def get_overview(request: Request, store: StoreDep, format: Format = None) -> Response:
    """Counts, events per month by type, top actors, latest contradictions."""
    return respond(request, queries.overview(store), format, "overview")


@router.get("/events", tags=["events"])
def get_events(
    request: Request,
    store: StoreDep,
    actor: Annotated[str | None, Query(max_length=200, description="Actor id or name")] = None,
    type: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT")] = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    place: Text = None,
    country: Annotated[
        str | None, Query(pattern=r"^[A-Za-z]{3}$", description="ISO alpha-3")
    ] = None,
    outlet: Text = None,
    q: Annotated[str | None, Query(max_length=200, description="Text in the evidence")] = None,
    article: Annotated[str | None, Query(max_length=100, description="Article id")] = None,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Events, latest first, filtered by actor, type, date range, place, country, outlet, text."""
    data = queries.list_events(
        store, actor, type, date_from, date_to, place, country, outlet, q, article, limit, offset
    )
    return respond(request, data, format, "events")


@router.get("/events/{event_id}", tags=["events"])
def get_event(request: Request, store: StoreDep, event_id: Id, format: Format = None) -> Response:
    """One event with every source article's text and the evidence offsets."""
    return respond(request, queries.event_detail(store, event_id), format, event_id)


@router.get("/articles", tags=["articles"])
def get_articles(
    request: Request,
    store: StoreDep,
    q: Text = None,
    outlet: Text = None,
    date_from: DateParam = None,
    date_to: DateParam = None,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Article summaries, latest first."""
    data = queries.list_articles(store, q, outlet, date_from, date_to, limit, offset)
    return respond(request, data, format, "articles")


@router.get("/articles/{article_id}", tags=["articles"])
def get_article(
    request: Request, store: StoreDep, article_id: Id, format: Format = None
) -> Response:
    """One article: cleaned text, removed residue, and its events, quotes and claims."""
    return respond(request, queries.article_detail(store, article_id), format, article_id)


@router.post(
    "/articles",
    tags=["articles"],
    status_code=201,
    openapi_extra={
        "requestBody": {
            "content": {
                "application/json": {
                    "schema": {
                        "type": "object",
                        "required": ["text"],
                        "properties": {f: {"type": "string"} for f in queries.INGEST_FIELDS},
                    }
                },
                "text/plain": {"schema": {"type": "string"}},
            }
        }
    },
)
async def post_article(
    request: Request,
    title: Text = None,
    published: DateParam = None,
    publication: Text = None,
    url: Annotated[str | None, Query(max_length=2000)] = None,
) -> Response:
    """Code and store one article (needs `Authorization: Bearer <token>`).

    Send JSON `{text, title, published, publication, url, id}` (or `html` instead of
    `text`), or the plain text with metadata as query parameters. The article runs
    through the same pipeline as `kabar run`; fusion is then refreshed. Returns 201
    with the article summary, or 200 when the same text is already stored.
    """
    state = server(request)
    check_token(request, state)
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    fields: dict[str, Any]
    if content_type == "application/json":
        try:  # orjson refuses invalid UTF-8, lone surrogates and nesting past 1024 levels
            fields = orjson.loads(body)
        except orjson.JSONDecodeError as error:
            raise ApiError(422, f"body is not valid JSON: {error}") from error
        if not isinstance(fields, dict):
            raise ApiError(422, "body must be a JSON object with a text field")
    elif content_type in ("text/plain", ""):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(422, "text body must be UTF-8") from error
        fields = {"text": text, "title": title, "published": published}
        fields |= {"publication": publication, "url": url}
        fields = {k: v for k, v in fields.items() if v is not None}
    else:
        raise ApiError(415, f"unsupported content type {content_type!r}: send JSON or text/plain")

    def work() -> dict[str, Any]:
        cursor = Store(state.store.db.cursor(), state.store.path)
        try:
            ctx = state.pipeline(cursor)
            return queries.ingest_record(cursor, ctx, fields)
        finally:
            cursor.close()

    result = await state.write(work)  # off the event loop, one write at a time
    return JSONResponse(result, status_code=201 if result["created"] else 200)


def check_token(request: Request, state: ServerState) -> None:
    if state.token is None:
        raise ApiError(403, "writes are disabled: the server was started without a token")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "missing token: send Authorization: Bearer <token>")
    if not secrets.compare_digest(given.strip().encode(), state.token.encode()):
        raise ApiError(401, "invalid token")


@router.get("/actors", tags=["actors"])
def get_actors(
    request: Request,
    store: StoreDep,
    q: Text = None,
    type: Annotated[str | None, Query(description="person, organization, country, group")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$")] = None,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Actors with event counts, the most active first."""
    data = queries.list_actors(store, q, type, country, limit, offset)
    return respond(request, data, format, "actors")


@router.get("/actors/{actor_id}", tags=["actors"])
def get_actor(request: Request, store: StoreDep, actor_id: Id, format: Format = None) -> Response:
    """Aliases, offices over time, counterparts (co-occurring actors), quotes, events."""
    return respond(request, queries.actor_detail(store, actor_id), format, actor_id)


@router.get("/stories", tags=["stories"])
def get_stories(
    request: Request,
    store: StoreDep,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Story clusters: the same news reported by several outlets."""
    return respond(request, queries.list_stories(store, limit, offset), format, "stories")


@router.get("/stories/{story_id}", tags=["stories"])
def get_story(request: Request, store: StoreDep, story_id: Id, format: Format = None) -> Response:
    """One story: its articles, events and contradictions."""
    return respond(request, queries.story_detail(store, story_id), format, story_id)


@router.get("/quotes", tags=["quotes"])
def get_quotes(
    request: Request,
    store: StoreDep,
    actor: Text = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
    kind: Annotated[Literal["direct", "indirect"] | None, Query()] = None,
    q: Text = None,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Direct and indirect quotes with speakers."""
    data = queries.list_quotes(store, actor, article, kind, q, limit, offset)
    return respond(request, data, format, "quotes")


@router.get("/claims", tags=["claims"])
def get_claims(
    request: Request,
    store: StoreDep,
    kind: Annotated[str | None, Query(description="killed, injured, hostages, ...")] = None,
    subject: Annotated[str | None, Query(max_length=200, description="e.g. Palestina")] = None,
    format: Format = None,
) -> Response:
    """Numeric claims as series: ordered by as_of date and source, grouped by source."""
    return respond(request, queries.claim_series(store, kind, subject), format, "claims")


@router.get("/claims/facets", tags=["claims"])
def get_claim_facets(request: Request, store: StoreDep, format: Format = None) -> Response:
    """The claim kinds and subjects present, with counts."""
    return respond(request, queries.claim_facets(store), format, "claim-facets")


@router.get("/contradictions", tags=["contradictions"])
def get_contradictions(
    request: Request,
    store: StoreDep,
    kind: Text = None,
    severity: Annotated[str | None, Query(description="low, medium, high")] = None,
    article: Annotated[str | None, Query(max_length=100)] = None,
    limit: Limit = queries.DEFAULT_LIMIT,
    offset: Offset = 0,
    format: Format = None,
) -> Response:
    """Disagreements between or within reports, with explanations and the spans involved."""
    data = queries.list_contradictions(store, kind, severity, article, limit, offset)
    return respond(request, data, format, "contradictions")


@router.get("/search", tags=["search"])
def get_search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=200)],
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    format: Format = None,
) -> Response:
    """Actors, events, articles and quotes matching a text."""
    return respond(request, queries.search(store, q, limit), format, "search")
