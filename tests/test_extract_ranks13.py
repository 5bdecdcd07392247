"""Ranks written with a hyphen ('Brig-Gen', 'Lt-Col') are ranks, not the first words of a new
person's name: CURATION.md §6 keeps ranks and honorifics out of a new actor's id, and titles.yaml
lists 'Maj-Gen' and 'Lt-Gen' already. Made-up reports in our own words."""

from __future__ import annotations

from functools import lru_cache

import pytest

from pakiran_events.extract.lexicon import load_lexicon
from pakiran_events.extract.report import read_report


@lru_cache(maxsize=1)
def _lexicon():
    return load_lexicon()


def _new_ids(text: str) -> set[str]:
    return set(read_report("ranks13-own", text, "2023-10-17", _lexicon()).new_actors)


@pytest.mark.parametrize("rank", ["Brig-Gen", "Brig Gen", "Brigadier General", "Lt-Col", "Lt Col",
                                  "Lieutenant Colonel", "Maj-Gen"])
def test_a_rank_before_a_new_name_stays_out_of_its_id(rank):
    text = (f"RAWALPINDI: {rank} Farhad Nouri-Sadr, Iran's deputy defence minister, met Defence Secretary "
            "Hamood uz Zaman Khan at the ministry on Tuesday.")
    ids = _new_ids(text)
    assert "farhad-nouri-sadr" in ids
    assert not any(i.startswith(("brig", "lt-", "lieutenant", "maj-")) for i in ids), ids
