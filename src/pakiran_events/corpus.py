"""Read-only access to the news corpus (manifest + texts) and the span hashing evidence uses.

The corpus is input data owned by others: nothing here writes to it, and the project stores
only offsets and hashes of its spans, never the text.
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path


def span_sha256(text: str, start: int, end: int) -> str:
    """SHA-256 of text[start:end] encoded as UTF-8: how evidence identifies a span."""
    return hashlib.sha256(text[start:end].encode("utf-8")).hexdigest()


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Corpus:
    """A corpus folder: `manifest.csv` plus the texts it lists."""

    root: Path

    def __post_init__(self) -> None:
        if not (self.root / "manifest.csv").is_file():
            raise FileNotFoundError(f"{self.root}: no manifest.csv (is this the corpus folder?)")

    def manifest(self) -> list[dict[str, str]]:
        with (self.root / "manifest.csv").open(encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    def entry(self, doc_id: str) -> dict[str, str]:
        for row in self.manifest():
            if row["doc_id"] == doc_id:
                return row
        raise KeyError(f"{doc_id!r} is not in {self.root / 'manifest.csv'}")

    def path(self, doc_id: str) -> Path:
        return self.root / self.entry(doc_id)["file"]

    def text(self, doc_id: str) -> str:
        return self.path(doc_id).read_text(encoding="utf-8")


def find_spans(text: str, phrase: str) -> list[tuple[int, int]]:
    """Every (start, end) where `phrase` occurs in `text`, overlapping matches included."""
    if not phrase:
        raise ValueError("cannot locate an empty phrase")
    spans, start = [], text.find(phrase)
    while start != -1:
        spans.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return spans
