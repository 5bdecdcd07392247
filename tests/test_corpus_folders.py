"""One corpus kept in several folders: doc ids unique across them, texts read from their own folder."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from pakiran_events.core.corpus import Corpus

HEADER = "doc_id,file,url,outlet,title,author,published,published_basis,language,bytes,sha256,seed_file\n"


def _folder(root, docs: dict[str, str]):
    (root / "docs").mkdir(parents=True)
    lines = [HEADER]
    for doc, text in docs.items():
        (root / "docs" / f"{doc}.txt").write_bytes(text.encode("utf-8"))
        lines.append(f"{doc},docs/{doc}.txt,https://example.org/{doc},Example,,,,,en,{len(text)},,\n")
    (root / "manifest.csv").write_text("".join(lines), encoding="utf-8")
    return root


def test_two_folders_are_one_corpus(tmp_path):
    a = _folder(tmp_path / "a", {"one": "First text.\r\nSecond line."})
    b = _folder(tmp_path / "b", {"two": "Another report."})
    corpus = Corpus(a, b)
    assert [r["doc_id"] for r in corpus.manifest()] == ["one", "two"]
    assert corpus.path("two") == b / "docs" / "two.txt"
    assert corpus.text("one") == "First text.\r\nSecond line."  # no newline translation
    with pytest.raises(KeyError, match="'three'"):
        corpus.entry("three")


def test_a_doc_id_in_two_folders_is_refused(tmp_path):
    a = _folder(tmp_path / "a", {"same": "x"})
    b = _folder(tmp_path / "b", {"same": "y"})
    with pytest.raises(ValueError, match="unique across folders"):
        Corpus(a, b).manifest()


def test_locate_takes_the_option_twice(tmp_path):
    from pakiran_events.cli import main

    a = _folder(tmp_path / "a", {"one": "alpha beta"})
    b = _folder(tmp_path / "b", {"two": "gamma delta gamma"})
    result = CliRunner().invoke(main, ["locate", "two", "gamma", "--corpus", str(a), "--corpus", str(b)])
    assert result.exit_code == 0, result.output
    assert "0" in result.output and "12" in result.output
    result = CliRunner().invoke(main, ["locate", "two", "gamma", "--corpus", str(a)])
    assert result.exit_code != 0 and "'two'" in result.output
