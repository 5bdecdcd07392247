"""`pakiran-events info`."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
def info(path) -> None:
    """Version, tables and row counts of a package (default: the installed/checkout one).

    Example: pakiran-events info
    """
    from pakiran_events.cli.common import package_path, read_descriptor
    from pakiran_events.core.paths import published_descriptor

    path = package_path(path or published_descriptor())
    desc = read_descriptor(path)
    click.echo(f"{desc['name']} {desc['version']} ({desc['created'][:10]}) - {path}")
    for r in desc["resources"]:
        click.echo(f"  {r['name']:<14} {r.get('rows', '?'):>7} rows  {r['path']}")
