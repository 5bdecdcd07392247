"""Values derived from other tables, one definition for every stage that needs them: an event's
city, country and coordinates copied from its place (the events schema's `derivedFrom`), and the
sources an event is linked to (those that report it: CURATION.md §3)."""

from __future__ import annotations

from pakiran_events.core.schema import TableSchema, evidenced_tables, load_schemas
from pakiran_events.core.tables import record_id

COUNTRY_LEVEL = "country"  # coordinate_precision of a place that is a whole country: it names no city


def place_copies(schemas: dict[str, TableSchema] | None = None) -> dict[str, str]:
    """Event field -> places column it is copied from (the events schema's `derivedFrom`)."""
    return (schemas or load_schemas())["events"].derived_from("places")


def place_copy(place: dict, column: str, copies: dict[str, str]):
    """The value an event copies into `column` from its place (a country-level place has no city)."""
    if copies[column] == "name" and place.get("coordinate_precision") == COUNTRY_LEVEL:
        return None
    return place.get(copies[column])


def place_fields(rows: dict[str, list[dict]], copies: dict[str, str]) -> None:
    # a place without its id is reported where it is written; it is no event's place (an event
    # without a place must not take its values)
    places = {p["place_id"]: p for p in rows.get("places", []) if p.get("place_id") is not None}
    for event in rows.get("events", []):
        place = places.get(event.get("place_id"), {})
        for column in copies:
            event[column] = place_copy(place, column, copies)


# Evidence that anchors a value without reporting the event: a date line, a weekday or a length
# cited for the dates, or another report cited for the office a participant held. A report cited
# only for these is not a source of the event (CURATION.md §3, "Links follow content").
ANCHOR_FIELDS = frozenset({("events", "date_start"), ("events", "date_end"), ("events", "date_precision"),
                           ("participants", "title")})


def event_sources(rows: dict[str, list[dict]], schemas: dict[str, TableSchema]) -> list[dict]:
    """Each event is linked to every source that reports it: one whose span its own evidence, or
    its participants' or commitments' evidence, cites for a value other than the dates or a title
    (`ANCHOR_FIELDS`). Returns rows {event_id, source_id}, sorted, one per pair."""
    event_of = {
        (table, record_id(row, schemas[table])): row.get("event_id")
        for table in evidenced_tables(schemas) for row in rows.get(table, [])
    }
    links = {(event_of[(ev["record_table"], ev["record_id"])], ev["source_id"])
             for ev in rows.get("evidence", [])
             if (ev["record_table"], ev["record_id"]) in event_of
             and (ev["record_table"], ev["field"]) not in ANCHOR_FIELDS}
    # a record without its event_id or a span without its source_id is reported where it is
    # written (a required field); it links nothing, and never stops the sort of the others
    links = {(e, s) for e, s in links if isinstance(e, str) and isinstance(s, str)}
    return [{"event_id": e, "source_id": s} for e, s in sorted(links)]
