"""The breaker's kind of attack on extract (rounds 24-25): pathological made-up reports, each read
alone by `run.read_one` with its time budget; prints per case its size, CPU seconds and verdict
(read, or the problem it was named with). Asserts nothing: tests/test_robust25*.py count the work.

    python bench/hostile25_bench.py [--case NAME ...] [--seconds 60]
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from extract_fixtures import shipped_lexicon  # noqa: E402
from pakiran_events.extract.run import read_one  # noqa: E402

LEAD = "ISLAMABAD, March 7: Interior Minister Mohsin Naqvi met Eskandar Momeni in Tehran on Monday"


def cases() -> dict[str, bytes]:
    """Name -> the bytes of one made-up report."""
    t = {
        "nested-brackets-20k": LEAD + " " + "(" * 20_000 + "on Monday" + ")" * 20_000 + ".",
        "nested-mixed-20k": LEAD + " " + "([“—" * 5_000 + "talks" + "—”])" * 5_000 + ".",
        "clause-repeated-semi-400": LEAD + "; Naqvi met Momeni in Tehran on Monday" * 400 + ".",
        "clause-repeated-while-400": LEAD + ", while Interior Minister Mohsin Naqvi held talks with Eskandar Momeni in Quetta" * 400 + ".",
        "one-token-1mb": LEAD + ". " + "a" * 1_000_000 + ".",
        "one-char-1mb-bracket": "(" * 1_000_000,
        "one-char-1mb-dash": "—" * 500_000,
        "one-char-1mb-dot": "." * 1_000_000,
        "one-char-1mb-space": LEAD + "." + " " * 1_000_000,
        "quotes-nested-100k": LEAD + " " + "\"'" * 50_000 + "met" + "'\"" * 50_000 + ".",
        "million-newlines": LEAD + "." + "\n" * 1_000_000 + LEAD + ".",
        "control-characters": LEAD + "".join(chr(c) for c in range(32) if c not in (10, 13)) * 10_000 + ".",
        "mixed-scripts": (LEAD + " وزیر داخلہ محسن نقوی Министр ایران 內政部 ") * 2_000 + ".",
        "long-words-dashes": LEAD + " " + " ".join("Naqvi—Momeni–while(" + str(k) + ")" for k in range(50_000)) + ".",
        "names-100k": LEAD + ", " + ", ".join(["Minister Mohsin Naqvi", "Eskandar Momeni", "Ishaq Dar"] * 30_000) + ".",
    }
    out = {k: v.encode("utf-8") for k, v in t.items()}
    out["invalid-utf8"] = LEAD.encode() + b"\xff\xfe\xc3(" * 1000
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--case", nargs="*")
    ap.add_argument("--seconds", type=float, default=60.0)
    args = ap.parse_args()
    lex = shipped_lexicon()
    chosen = {k: v for k, v in cases().items() if not args.case or k in args.case}
    with tempfile.TemporaryDirectory() as tmp:
        read_one({"doc_id": "warm", "file": "warm.txt", "root": tmp}, lex) if (Path(tmp) / "warm.txt").write_text(LEAD + ".") else None
        for name, data in chosen.items():
            (Path(tmp) / f"{name}.txt").write_bytes(data)
            entry = {"doc_id": name, "file": f"{name}.txt", "root": tmp, "published": "2025-03-07",
                     "bytes": str(len(data)), "sha256": hashlib.sha256(data).hexdigest()}
            t = time.process_time()
            read, _ = read_one(entry, lex, args.seconds)
            took = time.process_time() - t
            verdict = read.problem or f"read: {len(read.candidates)} candidate(s)"
            print(f"{name:28} bytes={len(data):>9,} cpu={took:7.2f}s  {verdict[:110]}", flush=True)


if __name__ == "__main__":
    main()
