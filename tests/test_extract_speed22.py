"""Round 22 of extraction speed (issue 16): a word list's branch that does not begin with a plain
literal is put behind a look-ahead of the characters it can begin with (`first_chars.guard`),
so the regex engine no longer enters it (and its run of look-behinds) at every position. The
guard must change no match: each test compares the guarded form with the plain one."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pakiran_events.extract import lexicon as lexicon_module
from pakiran_events.extract.first_chars import first_chars, guard

# pieces of phrases as the dictionaries write them: look-behinds first, groups, classes,
# optional parts, scoped case flags, letters with extra case folds (ſ, K, İ)
PIECES = ["(?<!\\bfor\\s)", "(?<!\\bon\\sthe\\s)", "(?<![\\w\\-])", "\\b", "(?:opening|closing)", "(?:tele)?",
          "[Mm]et", "[a-c]", "[^a]", "\\w", "\\s", ".", "x?", "(?:a|)", "(?-i:[Ss])", "(?i:k)", "(?-i:K)", "s",
          "ſ", "İ", "i", "k", "\\-", "\\ ", " ", "(?=s)", "(?!x)", "ing", "(?:ab)*", "(?:ab)+", "a{0,2}", "a{2}",
          "ceremony", "^", "$", "(?:[\\w\\-]+\\s+){0,3}", "(?P<g>a)", "(?>ab)"]
TEXT_CHARS = "openingclsmtabcxkKSsſİıi \n-—.,'’\u212aAMf"


def _compiled(pattern: str, flags: int) -> re.Pattern | None:
    try:
        return re.compile(pattern, flags)
    except re.error:
        return None


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=5).map("".join),
       st.text(alphabet=TEXT_CHARS, max_size=40), st.sampled_from([re.IGNORECASE, 0]))
@example("(?<!\\bfor\\s)(?:opening|closing)", "for opening, opening", re.IGNORECASE)
@example("(?-i:[Ss])ing", "ſing Sing", re.IGNORECASE)
@example("(?i:k)", "\u212a K k", 0)
@example("(?i:k)", "\u212a K k", re.IGNORECASE)
@example("x?", "abc", 0)
def test_a_guarded_phrase_matches_as_the_phrase(phrase, text, flags):
    """`guard(phrase)` has the phrase's matches (spans and groups) at every offset, with or
    without re.IGNORECASE, inside an alternation as `prefix_tree` places it."""
    plain = _compiled(f"(?:z|{phrase})", flags)
    if plain is None:
        return
    guarded = re.compile(f"(?:z|{guard(phrase, bool(flags & re.IGNORECASE))})", flags)
    assert [(m.span(), m.groups()) for m in guarded.finditer(text)] == [(m.span(), m.groups()) for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = guarded.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())


def test_the_first_characters_of_a_phrase():
    assert first_chars("(?<!\\bfor\\s)(?:opening|closing) ceremony", True) == frozenset("oc")
    assert first_chars("(?:tele)?phone", False) == frozenset("tp")
    assert first_chars("(?-i:[Mm])et", True) == frozenset("Mm")
    assert first_chars("[a-c]x|k", False) == frozenset("abck")


@pytest.mark.parametrize("phrase", ["\\w+", ".", "[^a]b", "x?", "(?:a|)", "(?:ab)*", "\\bx?\\b", "(?i:k)", "(?!x)x?"])
def test_no_guard_where_the_first_characters_are_not_bounded(phrase):
    """A category, any character, a negated class, a phrase that can match nothing, or a
    case-insensitive part of a case-sensitive phrase: no guard (the phrase unchanged)."""
    assert first_chars(phrase, False) is None
    assert guard(phrase, False) == phrase


def test_the_prefix_tree_puts_a_branch_that_begins_with_no_literal_under_its_first_characters():
    pattern = lexicon_module.words(["(?<!\\bfor\\s)(?:opening|closing) ceremony", "met", "(?:on|at) once"]).pattern
    # under 'o' with the literal-free phrases that may begin there, in their order; under 'c' alone
    assert "(?=(?-i:[Oo]))(?:(?<!\\bfor\\s)(?:opening|closing) ceremony|(?:on|at) once)" in pattern
    assert "(?=(?-i:[Cc]))(?:(?<!\\bfor\\s)" in pattern and "(?-i:[Mm])et" in pattern


@pytest.mark.parametrize("phrases", [["\\w+ed talks", "met"], ["[a-h](?:x|y)", "met"], ["(?:ſ|s)ign", "met"], ["(a)b", "(?:c|d)e"]])
def test_a_branch_keeps_its_place_behind_its_guard_when_it_cannot_join_the_groups(phrases):
    """Not bounded, more than a few first characters, a non-ASCII one (which may fold into an ASCII
    letter's group) or a list with a capturing group (whose number would change): kept in place."""
    pattern = lexicon_module.words(phrases).pattern
    assert "(?=(?-i:" not in pattern
    assert lexicon_module.guard(phrases[0], True) in pattern


@settings(max_examples=600, deadline=None)
@given(st.lists(st.lists(st.sampled_from(PIECES + ["met", "meet", "o", "c"]), min_size=1, max_size=4).map("".join),
                min_size=1, max_size=8),
       st.text(alphabet=TEXT_CHARS, max_size=50), st.sampled_from([re.IGNORECASE, 0]))
@example(["(?<!\\bfor\\s)(?:opening|closing)", "o", "(?:o|c)pening"], "for opening, opening", re.IGNORECASE)
@example(["(?:ſ|s)ing", "sing", "(?-i:S)ing"], "ſing Sing sing", re.IGNORECASE)
def test_the_prefix_tree_matches_as_the_plain_alternation(phrases, text, flags):
    """`words` (guards, literal-free phrases merged under their first characters) finds what the
    plain alternation of the phrases, longest first, finds, at every offset."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    plain = _compiled(r"(?<![\w\-])(?:" + "|".join(ordered) + r")(?![\w\-])", flags)
    if plain is None:
        return
    tree = lexicon_module.words(phrases, flags)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = tree.match(text, pos), plain.match(text, pos)
        assert (a and a.span()) == (b and b.span())


REPO = Path(__file__).resolve().parents[1]
CORPORA = [REPO.parent / "shared" / "corpus", REPO.parent / "shared" / "corpus-wave2"]


@lru_cache(maxsize=1)
def _lexicons():
    """The shipped lexicon built twice: as shipped (guards) and with `guard` left out."""
    guarded = lexicon_module.load_lexicon()
    original = lexicon_module.guard
    lexicon_module.guard = lambda phrase, fold: phrase  # the prefix trees as before this round
    try:
        plain = lexicon_module.load_lexicon()
    finally:
        lexicon_module.guard = original
    return guarded, plain


def _patterns(value, key: str, out: dict) -> dict:
    if isinstance(value, re.Pattern):
        out[key] = value
    elif isinstance(value, dict):
        for k, v in value.items():
            _patterns(v, f"{key}[{k}]", out)
    elif isinstance(value, (list, tuple)):
        for n, v in enumerate(value):
            _patterns(v, f"{key}[{n}]", out)
    return out


def _compare_every_pattern(texts: list[str]) -> int:
    guarded, plain = _lexicons()
    new, old = _patterns(guarded.patterns, "", {}), _patterns(plain.patterns, "", {})
    assert new.keys() == old.keys()
    changed = [k for k in new if new[k].pattern != old[k].pattern]
    assert changed, "no shipped pattern has a guarded branch: the check compares nothing"
    for key in changed:
        for text in texts:
            assert [(m.span(), m.groups()) for m in new[key].finditer(text)] == \
                [(m.span(), m.groups()) for m in old[key].finditer(text)], key
    return len(changed)


def _sentences(paths: list[Path]) -> list[str]:
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        out += [s for s in re.split(r"(?<=[.!?])\s+", text) if s]
    return out


def test_every_shipped_pattern_matches_as_before_on_the_probe_reports():
    """Every pattern of the shipped lexicon a guard changed finds the same matches as its
    unguarded form on the made-up probe reports (tests/fixtures/probes*)."""
    sets = ["probes", *(f"probes{n}" for n in range(2, 10))]  # the tuning sets, named (never a blind one)
    texts = _sentences(sorted(p for name in sets for p in (REPO / "tests" / "fixtures" / name / "docs").glob("*.txt")))
    assert texts
    assert _compare_every_pattern(texts) > 10


@pytest.mark.skipif(not all((c / "manifest.csv").is_file() for c in CORPORA),
                    reason="the real news corpus (../shared/corpus, ../shared/corpus-wave2) is not beside the repository")
def test_every_shipped_pattern_matches_as_before_on_the_real_corpus():
    texts = _sentences(sorted(p for c in CORPORA for p in (c / "docs").rglob("*.txt")))
    assert texts
    assert _compare_every_pattern(texts) > 10
