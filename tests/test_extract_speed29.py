"""Round 29 of extraction speed (issue 16): three look-ups of the per-report stage made cheaper without
changing a reading. `Lexicon.office_rows` reads an office index built once per lexicon instead of
scanning the office-holder table per title; `mentions._unaccented` looks only at the non-ASCII runs
of a text; `People._spelling_words` of a gazetteer actor is memoised per lexicon. Each is compared
here with the code it replaced, kept as the reference."""

from __future__ import annotations

import datetime as dt
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import lexicon
from pakiran_events.core.cues import office_of
from pakiran_events.extract import mentions
from pakiran_events.extract.lexicon import Lexicon, Position
from pakiran_events.extract.mentions import People

LEX = lexicon()


def old_office_rows(lex: Lexicon, title: str, country: str | None = None) -> list:
    """`office_rows` as it was before round 29: the whole table scanned per call."""
    offices = {title, *lex.offices_of.get(title, [])}
    return [p for p in lex.positions if office_of(p.office) in offices and (country is None or p.country_iso3 == country)]


def old_unaccented(text: str) -> str:
    """`_unaccented` as it was before round 29: every character of the text looked at."""
    if text.isascii():
        return text

    def base(c: str) -> str:
        d = unicodedata.normalize("NFD", c)
        return d[0] if len(d) > 1 and d[0].isascii() and all(unicodedata.combining(m) for m in d[1:]) else c

    return "".join(base(c) if ord(c) > 0x7F else c for c in text)


OFFICES = ["Foreign Minister", "Interior Minister", "Chief of Army Staff", "Chief of Army Staff (General)",
           "Chief of Army Staff (Field Marshal)", "President", "Prime Minister"]
POSITION = st.builds(lambda a, o, c, y: Position(a, o, c, dt.date(y, 1, 1), None),
                     st.sampled_from(["p1", "p2", "p3"]), st.sampled_from(OFFICES), st.sampled_from(["PAK", "IRN", "TUR"]),
                     st.integers(2000, 2030))


ONE = Lexicon(dict(LEX.actors), dict(LEX.aliases), dict(LEX.places), LEX.dictionaries, [])


@settings(max_examples=60, deadline=None)
@given(st.lists(POSITION, max_size=12), st.lists(POSITION, max_size=4))
def test_office_rows_as_the_table_scan_also_after_the_table_changes(rows, more):
    lex = ONE  # one lexicon for every example (making one is slow); its table replaced each time
    lex.positions = list(rows)
    titles = [*OFFICES, "Army Chief", "COAS", *list(lex.offices_of)[:6]]
    for title in titles:
        for country in (None, "PAK", "IRN"):
            assert lex.office_rows(title, country) == old_office_rows(lex, title, country)
    lex.positions.extend(more)  # the same list grown: the index must not be stale
    lex.positions.insert(0, Position("p9", "Chief of Army Staff (General)", "PAK", None, None))
    assert all(lex.office_rows(t, c) == old_office_rows(lex, t, c) for t in titles for c in (None, "PAK"))
    lex.positions = list(reversed(lex.positions))  # replaced (same length): the table's new order kept
    assert all(lex.office_rows(t, c) == old_office_rows(lex, t, c) for t in titles for c in (None, "PAK"))


def test_office_rows_of_the_shipped_table():
    for title in [*LEX.offices_of, *{office_of(p.office) for p in LEX.positions}, "Nobody's Office"]:
        for country in (None, *LEX.dyad):
            assert LEX.office_rows(title, country) == old_office_rows(LEX, title, country)


TEXT = st.lists(st.sampled_from(list("abc XYZ,.-'’“”") + list("ÁéíöüñçşğıŞİ") + ["e\u0301", "ß", "Ø", "ﬁ", "ạ", "ئ", "ی", "😀"]),
                max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_unaccented_as_every_character_looked_at(text):
    got = mentions._unaccented(text)
    assert got == old_unaccented(text)
    assert len(got) == len(text)  # one character for one: offsets hold


def test_unaccented_examples():
    assert mentions._unaccented("Áyoub met Çelik in Tabríz “today”") == "Ayoub met Celik in Tabriz “today”"
    assert mentions._unaccented("plain") == "plain"


def test_spelling_words_of_a_gazetteer_actor_and_of_a_new_one():
    actor = next(a for a, names in LEX.aliases.items() if any(" " in n or "-" in n for n in names))
    expected = {w for n in [*LEX.aliases[actor], LEX.actors[actor].get("name") or ""]
                for w in n.lower().replace("-", " ").split() if w}
    one = People("A text.", [], None, LEX)
    assert one._spelling_words(actor) == expected
    assert one._spelling_words(actor) == expected  # from the memo
    # a new actor (not in the gazetteer) is the report's own: never memoised across reports
    first, second = People("x", [], None, LEX), People("y", [], None, LEX)
    first.new_actors["new-x"] = {"name": "Bilal Raza-Khan"}
    second.new_actors["new-x"] = {"name": "Omid Farhadi"}
    assert first._spelling_words("new-x") == {"bilal", "raza", "khan"}
    assert second._spelling_words("new-x") == {"omid", "farhadi"}


def test_the_office_table_is_read_once_per_lexicon_not_per_title(monkeypatch):
    """The point of the index: asking many titles reads each row's office once, not once per title."""
    from pakiran_events.extract import lexicon as lexicon_module

    seen = []
    monkeypatch.setattr(lexicon_module, "office_of", lambda office: seen.append(office) or office_of(office))
    ONE.positions = [Position(f"p{n}", OFFICES[n % len(OFFICES)], "PAK", None, None) for n in range(20)]
    for title in [*OFFICES, "Army Chief", "COAS"] * 3:
        assert ONE.office_rows(title, "PAK") == old_office_rows(ONE, title, "PAK")
    assert len(seen) == len(ONE.positions)  # the index built once; the scan would read 20 rows x 27 titles
