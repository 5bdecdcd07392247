"""Commitment probes (issue 15, commitment types, tenth round): each type of the codebook told in two
or three phrasings a reporter would use, and the near-misses that must give nothing (CURATION.md §7:
a topic that is no area of cooperation, a plan, a negation, goodwill, an accord of an earlier year,
a statement made in an announcement only). Every sentence is written for this file (names made up;
nothing from the corpus). Each probe is one held meeting plus one sentence, so the types and modality
are the dictionaries' and the clause rules' reading of that sentence alone."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract.commitments import _areas
from pakiran_events.extract.report import read_report

LEX = lexicon()
MEETING = "Iranian Interior Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday. "


def _types(sentence: str, lead: str = MEETING) -> dict[str, str]:
    """commitment type -> modality of every commitment the report's candidates carry."""
    return {c["commitment_type"]: c["modality"]
            for cand in read_report("x-doc", lead + sentence, "2024-05-15", LEX).candidates
            for c in cand.commitments}


# -- each type, in phrasings of its own -------------------------------------------------------------

PROBES = [
    # intelligence_sharing
    ("The two sides agreed to exchange information on militant groups.", "intelligence_sharing", "agreed"),
    ("Both ministers pledged to share intelligence about threats on either side.", "intelligence_sharing", "pledged"),
    ("They decided to step up the intelligence exchange between their agencies.", "intelligence_sharing", "agreed"),
    # counterterrorism_cooperation
    ("The two sides vowed to fight terrorism together.", "counterterrorism_cooperation", "pledged"),
    ("Mahmood called for joint action against terrorist outfits.", "counterterrorism_cooperation", "proposed"),
    ("They agreed to deepen counter-terrorism cooperation.", "counterterrorism_cooperation", "agreed"),
    # border_security
    ("The ministers agreed to step up patrols along the common border.", "border_security", "agreed"),
    ("Both sides resolved to guard their shared border more closely.", "border_security", "pledged"),
    ("They agreed on better management of the border.", "border_security", "agreed"),
    # military_liaison_officers
    ("The two sides agreed to post liaison officers in each other's border towns.", "military_liaison_officers", "agreed"),
    # consultative_mechanism
    ("They agreed to form a joint working group on border affairs.", "consultative_mechanism", "agreed"),
    ("Rostami proposed convening the joint economic commission before the end of the year.", "consultative_mechanism", "proposed"),
    # communication_channels
    ("The two sides agreed to keep channels of communication open at all times.", "communication_channels", "agreed"),
    ("They agreed to set up a hotline between their border forces.", "communication_channels", "agreed"),
    # sovereignty_respect
    ("Mahmood reaffirmed respect for the sovereignty of both states.", "sovereignty_respect", "reaffirmed"),
    ("Both reiterated their regard for each other's territorial integrity.", "sovereignty_respect", "reaffirmed"),
    # defence_cooperation
    ("The two sides agreed to expand military cooperation.", "defence_cooperation", "agreed"),
    ("They agreed to hold joint naval exercises next year.", "defence_cooperation", "agreed"),
    ("Mahmood hoped to widen cooperation in many fields, including security.", "defence_cooperation", "proposed"),
    ("The talks covered several areas, including security and investment, which were discussed at length.",
     "defence_cooperation", "discussed"),
    # border_markets
    ("They agreed to open more border markets.", "border_markets", "agreed"),
    # trade_expansion
    ("The two leaders agreed to raise bilateral trade to five billion dollars.", "trade_expansion", "agreed"),
    # energy_cooperation
    ("Rostami offered to supply more electricity to the border districts.", "energy_cooperation", "proposed"),
    # economic_zone
    ("The sides agreed to set up a free trade zone near the frontier.", "economic_zone", "agreed"),
    # agreement_signing
    ("An agreement on customs was signed after the talks.", "agreement_signing", "signed"),
    ("The two sides inked three accords on health and education.", "agreement_signing", "signed"),
    # connectivity
    ("They agreed to improve road and rail transport between the two countries.", "connectivity", "agreed"),
    ("The ministers agreed to resume direct flights.", "connectivity", "agreed"),
    # other
    ("Rostami invited Mahmood to pay an official visit to Tehran.", "other", "proposed"),
    ("Mahmood pledged to implement the bilateral agreements already reached.", "other", "pledged"),
    ("They agreed to widen cultural exchanges.", "other", "agreed"),
]


@pytest.mark.parametrize(("sentence", "ctype", "modality"), PROBES)
def test_each_commitment_type_is_read_in_a_reporters_phrasing(sentence, ctype, modality):
    assert _types(sentence).get(ctype) == modality


def test_security_in_a_list_of_areas_is_defence_cooperation_but_its_neighbours_are_not():
    """A bare 'security' among the areas a statement names is the field of security cooperation
    (CURATION.md §7: security, investment two rows); the border's security, a region's peace and
    security (goodwill) and a security situation elsewhere are not."""
    assert _types("They agreed to work together in various areas, including trade and security.") == \
        {"trade_expansion": "agreed", "defence_cooperation": "agreed"}
    assert "defence_cooperation" not in _types("They agreed to boost cooperation in several fields including border security.")
    assert _types("They hoped for peace and security in the region.") == {}


# -- near-misses: nothing is coded --------------------------------------------------------------------

NOTHING = [
    "The two sides discussed matters of mutual interest.",          # no area of cooperation
    "They discussed bilateral ties and the regional situation.",    # no area of cooperation
    "The ministers will consider setting up a joint working group.",  # a plan
    "The two sides did not agree on opening border markets.",       # a negation
    "They failed to reach an agreement on trade.",                   # a negation
    "Both leaders reiterated their resolve to strengthen brotherly ties.",  # goodwill
    "Mahmood expressed satisfaction over the level of trade.",       # no modality verb
    "They recalled the trade agreement signed in 2015.",            # an accord of an earlier year
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_near_misses_give_no_commitment(sentence):
    assert _types(sentence) == {}


def test_a_call_in_an_announcement_alone_gives_no_commitment():
    """A report that only announces the trip: what a side called for ahead of it is no commitment of a
    held engagement (§7 'a discussion still to come'; no event from an announcement alone)."""
    lead = "Iranian Interior Minister Karim Rostami is due to visit Islamabad next week. "
    assert _types("Ahead of the trip, Rostami called for more border markets.", lead=lead) == {}


def test_talks_held_to_discuss_an_area_are_a_held_discussion_but_a_trip_to_discuss_it_is_not():
    """'held talks ... to discuss X' tells talks that took place, so X was discussed; 'arrived ... to
    discuss X' or 'will travel to discuss X' tells a discussion still to come."""
    assert _types("Officials of the two ministries held talks on Tuesday to discuss electricity exports.") == \
        {"energy_cooperation": "discussed"}
    assert _types("Officials of the two ministries will travel to Tehran to discuss electricity exports.") == {}


def test_an_accord_recalled_by_its_participle_is_no_signing_but_one_told_as_signed_is():
    """'the agreement signed in Tehran' names an earlier accord (its participle modifies the noun);
    'an agreement was signed' tells a signing."""
    assert "agreement_signing" not in _types("The two sides assessed how far the agreement signed in Tehran had been carried out.")
    assert _types("A memorandum of understanding on fisheries was signed.").get("agreement_signing") == "signed"


def test_a_frontier_of_trade_is_an_economic_zone_and_political_engagement_is_other():
    assert _types("They agreed to make their frontier a zone of economic activity.").get("economic_zone") == "agreed"
    assert _types("Rostami pledged to advance political engagement with Pakistan.").get("other") == "pledged"


@pytest.mark.parametrize(("statement", "kind"), [
    # a lead that names both sides of a meeting: 'X met Y on Wednesday, stressing ...' names the meeting's
    # two parties, so the statement is that meeting's (§7: the meeting whose participants it names), not
    # the visit of the guest the sentence also names
    ("Army chief General Tariq Mahmood met Iranian Interior Minister Karim Rostami in Rawalpindi on Wednesday, "
     "stressing the need for closer counter-terrorism cooperation. ", "counterterrorism_cooperation"),
    # the guest's own statement right after his meeting is told: what he said there, not at the visit the
    # report tells afterwards (before, the guest's name alone sent it to his visit whenever the report also
    # recalled another visit)
    ("Army chief General Tariq Mahmood met Iranian Interior Minister Karim Rostami in Rawalpindi on Wednesday. "
     "Rostami expressed Iran's intent to deepen intelligence sharing with Pakistan. ", "intelligence_sharing"),
])
def test_a_statement_told_with_a_meeting_is_that_meetings_not_the_guests_visit(statement, kind):
    """A report of two visits (one recalled) whose opening tells a meeting and a statement there."""
    text = (statement + "Last week, Iranian Foreign Minister Hamid Kamali paid a visit to Islamabad. "
            "Rostami arrived in Islamabad on Tuesday on a two-day visit to Pakistan.")
    filed = {(c.kind, c.guest): {x["commitment_type"] for x in c.commitments}
             for c in read_report("x-doc", text, "2024-05-15", LEX).candidates}
    assert filed[("meeting", "karim-rostami")] == {kind}
    assert filed[("visit", "karim-rostami")] == set()


def test_an_area_named_as_a_forums_remit_is_the_forums_not_a_commitment_of_its_own():
    """'the institutional mechanisms of both sides on security cooperation must be put to use' is a statement about a standing forum (consultative_mechanism, CURATION.md §7), the area being what
    the forum deals with; the same area with its own verb stays ('... and agreed to widen security
    cooperation')."""
    assert _types("Mahmood said the institutional mechanisms between both sides on security cooperation "
                  "should be put to full use.") == {"consultative_mechanism": "proposed"}
    assert _types("They agreed to set up a committee for border trade and agreed to widen security cooperation.") == \
        {"consultative_mechanism": "agreed", "defence_cooperation": "agreed"}


def test_a_word_inside_a_longer_phrase_of_another_type_is_that_phrases_but_list_items_each_count():
    """The longest phrase wins: a 'border of trade' and a 'free trade zone' are economic zones, not
    trade; in 'including trade and security' each area is one."""
    assert _types("The two sides agreed to turn their boundary into a border of trade.") == {"economic_zone": "agreed"}
    assert _types("They agreed to open a free trade zone.") == {"economic_zone": "agreed"}
    assert _types("They agreed to cooperate in areas such as trade and security.") == \
        {"trade_expansion": "agreed", "defence_cooperation": "agreed"}


def test_action_against_attacks_and_the_borders_own_security_and_a_conferences_topic():
    """Action taken in response to terrorist attacks is counter-terrorism; 'cooperation on security and
    border management' is the border's security, not defence cooperation beside it; a conference on a
    field is a forum's topic, not a commitment in that field."""
    assert _types("They decided on firm measures in response to any terrorist attack on border posts.") == \
        {"counterterrorism_cooperation": "agreed"}
    assert _types("The ministers agreed to improve cooperation on security and border management.") == \
        {"border_security": "agreed"}
    assert "defence_cooperation" not in _types("Rostami said they were ready to hold a conference on cooperation on "
                                               "security as soon as possible.")


# -- the longest-match filter over any text -------------------------------------------------------------

WORDS = ["trade", "free", "zone", "border", "of", "security", "including", "and", ",", "energy", "joint",
         "working", "group", "on", "signed", "an", "agreement", "intelligence", "sharing", "the", "transport", "rail"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=25))
def test_areas_are_a_subset_of_the_types_named_each_once_in_text_order(words):
    text = " ".join(words)
    found = _areas(LEX, text, len(text))
    named = {t for t, pat in LEX.patterns["commitment"].items() if pat.search(text)}
    types = [t for _, t in found]
    assert len(types) == len(set(types)) and set(types) <= named
    assert [a for a, _ in found] == sorted(a for a, _ in found)
    for a, t in found:  # each offset is where a phrase of its type begins
        assert LEX.patterns["commitment"][t].match(text, a)
