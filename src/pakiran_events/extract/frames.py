"""Clause frames: for each engagement trigger of a sentence, who (source and target slots),
where, when, and whether it was held (modality, negation). Token patterns are the dictionaries'
(`engagement.yaml`); nothing here names a country, a person or a place."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from pakiran_events.core.cues import DATE_EXPRESSION, is_date_line
from pakiran_events.extract.background import PASSING_KINDS, narrative_stay, no_traveller, pluperfect_before, told_past
from pakiran_events.extract.clauses import clause_at, relative_clause_at
from pakiran_events.extract.frame_regions import (
    denied,
    other_subject,
    outside,
    own_mentions,
    region_of,
    regions,
    unheld_after,
)
from pakiran_events.extract.mentions import Mention, Span
from pakiran_events.extract.plan_reference import asked_told_held, plans_told_on
from pakiran_events.extract.report import INVITED, Frame, Reading
from pakiran_events.extract.starts import first_match

KIND_OF_TRIGGER = {"meeting": "meeting", "passive_meeting": "meeting", "commission": "meeting", "phone": "phone_call",
                   "visit": "visit", "arrival": "arrival", "departure": "departure", "reception": "reception",
                   "ceremony": "ceremony"}
SYMMETRIC = ("passive_meeting", "commission", "phone", "ceremony")   # participants named anywhere in the sentence


def frames_of(r: Reading) -> list[Frame]:
    """Every frame of the report, in text order."""
    out, at_office = [], set()
    for i in range(len(r.spans)):
        trip = _trip_to_place(r, i)
        if trip is None and not r.has("any_engagement", i):
            continue
        for lo, hi, _ in regions(r, i):  # a clause of its own subject or modality tells its own frames
            _sentence_frames(r, i, trip, lo, hi, out, at_office)
    if not any(f.kind in ("visit", "arrival") and not (f.kind == "arrival" and f.sentence in at_office) for f in out):
        # an arrival at a host's office is no trip by itself (CURATION.md §2); beside a trip the report
        # tells ('who is on an official visit to Iran') it still gives the trip a day
        out = [f for f in out if not (f.kind == "arrival" and f.sentence in at_office)]
    from pakiran_events.extract.noun_frames import add_noun_frames  # it builds its frames with frame_at: a cycle

    add_noun_frames(r, out, frame_at)  # 'a meeting in X between A and B', 'the Pakistani side was led by A and ...'
    plans_told_on(r, out)  # 'the talks' after a plan, with no day or held verb of their own: the plan
    asked_told_held(r, out)  # 'asked whether A and B had spoken ...' and then 'later confirmed the call': held
    _gerund_departures(r, out)  # 'met Y on Monday before flying home': the way home, in the main clause's modality
    return out


def _gerund_departures(r: Reading, out: list[Frame]) -> None:
    """A departure frame for each way home told by a gerund after 'before' or 'after'
    (engagement.yaml `gerund_before`, `gerund_home`, `gerund_leaving`: 'met Y on Monday before
    flying home on Tuesday') in a sentence with no departure frame: the gerund has no subject or
    tense of its own, so it takes those of the clause it hangs on, the frame told last before it
    (a plan's gerund is planned: 'will meet Y on Monday before flying home'; round 27 made it a held
    visit). Its day is its own clause's, else that frame's. Appended in text order (round 28)."""
    added = []
    for f in out:
        if f.kind in ("departure", "arrival") or f.negated or f.background:
            continue
        gerund = _gerund_after(r, f, out)
        if gerund is None:
            continue
        i = f.sentence
        at = gerund.start("home") if gerund.group("home") else gerund.start("leaving")
        g = _frame(r, i, "departure", "departure", at, gerund.end())
        g.planned, g.negated, g.background, g.recalled = f.planned, False, False, False
        g.sources, g.targets, g.place_id = f.sources[:1], [], None
        _, b = clause_at(r.sentence(i), gerund.start())
        g.dates = [c for c in r.cues(i, gerund.end(), b) if not _bound(r, c)] or list(f.dates)
        if not g.sources or not _goes_home(r, i, g, gerund):
            continue
        added.append(g)
    if added:
        out.extend(added)
        out.sort(key=lambda f: (f.sentence, f.trigger.start))


def _gerund_after(r: Reading, f: Frame, out: list[Frame]):
    """The way-home gerund after frame f's trigger in its sentence, f being the last frame before
    it there and no departure told in the sentence; None otherwise."""
    i, s = f.sentence, r.spans[f.sentence]
    gerund = r.lex.patterns["gerund_departure"].search(r.sentence(i), f.trigger.end - s.start)
    if gerund is None:
        return None
    same = [g for g in out if g.sentence == i]
    if any(g.kind == "departure" for g in same) or any(f.trigger.start < g.trigger.start < s.start + gerund.start() for g in same):
        return None
    return gerund


def _goes_home(r: Reading, i: int, g: Frame, gerund) -> bool:
    """Whether the gerund's traveller goes home: always for 'flying home'; for 'leaving for <city>'
    only to a city of the traveller's own side (else an onward leg or a trip out, no way home)."""
    if gerund.group("home"):
        return True
    rest = gerund.string[gerund.end():]
    place = _place_after(r, i, gerund.end() + len(rest) - len(rest.lstrip()))
    mover = next((m for m in g.sources if r.people.is_person(m.actor_id)), None)
    return place is not None and mover is not None and r.people.country_of(place) == mover.side


def _place_after(r: Reading, i: int, pos: int) -> str | None:
    """The place named right at sentence offset `pos` (the gerund's destination), if any."""
    s = r.spans[i]
    return next((pid for at, pid in r.people.called_places(s.start + pos, s.end) if at == s.start + pos), None)


def frame_at(r: Reading, i: int, trigger: str, kind: str, start: int, end: int) -> Frame:
    """The frame of a trigger of engagement.yaml key `trigger` (frame kind `kind`) at sentence
    offsets [start, end) of sentence i, with the modality, negation, denial, background, place and
    date rules every verb frame gets; its sources and targets as `_frame` reads them (a caller that
    reads them otherwise, noun_frames.py, replaces them). Never raises on a sentence."""
    return _frame(r, i, trigger, kind, start, end)


def _sentence_frames(r: Reading, i: int, trip, lo: int, hi: int, out: list[Frame], at_office: set[int]) -> None:
    """The frames of sentence i's region [lo, hi) (`frame_regions`), one per kind, appended to
    `out`: the first region reads the sentence's first trigger of each kind, a later one only a
    trigger of its own not already framed."""
    framed = {f.trigger.start for f in out if f.sentence == i}
    seen: set[str] = set()
    for trigger in ("phone", "commission", "passive_meeting", "meeting", "ceremony", "reception", "visit",
                    "arrival", "departure"):
        if lo == 0:
            m = r.find(trigger, i) or (trip if trigger == "visit" else None) \
                or (_received_at_office(r, i) if trigger == "meeting" else None)
            m = _past_who_clause(r, i, trigger, m)
        else:
            m = first_match(r.lex.patterns[trigger], [t for t in r.trigger_starts(i) if lo <= t < hi], r.sentence(i)) \
                if trigger in r.lex.patterns else None
            if m is not None and r.spans[i].start + m.start() in framed:
                continue
        if m is not None and trigger in ("commission", "passive_meeting") and _told_as_planned_content(r, i, m):
            continue
        if m is None or (trigger == "meeting" and "phone_call" in seen and not _joined_after_call(r, i, m.start(), out)) \
                or _presence_at(r, i, m.start()):
            continue
        if trigger in ("passive_meeting", "meeting") and _inside_call(r, i, m.start(), out):
            continue  # 'a virtual meeting between A and B': the call's own noun, no meeting of its own (round 30)
        if trigger == "meeting":
            m = _meeting_told(r, i, m, framed)
        if m is None or (trigger in ("visit", "arrival", "departure") and _crowd_trip(r, i, m)):
            continue
        if trigger == "phone" and _call_without_person(r, i, m):
            continue
        kind = KIND_OF_TRIGGER[trigger]
        if kind in seen and kind != "reception":
            continue
        if trigger == "arrival" and _at_host_office(r, i, m):
            at_office.add(i)  # 'a guard of honour on arrival at the Naval Headquarters': the venue of a call
        if trigger == "arrival" and _LEFT_FOR.match(m.group(0)) and not r.mentions[i]:
            continue  # 'left for Tehran after the session', nobody named: a guest going home, no trip told
        if trigger == "visit" and r.lex.patterns["where_a_thing_is"].match(m.group(0)) and not r.mentions[i] and _thing_subject(r, i, m.start()):
            continue  # 'its secretariat is in Tehran': where a thing is, no trip
        if trigger == "visit" and _stay_no_trip(r, i, m):
            continue  # 'spent two days in March negotiating', 'who spent a week in Tehran in 2019': no trip of this report
        frame = _frame(r, i, trigger, kind, m.start(), m.end())
        if trigger == "commission" and _commission_unheld(r, i, frame, m.start()) == "habitual":
            continue  # 'contacts ... including the meetings of the joint border commission': a mechanism, no session
        if trigger == "commission" and _commission_named_only(r, i, frame):
            continue  # 'a permanent secretariat of the border commission': the body named, no session told
        if kind == "meeting" and (_habit_after(r, i, m.end()) or _generic_noun(r, i, m.start(), m.end())):
            continue  # 'a commission that was supposed to meet twice a year', 'every meeting between ...': a habit, no session
        seen.add(kind)
        if not (frame.background and kind == "visit" and not _persons(r, frame.sources) and _recalled_trip(r, i, m.start(), m.end())
                or no_traveller(r, i, m.start(), kind, frame.background, frame.sources)):
            out.append(frame)  # 'navy ships have visited Karachi': a recollection that names no traveller tells no visit


_NEXT_WORD = re.compile(r"\s+")


def _inside_call(r: Reading, i: int, start: int, out: list[Frame]) -> bool:
    """Whether sentence offset `start` lies inside the trigger of a call frame of sentence i ('a virtual
    meeting between', 'a video conference meeting'): the meeting words are the call's, told once."""
    at = r.spans[i].start + start
    return any(f.sentence == i and f.kind == "phone_call" and f.trigger.start <= at < f.trigger.end for f in out)


def _joined_after_call(r: Reading, i: int, start: int, out: list[Frame]) -> bool:
    """Whether the meeting trigger at sentence offset `start` is a predicate coordinated right after
    a call of the sentence ('received a call from X on Monday and met Y on Tuesday': engagement.yaml
    `and_before`): a meeting of its own beside the call, not the call told again (round 28)."""
    if r.lex.patterns["and_before"].search(r.sentence(i), max(0, start - 40), start) is None:
        return False
    at = r.spans[i].start + start
    return any(f.sentence == i and f.kind == "phone_call" and f.trigger.end <= at for f in out)


def _before_joined_meeting(r: Reading, i: int, kind: str, end: int, people: list[Mention],
                           after: list[Mention]) -> tuple[list[Mention], list[Mention]]:
    """(people, after) of a call frame without the persons named after a meeting trigger coordinated
    after it (`_joined_after_call`: 'received a call from X and met Y'): Y is met, not called (round
    28). Other kinds' as they are."""
    if kind != "phone_call":
        return people, after
    sentence, base = r.sentence(i), r.spans[i].start
    for t in r.trigger_starts(i):
        if t >= end and (m := r.lex.patterns["meeting"].match(sentence, t)) is not None and m.start() == t \
                and r.lex.patterns["and_before"].search(sentence, max(0, t - 40), t) is not None:
            return [p for p in people if p.span.start - base < t], [p for p in after if p.span.start - base < t]
    return people, after


def _stay_no_trip(r: Reading, i: int, m) -> bool:
    """Whether a visit trigger telling a stay ('spent three days in', engagement.yaml `stay_in`)
    tells no trip of the report: no known place (the gazetteer) right after it ('spent two days in
    March negotiating', 'in Parliament debates'), or the stay told in a person's relative clause of
    the past ('X, who spent several days in Islamabad in 2019 as a student, met Y'; 'who had spent')."""
    sentence = r.sentence(i)
    stay = r.lex.patterns["stay_in"].match(sentence, m.start())
    if stay is None or stay.end() != m.end():
        return False
    gap = _NEXT_WORD.match(sentence, m.end())
    at = gap.end() if gap else m.end()
    base = r.spans[i].start
    places = r.people.named_places(base + at, min(base + at + 60, r.spans[i].end))
    if not places or places[0][0] != base + at:
        return True
    held = relative_clause_at(sentence, m.start())
    if held is None:
        return False
    if r.lex.patterns["stay_before"].search(sentence, held[0], m.start()):
        return True
    year = r.published.year if r.published else None
    return year is not None and any(c.resolved and c.end is not None and c.end.year < year
                                    for c, _ in r.cues(i, held[0], held[1]))


def _at_host_office(r: Reading, i: int, m) -> bool:
    """Whether an arrival trigger ending in 'at' reaches a host's office ('on arrival at the Naval
    Headquarters', 'arrived at the Ministry of Foreign Affairs': engagement.yaml `host_office`): the
    venue of a call, which tells no trip by itself (CURATION.md §2: a visit needs a report of the trip)."""
    trigger = m.group(0)
    if not trigger.lower().endswith("at"):
        return False
    return r.lex.patterns["host_office_at"].match(r.sentence(i), m.end() - 2) is not None


_LEADING_ADVERB = re.compile(r"[a-z]+ly\s+", re.IGNORECASE)  # grammar: an '-ly' adverb


def _adverb_end(sentence: str, start: int) -> int:
    """Where a trigger's verb begins after a leading '-ly' adverb ('jointly inaugurated'), relative
    to the trigger's start: 0 when it has none."""
    m = _LEADING_ADVERB.match(sentence, start)
    return m.end() - start if m else 0


def _commission_named_only(r: Reading, i: int, frame: Frame) -> bool:
    """A commission's name with no day of its own, nobody named in its frame and no held passive in its
    sentence ('mechanisms ..., including the Joint Border Commission', 'a secretariat of the border
    commission'): the body, not a session; without this the report's most-named people stood in as its
    guest and host (round 29, losses29). A meeting verb of the sentence still makes its own frame."""
    return not frame.dates and not frame.planned and not _persons(r, frame.sources + frame.targets) \
        and r.lex.patterns["held_passive"].search(r.sentence(i)) is None and not _sides_acted(r, i)


def _sides_acted(r: Reading, i: int) -> bool:
    """Whether sentence i names the pair of sides and tells a past verb ('The two sides agreed to set up
    a joint committee', 'The commission of the two countries formed two working groups'): the sides met
    through the body, whose governments take part (round 23's tests, lost by losses29; review29)."""
    sentence, p = r.sentence(i), r.lex.patterns
    return p["both_sides"].search(sentence) is not None and p["held_verb"].search(sentence) is not None


def _negated_purpose(r: Reading, i: int, start: int) -> bool:
    """Whether the trigger at sentence offset `start` is the purpose of a negated predicate of its clause
    ('was not back in Islamabad on Wednesday for talks with Y', engagement.yaml `purpose_heads`): the
    negation only reaches a few words before a trigger (Reading.modality_at), a purpose hangs further
    back on its predicate and is not held when the predicate is not (round 31)."""
    a, _ = clause_at(r.sentence(i), start)
    return r.lex.patterns["negated_purpose"].search(r.sentence(i), a, start) is not None


def _generic_noun(r: Reading, i: int, start: int, end: int) -> bool:
    """Whether the engagement noun at [start, end) of sentence i is quantified ('every meeting between
    Pakistani and Iranian officials', engagement.yaml `generic_quantifiers`): any meeting of its kind, no
    one session of the report's (round 31). A verb trigger ('each met Y') is not read here."""
    sentence = r.sentence(i)
    head = sentence[start:end].split(" ", 1)[0]
    if r.lex.patterns["verb_trigger"].fullmatch(head) is not None:
        return False
    return r.lex.patterns["generic_before"].search(sentence, max(0, start - 30), start) is not None


def _habit_after(r: Reading, i: int, end: int) -> bool:
    """Whether how often a meeting is held (engagement.yaml `habit_frequency`) follows its trigger,
    ending at sentence offset `end`, within its clause and with no 'and' or 'but' between ('the
    commission that was supposed to meet twice a year', 'have met irregularly'): a habit of no one
    time (round 29, losses29). 'met on Monday and agreed to meet every year' keeps its meeting."""
    return r.lex.patterns["habit_after"].match(r.sentence(i), end) is not None


def _commission_unheld(r: Reading, i: int, frame: Frame, start: int) -> str | None:
    """How a commission named with no day of its own and no held verb is told, by the words just
    before its name: 'wanted' for a session still to come ('the early convening of the next session
    of', 'preparing for a round of'; the frame becomes planned), 'habitual' for a standing
    mechanism in the plural ('the meetings of the joint border commission'; no frame), None
    otherwise (engagement.yaml `commission_wanted_adjectives`, `commission_preparing`,
    `commission_session_nouns`, `commission_habitual_nouns`). A day or a held passive ('the new
    round ... was held on Monday') keeps the session held."""
    if frame.dates or frame.planned or r.lex.patterns["held_passive"].search(r.sentence(i)):
        return None
    before, p = r.sentence(i)[max(0, start - 120):start], r.lex.patterns
    if p["commission_wanted"].search(before):
        frame.planned = True
        return "wanted"
    return "habitual" if p["commission_habitual"].search(before) else None


def _thing_subject(r: Reading, i: int, start: int) -> bool:
    """Whether the words before the trigger in its clause name no one: no title ('the minister'),
    no capitalised name after the clause's first word unless that word is all ('Dar'; all capitals,
    'the ECO secretariat', is no name), so 'its secretariat is in Tehran' tells where a thing is."""
    a, _ = clause_at(r.sentence(i), start)
    subject = r.sentence(i)[a:start].strip()
    rest = subject.split(None, 1)[1] if " " in subject else subject  # 'Dar is in Tehran': a one-word subject is its name
    return r.lex.patterns["title_scan"].search(subject) is None and _NAME_WORD.search(rest) is None


_NAME_WORD = re.compile(r"\b[A-Z][a-z]")
# after an appeal trigger: its object (no clause break) up to 'to' and a verb
_APPEAL_OBJECT = re.compile(r"[^,;:.()]{1,60}?\bto\s+[a-z]+\b")


def _appeal(r: Reading, i: int, m) -> bool:
    """'Pakistan called upon both countries to exercise restraint': a meeting trigger that is also an
    appeal verb (engagement.yaml `appeal_triggers`) followed in its clause by 'to' and a verb, with
    no person named between, asks something of someone; it tells no meeting. 'called on the
    President to discuss ties' names a person there: a meeting."""
    if not r.lex.patterns["appeal_trigger"].search(m.group(0)):
        return False
    obj = _APPEAL_OBJECT.match(r.sentence(i), m.end())
    if obj is None:
        return False
    s = r.spans[i]
    return not any(r.people.is_person(x.actor_id) and s.start + m.end() <= x.span.start < s.start + obj.end()
                   for x in r.mentions[i])


def _meeting_told(r: Reading, i: int, m, framed: set[int]):
    """The first meeting trigger of sentence i from `m` on that tells a meeting: not an appeal
    (`_appeal`: 'called on Y to act') nor a thing received (`_things_received`: 'received X's letter');
    past such a trigger the sentence's next meeting trigger is read ('received X's letter and met Y on
    Tuesday': review of round 26). None when there is none, or it is one `framed` (text offsets) holds."""
    while m is not None and (_appeal(r, i, m) or _thing_received(r, i, m)):
        m = first_match(r.lex.patterns["meeting"], [t for t in r.trigger_starts(i) if t >= m.end()], r.sentence(i))
        if m is not None and r.spans[i].start + m.start() in framed:
            m = None
    return m


def _thing_received(r: Reading, i: int, m) -> bool:
    """'received Iranian Interior Minister X's letter': a host's verb (engagement.yaml `host_verbs`)
    whose object is a thing a person sent (`received_things`, after the person's possessive) tells no
    meeting; 'received the Iranian President's special envoy' receives a person, and stays one."""
    return r.lex.patterns["host_verb"].match(m.group(0)) is not None and m.end() in _things_received(r, i)


def _without_principals(r: Reading, people: list) -> list:
    """`people` without those named only as whom another acts for ('received President X's special
    envoy Y', 'a call from X's deputy Y': engagement.yaml `proxy_nouns` after the possessive): X is no
    party, Y is (breaker of round 27: the meeting was X's). Persons only; an organisation's possessive
    ('the ministry's spokesman') is not asked."""
    proxy = r.lex.patterns["proxy_after"]
    return [m for m in people if not (r.people.is_person(m.actor_id) and proxy.match(r.text, m.span.end))]


def _without_senders(r: Reading, i: int, people: list, kind: str) -> list:
    """`people` without the senders of the things sentence i says someone received ('received
    Rouhani's message and held talks with Y': Rouhani is no party of the talks); a call received
    ('received X's telephone call') is X's call, so a call frame keeps them."""
    if kind == "phone_call" or not (sent := _things_received(r, i)):
        return people
    s = r.spans[i]
    return [m for m in people if not any(s.start + a <= m.span.start < s.start + b for a, b in sent.items())]


def _things_received(r: Reading, i: int) -> dict[int, int]:
    """The things sentence i says someone received ('received President X's message'), each as the
    end of the host's verb -> the end of the thing's noun (sentence offsets): the sender named between
    takes part in no engagement of the sentence (review of round 26), and that verb tells no meeting.
    Read once per sentence (`Reading.memo`), not once per frame."""
    def find() -> dict[int, int]:
        sentence, p = r.sentence(i), r.lex.patterns
        found = {}
        for v in p["host_verb"].finditer(sentence):
            if (t := p["thing_received"].match(sentence, v.end())) is not None:
                found[v.end()] = t.end()
            elif (t := p["thing_received_from"].match(sentence, v.end())) is not None:
                found[v.end()] = _sender_end(r, i, t.end())
        return found
    return r.cached("things_received", i, find)


_SENDER_GAP = re.compile(r"[^,;:()]{0,40}")  # grammar: the sender's title words before the name, no punctuation


def _sender_end(r: Reading, i: int, at: int) -> int:
    """The end (sentence offset) of the sender named right after 'from' at sentence offset `at`
    ('received a letter from Iranian Foreign Minister X and met Y': X's mention), `at` when no
    person is named there: the sender is no party of the sentence's meeting (round 28)."""
    base = r.spans[i].start
    sentence = r.sentence(i)
    for m in sorted(r.mentions[i], key=lambda m: m.span.start):
        if m.span.start - base >= at and _SENDER_GAP.fullmatch(sentence, at, m.span.start - base):
            return m.span.end - base
    return at


def subject_hosts(r: Reading, f: Frame) -> bool:
    """Whether a meeting frame's subject is its host (recv26, issue 15): its trigger is a host's verb
    (engagement.yaml `host_verbs`) in the active voice ('X received Y', 'X hosted his counterpart',
    'X warmly welcomed Y to'), so `f.sources` holds the host and `f.targets` the guest. False for
    every other meeting trigger ('met Y', 'called on Y', 'talks with Y': the object is the host)
    and for the passive ('Y was received by X at the ministry': the agent after 'by' is a target and
    the host, as an object is)."""
    if f.kind != "meeting":
        return False
    s = r.spans[f.sentence]
    return r.lex.patterns["host_verb"].match(r.text, f.trigger.start, s.end) is not None \
        and not _PASSIVE_BEFORE.search(r.text, s.start, f.trigger.start)


# an auxiliary of the passive right before a host's verb ('was warmly received', 'had been hosted')
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
# the ends a call trigger names: 'from' or 'by' in its words or the four after it, a 'to' ending it
_CALL_END = re.compile(r"(?<![\w\-])(?:by|from|to)(?![\w\-])", re.IGNORECASE)  # grammar: prepositions
_FOUR_WORDS = re.compile(r"(?:\s+[\w’'.\-]+){0,4}")


def _call_without_person(r: Reading, i: int, m) -> bool:
    """Whether a call trigger names an end that is no person (round 26): after its 'from', 'by' or
    final 'to', an institution or someone's staff (engagement.yaml `call_not_party`: 'received by
    the consulate in Mashhad', 'a call from the office of President X', 'from Araghchi's office') or
    people of no office (`private_counterparts`: 'calls from pilgrims were received'). A call needs a
    person at each end; the people named elsewhere in its sentence are not its parties then."""
    sentence, p = r.sentence(i), r.lex.patterns
    tail = _FOUR_WORDS.match(sentence, m.end())
    for end in _CALL_END.finditer(sentence, m.start(), tail.end() if tail else m.end()):
        if end.group(0).lower() == "to" and end.end() != m.end():
            continue  # 'to' only as the trigger's own end ('made a call to'), not 'a call ... to discuss'
        if any(p[k].match(sentence, end.end()) for k in ("call_not_party", "call_owned_by", "private_counterpart")):
            return True
    return False


def _crowd_trip(r: Reading, i: int, m) -> bool:
    """'Last year, more than two hundred thousand Pakistanis travelled to Iraq': a travel trigger whose
    clause opens with a quantity (engagement.yaml `crowd_quantities`), in a sentence naming nobody,
    tells a crowd's trips, not one of the report's principals (who would otherwise stand in)."""
    if r.mentions[i]:
        return False
    a, _ = clause_at(r.sentence(i), m.start())
    return r.lex.patterns["crowd_subject"].match(r.sentence(i), a, m.start()) is not None


def _received_at_office(r: Reading, i: int):
    """'He was later received by the Prime Minister at the PM House': a passive reception followed
    in its sentence by a known venue it puts the guest at (places.yaml `venues`) is a meeting at
    the host's office, as is one at a place told by its kind ('at the interior ministry':
    engagement.yaml `host_office`); None when the sentence holds a welcome cue ('at the airport',
    'on arrival': engagement.yaml `welcome`), or the venue is one, or no venue follows."""
    sentence = r.sentence(i)
    m = r.lex.patterns["received_at"].search(sentence)
    if m is None or r.lex.patterns["welcome"].search(sentence):
        return None
    if r.lex.patterns["host_office_at"].search(sentence, m.end()):
        return m
    s = r.spans[i]
    venue = r.people.venue_at(s.start + m.end(), s.end, s.start + m.start())  # not where the news was told
    return m if venue is not None and not r.lex.patterns["welcome"].search(venue[0]) else None


_LEFT_FOR = re.compile(r"(?:left|departed)\s+for\b", re.IGNORECASE)
# a trigger opening a relative clause of the subject: 'X and Y, who last met in Tehran in January, held talks'
_WHO_BEFORE = re.compile(r",\s*who\s+(?:[a-z]+\s+){0,2}$")


_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)


@lru_cache(maxsize=64)
def _that_spans(sentence: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Starts and ends of the word 'that' in a sentence, in order (found once per sentence)."""
    found = [m.span() for m in _THAT_WORD.finditer(sentence)]
    return tuple(a for a, _ in found), tuple(b for _, b in found)


def _that_between(sentence: str, start: int, end: int) -> bool:
    """Whether a word 'that' lies wholly in sentence[start:end]: one bisection, not a search of the
    span for every date and trigger (a sentence of many dates and triggers was cubic: review14)."""
    starts, ends = _that_spans(sentence)
    k = bisect_left(starts, start)
    return k < len(starts) and ends[k] <= end
# a trigger heading a 'that' clause: 'decided that the joint commission', 'agreed that a meeting'
_THAT_HEAD = re.compile(r"\bthat\s+(?:[\w’'\-]+\s+){0,3}$", re.IGNORECASE)


def _told_as_planned_content(r: Reading, i: int, m) -> bool:
    """'X held talks with Y on Monday and decided that the joint commission will convene in July':
    a commission or session trigger heading a 'that' clause told as a plan, after a meeting trigger
    of the sentence, is what the meeting decided, not the sentence's engagement; the meeting
    trigger takes the frame."""
    sentence = r.sentence(i)
    held = r.find("meeting", i)
    if held is None or held.end() > m.start() or _THAT_HEAD.search(sentence, held.end(), m.start()) is None:
        return False
    return r.lex.patterns["future"].search(sentence, m.end()) is not None or \
        r.lex.patterns["plan"].search(sentence, m.end()) is not None


def _past_who_clause(r: Reading, i: int, trigger: str, m):
    """The sentence's trigger of this kind after a 'who' clause that holds the first one ('X and
    Y, who last met in Tehran in January, held talks on Tuesday'): the clause recalls another
    engagement of the subject, the main clause tells the report's. The first one when no trigger
    of its kind follows the clause ('Y, who met him at the airport, discussed ...': it is the
    sentence's own)."""
    if m is None or trigger not in r.lex.patterns:
        return m
    sentence = r.sentence(i)
    if _WHO_BEFORE.search(sentence, max(0, m.start() - 40), m.start()) is None:
        return m
    close = sentence.find(",", m.end())
    later = r.lex.patterns[trigger].search(sentence, close) if close >= 0 else None
    return later or m


def _trip_to_place(r: Reading, i: int):
    """The first `trip_to_place` trigger of sentence i ('his trip to Mashhad', 'who is visiting
    Tehran') whose next words are a known place, one of the places it names being in the dyad;
    None otherwise ('her visit to Tajikistan, Turkey and Qatar': no visit of the dyad is told, and
    the report's own country must not stand in for where the trip went)."""
    pattern = r.lex.patterns["trip_to_place"]   # with the recalled trips' words ('visited Gwadar')
    s = r.spans[i]
    for m in pattern.finditer(r.sentence(i)):
        named = r.people.places_in(s.start + m.end(), s.end)
        if not named or r.text[s.start + m.end():named[0][0]].strip():
            continue
        listed = [pid for pos, pid in named if pos - (s.start + m.end()) <= 80]  # the places the trip lists
        if any(r.people.country_of(pid) in r.lex.dyad for pid in listed):
            return m
    return None


# a trigger named as what someone was present at: 'the meeting', 'these talks', 'the occasion'
_REFERRED = re.compile(r"\s*(?:(?:during|at|in|on|for|throughout)\s+)?(?:the|this|that|these|those)\s+", re.IGNORECASE)


def _presence_at(r: Reading, i: int, start: int) -> bool:
    """'X was also present during the meeting', 'The meeting was also attended by X': an attendance
    clause refers back to an engagement already told, named after the cue or as the sentence's
    subject before it; it adds people to that one (entourage.attach_entourage), it tells no new one."""
    present = r.find("attendance", i)
    if present is None:
        return False
    if start < present.start():  # the subject: 'The talks, held behind closed doors, were attended by'
        subject = _REFERRED.match(r.sentence(i), 0)
        told_here = any(m.span.start < r.spans[i].start + present.start() and r.people.is_person(m.actor_id)
                        for m in r.mentions[i])  # 'The meeting between X and Y was attended by': told here
        return subject is not None and start <= subject.end() + 24 and not told_here
    if start < present.end():
        return False
    referred = _REFERRED.match(r.sentence(i), present.end())
    return referred is not None and start <= referred.end() + 24


def series_member(r: Reading, i: int) -> bool:
    """Whether sentence i opens as one of the engagements the sentence before told as a series
    ('held a series of meetings with leaders ... Among them was a meeting with Y', 'These included
    talks with Y': engagement.yaml `series_member`), that sentence naming an engagement noun."""
    return i > 0 and r.lex.patterns["series_member"].match(r.sentence(i)) is not None \
        and r.lex.patterns["engagement_noun"].search(r.sentence(i - 1)) is not None


def _series_subject(r: Reading, i: int, targets: list[Mention]) -> list[Mention]:
    """The subject of the series the sentence before told (`series_member`): its first-named person
    of another side than the meeting's named counterparts; none when it names no such person."""
    sides = {m.side for m in _persons(r, targets)}
    before = sorted(_persons(r, r.mentions[i - 1]), key=lambda m: m.span.start)
    return next(([m] for m in before if m.side not in sides), [])


def _of_series(r: Reading, i: int, frame: Frame) -> None:
    """A meeting of sentence i told as one of the series the sentence before told (`series_member`):
    with no person of its own as subject, the series' subject (`_series_subject`). (Its day, with
    none of its own, is the series' one day: borrowing relation `series`.)"""
    if not _persons(r, frame.sources):
        frame.sources = _series_subject(r, i, frame.targets)


def _persons(r: Reading, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if r.people.is_person(m.actor_id)]


def _outside_asides(r: Reading, i: int, kind: str, start: int, sources: list[Mention]) -> list[Mention]:
    """A travel frame's subject (a trip's kinds, background.PASSING_KINDS) without the persons named
    inside a relative clause about a person ('X, who met Y and Z before leaving, arrived': Y and Z
    stayed home; issue 15), unless the trigger at sentence offset `start` is in one too or nobody else
    is named; other mentions kept, in order. Other kinds' sources as they are."""
    sentence = r.sentence(i)
    people = _persons(r, sources) if kind in PASSING_KINDS["visit"] else []
    if len(people) < 2 or relative_clause_at(sentence, start) is not None:
        return sources
    aside = {id(m) for m in people if relative_clause_at(sentence, m.span.start - r.spans[i].start) is not None}
    return [m for m in sources if id(m) not in aside] if len(aside) < len(people) else sources


def _participle_at(r: Reading, i: int, start: int) -> re.Match | None:
    """The subordinator ('before', engagement.yaml `participle_before`) right before an '-ing' trigger at
    sentence offset `start` ('met Y on Monday before flying back'): the participle hangs on the predicate
    before it, whose subject and modality it shares; None for any other trigger."""
    sentence = r.sentence(i)
    if not sentence[start:].split(" ", 1)[0].lower().endswith("ing"):
        return None
    return r.lex.patterns["participle_before"].search(sentence, max(0, start - 20), start)


def _hung_on_a_plan(r: Reading, i: int, start: int) -> bool:
    """Whether a participle trigger ('before flying back') hangs on a planned predicate ('will meet Y on
    Monday before flying back on Tuesday'): the plan is the participle's too, no held way home."""
    hung = _participle_at(r, i, start)
    return hung is not None and r.modality_at(i, hung.start(), hung.start() + 1)[0]


def _coordinated_subject(r: Reading, i: int, start: int, before: list[Mention]) -> list[Mention]:
    """The mentions before a trigger at sentence offset `start` that can be its subject: for a
    predicate coordinated right after another with no subject of its own ('X met Y on Monday and flew
    home on Tuesday': engagement.yaml `and_before`), those before the engagement predicate it follows,
    the first verb's subject, never its object (issue 15); else `before` as it is."""
    sentence = r.sentence(i)
    joined = r.lex.patterns["and_before"].search(sentence, max(0, start - 40), start)
    participle = joined is None
    if participle:
        # 'met Y before flying back': a participle hung on the first verb has that verb's subject too
        joined = _participle_at(r, i, start)
    if joined is None:
        return before
    first = [t for t in _anchors(r, i) if t[2] and t[1] <= joined.start()]
    if not first:
        return before
    head = r.spans[i].start + max(first, key=lambda t: t[1])[0]
    subject = [m for m in before if m.span.start < head]
    # a participle never takes the object: 'He met Y ... before flying back' leaves its subject to 'He'
    return subject or ([] if participle else before)


def _frame(r: Reading, i: int, trigger: str, kind: str, start: int, end: int) -> Frame:
    s = r.spans[i]
    frame = Frame(kind, i, Span(s.start + start, s.start + end))
    frame.planned, frame.negated = r.modality_at(i, start, end)
    p = r.lex.patterns
    frame.background = recalled = _told_as_background(r, i, kind, start, end)
    # 'wanted to build on the accords reached during X's visit in April': that visit was held
    frame.planned = frame.planned and not _past_participle_between(r, i, start)
    if frame.planned and p["past_verb"].match(r.sentence(i)[start:end], _adverb_end(r.sentence(i), start)) and not _plan_before(r, i, start):
        frame.planned = False  # 'arrived ... for talks set to focus on': a plan word after a past verb is another's
    frame.planned = frame.planned and _planned_without_asides(r, i, start, end)
    frame.planned = frame.planned or _hung_on_a_plan(r, i, start)
    frame.negated = frame.negated or denied(r, i, start) or unheld_after(r, i, end)  # 'his meeting with X did not take place'
    frame.negated = frame.negated or _negated_purpose(r, i, start)  # 'was not back in Islamabad for talks with X'
    if frame.planned and _held_after_plans(r, i, start):
        frame.planned = False  # 'originally scheduled for last week, was held on Monday': held in the end
    said_plan = None if _plan_before(r, i, start) else _anothers_plan(r, i, start, end)
    if said_plan is not None:
        frame.planned = False  # 'at the talks, X said they would not allow ...': the plan is what was said
    # 'X's visit to Zahedan, where he was to meet Y, was called off': the aside cut the clause
    frame.planned = frame.planned or p["called_off_after"].match(r.sentence(i), end) is not None
    # 'it was unclear whether A met B', 'hoped that they met': a governor of wishing or asking makes
    # the clause wished or asked in any tense, whatever held verb it tells (Reading.governed_at)
    frame.planned = frame.planned or r.governed_at(i, start)
    # the actors of its own region: a clause of another subject or modality tells its own frame
    people = _without_principals(r, _without_senders(r, i, own_mentions(r, i, start), kind))
    before = [m for m in people if m.span.start < s.start + start]
    after = [m for m in people if m.span.start >= s.start + end]
    people, after = _before_joined_meeting(r, i, kind, end, people, after)
    if trigger in SYMMETRIC:
        frame.sources, frame.targets = people[:1], people[1:]
        if trigger == "phone" and len({m.side for m in _persons(r, people)}) < 2:
            plural = r.people.plural_office(i)
            frame.sources, frame.targets = (plural[:1], plural[1:]) if plural else (frame.sources, frame.targets)
    elif trigger == "reception" and r.sentence(i)[start:end].lower().endswith(" by"):
        frame.sources, frame.targets = after, before    # passive: 'X was received by Y' -> Y received X
    else:
        frame.sources, frame.targets = _coordinated_subject(r, i, start, before)[::-1], after  # nearest subject first
    frame.sources = _outside_asides(r, i, kind, start, frame.sources)
    if kind == "meeting" and not _persons(r, frame.targets) and len({m.side for m in _persons(r, frame.sources)}) > 1:
        frame.sources, frame.targets = frame.sources[:1], frame.sources[1:]  # 'A and B met': both subjects, each the other's
    if kind == "meeting" and frame.sources and not any(m.side != frame.sources[0].side for m in _persons(r, frame.targets)):
        other = r.people.counterpart_of(i, s.start + end, frame.sources[0])
        if other:
            frame.targets = [other, *frame.targets]
    if kind == "meeting" and frame.sources and not frame.targets:
        referent = _object_pronoun(r, i, end, frame.sources[0])
        if referent is not None:
            frame.targets = [referent]  # 'Y, who met him on the sidelines': him is the person told before
    # a trip told as over, or talks told in its clause ('concluded his visit on Wednesday, leaving for
    # Tehran after a call on the prime minister'): the city gone home to is neither's place
    homeward = _completed(r, r.sentence(i), start, end) if kind in ("visit", "departure") \
        else kind == "meeting" and p["completed"].search(r.sentence(i)) is not None
    frame.place_id = _tour_stop(r, frame.trigger) or _on_tour_stop(r, i, _region_place(r, i, start, kind == "meeting", homeward)) \
        or (_left_place(r, i, end) if kind == "departure" else None)
    if kind == "visit":
        _named_trip(r, i, frame, people, start, end)
    own = owned_cues(r, i, start, end)
    told_as_past = frame.background or pluperfect_before(r, i, start, end)  # by its words, not its day
    frame.background = (frame.background or told_past(r, i, start, end, own)) and not narrative_stay(r, i, start, own)
    # a trip named as a noun ('during the visit of X to Iran', _named_trip) is background for its dates
    # only: it may be the trip the report tells, and joins it
    frame.recalled = frame.background and (recalled or _past_adjective(r, i, start) or told_past(r, i, start, end, own))
    frame.past_by_date = frame.background and not told_as_past  # 'later that day' still counts from it (review23 S2)
    if frame.background:  # a told past engagement is dated by its own clause only: it takes no day of the report's (background.py)
        # review 24 (F6): never the dateline's, the newsroom's day (a late report's pluperfect lead)
        cues = [c for c in _joined_ranges(r, own) if not _is_dateline_cue(r, c)]
    else:  # a day told in a clause of another modality is the plan's or the denial's
        cues = [c for c in _frame_cues(r, i, kind, start, end) if c[1] != s or not outside(r, i, start, c[0].span[0], modality_only=True)]
    cues = _before_the_floor_joined(r, i, end, cues)
    if kind == "visit" and any(_since(r, c) for c in cues):
        frame.kind = kind = "arrival"  # 'since Sunday, X has been on a visit': the day the visit began
    frame.dates = [c for c in cues if not _bound(r, c) or (kind == "arrival" and _since(r, c))]
    if any(not _is_dateline_cue(r, c) for c in frame.dates):
        frame.dates = [c for c in frame.dates if not _is_dateline_cue(r, c)]  # the newsroom's day, not the engagement's
    frame.dates = _before_plans(r, i, frame.dates, end, said_plan)
    if p["later_than"].search(r.sentence(i)[max(0, start - 60):start]):
        # 'ahead of the minister's trip, which begins on Sunday': the engagement is later than what
        # the sentence tells of; only the dates after its trigger (its own clause) date it
        frame.dates = [(c, sp) for c, sp in frame.dates if sp == s and c.span[0] >= end]
    if frame.background and not frame.sources and not frame.targets and _indefinite_subject(r, i, start):
        # 'two ministers last met in X on Sunday': an earlier engagement of people the report does not
        # name (an indefinite subject, unlike 'they' or 'the two ministers', which refer back to those
        # it names); its day is not the day of the report's principals, who would otherwise stand in
        frame.dates = []
    if not frame.planned and r.published is not None:
        if frame.dates and all(c.ahead and c.resolved and c.start > r.published for c, _ in frame.dates):
            frame.planned = True  # a scheduled step told in the present tense, still to come ('arrives Friday')
        else:  # a held engagement is not after its report (a page header's later retrieval date is not its
            # day), unless its clause names the day in full and tells it as held or happening: a visit
            # under way may state its last day; a plan's day (read forward) is no held day
            frame.dates = [(c, sp) for c, sp in frame.dates
                           if not c.resolved or c.start <= r.published
                           or (not c.ahead and _full_date(r, c, sp) and (c.start - r.published).days <= HELD_AFTER_REPORT_DAYS)]
    if frame.dates and all(_is_dateline_cue(r, c) for c in frame.dates):
        frame.dates = _over_dateline(r, i, kind, start, end, frame.dates)
    if kind == "meeting" and series_member(r, i):
        _of_series(r, i, frame)  # 'held a series of meetings on Thursday. Among them was a meeting with Y'
    if kind == "meeting" and not frame.planned:
        frame.dates = _talks_length(r, i, frame.dates)  # 'met on Tuesday for two days of talks'
        frame.dates = _within_opened(r, i, frame.dates, start, end)  # 'during his visit that began on Sunday'
    if kind == "visit" and not frame.dates and not frame.planned and _on_tour(r, frame):
        frame.dates = _tour_days(r)  # 'first stop on his three-day tour, which also includes Iran'
    frame.dates = _predicates_day(r, i, frame, start)  # 'toured the shipyard on Tuesday before flying back to Tehran'
    if kind in ("visit", "departure") and not frame.planned:
        _ended(r, i, frame, start, end)
    return frame


def _predicates_day(r: Reading, i: int, frame: Frame, start: int) -> list:
    """The day of the predicate a way-home participle with no day of its own hangs on ('toured the
    shipyard on Tuesday before flying back to Tehran', `_participle_at`): the participle has no tense
    or time of its own, it is told of that predicate's day (the gerund path, `_gerund_departures`,
    does the same for a trigger's frame). The cues of the clause before the subordinator, none when
    it names none or is no participle; any other frame's dates as they are."""
    if frame.kind != "departure" or frame.dates or frame.background:
        return frame.dates
    hung = _participle_at(r, i, start)
    if hung is None:
        return []
    a, _ = clause_at(r.sentence(i), max(0, hung.start() - 1))
    return [c for c in r.cues(i, a, hung.start()) if not _bound(r, c) and not c[0].ahead]


def _over_dateline(r: Reading, i: int, kind: str, start: int, end: int, dates: list) -> list:
    """The cues of a frame of `kind` (trigger at [start, end) of sentence i) whose `dates`, (DateCue,
    Span) pairs, are all its dateline's, the newsroom's day: a day the report tells of the engagement
    instead, else `dates` unchanged."""
    if not any(_full_date(r, c, sp) for c, sp in dates):
        # 'TEHRAN, March 3 - X met Y ..., the ministry said on 1 March 2025': a yearless dateline is
        # the newsroom's day; a full date the sentence gives (even one its reporting verb owns) says more
        told = [(c, sp) for c, sp in r.cues(i) if c.resolved and not c.ahead and not _is_dateline_cue(r, (c, sp))
                and _full_date(r, c, sp) and not _bound(r, (c, sp)) and not _owned_by_another(r, i, c, start, end)]
        # failing that, the one day the sentence gives another engagement in the week up to the
        # dateline's ('CITY, May 16: X concluded a visit on Wednesday': the dateline is nearer
        # 'concluded', the Wednesday is the visit's end; 'the accord reached on 1 January 1995' is not)
        dates = told[:1] or _days_up_to(_not_from_a_later_aside(r, i, start, _same_sentence_day(r, i, kind)),
                                        dates[0][0].start) or dates
    if all(_is_dateline_cue(r, c) for c in dates):
        # failing that, a day told of the engagement in a sentence after it ('TEHRAN, May 15 - X has held a
        # telephone conversation with Y. In the phone call on Wednesday night, ...': borrowing `over_dateline` rows)
        from pakiran_events.extract.borrowing import borrowed_cues  # borrowing reads frames' owners: a cycle

        dates = borrowed_cues(r, i, kind, start, over_dateline=True) or dates
    return dates


def _stay_day(r: Reading, i: int, cues: list) -> list:
    """'spent two days in Quetta on 4 and 5 December. On the first day he met ...': a frame dated
    only by days of a trip ('on the first day') counts them from the stay told just before it in a
    sentence with no trigger of its own (`_free_cues_before`), which no trip frame would give it
    (candidates count from the report's first arrival or visit). Its first day, resolved, plus the
    count; the cues as they are when there is no such stay (candidates then count from the trip)."""
    if not cues or not all(c.of_visit and not c.last_of_visit for c, _ in cues):
        return cues
    stay = [(c, sp) for c, sp in _free_cues_before(r, i) if c.resolved and c.precision in ("day", "range")]
    if not stay:
        return cues
    first, span = stay[0]
    out = []
    for c, sp in cues:
        try:
            day = first.start + dt.timedelta(days=c.offset or 0)
        except OverflowError:
            return cues
        if first.end is not None and day > first.end:
            return cues  # counted past the stay: another trip's day, left to the candidates
        cited = Span(min(span.start, sp.start), max(span.end, sp.end))  # the stay and the count, one span
        shift = sp.start - cited.start  # the cue's offsets, counted from the cited span's start
        out.append((replace(c, start=day, end=day, offset=None, of_visit=False, span=(c.span[0] + shift, c.span[1] + shift)),
                    cited))
    return out


def _days_up_to(cues: list, last: dt.date | None) -> list:
    """The cues whose day lies in the week up to `last` (a dateline's day): the reach of a weekday
    told in its report. Nothing when `last` is unknown."""
    if last is None:
        return []
    return [(c, sp) for c, sp in cues if c.resolved and dt.timedelta(0) <= last - c.start <= dt.timedelta(days=7)]


def _ended(r: Reading, i: int, frame: Frame, start: int, end: int) -> None:
    """A visit told as over: its day is its last ('concluded his two-day visit on Tuesday', 'left
    Islamabad on Wednesday after a three-day visit'; the frame becomes a departure, and a stated
    length counts back from it in clustering); a tour completed on a day is its last leg (`_last_leg`)."""
    if _completed(r, r.sentence(i), start, end):
        leg = _last_leg(r, frame)
        frame.dates = leg or frame.dates  # 'completed his tour of A, B and Iran on 26 August'
        if frame.kind == "visit" and not leg and any(c.precision == "day" for c, _ in frame.dates):
            frame.kind = "departure"
    elif frame.kind == "visit" and r.lex.patterns["ended_before"].search(r.sentence(i)[max(0, start - 40):start]):
        frame.kind = "departure"


def _talks_length(r: Reading, i: int, dates: list) -> list:
    """A meeting told on one day with a length of talks in its sentence ('met in Quetta on Tuesday
    for two days of talks'): that day and the days after it, precision range; counted back from a
    day the talks ended on ('two-day talks that ended on Tuesday'). The dates unchanged otherwise."""
    days = [(c, sp) for c, sp in dates if c.resolved and c.precision == "day" and not c.ahead]
    if len(days) != 1 or len(dates) != 1:
        return dates
    sentence = r.sentence(i)
    told = [d for d in r.lex.patterns["duration"].finditer(sentence) if r.lex.patterns["talks_after_length"].match(sentence, d.end())]
    length = r.lex.durations.get(told[0].group(0).lower()) if len(told) == 1 else None
    if not length or length < 2:
        return dates
    c, sp = days[0]
    try:  # (a report may claim the calendar's first or last day)
        if r.lex.patterns["talks_ended_on"].search(sentence[max(0, c.span[0] - 30):c.span[0]]) \
                or _closed_by_day(r, sentence, c, told[0]):
            return [(replace(c, start=c.start - dt.timedelta(days=length - 1), precision="range"), sp)]
        return [(replace(c, end=c.start + dt.timedelta(days=length - 1), precision="range"), sp)]
    except OverflowError:
        return dates


def _closed_by_day(r: Reading, sentence: str, c, length: re.Match) -> bool:
    """Whether the length of talks is told after its day as what that day closed ('left Zahedan on
    Tuesday after two days of talks', engagement.yaml `talks_closed_by`): the talks ended by the day,
    so the length counts back from it; a length told before its day ('two days of talks began on
    Monday') or without such a word ('on Tuesday for two days of talks') runs on from it."""
    return c.span[1] <= length.start() and r.lex.patterns["talks_closed_by"].search(
        sentence, max(c.span[1], length.start() - 20), length.start()) is not None


def _opened_before(r: Reading) -> re.Pattern:
    """What began on the day right after it: 'his two-day visit that began on', 'the summit that
    opened in Baku on' (the things, their adjectives and the verbs: engagement.yaml `opened_things`,
    `opened_adjectives`, `opened_verbs`)."""
    from pakiran_events.extract.lexicon import alternation, words

    pattern = r.lex.patterns.get("_opened_before")
    if pattern is None:
        things, verbs = (words(r.lex.dictionaries["engagement"].get(k, [])).pattern for k in ("opened_things", "opened_verbs"))
        kinds = alternation(r.lex.dictionaries["engagement"].get("opened_adjectives", []))
        pattern = r.lex.patterns["_opened_before"] = re.compile(
            r"\b(?:[\w\-]+\s+){0,2}?(?:(?P<n>two|three|four|five|six|seven|[2-7])[- ]day\s+)?"
            rf"(?:(?:{kinds})\s+)?"
            rf"(?:{things}),?\s+(?:that|which)\s+(?:{verbs})(?P<rest>[^,;:.()]{{0,40}}?)\s+(?:on\s+)?$", re.IGNORECASE)
    return pattern


def _opened(r: Reading, i: int, c, start: int, end: int):
    """The 'that began on' clause right before a held day of sentence i, when its noun is not the
    trigger at [start, end) itself; else None."""
    if not (c.resolved and c.precision == "day" and not c.ahead):
        return None
    told = _opened_before(r).search(r.sentence(i), max(0, c.span[0] - 100), c.span[0])
    if told is None or (told.start() < end and start < told.end() - len(told.group("rest") or "")):
        return None
    return told


def _within_opened(r: Reading, i: int, dates: list, start: int, end: int) -> list:
    """A meeting whose one day is the day something else began ('during his two-day visit that
    began on Sunday', 'on the sidelines of the summit that opened on Monday') lies within that
    thing's days, not on its first: that day to the last of its stated length, else to the report's
    day (precision range: the bounds, CURATION.md §4). The dates unchanged otherwise, and when the
    trigger is the thing that began."""
    opened = [(c, sp, told) for c, sp in dates if sp == r.spans[i] and (told := _opened(r, i, c, start, end))]
    if len(dates) > 1 and 0 < len(opened) < len(dates):
        # the meeting's own day beside the day the summit opened: the opening day only bounds it
        return [(c, sp) for c, sp in dates if not any(c is o[0] for o in opened)]
    if len(dates) != 1 or len(opened) != 1:
        return dates
    c, sp, told = opened[0]
    word = (told.group("n") or "").lower()
    length = _NUMBER_WORDS.get(word) or (int(word) if word.isdigit() else None)
    try:
        last = c.start + dt.timedelta(days=length - 1) if length else r.published
    except OverflowError:
        return dates
    if last is None or last <= c.start:
        return dates
    if r.published is not None and last > r.published and not length:
        last = r.published
    return [(replace(c, end=last, precision="range"), sp)]


# the completion verb governs the trigger: right before it with a determiner between ('completed
# his visit to', 'concluded a three-day visit'), not the verb of another clause ('X, whose feud
# ended, began a visit to')
_GOVERNS = re.compile(r"\s+\w+\b[^,;:.()]{0,30}")


def _completed(r: Reading, sentence: str, start: int, end: int) -> bool:
    """Whether the trigger sentence[start:end] is told as completed: a completion verb with the
    trip as its object (lexicon.trip_completed, engagement.yaml `completed`) is the trigger
    ('wrapped up a visit') or governs it (_GOVERNS)."""
    for m in r.lex.patterns["completed"].finditer(sentence, max(0, start - 40)):
        if m.start() >= end:
            return False
        if m.start() >= start or _GOVERNS.fullmatch(sentence, m.end(), start):
            return True
    return False


TOUR_DAYS = 14  # how long a tour told as one trip lasts at most: an earlier day further back is another trip's


def _last_leg(r: Reading, frame: Frame) -> list:
    """'completed his visit to A, B, C and Iran on 26 August', where the report has the traveller
    at an earlier stop on 25 August: the tour's last stop, the dyad one, lies between the last day
    the report places the traveller elsewhere and the day the tour ended (precision range, both days
    cited; CURATION.md §4, a range gives the bounds, not a stay). The frame's own dates unchanged
    (None) when the trigger names one place, the dyad stop is not the last named, the end is not one
    held day, or the report places the traveller on no earlier day of the tour."""
    named = r.people.places_in(frame.trigger.start, frame.trigger.end)
    if len(named) < 2 or r.people.country_of(named[-1][1]) not in r.lex.dyad:
        return []
    ends = [(c, sp) for c, sp in frame.dates if c.resolved and c.precision == "day" and not c.ahead]
    if len(ends) != 1 or len(frame.dates) != 1:
        return []
    end = ends[0][0].start
    movers = {m.actor_id for m in _persons(r, frame.sources)}
    earlier = [(c, sp) for j in range(len(r.spans)) if j != frame.sentence and movers & {m.actor_id for m in r.mentions[j]}
               for c, sp in r.cues(j) if c.resolved and c.precision == "day" and not c.ahead
               and 0 < (end - c.start).days <= TOUR_DAYS and not _is_dateline_cue(r, (c, sp))]
    if not earlier:
        return []
    (first, a), (c, b) = max(earlier, key=lambda x: x[0].start), ends[0]
    # one cue for the range, its span the sentences from the one to the other: both days cited
    return [(replace(c, start=first.start, precision="range"), Span(min(a.start, b.start), max(a.end, b.end)))]


_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_TOUR_LENGTH = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten|[2-9])[- ]day\s+(?:tour|trip|visit)\b", re.IGNORECASE)


def _tour_days(r: Reading) -> list:
    """A visit told without a day of its own in a report of an N-day tour that began on a day the
    report gives ('met X in Kabul on Monday. Kabul was his first stop on a three-day tour that also
    includes Iran') falls within the tour: that day to N-1 days after it, precision range. Nothing
    when the report gives no length, no start or several tours."""
    hits = r.table("tour_days")
    if None not in hits:
        hits[None] = []
        told = [(j, m) for j in range(len(r.spans)) for m in _TOUR_LENGTH.finditer(r.sentence(j))]
        if len(told) == 1 and r.lex.patterns["tour_under_way"].search(r.sentence(told[0][0])) \
                and not r.lex.patterns["later_than"].search(r.sentence(told[0][0])[max(0, told[0][1].start() - 60):told[0][1].start()]):
            j, m = told[0]  # (not 'ahead of his three-day trip': a trip still to come)
            word = m.group(1).lower()
            days = _NUMBER_WORDS.get(word) or int(word)
            began = [(c, sp) for k in (j, j - 1) if k >= 0 for c, sp in r.cues(k)
                     if c.resolved and c.precision == "day" and not c.ahead and not _is_dateline_cue(r, (c, sp))
                     and (owner := _owner(r, k, *c.span)) is not None and owner[2]]
            if began:
                c, sp = began[0]
                try:
                    hits[None] = [(replace(c, end=c.start + dt.timedelta(days=days - 1), precision="range"), sp)]
                except OverflowError:  # a tour begun in the calendar's last days: no range, as with no start
                    pass
    return hits[None]


def _on_tour(r: Reading, frame: Frame) -> bool:
    """Whether the visit may be the tour's: a visit whose traveller is named must be someone the
    tour's sentence or the one before names (a tour's days are the touring person's, not those of
    another visit the report tells); one told without a named traveller may be."""
    movers = _persons(r, frame.sources)
    if not movers:
        return True
    return any(m.actor_id in _tour_named(r) for m in movers)


def _tour_named(r: Reading) -> frozenset:
    """The actors named in the first sentence telling a tour's length and the one before it: found
    once per reading (asked for every visit frame; a scan of the report each time was quadratic: review22)."""
    def named() -> frozenset:
        first = next((j for j in range(len(r.spans)) if _TOUR_LENGTH.search(r.sentence(j))), None)
        return frozenset() if first is None else frozenset(
            m.actor_id for k in (first, first - 1) if k >= 0 for m in _persons(r, r.mentions[k]))
    return r.cached("tour_named", None, named)


_YEAR = re.compile(r"\b\d{4}\b")
# how far after its report a held engagement's full date may lie (a report stamped the evening before,
# a visit under way naming its last day); a date months later is a wrong year, not the day it was held
HELD_AFTER_REPORT_DAYS = 14


# an object pronoun right after a meeting trigger ('who met him', 'called on her')
_OBJECT_PRONOUN = re.compile(r"\s+(him|her)\b")


def _object_pronoun(r: Reading, i: int, end: int, source: Mention) -> Mention | None:
    """'..., Y, who met him during the summit': a meeting whose only party is its subject and
    whose object is a pronoun is with the person the sentence before is about (its first-named
    person), when that person is of the other side; the pronoun cites them. Nobody otherwise."""
    m = _OBJECT_PRONOUN.match(r.sentence(i), end)
    if m is None or i == 0:
        return None
    before = sorted(_persons(r, r.mentions[i - 1]), key=lambda x: x.span.start)
    if not before or before[0].side in (None, source.side):
        return None
    s = r.spans[i]
    return Mention(before[0].actor_id, before[0].side, i, Span(s.start + m.start(1), s.start + m.end(1)), before[0].title,
                   named=False)


def _full_date(r: Reading, c, span: Span) -> bool:
    """A date expression that names its year ('6 March 2025', '2025-03-06'), not a weekday, a
    relative expression or a day placed in a year by the publication date."""
    return c.precision in ("day", "range") and _YEAR.search(r.text, span.start + c.span[0], span.start + c.span[1]) is not None


def _owned_by_another(r: Reading, i: int, c, start: int, end: int) -> bool:
    """Whether the engagement trigger that owns a date expression is another than [start, end)."""
    owner = _owner(r, i, *c.span)
    if owner is not None and owner in _modifiers(r.lex.patterns, r.sentence(i)):
        return True  # 'the accord signed on 1 March 2020': the accord's day
    return owner is not None and owner[2] and not (owner[0] < end and start < owner[1])


_JOIN = re.compile(r"\s*(?:to|till|until|through|and|-|–)\s*")  # 'on Monday and Tuesday', 'between 5 and 7 March' too


def _joined_ranges(r: Reading, cues: list) -> list:
    """'from 3 March 2025 to 6 March 2025': two days of one sentence joined by 'to' are one range,
    its first and last day (a visit's arrival to departure), not two dates of which one is kept."""
    out: list = []
    for c, sp in cues:
        if out and out[-1][1] == sp:
            a, _ = out[-1]
            if (a.resolved and c.resolved and a.start <= c.start and a.ahead == c.ahead and a.offset is None
                    and c.offset is None and _JOIN.fullmatch(r.text, sp.start + a.span[1], sp.start + c.span[0])):
                out[-1] = (replace(a, end=c.end, precision="range", span=(a.span[0], c.span[1])), sp)
                continue
        out.append((c, sp))
    return out


# a subject introducing people not told before: a bare numeral or an indefinite determiner at the
# head of the clause ('Two interior ministers', 'Some officials'), not 'they' or 'the two sides'
_INDEFINITE = re.compile(r"[\s:;,(\-–—]*(?:two|three|four|five|several|some|other|a|an)\s", re.IGNORECASE)


def _indefinite_subject(r: Reading, i: int, start: int) -> bool:
    from pakiran_events.extract.clauses import clause_at

    a, _ = clause_at(r.sentence(i), start)
    return _INDEFINITE.match(r.sentence(i), a, start) is not None


def _recalled(r: Reading, i: int, start: int) -> bool:
    """'the follow-up to the recent visit of ...', 'since their previous talks': a preposition, a
    determiner and an adjective of the past (engagement.yaml `recalled`) right before the trigger
    tell an earlier engagement as a point of reference, not one the report tells of."""
    from pakiran_events.extract.lexicon import words

    recalled = r.lex.patterns.get("_recalled")
    if recalled is None:
        told = r.lex.dictionaries["engagement"].get("recalled", {})
        after, determiner, adjective = (words(told.get(k, [])).pattern for k in ("after", "determiners", "adjectives"))
        recalled = r.lex.patterns["_recalled"] = re.compile(rf"{after}\s+{determiner}\s+{adjective}\s+$", re.IGNORECASE)
    return recalled.search(r.sentence(i), max(0, start - 50), start) is not None


def _past_adjective(r: Reading, i: int, start: int) -> bool:
    """'an earlier visit of X to Iran', 'his previous trip': a determiner and an adjective of the
    past (engagement.yaml `recalled`: determiners, adjectives) right before the trigger name a trip
    of another time, not the one the report tells ('during the visit of X to Iran')."""
    from pakiran_events.extract.lexicon import words

    found = r.lex.patterns.get("_past_adjective")
    if found is None:
        told = r.lex.dictionaries["engagement"].get("recalled", {})
        determiner, adjective = (words(told.get(k, [])).pattern for k in ("determiners", "adjectives"))
        found = r.lex.patterns["_past_adjective"] = re.compile(rf"{determiner}\s+{adjective}\s+$", re.IGNORECASE)
    return found.search(r.sentence(i), max(0, start - 40), start) is not None


def _told_as_background(r: Reading, i: int, kind: str, start: int, end: int) -> bool:
    """An earlier engagement told as context ('the two ministers last met in Davos', 'the follow-up
    to the recent visit', 'X visited Gwadar'): an event of the report only if its clause dates it."""
    p, sentence = r.lex.patterns, r.sentence(i)
    return bool(p["background_before"].search(sentence[max(0, start - 24):start]) or p["background_verb"].search(sentence[:start])
                or _recalled(r, i, start) or (kind == "visit" and _recalled_trip(r, i, start, end)))


def _named_trip(r: Reading, i: int, frame: Frame, people: list[Mention], start: int, end: int) -> None:
    """A visit frame's traveller and destination as its trigger names them: a person inside the
    trigger ('the visit of President X to Pakistan') travels, not the sentence's subject, and a visit
    named so as a noun refers to one told elsewhere or dated here ('the visit of X in April'):
    background; a dyad country right after the trigger is where it went (`_destination`)."""
    s = r.spans[i]
    inside = _persons(r, [m for m in people if s.start + start <= m.span.start < s.start + end])
    if inside:
        frame.sources, frame.background = inside, True
    if frame.place_id is None:
        frame.place_id = _destination(r, i, end)  # 'visited Pakistan', 'came to Iran' under the other side's dateline


def _destination(r: Reading, i: int, end: int) -> str | None:
    """The place named right after a visit trigger ending at sentence offset `end` ('visited
    Pakistan', 'came to Iran', 'travelled to Baghdad'): where the trip went, which `_place` leaves
    to the report's context (a third country's place makes no visit of the pair: candidates.visit)."""
    s = r.spans[i]
    named = r.people.places_in(s.start + end, s.end)
    if not named or r.text[s.start + end:named[0][0]].strip():
        return None
    return named[0][1]


def _frame_cues(r: Reading, i: int, kind: str, start: int, end: int) -> list:
    """A frame's date cues before the clause-level filters: its own clause's, else the sentence's
    day, the free cues before it or the day an 'also' refers to. A recollection ('He visited Tehran
    in the past', 'had been in Tehran in 2019') is dated only by its own clause: a day of the
    sentence before or of another engagement is not its day (review20)."""
    if kind == "visit" and _recalled_trip(r, i, start, end):
        return _joined_ranges(r, owned_cues(r, i, start, end))

    from pakiran_events.extract.borrowing import borrowed_cues, until_report  # borrowing reads frames' owners: a cycle

    def held(cues: list) -> list:
        return [c for c in cues if not _postponed_on(r, c)]

    own = _stay_day(r, i, held(owned_cues(r, i, start, end)))
    # else a day lent by an engagement told near it (borrowing.RELATIONS: the sentence's one day, 'visited
    # Tehran and met', 'on that occasion', 'After the ceremony,', 'Among them was a meeting with', 'The call
    # took place on ...'); None: none
    lent = [] if own else borrowed_cues(r, i, kind, start)
    if lent is None:
        return []  # 'who returned on Thursday, spent three days in X': that day ends the stay, it dates no start
    # 'X, who is on a visit to Pakistan, met Y on Wednesday': the present tense runs the visit to the report's day
    return until_report(r, i, kind, start, end, _joined_ranges(r, own or lent or held(_free_cues_before(r, i)) or _also_day(r, i, start)))


def _postponed_on(r: Reading, cue: tuple) -> bool:
    """Whether a date cue (DateCue, sentence Span) is the day an engagement was called off or put off
    ('the visit, which was postponed on 12 April, took place on 28 April'; engagement.yaml
    `called_off` right before the date, with its 'on' or 'in'): that day is the postponement's, not
    the day of the engagement the report tells as held."""
    c, span = cue
    sentence = r.text[span.start:span.end]
    return r.lex.patterns["postponed_on"].search(sentence, max(0, c.span[0] - 30), c.span[0]) is not None


def _recalled_trip(r: Reading, i: int, start: int, end: int) -> bool:
    """A visit trigger that tells a trip in the past as a recollection (engagement.yaml
    `recalled_trip`: 'visited Gwadar', 'had been in Tehran'): background, an event only when its
    own clause dates it (background.dated_itself), so 'visited Tehran in 2017' tells no engagement."""
    told = r.lex.patterns["recalled_trip"].match(r.sentence(i), start)
    return told is not None and told.end() == end


def _past_participle_between(r: Reading, i: int, start: int) -> bool:
    """Whether a past participle modifying a noun ('the agreements reached during', engagement.yaml
    `modifier_verbs`) stands between the clause's last plan word before the trigger and the trigger:
    the trigger then tells when that noun's act was done, in the past, not what is planned ('Pakistan
    wanted to move forward on the agreements reached during the president's visit in April')."""
    sentence = r.sentence(i)
    a, _ = clause_at(sentence, start)
    p = r.lex.patterns
    plans = [m.end() for kind in ("future", "plan") for m in p[kind].finditer(sentence, a, start)]
    if not plans:
        return False
    return p["modifier_participle"].search(sentence, max(plans), start) is not None


def _blanked(m: re.Match) -> str:
    return " " * len(m.group(0))


def _planned_without_asides(r: Reading, i: int, start: int, end: int) -> bool:
    """Whether the trigger at sentence offsets [start, end) is still told as a plan once the words
    that tell no plan of it are blanked out of sentence i (same length: offsets kept), each read on
    its own: 'at the invitation of' (who asked for the trip); the purpose infinitives after a finite
    trip verb ('visits Tehran to meet X': why, not whether; then only `plan` words count); a ranked
    noun's infinitive ('The most senior Pakistani officer to visit Iran this year, General X,
    arrived ...': engagement.yaml `ranked_infinitive_heads`, who he is). A plan word of the
    trigger's clause before it (`future`) or anywhere in it (`plan`). True when none is told."""
    sentence, p = r.sentence(i), r.lex.patterns
    a, b = clause_at(sentence, start)
    readings = []  # (the sentence with one kind of aside blanked, whether `future` words count)
    if INVITED.search(sentence):
        readings.append((INVITED.sub(_blanked, sentence), True))
    if p["finite_travel"].match(sentence[start:end]) and not _plan_before(r, i, start):
        readings.append((sentence[:end] + p["purpose_infinitive"].sub(_blanked, sentence[end:]), False))
    if p["ranked_infinitive"].search(sentence):
        readings.append((p["ranked_infinitive"].sub(_blanked, sentence), True))
    return all((future and p["future"].search(text[a:start])) or p["plan"].search(text[a:b]) for text, future in readings)


def _anothers_plan(r: Reading, i: int, start: int, end: int) -> int | None:
    """A plan word after the trigger in its clause ('would', 'will be held', 'to meet') that
    follows a held verb of the clause ('said', 'reviewed', 'arrived', 'formed ... which would')
    belongs to that verb's object: what was said, decided or set up at a held engagement, not the
    engagement's modality. A cancellation said of the trigger ('the talks were postponed') is its own.
    Returns the plan word's sentence offset, else None."""
    from pakiran_events.extract.clauses import clause_at

    sentence = r.sentence(i)
    a, b = clause_at(sentence, start)
    plan = r.lex.patterns["plan"].search(sentence, end, b)
    if plan is None:
        return None
    if r.lex.patterns["called_off"].search(sentence, end, b):
        return None
    reporting = reporting_words(r)
    held = [m for m in r.lex.patterns["held_verb"].finditer(sentence, a, plan.start())
            if not (start <= m.start() < end) and not _ATTRIBUTIVE.search(sentence, max(a, m.start() - 12), m.start())
            and not (m.start() < start and (reporting.match(sentence, m.start()) or _THAT.search(sentence, m.end(), start)))
            and not (m.start() >= end and r.lex.patterns["parenthetical"].match(sentence, m.start()))
            and not _BE_BEFORE.search(sentence, max(a, m.start() - 4), m.start())]
    # before the trigger, a reporting verb or a verb whose 'that' clause holds the trigger tells the
    # trigger as its content ('he conveyed that convening the commission would ...'): the plan is the trigger's
    return plan.start() if held else None


def _before_plans(r: Reading, i: int, dates: list, end: int, said_plan: int | None) -> list:
    """The frame's dates without those of its sentence told after a plan: what was said at the
    engagement ('... and decided that the next round will be held next month': `said_plan`), or a
    purpose infinitive after the trigger ('met X and agreed to hold the next round on 20 April', 'met
    X to prepare for the visit on 20 March'): those days are the plan's, not the engagement's."""
    s = r.spans[i]
    purpose = r.lex.patterns["planning_after"].search(r.sentence(i), end)
    cut = min(p for p in (said_plan, purpose.start() if purpose else None, len(r.sentence(i)) + 1) if p is not None)
    return [(c, sp) for c, sp in dates if sp != s or c.span[0] < cut]


def _held_after_plans(r: Reading, i: int, start: int) -> bool:
    """Whether the trigger's clause ends in a held passive after all its plan, future and
    cancellation words ('The meeting, originally scheduled for last week, was held on Monday'; 'a
    session that had been postponed twice was finally held'): it took place in the end. A plan word
    after the held verb ('was held ... and the next round will be held') keeps the frame's modality."""
    from pakiran_events.extract.clauses import clause_at

    sentence = r.sentence(i)
    a, b = clause_at(sentence, start)
    held = [m.start() for m in r.lex.patterns["held_passive"].finditer(sentence, a, b)]
    if not held:
        return False
    plans = [m.start() for kind in ("plan", "future") for m in r.lex.patterns[kind].finditer(sentence, a, b)]
    return all(p < held[-1] for p in plans)


def reporting_words(r: Reading):
    """The reporting verbs (engagement.yaml `reporting`: 'said', 'told') as one pattern, compiled
    once with the lexicon (`Lexicon._compile_words`); plan_reference.py reads it too."""
    return r.lex.patterns["reporting"]


_THAT = re.compile(r"\b(?:that|whether|if)\b", re.IGNORECASE)
# a participle after a bare 'be' ('is to be held', 'will be signed') is not held: it is still to come
_BE_BEFORE = re.compile(r"\bbe\s+$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|this|that|these|those|so|well|much|long)\s+|-)$", re.IGNORECASE)
_SINCE = re.compile(r"\b(?:since|from)\s+(?:last\s+)?$", re.IGNORECASE)
# 'from 3 March to 6 March': a range's first day, told with its last; not the day something began
_RANGE_END = re.compile(r"\s*(?:to|till|until|through)\s+(?:\d{1,2}\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)",
                        re.IGNORECASE)
_SINCE_END = re.compile(r"\s*(?:[,.;:)]|$|and\b|on\b|to\b)")  # the day itself, not 'since the February 8 polls'
# a dateline before a clause: 'TEHRAN, Nov 27, IRNA -', 'ISLAMABAD, JAN 29 /DNA/ -' (the place, the day, the agency)
# a dateline's place: a city of one or two words, its country after a comma ('KAZAN, Russia,'),
# accented letters too ('BOGOTÁ'); the newsroom's day follows it
_DATELINE_WORD = r"[A-ZÀ-Þ][^\W\d_]+"
# the newsroom's day may stand in brackets, after the day in another calendar ('Mashhad, 27 Ordibehesht
# 1403 (16 May 2024) -', 'Mashhad (16 May 2024) -')
_OTHER_CALENDAR_DAY = rf"\d{{1,2}}\s+{_DATELINE_WORD}(?:\s+{_DATELINE_WORD})?,?\s+\d{{3,4}}\s*"
_DATELINE_HEAD = re.compile(rf"\s*(?:date \d{{4}}-\d{{2}}-\d{{2}}\s+)?(?:{_DATELINE_WORD}(?:\s+{_DATELINE_WORD})?"
                            rf"(?:\s*,\s*{_DATELINE_WORD}(?:\s+{_DATELINE_WORD})?)?\s*[,:]?\s*"
                            rf"(?:(?:{_OTHER_CALENDAR_DAY})?\(\s*)?)?$")
# the agency after the date: 'AFP', '(IRNA)', '/DNA/', or a bracketed word of any case ('(wire)', '(Reuters)')
_DATELINE_TAIL = re.compile(r"(?:,?\s*\d{4})?\s*\)?\s*(?:,?\s*(?:\(?[A-Z]{2,}\)?|\([A-Za-z][A-Za-z .&]{0,30}\))|/[A-Z]+/)?\s*[–—\-:/]")


def _plan_before(r: Reading, i: int, start: int) -> bool:
    from pakiran_events.extract.clauses import clause_at

    a, _ = clause_at(r.sentence(i), start)
    head = r.sentence(i)[a:start]
    return bool(r.lex.patterns["future"].search(head) or r.lex.patterns["plan"].search(head))


def _since(r: Reading, cue: tuple) -> bool:
    """'since Sunday', 'from 18 November': the day something began."""
    c, span = cue
    if c.precision == "range":
        return False  # 'from 3 to 6 March': a range told whole, not the day something began
    sentence = r.text[span.start:span.end]
    return _SINCE.search(sentence[max(0, c.span[0] - 12):c.span[0]]) is not None and _SINCE_END.match(sentence, c.span[1]) is not None \
        and _RANGE_END.match(sentence, c.span[1]) is None


def names_no_date(r: Reading) -> bool:
    """Whether the report names no date at all but its dateline's (no day, weekday, month or
    relative expression; a year alone is not one either: 'trade rose last year' leaves the
    engagement without a date): what it tells is dated by its participants' terms up to its publication.
    A count ('later that day', 'the next day') names no date of its own: it borrows one the report
    names elsewhere, and with none to borrow it leaves the report as undated as without it (review22)."""
    return all(_is_dateline_cue(r, c) or c[0].precision == "year" or c[0].offset is not None
               for i in range(len(r.spans)) for c in r.cues(i))


def dateline_cues(r: Reading) -> list:
    """The (DateCue, Span) pairs of the report's dateline ('CAIRO, December 19 -'): its first
    sentence's dates between the dateline's place and the text, the page's own day. [] when none."""
    return [cue for cue in r.cues(0) if _is_dateline_cue(r, cue)] if r.spans else []


def _is_dateline_cue(r: Reading, cue: tuple) -> bool:
    """A date at the head of a sentence between its dateline's place and agency dates the report."""
    c, span = cue
    sentence = r.text[span.start:span.end]
    return c.span[0] <= 40 and _DATELINE_HEAD.match(sentence[:c.span[0]]) is not None and \
        _DATELINE_TAIL.match(sentence, c.span[1]) is not None and not c.offset


AFTER_COST = 12     # characters: a date before its verb ('on Monday, X met Y') binds less than one after it
CLAUSE_COST = 40    # characters: a date in another clause than the trigger's
ASIDE_COST = 400    # characters: a date and a trigger on either side of a relative clause's comma (any length of aside)


# the memo kinds built on a sentence's date anchors (`_anchors`): dropped together when one is added
_ANCHOR_KINDS = ("anchors", "anchor_index", "owned_by_start", "owner")


def forget_anchors(r: Reading, i: int) -> None:
    """Drop what sentence i's date anchors were found to own (`_anchors` and the caches built on it),
    so the next frame of the sentence reads them again: a noun frame (noun_frames.py) added an anchor."""
    for kind in _ANCHOR_KINDS:
        r.forget(kind, i)


def _anchors(r: Reading, i: int) -> list[tuple[int, int, bool]]:
    """(start, end, is_engagement) of every trigger of sentence i that can own a date expression:
    the engagement triggers, and the reporting verbs ('said on Monday', 'a statement issued on
    Saturday'), whose dates are the report's, not the engagement's."""
    hits = r.table("anchors", i)
    if None not in hits:
        sentence = r.sentence(i)
        reporting = reporting_words(r)
        found = [(m.start(), m.end(), True) for m in r.lex.patterns["any_engagement"].finditer(sentence)]
        found += [(m.start(), m.end(), False) for m in reporting.finditer(sentence)]
        # a thing received ('received a letter from X on Monday and met Y on Tuesday'): no engagement, but its
        # day is its own when an engagement is told after it in the sentence (round 28); alone in its sentence
        # the letter's day stays free for the meeting that handed it over ('... on Wednesday. The letter was
        # handed over by the ambassador, who called on the President': review of round 28)
        # (a call received is a phone trigger of its own, which owns its day: 'on Saturday received a call')
        things = _things_received(r, i)
        found += [(v.start(), v.end(), False) for v in r.lex.patterns["host_verb"].finditer(sentence)
                  if v.end() in things and not any(a <= v.start() < b or v.end() <= a < things[v.end()] for a, b, _ in found)
                  and any(e and a >= things[v.end()] for a, _, e in found)]
        # a trip trigger anchors only where it makes the sentence's visit frame (`frames_of`): beside a
        # `visit` trigger ('X visited Islamabad in October, the first visit by ...') that one owns the month
        if r.find("visit", i) is None and (trip := _trip_to_place(r, i)) is not None \
                and not any(a <= trip.start() < b for a, b, _ in found):
            found.append((trip.start(), trip.end(), True))  # 'during his trip to Tehran in March': the trip owns its month
        from pakiran_events.extract.noun_frames import noun_anchors  # a noun frame owns its clause's dates too

        found += [(a, b, True) for a, b in noun_anchors(r, i) if not any(x <= a < y for x, y, _ in found)]
        found += [t for t in _modifiers(r.lex.patterns, sentence) if not _engagement_noun_before(r, found, t, sentence)]
        hits[None] = sorted(found)
    return hits[None]


# the participle's noun phrase is an object ('reviewed the accord signed on ...', 'of the deal inked in
# ...'): a lower-case word other than a coordinator or a reporting verb before its determiner; a noun
# phrase opening the sentence or a clause ('and the two ministers signed on Monday') is a subject
_OBJECT_NP = re.compile(r"(?:^|\s)(?!(?:and|but|or|while|as|when|after|before|said|says|told|added|stated|noted|"
                        r"announced|confirmed|that|where|who)\b)[a-z]+\s+(?:the|an?|its|their|his|her|this|that|these|"
                        r"those)\s+(?:[\w’'\-]+\s+){0,4}[\w’'\-]+$")


# a gerund phrase after 'since', 'after' or 'before' with a date of its own: 'his first visit since
# taking charge in February' (the taking charge's month); a gerund that is an engagement trigger
# ('after holding talks on Monday') is left to it (`_engagement_noun_before`)
_SINCE_GERUND = re.compile(r"\b(?:since|after|before)\s+((?-i:[a-z]+ing))\b(?=[^,;:.]{0,40}\b(?:on|in|last)\s)", re.IGNORECASE)


def _modifiers(patterns: dict, sentence: str) -> list[tuple[int, int, bool]]:
    """(start, end, False) of every verb in a clause that modifies a noun and owns the date after it:
    that date is the noun's (a recalled accord's, an earlier session's, what the person of a 'who'
    clause did), not the engagement's."""
    found = [(m.start(), m.end(), False) for m in patterns["modifier_relative"].finditer(sentence)]
    found += [(m.start(), m.end(), False) for m in patterns["who_clause"].finditer(sentence)]
    found += [(m.start(1), m.end(1), False) for m in patterns["subordinate_clause"].finditer(sentence)]
    found += [(m.start(1), m.end(1), False) for m in _SINCE_GERUND.finditer(sentence)]
    found += [(m.start(1), m.end(1), False) for m in patterns["modifier_participle"].finditer(sentence)
              if _OBJECT_NP.search(sentence, max(0, m.start() - 80), m.start()) is not None]
    return found


def _sentence_modifiers(r: Reading, i: int) -> set[tuple[int, int, bool]]:
    """`_modifiers` of sentence i, once per sentence."""
    return r.cached("modifiers", i, lambda: set(_modifiers(r.lex.patterns, r.sentence(i))))


def _engagement_noun_before(r: Reading, found: list, t: tuple[int, int, bool], sentence: str) -> bool:
    """'the talks held on Monday', 'the meeting which was held in Tehran': the verb modifies an
    engagement trigger or is part of one; the date is that engagement's own. So is 'held' after
    an engagement noun told further back with no other trigger between ('Talks between A and B,
    which were held on Monday'): talks are held, accords are signed."""
    if any(e[2] and e[0] < t[1] and t[0] - e[1] <= 3 for e in found):
        return True
    before = [e for e in found if e[1] <= t[0]]
    last = max(before, key=lambda e: e[1]) if before else None
    return (last is not None and last[2] and "held" in sentence[t[0]:t[1]].lower()
            and r.lex.patterns["engagement_noun"].search(sentence, last[0], last[1]) is not None)


def _owner(r: Reading, i: int, a: int, b: int) -> tuple[int, int, bool] | None:
    """The trigger a date expression at sentence offsets [a, b) belongs to: the nearest, counted
    in characters, a trigger after the date or in another clause costing more. Found once per
    date (asked again for every trigger of its sentence: review22)."""
    hits = r.table("owner", i)
    if (a, b) not in hits:
        hits[(a, b)] = _find_owner(r, i, a, b)
    return hits[(a, b)]


def _find_owner(r: Reading, i: int, a: int, b: int) -> tuple[int, int, bool] | None:
    from pakiran_events.extract.clauses import clause_at

    clause = clause_at(r.sentence(i), a)
    aside = _aside_of(r.sentence(i), a)

    def cost(t: tuple[int, int, bool]) -> int:
        gap = a - t[1] if t[1] <= a else t[0] - b + AFTER_COST if t[0] >= b else 0
        return gap + (0 if clause[0] <= t[0] < clause[1] else CLAUSE_COST) + (0 if aside(t[0]) else ASIDE_COST)

    index = _anchor_index(r, i)
    before = _nearest_engagement_before(index, a)
    window = OWNER_WINDOW
    while True:  # the anchors near the date first: one farther than the best one's cost cannot win
        lo, hi = bisect_left(index.starts, a - window - index.longest), bisect_right(index.starts, b + window)
        best = _cheapest_anchor(r, i, (a, b), index.anchors[lo:hi], before, cost)
        if (lo == 0 and hi == len(index.anchors)) or (best is not None and cost(best) <= window):
            return best
        window *= 4


OWNER_WINDOW = 600  # characters either side of a date where its owner is looked for first (`_owner`)


class _AnchorIndex(NamedTuple):
    anchors: list          # `_anchors` of a sentence, by start
    starts: list           # their starts
    longest: int           # the longest anchor's length
    engagement_ends: list  # (end, -start, anchor) of its engagement anchors, in order


def _anchor_index(r: Reading, i: int) -> _AnchorIndex:
    """The anchors of sentence i indexed for bisection, once per sentence: a date's owner is looked
    for among the anchors near it, not among all of them (a sentence of many dates and triggers
    was quadratic: review22)."""
    def index() -> _AnchorIndex:
        anchors = _anchors(r, i)
        return _AnchorIndex(anchors, [t[0] for t in anchors], max((t[1] - t[0] for t in anchors), default=0),
                            sorted((t[1], -t[0], t) for t in anchors if t[2]))
    return r.cached("anchor_index", i, index)


def _nearest_engagement_before(index: _AnchorIndex, a: int) -> tuple[int, int, bool] | None:
    """The engagement anchor ending latest at or before `a` (the first told of those ending there)."""
    k = bisect_right(index.engagement_ends, (a, 1, (a, a, True))) - 1
    while k >= 0 and index.engagement_ends[k][0] > a:  # (guard: the key never sorts past an end above a)
        k -= 1
    return index.engagement_ends[k][2] if k >= 0 else None


def _cheapest_anchor(r: Reading, i: int, date: tuple[int, int], near: list, before, cost):
    """The cheapest of the anchors `near` a date at [a, b) that may own it (`_owner`); `before` is
    the sentence's engagement anchor nearest before the date, None when none is."""
    a, b = date
    sentence = r.sentence(i)
    modifiers = _sentence_modifiers(r, i)
    # a modifying verb owns the date after it ('the accord signed on 4 August'), never one before it
    anchors = [t for t in near if not (t[0] >= b and t in modifiers)]
    if before is None and any(t[1] <= a and t not in modifiers for t in anchors):
        # 'received a letter from X on Monday and met Y on Tuesday': the verb before the date is no
        # engagement, but a predicate coordinated after the date is still a part of its own (round 28)
        anchors = [t for t in anchors if not (t[0] >= b and _coordinated_after(r, i, b, t[0]))]
    if before is not None:
        # an engagement told before the date, and one after it past 'that' ('held talks on Monday and
        # decided that the commission will convene'): the 'that' clause is what was said or decided,
        # its trigger does not reach back over the clause boundary for the main clause's date
        anchors = [t for t in anchors if not (t[2] and t[0] >= b and _that_between(sentence, b, t[0]))]
        # 'met Y on Monday and flew home on Tuesday': a predicate coordinated right after the date
        # (engagement.yaml `and_before`) is a part of its own; the date closes the part before it (issue 15);
        # a verb of saying so coordinated too ('met Z on Thursday and said ...': round 28)
        anchors = [t for t in anchors if not (t[0] >= b and _coordinated_after(r, i, b, t[0]))]
        # a trailing attribution after it ('..., officials said') reports the clause, it does not
        # own the clause's date
        anchors = _without_attribution(sentence, b, anchors)
        anchors = _said_at_engagement(r, sentence, b, anchors, before)
    return min(anchors, key=lambda t: (cost(t), t[0])) if anchors else None


def _coordinated_after(r: Reading, i: int, b: int, t: int) -> bool:
    """Whether the words between a date ending at sentence offset `b` and a trigger at `t` only
    coordinate a new predicate (engagement.yaml `and_before`: 'on Monday and flew home'), perhaps
    with a subject of its own named ('on Monday and Araghchi left'): the date is not that trigger's."""
    gap = r.sentence(i)[:t]
    base = r.spans[i].start
    for m in r.mentions[i]:
        if b <= m.span.start - base and m.span.end - base <= t:
            gap = gap[:m.span.start - base] + " " * (m.span.end - m.span.start) + gap[m.span.end - base:]
    return r.lex.patterns["and_before"].fullmatch(gap.rstrip() + " ", b) is not None


def _aside_of(sentence: str, a: int):
    """Whether a trigger at a position is on the same side of a relative clause about a person as
    the date at `a` ('X, whose plane landed late on Tuesday night, held talks on Wednesday': the
    night is the landing's, the talks are across the clause's comma)."""
    from pakiran_events.extract.clauses import relative_clause_at

    if "," not in sentence:
        return lambda pos: True
    held = relative_clause_at(sentence, a)
    return lambda pos: relative_clause_at(sentence, pos) == held


_RIGHT_AFTER = re.compile(r"\s*,?\s*")


def _said_at_engagement(r: Reading, sentence: str, b: int, anchors: list, nearest: tuple[int, int, bool]) -> list:
    """'X, in a meeting with Y on Sunday, said that ...': what is said is told as said at the
    engagement (engagement.yaml `setting_prepositions`), and the date closing its phrase is the
    engagement's day; the reporting verb right after the date does not own it. The nearest
    engagement before the date must be told so; a speech told apart ('speaking to reporters on
    Thursday, said') keeps its own day. `nearest` is that engagement's anchor."""
    setting = r.lex.patterns["engagement_setting"].search(sentence, max(0, nearest[0] - 30), nearest[1])
    if setting is None or setting.end() < nearest[0]:
        return anchors
    return [t for t in anchors if t[2] or t[0] < b or not _RIGHT_AFTER.fullmatch(sentence, b, t[0])]


# between a date and a reporting verb: the rest of the date's own clause, no punctuation in it (review
# 24, F6: 'on March 3 to discuss the border, officials said'), then a comma and a short subject ('...,
# officials said', ', the ministry said'); after the verb: a comma-led phrase, or a few words to the end
# of the sentence ('said on Monday.', 'said in a statement.', 'said a statement from the ministry.')
_ATTRIBUTION_HEAD = re.compile(r"(?:\s+[\w’'\-]+){0,10}\s*,\s*(?:[\w’'\-]+\s+){0,4}$")
# (each word after the verb begins with a space: a word cannot be split between repetitions, so a
# long one costs linear time, not one try per way of cutting it up)
_ATTRIBUTION_TAIL = re.compile(r"\s*(?:[,;:]|(?:\s+[\w’'\-]+){0,8}\s*[.!\"”’]*\s*$)")


def _without_attribution(sentence: str, b: int, anchors: list) -> list:
    """`anchors` without the reporting words of a trailing attribution after a date ending at `b`:
    its reporting verb, and every reporting word after that verb, which go on telling the same
    report ('..., the ministry said in a statement issued on Friday': not the day's owner either)."""
    tag = next((t for t in anchors if not t[2] and t[0] >= b and _attribution(sentence, b, t)), None)
    return [t for t in anchors if t[2] or t[0] < b or (tag is None or t[0] < tag[0]) and not _attribution(sentence, b, t)]


def _attribution(sentence: str, date_end: int, t: tuple[int, int, bool]) -> bool:
    """A reporting verb after a date that is a trailing attribution tag ('on December 30, officials
    said.'): the date is inside what is reported, not the time of the reporting."""
    return (_ATTRIBUTION_HEAD.fullmatch(sentence, date_end, t[0]) is not None
            and _ATTRIBUTION_TAIL.match(sentence, t[1]) is not None)


_BOUND = re.compile(r"\b(?:since|until|till|before|after|ahead of|prior to|following)\s+(?:the\s+|last\s+|this\s+)?$", re.IGNORECASE)
_COLLECTION_HEAD = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+")  # the corpus's collection line before a dateline
# a dateline: a name in capitals ('ISLAMABAD', 'DERA ISMAIL KHAN') of at least four letters in all, its
# words of two letters or more ('NEW YORK', 'ABU DHABI'), before a colon, comma, dash or bracket
_DATELINE = re.compile(r"(?=[A-Z][A-Z\s\-]{3})[A-Z]{2,}(?:[\s\-][A-Z]{2,}){0,2}\s*(?:[:,\-–—(]|\s+\()")
_SHORT_DATELINE = re.compile(r"\s{0,2}([A-Z]{4})(?=\s*[:,(])")
_SHORT_DATELINE_COLLECTED = re.compile(r"\s*date \d{4}-\d{2}-\d{2}\s+([A-Z]{4})(?=\s*[:,(])")


def _bound(r: Reading, cue: tuple) -> bool:
    """A date that bounds another time rather than dating the engagement ('since the February 8
    elections', 'ahead of Monday's talks')."""
    c, span = cue
    sentence = r.text[span.start:span.end]
    return _BOUND.search(sentence[max(0, c.span[0] - 20):c.span[0]]) is not None


def is_dateline(r: Reading, i: int, pos: int) -> bool:
    """A place written in capitals at the head of a sentence ('ISLAMABAD:', 'TEHRAN, Oct. 13 (MNA)')
    is the newsroom's dateline, not where the clause puts the engagement."""
    s = r.spans[i]
    at_head = pos - s.start <= 2 or _COLLECTION_HEAD.fullmatch(r.text, s.start, pos) is not None
    return at_head and _DATELINE.match(r.text, pos, min(s.end, pos + 40)) is not None


def owned_cues(r: Reading, i: int, start: int, end: int) -> list:
    """The date expressions of sentence i that belong to the trigger at [start, end): only those
    owned by an engagement anchor near it are looked at (`_owned_by_start`)."""
    starts, owned = _owned_by_start(r, i)
    near = owned[bisect_left(starts, start - _anchor_index(r, i).longest):bisect_right(starts, end + 2)]
    out = []
    for _, _, owner, cue in sorted(near, key=lambda x: x[1]):
        if (owner[0] < end and start < owner[1] or _verb_of(r.sentence(i), end, owner)) \
                and not (cue[0].precision == "year" and _is_trip_noun(r, i, owner)):
            out.append(cue)
    return out


def _owned_by_start(r: Reading, i: int) -> tuple[list, list]:
    """The cues of sentence i owned by an engagement anchor, as (owner start, cue's place, owner,
    cue) by owner start, with those starts: found once per sentence, not per trigger (a sentence
    of many dates and triggers was quadratic: review22)."""
    def by_start() -> tuple[list, list]:
        owned = sorted((owner[0], k, owner, cue) for k, cue in enumerate(r.cues(i))
                       if (owner := _owner(r, i, *cue[0].span)) and owner[2])
        return [x[0] for x in owned], owned
    return r.cached("owned_by_start", i, by_start)


def _is_trip_noun(r: Reading, i: int, owner: tuple[int, int, bool]) -> bool:
    """Whether the owner is a 'trip to <place>' noun, which owns a day or a month after it ('his trip
    to Tehran in March') but not a year: 'his third trip to Iran this year' counts trips, it dates none."""
    trip = _trip_to_place(r, i)
    return trip is not None and (trip.start(), trip.end()) == owner[:2]


def _before_the_floor_joined(r: Reading, i: int, end: int, cues: list) -> list:
    """A frame's own dates all before the floor ('met ... in Tehran in 2025 and in 1931': the last
    year read as the clause's) with usable dates told between its trigger and them: those come
    first, and the ones before the floor are passed over (`candidates.past_the_floor`). Without
    such a date, as they are: the engagement is left unwritten (`report.after_floor`)."""
    if not cues or not all(c.before_floor for c, _ in cues):
        return cues
    first = min(c.span[0] for c, _ in cues)
    usable = [(c, sp) for c, sp in r.cues(i) if not c.before_floor and end <= c.span[0] < first]
    return usable + cues


def _verb_of(sentence: str, end: int, owner: tuple[int, int, bool]) -> bool:
    """An engagement verb right after the trigger, a space between ('the border commission met
    earlier this month'): the trigger is its subject, and the date the verb owns is the trigger's."""
    return owner[0] > end and sentence[end:owner[0]].isspace() and owner[0] - end <= 2


def _same_sentence_day(r: Reading, i: int, kind: str) -> list:
    """An engagement told without a date of its own in a sentence that dates another engagement
    with one day ('arrived on Monday, landing in Islamabad, where he met ...'; 'arrived late
    Tuesday on an official visit') was that day, not on a day of the sentences before."""
    engaged = [cue for cue in r.cues(i) if (owner := _owner(r, i, *cue[0].span)) and owner[2] and not _is_dateline_cue(r, cue)]
    days = {(c.start, c.weekday, c.month_day) for c, _ in engaged}  # (a dateline's day is the newsroom's: CURATION.md §4)
    return engaged[:1] if len(days) == 1 and engaged[0][0].precision == "day" and not engaged[0][0].ahead else []


def _not_from_a_later_aside(r: Reading, i: int, start: int, cues: list) -> list:
    """A day the sentence gives another engagement inside a relative clause about a person told
    after this trigger ('at a meeting with Y, who arrived in Islamabad on Sunday') is when that
    person did something before the engagement, not the engagement's day: it is not passed on. A
    clause told before the trigger ('X, whose plane landed on Tuesday, held talks') still is."""
    from pakiran_events.extract.clauses import relative_clause_at

    sentence = r.sentence(i)
    return [(c, sp) for c, sp in cues if (aside := relative_clause_at(sentence, c.span[0])) is None or aside[0] < start]


def _free_cues_before(r: Reading, i: int, back: int = 2) -> list:
    """A frame whose sentence gives it no date takes one from the sentences just before it that
    tell of no engagement and report nothing ('Pakistan and Iran on Tuesday agreed ...' before
    'The matter was discussed in a meeting ...'). A year there is another matter's ('trade rose last
    year'): it dates no engagement of the sentences after it."""
    for j in range(i - 1, max(-1, i - 1 - back), -1):
        cues = [c for c in r.cues(j) if c[0].precision != "year"]
        if cues and not _anchors(r, j) and not is_date_line(r.sentence(j)):
            return cues  # (a date line or byline dates the report, not the engagement: CURATION.md §4)
    return []


# 'He also called on ...', 'Araghchi also met ...': the sentence goes on with the occasion the one before told
_ALSO = re.compile(r"\balso\s+$", re.IGNORECASE)


def _also_day(r: Reading, i: int, start: int) -> list:
    """A frame told without a date right after the sentence before with 'also' before its trigger
    ('... held talks with Y on Tuesday. He also called on Z') takes that sentence's one engagement
    day: the same occasion goes on. Nothing when the sentence before dates no engagement with one day."""
    if i == 0 or _ALSO.search(r.sentence(i)[max(0, start - 12):start]) is None:
        return []
    return _same_sentence_day(r, i - 1, "meeting")


_PAIRED = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?\s*(?:and|&|-|–|,|/)\s*$")
_POSSESSIVE = re.compile(r"[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?['’]s?\b")


def _metonyms(r: Reading, found: list[tuple[int, str]]) -> set[int]:
    """Places that stand for their governments, not for where something happened: two capitals
    joined ('Tehran and Islamabad agreed', 'Islamabad-Tehran ties') or a possessive ('Tehran's
    stance')."""
    out = set()
    for (p1, a), (p2, b) in zip(found, found[1:]):
        if r.people.country_of(a) != r.people.country_of(b) and _PAIRED.fullmatch(r.text[p1:p2]):
            out |= {p1, p2}
    out |= {pos for pos, _ in found if (m := _POSSESSIVE.match(r.text, pos)) and m.group(0)[-2:] in ("'s", "’s")}
    return out


def _tour_stop(r: Reading, trigger: Span) -> str | None:
    """'his visit to A, B, C and Iran': a trigger naming several places (a tour) is, for the
    dyad, the stop in a dyad country (the last one it names). None for a trigger naming one place
    or none: `_place` then reads the clause."""
    named = r.people.places_in(trigger.start, trigger.end)
    if len(named) < 2:
        return None
    stops = [pid for _, pid in named if r.people.country_of(pid) in r.lex.dyad]
    return stops[-1] if stops else None


def _on_tour_stop(r: Reading, i: int, place_id: str | None) -> str | None:
    """A clause placed at a stop of a tour its sentence tells ('completed his visit to A, B and
    Iran after talks with President X') is at the tour's dyad stop, as the tour's visit is: its
    first-named stop is no place the sentence puts the talks in."""
    if place_id is None:
        return None
    s = r.spans[i]
    for a, b, engagement in _anchors(r, i):
        named = r.people.places_in(s.start + a, s.start + b) if engagement else []
        if len(named) > 1 and place_id in {pid for _, pid in named}:
            return _tour_stop(r, Span(s.start + a, s.start + b)) or place_id
    return place_id


def part_place(r: Reading, i: int, part: tuple[int, int, int, int]) -> str | None:
    """The place one coordinated part of sentence i (`meeting_parts`: start, end, trigger start,
    trigger end, sentence offsets) puts its talks in, read as `_place` reads a clause; None when
    the part names none (then the sentence's place is the meeting's: no place of the report's
    context here)."""
    return _place(r, i, part[2], talks=True, bounds=part[:2])


def part_days(r: Reading, i: int, part: tuple[int, int, int, int]) -> list:
    """The days (DateCue, sentence Span) told inside one coordinated part of sentence i ('and on
    Wednesday met Y'), those its trigger owns first, told as held: resolved, not read forward, not
    a bound ('since ...'), not after the report's day; a day another engagement trigger of the same
    part owns ('X, who arrived in Mashhad on Sunday, held talks ... on Monday') is that one's, not the
    part's. [] when the part tells none."""
    def held(cues: list) -> list:
        return [(c, sp) for c, sp in cues if part[0] <= c.span[0] < part[1] and c.resolved and not c.ahead
                and not _bound(r, (c, sp)) and not _postponed_on(r, (c, sp))
                and (r.published is None or c.start <= r.published)]

    def anothers(c) -> bool:
        owner = _owner(r, i, *c.span)
        return owner is not None and owner[2] and part[0] <= owner[0] < part[1] and owner[0] != part[2]

    return held(owned_cues(r, i, part[2], part[3])) or [(c, sp) for c, sp in held(r.cues(i, part[0], part[1]))
                                                         if not anothers(c)]


def _region_place(r: Reading, i: int, start: int, talks: bool, homeward: bool) -> str | None:
    """`_place` of the trigger at `start` read in its own region (`frame_regions`) when another
    region of the sentence tells another modality ('met X in Islamabad, while Y is expected to
    visit Tehran next month': Tehran is the plan's) or another subject ('met X on Monday, while Z
    was in Karachi for talks with W': Karachi is Z's), else in the whole sentence."""
    own = region_of(r, i, start)
    if all(held == own[2] for _, _, held in regions(r, i)) and not other_subject(r, i):
        return _place(r, i, start, talks, homeward)
    return _place(r, i, start, talks, homeward, bounds=own[:2]) or _here(r, i)


def _place(r: Reading, i: int, trigger_start: int, talks: bool = False, homeward: bool = False,
           bounds: tuple[int, int] | None = None) -> str | None:
    """The place the clause puts the engagement in: a destination or location ('in', 'to', 'for',
    'at'), never an origin ('from X', 'left X'); after the trigger first. For talks (`talks`), not
    a place of the journey told as another time ('a day after landing in X': engagement.yaml
    `journey_before`; 'after arriving in X, he met Y' keeps X) nor where the trip began ('a visit
    that had begun in X': `trip_nouns`, `opened_verbs`), nor where the way home after it went ('met Y
    on Monday and left for Tehran': `homeward_verbs`). For a trip told as over
    (`homeward`), not the place the guest went home to ('concluded his visit to Pakistan, leaving
    for Tehran': engagement.yaml `homeward_verbs`). With `bounds` (sentence offsets) only that
    part of the sentence is read, and a part naming no place gives None."""
    s = r.spans[i]
    found = r.people.called_places(s.start, s.end) if bounds is None \
        else r.people.called_places(s.start + bounds[0], s.start + bounds[1])
    if homeward:
        found = [(pos, pid) for pos, pid in found if not r.lex.patterns["homeward"].search(r.text[max(s.start, pos - 30):pos])]
    if talks:
        found = [(pos, pid) for pos, pid in found if not r.lex.patterns["journey_before"].search(r.text[max(s.start, pos - 60):pos])
                 and not r.lex.patterns["trip_began_in"].search(r.text[max(s.start, pos - 110):pos])
                 and not landed_aside(r, i, pos, s.start + trigger_start)
                 and not (pos > s.start + trigger_start and r.lex.patterns["homeward"].search(r.text[max(s.start, pos - 30):pos]))]
    metonyms = _metonyms(r, found)
    is_country = lambda pid: r.lex.is_country(pid)
    good = [(pos, pid) for pos, pid in found if not r.lex.patterns["origin_before"].search(r.text[max(s.start, pos - 16):pos])
            and not topic_at(r, s.start, pos) and not residence_at(r, s.start, pos, pid) and not is_dateline(r, i, pos) and pos not in metonyms
            and not _posted_at(r, s.start, pos) and not office_country(r, i, pos, pid) and not stopover_at(r, s.start, pos, s.start + trigger_start)
            and not r.people.told_in_attribution(s.start + trigger_start, pos, pos + 1)]  # where the news was told (attribution.py)
    cities = [(pos, pid) for pos, pid in good if not is_country(pid)]
    # a city named in the clause says more than its country; a country word is a place only after
    # 'in', 'to', 'for' ('Pakistan's army chief' is a side, not a place)
    good = cities or [(pos, pid) for pos, pid in good if r.lex.patterns["destination_before"].search(r.text[max(s.start, pos - 40):pos])]
    dest = [(pos, pid) for pos, pid in good if r.lex.patterns["destination_before"].search(r.text[max(s.start, pos - 40):pos])]
    for group in (dest, good):
        after = [pid for pos, pid in group if pos >= s.start + trigger_start]
        if after:
            return after[0]
        if group:
            return group[-1][1]
    return _here(r, i) if bounds is None else None


def landed_aside(r: Reading, i: int, pos: int, trigger: int) -> bool:
    """The place at text offset `pos` is where the guest came in, told in an aside about the person
    that does not hold the trigger ('X, who landed in Karachi on Monday, called on Y at Naval
    Headquarters here': places.yaml `landing` right before it, inside a closed 'who' clause): the
    arrival, not the talks' place (CURATION.md §5: a visit is placed at the city of its talks).
    'arrived in Karachi, where he held talks' and 'after arriving in X, he met Y' are no asides."""
    start = r.spans[i].start
    return landing_pattern(r).search(r.text, max(start, pos - 40), pos) is not None and r.aside_of_person(i, pos, trigger)


_WHERE_AFTER = re.compile(r"[^,;:.()]{0,40},\s*where\b", re.IGNORECASE)  # grammar: the place's own 'where' clause


def stopover_at(r: Reading, start: int, pos: int, trigger: int | None = None) -> bool:
    """The place at `pos` is a stop on the way, told right after a stopover phrase of its sentence
    ('arrived on Monday night after a stop in Kabul and met Y', places.yaml `stopover`): a city the
    traveller passed through, not where the clause's engagement or trip was (places30). A trigger
    (text offset) told in the stop's own 'where' clause was held there ('arrived in Tehran after a
    stop in Kabul, where he met Y': Kabul is the talks' place; review30). The pattern is the lexicon's."""
    if r.lex.patterns["stopover"].search(r.text, max(start, pos - 60), pos) is None:
        return False
    where = _WHERE_AFTER.match(r.text, pos)
    if trigger is None or where is None or trigger < where.end():
        return True
    return _CLAUSE_END.search(r.text, where.end(), trigger) is not None


_CLAUSE_END = re.compile(r"[,;:.()]")  # grammar: the 'where' clause ends at its first punctuation


def landing_pattern(r: Reading) -> re.Pattern:
    """A landing phrase (places.yaml `landing`) ending right before a place: compiled once per lexicon."""
    pattern = r.lex.patterns.get("_landing")
    if pattern is None:
        phrases = r.lex.dictionaries["places"].get("landing", []) or ["(?!x)x"]
        pattern = r.lex.patterns["_landing"] = re.compile(r"\b(?:" + "|".join(phrases) + r")\s+(?:the\s+)?$", re.IGNORECASE)
    return pattern


def goes_to(r: Reading, f: Frame) -> bool:
    """Whether departure frame f's trigger ends in a destination word ('returned to', 'left for':
    engagement.yaml `destination_before`): the place after it is the city gone to, not the one left
    (review30: places30's way home read 'He returned to Tehran' as leaving Tehran)."""
    gap = _NEXT_WORD.match(r.text, f.trigger.end)
    return r.lex.patterns["destination_before"].search(r.text, f.trigger.start, gap.end() if gap else f.trigger.end) is not None


def _left_place(r: Reading, i: int, end: int) -> str | None:
    """The city a departure clause leaves, named right after its trigger ('left Islamabad on
    Tuesday after a visit'): the place of the visit it ends when the clause names no destination
    (candidates.visit drops it when it is the traveller's own country: going home is no visit)."""
    s = r.spans[i]
    after = r.text[s.start + end:s.end]
    for pos, pid in r.people.called_places(s.start + end, s.end):
        if pos - (s.start + end) <= 6 and not r.lex.is_country(pid) \
                and not after[:pos - (s.start + end)].strip(" the"):
            return pid
        if not r.lex.is_country(pid) and _RETURNED_FROM.fullmatch(after, 0, pos - (s.start + end)):
            return pid  # 'returned on Wednesday from Tehran': the city the way home left (places30)
        break
    return None


# between a way home's trigger and the city it left: 'home', 'back', a day told (the date grammar of
# core/cues, after 'on', 'late' or 'early'), then 'from' ('returned on Wednesday from Tehran', 'returned
# late Wednesday night from Tehran', 'returned home from Tehran'); no other words (a clause of its own)
_RETURNED_FROM = re.compile(r"\s+(?:(?:home|back)\s+)?(?:(?:(?:on|late|early)\s+)?(?i:" + DATE_EXPRESSION.pattern + r"),?\s+)?"
                            r"(?:(?:home|back)\s+)?from\s+(?:the\s+)?")


def topic_at(r: Reading, start: int, pos: int) -> bool:
    """The place at `pos` is what was talked about, not where ('discussed the situation in
    Afghanistan', 'the peace process in Afghanistan': places.yaml `topic_before`)."""
    return r.lex.patterns["topic_before"].search(r.text, max(start, pos - 80), pos) is not None


_NAME_RUN = re.compile(r"[\w’'.]+(?:\s+[A-Z][\w’'.]*){0,2}")  # a place's name as written, for what follows it


def residence_at(r: Reading, start: int, pos: int, pid: str) -> bool:
    """The place `pid` at `pos` is where a person lives, serves or comes from, not a venue ('who has
    been posted to Islamabad', 'the Lahore-born minister', 'the Islamabad-based diplomat', 'agents in
    Karachi said', 'Tehran said': places.yaml `residence`); 'the Karachi-based port', 'Based in
    Tehran, the ministry', 'back home in Lahore', 'in his home town of Lahore' 'talks with X in
    Tehran told' are places.
    `start` bounds the look back (the sentence's start)."""
    p, look = r.lex.patterns, max(start, pos - 40)
    if (m := p["residence_before"].search(r.text, look, pos)) and not p["residence_located"].search(r.text, max(start, m.start() - 20), m.start()):
        return True
    name = r.lex.places[pid]["name"] if pid in r.lex.places else ""
    end = pos + len(name) if name and r.text.startswith(name, pos) else (m.end() if (m := _NAME_RUN.match(r.text, pos)) else pos)
    if p["residence_after"].match(r.text, end):
        return True
    if not p["residence_speaking"].match(r.text, end):
        return False
    speakers = p["residence_speakers"].search(r.text, look, pos)
    if speakers is not None and p["residence_partners"].search(r.text, max(start, speakers.start() - 40), speakers.start()):
        return False  # 'talks with officials in Tehran, X told reporters': whom the talks were with, there
    return speakers is not None or p["residence_located"].search(r.text, look, pos) is None


# between an office and the country it is 'of': 'the' and a state's long form ('the Islamic Republic of')
_OF_COUNTRY = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*|of)\s+){0,3}$")


def office_country(r: Reading, i: int, pos: int, pid: str) -> bool:
    """Whether the country `pid` named at text offset `pos` (sentence i's) is told as an office's side
    or post, not as where an engagement was: right after an office of sentence i and 'of' ('The
    Ambassador of the Islamic Republic of Iran, Mr X, called on ...', where25), or after a posted office
    and 'in', 'at', 'to' or 'of' (`_posted_at`: 'Pakistani Ambassador to Iran X ... called on' under an
    Islamabad dateline, review 25 S2). The one reading of a country after an office: a clause's place
    (`_place`) and a report's opening places (candidates._opening_places) ask it."""
    if not r.lex.is_country(pid) or not r.spans:
        return False
    return _posted_at(r, r.spans[i].start, pos) \
        or any(end <= pos and _OF_COUNTRY.fullmatch(r.text, end, pos) for _, _, end, _ in r.people.titles_in(i))


def _posted_at(r: Reading, start: int, pos: int) -> bool:
    """The city at `pos` is where an office-holder named there serves ('the Consul General in
    Karachi', 'Ambassador in Tehran': places.yaml `posted_titles`), not where the clause's
    engagement was. So is a country (review 25, S2): 'Pakistani Ambassador to Iran X ... called on'
    under an Islamabad dateline put the meeting in Iran, and its ministry venue in Tehran."""
    pattern = r.lex.patterns.get("_posted")
    if pattern is None:
        titles = r.lex.dictionaries["places"].get("posted_titles", []) or ["(?!x)x"]
        pattern = r.lex.patterns["_posted"] = re.compile(r"(?<![\w\-])(?:" + "|".join(titles) + r")\s+(?:in|at|to|of)\s+(?:the\s+)?$",
                                                          re.IGNORECASE)
    found = pattern.search(r.text, max(start, pos - 40), pos)
    if found is None:
        return _unit_base_at(r, start, pos)
    return not _away_from_the_capital(r, found.group(0), pos)


def _unit_base_at(r: Reading, start: int, pos: int) -> bool:
    """The city at `pos` is the base of a unit whose head the clause names ('the commander of the
    maritime unit of Iran's border guard in Chabahar': places.yaml `unit_heads`), not where the
    engagement was. The unit's words are lowercase or a possessive ('Iran's'): no comma, so no clause
    after the office, and no name ('Chief of Army Staff General X in Rawalpindi' is where X met); one
    of them names a unit (`unit_nouns`: 'the chief of army staff in Rawalpindi' is an office, not a unit)."""
    pattern = r.lex.patterns.get("_unit_base")
    if pattern is None:
        heads = r.lex.dictionaries["places"].get("unit_heads", []) or ["(?!x)x"]
        pattern = r.lex.patterns["_unit_base"] = re.compile(
            r"(?<![\w\-])(?i:" + "|".join(heads) + r")\s+of\s+(?:the\s+)?(?:(?:[a-z][\w\-]*|[A-Z][\w\-]*['’]s)\s+){1,6}?(?:in|at)\s+(?:the\s+)?$")
    found = pattern.search(r.text, max(start, pos - 90), pos)
    nouns = r.lex.patterns.get("_unit_nouns")
    if nouns is None:
        told = r.lex.dictionaries["places"].get("unit_nouns", []) or ["(?!x)x"]
        nouns = r.lex.patterns["_unit_nouns"] = re.compile(r"\b(?:" + "|".join(told) + r")\b", re.IGNORECASE)
    return found is not None and nouns.search(found.group(0)) is not None


def _away_from_the_capital(r: Reading, title: str, pos: int) -> bool:
    """The office before the city at `pos` is held in a capital (places.yaml `capital_posted_titles`:
    an ambassador, a high commissioner) and the city is not one: 'met the Iranian ambassador in
    Lahore' tells where they met, not where the ambassador serves ('ambassador in Islamabad' does)."""
    if r.lex.patterns["capital_posted"].match(title) is None:
        return False
    place = next((pid for at, pid in r.people.called_places(pos, min(len(r.text), pos + 60)) if at == pos), None)
    return place is not None and not r.lex.is_country(place) \
        and place not in r.lex.capital_phrases


def _here(r: Reading, i: int) -> str | None:
    """'met the minister here on Monday' (places.yaml `here`): the city of the report's dateline
    ('LAHORE:'), which names no place of the engagement unless the clause points at it so; None
    without a dateline city, or for 'from here', 'left here'."""
    s = r.spans[i]
    told = [m for m in _here_pattern(r).finditer(r.text, s.start, s.end) if not r.lex.patterns["origin_before"].search(r.text[max(s.start, m.start() - 16):m.start()])]
    return dateline_city(r) if told else None


def here_at(r: Reading, pos: int, end: int) -> str | None:
    """The dateline's city when text[pos:end] opens with a word pointing at it ('gathered in' +
    ' this city', ' here'; places.yaml `here`); None otherwise."""
    lead = len(r.text[pos:end]) - len(r.text[pos:end].lstrip())
    return dateline_city(r) if _here_pattern(r).match(r.text, pos + lead, end) else None


def _here_pattern(r: Reading):
    from pakiran_events.extract.lexicon import words

    pattern = r.lex.patterns.get("_here")
    if pattern is None:
        pattern = r.lex.patterns["_here"] = words(r.lex.dictionaries["places"].get("here", []))
    return pattern


def dateline_city(r: Reading) -> str | None:
    """The city of the report's dateline ('LAHORE:'); None for none or a country's."""
    for j in range(min(4, len(r.spans))):
        for _, pid in dateline_places(r, j):
            return pid if not r.lex.is_country(pid) else None
    return None


def dateline_places(r: Reading, i: int) -> list[tuple[int, str]]:
    """(offset, place_id) of the dateline at the head of sentence i ('QUETTA:'), if it has one.
    A four-letter name in capitals ('BAKU,', 'DOHA:') is read here only: elsewhere the capitals
    look-up keeps names of five letters and more, as shorter ones are mostly acronyms."""
    s = r.spans[i]
    found = [(pos, pid) for pos, pid in r.people.places_in(s.start, min(s.end, s.start + 40)) if is_dateline(r, i, pos)]
    if found:
        return found
    head = _SHORT_DATELINE.match(r.text, s.start, s.end) or _SHORT_DATELINE_COLLECTED.match(r.text, s.start, s.end)
    pid = r.lex.place_names.get(head.group(1).title()) if head else None
    return [(head.start(1), pid)] if pid and is_dateline(r, i, head.start(1)) else []


# the words that say what happened: four letters or more, in lower case (a name, 'Pakistan', 'Iran',
# 'Quetta', a minister's, is in every report of the engagement and says nothing of what happened),
# not a function word or a date's
_WORD = re.compile(r"\b[a-z]{4,}")
_NOT_CONTENT = frozenset(("that", "this", "with", "from", "were", "have", "been", "which", "after", "before", "week",
                          "weeks", "days", "later", "earlier", "came", "took", "place", "this", "year", "their", "they",
                          "also", "into", "near", "said", "when", "while", "over"))
# what happened ends with its clause: after a comma comes what the engagement itself did ('one week
# after ten guards were killed, and widens border security cooperation')
_AFTER_WHAT = re.compile(r"\s*(?:the\s+)?([^.;:,]{0,120})")
_BEFORE_WHAT = 120  # characters before a day told of a happening that say what happened on it


def _stems(text: str) -> tuple[str, ...]:
    """The content words' stems, sorted: a reading's repr (and pickle) is the same in every process,
    whatever the string hash seed (bench/read_bench.py compares readings across processes)."""
    return tuple(sorted({w.lower()[:4] for w in _WORD.findall(text) if w.lower() not in _NOT_CONTENT}))


def incidents(r: Reading) -> tuple:
    """An undated report's days of happenings other than its engagements, and its offsets counted
    from a happening ('one week after ten border guards were killed'): ('day', (month, first, last),
    stems, Span) for a day told without a year ('the killing of guards on 26 April, this year') and
    ('offset', days, stems, Span) for an offset, the stems being the words that say what happened.
    Clustering matches an offset to a day another report of the same engagement tells of the same
    happening (cluster.incident_day); nothing is dated here."""
    out = []
    for i in range(len(r.spans)):
        sentence = r.sentence(i)
        for c, sp in r.cues(i):
            a, b = c.span
            if c.offset and sentence[a:b].lower().split()[-1] in ("after", "before"):
                what = _AFTER_WHAT.match(sentence, b)
                out.append(("offset", c.offset, _stems(what.group(1) if what else ""), sp))
            elif c.month_day and c.precision == "day" and not c.ahead:
                out.append(("day", c.month_day, _stems(sentence[max(0, a - _BEFORE_WHAT):a]), sp))
    return tuple(out)


# What borrowing.py reads of a sentence's triggers and dates, under public names (the same functions: one
# reading of owners and days, not a copy)
anchors, owner, is_dateline_cue, postponed_on = _anchors, _owner, _is_dateline_cue, _postponed_on
same_sentence_day, not_from_a_later_aside = _same_sentence_day, _not_from_a_later_aside
