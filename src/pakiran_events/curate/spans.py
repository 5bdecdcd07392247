"""Curator tools for evidence spans: locate a phrase, resolve a draft, verify a package.

A curator cites new evidence in an engagement file as `{src: doc_id, quote: "...", nth: 1}`;
resolving replaces each quote by its offsets and hash (spans already resolved are kept), so the
committed file holds no source text.
"""

from __future__ import annotations

import re

import yaml

from pakiran_events.core.corpus import Corpus, file_sha256, find_spans, span_sha256
from pakiran_events.core.cues import (
    has_calendar_date,
    has_date_cue,
    has_modality_form,
    has_relative_cue,
    is_date_line,
    names_actor,
    office_of,
)
from pakiran_events.core.problems import Problem

NULLS = {"", "~", "null", "Null", "NULL"}


def resolve_quote(corpus: Corpus, spec: dict, texts: dict[str, str], given: dict[str, str] | None = None) -> dict:
    """One `{src, quote[, nth]}` draft mapping -> `{src, at: [start, end], sha256}`.

    Values are read as YAML 1.2 text (as every curated value): `quote: 2019` is the text "2019",
    `nth: "2"` and `nth: 2` are both the second occurrence. `nth` (1-based) must be a whole number
    within the phrase's occurrences. `given` (key -> the value as written in the draft) is what an
    error shows. Raises ValueError naming the reason (the caller adds the line)."""
    given = given or {}

    def shown(key: str) -> str:
        value = spec.get(key)
        return given.get(key) or ("nothing" if value is None else repr(value))

    doc, quote, nth = spec.get("src"), spec.get("quote"), spec.get("nth")
    if {"at", "sha256"} & set(spec):
        raise ValueError(f"{doc}: give either a quote or at/sha256, not both")
    if not isinstance(doc, str) or not doc:
        raise ValueError(f"src must be a doc_id (text), got {shown('src')}")
    if quote == "":
        raise ValueError(f"{doc}: the quote is empty")
    if isinstance(quote, str) and not quote.strip():
        raise ValueError(f"{doc}: the quote is only white space ({quote[:60]!r}); quote the words it stands for")
    if not isinstance(quote, str):
        raise ValueError(f"{doc}: quote must be text (write it in quotes: quote: \"...\"), got {shown('quote')}")
    if doc not in texts:
        try:
            texts[doc] = corpus.text(doc)
        except KeyError as exc:
            raise ValueError(f"{doc}: {exc.args[0] if exc.args else 'not in the corpus'}") from None
    spans = find_spans(texts[doc], quote) or _spans_across_breaks(texts[doc], quote)
    if not spans:
        raise ValueError(f"{doc}: phrase not found: {quote[:60]!r}")
    number = _whole_number(nth)
    if nth is None and len(spans) > 1:
        raise ValueError(f"{doc}: phrase occurs {len(spans)} times, add nth: 1..{len(spans)}: {quote[:60]!r}")
    if nth is not None and (number is None or not 1 <= number <= len(spans)):
        raise ValueError(f"{doc}: nth must be a whole number from 1 to {len(spans)} (the phrase occurs {len(spans)} "
                         f"time(s)), got {shown('nth')}: {quote[:60]!r}")
    start, end = spans[(number or 1) - 1]
    return {"src": doc, "at": [start, end], "sha256": span_sha256(texts[doc], start, end)}


def _spans_across_breaks(text: str, quote: str) -> list[tuple[int, int]]:
    """Where `quote` occurs with each run of white space in it standing for any run of white space
    in `text` (a quote copied from a page that showed a line break, or CRLF, as a space). The span
    is the text's own characters, so its hash is the text's; the quote's words are matched literally
    (re.escape: a quote with brackets, stars or dots is text, never a pattern)."""
    if not quote.strip():
        return []
    # every run of white space, also at either end of the quote, stands for a run in the text:
    # a span never silently drops the quote's leading or trailing spaces
    pattern = re.compile("".join(r"\s+" if part.isspace() else re.escape(part)
                                 for part in re.split(r"(\s+)", quote) if part))
    spans, at = [], 0
    while (found := pattern.search(text, at)) is not None:
        # a quote opening with white space matches one occurrence again from inside the text's
        # run of white space before it ("\n\nBorder" then "\nBorder"): the same end is the same
        # occurrence, counted once (its first, whole-run span)
        if not spans or found.end() != spans[-1][1]:
            spans.append(found.span())
        at = found.start() + 1
    return spans


def _whole_number(value) -> int | None:
    """`value` (YAML text, or an int) as a whole number, or None: "2" and 2 are 2; "1.5", "-1",
    "two", True are not whole numbers of occurrences."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isascii() and value.isdigit():
        return int(value)
    return None


def _evidence_mappings(root) -> tuple[list, list]:
    """(the `{src, quote}` mappings where the format places evidence, those anywhere else).

    Evidence stands under `events[].evidence`, `events[].participants[].evidence` and
    `events[].commitments[].evidence`, as a list of spans or a mapping of field -> list of spans
    (CURATION.md, curate/curated.py); a quote mapping under `notes:` or any other key is not evidence."""
    def entries(node) -> dict:
        if not isinstance(node, yaml.MappingNode):
            return {}
        return {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}

    def items(node) -> list:
        return list(node.value) if isinstance(node, yaml.SequenceNode) else []

    def spans(node) -> list:
        if isinstance(node, yaml.MappingNode):
            return [span for value in entries(node).values() for span in items(value)]
        return items(node)

    places: list = []
    for event in items(entries(root).get("events")):
        places += spans(entries(event).get("evidence"))
        for part in ("participants", "commitments"):
            for record in items(entries(event).get(part)):
                places += spans(entries(record).get("evidence"))
    placed = {id(n) for n in places}
    found: list = []

    def walk(node) -> None:
        if isinstance(node, yaml.MappingNode):
            if {"src", "quote"} <= set(entries(node)):
                found.append(node)
                return
            for _, value in node.value:
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for value in node.value:
                walk(value)

    walk(root)
    return [n for n in found if id(n) in placed], [n for n in found if id(n) not in placed]


def _spec(text: str, node) -> tuple[dict, dict[str, str]]:
    """A quote mapping's values as YAML 1.2 text (None for an empty value or null; a mapping or
    list is kept as its node), and each value as written in the draft (for error messages)."""
    spec: dict = {}
    given: dict[str, str] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            continue
        written = " ".join(text[value.start_mark.index:value.end_mark.index].split())
        if isinstance(value, yaml.ScalarNode):
            spec[key.value] = None if not value.style and value.value in NULLS else value.value
            given[key.value] = written or "nothing"
        else:
            spec[key.value] = value
            kind = "a mapping" if isinstance(value, yaml.MappingNode) else "a list"
            given[key.value] = f"{kind} ({written[:60]})"
    return spec, given


def resolve_text(text: str, corpus: Corpus) -> str:
    """A curated file's text with every {src, quote} mapping of its evidence resolved where it
    stands: its `quote` becomes `at: [start, end]` and its `nth` (or, without one, a line or item
    added after `at`) `sha256: <span hash>`; every other character -- comments inside and around the
    mapping too, order, quoting, line breaks, flow or block style, a byte-order mark -- is kept.
    Values are read as YAML 1.2 text (resolve_quote). Raises ValueError listing every quote that
    cannot be resolved, each with its line, and every quote mapping outside evidence (not resolved)."""
    try:
        root = yaml.compose(text, Loader=yaml.BaseLoader)  # every scalar text, as curated files are read
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ValueError(f"line {mark.line + 1 if mark else '?'}: not valid YAML "
                         f"({' '.join(str(getattr(exc, 'problem', None) or exc).split())})") from None
    targets, stray = _evidence_mappings(root) if root is not None else ([], [])
    texts: dict[str, str] = {}
    errors: list[str] = [f"line {n.start_mark.line + 1}: a {{src, quote}} mapping outside evidence (evidence stands "
                         "under an event's, participant's or commitment's `evidence:`); not resolved: move it "
                         "there or delete it" for n in stray]
    edits: list[tuple[int, int, str]] = []
    newline = "\r\n" if "\r\n" in text else "\n"
    for node in sorted(targets, key=lambda n: n.start_mark.index):
        spec, given = _spec(text, node)
        try:
            span = resolve_quote(corpus, spec, texts, given)
        except (ValueError, OSError) as exc:
            errors.append(f"line {node.start_mark.line + 1}: {exc}")  # where in the draft
            continue
        edits += _span_edits(text, node, span, newline)
    if errors:
        raise ValueError(f"{len(errors)} quote(s) could not be resolved:\n" + "\n".join(sorted(errors, key=_line_no)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _line_no(error: str) -> int:
    head = error.split(":", 1)[0].removeprefix("line ")
    return int(head) if head.isdigit() else 0


def _span_edits(text: str, node, span: dict, newline: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) of one {src, quote[, nth]} mapping: only the `quote` and `nth`
    entries are rewritten (key to end of value), so comments between entries stay."""
    entries = {k.value: (k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode)}

    def bounds(key: str) -> tuple[int, int, int]:
        k, v = entries[key]
        start, end = k.start_mark.index, v.end_mark.index
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1  # a block value's end mark lies past its line break
        return start, end, k.start_mark.column

    at = f"at: [{span['at'][0]}, {span['at'][1]}]"
    sha = f"sha256: {span['sha256']}"
    start, end, column = bounds("quote")
    if "nth" in entries:
        nth_start, nth_end, _ = bounds("nth")
        return [(start, end, at), (nth_start, nth_end, sha)]
    sep = ", " if node.flow_style else newline + " " * column
    return [(start, end, at + sep + sha)]


def verify_evidence(rows: list[dict], sources: list[dict], corpus: Corpus,
                    person_aliases: dict[str, list[str]] | None = None,
                    titles: dict[tuple[str, str], str] | None = None,
                    commitments: list[dict] | None = None,
                    precisions: dict[str, str] | None = None, strict: bool = True,
                    hand_checked: set[str] | None = None) -> tuple[list[Problem], int]:
    """Recompute each span's hash and each cited source's sha256 from the corpus texts, and check
    that a span that matches says what it supports: a date span holds a date expression (or, for
    a report that gives no date at all, names a participant together with the office whose term
    bounds the event: `titles` maps (event_id, actor_id) to the participant's title), and a span
    naming a participant who is a person holds one of that person's spellings. With `commitments`
    (rows with commitment_id, event_id, modality, description), a commitment's modality span holds
    a form of its modality and a person its description names is named in one of its spans; a
    date line cited for the day of an event (`precisions` maps event_id to date_precision; a range
    may end on a report's publication date) comes with a relative expression of the same report
    (CURATION.md §4, §7, §9). `strict` (the default; every hand-checked record passes it) adds two
    checks: a weekday comes with the date line that anchors it, and a person a description names is
    in its spans. With `hand_checked` (event ids), the strict checks cover only those events and
    their commitments: they are rules of the curation guide, which script-extracted candidates do
    not follow."""

    problems: list[Problem] = []
    texts: dict[str, str | None] = {}
    known = {s["source_id"]: s for s in sources}
    for source_id in sorted({r["source_id"] for r in rows}):
        source = known.get(source_id)
        try:
            path = corpus.path(source_id)
        except KeyError:
            problems.append(Problem("evidence", "sources", None, source_id, None, "source-not-in-corpus",
                                    "the corpus manifest has no such doc_id"))
            texts[source_id] = None
            continue
        except ValueError as exc:  # a manifest path that leaves the corpus folder
            problems.append(Problem("evidence", "sources", None, source_id, "file", "source-unreadable", str(exc)))
            texts[source_id] = None
            continue
        try:
            if source is not None and file_sha256(path) != source["sha256"]:
                problems.append(Problem("evidence", "sources", None, source_id, "sha256", "source-hash-mismatch",
                                        f"{path.name} no longer has the registered sha256"))
            texts[source_id] = corpus.text(source_id)  # bytes as UTF-8, no newline translation, as extract reads
        except (OSError, ValueError) as exc:
            problems.append(Problem("evidence", "sources", None, source_id, "file", "source-unreadable",
                                    " ".join(str(exc).split())))
            texts[source_id] = None
    from pakiran_events.core.tables import FIRST_DATA_LINE

    commitment_of = {c["commitment_id"]: c for c in commitments or []}
    matched: list[tuple[int, dict, str]] = []
    unverified: set[tuple[str, str]] = set()  # (record, source) with a span that no longer matches
    for line, row in enumerate(rows, start=FIRST_DATA_LINE):
        text = texts.get(row["source_id"])
        if text is None:
            continue
        start, end = row["char_start"], row["char_end"]
        where = f"{row['record_table']}:{row['record_id']}.{row['field']}"
        if not (0 <= start < end <= len(text)) or span_sha256(text, start, end) != row["span_sha256"]:
            unverified.add((row["record_id"], row["source_id"]))
        if not 0 <= start < end <= len(text):
            problems.append(Problem("evidence", "evidence", line, where, "char_end", "span-out-of-range",
                                    f"[{start}, {end}) is outside {row['source_id']} (length {len(text)})"))
        elif span_sha256(text, start, end) != row["span_sha256"]:
            problems.append(Problem("evidence", "evidence", line, where, "span_sha256", "span-hash-mismatch",
                                    f"text at [{start}, {end}) of {row['source_id']} does not match the recorded hash"))
        else:
            problems += _content_problems(row, text[start:end], line, where, person_aliases or {}, titles or {},
                                          commitment_of)
            matched.append((line, row, text[start:end]))
    # a date line is judged alone only when every span of its report for that record still matches
    problems += _date_line_problems([m for m in matched if (m[1]["record_id"], m[1]["source_id"]) not in unverified],
                                    precisions or {})
    if strict:
        if hand_checked is not None:
            def event_of(row: dict) -> str:
                if row["record_table"] == "commitments":
                    return (commitment_of.get(row["record_id"]) or {}).get("event_id", "")
                return row["record_id"].split("/")[0]
            matched = [m for m in matched if event_of(m[1]) in hand_checked]
        problems += _unanchored_relative_problems(matched, known, precisions or {})
        problems += _description_problems(matched, commitment_of, person_aliases or {}, titles or {})
    return problems, len(rows)


def _date_line_problems(matched: list[tuple[int, dict, str]], precisions: dict[str, str]) -> list[Problem]:
    """A date line (or byline) cited for the day of an event anchors a relative expression of the
    same report; cited alone it does not say the event took place that day (CURATION.md §4). A
    range may rest on it alone: a report's publication date bounds the events it reports."""

    dates = [(line, row, span) for line, row, span in matched
             if row["record_table"] == "events" and row["field"] == "date_start"
             and precisions.get(row["record_id"]) == "day"]
    relative = {(row["record_id"], row["source_id"]) for _, row, span in dates if has_relative_cue(span)}
    return [Problem("evidence", "evidence", line, f"events:{row['record_id']}.date_start", "char_start",
                    "date-line-alone",
                    f"{row['source_id']} [{row['char_start']}, {row['char_end']}) is the report's date line "
                    f"({span.strip()[:40]!r}) but no span of that report with a weekday or relative date is cited for the dates")
            for line, row, span in dates
            if (row["record_id"], row["source_id"]) not in relative and is_date_line(span)]


def _unanchored_relative_problems(matched: list[tuple[int, dict, str]], sources: dict[str, dict],
                                  precisions: dict[str, str] | None = None) -> list[Problem]:
    """A weekday or relative date cited for an event's dates comes with what anchors it: the date
    line (or another calendar date) of the same report when the report is dated, a calendar date
    of another report of the event when it is not (CURATION.md §4). A report dated only by its
    address (`published_basis` url) has no date line to cite: the sources resource carries its date.
    An undated report's weekday in a `range` event only narrows bounds set otherwise (a term of
    office, a reference event; §4), so it needs no anchor."""

    dates = [(line, row, span) for line, row, span in matched
             if row["record_table"] == "events" and row["field"] == "date_start"]
    calendar = {(row["record_id"], row["source_id"]) for _, row, span in dates if has_calendar_date(span)}
    any_calendar = {event for event, _ in calendar}
    problems = []
    for line, row, span in dates:
        if not has_relative_cue(span) or has_calendar_date(span):
            continue
        source = sources.get(row["source_id"]) or {}
        dated = bool(source.get("published_date"))
        if dated and source.get("published_basis") == "url":
            continue  # dated by its address alone: no date line in the text to cite; `sources` records it
        if not dated and (precisions or {}).get(row["record_id"]) == "range":
            continue  # the weekday narrows a range whose bounds the guide's §4 justifies otherwise
        anchored = ((row["record_id"], row["source_id"]) in calendar if dated
                    else row["record_id"] in any_calendar)
        if not anchored:
            problems.append(Problem("evidence", "evidence", line, f"events:{row['record_id']}.date_start", "char_start",
                                    "relative-date-unanchored",
                                    f"{row['source_id']} [{row['char_start']}, {row['char_end']}) gives a weekday or relative date "
                                    f"({span.strip()[:40]!r}) but " + ("the report's date line is not cited for the dates" if dated
                                    else "no calendar date of another report anchors it")))
    return problems


def _description_problems(matched: list[tuple[int, dict, str]], commitment_of: dict[str, dict],
                          person_aliases: dict[str, list[str]], titles: dict[tuple[str, str], str]) -> list[Problem]:
    """A person a commitment's description names (a participant of its event) is named in one of
    the commitment's spans: the description says only what the spans say (CURATION.md §8)."""

    spans: dict[str, list[str]] = {}
    first_line: dict[str, int] = {}
    for line, row, span in matched:
        if row["record_table"] == "commitments":
            spans.setdefault(row["record_id"], []).append(span)
            first_line.setdefault(row["record_id"], line)
    problems = []
    for cid, texts in sorted(spans.items()):
        item = commitment_of.get(cid)
        if not item or not item.get("description"):
            continue
        for (event, actor), _ in sorted(titles.items()):
            aliases = person_aliases.get(actor, [])
            if (event == item["event_id"] and names_actor(item["description"], aliases)
                    and not any(names_actor(t, aliases) for t in texts)):
                problems.append(Problem("evidence", "evidence", first_line[cid], f"commitments:{cid}", "description",
                                        "description-names-absent-person",
                                        f"the description names {actor}, whom none of the commitment's spans names"))
    return problems


def _names_office_holder(span: str, event_id: str, person_aliases: dict[str, list[str]],
                         titles: dict[tuple[str, str], str]) -> bool:
    """The span names a participant of the event and the office they held (their title without a
    bracketed rank): the anchor of a date bounded by a term of office (CURATION.md §4)."""

    for (event, actor), title in titles.items():
        office = office_of(title).lower()
        if event == event_id and office and office in span.lower() and names_actor(span, person_aliases.get(actor, [])):
            return True
    return False


def _content_problems(row: dict, span: str, line: int, where: str, person_aliases: dict[str, list[str]],
                      titles: dict[tuple[str, str], str], commitment_of: dict[str, dict] | None = None) -> list[Problem]:

    at = f"{row['source_id']} [{row['char_start']}, {row['char_end']})"
    if (row["record_table"] == "events" and row["field"] == "date_start" and not has_date_cue(span)
            and not _names_office_holder(span, row["record_id"], person_aliases, titles)):
        return [Problem("evidence", "evidence", line, where, "char_start", "span-lacks-date-cue",
                        f"{at} cites {span[:60]!r} for a date, but it holds no day, weekday, month or relative date, nor names a participant with the office whose term bounds the date")]
    if row["record_table"] == "participants" and row["field"] == "actor_id":
        actor = row["record_id"].rpartition("/")[2]
        if actor in person_aliases and not names_actor(span, person_aliases[actor]):
            return [Problem("evidence", "evidence", line, where, "char_start", "span-lacks-actor-name",
                            f"{at} cites {span[:60]!r} for {actor}, but it holds none of the person's spellings")]
    item = (commitment_of or {}).get(row["record_id"]) if row["record_table"] == "commitments" else None
    if item and row["field"] == "modality" and not has_modality_form(span, item["modality"]):
        return [Problem("evidence", "evidence", line, where, "char_start", "span-lacks-modality-verb",
                        f"{at} cites {span[:60]!r} for modality {item['modality']}, but it holds none of its forms (CURATION.md §7)")]
    return []
