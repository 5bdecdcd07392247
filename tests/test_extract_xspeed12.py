"""Round r12 of extraction speed (issue 16): the shortcuts of the per-report stage say exactly
what the scans they replace say.

A gate asked before a family of patterns ("does any place phrase occur in this text?") is one
`lexicon.words` prefix tree of every phrase of the family, not the family's trees joined by `|`
(the regex engine enters every one of those at every position: ~300 µs a sentence for the place
phrases). Each test compares the new form with the plain one on texts written here."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import example, given, settings
from hypothesis import strategies as st

from pakiran_events.extract.lexicon import words

PHRASES = ["capital of (?:the )?Iran", "Iran['’]s capital", "Iranian capital", "garrison city", "GHQ",
           "General Headquarters", "federal capital", "capital of (?:the )?United\\ Arab\\ Emirates",
           "Emirati capital", "port city", "capital", "city of lights", "(?:old )?port", "[Gg]arrison",
           "I", "İran", "k", "Kabul['’]s capital"]
PIECES = ["capital", "capital of", " of ", "the ", "Iran", "iran", "Iranian", "’s", "'s", " ", "-", "x", "garrison",
          "city", "GHQ", "ghq", "General", "Headquarters", "United Arab Emirates", "Emirati", "port", "old ", ",",
          ".", "İ", "K", "\u212a", "Kabul", "lights", "federal", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PHRASES), max_size=5), min_size=1, max_size=6),
       st.lists(st.sampled_from(PIECES), max_size=14).map("".join))
@example([["capital of (?:the )?Iran"], ["Iran['’]s capital"]], "xcapital of Iran Iran’s capital")
@example([["port"], ["(?:old )?port"]], "old port-")
def test_one_tree_of_a_familys_phrases_matches_where_one_of_its_patterns_does(family, text):
    """`words` of every phrase of a family finds a match in a text exactly when one member's own
    `words` pattern does (what the gate is asked), at any offsets of the text."""
    joined = words([p for member in family for p in member])
    members = [words(member) for member in family]
    for lo, hi in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 1)), (2, len(text) - 2)):
        assert (joined.search(text, lo, max(lo, hi)) is not None) == any(m.search(text, lo, max(lo, hi)) for m in members)


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def _real_phrase_texts() -> list[str]:
    """Texts made of the shipped place phrases' own words (regex syntax stripped), cut and joined."""
    lex = _lexicon()
    out = []
    for pat in list(lex.patterns["place_phrase"].values())[:60]:
        plainish = re.sub(r"\(\?[^)]*\)|[\\()\[\]?|:]", "", pat.pattern)[:80]
        out.append(plainish)
    return out


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES + ["Pakistani", "Pakistan", "Andorra", "Afghan", "Nur Khan Air Base", "Kazakh",
                                          "capital of Pakistan", "Pakistan’s capital", "Kazakh capital", "Tehran"]),
                max_size=12).map("".join))
@example("They flew to the Kazakh capital on Monday.")
@example("xPakistani capital")
def test_the_shipped_place_phrase_gate_says_what_every_place_phrase_says(text):
    from pakiran_events.extract.starts import all_matches, match_starts

    lex = _lexicon()
    gate = lex.patterns["any_place_phrase"]
    assert (gate.search(text) is not None) == any(p.search(text) for p in lex.patterns["place_phrase"].values())
    starts = match_starts(lex.patterns["any_place_phrase_at"], text)
    for pid, pat in lex.patterns["place_phrase"].items():  # each place's phrases tried at the family's starts only
        assert [m.span() for m in all_matches(pat, starts, text)] == [m.span() for m in pat.finditer(text)], pid


def test_the_place_phrase_gate_is_one_tree_and_holds_every_place_phrase():
    lex = _lexicon()
    gate = lex.patterns["any_place_phrase"]
    joined = "|".join(p.pattern for p in lex.patterns["place_phrase"].values())
    # one tree: the phrases that begin with 'capital' are entered once, not once per place
    assert gate.pattern.startswith(r"(?<![\w\-])(?:") and gate.pattern.count("(?-i:[Cc])") * 10 < joined.count("(?-i:[Cc])")
    for text in _real_phrase_texts():
        assert (gate.search(text) is not None) == any(p.search(text) for p in lex.patterns["place_phrase"].values()), text


# -- trigger kinds tried only where some trigger matches ------------------------------------------
TRIGGERS = ["met", "meets", "meeting with", "held talks", "talks", "visit to Iran", "visited", "(?:tele)?phone call",
            "called on", "arrived in", "left for", "received", "was received by", "ceremony", "i", "k", "t(?=alks)",
            "(?<=the )talks", "[a-c]x", "signed\\b.{0,10}\\bMoUs?", "\\-led", "a|b"]
TRIGGER_PIECES = ["met", "meet", "meets", "meeting", " with ", "held", " talks", "talks", "visit", "visited", " to ", "Iran",
                  "tele", "phone", " call", "called on", "arrived", " in ", "left for", "received", " by ", "ceremony", "the ",
                  " ", "-", "x", "ax", "signed", "MoU", "MoUs", "-led", "İ", "K", "\u212a", ",", ".", "a", "b"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRIGGERS), max_size=4), min_size=1, max_size=5),
       st.lists(st.sampled_from(TRIGGER_PIECES), max_size=16).map("".join), st.integers(0, 6))
@example([["met"], ["meeting with"]], "they met, meeting with him", 0)
@example([["talks"], ["(?<=the )talks"], ["t(?=alks)"]], "the talks", 0)
def test_a_kind_tried_at_the_familys_starts_is_its_search(family, text, pos):
    """`first_match` at the offsets `match_starts` gives for the family's union is exactly each
    member's `search` (same span, same groups), from any starting offset."""
    from pakiran_events.extract.starts import first_match, lookahead, match_starts

    union = words([p for member in family for p in member])
    starts = match_starts(lookahead(union), text, pos)
    assert starts == [k for k in range(pos, len(text) + 1) if union.match(text, k)]
    for member in family:
        pat = words(member)
        found, expected = first_match(pat, starts, text), pat.search(text, pos)
        assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(TRIGGER_PIECES + ["Foreign Minister", "held talks with", "paid a visit to", "arrived in Tehran",
                                                  "telephone conversation", "spoke by phone", "called on the Prime Minister",
                                                  "the two sides met", "he will visit", "welcomed the"]),
                max_size=14).map("".join))
@example("Foreign Minister arrived in Tehran and held talks with his counterpart.")
def test_the_shipped_trigger_kinds_found_at_their_starts_are_their_searches(text):
    from pakiran_events.extract.lexicon import ENGAGEMENT_KINDS
    from pakiran_events.extract.starts import first_match, match_starts

    lex = _lexicon()
    union = lex.patterns["any_engagement"]
    first = union.search(text)
    starts = [] if first is None else match_starts(lex.patterns["any_engagement_at"], text, first.start())
    for kind in ENGAGEMENT_KINDS:
        found, expected = first_match(lex.patterns[kind], starts, text), lex.patterns[kind].search(text)
        assert (found and found.span()) == (expected and expected.span()), kind


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TRIGGERS + ["x?", "(?:)"]), max_size=4), min_size=1, max_size=5),
       st.lists(st.sampled_from(TRIGGER_PIECES), max_size=16).map("".join), st.integers(-3, 40))
@example([["met"], ["meets"]], "met meets met", 7)
@example([["x?"]], "ax x", -1)
def test_a_kinds_matches_at_the_familys_starts_are_its_finditer(family, text, endpos):
    """`all_matches` is each member's `finditer(text, 0, endpos)`: the same matches, overlapping
    members' matches each found, empty matches ('x?') included (handed to finditer)."""
    from pakiran_events.extract.starts import all_matches, lookahead, match_starts

    end = len(text) if endpos < 0 else min(endpos, len(text))
    union = words([p for member in family for p in member])
    starts = match_starts(lookahead(union), text, 0, end)
    for member in family:
        pat = words(member)
        assert [m.span() for m in all_matches(pat, starts, text, end)] == [m.span() for m in pat.finditer(text, 0, end)]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(["agreed to", "will", "expand", "enhance", "cooperation", "border security", "trade",
                                 "security", " and ", ", ", "including ", "intelligence sharing", "signed", "an ",
                                 "memorandum", "of understanding", "on ", "counter-terrorism", "terrorism", " ",
                                 "decided to", "pledged", "would", "boost", "energy", "joint", "commission", "x", "-"]),
                max_size=16).map("".join), st.integers(-1, 200))
@example("They agreed to expand border security and trade cooperation, and signed an MoU on energy.", -1)
def test_the_shipped_commitment_types_and_modalities_at_their_starts_are_their_finditer(text, endpos):
    lex = _lexicon()
    from pakiran_events.extract.starts import all_matches, match_starts

    end = len(text) if endpos < 0 else min(endpos, len(text))
    starts = match_starts(lex.patterns["any_commitment_at"], text, 0, end)
    for t, pat in lex.patterns["commitment"].items():
        assert [m.span() for m in all_matches(pat, starts, text, end)] == [m.span() for m in pat.finditer(text, 0, end)], t
    starts = match_starts(lex.patterns["any_modality_at"], text)
    for modality, pat in lex.patterns["modality"]:
        assert [m.span() for m in all_matches(pat, starts, text)] == [m.span() for m in pat.finditer(text)], modality
