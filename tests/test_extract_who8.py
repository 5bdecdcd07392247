"""Participants, eighth round (issue 15): people outside the gazetteer found by a title after
their name or in a delegation's member list, and 'He said' after an inverted attribution. Every
sentence is written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

import datetime as dt

from extract_fixtures import lexicon
from pakiran_events.extract.mentions import People, sentences

LEX = lexicon()


def _people(text: str) -> People:
    return People(text, sentences(text, LEX.patterns["no_break_after"]), dt.date(2024, 5, 15), LEX).find()


def _who(p: People) -> dict[str, tuple[str | None, str | None]]:
    return {m.actor_id: (m.side, m.title) for ms in p.mentions for m in ms}


def test_an_appositive_title_after_the_name_makes_a_new_person_of_that_side():
    p = _people("Omid Sarvari, the Deputy Interior Minister of Iran, met Tariq Mahmood in Islamabad on Monday.")
    assert _who(p)["omid-sarvari"] == ("IRN", "Deputy Interior Minister")
    assert p.new_actors["omid-sarvari"]["country_iso3"] == "IRN"
    # no country word with the title: nobody is made up
    assert "omid-sarvari" not in _who(_people("Omid Sarvari, the Deputy Interior Minister, met Tariq Mahmood on Monday."))


def test_a_delegation_member_list_gives_its_side_to_titled_people_without_one():
    p = _people("The Iranian delegation comprised Director General Reza Kamali, Deputy Secretary Hamid Farsi and others.")
    who = _who(p)
    assert who["reza-kamali"][0] == "IRN" and who["hamid-farsi"][0] == "IRN"
    # someone the delegation met is not one of its members
    p = _people("The Iranian delegation, led by Deputy Minister Reza Kamali, met Director General Sajid Anwar on Monday.")
    who = _who(p)
    assert who["reza-kamali"][0] == "IRN"
    assert "sajid-anwar" not in who


def test_a_name_after_a_title_skips_the_unit_rank_and_place_before_it():
    p = _people("The Pakistani delegation included Director General Crisis Cell Brigadier Asad Malik and "
                "Home Secretary Rawalpindi Nasir Jamal.")
    who = _who(p)
    assert who["asad-malik"][0] == "PAK" and who["nasir-jamal"][0] == "PAK"
    assert not any(a.startswith(("crisis", "rawalpindi")) for a in who)


def test_he_said_after_an_inverted_attribution_is_the_speaker_not_the_first_named():
    text = ("Tariq Mahmood will represent Pakistan on the panel, said Interior Secretary Saima Baig while talking to reporters. "
            "He said the talks with the Iranian side were useful.")
    p = _people(text)
    assert [m.actor_id for m in p.mentions[1] if not m.named] == ["saima-baig"]
    # without an attribution, 'He' is still the sentence's first-named person
    p = _people("Tariq Mahmood met Saima Baig in Islamabad. He said the talks were useful.")
    assert [m.actor_id for m in p.mentions[1] if not m.named] == ["tariq-mahmood"]


# -- commitment types: general phrasings of an area and of a hoped-for gain --------------------------

def _types(text: str) -> dict[str, str]:
    from pakiran_events.extract.report import read_report

    return {c["commitment_type"]: c["modality"] for cand in read_report("x-doc", text, "2024-05-15", LEX).candidates
            for c in cand.commitments}


MEETING = "Iranian Foreign Minister Karim Rostami met Prime Minister Tariq Mahmood in Islamabad on Monday. "


def test_curbing_terrorism_air_links_and_security_along_common_borders_are_their_areas():
    assert _types(MEETING + "Mahmood stressed the need for curbing terrorism in the region.") == \
        {"counterterrorism_cooperation": "proposed"}
    assert _types(MEETING + "The two sides agreed to restore air links between the two capitals.") == {"connectivity": "agreed"}
    assert _types(MEETING + "Rostami called for lasting security along their common borders.") == {"border_security": "proposed"}


def test_a_gain_told_with_further_or_also_is_still_a_proposal():
    assert _types(MEETING + "Mahmood said an early session of the working group would further strengthen ties.") == \
        {"consultative_mechanism": "proposed"}


def test_an_unnamed_office_holder_of_a_side_is_the_organisation_they_represent():
    from extract_fixtures import ACTORS, PLACES, POSITIONS
    from pakiran_events.extract.lexicon import Lexicon, merge_dictionaries

    actors = {a: {"actor_id": a, "name": n, "actor_type": "person", "country_iso3": c} for a, (n, c, _) in ACTORS.items()}
    actors["government-of-iran"] = {"actor_id": "government-of-iran", "name": "Government of Iran", "actor_type": "organisation",
                                    "country_iso3": "IRN"}
    lex = Lexicon(actors, {a: list(al) for a, (_, _, al) in ACTORS.items()}, dict(PLACES), merge_dictionaries([]), list(POSITIONS))
    text = "On arrival in Tehran, Tariq Mahmood was received by the Iranian Deputy Defence Minister."
    p = People(text, sentences(text, lex.patterns["no_break_after"]), dt.date(2024, 5, 15), lex).find()
    assert _who(p)["government-of-iran"] == ("IRN", "Deputy Defence Minister")
    # an office whose table holder the report names is that holder, not the body ('the Iranian foreign
    # minister' on that day, Farid Karimzadeh named after it: round 20, the table confirms a name)
    text = "On arrival in Tehran, Tariq Mahmood was received by the Iranian Foreign Minister. Farid Karimzadeh took office in May."
    p = People(text, sentences(text, lex.patterns["no_break_after"]), dt.date(2024, 5, 25), lex).find()
    who = _who(p)
    assert "farid-karimzadeh" in who and "government-of-iran" not in who
    # named nowhere, the table supplies no name (CURATION.md §6: a name is never guessed)
    text = "On arrival in Tehran, Tariq Mahmood was received by the Iranian Foreign Minister."
    p = People(text, sentences(text, lex.patterns["no_break_after"]), dt.date(2024, 5, 25), lex).find()
    assert "farid-karimzadeh" not in _who(p)
