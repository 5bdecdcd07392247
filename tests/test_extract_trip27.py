"""Round 27 (trip27, issue 15): a reception told with talks is a meeting with its host.

CURATION.md §2: a reception is a stop of the visit (the one who received the guest is a participant
of the visit) until talks, a discussion or its subject are reported; then it is a meeting with the
host. The talks are told in the reception's own clause after its trigger ('was received by Y, and
the two discussed ...', engagement.yaml `reception_talks`) or in the next sentence, whose subject is
the pair ('The two commanders held detailed talks ...', `reception_pair`). The guest is the
reception's person of the other side, else the guest of the report's one trip to that country.
Near misses: a welcome or courtesy call with no talks, talks still to come, talks with someone else,
a reception told as background, and a guest-less reception in a report of two delegations.
Made-up reports in our own words (no corpus text), three or more per class.

The ceremony part (places.yaml gazetteer): a site named inside a ceremony's object ('the NAME border
market', 'the crossing at NAME') places the ceremony there when the gazetteer knows the site; the
property runs over the gazetteer's own towns of the pair."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon

DAY = "2025-03-05"


def _events(text: str, kind: str | None = None) -> list:
    events = cluster([read_report("trip27-own", text, DAY, lexicon())])
    return [e for e in events if kind is None or e.kind == kind]


def _pairs(text: str) -> set[tuple[str, str]]:
    """(guest, host) of the report's meetings."""
    return {(e.guest, e.host) for e in _events(text, "meeting")}


# -- 1. talks told in the reception's own clause ------------------------------------------------------

SAME_CLAUSE = [
    (  # passive reception, 'and the two discussed' after it
        "Iranian Interior Minister Eskandar Momeni, who is on a two-day visit to Pakistan, was received by "
        "Interior Minister Mohsin Naqvi in Islamabad on Tuesday, and the two discussed the movement of pilgrims "
        "and the security of the border.",
        ("eskandar-momeni", "mohsin-naqvi", "islamabad")),
    (  # 'with whom he discussed'
        "Chief of the Naval Staff Admiral Naveed Ashraf, on an official visit to Iran, was received in Tehran on "
        "Monday by Rear Admiral Shahram Irani, with whom he discussed joint patrols in the Gulf of Oman.",
        ("naveed-ashraf", "shahram-irani", "tehran")),
    (  # 'and they held talks'
        "Foreign Minister Ishaq Dar, who arrived in Tehran on Sunday, was received by Foreign Minister Abbas "
        "Araghchi in Tehran on Monday, and they held talks on trade and the fencing of the border.",
        ("ishaq-dar", "abbas-araghchi", "tehran")),
    (  # the Pakistani guest received in Tehran, 'and the two reviewed'
        "Interior Minister Mohsin Naqvi, on a visit to Iran, was received on Tuesday by Iranian Interior Minister "
        "Eskandar Momeni in Tehran, and the two reviewed the arrangements for pilgrims crossing at Taftan.",
        ("mohsin-naqvi", "eskandar-momeni", "tehran")),
]


@pytest.mark.parametrize("text,want", SAME_CLAUSE)
def test_talks_in_the_reception_clause_make_a_meeting(text, want):
    guest, host, place = want
    meetings = {(e.guest, e.host): e for e in _events(text, "meeting")}
    assert (guest, host) in meetings, meetings.keys()
    assert meetings[(guest, host)].place_id == place


# -- 2. talks told by the pair in the next sentence -----------------------------------------------------

NEXT_SENTENCE = [
    (
        "Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday on a three-day visit. On "
        "Tuesday he was received in Islamabad by Interior Minister Mohsin Naqvi. The two ministers then held "
        "talks on the fencing of the border and the return of detained fishermen.",
        ("eskandar-momeni", "mohsin-naqvi")),
    (
        "Admiral Naveed Ashraf, the Pakistani naval chief, is in Iran on a four-day visit. On Sunday he was "
        "received by Rear Admiral Shahram Irani in Tehran. Both sides reviewed the plans for a joint search "
        "and rescue drill next winter.",
        ("naveed-ashraf", "shahram-irani")),
    (
        "Foreign Minister Ishaq Dar reached Tehran on Saturday. He was received in Tehran by Abbas Araghchi on "
        "Saturday evening. The two men went through the list of prisoners each side holds and conferred on "
        "the opening of two new crossings.",
        ("ishaq-dar", "abbas-araghchi")),
    (  # the guest told by a pronoun only: the report's one trip gives him
        "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday for a two-day visit. Later that "
        "day he was received in Islamabad by Foreign Minister Ishaq Dar. The two ministers discussed trade "
        "and the security of the border.",
        ("abbas-araghchi", "ishaq-dar")),
    (  # 'They' as the pair
        "Interior Minister Mohsin Naqvi arrived in Tehran on Sunday for a three-day visit. On Monday he was "
        "received by Iranian Interior Minister Eskandar Momeni in Tehran. They discussed the return of "
        "prisoners and a hotline between the border commands.",
        ("mohsin-naqvi", "eskandar-momeni")),
]


@pytest.mark.parametrize("text,want", NEXT_SENTENCE)
def test_the_pairs_talks_in_the_next_sentence_make_a_meeting(text, want):
    assert want in _pairs(text)


# -- 3. near misses: no talks with the one who received the guest ----------------------------------------

NO_MEETING = [
    (  # a welcome at the airport and a wreath: a stop of the visit
        "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday for a two-day visit. He was "
        "received at the airport by Foreign Minister Ishaq Dar. He later laid a wreath at the national "
        "monument.",
        ("abbas-araghchi", "ishaq-dar")),
    (  # a courtesy call told with no talks
        "Admiral Naveed Ashraf, the Pakistani naval chief, is in Iran on a four-day visit. On Sunday he was "
        "received by Rear Admiral Shahram Irani in Tehran. The call lasted a quarter of an hour and no "
        "statement was issued.",
        ("naveed-ashraf", "shahram-irani")),
    (  # talks still to come
        "Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday on a three-day visit. He was "
        "received at the airport by Interior Minister Mohsin Naqvi. The two ministers will hold talks on "
        "Wednesday.",
        ("eskandar-momeni", "mohsin-naqvi")),
    (  # the talks of the next sentence are with someone else
        "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday for a two-day visit. He was "
        "received at the airport by Interior Minister Mohsin Naqvi. The two men then drove to the Foreign "
        "Office, where Foreign Minister Ishaq Dar held talks with the guest.",
        ("abbas-araghchi", "mohsin-naqvi")),
    (  # talks told next, but by the guest alone, with another host: not the pair's
        "Iranian Foreign Minister Abbas Araghchi, on a two-day visit to Pakistan, was received at the airport "
        "by Interior Minister Mohsin Naqvi on Monday. Later in the day he discussed trade with Foreign Minister "
        "Ishaq Dar.",
        ("abbas-araghchi", "mohsin-naqvi")),
    (  # the pair's next sentence tells no talks: photographs and a departure
        "Interior Minister Mohsin Naqvi arrived in Tehran on Sunday for a three-day visit. On Monday he was "
        "received by Iranian Interior Minister Eskandar Momeni in Tehran. The two men posed for photographs "
        "before the guest left for Mashhad.",
        ("mohsin-naqvi", "eskandar-momeni")),
    (  # two delegations in one week, the guest told by a pronoun only: whose reception is not known
        "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday for a two-day visit. Iranian "
        "Interior Minister Eskandar Momeni also arrived in Islamabad on Monday on a separate visit. On Tuesday "
        "he was received in Islamabad by Prime Minister Shehbaz Sharif. The two men discussed trade.",
        (None, "shehbaz-sharif")),
]


@pytest.mark.parametrize("text,pair", NO_MEETING)
def test_a_reception_without_talks_with_its_host_is_no_meeting(text, pair):
    guest, host = pair
    assert not any(h == host and (guest is None or g == guest) for g, h in _pairs(text))


def test_a_welcome_seats_the_host_in_the_visit():
    """The near miss keeps what CURATION.md §2 says: the one who only received the guest is a participant
    of the visit."""
    text = NO_MEETING[0][0]
    visits = _events(text, "visit")
    assert len(visits) == 1 and "ishaq-dar" in visits[0].participants


def test_a_host_who_talked_is_no_participant_of_the_visit_only():
    """The host of the talks is the meeting's, dated by the reception's day."""
    text = NEXT_SENTENCE[0][0]
    meeting = next(e for e in _events(text, "meeting") if e.host == "mohsin-naqvi")
    assert str(meeting.date_start) == "2025-03-04"


def test_a_recalled_reception_is_no_meeting_of_the_report():
    text = ("Interior Minister Mohsin Naqvi arrived in Tehran on Monday for talks on pilgrims. When he had visited "
            "Tehran in 2019, he was received by Ahmad Vahidi, and the two had discussed the border.")
    assert ("mohsin-naqvi", "ahmad-vahidi") not in _pairs(text)


# -- 4. a held meeting naming nobody of the guest's side: the guest of the report's one trip ---------------

TRIP_GUEST = [
    (  # the ambassador is the report's most-named Iranian, the minister its traveller
        "Iranian Ambassador Reza Amiri Moghadam said on Sunday that Iranian Interior Minister Eskandar Momeni "
        "would arrive the next day. Ambassador Moghadam added that pilgrims were a priority. Iranian Interior "
        "Minister Eskandar Momeni arrived in Islamabad on Monday for a two-day visit, and Ambassador Moghadam "
        "received him at the airport. On Tuesday a meeting with Prime Minister Shehbaz Sharif took place at the "
        "PM House, where border security was discussed. Moghadam later told reporters the talks had gone well.",
        ("eskandar-momeni", "shehbaz-sharif"), "reza-amiri-moghadam"),
    (  # the Pakistani envoy in Tehran named most, the interior minister travelling
        "Pakistan's Ambassador to Iran Mudassir Tipu briefed reporters in Tehran on Saturday. Tipu said the "
        "visit would focus on pilgrims, and Tipu added that a hotline was ready. Interior Minister Mohsin Naqvi "
        "arrived in Tehran on Sunday for a three-day visit. On Monday talks with Iranian Interior Minister "
        "Eskandar Momeni were held at the interior ministry in Tehran. Tipu called the talks useful.",
        ("mohsin-naqvi", "eskandar-momeni"), "mudassir-tipu"),
    (  # a prime minister's trip, the envoy named in every paragraph
        "Ambassador Mudassir Tipu briefed the press in Tehran on Sunday. Tipu said trade would top the agenda, "
        "and Tipu listed the memorandums ready for signing. Prime Minister Shehbaz Sharif landed in Tehran on "
        "Monday for a two-day visit. On Tuesday a meeting with President Masoud Pezeshkian was held at the "
        "presidency in Tehran. Tipu said afterwards that the meeting had gone well.",
        ("shehbaz-sharif", "masoud-pezeshkian"), "mudassir-tipu"),
]


@pytest.mark.parametrize("text,pair,resident", TRIP_GUEST)
def test_a_guestless_meeting_takes_the_trips_guest(text, pair, resident):
    pairs = _pairs(text)
    assert pair in pairs, pairs
    assert not any(g == resident for g, _ in pairs)  # not the most-named person of the guest's side


def test_two_delegations_give_no_trip_guest():
    """Two guests' trips to one country in one report: neither is the guest of a meeting naming nobody of
    their side; the report's most-named person of that side stands in, as before this round."""
    text = ("Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday for a two-day visit. Araghchi "
            "said ties were strong, and Araghchi praised Pakistan's mediation. Iranian Interior Minister Eskandar "
            "Momeni also arrived in Islamabad on Monday on a separate visit. On Tuesday a meeting with Prime "
            "Minister Shehbaz Sharif took place at the PM House.")
    hosts = {g for g, h in _pairs(text) if h == "shehbaz-sharif"}
    assert hosts == {"abbas-araghchi"}


# -- 5. a ceremony's site inside its object's noun phrase --------------------------------------------------

def _towns() -> list[tuple[str, str]]:
    """(place_id, name) of the gazetteer's towns of the pair named by one capitalised ASCII word, as a
    report spells them; not a name two places share (Kamra, Sahiwal: the name alone says not which)
    nor one places.yaml `not_places` keeps from being read as a place (Chaman, Mardan: also names of
    people)."""
    lex = lexicon()
    stop = set(lex.dictionaries["places"].get("not_places", []))
    names = [row["name"] for row in lex.places.values()]
    return sorted((pid, row["name"]) for pid, row in lex.places.items()
                  if row.get("country_iso3") in ("PAK", "IRN") and not lex.is_country(pid)
                  and row["name"].isascii() and row["name"].isalpha() and row["name"][:1].isupper()
                  and len(row["name"]) >= 5 and names.count(row["name"]) == 1 and row["name"] not in stop)


SITE_FORMS = ["jointly inaugurated the {name} border market on Saturday.",
              "jointly opened the border crossing at {name} on Saturday."]


@settings(max_examples=25, deadline=None)
@given(town=st.sampled_from(_towns()), form=st.sampled_from(SITE_FORMS))
def test_a_gazetteer_site_inside_the_object_places_the_ceremony(town, form):
    pid, name = town
    text = ("Balochistan Chief Minister Sarfraz Bugti and Iranian Ambassador Reza Amiri Moghadam "
            + form.format(name=name))
    others = _events(text, "other")
    assert len(others) == 1 and others[0].place_id == pid, (name, [(e.kind, e.place_id) for e in others])
