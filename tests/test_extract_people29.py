"""Round 29 (people29, issue 15): people the gazetteer lacks, and wrong people.

1. An office's deputy named right after the office ('Iran's interior minister and his deputy, X') is a new
   person titled 'Deputy <office>', never the office's holder (titles.yaml `office_deputy`;
   mentions.People._deputy_strangers; the apposed-office rule leaves the name to it).
2. A legislator's honorific of a house only one side has ('Senator X Y', 'MNA X Y'; titles.yaml
   `one_side_offices`) gives the side when the sentence names the other side's people by a country word.
3. A near full-name spelling is a gazetteer person only when the office written right before it is one the
   office-holder table gives that person on the report's day (mentions.People._unfit_title).
4. A way home after a short lead ('Later, he left for Islamabad') is the previous sentence's subject's
   (lexicon `pronoun_homeward`; candidates._way_home reads the traveller).
5. An office only one side of the dyad has ('Federal Minister', 'Chief Minister', 'Senate Chairman';
   titles.yaml `one_side_offices`) gives a new name after it that side.
Reports are made up, in our own words; the people are invented or the shipped gazetteer's."""

from __future__ import annotations

import pytest

from extract_fixtures import OwnReports, shipped_lexicon

R = OwnReports("people29", "2024-06-12")


_titles = R.titles


# 1. the deputy of an office named after it
DEPUTY = [
    ("lowercase-commas", "ISLAMABAD: Interior Minister Mohsin Naqvi received Iran's interior minister and his deputy, "
     "Farhad Karimi Nasab, on Monday."),
    ("lowercase-no-comma", "ISLAMABAD: Interior Minister Mohsin Naqvi received Iran's interior minister and his deputy "
     "Farhad Karimi Nasab on Monday."),
    ("capitalised-subject", "ISLAMABAD: Iran's Interior Minister and his deputy Farhad Karimi Nasab held talks with "
     "Pakistani Interior Minister Mohsin Naqvi on Monday."),
]


@pytest.mark.parametrize("text", [r[1] for r in DEPUTY], ids=[r[0] for r in DEPUTY])
def test_the_deputy_named_after_an_office_is_a_new_person_with_the_deputys_title(text):
    assert R.new(text) == {"farhad-karimi-nasab": "IRN"}
    assert R.meets(text, "farhad-karimi-nasab", "mohsin-naqvi")
    assert _titles(text, "farhad-karimi-nasab") == {"Deputy Interior Minister"}


def test_the_deputy_is_no_government_and_no_minister():
    text = DEPUTY[0][1]
    people = {a for _, p in R.events(text) for a in p}
    assert "government-of-iran" not in people
    assert "Interior Minister" not in _titles(text, "farhad-karimi-nasab")


def test_an_office_named_alone_before_a_comma_still_names_its_holder():
    # near miss: no deputy between, the apposed name is the office's own (round 21's rule unchanged)
    text = "ISLAMABAD: Interior Minister Mohsin Naqvi received Iran's interior minister, Farhad Karimi Nasab, on Monday."
    assert R.new(text) == {"farhad-karimi-nasab": "IRN"}
    assert _titles(text, "farhad-karimi-nasab") == {"Interior Minister"}


def test_a_third_countrys_office_and_deputy_is_nobody_of_the_dyad():
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Foreign Minister Abbas Araghchi on Monday. The Turkish "
            "side was led by the interior minister and his deputy, Kemal Arslan Demir.")
    assert "kemal-arslan-demir" not in R.new(text)


# 2. senators and members of the National Assembly
LEGISLATORS = [
    ("senator", "TEHRAN: Senator Kamran Aslam Bhatti met Iranian Foreign Minister Abbas Araghchi on Monday."),
    ("mna", "TEHRAN: MNA Kamran Aslam Bhatti called on Iranian Foreign Minister Abbas Araghchi on Monday."),
    ("mna-with-country", "TEHRAN: Pakistani MNA Kamran Aslam Bhatti met Iranian Foreign Minister Abbas Araghchi on Monday."),
]


@pytest.mark.parametrize("text", [r[1] for r in LEGISLATORS], ids=[r[0] for r in LEGISLATORS])
def test_a_senators_or_an_mnas_name_is_found(text):
    assert R.new(text) == {"kamran-aslam-bhatti": "PAK"}
    assert R.meets(text, "kamran-aslam-bhatti", "abbas-araghchi")


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Speaking to reporters, MNA Kamran Aslam Bhatti praised the talks on Monday.",
    "TEHRAN: US Senator Kamran Aslam Bhatti met Iranian Foreign Minister Abbas Araghchi on Monday.",
], ids=["alone", "third-country"])
def test_a_legislator_with_no_other_side_or_a_third_countrys_is_nobody(text):
    assert R.new(text) == {}


# 3. a near full-name spelling and the office written before it
def test_a_near_spelling_after_another_office_is_a_new_person():
    # 'Ahmed Vahidi' is one letter off the gazetteer's Ahmad Vahidi, interior minister in 2022; a deputy foreign
    # minister of that spelling is someone else
    text = "ISLAMABAD: Iran's deputy foreign minister Ahmed Vahidi met Pakistani Foreign Secretary Sohail Mahmood on Monday."
    assert R.new(text, "2022-06-12").get("ahmed-vahidi") == "IRN"
    assert not any("ahmad-vahidi" in p for _, p in R.events(text, "2022-06-12"))


def test_a_near_spelling_after_the_persons_own_office_is_that_person():
    text = "ISLAMABAD: Iran's interior minister Ahmed Vahidi met Pakistani Interior Minister Rana Sanaullah on Monday."
    assert "ahmed-vahidi" not in R.new(text, "2022-06-12")
    assert any("ahmad-vahidi" in p for _, p in R.events(text, "2022-06-12"))


def test_a_near_spelling_after_a_former_office_is_not_refused():
    # near miss: a former office is no fact of the report's day
    text = "ISLAMABAD: Former interior minister Ahmed Vahidi met Pakistani Interior Minister Rana Sanaullah on Monday."
    assert "ahmed-vahidi" not in R.new(text, "2022-06-12")


# 4. the way home after a short lead
WAY_HOME = [
    ("later", "TEHRAN: Iranian President Masoud Pezeshkian said on Monday that ties with Pakistan were strong. Pakistani "
     "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on Tuesday. Later, he left "
     "for Islamabad on Wednesday."),
    ("after-the-talks", "TEHRAN: Iranian President Masoud Pezeshkian received Pakistani Interior Minister Mohsin Naqvi in "
     "Tehran on Monday. Naqvi also met Iranian Interior Minister Eskandar Momeni on Tuesday. After the talks, he left for "
     "Islamabad on Wednesday."),
]


@pytest.mark.parametrize("text", [r[1] for r in WAY_HOME], ids=[r[0] for r in WAY_HOME])
def test_a_pronouns_way_home_is_the_sentence_befores_subjects(text):
    report = R.report(text, "2024-10-17")
    visits = [c for c in report.candidates if c.kind == "visit" and c.guest == "mohsin-naqvi"]
    assert visits and any(str(cue.start) == "2024-10-16" for v in visits for cue, _ in v.departure)
    assert not any(c.kind == "visit" and c.guest == "masoud-pezeshkian" for c in report.candidates)


def test_a_way_home_with_a_name_keeps_its_own_traveller():
    # near miss: the sentence names its traveller
    text = ("TEHRAN: Pakistani Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Tehran on "
            "Tuesday. Later, Naqvi left for Islamabad on Wednesday.")
    report = R.report(text, "2024-10-17")
    assert any(c.kind == "visit" and c.guest == "mohsin-naqvi" and c.departure for c in report.candidates)


def test_the_words_are_data():
    t = shipped_lexicon().dictionaries["titles"]
    assert "and (?:his|her) deput(?:y|ies)" in t["office_deputy"]  # round 30: the plural too
    assert {"Senator", "MNA", "Federal", "Chief Minister"} <= set(t["one_side_offices"]["PAK"])


# 5. an office only one side of the dyad has
ONE_SIDE = [
    ("federal", "RAWALPINDI: Federal Interior Secretary Azhar Karim Lodhi returned from Tehran on Tuesday.",
     "azhar-karim-lodhi", "2019-07-17"),
    ("federal-minister", "ISLAMABAD: Federal Minister for Religious Affairs Sardar Azhar Karim Lodhi left for Tehran on "
     "Tuesday.", "azhar-karim-lodhi", "2019-07-17"),
    ("chief-minister", "QUETTA: Chief Minister Tariq Aslam Jamali received Iran's Consul General in Quetta on Monday.",
     "tariq-aslam-jamali", None),
    ("senate-chairman", "ISLAMABAD: The Iranian delegation met Senate Chairman Wasim Akhtar Bhatti at Parliament House "
     "on Monday.", "wasim-akhtar-bhatti", None),
]


@pytest.mark.parametrize("text,actor,day", [r[1:] for r in ONE_SIDE], ids=[r[0] for r in ONE_SIDE])
def test_an_office_only_one_side_has_gives_its_side(text, actor, day):
    assert R.new(text, day).get(actor) == "PAK"


def test_a_one_side_office_after_a_third_countrys_word_is_nobody():
    assert R.new("ISLAMABAD: Indian Chief Minister Tariq Aslam Jamali spoke to reporters on Monday.") == {}


def test_a_federal_secretary_meets_the_iranian_deputy_minister():
    text = ("RAWALPINDI: Federal Interior Secretary Azhar Karim Lodhi returned from Tehran on Tuesday after talks with "
            "Iranian Deputy Interior Minister Hossein Zolfaghari.")
    assert R.meets(text, "azhar-karim-lodhi", "hossein-zolfaghari", day="2019-07-17")


def test_a_federal_minister_visits_with_the_portfolio_as_title():
    text, actor, day = ONE_SIDE[1][1:]
    assert ("visit", [actor]) in R.events(text, day)
