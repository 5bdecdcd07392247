"""`pakiran-events verify-evidence --corpus DIR [PATH]`."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import format_option, repo_root, report


@click.command("verify-evidence")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@click.option("--corpus", "corpus_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The corpus folder (with manifest.csv).")
@format_option
def verify_evidence(path, corpus_dir, fmt) -> None:
    """Recompute every evidence span's hash and each source's sha256 from the corpus texts.

    Example: pakiran-events verify-evidence --corpus ../shared/corpus
    """
    import polars as pl

    from pakiran_events.corpus import Corpus
    from pakiran_events.spans import verify_evidence as run

    path = path or repo_root(None) / "datapackage.json"
    root = path.parent if path.is_file() else path
    data = root / "dataset" / "data"
    evidence = pl.read_csv(data / "evidence.csv", infer_schema_length=0).with_columns(
        pl.col("char_start", "char_end").cast(pl.Int64, strict=False))
    sources = pl.read_csv(data / "sources.csv", infer_schema_length=0)
    problems, checked = run(evidence.to_dicts(), sources.to_dicts(), Corpus(corpus_dir))
    report(problems, fmt, f"{checked} evidence spans match the corpus texts")
