"""`pakiran-events validate [PATH]`."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import format_option, package_path, read_descriptor, report
from pakiran_events.core.lock import LockTimeout, folder_lock


@click.command()
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@format_option
@click.option("--layer", "layers", multiple=True, type=click.Choice(["frictionless", "pandera", "integrity", "frictionless-py"]),
              help="Run only these layers (default: frictionless, pandera, integrity; frictionless-py runs frictionless-py itself, row by row).")
def validate(path, fmt, layers) -> None:
    """Validate a data package (a datapackage.json or its folder; default: the checkout's, else the installed one).

    Example: pakiran-events validate --format json
    """
    from pakiran_events.validate import LAYERS, validate_package

    path = package_path(path)
    _complete_pending_publish(path.parent)
    read_descriptor(path)
    problems = validate_package(path, tuple(layers) or LAYERS)
    report(problems, fmt, f"{path}: valid ({', '.join(layers or LAYERS)})")


def _complete_pending_publish(folder: Path) -> None:
    """A publish that a killed run left half done is finished before validating (its journal
    says which package is the current one); a read-only folder is validated as it is."""
    from pakiran_events.publish.package import complete_pending, has_pending

    if not has_pending(folder):
        return
    try:
        with folder_lock(folder, timeout=60):
            if complete_pending(folder):
                click.echo(f"{folder}: completed a publish that an interrupted run had left half done", err=True)
    except (OSError, LockTimeout) as exc:
        click.echo(f"{folder}: a publish was left half done and cannot be completed here ({exc})", err=True)
