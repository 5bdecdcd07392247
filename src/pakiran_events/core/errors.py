"""The error catalogue: every code the toolkit reports, defined once (code, layer, title,
description). docs/errors.md is generated from it (`pakiran-events errors`), the JSON output
carries each code's title, and a test checks that every code emitted is catalogued.

Frictionless reports its own codes (kebab-case, documented by frictionless); Pandera's built-in
checks are renamed here to kebab-case codes so that one naming style runs through the output.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ErrorCode:
    code: str
    layer: str
    title: str
    description: str


_E = ErrorCode
CODES = [
    # curated inputs (build)
    _E("unreadable", "curated", "File cannot be read", "A curated file is not valid YAML or cannot be opened."),
    _E("missing-file", "curated", "File missing", "A curated file or folder the build needs is absent (or, in the integrity layer, a file the descriptor lists)."),
    _E("bad-structure", "curated", "Wrong shape", "A curated value has the wrong shape (e.g. `events` is not a list, `date` lacks start, end or precision)."),
    _E("yaml-not-allowed", "curated", "YAML feature not allowed", "A curated file uses an anchor, alias, merge key or tag: curated YAML is plain text values (SECURITY.md)."),
    _E("duplicate-yaml-key", "curated", "Key given twice", "A mapping in a curated file has the same key twice (YAML would keep the last value silently)."),
    _E("line-break-in-value", "curated", "Line break in a value", "A curated value that is published as one CSV cell holds a line break."),
    _E("control-character", "curated", "Control character in a value", "A curated value holds a control character once YAML escapes are undone (`\\0`, `\\x1b`, `\\e`, `\\N`, `\\L`, `\\P`): any C0 or C1 control, U+2028 or U+2029; tab and line breaks are allowed only in folded texts (summary, notes, description)."),
    _E("format-character", "curated", "Invisible format character in a value", "A curated value holds an invisible format character (Unicode category Cf): a bidi control such as U+202E RIGHT-TO-LEFT OVERRIDE, a zero-width space, word joiner, byte-order mark or soft hyphen, or another character no font draws (a combining grapheme joiner, a variation selector, a Hangul filler), which make a name display other than it reads or two names look the same. A zero-width (non-)joiner between letters of a non-Latin script (Persian, Urdu), a letter's vowel signs before it included, is allowed."),
    _E("file-not-read", "curated", "Curated file not read", "A file or folder in `dataset/curated/events` is not read as an engagement file: an extension in another case (`X.YAML`) or a subfolder; rename or move it."),
    _E("formula-like-value", "curated", "Value read as a formula", "A text value starts with =, +, -, @, a tab or a carriage return, which spreadsheets run as a formula (CSV injection)."),
    _E("unknown-key", "curated", "Unknown key", "A curated record has a key the format does not define (typos are caught here)."),
    _E("evidence-not-expected", "curated", "Evidence for a field that takes none", "Evidence is given for a field whose schema rule is not `required`."),
    _E("bad-evidence", "curated", "Malformed evidence span", "An evidence entry is not `{src, at: [start, end], sha256}`."),
    _E("retired-id-reused", "curated", "Retired ID reused", "An ID listed in retired.yaml appears again."),
    _E("id-dropped", "curated", "Published ID dropped", "A hand-checked ID of the last release is missing and not retired with a reason."),
    _E("duplicate-id", "curated", "Record ID written twice", "A record ID (an event, commitment, actor, place, source, participant or position key) is written in two places; the problem names both (the original is the one read first: files in sorted name order, then by line), and the copy, with every row written within it, is not checked further."),
    _E("id-not-allocated", "curated", "ID not allocated", "A curated ID is not in the ID ledger (allocate IDs with `pakiran-events new-id`)."),
    # typing (curated values and CSV cells)
    _E("type-error", "pandera", "Value of the wrong type", "A cell does not parse as its schema type (date, integer, number, boolean)."),
    _E("missing-field", "pandera", "Column missing", "A column the schema defines is absent."),
    _E("extra-field", "pandera", "Unexpected column", "A column is not in the schema."),
    # pandera: per-field constraints (built-in checks, renamed)
    _E("not-in-vocabulary", "pandera", "Value not in the vocabulary", "An enumerated field holds a term the schema does not define."),
    _E("pattern-mismatch", "pandera", "Value does not match the pattern", "A value breaks the field's pattern (ids, ISO codes, hashes)."),
    _E("missing-value", "pandera", "Required value missing", "A required field is empty."),
    _E("duplicate-value", "pandera", "Duplicate value", "A value that must be unique (a one-column primary key) appears twice."),
    _E("duplicate-key", "pandera", "Duplicate primary key", "Two rows share a composite primary key."),
    _E("below-minimum", "pandera", "Below the minimum", "A number is below the field's minimum."),
    _E("above-maximum", "pandera", "Above the maximum", "A number is above the field's maximum."),
    _E("length-out-of-range", "pandera", "Text too short or too long", "A text is shorter or longer than the field allows."),
    _E("wrong-type", "pandera", "Column of the wrong type", "A whole column has the wrong data type."),
    _E("schema-error", "pandera", "Table cannot be checked", "Pandera could not check the table as a whole."),
    # pandera: single-table rules the Table Schema cannot state
    _E("date-order", "pandera", "Start after end", "date_start is after date_end."),
    _E("day-precision", "pandera", "Day precision with two dates", "date_precision is day but the dates differ."),
    _E("range-precision", "pandera", "Range precision with one date", "date_precision is range but start equals end."),
    _E("month-precision", "pandera", "Month precision not a month", "date_precision is month but the dates are not the first and last day of one month."),
    _E("parent-not-self", "pandera", "Event is its own parent", "parent_event_id equals event_id."),
    _E("place-missing", "pandera", "Place missing", "Only a phone call may have no place."),
    _E("null-venue-explained", "pandera", "Empty venue not explained", "A hand-checked event has no venue and no notes saying why."),
    _E("term-order", "pandera", "Term ends before it starts", "A positions row's end is before its start."),
    _E("span-order", "pandera", "Span ends before it starts", "char_start is not before char_end."),
    # pandera: cross-table rules
    _E("foreign-key", "pandera", "Reference to nothing", "A foreign key (from the schemas' foreignKeys) points to no row."),
    _E("evidence-record-unknown", "pandera", "Evidence for no record", "An evidence row names a record that does not exist."),
    _E("span-past-end-of-source", "pandera", "Span past the end of its source", "char_end is beyond the source's char_length."),
    _E("visit-does-not-span-meeting", "pandera", "Meeting outside its visit", "A meeting's parent is not a visit whose dates contain it."),
    _E("event-without-source", "pandera", "Event with no source", "No event_sources row links the event to a source."),
    _E("place-fields-differ", "pandera", "Place fields not copied", "An event's city, country or coordinates differ from its place's."),
    _E("missing-evidence", "pandera", "Hand-checked value without evidence", "A value of a hand-checked record has no evidence row."),
    _E("title-not-held", "pandera", "Title not held at the time", "A hand-checked person's title is not an office the positions table says they held, for that side, within the event's dates."),
    _E("title-differs-within-engagement", "pandera", "Two titles in one engagement", "A person has different titles at events of one engagement."),
    _E("host-side-differs-from-place", "pandera", "Host not on home ground", "A host does not represent the country where the event happens (or a guest does)."),
    _E("party-not-at-engagement", "pandera", "Party absent", "A party to a commitment had nobody at the engagement."),
    # integrity
    _E("unreadable-descriptor", "integrity", "Descriptor cannot be read", "datapackage.json is missing or not valid JSON."),
    _E("bad-descriptor", "integrity", "Descriptor of the wrong shape", "datapackage.json lacks resources, or a resource is not an object, has no name, path or inline schema, a list path, a field of a type the toolkit does not read (`any`, `year`, ...), or a `rows`/`bytes` that is not a whole number."),
    _E("remote-reference", "integrity", "Remote reference refused", "A descriptor's path, schema, dialect or profile is a URL; the toolkit works offline and opens no connection."),
    _E("path-outside-package", "integrity", "Path leaves the package folder", "A descriptor path is absolute, climbs out with `..`, or is a symlink to a file outside the package folder."),
    _E("unreadable-table", "integrity", "Table cannot be read", "A CSV or Parquet file cannot be read (truncated or corrupt, not UTF-8, ragged rows); the other tables are still checked."),
    _E("byte-count-error", "integrity", "File size differs", "A file's size differs from the descriptor's bytes."),
    _E("hash-mismatch", "integrity", "File hash differs", "A file's SHA-256 differs from the descriptor's hash."),
    _E("parquet-differs-from-csv", "integrity", "Parquet differs from CSV", "A Parquet file does not hold exactly its CSV's rows, columns and types."),
    # writing a package or the ID ledger (build, new-id)
    _E("cannot-write", "write", "Folder cannot be written", "The checkout or output folder is read-only, the disk is full, or a file cannot be created there; nothing was published and the previous package is untouched."),
    _E("folder-locked", "write", "Another run holds the folder", "Another pakiran-events run kept the folder's lock (`.pakiran-events.lock`) for longer than the wait; run again when it has finished."),
    # the corpus read by extract (manifest rows and texts)
    _E("bad-doc-id", "corpus", "Doc id cannot be a source id", "A manifest doc_id is not a source id (lower-case letters, digits and single hyphens: the sources table's pattern). Every such row is named before any text is read, and nothing is extracted."),
    _E("published-basis-unknown", "corpus", "Publication basis unknown", "A manifest `published_basis` cell is not one the sources table knows (`date-line`, `byline`, `url`, joined by `+`; schemas/sources.schema.json), e.g. `website`. A warning: the report is still read, its basis left empty, since no package could publish it."),
    _E("basis-term-repeated", "corpus", "Publication basis named twice", "A manifest `published_basis` cell names one basis more than once (`byline+byline`): the sources table's pattern accepts it, but it is a slip for another basis. Every such row is named before any text is read, and nothing is extracted."),
    _E("bad-byte-count", "corpus", "Manifest byte count not a number", "A manifest `bytes` cell is not a whole number of bytes. Every such row is named before any text is read, and nothing is extracted. (A whole number that is not the text's size skips the document, as a changed sha256 does: `document-skipped`.)"),
    _E("published-not-a-date", "corpus", "Publication date not a date", "A manifest `published` cell is not empty and not a date (YYYY-MM-DD), e.g. `2020-13-45` or `yesterday`. A warning: the report is still read, dated by its own text if it says (date line, byline), else undated."),
    _E("published-out-of-range", "corpus", "Publication date out of range", "A manifest `published` cell is a date no report can have: before the earliest year anything is dated (engagement.yaml `earliest_year`, e.g. `0001-01-01`) or after the last day of engagement.yaml `latest_year` (a date beyond is a typo, e.g. `9999-12-31`). The range is fixed in data, never the day of the run, so the same corpus gives the same package on any day. A warning, not an error: the text and its calendar dates stay usable and one cell never stops a corpus; the report is read as if the cell were empty (dated by its own text if it says, else undated), so no relative day of it is counted from an impossible day; `import-sources` leaves the registry's `published_date` and `published_basis` empty alike."),
    _E("published-in-future", "corpus", "Publication date after the run's day", "A manifest `published` cell is a date inside the fixed range (`published-out-of-range`) but after the day of the run (UTC, plus one day): a report dated ahead, or a clock behind. Only a warning: the date is KEPT, as on any other day, so whether a cell is used never depends on the day a build is run (extract and `import-sources` alike); check the cell."),
    _E("empty-document", "corpus", "Empty document", "A document holds no text: no bytes, or only white space, byte-order marks and other invisible format characters. It is named and skipped; the run goes on."),
    _E("document-skipped", "corpus", "Document skipped", "A document cannot be read (its file missing, outside its corpus folder, not UTF-8, too large, changed since the manifest's sha256 or not of the manifest's bytes, a manifest text cell that starts like a formula or holds a control character, tab or line break, or a reading past its time budget). It is named with the reason and skipped; the run goes on."),
    _E("engagement-unplaced", "corpus", "Engagement not written: no place", "A report tells an engagement of both sides that the extractor cannot place: a meeting whose venue is a city of a country the countries table lacks (Pristina), or held on the sidelines of a gathering the report gives no place of (a Pakistani or Iranian dateline is the home desk's, not a venue), or with no place read at all; or an engagement clustered with neither a place nor a country (a joint ceremony told with no place and no dateline), which the writer leaves out. A warning naming each report and the reason: the engagement is not written; the run goes on."),
    # evidence against the corpus (verify-evidence)
    _E("source-not-in-corpus", "evidence", "Source not in the corpus", "A cited source_id is not in the corpus manifest."),
    _E("source-unreadable", "evidence", "Source text cannot be read", "A cited source's file is missing, not UTF-8, or lies outside its corpus folder (an absolute path, `..`, or a symlink out)."),
    _E("source-hash-mismatch", "evidence", "Source text changed", "A source file no longer has its registered SHA-256."),
    _E("span-out-of-range", "evidence", "Span outside the text", "A span's offsets lie outside its source text."),
    _E("span-hash-mismatch", "evidence", "Span text changed", "The text at a span's offsets does not match its hash."),
    _E("span-lacks-date-cue", "evidence", "Date span without a date", "A span cited for a date holds no weekday, calendar date, month or relative date."),
    _E("span-lacks-actor-name", "evidence", "Participant span without the name", "A span cited for a person holds none of their spellings."),
    _E("date-line-alone", "evidence", "Date line cited alone", "A report's date line (or byline) is cited for the day of an event without the weekday or relative date of the same report that it anchors (CURATION.md §4)."),
    _E("relative-date-unanchored", "evidence", "Relative date without its anchor", "A weekday or relative date is cited for an event's dates without what anchors it: the date line of the same report when the report is dated, a calendar date of another report of the event when it is not (CURATION.md §4; hand-checked records)."),
]
CATALOGUE: dict[str, ErrorCode] = {}
for _entry in CODES:
    if _entry.code in CATALOGUE:
        raise ValueError(f"error code {_entry.code} defined twice")
    CATALOGUE[_entry.code] = _entry

# Pandera built-in check names -> catalogue codes
PANDERA_CODES = {
    "isin": "not-in-vocabulary", "str_matches": "pattern-mismatch", "not_nullable": "missing-value",
    "field_uniqueness": "duplicate-value", "multiple_fields_uniqueness": "duplicate-key",
    "greater_than_or_equal_to": "below-minimum", "less_than_or_equal_to": "above-maximum",
    "str_length": "length-out-of-range", "dtype": "wrong-type", "column_in_schema": "extra-field",
    "column_in_dataframe": "missing-field",
}


def title(code: str) -> str | None:
    """The catalogue title of a code (None for a Frictionless code, documented by frictionless)."""
    entry = CATALOGUE.get(code)
    return entry.title if entry else None


def frictionless_codes() -> list[tuple[str, str, str]]:
    """(code, title, description) of every Frictionless error type, from frictionless itself."""
    import frictionless.errors as fe

    out: dict[str, tuple[str, str, str]] = {}
    for name in dir(fe):
        cls = getattr(fe, name)
        code, heading = getattr(cls, "type", None), getattr(cls, "title", None)
        if isinstance(cls, type) and code and heading:
            out.setdefault(code, (code, heading, " ".join(str(getattr(cls, "description", "")).split())))
    return sorted(out.values())


def markdown() -> str:
    """docs/errors.md: the catalogue as a reference page."""
    lines = ["# Error codes", "",
             "Every problem `pakiran-events build`, `validate` and `verify-evidence` report has a layer, a",
             "place (resource or file, row, record, field), a code and a message naming the bad value.",
             "This page is generated from `src/pakiran_events/core/errors.py` (`pakiran-events errors`).", ""]
    for layer in ("curated", "pandera", "integrity", "write", "corpus", "evidence"):
        lines += [f"## {layer}", "", "| code | title | meaning |", "|---|---|---|"]
        lines += [f"| `{e.code}` | {e.title} | {e.description} |" for e in CODES if e.layer == layer]
        lines.append("")
    lines += ["## frictionless", "", "Reported by the Frictionless layer under frictionless's own codes:", "",
              "| code | title | meaning |", "|---|---|---|"]
    lines += [f"| `{c}` | {t} | {d} |" for c, t, d in frictionless_codes()]
    return "\n".join(lines) + "\n"
