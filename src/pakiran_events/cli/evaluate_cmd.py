"""`pakiran-events evaluate --gold PKG --pred PKG`."""

from __future__ import annotations

import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="The hand-checked package (folder or datapackage.json).")
@click.option("--pred", required=True, type=click.Path(path_type=Path), help="The package to score, e.g. the output of extract.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold, pred, fmt) -> None:
    """Precision, recall and F1 of a predicted package against a gold one, field by field.

    Example: pakiran-events evaluate --gold . --pred dataset/extracted
    """
    from pakiran_events.extract.evaluate import evaluate as run, render

    try:
        scores = run(gold, pred)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        raise click.ClickException(exc.args[0] if exc.args else str(exc)) from exc
    click.echo(json.dumps([s.as_dict() for s in scores], indent=2) if fmt == "json" else render(scores))
