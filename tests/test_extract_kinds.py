"""The kinds of report issue 15 lists, each on a report written for the purpose (names, places
and wording are made up or generic; nothing is copied from the corpus)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import events_of, lexicon, write_corpus
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.report import read_report
from pakiran_events.extract.run import manifests

LEX = lexicon()


def _kinds(events):
    return sorted(e.kind for e in events)


def test_a_call_reported_without_any_place_or_publication_date_is_a_call():
    doc = ("x-call", None, "Prime Minister Tariq Mahmood spoke by telephone with Iran's Foreign Minister Karim Rostami "
                           "on 3 March 2024 and both sides agreed to stay in close contact.")
    events = events_of(doc)
    assert _kinds(events) == ["phone_call"]
    assert events[0].place_id is None and events[0].date_start == dt.date(2024, 3, 3)


def test_a_departure_from_home_is_a_visit_to_the_destination_not_a_visit_home():
    doc = ("x-leaves", "2024-05-10", "Army chief General Nadeem Anjum left Islamabad for Tehran on Friday on an official "
                                     "visit. In Tehran, Anjum met Foreign Minister Karim Rostami on Friday.")
    visits = [e for e in events_of(doc) if e.kind == "visit"]
    assert [(v.guest, v.country) for v in visits] == [("nadeem-anjum", "IRN")]


def test_an_ambassador_calling_on_a_minister_is_a_meeting_without_a_visit():
    doc = ("x-envoy", "2024-05-10", "Iranian Ambassador Hamid Farahani called on Interior Minister Saima Baig in "
                                    "Islamabad on Thursday to discuss border security.")
    events = events_of(doc)
    assert _kinds(events) == ["meeting"]
    assert events[0].parent is None and events[0].country == "PAK"


def test_a_meeting_on_the_sidelines_of_a_summit_abroad_is_placed_there_with_both_sides_as_participants():
    from pakiran_events.extract.write import event_rows

    doc = ("x-summit", "2024-07-05", "On the sidelines of the regional summit in Dushanbe, Prime Minister Tariq Mahmood "
                                     "met Iranian Foreign Minister Karim Rostami on Thursday.")
    events = events_of(doc)
    meeting = next(e for e in events if e.kind == "meeting")
    assert meeting.place_id == "dushanbe" and meeting.country == "TJK"
    rows = event_rows(events, LEX, {})
    # a third location: neither side hosts, both take part (the codebook's 'participant')
    assert {p["role"] for p in rows["participants"] if p["event_id"] == rows["events"][0]["event_id"]} == {"participant"}


def test_a_joint_inauguration_is_an_other_event():
    doc = ("x-ceremony", "2024-09-02", "Pakistan's Interior Minister Saima Baig and Iranian Foreign Minister Karim Rostami "
                                       "jointly inaugurated a border market near Gwadar on Monday.")
    assert "other" in _kinds(events_of(doc))


def test_a_visit_told_by_reports_with_different_arrival_days_is_one_visit():
    a = ("x-arr1", "2024-05-13", "Iranian Foreign Minister Karim Rostami arrived in Islamabad on Monday for talks.")
    b = ("x-arr2", "2024-05-15", "Foreign Minister Karim Rostami, who arrived in Islamabad on Tuesday, met Prime Minister "
                                 "Tariq Mahmood on Wednesday.")
    visits = [e for e in events_of(a, b) if e.kind == "visit"]
    assert len(visits) == 1 and visits[0].sources == {"x-arr1", "x-arr2"}


def test_two_delegations_crossing_in_one_week_are_two_visits():
    a = ("x-d1", "2024-05-13", "Interior Minister Saima Baig arrived in Tehran on Monday and met Foreign Minister "
                               "Karim Rostami in Tehran on Monday.")
    b = ("x-d2", "2024-05-15", "Iranian Foreign Minister Farid Karimzadeh arrived in Islamabad on Wednesday and met "
                               "Prime Minister Tariq Mahmood there.")
    visits = {(e.guest, e.country) for e in events_of(a, b) if e.kind == "visit"}
    assert visits == {("saima-baig", "IRN"), ("farid-karimzadeh", "PAK")}


def test_several_meetings_in_one_report_each_keep_their_own_counterpart_and_host():
    doc = ("x-many", "2024-05-15", "Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on "
                                   "Monday. On Tuesday, Rostami held talks with Interior Minister Saima Baig.")
    meetings = sorted((e.host, e.date_start.day) for e in events_of(doc) if e.kind == "meeting")
    assert meetings == [("saima-baig", 14), ("tariq-mahmood", 13)]


@pytest.mark.parametrize("wording", [
    "Iranian Foreign Minister Karim Rostami is slated to meet Prime Minister Tariq Mahmood in Islamabad next week.",
    "The visit of Iranian Foreign Minister Karim Rostami to Islamabad has been postponed.",
    "Talks between Prime Minister Tariq Mahmood and Iranian Foreign Minister Karim Rostami in Islamabad were cancelled.",
])
def test_plans_postponements_and_cancellations_make_no_event(wording):
    assert events_of(("x-plan", "2024-05-15", wording)) == []


def test_a_negated_agreement_is_no_commitment_and_a_negated_meeting_no_event():
    doc = ("x-neg", "2024-05-15", "Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad "
                                  "on Monday. The two sides did not agree on border markets.")
    types = {c["commitment_type"] for e in events_of(doc) for c in e.commitments}
    assert "border_markets" not in types
    assert events_of(("x-neg2", "2024-05-15", "Karim Rostami did not meet Tariq Mahmood in Islamabad.")) == []


@pytest.mark.parametrize("text,published,start,end,precision", [
    ("met on December 30", "2024-01-02", "2023-12-30", "2023-12-30", "day"),       # month and day across New Year
    ("met two days ago", "2024-01-02", "2023-12-31", "2023-12-31", "day"),
    ("met last Thursday", "2024-01-02", "2023-12-28", "2023-12-28", "day"),
    ("met on Tuesday", "2024-01-02", "2024-01-02", "2024-01-02", "day"),           # the report's own weekday
])
def test_relative_and_yearless_dates(text, published, start, end, precision):
    cue = date_cues(text, dt.date.fromisoformat(published), False)[0]
    assert (cue.start.isoformat(), cue.end.isoformat(), cue.precision) == (start, end, precision)


def test_an_unresolvable_date_is_never_a_guessed_day():
    # no year, no publication date: no day, only the month and day kept for the engagement's year
    assert [(c.start, c.month_day) for c in date_cues("met on December 30", None, False)] == [(None, (12, 30, 30))]
    cue = date_cues("met a day after", dt.date(2024, 1, 2), False)[0]
    assert cue.start is None and cue.offset == 1                        # waits for the engagement it follows


def test_a_day_after_counts_from_the_engagement_before_it():
    doc = ("x-after", "2024-05-20", "Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on "
                                    "May 13. A day after, Rostami held talks with Interior Minister Saima Baig.")
    meetings = {e.host: e.date_start for e in events_of(doc) if e.kind == "meeting"}
    assert meetings == {"tariq-mahmood": dt.date(2024, 5, 13), "saima-baig": dt.date(2024, 5, 14)}


def test_a_spelling_one_letter_off_and_an_accented_new_name():
    doc = ("x-spell", "2024-05-15", "Iranian Foreign Minister Farid Karimzade met Interior Minister Saima Baig in "
                                    "Islamabad on Monday, with Pakistan's Deputy Prime Minister José Núñez present.")
    report = read_report(*doc[:1], doc[2], doc[1], LEX)
    people = {a for c in report.candidates for a in c.participants}
    assert {"farid-karimzadeh", "saima-baig"} <= people and "farid-karimzade" not in report.new_actors
    strangers = read_report("x-acc", "Pakistan's Interior Minister Zoë Qureshi met Iranian Foreign Minister Karim Rostami "
                                     "in Islamabad on Monday.", "2024-05-15", LEX).new_actors
    assert "zoe-qureshi" in strangers  # python-slugify transliterates; no letter is dropped


def test_an_office_without_a_name_is_its_holder_on_the_day_from_the_positions_table():
    # the office is the table's holder because the report names him in its last sentence (round 20:
    # the table confirms a name, never supplies one, CURATION.md §6)
    doc = ("x-office", "2024-05-16", "Iranian Foreign Minister Karim Rostami called on Pakistan's army chief in "
                                     "Rawalpindi on Thursday. Nadeem Anjum took command in 2022.")
    meeting = next(e for e in events_of(doc) if e.kind == "meeting")
    assert meeting.host == "nadeem-anjum"
    assert LEX.holder("Foreign Minister", "IRN", dt.date(2024, 5, 19)) == "karim-rostami"
    assert LEX.holder("Foreign Minister", "IRN", dt.date(2024, 5, 21)) == "farid-karimzadeh"
    assert LEX.holder("Chief of Army Staff", "PAK", dt.date(2020, 1, 1)) is None


def test_his_counterpart_is_the_same_office_on_the_other_side():
    doc = ("x-counterpart", "2024-05-15", "Pakistan's Foreign Minister Saima Baig met Iranian Foreign Minister Karim "
                                          "Rostami in Tehran on Monday. Baig thanked her counterpart for the talks.")
    meeting = next(e for e in events_of(doc) if e.kind == "meeting")
    assert {meeting.guest, meeting.host} == {"saima-baig", "karim-rostami"}


def test_a_third_country_in_the_data_needs_no_code(tmp_path):
    """The dyad is data: a user dictionary may add a country's words; the lexicon accepts it."""
    from pakiran_events.extract.lexicon import merge_dictionaries

    extra = tmp_path / "afg.yaml"
    extra.write_text("sides:\n  sides:\n    AFG: [Afghan, Afghanistan, Kabul]\n", encoding="utf-8")
    merged = merge_dictionaries([extra])
    assert "AFG" in merged["sides"]["sides"] and merged["sides"]["dyad"] == ["IRN", "PAK"]


def test_several_corpus_folders_are_one_corpus_and_doc_ids_must_be_unique(tmp_path):
    a = write_corpus(tmp_path / "a", [("one", "2024-01-01", "Text one.")])
    b = write_corpus(tmp_path / "b", [("two", "2024-01-01", "Text two.")])
    assert [r["doc_id"] for r in manifests([a, b])] == ["one", "two"]
    write_corpus(tmp_path / "c", [("one", "2024-01-01", "Text again.")])
    with pytest.raises(ValueError, match="doc_id 'one' is in both"):
        manifests([a, tmp_path / "c"])


def test_a_manifest_saved_with_a_byte_order_mark_is_read(tmp_path):
    root = write_corpus(tmp_path / "bom", [("bom-doc", "2024-01-01", "Text.")])
    data = (root / "manifest.csv").read_bytes()
    (root / "manifest.csv").write_bytes(b"\xef\xbb\xbf" + data)
    assert manifests([root])[0]["doc_id"] == "bom-doc"


def test_a_visit_told_as_to_a_country_is_placed_in_the_city_it_arrived_in_and_an_unplaced_meeting_stays_unplaced():
    doc = ("x-city", "2024-05-16", "Iranian Foreign Minister Karim Rostami began an official visit to Pakistan on Monday. "
                                   "Rostami arrived in Rawalpindi on Monday afternoon. "
                                   "On Tuesday, Rostami held talks with Interior Minister Saima Baig.")
    events = events_of(doc)
    visit = next(e for e in events if e.kind == "visit")
    meeting = next(e for e in events if e.kind == "meeting")
    assert visit.place_id == "rawalpindi"
    assert ("x-city",) == tuple({doc for doc, _ in visit.evidence["place_id"]})
    assert meeting.host == "saima-baig" and meeting.place_id in (None, "rawalpindi")
