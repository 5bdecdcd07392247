"""`pakiran-events show RECORD_ID --corpus DIR`: a record with the words of each evidence span."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import open_corpus
from pakiran_events.loader.evidence import evidence


@click.command()
@click.argument("record_id")
@click.option("--corpus", "corpus_dir", multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="A corpus folder (repeatable) to quote each span from; without it, offsets and hashes only.")
@click.option("--field", default=None, help="Only this field's evidence.")
def show(record_id, corpus_dir, field) -> None:
    """Print a record's evidence: source, offsets and span hash of every span, and with --corpus
    the quoted words (for reviewing a change). A text that differs from the release gives no quote.

    Example: pakiran-events show E000002 --corpus ../shared/corpus
    """

    if corpus_dir:
        open_corpus(corpus_dir)
    try:
        rows = evidence(record_id, field, corpus=list(corpus_dir) or None)
    except KeyError as exc:
        raise click.ClickException(exc.args[0] if exc.args else str(exc)) from exc
    except OSError as exc:  # a text the manifest lists that is missing or cannot be read
        where = f"{exc.filename}: " if exc.filename else ""
        raise click.ClickException(f"{where}{exc.strerror or exc} (a text the corpus manifest lists)") from exc
    except ValueError as exc:  # a manifest path that leaves the corpus folder, a text that is not UTF-8
        raise click.ClickException(" ".join(str(exc).split())) from exc
    for row in rows.sort("field", "source_id", "char_start").iter_rows(named=True):
        head = (f"{row['record_table']}.{row['field']}  {row['source_id']} [{row['char_start']}, {row['char_end']}) "
                f"sha256 {row['span_sha256'][:12]}")
        if not corpus_dir:
            click.echo(f"{head}  {row['url']}")
        elif row["quote"] is None:
            click.echo(f"{head}  [NO QUOTE: {row['quote_note']}]")
        else:
            mark = "" if row["hash_ok"] else "  [HASH MISMATCH: the span changed]"
            click.echo(f"{head}{mark}\n    \"{row['quote']}\"")
