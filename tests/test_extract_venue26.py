"""Round 26 (venue26, issue 15): a venue told by an attribution is no venue of the meeting.

Round 25 put ministries told by their kind in each side's capital (places.yaml venues with a
`side`); a venue named where the news was told then became the meeting's ('X met Y in Tehran, a
senior official at the Interior Ministry told reporters'). A venue places a meeting only from the
engagement's own clause, not from the telling of a reporting word that does not hold the trigger,
nor from a speaker's words before a reporting verb whose report holds it (extract/attribution.py;
places.yaml `told_at`). The same holds for an office told by its kind that puts a meeting in its
dateline's city, and for a city named in the attribution. Made-up reports in our own words (no corpus text), with near misses where the
venue is the meeting's."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.extract.attribution import in_attribution
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from places11_table import lexicon


def _meetings(text: str, day: str) -> set[tuple[str | None, str | None]]:
    """(place_id, venue) of each meeting the report makes alone."""
    return {(e.place_id, e.venue) for e in cluster([read_report("venue26-own", text, day, lexicon())]) if e.kind == "meeting"}


# -- 1. a venue in the attribution places nothing: the clause's own city stays, no venue -------------

ATTRIBUTED = [
    (  # a trailing telling: someone at the ministry told the press (the host's side, Iran)
        "ISLAMABAD: Interior Minister Mohsin Naqvi held talks with Iranian Interior Minister Eskandar Momeni in "
        "Tehran on Sunday, a spokesman at the Interior Ministry told journalists on Monday.", "2025-06-03", "tehran"),
    (  # a participle between commas: where the speaker talked to the press (Pakistan's ministry)
        "TEHRAN: Iranian Foreign Minister Abbas Araghchi, talking to reporters at the foreign ministry, said he had "
        "held talks with Deputy Prime Minister Ishaq Dar in Islamabad on Tuesday.", "2025-06-05", "islamabad"),
    (  # a fronted 'according to' phrase
        "According to a senior official at the Foreign Office, Deputy Prime Minister Ishaq Dar received Iranian "
        "Foreign Minister Abbas Araghchi in Islamabad on Wednesday to discuss border trade.", "2025-06-06", "islamabad"),
    (  # the speaker before the reporting verb, its 'that' clause telling the meeting (GHQ)
        "A senior officer at GHQ on Monday told reporters that army chief General Asim Munir had received Major "
        "General Mohammad Bagheri in Islamabad on Sunday.", "2025-06-03", "islamabad"),
    (  # the presidency where the president spoke: not Iran's presidency where the talks were
        "President Asif Ali Zardari told journalists at the Presidency that he had held talks with Iranian "
        "President Masoud Pezeshkian in Tehran on Monday.", "2025-06-04", "tehran"),
    (  # a news conference at General Headquarters
        "Addressing a news conference at General Headquarters, the military spokesman said army chief General Asim "
        "Munir had received Major General Mohammad Bagheri in Islamabad on Saturday.", "2025-06-04", "islamabad"),
    (  # a later telling joined by 'and'
        "ISLAMABAD: Mohsin Naqvi met Eskandar Momeni in Tehran on Saturday and later told reporters at the Interior "
        "Ministry that the two sides had agreed to step up border patrols.", "2025-06-04", "tehran"),
    (  # an office's official told a newspaper (no person told)
        "Iranian Foreign Minister Abbas Araghchi called on Prime Minister Shehbaz Sharif in Islamabad on Monday, a "
        "senior Foreign Office official told Dawn.", "2025-06-04", "islamabad"),
    (  # Iran's presidency as where an aide spoke to a news agency
        "Pakistan's Interior Minister Mohsin Naqvi called on President Masoud Pezeshkian in Tehran on Sunday, an aide "
        "at the Presidency told IRNA.", "2025-06-04", "tehran"),
    (  # 'here' under a dateline, a diplomat at the host's ministry speaking
        "TEHRAN: Prime Minister Shehbaz Sharif held talks with President Masoud Pezeshkian here on Sunday, a diplomat "
        "at the foreign ministry told Dawn.", "2025-06-04", "tehran"),
]


def test_a_venue_in_the_attribution_is_no_venue_of_the_meeting():
    for text, day, city in ATTRIBUTED:
        assert _meetings(text, day) == {(city, None)}, text[:80]


# -- 2. near misses: the venue is the meeting's own -----------------------------------------------------

PLACED = [
    ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni at the Interior "
     "Ministry on Monday, officials said.", "2025-06-03", "islamabad", "Ministry of Interior (Pakistan)"),
    ("Talks between Deputy Prime Minister Ishaq Dar and Iranian Foreign Minister Abbas Araghchi were held at the "
     "Foreign Office on Tuesday, the ministry said in a statement.", "2025-06-05", "islamabad", "Foreign Office"),
    ("Iranian Interior Minister Eskandar Momeni received Mohsin Naqvi at the Ministry of Interior in Tehran on "
     "Saturday, Iranian officials said.", "2025-06-03", "tehran", "Ministry of Interior (Iran)"),
    ("Chief of Army Staff General Asim Munir received Major General Mohammad Bagheri at GHQ on Wednesday, the "
     "military's media wing said.", "2025-06-05", "rawalpindi", "General Headquarters (GHQ)"),
    ("Speaking after the talks, Ishaq Dar said he had received Abbas Araghchi at the Foreign Office on Monday.",
     "2025-06-05", "islamabad", "Foreign Office"),
    ("President Masoud Pezeshkian received Prime Minister Shehbaz Sharif at the Presidency in Tehran on Monday, "
     "according to a statement from his office.", "2025-06-05", "tehran", "Presidential Office of Iran"),
    ("TEHRAN: During their meeting at the foreign ministry on Sunday, Abbas Araghchi told Ishaq Dar that Iran "
     "wanted more trade.", "2025-06-05", "tehran", "Ministry of Foreign Affairs (Iran)"),
]


def test_near_miss_a_venue_of_the_engagements_own_clause_stays():
    for text, day, city, venue in PLACED:
        assert _meetings(text, day) == {(city, venue)}, text[:80]


TOLD_TO_A_PARTY = [
    # 'told' whose object is the counterpart (a pronoun, a surname named before): said at the meeting
    "ISLAMABAD: Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni on Monday and told "
    "him at the Interior Ministry that Pakistan would reopen the border crossing.",
    "ISLAMABAD: Interior Minister Mohsin Naqvi received Iranian Interior Minister Eskandar Momeni on Monday and told "
    "Momeni at the Interior Ministry that the crossing would reopen.",
]


def test_near_miss_told_to_the_counterpart_is_no_attribution():
    for text in TOLD_TO_A_PARTY:
        assert _meetings(text, "2025-06-05") == {("islamabad", "Ministry of Interior (Pakistan)")}, text[:80]


# -- 3. an office told by its kind in the attribution puts no meeting in its dateline's city -----------

OFFICE_TOLD = [
    "KARACHI: Sindh Governor Kamran Tessori met Iran's Consul General Hassan Nourian on Monday, an official at the "
    "Governor House told reporters.",
    "LAHORE: Punjab Chief Minister Maryam Nawaz, talking to journalists at her office, said she had met Iran's "
    "Consul General Mohammad Reza Nazeri on Monday.",
    "ISLAMABAD: Interior Minister Mohsin Naqvi met Iran's Ambassador Reza Amiri Moghadam on Monday, an official at "
    "the Interior Ministry told reporters.",
]


def test_an_office_in_the_attribution_does_not_take_the_datelines_city():
    for text in OFFICE_TOLD:
        assert _meetings(text, "2025-06-03") == {(None, None)}, text[:80]


def test_near_miss_an_office_of_the_meeting_takes_the_datelines_city():
    text = ("KARACHI: Sindh Governor Kamran Tessori met Iran's Consul General Hassan Nourian at the Governor House on "
            "Monday, officials said.")
    assert _meetings(text, "2025-06-03") == {("karachi", None)}


# -- 4. a city in the attribution is where someone spoke, not the meeting's place ----------------------

CITY_TOLD = [
    "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Monday, a senior official at "
    "the Interior Ministry in Islamabad told reporters.",
    "Interior Minister Mohsin Naqvi, speaking to reporters in Lahore, said he had met Iranian Interior Minister "
    "Eskandar Momeni on Saturday.",
    "According to a diplomat in Karachi, Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar "
    "Momeni on Saturday.",
]


def test_a_city_in_the_attribution_does_not_place_the_meeting():
    for text in CITY_TOLD:
        assert _meetings(text, "2025-06-03") == {(None, None)}, text[:80]


def test_near_miss_a_city_of_the_meetings_clause_or_of_the_telling_time_stays():
    told = ("Interior Minister Mohsin Naqvi told reporters in Lahore that he had met Iranian Interior Minister "
            "Eskandar Momeni in Quetta on Sunday.")
    assert _meetings(told, "2025-06-03") == {("quetta", None)}
    # the talks told in the telling's own time clause: spoken where they were held
    after = ("Speaking to reporters in Tehran after his talks with Foreign Minister Abbas Araghchi on Monday, Deputy "
             "Prime Minister Ishaq Dar said trade would double.")
    assert _meetings(after, "2025-06-03") == {("tehran", None)}


# -- 5. the telling itself, on sentences alone ------------------------------------------------------------

def _told(sentence: str, trigger: str, phrase: str, persons: tuple[int, ...] = ()) -> bool:
    at = sentence.index(phrase)
    return in_attribution(lexicon().patterns, sentence, sentence.index(trigger), at, at + len(phrase), persons)


def test_the_telling_of_a_reporting_word_runs_between_its_cuts():
    venue = "at the Foreign Office"
    assert _told("X met Y in Tehran, an official at the Foreign Office told reporters.", "met", venue)
    assert _told("X, speaking to the media at the Foreign Office, said he had met Y.", "met", venue)
    assert _told("An official at the Foreign Office said X met Y on Monday.", "met", venue)
    assert _told("X said at the Foreign Office that he had met Y.", "met", venue)
    assert _told("X met Y and then told journalists at the Foreign Office that ties were strong.", "met", venue)
    # the venue in the trigger's own telling, or before an aside telling between it and the trigger
    assert not _told("X met Y at the Foreign Office, officials said.", "met", venue)
    assert not _told("X said he had met Y at the Foreign Office.", "met", venue)
    assert not _told("At the Foreign Office, officials said, X met Y.", "met", "At the Foreign Office")
    assert not _told("X met Y at the Foreign Office.", "met", venue)
    # 'told' a person named right after it is said at the engagement
    sentence = "During the meeting, X told Y at the Foreign Office that ties were strong."
    assert not _told(sentence, "meeting", venue, (sentence.index("Y"),))
    assert _told(sentence, "meeting", venue)


_WORDS = ["X", "met", "Y", "said", "told", "reporters", "that", "and", "according", "to", ",", ";", "(", ")",
          "at", "the", "Foreign", "Office", "speaking", "—", "while", "officials", "Dawn", "him"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.integers(0, 200), st.integers(0, 200), st.integers(0, 40))
def test_the_telling_never_raises_and_needs_a_reporting_word(words, trigger, start, length):
    sentence = " ".join(words)
    told = in_attribution(lexicon().patterns, sentence, trigger, start, start + length)
    assert isinstance(told, bool)
    if not lexicon().patterns["told_at"].search(sentence):
        assert told is False  # no reporting word, no attribution
