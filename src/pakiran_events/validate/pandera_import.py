"""`pandera.polars`, imported (and its check backends registered) without pandas or hypothesis.

pandera imports pandas (and builds its pandas dtype engine) whenever pandas is installed, at
`import pandera` and again when the first check registers its backends, and the registration of
its built-in checks imports hypothesis (for data synthesis) whenever that is installed; the
polars API needs none of them. Where both are installed (the dev extra; the tools extra has
neither), that is ~2 CPU seconds of a validation run. While pandera is imported and exercised
once, a finder answers `import pandas` / `import hypothesis` as an install without them would
(ModuleNotFoundError "No module named ..."): the polars-only path pandera supports
(pandera/__init__.py, pandera/backends/register_checks.py, GH #2387). Both stay importable
afterwards; what is already imported is never hidden. The price: pandera in this process then
validates polars frames only, and cannot synthesise data (this package uses neither). So only the
`pakiran-events` command asks for it (it sets core/env.py's PANDERA_POLARS_ONLY in its environment: the process is
ours); a notebook or program importing the package gets pandera imported as usual.
"""

from __future__ import annotations

import importlib.abc
import os
import sys
import threading
from typing import TYPE_CHECKING

from pakiran_events.core import env

HIDDEN = ("pandas", "hypothesis")


class _Hide(importlib.abc.MetaPathFinder):
    """Hides `names` from imports made by the thread that installed it; any other thread of the
    process (a Dask worker thread, a notebook's) imports them as usual meanwhile."""

    def __init__(self, names: tuple[str, ...]):
        self.names = names
        self.thread = threading.get_ident()

    def find_spec(self, name, path, target=None):
        if name.split(".", 1)[0] in self.names and threading.get_ident() == self.thread:
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _import_pandera_polars():
    if "pandera" in sys.modules or os.environ.get(env.PANDERA_POLARS_ONLY) != "1":
        import pandera.polars

        return pandera.polars
    # polars decides once, at its own import, whether pandas is installed (polars.dependencies);
    # imported under the finder it would say "no pandas" for the process's life (to_pandas fails)
    import polars  # noqa: F401
    finder = _Hide(tuple(n for n in HIDDEN if n not in sys.modules))
    sys.meta_path.insert(0, finder)
    try:
        import pandera.polars as pa
        import polars as pl

        # one tiny validation: pandera registers its polars backends and built-in checks lazily,
        # on the first validate, and imports pandas and hypothesis there too
        pa.DataFrameSchema({"x": pa.Column(pl.Int64, checks=pa.Check.ge(0))}).validate(pl.DataFrame({"x": [1]}))
    finally:
        sys.meta_path.remove(finder)
    return pa


if TYPE_CHECKING:
    import pandera.polars as pa
else:
    pa = _import_pandera_polars()
