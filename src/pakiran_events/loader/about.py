"""What the package is and how to cite it: `pe.info()` (a DESCR-style description) and
`pe.cite()` (BibTeX or APA, with the version). Facts come from the descriptor and the version."""

from __future__ import annotations

import textwrap
from pathlib import Path

from pakiran_events._version import __version__
from pakiran_events.core.packages import descriptor_of
from pakiran_events.core.packages import read_descriptor as read_package_descriptor
from pakiran_events.core.paths import published_descriptor
from pakiran_events.loader.read import data_dir, read_descriptor

AUTHORS = "pakiran-events curators"
REPOSITORY = "https://github.com/pakiran-events/pakiran-events"
YEAR = "2026"


def cite(style: str = "bibtex") -> str:
    """A citation of the data release installed, as one string: style 'bibtex' (a @misc entry)
    or 'apa'. Title and version are the data package's own (datapackage.json `title` and
    `version`, the ones a DOI deposit carries). Raises ValueError for another style."""

    desc = read_descriptor()[1]
    title, version = desc["title"], desc.get("version", __version__)
    if style == "bibtex":
        return (f"@misc{{pakiran_events_{version.replace('.', '_')},\n"
                f"  title = {{{{pakiran-events}}: {title}}},\n"
                f"  author = {{{{{AUTHORS}}}}},\n"
                f"  year = {{{YEAR}}},\n"
                f"  version = {{{version}}},\n"
                f"  url = {{{REPOSITORY}}},\n"
                f"  note = {{Data: CC-BY-4.0. Version {version}}}\n}}")
    if style == "apa":
        return f"{AUTHORS}. ({YEAR}). pakiran-events: {title} (Version {version}) [Data set]. {REPOSITORY}"
    raise ValueError(f"unknown citation style {style!r}; use 'bibtex' or 'apa'")


def info() -> str:
    """A description of the data package, as one string of lines: title and version, what it
    holds, each table with its row count and description, licence, where the files are and how
    to cite it (APA). Source: datapackage.json. Raises FileNotFoundError when no package is
    installed or checked out."""

    _, desc = read_descriptor()
    lines = [f"{desc['title']} — pakiran-events {desc['version']}", "",
             textwrap.fill(desc["description"], 96), "", "Tables (rows):"]
    for r in desc["resources"]:
        lines.append(f"  {r['name']:<16} {r.get('rows', '?'):>6}  {textwrap.shorten(r.get('description', ''), 68)}")
    lines += ["", f"Licence: {', '.join(l['name'] for l in desc['licenses'])} (data); MIT (code).",
              f"Files: {data_dir()}", "", "Cite as:", "  " + cite("apa")]
    return "\n".join(lines)


def package_summary(descriptor: str | Path | None = None) -> str:
    """`pakiran-events info`: name, version, date and path of a package, then each table's rows
    and file. `descriptor` is a datapackage.json or its folder (default: the published one).
    Needs only the standard library. Raises FileNotFoundError (no descriptor there) or
    ValueError (not a readable data package descriptor), each with a one-line message."""

    path = descriptor_of(descriptor if descriptor is not None else published_descriptor())
    desc = read_package_descriptor(path)
    lines = [f"{desc.get('name', '?')} {desc.get('version', '?')} ({str(desc.get('created', '?'))[:10]}) - {path}"]
    for n, r in enumerate(desc["resources"], 1):
        if not isinstance(r, dict):  # described as it is; `validate` says what is wrong with it
            lines.append(f"  resource {n}: not an object ({type(r).__name__})")
            continue
        lines.append(f"  {str(r.get('name', f'resource {n}')):<14} {str(r.get('rows', '?')):>7} rows  {r.get('path', '?')}")
    return "\n".join(lines)
