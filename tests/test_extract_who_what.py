"""Who takes part and what they commit to (issue 15, participants and commitment types), each
kind on a sentence written for the purpose (names and wording made up; nothing from the corpus)."""

from __future__ import annotations

import re

from extract_fixtures import lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.lexicon import merge_dictionaries, no_break_after
from pakiran_events.extract.mentions import sentences
from pakiran_events.extract.report import read_report

LEX = lexicon()


def _events(*docs):
    return cluster([read_report(d, text, pub, LEX) for d, pub, text in docs])


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in sentences(text, LEX.patterns["no_break_after"])]


def test_a_rank_or_honorific_abbreviation_does_not_end_a_sentence_and_comes_from_titles_yaml():
    text = "Brig. Karim Rostami met Col. Tariq Mahmood and Dr. Saima Baig. Capt. Anjum was there. They left."
    assert len(_texts(text)) == 3
    # one source: a rank added to a user dictionary is known to the splitter without code
    titles = merge_dictionaries([])["titles"]
    titles["ranks"]["Commodore"] = ["Commodore", "Cdre\\.?"]
    assert no_break_after(titles).search("by Cdre.")
    assert not no_break_after(merge_dictionaries([])["titles"]).search("by Cdre.")
    # every abbreviation the splitter knows is written in titles.yaml
    shipped = merge_dictionaries([])["titles"]
    dotted = re.findall(r"\b(\w+)\\\.", " ".join([*(p for v in shipped["ranks"].values() for p in v), *shipped["honorifics"]]))
    for word in dotted:
        assert no_break_after(shipped).search(f"the {word}.")
