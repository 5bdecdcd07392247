"""Review19: a hostile review of the fifteenth round's extractor (transliteration folding, new
names after titles and honorifics, the office-holder table, evidence written by a pool worker).
Made-up reports in our own words aimed at each new rule's edges; what could not be fixed in the
round is a strict xfail naming its class (docs/EXTRACTION.md, 'Fifteenth round (review19)')."""

from __future__ import annotations

import csv
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import extract_valid, shipped_lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report
from pakiran_events.extract.translit import compile_folds, fold


def _people(text: str, published: str = "2025-06-10") -> list[list[str]]:
    """The participants of each meeting read from one made-up report."""
    report = read_report("own-review19", text, published, shipped_lexicon())
    return [sorted(e.participants) for e in cluster([report]) if e.kind == "meeting"]


# -- 1. decomposed Unicode: a combining accent is a letter of the name (fixed) ----------------
# A report saved in NFD writes 'é' as 'e' + U+0301; the new-name reader after a title stopped at
# the combining mark and made a person 'Eskandar Mome' (actor id eskandar-mome).
# The integrator's release 2.4.0 found the fix covered only a person new to the gazetteer: a known
# actor's decomposed accent was not matched against the (composed) aliases. Round 20: one
# name-character class (lexicon.NAME_CHAR, combining marks included) for every name pattern, and
# gazetteer spellings matched on the text's NFC form, so both pass now as real tests.
@pytest.mark.parametrize("surname", ["Mome\u0301ni", "Mo\u0308meni", "Möméni"])
def test_a_combining_accent_does_not_cut_a_titled_name(surname):
    text = f"Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar {surname} in Tehran on Monday."
    assert _people(text) == [["eskandar-momeni", "mohsin-naqvi"]]


def _known_people() -> list[str]:
    """Gazetteer persons' names of two or more plain ASCII words (the strategy accents them)."""
    lex = shipped_lexicon()
    return sorted(r["name"] for a, r in lex.actors.items()
                  if lex.is_person(a) and len(r.get("name", "").split()) >= 2
                  and r["name"].replace(" ", "").replace("-", "").isascii() and r["name"].replace(" ", "").replace("-", "").isalpha())


def _found(text: str) -> set[str]:
    import datetime as dt

    from pakiran_events.extract.mentions import People, sentences

    lex = shipped_lexicon()
    return {m.actor_id for ms in People(text, sentences(text, lex.patterns["no_break_after"]), dt.date(2025, 1, 1), lex).find().mentions
            for m in ms}


@given(st.sampled_from(_known_people()), st.data())
@settings(max_examples=60, deadline=None)
def test_a_known_actor_written_with_decomposed_accents_is_found_as_when_composed(name, data):
    # accents on some of the name's vowels, as combining marks: the decomposed report reads every
    # person its composed form reads (the known actor among them whenever the composed form finds
    # them); it may read more, as a name pattern's capital is ASCII: 'A' + U+0301 is read, 'Á' is not
    vowels = [k for k, c in enumerate(name) if c in "aeiouAEIOU"]
    chosen = data.draw(st.sets(st.sampled_from(vowels), min_size=1, max_size=3)) if vowels else set()
    marks = data.draw(st.lists(st.sampled_from(["\u0301", "\u0300", "\u0308", "\u0302"]), min_size=3, max_size=3))
    accented = "".join(c + (marks[sorted(chosen).index(k)] if k in chosen else "") for k, c in enumerate(name))
    text = f"On Monday {accented} held talks with officials in Tehran."
    decomposed, composed = unicodedata.normalize("NFD", text), unicodedata.normalize("NFC", text)
    assert _found(composed) <= _found(decomposed)


@pytest.mark.parametrize("accented", ["\u00c1youb Qureshi", "Ayo\u00fab Qureshi", "\u00c1yo\u00fab Qur\u00e9shi"])
def test_a_known_name_with_a_precomposed_accent_is_that_person_not_a_namesake_by_surname(accented):
    # found by the property above (round 24): 'Áyoub' (one precomposed letter) was no name word, so the
    # surname alone read the gazetteer's other Qureshi; the spellings are now also read unaccented
    assert "Ayoub Qureshi" in _known_people()
    found = _found(f"On Monday {accented} held talks with officials in Tehran.")
    assert "ayoub-qureshi" in found and "shah-mahmood-qureshi" not in found


@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40))
@settings(max_examples=300, deadline=None)
def test_fold_is_the_same_for_composed_and_decomposed_spellings(name):
    folds = compile_folds(shipped_lexicon().dictionaries.get("names", {}).get("folds", []))
    assert fold(unicodedata.normalize("NFC", name), folds) == fold(unicodedata.normalize("NFD", name), folds)


def test_near_miss_two_gazetteer_people_never_share_a_folded_full_name():
    # no two people of the gazetteer fold to one key: folding must not merge them
    lex = shipped_lexicon()
    owners: dict[str, set[str]] = {}
    for spelling, actor in lex.alias_owner.items():
        if lex.is_person(actor):
            owners.setdefault(lex.folded(spelling).replace(" ", ""), set()).add(actor)
    assert [k for k, who in owners.items() if len(who) > 1] == []


# -- 2. wrong people -----------------------------------------------------------------------
@pytest.mark.xfail(strict=True, reason="review19: a longer name ending in a known person's full name "
                   "('Hamza Shehbaz Sharif', his son) is read as that person; the exact alias wins over the run")
def test_a_longer_name_ending_in_a_known_full_name_is_another_person():
    text = "Iranian Consul General Ali Rezaei called on Hamza Shehbaz Sharif in Lahore on Monday."
    assert all("shehbaz-sharif" not in people for people in _people(text))


@pytest.mark.xfail(strict=True, reason="review19: a past office holder told as background ('recalling talks "
                   "once held by former president X') becomes a participant of the day's meeting")
def test_a_former_office_holder_recalled_is_no_participant():
    text = ("Prime Minister Shehbaz Sharif, recalling talks once held by former president Hassan Rouhani, met "
            "Iranian President Masoud Pezeshkian in Tehran on Monday.")
    assert all("hassan-rouhani" not in people for people in _people(text))


# review19 left this as a strict xfail; round 23 (frame regions and told past engagements) fixed it
def test_a_past_meeting_in_an_after_clause_is_not_dated_today():
    text = ("Prime Minister Shehbaz Sharif met Iranian President Masoud Pezeshkian in Tehran on Monday, a year "
            "after the late president Ebrahim Raisi met him in Islamabad.")
    assert _people(text) == [["masoud-pezeshkian", "shehbaz-sharif"]]


@pytest.mark.xfail(strict=True, reason="review19: an honorific then ordinary capitalised words "
                   "('Dr. Trade Policy') is read as a new person; no check that a name's words are not common words")
def test_an_honorific_before_ordinary_words_is_no_new_person():
    text = "Interior Minister Mohsin Naqvi met Iranian Deputy Minister Dr. Trade Policy in Tehran on Monday."
    assert all("trade-policy" not in people for people in _people(text))


@pytest.mark.xfail(strict=True, reason="review19: a capitalised run far longer than any name after a title "
                   "gives its first five words as a person")
def test_a_very_long_capitalised_run_is_no_name():
    text = ("Interior Minister Mohsin Naqvi met Iranian Ambassador " + " ".join(["Kavir"] * 50)
            + " in Islamabad on Monday.")
    assert all(not any(p.startswith("kavir") for p in people) for people in _people(text))


@pytest.mark.parametrize("text", [
    "Interior Minister Mohsin Naqvi met Mr. President in Tehran on Monday.",
    "Interior Minister Mohsin Naqvi met Mr. Minister in Tehran on Monday.",
    "Interior Minister Mohsin Naqvi met Iranian Ambassador Mr. June in Islamabad on Monday.",
    "Interior Minister Mohsin Naqvi met Iranian Ambassador Mashhad Zahedan in Islamabad on Monday.",
])
def test_near_miss_an_honorific_or_title_before_an_office_month_or_place_word_is_no_new_person(text):
    report = read_report("own-review19", text, "2025-06-10", shipped_lexicon())
    assert list(report.new_actors) == []


# -- 3. hostile texts end without an internal error -----------------------------------------
@pytest.mark.parametrize("text", [
    "", "Dr.", "Mr. Dr. Mr. Dr.", "Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam in "
    "Islamabad on Monday. Dr.", "Minister", "A B C D E F G H I J K L M N O P Q R S T U V W X Y Z met Q on Monday.",
    "Interior Minister Mohsin Naqvi met Iranian Ambassador ' ' in Islamabad on Monday.",
    "Interior Minister Mohsin Naqvi met Iranian Ambassador --- in Islamabad on Monday.",
    "Prime Minister Sh\u0435hbaz Sharif met Iranian President \u041casoud Pezeshkian in Tehran on Monday.",
])
def test_hostile_texts_read_without_error(text):
    read_report("own-review19", text, "2025-06-10", shipped_lexicon())


def test_a_listing_of_five_hundred_titled_names_is_read():
    names = ", ".join(f"Dr. Kaval{i:03d} Rumi" for i in range(500))
    text = f"Interior Minister Mohsin Naqvi met {names} in Tehran on Monday."
    report = read_report("own-review19", text, "2025-06-10", shipped_lexicon())
    assert report.problem is None


# -- 4. the command: a made-up corpus of hostile reports writes a valid package --------------
def test_extract_on_hostile_reports_writes_a_valid_package(tmp_path):
    out = extract_valid(tmp_path, [
        ("r19-empty", "2025-06-10", ""),
        ("r19-drend", "2025-06-10", "ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri "
                                    "Moghadam on Monday. Dr."),
        ("r19-nfd", "2025-06-10", "TEHRAN: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar "
                                  "Mome\u0301ni on Monday."),
        ("r19-list", "2025-06-10", "TEHRAN: Interior Minister Mohsin Naqvi met "
                                   + ", ".join(f"Dr. Kaval{i:03d} Rumi" for i in range(200)) + " on Monday."),
    ])
    with open(out / "data" / "participants.csv", encoding="utf-8") as fh:
        actors = {row["actor_id"] for row in csv.DictReader(fh)}
    # no person cut at the accent; the known actor written with a decomposed accent is not matched (see _KNOWN_NFD)
    assert "eskandar-mome" not in actors and "naqvi" not in actors
    assert "mohsin-naqvi" in actors
