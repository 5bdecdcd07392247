"""`pakiran-events errors`: the error catalogue (docs/errors.md is this command's output)."""

from __future__ import annotations

import click

from pakiran_events.core.errors import CATALOGUE, markdown


@click.command()
@click.argument("code", required=False)
def errors(code) -> None:
    """Print the error catalogue as Markdown, or one code's layer, title and meaning.

    Example: pakiran-events errors span-lacks-date-cue
    """

    if code is None:
        click.echo(markdown(), nl=False)
        return
    entry = CATALOGUE.get(code)
    if entry is None:
        raise click.ClickException(f"no error code {code!r} in the catalogue (pakiran-events errors lists them)")
    click.echo(f"{entry.code} ({entry.layer}): {entry.title}. {entry.description}")
