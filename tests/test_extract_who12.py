"""Officials below minister level new to the gazetteer (the twelfth people round, the blind
probes' largest class): office titles of that kind are data (titles.yaml), and a titled new name
takes its side from a country word in its own phrase or from the side that a sentence says it
leads ('the Pakistani side was led by X, ...; the Iranian side by Y, ...'). Made-up reports in
our own words; near misses must give nobody."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.report import read_report


@lru_cache(maxsize=1)
def _lexicon():
    from pakiran_events.extract.lexicon import load_lexicon

    return load_lexicon()


def _report(text: str):
    return read_report("who12-own", text, "2024-03-08", _lexicon())


def _events(text: str):
    return [(e.kind, sorted(e.participants)) for e in cluster([_report(text)])]


def _new(text: str) -> dict:
    return {a: (row["country_iso3"]) for a, row in _report(text).new_actors.items()}


def test_commission_co_chairs_named_by_the_side_each_leads():
    text = ("QUETTA: The joint border commission of Pakistan and Iran met in Quetta on Tuesday. The Pakistani "
            "side was led by Omar Baig, Additional Chief Secretary of Balochistan, and the Iranian side by "
            "Karim Sadeghi, Deputy Governor-General of Sistan and Baluchestan.")
    assert _new(text) == {"omar-baig": "PAK", "karim-sadeghi": "IRN"}
    assert ("meeting", ["karim-sadeghi", "omar-baig"]) in _events(text)


def test_working_group_heads_with_secretary_and_director_general_titles():
    text = ("The Iran-Pakistan working group on border security met in Islamabad on Monday. The Iranian delegation was headed by Nasser Tabrizi, Director General for South Asia, "
            "while the Pakistani side was led by Imran Qadir, Joint Secretary at the Interior Ministry.")
    assert _new(text) == {"nasser-tabrizi": "IRN", "imran-qadir": "PAK"}
    assert any(k == "meeting" and {"imran-qadir", "nasser-tabrizi"} <= set(p) for k, p in _events(text))


def test_a_consul_general_posted_to_a_city_named_after_a_comma():
    text = ("LAHORE: Iran's Consul General in Lahore, Mehdi Sadri, called on Punjab Governor Baligh Rehman "
            "at the Governor House on Monday.")
    assert _new(text) == {"mehdi-sadri": "IRN", "baligh-rehman": "PAK"}
    assert ("meeting", ["baligh-rehman", "mehdi-sadri"]) in _events(text)


def test_an_intelligence_chief_takes_the_side_of_the_institution_he_heads():
    text = ("TEHRAN: Lieutenant General Kamal Raza, Director-General of Inter-Services Intelligence, held "
            "talks in Tehran on Sunday with Ali Shamkhani, secretary of Iran's Supreme National Security Council.")
    assert _new(text) == {"kamal-raza": "PAK"}
    assert ("meeting", ["ali-shamkhani", "kamal-raza"]) in _events(text)


def test_an_inspector_general_of_a_border_force():
    text = ("Major General Asad Malik, Inspector General of the Frontier Corps, met Iranian Interior "
            "Minister Ahmad Vahidi in Quetta on Monday.")
    assert _new(text)["asad-malik"] == "PAK"


@pytest.mark.parametrize("text", [
    # a side 'led' by no person
    "The Pakistani side was led by the weather, and the Iranian side by chance, a columnist wrote on Monday.",
    # a third country's side
    "The Afghan side was led by Rahim Noori, Deputy Governor of Nimroz, at the talks in Kabul on Monday.",
    # a new title with no side at all
    "Joint Secretary Salman Akhtar told reporters on Monday that the new rules would apply from June.",
    # a posting to a third country: that country's affairs, not the dyad's
    "Pakistan's Ambassador to Uzbekistan, Kamran Latif, received the minister in Tashkent on Monday.",
    # an institution named elsewhere in the sentence, not the title's own
    "Karim Nouri, Director General of a trading firm, said on Monday that the ISI had not called him.",
    # a posting with no name after the comma
    "Iran's Consul General in Lahore, who arrived last month, visited a school on Monday.",
])
def test_near_misses_make_nobody(text):
    assert _new(text) == {}
