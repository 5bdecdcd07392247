"""Round 31 of extraction speed (issue 16): the parent's lexicon built once per content. `extract`
took ~2.5 CPU seconds on every run to build the same lexicon from the same files; it is now kept
in the user's cache keyed by the hash of its inputs (extract/lexicon_cache.py). Pinned here: two
runs build it once; a changed input (a --dictionary file, a shipped dictionary, a gazetteer table)
is a new key, so the entry is never stale; a corrupt or foreign entry is rebuilt, never trusted;
`--no-cache` neither reads nor writes; the cached lexicon reads what a fresh one reads."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from extract_fixtures import write_corpus, write_gazetteer
from pakiran_events.extract import lexicon_cache
from pakiran_events.extract.lexicon import DICTIONARY_DIR, load_lexicon


@pytest.fixture
def counted(tmp_path, monkeypatch):
    """A private user cache, a made-up gazetteer, and a count of the lexicon builds."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    builds: list[int] = []

    def build(*args):
        builds.append(1)
        return load_lexicon(*args)

    monkeypatch.setattr(lexicon_cache, "load_lexicon", build)
    return builds, write_gazetteer(tmp_path / "gazetteer")


def entries(tmp_path: Path) -> list[Path]:
    return sorted((tmp_path / "user-cache" / "pakiran-events" / "lexicon").glob("*.pickle"))


def test_two_runs_build_the_lexicon_once(counted, tmp_path):
    builds, gazetteer = counted
    first = lexicon_cache.cached_lexicon(gazetteer)
    second = lexicon_cache.cached_lexicon(gazetteer)
    assert len(builds) == 1 and len(entries(tmp_path)) == 1
    assert second.actors == first.actors and second.aliases == first.aliases and second.places == first.places
    assert second.dictionaries == first.dictionaries and sorted(second.patterns) == sorted(first.patterns)


def test_a_changed_dictionary_file_is_a_new_entry(counted, tmp_path):
    builds, gazetteer = counted
    extra = tmp_path / "extra.yaml"
    extra.write_text("titles:\n  generic: [\"chief liaison officer\"]\n", encoding="utf-8")
    lexicon_cache.cached_lexicon(gazetteer, [extra])
    lexicon_cache.cached_lexicon(gazetteer, [extra])
    assert len(builds) == 1
    extra.write_text("titles:\n  generic: [\"chief liaison envoy\"]\n", encoding="utf-8")
    lex = lexicon_cache.cached_lexicon(gazetteer, [extra])
    assert len(builds) == 2 and len(entries(tmp_path)) == 2
    assert "chief liaison envoy" in lex.dictionaries["titles"]["generic"]
    assert "chief liaison officer" not in lex.dictionaries["titles"]["generic"]


def test_a_changed_shipped_dictionary_or_table_changes_the_key(tmp_path, monkeypatch):
    gazetteer = write_gazetteer(tmp_path / "gazetteer")
    shipped = tmp_path / "dictionaries"
    shutil.copytree(DICTIONARY_DIR, shipped)
    monkeypatch.setattr(lexicon_cache, "DICTIONARY_DIR", shipped)
    before = lexicon_cache.input_digest(gazetteer, None)
    assert lexicon_cache.input_digest(gazetteer, None) == before  # the same inputs, the same key
    places = shipped / "places.yaml"
    places.write_text(places.read_text(encoding="utf-8") + "\n# a curator's note\n", encoding="utf-8")
    after_dictionary = lexicon_cache.input_digest(gazetteer, None)
    assert after_dictionary != before
    aliases = gazetteer / "actor_aliases.csv"
    aliases.write_text(aliases.read_text(encoding="utf-8") + "tariq-mahmood,T. Mahmood\n", encoding="utf-8")
    assert lexicon_cache.input_digest(gazetteer, None) != after_dictionary


def test_a_corrupt_or_foreign_entry_is_rebuilt(counted, tmp_path):
    builds, gazetteer = counted
    lexicon_cache.cached_lexicon(gazetteer)
    [entry] = entries(tmp_path)
    data = entry.read_bytes()
    entry.write_bytes(data[:-10] + b"0123456789")  # the payload changed under its seal
    lexicon_cache.cached_lexicon(gazetteer)
    assert len(builds) == 2
    entry.write_bytes(data[: len(data) // 2])  # cut short
    lexicon_cache.cached_lexicon(gazetteer)
    assert len(builds) == 3
    assert lexicon_cache.read_entry(entry, b"k" * 32, entry.stem) is None  # sealed by another key: not trusted
    lexicon_cache.cached_lexicon(gazetteer)
    assert len(builds) == 3  # the rebuilt entry is whole again


def test_no_cache_neither_reads_nor_writes(counted, tmp_path):
    builds, gazetteer = counted
    lexicon_cache.cached_lexicon(gazetteer, cache=False)
    lexicon_cache.cached_lexicon(gazetteer, cache=False)
    assert len(builds) == 2 and entries(tmp_path) == []


def test_old_entries_are_pruned(counted, tmp_path, monkeypatch):
    builds, gazetteer = counted
    monkeypatch.setattr(lexicon_cache, "KEEP", 1)
    for n in range(2):
        extra = tmp_path / f"extra{n}.yaml"
        extra.write_text(f"titles:\n  generic: [\"liaison officer {n}\"]\n", encoding="utf-8")
        lexicon_cache.cached_lexicon(gazetteer, [extra])
    assert len(entries(tmp_path)) == lexicon_cache.KEEP


def test_extract_twice_builds_once_and_writes_the_same_package(counted, tmp_path):
    """The command itself: the second run's lexicon comes from the cache and its package is the
    first's, byte for byte; `--no-cache` builds again and writes the same package."""
    from click.testing import CliRunner

    from pakiran_events.cli import main

    builds, gazetteer = counted
    corpus = write_corpus(tmp_path / "corpus", [
        ("dawn-1", "2025-03-04", "ISLAMABAD: Interior Minister Tariq Mahmood met Iranian Interior Minister "
                                 "Karim Rostami in Islamabad on Tuesday to discuss border security."),
    ])
    outs = []
    for n, flag in enumerate(["--cache", "--cache", "--no-cache"]):
        out = tmp_path / f"out{n}"
        result = CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--gazetteer",
                                           str(gazetteer), "--scheduler", "synchronous", "--no-progress", flag])
        assert result.exit_code == 0, result.output
        outs.append(out)
    assert len(builds) == 2  # the first run and the --no-cache run
    files = sorted(p.relative_to(outs[0]) for p in outs[0].rglob("*") if p.is_file())
    assert files
    for out in outs[1:]:
        assert sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file()) == files
        for f in files:
            if f.suffix in (".csv", ".json"):
                assert (out / f).read_bytes() == (outs[0] / f).read_bytes(), f


def test_a_killed_write_leaves_no_entry(counted, tmp_path, monkeypatch):
    """Killed between writing and renaming: no half entry under a real name, the temporary file
    gone; the next run builds and stores a whole one. A temporary file left by a kill (SIGKILL:
    no clean-up ran) is swept once it is an hour old."""
    import os
    import time

    from pakiran_events.build.cache import secret_key

    builds, gazetteer = counted
    assert secret_key() is not None  # this user's cache key made first (its own write renames too)
    real_replace = os.replace

    def killed(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", killed)
    with pytest.raises(KeyboardInterrupt):
        lexicon_cache.cached_lexicon(gazetteer)
    folder = tmp_path / "user-cache" / "pakiran-events" / "lexicon"
    assert list(folder.iterdir()) == []
    monkeypatch.setattr(os, "replace", real_replace)
    left = folder / ".tmp-killed"
    left.write_bytes(b"half an entry")
    os.utime(left, (time.time() - 7200, time.time() - 7200))
    lexicon_cache.cached_lexicon(gazetteer)
    lexicon_cache.cached_lexicon(gazetteer)
    assert len(builds) == 2 and len(entries(tmp_path)) == 1 and not left.exists()
