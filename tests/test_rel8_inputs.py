"""Hostile inputs found open by the reviewer (round 8), each a test in our own words: a loader
argument of the wrong type, an actor name with an invisible bidi character, a document that is
only a byte-order mark, a manifest with a malformed date or an upper-case doc_id."""

from __future__ import annotations

import datetime as dt

import pytest

import pakiran_events as pe


@pytest.mark.parametrize("call", [
    lambda: pe.dyad_years(directed="yes"),
    lambda: pe.dyad_years(directed=1),
    lambda: pe.dyad_years(to_pandas="no"),
    lambda: pe.engagements(roll_up="false"),
    lambda: pe.engagements(flat=None),
    lambda: pe.participation(to_pandas="yes"),
    lambda: pe.dyads(to_pandas=0),
    lambda: pe.event_codes(to_pandas="True"),
    lambda: pe.load("events", verify="no"),
    lambda: pe.load("events", to_pandas="no"),
    lambda: pe.load("events", version=2),
    lambda: pe.load_all(to_pandas="yes"),
    lambda: pe.office_holders("2024-01-01", office=5),
    lambda: pe.dyad_years(by=["cow"]),
    lambda: pe.evidence("E000001", field=3),
    lambda: pe.evidence("E000001", corpus=5),
    lambda: pe.evidence("E000001", corpus=[]),
], ids=["directed-yes", "directed-1", "dyad-to_pandas", "roll_up", "flat-None", "participation", "dyads",
        "event_codes", "verify", "load-to_pandas", "version-int", "load_all", "office-int", "by-list", "field-int",
        "corpus-int", "corpus-empty"])
def test_a_loader_argument_of_the_wrong_type_is_a_clear_type_error(call):
    with pytest.raises(TypeError, match=r"must be"):
        call()


def test_an_unknown_choice_is_still_a_value_error_naming_the_choices():
    with pytest.raises(ValueError, match="multi_year must be one of start, skip"):
        pe.dyad_years(multi_year="end")


# -- (U) invisible bidi and format characters in curated values ---------------------------------
@pytest.fixture
def mini_root(tmp_path, repo):
    from mini import write_repo

    return write_repo(tmp_path, repo)


@pytest.mark.parametrize("written, char", [
    ('"Some\\u202eMinister"', "U+202E"),     # right-to-left override, as a YAML escape
    ("Some\u202eMinister", "U+202E"),        # the same character written raw
    ('"Some\\u2066Minister\\u2069"', "U+2066"),  # a left-to-right isolate
    ('"Some\\u200bMinister"', "U+200B"),     # zero-width space: two names that look the same
    ('"\\ufeffSome Minister"', "U+FEFF"),    # a byte-order mark inside a value
    ('"Some\\u00adMinister"', "U+00AD"),     # soft hyphen
    ('"Some\\u200dMinister"', "U+200D"),     # a zero-width joiner between Latin letters
])
def test_an_actor_name_with_a_bidi_or_invisible_character_is_refused(mini_root, written, char):
    from mini import build_problems

    path = mini_root / "dataset" / "curated" / "actors.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("name: Some Minister", f"name: {written}", 1), encoding="utf-8")
    found = [p for p in build_problems(mini_root) if p.code == "format-character"]
    assert len(found) == 1, found  # the name's row only: the alias it would give is not reported again
    [p] = found
    assert p.resource.endswith("actors.yaml") and p.record_id == "some-minister" and p.field == "name"
    assert p.row == next(n for n, x in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "name: " in x)
    assert char in p.message


def test_a_bidi_control_in_an_alias_or_a_summary_is_refused_too(mini_root):
    from mini import build_problems

    path = mini_root / "dataset" / "curated" / "actors.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("- S. Minister", '- "S.\\u202dMinister"', 1),
                    encoding="utf-8")
    event = mini_root / "dataset" / "curated" / "events" / "one.yaml"
    text = event.read_text(encoding="utf-8")
    line = next(x for x in text.splitlines() if x.strip().startswith("summary:"))
    event.write_text(text.replace(line, line.split("summary:")[0] + 'summary: "Two ministers \\u202emet."'),
                     encoding="utf-8")
    found = {(p.field, p.resource.rsplit("/", 1)[-1]) for p in build_problems(mini_root) if p.code == "format-character"}
    assert found == {("alias", "actors.yaml"), ("summary", "one.yaml")}


def test_a_joiner_inside_persian_or_urdu_writing_is_allowed():
    from pakiran_events.core.cells import format_character

    assert format_character("\u0645\u06cc\u200c\u0634\u0648\u062f") == -1  # a ZWNJ inside a Persian word
    assert format_character("Some Minister") == -1
    assert format_character("Some\u200cMinister") == 4
    assert format_character("\u200c\u0645") == 0  # at the edge of a value: joins nothing


# -- (E) a document that is only a byte-order mark or white space is empty --------------------------
@pytest.mark.parametrize("text", ["", "\ufeff", "\ufeff\r\n  \t", "\u200b\u200e \n", "\ufeff\ufeff"])
def test_a_text_of_only_a_bom_or_white_space_is_an_empty_document(text):
    from extract_fixtures import lexicon
    from pakiran_events.extract.report import read_report

    assert read_report("x", text, None, lexicon()).problem == "empty document"


def test_a_bom_before_a_real_report_is_not_empty():
    from extract_fixtures import VISIT_DAY_ONE, lexicon
    from pakiran_events.extract.report import read_report

    doc, published, text = VISIT_DAY_ONE
    assert read_report(doc, "\ufeff" + text, published, lexicon()).problem is None


# -- (F), (D) the manifest checked before any text is read -------------------------------------------
def _extract(corpus, out):
    from click.testing import CliRunner

    from extract_fixtures import write_gazetteer
    from pakiran_events.cli import main

    gazetteer = write_gazetteer(out.parent / "gazetteer")
    return CliRunner().invoke(main, ["extract", "--corpus", str(corpus), "--out", str(out), "--scheduler",
                                     "synchronous", "--no-progress", "--gazetteer", str(gazetteer)])


def test_a_malformed_published_date_is_a_warning_naming_manifest_row_doc_field_and_value(tmp_path):
    import polars as pl

    from extract_fixtures import SAME_MEETING, VISIT_DAY_ONE, VISIT_DAY_TWO, write_corpus

    docs = [(VISIT_DAY_ONE[0], "2020-13-45", VISIT_DAY_ONE[2]), (VISIT_DAY_TWO[0], "yesterday", VISIT_DAY_TWO[2]),
            SAME_MEETING, ("bom-only", "2024-05-15", "\ufeff")]
    root = write_corpus(tmp_path / "c", docs, {"bad-latin1": b"caf\xe9"})
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 0, result.output
    manifest = root / "manifest.csv"
    for line, doc, value in ((2, VISIT_DAY_ONE[0], "2020-13-45"), (3, VISIT_DAY_TWO[0], "yesterday")):
        assert (f"warning: corpus: {manifest} row {line} [{doc}] field published: published-not-a-date: "
                f"'{value}' is not a date") in result.output
    assert "bom-only: skipped: empty document [empty-document]" in result.output
    assert "bad-latin1: skipped: not UTF-8 (byte 0xe9 at offset 3) [document-skipped]" in result.output
    skipped = next(line for line in result.output.splitlines() if line.startswith("bad-latin1: skipped:"))
    assert skipped.endswith(")") and (root / skipped.rsplit(" (", 1)[1][:-1]).resolve().is_file()  # the text named
    assert "2 document(s) skipped" in result.output
    sources = pl.read_csv(tmp_path / "out/data/sources.csv")
    read = dict(zip(sources["source_id"], sources.select("published_date", "published_basis").rows()))
    # still extracted; undated by the manifest (these texts carry no date line), no basis claimed for it
    assert read[VISIT_DAY_ONE[0]] == (None, None) and read[VISIT_DAY_TWO[0]] == (None, None)
    assert read[SAME_MEETING[0]] == ("2024-05-15", "date-line")


def test_every_upper_case_doc_id_is_refused_before_anything_is_read(tmp_path, monkeypatch):
    import pakiran_events.extract.run as run
    from extract_fixtures import SAME_MEETING, VISIT_DAY_ONE, VISIT_DAY_TWO, write_corpus

    docs = [("Wire-Upper", *VISIT_DAY_ONE[1:]), VISIT_DAY_TWO, ("bad_underscore", *SAME_MEETING[1:])]
    root = write_corpus(tmp_path / "c", docs)

    def never(*args, **kwargs):
        raise AssertionError("the lexicon was loaded: work started before the manifest was checked")

    monkeypatch.setattr("pakiran_events.extract.lexicon.load_lexicon", never)
    monkeypatch.setattr(run, "read_corpus", never)
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 1, result.output
    manifest = root / "manifest.csv"
    assert f"corpus: {manifest} row 2 [Wire-Upper] field doc_id: bad-doc-id: 'Wire-Upper' is not a source id" \
        in result.output
    assert "(perhaps 'wire-upper')" in result.output
    assert f"corpus: {manifest} row 4 [bad_underscore] field doc_id: bad-doc-id" in result.output
    assert "2 problem(s)" in result.output
    assert not (tmp_path / "out").exists()


# -- (P) a proposal is a plan: no event alone, a source of the meeting once another report tells it --
PROPOSAL = ("obs-20240510-proposal", "2024-05-10",
            "Interior Minister Saima Baig proposed talks with Foreign Minister Karim Rostami in Islamabad next week.")
HELD = ("wire-20240515-met", "2024-05-15",
        "Interior Minister Saima Baig met Iranian Foreign Minister Karim Rostami in Islamabad on Monday.")


def _events(docs):
    from extract_fixtures import lexicon
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.report import read_report

    reports = [read_report(d, t, p, lexicon()) for d, p, t in docs]
    return cluster([(r.doc_id, r.published, r.candidates) for r in reports])


def test_a_proposal_alone_makes_no_event():
    assert _events([PROPOSAL]) == []


def test_a_proposal_is_a_source_of_the_meeting_another_report_tells_held():
    """README 'Held or not', as dataset/CURATION.md's rule for announcements: the proposal is a
    source and supports the type and place; the day is the held report's."""
    [meeting] = [e for e in _events([PROPOSAL, HELD]) if e.kind == "meeting"]
    assert meeting.sources == {PROPOSAL[0], HELD[0]}
    cited = {field: {doc for doc, _ in spans} for field, spans in meeting.evidence.items()}
    assert PROPOSAL[0] in cited["event_type"] and PROPOSAL[0] in cited["place_id"]
    assert cited["date"] == {HELD[0]}


# -- hunted: a manifest text cell with a NUL or an escape sequence was published as written ---------
@pytest.mark.parametrize("title", ["Two\x00ministers", "\x1b[31mred", "Line\nbreak", "Tab\there", "Next\x85line",
                                   "Talks \u202eheld", "Zero\u200bwidth", "Soft\u00adhyphen", "Ali\u034fRaza"])
def test_a_manifest_title_with_a_control_character_skips_its_document_by_name(tmp_path, title):
    import csv

    import polars as pl

    from extract_fixtures import SAME_MEETING, VISIT_DAY_ONE, write_corpus

    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE, SAME_MEETING])
    rows = list(csv.reader((root / "manifest.csv").open(encoding="utf-8", newline="")))
    rows[2][rows[0].index("title")] = title
    with (root / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = _extract(root, tmp_path / "out")
    assert result.exit_code == 0, result.output
    assert f"{SAME_MEETING[0]}: skipped: manifest title holds a control character" in result.output
    assert "[document-skipped]" in result.output
    assert pl.read_csv(tmp_path / "out/data/sources.csv")["source_id"].to_list() == [VISIT_DAY_ONE[0]]


def test_a_joiner_inside_an_urdu_manifest_title_is_writing_not_a_format_trick():
    """The manifest's cells get the curated values' rule (core/cells.py): a zero-width non-joiner
    between two Persian or Urdu letters is kept, one between ASCII letters is refused."""
    from pakiran_events.core.corpus import control_cells

    assert control_cells({"title": "\u0645\u06cc\u200c\u0634\u0648\u062f", "outlet": "Daily"}) == []
    assert control_cells({"title": "Some\u200cMinister", "author": "A\u202eB"}) == ["title", "author"]


# -- hunted: a manifest with several bad rows named only its first; a huge cell was "not UTF-8" -----
def test_every_bad_manifest_row_is_named_at_once(tmp_path):
    from pakiran_events.core.corpus import Corpus

    header = "doc_id,file,published,extra-column"
    rows = ["a,docs/a.txt,,x", ",docs/b.txt,,x", "c,,,x", "a,docs/a2.txt,,x", "d,docs/d.txt,,x,one-too-many"]
    (tmp_path / "manifest.csv").write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")
    with pytest.raises(ValueError) as exc:
        Corpus(tmp_path).manifest()
    message = str(exc.value)
    assert "\n" not in message and message.startswith("4 bad manifest row(s)")
    for line in (3, 4, 6):
        assert f"manifest.csv line {line}: needs a doc_id and a file" in message
    assert "manifest.csv line 5: doc_id 'a' is in both" in message


def test_a_manifest_cell_past_the_csv_size_limit_is_named_as_such(tmp_path):
    import csv

    from pakiran_events.core.corpus import Corpus

    (tmp_path / "manifest.csv").write_text("doc_id,file,title\na,docs/a.txt," + "x" * 200_000 + "\n",
                                           encoding="utf-8")
    before = csv.field_size_limit(131_072)  # the csv module's default (frictionless, once imported, raises it)
    try:
        with pytest.raises(ValueError, match=r"manifest.csv line \d+: cannot be read as CSV \(field larger"):
            Corpus(tmp_path).manifest()
    finally:
        csv.field_size_limit(before)


# -- hunted: Ctrl-C during start-up printed a worker's traceback after 'interrupted' -----------------
def _traceback_from(filename: str, function: str, error: BaseException):
    import sys

    source = f"def {function}():\n    raise error\n{function}()\n"
    try:
        exec(compile(source, filename, "exec"), {"error": error})
    except BaseException:  # noqa: BLE001 - the traceback is what is wanted
        kind, value, tb = sys.exc_info()
        return kind, value, tb.tb_next  # from the compiled code on, as a forked child's starts in multiprocessing
    raise AssertionError("no exception")


def test_a_worker_that_dies_in_multiprocessing_start_up_is_quiet_and_any_other_error_is_not():
    import os

    from pakiran_events.extract.warm import MULTIPROCESSING_DIR, unborn

    spawn = os.path.join(MULTIPROCESSING_DIR, "spawn.py")
    kind, _, tb = _traceback_from(spawn, "_main", FileNotFoundError(2, "No such file or directory"))
    assert unborn(kind, tb)  # the pool's semaphore gone: extract is stopping
    kind, _, tb = _traceback_from(spawn, "_main", KeyError("x"))
    assert not unborn(kind, tb)
    kind, _, tb = _traceback_from(os.path.join(os.path.dirname(__file__), "ours.py"), "_main", FileNotFoundError())
    assert not unborn(kind, tb)  # our own code failing is reported as it is


# -- hunted: a manifest sha256 that is no hash was reported as 'the text changed' --------------------
def test_a_malformed_manifest_sha256_is_named_as_such():
    from extract_fixtures import VISIT_DAY_ONE, lexicon
    from pakiran_events.extract.run import read_one

    entry = {"doc_id": "a", "file": "a.txt", "sha256": "not-a-hash", "published": ""}
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as root:
        (Path(root) / "a.txt").write_text(VISIT_DAY_ONE[2], encoding="utf-8")
        read, hashes = read_one({**entry, "root": root}, lexicon(), 0)
    assert read.problem == "the manifest's sha256 'not-a-hash' is not a SHA-256 (64 hex digits); not read"
    assert hashes == []


# -- hunted: a --dictionary file of the wrong shape ended in an internal error ------------------------
@pytest.mark.parametrize("text, said", [
    ("titles: &a\n  - x\nsides: *a\n", "anchors and aliases"),
    ("titles:\n  titles: 1\n  titles: 2\n", "key 'titles' is given twice"),
    ("titles: [x]\n", "titles: a list where the shipped dictionary has a mapping"),
    ("sides:\n  sides:\n    IRN: 5\n", "sides.sides.IRN: a single value where the shipped dictionary has a list"),
    ("sides:\n  sides:\n    IRN: [[Iran]]\n", "sides.sides.IRN[0]: a list where the shipped dictionary lists single"),
])
def test_a_dictionary_file_of_the_wrong_shape_is_one_clear_error(tmp_path, text, said):
    from click.testing import CliRunner

    from extract_fixtures import VISIT_DAY_ONE, write_corpus, write_gazetteer
    from pakiran_events.cli import main

    root = write_corpus(tmp_path / "c", [VISIT_DAY_ONE])
    (tmp_path / "extra.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "--corpus", str(root), "--out", str(tmp_path / "out"),
                                       "--scheduler", "synchronous", "--no-progress", "--gazetteer",
                                       str(write_gazetteer(tmp_path / "gaz")), "--dictionary", str(tmp_path / "extra.yaml")])
    assert result.exit_code == 1, result.output
    assert "internal error" not in result.output
    assert "problem(s) in the dictionary files: " in result.output and said in result.output


# -- hunted: a manifest file that is a named pipe hung extract and verify-evidence for ever ----------
def _within(seconds: float, call):
    import threading

    out: list = []
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert not worker.is_alive(), "still blocked reading the pipe"
    return out[0]


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes on this platform")
def test_a_named_pipe_in_the_corpus_is_refused_not_read(tmp_path):
    import os

    from extract_fixtures import lexicon
    from pakiran_events.core.corpus import Corpus, file_sha256
    from pakiran_events.extract.run import read_one

    root = tmp_path / "c"
    (root / "docs").mkdir(parents=True)
    (root / "manifest.csv").write_text("doc_id,file\npipe,docs/pipe.txt\n", encoding="utf-8")
    os.mkfifo(root / "docs" / "pipe.txt")
    read, _ = _within(20, lambda: read_one({"doc_id": "pipe", "file": "docs/pipe.txt", "root": str(root)}, lexicon(), 0))
    assert read.problem == "pipe.txt is not a regular file; not read"

    def refused(call):
        try:
            call()
        except ValueError as exc:
            return str(exc)
        return None

    assert "not a regular file" in _within(20, lambda: refused(lambda: Corpus(root).text("pipe")))
    assert "not a regular file" in _within(20, lambda: refused(lambda: file_sha256(root / "docs" / "pipe.txt")))


# -- hunted: `locate` in a document that is not UTF-8 (or is missing) ended in an internal error ------
@pytest.mark.parametrize("data, said", [(b"caf\xe9", "not UTF-8"), (None, "cannot read")])
def test_locate_in_an_unreadable_document_is_one_clear_error(tmp_path, data, said):
    from click.testing import CliRunner

    from pakiran_events.cli import main

    (tmp_path / "docs").mkdir()
    (tmp_path / "manifest.csv").write_text("doc_id,file\nsome-doc,docs/some-doc.txt\n", encoding="utf-8")
    if data is not None:
        (tmp_path / "docs" / "some-doc.txt").write_bytes(data)
    result = CliRunner().invoke(main, ["locate", "some-doc", "caf", "--corpus", str(tmp_path)])
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: some-doc: ") and said in result.output


# -- hunted: Python's ISO reader took '20200101' and a week date as a manifest's publication day ------
@pytest.mark.parametrize("value", ["20200101", "2020-W01-1", "2020-001", "２０２０-０１-０１", "2020-1-5", "2020-13-01"])
def test_a_published_cell_not_written_yyyy_mm_dd_is_not_a_date(value):
    """One reading of the manifest's `published` for the corpus check and the extractor: only a
    day written YYYY-MM-DD (the sources table's form) is a date; anything else is the
    `published-not-a-date` warning and the report is dated by its own text, if at all."""
    from pakiran_events.core.corpus import manifest_date
    from pakiran_events.extract.dates import publication_date

    assert manifest_date(value) is None
    assert publication_date("Two ministers met.", value) is None
    assert manifest_date(" 2020-01-05 ") == publication_date("Two ministers met.", "2020-01-05") == dt.date(2020, 1, 5)
