"""Review22 fixes (fixwho22), made-up reports in our own words.

M1: a rank or an honorific and a surname ('Major General Khan') is the report's earlier person of
that surname only when the rank fits them (a rank of a service they were named with, in the report
or in brackets in the office-holder table, or of the service of an office they hold that day; a
civilian's honorific only for a person of no service) and an office apposed right after the surname
is theirs (`_fits_office`, or a title the report gave them): otherwise another person
(mentions.People._refers_back). Khan, a common surname, is the risk: near misses that still join.
S4: a former diplomat's posting ('Former Ambassador of Iran to Pakistan X') is not held now: their
trip there is a visit (candidates._posted_in, engagement.yaml `former_postings`).
N1: an undated report of a held trip joins an announced trip only when the destination agrees (the
block is one country's; one city of each when both tell one: cluster._announced_visit)."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, of_kind, shipped_lexicon
from pakiran_events.extract.cluster import Event, cluster
from pakiran_events.extract.report import read_report

_OWN = OwnReports("review22-own", "2025-03-14")      # a Friday
_RANKED = OwnReports("review22-ranked", "2019-11-18")

_KHATTAK = ("ISLAMABAD: Pervez Khattak, Pakistan's defence minister, told parliament on Monday that border fencing "
            "would be finished by the end of the year. Iran's defence minister Amir Hatami later telephoned ")
_NIAZI = ("KARACHI: Admiral Muhammad Amjad Khan Niazi, Pakistan's naval chief, inaugurated a new training wing on "
          "Monday. On Wednesday, Iran's navy commander Rear Admiral Shahram Irani spoke by telephone with ")
_IMRAN = ("ISLAMABAD: Former prime minister Imran Khan addressed a rally on Monday. On Tuesday, Iran's defence "
          "minister Amir Hatami telephoned ")
_HATAMI = "TEHRAN: Amir Hatami inaugurated a new drone factory on Monday. On Tuesday, Pervez Khattak spoke by telephone with "


def _calls(text: str) -> list[list[str]]:
    return [p for k, p in _RANKED.events(text) if k == "phone_call"]


# -- M1: the review's findings (fail on int22 b43ae93) ------------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    ("KARACHI: Admiral Muhammad Amjad Khan Niazi, Pakistan's naval chief, inaugurated a new training wing on Monday. "
     "On Wednesday, Rear Admiral Shahram Irani spoke by telephone with Major General Niazi, the commander of the "
     "Frontier Corps in Balochistan.", "muhammad-amjad-khan-niazi"),
    ("ISLAMABAD: Former prime minister Imran Khan addressed a rally on Monday. On Tuesday, Iran's defence minister "
     "Amir Hatami telephoned Major General Khan, the director general of military operations.", "imran-khan"),
    (_KHATTAK + "Major General Khattak, the commander of the Frontier Corps.", "pervez-khattak"),
])
def test_a_rank_surname_with_another_rank_or_office_is_not_the_earlier_person(text, wrong):
    assert all(wrong not in p for p in _calls(text))


# -- M1: near misses of our own ----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, wrong", [
    # a civilian's honorific for a person named with a naval rank
    (_NIAZI + "Mr Niazi about joint patrols.", "muhammad-amjad-khan-niazi"),
    # a naval rank for a person the office-holder table gives an army rank that day ('Defence Minister (Brigadier General)')
    (_HATAMI + "Rear Admiral Hatami about the border.", "amir-hatami"),
    # a military rank, no office after it, for a civilian with the common surname
    (_IMRAN + "Brigadier Khan to discuss the border.", "imran-khan"),
    # the civilian's honorific, but an office after it that is not the earlier person's
    (_KHATTAK + "Mr Khattak, the chief secretary of Balochistan, about the border.", "pervez-khattak"),
])
def test_a_rank_or_office_that_does_not_fit_is_another_person(text, wrong):
    assert all(wrong not in p for p in _calls(text))


@pytest.mark.parametrize("text, pair", [
    # a civilian's honorific for a former prime minister: the common surname is still his
    (_IMRAN + "Mr Khan to discuss the border.", ("amir-hatami", "imran-khan")),
    # a civilian's honorific and the office the table gives him that day
    (_KHATTAK + "Mr Khattak, the defence minister, about the border.", ("amir-hatami", "pervez-khattak")),
    # the rank the office-holder table gives in brackets, though the report names him without it
    (_HATAMI + "Brigadier General Hatami about the border.", ("amir-hatami", "pervez-khattak")),
    # another rank of the same service as the one he was named with
    (_NIAZI + "Vice Admiral Niazi about joint patrols.", ("muhammad-amjad-khan-niazi", "shahram-irani")),
])
def test_a_rank_or_honorific_that_fits_is_the_earlier_person(text, pair):
    assert sorted(pair) in _calls(text)


def test_service_words_are_data():
    # the ranks' and offices' services come from titles.yaml (word lists are data)
    titles = shipped_lexicon().dictionaries["titles"]
    assert {"army", "navy", "air"} <= set(titles["rank_services"])
    assert set(titles["rank_services"]["navy"]) <= set(titles["ranks"])
    assert "Mr\\.?" in titles["civilian_honorifics"]


# -- S4: a former posting is no residence -------------------------------------------------------------------------
def test_a_former_ambassador_still_visits():
    text = ("ISLAMABAD: Former Ambassador of Iran to Pakistan Reza Amiri Moghadam, now Iran's deputy foreign minister, "
            "arrived in Islamabad on Monday and met Ishaq Dar on Tuesday.")
    assert any(e.guest == "reza-amiri-moghadam" for e in of_kind(_OWN.clustered(text), "visit"))


@pytest.mark.parametrize("text", [
    "ISLAMABAD: Ex-ambassador of Iran to Pakistan Reza Amiri Moghadam, now Iran's deputy foreign minister, arrived in Islamabad "
    "on Monday and met Ishaq Dar on Tuesday.",
    "ISLAMABAD: Reza Amiri Moghadam, the then ambassador to Pakistan and now Iran's deputy foreign minister, arrived "
    "in Islamabad on Monday and met Ishaq Dar on Tuesday.",
])
def test_other_former_marks_keep_the_visit(text):
    assert any(e.guest == "reza-amiri-moghadam" for e in of_kind(_OWN.clustered(text), "visit"))


def test_a_serving_ambassador_makes_no_visit():
    # near miss: the posting is held now: a call on a host, no trip
    text = ("ISLAMABAD: Ambassador of Iran to Pakistan Reza Amiri Moghadam met Ishaq Dar in Islamabad on Tuesday.")
    assert not any(e.guest == "reza-amiri-moghadam" for e in of_kind(_OWN.clustered(text), "visit"))


# -- N1: an announced trip is joined only by a report of a trip to the same place ---------------------------------
_OLD = ("n-old", "2025-03-10", "TEHRAN: Interior Minister Mohsin Naqvi arrived in Tehran on Sunday on a two-day "
                               "visit and met Iranian Interior Minister Eskandar Momeni on Monday about pilgrims.")
_ANNOUNCED = ("n-ann", "2025-07-11", "ISLAMABAD: Interior Minister Mohsin Naqvi will visit Tehran on Sunday for talks "
                                     "with Iranian Interior Minister Eskandar Momeni, officials said on Friday.")


def _undated(where: str) -> tuple[str, None, str]:
    return ("n-und", None, f"Interior Minister Mohsin Naqvi returned home on Sunday night after a day-long visit to "
                           f"{where}, where he met Iranian Interior Minister Eskandar Momeni on border crossings.")


def _cluster(*reports) -> list[Event]:
    return cluster([read_report(doc, text, day, shipped_lexicon()) for doc, day, text in reports])


def _announced_visit(events: list[Event]) -> Event | None:
    return next((e for e in of_kind(events, "visit") if "n-ann" in e.sources), None)


def test_an_undated_trip_to_another_city_does_not_join_the_announcement():
    events = _cluster(_OLD, _ANNOUNCED, _undated("Mashhad"))
    joined = [e for e in of_kind(events, "visit") if {"n-ann", "n-und"} <= set(e.sources)]
    assert joined == []
    assert all(e.date_start != dt.date(2025, 7, 13) for e in of_kind(events, "visit") if "n-und" in e.sources)


@pytest.mark.parametrize("where", ["Tehran", "Tehran and Mashhad", "Iran"])
def test_an_undated_trip_to_the_announced_city_or_country_joins_it(where):
    # near misses: the same city, a tour that holds it, or only the country told: the announced trip
    visit = _announced_visit(_cluster(_OLD, _ANNOUNCED, _undated(where)))
    assert visit is not None and "n-und" in visit.sources and visit.date_start == dt.date(2025, 7, 13)
