"""Round 8's faster helpers of the per-report stage find exactly what their plain forms find:
the first words of gazetteer spellings (mentions.first_word_starts), place names looked up only
from words a place name begins with (People._places_in), and a file's path confined to its
folder with the folder resolved once (core.confine.inside)."""

from __future__ import annotations

import os
import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.core.confine import OutsideFolder, inside
from pakiran_events.extract.mentions import _CAPITALISED, _NON_SPACE, People, first_word_starts

_WORDS = re.compile(r"\w+")
FIRSTS = ["iran", "pakistan", "ali", "al", "a", "x1", "raisi", "khan", "_k"]


def plain_starts(text: str, firsts) -> list[tuple[int, str]]:
    """The loop first_word_starts replaced (every word lower-cased, one at a time)."""
    return [(m.start(), word) for m in _WORDS.finditer(text)
            if (word := m.group(0).lower()) in firsts and text[m.start() - 1:m.start()] != "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FIRSTS), max_size=6).map(set),
       st.lists(st.sampled_from(["Iran", "IRAN", "iran", "Pakistan", "Ali", "al", "AL-", "-Khan", "x1", "X1y", "_K", "a",
                                 "Raisi’s", "’", "-", " ", "  ", ".", "\n", "9", "é", "İ", "ß"]), max_size=25).map("".join))
def test_first_word_starts_as_each_word_lower_cased(firsts, text):
    assert first_word_starts(text, firsts) == plain_starts(text, firsts)


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def plain_places(people: People, start: int, end: int) -> list[tuple[int, str]]:
    """The capitalised-run lookup of People._places_in before round 8 (every word tried)."""
    chunk = people.text[start:end]
    table, longest = people.lex.patterns["place_lookup"], people.lex.patterns["place_longest"]
    found = []
    for run in _CAPITALISED.finditer(chunk):
        phrase, at = run.group(0), start + run.start()
        words_ = [w.span() for w in _NON_SPACE.finditer(phrase)]
        for i, (a, b) in enumerate(words_):
            for n in range(min(longest, len(words_) - i), 0, -1):
                name = phrase[a:words_[i + n - 1][1]]
                if name in table:
                    found.append((at + a, table[name]))
                    break
            else:
                if "-" in phrase[a:b]:
                    found += people._hyphen_parts(phrase[a:b], at + a)
    return found


PLACE_WORDS = ["Tehran", "Islamabad", "Dera", "Ismail", "Khan", "Pishin-Mand", "Mand-Pishin", "Karachi", "New", "York",
               "San", "Francisco", "Saudi", "Arabia", "Met", "The", "Iranian", "Quetta-Zahedan", "Gwadar", "Ali"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(PLACE_WORDS), st.sampled_from([" ", "  ", ", ", " and ", "\n", "-", " met "])),
                max_size=12).map(lambda parts: "".join(w + sep for w, sep in parts)))
def test_places_looked_up_as_every_word_tried(text):
    people = People(text, [], None, _lexicon())
    assert people.named_places(0, len(text)) == plain_places(people, 0, len(text))


def test_places_found_in_a_plain_example():
    text = "Talks were held in Dera Ismail Khan and at the Pishin-Mand crossing, then in Quetta."
    people = People(text, [], None, _lexicon())
    found = people.named_places(0, len(text))
    assert found == plain_places(people, 0, len(text))
    assert len(found) >= 2 and found[0][0] == text.index("Dera")


def plain_inside(folder: Path, rel: str) -> Path:
    """core.confine.inside before round 8: the folder and the whole path resolved every time."""
    try:
        base = Path(folder).resolve()
        target = (base / rel).resolve()
    except (OSError, ValueError, RuntimeError) as exc:
        raise OutsideFolder(str(exc)) from None
    if target != base and base not in target.parents:
        raise OutsideFolder("outside")
    return target


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    """root/{a/b/f.txt, a/g.txt, link_in -> a, link_out -> ../outside, loop -> loop}, outside/h.txt"""
    top = tmp_path_factory.mktemp("confine")
    root, outside = top / "root", top / "outside"
    (root / "a" / "b").mkdir(parents=True)
    outside.mkdir()
    (root / "a" / "b" / "f.txt").write_text("x")
    (root / "a" / "g.txt").write_text("x")
    (outside / "h.txt").write_text("x")
    os.symlink(root / "a", root / "link_in")
    os.symlink(outside, root / "link_out")
    os.symlink(root / "loop", root / "loop")
    return root


PARTS = ["a", "b", "f.txt", "g.txt", "h.txt", "link_in", "link_out", "loop", "..", ".", "missing", "root"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PARTS), min_size=1, max_size=5).map("/".join))
def test_inside_as_the_whole_path_resolved(tree, rel):
    try:
        expected: Path | str = plain_inside(tree, rel)
    except OutsideFolder:
        expected = "refused"
    try:
        got: Path | str = inside(tree, rel)
    except OutsideFolder:
        got = "refused"
    assert got == expected


def test_inside_follows_a_folder_symlink_that_is_repointed(tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    for d in (one, two):
        d.mkdir()
        (d / "r.txt").write_text("x")
    root = tmp_path / "root"
    os.symlink(one, root)
    assert inside(root, "r.txt") == one.resolve() / "r.txt"
    root.unlink()
    os.symlink(two, root)
    assert inside(root, "r.txt") == two.resolve() / "r.txt"
    with pytest.raises(OutsideFolder):
        inside(root, "../one/r.txt")
