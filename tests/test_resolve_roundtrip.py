"""resolve-spans changes only the quoted spans of a curated file: comments, order, quoting and
line breaks stay as the curator wrote them."""

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
    expected = (DRAFT.replace("@PLACE@", resolved_place)
                .replace('{src: alpha-20240101-talks, quote: "met in Quetta"}', flow(span(A, "met in Quetta")))
                .replace("{src: alpha-20240101-talks, quote: 'on Monday'}", flow(span(A, "on Monday")))
                .replace('src: alpha-20240101-talks\n      quote: " date 2024-01-01 "', flow(span(A, " date 2024-01-01 "))))
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
