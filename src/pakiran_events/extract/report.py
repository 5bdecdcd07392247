"""Per report: the text read into event frames, and the frames into candidates.

A frame is one engagement told by one clause: its trigger (what happened), the source and
target actors (who met whom, who went where), the place, the date expressions, the modality
(held, or only planned/postponed/cancelled) and negation. Candidates are a report's frames
grouped into the visit, meetings, calls and ceremonies it tells of; clustering across reports
(`cluster.py`) works on candidates only.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TypeVar

from pakiran_events.extract.clauses import clause_at, clause_bounds, relative_clause_at
from pakiran_events.extract.dates import DateCue, above_floor, date_cues, publication_date
from pakiran_events.extract.dates import earliest_day as floor_of
from pakiran_events.extract.dates import latest_day as ceiling_of
from pakiran_events.extract.lexicon import ENGAGEMENT_KINDS, Lexicon
from pakiran_events.extract.mentions import Mention, People, Span, sentences, union_of
from pakiran_events.extract.prefix_scan import PrefixScan
from pakiran_events.extract.starts import first_match, match_starts

T = TypeVar("T")

MAX_CHARS = 2_000_000
# patterns asked of every sentence one after the other (entourage.py): their union is asked first
ASKED_TOGETHER = {"attendance": ("attendance", "entourage"), "entourage": ("attendance", "entourage")}
# 'at the invitation of his counterpart' tells who asked for the trip, not that it is still to come
INVITED = re.compile(r"\b(?:at|on|upon)\s+the\s+invitation\s+of\b", re.IGNORECASE)


@dataclass
class Frame:
    kind: str                     # meeting / phone_call / visit / arrival / departure / reception / ceremony
    sentence: int
    trigger: Span
    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    place_id: str | None = None
    dates: list[tuple[DateCue, Span]] = field(default_factory=list)
    planned: bool = False
    negated: bool = False
    background: bool = False      # an earlier engagement told as context ('last met', 'had met')
    recalled: bool = False        # told as an earlier engagement by its words or its own date, not only a noun naming a trip ('the visit of X to Iran'): undated, a candidate of its own
    past_by_date: bool = False    # background only because its own day lies before the report's week and month


@dataclass
class Candidate:
    """One engagement as one report tells it."""

    kind: str                     # visit / meeting / phone_call / other
    guest: str | None
    host: str | None
    country: str | None           # where it happened
    planned: bool
    sentence: int
    travel: bool = False          # the guest came from abroad (a visit holds this meeting)
    implied: bool = False         # a visit only inferred from a meeting's travel: the report tells no trip
    background: bool = False      # told only as context ('they last met when ...'): joins an engagement others tell
    recalled: bool = False        # an earlier trip the report recalls by its own month, or a told past meeting (background.own_meeting_key): not the report's
    stand_in: bool = False        # one possible holder of an office the report names without a name or a year:
                                  # joins that holder's engagement on its day, else is no engagement
    place_id: str | None = None
    at_country: bool = False      # place_id is a country, not a city (a city of it says more)
    venue: str | None = None
    dates: list[tuple[DateCue, Span]] = field(default_factory=list)
    arrival: list[tuple[DateCue, Span]] = field(default_factory=list)
    departure: list[tuple[DateCue, Span]] = field(default_factory=list)
    departing: dict[tuple[int, int, int], str] = field(default_factory=dict)  # a departure cue's kind when not the way
                                  # home ('outbound', 'leg': candidates.departure_kind), by report.departing_key
    apart: set[tuple[int, int, int]] = field(default_factory=set)  # bare weekday cues (by departing_key) whose
                                  # sentence tells another trip (engagement.yaml `another_trip`): never moved
    duration: int | None = None
    term: tuple[dt.date, dt.date] | None = None   # overlap of the participants' terms of office (undated reports)
    dateless: bool = False        # its report names no date but its dateline's: bounded by terms, not a month
    incidents: tuple = ()         # an undated report's days of other happenings and offsets from them (frames.incidents)
    participants: dict[str, dict] = field(default_factory=dict)
    commitments: list[dict] = field(default_factory=list)
    evidence: dict[str, list[Span]] = field(default_factory=dict)
    landed: bool = False          # a visit placed only by its arrival ('landed in Lahore'): not where its talks were
    stop: bool = False            # a meeting at a service chief's headquarters (places.yaml venues `stop`), or a
                                  # visit placed only at such a stop's city: one stop of the trip, not its talks' city
    trigger: int | None = None    # text offset of the trigger that made a meeting: its own clause, not its attribution, names
                                  # its venue (attribution.py)
    province_city: str | None = None  # the capital of the one province whose office its sentence gives the host
                                  # ('the Balochistan Home Minister'): not the visit's city elsewhere (cluster._places)
    called_off: bool = False      # a planned meeting a sentence of it puts off or calls off (engagement.yaml `called_off`):
                                  # no announcement of a meeting held (cluster._announced_meetings)

    def cite(self, name: str, span: Span) -> None:
        spans = self.evidence.setdefault(name, [])
        if span not in spans:
            spans.append(span)

    def add_person(self, mention: Mention, span: Span, naming: Span | None) -> None:
        """`span` tells of the person taking part; `naming` names them (supports actor_id)."""
        info = self.participants.setdefault(mention.actor_id, {"side": mention.side, "title": None, "spans": [], "names": []})
        info["title"] = info["title"] or mention.title
        naming = span if mention.named else naming
        for key, s in (("spans", span), ("names", naming)):
            if s and s not in info[key]:
                info[key].append(s)


def departing_key(cue: DateCue, span: Span) -> tuple[int, int, int]:
    """The key of a departure cue in `Candidate.departing`: its clause's start and its own offsets."""
    return (span.start, *cue.span)


@dataclass
class Report:
    doc_id: str
    published: dt.date | None
    candidates: list[Candidate] = field(default_factory=list)
    new_actors: dict[str, dict] = field(default_factory=dict)
    problem: str | None = None
    unplaced: list[str] = field(default_factory=list)  # why each meeting of the pair it tells was not written (no place)


# a relative clause of a person closed by a comma or the sentence's end: ', who will fly to Mashhad on 25 June,'
_WHO_RELATIVE = re.compile(r",\s*who\s[^,;:()]*(?:,|[.!?]?\s*$)")
_QUOTE_MARK = re.compile(r"[\"“”]")  # a double quotation mark (Reading._quotes)
_CLOSES = re.compile(r"[,.!?]\"")  # a straight mark right after a comma or a stop closes a quotation


class Reading:
    """One report's text with its sentences, people and cached pattern hits."""

    def __init__(self, doc_id: str, text: str, published: dt.date | None, lex: Lexicon):
        self.doc_id, self.text, self.published, self.lex = doc_id, text, published, lex
        self.spans = without_captions(text, sentences(text, lex.patterns.get("no_break_after")), lex.patterns)
        self._sentences = [text[s.start:s.end] for s in self.spans]  # sliced once, asked for thousands of times
        self.people = People(text, self.spans, published, lex).find()
        self.mentions = self.people.mentions
        # the reading's one memo: (kind, sentence or None) -> that kind's table (`table`, `cached`, `forget`)
        self._hits: dict[tuple[str, int | None], dict] = {}
        self.unplaced: list[str] = []  # meetings of the pair dropped for want of a place, each with the reason

    def sentence(self, i: int) -> str:
        return self._sentences[i]

    def table(self, kind: str, i: int | None = None) -> dict:
        """The memo table of `kind` for sentence i (None: of the whole report), made empty on first
        use. A kind is named by the one module that writes it ('anchors', 'owner', 'lowered') and
        its keys inside the table are that module's own: no module reads another's key shapes, and
        `forget` drops a kind's table whole (round 28: the memo had one dict keyed by tuple shapes)."""
        found = self._hits.get((kind, i))
        if found is None:
            found = self._hits[(kind, i)] = {}
        return found

    def cached(self, kind: str, i: int | None, make: Callable[[], T]) -> T:
        """The one fact of `kind` for sentence i (None: of the whole report), found by `make()` the
        first time it is asked and kept for the reading's life: a stage that asks it per trigger
        scans once, not once per trigger. Raises what `make` raises."""
        found = self.table(kind, i)
        if None not in found:
            found[None] = make()
        return found[None]

    def forget(self, kind: str, i: int | None = None) -> None:
        """Drop what `kind` holds for sentence i (None: of the whole report), so it is found again
        (frames.forget_anchors: a noun frame added a date anchor to the sentence)."""
        self._hits.pop((kind, i), None)

    def memo(self, kind: str, find: Callable[[], T]) -> T:
        """A fact of the whole report (`cached` with no sentence): background.py's
        'engagement_sentences', noun_frames' 'delegation_heads'."""
        return self.cached(kind, None, find)

    def of_sentence(self, kind: str, i: int, make: Callable[[], list]) -> list:
        """What `make()` finds in sentence i under `kind` (a module's own reading: 'frame_regions',
        'meeting_parts'), made once per report and sentence (`cached`)."""
        return self.cached(kind, i, make)

    def find(self, kind: str, i: int):
        """The first match of pattern `kind` in sentence i (memo kind 'find', keyed by the pattern's name)."""
        hits = self.table("find", i)
        if kind not in hits:
            family = ASKED_TOGETHER.get(kind)
            if family and not self.find(" | ".join(family), i):
                hits[kind] = None  # none of the family in the sentence: one scan, not one per kind
            elif kind in ENGAGEMENT_KINDS:
                hits[kind] = first_match(self.lex.patterns[kind], self.trigger_starts(i), self.sentence(i))
            else:
                pattern = self.lex.patterns.get(kind) or union_of(self.lex, kind, [self.lex.patterns[k] for k in kind.split(" | ")])
                hits[kind] = pattern.search(self.sentence(i))
        return hits[kind]

    def trigger_starts(self, i: int) -> list[int]:
        """Every offset of sentence i where some engagement trigger matches (`any_engagement`
        asked at each position in one scan): each trigger kind is then tried only there, not
        searched for along the whole sentence nine times."""
        def starts() -> list[int]:
            first = self.find("any_engagement", i)
            return [] if first is None else match_starts(self.lex.patterns["any_engagement_at"], self.sentence(i), first.start())
        return self.cached("trigger_starts", i, starts)

    def has(self, kind: str, i: int) -> bool:
        return self.find(kind, i) is not None

    def clause(self, i: int, pos: int) -> str:
        a, b = clause_at(self.sentence(i), pos)
        return self.sentence(i)[a:b]

    def _own_words(self, i: int, pos: int) -> str:
        """Sentence i with every closed 'who' clause that does not hold `pos` blanked (same length:
        offsets kept): 'X, who will fly to Mashhad on 25 June, met Y on Monday' tells X's plan
        in the relative clause, and the main clause's verb and dates are not read forward for it;
        for `pos` inside such a clause, the words before the clause are blanked too."""
        holder, quoted = self._who_holding(i, pos), self._quote_holding(i, pos)
        key, hits = (holder, quoted), self.table("own_words", i)  # one text per 'who' clause and quotation (and one for none)
        if key not in hits:
            sentence, blanked = self.sentence(i), self._all_blanked(i, quotes=quoted < 0)
            starts, ends = self._who_clauses(i)
            # inside a 'who' clause, the main clause before it is not read either: 'X will meet Y, who
            # visited Tehran in May,' tells Y's trip as held, in May of this year, not a plan read forward
            hits[key] = blanked if holder < 0 else \
                " " * starts[holder] + sentence[starts[holder]:ends[holder]] + blanked[ends[holder]:]
        return hits[key]

    def _all_blanked(self, i: int, quotes: bool = True) -> str:
        """Sentence i with every closed 'who' clause blanked (same length), and with `quotes` every
        quotation (`_quotes`), built once."""
        hits = self.table("all_blanked", i)
        if quotes not in hits:
            sentence, pieces, at = self.sentence(i), [], 0
            asides = sorted([*zip(*self._who_clauses(i)), *(self._quotes(i) if quotes else ())])
            for a, b in asides:
                if a >= at:  # a quotation inside a 'who' clause is blanked with it
                    pieces += [sentence[at:a], " " * (b - a)]
                    at = b
            hits[quotes] = "".join(pieces) + sentence[at:]
        return hits[quotes]

    def _quotes(self, i: int) -> list[tuple[int, int]]:
        """calls25b: the quotations of sentence i, (start, end) with their marks: a pair of double
        quotes, straight or curly, or a closing mark with no opening one before it (after a comma or a
        stop: the end of a quotation begun in an earlier sentence) from the sentence's start. What a
        quotation says is the speaker's ('"... we will work with whichever government ...," X told Y in
        a telephone conversation late on Tuesday'): its plan words are not the engagement's."""
        hits = self.table("quotes", i)
        if None not in hits:
            sentence, found, opened = self.sentence(i), [], None
            for m in _QUOTE_MARK.finditer(sentence):
                mark, at = m.group(0), m.start()
                if opened is None and (mark == "”" or (mark == '"' and not found and _CLOSES.match(sentence, max(at - 1, 0)))):
                    found.append((0, at + 1))
                elif opened is None and mark != "”":
                    opened = at
                elif opened is not None and mark != "“":
                    found.append((opened, at + 1))
                    opened = None
            hits[None] = found
        return hits[None]

    def _quote_holding(self, i: int, pos: int) -> int:
        """The index of the quotation of sentence i that holds `pos`, -1 for none."""
        return next((k for k, (a, b) in enumerate(self._quotes(i)) if a <= pos < b), -1)

    def _who_clauses(self, i: int) -> tuple[list[int], list[int]]:
        """(starts, ends) of sentence i's closed 'who' clauses, found once."""
        def clauses() -> tuple[list[int], list[int]]:
            sentence = self.sentence(i)
            found = list(_WHO_RELATIVE.finditer(sentence)) if "who" in sentence else []
            return [m.start() for m in found], [m.end() for m in found]
        return self.cached("who_clauses", i, clauses)

    def _who_holding(self, i: int, pos: int) -> int:
        """The index of the 'who' clause of sentence i that holds `pos` (they do not overlap), -1 for none."""
        starts, ends = self._who_clauses(i)
        k = bisect_right(starts, pos) - 1
        return k if k >= 0 and pos < ends[k] else -1

    def aside_of_person(self, i: int, pos: int, trigger: int) -> bool:
        """Text offset `pos` lies in a closed 'who' clause of sentence i that does not hold the
        trigger at text offset `trigger` ('X, who was in Pristina last week, met Y'): an aside
        about the person, not where the sentence's engagement was."""
        start = self.spans[i].start
        return any(m.start() <= pos - start < m.end() and not m.start() <= trigger - start < m.end()
                   for m in _WHO_RELATIVE.finditer(self.sentence(i)))

    def _may_find(self, kind: str, i: int, clause: tuple[int, int], pos: int) -> bool:
        """False only when pattern `kind` has no match in sentence i's own words (`_own_words`) at
        [a:pos) of the clause [a, b) holding pos (blanking 'at the invitation of' there only takes
        matches away): asked for each date and person of a long clause, the clause is scanned once
        (`PrefixScan`), not per position; only the clause, not the rest of the sentence (a sentence
        of many clauses was quadratic: review22)."""
        a, b = clause
        key = (kind, a, b, self._who_holding(i, pos), self._quote_holding(i, pos))  # the words it reads are its own
        hits = self.table("prefix_scan", i)
        if key not in hits:
            hits[key] = PrefixScan(self.lex.patterns[kind], self._own_words(i, pos)[a:max(b, pos)])
        return hits[key].found_before(pos - a)

    def future_at(self, i: int, pos: int) -> bool:
        """Told as still to come: a plan word earlier in the same clause ('will', 'is slated to')."""
        a, b = clause_at(self.sentence(i), pos)
        if not self._may_find("future", i, (a, b), pos):
            return False
        told = INVITED.sub(lambda m: " " * len(m.group(0)), self._own_words(i, pos)[a:pos])
        return self.lex.patterns["future"].search(told) is not None

    def ahead_at(self, i: int, pos: int) -> bool:
        """A date at `pos` is read forward: its clause tells a plan, or a scheduled step in the
        present tense before it ('arrives Friday' in a Wednesday's report is that week's Friday)."""
        a, b = clause_at(self.sentence(i), pos)
        if self.future_at(i, pos):
            return True
        return self._may_find("scheduled", i, (a, b), pos) and \
            self.lex.patterns["scheduled"].search(self._own_words(i, pos)[a:pos]) is not None

    def modality_at(self, i: int, start: int, end: int) -> tuple[bool, bool]:
        """(planned, negated) for a trigger at sentence offsets [start, end): a plan word or a
        postponement anywhere in its clause (not in a 'who' clause of its own), or a governor of
        wishing, asking or doubting over it (`governed_at`); a negation in the few words before it."""
        a, b = clause_at(self.sentence(i), start)
        clause = self._own_words(i, start)
        planned = bool(self.lex.patterns["future"].search(clause[a:start]) or self.lex.patterns["plan"].search(clause[a:b])
                       or self.lex.patterns["future_time"].search(clause[a:b])) or self.governed_at(i, start)
        negated = bool(self.lex.patterns["negation"].search(clause[max(a, start - 25):start]))
        return planned, negated

    def governed_at(self, i: int, pos: int) -> bool:
        """Whether sentence offset `pos` lies in a clause governed by a word of wishing, hoping,
        expecting, asking, doubting or not knowing (engagement.yaml `clause_governors.unheld`: 'hoped
        that A and B would meet', 'it was unclear whether A met B'): told as wished or asked, never as
        held, whatever its tense. The nearest governor before `pos` decides, so one of saying ('said
        that A met B', `clause_governors.held`) keeps the clause's own modality; a governed clause
        ends where the clause segmentation ends the complementizer's clause (`clauses.clause_at`: ';',
        ', but', 'while ...') or where a denied claim would end (`frame_regions.claim_scope`: ', and A met
        B', 'as X met Y', ', the spokeswoman said', round 29), and
        a governor inside a person's relative clause governs only that clause (round 28)."""
        sentence, p = self.sentence(i), self.lex.patterns
        told = [m for m in self.memo(("governors", i), lambda: list(p["clause_governor"].finditer(sentence))) if m.end() <= pos]
        last = told[-1] if told else None
        if last is None or last.group("unheld") is None:
            return False
        # the scope of a complement: one rule for denials and governors (frame_regions imports this module)
        from pakiran_events.extract.frame_regions import claim_scope

        b = self._governed_end(sentence, last.end() - 1)
        if pos >= b or pos >= claim_scope(self, i, last.end(), b)[0]:
            return False
        aside = relative_clause_at(sentence, last.start())
        return aside is None or pos < aside[1]

    def _governed_end(self, sentence: str, at: int) -> int:
        """Where the governed clause holding sentence offset `at` (its complementizer) ends: at the end
        of its clause in the segmentation (`clauses.clause_bounds`), going on across the clauses that
        hang on its own verb — a bracket's aside, or a clause of time or place opened by a word of
        engagement.yaml `clause_governors.attached` ('asked whether A met B after he arrived', 'unclear
        whether A will meet B when he visits Tehran'): a semicolon, a colon, a dash or a word of contrast
        ('but', 'while', 'whereas', 'although') opens a clause of the speaker's own (round 29)."""
        bounds = clause_bounds(sentence)
        k = next((n for n, (a, b) in enumerate(bounds) if a <= at < b), len(bounds) - 1)
        while k + 1 < len(bounds) and self._attached(sentence, bounds[k + 1][0]):
            k += 1
        return bounds[k][1] if bounds else len(sentence)

    def _attached(self, sentence: str, a: int) -> bool:
        """Whether the clause starting at sentence offset `a` hangs on the clause before it."""
        if sentence[a] in "()":
            return True
        word = sentence[a:a + 12].split(maxsplit=1)
        return bool(word) and word[0].lower() in self.lex.patterns["governed_attached"]

    def cues(self, i: int, lo: int = 0, hi: int | None = None) -> list[tuple[DateCue, Span]]:
        """Date expressions in sentence i (offsets lo..hi), each in the tense of its clause."""
        hits = self.table("cues", i)
        if None not in hits:
            s, sentence = self.spans[i], self.sentence(i)
            found = []
            floor, ceiling = earliest_day(self.lex), latest_day(self.lex)
            for cue in date_cues(sentence, self.published, False):
                if self.ahead_at(i, cue.span[0]):
                    ahead = [c for c in date_cues(sentence, self.published, True) if c.span == cue.span]
                    cue = replace(ahead[0] if ahead else cue, ahead=True)
                found.append((above_floor(cue, floor, ceiling), s))
            hits[None] = found
        return [c for c in hits[None] if lo <= c[0].span[0] < (len(self.sentence(i)) if hi is None else hi)]


def earliest_day(lex: Lexicon) -> dt.date:
    """The first day anything may be dated (engagement.yaml `earliest_year`; dates.earliest_day)."""
    return floor_of(lex.dictionaries["engagement"])


def latest_day(lex: Lexicon) -> dt.date:
    """The last day a report may bear (engagement.yaml `latest_year`; dates.latest_day): the ceiling
    of a publication day read from the text, as of the manifest's cell (core.corpus
    `published-out-of-range`)."""
    return ceiling_of(lex.dictionaries["engagement"])


def after_floor(candidates: list) -> list:
    """The candidates a date before the floor does not date: one whose every date expression lies
    before it (a meeting of 1946 in a report of 2024) is left unwritten, not dated by its report's
    month (the extractor's rule for an engagement told with no date); elsewhere the marks go."""
    kept = []
    for c in candidates:
        told = [cue for cues in (c.dates, c.arrival, c.departure) for cue, _ in cues]
        if told and all(cue.before_floor for cue in told):
            continue
        c.dates, c.arrival, c.departure = ([x for x in cues if not x[0].before_floor]
                                           for cues in (c.dates, c.arrival, c.departure))
        kept.append(c)
    return kept


def without_captions(text: str, spans: list[Span], patterns: dict) -> list[Span]:
    """The sentences that are not a photo's caption (engagement.yaml `caption_opening`,
    `caption_credit`): a caption tells what a picture shows, often an earlier meeting elsewhere
    ('a file photo shows A and B during talks in C'), so its place or people are no telling of the
    report's engagement, and it must not push the dateline out of the report's head either. A
    credit standing alone after a dash makes the sentence right before it, on its line, a caption."""
    opening, credit = patterns.get("caption_opening"), patterns.get("caption_credit")
    if opening is None or credit is None or (credit.search(text) is None and opening.search(text) is None):
        return spans
    drop: set[int] = set()
    for k, s in enumerate(spans):
        if opening.match(text, s.start, s.end):
            drop.add(k)
        hit = credit.search(text, s.start, s.end)
        if hit:
            drop.add(k)
            if hit.start() == s.start and k and "\n" not in text[spans[k - 1].end:s.start]:
                drop.add(k - 1)
    return [s for k, s in enumerate(spans) if k not in drop]


def blank(text: str) -> bool:
    """Whether a text holds nothing to read: only white space, byte-order marks (U+FEFF) and other
    invisible format characters (Unicode category Cf: zero-width space, bidi marks). Stops at the
    first visible character, so a long report costs nothing."""
    return all(ch.isspace() or unicodedata.category(ch) == "Cf" for ch in text)


def read_report(doc_id: str, text: str, published: str | None, lex: Lexicon) -> Report:
    """Everything one report says about engagements. Never raises on its text. A text that is
    `blank` (empty, white space, a byte-order mark alone) is the problem "empty document"."""
    if blank(text):
        return Report(doc_id, None, problem="empty document")
    if len(text) > MAX_CHARS:
        return Report(doc_id, None, problem=f"{len(text)} characters: too long for a news report")
    from pakiran_events.extract.candidates import candidates_of
    from pakiran_events.extract.frames import frames_of

    day = publication_date(text, published)
    # a day the text gives outside the fixed range is no publication day, as the manifest's is not
    # (breaker of round 27: 'Published on December 31, 9999' dated the report and its events in 9999)
    r = Reading(doc_id, text, day if day is None or earliest_day(lex) <= day <= latest_day(lex) else None, lex)
    report = Report(doc_id, r.published, new_actors=r.people.new_actors)
    report.candidates = after_floor(candidates_of(r, frames_of(r)))
    report.unplaced = list(dict.fromkeys(r.unplaced))  # one line per reason and sentence
    if r.published is None and report.candidates:
        from pakiran_events.extract.frames import incidents

        told = incidents(r)
        for c in report.candidates:
            c.incidents = told
            for item in told:  # cited only if clustering dates the engagement by it (cluster.incident_day)
                c.cite("date", item[3])
    return report
