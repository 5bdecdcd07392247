"""Progress of a long validation of a package, sampled from /proc (Linux) with no overhead on it.

    python bench/proc_progress.py --package DIR --pid PID [--every 60] >> progress.txt

Every `--every` seconds, one line: the process's CPU seconds and resident memory, and for each of
the package's CSV files it holds open, the read position as a share of the file and the rows that
share holds (the descriptor's `rows` times the share: an estimate, rows being about equal in size).
Ends with the process. r12 priced frictionless-py at 1M events with it (a row-by-row run of ~50
minutes: the lines give a lower bound and a rate if it has to be stopped)."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from pakiran_events.core.packages import read_descriptor


def sample(pid: int, files: dict[str, tuple[str, int, int]]) -> str:
    """One line about `pid` now; raises OSError when the process has ended."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    if fields[0] in ("Z", "X"):  # exited, not yet reaped by its parent
        raise ProcessLookupError(pid)
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6
    parts = []
    for fd in sorted(os.listdir(f"/proc/{pid}/fd"), key=int):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
            position = int(Path(f"/proc/{pid}/fdinfo/{fd}").read_text().split()[1])
        except OSError:  # closed between the listing and the read
            continue
        if target in files:
            name, rows, size = files[target]
            share = position / size if size else 1.0
            parts.append(f"{name} {share:6.1%} (~{int(rows * share):,} of {rows:,} rows)")
    return (f"{time.strftime('%H:%M:%S', time.gmtime())} cpu {cpu:9.1f}s rss {rss:7.0f} MB "
            f"load {os.getloadavg()[0]:5.1f} | " + "; ".join(parts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--package", type=Path, required=True, help="the package folder (datapackage.json)")
    parser.add_argument("--pid", type=int, required=True, help="the validating process")
    parser.add_argument("--every", type=float, default=60.0, help="seconds between samples")
    args = parser.parse_args()
    resources = read_descriptor(args.package)["resources"]
    files = {str((args.package / r["path"]).resolve()): (r["name"], r.get("rows") or 0,
                                                        (args.package / r["path"]).stat().st_size)
             for r in resources if (args.package / r["path"]).is_file()}
    print(f"# pid {args.pid}; package rows {sum(v[1] for v in files.values()):,}", flush=True)
    while True:
        try:
            print(sample(args.pid, files), flush=True)
        except (OSError, IndexError):
            print(f"{time.strftime('%H:%M:%S', time.gmtime())} process {args.pid} ended", flush=True)
            return
        time.sleep(args.every)


if __name__ == "__main__":
    sys.exit(main())
