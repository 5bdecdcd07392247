"""The `pakiran-events` console script: checks that the [tools] extra is installed, then runs
the click command. Any error a user can cause ends in one line; a bug ends in one line too
(set PAKIRAN_EVENTS_DEBUG=1 for the traceback)."""

from __future__ import annotations

import importlib.util
import os
import sys

TOOLS = ("click", "yaml", "rich", "frictionless", "pandera")


def main() -> None:
    missing = [m for m in TOOLS if importlib.util.find_spec(m) is None]
    if missing:
        sys.stderr.write(f"pakiran-events: the command line needs the [tools] extra ({', '.join(missing)} "
                         f"missing): pip install 'pakiran-events[tools]'\n")
        raise SystemExit(1)
    from pakiran_events.cli import main as command

    try:
        command(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.stderr.write("pakiran-events: interrupted\n")
        raise SystemExit(130)
    except Exception as exc:  # a bug, not a user error: still one line, the traceback on request
        if os.environ.get("PAKIRAN_EVENTS_DEBUG"):
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"pakiran-events: internal error ({type(exc).__name__}): {message[:300]} "
                         f"(PAKIRAN_EVENTS_DEBUG=1 shows the traceback; please report it)\n")
        raise SystemExit(2)
