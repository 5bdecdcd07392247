"""Every word list is data (extract/dictionaries/*.yaml), not code: a module-level tuple, set, list
or dict of English words, or a regular expression alternating three or more of them, in
src/pakiran_events/extract/*.py fails here unless tests/fixtures/code_word_lists.yaml names it
with a reason (identifiers, the grammar of a rule, or a leftover still to move). A listed one that
is gone fails too, so the list only shrinks."""

from __future__ import annotations

import ast
import re

import yaml

from conftest import REPO

EXTRACT = REPO / "src" / "pakiran_events" / "extract"
KNOWN = REPO / "tests" / "fixtures" / "code_word_lists.yaml"
MIN_WORDS = 3
_WORD = re.compile(r"^[a-z][a-z’' \-]+$")
# a plain lowercase word (or words, an optional final letter) as one alternative of a group: '(?:began|begun|...)'
_ALTERNATIVE = re.compile(r"(?<=[(|:])([a-z]{2,}(?:\??\s?[a-z]+)*\??)(?=(?:\\s[+*?]?)?[|)])")


def _words(node: ast.AST) -> list[str]:
    """The English words a module-level value spells out: string elements of a collection
    literal, and the plain-word alternatives of every string literal (a regex's)."""
    found = []
    for n in ast.walk(node):
        if isinstance(n, (ast.Tuple, ast.List, ast.Set, ast.Dict)):
            elements = n.keys if isinstance(n, ast.Dict) else n.elts
            found += [e.value for e in elements if isinstance(e, ast.Constant) and isinstance(e.value, str) and _WORD.match(e.value)]
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):
            found += _ALTERNATIVE.findall(n.value)
    return found


def word_lists(source: str, filename: str) -> dict[str, list[str]]:
    """'file.py:NAME' -> words, for each module-level assignment spelling out MIN_WORDS or more."""
    out = {}
    for statement in ast.parse(source).body:
        if isinstance(statement, (ast.Assign, ast.AnnAssign)) and statement.value is not None:
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            words = _words(statement.value)
            for t in targets:
                if isinstance(t, ast.Name) and len(words) >= MIN_WORDS:
                    out[f"{filename}:{t.id}"] = words
    return out


def test_the_scan_finds_a_word_list_in_a_regex_or_a_collection_and_not_a_structural_pattern():
    source = ('import re\n'
              '_BEGAN = re.compile(r"\\b(?:began|begun|started|commenced)\\s+(?:on\\s+)?$", re.IGNORECASE)\n'
              '_STOPS = frozenset(("that", "this", "with"))\n'
              '_NAME = re.compile(r"[A-Z][\\w\\-]+(?:\\s+[A-Z][\\w\\-]+){0,4}")\n'
              'LIMIT = 25\n')
    assert sorted(word_lists(source, "x.py")) == ["x.py:_BEGAN", "x.py:_STOPS"]
    # an alternative followed by its own '\\s+' counts too (review21 S8: '(?:then\\s+|later\\s+|also\\s+)' was missed)
    assert word_lists(source, "x.py")["x.py:_BEGAN"] == ["began", "begun", "started", "commenced", "on"]
    spaced = 'import re\n_AND = re.compile(r"\\s+and\\s+(?:then\\s+|later\\s+|also\\s+)?$")\n'
    assert word_lists(spaced, "y.py") == {"y.py:_AND": ["then", "later", "also"]}


def test_no_word_list_in_extract_code_but_the_known_ones():
    found = {}
    for path in sorted(EXTRACT.glob("*.py")):
        found.update(word_lists(path.read_text(encoding="utf-8"), path.name))
    known = yaml.safe_load(KNOWN.read_text(encoding="utf-8"))
    new = {k: v[:6] for k, v in found.items() if k not in known}
    assert not new, f"word lists in code (move them to extract/dictionaries/*.yaml): {new}"
    gone = sorted(set(known) - set(found))
    assert not gone, f"no longer in code: remove from {KNOWN.name}: {gone}"
    assert all(isinstance(why, str) and why.strip() for why in known.values())


def test_the_lists_moved_this_round_are_dictionary_entries():
    engagement = yaml.safe_load((EXTRACT / "dictionaries" / "engagement.yaml").read_text(encoding="utf-8"))
    sides = yaml.safe_load((EXTRACT / "dictionaries" / "sides.yaml").read_text(encoding="utf-8"))
    assert {"began", "begun", "started", "commenced", "opened"} <= set(engagement["opened_verbs"])
    assert {"completed", "concluded", "wrapped up", "wound up"} <= set(engagement["completed"])
    assert set(engagement["completed_departure"]) <= set(engagement["completed"])
    assert engagement["drill"] and engagement["ceremony_signing"] and engagement["ceremony_closing"]
    assert sides["pair_sides"] and sides["officials_of"]  # the pair of sides (round 28: `both_sides` is made of it)
    # the departure list no longer carries its own unguarded completion verbs
    assert not [ph for ph in engagement["departure"] if re.match(r"(?:concluded|wrapped up|wound up)\b", ph)]


def test_round_21_lists_are_dictionary_entries_and_the_patterns_read_them():
    # tidy21: the name particles, the resident titles, the private counterparts' determiners and the
    # held/incident/ceremony/trip words came out of the code; each pattern takes its words from the entry
    from extract_fixtures import lexicon

    names = yaml.safe_load((EXTRACT / "dictionaries" / "names.yaml").read_text(encoding="utf-8"))
    engagement = yaml.safe_load((EXTRACT / "dictionaries" / "engagement.yaml").read_text(encoding="utf-8"))
    assert {"bin", "ibn", "al", "ul", "ur", "de", "van"} <= set(names["particles"])
    assert {"el", "sur", "upon"} <= set(names["place_particles"])
    assert {"some", "local", "tribal"} <= set(engagement["private_counterpart_determiners"])
    p = lexicon().patterns
    assert p["name_run"].fullmatch("Karim bin Nouri al Tavana")
    assert not p["name_run"].fullmatch("Karim zu Nouri")  # not a listed particle
    assert p["minor_name"].fullmatch("Sharm el-Sheikh")
    assert p["between_commas"].match(", Zia ul Haq,").group(1) == "Zia ul Haq"
    assert p["private_counterpart"].match(" some local traders")
    assert not p["private_counterpart"].match(" many local traders")
    # one list of resident postings for the posting before a place and for the title alone
    assert p["resident_title"].fullmatch("Ambassador") and p["resident_title"].fullmatch("Consul General")
    assert not p["resident_title"].fullmatch("Foreign Minister")
    assert p["held_passive"].search("the session was finally held on Monday")
    assert not p["held_passive"].search("the session was quietly held")
    assert p["subordinate_clause"].search("days after militants struck a post on March 2").group(1) == "struck"
    assert p["origin_before"].search("flew back to ") and p["destination_before"].search("reached ")
    assert not p["origin_before"].search("reached ")


def test_round_22_inline_lists_are_dictionary_entries_and_the_code_reads_them():
    # tidy22: the adverbs of the called-off-after-an-aside rule and the small words a title keeps in
    # lowercase (three inline tuples of mentions.py, one list now) came out of the code
    from extract_fixtures import lexicon, shipped_lexicon
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report

    engagement = yaml.safe_load((EXTRACT / "dictionaries" / "engagement.yaml").read_text(encoding="utf-8"))
    titles = yaml.safe_load((EXTRACT / "dictionaries" / "titles.yaml").read_text(encoding="utf-8"))
    assert {"also", "now", "again"} <= set(engagement["called_off_adverbs"])
    assert {"of", "for", "at", "and", "to", "on", "the", "in"} <= set(titles["title_lowercase"])
    p = lexicon().patterns
    assert p["title_lowercase"] == frozenset(titles["title_lowercase"])
    aside = " to Zahedan, where he was to meet the governor, was {} postponed"
    for adverb in ("now", "again", "abruptly"):  # a listed adverb, or any '-ly' one
        assert p["called_off_after"].match(aside.format(adverb))
    assert not p["called_off_after"].match(aside.format("soon"))  # not listed
    report = read_report("own-tidy22", "Adviser to the Prime Minister on Foreign Affairs Mr. Omar Zaidi received a "
                         "telephone call from Iranian Interior Minister Javad Gholami on Monday.", "2024-06-12",
                         shipped_lexicon())
    titles_told = {actor: info["titles"] for e in cluster([report]) for actor, info in e.participants.items()}
    assert titles_told["omar-zaidi"] == ["Adviser to the Prime Minister on Foreign Affairs"]
