"""pakiran-events: Pakistan-Iran security-cooperation events as a versioned data package.

    import pakiran_events as pe
    events = pe.load("events")          # polars DataFrame, offline
    pe.engagements()                    # one row per event, people and commitments as lists
    pe.dyad_years()                     # PAK-IRN dyad-year panel (ccode1, ccode2, year), zero-filled
    pe.describe("events")               # field types, descriptions and terms from the schema
    pe.evidence("E000001", corpus=...)  # the sources behind a record (quotes need the texts)
    print(pe.info()); print(pe.cite())

Importing this module is cheap: polars is imported on the first load(), and the validation
libraries (pandera, frictionless) only by the commands that validate.
"""

from pakiran_events._version import __version__
from pakiran_events.loader.about import cite, info
from pakiran_events.loader.crosswalk import event_codes
from pakiran_events.loader.evidence import evidence
from pakiran_events.loader.panels import dyad_years
from pakiran_events.loader.positions import office_holders
from pakiran_events.loader.read import data_dir, describe, descriptor_path, load, load_all, table_names, view_names
from pakiran_events.loader.views import dyads, engagements, flat, participation

__all__ = ["__version__", "load", "load_all", "describe", "table_names", "data_dir", "descriptor_path",
           "view_names", "engagements", "participation", "dyads", "dyad_years", "event_codes", "flat", "evidence",
           "office_holders", "cite", "info"]
