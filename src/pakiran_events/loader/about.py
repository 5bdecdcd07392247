"""What the package is and how to cite it: `pe.info()` (a DESCR-style description) and
`pe.cite()` (BibTeX or APA, with the version). Facts come from the descriptor and the version."""

from __future__ import annotations

from pakiran_events._version import __version__

AUTHORS = "pakiran-events curators"
REPOSITORY = "https://github.com/pakiran-events/pakiran-events"
YEAR = "2026"


def cite(style: str = "bibtex") -> str:
    """A citation of this version of the data: style 'bibtex' or 'apa'."""
    from pakiran_events.loader.read import read_descriptor

    title = read_descriptor()[1]["title"]
    if style == "bibtex":
        return (f"@misc{{pakiran_events_{__version__.replace('.', '_')},\n"
                f"  title = {{{{pakiran-events}}: {title}}},\n"
                f"  author = {{{{{AUTHORS}}}}},\n"
                f"  year = {{{YEAR}}},\n"
                f"  version = {{{__version__}}},\n"
                f"  url = {{{REPOSITORY}}},\n"
                f"  note = {{Data: CC-BY-4.0. Version {__version__}}}\n}}")
    if style == "apa":
        return f"{AUTHORS}. ({YEAR}). pakiran-events: {title} (Version {__version__}) [Data set]. {REPOSITORY}"
    raise ValueError(f"unknown citation style {style!r}; use 'bibtex' or 'apa'")


def info() -> str:
    """A description of the data package: what it holds, its tables and row counts, licence,
    how to cite it and where the files are."""
    import textwrap

    from pakiran_events.loader.read import data_dir, read_descriptor

    _, desc = read_descriptor()
    lines = [f"{desc['title']} — pakiran-events {desc['version']}", "",
             textwrap.fill(desc["description"], 96), "", "Tables (rows):"]
    for r in desc["resources"]:
        lines.append(f"  {r['name']:<16} {r.get('rows', '?'):>6}  {textwrap.shorten(r.get('description', ''), 68)}")
    lines += ["", f"Licence: {', '.join(l['name'] for l in desc['licenses'])} (data); MIT (code).",
              f"Files: {data_dir()}", "", "Cite as:", "  " + cite("apa")]
    return "\n".join(lines)
