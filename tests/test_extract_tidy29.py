"""Round 29 (tidy29, issue 15): one source for each rule the round-28 re-read found written twice.

Each test pins the behaviour both old places had and fails when the rule is split again: the
ceremonial words are one key (engagement.yaml `ceremonial`, escorts and objects), the meal trigger's
holiday words a list of their own (`holidays`, `meal_nouns`, built by lexicon.meal_in_honour), one
welcome trigger, the way home told by a gerund one trigger path (departure triggers built from
`gerund_before`, `gerund_home`, `gerund_leaving`), and one walk over a meeting's guests and hosts.
Reports are made up, in our own words; the people are the shipped gazetteer's."""

from __future__ import annotations

import re

import pytest

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.lexicon import load_lexicon, merge_dictionaries

OWN = OwnReports("tidy29", "2025-08-05")
HEAD = "ISLAMABAD, Aug 5 -- "
DAR, ARAGHCHI, SHARIF = "ishaq-dar", "abbas-araghchi", "shehbaz-sharif"


# -- 2. the ceremonial words: one key, read by both rules -----------------------------------------
def test_the_ceremonial_words_are_one_key():
    d = merge_dictionaries([])
    assert "ceremonial" not in d["titles"] and "ceremonial_objects" not in d["engagement"]
    told = d["engagement"]["ceremonial"]
    assert set(told) == {"escorts", "objects"}
    assert not set(told["escorts"]) & set(told["objects"])


@pytest.mark.parametrize("escort", ["a guard of honour", "the honour guard", "the contingent", "the military band"])
def test_an_escort_is_no_participant_and_no_talks_object(escort):
    """Both rules read the escorts: no body taking part beside them (mentions), no talks when a talk
    word takes one (candidates._Built._talk_word)."""
    p = shipped_lexicon().patterns
    assert p["ceremonial"].search(f"He inspected {escort}.")
    assert p["ceremonial_object"].match(f" {escort}")


@pytest.mark.parametrize("thing", ["a wreath", "the parade", "the march-past", "the martyrs' memorial"])
def test_a_ceremonys_object_is_no_talks_but_no_escort(thing):
    p = shipped_lexicon().patterns
    assert p["ceremonial_object"].match(f" {thing}")
    assert p["ceremonial"].search(f"He saw {thing}.") is None  # a wreath does not hide who took part


def test_an_escort_added_to_the_one_key_reaches_both_rules(tmp_path):
    extra = tmp_path / "ceremonial.yaml"
    extra.write_text("engagement:\n  ceremonial:\n    escorts: [\"guard of honou?r\", \"lancers\"]\n"
                     "    objects: [\"wreaths?\"]\n", encoding="utf-8")
    p = load_lexicon(dictionary_files=[extra]).patterns
    assert p["ceremonial"].search("the lancers rode past") and p["ceremonial_object"].match(" the lancers")
    assert shipped_lexicon().patterns["ceremonial_object"].match(" the lancers") is None


@pytest.mark.parametrize("rest, talks", [("reviewed the honour guard", False), ("went through the guard of honour", False),
                                         ("reviewed the naval contingent", False), ("reviewed border security", True)])
def test_a_talk_word_on_an_escort_after_a_welcome_is_no_talks(rest, talks):
    """A reception then 'reviewed the honour guard' tells no talks: an escort is a ceremony's object too
    (modality28's objects are tested in test_extract_modality28)."""
    text = (HEAD + "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Monday and was received by Foreign "
            f"Minister Ishaq Dar. The two ministers {rest}.")
    assert OWN.meets(text, DAR, ARAGHCHI) is talks, OWN.events(text)


# -- 3. holiday words: a list of the dictionary, used by the meal trigger's builder ----------------
def test_no_holiday_word_is_written_inside_a_trigger():
    e = merge_dictionaries([])["engagement"]
    assert {"Nowruz", "Eid", "Independence", "Day"} <= set(e["holidays"])
    assert not [t for t in e["meeting"] if "Nowruz" in t or "dinner" in t], "the meal trigger is built, not written"


@pytest.mark.parametrize("told, meal", [
    ("hosted a dinner in honour of Iranian Foreign Minister Abbas Araghchi", True),
    ("hosted a state banquet for the visiting minister", True),
    ("hosted a luncheon in his honour", True),
    ("hosted a reception in honour of Pakistan's Independence Day", False),
    ("hosted an iftar for Eid guests", False),
    ("hosted a reception for Iran's National Day", False),
    ("hosted a dinner for Nowruz", False),
])
def test_the_built_meal_trigger_reads_a_guest_not_a_day(told, meal):
    assert (shipped_lexicon().patterns["meeting"].match(told) is not None) is meal, told


def test_a_holiday_added_to_the_list_reaches_the_meal_trigger(tmp_path):
    told = "hosted a reception in honour of Yalda Night guests"
    assert shipped_lexicon().patterns["meeting"].match(told)
    extra = tmp_path / "holidays.yaml"
    days = [*merge_dictionaries([])["engagement"]["holidays"], "Yalda"]
    extra.write_text("engagement:\n  holidays: [" + ", ".join(f'"{d}"' for d in days) + "]\n", encoding="utf-8")
    assert load_lexicon(dictionary_files=[extra]).patterns["meeting"].match(told) is None


def test_a_meal_given_in_honour_of_a_day_makes_no_meeting_but_one_for_a_guest_does():
    day = HEAD + "Prime Minister Shehbaz Sharif hosted a dinner in honour of Eid on Monday."
    guest = HEAD + "Prime Minister Shehbaz Sharif hosted a dinner in honour of Iranian Foreign Minister Abbas Araghchi on Monday."
    assert not [k for k, _ in OWN.events(day) if k == "meeting"], OWN.events(day)
    assert OWN.meets(guest, SHARIF, ARAGHCHI), OWN.events(guest)


# -- 4. one 'welcomed ... to' trigger ------------------------------------------------------------
def test_one_welcome_trigger():
    welcome = [t for t in merge_dictionaries([])["engagement"]["meeting"] if re.match(r"\(\?:warmly \)\?welcomed\(\?=", t)]
    assert len(welcome) == 1, welcome


@pytest.mark.parametrize("told, welcome", [
    ("welcomed Iranian Foreign Minister Abbas Araghchi to Islamabad", True),
    ("warmly welcomed Foreign Minister Abbas Araghchi to the PM Office", True),
    ("welcomed the Iranian Foreign Minister to the PM Office", True),    # two capitalised words: an office named
    ("welcomed the Iranian minister to the PM Office", False),
    ("welcomed Iran's offer to the United Nations", False),              # to the: one capitalised word
    ("welcomed the decision to extend the talks", False),
])
def test_the_welcome_trigger_reads_a_city_or_a_building_after_a_named_guest(told, welcome):
    found = shipped_lexicon().patterns["meeting"].match(told)
    assert (found is not None and found.group(0).endswith("welcomed")) is welcome, told


def test_a_welcome_to_a_building_is_an_audience_and_to_a_city_a_trip():
    city = HEAD + "Prime Minister Shehbaz Sharif welcomed Iranian Foreign Minister Abbas Araghchi to Islamabad on Monday."
    office = HEAD + "Prime Minister Shehbaz Sharif welcomed Iranian Foreign Minister Abbas Araghchi to the PM Office on Monday."
    assert "visit" in [k for k, _ in OWN.events(city)], OWN.events(city)
    assert OWN.meets(office, SHARIF, ARAGHCHI) and "visit" not in [k for k, _ in OWN.events(office)], OWN.events(office)


# -- 1. the way home told by a gerund: both phrasings read alike ---------------------------------
ZARIF, QURESHI = "mohammad-javad-zarif", "shah-mahmood-qureshi"
ARRIVED = HEAD + "Javad Zarif arrived in Islamabad on Sunday. "


def _zarif_visit(text: str) -> list[tuple[str, str]]:
    return [(str(e.date_start), str(e.date_end)) for e in OWN.clustered(text) if e.kind == "visit" and ZARIF in e.participants]


@pytest.mark.parametrize("home", ["flying home", "flying back to Tehran"])
def test_a_held_predicates_way_home_gerund_ends_the_visit_on_its_day(home):
    """'before flying home' (frames._gerund_departures) and 'before flying back to Tehran' (the departure
    trigger, frames._participle_at): the same held way home, the visit's last day the gerund's own."""
    text = ARRIVED + f"He met Shah Mahmood Qureshi on Monday before {home} on Tuesday."
    assert _zarif_visit(text) == [("2025-08-03", "2025-08-05")], OWN.events(text)
    assert OWN.meets(text, ZARIF, QURESHI)


@pytest.mark.parametrize("home", ["flying home", "flying back to Tehran"])
def test_a_planned_predicates_way_home_gerund_is_a_plan(home):
    """'will meet Y on Monday before flying home on Tuesday': the plan is the gerund's too, in both paths."""
    text = ARRIVED + f"He will meet Shah Mahmood Qureshi on Monday before {home} on Tuesday."
    assert _zarif_visit(text) == [("2025-08-03", "2025-08-03")], OWN.events(text)


# 'flying back to Tehran' was a strict xfail (round 29); round 30 (dates30): a planned departure frame
# adds no day to a visit told as held (candidates, `told_held`)
@pytest.mark.parametrize("home", ["flying home", "flying back to Tehran"])
def test_a_governed_predicates_way_home_gerund_ends_no_visit(home):
    """'it was unclear whether he met Y ... before flying home': the governor's modality is the gerund's."""
    text = ARRIVED + f"It was unclear whether he met Shah Mahmood Qureshi on Monday before {home} on Tuesday."
    assert _zarif_visit(text) == [("2025-08-03", "2025-08-03")], OWN.events(text)


def test_one_list_of_subordinators_for_both_gerund_paths():
    p = shipped_lexicon().patterns
    for word in merge_dictionaries([])["engagement"]["gerund_before"]:
        assert p["participle_before"].search(f"met Y, {word} ") and p["gerund_departure"].match(f"{word} flying home"), word


# -- 5. one walk over a meeting's guests and hosts ------------------------------------------------
ARRIVAL = HEAD + "Iranian Foreign Minister Abbas Araghchi arrived in Islamabad on Sunday. "


def _meetings(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((str(e.date_start), tuple(sorted(e.participants))) for e in OWN.clustered(text) if e.kind == "meeting")


@pytest.mark.parametrize("text, meetings", [
    # listed guests, each with a day of its own: a meeting each, on its day
    (ARRIVAL + "Prime Minister Shehbaz Sharif met Ali Larijani on Monday and Abbas Araghchi on Tuesday.",
     [("2025-08-04", ("ali-larijani", SHARIF)), ("2025-08-05", (ARAGHCHI, SHARIF))]),
    # listed guests of one day: one meeting of both
    (ARRIVAL + "Prime Minister Shehbaz Sharif met Ali Larijani and Abbas Araghchi on Monday.",
     [("2025-08-04", (ARAGHCHI, "ali-larijani", SHARIF))]),
    # listed hosts, each with a day of its own: a meeting each, on its day
    (ARRIVAL + "Araghchi met Prime Minister Shehbaz Sharif on Monday and Foreign Minister Ishaq Dar on Tuesday.",
     [("2025-08-04", (ARAGHCHI, SHARIF)), ("2025-08-05", (ARAGHCHI, DAR))]),
    # listed hosts of one day: still a meeting each (one per counterpart, CURATION.md §2)
    (ARRIVAL + "Araghchi met Prime Minister Shehbaz Sharif and Foreign Minister Ishaq Dar on Monday.",
     [("2025-08-04", (ARAGHCHI, DAR)), ("2025-08-04", (ARAGHCHI, SHARIF))]),
])
def test_listed_counterparts_each_dated_by_their_own_day(text, meetings):
    assert _meetings(text) == meetings, OWN.events(text)


def test_one_walk_over_guests_and_hosts():
    from pakiran_events.extract.candidates import _Built

    assert not hasattr(_Built, "_guest_per_meeting"), "listed guests and hosts are walked by one loop (meeting)"
