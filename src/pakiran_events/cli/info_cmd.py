"""`pakiran-events info`."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import package_path
from pakiran_events.core.paths import published_descriptor
from pakiran_events.loader.about import package_summary


@click.command()
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
def info(path) -> None:
    """Version, tables and row counts of a package (default: the installed/checkout one).

    Example: pakiran-events info
    """

    try:
        click.echo(package_summary(package_path(path or published_descriptor())))
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
