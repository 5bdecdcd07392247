"""Record-level differences between two releases of the package: what a CHANGELOG entry and a
user pinning a version need to know. A release is a package folder (or its datapackage.json) or
a git tag/commit of this repository (read with `git archive`, offline).

Records are matched by each resource's primary key; values are compared as text (a list as its
items joined by ';'), so a change of type alone (a string that became a list) is not a change
of value. A column present in only one release is reported as added, removed or renamed (a
renamed column holds the same values under another name).
"""

from __future__ import annotations

import io
import subprocess
import tarfile
from pathlib import Path

from pakiran_events.core.packages import descriptor_of, read_descriptor

PACKAGE_FILES = ("datapackage.json", "dataset/data")


def release_path(ref: str, repo: Path, workdir: Path) -> Path:
    """The datapackage.json of `ref`: a path as given, else a git tag or commit of `repo`
    extracted into `workdir`. Raises LookupError with a one-line reason when it is neither
    (a clean clone may lack tags: `git fetch --tags`)."""
    given = Path(ref)
    if given.exists():
        try:
            return descriptor_of(given)
        except FileNotFoundError as exc:
            raise LookupError(str(exc)) from exc
    try:
        subprocess.run(["git", "-C", str(repo), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                       check=True, capture_output=True)
        archive = subprocess.run(["git", "-C", str(repo), "archive", "--format=tar", ref, *PACKAGE_FILES],
                                 check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise LookupError(f"{ref}: neither a package path nor a tag or commit of {repo} "
                          f"(in a fresh clone, fetch the release tags: git fetch --tags)") from exc
    out = workdir / ref.replace("/", "_")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        if hasattr(tarfile, "data_filter"):  # Python 3.12 and the 3.10/3.11 security releases
            tar.extractall(out, filter="data")
        else:  # our own repository's archive
            tar.extractall(out)  # noqa: S202
    return out / "datapackage.json"


def _text_frame(frame):
    import polars as pl

    return frame.select([pl.col(c).list.eval(pl.element().cast(pl.String)).list.join(";").alias(c)
                         if isinstance(t, pl.List) else pl.col(c).cast(pl.String) for c, t in frame.schema.items()])


def _read(descriptor: Path) -> tuple[dict, dict]:
    import polars as pl

    desc = read_descriptor(descriptor)  # FileNotFoundError, DescriptorError (a ValueError)
    if not all(isinstance(r, dict) and "name" in r and "path" in r for r in desc["resources"]):
        raise ValueError(f"{descriptor}: not a data package descriptor (a 'resources' list of named tables)")
    frames = {}
    for r in desc["resources"]:
        rel = r.get("parquet", {}).get("path")
        frame = (pl.read_parquet(descriptor.parent / rel) if rel
                 else pl.read_csv(descriptor.parent / r["path"], infer_schema=False))
        frames[r["name"]] = _text_frame(frame)
    return desc, frames


def _keyed(frame, key: list[str]) -> dict[str, dict]:
    ids = ["/".join("" if v is None else v for v in (row[k] for k in key)) for row in frame.iter_rows(named=True)]
    return dict(zip(ids, frame.iter_rows(named=True)))


def diff_packages(old: Path, new: Path) -> dict:
    """Differences from release `old` to release `new` (datapackage.json paths):
    {old_version, new_version, resources_added, resources_removed, resources: {name: {added,
    removed (ids), changed: [{id, fields: {field: [old, new]}}], columns_added, columns_removed,
    columns_renamed: {old: new}}}}; a resource with no difference is left out."""
    old_desc, old_frames = _read(old)
    new_desc, new_frames = _read(new)
    keys = {r["name"]: r["schema"].get("primaryKey", []) for r in new_desc["resources"]}
    out = {"old_version": old_desc.get("version"), "new_version": new_desc.get("version"),
           "resources_added": sorted(set(new_frames) - set(old_frames)),
           "resources_removed": sorted(set(old_frames) - set(new_frames)), "resources": {}}
    for name in [n for n in new_frames if n in old_frames]:
        a, b = old_frames[name], new_frames[name]
        gone = [c for c in a.columns if c not in b.columns]
        came = [c for c in b.columns if c not in a.columns]
        key = [k for k in ([keys[name]] if isinstance(keys[name], str) else keys[name])]
        old_key = [k for k in key if k in a.columns]
        if len(old_key) < len(key):  # a key column was renamed: match on what both share
            key = old_key
        rows_a, rows_b = _keyed(a, key), _keyed(b, key)
        renamed = {}
        for g in gone:
            for c in came:
                if c not in renamed.values() and all(rows_a[i][g] == rows_b[i][c] for i in rows_a.keys() & rows_b.keys()):
                    renamed[g] = c
                    break
        common = [c for c in b.columns if c in a.columns] + [(g, c) for g, c in renamed.items()]
        changed = []
        for rid in sorted(rows_a.keys() & rows_b.keys()):
            fields = {}
            for col in common:
                was, now = (col if isinstance(col, tuple) else (col, col))
                if rows_a[rid][was] != rows_b[rid][now]:
                    fields[now] = [rows_a[rid][was], rows_b[rid][now]]
            if fields:
                changed.append({"id": rid, "fields": fields})
        entry = {"added": sorted(rows_b.keys() - rows_a.keys()), "removed": sorted(rows_a.keys() - rows_b.keys()),
                 "changed": changed, "columns_added": [c for c in came if c not in renamed.values()],
                 "columns_removed": [g for g in gone if g not in renamed], "columns_renamed": renamed}
        if any(entry.values()):
            out["resources"][name] = entry
    return out


def render(diff: dict, limit: int = 20) -> str:
    """The diff as text: one block per resource, ids and 'field: old -> new' per changed record."""
    lines = [f"pakiran-events {diff['old_version']} -> {diff['new_version']}"]
    for name in diff["resources_added"]:
        lines.append(f"{name}: new resource")
    for name in diff["resources_removed"]:
        lines.append(f"{name}: resource removed")
    for name, d in diff["resources"].items():
        lines.append(f"{name}: {len(d['added'])} added, {len(d['removed'])} removed, {len(d['changed'])} changed")
        for old, new in d["columns_renamed"].items():
            lines.append(f"  column {old} renamed {new}")
        for c in d["columns_added"]:
            lines.append(f"  column {c} added")
        for c in d["columns_removed"]:
            lines.append(f"  column {c} removed")
        for label in ("added", "removed"):
            if d[label]:
                shown = ", ".join(d[label][:limit]) + (f", ... ({len(d[label]) - limit} more)" if len(d[label]) > limit else "")
                lines.append(f"  {label}: {shown}")
        for item in d["changed"][:limit]:
            fields = "; ".join(f"{f}: {o!r} -> {n!r}" for f, (o, n) in item["fields"].items())
            lines.append(f"  ~ {item['id']}: {fields}")
        if len(d["changed"]) > limit:
            lines.append(f"  ... ({len(d['changed']) - limit} more changed; --format json lists all)")
    if len(lines) == 1:
        lines.append("no differences")
    return "\n".join(lines)
