"""Re-read of round 26 (round 27): facts the dictionaries stated twice are stated once and the other
view is derived in lexicon.py. Each test reads the shipped dictionaries (merge_dictionaries) or the
lexicon compiled from them; the made-up reports are in our own words."""

from __future__ import annotations

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.lexicon import merge_dictionaries

_OWN = OwnReports("reread27-own", "2024-10-08")


def _province_rows(d: dict) -> list[dict]:
    provinces = d["places"]["provinces"]
    return [*provinces["capitals"], *provinces.get("others", [])]


# -- 1. provinces: places.yaml `provinces` alone ------------------------------------------------------
def test_each_province_is_stated_once_in_the_place_data_and_nowhere_else():
    d = merge_dictionaries([])
    assert "provinces" not in d["sides"]  # the sides view is derived, not a second list
    names = [n for row in _province_rows(d) for n in row["names"]]
    assert names and len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    for row in _province_rows(d):
        assert row["country"] in d["sides"]["dyad"] and row["why"].strip(), row


def test_the_sides_and_capitals_views_are_derived_from_the_same_rows():
    lex = shipped_lexicon()
    rows = _province_rows(lex.dictionaries)
    assert lex.patterns["province_side"] == {n: row["country"] for row in rows for n in row["names"]}
    capitals = lex.dictionaries["places"]["provinces"]["capitals"]
    assert lex.patterns["province_capital"] == {n: row["place"] for row in capitals for n in row["names"]}
    assert {w for n in lex.patterns["province_side"] for w in n.split() if w[:1].isupper()} == lex.patterns["province_words"]


def test_a_province_with_no_capital_in_the_gazetteer_still_gives_an_office_its_side():
    """'South Khorasan' (`others`) owns an office as the provinces with a capital do."""
    for text in ("BIRJAND: Pakistan's consul general in Mashhad, Tariq Jameel, called on South Khorasan's "
                 "Governor-General Javad Ghenaat on Tuesday.",
                 "MASHHAD: Pakistan's consul general Tariq Jameel met Javad Ghenaat, the deputy governor of South "
                 "Khorasan for border affairs, on Tuesday."):
        assert _OWN.new(text).get("javad-ghenaat") == "IRN", text


def test_a_province_of_both_views_places_a_provincial_office_and_owns_one():
    """'Baluchistan' was a sides-only spelling: as a row's name it now also names the capital."""
    text = ("Iranian Consul General Hassan Darvishvand called on Baluchistan Governor Jaffar Khan Mandokhail "
            "at the Governor House on Monday and discussed border trade.")
    events = [e for e in _OWN.clustered(text, "2025-02-11") if e.kind == "meeting"]
    assert [e.place_id for e in events] == ["quetta"]


# -- 2. 'ex': titles.yaml `office_joined` alone ---------------------------------------------------------
def test_a_joined_former_word_is_stated_once_and_read_as_a_former_word():
    t = merge_dictionaries([])["titles"]
    assert t["office_joined"]
    assert not [p for p in t["office_former"] if any(p.rstrip("-?").lower() == w.lower() for w in t["office_joined"])]
    former = shipped_lexicon().patterns["office_former"]
    for before in ("the ex-", "the ex ", "Ex-", "former ", "the erstwhile "):
        assert former.search(before), before
    for before in ("the next ", "Sex-", "the expert "):
        assert former.search(before) is None, before


# -- 3. plural subjects and their adverbs: sides.yaml alone -------------------------------------------
def test_plural_subjects_and_their_adverbs_are_stated_once():
    sd = merge_dictionaries([])["sides"]
    alone, adverbs = sd["pair_alone"], sd["subject_adverbs"]
    assert alone and adverbs and not set(alone) & set(sd["plural_subjects"])
    for phrase in sd["pair_numbers"] + sd["pair_persons"]:  # neither an adverb list nor a lookahead inside the pair's words
        assert "(?=" not in phrase and not any(f"{a} " in phrase or f"{a}|" in phrase for a in adverbs[1:]), phrase


def test_the_patterns_read_the_one_list():
    p = shipped_lexicon().patterns
    for before in ("..., where they ", "Both also ", "the two later ", "They jointly ", "the two again "):
        assert p["plural_subject"].search(before), before
    for before in ("the two sides ", "they said ", "Both sides also "):
        assert p["plural_subject"].search(before) is None, before
    for told in ("The two spoke again by telephone", "The two also held a video conference", "the two later conferred",
                 "the two foreign ministers spoke"):
        assert p["pair_of_people"].search(told), told
    for told in ("The two countries spoke", "the two said"):
        assert p["pair_of_people"].search(told) is None, told
