"""Review20 (should-fix S2): the per-word memos of the fuzzy surname pass (`_fuzzy_word`,
`_near_spelling`) and, since round 21, the folded names (`Lexicon.folded`, one bounding for all:
`lexicon.bounded`) are bounded: a worker reading many reports keeps at most `WORD_CACHE_LIMIT`
entries in each, and emptying a memo changes no reading (it only saves work)."""

from __future__ import annotations

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract import lexicon

_OWN = OwnReports("caches21-own", "2024-10-11")


def _letters(k: int) -> str:
    out = ""
    for _ in range(4):
        k, r = divmod(k, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
    return out


def _words(n: int, seed: str) -> str:
    """n distinct capitalised words of letters only, as the fuzzy pass reads them ('Qwertaxyzw')."""
    return " ".join(f"Qwert{seed}{_letters(k)}" for k in range(n))


def test_the_word_memos_stay_under_the_limit(monkeypatch):
    monkeypatch.setattr(lexicon, "WORD_CACHE_LIMIT", 50)
    lex = shipped_lexicon()
    for seed in ("a", "b", "c"):
        _OWN.report(f"ISLAMABAD: Interior Minister Mohsin Naqvi met {_words(80, seed)} on Tuesday.")
    for key in ("_fuzzy_word", "_near_spelling", "_folded"):
        assert 0 < len(lex.patterns.get(key, {})) <= 50, key  # used, and bounded (240 distinct words were read)


def test_a_bounded_memo_reads_a_report_as_an_unbounded_one(monkeypatch):
    text = ("ISLAMABAD: Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni on Tuesday. "
            "Raeesi and Naqvy also spoke. " + _words(40, "d"))
    wide = repr(_OWN.events(text))
    monkeypatch.setattr(lexicon, "WORD_CACHE_LIMIT", 3)
    lex = shipped_lexicon()
    for key in ("_fuzzy_word", "_near_spelling", "_folded"):
        lex.patterns.pop(key, None)
    assert repr(_OWN.events(text)) == wide
