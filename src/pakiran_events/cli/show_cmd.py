"""`pakiran-events show RECORD_ID --corpus DIR`: a record with the words of each evidence span."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import corpus_option


@click.command()
@click.argument("record_id")
@corpus_option
@click.option("--field", default=None, help="Only this field's evidence.")
def show(record_id, corpus_dir, field) -> None:
    """Print a record's evidence with the quoted text of every span (for reviewing a change).

    Example: pakiran-events show E000002 --corpus ../shared/corpus
    """
    from pakiran_events.loader.evidence import evidence

    from pakiran_events.cli.common import open_corpus

    open_corpus(corpus_dir)
    try:
        rows = evidence(record_id, field, corpus=corpus_dir)
    except (KeyError, FileNotFoundError) as exc:
        raise click.ClickException(exc.args[0] if exc.args else str(exc)) from exc
    for row in rows.sort("field", "source_id", "char_start").iter_rows(named=True):
        mark = "" if row["hash_ok"] else "  [HASH MISMATCH: the text changed]"
        click.echo(f"{row['record_table']}.{row['field']}  {row['source_id']} "
                   f"[{row['char_start']}, {row['char_end']}){mark}\n    \"{row['quote']}\"")
