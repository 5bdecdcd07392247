"""Reading hand-written YAML as text only: every scalar a string (or None for an empty value,
`~` or `null`), never a value the writer did not type.

PyYAML's loaders follow YAML 1.1, where `yes`, `NO` and `on` are booleans and `2024-01-01` a
date; curated files need YAML 1.2's "strings unless said otherwise", so this reader composes
the node tree with libyaml under PyYAML's `BaseResolver` (no implicit types) and builds plain
dicts, lists and strings from it itself. It refuses, with the line:

- anchors and aliases (`&a`, `*a`, merge keys): a "billion laughs" file would otherwise expand
  without bound, and a curated record is never meant to be shared;
- tags (`!!python/object`, `!!int`): the format has none;
- a key given twice in one mapping (YAML keeps the last value silently).

Strings are NFC-normalised, so one spelling typed in two Unicode forms is one value.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml

NULLS = {"", "~", "null", "Null", "NULL"}
STR_TAG, MAP_TAG, SEQ_TAG = "tag:yaml.org,2002:str", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"


class YamlInputError(ValueError):
    """Input that is not the plain YAML this toolkit reads: `code` is a catalogue code
    (core/errors.py), `line` 1-based or None."""

    def __init__(self, code: str, line: int | None, message: str):
        self.code, self.line = code, line
        super().__init__(f"line {line}: {message}" if line else message)


class Mapping(dict):
    """A YAML mapping as a dict that remembers the line it started on and, in `key_lines`, the
    1-based line of each key (where a problem about that field points the curator)."""

    line: int | None = None
    key_lines: dict[str, int] | None = None


class Sequence(list):
    line: int | None = None


def load_text(text: str):
    """Parse one YAML document -> nested Mapping / Sequence / str / None.
    Raises YamlInputError (code `unreadable`, `yaml-not-allowed` or `duplicate-yaml-key`)."""
    loader_cls = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    loader = loader_cls(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        raise YamlInputError("unreadable", *_syntax_error(exc)) from exc
    finally:
        loader.dispose()
    if node is None:
        return None
    return _build(node, set())


def load_file(path) -> object:
    """A YAML file read as strict UTF-8 (a BOM is allowed) and parsed by `load_text`.
    Raises YamlInputError (`unreadable` for a file that cannot be opened or is not UTF-8)."""

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise YamlInputError("unreadable", None, f"cannot be read: {exc.strerror or exc}") from exc
    return load_bytes(data)


def load_bytes(data: bytes) -> object:
    """A file's bytes as strict UTF-8 (a BOM is allowed), parsed by `load_text`."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise YamlInputError("unreadable", line, f"not UTF-8 (byte {data[exc.start]:#04x} at offset {exc.start}); "
                                                 "save the file as UTF-8") from exc
    return load_text(text)


def _syntax_error(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """(line, message) of a YAML syntax error: the line is the library's own (its marks count from
    0; its message, like ours, from 1), where it found the problem; an unclosed construct (a
    bracket, a quote) is found only at the next token, so the line it was opened on is named too."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    message = " ".join(str(getattr(exc, "problem", None) or exc).split())
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None and context_mark.line + 1 != line:
        message += f" ({' '.join(str(context).split())} opened on line {context_mark.line + 1})"
    return line, message


def _line(node) -> int | None:
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def _build(node, seen: set[int]):
    if id(node) in seen:
        raise YamlInputError("yaml-not-allowed", _line(node), "anchors and aliases (&name, *name, <<) are not allowed "
                                                            "in curated input: write the value out")
    seen.add(id(node))
    if isinstance(node, yaml.ScalarNode):
        if node.tag != STR_TAG:
            raise YamlInputError("yaml-not-allowed", _line(node), f"tag {node.tag} is not allowed: values are text")
        if not node.style and node.value in NULLS:  # plain style only: "null" in quotes is text
            return None
        return unicodedata.normalize("NFC", node.value)
    if isinstance(node, yaml.SequenceNode):
        if node.tag != SEQ_TAG:
            raise YamlInputError("yaml-not-allowed", _line(node), f"tag {node.tag} is not allowed")
        out = Sequence(_build(item, seen) for item in node.value)
        out.line = _line(node)
        return out
    if node.tag != MAP_TAG:
        raise YamlInputError("yaml-not-allowed", _line(node), f"tag {node.tag} is not allowed")
    out = Mapping()
    out.line = _line(node)
    out.key_lines = {}
    for key_node, value_node in node.value:
        key = _build(key_node, seen)
        if not isinstance(key, str):
            raise YamlInputError("bad-structure", _line(key_node), f"a key must be text, not {type(key).__name__}")
        if key in out:
            raise YamlInputError("duplicate-yaml-key", _line(key_node),
                                 f"key {key!r} is given twice in one mapping (YAML would keep the last silently)")
        out[key] = _build(value_node, seen)
        out.key_lines[key] = _line(key_node) or out.line or 0
    return out
