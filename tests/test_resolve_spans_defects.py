"""Defect 4 of the hostile review, resolve-spans: a symlinked OUT is written through (the link stays
a link), a byte-order mark is kept, no quoting of a quote ends in an internal error (Hypothesis),
an error shows the value as given, only quotes where the format places evidence are resolved,
and values are read as YAML 1.2 text (`quote: 2024` is the text "2024", `nth: "2"` the number 2)."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mini import write_corpus, write_repo
from pakiran_events.cli import main
from pakiran_events.core.corpus import Corpus
from pakiran_events.curate.spans import resolve_text

A = "alpha-20240101-talks"


def _draft(evidence: str) -> str:
    return "# a draft\nevents:\n- event_id: E000001\n  evidence:\n    event_type: [" + evidence + "]\n"


def _run(root: Path, draft: Path, out: Path):
    return CliRunner().invoke(main, ["resolve-spans", str(draft), str(out), "--force", "--corpus", str(root / "corpus")])


def test_a_symlinked_out_is_written_through_and_stays_a_link(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "engagement.yaml"
    target.write_text(_draft(f"{{src: {A}, quote: met in Quetta}}"), encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.yaml"
    link.symlink_to(target)
    result = _run(root, link, link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and link.resolve() == target
    assert "sha256:" in target.read_text(encoding="utf-8") and "quote" not in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o777 == 0o640
    assert not list((tmp_path / "real").glob(".*.writing")) and not list(tmp_path.glob(".*.writing"))


def test_a_byte_order_mark_is_kept(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    draft = tmp_path / "draft.yaml"
    draft.write_bytes(b"\xef\xbb\xbf" + _draft(f"{{src: {A}, quote: met in Quetta}}").encode("utf-8"))
    result = _run(root, draft, draft)
    assert result.exit_code == 0, result.output
    data = draft.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not data.startswith(b"\xef\xbb\xbf" * 2) and b"sha256:" in data


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Corpus:
    return Corpus(write_corpus(tmp_path_factory.mktemp("c") / "corpus"))


QUOTE_CHARS = list("ab Q\"'\\#:-,{}[]&*!|>%@`?\t") + [": ", "é", "\u00a0", "ü", "—", "2024", "Minister"]


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(quote=st.lists(st.sampled_from(QUOTE_CHARS), max_size=6).map("".join),
       style=st.sampled_from(["plain", "single", "double", "dumped"]), block=st.booleans(),
       nth=st.sampled_from([None, "1", '"1"', "2", "0", "x"]))
def test_no_quoting_of_a_quote_ends_in_an_internal_error(corpus, quote, style, block, nth):
    """Catalogued outcome or success: a ValueError whose every line names a draft line, or a text
    whose resolved span is the quote (read as YAML reads it)."""
    scalar = {"plain": quote, "single": "'" + quote.replace("'", "''") + "'",
              "double": '"' + quote.replace("\\", "\\\\").replace('"', '\\"') + '"',
              "dumped": yaml.safe_dump(quote, width=10_000).strip().removesuffix("...").strip()}[style]
    extra = "" if nth is None else (f"\n      nth: {nth}" if block else f", nth: {nth}")
    if block:
        text = f"events:\n- event_id: E000001\n  evidence:\n    event_type:\n    - src: {A}\n      quote: {scalar}{extra}\n"
    else:
        text = _draft(f"{{src: {A}, quote: {scalar}{extra}}}")
    try:
        out = resolve_text(text, corpus)
    except ValueError as exc:
        lines = str(exc).splitlines()
        listed = lines[1:] if "could not be resolved" in lines[0] else lines  # a list, or one YAML syntax error
        assert listed and all(re.match(r"line \d+: ", line) for line in listed), str(exc)
        return
    typed = yaml.load(text, Loader=yaml.BaseLoader)["events"][0]["evidence"]["event_type"][0]["quote"]  # as text
    span = yaml.load(out, Loader=yaml.BaseLoader)["events"][0]["evidence"]["event_type"][0]
    start, end = int(span["at"][0]), int(span["at"][1])
    body = corpus.text(A)
    if typed in body:
        assert body[start:end] == typed  # found as written: exactly the quote
    else:  # found with its white space runs standing for the text's (a line break copied as a space)
        assert re.sub(r"\s+", " ", body[start:end]) == re.sub(r"\s+", " ", typed)
        assert typed[:1].isspace() == body[start:start + 1].isspace()  # no end's white space dropped
        assert typed[-1:].isspace() == body[end - 1:end].isspace()
    assert span["sha256"] == hashlib.sha256(body[start:end].encode("utf-8")).hexdigest()


@pytest.mark.parametrize("value, shown", [
    ("quote: [x, y]", "got a list ([x, y])"), ("quote: {}", "got a mapping ({})"),
    ("quote: met in Quetta, nth: two", "got two"), ("quote: met in Quetta, nth: {a: 1}", "got a mapping ({a: 1})"),
    ("quote:", "got nothing"),
])
def test_an_error_shows_the_value_as_given(corpus, value, shown):
    with pytest.raises(ValueError) as exc:
        resolve_text(_draft(f"{{src: {A}, {value}}}"), corpus)
    assert shown in str(exc.value) and "line 5: " in str(exc.value), str(exc.value)
    assert "got {}" not in str(exc.value).replace("a mapping ({})", "")


def test_only_quotes_where_evidence_stands_are_resolved(corpus):
    notes = ("events:\n- event_id: E000001\n  notes:\n    src: " + A + "\n    quote: met in Quetta\n"
             "  evidence:\n    event_type: [{src: " + A + ", quote: met in Quetta}]\n")
    with pytest.raises(ValueError) as exc:
        resolve_text(notes, corpus)
    assert "line 4: a {src, quote} mapping outside evidence" in str(exc.value), str(exc.value)
    for evidence in ("  evidence:\n  - {src: " + A + ", quote: met in Quetta}\n",
                     "  participants:\n  - actor_id: x\n    evidence: [{src: " + A + ", quote: Quetta}]\n",
                     "  commitments:\n  - commitment_id: C1\n    evidence:\n      modality: [{src: " + A
                     + ", quote: agreed to share intelligence}]\n"):
        out = resolve_text("events:\n- event_id: E000001\n" + evidence, corpus)
        assert "quote" not in out and "sha256:" in out, out


def test_a_numeric_quote_is_its_text_and_nth_may_be_quoted(corpus):
    body = corpus.text(A)
    out = resolve_text(_draft(f"{{src: {A}, quote: 2024, nth: \"1\"}}"), corpus)
    span = yaml.load(out, Loader=yaml.BaseLoader)["events"][0]["evidence"]["event_type"][0]
    assert body[int(span["at"][0]):int(span["at"][1])] == "2024"
