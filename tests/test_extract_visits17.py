"""Fourteenth round (visits): a visit whose meetings fall on different days or in different
cities. Each meeting is dated and placed by its own clause (CURATION.md §2, §4, §5), never by a
clause that tells another meeting. Made-up reports, our own words, read with the shipped lexicon."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.candidates import _Built, _own_day
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.frames import frames_of
from pakiran_events.extract.report import Reading, read_report


def _events(text: str, published: str) -> list[tuple[str, str | None, str | None, str | None, list[str]]]:
    """(kind, first day, last day, place, sorted participants) of each event the report gives."""
    report = read_report("own-visits17", text, published, shipped_lexicon())
    return [(e.kind, e.date_start and e.date_start.isoformat(), e.date_end and e.date_end.isoformat(), e.place_id,
             sorted(e.participants)) for e in cluster([report])]


def _meetings_with(events, person: str) -> list[tuple]:
    return [e for e in events if e[0] == "meeting" and person in e[4]]


# -- 1. an unnamed host's clause does not lend its city to a meeting another clause places --------
# The closing clause tells a call on someone the gazetteer does not know, in a second city; the
# talks with the counterpart the report names were told in their own clause, in the capital.
CLOSED_ELSEWHERE = ("LAHORE, March 14: Speaker Ayaz Sadiq wound up his four-day tour of Iran in Mashhad on "
                    "Thursday, where he called on the local governor and toured a museum of carpets. "
                    "On Tuesday he had held talks in Tehran with Mohammad Bagher Ghalibaf, who chairs the Majlis, "
                    "on trade across the border.")


def test_meeting_keeps_its_own_clause_city_not_the_closing_clause_city():
    events = _events(CLOSED_ELSEWHERE, "2024-03-14")
    talks = _meetings_with(events, "mohammad-bagher-ghalibaf")
    assert [(m[1], m[3]) for m in talks] == [("2024-03-12", "tehran")], events


def test_no_meeting_with_the_counterpart_in_the_closing_clause_city():
    events = _events(CLOSED_ELSEWHERE, "2024-03-14")
    assert not [m for m in events if m[0] == "meeting" and m[3] == "mashhad"
                and "mohammad-bagher-ghalibaf" in m[4]], events


# near miss: the unnamed host's clause names the same city and day as the counterpart's clause:
# one meeting, as before (nothing is dropped when nothing disagrees)
SAME_CITY = ("LAHORE, March 14: Speaker Ayaz Sadiq ended his four-day tour of Iran in Tehran on Thursday, "
             "where he called on the house's leadership. On Thursday he had held talks in Tehran with "
             "Mohammad Bagher Ghalibaf on trade across the border.")


def test_unnamed_host_in_the_same_city_and_day_still_one_meeting():
    events = _events(SAME_CITY, "2024-03-14")
    talks = _meetings_with(events, "mohammad-bagher-ghalibaf")
    assert [(m[1], m[3]) for m in talks] == [("2024-03-14", "tehran")], events


# -- 2. the meetings a departure clause names: one per counterpart, on the departure day ---------
DEPARTED_AFTER = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Pakistan on "
                  "Thursday following separate meetings with President Asif Ali Zardari and Interior Minister "
                  "Mohsin Naqvi. The talks covered the pipeline and the fence along the frontier.")


def test_departure_clause_meetings_are_one_per_counterpart_on_the_departure_day():
    events = _events(DEPARTED_AFTER, "2024-12-13")
    for person in ("asif-ali-zardari", "mohsin-naqvi"):
        talks = _meetings_with(events, person)
        assert [(m[1], m[2]) for m in talks] == [("2024-12-12", "2024-12-12")], (person, events)
        assert "abbas-araghchi" in talks[0][4]


def test_visit_told_by_its_closing_day_counts_back_despite_a_meeting_that_day():
    visits = [e for e in _events(DEPARTED_AFTER, "2024-12-13") if e[0] == "visit"]
    assert [(v[1], v[2]) for v in visits] == [("2024-12-11", "2024-12-12")], visits


# near miss: the meetings are still to come; nothing is held
PLANNED_AFTER = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi is expected to leave Pakistan on Friday "
                 "after separate meetings with President Asif Ali Zardari and Interior Minister Mohsin Naqvi.")


def test_meetings_of_a_planned_departure_are_not_held():
    events = _events(PLANNED_AFTER, "2024-12-12")
    assert not _meetings_with(events, "asif-ali-zardari"), events
    assert not _meetings_with(events, "mohsin-naqvi"), events


# near miss: talks 'after' which someone spoke are no departure clause's meetings with new people
AFTER_TALKS_SPOKE = ("TEHRAN, June 3: Iranian Foreign Minister Abbas Araghchi met Interior Minister Mohsin Naqvi "
                     "in Tehran on Monday. After talks with Naqvi, Araghchi told reporters the border would stay open.")


def test_after_talks_with_the_same_pair_is_one_meeting():
    events = _events(AFTER_TALKS_SPOKE, "2024-06-03")
    assert len(_meetings_with(events, "mohsin-naqvi")) == 1, events


# -- 3. a meeting a list names is placed by the later clause that tells it ----------------------
# The departure clause lists the counterparts with only the country; each later sentence tells one
# of those talks (its host named or titled, no trigger of its own) and names its city.
LISTED_THEN_TOLD = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Pakistan on "
                    "Thursday following separate meetings with President Asif Ali Zardari and Interior Minister "
                    "Mohsin Naqvi. At the presidency in Islamabad the president pledged support for the pipeline. "
                    "In the afternoon the guest was flown to the police college in Quetta, where Naqvi showed him "
                    "the new frontier force.")


def test_each_listed_meeting_takes_the_city_of_the_clause_that_tells_it():
    events = _events(LISTED_THEN_TOLD, "2024-12-13")
    assert [m[3] for m in _meetings_with(events, "asif-ali-zardari")] == ["islamabad"], events
    assert [m[3] for m in _meetings_with(events, "mohsin-naqvi")] == ["quetta"], events


# near miss: the later clause names the host with a city he came from, not where the talks were
CAME_FROM = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Pakistan on "
             "Thursday following separate meetings with President Asif Ali Zardari and Interior Minister "
             "Mohsin Naqvi. Naqvi had flown back from Quetta for the occasion.")


def test_a_city_the_host_came_from_does_not_place_the_meeting():
    events = _events(CAME_FROM, "2024-12-13")
    assert [m[3] for m in _meetings_with(events, "mohsin-naqvi")] != ["quetta"], events


# near miss: the later clause names two cities of the country: it does not say which one
TWO_CITIES = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Pakistan on "
              "Thursday following separate meetings with President Asif Ali Zardari and Interior Minister "
              "Mohsin Naqvi. Naqvi spoke of the road between Quetta and Gwadar.")


def test_a_clause_naming_two_cities_places_nothing():
    events = _events(TWO_CITIES, "2024-12-13")
    assert not [m for m in _meetings_with(events, "mohsin-naqvi") if m[3] in ("quetta", "gwadar")], events


# -- 4. trilateral consultations: the bilateral meeting on the margins, dated by its session ------
# CURATION.md §2: the multilateral session is not coded; the pair's meeting on its margins is, and a
# margins meeting told without a day of its own was held on the session's day.
TRILATERAL = ("ISTANBUL, Feb 4: The foreign ministers of Pakistan, Iran and Turkey met in Istanbul on Monday for "
              "a trilateral round on transit routes. Pakistan's Mohsin Naqvi, Iran's Abbas Araghchi and their "
              "Turkish host agreed to study a rail corridor. On the margins of the three-way session, Naqvi and "
              "Araghchi also held a separate meeting on the border.")


def test_the_margins_meeting_of_a_trilateral_session_is_on_the_sessions_day_and_city():
    events = _events(TRILATERAL, "2025-02-04")
    talks = _meetings_with(events, "mohsin-naqvi")
    assert [(m[1], m[2], m[3]) for m in talks] == [("2025-02-03", "2025-02-03", "istanbul")], events
    assert "abbas-araghchi" in talks[0][4]


def test_the_three_way_session_itself_is_no_further_event():
    events = _events(TRILATERAL, "2025-02-04")
    assert [e[0] for e in events] == ["meeting"], events


# near miss: the margins meeting has a day of its own (the session ran over two days): its own day
TRILATERAL_OWN_DAY = ("ISTANBUL, Feb 5: The foreign ministers of Pakistan, Iran and Turkey met in Istanbul on Monday "
                      "for a two-day trilateral round on transit routes. On the margins of the session on Tuesday, "
                      "Mohsin Naqvi and Abbas Araghchi also held a separate meeting on the border.")


def test_a_margins_meeting_with_a_day_of_its_own_keeps_it():
    talks = _meetings_with(_events(TRILATERAL_OWN_DAY, "2025-02-05"), "mohsin-naqvi")
    assert [(m[1], m[2]) for m in talks] == [("2025-02-04", "2025-02-04")], talks


# -- 5. a visit's meetings told by verbs the triggers missed -------------------------------------
# 'met and held talks on <day> with X': the day after the joined verbs is the meeting's own, not the
# travel day of the relative clause before it
MET_AND_HELD = ("TEHRAN - Iranian Foreign Minister Abbas Araghchi, who flew to Islamabad on Tuesday, met and held "
                "talks on Wednesday with Interior Minister Mohsin Naqvi at the interior ministry in Islamabad.")


def test_met_and_held_talks_on_a_day_is_dated_by_that_day():
    talks = _meetings_with(_events(MET_AND_HELD, "2024-06-07"), "mohsin-naqvi")
    assert [(m[1], m[2]) for m in talks] == [("2024-06-05", "2024-06-05")], talks


# near miss: 'met' alone with its day keeps working
MET_ALONE = ("TEHRAN - Iranian Foreign Minister Abbas Araghchi, who flew to Islamabad on Tuesday, met Interior "
             "Minister Mohsin Naqvi on Wednesday at the interior ministry in Islamabad.")


def test_met_with_a_day_is_dated_by_it():
    talks = _meetings_with(_events(MET_ALONE, "2024-06-07"), "mohsin-naqvi")
    assert [(m[1], m[2]) for m in talks] == [("2024-06-05", "2024-06-05")], talks


# a host's 'hosted his Pakistani counterpart X': the object is the guest told by his office first
HOSTED_COUNTERPART = ("TEHRAN - Foreign Minister Abbas Araghchi hosted his Pakistani counterpart Ishaq Dar in Tehran "
                      "on Monday for talks on the border.")


def test_hosted_his_counterpart_is_a_meeting():
    talks = _meetings_with(_events(HOSTED_COUNTERPART, "2024-06-04"), "ishaq-dar")
    assert [(m[1], m[3]) for m in talks] == [("2024-06-03", "tehran")], talks
    assert "abbas-araghchi" in talks[0][4]


# near miss: hosting a dinner or a conference is no meeting with a counterpart
HOSTED_DINNER = ("TEHRAN - Foreign Minister Abbas Araghchi hosted his annual dinner for the diplomatic corps in "
                 "Tehran on Monday; Pakistan's envoy was among the guests.")


def test_hosted_his_dinner_is_no_meeting():
    assert not [e for e in _events(HOSTED_DINNER, "2024-06-04") if e[0] == "meeting"]


# an 'N-day visit' of any length the durations table knows is a visit trigger, as 'two-day visit' is
ONE_DAY = ("ISLAMABAD: Foreign Minister Ishaq Dar returned home on Monday evening from a one-day visit to Tehran, "
           "where he held talks with Iranian Foreign Minister Abbas Araghchi.")


def test_a_one_day_visit_is_a_visit_of_that_day():
    visits = [e for e in _events(ONE_DAY, "2024-06-04") if e[0] == "visit"]
    assert [(v[1], v[2], v[3]) for v in visits] == [("2024-06-03", "2024-06-03", "tehran")], visits


# the trip told only by its length and 'the <side> capital': a visit of the guest, not implied
ONE_DAY_CAPITAL = ("TEHRAN - Foreign Minister Abbas Araghchi hosted his Pakistani counterpart Ishaq Dar in Tehran on "
                   "Monday for talks on the border. Dar, on a one-day visit to the Iranian capital, also toured a "
                   "trade fair.")


def test_a_one_day_visit_to_the_capital_is_the_guests_visit():
    visits = [e for e in _events(ONE_DAY_CAPITAL, "2024-06-04") if e[0] == "visit"]
    assert [(v[1], v[2], v[3], v[4]) for v in visits] == [("2024-06-03", "2024-06-03", "tehran", ["ishaq-dar"])], visits


# -- 6. translated wording of an arrival and of talks (a Persian outlet's English service) --------
TRANSLATED = ("Tehran - Abbas Araghchi, the Minister of Foreign Affairs, arrived to Islamabad on Tuesday at the "
              "head of a delegation and at once entered into negotiations with Mr. Ishaq Dar, the Foreign "
              "Minister of Pakistan, on the common border.")


def test_entered_into_negotiations_with_is_a_meeting_on_the_arrival_day():
    talks = _meetings_with(_events(TRANSLATED, "2024-06-05"), "ishaq-dar")
    assert [(m[1], m[3]) for m in talks] == [("2024-06-04", "islamabad")], talks
    assert "abbas-araghchi" in talks[0][4]


def test_arrived_to_a_capital_is_an_arrival():
    visits = [e for e in _events(TRANSLATED, "2024-06-05") if e[0] == "visit"]
    assert [(v[1], v[3]) for v in visits] == [("2024-06-04", "islamabad")], visits


# near miss: entering into an agreement or a contract is no meeting
ENTERED_AGREEMENT = ("ISLAMABAD: Pakistan has entered into negotiations on a new gas price, Foreign Minister Ishaq "
                     "Dar told the Senate on Tuesday, without naming Iran's side.")


def test_entered_into_negotiations_without_a_counterpart_is_no_meeting():
    assert not [e for e in _events(ENTERED_AGREEMENT, "2024-06-05") if e[0] == "meeting"]


# near miss (class 3): the later sentence names the capital as its government ('Tehran wants'), not
# as where the talks were: the city must follow a word of place ('in', 'at', 'to')
CAPITAL_AS_GOVERNMENT = ("ISLAMABAD: Iranian Foreign Minister Abbas Araghchi wound up a two-day stay in Pakistan on "
                         "Thursday following separate meetings with President Asif Ali Zardari and Interior Minister "
                         "Mohsin Naqvi. Naqvi said Quetta wants more crossings opened.")


def test_a_capital_standing_for_its_government_places_nothing():
    events = _events(CAPITAL_AS_GOVERNMENT, "2024-12-13")
    assert [m[3] for m in _meetings_with(events, "mohsin-naqvi")] != ["quetta"], events


# -- the look-ups answer what a scan of the rest of the report answered ---------------------------
# (`_alone_in` and `_held_cities` are built once per report; before, each meeting scanned the later
# sentences and each stand-in host every frame: meetings x sentences on a long report)
_PIECES = ["Araghchi met Naqvi in Quetta on Monday.", "Naqvi spoke of trade.", "At the office in Islamabad Dar spoke.",
           "Dar and Naqvi toured Gwadar.", "The guest was flown to Quetta, where Naqvi waited.",
           "Araghchi held talks in Tehran with Ghalibaf.", "Sadiq called on the governor in Mashhad.",
           "Ghalibaf said Tehran wants calm.", "Sadiq and Ghalibaf had met last year in Mashhad.",
           "Interior Minister Mohsin Naqvi and Foreign Minister Ishaq Dar spoke of trade in Quetta."]


def _scan_alone(r, framed: set[int], person: str, side: str, after: int) -> int | None:
    for j in range(after + 1, len(r.spans)):
        people = {m.actor_id for m in r.mentions[j] if m.side == side and r.people.is_person(m.actor_id)}
        if j not in framed and people == {person}:
            return j
    return None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_alone_in_is_the_first_later_sentence_a_scan_finds(pieces):
    text = "ISLAMABAD: " + " ".join(pieces)
    r = Reading("own-visits17", text, dt.date(2024, 6, 5), shipped_lexicon())
    frames = frames_of(r)
    built = _Built(r, None, None, frames=frames)
    framed = {f.sentence for f in frames}
    index = built._alone_in()
    people = {(m.actor_id, m.side) for ms in r.mentions for m in ms if m.side and r.people.is_person(m.actor_id)}
    for person, side in people:
        told = index.get((person, side), [])
        for after in range(-1, len(r.spans)):
            at = bisect_right(told, after)
            assert (told[at] if at < len(told) else None) == _scan_alone(r, framed, person, side, after)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=8))
def test_held_cities_are_the_frames_a_scan_finds(pieces):
    text = "TEHRAN: " + " ".join(pieces)
    r = Reading("own-visits17", text, dt.date(2024, 6, 5), shipped_lexicon())
    frames = frames_of(r)
    built = _Built(r, None, None, frames=frames)
    cities = built._held_cities()
    for actor in {m.actor_id for f in frames for m in f.sources + f.targets}:
        scanned = [(g, g.place_id) for g in frames if g.kind == "meeting" and not g.planned and g.place_id
                   and _own_day(g) and r.lex.places[g.place_id].get("coordinate_precision") != "country"
                   and actor in {m.actor_id for m in g.sources + g.targets}]
        assert cities.get(actor, []) == scanned


# -- 7. a ceremony whose two officials are named in the next sentence ------------------------------
CEREMONY_NEXT = ("GWADAR, Dec 20: A new crossing point on the border was formally opened for traffic at a ceremony near Gwadar on "
                 "Saturday. Interior Minister Mohsin Naqvi and Iran's Foreign Minister Abbas Araghchi cut the ribbon "
                 "together and walked through the gate.")


def test_ceremony_sides_named_together_in_the_next_sentence():
    others = [e for e in _events(CEREMONY_NEXT, "2024-12-20") if e[0] == "other"]
    assert [(o[1], o[4]) for o in others] == [("2024-12-14", ["abbas-araghchi", "mohsin-naqvi"])], others


# near miss: the next sentence reports one side's words about the other: nobody joined by 'and'
CEREMONY_SAID = ("GWADAR, Dec 20: A new crossing point on the border was formally opened for traffic at a ceremony near Gwadar on "
                 "Saturday. Interior Minister Mohsin Naqvi said Iran's Foreign Minister Abbas Araghchi had backed "
                 "the project for years.")


def test_ceremony_next_sentence_without_the_two_joined_gives_no_sides():
    assert not [e for e in _events(CEREMONY_SAID, "2024-12-20") if e[0] == "other"]


# near miss: the next sentence tells an engagement of its own (a call): not the ceremony's attendees
CEREMONY_THEN_CALL = ("GWADAR, Dec 20: A new crossing point on the border was formally opened for traffic at a ceremony near Gwadar "
                      "on Saturday. Interior Minister Mohsin Naqvi and Iran's Foreign Minister Abbas Araghchi spoke "
                      "by telephone on Sunday about the crossing.")


def test_ceremony_next_sentence_with_its_own_engagement_gives_no_sides():
    assert not [e for e in _events(CEREMONY_THEN_CALL, "2024-12-20") if e[0] == "other"]
