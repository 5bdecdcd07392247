"""Review22 fixes (fixwhat22): a stay that is no trip, 'that day' with no day to borrow, and the
readings the review found quadratic (made-up reports in our own words)."""

import pytest

from extract_fixtures import OwnReports, of_kind

_OWN = OwnReports("review22-what", "2025-03-14")      # a Friday


# S3: the stay trigger asks for a known place, and a past relative clause's stay is background
@pytest.mark.parametrize("text", [
    # the review's
    "ISLAMABAD: Mohsin Naqvi and Eskandar Momeni spent two days in March negotiating the border deal, and met "
    "again in Islamabad on Tuesday.",
    "Iran's Interior Minister Eskandar Momeni, who spent several days in Islamabad in 2019 as a student, met "
    "Mohsin Naqvi in Tehran on Tuesday.",
    # near misses of our own
    "TEHRAN: Eskandar Momeni spent three days in Parliament debates last year; on Tuesday he met Mohsin Naqvi.",
    "ISLAMABAD: Mohsin Naqvi, who had spent a few days in Tehran in 2017 on a course, held talks with "
    "Eskandar Momeni on Wednesday.",
    "ISLAMABAD: Eskandar Momeni and Mohsin Naqvi spent three days in Ramadan preparing the accord and signed "
    "it on Thursday.",
])
def test_a_stay_that_is_no_trip_makes_no_visit(text):
    assert of_kind(_OWN.clustered(text), "visit") == []


@pytest.mark.parametrize("text, day", [
    ("ISLAMABAD: Iran's Interior Minister Eskandar Momeni spent three days in Islamabad, meeting Mohsin Naqvi "
     "on Tuesday.", None),
    ("TEHRAN: Pakistan's Interior Minister Mohsin Naqvi spent two days in Tehran and met Eskandar Momeni on "
     "Wednesday.", None),
])
def test_a_stay_at_a_known_place_is_still_a_visit(text, day):
    assert of_kind(_OWN.clustered(text, day), "visit") != []


# S5: 'that day' with no dated day before it borrows nothing
@pytest.mark.parametrize("text", [
    "ISLAMABAD: Eskandar Momeni met Mohsin Naqvi. Later that day, Momeni called on Ishaq Dar.",
    "ISLAMABAD: Eskandar Momeni met Mohsin Naqvi. Earlier that day, Momeni called on Ishaq Dar.",
    "ISLAMABAD: Eskandar Momeni held talks with Mohsin Naqvi. Later in the day, Momeni called on Ishaq Dar.",
])
def test_that_day_with_no_day_before_gives_no_month(text):
    events = _OWN.clustered(text)
    assert events
    assert all(e.precision != "month" for e in events)
    assert all(e.date_end is None or str(e.date_end) <= "2025-03-14" for e in events)


def test_that_day_is_the_day_told_just_before():
    text = ("ISLAMABAD: Eskandar Momeni held talks with Mohsin Naqvi on Tuesday. Naqvi told reporters on "
            "Wednesday that the talks went well. Later that day, Momeni called on Ishaq Dar.")
    dar = [e for e in _OWN.clustered(text) if "ishaq-dar" in e.participants]
    assert dar and all(str(e.date_start) == "2025-03-12" for e in dar)


# S1, S2: how long one long sentence of dates and triggers and many stay sentences take is measured by
# bench/review16_long_inputs.py (later_that_day, report_stay: it prints the 2n / n ratios); never timed here.
# What a test can hold: the tour length is looked for once per sentence, not once per visit.


class _CountingPattern:
    """A compiled pattern that counts the sentences it is asked to search."""

    def __init__(self, pattern):
        self.pattern, self.asked = pattern, 0

    def search(self, *args, **kwargs):
        self.asked += 1
        return self.pattern.search(*args, **kwargs)

    def finditer(self, *args, **kwargs):
        self.asked += 1
        return self.pattern.finditer(*args, **kwargs)


@pytest.mark.parametrize("n", [40, 120])
def test_the_tour_length_is_looked_for_once_per_sentence_not_per_visit(monkeypatch, n):
    from pakiran_events.extract import frames

    counting = _CountingPattern(frames._TOUR_LENGTH)
    monkeypatch.setattr(frames, "_TOUR_LENGTH", counting)
    part = "Eskandar Momeni spent three days in Islamabad and met Mohsin Naqvi. "
    report = _OWN.report("ISLAMABAD: " + part * n)
    assert report.candidates  # the stays are read as visits
    assert counting.asked <= 2 * (n + 1)  # each sentence at most twice (tour days, tour's people), not once per visit


# review22b M1: 'later that day' never borrows a day told in between that lies before the engagement's
# (a plan's date read as last year's, a trade record); the story moving on to a later day still counts
@pytest.mark.parametrize("middle", ["The two sides agreed to hold the next round on 20 March.",
                                    "Trade between the two countries reached a record on 1 January.",
                                    # a background engagement told between (round 23, background.py: a told
                                    # past engagement lends the report's engagements no day)
                                    "Officials said a joint commission had last met on 11 February."])
def test_later_that_day_skips_a_plan_or_background_date_told_in_between(middle):
    import datetime as dt

    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report
    from places11_table import lexicon

    text = ("Iranian Foreign Minister Abbas Araghchi met Deputy Prime Minister Ishaq Dar in Islamabad on Tuesday. "
            f"{middle}\n\nLater that day, Araghchi called on Field Marshal Asim Munir in Rawalpindi.")
    events = cluster([read_report("rv22b", text, "2025-03-07", lexicon())])
    munir = [m for m in events if m.kind == "meeting" and "asim-munir" in m.participants]
    assert munir and all(m.date_start == m.date_end == dt.date(2025, 3, 4) for m in munir)


def test_later_that_day_with_no_dated_engagement_does_not_borrow_a_day_of_another_year():
    """breaker of 2.5.1: the first meeting dated only by its weekday, then a day of the year before
    told in between; 'later that day' is the report's week, never that day."""
    import datetime as dt

    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report
    from places11_table import lexicon

    text = ("The two neighbours share a long border. On Monday, Iranian Foreign Minister Mohammad Javad Zarif met "
            "Foreign Minister Shah Mahmood Qureshi in Islamabad. On 12 May 2020 a border market was opened. Later "
            "that day, Zarif called on Prime Minister Imran Khan.")
    events = cluster([read_report("brk2", text, "2021-05-05", lexicon())])
    khan = [m for m in events if m.kind == "meeting" and "imran-khan" in m.participants]
    assert khan and all(m.date_start is None or m.date_start >= dt.date(2021, 4, 28) for m in khan)
