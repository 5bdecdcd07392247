"""The command line's core: `show` without a corpus, `python -m` as the console script, and the
help the core install prints listing the same commands as the full one (issue 14, item 4)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from pakiran_events.cli import main as cli
from pakiran_events.cli_entry import COMMANDS, core_main


def test_show_prints_offsets_and_hashes_without_a_corpus():
    out = CliRunner().invoke(cli, ["show", "E000002", "--field", "venue"])
    assert out.exit_code == 0, out.output
    assert "events.venue" in out.output and "[399, 473)" in out.output and "https://" in out.output


def test_core_help_lists_the_commands_of_the_full_command_line(capsys):
    assert set(COMMANDS) == set(cli.commands)
    assert core_main(["--help"], ["click"]) == 0
    shown = capsys.readouterr().out
    assert all(name in shown for name in COMMANDS)
    assert core_main(["build"], ["click"]) == 1 and "pakiran-events[tools]" in capsys.readouterr().err
    assert core_main(["info", "/nonexistent"], ["click"]) == 1 and "no datapackage.json" in capsys.readouterr().err


def test_python_dash_m_ends_in_one_line_like_the_script(tmp_path):
    out = subprocess.run([sys.executable, "-m", "pakiran_events", "validate", str(tmp_path)], capture_output=True,
                         text=True)
    assert out.returncode != 0 and "Traceback" not in out.stderr and out.stderr.strip().count("\n") == 0
    version = subprocess.run([sys.executable, "-m", "pakiran_events", "--version"], capture_output=True, text=True)
    assert version.stdout.startswith("pakiran-events, version ")


_CLOSED_READER = """
import importlib.util, sys
real = importlib.util.find_spec
if {core}:  # the core install: the [tools] extra missing
    importlib.util.find_spec = lambda name, *a: None if name == "click" else real(name, *a)
sys.argv = ["pakiran-events", *{args!r}]
from pakiran_events.cli_entry import main
main()
"""


@pytest.mark.parametrize("core,args", [(True, ["--help"]), (True, ["info"]), (False, ["--help"]), (False, ["errors"])])
def test_a_reader_that_closes_the_pipe_gets_no_traceback(core, args):
    """`pakiran-events info | head -1`: the reader closes the pipe before the output is written; the
    command ends quietly with exit 1 on both installs (the core one printed a BrokenPipeError traceback)."""
    proc = subprocess.Popen([sys.executable, "-c", _CLOSED_READER.format(core=core, args=args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before a byte is written
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 1, err
    assert "Traceback" not in err and "Error" not in err, err
