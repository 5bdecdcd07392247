"""`pakiran-events archive`: the release archive to deposit for a DOI."""

from __future__ import annotations

import hashlib
from pathlib import Path

import click

from pakiran_events.cli.common import repo_root, root_option


@click.command()
@root_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("dist"),
              show_default=True, help="Folder to write the zip into.")
def archive(root, out_dir) -> None:
    """Zip the data package with CITATION.cff, the data licence, the datasheet and the change
    log: the file to deposit (Zenodo, Dataverse) for a DOI. Same release, same bytes.

    Example: pakiran-events archive --out dist
    """

    from pakiran_events.publish.archive import release_archive

    try:
        path = release_archive(repo_root(root), out_dir)
    except (FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    click.echo(f"wrote {path} ({path.stat().st_size} bytes, sha256 {digest})")
