"""One report -> the engagements it tells of, as candidates with evidence spans.

Pure and total: `read_report` never raises on text; a report that cannot be read comes back
with a `problem` and no candidates. Offsets are Python str indices into the decoded text.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass, field

from pakiran_events.extract.dates import DateCue, date_cues, publication_date
from pakiran_events.extract.gazetteer import ENGAGEMENT_KINDS, Lexicon

MAX_CHARS = 2_000_000          # a "report" longer than this is not a news report: skipped
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
_NAME = re.compile(r"[A-Z][A-Za-z’'\-]+(?:\s+[A-Z][A-Za-z’'\-]+){0,3}")
_PLURAL_OFFICE = re.compile(r"\b(?:their|the two|both(?: the)?|two) ((?:[a-z]+ ){0,3}[a-z]+s)\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[,;:()—–]|\bwhere\b|\bwhile\b|\bafter\b|\bbefore\b")



@dataclass
class Span:
    start: int
    end: int


@dataclass
class Mention:
    actor_id: str
    side: str | None
    sentence: int
    span: Span
    title: str | None = None
    named: bool = True          # False when the actor is referred to by a title only


@dataclass
class Candidate:
    """One engagement as one report tells it."""

    kind: str                   # visit / meeting / phone_call
    guest: str | None
    host: str | None
    country: str | None         # where it happened
    planned: bool
    sentence: int
    place_id: str | None = None
    venue: str | None = None
    dates: list[tuple[DateCue, Span]] = field(default_factory=list)
    arrival: list[tuple[DateCue, Span]] = field(default_factory=list)
    departure: list[tuple[DateCue, Span]] = field(default_factory=list)
    duration: int | None = None
    participants: dict[str, dict] = field(default_factory=dict)   # actor_id -> side, title, spans
    commitments: list[dict] = field(default_factory=list)         # type, modality, parties, span
    evidence: dict[str, list[Span]] = field(default_factory=dict)

    def cite(self, name: str, span: Span) -> None:
        spans = self.evidence.setdefault(name, [])
        if all((s.start, s.end) != (span.start, span.end) for s in spans):
            spans.append(span)

    def add_person(self, mention: Mention, span: Span, naming: Span | None) -> None:
        """`span` tells of the person taking part; `naming` (this span when the mention is a
        name, else another sentence of the report) names them: only it supports actor_id."""
        info = self.participants.setdefault(mention.actor_id, {"side": mention.side, "title": None, "spans": [], "names": []})
        info["title"] = info["title"] or mention.title
        naming = span if mention.named else naming
        for key, s in (("spans", span), ("names", naming)):
            if s and all((x.start, x.end) != (s.start, s.end) for x in info[key]):
                info[key].append(s)


@dataclass
class Report:
    """What one document yielded."""

    doc_id: str
    published: dt.date | None
    candidates: list[Candidate] = field(default_factory=list)
    new_actors: dict[str, dict] = field(default_factory=dict)
    problem: str | None = None


_NO_BREAK_AFTER = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Maj|Col|Brig|St|Jr|Sr|No|Prof|Rev|Capt|H\.E|U\.S|Govt|Dept|vs|e\.g|i\.e))\.$")


def sentences(text: str) -> list[Span]:
    """Sentence spans; never split after an initial or a title abbreviation ('S. Khan', 'Gen. Ali')."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start() - 1:m.start()] == "." and _NO_BREAK_AFTER.search(text[max(0, m.start() - 6):m.start()]):
            continue
        out.append(Span(start, m.start()))
        start = m.end()
    out.append(Span(start, len(text)))
    return [_trim(text, s) for s in out if text[s.start:s.end].strip()]


def _trim(text: str, s: Span) -> Span:
    chunk = text[s.start:s.end]
    lead = len(chunk) - len(chunk.lstrip())
    return Span(s.start + lead, s.start + len(chunk.rstrip()))


def _slug(name: str) -> str:
    ascii_name = name.encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


class _Reader:
    def __init__(self, doc_id: str, text: str, published: dt.date | None, lex: Lexicon):
        self.doc_id, self.text, self.published, self.lex = doc_id, text, published, lex
        self.spans = sentences(text)
        self._found: dict[tuple[str, int], re.Match | None] = {}
        self.mentions: list[list[Mention]] = [[] for _ in self.spans]
        self.new_actors: dict[str, dict] = {}
        self.title_holder: dict[tuple[str, str | None], str] = {}

    # -- who -------------------------------------------------------------------------
    def side_near(self, start: int, end: int) -> str | None:
        """A country word just before `start` (e.g. 'Iranian Foreign Minister') or after end,
        within the same sentence."""
        sentence = next((s for s in self.spans if s.start <= start < s.end), Span(0, len(self.text)))
        before = self.text[max(sentence.start, start - 28):start]
        after = self.text[end:min(sentence.end, end + 36)]
        for iso, pat in self.lex.patterns["side"].items():
            if pat.search(before) or re.match(r"\s*(?:of|for) (?:the )?(?:Islamic Republic of )?" + pat.pattern, after):
                return iso
        return None

    def titles_in(self, i: int, generic: bool = False) -> list[tuple[str, int, int]]:
        """(title, start, end) of every office named in sentence i (offsets in the sentence);
        found once per sentence and kept."""
        key = ("generic-titles" if generic else "titles", i)
        if key not in self._found:
            s = self.spans[i]
            chunk = self.text[s.start:s.end]
            scans = [self.lex.patterns["generic_scan"]] if generic else self.lex.patterns["title_scan"]
            pats = self.lex.patterns["generic_title" if generic else "title"]
            found = []
            for scan in scans:  # one pass finds where offices are named; the title is decided on the match
                for m in scan.finditer(chunk):
                    title = next((t for t, pat in pats.items() if pat.fullmatch(m.group(0))), None)
                    if title:
                        found.append((title, m.start(), m.end()))
            self._found[key] = sorted(found, key=lambda x: (x[1], -x[2]))
        return self._found[key]

    def title_before(self, i: int, start: int) -> tuple[str | None, str | None]:
        """The office (and rank) introducing a name that starts at `start` in sentence i."""
        sentence = self.spans[i]
        lo, rel = max(0, start - sentence.start - 110), start - sentence.start
        chunk = self.text[sentence.start:start]
        window = chunk[lo:]
        best = None
        for title, a, b in self.titles_in(i):
            if lo <= a and b <= rel and self.lex.patterns["gap"].match(chunk[b:]) and (best is None or b > best[1] or (b == best[1] and a < best[2])):
                best = (title, b, a)
        rank = None
        for r, pat in self.lex.patterns["rank"].items():
            m = None
            for m in pat.finditer(window[-40:]):
                pass
            if m and self.lex.patterns["gap"].match(window[-40:][m.end():]) and (rank is None or len(r) > len(rank)):
                rank = r
        title = best[0] if best else None
        if title and rank:
            title = f"{title} ({rank})"
        return title, rank

    def find_people(self) -> None:
        lex = self.lex
        for i, s in enumerate(self.spans):
            chunk = self.text[s.start:s.end]
            taken: list[tuple[int, int]] = []
            for m in lex.patterns["actor"].finditer(chunk):
                actor = lex.alias_owner.get(re.sub(r"[\s\-]+", " ", m.group(1)).lower()) or \
                    lex.alias_owner.get(m.group(1).lower())
                if actor is None:
                    actor = self._owner_loose(m.group(1))
                if actor:
                    self._add(i, actor, s.start + m.start(), s.start + m.end())
                    taken.append(m.span())
            self._fuzzy(i, s, chunk, taken)
            self._titled_strangers(i, s, chunk, taken)
        for i, s in enumerate(self.spans):
            self._generic(i, s)

    def _owner_loose(self, spelling: str) -> str | None:
        key = re.sub(r"[\s\-’']+", " ", spelling).lower()
        for alias, actor in self.lex.alias_owner.items():
            if re.sub(r"[\s\-’']+", " ", alias) == key:
                return actor
        return None

    def _add(self, i: int, actor: str, start: int, end: int, named: bool = True, title: str | None = None) -> Mention:
        side = (self.lex.actors.get(actor) or self.new_actors.get(actor, {})).get("country_iso3")
        if title is None and named:
            title, _ = self.title_before(i, start)
        mention = Mention(actor, side, i, Span(start, end), title, named)
        self.mentions[i].append(mention)
        if title and named:
            self.title_holder.setdefault((re.sub(r" \(.*\)$", "", title), side), actor)
            self.title_holder.setdefault((re.sub(r" \(.*\)$", "", title), None), actor)
        return mention

    def _fuzzy(self, i: int, s: Span, chunk: str, taken: list) -> None:
        from rapidfuzz import fuzz, process

        for m in re.finditer(r"\b[A-Z][a-z]{5,}\b", chunk):
            if any(a <= m.start() < b for a, b in taken) or not self.lex.fuzzy_choices:
                continue
            hit = process.extractOne(m.group(0).lower(), self.lex.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=85)
            if hit:
                self._add(i, self.lex.alias_owner[hit[0]], s.start + m.start(), s.start + m.end())
                taken.append(m.span())

    def _titled_strangers(self, i: int, s: Span, chunk: str, taken: list) -> None:
        """'Interior Minister Mohsin Naqvi': a titled name not in the gazetteer becomes a new actor."""
        stop = self.lex.not_names
        for title, t_start, t_end in self.titles_in(i):
            rest = chunk[t_end:]
            gap = re.match(r"(?:[\s,]|\([A-Z]{2,6}\)|" + self.lex.patterns["honorific"].pattern + r")*", rest)
            name = _NAME.match(rest, gap.end() if gap else 0)
            if not name or any(a <= t_end + name.start() < b for a, b in taken):
                continue
            words = name.group(0).split()
            while words and words[-1].lower() in stop:
                words.pop()
            if len(words) < 2 or words[0].lower() in stop or any(w.lower() in stop for w in words):
                continue
            if self.lex.patterns["place"] and any(p.fullmatch(" ".join(words)) for p in self.lex.patterns["place"].values()):
                continue
            start = s.start + t_end + name.start()
            full = " ".join(words)
            side = self.side_near(s.start + t_start, s.start + t_end)
            if side is None:
                continue
            actor = _slug(full)
            if actor in self.lex.actors:
                continue
            self.new_actors.setdefault(actor, {"actor_id": actor, "name": full, "actor_type": "person",
                                               "country_iso3": side})
            rank_title, _ = self.title_before(i, start)
            self._add(i, actor, start, start + len(full), title=rank_title or title)
            taken.append((t_end + name.start(), t_end + name.start() + len(full)))

    def _generic(self, i: int, s: Span) -> None:
        """'the army chief', 'the Iranian president': a title without a name, resolved to the person
        who holds it elsewhere in the same report."""
        chunk = self.text[s.start:s.end]
        named = [(m.span.start, m.span.end) for m in self.mentions[i]]
        for title, t_start, t_end in [*self.titles_in(i, generic=True), *self.titles_in(i)]:
            start, end = s.start + t_start, s.start + t_end
            if any(a - 120 <= start and end <= b for a, b in named) or any(a <= start < b for a, b in named):
                continue  # a title introducing a name already found
            nxt = _NAME.match(chunk, t_end + 1) if t_end + 1 < len(chunk) else None
            if nxt and chunk[t_end:t_end + 1] == " " and nxt.group(0).split()[0] not in ("The",):
                continue  # followed by a name we could not place
            side = self.side_near(start, end)
            holder = self.title_holder.get((title, side)) or (self.title_holder.get((title, None)) if side is None else None)
            if holder and all(x.actor_id != holder for x in self.mentions[i]):
                self._add(i, holder, start, end, named=False, title=None)

    def holders_of_plural_office(self, i: int) -> list[Mention]:
        """'their foreign ministers', 'the two army chiefs': each side's holder of that office,
        named elsewhere in the report."""
        chunk = self.text[self.spans[i].start:self.spans[i].end]
        for m in _PLURAL_OFFICE.finditer(chunk):
            singular = m.group(1)[:-1]
            for title, pat in self.lex.patterns["title"].items():
                if pat.fullmatch(singular):
                    holders = [self.title_holder.get((title, side)) for side in ("IRN", "PAK")]
                    if all(holders):
                        span = Span(self.spans[i].start + m.start(), self.spans[i].start + m.end())
                        return [Mention(a, side, i, span, title, named=False) for a, side in zip(holders, ("IRN", "PAK"))]
        return []

    def is_person(self, actor_id: str) -> bool:
        return self.lex.is_person(actor_id, self.new_actors)

    def persons(self, mentions: list[Mention]) -> list[Mention]:
        return [m for m in mentions if self.is_person(m.actor_id)]

    def naming_span(self, actor: str) -> Span | None:
        for i, ms in enumerate(self.mentions):
            if any(m.actor_id == actor and m.named for m in ms):
                return self.spans[i]
        return None

    # -- where and when ------------------------------------------------------------------
    def places_in(self, i: int) -> list[str]:
        chunk = self.text[self.spans[i].start:self.spans[i].end]
        found = [(m.start(), pid) for pid, pat in self.lex.patterns["place"].items()
                 if self.lex.places.get(pid, {}).get("coordinate_precision") != "country" for m in pat.finditer(chunk)]
        return [pid for _, pid in sorted(found)]

    def venue_in(self, i: int) -> tuple[str, str] | None:
        chunk = self.text[self.spans[i].start:self.spans[i].end]
        for name, place, pat in self.lex.patterns["venue"]:
            if pat.search(chunk):
                return name, place
        return None

    def has(self, kind: str, i: int) -> bool:
        return self.find(kind, i) is not None

    def find(self, kind: str, i: int) -> re.Match | None:
        key = (kind, i)
        if kind in ENGAGEMENT_KINDS and key not in self._found and not self.find("any_engagement", i):
            self._found[key] = None
        if key not in self._found:
            self._found[key] = self.lex.patterns[kind].search(self.text[self.spans[i].start:self.spans[i].end])
        return self._found[key]

    def future_at(self, i: int, pos: int) -> bool:
        """Is what stands at `pos` of sentence i told as still to come? A future word ('will',
        'is scheduled to') earlier in the same clause says so."""
        chunk = self.text[self.spans[i].start:self.spans[i].start + pos]
        clause = _CLAUSE.split(chunk)[-1]
        return self.lex.patterns["future"].search(clause) is not None

    def told_as_future(self, kind: str, i: int) -> bool:
        m = self.find(kind, i)
        return m is not None and self.future_at(i, m.start())

    def cue_of_verb(self, i: int, verb: re.Match) -> list[tuple[DateCue, Span]]:
        """The date expression that dates a verb: one in the verb's own clause, else the nearest."""
        chunk = self.text[self.spans[i].start:self.spans[i].end]
        bounds = [0] + [m.end() for m in _CLAUSE.finditer(chunk)] + [len(chunk)]
        lo = max(b for b in bounds if b <= verb.start())
        hi = min(b for b in bounds if b > verb.start())
        cues = self.cues(i)
        own = [c for c in cues if lo <= c[0].span[0] < hi]
        return (own or sorted(cues, key=lambda c: abs(c[0].span[0] - verb.start())))[:1]

    def cues(self, i: int) -> list[tuple[DateCue, Span]]:
        """The date expressions of sentence i, each resolved in the tense of its clause (kept)."""
        key = ("cues", i)
        if key not in self._found:
            s = self.spans[i]
            chunk = self.text[s.start:s.end]
            past = date_cues(chunk, self.published, False)
            future = [c for c in past if self.future_at(i, c.span[0])]
            ahead = {c.span: c for c in date_cues(chunk, self.published, True)} if future else {}
            self._found[key] = [(ahead.get(c.span, c), s) for c in past]
        return self._found[key]

    def country_of(self, place_id: str | None) -> str | None:
        return self.lex.places.get(place_id, {}).get("country_iso3") if place_id else None


def read_report(doc_id: str, text: str, published: str | None, lex: Lexicon) -> Report:
    """Everything one report says about engagements. Never raises on its text."""
    if not text.strip():
        return Report(doc_id, None, problem="empty document")
    if len(text) > MAX_CHARS:
        return Report(doc_id, None, problem=f"{len(text)} characters: too long for a news report")
    reader = _Reader(doc_id, text, publication_date(text, published), lex)
    reader.find_people()
    report = Report(doc_id, reader.published, new_actors=reader.new_actors)
    report.candidates = _engagements(reader)
    return report


def _principal(reader: _Reader, side: str) -> str | None:
    counts = Counter(m.actor_id for ms in reader.mentions for m in ms if m.side == side and reader.is_person(m.actor_id))
    return counts.most_common(1)[0][0] if counts else None


def _engagements(r: _Reader) -> list[Candidate]:
    from pakiran_events.extract.commitments import attach_commitments

    n = len(r.spans)
    engagement_idx = [i for i in range(n) if any(r.has(k, i) for k in ("meeting", "phone", "visit", "arrival"))]
    doc_country = None
    for i in engagement_idx:
        places = r.places_in(i)
        if places:
            doc_country = r.country_of(places[0])
            break
    if doc_country is None:
        for i in engagement_idx:
            m = r.lex.patterns["country_visited"].search(r.text[r.spans[i].start:r.spans[i].end])
            if m:
                doc_country = next(iso for iso, name in r.lex.countries.items() if name == m.group(1))
                break
    if doc_country is None:  # the dateline, in the first lines
        head = [p for i in range(min(3, n)) for p in r.places_in(i)]
        doc_country = r.country_of(head[0]) if head else None
    if doc_country is None:
        return []
    guest_side = r.lex.other_country(doc_country)
    principal_guest, principal_host = _principal(r, guest_side), _principal(r, doc_country)
    lead_dates = [c for i in range(min(3, n)) for c in r.cues(i) if c[0].precision == "day" and not r.future_at(i, c[0].span[0])]
    visit = Candidate("visit", principal_guest, None, doc_country, planned=True, sentence=0)
    out: list[Candidate] = []
    meetings: dict[str, Candidate] = {}
    others: dict[str, Candidate] = {}
    for i in range(n):
        span = r.spans[i]
        people = r.mentions[i]
        places = r.places_in(i)
        country = r.country_of(places[0]) if places else doc_country
        if country != doc_country:
            continue  # another trip, told in passing
        guests = [m for m in people if m.side == guest_side]
        hosts = [m for m in people if m.side == doc_country]
        if r.has("phone", i) and not r.told_as_future("phone", i):
            pair = r.persons(guests)[:1] + r.persons(hosts)[:1]
            if len(pair) < 2:
                pair = r.holders_of_plural_office(i) or pair
            if len(pair) == 2:
                call = Candidate("phone_call", pair[0].actor_id, pair[1].actor_id, None, False, i)
                for m in pair:
                    call.add_person(m, span, r.naming_span(m.actor_id))
                call.cite("event_type", span)
                # else the date of the context it follows (the nearest of the two sentences before)
                call.dates = r.cues(i) or next((r.cues(j) for j in range(i - 1, max(-1, i - 3), -1) if r.cues(j)), [])
                out.append(call)
            continue
        is_meeting = r.has("meeting", i) and not r.has("phone", i)
        if is_meeting and r.has("third_party", i) and not (r.persons(guests) and r.persons(hosts)):
            is_meeting = False  # a meeting with another country, told in passing
        if is_meeting and not r.told_as_future("meeting", i):
            guest = (r.persons(guests) or [None])[0]
            guest_id = guest.actor_id if guest else principal_guest
            host_people = r.persons(hosts) or ([] if not principal_host else [Mention(principal_host, doc_country, i, span, named=False)])
            if guest_id is None:
                continue
            for h in host_people:
                meeting = meetings.get(h.actor_id)
                if meeting is None:
                    meeting = Candidate("meeting", guest_id, h.actor_id, doc_country, False, i)
                    meetings[h.actor_id] = meeting
                    out.append(meeting)
                meeting.cite("event_type", span)
                meeting.add_person(h, span, r.naming_span(h.actor_id))
                gm = guest or Mention(guest_id, guest_side, i, span, named=False)
                meeting.add_person(gm, span, r.naming_span(guest_id))
                for m in people:  # organisations named in the sentence (a delegation, an embassy)
                    if m not in host_people and m is not guest and m.actor_id not in meeting.participants and \
                            not r.is_person(m.actor_id):
                        meeting.add_person(m, span, None)
                meeting.dates += r.cue_of_verb(i, r.find("meeting", i))
                if places:
                    meeting.place_id = meeting.place_id or places[0]
                    meeting.cite("place_id", span)
                venue = r.venue_in(i)
                if venue and meeting.venue is None:
                    meeting.venue, meeting.place_id = venue[0], meeting.place_id or venue[1]
                    meeting.cite("venue", span)
                    meeting.cite("place_id", span)
            visit.planned = False if guest_id == visit.guest else visit.planned
        if any(r.has(k, i) for k in ("visit", "arrival", "departure")) and (guests or principal_guest):
            who = (r.persons(guests) or [None])[0]
            moving = r.has("arrival", i) or r.has("departure", i)
            told = [k for k in ("arrival", "visit") if r.has(k, i) and not r.told_as_future(k, i)]
            target = visit if who is None or who.actor_id == visit.guest else None
            if target is None and told and r.has("visit", i):
                # another guest's visit, told in passing ("earlier this month, during X's visit")
                target = others.setdefault(who.actor_id, Candidate("visit", who.actor_id, None, doc_country, False, i))
                target.dates += [c for c in r.cues(i)]
            if target is not None and not (who is None and moving):
                target.cite("event_type", span)
                if told:
                    target.planned = False
                if who:
                    target.add_person(who, span, r.naming_span(who.actor_id))
                cues = r.cues(i)
                if r.has("arrival", i) and not r.has("departure", i):
                    target.arrival += cues
                elif r.has("departure", i):
                    target.departure += cues
                elif r.has("visit", i) and target is visit:
                    target.dates += [c for c in cues if c[0].precision in ("day", "range")]
                if cues:
                    target.cite("date", span)
                d = r.lex.patterns["duration"].search(r.text[span.start:span.end])
                if d:
                    target.duration = target.duration or r.lex.durations.get(d.group(0).lower())
                    target.cite("date_precision", span)
                if places:
                    target.place_id = target.place_id or places[0]
                    target.cite("place_id", span)
        if r.has("reception", i) and not is_meeting and not r.told_as_future("reception", i) and principal_guest:
            for m in r.persons(hosts) + r.persons(guests) + [m for m in people if not r.is_person(m.actor_id)]:
                if m.actor_id not in meetings and m.actor_id != principal_guest:
                    visit.add_person(m, span, r.naming_span(m.actor_id))
    if not out and visit.planned and not visit.evidence:
        return []
    for meeting in meetings.values():
        if not meeting.dates and len(meetings) == 1:
            meeting.dates = list(lead_dates)
        for cue, s in meeting.dates:
            meeting.cite("date", s)
    if visit.guest and (visit.evidence or meetings):
        if principal_guest and principal_guest not in visit.participants:
            naming = r.naming_span(principal_guest)
            visit.add_person(Mention(principal_guest, guest_side, 0, r.spans[0], named=False), naming or r.spans[0], naming)
        if not visit.evidence.get("event_type"):
            for m in meetings.values():
                visit.cite("event_type", r.spans[m.sentence])
        out.insert(0, visit)
    out += [v for v in others.values() if v.guest not in meetings]
    attach_commitments(r, out)
    return out
