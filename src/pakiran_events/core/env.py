"""The environment variables the package reads, named once (a light module: the CLI, the
validation layer, the extractor and the bench scripts all import their names from here)."""

from __future__ import annotations

# "1": validation imports pandera's polars path alone, with pandas and hypothesis hidden
# (validate/pandera_import.py). The `pakiran-events` command sets it for its own process.
PANDERA_POLARS_ONLY = "PAKIRAN_EVENTS_PANDERA_POLARS_ONLY"

# a folder for `extract`'s private shard folders (extract/run.py `shard_folder`); default: the
# system's temporary folder
SHARDS = "PAKIRAN_SHARDS"

# a folder for validation's remembered descriptor verdicts (validate/descriptor_cache.py);
# default $XDG_CACHE_HOME/pakiran-events (~/.cache/pakiran-events); "off": no cache
CACHE = "PAKIRAN_EVENTS_CACHE"
