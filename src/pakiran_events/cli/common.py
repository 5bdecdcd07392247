"""Shared pieces of the CLI: finding the repo, reporting problems, exit codes."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import click

from pakiran_events.core.corpus import Corpus
from pakiran_events.core.lock import LockTimeout
from pakiran_events.core.packages import descriptor_of
from pakiran_events.core.packages import read_descriptor as read_package_descriptor
from pakiran_events.core.paths import find_repo_root, published_descriptor
from pakiran_events.core.problems import Problem, render, to_json

root_option = click.option(
    "--root", type=click.Path(file_okay=False, path_type=Path), default=None,
    help="Repository root (default: the nearest folder above the current one with schemas/ and dataset/).",
)
format_option = click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
                             show_default=True, help="How to print problems.")


def repo_root(root: Path | None) -> Path:
    found = root.resolve() if root else find_repo_root()
    if found is None or not (found / "schemas").is_dir():
        raise click.ClickException("not inside a pakiran-events checkout (no schemas/ and dataset/ here or above); "
                                   "run it in the checkout or pass --root")
    return found


def package_path(path: Path | None) -> Path:
    """The datapackage.json to work on: the one given (or in the folder given), else the
    checkout's when run inside one, else the installed package's."""

    if path is None:
        root = find_repo_root()
        path = root if root is not None else published_descriptor()
    try:
        return descriptor_of(path)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from exc


def read_descriptor(path: Path) -> dict:
    """A descriptor as a dict (core.packages reads it), or one line saying why it cannot be read."""

    try:
        return read_package_descriptor(path)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc


def open_corpus(folders):
    """The corpus (core.corpus.Corpus) kept in `folders` (one path or several: one corpus), or one
    line saying why not."""

    folders = [folders] if isinstance(folders, (str, Path)) else list(folders)
    folders = distinct_folders(folders)
    try:
        return Corpus(*folders)
    except FileNotFoundError as exc:
        raise click.ClickException(f"{exc} (give the corpus folder, e.g. ../shared/corpus)") from exc
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc


def distinct_folders(folders: list) -> list[Path]:
    """The corpus folders with any folder given twice (by another spelling, a symlink) kept once,
    and a note saying so: one corpus read twice would repeat every document and every error."""
    seen: dict[Path, Path] = {}
    for folder in folders:
        key = Path(folder).resolve()
        if key in seen:
            click.echo(f"note: --corpus {folder} is {seen[key]} again; reading it once", err=True)
            continue
        seen[key] = Path(folder)
    return list(seen.values())


corpus_option = click.option(
    "--corpus", "corpus_dir", required=True, multiple=True, type=click.Path(file_okay=False, path_type=Path),
    help="A corpus folder (with manifest.csv); repeat for a corpus kept in several folders "
         "(e.g. --corpus ../shared/corpus --corpus ../shared/corpus-wave2).")


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


def write_failure(exc: OSError, where: Path, kept: str = "nothing was published, the previous package is untouched"
                  ) -> Problem:
    """A folder that cannot be written (read-only, full disk, held by another run) as one catalogued
    problem naming the file and the reason; the command has published nothing."""

    if isinstance(exc, LockTimeout):
        return Problem("write", str(where), None, None, None, "folder-locked", str(exc))
    target = exc.filename or where
    reason = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
    return Problem("write", str(target), None, None, None, "cannot-write", f"{reason}; {kept}")


def require(*modules: str, extra: str) -> None:
    """Stop with one line naming the extra to install when an optional dependency is missing."""

    missing = [m for m in modules if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(f"this command needs {', '.join(missing)}: pip install 'pakiran-events[{extra}]'")
