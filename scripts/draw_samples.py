"""Draw, with fixed seeds, the two samples that must exist before any coding or tuning starts.

1. `dataset/double-coding/sample.csv`: half of the reports of every corpus folder (rounded up),
   coded a second time by an independent coder (issue 11, item 5).
2. `bench/extract-split.csv`: the extractor's development/test split of the reports (issue 15,
   item 4): every report of the first folder is development (the extractor was built on it); of
   the second folder, a seeded 40% is held out as test.

Run once, commit the outputs, never re-draw: `python scripts/draw_samples.py ../shared/corpus
../shared/corpus-wave2`. The draw depends only on the sorted doc ids and the seeds.
"""

from __future__ import annotations

import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOUBLE_SEED, SPLIT_SEED, TEST_SHARE = 20261129, 15, 0.4


def doc_ids(folder: Path) -> list[str]:
    with (folder / "manifest.csv").open(encoding="utf-8-sig", newline="") as fh:
        return sorted(row["doc_id"] for row in csv.DictReader(fh))


def main(folders: list[Path]) -> None:
    rng = random.Random(DOUBLE_SEED)
    sample = []
    for folder in folders:
        ids = doc_ids(folder)
        sample += [(doc, folder.name) for doc in sorted(rng.sample(ids, -(-len(ids) // 2)))]
    out = ROOT / "dataset" / "double-coding" / "sample.csv"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["doc_id", "folder"])
        writer.writerows(sample)

    rng = random.Random(SPLIT_SEED)
    rows = [(doc, folders[0].name, "dev") for doc in doc_ids(folders[0])]
    for folder in folders[1:]:
        ids = doc_ids(folder)
        test = set(rng.sample(ids, round(len(ids) * TEST_SHARE)))
        rows += [(doc, folder.name, "test" if doc in test else "dev") for doc in ids]
    with (ROOT / "bench" / "extract-split.csv").open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(["doc_id", "folder", "part"])
        writer.writerows(rows)
    print(f"double-coding sample: {len(sample)} reports; extraction test part: "
          f"{sum(r[2] == 'test' for r in rows)} of {len(rows)} reports")


if __name__ == "__main__":
    main([Path(a) for a in sys.argv[1:]])
