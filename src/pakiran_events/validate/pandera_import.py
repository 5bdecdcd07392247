"""`pandera.polars`, imported without pandas.

pandera's top-level package imports pandas (and builds its pandas dtype engine) whenever pandas
is installed, although the polars API needs neither: ~1.0 of the ~1.5 CPU seconds of
`import pandera.polars` in an environment with pandas (the dev extra has it; the tools extra does
not). For the duration of that one import, a finder answers `import pandas` as an install without
pandas would (ModuleNotFoundError "No module named 'pandas'"), which is the polars-only path
pandera supports (pandera/__init__.py, GH #2387). pandas stays importable afterwards. If pandera
(or pandas) is already imported, nothing is hidden.
"""

from __future__ import annotations

import importlib.abc
import sys
from typing import TYPE_CHECKING


class _NoPandas(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name == "pandas" or name.startswith("pandas."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None


def _import_pandera_polars():
    if "pandera" in sys.modules or "pandas" in sys.modules:
        import pandera.polars

        return pandera.polars
    finder = _NoPandas()
    sys.meta_path.insert(0, finder)
    try:
        import pandera.polars
    finally:
        sys.meta_path.remove(finder)
    return pandera.polars


if TYPE_CHECKING:
    import pandera.polars as pa
else:
    pa = _import_pandera_polars()
