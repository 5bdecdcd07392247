"""Publishing a package: written aside, validated there, and only then put in place with a
journal, so that at any moment -- whatever signal or kill arrives -- the folder holds either the
previous package or the new one once the journal is completed, never a mix and never nothing.

Protocol (all under the folder's lock, `core/lock.py`):

1. write tables, views and descriptor into `ROOT/.publish-staging-XXXX/` and validate them there;
   a failure (or an interruption) removes the staging folder and changes nothing;
2. commit: write `ROOT/.publish-journal` (atomically: temporary file, fsync, rename) naming the
   staging folder -- from here on the new package *is* the published one;
3. roll forward, each step idempotent: move the old data folder into the staging folder, move the
   new data folder into place, replace the descriptor; delete the journal; delete the staging
   folder (with the previous data in it).

A run killed during step 3 leaves the journal; the next run that takes the lock (`build`,
`extract` into the same folder, `validate`) completes it first (`complete_pending`). Staging
folders without a journal are debris of interrupted runs and are removed then too -- only those
this tool made: each holds a marker file (`.pakiran-events-staging`: the tool's name, host and
pid) and is removed only when that process is gone; a folder of the same name without the
marker (a user's) is never touched. SIGINT and SIGTERM are held back during steps 2-3 and
delivered right after.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path

from pakiran_events.core.lock import folder_lock
from pakiran_events.core.paths import DATA_DIR, DESCRIPTOR_NAME, PUBLISH_JOURNAL
from pakiran_events.core.problems import ProblemsFound
from pakiran_events.publish.write import as_os_error, descriptor, write_descriptor, write_tables, write_views

JOURNAL = PUBLISH_JOURNAL
STAGING_PREFIX = ".publish-staging-"
PREVIOUS = "previous-data"
MARKER = ".pakiran-events-staging"  # inside a staging folder: who made it (tool, host, pid)
TOOL = "pakiran-events"


def publish_validated(tables, schemas, meta: dict, root: Path, validate: bool = True,
                      data_dir: Path = DATA_DIR, lock: bool = True, layers: tuple[str, ...] | None = None,
                      streamed: tuple[str, ...] = (), reuse: dict[str, tuple[Path, Path]] | None = None,
                      run=None) -> None:
    """Write the package aside (a staging folder in `root`), validate it there, then put it in
    place through the journal; raise ProblemsFound and leave `root` as it was if validation fails.

    `data_dir` is where the tables go, relative to `root` (`dataset/data` in a checkout, `data`
    for an extracted package). `lock=False` when the caller already holds `root`'s lock. `layers`
    chooses the validation layers (default: all); `streamed` the resources validated in row
    batches (validate_package), not read whole. `reuse`: {table: (CSV, Parquet)} files that hold
    exactly what writing that table gives (build/published.py); they are hard-linked (or copied)
    into the staging folder instead of written, and validated with the rest. `run(fn, *args)`:
    where the batched verdict on the streamed resources runs (validate_package; extract's worker).
    Raises LockTimeout when another run holds the lock, OSError when `root` cannot be written."""
    if lock:
        with folder_lock(root):
            return publish_validated(tables, schemas, meta, root, validate, data_dir, lock=False, layers=layers,
                                     streamed=streamed, reuse=reuse, run=run)
    from pakiran_events.validate import LAYERS, validate_package

    root.mkdir(parents=True, exist_ok=True)
    complete_pending(root)
    staging = _new_staging(root)
    committed = False
    try:
        desc_path = _write_package(tables, schemas, meta, staging, data_dir, reuse or {})
        if validate:
            problems = validate_package(desc_path, layers or LAYERS, streamed, run=run)
            if problems:
                raise ProblemsFound(problems, "the built package failed validation; the previous package is untouched")
        with deferred_signals():
            _write_journal(root, {"staging": staging.name, "data": Path(data_dir).as_posix()})
            committed = True
            _roll_forward(root)
    finally:
        if not committed:
            shutil.rmtree(staging, ignore_errors=True)


def validate_aside(tables, schemas, meta: dict, root: Path, data_dir: Path = DATA_DIR) -> list:
    """The problems validation finds in the package these tables make, written to a staging folder
    in `root` that is removed afterwards; nothing is published. For a build that already failed, so
    that every error of the run is listed at once. Call with `root`'s lock held.
    A package that cannot even be written (tables too broken for the views) gives no problems here:
    the caller's own problems say why."""
    import polars as pl

    from pakiran_events.validate import validate_package

    staging = _new_staging(root)
    try:
        try:
            desc_path = _write_package(tables, schemas, meta, staging, data_dir)
        except (OSError, ValueError, KeyError, TypeError, pl.exceptions.PolarsError):
            return []
        return validate_package(desc_path)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _new_staging(root: Path) -> Path:
    """A new staging folder in `root`, marked as this process's (MARKER), so that a later run
    removes it as debris only if this process is gone, and never removes a folder it did not make."""
    staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=root))
    try:
        (staging / MARKER).write_text(json.dumps({"tool": TOOL, "host": socket.gethostname(), "pid": os.getpid()}),
                                      encoding="utf-8")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return staging


def _is_our_debris(folder: Path) -> bool:
    """True for a staging folder this tool made (its marker names the tool) on this host, by a
    process that is no longer running; False for anything else (a user's folder of the same name,
    a live run's, another host's, an unreadable marker)."""
    if folder.is_symlink() or not folder.is_dir():
        return False
    try:
        mark = json.loads((folder / MARKER).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return False
    if not isinstance(mark, dict) or mark.get("tool") != TOOL or mark.get("host") != socket.gethostname():
        return False
    pid = mark.get("pid")
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    return pid != os.getpid() and not _running(pid)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # someone else's live process: not ours to judge
    return True


def _write_package(tables, schemas, meta: dict, staging: Path, data_dir: Path,
                   reuse: dict[str, tuple[Path, Path]] | None = None) -> Path:
    """Tables, views and descriptor into `staging`; its datapackage.json. `reuse`: tables whose
    files are linked from there, not written. A full disk is an OSError (polars reports some as
    its own errors)."""
    import polars as pl

    reuse = reuse or {}
    try:
        _link_files(reuse, staging / data_dir)
        write_tables({n: t for n, t in tables.items() if n not in reuse}, staging, schemas, data_dir)
        views = write_views(tables, staging, data_dir)
        return write_descriptor(descriptor(meta, schemas, tables, staging, views, data_dir), staging)
    except pl.exceptions.PolarsError as exc:
        raise as_os_error(exc, staging) from exc


def _link_files(reuse: dict[str, tuple[Path, Path]], data: Path) -> None:
    """Each table's files given in `reuse` into `data` under the table's name: a hard link (no
    bytes copied; the published folder's link goes with the previous package), or a copy where
    links cannot be made."""
    data.mkdir(parents=True, exist_ok=True)
    for name, (csv, parquet) in reuse.items():
        for source, target in ((csv, data / f"{name}.csv"), (parquet, data / f"{name}.parquet")):
            try:
                os.link(source, target, follow_symlinks=False)
            except OSError:
                shutil.copyfile(source, target)


def complete_pending(root: Path) -> bool:
    """Finish a publish that a killed run left half done (its journal is there), and remove the
    staging debris of interrupted runs. Call with `root`'s lock held. True if a journal was completed."""
    root = Path(root)
    done = False
    if (root / JOURNAL).is_file():
        with deferred_signals():
            _roll_forward(root)
        done = True
    for stale in root.glob(STAGING_PREFIX + "*"):
        if _is_our_debris(stale):
            shutil.rmtree(stale, ignore_errors=True)
    return done


def has_pending(root: Path) -> bool:
    return (Path(root) / JOURNAL).is_file()


def _write_journal(root: Path, entry: dict) -> None:
    tmp = root / (JOURNAL + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(entry, fh)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, root / JOURNAL)
    _fsync_dir(root)


def _roll_forward(root: Path) -> None:
    """Steps of 3 that are not yet done, in order; safe to run again after a kill at any point."""
    entry = json.loads((root / JOURNAL).read_text(encoding="utf-8"))
    staging = root / entry["staging"]
    data_rel = Path(entry["data"])
    if staging.name != entry["staging"] or not staging.name.startswith(STAGING_PREFIX) or data_rel.is_absolute() \
            or ".." in data_rel.parts:
        raise ValueError(f"{root / JOURNAL}: not a journal this toolkit wrote ({entry!r})")
    target, new_data, previous = root / data_rel, staging / data_rel, staging / PREVIOUS
    if new_data.is_dir():  # the new tables are not in place yet
        if target.exists() and not previous.exists():
            os.replace(target, previous)
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(new_data, target)
    if (staging / DESCRIPTOR_NAME).is_file():
        os.replace(staging / DESCRIPTOR_NAME, root / DESCRIPTOR_NAME)
    _fsync_dir(root)
    os.unlink(root / JOURNAL)
    shutil.rmtree(staging, ignore_errors=True)


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def deferred_signals(signums=(signal.SIGINT, signal.SIGTERM)):
    """Hold SIGINT and SIGTERM back for the duration of the block (in the main thread, where
    Python runs handlers), then deliver them: a Ctrl-C never lands between two renames."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {s: signal.signal(s, lambda signum, frame: received.append(signum)) for s in signums}
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for s in received:
            signal.raise_signal(s)
