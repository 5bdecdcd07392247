"""A README for the package index (issue 14, item 8): researchers first, then curators and
contributors; every link and image absolute (the index page has no repository beside it); the
set-up/main-job and test commands still the first two shell blocks (CI runs them)."""

from __future__ import annotations

import re


def test_researchers_come_first_and_links_work_on_the_index(repo):
    readme = (repo / "README.md").read_text()
    headings = re.findall(r"^## (.+)$", readme, re.M)
    assert headings[0].startswith("For researchers") and headings[1].startswith("For curators and contributors")
    researchers = readme.split("\n## ")[1]
    for topic in ("pip install pakiran-events", "pe.load(", "pe.engagements(", "pe.cite(", "datasheet"):
        assert topic in researchers, topic
    prose = re.sub(r"```.*?```", "", readme, flags=re.S)
    targets = re.findall(r"\]\(([^)]+)\)", prose)
    assert targets and all(t.startswith(("https://", "http://", "#", "mailto:")) for t in targets), \
        [t for t in targets if not t.startswith(("https://", "http://", "#"))]
    blocks = re.findall(r"```sh\n(.*?)```", readme, re.S)
    assert "pakiran-events build" in blocks[0] and blocks[1].strip() == ".venv/bin/python -m pytest -q"
    first_sh = readme.index("```sh")
    assert readme.index("## For curators and contributors") < first_sh
