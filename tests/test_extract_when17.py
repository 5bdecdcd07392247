"""Exact dates, fourteenth round (issue 15, "when"): a date before the floor leaves its engagement
unwritten (never dated by the report's own month); a year after a place ('visited Kabul in 1962 and
...') dates the visit, and an office named without a person resolves to its holder on the sentence's
days, not on the report's; a relative range told as held is clipped to the report's day ('earlier
this month' on the 1st is that day); a refused publication day leaves no basis claimed; a foreign
dateline ('CITY, Country, Mon DD -') is the newsroom's day, not the meeting's, so the weekday told
later dates it. Every sentence is our own."""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from date_coverage import _lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import earliest_day, read_report


def _floor() -> dt.date:
    return earliest_day(_lexicon())


def _events(text: str, published: str | None):
    return cluster([read_report("x-when17", text, published, _lexicon())])


def _dated(text: str, published: str | None, kind: str = "meeting"):
    return [(str(e.date_start), str(e.date_end), e.precision) for e in _events(text, published) if e.kind == kind]


def _people(text: str, published: str | None, kind: str = "meeting"):
    return [sorted(e.participants) for e in _events(text, published) if e.kind == kind]


# --- 1. a date before the floor: the engagement is not written, never dated by the report ------

def _before_floor_year() -> int:
    return _floor().year - 9


def test_a_day_before_the_floor_leaves_the_meeting_unwritten_not_dated_by_the_report():
    text = (f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on "
            f"12 June {_before_floor_year()}.")
    events = _events(text, "2025-05-07")
    assert [e for e in events if e.date_start is not None and e.date_start.year == 2025] == []
    assert events == []


def test_a_year_before_the_floor_too():
    text = (f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran in "
            f"{_before_floor_year()}.")
    assert _events(text, "2025-05-07") == []


def test_a_visit_and_its_meeting_before_the_floor_are_both_unwritten():
    text = (f"Foreign Minister Ishaq Dar travelled to Tehran on 3 March {_before_floor_year()} and held talks "
            "with Iranian Foreign Minister Abbas Araghchi.")
    assert _events(text, "2025-05-07") == []


def test_near_miss_the_same_meeting_after_the_floor_keeps_its_day():
    year = _floor().year + 4
    text = f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on 12 June {year}."
    assert _dated(text, "2025-05-07") == [(f"{year}-06-12", f"{year}-06-12", "day")]


def test_near_miss_a_report_with_no_date_at_all_is_still_written_as_before():
    # no cue was refused: the terms of office and the report's day bound it, as before this round
    text = "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran."
    assert _dated(text, "2025-05-07") == [("2024-08-21", "2025-05-07", "range")]


def test_near_miss_a_second_dated_meeting_of_the_report_is_kept():
    text = (f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on 12 June "
            f"{_before_floor_year()}. Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
            "in Islamabad on Monday.")
    assert _dated(text, "2025-05-07") == [("2025-05-05", "2025-05-05", "day")]


# --- 2. a year after a place, and an unnamed office's holder on the sentence's days ------------

def _years(text: str):
    return [(c.start, c.end, c.precision) for c in date_cues(text, dt.date(2025, 5, 7), False)]


def test_a_year_after_a_place_then_a_joining_word_is_read():
    assert _years("The minister visited Kabul in 1962 and met officials.") == \
        [(dt.date(1962, 1, 1), dt.date(1962, 12, 31), "year")]
    assert _years("The minister flew to Kabul in 1988 to meet officials.") == \
        [(dt.date(1988, 1, 1), dt.date(1988, 12, 31), "year")]
    assert _years("The minister flew to Kabul in 1988 when talks resumed.") == \
        [(dt.date(1988, 1, 1), dt.date(1988, 12, 31), "year")]


def test_near_miss_a_year_before_a_noun_still_dates_the_noun_not_the_clause():
    assert _years("The minister spoke of Kabul in 1988 polls.") == []
    assert _years("The minister recalled events in 1988 elections.") == []


# An office named without a person is the office-holder table's holder on the sentence's days only when
# the report names that holder somewhere (round 20: the table confirms a name, never supplies one,
# CURATION.md §6). These reports name every foreign minister the dates could pick, so the sentence's
# days still decide which of them the office is.
_FOREIGN_MINISTERS = (" Shah Mahmood Qureshi, Bilawal Bhutto Zardari and Ishaq Dar have all served in the post.")


def test_an_unnamed_office_resolves_to_its_holder_on_the_sentences_day():
    text = ("Pakistan's Foreign Minister met Iranian Foreign Minister Mohammad Javad Zarif in Tehran "
            "on 10 November 2020." + _FOREIGN_MINISTERS)
    assert _people(text, "2025-05-07") == [["mohammad-javad-zarif", "shah-mahmood-qureshi"]]


def test_an_unnamed_office_whose_holder_the_report_never_names_is_nobody():
    text = ("Pakistan's Foreign Minister met Iranian Foreign Minister Mohammad Javad Zarif in Tehran "
            "on 10 November 2020.")
    assert "shah-mahmood-qureshi" not in [p for ps in _people(text, "2025-05-07") for p in ps]


def test_an_unnamed_office_in_a_year_one_person_held_throughout_is_that_person():
    text = ("Pakistan's Foreign Minister met Iranian Foreign Minister Mohammad Javad Zarif in Tehran in 2019."
            + _FOREIGN_MINISTERS)
    assert _people(text, "2025-05-07") == [["mohammad-javad-zarif", "shah-mahmood-qureshi"]]


def test_an_unnamed_office_in_a_year_two_people_held_resolves_to_nobody():
    # Qureshi left in April 2022 and Bilawal Bhutto Zardari took over: neither held it all year
    text = ("Pakistan's Foreign Minister visited Tehran in 2022 and met Iranian Foreign Minister Hossein Amir-Abdollahian."
            + _FOREIGN_MINISTERS)
    people = [p for ps in _people(text, "2025-05-07") for p in ps]
    assert "ishaq-dar" not in people and "bilawal-bhutto-zardari" not in people and "shah-mahmood-qureshi" not in people


def test_an_unnamed_office_in_a_sentence_dated_before_the_floor_is_nobody():
    text = (f"Pakistan's Foreign Minister visited Tehran in {_before_floor_year()} and met Iranian officials "
            "to sign a trade pact.")
    assert _events(text, "2024-05-10") == []


def test_near_miss_an_unnamed_office_without_a_date_is_the_holder_at_publication():
    # the meeting falls back to the report's month: its holder then is the holder on the event's date
    text = "Pakistan's Foreign Minister met Iranian Foreign Minister Abbas Araghchi in Tehran." + _FOREIGN_MINISTERS
    assert _people(text, "2025-05-07") == [["abbas-araghchi", "ishaq-dar"]]


def test_near_miss_an_unnamed_office_on_a_weekday_is_the_holder_on_that_day():
    text = "Pakistan's Foreign Minister met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday." + _FOREIGN_MINISTERS
    assert _people(text, "2025-05-07") == [["abbas-araghchi", "ishaq-dar"]]


# --- 3. a relative range told as held ends on the report's day ------------------------------

def _read(text: str, anchor: dt.date, future: bool = False):
    return [(c.start, c.end, c.precision) for c in date_cues(text, anchor, future)]


def test_earlier_this_month_on_the_first_is_the_reports_day():
    first = dt.date(2024, 6, 1)
    assert _read("The two commissions met earlier this month.", first) == [(first, first, "day")]


def test_this_month_told_as_held_ends_on_the_reports_day():
    day = dt.date(2024, 6, 12)
    assert _read("The two commissions met this month.", day) == [(dt.date(2024, 6, 1), day, "range")]


def test_near_miss_this_month_read_forward_keeps_the_whole_month():
    day = dt.date(2024, 6, 12)
    assert _read("The two commissions will meet this month.", day, True) == \
        [(dt.date(2024, 6, 1), dt.date(2024, 6, 30), "month")]


def test_near_miss_last_month_is_whole_and_before_the_report():
    day = dt.date(2024, 6, 1)
    assert _read("The two commissions met last month.", day) == [(dt.date(2024, 5, 1), dt.date(2024, 5, 31), "month")]


def test_an_event_told_earlier_this_month_in_a_report_of_the_first_never_ends_after_it():
    text = "Pakistani Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian in Tehran earlier this month."
    assert _dated(text, "2025-03-01") == [("2025-03-01", "2025-03-01", "day")]


@settings(max_examples=60, deadline=None)
@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2100, 12, 31)),
       st.sampled_from(["earlier this month", "this month", "earlier this week", "this week", "over the weekend",
                        "last weekend", "this weekend", "last month", "last week"]))
def test_no_relative_range_told_as_held_ends_after_the_report(day, words):
    for start, end, _ in _read(f"The two commissions met {words}.", day):
        assert start <= end <= day


# --- 4. a refused publication day claims no basis ---------------------------------------------

def _source(tmp_path, published: str, basis: str = "date-line"):
    from pakiran_events.extract.run import read_one

    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "docs/a-1.txt").write_text("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
                                           "in Tehran on Monday.", encoding="utf-8")
    entry = {"doc_id": "a-1", "file": "docs/a-1.txt", "root": str(tmp_path), "published": published,
             "published_basis": basis}
    read, _ = read_one(entry, _lexicon(), 0)
    return read.source["published_date"], read.source["published_basis"]


def test_a_publication_day_before_the_floor_leaves_no_basis(tmp_path):
    day = _floor().replace(year=_floor().year - 1).isoformat()
    assert _source(tmp_path, day) == (None, None)


def test_near_miss_a_publication_day_at_the_floor_keeps_the_manifests_basis(tmp_path):
    assert _source(tmp_path, _floor().isoformat()) == (_floor().isoformat(), "date-line")


def test_the_basis_values_written_are_the_schemas(tmp_path):
    schema = json.loads((Path(__file__).parents[1] / "schemas/sources.schema.json").read_text(encoding="utf-8"))
    field = next(f for f in schema["fields"] if f["name"] == "published_basis")
    pattern = re.compile(field["constraints"]["pattern"])
    for value in ("date-line", "byline", "url", "date-line+byline", "text"):
        assert pattern.fullmatch(value), value
    for value in ("dateline", "date-line+", "none", ""):
        assert not pattern.fullmatch(value), value


# --- 5. a foreign dateline is the newsroom's day; the weekday told later dates the meeting ------

def test_a_dateline_with_its_country_is_not_the_meetings_day():
    text = ("ANKARA, Turkey, Mar 7 - Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
            "in Ankara on the sidelines of a regional forum on Wednesday.")
    assert _dated(text, "2025-03-07") == [("2025-03-05", "2025-03-05", "day")]


def test_a_dateline_with_an_accented_city_too():
    text = ("BOGOTÁ, Colombia, Mar 7: Foreign Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi "
            "met at a conference in Bogotá on Thursday.")
    assert _dated(text, "2025-03-07") == [("2025-03-06", "2025-03-06", "day")]


def test_near_miss_a_dateline_without_its_country_was_already_the_newsrooms():
    text = ("ANKARA, Mar 7 - Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
            "in Ankara on the sidelines of a regional forum on Wednesday.")
    assert _dated(text, "2025-03-07") == [("2025-03-05", "2025-03-05", "day")]


def test_near_miss_a_foreign_dateline_alone_still_dates_a_meeting_told_without_a_day():
    text = ("ANKARA, Turkey, Mar 7 - Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi "
            "in Ankara on the sidelines of a regional forum.")
    assert _dated(text, "2025-03-07") == [("2025-03-07", "2025-03-07", "day")]


# --- 6. a speech told as made at an engagement: the date closing its phrase is the engagement's ---

_LONG_SAYING = ("that the two countries would keep their border crossings open for traders and pilgrims "
                "through the winter.")


def test_in_a_meeting_with_a_day_then_said_dates_the_meeting():
    text = ("Interior Minister Mohsin Naqvi, in a meeting in Islamabad with Iran's Ambassador Reza Amiri Moghadam "
            f"on Tuesday, said {_LONG_SAYING}")
    assert _dated(text, "2024-01-26") == [("2024-01-23", "2024-01-23", "day")]


def test_during_talks_with_a_day_then_stated_too():
    text = ("Interior Minister Mohsin Naqvi, during talks with Iran's Ambassador Reza Amiri Moghadam in Islamabad "
            f"on Tuesday, stated {_LONG_SAYING}")
    assert _dated(text, "2024-01-26") == [("2024-01-23", "2024-01-23", "day")]


def test_near_miss_a_day_of_speaking_to_reporters_after_the_meeting_is_not_the_meetings():
    text = ("Interior Minister Mohsin Naqvi met Iran's Ambassador Reza Amiri Moghadam in Islamabad. The minister, "
            f"speaking to reporters on Thursday, said {_LONG_SAYING}")
    assert ("2024-01-25", "2024-01-25", "day") not in _dated(text, "2024-01-26")


def test_near_miss_a_short_saying_was_already_read():
    text = ("Interior Minister Mohsin Naqvi, in a meeting in Islamabad with Iran's Ambassador Reza Amiri Moghadam "
            "on Tuesday, said that border crossings would stay open.")
    assert _dated(text, "2024-01-26") == [("2024-01-23", "2024-01-23", "day")]


def test_a_basis_the_schema_does_not_know_is_a_warning_and_left_empty_never_a_failed_run(tmp_path):
    from click.testing import CliRunner

    from extract_fixtures import SAME_MEETING, write_corpus, write_gazetteer
    from pakiran_events.cli import main

    root = write_corpus(tmp_path / "c", [SAME_MEETING])
    rows = list(csv.reader((root / "manifest.csv").open(encoding="utf-8")))
    rows[1][7] = "website"
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(out), "--scheduler", "synchronous",
                                       "--no-progress", "--gazetteer", str(write_gazetteer(tmp_path / "gazetteer"))])
    assert result.exit_code == 0, result.output
    assert (f"warning: corpus: {root / 'manifest.csv'} row 2 [{SAME_MEETING[0]}] field published_basis: "
            "published-basis-unknown: 'website'") in result.output
    with (out / "data/sources.csv").open(encoding="utf-8") as fh:
        (source,) = list(csv.DictReader(fh))
    assert source["published_date"] == SAME_MEETING[1] and source["published_basis"] == ""
