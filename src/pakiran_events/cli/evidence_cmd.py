"""`pakiran-events verify-evidence --corpus DIR [PATH]`."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import corpus_option, format_option, open_corpus, package_path, read_descriptor, report
from pakiran_events.core.problems import Problem


@click.command("verify-evidence")
@click.argument("path", required=False, type=click.Path(exists=True, path_type=Path))
@corpus_option
@format_option
@click.option("--strict/--no-strict", default=True, show_default=True,
              help="Check that a weekday comes with the date line that anchors it and that a person a commitment's "
              "description names is named in its spans (CURATION.md §4, §8); on by default since every record "
              "passes, --no-strict skips these two checks.")
def verify_evidence(path, corpus_dir, fmt, strict) -> None:
    """Recompute every evidence span's hash and each source's sha256 from the corpus texts, and
    check that date spans hold a date expression (a date line only with a relative one), participant
    spans name the person, modality spans hold a form of their modality, and a person a commitment's
    description names is named in its spans.

    Example: pakiran-events verify-evidence --corpus ../shared/corpus
    """
    import polars as pl

    from pakiran_events.core.schema import TableSchema
    from pakiran_events.core.tables import read_csv_typed
    from pakiran_events.curate.spans import verify_evidence as run
    from pakiran_events.validate.descriptor_check import check_descriptor

    path = package_path(path)
    corpus = open_corpus(corpus_dir)
    desc = read_descriptor(path)
    problems = check_descriptor(desc, path.parent)  # a path out of the package, a URL: refused before opening
    if problems:
        report(problems, fmt, "")
    resources = {r["name"]: r for r in desc["resources"]}
    missing = [n for n in ("evidence", "sources", "actors", "actor_aliases", "participants", "commitments",
                                "events") if n not in resources]
    if missing:
        raise click.ClickException(f"{path}: the package has no {', '.join(missing)} table")
    frames = {}
    for name in ("evidence", "sources", "actors", "actor_aliases", "participants", "commitments", "events"):
        try:
            frames[name], found = read_csv_typed(path.parent / resources[name]["path"],
                                                 TableSchema(name, resources[name]["schema"]), name)
        except (OSError, ValueError, pl.exceptions.PolarsError) as exc:
            found = [Problem("evidence", name, None, None, None, "unreadable-table",
                             f"{resources[name]['path']}: {' '.join(str(exc).split())[:200]}")]
        problems += found
    if problems:  # unparseable offsets cannot be checked; `validate` says more
        report(problems, fmt, "")
    persons = set(frames["actors"].filter(frames["actors"]["actor_type"] == "person")["actor_id"])
    aliases: dict[str, list[str]] = {}
    for row in frames["actor_aliases"].iter_rows(named=True):
        if row["actor_id"] in persons:
            aliases.setdefault(row["actor_id"], []).append(row["alias"])
    titles = {(e, a): t for e, a, t in frames["participants"].select("event_id", "actor_id", "title").iter_rows()
              if a in persons and t}
    commitments = frames["commitments"].select("commitment_id", "event_id", "modality", "description").to_dicts()
    hand_checked = set(frames["events"].filter(frames["events"]["review_status"] == "hand-checked")["event_id"])
    problems, checked = run(frames["evidence"].to_dicts(), frames["sources"].to_dicts(), corpus, aliases, titles,
                            commitments, dict(frames["events"].select("event_id", "date_precision").iter_rows()), strict,
                            hand_checked)
    report(problems, fmt, f"{checked} evidence spans match the corpus texts")
