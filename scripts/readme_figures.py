"""Draw the README's figures (docs/figures/*.png) from notebooks/quickstart.ipynb's code cells.

The cells run without Jupyter; the script also tells when the committed ones no longer show the package.

Each PNG carries a `Description` text chunk written by the notebook: the package version, the
counts drawn, a hash of the rows plotted and the matplotlib version. A committed figure is stale when
a fresh drawing's description differs from it, or, drawn by the same matplotlib version, when its
pixels differ (the notebook fixes everything else: style, layout, no date in the file; redrawn on
this machine the files are byte-identical).

    python scripts/readme_figures.py          # redraw docs/figures/ from the checkout's package
    python scripts/readme_figures.py --check  # draw into a temporary folder; exit 1 naming each stale figure
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import struct
import sys
import tempfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
NOTEBOOK = ROOT / "notebooks" / "quickstart.ipynb"
FIGURES = ("dyad_years.png", "network.png", "timeline.png")
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def run_notebook(cwd: Path) -> dict:
    """Run the notebook's code cells in one namespace with `cwd` as the working folder (the figures go
    to the repository's docs/figures/ when `cwd` is inside it, else to cwd/docs/figures/); returns the
    namespace. Raises whatever a cell raises."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    namespace: dict = {}
    with _chdir(cwd):
        for cell in cells:
            if cell["cell_type"] == "code":
                exec("".join(cell["source"]), namespace)  # noqa: S102 - our own notebook
    return namespace


@contextlib.contextmanager
def _chdir(path: Path):
    """contextlib.chdir (Python 3.11) on 3.10."""
    before = os.getcwd()
    os.chdir(path)
    try:
        yield
    finally:
        os.chdir(before)


def description(png: Path) -> dict:
    """The JSON object the notebook wrote into a PNG's `Description` text chunk (tEXt, or zTXt), as a
    dict; {} when the file has none (a figure drawn before this check). Raises ValueError naming the
    file for one that is not a PNG or whose Description is not a JSON object."""
    data = png.read_bytes()
    if not data.startswith(PNG_SIGNATURE):
        raise ValueError(f"{png}: not a PNG file")
    at = len(PNG_SIGNATURE)
    while at + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        body = data[at + 8:at + 8 + length]
        if kind in (b"tEXt", b"zTXt") and body.startswith(b"Description\0"):
            text = body.split(b"\0", 1)[1]
            try:
                facts = json.loads(zlib.decompress(text[1:]) if kind == b"zTXt" else text.decode("latin-1"))
            except (ValueError, zlib.error) as exc:
                raise ValueError(f"{png}: its Description is not JSON ({exc})") from None
            if not isinstance(facts, dict):
                raise ValueError(f"{png}: its Description is not a JSON object")
            return facts
        at += 12 + length
    return {}


def pixels(png: Path) -> tuple:
    """A PNG's size, mode and decoded pixels (Pillow, which matplotlib needs): two drawings compared
    by what they show, not by how another zlib compressed it."""
    from PIL import Image

    with Image.open(png) as image:
        return image.size, image.mode, image.tobytes()


def stale(drawn: Path, committed: Path) -> list[str]:
    """One line for each README figure of `committed` that differs from the same file freshly drawn
    into `drawn` (two docs/figures folders): missing, another description (the keys that differ), or,
    when the same matplotlib version drew both, other pixels. An empty list when all are current."""
    problems = []
    for name in FIGURES:
        new, old = drawn / name, committed / name
        if not old.is_file() or not new.is_file():
            problems.append(f"{name}: {'not committed' if not old.is_file() else 'not drawn by the notebook'}")
            continue
        try:
            now, then = description(new), description(old)
            same_drawing = now.get("matplotlib") != then.get("matplotlib") or pixels(new) == pixels(old)
        except (ValueError, OSError) as exc:  # not a PNG, a cut file (Pillow's OSError): named, not a traceback
            problems.append(f"{name}: unreadable ({' '.join(str(exc).split())[:160]})")
            continue
        keys = sorted(k for k in now.keys() | then.keys() if k != "matplotlib" and now.get(k) != then.get(k))
        if keys:
            shown = ", ".join(f"{k}: {_short(then.get(k))} -> {_short(now.get(k))}" for k in keys[:4])
            problems.append(f"{name}: shows other data than the package ({shown})")
        elif not same_drawing:
            problems.append(f"{name}: same data, other drawing (the notebook's plotting changed since it was drawn)")
    return problems


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if a committed figure is stale")
    args = parser.parse_args(argv)
    try:
        if not args.check:
            with contextlib.redirect_stdout(io.StringIO()):  # the notebook's printed tables
                run_notebook(ROOT)
            print("drew " + ", ".join(f"docs/figures/{name}" for name in FIGURES))
            return 0
        with tempfile.TemporaryDirectory() as tmp:
            with contextlib.redirect_stdout(io.StringIO()):
                run_notebook(Path(tmp))
            problems = stale(Path(tmp) / "docs" / "figures", ROOT / "docs" / "figures")
    except Exception as exc:  # noqa: BLE001 - the notebook is code over the package: a damaged package
        # (a cut Parquet file, a broken descriptor) stops it; said in one line, not a traceback (breaker of round 27)
        print(f"{NOTEBOOK.relative_to(ROOT)} could not draw the figures: {type(exc).__name__}: "
              f"{' '.join(str(exc).split())[:300]}; check the package (pakiran-events validate)", file=sys.stderr)
        return 2
    for line in problems:
        print(f"docs/figures/{line}; redraw with python scripts/readme_figures.py", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
