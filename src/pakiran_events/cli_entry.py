"""The `pakiran-events` console script (and `python -m pakiran_events`): with the [tools] extra
it runs the click command; without it (polars only), `--help`, `--version` and `info` still work
and every other command names the extra to install. Any error a user can cause ends in one line;
a bug ends in one line too (set PAKIRAN_EVENTS_DEBUG=1 for the traceback)."""

from __future__ import annotations

import importlib.util
import os
import sys

from pakiran_events._version import __version__
from pakiran_events.loader.about import package_summary

TOOLS = ("click", "yaml", "rich", "frictionless", "pandera")
# The commands, for the help shown without the [tools] extra (a test keeps it equal to the click group's).
COMMANDS = {
    "archive": "Zip the release with its citation, licence and datasheet (for a DOI).",
    "build": "Build the data package from the curated inputs.",
    "diff": "Records added, removed and changed between two releases.",
    "errors": "The error catalogue.",
    "evaluate": "Score a package against the hand-checked one.",
    "extract": "Extract candidate records from a news corpus.",
    "import-sources": "Write the sources registry from a corpus manifest.",
    "info": "Version, tables and row counts of a package.",
    "locate": "Offsets and hash of a phrase in a corpus document.",
    "new-id": "Allocate the next free event or commitment IDs.",
    "resolve-spans": "Turn quoted evidence in curated files into offsets and hashes.",
    "show": "A record's evidence (offsets; the quoted words with --corpus).",
    "validate": "Validate a package (Frictionless, Pandera, integrity).",
    "verify-evidence": "Check every evidence span against the corpus.",
}
CORE = ("info",)  # what runs with polars alone


def core_main(args: list[str], missing: list[str]) -> int:
    """The command line without the [tools] extra: help, version and `info` only."""

    need = (f"needs the [tools] extra ({', '.join(missing)} missing): pip install 'pakiran-events[tools]'")
    if not args or args[0] in ("-h", "--help"):
        print("Usage: pakiran-events [OPTIONS] COMMAND [ARGS]...\n\n"
              "  Build, validate and inspect the pakiran-events data package.\n\n"
              "Options:\n  --version   Show the version and exit.\n  -h, --help  Show this message and exit.\n\n"
              "Commands:")
        for name, summary in COMMANDS.items():
            print(f"  {name:<16} {summary}" + ("" if name in CORE else "  [tools]"))
        print(f"\nCommands marked [tools] {need}")
        return 0
    if args[0] == "--version":
        print(f"pakiran-events, version {__version__}")
        return 0
    if args[0] == "info" and len(args) <= 2 and not any(a.startswith("-") for a in args[1:]):

        try:
            print(package_summary(args[1] if len(args) == 2 else None))
        except (FileNotFoundError, ValueError) as exc:
            sys.stderr.write(f"Error: {exc}\n")
            return 1
        return 0
    sys.stderr.write(f"pakiran-events: the command line {need}\n")
    return 1


def _reader_gone() -> SystemExit:
    """The reader of our output closed it (`pakiran-events info | head`): no traceback and no
    message (the reader has what it wanted); stdout pointed at /dev/null so that Python's own flush
    at exit does not fail again (the recipe of Python's `signal` documentation); exit 1."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return SystemExit(1)


def main() -> None:
    missing = [m for m in TOOLS if importlib.util.find_spec(m) is None]
    if missing:
        try:
            code = core_main(sys.argv[1:], missing)
            sys.stdout.flush()
        except BrokenPipeError:
            raise _reader_gone() from None
        raise SystemExit(code)
    import click

    from pakiran_events.cli import main as command

    try:
        # not click's standalone mode: it turns Ctrl-C into "Aborted!" and exit 1, the code of a
        # validation failure; an interruption is exit 130 here, as shells expect
        code = command(standalone_mode=False, prog_name="pakiran-events")
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
    except BrokenPipeError:
        raise _reader_gone() from None
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
