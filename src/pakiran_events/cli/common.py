"""Shared pieces of the CLI: finding the repo, reporting problems, exit codes."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.paths import find_repo_root
from pakiran_events.problems import Problem, render, to_json

root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Repository root (default: the nearest folder above the current one with schemas/ and dataset/).",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                             show_default=True, help="How to print problems.")


def repo_root(root: Path | None) -> Path:
    found = root.resolve() if root else find_repo_root()
    if found is None or not (found / "schemas").is_dir():
        raise click.ClickException("not inside a pakiran-events checkout (no schemas/ and dataset/); use --root")
    return found


def report(problems: list[Problem], fmt: str, ok_message: str) -> None:
    """Print problems (all of them) and exit 1, or print ok_message."""
    if fmt == "json":
        click.echo(to_json(problems))
    elif problems:
        render(problems)
    else:
        click.echo(ok_message)
    if problems:
        raise SystemExit(1)


def require(*modules: str, extra: str) -> None:
    """Stop with one line naming the extra to install when an optional dependency is missing."""
    import importlib.util

    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(f"this command needs {', '.join(missing)}: pip install 'pakiran-events[{extra}]'")
