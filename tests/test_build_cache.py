"""The build's parse cache (build/cache.py): a cached build publishes the same bytes as a clean
one, an edited file is parsed again, and a broken or foreign cache entry is ignored, never fatal."""

from __future__ import annotations

import pickle
from pathlib import Path

from mini import package_bytes, write_repo
from pakiran_events.build.build import build
from pakiran_events.build.cache import CACHE_DIR, FORMAT, ParseCache


def _entries(root: Path) -> list[Path]:
    return sorted((root / CACHE_DIR).rglob("*.pickle"))


def test_a_cached_build_is_byte_identical_to_a_clean_one(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    build(root, cache=False)
    assert not (root / CACHE_DIR).exists()  # --no-cache neither reads nor writes the cache
    clean = package_bytes(root)
    build(root)  # cold cache: parses and stores every curated file
    assert _entries(root) and package_bytes(root) == clean
    cache = ParseCache(root)
    for path in sorted((root / "dataset" / "curated").rglob("*.yaml")):
        cache.load_file(path)
    assert cache.misses == 0 and cache.hits > 0
    build(root)  # warm cache
    assert package_bytes(root) == clean


def test_an_edited_file_is_parsed_again(tmp_path, repo):
    root = write_repo(tmp_path / "r", repo)
    build(root)
    engagement = next((root / "dataset" / "curated" / "events").glob("*.yaml"))
    text = engagement.read_text(encoding="utf-8")
    assert "summary:" in text
    engagement.write_text(_edit_summary(text), encoding="utf-8")
    build(root)
    assert "A summary edited after the first build" in (root / "dataset" / "data" / "events.csv").read_text(encoding="utf-8")


def _edit_summary(text: str) -> str:
    lines = text.splitlines()
    k = next(i for i, line in enumerate(lines) if line.lstrip().startswith("summary:"))
    indent = lines[k][:len(lines[k]) - len(lines[k].lstrip())]
    lines[k] = f"{indent}summary: A summary edited after the first build"
    while k + 1 < len(lines) and lines[k + 1].startswith(indent + " "):  # a folded summary's other lines
        del lines[k + 1]
    return "\n".join(lines) + "\n"


class Shell:  # a class the cache's unpickler must refuse
    def __reduce__(self):
        return (print, ("a cache entry ran code",))


def test_corrupt_and_foreign_entries_are_ignored(tmp_path, repo, capsys):
    root = write_repo(tmp_path / "r", repo)
    build(root, cache=False)
    clean = package_bytes(root)
    build(root)
    entries = _entries(root)
    assert len(entries) >= 3
    entries[0].write_bytes(b"")  # truncated
    entries[1].write_bytes(entries[1].read_bytes()[:-7] + b"garbage")  # payload changed: checksum differs
    payload = pickle.dumps(Shell())  # a well-formed entry whose payload would run code
    import hashlib

    entries[2].write_bytes(FORMAT + hashlib.sha256(payload).hexdigest().encode() + payload)
    cache = ParseCache(root)
    for path in sorted((root / "dataset" / "curated").rglob("*.yaml")):
        cache.load_file(path)
    assert cache.ignored == 3 and cache.misses == 3
    assert "ran code" not in capsys.readouterr().out
    for entry in entries[:3]:
        entry.write_bytes(b"\x00" * 10)
    build(root)
    assert package_bytes(root) == clean


def _resealed(cache: ParseCache, entry: Path, payload: bytes) -> bytes:
    """An entry for the same file whose payload is replaced and whose seal is recomputed with the
    user's own key (what only this user's build can do)."""
    digest = entry.stem
    return FORMAT + cache._mac(digest, payload) + payload


def _forge_plain(entry: Path, payload: bytes) -> bytes:
    """What anyone with write access to the checkout could compute: a plain SHA-256 seal."""
    import hashlib

    return FORMAT + hashlib.sha256(payload).hexdigest().encode() + payload


def test_a_forged_entry_never_reaches_thepackage_bytes(tmp_path, repo, monkeypatch):
    """An entry rewritten with invented content and a recomputed plain checksum (no key) is
    ignored: the published package is the clean one (review: a forged cache published data)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = write_repo(tmp_path / "r", repo)
    build(root, cache=False)
    clean = package_bytes(root)
    build(root)
    forged = 0
    for entry in _entries(root):
        doc = pickle.loads(entry.read_bytes()[len(FORMAT) + 64:])
        if isinstance(doc, dict) and doc.get("events"):
            doc["events"][0]["summary"] = "FORGED summary"
            entry.write_bytes(_forge_plain(entry, pickle.dumps(doc)))
            forged += 1
    assert forged
    build(root)
    assert package_bytes(root) == clean


def test_an_entry_the_reader_could_not_have_made_is_ignored(tmp_path, repo, monkeypatch):
    """Even sealed with the user's key, an entry holding other types (an int where the reader
    gives text), one container reached many times (a pickle's shared reference, like a YAML
    alias bomb) or more nodes than the file has bytes is parsed again, never an error."""
    from pakiran_events.core.yaml_input import Mapping, Sequence

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    root = write_repo(tmp_path / "r", repo)
    build(root, cache=False)
    clean = package_bytes(root)
    build(root)
    cache = ParseCache(root)
    assert cache.key is not None
    entries = _entries(root)
    assert len(entries) >= 3
    with_int = Mapping(events=Sequence([Mapping(event_id=12)]))
    shared = Mapping(x="y")
    bomb = Mapping(events=Sequence([shared] * 100_000))
    for entry, doc in zip(entries, (with_int, bomb, Mapping(a=Sequence(["x"] * 10**6)))):
        entry.write_bytes(_resealed(cache, entry, pickle.dumps(doc)))
    for path in sorted((root / "dataset" / "curated").rglob("*.yaml")):
        cache.load_file(path)
    assert cache.ignored == 3 and cache.misses == 3
    build(root)
    assert package_bytes(root) == clean
