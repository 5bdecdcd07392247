"""Which part of a sentence one trigger's frame reads (issue 15: an event frame per clause, with
its own modality, negation and subject). A clause (`clauses.clause_bounds`) that holds a trigger
of its own opens a region of the sentence when it names its own subject before that trigger ('...,
while X held talks with Y in Quetta') or tells another modality than the region before it ('...,
while X is expected to visit Tehran next month', '..., but the ministry denied that X would
visit'). A frame takes its source and target actors from its own region only; a region of another
modality gives it no date and no place either. A sentence with one region reads as before."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from pakiran_events.extract.clauses import clause_at, clause_bounds, cover, new_clause_at, relative_clause_at
from pakiran_events.extract.report import Reading

Region = tuple[int, int, bool]  # start, end (sentence offsets), told as held (not planned, not negated)
_Cut = tuple[int, int, bool, bool]  # a region and whether a subject of its own opened it


def regions(r: Reading, i: int) -> list[Region]:
    """(start, end, held) of each region of sentence i, in order, covering the sentence; one
    region, the whole sentence, when no later clause tells another subject or another modality.
    A clause's modality is `Reading.modality_at` at its first trigger (a plan, postponement or
    negation in the clause, or told after it: `unheld_after`) or a denial before it
    (engagement.yaml `denial`). Found once per sentence. Never raises on a sentence."""
    return r.of_sentence("frame_region_list", i, lambda: [cut[:3] for cut in _cuts(r, i)])


def _region_starts(r: Reading, i: int) -> list[int]:
    """The start of each region of sentence i, found once per sentence (`region_of` bisects it)."""
    return r.of_sentence("frame_region_starts", i, lambda: [a for a, _, _ in regions(r, i)])


def other_subject(r: Reading, i: int) -> bool:
    """Whether a later region of sentence i was opened by a subject of its own ('..., while Z was in
    Karachi for talks with W'): a frame's place is then read in its own region only."""
    return any(cut[3] for cut in _cuts(r, i)[1:])


def _cuts(r: Reading, i: int) -> list[_Cut]:
    return r.of_sentence("frame_regions", i, lambda: _regions(r, i))


def _regions(r: Reading, i: int) -> list[_Cut]:
    sentence = r.sentence(i)
    starts = r.trigger_starts(i)
    if not starts:
        return cover(len(sentence), [(0, (True, False))])
    subjects = sorted(m.span.start - r.spans[i].start for m in r.mentions[i])
    opens: list[tuple[int, tuple[bool, bool]]] = []
    for a, b in _claim_cut(r, i, clause_bounds(sentence)):
        first = next((t for t in starts if a <= t < b), None)
        if not opens:
            if first is not None:
                opens.extend(_first_opens(r, i, subjects, a, first))
            continue
        # a clause with no trigger opens a region by its modality ('while X is expected to travel to
        # Tehran') or by a subject of its own ('while Z was in Lahore'): its words are then its own
        held = _held_at(r, i, first) if first is not None else _held_at(r, i, a, whole=True)
        # a person named before a triggerless clause's first verb is its subject when the clause is
        # one of its own, not an aside in brackets or dashes ('Interior Minister Brigadier (retd) X')
        subject = _subject_between(subjects, a, first) if first is not None else \
            new_clause_at(sentence, a) and _subject_between(subjects, a, _first_verb(r, sentence, a, b))
        if held != opens[-1][1][0] or subject:
            opens.append((a, (held, subject)))
    return cover(len(sentence), opens)


def _first_opens(r: Reading, i: int, subjects: list[int], a: int, first: int) -> list[tuple[int, tuple[bool, bool]]]:
    """The opening region(s) of sentence i, whose first trigger is at `first` in the clause starting at `a`.
    A clause of its own ('while', 'whereas', a semicolon) after triggerless clauses that name a person,
    with a subject of its own before its trigger ('X wondered whether Iran would attend while Y held talks
    with Z'), opens its own region: the persons before it are no sources of its frame (round 30)."""
    held = _held_at(r, i, first)
    if a > 0 and new_clause_at(r.sentence(i), a) and _subject_between(subjects, a, first) \
            and any(t < a for t in subjects):
        return [(0, (_held_at(r, i, 0, whole=True), False)), (a, (held, True))]
    return [(0, (held, False))]


def _claim_cut(r: Reading, i: int, bounds: tuple[tuple[int, int], ...]) -> list[tuple[int, int]]:
    """The clauses of sentence i, each cut where a denied claim in it ends before the clause does
    (`claim_scope`: '..., and X met Y', '..., saying X met Y'): what follows is a clause of the
    speaker's own, which may open a region of its own modality or subject (round 26)."""
    sentence, out = r.sentence(i), []
    for a, b in bounds:
        cuts = sorted({end for m in r.lex.patterns["denial"].finditer(sentence, a, b)
                       if a < (end := claim_scope(r, i, m.end(), b)[0]) < b})
        out.extend(zip([a, *cuts], [*cuts, b]))
    return out


def _first_verb(r: Reading, sentence: str, a: int, b: int) -> int:
    """Where the first verb of clause [a, b) is (engagement.yaml `held_verb`, or a form of 'be'),
    `a` when it has none: a person named before it is the clause's subject."""
    found = [m.start() for m in (r.lex.patterns["held_verb"].search(sentence, a, b), _BE.search(sentence, a, b)) if m]
    return min(found, default=a)


_BE = re.compile(r"(?<![\w\-])(?:was|were|is|are|has been|have been)(?![\w\-])", re.IGNORECASE)  # grammar: a form of 'be'


def unheld_after(r: Reading, i: int, end: int) -> bool:
    """Whether the engagement whose trigger ends at sentence offset `end` is told after it as not
    taking place ('his meeting with X, however, did not take place', 'the talks ... were not held':
    engagement.yaml `not_held_after`), in the trigger's clause with no other trigger between."""
    sentence = r.sentence(i)
    _, b = clause_at(sentence, max(end - 1, 0))
    for told in r.lex.patterns["not_held_after"].finditer(sentence, end, b):
        if any(end <= t < told.start() for t in r.trigger_starts(i)):
            return False  # another trigger's engagement is told between: the phrase is its own
        if not _in_aside(r, sentence, end, told.start()):
            return True
    return False


def _in_aside(r: Reading, sentence: str, end: int, at: int) -> bool:
    """Whether sentence offset `at` (a `not_held_after` phrase) lies in a relative clause, an
    appositive's clause or a clause of another subject opened after the trigger ending at `end`
    (engagement.yaml `not_held_aside`: '..., a meeting that critics said would never happen', 'even
    as protests planned for the day did not materialise'), no comma closing it before `at` ('the
    meeting, which had been announced, did not take place' tells the meeting's own)."""
    last = None
    for last in r.lex.patterns["not_held_aside"].finditer(sentence, end, at):
        pass
    return last is not None and "," not in sentence[last.end():at]


def _held_at(r: Reading, i: int, start: int, whole: bool = False) -> bool:
    """Whether the clause of sentence offset `start` tells its trigger there as held; with
    `whole` (`start` the clause's first character), whether the clause tells no plan, no
    postponement and no denial in its own words (a person's 'who' clause in it is not read: ',
    who said Pakistan would not allow ...' tells what was said, not the clause's modality)."""
    planned, negated = r.modality_at(i, start, start)
    if planned or (negated and not whole):
        return False
    if not whole and (m := r.lex.patterns["any_engagement"].match(r.sentence(i), start)) and unheld_after(r, i, m.end()):
        return False
    return not denied(r, i, start, whole)


def denied(r: Reading, i: int, start: int, whole: bool = False) -> bool:
    """Whether a denial (engagement.yaml `denial`: 'denied that', 'ruled out') comes before the
    trigger at sentence offset `start` in its clause with no finite verb between ('denied that
    General X met Y', 'ruled out a meeting between'); 'X, who denied that Iran harboured militants,
    met Y' is no denial of the meeting. A trigger after the claim the denial names (`claim_scope`:
    '..., and X met Y', '..., saying X met Y', '... as X arrived') or in an aside inside it ('...,
    which took place on Sunday, ...') is not denied (round 26). With `whole`, anywhere in the
    clause, no verb after it."""
    sentence = r.sentence(i)
    a, b = clause_at(sentence, start)
    end = b if whole else start
    last = None
    for last in r.lex.patterns["denial"].finditer(sentence, a, end):
        pass
    if last is None or r.lex.patterns["held_verb"].search(sentence, _last_complement(r, sentence, last.end(), end), end) is not None:
        return False
    if not whole:
        claim_end, asides = claim_scope(r, i, last.end(), b)
        if start >= claim_end or any(x <= start < y for x, y in asides):
            return False
        if not _denies_taking_place(r, sentence, last, start, claim_end, asides):
            return False
    # 'X, who rejected claims that Pakistan shelters militants, met Y': a relative clause's denial, closed
    # by a comma before the trigger, is the speaker's, not the trigger's (spur25)
    relatives = r.lex.dictionaries["engagement"].get("told_past", {}).get("relatives", [])  # 'who', 'which' ...
    relative = any(w.lower() in relatives for w in sentence[:last.start()].split()[-2:])
    return whole or not (relative and "," in sentence[last.end():start])


def _last_complement(r: Reading, sentence: str, a: int, end: int) -> int:
    """Where the last complement of a denying verb ending at sentence offset `a` opens before `end`:
    after the last coordinated 'that' ('denied that X had visited Kabul and that he had met Y':
    engagement.yaml `claim_scope.coordinated`), else `a`. The verb of an earlier complement is the
    claim's too, not a clause of the speaker's own that ends the denial (round 28)."""
    last = a
    for m in r.lex.patterns["claim_coordinated"].finditer(sentence, a, end):
        last = m.end()
    return last


def claim_scope(r: Reading, i: int, a: int, b: int) -> tuple[int, list[tuple[int, int]]]:
    """The claim a denial ending at sentence offset `a` names, in its clause ending at `b`: (end,
    asides), the claim being [a, end) less the aside spans [x, y) in it. It ends at the first
    engagement.yaml `claim_scope.ends` (', and X met Y', ', saying ...') or at a `before_subject`
    word that opens a clause of its own subject ('as Foreign Minister X arrived'), else at `b`; an
    aside is a relative clause between commas ('..., which took place in Tehran on Sunday,'), whose
    words assert what they tell. Found once per denial. Never raises."""
    def find() -> list:
        sentence, p = r.sentence(i), r.lex.patterns
        ends = [m.start() for m in p["claim_end"].finditer(sentence, a, b)]
        ends += [m.start() for m in p["claim_end_before_subject"].finditer(sentence, a, b)
                 if _subject_clause_at(r, sentence, m.end(), b)]
        ends += _speaker_clauses(r, sentence, a, b)
        end = min(ends, default=b)
        return [end, [m.span() for m in p["claim_aside"].finditer(sentence, a, end)]]
    end, asides = r.of_sentence(f"claim_scope:{a}:{b}", i, find)
    return end, asides


_WORD = re.compile(r"\s*([\w’'.\-]+)")  # grammar: the next word, after white space
_COMMA = re.compile(r",")  # grammar: a comma, where a main clause may follow a fronted one
_AND = re.compile(r"(?<![\w\-])and\s+(?:[\w’'\-]+\s+)?$", re.IGNORECASE)  # grammar: 'and', 'and later', before a verb
_AUXILIARY = re.compile(r"(?<![\w\-])(?:had|has|have|did|does|do)(?![\w\-])", re.IGNORECASE)  # grammar: a finite auxiliary


def _speaker_clauses(r: Reading, sentence: str, a: int, b: int) -> list[int]:
    """Where a clause of the speaker's own starts inside the complement opened at sentence offset
    `a` (to `b`), told by structure, not by words (round 29): after a comma, a subject and its
    finite verb once the complement has a finite verb of its own ('Asked whether the two leaders
    were in contact, the spokeswoman said ...'); and a governor coordinated with the governing
    verb ('denied that A met B and said that C met D': `clause_governors`, after 'and'), whose
    complement is its own."""
    p, ends = r.lex.patterns, []
    for comma in _COMMA.finditer(sentence, a, b):
        told = any(g.search(sentence, a, comma.start()) for g in (p["held_verb"], _BE, _AUXILIARY))
        if told and _subject_clause_at(r, sentence, comma.end(), b):
            ends.append(comma.start())
            break
    for m in p["clause_governor"].finditer(sentence, a, b):
        if (joined := _AND.search(sentence, max(a, m.start() - 16), m.start())) is not None:
            ends.append(joined.start())
            break
    return ends


def _subject_clause_at(r: Reading, sentence: str, pos: int, b: int) -> bool:
    """Whether a clause of its own subject starts at sentence offset `pos` (right after 'as'): a
    subject (capitalised words of a name or title; a determiner and up to three words; or a
    pronoun: engagement.yaml `claim_scope`) and then a finite verb (`held_verb` or a form of
    'be'), before `b` and any comma. 'as Foreign Minister X arrived', 'as he arrived', 'as the
    talks began': True; 'as baseless', 'as early as', 'as part of': False."""
    p, words, at = r.lex.patterns, [], pos
    while len(words) < 7 and (m := _WORD.match(sentence, at)) and m.end() <= b:
        words.append(m.group(1))
        at = m.end()
    for k, word in enumerate(words):
        if k and (p["held_verb"].fullmatch(word) or _BE.fullmatch(word)):
            if p["claim_subject_pronoun"].fullmatch(words[0]):
                return k == 1
            if p["claim_subject_determiner"].fullmatch(words[0]):
                return k <= 4
            return all(w[:1].isupper() for w in words[:k])
    return False


def _denies_taking_place(r: Reading, sentence: str, denial: re.Match, start: int, end: int,
                         asides: list[tuple[int, int]]) -> bool:
    """Whether the claim a denial ends on ('... reports that', '... allegations of'), to sentence
    offset `end` less its `asides`, is that the engagement at sentence offset `start` took place
    (review25 M1). A trigger told by a verb is the claim's predicate ('claims that X met Y'), after
    'of' only as a participle ('reports of X having met Y': the claim is a noun phrase, round 26).
    One told by its noun is, after 'that', only with a taking-place predicate after it outside the
    asides and not told with its manner ('claims that the meeting took place', not '... were tense'
    nor '... went ahead without X being discussed'), and after 'of', only as the claim's own object
    ('reports of a secret meeting', not 'allegations of a rift during the meeting')."""
    p = r.lex.patterns
    tail = denial.group(0).split()[-1].lower()
    noun = p["denied_claim_noun"].match(sentence, start)
    if tail not in ("that", "of"):
        return True
    if noun is None:
        return tail == "that" or p["claim_participle_before"].search(sentence, max(0, start - 40), start) is not None
    if tail == "of":
        return p["denied_claim_about"].search(sentence, denial.end(), noun.start("noun")) is None
    for told in p["denied_taking_place"].finditer(sentence, start, end):
        if not any(x <= told.start() < y for x, y in asides) and not p["claim_manner_after"].match(sentence, told.end()):
            return True
    return False


def _subject_between(subjects: list[int], a: int, b: int) -> bool:
    """Whether someone is named in sentence offsets [a, b): the clause's own subject."""
    k = bisect_right(subjects, a - 1)
    return k < len(subjects) and subjects[k] < b


def region_of(r: Reading, i: int, pos: int) -> Region:
    """The region of sentence i that holds sentence offset `pos`."""
    k = bisect_right(_region_starts(r, i), pos) - 1
    return regions(r, i)[max(k, 0)]


def outside(r: Reading, i: int, pos: int, at: int, *, modality_only: bool = False) -> bool:
    """Whether sentence offset `at` lies in another region than the trigger at `pos`: a region of
    its own frame (its subject, its modality). With `modality_only`, only a region told with
    another modality (held against planned or negated) counts: a date or a place there is the
    plan's or the denial's, while one told in a held clause of another subject may still date
    or place the engagement ('arrived in Tehran on Monday, where he met X')."""
    own, other = region_of(r, i, pos), region_of(r, i, at)
    if own != other:
        return not modality_only or own[2] != other[2]
    return modality_only and own[2] and _planned_aside(r, i, pos, at)


def own_mentions(r: Reading, i: int, pos: int) -> list:
    """The mentions of sentence i that are not `outside` the region of the trigger at sentence
    offset `pos`, in text order: the slice of the sentence's mentions (sorted once per sentence)
    between its region's bounds, two bisections. Testing each mention against each trigger was
    quadratic in a long sentence of many clauses (breaker of round 24)."""
    ordered = r.of_sentence("mentions_by_start", i, lambda: sorted(r.mentions[i], key=lambda m: m.span.start))
    at = r.of_sentence("mention_starts", i, lambda: [m.span.start - r.spans[i].start for m in ordered])
    starts = _region_starts(r, i)
    k = max(bisect_right(starts, pos) - 1, 0)
    lo = bisect_left(at, starts[k]) if k > 0 else 0  # the first region reaches back, the last on (`region_of`)
    hi = bisect_left(at, starts[k + 1]) if k + 1 < len(starts) else len(at)
    return ordered[lo:hi]


def _planned_aside(r: Reading, i: int, pos: int, at: int) -> bool:
    """Whether sentence offset `at` lies in a person's relative clause that does not hold `pos`
    and tells it as still to come (`Reading.future_at`: 'X, who will fly to Mashhad on Friday, met
    Y on Tuesday'): its day is the plan's, not the main clause's held engagement's. 'who arrived
    on Sunday at the official invitation of' tells a held arrival."""
    aside = relative_clause_at(r.sentence(i), at)
    if aside is None or aside[0] <= pos < aside[1]:
        return False
    return r.future_at(i, at)  # a plan word before it in the aside ('at the invitation of' blanked)
