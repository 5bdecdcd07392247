"""Frames from a trigger noun's attachments and from delegation heads (round 27, issue 15 proposal 2).

A report often names the parties of an engagement on its noun rather than as a verb's subject and
object: 'at a meeting in Mirjaveh between A and B', 'held an office call with B', 'his first round of
talks on Monday with B'. And consultations are told with the sides as subject while their heads are
named apart: 'The Pakistani side was led by A and the Iranian side by B'. Both give a meeting frame
made by `frames.frame_at` (the verb frames' modality, negation, denial, background and date rules),
whose source and target slots are filled from the attachments or the heads. The nouns, the
attachment prepositions and the head anchors are data (engagement.yaml `frame_nouns`,
`frame_attachments`, `frame_gap_words`; the head phrases titles.yaml `anchor_heads`); nothing here names a person or a place.
A sentence whose frames already hold the pair gets no second frame."""

from __future__ import annotations

import re
from collections.abc import Callable

from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.frame_regions import own_mentions
from pakiran_events.extract.mentions import Mention
from pakiran_events.extract.report import Frame, Reading

# how many sentences back 'the two ministers' may refer to (a paragraph's length in the probe sets)
PAIR_LOOKBACK = 5
# the frame kinds that already tell a sentence's engagement between two people
_TOLD_KINDS = ("meeting", "phone_call", "ceremony")


def _patterns(r: Reading) -> dict[str, re.Pattern]:
    """engagement.yaml's nouns, attachments and head anchors compiled once per lexicon."""
    found = r.lex.patterns.get("_noun_frames")
    if found is None:
        from pakiran_events.extract.lexicon import words

        e = r.lex.dictionaries["engagement"]
        gap = int(e.get("frame_gap_words", 6))
        attach = e.get("frame_attachments", {})
        found = {"noun": words(e.get("frame_nouns", [])),
                 "call": words(e.get("frame_call_nouns", [])),
                 "present": words(e.get("frame_present_verbs", [])),
                 "pair_ref": r.lex.patterns["pair_reference"],  # sides.yaml `pair_numbers` and a plural noun
                 "ceremony": words(e.get("frame_ceremony_nouns", [])),
                 # each act of a ceremony on its own ('signed', 'handed over'): the same act told before
                 **{f"act{k}": words([v]) for k, v in enumerate(e.get("ceremony_act_verbs", []) + e.get("ceremony_signing", []))},
                 "by": words(attach.get("by", [])),
                 # up to `gap` words (no punctuation) between the noun and its preposition
                 "between": re.compile(rf"(?:\s+[\w’'\-]+){{0,{gap}}}?\s+(?:{'|'.join(attach.get('between', []) or ['(?!x)x'])})\s",
                                       re.IGNORECASE),
                 "with": re.compile(rf"(?:\s+[\w’'\-]+){{0,{gap}}}?\s+({'|'.join(attach.get('with', []) or ['(?!x)x'])})\s",
                                    re.IGNORECASE),
                 # the head phrases are titles.yaml `anchor_heads`, the people's anchor table (one list)
                 "head": r.lex.patterns["anchor_head"],
                 "head_statement": re.compile(rf"{words(e.get('head_statement_before', [])).pattern}\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE),
                 # 'since the talks', 'since their meeting': the noun names an earlier engagement
                 "past_before": re.compile(rf"{words(e.get('frame_noun_past_before', [])).pattern}\s+(?:[\w’'\-]+\s+){{0,2}}$",
                                           re.IGNORECASE)}
        r.lex.patterns["_noun_frames"] = found  # type: ignore[assignment]
    return found  # type: ignore[return-value]


def _persons(r: Reading, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if r.people.is_person(m.actor_id) and m.side in r.lex.dyad]


def _two_sides(people: list[Mention]) -> bool:
    return len({m.side for m in people}) > 1


def _holds_pair(frames: list[Frame], i: int, pair: set[str]) -> bool:
    """Whether a frame of sentence i of a kind telling an engagement already holds both actors."""
    return any(f.sentence == i and f.kind in _TOLD_KINDS and pair <= {m.actor_id for m in f.sources + f.targets}
               for f in frames)


def attachments(r: Reading, i: int) -> list[tuple[str, int, int, list[Mention], list[Mention]]]:
    """The engagement nouns of sentence i with their parties: (frame kind, noun start, noun end,
    sources, targets), sentence offsets; kind 'phone_call' for a call noun (`frame_call_nouns`, its
    'between' only), else 'meeting'. 'between A and B': A the source, B (and any other) the targets;
    'between the two ministers' (lexicon `pair_reference`): the pair named last (`_pair_named_before`),
    not 'the two sides' or 'the two countries' (sides.yaml `pair_sides`: sides, not persons; review of round 27);
    'with B': B the target, the nearest person before the noun in its region (or inside the words
    between the noun and 'with': 'the talks that X held on Monday with Y') the source. Only a noun
    whose parties are persons of both dyad sides, in the noun's clause, is returned. Never raises."""
    p, sentence, base = _patterns(r), r.sentence(i), r.spans[i].start
    out: list[tuple[str, int, int, list[Mention], list[Mention]]] = []
    nouns = sorted([("phone_call", m) for m in p["call"].finditer(sentence)]
                   + [("meeting", m) for m in p["noun"].finditer(sentence)], key=lambda x: x[1].start())
    for kind, noun in nouns:
        if kind == "meeting" and any(k == "phone_call" and c.start() <= noun.start() < c.end() for k, c in nouns):
            continue  # 'phone conversation' holds no meeting noun of its own
        a, b = clause_at(sentence, noun.start())
        people = own_mentions(r, i, noun.start())
        # round 28: a possessive's owner is no party ('talks with General X's chief of staff': the head noun is)
        inside = [m for m in _persons(r, people) if base + a <= m.span.start < base + b
                  and not r.lex.patterns["proxy_after"].match(r.text, m.span.end)]
        between = p["between"].match(sentence, noun.end(), b)
        with_ = p["with"].match(sentence, noun.end(), b) if kind == "meeting" else None
        if between is not None and not (with_ is not None and with_.end() < between.end()):
            parties = [m for m in inside if m.span.start >= base + between.end()]
            if not _two_sides(parties) and p["pair_ref"].match(sentence, between.end()) \
                    and not r.lex.patterns["both_sides"].match(sentence, between.end()):
                # round 28: 'the two presidents' are that office's two holders, one of each side, not the pair named last
                office_pair = r.people.plural_office(i, base + between.end())
                parties, told = (office_pair, i) if _two_sides(office_pair) else _pair_named_before(r, i, noun.start())
                if noun.start() not in r.trigger_starts(i) and any(r.trigger_starts(k) for k in range(told, i)):
                    continue  # 'the meeting ... was followed by a session between the two leaders': the one told
            if _two_sides(parties):
                out.append((kind, noun.start(), noun.end(), parties[:1], parties[1:]))
            continue
        if with_ is None:
            continue
        after = [m for m in inside if m.span.start >= base + with_.end()]
        if not after:
            continue
        target = after[0]
        gap = [m for m in inside if base + noun.end() <= m.span.start < base + with_.start(1)]
        before = [m for m in inside if m.span.start < base + noun.start()][::-1]
        sources = [m for m in gap + before if m.side != target.side][:1]
        if sources:
            out.append((kind, noun.start(), noun.end(), sources, [target]))
    return out


def present_meetings(r: Reading, i: int) -> list[tuple[int, int, list[Mention], list[Mention]]]:
    """A live page's present tense (`frame_present_verbs`) right after a person: 'A and B meet on the
    sidelines' (the persons of both sides before the verb in its clause), 'A is now meeting B' (the
    person before, the first person after of the other side): (verb start, verb end, sources, targets),
    sentence offsets. A subject right before the verb leaves no room for 'to' or a modal. Its modality is
    the frame's (a governor of wishing or asking: 'unclear when A and B meet', Reading.governed_at; a
    clause of time or condition: `_told_ahead`; a day ahead: a scheduled step told in the present). Never raises."""
    p, sentence, base = _patterns(r), r.sentence(i), r.spans[i].start
    out = []
    for verb in p["present"].finditer(sentence):
        a, b = clause_at(sentence, verb.start())
        inside = [m for m in _persons(r, own_mentions(r, i, verb.start())) if base + a <= m.span.start < base + b]
        before = [m for m in inside if m.span.end <= base + verb.start()]
        if not before or sentence[before[-1].span.end - base:verb.start()].strip():
            continue  # the verb's subject is no person right before it
        after = [m for m in inside if m.span.start >= base + verb.end() and m.side != before[-1].side]
        firsts: dict = {}
        for m in before:
            firsts.setdefault(m.side, m)
        if _two_sides(before):
            out.append((verb.start(), verb.end(), [firsts[before[0].side]], [m for m in firsts.values() if m.side != before[0].side]))
        elif after:
            out.append((verb.start(), verb.end(), [before[-1]], after[:1]))
    return out


def _told_ahead(r: Reading, i: int, start: int, subject: int) -> bool:
    """Whether the present-tense verb at sentence offset `start`, its subject starting at `subject`,
    stands in a clause of time or condition ('if A and B meet', 'once they meet', 'until A and B
    meet': engagement.yaml `clause_governors.present_future` between its clause's start and its
    subject): the present tells what is still to come there, not a meeting held (round 28)."""
    a, _ = clause_at(r.sentence(i), start)
    return r.lex.patterns["present_future"].search(r.sentence(i), a, max(a, subject)) is not None


def _pair_named_before(r: Reading, i: int, pos: int) -> tuple[list[Mention], int]:
    """The persons of both dyad sides sentence i names before sentence offset `pos`, else the last of
    the PAIR_LOOKBACK sentences before it that names both (its first-named person of each side): what
    'the two ministers' refers to, with the sentence naming them. ([], i) when none names both."""
    base = r.spans[i].start
    for j in range(i, max(i - PAIR_LOOKBACK, 0) - 1, -1):
        told = sorted((m for m in _persons(r, r.mentions[j]) if j < i or m.span.start < base + pos), key=lambda m: m.span.start)
        firsts: dict = {}
        for m in told:
            firsts.setdefault(m.side, m)
        if len(firsts) > 1:
            return sorted(firsts.values(), key=lambda m: m.span.start), j
    return [], i


def ceremony_attachments(r: Reading, i: int) -> list[tuple[int, int, list[Mention], list[Mention]]]:
    """The ceremony nouns of sentence i (`frame_ceremony_nouns`) with their parties: the persons after
    the first 'by' of the noun's clause, before or after the noun ('the memorandum was signed by A and
    B in a ceremony', 'were handed over at a ceremony by A to B'), when they are of both dyad sides:
    (noun start, noun end, [first], [the others]), sentence offsets. Never raises on a sentence."""
    p, sentence, base = _patterns(r), r.sentence(i), r.spans[i].start
    out = []
    for noun in p["ceremony"].finditer(sentence):
        a, b = clause_at(sentence, noun.start())
        by = p["by"].search(sentence, a, b)
        if by is None:
            continue
        parties = [m for m in _persons(r, own_mentions(r, i, noun.start())) if base + by.end() <= m.span.start < base + b]
        if _two_sides(parties):
            out.append((noun.start(), noun.end(), parties[:1], parties[1:]))
    return out


def _act_told_before(r: Reading, i: int, f: Frame, frame_at: Callable[..., Frame]) -> None:
    """A ceremony frame of sentence i with no place or no day of its own takes them from the same act
    told in one of the two sentences before ('Iran handed over 52 prisoners at the Taftan border on
    Friday. The prisoners were handed over at a ceremony by A to B'): the frame of that act's verb
    there (`frame_at`, the verb frames' rules), if it is held; the retelling names the people only."""
    if f.place_id is not None and f.dates:
        return
    p, sentence = _patterns(r), r.sentence(i)
    acts = [k for k in p if k.startswith("act") and p[k].search(sentence)]
    for j in (i - 1, i - 2):
        verb = next((m for k in acts if j >= 0 and (m := p[k].search(r.sentence(j)))), None)
        if verb is None:
            continue
        told = frame_at(r, j, "ceremony", "ceremony", verb.start(), verb.end())
        if not (told.planned or told.negated or told.background):
            f.place_id = f.place_id or told.place_id
            # an act verb that is no trigger owns no date: the held days told after it in its clause
            _, b = clause_at(r.sentence(j), verb.start())
            after = [(c, sp) for c, sp in r.cues(j) if sp == r.spans[j] and verb.end() <= c.span[0] < b and c.resolved
                     and not c.ahead and (r.published is None or c.start <= r.published)]
            f.dates = f.dates or told.dates or after[:1]
        return


def delegation_heads(r: Reading) -> list[tuple[int, Mention]]:
    """(sentence, person) of each head of a delegation or side the report names ('the Pakistani side
    was led by A', 'and the Iranian delegation by B', 'a delegation headed by C'): the first person of
    a dyad side after the anchor (titles.yaml `anchor_heads`), before the next anchor or a
    semicolon. Found once per reading; [] when none."""
    def find() -> list[tuple[int, Mention]]:
        p, out = _patterns(r), []
        for i in range(len(r.spans)):
            sentence, base = r.sentence(i), r.spans[i].start
            anchors = list(p["head"].finditer(sentence))
            for k, anchor in enumerate(anchors):
                stop = anchors[k + 1].start() if k + 1 < len(anchors) else len(sentence)
                semi = sentence.find(";", anchor.end(), stop)
                stop = semi if semi >= 0 else stop
                after = sorted((m for m in _persons(r, r.mentions[i]) if base + anchor.end() <= m.span.start < base + stop),
                               key=lambda m: m.span.start)
                if after and all(h.actor_id != after[0].actor_id for _, h in out):
                    out.append((i, after[0]))
        return out
    return r.memo("delegation_heads", find)


def _head_pairs(r: Reading) -> list[tuple[int, list[Mention]]]:
    """(sentence, [head of one side, head of the other]) for each sentence naming the heads of two
    dyad sides (with the next sentence's, a side told apart); found once per reading."""
    def find() -> list[tuple[int, list[Mention]]]:
        by_sentence: dict[int, list[Mention]] = {}
        for i, m in delegation_heads(r):
            by_sentence.setdefault(i, []).append(m)
        out = []
        for i, told in sorted(by_sentence.items()):
            if i - 1 in by_sentence and _own_engagements(r, i - 1, i) and _two_sides(by_sentence[i - 1] + told):
                continue  # told with the sentence before
            later = by_sentence.get(i + 1, []) if _own_engagements(r, i, i + 1) else []
            people = told + [m for m in later if m.side not in {t.side for t in told}]
            if _two_sides(people):
                out.append((i, [next(m for m in people if m.side == side) for side in sorted({m.side for m in people}, key=str)]))
        return out
    return r.memo("delegation_head_pairs", find)


def _own_engagements(r: Reading, i: int, j: int) -> bool:
    """Round 28 (wrongread28): whether heads named in sentences i and j may lead the two sides of one
    engagement: not when each sentence tells an engagement of its own ('A delegation led by A visited
    X. A delegation led by B held talks in Y': two delegations, two engagements), only when one of
    them is the other's continuation ('The talks were held in X. The Pakistani side was led by A. The
    Iranian side by B.')."""
    return not (0 <= j < len(r.spans) and _own_doing(r, i) and _own_doing(r, j))


def _own_doing(r: Reading, i: int) -> bool:
    """Whether sentence i tells something its delegation does of its own: an engagement trigger, or a
    head phrase that is no predicate ('a delegation led by A toured the port'), not 'the Pakistani
    side was led by A' nor 'the Iranian side by B' (`head_statement_before`)."""
    if r.trigger_starts(i):
        return True
    p, sentence = _patterns(r), r.sentence(i)
    return any(a.group(0).lower().startswith(("led", "headed")) and p["head_statement"].search(sentence, 0, a.start()) is None
               for a in p["head"].finditer(sentence))


def _head_sentences(r: Reading, i: int) -> list[int]:
    """The sentences the engagement of heads named in sentence i may be told in, nearest first."""
    return [j for j in (i, i - 1, i - 2, i + 1, i + 2) if 0 <= j < len(r.spans)]


def _head_noun(r: Reading, i: int) -> tuple[int, re.Match] | None:
    """The sentence and engagement noun the heads of sentence i are seated in when no trigger of an
    engagement is told there: the first of `_head_sentences` with a trigger gives None (its own
    frame takes them), else the first with an engagement noun."""
    for j in _head_sentences(r, i):
        if r.trigger_starts(j):
            return None
        noun = _talks_noun(r, j) if j != i else None
        if noun is not None:
            return j, noun
    return None


def noun_anchors(r: Reading, i: int) -> list[tuple[int, int]]:
    """(start, end) of each engagement noun of sentence i that makes a frame of its own (`_built`):
    it owns the dates of its clause as a verb trigger does (frames._anchors). Empty until a noun
    frame of the sentence is built, so the verb frames read their dates as they did without it (a
    noun whose pair a verb frame holds makes no frame and takes no date from it). Never raises."""
    return list(r.cached("noun_anchors", i, list))


def _built(r: Reading, i: int, trigger: str, kind: str, start: int, end: int, frame_at: Callable[..., Frame]) -> Frame:
    """The frame of the noun at [start, end) of sentence i, made by `frame_at` once the noun is one of
    the sentence's date anchors (`noun_anchors`; the sentence's ownership of dates found again)."""
    from pakiran_events.extract.frames import forget_anchors  # frames calls this module: a cycle

    r.cached("noun_anchors", i, list).append((start, end))
    forget_anchors(r, i)
    return frame_at(r, i, trigger, kind, start, end)


def _talks_noun(r: Reading, j: int) -> re.Match | None:
    """The first engagement noun of sentence j (`frame_nouns`), None when it names none."""
    return _patterns(r)["noun"].search(r.sentence(j))


def add_noun_frames(r: Reading, frames: list[Frame], frame_at: Callable[..., Frame]) -> None:
    """Append to `frames` (a report's frames, text order kept) the meeting frames of (a) an
    engagement noun's attachments (`attachments`) and (b) the delegation heads (`delegation_heads`)
    of two sides, seated in the engagement told in the heads' sentence or the nearest one before
    (else after) it, two sentences at most, whose meeting frame holds no person of both sides or that
    has an engagement noun. `frame_at(r, i, trigger, kind, start, end)` builds a frame as the verb
    frames are built. A sentence whose frames already hold the pair gets none."""
    added: list[Frame] = []
    for i in range(len(r.spans)):
        for kind, start, end, sources, targets in attachments(r, i):
            pair = {sources[0].actor_id, targets[0].actor_id}
            if _holds_pair(frames + added, i, pair):
                continue
            same = [f for f in frames if f.sentence == i and f.kind == kind and f.trigger.start == r.spans[i].start + start]
            if same:  # the noun is a trigger already ('a telephone conversation between the two ministers'): its parties
                same[0].sources, same[0].targets = sources, targets
                continue
            f = _built(r, i, "phone" if kind == "phone_call" else "meeting", kind, start, end, frame_at)
            f.sources, f.targets = sources, targets
            if _patterns(r)["past_before"].search(r.sentence(i), max(0, start - 40), start):
                f.background = f.recalled = True  # 'since the talks in 2019 between A and B': a point of reference
            added.append(f)
        for start, end, sources, targets in present_meetings(r, i):
            if not _holds_pair(frames + added, i, {sources[0].actor_id, targets[0].actor_id}):
                f = _built(r, i, "meeting", "meeting", start, end, frame_at)
                f.sources, f.targets = sources, targets
                f.planned = f.planned or _told_ahead(r, i, start, min(m.span.start for m in sources) - r.spans[i].start)
                if not f.planned and not any(sp == r.spans[i] and not cue.clock for cue, sp in f.dates):
                    from pakiran_events.extract.frames import dateline_cues  # frames calls this module: a cycle

                    f.dates = dateline_cues(r) or f.dates  # told as happening now: the page's day, not a day told near it
                added.append(f)
        for start, end, sources, targets in ceremony_attachments(r, i):
            if _holds_pair(frames + added, i, {sources[0].actor_id, targets[0].actor_id}):
                continue
            f = _built(r, i, "ceremony", "ceremony", start, end, frame_at)
            f.sources, f.targets = sources, targets
            _act_told_before(r, i, f, frame_at)
            added.append(f)
    _seat_heads(r, frames + added, added, frame_at)
    if added:
        frames.extend(added)
        frames.sort(key=lambda f: (f.sentence, f.trigger.start))


def _seat_heads(r: Reading, frames: list[Frame], added: list[Frame], frame_at: Callable[..., Frame]) -> None:
    """Seat each pair of delegation heads (`_head_pairs`) in the meeting frame of the nearest sentence
    telling the engagement (`_head_sentences`) that holds no persons of both sides, or in a new frame
    at its engagement noun (`_head_noun`); nothing when a frame there already holds the pair."""
    for i, pair in _head_pairs(r):
        ids = {m.actor_id for m in pair}
        for j in _head_sentences(r, i):
            if _holds_pair(frames, j, ids):
                break
            told = [f for f in frames if f.sentence == j and f.kind == "meeting" and not _two_sides(_persons(r, f.sources + f.targets))]
            if told:
                told[0].sources, told[0].targets = pair[:1], pair[1:]
                break
            if r.trigger_starts(j):
                continue
            found = _head_noun(r, i)
            if found is not None and found[0] == j:
                f = _built(r, j, "meeting", "meeting", found[1].start(), found[1].end(), frame_at)
                f.sources, f.targets = pair[:1], pair[1:]
                added.append(f)
                frames.append(f)
                break
