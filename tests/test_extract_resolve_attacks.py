"""`extract` and `resolve-spans` attacked with bad corpora and drafts (inputs made up here): each
ends in a one-line error or a valid result, never an internal error."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract_fixtures import write_corpus
from pakiran_events.cli import main as cli

TEXTS = {"n1": " date 2024-01-01 Talks (on trade) were held\nin Quetta. Talks (on trade) again.\r\nA [x]* end."}


def _corpus(folder: Path, texts: dict[str, str]) -> Path:
    """A corpus of `texts` (doc id -> text), all published on 2024-01-01 (tests/extract_fixtures.py)."""
    return write_corpus(folder, [(doc, "2024-01-01", text) for doc, text in texts.items()])


@pytest.mark.parametrize("form", ["empty", "header", "header with BOM and CRLF"])
def test_extract_of_a_corpus_with_no_documents_says_so(tmp_path, form):
    corpus = _corpus(tmp_path / "corpus", {})
    header = (corpus / "manifest.csv").read_text(encoding="utf-8").splitlines()[0]
    manifest = {"empty": "", "header": header + "\n", "header with BOM and CRLF": "\ufeff" + header + "\r\n"}[form]
    (corpus / "manifest.csv").write_text(manifest, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", "--corpus", str(corpus), "--out", str(out),
                                      "--scheduler", "synchronous", "--no-progress"])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output and "lists no documents" in result.output
    assert not (out / "datapackage.json").exists()


def _draft(path: Path, quote: str, nth: str | None = None) -> Path:
    extra = f", nth: {nth}" if nth else ""
    path.write_text("events:\n- event_id: E000001  # a comment kept\n  evidence:\n    event_type:\n"
                    f"    - {{src: n1, quote: {quote}{extra}}}\n", encoding="utf-8")
    return path


def _resolve(tmp_path: Path, quote: str, nth: str | None = None):
    corpus = _corpus(tmp_path / "corpus", TEXTS)
    draft = _draft(tmp_path / "draft.yaml", quote, nth)
    result = CliRunner().invoke(cli, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(corpus)])
    return result, draft.read_text(encoding="utf-8")


def _at(text: str) -> tuple[int, int]:
    import re

    found = re.search(r"at: \[(\d+), (\d+)\]", text)
    assert found, text
    return int(found.group(1)), int(found.group(2))


@pytest.mark.parametrize("quote, cited", [
    ('"were held in Quetta"', "were held\nin Quetta"),  # a line break in the text, a space in the quote
    ('"again. A"', "again.\r\nA"),  # CRLF in the text
    ('"[x]* end."', "[x]* end."),  # regex metacharacters are text
])
def test_a_quote_across_a_line_break_or_with_metacharacters_resolves_to_the_text(tmp_path, quote, cited):
    result, text = _resolve(tmp_path, quote)
    assert result.exit_code == 0, result.output
    start, end = _at(text)
    assert TEXTS["n1"][start:end] == cited
    assert "# a comment kept" in text and "quote" not in text


def test_a_quote_with_regex_metacharacters_is_never_a_pattern(tmp_path):
    result, text = _resolve(tmp_path, '"T.lks"')
    assert result.exit_code == 1 and "phrase not found" in result.output and "quote: \"T.lks\"" in text


def test_a_quote_found_twice_needs_nth_and_a_quote_absent_is_named(tmp_path):
    result, _ = _resolve(tmp_path, '"Talks (on trade)"')
    assert result.exit_code == 1 and "occurs 2 times" in result.output
    result, _ = _resolve(tmp_path / "b", '"no such words"')
    assert result.exit_code == 1 and "phrase not found" in result.output and "internal error" not in result.output


@pytest.mark.parametrize("field,value", [("outlet", "=SUM(A1)"), ("title", "@cmd"), ("title", "-2+3"),
                                         ("title", "\tTabbed")])
def test_a_formula_like_manifest_cell_is_refused_by_name_never_published_or_altered(tmp_path, field, value):
    """Decision (issue 13, SECURITY.md): as `build` refuses a curated formula-like value, `extract`
    skips a document whose manifest url/outlet/title/author starts with =, +, -, @, tab or CR, naming
    it; the other documents are published, and no cell is prefixed or escaped (data stays faithful)."""
    corpus = _corpus(tmp_path / "corpus", {"f1": " date 2024-01-01 Two ministers met in Quetta on Monday.",
                                           "f2": " date 2024-01-02 The two envoys met again in Quetta on Tuesday."})
    manifest = corpus / "manifest.csv"
    with manifest.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index(field)] = value  # f1's cell
    with manifest.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["extract", "--corpus", str(corpus), "--out", str(out),
                                      "--scheduler", "synchronous", "--no-progress"])
    assert "internal error" not in result.output
    assert result.exit_code == 0, result.output
    assert "f1" in result.output and "formula" in result.output and "1 document(s) skipped" in result.output
    published = (out / "data" / "sources.csv").read_text(encoding="utf-8")
    assert value not in published and "'" + value not in published
    assert "f2" in published
