"""The fast reader of curated YAML's plain subset (curate/yaml_subset.py) against the full reader
(core/yaml_input.load_text): on every text it accepts it gives the same document, and it leaves
to the full reader every text that one refuses (Hypothesis differential tests), and it accepts the
engagement files the project and the build benchmark write."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pakiran_events.core.yaml_input import YamlInputError, load_text
from pakiran_events.curate.yaml_subset import OUTSIDE, load_subset

REPO = Path(__file__).resolve().parents[1]


def agrees(text: str) -> object:
    """Assert the subset reader agrees with the full reader on `text`; returns its answer."""
    fast = load_subset(text)
    if fast is OUTSIDE:
        return fast
    try:
        full = load_text(text)
    except YamlInputError as exc:  # the fast reader accepted a text the full reader refuses
        pytest.fail(f"accepted {text!r} (the full reader: {exc})")
    assert fast == full, text
    assert _plain(fast), "the fast reader gives plain dicts, lists, str and None"
    return fast


def _plain(value) -> bool:
    if type(value) is dict:
        return all(type(k) is str and _plain(v) for k, v in value.items())
    if type(value) is list:
        return all(_plain(v) for v in value)
    return value is None or type(value) is str


# -- documents written in the subset's style ---------------------------------------------------
keys = st.from_regex(r"[a-z_][a-z0-9_]{0,8}", fullmatch=True).filter(lambda k: k not in ("null",))
words = st.from_regex(r"[A-Za-z0-9_][A-Za-z0-9_.\-]{0,12}", fullmatch=True)
texts = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=30)
leaves = st.one_of(st.none(), words, texts)


def _flow_word(value) -> bool:
    return value is None or (isinstance(value, str) and load_subset(f"k: [{value}]") == {"k": [value]})


def _scalar(value, style: int) -> str:
    """`value` written plain when the subset reads it back so, else single-quoted."""
    if value is None:
        return ["null", "~", ""][style % 3]
    if style % 2 == 0 and load_subset(f"k: {value}") == {"k": value}:
        return value
    return "'" + value.replace("'", "''") + "'"


def _render(value, indent: int, style: int) -> list[str]:
    """The block lines of a mapping or list at `indent`."""
    pad = " " * indent
    lines: list[str] = []
    if isinstance(value, dict):
        for key, item in value.items():
            lines += _entry(f"{pad}{key}:", item, indent, style)
    else:
        for item in value:
            if isinstance(item, dict) and not (style % 3 == 0 and _flow_ok(item)):
                first, *rest = _render(item, indent + 2, style)
                lines.append(f"{pad}- {first[indent + 2:]}")
                lines += rest
            elif isinstance(item, (dict, list)):  # a flow one (`_only_flow_safe`)
                lines.append(f"{pad}- {_flow(item)}")
            else:
                lines.append(f"{pad}- {_scalar(item, style) or 'null'}")
    return lines


def _entry(head: str, item, indent: int, style: int) -> list[str]:
    if isinstance(item, (dict, list)) and item:
        if style % 4 == 1 and _flow_ok(item):
            return [f"{head} {_flow(item)}"]
        inner = indent if isinstance(item, list) and style % 2 else indent + 2
        return [head, *_render(item, inner, style)]
    if isinstance(item, (dict, list)):
        return [f"{head} {'{}' if isinstance(item, dict) else '[]'}"]
    written = _scalar(item, style)
    return [f"{head} {written}" if written else head]


def _flow_ok(item) -> bool:
    if isinstance(item, list):
        return all(v is not None and _flow_word(v) for v in item)
    return all((isinstance(v, list) and _flow_ok(v)) or (v is not None and _flow_word(v)) for v in item.values())


def _flow(item) -> str:
    if isinstance(item, list):
        return "[" + ", ".join(item) + "]"
    return "{" + ", ".join(f"{k}: {_flow(v) if isinstance(v, list) else v}" for k, v in item.items()) + "}"


def _nested(children):
    return st.one_of(st.dictionaries(keys, children, min_size=1, max_size=4),
                     st.lists(children, min_size=1, max_size=4))


documents = st.recursive(leaves, _nested, max_leaves=25).filter(lambda d: isinstance(d, (dict, list)))


def _only_flow_safe(doc):
    """`doc` with an item that `_render` cannot write in the subset (an empty or a non-flow mapping
    or list inside a list) replaced."""
    if isinstance(doc, dict):
        return {k: _only_flow_safe(v) if isinstance(v, (dict, list)) else v for k, v in doc.items()}
    out = []
    for item in doc:
        if isinstance(item, (dict, list)) and not (isinstance(item, dict) and item) and not _flow_ok(item):
            item = "x"
        elif isinstance(item, list) and not item:
            item = "x"
        out.append(_only_flow_safe(item) if isinstance(item, (dict, list)) else item)
    return out


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.integers(0, 11), st.booleans())
def test_documents_in_the_subsets_style_read_as_the_full_reader_reads_them(doc, style, comment):
    doc = _only_flow_safe(doc)
    lines = _render(doc, 0, style)
    if comment:
        lines = ["# a comment line", *lines[:1], "", "  # an indented comment", *lines[1:]]
    text = "\n".join(lines) + "\n"
    got = agrees(text)
    if all(_writable(v) for v in _leaves(doc)):  # every value can be written in the subset
        assert got is not OUTSIDE, text


def _writable(value) -> bool:
    return value is None or load_subset("k: '" + value.replace("'", "''") + "'") == {"k": value}


def _leaves(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _leaves(v)
    elif isinstance(value, list):
        for v in value:
            yield from _leaves(v)
    else:
        yield value


# -- any text, and texts near the subset -------------------------------------------------------
yamlish = st.lists(st.sampled_from(list("ab:- #'\"{}[],\n\t\r&*!|>%@`?~.01\\\u00a0\u0085\u2028\ufeff\x07é"
                                       ) + ["  ", "\n  ", "\n- ", ": ", "null", "''", "k: ", "- k: "]), max_size=40).map("".join)


@settings(max_examples=1500, deadline=None)
@given(yamlish)
def test_yaml_like_texts_are_read_as_the_full_reader_reads_them_or_left_to_it(text):
    agrees(text)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents, st.integers(0, 11), st.data())
def test_a_subset_document_with_one_character_changed_is_read_alike_or_left(doc, style, data):
    text = "\n".join(_render(_only_flow_safe(doc), 0, style)) + "\n"
    at = data.draw(st.integers(0, len(text)))
    change = data.draw(st.sampled_from(["", " ", "-", ":", "#", "'", '"', "\n", "  ", "{", "[", ",", "&", "x", "\t"]))
    cut = data.draw(st.integers(0, 2))
    agrees(text[:at] + change + text[at + cut:])


@pytest.mark.parametrize("text, expected", [
    ("events:\n- event_id: E1\n  summary: 'It''s one: line'\n  evidence:\n    date:\n"
     "    - {src: s-1, at: [0, 12], sha256: ab12}\n  commitments: []\n  venue:\n",
     {"events": [{"event_id": "E1", "summary": "It's one: line",
                  "evidence": {"date": [{"src": "s-1", "at": ["0", "12"], "sha256": "ab12"}]},
                  "commitments": [], "venue": None}]}),
    ("a: ~\nb: null\nc:\nd: 2024-01-01\ne: yes\n", {"a": None, "b": None, "c": None, "d": "2024-01-01", "e": "yes"}),
    ("# only a comment\n", None),
    ("", None),
])
def test_known_documents(text, expected):
    assert agrees(text) == expected


@pytest.mark.parametrize("text", [
    "a: >\n  folded\n", "a: |\n  kept\n", "a: &x 1\nb: *x\n", "a: !!int 1\n", "a: 1\na: 2\n",
    "a: one\n  two\n", "a: x # note\n", "--- \na: 1\n", "a: \"esc\\n\"\n", "a:\tb\n", "a: b\r\n",
    "a: b\u2028c\n", "null: x\n", "'a': 1\n", "a: [x, [y]]\n", "- - x\n", "-\n", "a: 1\n b: 2\n",
])
def test_what_the_subset_does_not_read_is_left_to_the_full_reader(text):
    assert load_subset(text) is OUTSIDE


def test_the_projects_engagement_files_read_alike():
    files = sorted((REPO / "dataset" / "curated" / "events").glob("*.yaml"))
    assert files
    for path in files:
        agrees(path.read_text(encoding="utf-8-sig"))


def test_the_benchmarks_engagement_files_are_in_the_subset(tmp_path):
    """The files a clean build's benchmark reads are read by the fast reader (else it measures
    the full reader), and alike."""
    subprocess.run([sys.executable, str(REPO / "bench" / "gen_package.py"), "--events", "30", "--out", str(tmp_path),
                    "--curated"], check=True, capture_output=True, cwd=REPO)
    files = sorted((tmp_path / "dataset" / "curated" / "events").glob("*.yaml"))
    assert files
    for path in files:
        assert agrees(path.read_text(encoding="utf-8")) is not OUTSIDE, path.name




# -- review14: texts the subset accepted although the full reader refuses them ------------------
def _nested_keys(depth: int) -> str:
    return "".join("  " * i + "a:\n" for i in range(depth)) + "  " * depth + "b: c\n"


@pytest.mark.parametrize("text", [
    "a: {null: x}\n",  # a null word as a flow mapping's key: the full reader says a key must be text
    "a: {Null: x, b: y}\n",
    "- {NULL: [x]}\n",
    "k" * 1025 + ": v\n",  # libyaml allows a simple (implicit) key of at most 1024 characters
    "- " + "k" * 1100 + ": v\n",
    "a: {" + "k" * 1100 + ": v}\n",
    _nested_keys(70),  # deeper than core.yaml_input.MAX_DEPTH: the full reader refuses it
    "".join("  " * i + "- a:\n" for i in range(0, 80)) + "  " * 80 + "- x\n",
])
def test_what_the_full_reader_refuses_is_left_to_it(text):
    with pytest.raises(YamlInputError):
        load_text(text)
    assert load_subset(text) is OUTSIDE


@pytest.mark.parametrize("depth", [1, 10, 40, 59])
def test_nesting_the_full_reader_accepts_reads_alike_or_is_left(depth):
    agrees(_nested_keys(depth))
    agrees("a: " + "k" * 1000 + "\n" + "k" * 1000 + ": v\n")
