"""What a read worker needs before its first report, done once: imported by the fork server
that starts the local workers, so each worker is forked with spaCy's pipeline built and
dateparser's tables compiled instead of paying for them itself (about 4 CPU-seconds a worker).

Imports nothing that starts a thread pool (polars is imported by each worker when it writes).
"""

from __future__ import annotations

import datetime as dt
import os
import time

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


_die_with_extract()
warm_up()
WARM_CPU = time.process_time()  # the fork server's CPU seconds for imports and warm-up (inherited by workers)
