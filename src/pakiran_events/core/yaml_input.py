"""Reading hand-written YAML as text only: every scalar a string (or None for an empty value,
`~` or `null`), never a value the writer did not type.

PyYAML's loaders follow YAML 1.1, where `yes`, `NO` and `on` are booleans and `2024-01-01` a
date; curated files need YAML 1.2's "strings unless said otherwise", so this reader composes
the node tree with libyaml under PyYAML's `BaseResolver` (no implicit types) and builds plain
dicts, lists and strings from it itself. It refuses, with the line:

- anchors and aliases (`&a`, `*a`, merge keys): a "billion laughs" file would otherwise expand
  without bound, and a curated record is never meant to be shared;
- tags (`!!python/object`, `!!int`): the format has none;
- a key given twice in one mapping (YAML keeps the last value silently);
- a Unicode line or paragraph separator (U+0085, U+2028, U+2029): libyaml breaks lines there
  (YAML 1.1), so every later line number would be off and a quoted U+0085 would become a space;
- nesting deeper than `MAX_DEPTH` (whatever reads the document next would recurse on it).

Strings are NFC-normalised, so one spelling typed in two Unicode forms is one value.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml
from yaml.composer import ComposerError

NULLS = {"", "~", "null", "Null", "NULL"}
# Line breaks in YAML 1.1 only (NEL, LS, PS): YAML 1.2 and editors' line numbers know only \r and \n
_UNICODE_BREAKS = re.compile("[\u0085\u2028\u2029]")
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
    unicode_break = _UNICODE_BREAKS.search(text)
    if unicode_break:  # YAML 1.1 (libyaml) breaks lines there, and turns U+0085 into a space
        at = unicode_break.start()
        raise YamlInputError("unreadable", text.count("\n", 0, at) + 1,
                             f"U+{ord(text[at]):04X} (a Unicode line or paragraph separator) is not allowed: "
                             "the YAML reader would break the line there and shift every later line; "
                             "delete it or write a space")
    loader_cls = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
    loader = loader_cls(text)
    try:
        return _from_events(loader.get_event)
    except yaml.YAMLError as exc:
        raise YamlInputError("unreadable", *_syntax_error(exc, text)) from exc
    finally:
        loader.dispose()


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


def _syntax_error(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """(line, message) of a YAML syntax error: the line is the library's own (its marks count from
    0; its message, like ours, from 1), where it found the problem; an unclosed construct (a
    bracket, a quote) is found only at the next token, so the line it was opened on is named too."""
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    position = getattr(exc, "position", None)  # a ReaderError (a control character) has no mark:
    if line is None and isinstance(position, int):  # libyaml gives the UTF-8 byte offset instead
        line = text.encode("utf-8", "surrogatepass")[:position].count(b"\n") + 1
    message = " ".join(str(getattr(exc, "problem", None) or exc).split())
    context, context_mark = getattr(exc, "context", None), getattr(exc, "context_mark", None)
    if context and context_mark is not None and context_mark.line + 1 != line:
        message += f" ({' '.join(str(context).split())} opened on line {context_mark.line + 1})"
    return line, message


_DEFAULT_TAGS = (None, "!")
# Curated records nest a few levels (events > event > participants > participant > evidence >
# span > offsets); far deeper nesting is refused, so that no reader of the document (str(), a
# pickle, a walk) recurses without bound on it.
MAX_DEPTH = 64
_ALIAS_MESSAGE = "anchors and aliases (&name, *name, <<) are not allowed in curated input: write the value out"


def _from_events(get_event):
    """The document built from libyaml's event stream, with no node tree and no resolver in
    between (PyYAML's composer calls Python code for every node: most of a file's reading time).

    Gives what composing under `BaseResolver` and walking the nodes gives: a plain or `!` scalar
    is text (None for a plain null), `!!str`/`!!map`/`!!seq` are allowed and any other tag is
    refused, as is an alias (at its anchor's line); a duplicate anchor, an undefined alias and a
    second document are `unreadable`, as the composer has them. The first refusal is raised only
    once the whole stream has parsed, so a syntax error anywhere wins, as it did when the node tree
    was composed first. Iterative: no nesting depth makes it recurse."""
    get_event()  # StreamStart
    event = get_event()
    if isinstance(event, yaml.StreamEndEvent):
        return None
    anchors: dict[str, int] = {}
    refusal: YamlInputError | None = None
    root = None
    # each open container: [container, pending key (Mapping only), whether a key is awaited]
    stack: list[list] = []
    while True:
        event = get_event()
        cls = type(event)
        line = event.start_mark.line + 1
        if cls is yaml.DocumentEndEvent:
            break
        if cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            value = stack.pop()[0]
        elif cls is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise ComposerError(None, None, f"found undefined alias {event.anchor!r}",
                                                  event.start_mark)
            refusal = refusal or YamlInputError("yaml-not-allowed", anchors[event.anchor], _ALIAS_MESSAGE)
            value = None
        else:
            if event.anchor is not None:
                if event.anchor in anchors:
                    raise ComposerError("found duplicate anchor; first occurrence", None,
                                                      "second occurrence", event.start_mark)
                anchors[event.anchor] = line
                # an anchor is refused where it stands, used or not (a curated record is never shared)
                refusal = refusal or YamlInputError("yaml-not-allowed", line, _ALIAS_MESSAGE)
            if cls is yaml.ScalarEvent:
                if event.tag not in _DEFAULT_TAGS and event.tag != STR_TAG:
                    refusal = refusal or YamlInputError("yaml-not-allowed", line,
                                                        f"tag {event.tag} is not allowed: values are text")
                text = event.value
                # a null word is None only when plain and untagged: `!!str ~` and `! null` are the text typed
                null = not event.style and event.tag is None and text in NULLS
                value = None if null else unicodedata.normalize("NFC", text)
            else:
                allowed = MAP_TAG if cls is yaml.MappingStartEvent else SEQ_TAG
                if event.tag not in _DEFAULT_TAGS and event.tag != allowed:
                    refusal = refusal or YamlInputError("yaml-not-allowed", line, f"tag {event.tag} is not allowed")
                if len(stack) == MAX_DEPTH:
                    refusal = refusal or YamlInputError("yaml-not-allowed", line,
                                                        f"nested more than {MAX_DEPTH} levels deep: curated "
                                                        "records nest a few levels")
                container = Mapping() if cls is yaml.MappingStartEvent else Sequence()
                container.line = line
                if type(container) is Mapping:
                    container.key_lines = {}
                stack.append([container, None, True])
                continue
        # `value` is complete: put it where it belongs
        if not stack:
            root = value
            continue
        top = stack[-1]
        parent = top[0]
        if type(parent) is Sequence:
            parent.append(value)
        elif top[2]:  # a key
            key_line = value.line if isinstance(value, (Mapping, Sequence)) else line
            if not isinstance(value, str):
                refusal = refusal or YamlInputError("bad-structure", key_line,
                                                    f"a key must be text, not {type(value).__name__}")
                value = object()  # the value that follows is read, then dropped
            elif value in parent:
                refusal = refusal or YamlInputError(
                    "duplicate-yaml-key", key_line,
                    f"key {value!r} is given twice in one mapping (YAML would keep the last silently)")
            else:
                parent.key_lines[value] = key_line
            top[1], top[2] = value, False
        else:
            if isinstance(top[1], str):
                parent[top[1]] = value
            top[1], top[2] = None, True
    following = get_event()
    if not isinstance(following, yaml.StreamEndEvent):
        raise ComposerError("expected a single document in the stream", None,
                                          "but found another document", following.start_mark)
    if refusal is not None:
        raise refusal
    return root
