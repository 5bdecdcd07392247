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
    click.echo(f"{desc.get('name', '(no name)')} {desc.get('version', '(no version)')} "
               f"({str(desc.get('created', ''))[:10]}) - {path}")
    for n, r in enumerate(desc["resources"], 1):
        if not isinstance(r, dict):  # described as it is; `validate` says what is wrong with it
            click.echo(f"  resource {n}: not an object ({type(r).__name__})")
            continue
        click.echo(f"  {str(r.get('name', f'resource {n}')):<14} {str(r.get('rows', '?')):>7} rows  {r.get('path', '?')}")
