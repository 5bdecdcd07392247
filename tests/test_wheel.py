"""Acceptance: a wheel built from the repo, installed in a fresh venv outside the checkout,
loads every table offline."""

from __future__ import annotations

import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest


def wheel_in_fresh_venv(repo: Path, tmp_path: Path) -> tuple[Path, Path, Path]:
    """Build the wheel and install it, without dependencies, in a new venv: (env, python, site)."""
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(repo)], check=True)
    wheel = next(dist.glob("pakiran_events-*.whl"))
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
                    "-q", str(wheel)], check=True)
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True).stdout.strip())
    return env_dir, python, site


@pytest.mark.slow
def test_wheel_in_fresh_venv_loads_every_table(repo, tmp_path):
    env_dir, python, site = wheel_in_fresh_venv(repo, tmp_path)
    # dependencies (polars) come from the test's environment as a plain path: its own .pth files,
    # including any editable install of this checkout, are not processed
    (site / "zz_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    code = (
        "import pakiran_events as pe, pathlib\n"
        "assert '_bundled' in str(pe.loader.read.published_descriptor()), pe.loader.read.published_descriptor()\n"
        f"assert pathlib.Path(pe.__file__).is_relative_to({str(site)!r}), pe.__file__\n"
        "tables = pe.load_all()\n"
        "from pakiran_events.validate import validate_package\n"
        "assert validate_package(pe.loader.read.published_descriptor()) == [], 'shipped package invalid'\n"
        "print(pe.__version__, sorted((n, t.height) for n, t in tables.items()))\n"
    )
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NO_PROXY": "*", "HTTP_PROXY": "http://127.0.0.1:9",
           "HTTPS_PROXY": "http://127.0.0.1:9"}
    out = subprocess.run([python, "-c", code], cwd=outside, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    import pakiran_events as pe

    assert out.stdout.startswith(pe.__version__)
    assert f"('events', {pe.load('events').height})" in out.stdout


@pytest.mark.slow
def test_wheel_without_extras_needs_only_polars(repo, tmp_path):
    """A fresh venv with the wheel and polars alone (no pandera, frictionless, click, yaml):
    loading and the views work offline, and the command line names the extra it needs."""
    import polars

    env_dir, python, site = wheel_in_fresh_venv(repo, tmp_path)
    # only polars (and its runtime) from the test environment, linked into a folder of their own
    only = tmp_path / "only-polars"
    only.mkdir()
    site_of_polars = Path(polars.__file__).resolve().parents[1]
    for entry in site_of_polars.iterdir():
        if entry.name.lower().startswith(("polars", "_polars")):
            (only / entry.name).symlink_to(entry)
    (site / "zz_only_polars.pth").write_text(str(only) + "\n")
    code = (
        "import importlib.util as u\n"
        "assert all(u.find_spec(m) is None for m in ('pandera', 'frictionless', 'click', 'yaml', 'rich', 'pandas'))\n"
        "import pakiran_events as pe\n"
        "v = pe.engagements(); r = pe.engagements(roll_up=True)\n"
        "print(v.height, r.height, pe.cite('apa'))\n"
    )
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}
    out = subprocess.run([python, "-c", code], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    import pakiran_events as pe

    assert out.stdout.startswith(f"{pe.load('events').height} ")
    def run(*args):
        return subprocess.run([*args], cwd=tmp_path, env=env, capture_output=True, text=True)

    script, module = [env_dir / "bin" / "pakiran-events"], [python, "-m", "pakiran_events"]
    for cli in (script, module):
        # the core install answers --help, --version and info on its own
        helped, version, info = run(*cli, "--help"), run(*cli, "--version"), run(*cli, "info")
        assert helped.returncode == 0 and "info" in helped.stdout and "[tools]" in helped.stdout, helped.stderr
        assert version.returncode == 0 and version.stdout.strip() == f"pakiran-events, version {pe.__version__}"
        assert info.returncode == 0 and f"{pe.load('events').height} rows" in info.stdout, info.stderr
    # a command that needs the tools: one line naming the extra, the same from both entry points
    built = [run(*cli, "build") for cli in (script, module)]
    assert [b.returncode for b in built] == [1, 1] and built[0].stderr == built[1].stderr
    assert "pip install 'pakiran-events[tools]'" in built[0].stderr and built[0].stderr.count("\n") == 1
    assert "Traceback" not in built[1].stderr
