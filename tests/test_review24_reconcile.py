"""Round 24 review of the reconciliation stage (extract/reconcile.py): which departure closes a
visit (F2), a vague period bounds nothing (F5), a told length against a departure (note)."""

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract import reconcile
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.dates import date_cues
from pakiran_events.extract.notes import conflict_note
from pakiran_events.extract.report import read_report

D = dt.date


def _ev(reports):
    return [(e.kind, e.place_id, e.date_start, e.date_end)
            for e in cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])]


def _one(text, day="2025-03-07"):
    return _ev([("own", day, text)])


# --- the reviewer's tests ---

def test_leaving_home_for_the_visit_does_not_close_it():
    visits = [e for e in _ev([
        ("a", "2025-03-03", "ISLAMABAD, March 3: Interior Minister Mohsin Naqvi left Islamabad for Tehran on Sunday on "
         "an official visit to Iran."),
        ("b", "2025-03-05", "TEHRAN, March 5: Interior Minister Mohsin Naqvi, on an official visit to Iran, visited "
         "the shrine in Mashhad.")]) if e[0] == "visit"]
    assert visits and visits[0][3] >= D(2025, 3, 5), visits


def test_a_leg_departure_does_not_close_a_later_dateline_of_the_visit():
    visits = [e for e in _ev([
        ("a", "2025-03-03", "TEHRAN, March 3: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a visit to Iran."),
        ("b", "2025-03-05", "TEHRAN, March 5: Interior Minister Mohsin Naqvi left Tehran for Mashhad on Tuesday."),
        ("c", "2025-03-06", "MASHHAD, March 6: Interior Minister Mohsin Naqvi, on a visit to Iran, prayed at the shrine "
         "of Imam Reza.")]) if e[0] == "visit"]
    assert visits and visits[0][3] == D(2025, 3, 6), visits


def test_this_month_is_no_first_day_of_the_visit():
    assert _one("ISLAMABAD, March 17: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on his second visit "
                "to Iran this month.", "2025-03-17")[0][2] == D(2025, 3, 17)


# --- near misses (F2): only the way home closes the visit ---

def _visits(reports):
    return [e for e in _ev(reports) if e[0] == "visit"]


def test_a_departure_home_to_a_named_city_still_closes_the_visit():
    visits = _visits([
        ("a", "2025-03-03", "TEHRAN, March 3: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a visit to Iran."),
        ("b", "2025-03-05", "TEHRAN, March 5: Interior Minister Mohsin Naqvi returned to Islamabad on Wednesday "
         "after his visit to Iran."),
        ("c", "2025-03-07", "TEHRAN, March 7: Interior Minister Mohsin Naqvi, on a visit to Iran, signed a border accord.")])
    assert visits and visits[0][2:] == (D(2025, 3, 3), D(2025, 3, 5)), visits


def test_a_departure_naming_no_destination_still_closes_the_visit():
    visits = _visits([
        ("a", "2025-03-03", "TEHRAN, March 3: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a visit to Iran."),
        ("b", "2025-03-05", "TEHRAN, March 5: Interior Minister Mohsin Naqvi left Tehran on Wednesday after his visit to Iran."),
        ("c", "2025-03-07", "TEHRAN, March 7: Interior Minister Mohsin Naqvi, on a visit to Iran, signed a border accord.")])
    assert visits and visits[0][2:] == (D(2025, 3, 3), D(2025, 3, 5)), visits


def test_a_city_after_a_trip_noun_is_no_destination_of_the_departure():
    # 'a visit to Mashhad' after the departure is where the guest was, not where he went on to
    r = read_report("own", "TEHRAN, March 7: Interior Minister Mohsin Naqvi left Tehran on Thursday after a visit to "
                    "Mashhad.", "2025-03-07", shipped_lexicon())
    visits = [c for c in r.candidates if c.kind == "visit"]
    assert visits and visits[0].departure and not visits[0].departing, visits


def test_the_way_out_gives_way_to_a_told_arrival():
    visits = _visits([("a", "2025-03-04", "ISLAMABAD, March 4: Interior Minister Mohsin Naqvi left Islamabad on Sunday "
                       "for Tehran on a visit to Iran and arrived in Tehran on Monday.")])
    assert visits and visits[0][2] == D(2025, 3, 3), visits


def test_a_leg_is_typed_and_the_way_out_is_typed():
    lex = shipped_lexicon()
    leg = [c for c in read_report("b", "TEHRAN, March 5: Interior Minister Mohsin Naqvi left Tehran for Mashhad on "
                                  "Tuesday.", "2025-03-05", lex).candidates if c.kind == "visit"]
    out = [c for c in read_report("a", "ISLAMABAD, March 3: Interior Minister Mohsin Naqvi left Islamabad for Tehran on "
                                  "Sunday on an official visit to Iran.", "2025-03-03", lex).candidates if c.kind == "visit"]
    assert [list(c.departing.values()) for c in leg + out] == [["leg"], ["outbound"]]


def _claim(kind, day, doc="a"):
    return reconcile.Claim(kind, day, day, doc, None)


def _decide(claims, length=None):
    return reconcile.reconcile(claims, [], length=lambda start: length, cap=lambda start: dt.date.max,
                               week_end=lambda start, end: end, departure_told=True)


def test_reconcile_closes_datelines_only_by_the_way_home():
    later = _claim("dateline", D(2025, 3, 6), "c")
    for kind in ("leg", "outbound"):
        d = _decide([_claim("arrival", D(2025, 3, 3)), _claim(kind, D(2025, 3, 4), "b"), later])
        assert (d.start, d.end) == (D(2025, 3, 3), D(2025, 3, 6)), kind
    d = _decide([_claim("arrival", D(2025, 3, 3)), _claim("departure", D(2025, 3, 4), "b"), later])
    assert (d.start, d.end) == (D(2025, 3, 3), D(2025, 3, 4))


# --- near misses (F5): a period bounds nothing, whatever precision a cut gives it ---

def test_earlier_this_month_is_no_first_day_either():
    assert _one("ISLAMABAD, March 17: Interior Minister Mohsin Naqvi, who visited Iran earlier this month, arrived in "
                "Tehran on Monday on a visit to Iran.", "2025-03-17")[0][2] == D(2025, 3, 17)


def test_this_week_beside_an_arrival_is_no_first_day():
    assert _one("ISLAMABAD, March 19: Interior Minister Mohsin Naqvi arrived in Tehran on Wednesday on his second visit "
                "to Iran this week.", "2025-03-19")[0][2] == D(2025, 3, 19)


@given(anchor=st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)),
       phrase=st.sampled_from(["this month", "earlier this month", "this week", "earlier this week", "this year",
                               "earlier this year"]))
def test_a_told_period_stays_vague_whatever_its_cut(anchor, phrase):
    cues = date_cues(f"He arrived in Tehran {phrase}.", anchor, False)
    assert cues and all(reconcile.vague(c) for c in cues), cues
    assert all(c.end is None or c.end <= anchor for c in cues), cues


def test_a_day_range_is_no_period():
    cues = date_cues("He was in Tehran on 3-5 March.", D(2025, 3, 7), False)
    assert cues and not any(reconcile.vague(c) for c in cues), cues


# --- the note: a told length against the departure home ---

def _visit_events(text, day):
    return [e for e in cluster([read_report("own", text, day, shipped_lexicon())]) if e.kind == "visit"]


def test_a_departure_after_the_told_length_is_kept_and_the_conflict_noted():
    e = _visit_events("TEHRAN, March 7: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a three-day visit "
                      "to Iran. He left Tehran on Friday.", "2025-03-07")
    assert e and (e[0].date_start, e[0].date_end, e[0].length_conflict) == (D(2025, 3, 3), D(2025, 3, 7), (3, 5))
    assert "3-day visit" in conflict_note(e[0], shipped_lexicon())


def test_a_departure_before_the_told_length_ends_the_visit_there():
    # a five-day visit told, the guest left on its third day: the range does not run past the departure
    e = _visit_events("TEHRAN, March 5: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a five-day visit "
                      "to Iran. He left Tehran on Wednesday.", "2025-03-05")
    assert e and (e[0].date_start, e[0].date_end, e[0].length_conflict) == (D(2025, 3, 3), D(2025, 3, 5), (5, 3))


def test_a_length_the_departure_agrees_with_notes_nothing():
    e = _visit_events("TEHRAN, March 5: Interior Minister Mohsin Naqvi arrived in Tehran on Monday on a three-day visit "
                      "to Iran. He left Tehran on Wednesday.", "2025-03-05")
    assert e and (e[0].date_end, e[0].length_conflict) == (D(2025, 3, 5), None)
    assert conflict_note(e[0], shipped_lexicon()) is None


# --- integration (round 24): a period that is a visit's only date still dates it, as its own range ---

def test_a_visit_told_only_as_earlier_this_month_runs_from_the_first_to_the_report_day():
    # probes5 p5-31's class in other words: the period bounds no held visit, but alone it is the honest range
    # (the 1st to the report's day), not the whole month the report was published in
    visits = [e for e in _one("ISLAMABAD, March 22: The two presidents met in Shanghai on Wednesday, weeks after "
                              "Prime Minister Shehbaz Sharif's visit to Tehran earlier this month.", "2025-03-22")
              if e[0] == "visit"]
    assert visits == [] or (visits[0][2], visits[0][3]) == (D(2025, 3, 1), D(2025, 3, 22))


def test_a_trip_told_only_as_earlier_this_month_has_the_range_to_the_report_day():
    events = _one("LAHORE, May 20: Interior Minister Mohsin Naqvi, back from his visit to Tehran earlier this month, "
                  "briefed the cabinet on the border talks he held there.", "2025-05-20")
    assert all((s, e) != (D(2025, 5, 1), D(2025, 5, 31)) for _, _, s, e in events), events
