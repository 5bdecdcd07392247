"""Review (review12) of the morning's speed merges: what a hostile reading found, as tests that
failed on the merged code. Behaviour only, never time."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import polars as pl
import pytest
import yaml

from mini import mini_event, write_repo
from pakiran_events.build import published
from pakiran_events.build.build import build

DATA = Path("dataset") / "data"


def _package(root: Path) -> dict[str, bytes]:
    files = [root / "datapackage.json", *sorted((root / DATA).rglob("*"))]
    return {str(p.relative_to(root)): p.read_bytes() for p in files if p.is_file()}


def _places(root: Path, longitude: float) -> None:
    (root / "dataset" / "curated" / "places.yaml").write_text(yaml.safe_dump([{
        "place_id": "quetta", "name": "Quetta", "country_iso3": "PAK", "latitude": 30.18, "longitude": longitude,
        "coordinate_precision": "city", "geonames_id": 1167528}]))


def test_frames_that_write_other_bytes_have_other_digests():
    # polars' hash_rows gives 0.0 and -0.0 one hash; the CSV and Parquet writers tell them apart
    plus, minus = pl.DataFrame({"longitude": [0.0]}), pl.DataFrame({"longitude": [-0.0]})
    assert plus.write_csv() != minus.write_csv()
    assert published.frame_digest(plus) != published.frame_digest(minus)


def test_a_coordinate_signed_zero_edit_is_published_as_a_clean_build_would(tmp_path, repo):
    # a place on the prime meridian written as 0.0, then corrected to -0.0 (a curator's sign): the
    # cached rebuild must not link the last build's '0.0' files where a clean build writes '-0.0'
    root = write_repo(tmp_path / "r", repo, copy.deepcopy(mini_event()))
    ids = root / "dataset" / "curated" / "ids.csv"
    if ids.exists():
        ids.unlink()
    _places(root, 0.0)
    build(root)
    _places(root, -0.0)
    build(root)
    cached = _package(root)
    build(root, cache=False)
    assert cached == _package(root)


def _second(root: Path, summary: str) -> None:
    event = copy.deepcopy(mini_event())
    event["event_id"] = "E000002"
    event["commitments"][0]["commitment_id"] = "C000003"
    event["commitments"][1]["commitment_id"] = "C000004"
    event["summary"] = summary
    (root / "dataset" / "curated" / "events" / "two.yaml").write_text(
        yaml.safe_dump({"events": [event]}, sort_keys=False), encoding="utf-8")


def test_a_file_edited_in_the_clock_tick_of_the_record_is_written_again(tmp_path, repo, monkeypatch):
    # a file system whose timestamps are coarse (one second on HFS+, ext3, many NFS servers; a
    # jiffy on Linux before multigrain timestamps): a same-size edit in the tick the record was
    # written in leaves size, mtime, ctime and inode as recorded. The record cannot tell such a file
    # from the one it saw (git's "racily clean" entry): it must be written again, not linked.
    # The coarse clock is simulated: every stat time reads as the same tick.
    root = write_repo(tmp_path / "r", repo, copy.deepcopy(mini_event()))
    ids = root / "dataset" / "curated" / "ids.csv"
    if ids.exists():
        ids.unlink()
    _second(root, "Two ministers met in Quetta.")
    real = published._signature

    def one_tick(path):
        signature = real(path)
        return None if signature is None else (signature[0], 0, 0, signature[3])

    monkeypatch.setattr(published, "_signature", one_tick)
    build(root)
    commitments = root / DATA / "commitments.csv"
    published_bytes = commitments.read_bytes()
    assert b"share intelligence" in published_bytes
    with open(commitments, "r+b") as fh:  # in place: same inode, same size, still a valid table
        fh.write(published_bytes.replace(b"share intelligence", b"SHARE INTELLIGENCE"))
    _second(root, "Two ministers met in Quetta again.")
    build(root)
    cached = _package(root)
    assert cached["dataset/data/commitments.csv"] == published_bytes
    build(root, cache=False)
    assert cached == _package(root)


# -- dates at the calendar's ends (a report may claim 9999-12-31 or year 1): extract never raises ------
def _cluster(*reports: tuple[str, str | None]):
    """The reports clustered, read with the dated range widened to the whole calendar (the calendar's
    ends are what these tests reach: extract_fixtures.whole_calendar)."""
    from extract_fixtures import whole_calendar
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report
    from test_extract_who_what import ORG_LEX

    lex = whole_calendar(ORG_LEX)
    read = [read_report(f"doc-{n}", text, published, lex) for n, (text, published) in enumerate(reports)]
    return cluster(read)


def test_an_offset_from_a_day_at_the_calendars_end_does_not_raise():
    # 'one week after' counted from a day in the last week of 9999: past the calendar
    events = _cluster(("Minister Saima Baig met her Iranian counterpart in Tehran two days ago. She met him "
                       "again in Tehran on Monday, one week after a flood swept the border town.", "9999-12-31"))
    assert all(e.date_start is None or e.date_start.year == 9999 for e in events)


def test_an_arrival_weekday_near_the_calendars_end_does_not_raise():
    # an undated report's 'arrived on Sunday' looked for the Sunday nearest the visit's days a week
    # either side of them: past the calendar's last day
    text = "Interior Minister Saima Baig arrived in Tehran on Sunday on a three-day visit."
    assert _cluster((text, "9999-12-31"), (text, None))


def test_a_publication_day_before_the_earliest_year_is_read_as_missing_and_does_not_raise():
    # the calendar's first day is before the extractor's earliest year (engagement.yaml earliest_year,
    # read from the dictionary data): the report is read as undated, so the result is that of two
    # undated reports
    from pakiran_events.extract.report import earliest_day
    from test_extract_who_what import ORG_LEX

    floor = earliest_day(ORG_LEX)
    text = "Interior Minister Saima Baig arrived in Tehran on Sunday on a three-day visit."

    def shape(events):
        return [(e.kind, e.date_start, e.date_end, sorted(e.participants)) for e in events]

    assert shape(_cluster((text, "0001-01-01"), (text, None))) == shape(_cluster((text, None), (text, None)))
    day_before = (floor - dt.timedelta(days=1)).isoformat()
    assert shape(_cluster((text, day_before), (text, None))) == shape(_cluster((text, None), (text, None)))
    assert shape(_cluster((text, floor.replace(month=3, day=4).isoformat()), (text, None)))  # at the floor the day is read


def test_a_run_killed_between_publishing_and_recording_leaves_no_record_that_links_stale_files(tmp_path, repo,
                                                                                                monkeypatch):
    # held on review: the stale record names the files of the build before; every file the killed
    # run published (written, or linked: a link moves the inode's ctime) has another signature
    root = write_repo(tmp_path / "r", repo, copy.deepcopy(mini_event()))
    ids = root / "dataset" / "curated" / "ids.csv"
    if ids.exists():
        ids.unlink()
    _second(root, "Two ministers met in Quetta.")
    build(root)

    def killed(*args, **kwargs):
        raise KeyboardInterrupt

    _second(root, "Two ministers met in Quetta again.")
    with monkeypatch.context() as patch:
        patch.setattr(published, "record", killed)
        with pytest.raises(KeyboardInterrupt):
            build(root)
    _second(root, "Two ministers met in Quetta once more.")
    build(root)
    cached = _package(root)
    # the linked files share their inode with nothing once the previous package is gone
    assert all(p.stat().st_nlink == 1 for p in (root / DATA).rglob("*") if p.is_file())
    build(root, cache=False)
    assert cached == _package(root)
