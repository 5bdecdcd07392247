"""Review16: a hostile review of the thirteenth round's extractor rules. Reports written against
the new rules ('its' with no antecedent, chained provinces' possessives, 'the admiral' among many,
nested organisation names, 'at the invitation of' chains, 'the capital' of a country with no known
capital, 'at the Presidency' abroad, dates at or before the 1947 floor, 'earlier this month' on the
1st, statements with no engagement, regex metacharacters in names, very long sentences) must end in
a valid package; near misses of the new rules give no wrong place or person. All in our own words."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import write_corpus
from pakiran_events.extract.mentions import (
    _APPOSED_LEAD,
    _APPOSED_WORD,
    _BEFORE_COMMA_CHUNKS,
    _LEAD_CHUNKS,
    _NON_SPACE,
    _WORD_CHUNKS,
    search_back,
)
from pakiran_events.extract.report import read_report
from places11_table import events_of, lexicon

_BEFORE_COMMA = lexicon().patterns["before_comma"]  # the lexicon's, its particles from names.yaml

HOSTILE = [
    ("rev16-its-alone", "2024-03-04",
     "Its deputy governor, Kamran Tahir, said on Monday that its chairman, Omar Latif, met its ambassador, Daud Rahimi. "
     "Its " + "long and winding " * 40 + "minister, Ali Noor, met Iranian Foreign Minister Abbas Araghchi on Tuesday."),
    ("rev16-provinces", "2024-03-05",
     "Sistan and Baluchestan's Balochistan's Punjab's Kerman's Governor-General Reza Kermani met Sindh's Sindh's "
     "Chief Minister Murad Shah in Quetta on Monday."),
    ("rev16-admirals", "2024-03-06",
     "Rear Admiral Hossein Khanzadi, Vice Admiral Naveed Ashraf, Rear Admiral Shahram Irani and Admiral Amjad Niazi met in "
     "Karachi on Monday. The admiral was received by the admiral. The admiral, the commodore and the air marshal left."),
    ("rev16-orgs", "2024-03-07",
     "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar on the sidelines of the Shanghai Cooperation "
     "Organisation Tehran Declaration Islamabad Policy Research Institute Karachi Stock Club summit in Tehran Declaration on Monday."),
    ("rev16-invitation", "2024-03-08",
     "At the invitation of the invitation of the Foreign Office at the request of at the behest of the Interior Ministry "
     "at the initiative of, Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar at the at the on Monday."),
    ("rev16-capital", "2024-03-09",
     "The Tuvaluan minister flew into the capital on Monday and held talks with Foreign Minister Ishaq Dar. "
     "Iranian Foreign Minister Abbas Araghchi arrived in the capital and met the Nauru delegation at the Presidency."),
    ("rev16-presidency", "2024-03-10",
     "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi at the Presidency in Baku on Monday, "
     "at the Presidency of the summit, at the Presidency at the Presidency."),
    ("rev16-old-dates", "1946-12-31",
     "Iranian envoy Ali Rezaei met Foreign Minister Ishaq Dar in Karachi on 31 December 1946 and on 1 January 1947 "
     "and in 0001 and between December 1946 and January 1947 and on 29 February 1900."),
    ("rev16-floor", "1947-01-01",
     "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar in Tehran earlier this month, on 1 January 1947 "
     "and earlier this year."),
    ("rev16-first", "2024-02-01",
     "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar in Tehran earlier this month. "
     "The border commission met earlier this month."),
    ("rev16-statement", "2024-03-11",
     "The ministry said in a statement issued on Friday that it said in a statement issued on Thursday, "
     "told a news conference on Wednesday that, said in a statement issued on Friday."),
    ("rev16-meta", "2024-03-12",
     "Iranian Foreign Minister A.(b)+c* [Rez]a? met Pakistan's ambassador, Ali$ ^Khan\\1 (?P<x>), and "
     "Iran's consul general in La(h)ore, *Ka+mran* Ta|hir, in Tehran on Monday. Its deputy governor, \\d+ \\w, spoke."),
    ("rev16-paired", "2024-03-13",
     "The Iran–Pakistan–Iran–Pakistan parliamentary friendship group's chairman, Mr. Ali Raza, met the Pakistan–Iran "
     "friendship group chairman, Mr. Omar, in Tehran on Monday."),
    ("rev16-unlisted", "2024-03-14",
     "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Pristina in Prague in Tehran on Monday."),
]


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pakiran_events", *args], capture_output=True, text=True, timeout=900)


def test_hostile_reports_against_the_new_rules_end_in_a_valid_package(tmp_path):
    corpus = write_corpus(tmp_path / "corpus", HOSTILE)
    out = tmp_path / "out"
    done = _cli("extract", "--corpus", str(corpus), "--out", str(out))
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    checked = _cli("validate", str(out))
    assert checked.returncode == 0, checked.stdout[-3000:] + checked.stderr[-3000:]


# -- the bounded searches back from an office give what a search of the whole chunk gives ------------
WORDS = ["Ali", "Raza", "Khan", "bin", "the", "Iran's", "deputy", "minister", "of", "Mr.", "al", "Sistan", "and", "X-Y",
         "O’Neil", "(", ")", ",", ", ", "  ", "\t"]


@settings(max_examples=300, deadline=None)
@given(parts=st.lists(st.sampled_from(WORDS), min_size=0, max_size=40), cut=st.integers(min_value=0, max_value=400))
def test_searching_back_from_an_office_is_the_whole_search(parts, cut):
    chunk = " ".join(parts).replace(" ,", ",")
    end = min(cut, len(chunk))
    starts = [m.start() for m in _NON_SPACE.finditer(chunk)]
    for pattern, chunks in ((_BEFORE_COMMA, _BEFORE_COMMA_CHUNKS), (_APPOSED_LEAD, _LEAD_CHUNKS), (_APPOSED_WORD, _WORD_CHUNKS)):
        whole = pattern.search(chunk, 0, end)
        got = search_back(pattern, chunk, starts, end, chunks)
        assert (got and got.span()) == (whole and whole.span()), (pattern.pattern, chunk[:end])


# -- near misses of the new rules ------------------------------------------------------------------
def _events(text: str, published: str = "2024-03-10") -> list[tuple]:
    return [(e.kind, e.country, e.place_id, e.venue, e.date_start, e.date_end, e.precision, sorted(e.participants))
            for e in events_of({"id": "review16", "text": text, "published": published})]


def test_the_presidency_of_a_council_is_no_venue():
    # 'at the Presidency of <a body>' is a term in office, not the building (places.yaml venues)
    text = ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday to discuss Pakistan's "
            "term at the Presidency of the Security Council.")
    assert [(c, p, v) for _, c, p, v, *_ in _events(text)] == [("IRN", None, None)]  # as without the phrase
    plain = "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday."
    assert [(c, p, v) for _, c, p, v, *_ in _events(plain)] == [("IRN", None, None)]


def test_earlier_this_month_in_a_report_of_the_first_never_runs_past_the_report():
    # review16 read 'earlier this month' on the 1st as the whole month; the fourteenth round (xdates17,
    # docs/EXTRACTION.md "Fourteenth round (when)") decided one rule for every relative range: it never
    # ends after the report's day, so on the 1st the range is that day alone (the text leaves no other)
    text = "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar in Tehran earlier this month."
    [(_, _, _, _, start, end, precision, _)] = _events(text, "2024-02-01")
    assert end <= dt.date(2024, 2, 1)
    assert (start, end, precision) == (dt.date(2024, 2, 1), dt.date(2024, 2, 1), "day")
    [(_, _, _, _, start, end, precision, _)] = _events(text, "2024-02-02")
    assert (start, end, precision) == (dt.date(2024, 2, 1), dt.date(2024, 2, 2), "range")  # the round's rule kept


def test_a_city_of_an_unlisted_country_talked_about_does_not_unplace_the_meeting():
    # frames._place reads no venue after a topic word (places.yaml topic_before); the unlisted-city
    # check must not either, or the meeting is lost (an unplaced meeting is not written)
    for city in ("Pristina", "Doha"):
        text = (f"Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday and reviewed "
                f"the security situation in {city}.")
        got = [(k, c, p) for k, c, p, *_ in _events(text)]
        assert got == [("meeting", "IRN", None)], (city, got)
    assert _events("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Pristina on Monday.") == []


def test_a_city_of_an_unlisted_country_in_a_relative_clause_does_not_unplace_the_meeting():
    # fourteenth round (where): an unlisted city in a closed 'who' clause not holding the trigger is an aside
    # about the person (Reading.aside_of_person), not the venue (tests/test_extract_where17.py)
    text = "Foreign Minister Ishaq Dar, who was in Pristina last week, met Iranian Foreign Minister Abbas Araghchi on Monday."
    assert [(k, c, p) for k, c, p, *_ in _events(text)] == [("meeting", "IRN", None)]


def test_its_office_of_a_bank_is_not_of_the_country_named_earlier():
    text = ("Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar in Tehran on Monday and later "
            "received a team of the Asian Development Bank, led by its director general, John Miller.")
    assert all("john-miller" not in people for *_, people in _events(text))


class _Counting:
    """A pattern that counts its scans (to tell a report-wide rule asked once from one asked per meeting)."""

    def __init__(self, pattern):
        self.pattern, self.scans = pattern, 0

    def finditer(self, *args):
        self.scans += 1
        return self.pattern.finditer(*args)


def test_the_gathering_of_a_report_is_read_once_not_once_per_sideline_meeting():
    # 300 sideline meetings in one report each scanned every sentence for the gathering's place
    # (candidates._gathering_place): 7 s at 1,200 sentences, quadratic (review16)
    lex = lexicon()
    text = "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar on the sidelines of the summit on Monday. " * 40
    counting = _Counting(lex.patterns["gathering_in"])
    lex.patterns["gathering_in"] = counting
    try:
        read_report("review16-sidelines", text, "2024-03-10", lex)
    finally:
        lex.patterns["gathering_in"] = counting.pattern
    assert counting.scans <= 40  # one scan of each sentence at most
