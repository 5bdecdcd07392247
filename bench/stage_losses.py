"""Where the extractor loses the probe sets' expected events: a stage-by-stage account (issue 15).

For every expected event of a probe set that `tests/probe_score.py` counts as missed, the script
re-reads the report with the extractor's own functions, watching the intermediate results (the
frames `frames.frames_of` returns, the candidates `candidates.candidates_of` returns, those
`background.mentioned_in_passing` marks, the ceremonies `_Built._in_passing` drops, `report.after_floor`'s
cut, `cluster.cluster`'s events and `write.unplaced_events`), and names the LAST stage that still
holds something matching the event (its type, its expected actors, its report):

  no-frame      no frame of the type in the report naming the actors (sub-cause: an actor never
                recognised, no trigger in a sentence naming them, a trigger the frame guards refused)
  frame         a frame, but no candidate of the type with the actors (what the report built instead)
  filter        a candidate (or frame) dropped as background / plan / denial / passing mention / floor
  cluster       a candidate kept but merged into another event, or left in no event
  output        an event clustered but not written, or written without an expected actor

Spurious predictions are classified by their origin (the candidates of the event in that report),
wrong ones (date / place on a matched pair) by the cause the candidates tell (a weekday, a period,
the publication day; a dateline, a venue, a country or its capital). Nothing of the extractor is
changed: the observers wrap functions for the time of one read (`watched`) and call them as they are.

    python bench/stage_losses.py [SET ...] [--pred-prefix /tmp/x-p] [--markdown docs/STAGE_LOSSES.md] [--list]

SET: a probe set folder (default: tests/fixtures/probes, probes2 ... probes15; never a blind set).
--pred-prefix: reuse extracted packages PREFIX{n} (allscore.sh's /tmp/TAG-p{n}); else each set is
extracted into a temporary folder with the command line. Prints a table of counts per stage per set
and in total, with the top three sub-causes per stage; --list adds one line per miss, spurious and
wrong event (set, kind, stage, sub-cause, row, what the stage held: ids and sentence numbers only);
--markdown writes the figures and examples between the markers of that file.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tests"))

import probe_score  # noqa: E402  (tests/probe_score.py: the matching that decides a miss)

STAGES = ("no-frame", "frame", "filter", "cluster", "output")
ORDER = (*STAGES, "candidate", "date", "place", "date+place")  # the table's columns: stages, then what is wrong
TUNING_SETS = ("probes", *(f"probes{n}" for n in range(2, 19)))  # never a blind set
BLIND_SETS = ("probes19",)  # written blind in round 31: scored once by the lead, never tuned on
# the frame kinds (report.Frame.kind) that may tell an event of each type (events.csv event_type)
FRAME_KINDS = {"visit": {"visit", "arrival", "departure", "reception", "meeting"}, "meeting": {"meeting", "reception"},
               "phone_call": {"phone_call"}, "other": {"ceremony"}}
_PRONOUN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)
TRIGGERS = {"visit": ("visit", "arrival", "departure", "reception"), "meeting": ("meeting", "passive_meeting", "commission"),
            "phone_call": ("phone",), "other": ("ceremony",)}


@dataclass
class Trace:
    """What one report's read held at each stage (ids are Python object ids of the candidates)."""

    doc_id: str
    reading: object = None                 # report.Reading
    frames: list = field(default_factory=list)        # every frame, negated ones too
    built: list = field(default_factory=list)         # candidates_of's result, before the floor
    final: list = field(default_factory=list)         # the report's candidates (after_floor)
    in_passing: set = field(default_factory=set)      # ids marked background by mentioned_in_passing
    ceremonies_dropped: list = field(default_factory=list)  # ceremonies _Built._in_passing left out
    published: object = None


@contextlib.contextmanager
def watched(trace: Trace):
    """Wrap the stage functions for one read, recording their results in `trace`; restored after."""
    from pakiran_events.extract import candidates as cand
    from pakiran_events.extract import frames as fr

    saved = (fr.frames_of, cand.candidates_of, cand.mentioned_in_passing, cand._Built._in_passing)
    frames_of, candidates_of, passing, ceremony_passing = saved

    def frames_seen(r):
        trace.reading = r
        trace.frames = frames_of(r)
        return trace.frames

    def candidates_seen(r, frames):
        trace.built = candidates_of(r, frames)
        return trace.built

    def passing_seen(r, out, frames):
        before = {id(c) for c in out if c.background}
        passing(r, out, frames)
        trace.in_passing |= {id(c) for c in out if c.background} - before

    def ceremony_seen(self, o):
        dropped = ceremony_passing(self, o)
        if dropped:
            trace.ceremonies_dropped.append(o)
        return dropped

    fr.frames_of, cand.candidates_of, cand.mentioned_in_passing = frames_seen, candidates_seen, passing_seen
    cand._Built._in_passing = ceremony_seen  # type: ignore[method-assign]
    try:
        yield trace
    finally:
        fr.frames_of, cand.candidates_of, cand.mentioned_in_passing, cand._Built._in_passing = saved


def read_set(probes: Path, lex) -> tuple[dict[str, Trace], list]:
    """Each report of the set read as `extract` reads it (manifest check, `run.read_one`), watched;
    then `cluster.cluster` over every report's candidates in manifest order. Returns (traces by
    doc_id, events)."""
    from pakiran_events.extract.adapter import checked_rows, load_package_schemas, publication_days, run_day
    from pakiran_events.extract.cluster import cluster
    from pakiran_events.extract.run import read_one

    errors: list = []
    entries = list(checked_rows([probes], load_package_schemas(), errors, [], publication_days(), run_day()))
    if errors:
        raise ValueError(f"{probes}: manifest problems: {errors[:3]}")
    traces: dict[str, Trace] = {}
    for entry in entries:
        trace = Trace(entry["doc_id"])
        with watched(trace):
            read, _ = read_one(entry, lex, seconds=0)
        trace.final, trace.published = list(read.candidates or []), read.published
        traces[trace.doc_id] = trace
    events = cluster([(t.doc_id, t.published, t.final) for t in traces.values() if t.reading is not None])
    return traces, events


def output_events(pred: Path) -> tuple[dict, dict, dict]:
    """(events by id, actor ids by event id, event ids by report) of an extracted package."""
    data = pred / "data"
    events = {r["event_id"]: r for r in probe_score._rows(data / "events.csv")}
    actors: dict[str, set] = defaultdict(set)
    for r in probe_score._rows(data / "participants.csv"):
        actors[r["event_id"]].add(r["actor_id"])
    by_doc: dict[str, list] = defaultdict(list)
    for r in probe_score._rows(data / "event_sources.csv"):
        by_doc[r["source_id"]].append(r["event_id"])
    return events, actors, by_doc


def _ids(c) -> set:
    return set(c.participants)


def _say(c) -> str:
    """A candidate in a few words: kind, guest -> host, country, its flags."""
    flags = [n for n in ("planned", "background", "recalled", "implied", "stand_in", "travel") if getattr(c, n)]
    return f"{c.kind} {c.guest}->{c.host} in {c.country} s{c.sentence + 1} [{','.join(flags) or 'held'}] {sorted(_ids(c))}"


def _say_event(e) -> str:
    return f"{e.kind} {e.guest}->{e.host} {e.date_start}..{e.date_end} at {e.place_id} {sorted(e.participants)}"


class SetAccount:
    """One probe set's losses: `misses`, `spurious`, `wrong` as (stage, sub-cause, row, detail)."""

    def __init__(self, probes: Path, pred: Path, lex):
        import yaml

        self.name, self.lex = probes.name, lex
        self.expected = {doc: spec["events"] for doc, spec in
                         yaml.safe_load((probes / "expected.yaml").read_text(encoding="utf-8")).items()}
        self.scored = probe_score.score(pred, probes)
        self.traces, self.events = read_set(probes, lex)
        from pakiran_events.extract.write import unplaced_events

        self.unplaced = {id(e) for e in unplaced_events(self.events, lex)}
        self.out, self.out_actors, self.out_by_doc = output_events(pred)
        self.event_of = {id(c): e for e in self.events for _, _, c in e.members}
        self.misses = [self.miss_stage(row) for row in self.scored["misses"]]
        self.spurious = [self.spurious_origin(row) for row in self.scored["spurious"]]
        self.wrong = [self.wrong_cause(row) for row in self.scored["wrong"]]

    # -- misses -------------------------------------------------------------------------------
    def miss_stage(self, row: tuple) -> tuple[str, str, tuple, str]:
        doc, kind, _, _, actors = row
        want = set(actors)
        t = self.traces.get(doc)
        if t is None or t.reading is None:
            return "no-frame", "report not read", row, ""
        # cluster / output: an event of the report, of the type, holding the actors
        held = [e for e in self.events if doc in e.sources and e.kind == kind and want <= set(e.participants)]
        if held:
            e = held[0]
            if id(e) in self.unplaced:
                return "output", "not written: no place or country", row, _say_event(e)
            written = [x for x in self.out_by_doc.get(doc, []) if self.out[x]["event_type"] == kind and want <= self.out_actors[x]]
            if written:
                x = self.out[written[0]]
                return "cluster", "merged: one event holds two expected", row, \
                    f"{written[0]} {x['date_start']}..{x['date_end']} at {x['place_id'] or None} (matched to another expected event)"
            return "output", "actors differ in the written event", row, _say_event(e)
        full = [c for c in t.final if c.kind == kind and want <= _ids(c)]
        if full:
            return self._candidate_fate(full, row)
        floor = [c for c in t.built if c.kind == kind and want <= _ids(c) and c not in t.final]
        if floor:
            return "filter", "floor: dated before the earliest year", row, _say(floor[0])
        cer = [c for c in t.ceremonies_dropped if c.kind == kind and want <= _ids(c)]
        if cer:
            return "filter", "passing mention: ceremony part of talks", row, _say(cer[0])
        # a written event of the type sharing an actor that no expected event matched: this one, its actors wrong
        # (one matched to another expected event is that one's: this event's counterpart was lost earlier)
        unmatched = {(d, k, s, p or None, tuple(a)) for d, k, s, p, a in self.scored["spurious"]}
        partial = [x for x in self.out_by_doc.get(doc, []) if self.out[x]["event_type"] == kind and want & self.out_actors[x]
                   and (doc, kind, self.out[x]["date_start"], self.out[x]["place_id"] or None,
                        tuple(sorted(self.out_actors[x]))) in unmatched]
        if partial and want:
            x = partial[0]
            return "output", "written without an expected actor", row, \
                f"lacks {sorted(want - self.out_actors[x])}, has {sorted(self.out_actors[x])}"
        return self._frame_stage(t, kind, want, row)

    def _candidate_fate(self, full: list, row: tuple) -> tuple[str, str, tuple, str]:
        """A candidate holds the expected event but no event of its report does: where it went."""
        from pakiran_events.extract.background import stands_alone
        from pakiran_events.extract.cluster import VISIT_GAP_DAYS, block_key

        doc = row[0]
        t = self.traces[doc]
        for c in full:
            e = self.event_of.get(id(c))
            if e is not None:
                return "cluster", "merged into another event", row, f"{_say(c)} => {_say_event(e)}"
        c = full[0]
        if block_key(c) is None:
            return "cluster", "no block: guest or country unread", row, _say(c)
        if c.planned:
            want = set(row[4])
            day = dt.date.fromisoformat(str(row[2]))
            elsewhere = [e for e in self.events if e.kind == c.kind and want <= set(e.participants) and e.date_start
                         and abs((e.date_start - day).days) <= VISIT_GAP_DAYS]  # the same trip's, by cluster's gap
            if elsewhere:  # the held telling of another report made the event; this announcement is not its source
                return "filter", "plan: an announcement left out of the event others tell held", row, \
                    f"{_say(c)} => {_say_event(elsewhere[0])}"
            return "filter", "plan: told as still to come, no report tells it held", row, _say(c)
        if not stands_alone(c):
            why = "passing mention (mentioned_in_passing)" if id(c) in t.in_passing else \
                "background: recalled" if c.recalled else "background: told as context"
            return "filter", why, row, _say(c)
        if c.kind == "visit" and c.implied:
            return "cluster", "visit only implied by a meeting's travel: no telling of the trip", row, _say(c)
        return "cluster", "left in no event (no date, or its group dropped)", row, _say(c)

    def _frame_stage(self, t: Trace, kind: str, want: set, row: tuple) -> tuple[str, str, tuple, str]:
        r = t.reading
        named = [i for i in range(len(r.spans)) if want <= {m.actor_id for m in r.mentions[i]}]
        frames = [f for f in t.frames if f.kind in FRAME_KINDS[kind]
                  and (want <= {m.actor_id for m in f.sources + f.targets} or f.sentence in named)]
        if frames:
            if all(f.negated for f in frames):
                return "filter", "denial: its frames negated", row, f"s{frames[0].sentence + 1} {frames[0].kind}"
            f = next(f for f in frames if not f.negated)
            same = [c for c in t.final if c.kind == kind]
            where = f"frame {f.kind} s{f.sentence + 1} (sources {[m.actor_id for m in f.sources]}, targets " \
                    f"{[m.actor_id for m in f.targets]}{', planned' if f.planned else ''}{', background' if f.background else ''})"
            if same and any(_ids(c) & want for c in same):
                c = next(c for c in same if _ids(c) & want)
                return "frame", "counterpart not seated: the candidate holds others", row, \
                    f"{where}; lacks {sorted(want - _ids(c))}: {_say(c)}"
            unplaced = [u for u in r.unplaced if f"sentence {f.sentence + 1} " in u]
            if unplaced:
                return "frame", "meeting not written: no place", row, f"{where}; {unplaced[0]}"
            if kind == "visit" and all(x.kind == "meeting" for x in frames):
                return "frame", "only a meeting frame: no trip read", row, where
            other = [c for c in t.final if c.sentence == f.sentence]
            if other:
                return "frame", "candidate of another kind or pair", row, f"{where}; built {_say(other[0])}"
            return "frame", "no candidate built from the frame", row, where
        mentioned = set().union(*({m.actor_id for m in ms} for ms in r.mentions)) if r.mentions else set()
        if not want <= mentioned:
            return "no-frame", self._unrecognised(t, want - mentioned), row, f"not found: {sorted(want - mentioned)}"
        if named:  # one sentence names them all: no frame of the kind was made there
            found = [(i, k) for i in named for k in TRIGGERS[kind] if k in r.lex.patterns and r.has(k, i)]
            if found:
                return "no-frame", "trigger in a sentence naming them, frame refused", row, \
                    f"{found[0][1]} trigger in s{found[0][0] + 1}"
            return "no-frame", "no trigger in a sentence naming them", row, \
                f"named together in s{', s'.join(str(i + 1) for i in named[:4])}"
        # no sentence names them all: a side told by a short name, a pronoun, an ellipsis or an earlier sentence
        told = [i for i in range(len(r.spans)) if want & {m.actor_id for m in r.mentions[i]}
                and any(k in r.lex.patterns and r.has(k, i) for k in TRIGGERS[kind])]
        if not told:
            return "no-frame", "actors in different sentences, none with a trigger", row, \
                f"{sum(1 for f in t.frames if f.kind in FRAME_KINDS[kind])} frames of the kind elsewhere"
        i = told[0]
        lost = want - {m.actor_id for m in r.mentions[i]}
        sentence = r.sentence(i)
        surnames = {n.split()[-1] for a in lost for n in [*r.lex.aliases.get(a, []), (r.lex.actors.get(a) or {}).get("name") or ""] if n}
        if any(re.search(rf"\b{re.escape(n)}\b", sentence) for n in surnames):
            why = "a side named by a short name the mentions did not read"
        elif _PRONOUN.search(sentence):
            why = "a side told by a pronoun"
        else:
            why = "a side left out of the sentence (ellipsis, an earlier sentence)"
        return "no-frame", why, row, f"trigger sentence s{i + 1} names {sorted(want - lost)}, lacks {sorted(lost)}"

    def _unrecognised(self, t: Trace, lost: set) -> str:
        """Why an expected actor has no mention in the report: unknown to the gazetteer and not read
        as a new person (mentions.People.new_actors), or known but named in a way the mentions miss."""
        r = t.reading
        unknown = [a for a in lost if a not in self.lex.actors]
        if unknown:
            return "actor unknown to the gazetteer, not read as a new person"
        if any(self.lex.actors[a].get("actor_type") != "person" for a in lost):
            return "organisation named by a phrase the aliases lack"
        names = [n for a in lost for n in [*self.lex.aliases.get(a, []), self.lex.actors[a].get("name") or ""] if n]
        if any(re.search(rf"\b{re.escape(n)}\b", r.text) for n in names):
            return "known person named, mention dropped"
        return "known person named by an office or a spelling the aliases lack"

    # -- spurious -----------------------------------------------------------------------------
    def _clustered(self, doc: str, kind: str, start: str, place, actors: list) -> list:
        """The clustered events a written row (report, type, first day, place) came from, those
        with the row's actors first."""
        told = [e for e in self.events if doc in e.sources and e.kind == kind]
        found = [e for e in told if str(e.date_start) == start and (e.place_id or None) == (place or None)] \
            or [e for e in told if str(e.date_start) == start] or told  # the writer may place it by its country
        return sorted(found, key=lambda e: (sorted(e.participants) != actors, str(e.date_start) != start))

    def spurious_origin(self, row: tuple) -> tuple[str, str, tuple, str]:
        doc, kind, start, place, actors = row
        expected = self.expected[doc]
        if any(w["type"] == kind and set(w["actors"]) <= set(actors) for w in expected):
            return "cluster", "split: a second event of an expected one", row, ""
        if any(w["type"] != kind and set(w["actors"]) and set(w["actors"]) <= set(actors) for w in expected):
            other = next(w["type"] for w in expected if w["type"] != kind and set(w["actors"]) <= set(actors))
            return "candidate", f"a {kind} where a {other} of these actors is expected", row, ""
        events = self._clustered(doc, kind, start, place, actors)
        if not events:
            return "cluster", "no clustered event found for the row (not traced)", row, ""
        members = [c for e in events[:1] for d, _, c in e.members if d == doc]
        if not members:
            return "cluster", "its report only a source of another's event", row, _say_event(events[0])
        c = members[0]
        t = self.traces[doc]
        if c.kind == "visit" and c.implied:
            return "candidate", "visit implied by a meeting's travel", row, _say(c)
        if c.background or c.recalled:
            return "filter", "background kept (joined or dated itself)", row, _say(c)
        if c.stand_in:
            return "candidate", "stand-in office holder", row, _say(c)
        if any(w["type"] == kind for w in expected):
            return "candidate", "extra counterpart or pair", row, _say(c)
        frames = [f for f in t.frames if f.sentence == c.sentence and not f.negated]
        return "frame", f"no engagement expected: {frames[0].kind if frames else c.kind} frame", row, _say(c)

    # -- wrong --------------------------------------------------------------------------------
    def wrong_cause(self, row: tuple) -> tuple[str, str, tuple, str]:
        doc, kind, gold, pred = row
        t = self.traces[doc]
        events = self._clustered(doc, kind, pred[0], pred[2], [])
        members = [c for e in events[:1] for _, _, c in e.members]
        own = [c for c in members if c in t.final] or members
        causes, wrong = [], []
        if (str(gold[0]), str(gold[1])) != (pred[0], pred[1]):
            causes.append(self._date_cause(t, own, gold, pred))
            wrong.append("date")
        if (gold[2] or None) != (pred[2] or None):
            causes.append(self._place_cause(t, own, pred[2]))
            wrong.append("place")
        return "+".join(wrong), "; ".join(causes), row, _say(own[0]) if own else ""

    def _date_cause(self, t: Trace, members: list, gold: tuple, pred: tuple) -> str:
        cues = [cue for c in members for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues]
        if str(gold[0]) == pred[0]:
            return "end day (length or departure)"
        if not cues:
            return "no date cue: publication day, month or terms"
        if any(cue.period or cue.precision in ("week", "month", "year") for cue in cues):
            return "a period ('this month', 'last week')"
        if any(cue.weekday_only or cue.weekday is not None for cue in cues):
            return "a bare weekday moved"
        if any(cue.offset is not None or cue.of_visit for cue in cues):
            return "an offset from another day"
        if t.published and pred[0] == str(t.published):
            return "the publication day"
        return "another day told in the report"

    def _place_cause(self, t: Trace, members: list, place) -> str:
        from pakiran_events.extract.frames import dateline_city

        if not place:
            return "no place read"
        if any(c.venue for c in members):
            return "a venue row"
        if self.lex.is_country(place):
            return "the country only"
        if t.reading is not None and place == dateline_city(t.reading):
            return "the dateline's city"
        if place in self.lex.capital_phrases:
            return "a country's capital"
        return "another city of the report"


def run_extract(probes: Path, out: Path) -> None:
    """`pakiran_events extract` on one set, as the scoring command runs it."""
    subprocess.run([sys.executable, "-m", "pakiran_events", "extract", "--corpus", str(probes), "--out", str(out),
                    "--no-progress"], check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")})


def accounts(sets: list[Path], pred_prefix: str | None) -> list[SetAccount]:
    """One SetAccount per set, each scored on its extracted package (PREFIX{n}, or made here)."""
    from pakiran_events.extract.lexicon import load_lexicon

    lex = load_lexicon()
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for probes in sets:
            pred = Path(f"{pred_prefix}{probes.name.removeprefix('probes')}") if pred_prefix else Path(tmp) / probes.name
            if not pred_prefix:
                run_extract(probes, pred)
            out.append(SetAccount(probes, pred, lex))
    return out


def table(accs: list[SetAccount], key: str = "misses", top: int = 3) -> str:
    """Counts per stage per set and in total, then each stage's `top` sub-causes."""
    stages = sorted({row[0] for a in accs for row in getattr(a, key)}, key=lambda s: ORDER.index(s) if s in ORDER else 99)
    lines = [f"{key}: " + " ".join(f"{s:>9}" for s in ["set", *stages, "total"])]
    total: Counter = Counter()
    for a in accs:
        counts = Counter(row[0] for row in getattr(a, key))
        total += counts
        lines.append(" " * (len(key) + 2) + " ".join(f"{x:>9}" for x in [a.name, *(counts[s] for s in stages),
                                                                            sum(counts.values())]))
    lines.append(" " * (len(key) + 2) + " ".join(f"{x:>9}" for x in ["all", *(total[s] for s in stages),
                                                                        sum(total.values())]))
    for s in stages:
        subs = Counter(row[1] for a in accs for row in getattr(a, key) if row[0] == s)
        lines.append(f"  {s}: " + "; ".join(f"{why} {n}" for why, n in subs.most_common(top)))
    return "\n".join(lines)


def tuning_sets() -> list[Path]:
    fixtures = ROOT / "tests" / "fixtures"
    return [fixtures / name for name in TUNING_SETS if (fixtures / name / "expected.yaml").exists()]


START, END = "<!-- stage_losses.py: generated from here -->", "<!-- stage_losses.py: generated up to here -->"
STAGE_TITLES = {"no-frame": "No frame", "frame": "Frame, no candidate", "filter": "Dropped by a filter",
                "cluster": "Lost in clustering", "output": "Clustered, not written as expected"}


def _event(row: tuple) -> str:
    """An expected (or predicted) row in a few words, no text of the report."""
    doc, kind, day, place, actors = row
    return f"{kind} {day} at {place}, {', '.join(actors) or 'no actor'}"


def markdown(accs: list[SetAccount], examples: int = 10) -> str:
    """The generated part of docs/STAGE_LOSSES.md: the tables, then up to `examples` misses per
    stage as (set, report, expected event, what the stage held), spurious and wrong by cause."""
    out = [START, "", "Misses per stage and set (`python bench/stage_losses.py`):", "", "```", table(accs, "misses", 99),
           "```", ""]
    for stage in STAGES:
        rows = [(a.name, row, why, detail) for a in accs for st, why, row, detail in a.misses if st == stage]
        if not rows:
            continue
        out += [f"### {STAGE_TITLES[stage]} ({len(rows)})", "", "| set | report | expected | sub-cause | what the stage held |",
                "|---|---|---|---|---|"]
        by_cause: dict[str, list] = defaultdict(list)
        for item in rows:
            by_cause[item[2]].append(item)
        causes = sorted(by_cause.values(), key=len, reverse=True)
        picked = [group[k] for k in range(max(map(len, causes))) for group in causes if k < len(group)][:examples]
        for name, row, why, detail in picked:  # taken in turn from each sub-cause, the largest first
            out.append(f"| {name} | {row[0]} | {_event(row)} | {why} | {detail.replace('|', '/')} |")
        out.append("")
    out += ["### Spurious events by origin", "", "```", table(accs, "spurious", 99), "```", "",
            "### Wrong dates and places (matched events) by cause", "", "```", table(accs, "wrong", 99), "```", ""]
    causes = Counter(part.strip() for a in accs for st, why, _, _ in a.wrong for part, w in zip(why.split(";"), st.split("+")))
    out += ["| cause | events |", "|---|---|", *(f"| {why} | {n} |" for why, n in causes.most_common()), "", END]
    return "\n".join(out)


def write_markdown(path: Path, text: str) -> None:
    """Put `text` between the markers of `path` (the hand-written parts kept), or write it new."""
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in old and END in old:
        text = old[:old.index(START)] + text + old[old.index(END) + len(END):]
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sets", nargs="*", type=Path, help="probe set folders (default: the tuning sets)")
    parser.add_argument("--pred-prefix", help="extracted packages PREFIX{n} (PREFIX for probes, PREFIX2 ...)")
    parser.add_argument("--list", action="store_true", help="list every miss, spurious and wrong event with its stage")
    parser.add_argument("--markdown", type=Path, help="write the figures and examples into this file (between its markers)")
    args = parser.parse_args(argv)
    sets = args.sets or tuning_sets()
    blind = sorted({s.name for s in sets} & set(BLIND_SETS))
    if blind:
        raise SystemExit(f"{', '.join(blind)}: a blind set, never scored here")
    accs = accounts(sets, args.pred_prefix)
    for key in ("misses", "spurious", "wrong"):
        print(table(accs, key))
    if args.markdown:
        write_markdown(args.markdown, markdown(accs))
    if args.list:
        for a in accs:
            for key in ("misses", "spurious", "wrong"):
                for stage, why, row, detail in getattr(a, key):
                    print(f"{a.name}\t{key}\t{stage}\t{why}\t{row}\t{detail}")


if __name__ == "__main__":
    main(sys.argv[1:])
