"""Eleventh round (where): the place a one-report corpus is given, on a coverage table of our own
(tests/fixtures/place_phrasings.yaml: ~100 made-up sentences, each telling where a Pakistan-Iran
engagement was, in the phrasings reporters use), plus the gazetteer rules behind it. Rows the
extractor does not yet place right are strict xfails naming why; `python tests/places11_table.py
place -v` prints the table by class."""

from __future__ import annotations

import pytest

from extract_fixtures import table_params
from places11_table import lexicon, place_got, rows

LEFT = {
    "sadabad-complex": "'welcomed X at' is no meeting trigger (frames, not the place)",
}
PLACES = rows("place")


@pytest.mark.parametrize("row", table_params(PLACES, LEFT))
def test_a_sentence_of_the_table_is_placed_where_it_says(row):
    assert place_got(row) == row["place"], row["text"]


def test_the_table_covers_the_classes_the_round_was_asked_for():
    classes = {r["class"] for r in PLACES}
    assert len(PLACES) >= 100
    assert {"capital descriptor", "third-country capital descriptor", "venue", "town descriptor", "sidelines abroad",
            "dateline", "city in a title", "origin", "no place"} <= classes


def test_a_capital_told_by_its_country_is_that_countrys_gazetteer_capital():
    from pakiran_events.extract.places import capital_phrases

    lex = lexicon()
    phrases = capital_phrases(lex.places, {"KAZ": ["Kazakh"], "QAT": ["Qatari"]})
    assert "Kazakh capital" in phrases["astana"]  # GeoNames' country row says Nur-Sultan; the city is Astana
    assert "Qatari capital" in phrases["doha"]
    assert any("Turkmenistan" in p for p in phrases["ashgabat"])
    assert not any("Kazakh" in p for pid, ps in phrases.items() if pid != "astana" for p in ps)


def test_two_cities_of_one_name_keep_apart_ids_and_the_larger_keeps_the_name():
    lex = lexicon()
    assert lex.place_names["London"] == "london"
    assert lex.places["london"]["country_iso3"] == "GBR"
    assert all(p["country_iso3"] == "GBR" for pid, p in lex.places.items() if pid == "london")


def test_here_without_a_dateline_or_from_here_places_nothing():
    row = {"id": "here-left", "text": "ISLAMABAD: Iranian Foreign Minister Abbas Araghchi left here for home on Monday after "
           "he met Foreign Minister Ishaq Dar.", "place": None}
    assert place_got(row) is None
    row = {"id": "here-none", "text": "Iranian Foreign Minister Abbas Araghchi met Foreign Minister Ishaq Dar here on Monday.",
           "place": None}
    assert place_got(row) is None


def test_a_venue_the_foreign_office_only_speaks_for_gives_no_country():
    # 'the Foreign Office said' is the source, not where the two met: the venue sets no country
    row = {"id": "fo-said", "text": "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Monday, "
           "the Foreign Office said.", "place": "tehran"}
    assert place_got(row) == "tehran"
