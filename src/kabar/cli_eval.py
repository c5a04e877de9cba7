"""``kabar eval``: score every stage against the annotated gold set (``gold/``).

Each subcommand codes the gold articles with the current pipeline, scores one
stage, prints a table with the dev and held-out parts side by side, and with
``--json-out`` writes the numbers as JSON. ``kabar eval all`` codes the articles
once and scores everything. The work is done by ``kabar.evaluation.stages``;
this module only parses options and prints.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from kabar.evaluation.fusion import (
    cross_article_contradictions,
    evaluate_fusion,
    oracle_fusion,
    run_fusion,
)
from kabar.evaluation.gold import (
    ArticleSource,
    GoldArticle,
    GoldError,
    check_article,
    default_gold_dir,
    default_shared_dir,
    load_gold,
)
from kabar.evaluation.residue import evaluate_bench
from kabar.evaluation.stages import (
    STAGE_FUNCTIONS,
    Pair,
    Result,
    by_split,
    conll_files,
    evaluate_ner_conll,
    gold_summary,
    run_system,
)

eval_app = typer.Typer(
    help="Score kabar's stages against the annotated gold set (dev and held-out).",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
errors = Console(stderr=True)

GoldOption = Annotated[
    Path | None,
    typer.Option("--gold", help="Gold directory or JSONL file (default: the repo's gold/)."),
]
SharedOption = Annotated[
    Path | None, typer.Option("--shared", help="The shared data folder (default: ../shared).")
]
JsonOption = Annotated[
    Path | None, typer.Option("--json-out", help="Write the scores as JSON here.")
]
BenchOption = Annotated[
    Path | None,
    typer.Option(
        "--bench",
        help="JSONL corpus checked for residue left after cleaning "
        "(default: SHARED/data/news/bench.jsonl).",
    ),
]
COLUMNS = ("dev", "heldout", "all")


def prepare(gold: Path | None, shared: Path | None) -> tuple[list[Pair], dict[str, Any]]:
    """Load and check the gold set, then code its articles; returns pairs and run notes."""
    golds, usable, source = usable_gold(gold, shared)
    with console.status(f"coding {len(usable)} gold articles"):
        pairs, skipped = run_system(usable, source)
    skipped_all = [g.article for g in golds if g not in usable] + skipped
    notes = {
        "gold": str(gold or default_gold_dir()),
        "shared": str(source.shared),
        "articles_scored": len(pairs),
        "articles_skipped": len(skipped_all),
    }
    return pairs, notes


def usable_gold(
    gold: Path | None, shared: Path | None
) -> tuple[list[GoldArticle], list[GoldArticle], ArticleSource]:
    """The gold set, the articles whose raw text is at hand (checked), and their source."""
    try:
        golds = load_gold(gold or default_gold_dir())
    except GoldError as error:
        errors.print(f"[red]error:[/red] {error}", highlight=False)
        raise typer.Exit(2) from None
    source = ArticleSource(shared or default_shared_dir())
    if not source.shared.is_dir():
        errors.print(
            f"[yellow]note:[/yellow] {source.shared} is absent: the bench and seed articles are "
            "skipped; only the bundled examples are scored. Pass --shared PATH.",
            highlight=False,
        )
    usable: list[GoldArticle] = []
    for item in golds:
        if not source.available(item.article):
            continue
        problems = check_article(item, source.get(item.article).raw)
        if problems:
            errors.print(
                f"[yellow]gold problem[/yellow] {item.article}: {problems[0]}", highlight=False
            )
        usable.append(item)
    return golds, usable, source


def cell(value: Any) -> str:
    if isinstance(value, dict):
        if "f1" in value:
            n = value.get("n_gold", value.get("mentions", value.get("support", "")))
            return f"P {value['precision']:.3f} R {value['recall']:.3f} F1 {value['f1']:.3f} ({n})"
        if "accuracy" in value:
            return f"{value['accuracy']:.3f} ({value['correct']}/{value['total']})"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def rows(result: Result, prefix: str = "") -> list[tuple[str, Any]]:
    """Flatten nested results into (metric path, leaf) rows; score dicts are leaves."""
    out: list[tuple[str, Any]] = []
    for key, value in result.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and "f1" not in value and "accuracy" not in value:
            out.extend(rows(value, name + " / "))
        else:
            out.append((name, value))
    return out


def show_lists(result: Result) -> None:
    """Print the dev part's error lists (lists are left out of the tables)."""
    for key, items in result.get("dev", {}).items():
        if isinstance(items, list) and items:
            console.print(f"dev {key.replace('_', ' ')}:")
            for item in items:
                console.print(f"  {item}", highlight=False, markup=False)


def show(title: str, result: Result) -> None:
    """Print a per-split result (``{"dev": ..., "heldout": ..., "all": ...}``) as one table;
    list values (error listings) are left out."""
    table = Table(title=title, title_justify="left")
    table.add_column("metric")
    for column in COLUMNS:
        articles = result.get(column, {}).get("articles", 0)
        table.add_column(f"{column} ({articles} articles)")
    names: list[str] = []
    cells: dict[tuple[str, str], Any] = {}
    for column in COLUMNS:
        part = {
            k: v
            for k, v in result.get(column, {}).items()
            if k not in ("articles", "side_errors") and not isinstance(v, list)
        }
        for name, value in rows(part):
            if name not in names:
                names.append(name)
            cells[(name, column)] = value
    for name in names:
        table.add_row(name, *(cell(cells.get((name, c), "-")) for c in COLUMNS))
    console.print(table)


def side_error_rows(counts: Result) -> list[tuple[str, int, int]]:
    """(class, count, of which role swaps) rows of one side's error counts."""
    out = [("right", counts["right"], 0)]
    out += [(f"system empty, gold {w}", n, 0) for w, n in counts["system_empty"].items()]
    gold_empty = counts["gold_empty"]
    out.append(("gold empty", sum(gold_empty.values()), gold_empty["role_swap"]))
    for where, row in counts["different"].items():
        out.append((f"different, gold {where}", sum(row.values()), row["role_swap"]))
    return out


def show_side_errors(result: Result) -> None:
    """The actor and recipient error classes on type-matched pairs, counts per split
    ("n (s)": n pairs, s of them the system's choice is the gold's other side)."""
    table = Table(
        title="actor / recipient on type-matched pairs (n, (s) role swaps)", title_justify="left"
    )
    table.add_column("side / class")
    for column in COLUMNS:
        table.add_column(column)
    for side in ("actor", "recipient"):
        lines = {
            column: side_error_rows(result[column]["side_errors"][side])
            for column in COLUMNS
            if "side_errors" in result.get(column, {})
        }
        if not lines:
            continue
        for k, (name, _, _) in enumerate(next(iter(lines.values()))):
            cells = []
            for column in COLUMNS:
                if column not in lines:
                    cells.append("-")
                    continue
                _, n, swaps = lines[column][k]
                cells.append(f"{n} ({swaps})" if swaps else str(n))
            table.add_row(f"{side}: {name}", *cells)
    console.print(table)


def write_json(path: Path | None, payload: dict[str, Any]) -> None:
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(payload, ensure_ascii=False, indent=1), encoding="utf-8")
        console.print(f"scores -> {path}")


def stage_command(stage: str) -> Callable[..., None]:
    def command(
        gold: GoldOption = None, shared: SharedOption = None, json_out: JsonOption = None
    ) -> None:
        pairs, notes = prepare(gold, shared)
        result = by_split(STAGE_FUNCTIONS[stage], pairs)
        show(f"kabar eval {stage}", result)
        if stage == "events":
            show_side_errors(result)
        show_lists(result)
        write_json(json_out, {"run": notes, stage: result})

    command.__doc__ = STAGE_FUNCTIONS[stage].__doc__
    return command


for _stage in ("metadata", "actors", "events", "quotes", "claims", "contradictions"):
    eval_app.command(_stage)(stage_command(_stage))


def bench_section(bench: Path | None, shared: Path | None) -> Result:
    """Residue markers left, cut characters by reason, mojibake repairs and clean speed on
    the bench corpus."""
    path = bench or (shared or default_shared_dir()) / "data" / "news" / "bench.jsonl"
    if not path.is_file():
        errors.print(
            f"[yellow]note:[/yellow] {path} is absent: the bench residue check is skipped. "
            "Pass --bench PATH or --shared PATH.",
            highlight=False,
        )
        return {}
    with console.status(f"cleaning {path.name}"):
        result = evaluate_bench(path)
    n = result["articles"]
    left, cut, speed = result["residue_left"], result["cut_chars"], result["speed"]
    table = Table(title=f"kabar eval clean: residue on {path.name}", title_justify="left")
    table.add_column("metric")
    table.add_column(f"value ({n} articles)")
    table.add_row(
        "articles with residue markers left", f"{left['share']:.2%} ({left['articles']}/{n})"
    )
    for name, marker in left["by_marker"].items():
        if marker["articles"]:
            table.add_row(f"  {name}", f"{marker['share']:.2%} ({marker['articles']})")
    table.add_row("raw characters cut", f"{cut['share']:.2%} ({cut['chars']})")
    for reason, row in cut["by_reason"].items():
        detail = f"{row['share']:.3%} ({row['cuts']} cuts, {row['chars']} chars)"
        table.add_row(f"  {reason}", detail)
    fixed = result.get("repairs")
    if fixed:
        table.add_row(
            "mojibake repairs (not cuts)",
            f"{fixed['repairs']} in {fixed['articles']} articles ({fixed['raw_chars']} raw chars)",
        )
    table.add_row(
        "clean speed (informational)",
        f"{speed['articles_per_second']:,.0f} articles/s ({speed['seconds']:.2f} s)",
    )
    console.print(table)
    return result


@eval_app.command("clean")
def clean_command(
    gold: GoldOption = None,
    shared: SharedOption = None,
    json_out: JsonOption = None,
    bench: BenchOption = None,
) -> None:
    """Cut characters against gold residue; residue markers left on the bench corpus."""
    pairs, notes = prepare(gold, shared)
    result = by_split(STAGE_FUNCTIONS["clean"], pairs)
    show("kabar eval clean", result)
    write_json(json_out, {"run": notes, "clean": result, "bench": bench_section(bench, shared)})


def conll_section(shared: Path | None, corpora: list[str]) -> Result:
    base = shared or default_shared_dir()
    if not base.is_dir():
        errors.print(f"[yellow]note:[/yellow] {base} is absent: CoNLL corpora skipped.")
        return {}
    files = conll_files(base, corpora)
    if not files:
        errors.print("[yellow]note:[/yellow] no CoNLL test file found.")
        return {}
    with console.status(f"tagging {len(files)} CoNLL test files"):
        result = evaluate_ner_conll(files)
    table = Table(
        title="kabar eval ner: CoNLL test sets (exact span)",
        title_justify="left",
        caption="model: the shipped NER model on the corpus's gold tokens; "
        "pipeline: extract_entities (model + gazetteers) on the joined tokens",
        caption_justify="left",
    )
    for column in ("corpus", "scored", "sentences", "micro", "PER", "ORG", "LOC"):
        table.add_column(column)
    for corpus, scores in result.items():
        for scored, part in (("model", scores), ("pipeline", scores["pipeline"])):
            types = part["types"]
            table.add_row(
                corpus,
                scored,
                str(scores["sentences"]),
                cell(part["micro"]),
                *(cell(types[t]) if t in types else "-" for t in ("PER", "ORG", "LOC")),
            )
    console.print(table)
    return result


def fusion_section(gold: Path | None, shared: Path | None) -> tuple[Result, dict[str, Any]]:
    """Code the gold articles into a temporary store, fuse them together, score the merges."""
    golds, usable, source = usable_gold(gold, shared)
    with console.status(f"coding and fusing {len(usable)} gold articles"):
        found: list[dict[str, Any]] = []
        stories: dict[str, str] = {}
        pairs, fused_of = run_fusion(usable, source, contradictions=found, stories=stories)
    result = evaluate_fusion(pairs, fused_of)
    show("kabar eval fusion: pairwise merges across articles", result)
    show_lists(result)
    oracle = oracle_fusion(pairs, stories)
    show("kabar eval fusion: the gold events as reports (fusion alone)", oracle)
    show_lists(oracle)
    result["gold_events_as_reports"] = oracle
    crossed = cross_article_contradictions(pairs, found)
    result["cross_article_contradictions"] = crossed
    console.print(
        f"contradictions between articles, by part and kind: {crossed['counts']}",
        highlight=False,
        markup=False,
    )
    for item in crossed["dev"]:
        console.print(f"  {item}", highlight=False, markup=False)
    notes = {
        "gold": str(gold or default_gold_dir()),
        "shared": str(source.shared),
        "articles_scored": len(pairs),
        "articles_skipped": len(golds) - len(pairs),
    }
    return result, notes


@eval_app.command("fusion")
def fusion_command(
    gold: GoldOption = None, shared: SharedOption = None, json_out: JsonOption = None
) -> None:
    """Merged-event precision and recall over pairs of reports of different articles."""
    result, notes = fusion_section(gold, shared)
    write_json(json_out, {"run": notes, "fusion": result})


CorpusOption = Annotated[
    list[str] | None,
    typer.Option("--conll", help="Corpus name (idner, nergrit, nerp, nerui, nerugm) or NAME=PATH."),
]


@eval_app.command("ner")
def ner_command(
    gold: GoldOption = None,
    shared: SharedOption = None,
    json_out: JsonOption = None,
    conll: CorpusOption = None,
    no_conll: Annotated[
        bool, typer.Option("--no-conll", help="Only the gold set's spans.")
    ] = False,
) -> None:
    """Span F1 per type on CoNLL test sets and on the gold set's actor and place spans.

    Each CoNLL test split is scored twice: the shipped NER model (kabar.ner) tagging the
    corpus's gold tokens sentence by sentence, as published CoNLL figures are ("model"),
    and kabar.extract_entities, the model with the gazetteers and merge rules, on each
    sentence's tokens joined by spaces ("pipeline"). Spans must match exactly.
    """
    payload: dict[str, Any] = {}
    if not no_conll:
        payload["conll"] = conll_section(shared, conll or [])
    pairs, notes = prepare(gold, shared)
    payload["run"] = notes
    payload["gold"] = by_split(STAGE_FUNCTIONS["ner"], pairs)
    show("kabar eval ner: gold set spans", payload["gold"])
    write_json(json_out, payload)


@eval_app.command("all")
def all_command(
    gold: GoldOption = None,
    shared: SharedOption = None,
    json_out: JsonOption = None,
    conll: CorpusOption = None,
    no_conll: Annotated[bool, typer.Option("--no-conll", help="Skip the CoNLL corpora.")] = False,
    bench: BenchOption = None,
) -> None:
    """Every stage, coding the gold articles once; one JSON with everything."""
    pairs, notes = prepare(gold, shared)
    golds = [p.gold for p in pairs]
    payload: dict[str, Any] = {"run": notes, "gold_set": gold_summary(golds)}
    for stage, func in STAGE_FUNCTIONS.items():
        payload[stage] = by_split(func, pairs)
        show(f"kabar eval {stage}", payload[stage])
        if stage == "events":
            show_side_errors(payload[stage])
        if stage == "clean":
            payload["clean_bench"] = bench_section(bench, shared)
    payload["fusion"] = fusion_section(gold, shared)[0]
    if not no_conll:
        payload["ner_conll"] = conll_section(shared, conll or [])
    write_json(json_out, payload)
