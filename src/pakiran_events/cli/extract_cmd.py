"""`pakiran-events extract --corpus DIR --out DIR`: script-extracted candidates as a package."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import format_option, report, require
from pakiran_events.core.problems import ProblemsFound


@click.command()
@click.option("--corpus", "corpus_dirs", required=True, multiple=True, type=click.Path(file_okay=False, path_type=Path),
              help="A corpus folder: manifest.csv plus the texts it lists; repeat for several folders (one corpus, "
                   "doc ids unique across them).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Where to write the package (datapackage.json and data/); replaced only if it validates.")
@click.option("--scheduler", default="processes", show_default=True,
              help="Dask scheduler: processes, threads, synchronous, or a dask.distributed address (tcp://HOST:PORT).")
@click.option("--workers", type=click.IntRange(min=1), default=None, help="Worker processes or threads (default: all cores).")
@click.option("--dictionary", "dictionaries", multiple=True, type=click.Path(dir_okay=False, path_type=Path),
              help="A YAML file of extra dictionary entries (titles, sides, places, engagement, commitments); repeatable.")
@click.option("--gazetteer", type=click.Path(path_type=Path), default=None,
              help="Data package whose actors, aliases and places to use (default: the installed package).")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on for 500 documents or more).")
@click.option("--cache/--no-cache", default=True, show_default=True,
              help="Reuse the lexicon built from the same dictionaries, gazetteer and code (in the user's cache).")
@format_option
def extract(corpus_dirs, out_dir, scheduler, workers, dictionaries, gazetteer, progress, cache, fmt) -> None:
    """Extract candidate events (review_status script-extracted) with evidence from a news corpus.

    Example: pakiran-events extract --corpus ../shared/corpus --corpus ../shared/corpus-wave2 --out dataset/extracted
    """

    require("dask", "rapidfuzz", extra="extract")
    from pakiran_events.extract.run import extract as run

    for corpus_dir in corpus_dirs:
        if not (corpus_dir / "manifest.csv").is_file():
            raise click.ClickException(f"{corpus_dir}: no manifest.csv here (give the corpus folder)")
    for path in dictionaries:
        if not path.is_file():
            raise click.ClickException(f"{path}: dictionary file not found")
    warnings: list = []
    try:
        counts, skipped = run(list(corpus_dirs), out_dir, scheduler, workers, list(dictionaries), gazetteer, progress,
                              warnings=warnings, cache=cache)
    except ProblemsFound as exc:
        click.echo(f"extract failed: {exc}", err=True)
        report(exc.problems, fmt, "")
        return
    except (ValueError, OSError) as exc:
        raise click.ClickException(str(exc).splitlines()[0]) from exc
    for warning in warnings:
        click.echo(f"warning: {warning.as_text()}", err=True)
    for line in skipped:
        click.echo(line, err=True)
    click.echo(f"wrote {out_dir / 'datapackage.json'} ({counts['events']} events, {counts['participants']} "
               f"participants, {counts['commitments']} commitments, {counts['evidence']} evidence spans; "
               f"{len(skipped)} document(s) skipped)")
