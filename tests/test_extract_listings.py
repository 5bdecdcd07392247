"""Round r15 (listings): a sentence listing n people costs work linear in n. Three steps were
n²: each office's holder read every date of the sentence (`held_spans`, once per person), each
date and person searched its clause from the start for a plan word (`future_at`, `ahead_at`), and
each candidate looked through every meeting for its trip's. The new steps must answer as the old
did (Hypothesis, old code kept here as the reference) and do work that grows with n, counted (not
timed: the machine is shared)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract import mentions
from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.prefix_scan import PrefixScan, max_width
from pakiran_events.extract.report import _WHO_RELATIVE, INVITED, Reading, read_report

_TOKENS = ["will", "willing", "Will", "at the invitation of", "invitation", "invited", "at the", "of", "who",
           "arrives", "arrive", "leaves for", "leaves", "is to", "is", "next week", "next", "tomorrow", "met",
           "Minister Kamran Tahir", "on Monday", ",", ", who met him,", ", who will", ", who", ";", ".", "-", "-will",
           "and", " ", "   "]


def _sentence(tokens: list[str]) -> str:
    return "Prime Minister Shehbaz Sharif met " + " ".join(tokens) + " in Tehran."


# -- 1. PrefixScan answers as the whole prefix's search did ---------------------------------------
@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=25), st.sampled_from(["future", "scheduled"]))
def test_prefix_scan_is_the_prefix_search(tokens, kind):
    pattern = shipped_lexicon().patterns[kind]
    text = " ".join(tokens)
    scan = PrefixScan(pattern, text)
    for end in range(len(text) + 1):
        assert scan.found_before(end) == (pattern.search(text[:end]) is not None), (text, end)


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet="ab -", max_size=30),
       st.sampled_from([r"ab(?=a b)", r"(?<![\w\-])ab(?![\w\-])", r"a+b", r"\bab\b", r"b$", r"^a", r"(?=ba)b|a a"]))
def test_prefix_scan_with_lookarounds_and_unbounded_patterns(text, regex):
    pattern = re.compile(regex)
    scan = PrefixScan(pattern, text)
    for end in range(len(text) + 1):
        assert scan.found_before(end) == (pattern.search(text[:end]) is not None), (regex, text, end)


def test_max_width_counts_lookaheads_and_gives_up_on_unbounded():
    assert max_width(re.compile(r"ab(?=cde)")) == 5
    assert max_width(re.compile(r"a+")) is None
    assert max_width(shipped_lexicon().patterns["future"]) is not None  # the shipped phrases are bounded


# -- 2. the plan words of a clause: the old code's answers at every position -----------------------
def _old_own_words(r: Reading, i: int, pos: int) -> str:
    """The plain statement of the rule (per position, no caching): every closed 'who' clause not
    holding `pos` blanked; for `pos` inside one, the words before that clause blanked too (round 20:
    'X will meet Y, who visited Tehran in May,' reads Y's trip without X's plan)."""
    sentence = r.sentence(i)
    if "who" not in sentence:
        return sentence
    holding = None
    for m in _WHO_RELATIVE.finditer(sentence):
        if m.start() <= pos < m.end():
            holding = m
        else:
            sentence = sentence[:m.start()] + " " * (m.end() - m.start()) + sentence[m.end():]
    if holding is not None:
        sentence = " " * holding.start() + sentence[holding.start():]
    return sentence


def _old_future_at(r: Reading, i: int, pos: int) -> bool:
    a, _ = clause_at(r.sentence(i), pos)
    told = INVITED.sub(lambda m: " " * len(m.group(0)), _old_own_words(r, i, pos)[a:pos])
    return r.lex.patterns["future"].search(told) is not None


def _old_ahead_at(r: Reading, i: int, pos: int) -> bool:
    a, _ = clause_at(r.sentence(i), pos)
    return _old_future_at(r, i, pos) or r.lex.patterns["scheduled"].search(_old_own_words(r, i, pos)[a:pos]) is not None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), max_size=18))
def test_future_and_ahead_answer_as_before_at_every_position(tokens):
    r = Reading("own-listings", _sentence(tokens), None, shipped_lexicon())
    for i in range(len(r.spans)):
        for pos in range(len(r.sentence(i))):
            assert r._own_words(i, pos) == _old_own_words(r, i, pos), (r.sentence(i), pos)
            assert r.future_at(i, pos) == _old_future_at(r, i, pos), (r.sentence(i), pos)
            assert r.ahead_at(i, pos) == _old_ahead_at(r, i, pos), (r.sentence(i), pos)


def test_near_miss_a_plan_word_cut_by_the_position_is_still_read_as_before():
    # 'will' at the prefix's end counts; 'willing' cut to 'will' counts in the prefix too (old behaviour)
    r = Reading("own-listings", "Tahir said he is willing to meet Karimi on Monday.", None, shipped_lexicon())
    cut = r.sentence(0).index("willing") + 4
    assert r.future_at(0, cut) == _old_future_at(r, 0, cut) is True
    assert r.future_at(0, cut + 1) == _old_future_at(r, 0, cut + 1) is False


# -- 3. the work grows linearly with the listing, counted --------------------------------------------
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_GIVEN = ("Nadim", "Rauf", "Sohail", "Bahram", "Kaveh", "Imran")
_FAMILY = ("Durrani", "Yazdi", "Shirazi", "Lodhi", "Hashmi", "Tabrizi")


def _listing(n: int) -> str:
    items = [f"Deputy Minister {_GIVEN[k % 6]} {_FAMILY[(k // 6) % 6]}{'a' * (k // 36)} on {_DAYS[k % 5]}"
             for k in range(n)]
    return "Prime Minister Shehbaz Sharif met " + ", ".join(items[:-1]) + " and " + items[-1] + " in Tehran."


class _Counted:
    """A compiled pattern that counts the characters its searches are given to scan."""

    def __init__(self, pattern: re.Pattern) -> None:
        self._pattern, self.pattern, self.flags, self.scanned = pattern, pattern.pattern, pattern.flags, 0

    def search(self, string, pos=0, endpos=None):
        self.scanned += (len(string) if endpos is None else min(endpos, len(string))) - pos
        return self._pattern.search(string, pos, len(string) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self._pattern, name)


def _work(monkeypatch, n: int) -> tuple[int, int]:
    """(held_spans calls, characters the plan-word patterns scanned) reading a listing of n."""
    lex = shipped_lexicon()
    calls = []
    real = mentions.held_spans
    monkeypatch.setattr(mentions, "held_spans", lambda *a: calls.append(1) or real(*a))
    counted = {kind: _Counted(lex.patterns[kind]) for kind in ("future", "scheduled")}
    for kind, pattern in counted.items():
        monkeypatch.setitem(lex.patterns, kind, pattern)
    lex.patterns.get("_holder", {}).clear()  # the holder cache would hide the calls of a second run
    read_report("own-listings", _listing(n), "2025-12-10", lex)
    monkeypatch.undo()
    return len(calls), sum(p.scanned for p in counted.values())


@pytest.mark.parametrize("n", [20, 60])
def test_work_of_a_listing_grows_linearly(monkeypatch, n):
    calls, scanned = _work(monkeypatch, n)
    calls2, scanned2 = _work(monkeypatch, 2 * n)
    assert calls <= 2 and calls2 <= 2  # once per sentence, not once per office (it was 2n and 4n)
    assert scanned2 <= 2.3 * scanned  # the quadratic scan made it about 4x


def test_a_long_listing_still_dates_each_meeting():
    events = read_report("own-listings", _listing(40), "2025-12-10", shipped_lexicon())
    assert len([c for c in events.candidates if c.kind == "meeting"]) == 40
