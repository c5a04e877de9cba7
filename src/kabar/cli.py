"""The ``kabar`` command: each command parses, calls one library function, and prints.

Exit codes: 0 all inputs processed; 1 some inputs failed (the rest were stored);
2 usage error; 4 the database could not be opened or written; 5 a worker process was
killed (what was stored stays; a re-run completes the job); 70 internal error.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from rich.text import Text

from kabar.config import Config, IngestConfig, NlpConfig
from kabar.errors import KabarError, StoreError
from kabar.store import Store

app = typer.Typer(
    help="kabar: Indonesian news in, PLOVER-coded, source-traced event data out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
errors = Console(stderr=True)

DbOption = Annotated[Path, typer.Option("--db", help="DuckDB database file.")]
DEFAULT_DB = Path("kabar.duckdb")
EXIT_INPUT_FAILED = 1
EXIT_INTERNAL = 70
DEBUG = {"on": False}


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """kabar: Indonesian news in, PLOVER-coded, source-traced event data out."""
    DEBUG["on"] = debug


def fail(error: KabarError) -> typer.Exit:
    if DEBUG["on"]:
        raise error
    errors.print(f"[red]error:[/red] {escape(str(error))}", highlight=False, soft_wrap=True)
    return typer.Exit(4 if isinstance(error, StoreError) else error.exit_code)


def parse_fields(fields: list[str]) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in fields:
        name, sep, value = item.partition("=")
        if not sep or not name or not value:
            raise typer.BadParameter(f"{item!r}: use ARTICLE_FIELD=INPUT_FIELD, e.g. text=isi")
        pairs.append((name.strip(), value.strip()))
    return tuple(pairs)


@app.command("run")
def run_command(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, globs or - (stdin).")],
    db: DbOption = DEFAULT_DB,
    field: Annotated[
        list[str] | None,
        typer.Option("--field", help="Map an input field, e.g. --field text=isi_berita."),
    ] = None,
    no_model: Annotated[
        bool, typer.Option("--no-model", help="Gazetteers and rules only, no NER model.")
    ] = False,
    workers: Annotated[
        int, typer.Option("--workers", min=1, help="Worker processes coding articles.")
    ] = 1,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Articles stored per transaction.")
    ] = 200,
    engine: Annotated[
        str,
        typer.Option("--engine", help="local (DuckDB at --db) or spark (Parquet tables in --out)."),
    ] = "local",
    out: Annotated[
        str | None,
        typer.Option("--out", help="Output directory (any Spark path) for --engine spark."),
    ] = None,
    master: Annotated[
        str | None,
        typer.Option("--master", help="Spark master, e.g. local[4] (default: spark-submit's)."),
    ] = None,
) -> None:
    """Read, clean, code and store articles (.txt, .html, .jsonl, .csv, .warc, gz/zst)."""
    from kabar.context import build_context, coordinator_context
    from kabar.pipeline import run

    config = Config(
        ingest=IngestConfig(fields=parse_fields(field or [])),
        nlp=NlpConfig(use_model=not no_model),
    )
    if engine not in ("local", "spark"):
        raise typer.BadParameter(f"{engine!r}: use local or spark", param_hint="--engine")
    if engine == "spark":
        if not out:
            raise typer.BadParameter("--engine spark writes Parquet: give --out DIR")
        from kabar.spark_job import run_spark

        try:
            counts = run_spark(inputs, out, config, master=master)
        except KabarError as error:
            raise fail(error) from None
        console.print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {out}/")
        return
    try:
        ctx = build_context(config) if workers == 1 else coordinator_context(config)
        with (
            Store.open(db) as store,
            Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=errors,
                transient=True,
            ) as progress,
        ):
            task = progress.add_task("coding articles", total=None)
            report = run(
                inputs,
                store,
                ctx,
                batch_size=batch_size,
                on_article=lambda _: progress.advance(task),
                workers=workers,
            )
    except KabarError as error:
        raise fail(error) from None
    for line in report.failures:
        errors.print(f"[red]error:[/red] {escape(line)}", highlight=False, soft_wrap=True)
    console.print(
        f"{report.processed} articles coded ({report.duplicates} duplicates), "
        f"{report.skipped_known} already stored, {len(report.failures)} failed -> {db}",
        markup=False,
    )
    if report.failures:
        raise typer.Exit(EXIT_INPUT_FAILED)


@app.command("export")
def export_command(
    out: Annotated[Path, typer.Option("--out", help="Directory for the exported files.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[
        str, typer.Option("--format", help="jsonl (one file per table) or parquet.")
    ] = "jsonl",
) -> None:
    """Write articles, actors, events, quotes, claims and contradictions as JSONL or Parquet."""
    from kabar.export import export_jsonl, export_parquet

    if format not in ("jsonl", "parquet"):
        raise typer.BadParameter(f"{format!r}: use jsonl or parquet", param_hint="--format")
    try:
        with Store.open(db, read_only=True) as store:
            counts = (export_parquet if format == "parquet" else export_jsonl)(store, out)
    except KabarError as error:
        raise fail(error) from None
    console.print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {out}/")


@app.command("load-parquet")
def load_parquet_command(
    directory: Annotated[str, typer.Argument(help="Parquet tables of `kabar run --engine spark`.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Load the Parquet output of the Spark engine into a database for `kabar serve`."""
    from kabar.export import load_parquet

    try:
        with Store.open(db) as store:
            counts = load_parquet(store, directory)
    except KabarError as error:
        raise fail(error) from None
    console.print(", ".join(f"{n} {table}" for table, n in counts.items()) + f" -> {db}")


def collect_stats(store: Store) -> dict[str, object]:
    """The service layer's counts, with events broken down by type for the terminal."""
    from kabar.queries import stats

    counts: dict[str, object] = dict(stats(store))
    counts["events_by_type"] = dict(store.event_type_counts())
    return counts


@app.command("stats")
def stats_command(
    db: DbOption = DEFAULT_DB,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts of what the database holds."""
    try:
        with Store.open(db, read_only=True) as store:
            stats = collect_stats(store)
    except KabarError as error:
        raise fail(error) from None
    if as_json:
        console.print_json(json.dumps(stats))
        return
    table = Table(title=f"kabar database {db}", show_header=False)
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k} {v}" for k, v in value.items()) or "-"
        table.add_row(key.replace("_", " "), str(value))
    console.print(table)


@app.command("show")
def show_command(
    article_id: Annotated[str, typer.Argument(help="Article id (art_...).")],
    db: DbOption = DEFAULT_DB,
    removed: Annotated[
        bool, typer.Option("--removed", help="List what cleaning cut or repaired.")
    ] = False,
) -> None:
    """Show one article: metadata, cleaned text, and optionally every cut and repair."""
    try:
        with Store.open(db, read_only=True) as store:
            article = store.article(article_id)
    except KabarError as error:
        raise fail(error) from None
    if article is None:
        raise fail(KabarError(f"no article {article_id} in {db}"))
    console.print(f"[bold]{escape(article.title or '(no title)')}[/bold]", highlight=False)
    console.print(
        f"{article.id}  {article.publication or '-'}  {article.dateline or '-'}  "
        f"{article.published or '-'} ({article.published_precision})  {article.language}  "
        f"flags={article.flags}  source={article.source}",
        highlight=False,
        markup=False,
    )
    if removed:
        for cut in article.removed:
            put = "" if cut.replacement is None else f" -> {escape(repr(cut.replacement))}"
            console.print(
                f"[yellow]{cut.reason:>14}[/yellow] raw[{cut.raw_start}:{cut.raw_end}] "
                f"{escape(repr(cut.text))}{put}",
                highlight=False,
                soft_wrap=True,
            )
    else:
        console.print(article.text, highlight=False, markup=False)


@app.command("explain")
def explain_command(
    record_id: Annotated[str, typer.Argument(help="An event (evt_...) or article (art_...) id.")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Show the evidence for an event (sentence, trigger, rule) or the trace of an article."""
    try:
        with Store.open(db, read_only=True) as store:
            if record_id.startswith("art_"):
                article = store.article(record_id)
                if article is None:
                    raise KabarError(f"no article {record_id} in {db}")
                for step in article.trace:
                    summary = escape(step.summary)
                    console.print(f"[bold]{step.stage:>9}[/bold]  {summary}", highlight=False)
                return
            row = store.db.execute("SELECT doc FROM events WHERE id = ?", [record_id]).fetchone()
            if row is None:
                raise KabarError(f"no event {record_id} in {db}")
            explain_event(json.loads(row[0]))
    except KabarError as error:
        raise fail(error) from None


def explain_event(event: dict[str, Any]) -> None:
    def names(key: str) -> str:
        return ", ".join(r["entity_name"] for r in event.get(key) or []) or "-"

    console.print(
        f"[bold]{event['event']}[/bold] {event.get('mode') or ''} date={event.get('date')} "
        f"({event.get('date_precision')}) actor={escape(names('actor'))} "
        f"recipient={escape(names('recipient'))} "
        f"negated={event.get('negated')} hypothetical={event.get('hypothetical')} "
        f"confidence={event.get('confidence')}",
        highlight=False,
    )
    rule = f"rule: {event.get('rule')}  trigger: {event.get('trigger')!r}"
    console.print(rule, highlight=False, markup=False)
    for source in event.get("sources") or []:
        copy = f", copy of {source['copy_of']}" if source.get("copy_of") else ""
        line = Text(
            f"- {source['article_id']} ({source.get('publication') or '-'}{copy}) "
            f"[{source['start']}:{source['end']}]: "
        )
        offset = len(line)
        line.append(source["sentence"])
        ts, te, start = source.get("trigger_start"), source.get("trigger_end"), source["start"]
        if ts is not None and te is not None and start <= ts <= te <= source["end"]:
            line.stylize("reverse", offset + ts - start, offset + te - start)
        console.print(line, soft_wrap=True)


def register_subcommands() -> None:
    """Commands that live in their own modules: evaluation and the analyst views."""
    from kabar.cli_eval import eval_app
    from kabar.cli_views import register

    app.add_typer(eval_app, name="eval", help="Measure each stage against annotated data.")
    register(app)


register_subcommands()


def entry() -> None:
    """Console entry point that never lets a traceback reach the user without --debug."""
    try:
        app()  # usage errors and typer.Exit end here with their own exit codes
    except KeyboardInterrupt:
        errors.print("interrupted")
        sys.exit(130)
    except KabarError as error:
        if DEBUG["on"]:
            raise
        errors.print(f"error: {error}", highlight=False, markup=False, soft_wrap=True)
        sys.exit(error.exit_code)
    except Exception as error:  # the last line of defence: one line, not a traceback
        if DEBUG["on"]:
            raise
        errors.print(
            f"internal error: {type(error).__name__}: {error} (run with --debug for details)",
            highlight=False,
            markup=False,
        )
        sys.exit(EXIT_INTERNAL)
