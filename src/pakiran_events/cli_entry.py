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

    import click

    try:
        # not click's standalone mode: it turns Ctrl-C into "Aborted!" and exit 1, the code of a
        # validation failure; an interruption is exit 130 here, as shells expect
        code = command(standalone_mode=False)
        raise SystemExit(code if isinstance(code, int) else 0)
    except SystemExit:
        raise
    except (KeyboardInterrupt, click.exceptions.Abort):
        sys.stderr.write("pakiran-events: interrupted\n")
        raise SystemExit(130)
    except click.exceptions.Exit as exc:
        raise SystemExit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        raise SystemExit(exc.exit_code)
    except OSError as exc:  # a read-only checkout, a full disk: the file and the reason, no traceback
        where = f"{exc.filename}: " if exc.filename else ""
        sys.stderr.write(f"pakiran-events: {where}{exc.strerror or exc}\n")
        raise SystemExit(1)
    except Exception as exc:  # a bug, not a user error: still one line, the traceback on request
        if os.environ.get("PAKIRAN_EVENTS_DEBUG"):
            raise
        message = " ".join(str(exc).split()) or type(exc).__name__
        sys.stderr.write(f"pakiran-events: internal error ({type(exc).__name__}): {message[:300]} "
                         f"(PAKIRAN_EVENTS_DEBUG=1 shows the traceback; please report it)\n")
        raise SystemExit(2)
