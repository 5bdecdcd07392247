"""mentions.appositive_before: the search for 'Name, the <title>' before each title of a sentence,
bounded to the chunks a match can touch (it was a scan of everything before each title: quadratic in a
sentence's titles). It must answer exactly what the full search answered. bench/appositive_bench.py
prints the time on a long sentence."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.extract import mentions
from pakiran_events.extract.mentions import _NON_SPACE, appositive_before
from pakiran_events.extract.report import Reading

_APPOSITIVE = lexicon().patterns["appositive"]  # the lexicon's, its particles from names.yaml

_PIECES = ["Karim", "Nouri", "Tavana", "bin", "al", "de", "the", "Iran's", "Iran’s", "of", "minister", "Deputy",
           ",", ", ", " ", "  ", "\n", "(", "-", "X", "'s", "met"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.data())
def test_the_bounded_appositive_search_finds_what_the_full_search_finds(pieces, data):
    chunk = "".join(pieces)
    starts = [m.start() for m in _NON_SPACE.finditer(chunk)]
    for end in data.draw(st.lists(st.integers(0, len(chunk)), max_size=8)):
        old, new = _APPOSITIVE.search(chunk, 0, end), appositive_before(_APPOSITIVE, chunk, starts, end)
        assert (old and (old.span(), old.group(1))) == (new and (new.span(), new.group(1)))


def test_the_bounded_search_reads_a_long_name_with_its_article_and_possessive():
    chunk = "He met Karim bin Nouri al Tavana, the Iran's Deputy Minister"
    starts = [m.start() for m in _NON_SPACE.finditer(chunk)]
    end = chunk.index("Deputy")
    assert appositive_before(_APPOSITIVE, chunk, starts, end).group(1) == "Karim bin Nouri al Tavana"


_NAMES = ["Karim Nouri", "Omid Tavana", "Saeed bin Jafari", "Tariq Mahmood", "Rostami", "Nader al Amini"]
_TITLES = ["the Deputy Interior Minister of Iran", "Iran's Deputy Foreign Minister", "the Pakistani Interior Secretary",
           "Interior Minister", "the commander of the border force"]
_GLUE = [", ", " met ", " and ", " was received by ", ", who met ", " in Islamabad on Monday", "; "]


def _people(text: str, finder) -> tuple:
    mentions.appositive_before, saved = finder, mentions.appositive_before
    try:
        r = Reading("wire-appositive", text, None, lexicon())
        return ([(m.actor_id, m.side, m.span.start, m.span.end) for ms in r.mentions for m in ms],
                sorted(r.people.new_actors))
    finally:
        mentions.appositive_before = saved


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(_TITLES), st.sampled_from(_GLUE)), min_size=1, max_size=14))
def test_a_sentences_people_are_the_same_with_the_bounded_search(parts):
    # random lists of 'Name, title' mentions: what the report reads is what the full search read
    text = "".join(f"{name}, {title}{glue}" for name, title, glue in parts) + "."
    full = _people(text, lambda pattern, chunk, starts, end: pattern.search(chunk, 0, end))
    assert _people(text, appositive_before) == full
