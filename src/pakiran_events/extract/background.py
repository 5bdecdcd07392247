"""Told past engagements: a clause that recalls an earlier engagement around the one a report is
about ('Khan had visited Tehran in April 2019', 'the two met in 2017'). One reading for every
stage: such a clause is dated only by its own words (never the report's day, and it lends none),
and it is an event of its own only when its own words date it to a month or finer (CURATION.md §3,
'Background sentences count'; a year alone or no date recalls history, §3 and `dated_itself` below)."""

from __future__ import annotations

import datetime as dt
import re

from pakiran_events.extract.report import Candidate, Reading

REPORT_WEEK = 7  # days: an engagement told as ending this many days or fewer before its report is of the report's week
LATE_REPORT = 31  # days: a weekly or a column tells the engagement its lead dates at most this long before it appeared


def pluperfect_before(r: Reading, i: int, start: int, end: int) -> bool:
    """Whether the trigger at [start, end) of sentence i is told in the pluperfect ('had called on',
    'had last met', 'had earlier visited', a trigger opening with 'had been in'): further back than
    the report's own time. Only the words right before the trigger and its own first words are
    read, so a 'had' of another clause ('X, who had arrived on Sunday, met Y') tells no other trigger.
    A habit told by a plural noun (`habitual_before`) is told past by its words too."""
    sentence, pattern = r.sentence(i), r.lex.patterns["told_past"]
    if habitual_before(r, i, start, end):  # told past by its words too: a habit is of no one time ('regular talks')
        return True
    if pattern.search(sentence, max(0, start - 40), start) is not None \
            or r.lex.patterns["told_past_span"].search(sentence, max(0, start - 60), start):
        return True
    first = sentence[start:end].split(" ", 1)[0]
    if first != sentence[start:end] and pattern.match(first + " ") is not None:
        return True
    # an engagement noun ('visit to Pakistan', 'meeting with'), not a verb (engagement.yaml `told_past:
    # verb_heads`, 'met', 'called on': its predicate its own), and its predicate after it (lexicon
    # `told_past_after`: 'the visit ... had been announced', not after a relative pronoun)
    return r.lex.patterns["verb_trigger"].fullmatch(first) is None \
        and r.lex.patterns["told_past_after"].match(sentence, end) is not None


def habitual_before(r: Reading, i: int, start: int, end: int) -> bool:
    """Whether the engagement noun at [start, end) of sentence i is told as a habit ('part of regular
    high-level discussions', 'periodic consultations between the two ministries'; engagement.yaml
    `told_past: habitual`, at most two words between): engagements of no one time, background with
    no date of their own, never the report's meeting. Only a plural noun: a verb trigger ('regularly
    met') is not read here, nor a singular one ('the tenth regular session', one sitting)."""
    sentence = r.sentence(i)
    head = sentence[start:end].split(" ", 1)[0]
    if r.lex.patterns["verb_trigger"].fullmatch(head) is not None or not head.lower().endswith("s"):
        return False  # a singular noun is one sitting: 'the tenth regular session ... was held on Monday'
    return r.lex.patterns["told_past_habitual"].search(sentence, max(0, start - 40), start) is not None


def before_report_week(cue, published: dt.date | None) -> bool:
    """Whether a resolved date cue ends more than `REPORT_WEEK` days before the report and in an
    earlier month or year than the report's ('in April' in a June report, 'in 2017', 'two years
    ago'): an engagement of another time. One in the report's week ('last week' in a Monday's
    report, 'on Sunday') or month is the report's own."""
    if published is None or not cue.resolved or cue.end is None or cue.before_floor:
        return False
    return (published - cue.end).days > REPORT_WEEK and (cue.end.year, cue.end.month) < (published.year, published.month)


def told_past(r: Reading, i: int, start: int, end: int, own: list) -> bool:
    """Whether the trigger at [start, end) of sentence i tells a past engagement: told in the
    pluperfect or as a habit (`pluperfect_before`), or dated by its own clause (`own`, (DateCue, Span) pairs)
    only to a time before the report's week and month (`before_report_week`) in a report that
    tells another engagement (`_tells_another`)."""
    if pluperfect_before(r, i, start, end):
        return True
    resolved = [(c, sp) for c, sp in own if c.resolved]
    return bool(resolved) and all(before_report_week(c, report_time(r)) or _earlier_this_year(r, c) for c, _ in resolved) \
        and _tells_another(r, i)


def _earlier_this_year(r: Reading, cue) -> bool:
    """Whether a resolved cue is a year cut at the report's day and told as before it ('earlier this
    year': the date grammar's `DateCue.earlier`) in a report telling an engagement of its own time
    (`_tells_current`): a time before the report's own, with no month of its own (README of
    probes12: not coded)."""
    return cue.precision == "year" and cue.earlier and _tells_current(r)


def report_time(r: Reading) -> dt.date | None:
    """The day a report tells its engagements from: its publication day, or, in a report published
    days after the engagement its lead tells (a weekly, a column: every held date of the first
    sentence telling an engagement, its dateline aside, lies before the report's week, the last of
    them at most `LATE_REPORT` days before it), the last of those dates. The lead's engagement is
    then the report's own, not a recollection (`told_past`), while one dated weeks before it still
    is. None without a publication day. Found once per report (`Reading.memo`)."""
    return r.memo("report_time", lambda: _report_time(r))


def _report_time(r: Reading) -> dt.date | None:
    if r.published is None:
        return None
    told = _engagement_sentences(r)
    if not told:
        return r.published
    from pakiran_events.extract.frames import is_dateline_cue

    held = [c for c, sp in r.cues(told[0]) if c.resolved and c.end is not None and not c.ahead and not c.before_floor
            and not is_dateline_cue(r, (c, sp))]
    if not held or not all(before_report_week(c, r.published) for c in held):
        return r.published
    last = max(c.end for c in held)
    return last if (r.published - last).days <= LATE_REPORT else r.published


def narrative_stay(r: Reading, i: int, start: int, own: list) -> bool:
    """Whether the trigger at `start` of sentence i is a trip told by its stay with no time of its
    own ('He had spent three days in Islamabad' after 'returned to Tehran on Friday'): a pluperfect
    stay is the narrative of the trip a told return or departure ends (borrowing.py counts it back
    from that day), not a recollection. A stay of another time has its own date ('who had spent a
    week in Tehran in 2019'), and stays background. `own`: the trigger's own (DateCue, Span) pairs.
    Its premise is checked, not assumed: the report must tell a return or departure of the stay's
    own subject on a day of the report's week (`_trip_ended_by`); without one ('X met Y on
    Wednesday. Y had spent three days in Karachi as a student') the stay is a recollection."""
    if r.lex.patterns["stay_in"].match(r.sentence(i), start) is None or any(c.resolved for c, _ in own):
        return False
    return _trip_ended_by(r, _subject_before(r, i, start))


def _subject_before(r: Reading, i: int, start: int) -> str | None:
    """The subject of the trigger at offset `start` of sentence i: the person the sentence names
    last before it (a pronoun as the person it stands for), else the last capitalised word before
    it (a surname the people table did not take there: 'Momeni had spent'); None when neither."""
    at = r.spans[i].start + start
    told = [m for m in r.mentions[i] if m.span.start < at and r.people.is_person(m.actor_id)]
    if told:
        return max(told, key=lambda m: m.span.start).actor_id
    words = _CAPITALISED.findall(r.sentence(i), 0, start)
    return words[-1] if words else None


_CAPITALISED = re.compile(r"\b[A-Z][\w’'\-]+")


def _trip_ended_by(r: Reading, subject: str | None) -> bool:
    """Whether a sentence of the report tells `subject` (`_subject_before`: a person's id, or a
    word naming them) returning or departing, named before an engagement.yaml `departure` trigger,
    on a resolved day of the report's week (`REPORT_WEEK` days or fewer before the report, told
    after the trigger in its sentence)."""
    if subject is None or r.published is None:
        return False
    for j in range(len(r.spans)):
        t = r.find("departure", j)
        if t is None:
            continue
        at = r.spans[j].start + t.start()
        if not (any(m.actor_id == subject and m.span.start < at for m in r.mentions[j])
                or re.search(rf"\b{re.escape(subject)}\b", r.sentence(j)[:t.start()])):
            continue
        if any(c.resolved and c.end is not None and c.span[0] >= t.start()
               and 0 <= (r.published - c.end).days <= REPORT_WEEK for c, _ in r.cues(j)):
            return True
    return False


def _tells_current(r: Reading) -> bool:
    """Whether one of the report's first two sentences telling an engagement dates it by a held day of
    the report's week or month (not before it, `before_report_week`): the report is about an engagement
    of its own time, beside which 'earlier this year' recalls another. An analysis telling only past
    rounds of talks and a call 'earlier this year' is about that call (probes4 p4-33)."""
    def current() -> bool:
        published = report_time(r)
        return any(c.resolved and c.end is not None and not c.ahead and not c.before_floor and not c.precision == "year"
                   and not before_report_week(c, published) for j in _engagement_sentences(r) for c, _ in r.cues(j))
    return r.memo("tells_current", current)


def _tells_another(r: Reading, i: int) -> bool:
    """Whether another sentence of the report holds an engagement trigger: a time of its own before
    the report's week makes an engagement background only around another one the report tells; a
    report telling only 'talks held in Quetta last year' is about them (their year's range)."""
    return any(j != i for j in _engagement_sentences(r))


def _engagement_sentences(r: Reading) -> list[int]:
    """The first two sentences of the report holding an engagement trigger (its lead first)."""
    # found once per report (`Reading.memo`): asked per trigger, a scan each time would be quadratic
    return r.memo("engagement_sentences", lambda: [j for j in range(len(r.spans)) if r.has("any_engagement", j)][:2])


def no_traveller(r: Reading, i: int, start: int, kind: str, background: bool, sources: list) -> bool:
    """Whether a told past trip belongs to a thing or an unnamed someone of a relative clause ('an
    officer who had entered Pakistan from Iran', 'a boat that had arrived in Gwadar'): a relative
    pronoun (`told_past: relatives`) right before the pluperfect, no person among its sources. No
    trip of the report's people is told, and the report's guest must not stand in for it."""
    if not background or kind not in ("visit", "arrival", "departure") or any(r.people.is_person(m.actor_id) for m in sources):
        return False
    # lexicon `told_past_relative`: a relative pronoun right before the pluperfect ('who had entered')
    return r.lex.patterns["told_past_relative"].search(r.sentence(i), max(0, start - 50), start) is not None


def own_trip_key(key: tuple, background: bool, dates: list, sentence: int) -> tuple:
    """The key of the visit candidate a visit frame joins: a told past trip with no time of its own
    is a candidate of its own sentence ('he recalled an earlier visit of the minister to Iran'), not
    a step of the trip the report tells, whose meetings would otherwise make it held and dated."""
    return (*key, "told-past", sentence) if background and not any(c.resolved for c, _ in dates) else key


def own_meeting_key(key: tuple, recalled: bool, sentence: int) -> tuple:
    """The key of the meeting candidate a meeting frame joins ((guest, host, country)): a told past
    meeting ('the two had met in March', 'when the two last met in Tehran in 2019', 'their previous
    meeting in Islamabad'; `Frame.recalled`) is a candidate of its own sentence, dated and placed by
    its own words only (CURATION.md §3), never a telling of the report's meeting of the same two
    people, to which it would lend its day or city, or into which it would vanish."""
    return (*key, "told-past", sentence) if recalled else key


PASSING_KINDS = {"visit": ("visit", "arrival", "departure"), "meeting": ("meeting",)}


def mentioned_in_passing(r: Reading, out: list[Candidate], frames: list) -> None:
    """Mark background, in place, each visit or meeting of a report's candidates `out` that the
    report only names in passing beside an engagement it tells (issue 15: 'the prime minister, whose
    own trip to Tehran ... was focused on trade', 'mechanisms including the Joint Border Commission',
    'agreements reached during the visit of the late President'): not planned, no date cue of any
    kind of its own nor lent by a trip (its arrival, departure and dates all empty), every held frame
    of its kind in the sentences cited for it (`PASSING_KINDS`; a visit only inferred from a meeting:
    the meeting's) an engagement noun, never a verb (engagement.yaml `told_past: verb_heads`, a word
    in -ed), while another held candidate of the report has a resolved date of its own and the mention's
    guest takes no part in any such (a report about someone else). Such a mention
    joins an engagement another report tells (`joins_told`, `keep_told`), as an undated recollection
    does; alone it is no event, never one dated by its report's month. `frames`: the report's frames
    (negated ones left out). Returns None. The ceremony's counterpart is candidates `_in_passing`."""
    dated = [c for c in out if not (c.planned or c.background)
             and any(cue.resolved for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues)]
    if not dated:
        return
    taking_part = {a for c in dated for a in c.participants}
    for c in out:
        if c.kind not in PASSING_KINDS or c.planned or c.background or c.dates or c.arrival or c.departure:
            continue
        if c.guest not in taking_part and _named_by_nouns(r, c, frames):
            c.background = True


def _named_by_nouns(r: Reading, c: Candidate, frames: list) -> bool:
    """Whether every held frame that may tell candidate `c` (of its kind, in a sentence cited for its
    event type; a visit with no frame of its kind there: the meetings that imply it) is an engagement
    noun: its trigger's first word is no verb (`verb_trigger`), nor a present tense that opens a
    headline's engagement or a plural noun told as held ('meets PM', 'talks': `told_past: present_heads`)."""
    cited = {i for i, s in enumerate(r.spans) for span in c.evidence.get("event_type", [])
             if s.start <= span.start and span.end <= s.end}
    held = [f for f in frames if f.sentence in cited and not f.planned]
    told = [f for f in held if f.kind in PASSING_KINDS[c.kind]] or [f for f in held if f.kind == "meeting"]
    verb, present = r.lex.patterns["verb_trigger"], r.lex.patterns["present_head"]
    heads = [r.text[f.trigger.start:f.trigger.end].split(" ", 1)[0] for f in told]
    return bool(told) and all(verb.fullmatch(h) is None and present.fullmatch(h) is None for h in heads)


def stands_alone(c: Candidate) -> bool:
    """Whether a candidate may be an event by itself: not background, or background dated by its
    own clauses to a month or finer (`dated_itself`). An undated background candidate
    ('the ambassador had met his predecessor several times') only joins an event others tell."""
    return not c.background or dated_itself(c)


def dated_itself(c: Candidate) -> bool:
    """Whether a candidate's own clauses date it (a day, week, month or a day without its year):
    an engagement told in passing with no time of its own cannot be placed by the report's day. A
    year is not enough: 'they had last met in Tehran last year' recalls an earlier engagement as
    the report's background, it tells none the report is about."""
    return any((cue.resolved and cue.precision != "year") or cue.month_day
               for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues)


def joins_told(group: list) -> list:
    """A block's group of (doc_id, published, candidate) items less the recollections with no time
    of their own (`stands_alone`) that no other report's held telling is in: such a recollection
    joins an engagement another report tells (CURATION.md §3: Pakistan Today's recollection of
    Ghalibaf's visit), never its own report's engagement, whose day and city are not its own.
    (Another report tells it held when the tellers are two or more, or one not its own: no set
    made per item, which grew with the square of copied reports, issue 16.)"""
    tellers = {doc for doc, _, c in group if not c.planned and stands_alone(c)}
    return [(doc, pub, c) for doc, pub, c in group
            if c.planned or stands_alone(c) or len(tellers) > 1 or (tellers and doc not in tellers)]


def keep_told(events: list) -> list:
    """The events of a block (cluster.Event, each with its `members`) less those whose every telling
    is a recollection with no time of its own (`stands_alone`, a plan aside), unless a kept event
    is held during it (its `parent`)."""
    told = [e for e in events if not e.members or any(c.planned or stands_alone(c) for _, _, c in e.members)]
    kept = {id(e) for e in told} | {id(e.parent) for e in told if e.parent is not None}
    return [e for e in events if id(e) in kept]
