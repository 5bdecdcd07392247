"""resolve-spans on a bad draft: a clear error and the file untouched -- anchors and aliases are
refused before rewriting, and `nth` must be a whole number within the phrase's occurrences."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from mini import write_repo
from pakiran_events.cli import main

A = "alpha-20240101-talks"


def _draft(evidence: str) -> str:
    return ("events:\n- event_id: E000001\n  evidence:\n    event_type: [" + evidence + "]\n")


def _resolve(root, text):
    path = root / "draft.yaml"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve-spans", str(path), str(path), "--force", "--corpus", str(root / "corpus")])
    return result, path.read_text(encoding="utf-8")


BAD_DRAFTS = {  # name -> (draft text, words of the one-line refusal)
    **{f"nth {nth}": (_draft(f"{{src: {A}, quote: Minister, nth: {nth}}}"), "nth must be a whole number")
       for nth in ("0", "-1", "999", '"2"', "1.5", "two")},
    "numeric quote": (_draft(f"{{src: {A}, quote: 2024}}"), "must be text"),
    "anchor and alias": ("events:\n- event_id: E000001\n  evidence:\n    event_type: [&q {src: " + A
                         + ", quote: met in Quetta}]\n    place_id: [*q]\n", "alias"),
}


@pytest.mark.parametrize("case", sorted(BAD_DRAFTS))
def test_a_bad_draft_is_refused_before_rewriting_and_the_file_kept(tmp_path, repo, case):
    root = write_repo(tmp_path, repo)
    text, message = BAD_DRAFTS[case]
    result, after = _resolve(root, text)
    assert result.exit_code == 1 and message in result.output, result.output
    assert after == text


def test_nth_within_range_resolves(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    result, after = _resolve(root, _draft(f"{{src: {A}, quote: Minister, nth: 2}}"))
    assert result.exit_code == 0, result.output
    assert "quote" not in after and "sha256" in after
