"""A corpus we did not write: paths stay in its folder, texts are read one way everywhere (UTF-8
bytes, no newline translation), a bad manifest is one clear error, and one bad document never
stops `extract`."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from pakiran_events.cli import main
from pakiran_events.core.confine import OutsideFolder
from pakiran_events.core.corpus import Corpus, span_sha256

HEADER = ["doc_id", "file", "url", "outlet", "title", "author", "published", "published_basis", "language", "bytes",
          "sha256", "seed_file"]


def _corpus(root: Path, docs: dict[str, bytes], files: dict[str, str] | None = None, bom: bool = False) -> Path:
    (root / "docs").mkdir(parents=True, exist_ok=True)
    with (root / "manifest.csv").open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(HEADER)
        for doc, data in docs.items():
            (root / "docs" / f"{doc}.txt").write_bytes(data)
            w.writerow([doc, (files or {}).get(doc, f"docs/{doc}.txt"), f"https://example.org/{doc}", "Outlet",
                        "A made-up report", "", "", "", "en", len(data), hashlib.sha256(data).hexdigest(), ""])
    return root


@pytest.mark.parametrize("file", ["../../../../etc/passwd", "/etc/passwd"])
def test_a_manifest_path_out_of_the_corpus_is_refused(tmp_path, file):
    corpus = Corpus(_corpus(tmp_path / "c", {"a": b"text"}, {"a": file}))
    with pytest.raises(OutsideFolder):
        corpus.text("a")


def test_a_symlink_out_of_the_corpus_is_refused(tmp_path):
    root = _corpus(tmp_path / "c", {"a": b"text"})
    secret = tmp_path / "secret.txt"
    secret.write_text("not for quoting", encoding="utf-8")
    (root / "docs" / "a.txt").unlink()
    (root / "docs" / "a.txt").symlink_to(secret)
    with pytest.raises(OutsideFolder):
        Corpus(root).text("a")


def test_texts_keep_crlf_and_offsets_agree_everywhere(tmp_path):
    text = "Line one\r\nThe ministers met in Quetta.\r\n"
    corpus = Corpus(_corpus(tmp_path / "c", {"a": text.encode()}))
    assert corpus.text("a") == text
    start = text.index("Quetta")
    result = CliRunner().invoke(main, ["locate", "a", "Quetta", "--corpus", str(tmp_path / "c")])
    assert result.exit_code == 0, result.output
    assert str(start) in result.output and span_sha256(text, start, start + 6) in result.output


def test_a_non_utf8_text_is_named(tmp_path):
    corpus = Corpus(_corpus(tmp_path / "c", {"a": b"caf\xe9"}))
    with pytest.raises(ValueError, match="a.txt: not UTF-8"):
        corpus.text("a")


def test_a_manifest_with_a_bom_reads(tmp_path):
    assert Corpus(_corpus(tmp_path / "c", {"a": b"text"}, bom=True)).manifest()[0]["doc_id"] == "a"


@pytest.mark.parametrize("header, rows, match", [
    (["file", "url"], [["docs/a.txt", "u"]], "no doc_id column"),
    (HEADER, [["a", "docs/a.txt"] + [""] * 10, ["a", "docs/a.txt"] + [""] * 10], "also in"),
    (HEADER, [["", "docs/a.txt"] + [""] * 10], "needs a doc_id"),
])
def test_a_bad_manifest_is_one_clear_error(tmp_path, header, rows, match):
    (tmp_path / "manifest.csv").write_text("\n".join(",".join(r) for r in [header, *rows]) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=match):
        Corpus(tmp_path).manifest()


def _extract(corpus: Path, out: Path):
    return CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler", "synchronous"])


def test_extract_skips_a_document_whose_dates_overflow_and_a_changed_text(tmp_path):
    docs = {"far": b" date 9999-12-31 The minister arrives in Quetta tomorrow for talks.",
            "ok": b"Some text with no engagement at all."}
    root = _corpus(tmp_path / "c", docs)
    (root / "docs" / "ok.txt").write_bytes(b"Changed after the manifest was written.")
    result = _extract(root, tmp_path / "out")
    assert "internal error" not in result.output
    assert "ok: skipped: the text's sha256 differs" in result.output
    assert result.exit_code in (0, 1)


def test_extract_with_every_document_failing_exits_non_zero(tmp_path):
    root = _corpus(tmp_path / "c", {"a": b"caf\xe9", "b": b"\xff\xfe"})
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 1 and "every document" in result.output
    assert not (tmp_path / "out" / "datapackage.json").exists()


@settings(max_examples=40, deadline=None)
@given(cells=st.lists(st.lists(st.sampled_from(["", "a", "docs/a.txt", "../x", "/etc/passwd", "\ufeff", "\"", ","]),
                               min_size=0, max_size=4), max_size=4))
def test_any_manifest_is_read_or_refused_with_one_clear_error(tmp_path_factory, cells):
    root = tmp_path_factory.mktemp("m")
    (root / "manifest.csv").write_text("\n".join(",".join(r) for r in [["doc_id", "file"], *cells]) + "\n",
                                       encoding="utf-8")
    corpus = Corpus(root)
    try:
        rows = corpus.manifest()
    except ValueError:
        return
    for row in rows:
        try:
            corpus.text(row["doc_id"])
        except (OSError, ValueError):
            pass
