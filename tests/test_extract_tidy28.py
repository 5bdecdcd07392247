"""Round 28 (tidy28, issue 15): one source for each fact of the extractor's data and caches.

A head phrase ('led by', 'the Iranian side by') is titles.yaml `anchor_heads` alone, read by one
finder (noun_frames.delegation_heads); "the pair" ('the two foreign ministers', 'both sides') is
sides.yaml's `pair_numbers` with `pair_persons` or `pair_sides`, from which lexicon makes every
pattern of it; the reading's memo is kept by named kind (Reading.table, cached, forget), so no module
deletes another's entries by the shape of their keys. Each test fails when the facts drift apart
again. Reports are made up, in our own words; the people are the shipped gazetteer's."""

from __future__ import annotations

from pathlib import Path

import pytest

import pakiran_events.extract
from extract_fixtures import shipped_lexicon
from pakiran_events.extract.lexicon import merge_dictionaries
from pakiran_events.extract.report import Reading

EXTRACT = Path(pakiran_events.extract.__file__).resolve().parent  # the package under test (PYTHONPATH)


# -- 1. head phrases: one list, one finder -------------------------------------------------------
def test_head_phrases_are_one_list_read_by_both_rules():
    d = merge_dictionaries([])
    assert "delegation_head" not in d["engagement"]
    heads = shipped_lexicon().patterns["anchor_head"]
    for told in ("led by", "headed by", "the Iranian side by", "both delegations by", "under the leadership of"):
        assert heads.search(told), told
    # the member lists' head endings are head phrases too (a subset, not a second list that may drift)
    assert all(heads.fullmatch(p) for p in d["titles"]["list_head"]), d["titles"]["list_head"]


def test_one_head_finder_seats_both_sides_heads():
    from pakiran_events.extract.noun_frames import _patterns, delegation_heads

    text = ("ISLAMABAD: Talks on border trade were held on Monday. The Pakistani side was led by Interior "
            "Minister Mohsin Naqvi and the Iranian sides by Brigadier General Ali Reza Kamali Pour.")
    r = Reading("tidy28-heads", text, None, shipped_lexicon())
    assert _patterns(r)["head"] is r.lex.patterns["anchor_head"]
    assert {m.side: m.actor_id for _, m in delegation_heads(r)} == {"PAK": "mohsin-naqvi", "IRN": "ali-reza-kamali-pour"}
    assert not hasattr(r.people, "delegation_head")  # the second finder is gone


# -- 2. the pair: sides.yaml alone ----------------------------------------------------------------
def test_the_pair_is_stated_once_in_sides_yaml():
    d = merge_dictionaries([])
    sd, e = d["sides"], d["engagement"]
    assert not {"reception_pair", "frame_pair_references"} & set(e)
    assert not {"pair_of_people", "both_sides"} & set(sd)
    assert sd["pair_numbers"] and sd["pair_persons"] and sd["pair_sides"]
    assert not set(sd["pair_persons"]) & set(sd["pair_sides"])  # a pair of persons or of sides, never both
    p = shipped_lexicon().patterns
    for phrase in sd["joint_subjects"]:  # the joint subjects name no pair the pair's lists already give
        assert not p["pair_of_people"].fullmatch(phrase) and not p["both_sides"].fullmatch(phrase), phrase


@pytest.mark.parametrize("told", ["the two foreign ministers", "both men", "the two commanders", "both leaders",
                                  "the two naval commanders"])
def test_a_pair_of_persons_is_no_pair_of_sides(told):
    p = shipped_lexicon().patterns
    assert p["pair_of_people"].fullmatch(told) and p["both_sides"].search(told) is None
    assert p["reception_pair"].match(told) and p["joint"].fullmatch(told)


@pytest.mark.parametrize("told", ["the two countries", "both sides", "the two governments", "both neighbours"])
def test_a_pair_of_sides_is_no_pair_of_persons(told):
    p = shipped_lexicon().patterns
    assert p["both_sides"].fullmatch(told) and p["pair_of_people"].search(told) is None
    assert p["reception_pair"].match(told) and p["joint"].fullmatch(told)


def test_between_the_pair_reads_the_numbers_and_a_plural_noun():
    """noun_frames' 'between the two ministers' reads sides.yaml `pair_numbers` (lexicon `pair_reference`)."""
    p = shipped_lexicon().patterns
    for told in ("the two ministers", "both the leaders", "both commanders", "the two sides"):
        assert p["pair_reference"].match(told), told
    assert p["pair_reference"].match("the three ministers") is None


@pytest.mark.parametrize("told", ["Later, the two sides", "Afterwards the two men", "They", "Separately, both ministers"])
def test_a_receptions_next_subject_is_the_pair_after_a_fronted_adverb(told):
    assert shipped_lexicon().patterns["reception_pair"].fullmatch(told), told


def test_a_pair_word_added_to_sides_yaml_reaches_every_pattern(tmp_path):
    """One source: a new noun in `pair_persons` is read by the call's, the reception's and the
    commitments' patterns at once (no second list to edit)."""
    from pakiran_events.extract.lexicon import load_lexicon

    extra = tmp_path / "pair.yaml"
    extra.write_text("sides:\n  pair_persons: [ministers, admirals]\n", encoding="utf-8")
    p = load_lexicon(dictionary_files=[extra]).patterns
    for key in ("pair_of_people", "reception_pair", "joint"):
        assert p[key].match("the two admirals"), key
    assert shipped_lexicon().patterns["pair_of_people"].search("the two admirals") is None


# -- 3. the reading's memo: kinds, not key shapes ------------------------------------------------
def test_no_module_but_the_reading_touches_its_memo():
    for path in EXTRACT.glob("*.py"):
        if path.name != "report.py":
            assert "._hits" not in path.read_text(encoding="utf-8"), path.name


def test_forget_drops_one_kind_of_one_sentence():
    r = Reading("tidy28-memo", "A met B on Monday. C met D on Tuesday.", None, shipped_lexicon())
    calls = []
    for i in (0, 1):
        r.cached("anchors", i, lambda i=i: calls.append(i) or [i])
    r.table("owner", 0)[(3, 9)] = "x"
    r.forget("anchors", 0)
    assert r.cached("anchors", 1, lambda: ["again"]) == [1]  # the other sentence's kept
    assert r.cached("anchors", 0, lambda: ["again"]) == ["again"]  # found again
    assert r.table("owner", 0) == {(3, 9): "x"}  # another kind of the same sentence kept
    assert calls == [0, 1]


def test_a_noun_frames_anchor_is_read_again_by_the_sentences_dates():
    """frames.forget_anchors drops the anchor kinds of the sentence only (a noun frame's anchor
    added): the next frame reads the sentence's anchors again, with the noun's among them."""
    from pakiran_events.extract.frames import _anchors, forget_anchors

    r = Reading("tidy28-anchors", "The talks between the two men were held on Monday. They spoke on Friday.", None,
                shipped_lexicon())
    before = _anchors(r, 0)
    other = _anchors(r, 1)
    r.cached("noun_anchors", 0, list).append((90, 95))
    assert _anchors(r, 0) == before  # kept until forgotten
    forget_anchors(r, 0)
    assert (90, 95, True) in _anchors(r, 0)
    assert _anchors(r, 1) is other


@pytest.mark.parametrize("told, joint", [("the two speakers agreed", True), ("both the countries will expand", True),
                                         ("the border between the two friendly countries", False)])
def test_the_pair_as_a_statements_subject(told, joint):
    """`joint` reads the pair of persons with words before the noun, the pair of sides without."""
    assert (shipped_lexicon().patterns["joint"].search(told) is not None) is joint, told
