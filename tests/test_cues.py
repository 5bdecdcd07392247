"""Date cues and name matching used by verify-evidence's content checks."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from mini import DOCS, span, write_repo
from pakiran_events.build.build import build
from pakiran_events.cli import main
from pakiran_events.core.cues import has_date_cue, names_actor


@pytest.mark.parametrize("text", ["met on Sunday", "Published July 15, 2023", "ISLAMABAD, NOV 7 /DNA/",
                                  " date 2024-01-30 ", "on the 26th of November", "strikes last week",
                                  "came a day after he met", "in January", "from April 22 to 24"])
def test_date_cues_are_found(text):
    assert has_date_cue(text)


@pytest.mark.parametrize("text", ["concluded his two-day visit", "was in Islamabad for day-long talks",
                                  "Kamran Yousaf", "talks may resume", "the Mayor of Tehran", "Marching orders"])
def test_spans_without_a_date_are_not_cues(text):
    assert not has_date_cue(text)


def test_names_match_whole_words_across_case_and_hyphens():
    aliases = ["Amir-Abdollahian", "Raisi"]
    assert names_actor("FM Amir Abdollahian arrived", aliases)
    assert names_actor("PRESIDENT RAISI'S visit", aliases)
    assert not names_actor("the Raisina Dialogue", aliases)
    assert not names_actor("the Iranian top diplomat", aliases)


@given(st.text(), st.text())
def test_a_date_cue_is_found_whatever_text_surrounds_it(before, after):
    assert has_date_cue(f"{before} met on Sunday {after}") is True


@given(st.text(alphabet=st.characters(blacklist_categories=("L", "N"))))
def test_text_without_letters_or_digits_holds_no_date_cue(text):
    assert has_date_cue(text) is False


@given(st.text(), st.lists(st.text(), max_size=4))
def test_an_actor_is_named_when_one_of_its_spellings_is(text, aliases):
    """Arbitrary text and spellings never raise; no spelling names nobody; several name the actor
    exactly when one of them does."""
    assert names_actor(text, []) is False
    assert names_actor(text, aliases) is any(names_actor(text, [a]) for a in aliases)


@given(st.from_regex(r"[A-Za-z]{3,12}( [A-Za-z]{3,12})?", fullmatch=True), st.text(max_size=20))
def test_an_alias_embedded_between_spaces_is_found(alias, filler):
    text = f"{filler} {alias.upper()} {filler}"
    assert names_actor(text, [alias])


def test_verify_evidence_flags_a_date_span_without_a_date_and_a_span_not_naming_the_person(tmp_path, repo):
    from mini import mini_event

    event = mini_event()
    a = "alpha-20240101-talks"
    event["evidence"]["date"] = [span(a, "met in Quetta")]                         # no date in it
    event["participants"][0]["evidence"] = [span(a, "The ministers")]             # names nobody
    root = write_repo(tmp_path, repo, event)
    build(root)
    result = CliRunner().invoke(main, ["verify-evidence", str(root), "--corpus", str(root / "corpus"),
                                       "--format", "json"])
    assert result.exit_code == 1
    problems = json.loads(result.output)
    found = {(p["record_id"], p["code"]) for p in problems}
    assert found == {("events:E000001.date_start", "span-lacks-date-cue"),
                     ("participants:E000001/some-minister.actor_id", "span-lacks-actor-name")}
    # each message quotes the span it refuses and says where it is (source and offsets)
    message = {p["code"]: p["message"] for p in problems}
    for code, phrase in (("span-lacks-date-cue", "met in Quetta"), ("span-lacks-actor-name", "The ministers")):
        start = DOCS[a].index(phrase)
        assert message[code].startswith(f"{a} [{start}, {start + len(phrase)}) cites {phrase!r}"), message[code]
    assert "some-minister" in message["span-lacks-actor-name"]
