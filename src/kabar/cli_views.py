"""Terminal views and ``kabar serve``: each command parses, calls one ``kabar.queries``
function, and prints a rich table (or JSON with ``--json``).

``register(app)`` adds the commands ``serve``, ``timeline``, ``actor``,
``contradictions`` and ``claims`` to the ``kabar`` Typer app.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kabar import queries
from kabar.errors import KabarError, StoreError
from kabar.store import Store

console = Console()
errors = Console(stderr=True)
DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print the result as JSON.")]
DEFAULT_DB = Path("kabar.duckdb")


def fail(error: KabarError) -> typer.Exit:
    errors.print(f"[red]error:[/red] {error}", highlight=False)
    return typer.Exit(4 if isinstance(error, StoreError) else error.exit_code)


def with_store(db: Path, work: Callable[[Store], Any]) -> Any:
    """Open the database read-only, run one service function, turn errors into exits."""
    try:
        with Store.open(db, read_only=True) as store:
            return work(store)
    except KabarError as error:
        raise fail(error) from None


def print_json(data: Any) -> None:
    console.print_json(json.dumps(data, ensure_ascii=False, default=str))


def names(refs: list[dict[str, Any]] | None) -> str:
    return ", ".join(r.get("entity_name") or "?" for r in refs or []) or "-"


def evidence(source: dict[str, Any]) -> Text:
    """The evidence sentence with its trigger in bold."""
    sentence = Text(source.get("sentence") or "")
    ts, te, start = source.get("trigger_start"), source.get("trigger_end"), source.get("start", 0)
    if ts is not None and te is not None and start <= ts <= te <= source.get("end", 0):
        sentence.stylize("bold yellow", ts - start, te - start)
    return sentence


NARROW = 110  # below this terminal width, one column per record instead of six
EVIDENCE_LINES = 3  # lines of evidence shown per event in the narrow layout


def clipped(sentence: Text, source: dict[str, Any], limit: int) -> Text:
    """At most ``limit`` characters of the evidence, around its trigger."""
    if len(sentence) <= limit:
        return sentence
    plain = sentence.plain
    trigger = (source.get("trigger_start") or 0) - source.get("start", 0)
    begin = max(0, min(trigger - limit // 3, len(plain) - limit))
    if begin:  # whole words only
        begin = plain.find(" ", begin) + 1
    end = begin + limit - 2
    if end < len(plain):
        end = max(plain.rfind(" ", begin, end), begin + limit // 2)
    piece = sentence[begin:end]
    return Text("… " if begin else "").append_text(piece).append(" …" if end < len(plain) else "")


def event_parts(event: dict[str, Any]) -> tuple[str, str, str]:
    """(type with its flags, actor → recipient, place) as printed."""
    loc = event.get("event_loc") or {}
    recipient = names(event.get("recipient"))
    flags = [f for f in ("negated", "hypothetical", "disputed") if event.get(f)]
    return (
        event["event"] + (f" ({', '.join(flags)})" if flags else ""),
        names(event.get("actor")) + (f" → {recipient}" if recipient != "-" else ""),
        loc.get("resolved_place") or loc.get("extracted_place") or "-",
    )


def events_table(events: list[dict[str, Any]], title: str) -> Table:
    if console.width < NARROW:
        return narrow_events_table(events, title)
    table = Table(title=title, title_justify="left", expand=True, show_lines=False)
    table.add_column("date", no_wrap=True)
    table.add_column("type", no_wrap=True, style="bold")
    table.add_column("actor → recipient", ratio=2, min_width=16)
    table.add_column("place", ratio=1, min_width=8)
    table.add_column("src", justify="right")
    table.add_column("evidence", ratio=4, min_width=24)
    wide = console.width >= 140  # ids only where they fit; --json always has them
    if wide:
        table.add_column("id", no_wrap=True, style="dim")
    for event in events:
        kind, who, where = event_parts(event)
        row: list[str | Text] = [
            event.get("date") or "undated",
            kind,
            who,
            where,
            str(len(event.get("sources") or [])),
            evidence(event["sources"][0]) if event.get("sources") else Text("-"),
        ]
        table.add_row(*row, *([event["id"]] if wide else []))
    return table


def narrow_events_table(events: list[dict[str, Any]], title: str) -> Table:
    """A terminal of 80 columns: the date, then type, participants, place and sources on
    one line and a few lines of evidence around the trigger below them."""
    table = Table(title=title, title_justify="left", expand=True, show_lines=True)
    table.add_column("date", no_wrap=True, width=10)
    table.add_column("event  actor → recipient  @ place  (reports)", ratio=1)
    room = max(40, console.width - 18) * EVIDENCE_LINES
    for event in events:
        kind, who, where = event_parts(event)
        sources = event.get("sources") or []
        cell = Text(kind, style="bold").append(f"  {who}")
        cell.append(f"  @ {where}" if where != "-" else "", style="cyan")
        if len(sources) > 1:
            cell.append(f"  ({len(sources)} reports)", style="dim")
        if sources:
            cell.append("\n").append_text(clipped(evidence(sources[0]), sources[0], room))
        table.add_row(event.get("date") or "undated", cell)
    return table


def timeline_command(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor id or name.")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PLOVER type, e.g. CONSULT.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="YYYY[-MM[-DD]].")] = None,
    place: Annotated[str | None, typer.Option(help="Text in the place name.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 of place or actor.")] = None,
    outlet: Annotated[str | None, typer.Option(help="Text in a source's outlet.")] = None,
    q: Annotated[str | None, typer.Option("--q", help="Text in the evidence.")] = None,
    limit: Annotated[int, typer.Option(help="Events to show.")] = 30,
    offset: Annotated[int, typer.Option(help="Events to skip.")] = 0,
    as_json: JsonOption = False,
) -> None:
    """Events over time, latest first, with the sentence that reports each."""
    data = with_store(
        db,
        lambda s: queries.list_events(
            s, actor, type, date_from, date_to, place, country, outlet, q, None, limit, offset
        ),
    )
    if as_json:
        print_json(data)
        return
    shown = f"{offset + 1}-{offset + len(data['items'])}" if data["items"] else "0"
    console.print(events_table(data["items"], f"Timeline: {shown} of {data['total']} events"))


def pick_actor(store: Store, name: str) -> dict[str, Any]:
    """An actor by id, else the best match of a name: exact name or alias first, then the
    most active actor whose name contains it."""
    if name.startswith("act_"):
        return queries.actor_detail(store, name)
    found = queries.list_actors(store, q=name, limit=queries.MAX_LIMIT)["items"]
    if not found:
        raise queries.NotFoundError(f"no actor named like {name!r}")
    folded = name.casefold()
    exact = [a for a in found if folded in {x.casefold() for x in [a["name"], *a["aliases"]]}]
    chosen = (exact or found)[0]
    detail = queries.actor_detail(store, chosen["id"])
    detail["other_matches"] = [
        {"id": a["id"], "name": a["name"]} for a in found if a["id"] != chosen["id"]
    ][:10]
    return detail


def actor_command(
    name: Annotated[str, typer.Argument(help="Actor name, alias or id (act_...).")],
    db: DbOption = DEFAULT_DB,
    as_json: JsonOption = False,
) -> None:
    """An actor's profile: aliases, offices over time, counterparts, quotes and events."""
    actor = with_store(db, lambda s: pick_actor(s, name))
    if as_json:
        print_json(actor)
        return
    console.print(
        f"[bold]{actor['name']}[/bold]  {actor['type']}  {actor.get('country') or '-'}  "
        f"{actor.get('sector') or '-'}  {actor['event_count']} events  "
        f"{len(actor.get('article_ids') or [])} articles  [dim]{actor['id']}[/dim]",
        highlight=False,
    )
    console.print("aliases: " + ", ".join(actor.get("aliases") or []), highlight=False)
    if actor.get("other_matches"):
        others = ", ".join(m["name"] for m in actor["other_matches"])
        console.print(f"[dim]also matching: {others}[/dim]", highlight=False)
    if actor.get("roles"):
        roles = Table(title="Offices over time", title_justify="left")
        for column in ("from", "to", "office", "organization", "country"):
            roles.add_column(column)
        for role in actor["roles"]:
            roles.add_row(
                role.get("first_seen") or "?",
                role.get("last_seen") or "?",
                role["office"],
                role.get("organization") or "-",
                role.get("country") or "-",
            )
        console.print(roles)
    if actor.get("counterparts"):
        table = Table(title="Counterparts (actors in the same events)", title_justify="left")
        table.add_column("actor")
        table.add_column("events", justify="right")
        table.add_column("id", style="dim")
        for other in actor["counterparts"]:
            table.add_row(other["name"], str(other["events"]), other["id"])
        console.print(table)
    if actor.get("quotes"):
        table = Table(title="Quotes", title_justify="left", expand=True)
        narrow = console.width < NARROW  # article ids only where they fit
        table.add_column("kind", no_wrap=True)
        table.add_column("text", ratio=1)
        if not narrow:
            table.add_column("article", style="dim", no_wrap=True)
        for quote in actor["quotes"][:20]:
            table.add_row(quote["kind"], quote["text"], *([] if narrow else [quote["article_id"]]))
        console.print(table)
    if actor["events"]:
        console.print(events_table(actor["events"][:20], "Events"))
    else:
        console.print("No events.")


def contradictions_command(
    db: DbOption = DEFAULT_DB,
    severity: Annotated[str | None, typer.Option(help="low, medium or high.")] = None,
    kind: Annotated[str | None, typer.Option(help="e.g. numeric_conflict.")] = None,
    limit: Annotated[int, typer.Option(help="How many to show.")] = 50,
    as_json: JsonOption = False,
) -> None:
    """Where reports disagree, with the explanation and the spans involved."""
    data = with_store(db, lambda s: queries.list_contradictions(s, kind, severity, None, limit, 0))
    if as_json:
        print_json(data)
        return
    if not data["items"]:
        console.print("No contradictions found between reports.")
        return
    narrow = console.width < NARROW
    table = Table(title=f"{data['total']} contradictions", title_justify="left", expand=True,
                  show_lines=narrow)  # fmt: skip
    table.add_column("severity", no_wrap=True)
    table.add_column("kind", no_wrap=not narrow, max_width=12 if narrow else None)
    table.add_column("explanation · reports" if narrow else "explanation", ratio=2)
    if not narrow:
        table.add_column("reports", ratio=3)
    for item in data["items"]:
        reports = "\n".join(
            f"{'• ' if narrow else ''}{span.get('publication') or span['article_id']}: "
            f"{span['text'] or '(headline)'}"
            for span in item.get("items") or []
        )
        style = {"high": "bold red", "medium": "yellow"}.get(item["severity"], "dim")
        kind = item["kind"].replace("_", " ") if narrow else item["kind"]
        cells = [item["explanation"] + "\n" + reports] if narrow else [item["explanation"], reports]
        table.add_row(Text(item["severity"], style=style), kind, *cells)
    console.print(table)


def format_value(claim: dict[str, Any]) -> str:
    qualifier = {"exactly": "", "about": "~", "at_least": "≥", "more_than": ">", "up_to": "≤"}
    value = f"{qualifier.get(claim.get('qualifier') or '', '')}{claim['value']:,.0f}"
    if claim.get("value_max"):
        value += f"–{claim['value_max']:,.0f}"
    return value


def claims_command(
    db: DbOption = DEFAULT_DB,
    kind: Annotated[str | None, typer.Option(help="killed, injured, hostages, ...")] = None,
    subject: Annotated[str | None, typer.Option(help="e.g. Palestina.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Numeric claims over time, by who reported them."""
    data = with_store(db, lambda s: queries.claim_series(s, kind, subject))
    if as_json:
        print_json(data)
        return
    what = " ".join(x for x in (kind, subject) if x) or "all"
    if not data["claims"]:
        console.print(f"No claims for {what}.")
        return
    table = Table(title=f"Claims: {what} ({data['total']})", title_justify="left", expand=True)
    table.add_column("as of", no_wrap=True)
    table.add_column("kind")
    table.add_column("value", justify="right", no_wrap=True)
    for column in ("subject", "according to", "outlet", "article"):
        table.add_column(column)
    for claim in data["claims"]:
        table.add_row(
            claim.get("as_of") or "-",
            claim["kind"],
            format_value(claim),
            claim.get("subject") or "-",
            claim["source"],
            claim.get("publication") or "-",
            Text(claim["article_id"], style="dim"),
        )
    console.print(table)
    for series in data["series"]:
        steps = " → ".join(f"{p['as_of'] or '?'}: {p['value']:,.0f}" for p in series["points"])
        about = f" — {series['subject']}" if series.get("subject") else ""
        console.print(f"[bold]{series['source']}{about}[/bold]  {steps}", highlight=False)


def serve_command(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8765,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Code posted articles without the NER model.")
    ] = False,
    allowed_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allowed-host",
            help="Another host name clients may use (repeatable); others get 400.",
        ),
    ] = None,
) -> None:
    """Serve the REST API (/api, docs at /docs) and the web UI for one database."""
    import uvicorn

    from kabar.serve import create_app, resolve_token

    try:
        token, origin = resolve_token(db)
        hosts = served_host_names(host, allowed_host or [])
        app = create_app(db, token, use_model=not no_model, allowed_hosts=hosts)
    except KabarError as error:
        raise fail(error) from None
    console.print(f"kabar serving {db} at http://{host}:{port}/  (API docs: /docs)")
    console.print(f"write token (POST /api/articles): {origin}", highlight=False)
    if host not in ("127.0.0.1", "localhost", "::1"):
        console.print(f"[yellow]listening on {host}: reachable from other machines[/yellow]")
    uvicorn.run(app, host=host, port=port, log_level="info")


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def served_host_names(host: str, extra: list[str]) -> list[str] | None:
    """The Host headers to accept: loopback names, the bound address and ``extra``.

    Checking Host stops DNS rebinding (a web page whose name resolves to 127.0.0.1
    reading the local API). Listening on every interface without naming the hosts
    accepts any Host, since the server is then reachable by address anyway.
    """
    if host in ("0.0.0.0", "::") and not extra:
        return None
    names = [*LOOPBACK_NAMES, *extra]
    if host not in ("0.0.0.0", "::"):
        names.append(host)
    return names


def register(app: typer.Typer) -> None:
    """Add the terminal views and ``serve`` to the ``kabar`` command."""
    app.command("serve")(serve_command)
    app.command("timeline")(timeline_command)
    app.command("actor")(actor_command)
    app.command("contradictions")(contradictions_command)
    app.command("claims")(claims_command)
