"""The `pakiran-events` command: a thin click shell, one module per subcommand."""

from __future__ import annotations

import os

import click

from pakiran_events._version import __version__
from pakiran_events.cli import (
    archive_cmd,
    build_cmd,
    curate_cmd,
    diff_cmd,
    errors_cmd,
    evaluate_cmd,
    evidence_cmd,
    extract_cmd,
    info_cmd,
    show_cmd,
    validate_cmd,
)
from pakiran_events.core import env


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pakiran-events")
def main() -> None:
    """Build, validate and inspect the pakiran-events data package."""
    # this process is the command's own: validation may import pandera's polars path alone
    # (validate/pandera_import.py; a library user's process is left as pandera sets it up)
    os.environ.setdefault(env.PANDERA_POLARS_ONLY, "1")


for command in (build_cmd.build, validate_cmd.validate, evidence_cmd.verify_evidence, info_cmd.info,
                curate_cmd.import_sources, curate_cmd.resolve_spans, curate_cmd.locate, curate_cmd.new_id, show_cmd.show,
                extract_cmd.extract, evaluate_cmd.evaluate, errors_cmd.errors, diff_cmd.diff, archive_cmd.archive):
    main.add_command(command)
