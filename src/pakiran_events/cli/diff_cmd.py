"""`pakiran-events diff OLD NEW`: record-level changes between two releases."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from pakiran_events.core.paths import find_repo_root


@click.command()
@click.argument("old")
@click.argument("new", default=".")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def diff(old, new, fmt) -> None:
    """Records added, removed and changed (by id and field) from release OLD to release NEW,
    each a package folder, a datapackage.json or a git tag of this repository (NEW defaults to
    the working package).

    Example: pakiran-events diff v1.0.0 .
    """

    from pakiran_events.publish.diff import diff_packages, release_path, render

    repo = find_repo_root() or Path.cwd()
    with tempfile.TemporaryDirectory(prefix="pakiran-diff-") as work:
        try:
            changes = diff_packages(release_path(old, repo, Path(work)), release_path(new, repo, Path(work)))
        except (LookupError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(changes, indent=2, ensure_ascii=False) if fmt == "json" else render(changes))
