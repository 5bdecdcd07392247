"""`pakiran-events evaluate --gold PKG --pred PKG`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import click


@click.command()
@click.option("--gold", required=True, type=click.Path(path_type=Path), help="The hand-checked package (folder or datapackage.json).")
@click.option("--pred", required=True, type=click.Path(path_type=Path), help="The package to score, e.g. the output of extract.")
@click.option("--reports", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="A CSV with a doc_id column: score only the events these reports are sources of.")
@click.option("--part", default=None, help="With --reports: keep only rows whose 'part' column has this value (e.g. test).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def evaluate(gold, pred, reports, part, fmt) -> None:
    """Precision, recall and F1 of a predicted package against a gold one, field by field.

    Example: pakiran-events evaluate --gold . --pred dataset/extracted
    (held-out part only: --reports bench/extract-split.csv --part test)
    """
    from pakiran_events.extract.evaluate import evaluate as run
    from pakiran_events.extract.evaluate import render

    chosen = None
    if part is not None and reports is None:
        raise click.ClickException("--part needs --reports (the CSV whose 'part' column it selects)")
    if reports is not None:

        try:
            with reports.open(encoding="utf-8-sig", newline="") as fh:
                rows = list(csv.DictReader(fh))
        except (UnicodeDecodeError, csv.Error) as exc:
            raise click.ClickException(f"{reports}: not a UTF-8 CSV ({exc})") from None
        if not rows or "doc_id" not in rows[0]:
            raise click.ClickException(f"{reports}: no doc_id column (or no rows)")
        chosen = {r["doc_id"] for r in rows if part is None or r.get("part") == part}
        if not chosen:
            raise click.ClickException(f"{reports}: no row has part {part!r}: nothing to score")
    try:
        scores = run(gold, pred, chosen)
    except (FileNotFoundError, ValueError, KeyError) as exc:
        raise click.ClickException(exc.args[0] if exc.args else str(exc)) from exc
    click.echo(json.dumps([s.as_dict() for s in scores], indent=2) if fmt == "json" else render(scores))
