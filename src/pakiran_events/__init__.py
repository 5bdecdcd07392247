"""pakiran-events: Pakistan-Iran security-cooperation events as a versioned data package.

    import pakiran_events as pe
    events = pe.load("events")          # polars DataFrame, offline
    pe.describe("events")               # field descriptions from the schema

Importing this module is cheap: polars is imported on the first load(), and the validation
libraries (pandera, frictionless) only by the commands that validate.
"""

from pakiran_events._version import __version__
from pakiran_events.loader import describe, load, load_all, table_names

__all__ = ["__version__", "load", "load_all", "describe", "table_names"]
