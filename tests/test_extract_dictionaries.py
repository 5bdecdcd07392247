"""Dictionary entries must be general (issue 15): every phrase that matches only one report of
the corpus is listed with the reason it is kept (scripts/dictionary-single-report.yaml)."""

from __future__ import annotations

import importlib.util

import yaml

from conftest import REPO


def _script():
    spec = importlib.util.spec_from_file_location("dictionary_singletons", REPO / "scripts" / "dictionary_singletons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_phrase_matching_one_report_only_has_a_reason(corpus_dirs):
    script = _script()
    found = script.single_report_phrases(list(corpus_dirs))
    reasons = yaml.safe_load(script.REASONS.read_text(encoding="utf-8")) or {}
    assert sorted(p for p in found if p not in reasons) == []
    assert sorted(p for p in reasons if p not in found) == []  # a reason for a phrase now general or gone is stale
    assert all(len(r) > 20 for r in reasons.values())


def test_the_check_finds_a_phrase_of_one_report(tmp_path):
    """On a made-up corpus: a phrase in one report is found, one in two reports is not."""
    from extract_fixtures import write_corpus

    root = write_corpus(tmp_path / "c", [("a", "2024-01-01", "The ministers met and then greeted by crowds."),
                                         ("b", "2024-01-02", "The ministers met in the capital.")])
    found = _script().single_report_phrases([root])
    assert "engagement/reception: greeted by" in found and found["engagement/reception: greeted by"] == "a"
    assert not [p for p in found if p.endswith(": met(?! with resistance)")]
