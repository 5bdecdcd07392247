"""Everything the extractor takes from the rest of the toolkit, in one place.

The stage packages around `extract/` are being moved; keeping every import from outside in this
module means a move touches one file. Each name here is public in its home module.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from pakiran_events.core.confine import inside as confined
from pakiran_events.core.corpus import Corpus, manifest_date
from pakiran_events.core.corpus import checked_rows as checked_corpus_rows
from pakiran_events.core.corpus import control_cells as control_cells  # re-exported for extract.run
from pakiran_events.core.corpus import formula_cells as formula_cells  # re-exported for extract.run
from pakiran_events.core.corpus import run_day as run_day  # re-exported for extract.run and the CLI (one clock to stub)
from pakiran_events.core.corpus import span_sha256 as digest
from pakiran_events.core.cues import DATE_EXPRESSION, MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS
from pakiran_events.core.cues import office_of as office
from pakiran_events.core.packages import read_descriptor, read_tables
from pakiran_events.core.paths import DESCRIPTOR_NAME, PACKAGE_DATA_DIR, published_descriptor, schemas_dir
from pakiran_events.core.problems import ProblemsFound


def span_sha256(text: str, start: int, end: int) -> str:
    """SHA-256 of text[start:end] as UTF-8: how evidence identifies a span (corpus.py)."""

    return digest(text, start, end)


def date_cue_pattern():
    """The one date expression grammar (cues.DATE_EXPRESSION, named groups per form) that
    `verify-evidence` checks spans with: extraction finds its date expressions with the same
    pattern, so every date it cites passes that check."""

    return DATE_EXPRESSION


def calendar_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(weekdays, months, month abbreviations), lower case, from the one list in cues.py."""

    return WEEKDAYS, MONTHS, MONTH_ABBREVIATIONS


def read_package_tables(package: Path, names: tuple[str, ...]) -> dict:
    """Resources `names` of a data package as polars frames (missing ones are absent)."""

    return read_tables(Path(package), names)


def default_gazetteer() -> Path:
    """The installed or checkout package's descriptor (its actors, aliases, places, positions)."""

    return published_descriptor()


def load_package_schemas() -> dict:
    from pakiran_events.core.schema import load_schemas

    return load_schemas(schemas_dir())


def extracted_id_base() -> int:
    from pakiran_events.curate.ids import EXTRACTED_ID_BASE

    return EXTRACTED_ID_BASE


def place_columns(schemas: dict) -> dict[str, str]:
    """Event column -> places column copied into events (city, country, coordinates)."""
    from pakiran_events.core.derive import place_copies

    return place_copies(schemas)


def place_value(place: dict, column: str, copies: dict[str, str]):
    from pakiran_events.core.derive import place_copy

    return place_copy(place, column, copies)


def typed_tables(rows: dict[str, list[dict]], frames: dict, schemas: dict) -> dict:
    """Rows (dicts, or a frame of their text cells) or ready polars frames per resource -> typed,
    key-sorted frames like a build's (a LazyFrame, a streamed table, is taken as it is: already
    typed and in key order); raises ProblemsFound naming every value that does not fit its schema."""
    import polars as pl

    from pakiran_events.core.schema import codebook_rows, country_rows
    from pakiran_events.core.tables import cast_strings, frame_from_rows, sort_by_key

    rows = {**rows, "codebook": codebook_rows(schemas), "countries": country_rows()}
    tables, problems = {}, []
    for name, schema in schemas.items():
        if isinstance(frames.get(name), pl.LazyFrame):
            tables[name] = frames[name]  # a streamed table comes in key order already (extract/write.py)
            continue
        if name in frames:
            tables[name] = sort_by_key(frames[name], schema)
            continue
        given = rows.get(name, [])  # dicts, or a frame of their text cells already (extract/write.py packs them)
        text = given if isinstance(given, pl.DataFrame) else frame_from_rows(given, schema)
        typed, found = cast_strings(text, schema, name, "extract", None)
        problems += found
        tables[name] = sort_by_key(typed, schema)
    if problems:
        raise ProblemsFound(problems, "extraction produced rows that do not fit the schemas")
    return tables


def string_frame(frame, schema_name: str, schemas: dict):
    """A polars frame of string columns cast to the resource's types (for streamed tables). A
    frame whose every field is already of its type (String for string fields, Int64 for integer
    ones: what the cast would give) is taken as it is, in schema order: no text copy of a big
    table is made to be parsed back."""
    from pakiran_events.core.tables import cast_strings

    schema = schemas[schema_name]
    if _typed_already(frame, schema):
        return frame.select(schema.field_names)
    typed, found = cast_strings(frame, schema, schema_name, "extract", None)
    if found:
        raise ProblemsFound(found, "extraction produced rows that do not fit the schemas")
    return typed


def _typed_already(frame, schema) -> bool:
    import polars as pl

    dtypes = {"string": pl.String, "integer": pl.Int64}
    return (set(frame.columns) == set(schema.field_names)
            and all(f["type"] in dtypes and frame.schema[f["name"]] == dtypes[f["type"]] for f in schema.fields))


VALIDATION_LAYERS = ("frictionless", "pandera", "integrity")  # the frictionless layer is the polars engine


def publish(tables: dict, schemas: dict, meta: dict, out_dir: Path, layers: tuple[str, ...] = VALIDATION_LAYERS,
            reuse: dict[str, tuple[Path, Path]] | None = None, run=None) -> None:
    """Write the package aside, validate it there with `layers`, and only then move it into place
    through the build's journal (`publish.package`); its tables go to `out_dir/data/`. Raises
    ProblemsFound naming every problem; out_dir is then left as it was. `reuse`: tables whose
    files are already written (extract's worker wrote the evidence's), `run`: where the batched
    verdict runs (publish_validated)."""
    import polars as pl

    from pakiran_events.publish.package import publish_validated
    from pakiran_events.validate.streamed import STANDINS

    # a table too big to hold (a LazyFrame: the evidence) is validated in row batches, not read
    # whole; another LazyFrame (the sources a worker wrote) is read whole where it is validated
    streamed = tuple(name for name, frame in tables.items() if isinstance(frame, pl.LazyFrame) and name in STANDINS)
    publish_validated(tables, schemas, meta, Path(out_dir), data_dir=PACKAGE_DATA_DIR, layers=layers, streamed=streamed,
                      reuse=reuse, run=run)


def row_counts(tables: dict, published: Path | None = None) -> dict[str, int]:
    """Rows per table: from the descriptor of the package `published` there (its `rows`), else a
    DataFrame's height and a streamed (lazy) table's count by a scan (publish.write.table_rows)."""
    from pakiran_events.publish.write import table_rows

    if published is not None:
        rows = {r["name"]: r.get("rows") for r in read_descriptor(Path(published) / DESCRIPTOR_NAME)["resources"]}
        if all(isinstance(rows.get(name), int) for name in tables):
            return {name: rows[name] for name in tables}
    return {name: table_rows(frame) for name, frame in tables.items()}


def office_of(title: str) -> str:
    """A title without its bracketed rank (core.cues.office_of)."""

    return office(title)


def corpus_manifest(corpus_dirs) -> list[dict]:
    """The manifest rows of a corpus kept in several folders (core.corpus.Corpus.manifest)."""

    return list(Corpus(*corpus_dirs).manifest())


def checked_manifest(corpus_dirs, schemas: dict) -> tuple[list[dict], list, list]:
    """(manifest rows, errors, warnings) of a corpus kept in several folders: every row checked
    before any text is read (`checked_rows`, the rows kept in a list)."""
    errors: list = []
    warnings: list = []
    rows = list(checked_rows(corpus_dirs, schemas, errors, warnings))
    return rows, errors, warnings


def checked_rows(corpus_dirs, schemas: dict, errors: list, warnings: list, days=None, today=None):
    """The manifest rows of a corpus kept in several folders, streamed and checked as they come
    (core.corpus.checked_rows: a doc_id the sources table's source_id pattern refuses is an error,
    a `published` that is not a date a warning, and so is a `published_basis` its pattern refuses,
    left empty in the rows given, and a `published` day outside `days` (`publication_days`) a warning,
    the cell left empty, and one inside `days` after `today` (`run_day`) a warning, the cell kept:
    the rows given never depend on the day of the run); problems appended to `errors` and `warnings`. Raises
    ValueError for a manifest that cannot be read or has bad rows, once its last row is given."""
    return checked_corpus_rows(Corpus(*corpus_dirs), *manifest_patterns(schemas), errors, warnings, days, today)


def manifest_patterns(schemas: dict | None = None) -> tuple[str, str | None]:
    """(source_id pattern, published_basis pattern) of the sources Table Schema (schemas/sources.json:
    the one statement of both), which a manifest's doc_id and basis must match for the report to be
    published; `schemas` as `load_package_schemas` gives them (read when not given)."""
    fields = {f["name"]: f for f in (schemas or load_package_schemas())["sources"].fields}
    return fields["source_id"]["constraints"]["pattern"], fields["published_basis"].get("constraints", {}).get("pattern")


def publication_days(dictionary_files: list[Path] | None = None) -> tuple[dt.date, dt.date]:
    """(first, last) day a manifest's `published` may be (core.corpus.row_problems), fixed in data and
    never the run's day (round 25, review M4: a build is the same whatever day it is run): the
    earliest day anything is dated (engagement.yaml `earliest_year`, extract.dates.earliest_day) and
    the last day of engagement.yaml `latest_year` (a date beyond is a typo). A day outside is blanked
    (`published-out-of-range`); one inside but after the run's day (`run_day`) is only warned about."""
    from pakiran_events.extract.dates import earliest_day, latest_day
    from pakiran_events.extract.lexicon import merge_dictionaries

    engagement = merge_dictionaries(dictionary_files or []).get("engagement", {})
    return earliest_day(engagement), latest_day(engagement)


def manifest_day(value: str | None):
    """A manifest's `published` cell as the day the extractor reads (core.corpus.manifest_date), or None."""
    return manifest_date(value)


def plain_yaml(path: Path) -> object:
    """A YAML file read as the curated files are (core.yaml_input: strict UTF-8, no anchor, alias,
    tag or key given twice; scalars as text). Raises ValueError (YamlInputError) naming the line."""
    from pakiran_events.core.yaml_input import load_file

    return load_file(path)


def inside(folder: Path, relative: str) -> Path:
    """`folder / relative`; raises ValueError (core.confine.OutsideFolder) when it would leave the
    folder (an absolute path, `..`, a symlink pointing out)."""

    return confined(folder, relative)


def published_metadata() -> dict:

    return json.loads(default_gazetteer().read_text(encoding="utf-8"))


def problems_error():
    """The exception type a failed validation raises (caught by the command line)."""

    return ProblemsFound
