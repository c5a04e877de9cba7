"""Docs that cannot drift: every command is in the README, every make target in `make help`."""

from __future__ import annotations

import re

import typer

from kabar.cli import app

from .conftest import ROOT


def command_names() -> set[str]:
    group = typer.main.get_group(app)
    return set(group.commands)


def test_every_command_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = sorted(name for name in command_names() if f"kabar {name}" not in readme)
    assert not missing, f"commands missing from README.md: {missing}"


def test_every_command_has_help_text():
    group = typer.main.get_group(app)
    assert all((cmd.help or "").strip() for cmd in group.commands.values())


def test_every_public_make_target_is_listed_in_make_help():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    help_block = makefile.split("help:", 1)[1].split("\n\n", 1)[0]
    targets = {"demo", "test", "eval", "bench", "serve", "train-ner", "test-reliability"}
    listed = set(re.findall(r"make ([\w-]+)", help_block))
    assert targets <= listed, f"not in make help: {sorted(targets - listed)}"
