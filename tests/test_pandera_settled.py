"""The Pandera layer skips the constraint checks of the columns the polars Table Schema engine
settled (table_schema.ResourceCheck.settled); these tests pin down when a column is settled, so
that a skipped check is one that could not have failed."""

from __future__ import annotations

from pathlib import Path

from pakiran_events.core.schema import TableSchema
from pakiran_events.validate.pandera_schemas import pandera_schema
from pakiran_events.validate.table_schema import check_resource

SCHEMA = {
    "fields": [
        {"name": "code", "type": "string", "constraints": {"required": True, "pattern": "[a-z]{2}[0-9]"}},
        {"name": "note", "type": "string", "constraints": {"pattern": "[a-z ]+"}},
        {"name": "size", "type": "integer", "constraints": {"minimum": 1}},
    ],
    "primaryKey": ["code"],
}


def _settled(tmp_path: Path, text: str) -> tuple[frozenset[str], int]:
    (tmp_path / "t.csv").write_text(text, encoding="utf-8", newline="")
    result = check_resource(tmp_path, {"name": "t", "path": "t.csv", "schema": SCHEMA}, {})
    return result.settled, len(result.problems)


def test_a_clean_table_settles_every_column(tmp_path):
    assert _settled(tmp_path, "code,note,size\nab1,a note,3\ncd2,,4\n") == (frozenset({"code", "note", "size"}), 0)


def test_a_quoted_empty_cell_or_a_final_line_break_leaves_its_column_to_pandera(tmp_path):
    # frictionless takes "" as empty and lets '\n' end a pattern match; Pandera does neither
    settled, problems = _settled(tmp_path, 'code,note,size\nab1,"",3\ncd2,"two words\n",4\n')
    assert problems == 0
    assert settled == frozenset({"code", "size"})


def test_a_table_with_problems_settles_nothing(tmp_path):
    assert _settled(tmp_path, "code,note,size\nab1,fine,0\n") == (frozenset(), 1)


def test_pandera_keeps_checks_of_unsettled_columns_and_uniqueness_with_nulls():
    schema = TableSchema("t", SCHEMA)
    full = pandera_schema(schema)
    lean = pandera_schema(schema, frozenset({"code", "size"}), frozenset({"size"}))
    assert full.columns["code"].checks and full.columns["size"].checks
    assert not lean.columns["size"].checks and not lean.columns["code"].checks
    assert lean.columns["note"].checks  # not settled: checked
    assert lean.columns["code"].unique  # settled, but not known null-free: Pandera still checks repeats
    assert not pandera_schema(schema, frozenset({"code"}), frozenset({"code"})).columns["code"].unique
