"""The build's assembly snapshot: the rows every engagement file gave at the last build whose
curated stage was clean, so that a rebuild reads (parses, walks, checks) only the files whose
bytes changed and takes the others' rows as they were.

Stored under `ROOT/.cache/build/assembly/` (git-ignored), one file per code version (the source
of the modules that turn a file into rows, and the schemas, hashed): a JSON header (each
engagement file's SHA-256, each table's byte length, the engagement files' names) and the rows
of events (text: an event's place copies are derived over the whole table) and of participants,
commitments and evidence already typed by their schemas (`core.tables.cast_strings`, cell by
cell, so a row types the same alone as in its table) as Arrow IPC frames, each row with the
index of the file it came from. A rebuild replaces the changed files' rows in place and types
only those: the others are neither read again from YAML nor typed again.
Like the parse cache (build/cache.py) it is never trusted: it carries a keyed BLAKE2b MAC under the
user's key outside the checkout, is written atomically, and anything unexpected about it (a
bad MAC, another version, a frame of another shape) means a full read, never an error.

A file's SHA-256 is computed only when its stat signature (size, mtime, ctime, inode: what `git`
checks before hashing a tracked file) differs from the one recorded beside its digest, or when the
file was changed within `RACY_NS` of its signature being taken (git's "racily clean" rule: a
change in the same clock tick could leave the signature as it was). Any write to a file moves its
ctime, which no program can set back, so an edited file is always hashed again.

What crosses files is recomputed over the whole tables every time, with polars: an event's copy
of its place's values and event_sources. Whenever the result could differ from a full read -- a
curated problem in a changed file, a record id that is null or given twice, a place value that
is not text -- the build reads every file instead (`assemble`), so cached and clean builds are
the same, byte for byte, and a failing build reports exactly what a clean one would.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import time
from pathlib import Path

import polars as pl
import yaml

from pakiran_events.build import assemble as assemble_module
from pakiran_events.build.cache import CACHE_DIR, ParseCache, seal, secret_key, write_sealed
from pakiran_events.core import cells, confine, derive, frictionless_cells, yaml_input
from pakiran_events.core import errors as errors_module
from pakiran_events.core import paths as paths_module
from pakiran_events.core import problems as problems_module
from pakiran_events.core import schema as schema_module
from pakiran_events.core import tables as tables_module
from pakiran_events.core.derive import ANCHOR_FIELDS, place_copies, place_copy
from pakiran_events.core.paths import CURATED_DIR
from pakiran_events.core.problems import Problem
from pakiran_events.core.schema import TableSchema, evidenced_tables
from pakiran_events.core.tables import RECORD_ID_SEPARATOR, cast_strings, frame_from_rows, sort_by_key
from pakiran_events.curate import curated as curated_module
from pakiran_events.curate.curated import events_listing, read_curated

FORMAT = b"pakiran-assembly-snapshot 3\n"
FOLDER = CACHE_DIR / "assembly"
ENGAGEMENT_TABLES = ("events", "participants", "commitments", "evidence")
FILE = "_file"  # the column holding the index (in the snapshot's `names`) of the file a row came from
TYPED_TABLES = ("participants", "commitments", "evidence")  # kept typed and sorted by key; events as text
FRAMES = ENGAGEMENT_TABLES + ("event_sources",)  # what a snapshot holds (event_sources derived, as text)
RACY_NS = 2_000_000_000  # a file changed this close to (or after) the snapshot's writing is hashed again
# A rebuild writes the snapshot again only when more files than this differ from it: until then
# each build reads those few files again (their rows are what a full read gives either way),
# which costs less than writing and sealing the whole snapshot (~100 MB at 100k events).
STALE_FILES = 32


class FullRead(Exception):
    """The snapshot cannot give what a full read gives: read every file."""


def _version(schemas: dict[str, TableSchema]) -> str:
    """The snapshot's key: the source of every module that turns a file into rows (the reader and
    all it imports: which text is folded, which cell refused), polars' and PyYAML's versions (they
    parse and type the rows kept), this module's and the schemas."""
    h = hashlib.sha256(FORMAT + f"polars {pl.__version__} pyyaml {yaml.__version__}".encode())
    for module in (curated_module, yaml_input, tables_module, derive, assemble_module, schema_module,
                   cells, confine, errors_module, paths_module, problems_module, frictionless_cells):
        h.update(Path(module.__file__ or "").read_bytes())
    h.update(Path(__file__).read_bytes())
    h.update(json.dumps({n: s.descriptor for n, s in sorted(schemas.items())}, sort_keys=True).encode())
    return h.hexdigest()[:16]


Stat = tuple[int, int, int, int]  # (size, mtime_ns, ctime_ns, inode)


def _stat(path: Path) -> Stat:
    st = os.stat(path)
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def file_digests(files: dict[Path, str], known: dict[str, str] | None = None,
                 stats: dict[str, Stat] | None = None, written_ns: int = 0) -> tuple[dict[str, str], dict[str, Stat], int]:
    """({name: SHA-256 hex}, {name: stat signature}, number of files hashed) for `files` ({path:
    name}). A file whose signature is the one recorded in `stats` and whose ctime is older than
    `written_ns - RACY_NS` keeps its digest from `known` unread; every other file is read and
    hashed. Raises OSError for a file that cannot be read."""
    known, stats = known or {}, stats or {}
    digests: dict[str, str] = {}
    signatures: dict[str, Stat] = {}
    hashed = 0
    for path, name in files.items():
        signature = _stat(path)
        signatures[name] = signature
        if name in known and stats.get(name) == signature and signature[2] < written_ns - RACY_NS:
            digests[name] = known[name]
            continue
        digests[name] = hashlib.sha256(path.read_bytes()).hexdigest()
        hashed += 1
    return digests, signatures, hashed


def _load(path: Path, key: bytes
          ) -> tuple[dict[str, str], dict[str, pl.DataFrame], dict[str, Stat], int, list[str]] | None:
    """(file -> SHA-256, table -> frame, file -> stat signature, when it was written in ns, the
    files' names by index) from a snapshot, or None for a missing or bad one."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    try:
        if not data.startswith(FORMAT):
            return None
        # a view, not a copy: the payload is ~600 MB at 100k events, sliced without copying
        mac, payload = data[len(FORMAT):len(FORMAT) + 64], memoryview(data)[len(FORMAT) + 64:]
        if not hmac.compare_digest(seal(key, payload), mac):
            return None
        header_end = data.index(b"\n", len(FORMAT) + 64) - (len(FORMAT) + 64)
        header = json.loads(bytes(payload[:header_end]))
        frames, at = {}, header_end + 1
        for name in FRAMES:
            size = int(header["sizes"][name])
            if at + size > len(payload):
                return None
            frames[name] = pl.read_ipc(io.BytesIO(payload[at:at + size]))
            at += size
        files = {str(k): str(v) for k, v in header["files"].items()}
        stats = {str(k): (int(a), int(b), int(c), int(d)) for k, (a, b, c, d) in header.get("stats", {}).items()}
        names = [str(n) for n in header["names"]]
        return files, frames, stats, int(header.get("written_ns", 0)), names
    except Exception:  # noqa: BLE001 - whatever is wrong with a snapshot, every file is read instead
        return None


def _save(path: Path, key: bytes, files: dict[str, str], frames: dict[str, pl.DataFrame], names: list[str],
          stats: dict[str, Stat] | None = None, stated_ns: int | None = None) -> None:
    """Write the snapshot atomically; one that cannot be written is skipped silently. `stated_ns`:
    the clock just before the files' signatures were taken (the racy window is measured from
    there: a file written in the signature's tick during a long build is hashed again)."""
    try:
        blobs = []
        for name in FRAMES:
            buffer = io.BytesIO()
            frames[name].write_ipc(buffer, compression="lz4")
            blobs.append(buffer.getvalue())
        # the clock the files' signatures were taken on: a change in their tick after that instant
        # (during the build, on a filesystem with coarse timestamps) leaves the signature as it was
        written_ns = time.time_ns() if stated_ns is None else stated_ns
        header = json.dumps({"files": files, "sizes": dict(zip(FRAMES, map(len, blobs))),
                             "stats": stats or {}, "written_ns": written_ns, "names": names}).encode()
        payload = header + b"\n" + b"".join(blobs)
        write_sealed(path, FORMAT, seal(key, payload), payload)
        _sweep(path)
    except (OSError, pl.exceptions.PolarsError):
        pass


def _sweep(kept: Path) -> None:
    """Remove what killed builds left (temporary files, each as large as a snapshot): builds hold
    the checkout's lock, so no other build is writing one. Other code versions' snapshots are kept
    (a checkout switched back to a branch uses its snapshot again)."""
    for other in kept.parent.iterdir():
        if other.name.startswith(".tmp-"):
            other.unlink(missing_ok=True)


def frames_of(rows: dict[str, list[dict]], origins: dict[str, list[tuple[str, int | None]]],
               schemas: dict[str, TableSchema], names: list[str]) -> dict[str, pl.DataFrame]:
    """The engagement tables' rows as frames, each row with the index of its file in `names`
    (a file not there yet is added at the end): events as text, with an event's place copies
    left empty (derived over the whole table later); the others typed by their schemas and sorted
    by key (`core.tables.sort_by_key`, as the built tables are). Raises
    FullRead when a cell does not type (the whole tables' typing reports it, as a full read does)."""
    copies = place_copies(schemas)
    index = {name: i for i, name in enumerate(names)}
    out = {}
    for name in ENGAGEMENT_TABLES:
        files = []
        for origin in origins.get(name, []):
            if origin[0] not in index:
                index[origin[0]] = len(names)
                names.append(origin[0])
            files.append(index[origin[0]])
        frame = frame_from_rows(rows.get(name, []), schemas[name])
        if name in TYPED_TABLES:
            frame, problems = cast_strings(frame, schemas[name], name, layer="curated", first_line=None)
            if problems:
                raise FullRead(f"{name}: a cell that does not type")
        frame = frame.with_columns(pl.Series(FILE, files, dtype=pl.UInt32))
        if name in TYPED_TABLES:  # in the table's order (its rows' files carried along)
            frame = sort_by_key(frame, schemas[name])
        if name == "events":
            frame = frame.with_columns(pl.lit(None, pl.String).alias(c) for c in copies)
        out[name] = frame
    return out


def _record_id(schema: TableSchema) -> pl.Expr:
    return pl.concat_str([pl.col(c) for c in schema.primary_key], separator=RECORD_ID_SEPARATOR)


def _event_sources(evidence: pl.DataFrame, event_of: list[pl.DataFrame]) -> pl.DataFrame:
    """(event_id, source_id) of every source an event's evidence cites, the anchors left out (as
    `core.derive.event_sources`), in no particular order; FullRead for a link with a null end."""
    anchors = pl.DataFrame(sorted(ANCHOR_FIELDS), schema=["record_table", "field"], orient="row")
    evidence = evidence.join(anchors, on=["record_table", "field"], how="anti")
    links = evidence.join(pl.concat(event_of), on=["record_table", "record_id"], how="inner")
    sources = links.select("event_id", "source_id").unique()
    if sources.select(pl.any_horizontal(pl.all().is_null()).any()).item():
        raise FullRead("event_sources: a link with a null end")
    return sources


def derived_tables(frames: dict[str, pl.DataFrame], places: list[dict], schemas: dict[str, TableSchema],
             sources: pl.DataFrame | None = None) -> dict[str, pl.DataFrame]:
    """The engagement tables with what crosses files derived over the whole tables (an event's
    place copies, event_sources), as `core.derive` derives them from rows; FullRead where the
    two could differ. Events and event_sources come out as text, the TYPED_TABLES typed (their
    key and evidence columns are text in both forms). `sources`: event_sources as the snapshot
    holds it, given when no row it derives from can have changed (the evidence, participants and
    commitments are the snapshot's, and so are the events' ids): not joined again."""
    event_of = _event_ids(frames, schemas)
    if sources is None:
        sources = _event_sources(frames["evidence"], event_of)
    return _with_places(frames, places, schemas, sources)


def _event_ids(frames: dict[str, pl.DataFrame], schemas: dict[str, TableSchema]) -> list[pl.DataFrame]:
    """(record_table, record_id, event_id) of every evidenced table's records; FullRead for a
    record without its id or an id given twice (a full read reports those)."""
    event_of = []
    for name in evidenced_tables(schemas):
        frame, pk = frames[name], schemas[name].primary_key
        if "event_id" not in frame.columns or frame.select(pl.any_horizontal(pl.col(pk).is_null()).any()).item():
            raise FullRead(f"{name}: a record without its id")
        ids = frame.select(pl.lit(name).alias("record_table"), _record_id(schemas[name]).alias("record_id"), "event_id")
        if ids["record_id"].n_unique() < ids.height:
            raise FullRead(f"{name}: a record id given twice")
        event_of.append(ids)
    return event_of


def _with_places(frames: dict[str, pl.DataFrame], places: list[dict], schemas: dict[str, TableSchema],
                 sources: pl.DataFrame) -> dict[str, pl.DataFrame]:
    copies = place_copies(schemas)
    by_id = {p["place_id"]: p for p in places if p.get("place_id") is not None}  # as core.derive.place_fields
    values = {c: [place_copy(p, c, copies) for p in by_id.values()] for c in copies}
    if not all(v is None or type(v) is str for vs in values.values() for v in vs) \
            or not all(k is None or type(k) is str for k in by_id):
        raise FullRead("places: a value that is not text")
    place_frame = pl.DataFrame({"place_id": list(by_id), **values},
                               schema={"place_id": pl.String, **{c: pl.String for c in copies}})
    events = frames["events"].drop(list(copies)).join(place_frame.filter(pl.col("place_id").is_not_null()),
                                                      on="place_id", how="left")
    out = {name: frames[name].drop(FILE).select(schemas[name].field_names) for name in ENGAGEMENT_TABLES}
    out["events"] = events.select(schemas["events"].field_names)
    out["event_sources"] = sources.select(schemas["event_sources"].field_names)
    return out


def _rebuilt(frames: dict[str, pl.DataFrame], keep: list[int], curated, schemas: dict[str, TableSchema],
             file_names: list[str]):
    """(derived frames, the TYPED_TABLES typed and sorted, a function giving the snapshot's new
    frames) from the snapshot's `frames`, whose rows from the files indexed in `keep` are kept and
    the others replaced by the changed files' rows (`curated`, read now). A typed table whose
    replaced rows are the new rows (the common edit: a summary, a date) is the snapshot's as it is,
    already sorted; event_sources is the snapshot's when none of what it derives from moved.
    Raises FullRead where only a full read can say what a clean build gives."""
    fresh = frames_of(curated.rows, curated.origins, schemas, file_names)
    kept = pl.col(FILE).is_in(pl.Series(keep, dtype=pl.UInt32).implode())
    split = {name: (frames[name].filter(kept), frames[name].filter(~kept)) for name in ENGAGEMENT_TABLES}
    same = {name: split[name][1].drop(FILE).equals(fresh[name].drop(FILE)) for name in TYPED_TABLES}
    same_ids = split["events"][1]["event_id"].sort().equals(fresh["events"]["event_id"].sort())

    def whole() -> dict[str, pl.DataFrame]:
        """The snapshot's new frames: each changed file's rows in place of its old ones."""
        out = {name: pl.concat([split[name][0], fresh[name]], how="vertical") for name in ENGAGEMENT_TABLES}
        return {name: sort_by_key(frame, schemas[name]) if name in TYPED_TABLES else frame
                for name, frame in out.items()}

    # the rows the cross-file derivations see: an unchanged table's are the snapshot's (same rows)
    rows = {name: frames[name] if name in TYPED_TABLES and same[name]
            else pl.concat([split[name][0], fresh[name]], how="vertical") for name in ENGAGEMENT_TABLES}
    sources = frames["event_sources"] if all(same.values()) and same_ids else None
    derived = derived_tables(rows, curated.rows.get("places", []), schemas, sources)
    typed = {name: (frames[name] if same[name] else sort_by_key(rows[name], schemas[name]))
             .select(schemas[name].field_names) for name in TYPED_TABLES}
    return derived, typed, whole


def _stale(recorded: dict[str, Stat], stats: dict[str, Stat]) -> int:
    """How many engagement files a snapshot with the `recorded` signatures makes the next build
    hash again (and read, if their bytes changed): those whose signature is not the recorded one."""
    return sum(1 for name, signature in stats.items() if recorded.get(name) != signature)


def _read_all(root: Path, schemas: dict[str, TableSchema], files: list[Path],
              parse_cache: ParseCache | None, parallel: bool):
    """`read_curated` of every file, through the parse cache; with `parallel`, the engagement files
    are parsed by worker processes (build/parallel.py) through the same cache, as a clean build's
    are (a first cached build, or the first after a code change, is no slower than `--no-cache`)."""
    load_file = parse_cache.load_file if parse_cache else None
    if parallel and parse_cache is not None and parse_cache.off is None:
        from pakiran_events.build.parallel import ParallelLoad, workers_for

        workers = workers_for(len(files))
        if workers:
            with ParallelLoad(files, workers, cache_root=root, fallback=load_file) as parallel_load:
                return read_curated(root / CURATED_DIR, schemas, parallel_load)
    return read_curated(root / CURATED_DIR, schemas, load_file)


def assemble_cached(root: Path, schemas: dict[str, TableSchema], parse_cache: ParseCache | None = None,
                    parallel: bool = False) -> tuple[dict[str, pl.DataFrame], list[Problem]]:
    """`build.assemble.assemble`'s result (same tables, same problems), reading only the
    engagement files whose bytes changed since the last clean build (every registry is read).
    `parallel`: a full read (no usable snapshot) parses the engagement files in worker processes."""
    root = Path(root)
    key = secret_key()
    load_file = parse_cache.load_file if parse_cache else None
    if key is None or not root.is_absolute():  # (problems name files as the reader does from an absolute root)
        return assemble_module.assemble(root, schemas, load_file)
    base = root
    listing = events_listing(base / CURATED_DIR)  # listed once, here, for the whole build
    files = listing.files
    if not files:  # no engagement file at all is the full read's `missing-file`, never an empty package
        return assemble_module.assemble(root, schemas, load_file)
    prefix = (base / CURATED_DIR / "events").relative_to(base).as_posix() + "/"  # how the reader names them
    names = {p: prefix + p.name for p in files}
    path = base / FOLDER / f"{_version(schemas)}.snapshot"
    snapshot = _load(path, key)
    stated_ns = time.time_ns()  # before any signature is taken (`_save`)
    try:
        if snapshot is None:
            digests, stats, _ = file_digests(names)
        else:
            digests, stats, _ = file_digests(names, snapshot[0], snapshot[2], snapshot[3])
    except OSError:
        return assemble_module.assemble(root, schemas, load_file)
    if snapshot is not None:
        known, frames, file_names = snapshot[0], snapshot[1], list(snapshot[4])
        changed = [p for p in files if known.get(names[p]) != digests[names[p]]]
        curated = read_curated(base / CURATED_DIR, schemas, load_file, engagements=changed, listing=listing)
        if not curated.problems:
            # the rows of files whose bytes are as recorded are kept as they were (typed); the
            # changed files' rows replace theirs, typed here, a few rows rather than millions
            keep = [i for i, name in enumerate(file_names) if name in known and digests.get(name) == known[name]]
            try:
                result = _rebuilt(frames, keep, curated, schemas, file_names)
            except (FullRead, pl.exceptions.PolarsError):
                pass
            else:
                derived, typed, whole = result
                registries = {n: r for n, r in curated.rows.items() if n not in ENGAGEMENT_TABLES}
                tables, problems = assemble_module.tables_from_rows(
                    root, schemas, registries, {n: derived[n] for n in ("events", "event_sources")}, typed=typed)
                if not problems:
                    if _stale(snapshot[2], stats) > STALE_FILES:
                        _save(path, key, digests, {**whole(), "event_sources": derived["event_sources"]}, file_names,
                              stats, stated_ns)
                    else:  # kept as it is: a killed build's leftovers are still removed
                        _sweep(path)
                    return tables, problems
    # a full read; its rows become the snapshot when its curated stage is clean (and every cell types)
    curated = _read_all(root, schemas, files, parse_cache, parallel)
    if not curated.problems:
        file_names = []
        try:
            frames = frames_of(curated.rows, curated.origins, schemas, file_names)
            frames["event_sources"] = _event_sources(frames["evidence"], _event_ids(frames, schemas)).select(
                schemas["event_sources"].field_names)
        except (FullRead, pl.exceptions.PolarsError):
            pass
        else:
            _save(path, key, digests, frames, file_names, stats, stated_ns)
            del frames
    tables, problems = assemble_module.tables_from_rows(root, schemas, curated.rows)
    return tables, list(curated.problems) + problems
