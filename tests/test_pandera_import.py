"""validate/pandera_import.py: pandera's polars API loads without pandas or hypothesis, still
finds failures, and leaves both importable afterwards (fresh interpreters: the test process
has imported them already, and then nothing is hidden)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from pakiran_events.core.env import PANDERA_POLARS_ONLY

SCRIPT = """
import sys
from pakiran_events.validate.pandera_import import pa
import polars as pl
hidden = [m for m in ("pandas", "hypothesis") if m in sys.modules]
schema = pa.DataFrameSchema({"x": pa.Column(pl.Int64, checks=pa.Check.ge(0))})
try:
    schema.validate(pl.DataFrame({"x": [1, -2]}), lazy=True)
    caught = False
except pa.errors.SchemaErrors as exc:
    caught = exc.failure_cases.height == 1  # the -2, and nothing else
assert not any(type(f).__name__ == "_Hide" for f in sys.meta_path)  # the finder is gone
import pandas, hypothesis  # still importable
print(hidden, caught)
"""


@pytest.mark.skipif(not (importlib.util.find_spec("pandas") and importlib.util.find_spec("hypothesis")),
                    reason="pandas and hypothesis are both installed only with the dev extra")
def test_pandera_polars_without_pandas_still_validates():
    env = {**os.environ, PANDERA_POLARS_ONLY: "1"}  # as the command sets it
    out = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split() == ["[]", "True"]


LIBRARY = """
import sys
from pakiran_events.validate.pandera_import import pa
print("pandas" in sys.modules)
"""


@pytest.mark.skipif(not importlib.util.find_spec("pandas"), reason="pandas is installed only with the dev extra")
def test_a_library_user_gets_pandera_as_usual():
    """Without the command's flag nothing is hidden: pandera loads its pandas side as it always does."""
    env = {k: v for k, v in os.environ.items() if k != PANDERA_POLARS_ONLY}
    out = subprocess.run([sys.executable, "-c", LIBRARY], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split() == ["True"]


def test_the_command_asks_for_the_polars_path():
    env = {k: v for k, v in os.environ.items() if k != PANDERA_POLARS_ONLY}
    script = ("import os\nfrom click.testing import CliRunner\nfrom pakiran_events.cli import main\nfrom pakiran_events.core.env import PANDERA_POLARS_ONLY\n"
              "CliRunner().invoke(main, ['errors'])\nprint(os.environ.get(PANDERA_POLARS_ONLY))")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, env=env).stdout
    assert out.split()[-1] == "1"


AFTER = """
import sys, threading, importlib, importlib.util
refused = []
stop = threading.Event()

def other_thread():  # another thread of the process imports pandas while pandera loads
    while not stop.is_set() and not any(type(f).__name__ == "_Hide" for f in sys.meta_path):
        pass
    if not stop.is_set():
        try:
            import pandas  # noqa: F401
        except ModuleNotFoundError:
            refused.append(True)

t = threading.Thread(target=other_thread)
t.start()
from pakiran_events.validate.pandera_import import pa
stop.set()
t.join()
import polars as pl
frame = pl.DataFrame({"x": [1]}).to_pandas()  # polars must still know pandas is installed
print(bool(refused), type(frame).__name__)
"""


@pytest.mark.skipif(not (importlib.util.find_spec("pandas") and importlib.util.find_spec("hypothesis")),
                    reason="pandas and hypothesis are both installed only with the dev extra")
def test_the_hiding_neither_leaks_to_other_threads_nor_to_polars_pandas_interop():
    """The finder hides pandas from pandera's import in this thread only, and never while polars
    decides (once, at its import) whether pandas is installed: `to_pandas()` works afterwards."""
    env = {**os.environ, PANDERA_POLARS_ONLY: "1"}  # as the command sets it
    done = subprocess.run([sys.executable, "-c", AFTER], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["False", "DataFrame"]
