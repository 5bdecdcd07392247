"""Curator tools for evidence spans: locate a phrase, resolve a draft, verify a package.

A curator cites new evidence in an engagement file as `{src: doc_id, quote: "...", nth: 1}`;
resolving replaces each quote by its offsets and hash (spans already resolved are kept), so the
committed file holds no source text.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from pakiran_events.core.corpus import Corpus, find_spans, span_sha256
from pakiran_events.core.problems import Problem


def resolve_quote(corpus: Corpus, spec: dict, texts: dict[str, str]) -> dict:
    doc, quote, nth = spec["src"], spec["quote"], spec.get("nth")
    if not isinstance(doc, str) or not isinstance(quote, str) or not quote:
        raise ValueError(f"{doc!r}: src and quote must be text (quote the quote: quote: \"...\"), got {quote!r}")
    if doc not in texts:
        texts[doc] = corpus.text(doc)
    spans = find_spans(texts[doc], quote)
    if not spans:
        raise ValueError(f"{doc}: phrase not found: {quote[:60]!r}")
    if nth is None and len(spans) > 1:
        raise ValueError(f"{doc}: phrase occurs {len(spans)} times, add nth: 1..{len(spans)}: {quote[:60]!r}")
    if nth is not None and (isinstance(nth, bool) or not isinstance(nth, int) or not 1 <= nth <= len(spans)):
        raise ValueError(f"{doc}: nth must be a whole number from 1 to {len(spans)} (the phrase occurs {len(spans)} "
                         f"time(s)), got {nth!r}: {quote[:60]!r}")
    start, end = spans[(nth or 1) - 1]
    return {"src": doc, "at": [start, end], "sha256": span_sha256(texts[doc], start, end)}


def resolve_text(text: str, corpus: Corpus) -> str:
    """A curated file's text with every {src, quote} mapping replaced, where it stands, by its
    {src, at, sha256}; every other character (comments, order, quoting, line breaks) is kept.
    Raises ValueError listing every quote that cannot be resolved."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    targets: list[yaml.MappingNode] = []

    def walk(node) -> None:
        if isinstance(node, yaml.MappingNode):
            keys = {k.value for k, _ in node.value if isinstance(k, yaml.ScalarNode)}
            if {"src", "quote"} <= keys:
                targets.append(node)
                return
            for _, value in node.value:
                walk(value)
        elif isinstance(node, yaml.SequenceNode):
            for value in node.value:
                walk(value)

    if root is not None:
        walk(root)
    texts: dict[str, str] = {}
    errors: list[str] = []
    for node in sorted(targets, key=lambda n: n.start_mark.index, reverse=True):
        spec = yaml.SafeLoader(text).construct_mapping(node)
        start, end = node.start_mark.index, node.end_mark.index
        while end > start and text[end - 1] in " \t\r\n":
            end -= 1  # a block mapping's end mark lies past its line break
        try:
            span = resolve_quote(corpus, spec, texts)
        except (KeyError, ValueError, OSError) as exc:
            errors.append(str(exc))
            continue
        text = text[:start] + f"{{src: {span['src']}, at: [{span['at'][0]}, {span['at'][1]}], sha256: {span['sha256']}}}" + text[end:]
    if errors:
        raise ValueError(f"{len(errors)} quote(s) could not be resolved:\n" + "\n".join(reversed(errors)))
    return text


def verify_evidence(rows: list[dict], sources: list[dict], corpus: Corpus,
                    person_aliases: dict[str, list[str]] | None = None) -> tuple[list[Problem], int]:
    """Recompute each span's hash and each cited source's sha256 from the corpus texts, and check
    that a span that matches says what it supports: a date span holds a date expression, and a
    span naming a participant who is a person holds one of that person's spellings."""
    from pakiran_events.core.corpus import file_sha256

    problems: list[Problem] = []
    texts: dict[str, str | None] = {}
    known = {s["source_id"]: s for s in sources}
    for source_id in sorted({r["source_id"] for r in rows}):
        source = known.get(source_id)
        try:
            path = corpus.path(source_id)
        except KeyError:
            problems.append(Problem("evidence", "sources", None, source_id, None, "source-not-in-corpus",
                                    "the corpus manifest has no such doc_id"))
            texts[source_id] = None
            continue
        except ValueError as exc:  # a manifest path that leaves the corpus folder
            problems.append(Problem("evidence", "sources", None, source_id, "file", "source-unreadable", str(exc)))
            texts[source_id] = None
            continue
        try:
            if source is not None and file_sha256(path) != source["sha256"]:
                problems.append(Problem("evidence", "sources", None, source_id, "sha256", "source-hash-mismatch",
                                        f"{path.name} no longer has the registered sha256"))
            texts[source_id] = corpus.text(source_id)  # bytes as UTF-8, no newline translation, as extract reads
        except (OSError, ValueError) as exc:
            problems.append(Problem("evidence", "sources", None, source_id, "file", "source-unreadable",
                                    " ".join(str(exc).split())))
            texts[source_id] = None
    from pakiran_events.core.tables import FIRST_DATA_LINE

    for line, row in enumerate(rows, start=FIRST_DATA_LINE):
        text = texts.get(row["source_id"])
        if text is None:
            continue
        start, end = row["char_start"], row["char_end"]
        where = f"{row['record_table']}:{row['record_id']}.{row['field']}"
        if not 0 <= start < end <= len(text):
            problems.append(Problem("evidence", "evidence", line, where, "char_end", "span-out-of-range",
                                    f"[{start}, {end}) is outside {row['source_id']} (length {len(text)})"))
        elif span_sha256(text, start, end) != row["span_sha256"]:
            problems.append(Problem("evidence", "evidence", line, where, "span_sha256", "span-hash-mismatch",
                                    f"text at [{start}, {end}) of {row['source_id']} does not match the recorded hash"))
        else:
            problems += _content_problems(row, text[start:end], line, where, person_aliases or {})
    return problems, len(rows)


def _content_problems(row: dict, span: str, line: int, where: str, person_aliases: dict[str, list[str]]) -> list[Problem]:
    from pakiran_events.core.cues import has_date_cue, names_actor

    at = f"{row['source_id']} [{row['char_start']}, {row['char_end']})"
    if row["record_table"] == "events" and row["field"] == "date_start" and not has_date_cue(span):
        return [Problem("evidence", "evidence", line, where, "char_start", "span-lacks-date-cue",
                        f"{at} cites {span[:60]!r} for a date, but it holds no day, weekday, month or relative date")]
    if row["record_table"] == "participants" and row["field"] == "actor_id":
        actor = row["record_id"].rpartition("/")[2]
        if actor in person_aliases and not names_actor(span, person_aliases[actor]):
            return [Problem("evidence", "evidence", line, where, "char_start", "span-lacks-actor-name",
                            f"{at} cites {span[:60]!r} for {actor}, but it holds none of the person's spellings")]
    return []
