"""A fast reader of the plain YAML subset curated engagement files are written in, for a clean
build's worker processes (build/cold.py); anything outside the subset is left to the full reader.

Why: at 100k events about half of a clean build's worker time was libyaml's event stream turned
into Python objects (`core.yaml_input.load_text`), whose only extra over a plain parse is the
line of every mapping and key, needed only to *report* a problem. A file that has a problem is
never taken from the parts anyway (the build then reads the whole folder with the line-numbered
reader), so a worker may parse with anything that gives the same values for the files it accepts.

`load_subset(text)` gives what `load_text(text)` gives, as plain dicts, lists, str and None, or
`OUTSIDE` when the text holds anything it does not read itself: block scalars (`>`, `|`), a plain
scalar over several lines or holding `:`, `#`, a bracket or brace, a double-quoted scalar with an
escape, a tab, a carriage return, a character libyaml refuses, an anchor, alias, tag or directive,
a key given twice, a key that is not a simple name or is a null word or over 1024 characters,
nesting near `MAX_DEPTH`, an indentation it does not expect. The caller
then parses the text with `load_text`, which reads or refuses it with its line. That the two agree
on every text `load_subset` accepts is tests/test_yaml_subset.py's Hypothesis differential test.

The subset: block mappings of `name: value` lines, block sequences of `- value` items (a sequence
may stand at its key's indentation), comment lines, and as values plain one-line scalars,
single-quoted one-line scalars, double-quoted ones without escapes, and one-line flow mappings
and sequences of plain words (`{src: a, at: [0, 12], sha256: f00}`).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from pakiran_events.core import yaml_input
from pakiran_events.core.yaml_input import MAX_DEPTH, NULLS

OUTSIDE = object()  # `load_subset`'s answer for a text it leaves to `core.yaml_input.load_text`


class _Outside(Exception):
    pass


# Characters libyaml reads in a stream (tab, LF and CR aside, which are handled apart): anything
# else (a C0 control, DEL, C1 controls, a surrogate, U+FEFF inside the text, U+FFFE/FFFF, and the
# YAML 1.1 line breaks U+0085, U+2028, U+2029) sends the text to the full reader
_REFUSED = re.compile("[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]")
_KEY = r"[A-Za-z_][A-Za-z0-9_]*"
# a block-context plain scalar on one line: no indicator first, no `:`, `#`, bracket or brace, no
# trailing space (an interior run of spaces is kept, as YAML keeps it)
_PLAIN = r"[A-Za-z0-9_(./~+$](?:[^:#\[\]{}\n]*[^:#\[\]{}\n ])?"
_SINGLE = r"'(?:[^'\n]|'')*'"
_DOUBLE = r'"[^"\\\n]*"'
# a flow-context plain word: no space, comma, bracket, brace, `:`, `#` or quote
_WORD = r"[A-Za-z0-9_(./~+$][^\s,\[\]{}:#'\"]*"
_FLOW_SEQ = rf"\[(?:{_WORD}(?:, {_WORD})*)?\]"
_FLOW_MAP = rf"\{{(?:{_KEY}: (?:{_WORD}|{_FLOW_SEQ})(?:, {_KEY}: (?:{_WORD}|{_FLOW_SEQ}))*)?\}}"
# every line of the text, in one pass (MULTILINE): its indentation, then a comment, nothing, or an
# item dash, `key:` and a value: plain, single-quoted, double-quoted, a flow mapping or a flow
# sequence (each group empty when absent). A line it does not match is outside the subset.
_LINES = re.compile(rf"^( *)(?:#.*|(- (?! ))?(?:({_KEY}):(?: +|$))?(?:({_PLAIN})|({_SINGLE})|({_DOUBLE})|"
                    rf"({_FLOW_MAP})|({_FLOW_SEQ}))? *)$", re.M)
_FLOW_ITEM = re.compile(rf"({_KEY}): ({_WORD}|{_FLOW_SEQ})")
_FLOW_WORD = re.compile(_WORD)
_NO_VALUE = object()
# libyaml refuses an implicit key longer than 1024 characters ("mapping values are not allowed")
_MAX_KEY = 1024
# a line opens at most four containers (its key's block, a dash's item, a flow mapping, its flow
# sequence), and `outer` lags the block in hand by one: the
# subset leaves a text this deep to the full reader, which refuses nesting past MAX_DEPTH
_MAX_OUTER = MAX_DEPTH - 8


def load_subset(text: str):
    """`core.yaml_input.load_text(text)`'s document without its lines, or OUTSIDE (see the module)."""
    if "\t" in text or "\r" in text or _REFUSED.search(text):
        return OUTSIDE
    lines = _LINES.findall(text)
    if len(lines) != text.count("\n") + 1:  # a line the subset does not read
        return OUTSIDE
    try:
        return _parse(lines, not text.isascii())
    except _Outside:
        return OUTSIDE


def load_file(path) -> object:
    """`core.yaml_input.load_file(path)`'s document: the subset reader's for a file in the
    subset (plain dicts and lists, no lines), else the full reader's, with its lines and errors."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return yaml_input.load_file(path)  # raises its `unreadable` error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return yaml_input.load_bytes(data)  # raises its not-UTF-8 error, with the line
    doc = load_subset(text)
    return yaml_input.load_text(text) if doc is OUTSIDE else doc


def _value(plain: str, single: str, double: str, fmap: str, fseq: str, nfc: bool):
    """The value a line holds (the one group it matched); a plain null word is None."""
    if plain:
        value = None if plain in NULLS else plain
    elif single:
        value = single[1:-1].replace("''", "'")
    elif double:
        value = double[1:-1]
    elif fmap:
        value = {}
        for key, item in _FLOW_ITEM.findall(fmap[1:-1]):
            if key in value or key in NULLS or len(key) > _MAX_KEY:
                raise _Outside  # a duplicate, null or over-long key: the full reader refuses it
            value[key] = _flow_seq(item, nfc) if item.startswith("[") else _word(item, nfc)
        return value
    else:
        return _flow_seq(fseq, nfc)
    return unicodedata.normalize("NFC", value) if nfc and value is not None else value


def _word(raw: str, nfc: bool):
    if raw in NULLS:
        return None
    return unicodedata.normalize("NFC", raw) if nfc else raw


def _flow_seq(raw: str, nfc: bool) -> list:
    return [_word(w, nfc) for w in _FLOW_WORD.findall(raw[1:-1])]


def _parse(lines: list[tuple[str, ...]], nfc: bool):
    """The document of the matched lines (the block in hand: `block`, its indentation, whether it
    is a list; the enclosing ones on `outer`)."""
    outer: list[tuple] = []
    block, indent_of, is_list = None, -1, False
    pending = None  # a key of `block` whose value is the block the next line may open
    root = _NO_VALUE
    for spaces, dash, key, plain, single, double, fmap, fseq in lines:
        valued = plain or single or double or fmap or fseq
        if not (dash or key or valued):
            continue  # blank, or a comment
        indent = len(spaces)
        if len(outer) > _MAX_OUTER or len(key) > _MAX_KEY:
            raise _Outside  # nesting or a key the full reader may refuse
        if pending is not None:
            if indent > indent_of or (indent == indent_of and dash):
                child: dict | list = [] if dash else {}
                block[pending] = child
                outer.append((block, indent_of, is_list))
                block, indent_of, is_list = child, indent, bool(dash)
            pending = None
        while indent < indent_of or (indent == indent_of and is_list and not dash):
            if outer:
                block, indent_of, is_list = outer.pop()
            else:
                block, indent_of = None, -1
        if block is None:
            if root is not _NO_VALUE:
                raise _Outside  # a second top-level node
            root = block = [] if dash else {}
            indent_of, is_list = indent, bool(dash)
        if indent != indent_of or is_list != bool(dash):
            raise _Outside  # an indentation or a node kind the subset does not expect
        if dash:
            if not key:
                if not valued:
                    raise _Outside  # a dash with nothing after it
                block.append(_value(plain, single, double, fmap, fseq, nfc))
                continue
            item: dict = {}
            block.append(item)
            outer.append((block, indent_of, is_list))
            block, indent_of, is_list = item, indent + 2, False
        if not key or key in block or key in NULLS:
            raise _Outside  # a bare value, a key given twice, a null word as a key: the full reader's
        if valued:
            block[key] = _value(plain, single, double, fmap, fseq, nfc)
        else:
            block[key] = None
            pending = key
    return None if root is _NO_VALUE else root
