"""The `notes` of a script-extracted event: where the reports merged into it disagree on its city
or day, which report gives which, and what the event keeps (CURATION.md §4: record the
better-supported value and state the conflict). Report ids and values only, never their words."""

from __future__ import annotations

from pakiran_events.extract.cluster import Event
from pakiran_events.extract.lexicon import Lexicon


def conflict_note(event: Event, lex: Lexicon) -> str | None:
    """A short note naming each place and day the event's reports give, with their ids, when they
    give more than one; None when they agree (a report giving none contradicts nothing)."""
    places = {doc: city for doc, (city, _) in event.tellings.items() if city}
    days = {doc: day.isoformat() for doc, (_, day) in event.tellings.items() if day}
    name = lambda pid: lex.places.get(pid, {}).get("name") or pid  # noqa: E731 - a place's display name
    parts = []
    if len(set(places.values())) > 1:
        kept = name(event.place_id) if event.place_id else "no city"
        parts.append(_disagreement("place", {doc: name(p) for doc, p in places.items()}, kept))
    if len(set(days.values())) > 1 and event.date_start and event.date_end:
        start, end = event.date_start.isoformat(), event.date_end.isoformat()
        parts.append(_disagreement("day", days, start if start == end else f"{start} to {end}"))
    if event.length_conflict:  # CURATION.md §4: the reported departure ends the range, before a told length
        told, kept = event.length_conflict
        parts.append(f"Reports disagree on the length: a {told}-day visit, {kept} days from its first day to "
                     "the departure home; kept the departure.")
    return " ".join(parts) or None


def _disagreement(what: str, told: dict[str, str], kept: str) -> str:
    """'Reports disagree on the place: A (r1, r3); B (r2); kept A.': the kept value first, then
    the others in order, each with its reports' ids in order (the same note whatever the order
    the reports were read in)."""
    by_value: dict[str, list[str]] = {}
    for doc, value in told.items():
        by_value.setdefault(value, []).append(doc)
    listed = "; ".join(f"{value} ({', '.join(sorted(docs))})"
                       for value, docs in sorted(by_value.items(), key=lambda item: (item[0] != kept, item[0])))
    return f"Reports disagree on the {what}: {listed}; kept {kept}."
