"""Commitments in a report: typed by the commitment dictionary, graded by the modality verbs,
given to the sides that made them, and attached to the engagement they were made at."""

from __future__ import annotations

import re
from functools import lru_cache

from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.starts import all_matches, match_starts


def parties_of(reader, i: int, verb_start: int) -> list[str]:
    """The sides that made a statement: a joint subject gives both; else the people and country
    words before the verb; else the people of the sentence; else both."""
    s = reader.spans[i]
    subject = reader.text[s.start:s.start + verb_start]
    if reader.lex.patterns["joint"].search(subject):
        return sorted(reader.lex.dyad)
    sides = {m.side for m in reader.mentions[i] if m.span.start < s.start + verb_start and m.side}
    if not sides:
        sides = {iso for iso, pat in reader.lex.patterns["side"].items() if pat.search(subject)}
    if not sides:
        sides = {m.side for m in reader.mentions[i] if m.side}
        sides = sides if len(sides) == 1 else set()
    return sorted(s for s in sides if s in reader.lex.dyad) or sorted(reader.lex.dyad)


def _negated(reader, i: int, pos: int) -> bool:
    """'did not agree', 'failed to agree', 'is yet to be signed': a negation just before the
    modality verb; or a negated subject in its clause with no verb, comma or line break between
    ('but no agreement on border security was signed': the clause's own negation, though it holds
    no engagement trigger; a headline's bullet lines are not one clause). 'Without naming anyone, they agreed' and 'would not allow ... and agreed'
    keep the verb."""
    sentence = reader.sentence(i)
    if reader.lex.patterns["negation"].search(sentence[max(0, pos - 20):pos]) is not None:
        return True
    a, _ = clause_at(sentence, pos)
    last = None
    for last in reader.lex.patterns["negation"].finditer(sentence, a, pos):
        pass
    between = sentence[last.end():pos] if last is not None else ""
    return last is not None and "," not in between and "\n" not in between \
        and reader.lex.patterns["held_verb"].search(sentence, last.end(), pos) is None


_PAST_YEAR = re.compile(r"\b(?:in|since|back in|of) ((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@lru_cache(maxsize=256)
def latest_year(text: str) -> int | None:
    """The latest year a report names: the year it is told from when it carries no date (an
    undated report's 'signed an MoU in 2014' beside '2024' is its background)."""
    return max((int(y) for y in _YEAR.findall(text)), default=None)


def _told_as_made(reader, i: int, chunk: str, pos: int, modality: str) -> bool:
    """A modality verb at `pos` of sentence i tells a statement made at the engagement: not a
    plan ('will discuss'), not negated, not a discussion still to come ('a trip to discuss',
    'would be discussed': commitments.yaml `unheld_discussion`), and not dated to an earlier year
    in its clause ('signed an MoU in 2014')."""
    if reader.future_at(i, pos) or _negated(reader, i, pos):
        return False
    a, b = clause_at(chunk, pos)
    clause = chunk[a:b]
    if modality == "discussed" and _unheld(reader, chunk, a, clause):
        return False
    if modality in ("pledged", "proposed") and reader.lex.patterns["engagement_subject"].search(chunk[a:pos]):
        return False  # 'his visit aimed to ...', 'the visit will strengthen ...': the trip's purpose, no undertaking
    year = reader.published.year if reader.published is not None else latest_year(reader.text)
    return year is None or not any(int(y) < year for y in _PAST_YEAR.findall(clause))


def _unheld(reader, chunk: str, a: int, clause: str) -> bool:
    """A discussion still to come ('would be discussed', 'a trip to discuss'), unless its 'to
    discuss' follows talks the sentence tells as held ('held talks on Monday to discuss')."""
    unheld = reader.lex.patterns["unheld_discussion"].search(clause)
    if unheld is None:
        return False
    return not (unheld.group(0).lower().startswith("to ")
                and reader.lex.patterns["held_discussion"].search(chunk, 0, a + unheld.start()) is not None)


_LIST = re.compile(r",|\band\b|&|\bas well as\b", re.IGNORECASE)


def _areas(lex, chunk: str, end: int) -> list[tuple[int, str]]:
    """(offset, type) of the first phrase of each commitment type in chunk[:end]. A phrase inside a
    longer phrase of another type is that phrase's word, not an area of its own ('a border of trade'
    is an economic zone, 'a free trade zone' too: the longest match wins, as spaCy's filter_spans
    keeps it), unless the longer phrase is a list of areas ('including trade and security': each is
    one) or a signing."""
    starts = match_starts(lex.patterns["any_commitment_at"], chunk, 0, end)  # each type is tried only there
    spans = [(m.start(), m.end(), t) for t, pat in lex.patterns["commitment"].items() for m in all_matches(pat, starts, chunk, end)]
    # a signing's span holds what was signed ('signed an intelligence sharing memorandum'): both are kept
    outer = [(a, b, t) for a, b, t in spans if t != "agreement_signing" and not _LIST.search(chunk, a, b)]
    first: dict[str, int] = {}
    for a, b, t in sorted(spans):
        if not any(t != u and oa <= a and b <= ob and ob - oa > b - a for oa, ob, u in outer):
            first.setdefault(t, a)
    return sorted((a, t) for t, a in first.items())


def commitments_in(reader, i: int) -> list[dict]:
    """(type, modality, parties, span) for each commitment type named in sentence i. Each type
    takes the modality verb nearest before it (else the nearest after it in its clause). Areas named after a
    third country's name ('regional issues including Afghanistan') are its affairs, not the
    dyad's; those named before it are kept."""
    lex = reader.lex
    if not reader.has("any_modality", i) or not reader.has("any_commitment", i):
        return []
    if reader.has("background", i):
        return []
    third = reader.find("third_party", i)  # another country's affairs: only the areas named before it
    s = reader.spans[i]
    chunk = reader.text[s.start:s.end]
    starts = match_starts(lex.patterns["any_modality_at"], chunk)
    verbs = sorted((m.start(), modality) for modality, pat in lex.patterns["modality"]
                   for m in all_matches(pat, starts, chunk) if _told_as_made(reader, i, chunk, m.start(), modality))
    if not verbs:
        return []
    matches = _areas(lex, chunk, third.start() if third else len(chunk))
    remit = lex.patterns["forum_remit"]  # 'mechanisms on security cooperation': the forum's remit, not an area of its own
    matches = [(pos, t) for pos, t in matches
               if t == "consultative_mechanism" or not remit.search(chunk, max(0, pos - 120), pos)]
    fronted = lex.patterns["fronted_purpose"].match(chunk)
    if fronted and any(pos >= fronted.end() for pos, _ in matches):
        matches = [(pos, t) for pos, t in matches if pos >= fronted.end()]  # 'To ensure X, they agreed to Y': X is why
    purpose = lex.patterns["purpose"].search(chunk)
    if purpose and matches and matches[0][0] < purpose.start():
        matches = [(pos, t) for pos, t in matches if pos < purpose.start()]
    found = []
    for pos, ctype in matches:
        before = [v for v in verbs if v[0] <= pos]
        if before:
            at, modality = before[-1]
        else:  # a verb after the area grades it only from the same clause ('X was on the agenda')
            a, b = clause_at(chunk, pos)
            after = [v for v in verbs if a <= v[0] < b]
            if not after:
                continue
            at, modality = after[0]
        found.append({"commitment_type": ctype, "modality": modality,
                      "parties": parties_of(reader, i, at), "span": s})
    return found


def attach_commitments(reader, candidates: list) -> None:
    """Where a commitment was made: the meeting whose counterpart the sentence names; else, in
    the lead (before any engagement is told), the report's only meeting of the visit's guest, else the visit; a
    visit-wide phrase ('during the visit') gives the visit; else the meeting last told of before
    it, else the visit. A report that only announces an engagement yields no commitment."""
    confirmed = [c for c in candidates if not c.planned]
    if not confirmed:
        return
    meetings = sorted((c for c in confirmed if c.kind != "visit"), key=lambda c: c.sentence)
    visits = [c for c in confirmed if c.kind == "visit"]
    lead = min((c.sentence for c in meetings), default=len(reader.spans))
    told_in_lead: list[tuple] = []
    for i in range(len(reader.spans)):
        found = commitments_in(reader, i)
        if found:
            at = _made_at(reader, i, meetings, visits)
            at.commitments += found
            if i < lead and at.kind == "visit":
                told_in_lead += [(at, item) for item in found]
    _drop_paraphrases(told_in_lead, meetings)


def _drop_paraphrases(told_in_lead: list[tuple], meetings: list) -> None:
    """A headline or opening line that sums up a statement the report tells again at one of the
    guest's meetings is that statement's paraphrase, not a second one made for the visit
    (CURATION.md §7 'one statement, one row': the meeting whose participants it names has it)."""
    for visit, item in told_in_lead:
        again = {x["commitment_type"] for c in meetings if visit.guest in (c.guest, c.host) for x in c.commitments}
        if item["commitment_type"] in again and item in visit.commitments:
            visit.commitments.remove(item)


def _made_at(reader, i: int, meetings: list, visits: list):
    """The candidate a commitment told in sentence i belongs to (see attach_commitments)."""
    visit = visits[0] if visits else None
    named = {m.actor_id for m in reader.mentions[i]}
    both = [c for c in meetings if c.host in named and c.guest in named]
    if both:  # 'X met Y on Monday, stressing ...': the meeting it names, before any visit of X
        return both[0]
    # a second visit's guest named: that visit, unless a meeting of the guest was told before
    own_visit = next((v for v in visits if v.guest in named and v is not visit
                      and not any(v.guest in (c.guest, c.host) and c.sentence <= i for c in meetings)), None)
    if own_visit:
        return own_visit
    if reader.has("visit_wide", i) and visit:
        return visit
    by_name = [c for c in meetings if c.host in named and (c.guest in named or len(named) == 1)] or \
              [c for c in meetings if c.host in named]
    if by_name:
        return by_name[0]
    if i < min((c.sentence for c in meetings), default=len(reader.spans)):  # the lead
        # the lead sums up the visit: its only meeting with the visit's guest, else the visit
        own = [c for c in meetings if visit is None or visit.guest in (c.guest, c.host)]
        return own[0] if len(own) == 1 else visit or meetings[0]
    before = [c for c in meetings if c.sentence <= i]
    if not before:
        return visit or meetings[0]
    # the meeting told of last: a later sentence that tells one of two meetings again ('during the
    # meeting with the navy's commander') makes it the one whose talks follow
    until = reader.spans[i].end
    last = {id(c): max((sp.start for sp in c.evidence.get("event_type", []) if sp.start < until), default=-1)
            for c in before}
    return max(enumerate(before), key=lambda ic: (last[id(ic[1])], ic[0]))[1]
