"""The web UI: each page parses its parameters, calls the same service functions as the API,
and renders a Jinja2 template (autoescaped; data for charts is embedded as escaped JSON)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from kabar import queries
from kabar.plover import EVENT_TYPES
from kabar.serve.app import ServerState
from kabar.serve.render import event_title, segments
from kabar.store import Store

router = APIRouter(include_in_schema=False)
PAGE = 25


def get_store(request: Request) -> Iterator[Store]:
    state: ServerState = request.app.state.kabar
    yield from state.cursor()


StoreDep = Annotated[Store, Depends(get_store)]
Offset = Annotated[int, Query(ge=0)]
Opt = Annotated[str, Query(max_length=200)]


def render(request: Request, template: str, title: str, **context: Any) -> HTMLResponse:
    templates: Jinja2Templates = request.app.state.templates
    context |= {"title": title, "link": link(request), "event_title": event_title}
    return templates.TemplateResponse(request, template, context)


def link(request: Request) -> Any:
    """``link(offset=50)``: this page's URL with some query parameters changed."""

    def make(**changes: Any) -> str:
        params = {k: v for k, v in request.query_params.items() if v != ""}
        for key, value in changes.items():
            if value in (None, ""):
                params.pop(key, None)
            else:
                params[key] = str(value)
        return request.url.path + ("?" + urlencode(params) if params else "")

    return make


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, store: StoreDep) -> HTMLResponse:
    data = queries.overview(store)
    return render(request, "overview.html", "Overview", data=data)


@router.get("/events", response_class=HTMLResponse)
def timeline_page(
    request: Request,
    store: StoreDep,
    actor: Opt = "",
    type: Opt = "",
    date_from: Opt = "",
    date_to: Opt = "",
    place: Opt = "",
    country: Opt = "",
    outlet: Opt = "",
    q: Opt = "",
    offset: Offset = 0,
) -> HTMLResponse:
    filters = {
        "actor": actor, "type": type, "date_from": date_from, "date_to": date_to,
        "place": place, "country": country, "outlet": outlet, "q": q,
    }  # fmt: skip
    data = queries.list_events(
        store, **{k: v or None for k, v in filters.items()}, limit=PAGE, offset=offset
    )
    return render(
        request, "timeline.html", "Timeline", data=data, filters=filters, types=EVENT_TYPES
    )


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, store: StoreDep, event_id: str) -> HTMLResponse:
    event = queries.event_detail(store, event_id)
    for source in event["sources"]:
        article = source.get("article")
        if article:
            spans = [(source["start"], source["end"], "evidence")]
            if source.get("trigger_start") is not None and source.get("trigger_end") is not None:
                spans.append((source["trigger_start"], source["trigger_end"], "trigger"))
            source["segments"] = segments(article["text"], spans)
    return render(request, "event.html", f"{event['event']}: {event_title(event)}", event=event)


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request, store: StoreDep, q: Opt = "", outlet: Opt = "", offset: Offset = 0
) -> HTMLResponse:
    data = queries.list_articles(store, q=q or None, outlet=outlet or None, limit=PAGE,
                                 offset=offset)  # fmt: skip
    return render(request, "articles.html", "Articles", data=data, q=q, outlet=outlet)


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    article = queries.article_detail(store, article_id)
    spans = [(s["start"], s["end"], "evidence") for e in article["events"] for s in e["sources"]
             if s["article_id"] == article_id]  # fmt: skip
    spans += [(q["start"], q["end"], "quote") for q in article["quotes"]]
    spans += [(c["start"], c["end"], "claim") for c in article["claims"]]
    article["segments"] = segments(article.get("text") or "", spans)
    return render(request, "article.html", article.get("title") or article_id, article=article)


@router.get("/actors", response_class=HTMLResponse)
def actors_page(
    request: Request, store: StoreDep, q: Opt = "", type: Opt = "", offset: Offset = 0
) -> HTMLResponse:
    data = queries.list_actors(store, q=q or None, type=type or None, limit=PAGE, offset=offset)
    return render(request, "actors.html", "Actors", data=data, q=q, type=type)


@router.get("/actors/{actor_id}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, actor_id: str) -> HTMLResponse:
    actor = queries.actor_detail(store, actor_id)
    return render(request, "actor.html", actor["name"], actor=actor)


@router.get("/stories", response_class=HTMLResponse)
def stories_page(request: Request, store: StoreDep, offset: Offset = 0) -> HTMLResponse:
    data = queries.list_stories(store, limit=PAGE, offset=offset)
    return render(request, "stories.html", "Stories", data=data)


@router.get("/claims", response_class=HTMLResponse)
def claims_page(
    request: Request, store: StoreDep, kind: Opt = "", subject: Opt = ""
) -> HTMLResponse:
    data = queries.claim_series(store, kind or None, subject or None)
    facets = queries.claim_facets(store)
    return render(
        request, "claims.html", "Claims", data=data, facets=facets, kind=kind, subject=subject
    )


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(
    request: Request, store: StoreDep, severity: Opt = "", offset: Offset = 0
) -> HTMLResponse:
    data = queries.list_contradictions(store, severity=severity or None, limit=PAGE,
                                       offset=offset)  # fmt: skip
    return render(request, "contradictions.html", "Contradictions", data=data, severity=severity)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Opt = "") -> HTMLResponse:
    results = queries.search(store, q) if q.strip() else None
    title = f"Search: {q}" if q else "Search"
    return render(request, "search.html", title, q=q, search_q=q, results=results)
