"""Round 24 of extraction speed (issue 16): the manifest check streams (no row held: the doc ids'
hashes find a repeat, a second reading names it), and clustering's `incident_day` and
`_other_arrival` no longer grow with the square of a block's copied reports. None may change a
verdict or a choice: each test compares the new form with round 23's, kept here as the reference."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakiran_events.core import corpus as corpus_module
from pakiran_events.core.corpus import MANIFEST_PROBLEMS_SHOWN, Corpus, checked_rows, manifest_problems
from pakiran_events.extract import cluster as cl
from pakiran_events.extract.dates import DateCue
from pakiran_events.extract.report import Candidate, Span
from pakiran_events.extract.run import CHUNK, RowChunks


# -- the manifest check --------------------------------------------------------------------------
def old_manifest(roots: list[Path]) -> tuple[list[dict], list[int]]:
    """`Corpus.manifest` as round 23 wrote it: every row read into a list, a dict of the doc ids."""
    rows: list[dict] = []
    lines: list[int] = []
    bad: list[str] = []
    seen: dict[str, Path] = {}
    for root in roots:
        manifest = root / "manifest.csv"
        try:
            with manifest.open(encoding="utf-8-sig", newline="") as fh:
                reader = csv.DictReader(fh)
                read, ends = [], []
                for row in reader:
                    read.append(row)
                    ends.append(reader.line_num)
                header = reader.fieldnames or []
        except UnicodeDecodeError as exc:
            raise ValueError(f"{manifest}: not a UTF-8 CSV ({exc})") from None
        except csv.Error as exc:
            raise ValueError(f"{manifest} line {reader.line_num}: cannot be read as CSV ({exc})") from None
        missing = {"doc_id", "file"} - set(header)
        if read and missing:
            raise ValueError(f"{manifest}: no {', '.join(sorted(missing))} column (header: {list(header)})")
        for line, row in zip(ends, read):
            if not row.get("doc_id") or not row.get("file") or None in row:
                bad.append(f"{manifest} line {line}: needs a doc_id and a file, and as many cells as the header")
                continue
            doc = str(row.get("doc_id"))
            if doc in seen:
                bad.append(f"{manifest} line {line}: doc_id {doc!r} is in both {seen[doc]} and {root} (also "
                           f"in {seen[doc] / 'manifest.csv'}; doc ids must be unique across folders and within each)")
                continue
            seen[doc] = root
            rows.append({**row, "root": str(root)})
            lines.append(line)
    if bad:
        shown = "; ".join(bad[:MANIFEST_PROBLEMS_SHOWN])
        more = f"; and {len(bad) - MANIFEST_PROBLEMS_SHOWN} more" if len(bad) > MANIFEST_PROBLEMS_SHOWN else ""
        raise ValueError(f"{len(bad)} bad manifest row(s): {shown}{more}")
    return rows, lines


def _verdict(read) -> tuple:
    try:
        return ("rows", read())
    except ValueError as exc:
        return ("error", str(exc))


def _new(roots: list[Path]) -> tuple:
    corpus = Corpus(*roots)
    rows = corpus.manifest()
    return rows, [line for _, line in corpus.where()]


CELLS = st.sampled_from(["", "a", "b", "c", "docs/a.txt", "x y", "\"q,\"", "2024-01-02", "\ufeffa", "caf\u00e9"])
ROWS = st.lists(st.lists(CELLS, min_size=0, max_size=5), max_size=30)


def _write(root: Path, header: list[str], rows: list[list[str]], raw: bytes = b"") -> Path:
    root.mkdir(parents=True, exist_ok=True)
    with (root / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([header, *rows])
    if raw:
        with (root / "manifest.csv").open("ab") as fh:
            fh.write(raw)
    return root


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(folders=st.lists(st.tuples(st.sampled_from([["doc_id", "file"], ["doc_id", "file", "published"],
                                                    ["file", "url"], ["doc_id", "file", "a", "b"]]), ROWS,
                                   st.sampled_from([b"", b"z,docs/z.txt\n", b"\xff,x\n", b"q,\"x\x00\n"])),
                         min_size=1, max_size=3))
def test_the_streamed_check_names_what_round_23_named(tmp_path_factory, folders):
    """Same rows and lines, or the same error message (every bad row and repeated id, the first
    twenty named, the rest counted), on generated manifests of one to three folders: missing cells,
    cells past the header, ids repeated within and across folders, no doc_id column, bytes that are
    not UTF-8, a NUL in a quote."""
    base = tmp_path_factory.mktemp("m")
    roots = [_write(base / f"f{n}", header, rows, raw) for n, (header, rows, raw) in enumerate(folders)]
    assert _verdict(lambda: _new(roots)) == _verdict(lambda: old_manifest(roots))


def test_more_than_the_shown_bad_rows_are_counted_as_before(tmp_path):
    rows = [["a", "docs/a.txt"]] * 30 + [["", "x"]] * 5 + [["b", "docs/b.txt"], ["b", "docs/b.txt"]]
    roots = [_write(tmp_path / "one", ["doc_id", "file"], rows), _write(tmp_path / "two", ["doc_id", "file"], rows)]
    new, old = _verdict(lambda: _new(roots)), _verdict(lambda: old_manifest(roots))
    assert new == old and new[0] == "error" and new[1].startswith("72 bad manifest row(s)") and "and 52 more" in new[1]


def test_a_hash_shared_by_different_ids_is_no_repeat(tmp_path, monkeypatch):
    """Every id given one hash: the second reading finds no id twice, so the rows stand; one real
    repeat among them is named as before."""
    monkeypatch.setattr(corpus_module, "hash", lambda doc: 7, raising=False)
    root = _write(tmp_path / "c", ["doc_id", "file"], [["a", "docs/a.txt"], ["b", "docs/b.txt"], ["c", "docs/c.txt"]])
    assert _verdict(lambda: _new([root])) == _verdict(lambda: old_manifest([root]))
    assert [r["doc_id"] for r in Corpus(root).manifest()] == ["a", "b", "c"]
    again = _write(tmp_path / "d", ["doc_id", "file"], [["a", "x"], ["b", "y"], ["a", "z"]])
    verdict = _verdict(lambda: _new([again]))
    assert verdict == _verdict(lambda: old_manifest([again])) and "line 4: doc_id 'a' is in both" in verdict[1]


def old_checked(roots: list[Path], doc_pattern: str, basis_pattern: str) -> tuple:
    """Round 23's `adapter.checked_manifest`: the problems of the whole list, then the basis cleared
    (and, since round 26's re-read, a `published` cell that is no date read empty, as import-sources reads it)."""
    corpus = Corpus(*roots)
    errors, warnings = manifest_problems(corpus, doc_pattern, basis_pattern)
    rows = [dict(r) for r in corpus.manifest()]
    unknown = {(w.resource, w.row) for w in warnings if w.code == "published-basis-unknown"}
    no_date = {(w.resource, w.row) for w in warnings if w.code == "published-not-a-date"}
    for row, (manifest, line) in zip(rows, corpus.where()):
        if (str(manifest), line) in unknown:
            row["published_basis"] = ""
        if (str(manifest), line) in no_date:  # and its basis since round 27 (sources.schema.json: no date, no basis)
            row["published"] = row["published_basis"] = ""
    return rows, errors, warnings


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.tuples(st.sampled_from(["a", "b-2", "Bad", "x--y", "c"]),
                               st.sampled_from(["", "2024-01-02", "20240102", "yesterday"]),
                               st.sampled_from(["", "byline", "website", "date-line+url"])), max_size=12, unique_by=lambda r: r[0]))
def test_rows_checked_as_they_stream_are_the_whole_lists(tmp_path_factory, rows):
    root = _write(tmp_path_factory.mktemp("c"), ["doc_id", "file", "published", "published_basis"],
                  [[doc, f"docs/{doc}.txt", published, basis] for doc, published, basis in rows])
    doc_pattern, basis_pattern = r"[a-z0-9]+(-[a-z0-9]+)*", r"(date-line|byline|url)(\+(date-line|byline|url))*"
    errors: list = []
    warnings: list = []
    streamed = list(checked_rows(Corpus(root), doc_pattern, basis_pattern, errors, warnings))
    assert (streamed, errors, warnings) == old_checked([root], doc_pattern, basis_pattern)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.integers(0, 3 * CHUNK + 5))
def test_rows_spilled_as_they_stream_are_the_list_chunks(tmp_path_factory, rows):
    entries = [{"doc_id": f"d{n}", "file": f"docs/d{n}.txt"} for n in range(rows)]
    chunks = RowChunks.spilled(iter(entries), tmp_path_factory.mktemp("rows"))
    assert len(chunks) == rows
    assert [chunks.chunk(n) for n in range(len(chunks.paths))] == [entries[i:i + CHUNK] for i in range(0, rows, CHUNK)]


def test_extract_names_a_repeated_id_of_a_streamed_manifest(tmp_path):
    from click.testing import CliRunner

    from pakiran_events.cli import main

    root = _write(tmp_path / "c", ["doc_id", "file"], [["a", "docs/a.txt"], ["a", "docs/b.txt"]])
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0 and "internal error" not in result.output
    assert "line 3: doc_id 'a' is in both" in result.output
    assert not (tmp_path / "out" / "datapackage.json").exists()


# -- incident_day --------------------------------------------------------------------------------
def old_incident_day(members: list, start: dt.date, end: dt.date):
    """`incident_day` as round 23 wrote it: every pair of an offset and a day telling."""
    told = [(doc, x) for doc, _, c in members for x in c.incidents]
    offsets = [(doc, x) for doc, x in told if x[0] == "offset"]
    if not offsets:
        return None
    weekdays = {cue.weekday for _, _, c in members for cues in (c.dates, c.arrival, c.departure)
                for cue, _ in cues if cue.weekday is not None and not cue.resolved and not cue.ahead}
    if len(weekdays) != 1:
        return None
    found: dict[dt.date, list] = {}
    for doc, (_, shift, words, span) in offsets:
        for other, (_, month_day, stems, at) in [(d, x) for d, x in told if x[0] == "day"]:
            if len(set(words).intersection(stems)) < cl.INCIDENT_WORDS:
                continue
            month, first, _ = month_day
            for year in range(start.year, end.year + 1):
                try:
                    day = dt.date(year, month, first) + dt.timedelta(days=shift)
                except (ValueError, OverflowError):
                    continue
                if start <= day <= end and day.weekday() in weekdays:
                    found.setdefault(day, []).extend([(doc, span), (other, at)])
    if len(found) != 1:
        return None
    day, cites = next(iter(found.items()))
    return day, cites


STEMS = st.sampled_from([("bord", "guar", "kill"), ("bord", "guar", "kill", "ambu"), ("dams", "open", "trad"),
                         ("bord", "kill")])
INCIDENT = st.one_of(st.tuples(st.just("offset"), st.integers(-14, 14), STEMS, st.integers(0, 3)),
                     st.tuples(st.just("day"), st.tuples(st.integers(1, 12), st.integers(1, 28), st.integers(1, 28)),
                               STEMS, st.integers(0, 3)))


@settings(max_examples=200, deadline=None)
@given(reports=st.lists(st.tuples(st.lists(INCIDENT, max_size=3), st.sampled_from([None, 2, 3])), min_size=1,
                        max_size=4),
       copies=st.integers(1, 4), start=st.dates(dt.date(2018, 1, 1), dt.date(2024, 1, 1)), days=st.integers(0, 1200))
def test_an_incident_day_and_its_cites_are_round_23s_on_copied_reports(reports, copies, start, days):
    """The day, and the spans cited (`Event.cite` keeps each once, in first order), are the pairs'
    over every offset and day telling, on reports copied 1-4 times (a replicated corpus)."""
    members = []
    for copy in range(copies):
        for n, (incidents, weekday) in enumerate(reports):
            dates = [(DateCue(None, None, "day", weekday=weekday), Span(0, 1))] if weekday is not None else []
            c = Candidate("visit", "a", "b", "IRN", False, 0, dates=dates)
            c.incidents = tuple((kind, x, stems, Span(at, at + 1)) for kind, x, stems, at in incidents)
            members.append((f"copy{copy}-r{n}", None, c))
    end = start + dt.timedelta(days=days)
    new, old = cl.incident_day(members, start, end), old_incident_day(members, start, end)
    assert (new is None) == (old is None)
    if new is not None:
        assert new[0] == old[0] and new[1] == list(dict.fromkeys(old[1]))


# -- _other_arrival ------------------------------------------------------------------------------
def old_other_arrival(told: list, group: list) -> bool:
    """`_other_arrival` as round 23 wrote it: the group's arrival weekdays read whole each time."""
    weekdays = cl._arrival_weekdays(told)
    arrived = {cue.start.weekday() for _, _, c in group for cue, _ in c.arrival
               if cue.resolved and cue.precision == "day" and not cue.ahead}
    near = {(w + shift) % 7 for w in arrived for shift in (-1, 0, 1)}
    return bool(weekdays and arrived) and not weekdays & near


ARRIVAL = st.one_of(st.none(), st.integers(0, 30).map(lambda n: ("day", dt.date(2024, 3, 1) + dt.timedelta(days=n))),
                    st.integers(0, 6).map(lambda w: ("weekday", w)))


def _arriving(doc: str, arrival) -> tuple:
    cues = []
    if arrival and arrival[0] == "day":
        cues = [(DateCue(arrival[1], arrival[1], "day"), Span(0, 1))]
    elif arrival:
        cues = [(DateCue(None, None, "day", weekday=arrival[1]), Span(0, 1))]
    return (doc, None, Candidate("visit", "g", "h", "IRN", False, 0, arrival=cues))


@settings(max_examples=150, deadline=None)
@given(steps=st.lists(st.tuples(st.integers(0, 2), ARRIVAL, st.booleans()), max_size=25))
def test_a_groups_arrivals_kept_as_items_join_are_read_whole(steps):
    """Groups grown one item at a time (as undated reports join), asked between joins: the kept
    arrival weekdays and the verdict are round 23's reading of the whole group."""
    groups: list[list] = [[], [], []]
    arrivals = cl._GroupSets(groups, cl._arrived_weekdays)
    for n, (g, arrival, ask) in enumerate(steps):
        item = _arriving(f"r{n}", arrival)
        if ask:
            assert arrivals(g) == cl._arrived_weekdays(groups[g])
            assert cl._other_arrival([item], arrivals(g)) == old_other_arrival([item], groups[g])
        groups[g].append(item)


@pytest.mark.parametrize("copies", [1, 3])
def test_copied_undated_arrivals_split_as_before(copies):
    """A block of dated visits and undated reports telling an arrival weekday, copied: the groups are
    the ones `_other_arrival` without kept arrivals gives (the split reads only the verdicts)."""
    dated = [_arriving(f"d{n}", ("day", dt.date(2024, 3, 5) + dt.timedelta(days=20 * n))) for n in range(3)]
    undated = [_arriving(f"u{n}", ("weekday", w)) for n, w in enumerate([1, 3, 6])]
    items = [(f"c{k}-{doc}", pub, c) for k in range(copies) for doc, pub, c in dated + undated]
    for n in range(len(items)):
        if items[n][2].arrival and items[n][2].arrival[0][0].resolved:
            items[n] = (items[n][0], items[n][2].arrival[0][0].start, items[n][2])
    groups = cl._split_in_time(items)
    for g, group in enumerate(groups):
        for doc, _, c in group:
            if not c.arrival[0][0].resolved:  # an undated report joined a group whose arrival day allows it
                assert not old_other_arrival([(doc, None, c)], [m for m in group if m[2].arrival[0][0].resolved])
