"""Review17: a hostile review of the fourteenth round's extractor rules (dates, places, people,
visit shapes). Made-up reports in our own words aimed at each new rule's edges and near misses;
what could not be fixed in the round is a strict xfail naming its class."""

from __future__ import annotations

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report


def _meetings(text: str, published: str) -> dict[str, tuple[str, str, str | None]]:
    """host or other participant (not `guest`) -> (first day, last day, place) of each meeting."""
    report = read_report("own-review17", text, published, shipped_lexicon())
    return {p: (str(e.date_start), str(e.date_end), e.place_id)
            for e in cluster([report]) if e.kind == "meeting" for p in e.participants if p != "shehbaz-sharif"}


# -- 1. one trigger, several counterparts, each with its own day -------------------------------
# Published on Wednesday 10 December 2025: Monday is the 8th, Tuesday the 9th.
LISTED_DAYS = ("TEHRAN: Prime Minister Shehbaz Sharif, on a two-day visit to Iran, met President Masoud Pezeshkian "
               "on Monday, Supreme Leader Ali Khamenei on Tuesday and Foreign Minister Abbas Araghchi on Tuesday "
               "evening in Tehran.")


def test_each_listed_counterpart_takes_the_day_told_after_its_name():
    got = _meetings(LISTED_DAYS, "2025-12-10")
    assert got["masoud-pezeshkian"][:2] == ("2025-12-08", "2025-12-08")
    assert got["ali-khamenei"][:2] == ("2025-12-09", "2025-12-09")
    assert got["abbas-araghchi"][:2] == ("2025-12-09", "2025-12-09")


def test_two_counterparts_and_two_days_joined_by_and():
    text = ("Prime Minister Shehbaz Sharif met President Masoud Pezeshkian in Tehran on Monday and Foreign Minister "
            "Abbas Araghchi on Tuesday.")
    got = _meetings(text, "2025-12-10")
    assert got["masoud-pezeshkian"][:2] == ("2025-12-08", "2025-12-08")
    assert got["abbas-araghchi"][:2] == ("2025-12-09", "2025-12-09")


def test_near_miss_counterparts_sharing_one_day_keep_it():
    # 'A and B on Monday': one day told after both names dates both
    text = ("Prime Minister Shehbaz Sharif met President Masoud Pezeshkian and Foreign Minister Abbas Araghchi "
            "in Tehran on Monday.")
    got = _meetings(text, "2025-12-10")
    assert got["masoud-pezeshkian"][:2] == got["abbas-araghchi"][:2] == ("2025-12-08", "2025-12-08")


def test_near_miss_a_second_day_about_something_else_does_not_move_the_meeting():
    # one counterpart: a later day of the sentence tells another matter, not another meeting
    text = ("Prime Minister Shehbaz Sharif met President Masoud Pezeshkian in Tehran on Monday to review the "
            "accord their ministers initialled on Sunday.")
    assert _meetings(text, "2025-12-10")["masoud-pezeshkian"][:2] == ("2025-12-08", "2025-12-08")
