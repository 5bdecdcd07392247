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
       for nth in ("0", "-1", "999", "1.5", "two", "{}", "[1]")},
    "quote a mapping": (_draft(f"{{src: {A}, quote: {{}}}}"), "quote must be text (write it in quotes"),
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


@pytest.mark.parametrize("nth", ["2", '"2"', "'2'"])
def test_nth_within_range_resolves(tmp_path, repo, nth):
    """YAML 1.2 text-only reading (as every curated value): `nth: "2"` is the text 2, a whole number."""
    root = write_repo(tmp_path, repo)
    result, after = _resolve(root, _draft(f"{{src: {A}, quote: Minister, nth: {nth}}}"))
    assert result.exit_code == 0, result.output
    assert "quote" not in after and "sha256" in after


def test_each_refusal_names_its_line_in_the_draft(tmp_path):
    """In a long draft the curator must find the quote: every refusal gives its line; a quote
    given with at/sha256 and an empty quote are named as such (review)."""
    from pakiran_events.core.corpus import Corpus
    from pakiran_events.curate.spans import resolve_text

    corpus = tmp_path / "corpus"
    (corpus / "docs").mkdir(parents=True)
    body = "The Minister met the Minister of the other side.\n"
    (corpus / "docs" / "a.txt").write_text(body, encoding="utf-8")
    import hashlib
    digest = hashlib.sha256(body.encode()).hexdigest()
    (corpus / "manifest.csv").write_text("doc_id,file,sha256\n" f"a,docs/a.txt,{digest}\n", encoding="utf-8")
    draft = ("events:\n"
             "- evidence:\n"
             "  - {src: a, quote: Minister}\n"
             "  - {src: a, quote: met, at: [4, 7], sha256: x}\n"
             "  - {src: a, quote: ''}\n")
    with pytest.raises(ValueError) as exc:
        resolve_text(draft, Corpus(corpus))
    message = str(exc.value)
    assert "line 3: a: phrase occurs 2 times" in message
    assert "line 4: a: give either a quote or at/sha256" in message
    assert "line 5: a: the quote is empty" in message
