"""resolve-spans changes only the quoted spans of a curated file: comments (inside the resolved
mappings too), order, quoting and line breaks stay as the curator wrote them."""

from __future__ import annotations

from click.testing import CliRunner

from mini import span, write_repo
from pakiran_events.cli import main

A = "alpha-20240101-talks"
DRAFT = """\
# An engagement, with comments a reviewer wants to keep.
events:
- event_id: E000001   # assigned by new-id
  review_status: hand-checked
  event_type: meeting
  parent_event_id: null
  date: {start: 2024-01-01, end: 2024-01-01, precision: day}
  place_id: quetta
  venue: null
  summary: 'Two ministers met in Quetta and
    agreed to cooperate.'   # a folded, quoted summary
  notes: Venue not named.
  evidence:
    # flow style, as the curation guide shows
    event_type: [{src: alpha-20240101-talks, quote: "met in Quetta"}]
    date:
    - {src: alpha-20240101-talks, quote: 'on Monday'}
    # block style works too
    - src: alpha-20240101-talks
      quote: " date 2024-01-01 "
    place_id: [@PLACE@]   # already resolved: kept as is
  participants: []
"""


def test_a_file_with_comments_round_trips_except_the_resolved_spans(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    place = span(A, "Quetta")
    resolved_place = f"{{src: {A}, at: [{place['at'][0]}, {place['at'][1]}], sha256: {place['sha256']}}}"
    draft = root / "draft.yaml"
    draft.write_text(DRAFT.replace("@PLACE@", resolved_place), encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(root / "corpus")])
    assert result.exit_code == 0, result.output
    flow = lambda s: f"{{src: {A}, at: [{s['at'][0]}, {s['at'][1]}], sha256: {s['sha256']}}}"
    block = lambda s: f"at: [{s['at'][0]}, {s['at'][1]}]\n      sha256: {s['sha256']}"  # block style stays block
    expected = (DRAFT.replace("@PLACE@", resolved_place)
                .replace('{src: alpha-20240101-talks, quote: "met in Quetta"}', flow(span(A, "met in Quetta")))
                .replace("{src: alpha-20240101-talks, quote: 'on Monday'}", flow(span(A, "on Monday")))
                .replace('quote: " date 2024-01-01 "', block(span(A, " date 2024-01-01 "))))
    assert draft.read_text(encoding="utf-8") == expected
    assert "quote:" not in expected


def test_unresolvable_quotes_are_all_listed_and_nothing_is_written(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    draft = root / "draft.yaml"
    text = DRAFT.replace("@PLACE@", "{src: alpha-20240101-talks, quote: not there}").replace("'on Monday'", "'nor here'")
    draft.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(root / "corpus")])
    assert result.exit_code == 1
    assert "2 quote(s) could not be resolved" in result.output and "not there" in result.output and "nor here" in result.output
    assert draft.read_text(encoding="utf-8") == text


COMMENTED = """\
# top of the file
events:  # the one key
# before the first event
- event_id: E000001  # after a value
  # between keys of an event
  evidence:  # after a key with a nested value
    # before a field's list
    event_type:
    # before a span
    - src: alpha-20240101-talks  # after src
      # between src and quote
      quote: "met in Quetta"  # after the quote
      # after the last key of a span
    date: [{src: alpha-20240101-talks,  # inside a flow mapping
            # a line of its own inside the flow mapping
            quote: 'on Monday', nth: 1  # after nth
            }]  # after the flow list
    place_id:
    - nth: 1  # nth first
      # nth before the quote
      quote: Quetta
      src: alpha-20240101-talks
  # after the evidence
# at the end
"""


def test_comments_at_every_level_survive_and_the_result_parses(tmp_path, repo):
    from pakiran_events.core.yaml_input import load_text
    from pakiran_events.curate.curated import as_resolved_span

    root = write_repo(tmp_path, repo)
    draft = root / "draft.yaml"
    draft.write_text(COMMENTED, encoding="utf-8")
    result = CliRunner().invoke(main, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(root / "corpus")])
    assert result.exit_code == 0, result.output
    after = draft.read_text(encoding="utf-8")
    comments = [line[line.index("#"):] for line in COMMENTED.splitlines() if "#" in line]
    assert len(comments) == 20
    kept = [line[line.index("#"):] for line in after.splitlines() if "#" in line]
    assert kept == comments
    assert "quote:" not in after and "nth:" not in after
    evidence = load_text(after)["events"][0]["evidence"]
    assert [as_resolved_span(s) for s in evidence["event_type"]] == [span(A, "met in Quetta")]
    assert [as_resolved_span(s) for s in evidence["date"]] == [span(A, "on Monday")]
    assert [as_resolved_span(s) for s in evidence["place_id"]] == [span(A, "Quetta")]


def test_a_crlf_draft_keeps_its_line_endings(tmp_path, repo):
    root = write_repo(tmp_path, repo)
    draft = root / "draft.yaml"
    text = "events:\r\n- evidence:\r\n    venue:\r\n    - src: alpha-20240101-talks\r\n      quote: Quetta  # c\r\n"
    draft.write_bytes(text.encode())
    result = CliRunner().invoke(main, ["resolve-spans", str(draft), str(draft), "--force", "--corpus", str(root / "corpus")])
    assert result.exit_code == 0, result.output
    after = draft.read_bytes().decode()
    assert after.count("\r\n") == 6 and "\n" not in after.replace("\r\n", "") and "# c" in after


PHRASES = ["met in Quetta", "on Monday", "Quetta", "S. Minister", "agreed to share intelligence"]


def _span_text(phrase: str, flow: bool, comment: str | None, nth: bool, indent: str) -> str:
    nth_entry = ", nth: 1" if nth and flow else ""
    if flow:
        return f"{indent}- {{src: {A}, quote: '{phrase}'{nth_entry}}}" + (f"  # {comment}" if comment else "") + "\n"
    lines = [f"{indent}- src: {A}" + (f"  # {comment}" if comment else "")]
    if comment:
        lines.append(f"{indent}  # {comment} between")
    lines.append(f"{indent}  quote: \"{phrase}\"" + (f"  # {comment} after" if comment else ""))
    if nth:
        lines.append(f"{indent}  nth: 1")
    return "\n".join(lines) + "\n"


def _resolve_text_of(root, text):
    from pakiran_events.core.corpus import Corpus
    from pakiran_events.curate.spans import resolve_text

    return resolve_text(text, Corpus(root / "corpus"))


def test_any_mix_of_styles_and_comments_keeps_every_comment(tmp_path, repo):
    """Hypothesis over drafts mixing flow and block spans, nth or not, comments or not: every
    comment survives, no quote or nth stays, and each span resolves to its phrase."""
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from pakiran_events.core.yaml_input import load_text
    from pakiran_events.curate.curated import as_resolved_span

    root = write_repo(tmp_path, repo)
    spans = st.lists(st.tuples(st.sampled_from(PHRASES), st.booleans(),
                               st.one_of(st.none(), st.text(alphabet="abc xyz", min_size=1, max_size=8).map(str.strip)
                                         .filter(bool)), st.booleans()), min_size=1, max_size=5)

    @settings(max_examples=40, deadline=None)
    @given(spans=spans)
    def check(spans):
        text = "events:\n- event_id: E000001\n  evidence:\n    venue:\n"
        text += "".join(_span_text(p, flow, c, nth, "    ") for p, flow, c, nth in spans)
        after = _resolve_text_of(root, text)
        comments = [line[line.index("#"):] for line in text.splitlines() if "#" in line]
        assert [line[line.index("#"):] for line in after.splitlines() if "#" in line] == comments
        assert "quote:" not in after and "nth:" not in after
        resolved = [as_resolved_span(s) for s in load_text(after)["events"][0]["evidence"]["venue"]]
        assert resolved == [span(A, p) for p, *_ in spans]

    check()
