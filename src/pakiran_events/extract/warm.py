"""What a read worker needs before its first report, done once: imported by the fork server
that starts the local workers, so each worker is forked with spaCy's pipeline built and
dateparser's tables compiled instead of paying for them itself (about 4 CPU-seconds a worker).

Imports nothing that starts a thread pool (polars is imported by each worker when it writes).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import sys
import time
import traceback

from pakiran_events.extract import candidates, commitments, frames, report, run  # noqa: F401  (loaded for the workers)
from pakiran_events.extract.clauses import pipeline
from pakiran_events.extract.dates import resolve


def warm_up() -> None:
    pipeline().make_doc("Ministers met in the capital on Monday; talks were held.")
    resolve("May 3", dt.date(2024, 1, 1), False)  # dateparser's language and time-zone tables
    import rapidfuzz.process  # noqa: F401
    import slugify  # noqa: F401


def _die_with_extract() -> None:
    """In the fork server (a child of `extract`, which names itself in the environment): end
    when `extract` ends, even by `kill -9`, so that its workers (set up by run.die_with) end too."""

    parent = os.environ.get("PAKIRAN_EXTRACT_PID")
    if parent and parent.isdigit() and os.getppid() == int(parent):
        from pakiran_events.extract.run import die_with

        die_with(int(parent), watch=False)


MULTIPROCESSING_DIR = os.path.dirname(multiprocessing.__file__)


def unborn(kind: type[BaseException], tb) -> bool:
    """Whether an exception ended a worker before it ran any of our code: raised inside
    multiprocessing's start-up of a forked child (`spawn._main` unpickling what the pool sent it)
    as an OSError or EOFError: the pool's semaphores or pipe already gone because `extract` is
    stopping (Ctrl-C, a failure)."""
    stack = traceback.extract_tb(tb)
    return (issubclass(kind, (OSError, EOFError)) and bool(stack)
            and all(f.filename.startswith(MULTIPROCESSING_DIR) for f in stack)
            and any(f.name == "_main" and os.path.basename(f.filename) == "spawn.py" for f in stack))


def _quiet_unborn_worker(kind, value, tb) -> None:
    """sys.excepthook of the fork server, which its children call for an exception that escapes
    their start-up: a worker forked while `extract` stops never read a report, so nothing is lost
    and it exits without printing a traceback over the command's own 'interrupted'. Any other
    exception keeps Python's report."""
    if not unborn(kind, tb):
        sys.__excepthook__(kind, value, tb)


def _in_fork_server() -> bool:
    parent = os.environ.get("PAKIRAN_EXTRACT_PID")
    return bool(parent and parent.isdigit() and os.getppid() == int(parent))


_die_with_extract()
if _in_fork_server():
    sys.excepthook = _quiet_unborn_worker
warm_up()
WARM_CPU = time.process_time()  # the fork server's CPU seconds for imports and warm-up (inherited by workers)
