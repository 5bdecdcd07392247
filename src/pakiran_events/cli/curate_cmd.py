"""Curator commands: import the sources registry, resolve draft quotes into spans, locate a phrase."""

from __future__ import annotations

from pathlib import Path

import click

from pakiran_events.cli.common import corpus_option, open_corpus, repo_root, report, root_option, write_failure
from pakiran_events.core.corpus import find_spans, span_sha256
from pakiran_events.core.paths import CURATED_DIR


@click.command("import-sources")
@corpus_option
@root_option
@click.option("--force", is_flag=True, help="Replace an existing registry that differs (review the diff first).")
def import_sources(corpus_dir, root, force) -> None:
    """Write dataset/curated/sources.csv from the corpus manifest (explicit, reviewed step).

    Each row is checked and read as extract reads it (a doc_id or a basis naming a term twice that
    no package could publish is an error; an unknown basis is left empty; cells are stripped). A
    `published` cell is checked in a fixed range in data, never the day of the run: out of range (`published-out-of-range`) or no date (`published-not-a-date`) it is left
    empty, after the run's day (`published-in-future`) it is kept; each is a warning.

    Example: pakiran-events import-sources --corpus ../shared/corpus
    """
    from pakiran_events.curate.registry import write_registry
    from pakiran_events.extract.adapter import manifest_patterns, publication_days, run_day

    target = repo_root(root) / CURATED_DIR / "sources.csv"
    warnings: list = []
    try:
        outcome = write_registry(open_corpus(corpus_dir), target, force=force, warnings=warnings, days=publication_days(),
                                 last=run_day(), patterns=manifest_patterns())
    except (FileExistsError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # a read-only checkout, a full disk: the registry is unchanged
        raise click.ClickException(f"{target}: cannot be written ({exc.strerror or exc}); the file is unchanged") from exc
    for warning in warnings:
        click.echo(f"warning: {warning.as_text()}", err=True)
    click.echo(f"{target}: {outcome}")


@click.command("resolve-spans")
@click.argument("draft", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("out", type=click.Path(dir_okay=False, path_type=Path))
@corpus_option
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists (OUT may be DRAFT itself).")
def resolve_spans(draft, out, corpus_dir, force) -> None:
    """Turn {src, quote} evidence into {src, at, sha256} spans; everything else (comments too) is kept.

    Quotes are source text and must never be committed: resolve before committing, and review
    the diff (this is the one command that rewrites a curated file, and only with --force).
    Only quotes under an event's, participant's or commitment's `evidence:` are resolved; values
    are read as YAML 1.2 text, like every curated value (`quote: 2019` is the text 2019, `nth: "2"`
    is 2). A symlinked OUT is written through to its target; a byte-order mark is kept.
    Example: pakiran-events resolve-spans dataset/curated/events/x.yaml dataset/curated/events/x.yaml --force --corpus ../shared/corpus
    """
    from pakiran_events.core.yaml_input import YamlInputError, load_file, load_text
    from pakiran_events.curate.spans import resolve_text

    if out.exists() and not force:
        raise click.ClickException(f"{out} exists; curated files are not overwritten without --force")
    corpus = open_corpus(corpus_dir)
    try:  # anchors, aliases, tags and duplicate keys are refused here, before anything is rewritten
        parsed = load_file(draft)
        data = draft.read_bytes()
        bom = data.startswith(b"\xef\xbb\xbf")  # kept: the file is rewritten as it was written
        text = data.decode("utf-8-sig")
    except YamlInputError as exc:
        raise click.ClickException(f"{draft}: not valid YAML for a curated file ({exc})") from exc
    if not isinstance(parsed, dict) or not isinstance(parsed.get("events"), list):
        raise click.ClickException(f"{draft}: not a curated engagement file (expected a mapping with an 'events' list)")
    try:
        resolved = resolve_text(text, corpus)
    except ValueError as exc:
        raise click.ClickException(str(exc)) from exc
    except OSError as exc:  # a quoted document's file missing or unreadable
        raise click.ClickException(f"cannot read {exc.filename or 'a quoted document'} ({exc.strerror or exc}); "
                                   "nothing was written") from exc
    try:
        load_text(resolved)
    except YamlInputError as exc:  # never write a curated file that no longer parses
        raise click.ClickException(f"{draft}: the resolved file would not parse ({exc}); nothing was written") from exc

    from pakiran_events.curate.ids import replace_file

    try:  # whole or not at all: a full disk never leaves half a curated file; a symlink is written through
        replace_file(out, (b"\xef\xbb\xbf" if bom else b"") + resolved.encode("utf-8"))
    except OSError as exc:
        raise click.ClickException(f"{out}: cannot be written ({exc.strerror or exc}); the file is unchanged") from exc
    click.echo(f"wrote {out}")


@click.command()
@click.argument("doc_id")
@click.argument("phrase")
@corpus_option
def locate(doc_id, phrase, corpus_dir) -> None:
    """Print the offsets and span hash of every occurrence of PHRASE in a corpus document.

    Example: pakiran-events locate tribune-20230716-intel-sharing-vow "two-day visit" --corpus ../shared/corpus
    """

    corpus = open_corpus(corpus_dir)
    if not phrase:
        raise click.ClickException("the phrase to locate is empty")
    try:
        text = corpus.text(doc_id)
    except KeyError as exc:
        raise click.ClickException(str(exc)) from exc
    except ValueError as exc:  # not UTF-8, not a regular file, outside its corpus folder
        raise click.ClickException(f"{doc_id}: {exc}") from exc
    except OSError as exc:  # the manifest's file is missing or unreadable
        raise click.ClickException(f"{doc_id}: cannot read {exc.filename or 'its text'} "
                                   f"({exc.strerror or exc})") from exc
    spans = find_spans(text, phrase)
    if not spans:
        raise click.ClickException(f"{doc_id}: phrase not found")
    for start, end in spans:
        click.echo(f"{{src: {doc_id}, at: [{start}, {end}], sha256: {span_sha256(text, start, end)}}}")


@click.command("new-id")
@click.argument("kind", type=click.Choice(["event", "commitment"]))
@click.option("--count", type=click.IntRange(1, 1000), default=1, show_default=True, help="How many IDs to allocate.")
@click.option("--note", default="", help="What the IDs are for (kept in the ledger).")
@root_option
def new_id(kind, count, note, root) -> None:
    """Allocate the next free event or commitment IDs in the ledger (dataset/curated/ids.csv).

    Commit the ledger with the records that use the IDs: two curators allocating on different
    branches append the same line, so git stops the second merge instead of letting an ID be
    given twice. Example: pakiran-events new-id event --count 2 --note "Dar visit, May 2026"
    """
    from pakiran_events.curate.ids import LEDGER, allocate

    root = repo_root(root)
    try:
        ids = allocate(root, kind, count, note)
    except OSError as exc:  # a read-only checkout, a full disk, a lock held too long
        report([write_failure(exc, root / LEDGER, "no ID was allocated, the ledger is unchanged")], "table", "")
        return
    for allocated in ids:
        click.echo(allocated)
