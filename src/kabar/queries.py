"""The service layer: plain functions over a ``Store`` that return plain dicts and lists.

The CLI views, the REST API and the web pages only parse input, call one of
these functions, and render the result (JSON, CSV, a rich table or HTML). Lists
come as ``{"total", "limit", "offset", "items"}``; a missing record raises
``NotFoundError`` and a bad parameter ``QueryError``, both with a one-line message.
"""

from __future__ import annotations

import json
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kabar.errors import InputError, KabarError, StageError
from kabar.export import article_record
from kabar.plover import EVENT_TYPES
from kabar.store import Store

MAX_LIMIT = 500
DEFAULT_LIMIT = 50
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
CLAIM_KINDS = ("killed", "injured", "hostages", "displaced", "arrested", "missing", "other")
SEVERITIES = ("low", "medium", "high")
INGEST_FIELDS = ("id", "title", "text", "html", "published", "publication", "url")


class QueryError(KabarError):
    """A parameter is invalid; the message says which and what is allowed."""

    exit_code = 2


class NotFoundError(KabarError):
    """The requested record is not in the database."""


# -- parameter checks -----------------------------------------------------------------------


def where_clause(conditions: list[str]) -> str:
    """``WHERE a AND b`` for the filters given, or nothing."""
    return ("WHERE " + " AND ".join(conditions)) if conditions else ""


def check_page(limit: int, offset: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, got {limit}")
    if offset < 0:
        raise QueryError(f"offset must be 0 or more, got {offset}")


def check_date(name: str, value: str | None) -> str | None:
    if value in (None, ""):
        return None
    assert value is not None
    if not DATE.match(value):
        raise QueryError(f"{name} must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    return value


def check_choice(name: str, value: str | None, allowed: Iterable[str]) -> str | None:
    if value in (None, ""):
        return None
    assert value is not None
    options = tuple(allowed)
    folded = {o.casefold(): o for o in options}
    if value.casefold() not in folded:
        raise QueryError(f"{name} must be one of {', '.join(options)}; got {value!r}")
    return folded[value.casefold()]


def like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def page(total: int, limit: int, offset: int, items: list[dict[str, Any]]) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


def docs(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return [json.loads(row[0]) for row in store.db.execute(sql, params).fetchall()]


def scalar(store: Store, sql: str, params: list[Any] | None = None) -> int:
    row = store.db.execute(sql, params or []).fetchone()
    return int(row[0]) if row and row[0] is not None else 0


# -- events ---------------------------------------------------------------------------------

NAMES = (
    "array_to_string(json_extract_string(doc, '$.actor[*].entity_name'), '|') || '|' || "
    "array_to_string(json_extract_string(doc, '$.recipient[*].entity_name'), '|') || '|' || "
    "array_to_string(json_extract_string(doc, '$.actor[*].entity_text'), '|') || '|' || "
    "array_to_string(json_extract_string(doc, '$.recipient[*].entity_text'), '|')"
)
ACTOR_IDS = (
    "list_concat(json_extract_string(doc, '$.actor[*].actor_id'), "
    "json_extract_string(doc, '$.recipient[*].actor_id'))"
)
COUNTRIES = (
    "list_concat(json_extract_string(doc, '$.actor[*].country'), "
    "json_extract_string(doc, '$.recipient[*].country'), "
    "[json_extract_string(doc, '$.event_loc.country_code')])"
)


def actor_ids_matching(store: Store, term: str) -> list[str]:
    """Ids of actors whose id is ``term`` or whose name or an alias contains it."""
    if term.startswith("act_"):
        return [term]
    rows = store.db.execute(
        "SELECT id FROM actors WHERE name ILIKE ? ESCAPE '\\' OR "
        "array_to_string(json_extract_string(doc, '$.aliases'), '|') ILIKE ? ESCAPE '\\'",
        [like(term), like(term)],
    ).fetchall()
    return [row[0] for row in rows]


def event_filters(
    store: Store,
    actor: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    place: str | None = None,
    country: str | None = None,
    outlet: str | None = None,
    q: str | None = None,
    article: str | None = None,
) -> tuple[str, list[Any]]:
    """A WHERE clause and its parameters for the event filters."""
    where: list[str] = []
    params: list[Any] = []
    event_type = check_choice("type", type, EVENT_TYPES)
    start, end = check_date("date_from", date_from), check_date("date_to", date_to)
    if event_type:
        where.append("event = ?")
        params.append(event_type)
    if start:  # an event dated only to the month overlaps every day of that month
        where.append("date IS NOT NULL AND date >= left(?, length(date))")
        params.append(start)
    if end:
        where.append("date IS NOT NULL AND left(date, length(?)) <= ?")
        params += [end, end]
    if actor:
        ids = actor_ids_matching(store, actor)
        where.append(f"(list_has_any({ACTOR_IDS}, ?::VARCHAR[]) OR ({NAMES}) ILIKE ? ESCAPE '\\')")
        params += [ids, like(actor)]
    if place:
        where.append(
            "(json_extract_string(doc, '$.event_loc.extracted_place') ILIKE ? ESCAPE '\\' OR "
            "json_extract_string(doc, '$.event_loc.resolved_place') ILIKE ? ESCAPE '\\')"
        )
        params += [like(place), like(place)]
    if country:
        where.append(f"list_contains({COUNTRIES}, ?)")
        params.append(country.upper())
    if outlet:
        where.append(
            "array_to_string(json_extract_string(doc, '$.sources[*].publication'), '|') "
            "ILIKE ? ESCAPE '\\'"
        )
        params.append(like(outlet))
    if article:
        where.append("list_contains(json_extract_string(doc, '$.sources[*].article_id'), ?)")
        params.append(article)
    if q:
        where.append(
            "(array_to_string(json_extract_string(doc, '$.sources[*].sentence'), '|') || '|' || "
            f"{NAMES} || '|' || coalesce(json_extract_string(doc, '$.trigger'), '')) "
            "ILIKE ? ESCAPE '\\'"
        )
        params.append(like(q))
    return where_clause(where), params


def list_events(
    store: Store,
    actor: str | None = None,
    type: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    place: str | None = None,
    country: str | None = None,
    outlet: str | None = None,
    q: str | None = None,
    article: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """Events matching every given filter, latest first (undated last).

    actor: an actor id, or text found in a participant's name or an alias;
    type: a PLOVER event type; date_from/date_to: inclusive, YYYY[-MM[-DD]];
    place: text in the extracted or resolved place; country: ISO alpha-3 of the
    place or of a participant; outlet: text in a source's publication; q: text
    in an evidence sentence, a participant or the trigger.
    """
    check_page(limit, offset)
    where, params = event_filters(
        store, actor, type, date_from, date_to, place, country, outlet, q, article
    )
    total = scalar(store, f"SELECT count(*) FROM events {where}", params)
    items = docs(
        store,
        f"SELECT doc FROM events {where} ORDER BY date DESC NULLS LAST, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return page(total, limit, offset, items)


def event_doc(store: Store, event_id: str) -> dict[str, Any]:
    row = store.db.execute("SELECT doc FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no event {event_id}")
    doc: dict[str, Any] = json.loads(row[0])
    return doc


def event_detail(store: Store, event_id: str) -> dict[str, Any]:
    """One event with, for each source, the article's text, residue and evidence offsets."""
    event = event_doc(store, event_id)
    for source in event.get("sources") or []:
        article = article_doc(store, source["article_id"])
        if article is None:
            source["article"] = None
            source["evidence_ok"] = False
            continue
        text = article.get("text") or ""
        source["evidence_ok"] = text[source["start"] : source["end"]] == source["sentence"]
        source["article"] = {
            key: article.get(key)
            for key in ("id", "title", "publication", "published", "url", "text", "flags")
        } | {"removed": article.get("removed") or []}
    event["contradictions"] = contradictions_for(store, [s["article_id"] for s in event["sources"]])
    return event


# -- articles -------------------------------------------------------------------------------


def article_doc(store: Store, article_id: str) -> dict[str, Any] | None:
    row = store.db.execute(
        "SELECT doc, story_id FROM articles WHERE id = ?", [article_id]
    ).fetchone()
    return article_record(json.loads(row[0]), row[1]) if row else None


ARTICLE_SUMMARY = (
    "SELECT id, title, publication, published, published_precision, language, url, "
    "duplicate_of, story_id, source, length(json_extract_string(doc, '$.text')), "
    "json_array_length(doc, '$.events'), json_array_length(doc, '$.removed') FROM articles"
)
SUMMARY_KEYS = (
    "id", "title", "publication", "published", "published_precision", "language", "url",
    "duplicate_of", "story_id", "source", "length", "events", "cuts",
)  # fmt: skip


def summaries(store: Store, where: str, params: list[Any], tail: str = "") -> list[dict[str, Any]]:
    rows = store.db.execute(f"{ARTICLE_SUMMARY} {where} {tail}", params).fetchall()
    return [dict(zip(SUMMARY_KEYS, row, strict=True)) for row in rows]


def list_articles(
    store: Store,
    q: str | None = None,
    outlet: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """Article summaries (no text), latest first; q searches title and text."""
    check_page(limit, offset)
    where: list[str] = []
    params: list[Any] = []
    start, end = check_date("date_from", date_from), check_date("date_to", date_to)
    if q:
        where.append(
            "(coalesce(title, '') || '|' || json_extract_string(doc, '$.text')) ILIKE ? ESCAPE '\\'"
        )
        params.append(like(q))
    if outlet:
        where.append("publication ILIKE ? ESCAPE '\\'")
        params.append(like(outlet))
    if start:
        where.append("published IS NOT NULL AND published >= left(?, length(published))")
        params.append(start)
    if end:
        where.append("published IS NOT NULL AND left(published, length(?)) <= ?")
        params += [end, end]
    clause = where_clause(where)
    total = scalar(store, f"SELECT count(*) FROM articles {clause}", params)
    items = summaries(
        store,
        clause,
        [*params, limit, offset],
        "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?",
    )
    return page(total, limit, offset, items)


def article_detail(store: Store, article_id: str) -> dict[str, Any]:
    """The article as exported (text, removed residue, flags) plus what was coded from it."""
    article = article_doc(store, article_id)
    if article is None:
        raise NotFoundError(f"no article {article_id}")
    article["events"] = list_events(store, article=article_id, limit=MAX_LIMIT)["items"]
    article["quotes"] = docs(
        store, "SELECT doc FROM quotes WHERE article_id = ? ORDER BY id", [article_id]
    )
    article["claims"] = docs(
        store, "SELECT doc FROM claims WHERE article_id = ? ORDER BY id", [article_id]
    )
    article["contradictions"] = contradictions_for(store, [article_id])
    return article


# -- actors ---------------------------------------------------------------------------------


def event_counts(store: Store) -> Counter[str]:
    counts: Counter[str] = Counter()
    rows = store.db.execute(f"SELECT list_distinct({ACTOR_IDS}) FROM events").fetchall()
    for (ids,) in rows:
        counts.update(i for i in ids or [] if i)
    return counts


def list_actors(
    store: Store,
    q: str | None = None,
    type: str | None = None,
    country: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """Actors with their event counts, the most active first; q searches names and aliases."""
    check_page(limit, offset)
    actor_type = check_choice("type", type, ("person", "organization", "country", "group"))
    where: list[str] = []
    params: list[Any] = []
    if q:
        where.append(
            "(name ILIKE ? ESCAPE '\\' OR "
            "array_to_string(json_extract_string(doc, '$.aliases'), '|') ILIKE ? ESCAPE '\\')"
        )
        params += [like(q), like(q)]
    if actor_type:
        where.append("type = ?")
        params.append(actor_type)
    if country:
        where.append("json_extract_string(doc, '$.country') = ?")
        params.append(country.upper())
    clause = where_clause(where)
    counts = event_counts(store)
    actors = docs(store, f"SELECT doc FROM actors {clause}", params)
    for actor in actors:
        actor["events"] = counts.get(actor["id"], 0)
        actor["articles"] = len(actor.get("article_ids") or [])
    actors.sort(key=lambda a: (-a["events"], -a["articles"], a["name"].casefold()))
    return page(len(actors), limit, offset, actors[offset : offset + limit])


def actor_detail(store: Store, actor_id: str, max_counterparts: int = 25) -> dict[str, Any]:
    """Aliases, offices over time, counterparts (actors in the same events), quotes, events."""
    row = store.db.execute("SELECT doc FROM actors WHERE id = ?", [actor_id]).fetchone()
    if row is None:
        raise NotFoundError(f"no actor {actor_id}")
    actor: dict[str, Any] = json.loads(row[0])
    events = docs(
        store,
        f"SELECT doc FROM events WHERE list_contains({ACTOR_IDS}, ?) "
        "ORDER BY date DESC NULLS LAST, id",
        [actor_id],
    )
    together: Counter[str] = Counter()
    pairs: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    for event in events:
        ids = set()
        for ref in (event.get("actor") or []) + (event.get("recipient") or []):
            if ref.get("actor_id"):
                ids.add(ref["actor_id"])
                names.setdefault(ref["actor_id"], ref.get("entity_name") or ref["actor_id"])
        others = sorted(ids - {actor_id})
        together.update(others)
        pairs.update((a, b) for i, a in enumerate(others) for b in others[i + 1 :])
    top = [i for i, _ in together.most_common(max_counterparts)]
    canonical = actor_names(store, top)
    counterparts = [
        {"id": i, "name": canonical.get(i, names[i]), "events": together[i]} for i in top
    ]
    kept = set(top)
    actor["roles"] = sorted(
        actor.get("roles") or [], key=lambda r: (r.get("first_seen") or "", r["office"])
    )
    actor["counterparts"] = counterparts
    actor["network"] = {
        "nodes": [{"id": actor_id, "name": actor["name"], "events": len(events), "center": True}]
        + [{**c, "center": False} for c in counterparts],
        "edges": [
            {"source": actor_id, "target": c["id"], "weight": c["events"]} for c in counterparts
        ]
        + [
            {"source": a, "target": b, "weight": n}
            for (a, b), n in sorted(pairs.items())
            if a in kept and b in kept
        ],
    }
    actor["quotes"] = docs(
        store,
        "SELECT doc FROM quotes WHERE json_extract_string(doc, '$.speaker_actor_id') IN "
        "(SELECT key FROM actor_keys WHERE actor_id = ? UNION SELECT ?) "  # per-article keys
        "ORDER BY article_id, id",
        [actor_id, actor_id],
    )
    actor["events"] = events[:100]
    actor["event_count"] = len(events)
    return actor


def actor_names(store: Store, ids: list[str]) -> dict[str, str]:
    if not ids:
        return {}
    rows = store.db.execute("SELECT id, name FROM actors WHERE list_contains(?, id)", [ids])
    return {row[0]: row[1] for row in rows.fetchall()}


# -- stories, quotes ------------------------------------------------------------------------


def list_stories(store: Store, limit: int = DEFAULT_LIMIT, offset: int = 0) -> dict[str, Any]:
    """Story clusters (the same news across outlets), the largest and latest first."""
    check_page(limit, offset)
    total = scalar(
        store, "SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL"
    )
    rows = store.db.execute(
        "SELECT story_id, count(*) AS n, min(published), max(published), "
        "list_distinct(list(publication) FILTER (publication IS NOT NULL)) "
        "FROM articles WHERE story_id IS NOT NULL GROUP BY story_id "
        "ORDER BY n DESC, max(published) DESC NULLS LAST, story_id LIMIT ? OFFSET ?",
        [limit, offset],
    ).fetchall()
    items = []
    for story_id, n, first, last, outlets in rows:
        articles = summaries(store, "WHERE story_id = ?", [story_id], "ORDER BY published, id")
        items.append(
            {
                "id": story_id,
                "articles": n,
                "first_published": first,
                "last_published": last,
                "outlets": sorted(outlets or []),
                "title": next((a["title"] for a in articles if a["title"]), None),
                "members": articles,
            }
        )
    return page(total, limit, offset, items)


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    articles = summaries(store, "WHERE story_id = ?", [story_id], "ORDER BY published, id")
    if not articles:
        raise NotFoundError(f"no story {story_id}")
    events: dict[str, dict[str, Any]] = {}
    for article in articles:
        for event in list_events(store, article=article["id"], limit=MAX_LIMIT)["items"]:
            events[event["id"]] = event
    return {
        "id": story_id,
        "title": next((a["title"] for a in articles if a["title"]), None),
        "articles": articles,
        "events": sorted(events.values(), key=lambda e: (e.get("date") or "", e["id"])),
        "contradictions": contradictions_for(store, [a["id"] for a in articles]),
    }


def list_quotes(
    store: Store,
    actor: str | None = None,
    article: str | None = None,
    kind: str | None = None,
    q: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """Quotes with their speakers and the article's outlet and date."""
    check_page(limit, offset)
    quote_kind = check_choice("kind", kind, ("direct", "indirect"))
    where: list[str] = []
    params: list[Any] = []
    if actor:
        ids = actor_ids_matching(store, actor)
        where.append(
            "(list_contains(?::VARCHAR[], json_extract_string(q.doc, '$.speaker_actor_id')) "
            "OR json_extract_string(q.doc, '$.speaker_text') ILIKE ? ESCAPE '\\')"
        )
        params += [ids, like(actor)]
    if article:
        where.append("q.article_id = ?")
        params.append(article)
    if quote_kind:
        where.append("json_extract_string(q.doc, '$.kind') = ?")
        params.append(quote_kind)
    if q:
        where.append(
            "(json_extract_string(q.doc, '$.text') || '|' || "
            "coalesce(json_extract_string(q.doc, '$.speaker_text'), '')) ILIKE ? ESCAPE '\\'"
        )
        params.append(like(q))
    clause = where_clause(where)
    base = "FROM quotes q LEFT JOIN articles a ON a.id = q.article_id"
    total = scalar(store, f"SELECT count(*) {base} {clause}", params)
    rows = store.db.execute(
        f"SELECT q.doc, a.publication, a.published, a.title {base} {clause} "
        "ORDER BY a.published DESC NULLS LAST, q.id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    items = [
        json.loads(doc) | {"publication": pub, "published": published, "article_title": title}
        for doc, pub, published, title in rows
    ]
    return page(total, limit, offset, items)


# -- claims ---------------------------------------------------------------------------------


def claim_rows(store: Store, kind: str | None, subject: str | None) -> list[dict[str, Any]]:
    claim_kind = check_choice("kind", kind, CLAIM_KINDS)
    where: list[str] = []
    params: list[Any] = []
    if claim_kind:
        where.append("c.kind = ?")
        params.append(claim_kind)
    if subject:
        where.append(
            "(json_extract_string(c.doc, '$.subject') ILIKE ? ESCAPE '\\' OR "
            "upper(coalesce(json_extract_string(c.doc, '$.subject_country'), '')) = ?)"
        )
        params += [like(subject), subject.upper()]
    clause = where_clause(where)
    rows = store.db.execute(
        "SELECT c.doc, a.publication, a.published, a.title FROM claims c "
        f"LEFT JOIN articles a ON a.id = c.article_id {clause}",
        params,
    ).fetchall()
    return [
        json.loads(doc) | {"publication": pub, "published": published, "article_title": title}
        for doc, pub, published, title in rows
    ]


def claim_source(claim: dict[str, Any]) -> str:
    """Who the number comes from; an outlet that names no source is not the source."""
    if claim.get("attributed_to_text"):
        return str(claim["attributed_to_text"])
    outlet = claim.get("publication")
    return f"unattributed (in {outlet})" if outlet else "unattributed"


def claim_series(
    store: Store, kind: str | None = None, subject: str | None = None
) -> dict[str, Any]:
    """Numeric claims ordered by as_of date then source, one series per source and subject.

    A total and its parts ("3.500 orang, termasuk 2.215 warga Palestina") come from
    one source but are different subjects, so they are different series, not revisions.
    """
    claims = claim_rows(store, kind, subject)
    for claim in claims:
        claim["source"] = claim_source(claim)
    claims.sort(
        key=lambda c: (c.get("as_of") or c.get("published") or "9999", c["source"], c["id"])
    )
    grouped: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for claim in claims:
        grouped[(claim["source"], claim.get("subject") or "")].append(claim)
    series = [
        {
            "source": source,
            "subject": series_subject or None,
            "points": [
                {
                    "as_of": c.get("as_of") or c.get("published"),
                    "value": c["value"],
                    "value_max": c.get("value_max"),
                    "qualifier": c.get("qualifier"),
                    "claim_id": c["id"],
                    "article_id": c["article_id"],
                }
                for c in points
            ],
        }
        for (source, series_subject), points in sorted(grouped.items())
    ]
    return {"kind": kind, "subject": subject, "total": len(claims), "claims": claims,
            "series": series}  # fmt: skip


def claim_facets(store: Store) -> dict[str, Any]:
    """The claim kinds and subjects present, with counts, for pickers."""
    kinds = store.db.execute(
        "SELECT kind, count(*) FROM claims GROUP BY kind ORDER BY count(*) DESC, kind"
    ).fetchall()
    subjects = store.db.execute(
        "SELECT json_extract_string(doc, '$.subject') AS s, count(*) FROM claims "
        "WHERE s IS NOT NULL GROUP BY s ORDER BY count(*) DESC, s"
    ).fetchall()
    return {
        "kinds": [{"kind": k, "claims": int(n)} for k, n in kinds],
        "subjects": [{"subject": s, "claims": int(n)} for s, n in subjects],
    }


# -- contradictions -------------------------------------------------------------------------


def with_article_titles(store: Store, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    ids = sorted({i["article_id"] for c in items for i in c.get("items") or []})
    info = {}
    if ids:
        rows = store.db.execute(
            "SELECT id, title, publication, published FROM articles WHERE list_contains(?, id)",
            [ids],
        ).fetchall()
        info = {r[0]: {"title": r[1], "publication": r[2], "published": r[3]} for r in rows}
    for contradiction in items:
        for item in contradiction.get("items") or []:
            item.update(info.get(item["article_id"], {}))
    return items


def list_contradictions(
    store: Store,
    kind: str | None = None,
    severity: str | None = None,
    article: str | None = None,
    limit: int = DEFAULT_LIMIT,
    offset: int = 0,
) -> dict[str, Any]:
    """Contradictions between or within reports, the most severe first."""
    check_page(limit, offset)
    level = check_choice("severity", severity, SEVERITIES)
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("kind = ?")
        params.append(kind)
    if level:
        where.append("json_extract_string(doc, '$.severity') = ?")
        params.append(level)
    if article:
        where.append("list_contains(json_extract_string(doc, '$.items[*].article_id'), ?)")
        params.append(article)
    clause = where_clause(where)
    total = scalar(store, f"SELECT count(*) FROM contradictions {clause}", params)
    order = (
        "CASE json_extract_string(doc, '$.severity') WHEN 'high' THEN 0 WHEN 'medium' THEN 1 "
        "ELSE 2 END, kind, id"
    )
    items = docs(
        store,
        f"SELECT doc FROM contradictions {clause} ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return page(total, limit, offset, with_article_titles(store, items))


def contradictions_for(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    if not article_ids:
        return []
    items = docs(
        store,
        "SELECT doc FROM contradictions WHERE list_has_any("
        "json_extract_string(doc, '$.items[*].article_id'), ?::VARCHAR[]) ORDER BY id",
        [sorted(set(article_ids))],
    )
    return with_article_titles(store, items)


# -- overview and search --------------------------------------------------------------------


def stats(store: Store) -> dict[str, Any]:
    return {
        "articles": store.count("articles"),
        "duplicates": store.count("articles", "WHERE duplicate_of IS NOT NULL"),
        "failures": store.count("failures"),
        "actors": store.count("actors"),
        "events": store.count("events"),
        "quotes": store.count("quotes"),
        "claims": store.count("claims"),
        "contradictions": store.count("contradictions"),
        "stories": scalar(
            store, "SELECT count(DISTINCT story_id) FROM articles WHERE story_id IS NOT NULL"
        ),
    }


def events_over_time(store: Store) -> dict[str, Any]:
    """Event counts per month and type (events dated at least to the month)."""
    rows = store.db.execute(
        "SELECT left(date, 7) AS month, event, count(*) FROM events "
        "WHERE date IS NOT NULL AND length(date) >= 7 GROUP BY month, event ORDER BY month"
    ).fetchall()
    months = sorted({r[0] for r in rows})
    types = [t for t in EVENT_TYPES if any(r[1] == t for r in rows)]
    index = {m: i for i, m in enumerate(months)}
    series = {t: [0] * len(months) for t in types}
    for month, event, n in rows:
        if event in series:
            series[event][index[month]] = int(n)
    undated = scalar(store, "SELECT count(*) FROM events WHERE date IS NULL OR length(date) < 7")
    return {"months": months, "series": series, "undated": undated}


def overview(store: Store, top: int = 10) -> dict[str, Any]:
    """Counts, events per month by type, the most active actors, the latest contradictions."""
    return {
        "stats": stats(store),
        "events_by_type": dict(store.event_type_counts()),
        "events_over_time": events_over_time(store),
        "top_actors": list_actors(store, limit=top)["items"],
        "contradictions": list_contradictions(store, limit=5)["items"],
        "latest_events": list_events(store, limit=8)["items"],
        "failures": [
            {"source": s, "reason": r, "failed_at": str(t)}
            for s, r, t in store.db.execute(
                "SELECT source, reason, failed_at FROM failures ORDER BY failed_at DESC LIMIT 5"
            ).fetchall()
        ],
    }


def search(store: Store, q: str, limit: int = 20) -> dict[str, Any]:
    """Events, actors, articles and quotes matching a text."""
    q = (q or "").strip()
    if not q:
        raise QueryError("q must not be empty")
    check_page(limit, 0)
    return {
        "q": q,
        "actors": list_actors(store, q=q, limit=limit),
        "events": list_events(store, q=q, limit=limit),
        "articles": list_articles(store, q=q, limit=limit),
        "quotes": list_quotes(store, q=q, limit=limit),
    }


# -- ingest ---------------------------------------------------------------------------------

WRITE_LOCK = threading.Lock()


def ingest_record(store: Store, ctx: Any, fields: dict[str, Any]) -> dict[str, Any]:
    """Code one article with the same per-article function as ``kabar run``, store it,
    and refresh fusion; ``fields`` holds ``text`` (or ``html``) and optional metadata.

    Returns the stored article's summary with ``created`` False when the same text
    was already stored. Raises QueryError when the record has no usable text.
    """
    from kabar.config import IngestConfig
    from kabar.ingest import record_from_mapping
    from kabar.pipeline import (
        article_from_record,
        load_dedup_index,
        process_article,
        refresh_fusion,
        save_batch,
    )

    unknown = sorted(set(fields) - set(INGEST_FIELDS))
    if unknown:
        raise QueryError(
            f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(INGEST_FIELDS)}"
        )
    for name, value in fields.items():
        if value is not None and not isinstance(value, str):
            raise QueryError(f"field {name} must be a string")
    try:
        record = record_from_mapping(fields, "api", "post", IngestConfig())
    except InputError as error:
        raise QueryError(error.reason) from error
    if isinstance(record, InputError):
        raise QueryError(record.reason)
    article = article_from_record(record)
    with WRITE_LOCK:
        if store.has_article(article.id):
            return {"created": False, **summary_of(store, article.id)}
        if ctx.dedup_index is None:
            ctx = replace(ctx, dedup_index=load_dedup_index(store, ctx))
        try:
            article = process_article(article, ctx)
        except StageError as error:
            with store.transaction():
                store.record_failure(article.source, str(error))
            raise QueryError(f"the article could not be coded: {error}") from error
        save_batch(store, [article])
        refresh_fusion(store, ctx)
    return {"created": True, **summary_of(store, article.id)}


def summary_of(store: Store, article_id: str) -> dict[str, Any]:
    found = summaries(store, "WHERE id = ?", [article_id])
    if not found:
        raise NotFoundError(f"no article {article_id}")
    return found[0]
