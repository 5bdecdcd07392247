"""`pakiran-events build`."""

from __future__ import annotations

import click

from pakiran_events.cli.common import format_option, repo_root, report, root_option, write_failure
from pakiran_events.core.problems import ProblemsFound


@click.command()
@root_option
@format_option
@click.option("--no-validate", is_flag=True, help="Skip validation before moving into place (debugging only).")
@click.option("--no-cache", is_flag=True, help="Parse every curated file again (a clean build; the cache in "
              ".cache/build/ is neither read nor written).")
def build(root, fmt, no_validate, no_cache) -> None:
    """Build dataset/data/*.csv|parquet and datapackage.json from the curated inputs.

    Example: pakiran-events build
    """
    from pakiran_events.build.build import build as run_build

    root = repo_root(root)
    try:
        result = run_build(root, validate=not no_validate, cache=not no_cache, parse_workers=True)
    except ProblemsFound as exc:
        click.echo(f"build failed: {exc}", err=True)
        report(exc.problems, fmt, "")
        return
    except OSError as exc:  # a read-only checkout, a full disk, a lock held too long

        click.echo("build failed: the package cannot be written", err=True)
        report([write_failure(exc, root)], fmt, "")
        return
    counts = ", ".join(f"{n} {c}" for n, c in result.row_counts.items())
    click.echo(f"built {result.descriptor_path.relative_to(root)} ({counts})")
