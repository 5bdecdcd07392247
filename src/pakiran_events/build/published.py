"""What the last cached build published, so that a rebuild writes only the tables whose bytes change.

After a cached build has put its package in place, it records, for every table, a digest of the
frame it wrote (`frame_digest`: its column names and types, its height and polars' hash of every
row, in order) and the stat signature (size, mtime, ctime, inode) of the CSV and Parquet files in
the data folder. The next cached build computes the digest of each new frame: a table whose
digest is the recorded one, and whose two files still have the recorded signatures (nothing has
written to them since: any write moves a file's ctime, and a file changed in the clock tick
the record was written in is not taken, `_racy`), is not serialised again; its files are
hard-linked (or copied) from the published folder into the staging folder
(`publish.package.publish_validated(reuse=...)`). They are the bytes the writer would give: the
same rows written by the same code version (the key covers the writer's and the table code's
source, the schemas and polars' version). The staged package is validated whole as before, so a
rebuild's verdict is a clean build's.

The record lives under `ROOT/.cache/build/published/` (git-ignored), one file per code version,
sealed with the user's cache key (build/cache.py) and written atomically; a missing, corrupt,
forged or foreign record, or one that names other files, means every table is written, never an
error. `--no-cache` neither reads nor writes it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import stat
from pathlib import Path

import polars as pl

from pakiran_events.build.cache import CACHE_DIR, seal, secret_key, write_sealed
from pakiran_events.core import tables as tables_module
from pakiran_events.core.schema import TableSchema
from pakiran_events.publish import write as write_module

FORMAT = b"pakiran-published-record 1\n"
FOLDER = CACHE_DIR / "published"
Signature = tuple[int, int, int, int]  # (size, mtime_ns, ctime_ns, inode)


def _version(schemas: dict[str, TableSchema]) -> str:
    """The writer's version: its source, the table code's (csv_ready), the schemas, polars'."""
    h = hashlib.sha256(FORMAT + pl.__version__.encode())
    for module in (write_module, tables_module):
        h.update(Path(module.__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(json.dumps({n: s.descriptor for n, s in sorted(schemas.items())}, sort_keys=True).encode())
    return h.hexdigest()[:16]


def frame_digest(frame: pl.DataFrame) -> str:
    """SHA-256 (hex) of a frame's column names and dtypes, its height, polars' two 64-bit hashes
    of each row in order (`hash_rows` with two fixed seeds), and the bits of every float column
    (hash_rows folds 0.0 and -0.0 together, which the CSV and Parquet writers keep apart). Two
    frames with the same digest hold the same rows in the same order (a different frame with the same digest needs a collision of those row
    hashes; a frame of another shape or order never has it)."""
    h = hashlib.sha256(json.dumps([[n, str(t)] for n, t in frame.schema.items()]).encode())
    h.update(str(frame.height).encode())
    if frame.height and frame.width:
        for seed in (0, 1):  # two 64-bit hashes per row
            h.update(frame.hash_rows(seed=seed).to_numpy().tobytes())
        for name, dtype in frame.schema.items():
            if dtype.is_float():  # hash_rows gives 0.0 and -0.0 (and every NaN) one hash; the writers do not
                h.update(frame[name].cast(pl.Float64).fill_null(0.0).to_numpy().tobytes())
    return h.hexdigest()


def _signature(path: Path) -> Signature | None:
    """The stat signature of a regular file (not a link to one), or None."""
    try:
        st = os.lstat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _path(root: Path, schemas: dict[str, TableSchema]) -> Path:
    return Path(root) / FOLDER / f"{_version(schemas)}.json"


def _read(path: Path, key: bytes) -> dict | None:
    try:
        data = path.read_bytes()
        if not data.startswith(FORMAT):
            return None
        mac, payload = data[len(FORMAT):len(FORMAT) + 64], data[len(FORMAT) + 64:]
        if not hmac.compare_digest(seal(key, payload), mac):
            return None
        record = json.loads(payload)
        return record if isinstance(record, dict) and isinstance(record.get("tables"), dict) else None
    except (OSError, ValueError):
        return None


def reusable(root: Path, schemas: dict[str, TableSchema], tables: dict[str, pl.DataFrame],
             data_dir: Path) -> tuple[dict[str, tuple[Path, Path]], dict[str, str]]:
    """({table: (published CSV, published Parquet)} for the tables whose files can be taken as
    they are, {table: digest} of every DataFrame table (for `record`)). Nothing is reusable
    without the user's key or a sound record."""
    digests = {name: frame_digest(frame) for name, frame in tables.items() if isinstance(frame, pl.DataFrame)}
    key = secret_key()
    if key is None:
        return {}, digests
    path = _path(root, schemas)
    record, written = _read(path, key), _signature(path)
    if record is None or written is None or record.get("data") != Path(data_dir).as_posix():
        return {}, digests
    out = {}
    for name, digest in digests.items():
        entry = record["tables"].get(name)
        if not isinstance(entry, dict) or entry.get("digest") != digest:
            continue
        files = (Path(root) / data_dir / f"{name}.csv", Path(root) / data_dir / f"{name}.parquet")
        recorded = [entry.get("csv"), entry.get("parquet")]
        now = [_signature(p) for p in files]
        if all(s is not None and list(s) == r and not _racy(s, written) for s, r in zip(now, recorded)):
            out[name] = files
    return out, digests


def _racy(file: Signature, record: Signature) -> bool:
    """Whether a file was last changed no earlier than the record was written (its mtime or ctime
    not below the record file's mtime: git's "racily clean" rule). On a file system whose clock
    ticks coarsely (a second on some; a jiffy on Linux before multigrain timestamps), an in-place
    edit of the same size in that tick leaves the signature as recorded: such a file is written
    again, never linked. Where timestamps are fine, a file stat'ed before the record was written
    is never racy."""
    return max(file[1], file[2]) >= record[1]


def record(root: Path, schemas: dict[str, TableSchema], digests: dict[str, str], data_dir: Path) -> None:
    """Record what was just published (call after the package is in place, under the lock). A
    record that cannot be written is skipped: the next build then writes every table."""
    key = secret_key()
    if key is None:
        return
    tables = {}
    for name, digest in digests.items():
        csv, parquet = (_signature(Path(root) / data_dir / f"{name}.{ext}") for ext in ("csv", "parquet"))
        if csv is not None and parquet is not None:
            tables[name] = {"digest": digest, "csv": list(csv), "parquet": list(parquet)}
    payload = json.dumps({"data": Path(data_dir).as_posix(), "tables": tables}, sort_keys=True).encode()
    path = _path(root, schemas)
    try:
        write_sealed(path, FORMAT, seal(key, payload), payload)
    except OSError:
        pass

