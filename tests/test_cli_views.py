"""Terminal views (timeline, actor, claims, contradictions) and the `serve` command."""

from __future__ import annotations

import json

import pytest
import typer
from typer.testing import CliRunner

from kabar import cli_views
from kabar.store import Store

from .conftest import EXAMPLES

runner = CliRunner()
app = typer.Typer()
cli_views.register(app)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    from kabar.context import build_context
    from kabar.pipeline import run

    path = tmp_path_factory.mktemp("views") / "examples.duckdb"
    with Store.open(path) as store:
        assert not run([str(EXAMPLES)], store, build_context()).failures
    return str(path)


def invoke(*args: str):
    return runner.invoke(app, list(args), env={"COLUMNS": "160"})


def test_register_adds_every_command():
    names = {command.name for command in app.registered_commands}
    assert names == {"serve", "timeline", "actor", "contradictions", "claims"}


def test_timeline_table_and_json(db):
    result = invoke("timeline", "--db", db, "--limit", "5")
    assert result.exit_code == 0, result.output
    assert "Timeline: 1-5 of" in result.output and "evt_" in result.output
    data = json.loads(invoke("timeline", "--db", db, "--type", "CONSULT", "--json").output)
    assert data["total"] >= 1 and {e["event"] for e in data["items"]} == {"CONSULT"}


def test_timeline_refuses_bad_parameters(db):
    result = invoke("timeline", "--db", db, "--type", "MEET")
    assert result.exit_code == 2 and "type must be one of AGREE" in result.output
    result = invoke("timeline", "--db", db, "--from", "kemarin")
    assert result.exit_code == 2 and "date_from must be a date" in result.output


def test_actor_profile(db):
    result = invoke("actor", "Jokowi", "--db", db)
    assert result.exit_code == 0, result.output
    assert "aliases:" in result.output and "Events" in result.output
    data = json.loads(invoke("actor", "jokowi", "--db", db, "--json").output)
    # the examples gloss "Presiden Joko Widodo (Jokowi)": the short name finds the person
    assert data["name"] == "Joko Widodo" and "Jokowi" in data["aliases"]
    assert data["counterparts"]
    missing = invoke("actor", "Nobody Atall", "--db", db)
    assert missing.exit_code == 1 and "no actor named like" in missing.output


def test_claims_and_contradictions(db):
    result = invoke("claims", "--kind", "killed", "--db", db)
    assert result.exit_code == 0, result.output
    assert "Claims: killed" in result.output
    data = json.loads(invoke("claims", "--kind", "killed", "--db", db, "--json").output)
    dates = [c["as_of"] or "" for c in data["claims"]]
    assert dates == sorted(dates)
    none = invoke("claims", "--kind", "killed", "--subject", "Atlantis", "--db", db)
    assert none.exit_code == 0 and "No claims for killed Atlantis" in none.output
    result = invoke("contradictions", "--db", db)
    assert result.exit_code == 0, result.output
    assert invoke("contradictions", "--db", db, "--severity", "huge").exit_code == 2


def test_missing_database_is_a_clean_error(tmp_path):
    result = invoke("timeline", "--db", str(tmp_path / "none.duckdb"))
    assert result.exit_code == 4 and "no such database" in result.output


def test_serve_builds_the_app_and_prints_where_the_token_is(db, monkeypatch, tmp_path):
    import shutil

    import uvicorn

    copy = tmp_path / "served.duckdb"
    shutil.copy(db, copy)
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app, **kw))
    monkeypatch.delenv("KABAR_TOKEN", raising=False)
    result = invoke("serve", "--db", str(copy), "--port", "9999")
    assert result.exit_code == 0, result.output
    assert seen["host"] == "127.0.0.1" and seen["port"] == 9999
    assert f"{copy}.token" in result.output and (tmp_path / "served.duckdb.token").exists()


def test_serve_without_js_libraries_says_how_to_install_them(db, monkeypatch):
    from kabar.serve import app as serve_app

    monkeypatch.setattr(serve_app, "find_assets", lambda _=None: None)
    monkeypatch.setenv("KABAR_TOKEN", "x" * 20)
    result = invoke("serve", "--db", db)
    assert result.exit_code != 0 and "make web" in result.output


def test_views_fit_an_80_column_terminal(db):
    for args in (("timeline", "--limit", "10"), ("actor", "Joko Widodo"), ("contradictions",)):
        result = runner.invoke(app, [*args, "--db", db], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        assert max(len(line) for line in result.output.splitlines()) <= 80
    timeline = runner.invoke(app, ["timeline", "--db", db, "--type", "CONSULT"],
                             env={"COLUMNS": "80"}).output  # fmt: skip
    # type, participants and place on one line, not one word a line in narrow columns
    assert "CONSULT  Joko Widodo, Volodymyr Zelensky  @ Kyiv" in timeline
    assert "(2 reports)" in timeline


def test_an_actor_lists_the_quotes_of_every_article_key_resolved_to_it(db):
    from kabar import queries

    with Store.open(db, read_only=True) as store:
        mapping = store.actor_mapping()
        quotes = [q for q in store.records("quotes") if q.get("speaker_actor_id")]
        merged = [q for q in quotes if mapping.get(q["speaker_actor_id"]) not in
                  (None, q["speaker_actor_id"])]  # fmt: skip
        assert merged  # the examples have speakers whose article key is not the actor id
        for quote in merged[:5]:
            detail = queries.actor_detail(store, mapping[quote["speaker_actor_id"]])
            assert quote["id"] in {q["id"] for q in detail["quotes"]}
