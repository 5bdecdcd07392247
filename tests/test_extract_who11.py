"""Eleventh round (who): people who sat in or came along, on a coverage table of our own
(tests/fixtures/who_phrasings.yaml: made-up reports, officials present, a delegation's members,
a surname after a full first mention, titles after names in a list, and near misses that must give
nobody). Rows not yet right are strict xfails naming why; `python tests/places11_table.py who -v`
prints the table by class."""

from __future__ import annotations

import pytest

from extract_fixtures import table_params
from places11_table import people_got, rows

LEFT = {
    "delegation-consisted": "'the delegation consisted of' with no side word and nobody accompanied: no side",
    "companion-accompanying-the-minister": "'Accompanying the minister': a bare title, no person to take the side of",
}
WHO = rows("who")


@pytest.mark.parametrize("row", table_params(WHO, LEFT))
def test_the_people_of_a_row_take_part_and_its_near_misses_do_not(row):
    got = people_got(row)
    assert set(row.get("actors", [])) <= got, (row["text"], sorted(got))
    assert not set(row.get("not", [])) & got, (row["text"], sorted(got))


def test_the_table_has_near_misses_for_every_rule():
    assert len(WHO) >= 60
    assert sum(r["class"] == "near miss" for r in WHO) >= 15
