"""Who and where, in one report: people named by a gazetteer spelling (or one a letter off),
people introduced by a title and not in the gazetteer (a new actor, slugged with
python-slugify), offices without a name resolved to their holder (named with that office in the
report, else the office-holder table's on the report's date when the report names that holder
too), and places (GeoNames names, place phrases, venues).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from pakiran_events.core.cues import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS, office_of
from pakiran_events.extract.attribution import in_attribution
from pakiran_events.extract.clauses import clause_at
from pakiran_events.extract.dates import date_cues, held_spans
from pakiran_events.extract.lexicon import NAME_CHAR, Lexicon, alternation, bounded, merge_dictionaries, no_break_after
from pakiran_events.extract.rank_refs import SidedSoFar, TitledSoFar
from pakiran_events.extract.starts import all_matches, match_starts

_CAPITALISED = re.compile(r"(?<![\w\-])[A-Z]" + NAME_CHAR + r"*(?:\s+[A-Z]" + NAME_CHAR + r"*)*")
_PLURAL_OFFICE = re.compile(r"\b(?:their|the two|both(?: the)?|two) ((?:[a-z]+ ){0,3}[a-z]+s)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]*\s+(?=[\"“‘(]?[A-Z0-9])|\n\s*\n|\n(?=[A-Z\"“])")
_WORDS = re.compile(r"\w+")
_COMBINING = re.compile(r"[\u0300-\u036f]")
_SPEAKER_GAP = re.compile(r"\s+(?:(?:also|later|separately|have|had)\s+)?")  # a group phrase, then its reporting verb (`People._speaks`)
_CLUSTER = re.compile(r".[\u0300-\u036f]*", re.DOTALL)  # a character and the combining marks after it
# 'Jan. 14': a month's abbreviation before a day number ends no sentence (the date grammar's months)
_MONTH_STOP = re.compile(r"\b(?:" + "|".join(MONTH_ABBREVIATIONS) + r")\.$", re.IGNORECASE)
_PRONOUN_SUBJECT = re.compile(r"[\"“‘(]?(?:[A-Z][a-z]+, )?(He|She)\b")
# a date fronted before a pronoun subject ('On 3 October he spoke', 'Late on Tuesday, she met'): at
# most two words before the date, a comma at most between it and the pronoun (`_pronoun_after_fronted_date`)
_BARE_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_FRONTED_PRONOUN_NEAR = re.compile(r"\b(?:he|she)\b")
_FRONTED_PRONOUN = re.compile(r",?\s+(he|she)\b")
_FRONTED_LEAD = re.compile(r"\s*[\"“‘(]?(?:[A-Za-z]+\s+){0,2}")
_NON_ASCII_WORD_CHAR = re.compile(r"[^\W\x00-\x7f]")
_LONG_WORD = re.compile(r"\b[A-Z][a-z]{5,}\b")
_NON_SPACE = re.compile(r"\S+")
_SPACES = re.compile(r"\s*")
# how many whitespace-separated chunks the lexicon's `appositive` match touches at most: five name
# words (the last with its comma), 'the' and a possessive ("Iran's")
_APPOSITIVE_CHUNKS = 7


def appositive_before(appositive: re.Pattern, chunk: str, chunk_starts: list[int], end: int) -> re.Match | None:
    """`appositive.search(chunk, 0, end)` (`appositive`: the lexicon's pattern of that name), asked
    only from the start of the seventh chunk before `end` (`chunk_starts`: where chunk's non-space
    runs start): no match can begin earlier, so the
    answer is the same, and a sentence of many titles costs one bounded search per title, not a
    scan of all that precedes each (review: quadratic in the sentence's mentions)."""
    return search_back(appositive, chunk, chunk_starts, end, _APPOSITIVE_CHUNKS)


def search_back(pattern: re.Pattern, chunk: str, chunk_starts: list[int], end: int, chunks: int) -> re.Match | None:
    """`pattern.search(chunk, 0, end)` for a pattern anchored at `end` ('$') whose match spans at most
    `chunks` non-space runs: asked only from the start of the `chunks`-th run before `end`, so one
    search costs what the match may span, not all of chunk before it (review16: each office of a
    long sentence scanned the sentence from its start)."""
    k = bisect_left(chunk_starts, end)
    return pattern.search(chunk, chunk_starts[k - chunks] if k > chunks else 0, end)


# between a name and the title it is given after it ('X, the President-elect', "X, Iran's foreign
# minister"), and what may follow that title (a comma, the sentence's end, 'of <country>')
_TITLE_AFTER_GAP = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+|[A-Z][a-z]+\s+)?")
_TITLE_AFTER_END = re.compile(r"\s*(?:[,.;)]|$)")
# how far before an office a titles.yaml `member_list` match may start and still read text at or
# after the office (its longest phrase and the lookahead after it; a test checks the dictionary)
_MEMBER_LIST_REACH = 64
_CALENDAR = frozenset((*WEEKDAYS, *MONTHS))  # 'On Monday, the Deputy Minister of Iran': a day is no name
_OF_GAP = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")
# a title's complement: a capitalised name, possessives and 'of'/'the'/'and' inside it ("the General
# Staff of Iran's Armed Forces"), or a possessive country word and the lowercase words after it
_COMPLEMENT = re.compile(r"[A-Z]" + NAME_CHAR + r"*(?:\s+(?:of|the|and|[A-Z]" + NAME_CHAR + r"*))*")
# RapidFuzz ratio from which a name word is a transliteration of another ('Mohsen' 83 'Mohsin',
# 'Hossein' 71 'Hussain', 'Raza' 75 'Reza'), not another name ('Ahmad' 62 'Mohammad', 'Ali' 18)
_SAME_NAME_WORD = 70
_WORD_BEFORE = re.compile(r"(?<!\S)(\S+)[ \t]+$")  # the word right before a position, and its space
_SURNAME_WORD = re.compile(r"(?<![\w\-])[A-Z][a-z’'\-]{3,}(?![\w\-])")
# the rest of a lowercase office's phrase up to its comma ("consul general in Lahore", "additional secretary (West Asia)")
_APPOSED_TAIL = re.compile(r"[^,;:]{0,120}?(?=,|;|:|\.(?:\s|$)|$)")
# the words of an office compared with the office-holder table's (`_fits_office`)
_OFFICE_WORD = re.compile(r"[a-z]+")
_REMIT_IN_BRACKETS = re.compile(r"\s*\([^()]{1,80}\)")  # 'additional secretary (Afghanistan and West Asia)'
_APPOSED_LEAD = re.compile(r",\s+(?:the\s+)?$")  # 'X, the' before the office (or before its country word)
_APPOSED_WORD = re.compile(r"(?:the\s+)?" + NAME_CHAR + r"+\s+$")  # the country word before an office ('the Iranian ')
# how many non-space runs each of these spans at most: a comma's run and 'the'; 'the' and a word;
# ten name words of `before_comma` (the last with its comma) and 'the'
_LEAD_CHUNKS, _WORD_CHUNKS, _BEFORE_COMMA_CHUNKS = 2, 2, 10
_OF_AFTER = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")  # 'the Deputy Foreign Minister of <country>'
# 'Inspector General of Police Sindh Dr X': a title's institution, then a rank or honorific, then the name
# a title's complement: a connector and capitalised words, with connectors inside ('of Police Sindh',
# 'to Pakistan', 'to the Prime Minister on Foreign Affairs'), up to a rank or honorific and a name;
# group 1 the connector, group 2 the run
_COMMA_THEN_WORD = re.compile(r",\s+(\S+)")  # ', Dr' after a complement
_COMPLEMENT_RUN = re.compile(r"\s+(of|to|on|for|in|at)\s+(?:the\s+)?([A-Z]" + NAME_CHAR + r"*\.?"
                             r"(?:\s+(?:(?:of|on|for|to|in|and|the)\s+)*[A-Z]" + NAME_CHAR + r"*\.?)*)")
_POSTING = re.compile(r"\s+(?:to|in)\s+(?:the\s+)?")  # 'Ambassador to Pakistan X': the posting between title and name


_POSSESSIVE_GAP = re.compile(r"[’']s\s+")  # "Kerman's Governor-General": a possessive right before an office
_ITS_BEFORE = re.compile(r"(?<![\w\-])its\s+$")  # 'led by its deputy governor': the office's owner told before
# ', Pakistan Air Force, ' after an office: its service set off by commas, before a ranked name
_SERVICE_BETWEEN_COMMAS = re.compile(r",\s+(?:the\s+)?([A-Z]" + NAME_CHAR + r"*(?:\s+(?:(?:of|the|and)\s+)?[A-Z]" + NAME_CHAR + r"*){0,6}),\s+")
# up to three capitalised words right before a position, and each of them
_NAME_WORDS_BEFORE = re.compile(r"(?<!" + NAME_CHAR + r")(?:[A-Z]" + NAME_CHAR + r"+[ \t]+){1,3}$")
_NAME_WORD = re.compile(r"[A-Z]" + NAME_CHAR + r"+")
_CLAUSE_BREAK = re.compile(r"[;:.]|,\s+and\b")  # where 'its' looks back to
# a proper name's capitalised words, with 'of', 'and', 'the' inside ('Ministry of Interior', 'Sistan
# and Baluchestan', 'Asian Development Bank'): the noun phrase 'its' may refer back to
# round 27 (newperson27): where the phrase an anchor leans on starts (`_leaning_phrase`): a stop inside the
# sentence, a bracket or 'and'; the meeting verbs of titles.yaml `meeting_between` end it too
# round 28: a comma, an optional article, and the office phrase after a name, up to the next comma or stop
_APPOSED_AFTER = re.compile(r",\s+(?:the\s+)?([^,;.]{3,90}?)\s*(?=[,;.]|$)")
# round 28: a run of two to four capitalised words ending right at the search's end (a bare name)
_RUN_BEFORE = re.compile(r"(?<![\w\-’'])[A-Z]" + NAME_CHAR + r"+(?:\s+[A-Z]" + NAME_CHAR + r"+){1,3}$")
_LEAN_BREAK = re.compile(r"[,;:()\[\]]|(?<![\w\-])and(?=\s+[a-z])")
_PROPER_RUN = re.compile(r"(?<![\w\-])[A-Z]" + NAME_CHAR + r"*(?:\s+(?:(?:of|and|the|for)\s+)*[A-Z]" + NAME_CHAR + r"*)*")


_NEXT_IN_LIST = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)")  # round 30: the joint before a listed deputy's name


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def _start_of(mention: "Mention") -> int:
    """Where a mention starts (the key mentions are ordered by)."""
    return mention.span.start


@dataclass
class Mention:
    actor_id: str
    side: str | None
    sentence: int
    span: Span
    title: str | None = None
    named: bool = True          # False: referred to by a title or 'his counterpart' only


@lru_cache(maxsize=1)
def _shipped_no_break() -> re.Pattern:
    return no_break_after(merge_dictionaries([])["titles"])


def sentences(text: str, no_break: re.Pattern | None = None) -> list[Span]:
    """Sentence spans; never split after an initial or a rank, honorific or other abbreviation of
    titles.yaml ('S. Khan', 'Gen. Ali'): `no_break` is the lexicon's `no_break_after` pattern
    (default: the shipped dictionaries')."""
    no_break = no_break or _shipped_no_break()
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[m.start() - 1:m.start()] == "." and no_break.search(text[max(0, m.start() - 6):m.start()]):
            continue
        if text[m.end():m.end() + 1].isdigit() and _MONTH_STOP.search(text[max(0, m.start() - 6):m.start()]):
            continue
        out.append(Span(start, m.start()))
        start = m.end()
    out.append(Span(start, len(text)))
    spans = []
    for s in out:
        chunk = text[s.start:s.end]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            spans.append(Span(s.start + lead, s.start + len(chunk.rstrip())))
    return spans


def spellings_in(text: str, lex: Lexicon, spans: list[Span]) -> list[list[tuple[int, int, str]]]:
    """Per span: (start, end, actor_id) of every gazetteer spelling in it (`_spellings_in`), read on
    the text's NFC form when it holds combining marks (a report in decomposed Unicode writes 'é' as
    'e' + U+0301; the gazetteer's spellings are composed), the offsets mapped back to `text`'s."""
    composed = _composed(text)
    if composed is None:
        return _with_unaccented(text, lex, spans)
    nfc, starts, ends = composed
    found = _with_unaccented(nfc, lex, [Span(bisect_left(starts, s.start), bisect_left(starts, s.end)) for s in spans])
    return [[(starts[a], ends[b - 1], actor) for a, b, actor in row] for row in found]


def _with_unaccented(text: str, lex: Lexicon, spans: list[Span]) -> list[list[tuple[int, int, str]]]:
    """`_spellings_in` on `text` and, when it holds accented letters, also on its unaccented form
    ('Áyoub' read as 'Ayoub': a report may accent a name the gazetteer lists bare, and then the
    surname alone must not win); both readings merged leftmost and longest first, the text's own
    reading first on a tie. The unaccented form keeps every offset (one letter for one letter)."""
    found = _spellings_in(text, lex, spans)
    bare = _unaccented(text)
    if bare == text:
        return found
    merged = []
    for own, other in zip(found, _spellings_in(bare, lex, spans), strict=True):
        row: list[tuple[int, int, str]] = []
        for hit in sorted(own + other, key=lambda h: (h[0], h[0] - h[1])):  # stable: own before other
            if not row or hit[0] >= row[-1][1]:
                row.append(hit)
        merged.append(row)
    return merged


def _unaccented(text: str) -> str:
    """`text` with each precomposed accented letter replaced by its base letter ('Á' -> 'A'), one
    character for one, so offsets hold; other characters unchanged."""
    if text.isascii():
        return text
    return _NON_ASCII.sub(_base_letters, text)


_SPELLING_SPLIT = re.compile(r"[\s\-]+")  # the words of a spelling (People._spelling_words)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _base_letters(m: re.Match) -> str:
    """A run of non-ASCII characters, each by its base letter: only these runs are looked at, the
    ASCII text between them is copied by the regex engine (round 29, speed: a per-character loop
    over the whole report was ~9 % of the reading)."""
    return "".join(map(_base_letter, m.group()))


@lru_cache(maxsize=4096)
def _base_letter(c: str) -> str:
    d = unicodedata.normalize("NFD", c)
    return d[0] if len(d) > 1 and d[0].isascii() and all(unicodedata.combining(m) for m in d[1:]) else c


def _composed(text: str) -> tuple[str, list[int], list[int]] | None:
    """The NFC form of `text` with, per character of it, the start and end in `text` of the cluster
    (a character and the combining marks after it) it comes from; None when `text` holds no combining
    mark (then NFC changes no name)."""
    if not _COMBINING.search(text):
        return None
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for m in _CLUSTER.finditer(text):
        piece = unicodedata.normalize("NFC", m.group(0))
        pieces.append(piece)
        starts.extend([m.start()] * len(piece))
        ends.extend([m.end()] * len(piece))
    return "".join(pieces), starts, ends


def _spellings_in(text: str, lex: Lexicon, spans: list[Span]) -> list[list[tuple[int, int, str]]]:
    """Per span: (start, end, actor_id) of every gazetteer spelling in it, leftmost and longest
    first, never overlapping. A spelling is tried only where a word of the text is its first
    word: the report's words are intersected with the first words once, and each such word is
    found once in the whole text (no scan per spelling or per sentence)."""
    by_first, owner, finders = lex.patterns["alias_by_first"], lex.alias_owner, lex.patterns["alias_first"]
    if not _NON_ASCII_WORD_CHAR.search(text):  # words all ASCII (curly quotes allowed): one pass over them,
        # str.lower then being exactly the patterns' case-insensitive match
        starts = first_word_starts(text, by_first)
    else:
        firsts = set(_WORDS.findall(text.lower())) & by_first.keys()
        starts = sorted((m.start(), word) for word in firsts for m in finders[word].finditer(text))
    out: list[list[tuple[int, int, str]]] = [[] for _ in spans]
    n = 0
    for k, span in enumerate(spans):
        after = span.start
        while n < len(starts) and starts[n][0] < span.start:
            n += 1
        while n < len(starts) and starts[n][0] < span.end:
            start, word = starts[n]
            n += 1
            if start < after:
                continue
            m = by_first[word].match(text, start, span.end)
            if m:
                key = re.sub(r"[\s\-]+", " ", m.group(0)).lower()
                actor = owner.get(key.replace("'", "’")) or owner.get(key)
                if actor:
                    out[k].append((m.start(), m.end(), actor))
                after = m.end()
    return out


def first_word_starts(text: str, firsts) -> list[tuple[int, str]]:
    """(start, lower-case word) of every word of `text` (a maximal run of \\w, not just after a
    hyphen) whose lower case is in `firsts`, in order; for a text whose word characters are all
    ASCII. The same as lower-casing each word of the text, with the text lower-cased once."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer: offsets would shift
        return [(m.start(), word) for m in _WORDS.finditer(text)
                if (word := m.group(0).lower()) in firsts and text[m.start() - 1:m.start()] != "-"]
    return [(m.start(), word) for m in _WORDS.finditer(lowered)
            if (word := m.group()) in firsts and lowered[m.start() - 1:m.start()] != "-"]


def _place_heads(lex: Lexicon) -> frozenset[str]:
    """The first word of every place name of `lex.patterns["place_lookup"]` (cached in the
    lexicon): a capitalised word that is none of them begins no place name."""
    heads = lex.patterns.get("_place_heads")
    if heads is None:
        heads = lex.patterns["_place_heads"] = frozenset(name.split()[0] for name in lex.patterns["place_lookup"] if name.split())
    return heads


def _names_organisation(lex: Lexicon, phrase: str, words_: list[tuple[int, int]], k: int) -> bool:
    """The capitalised word at words_[k] is an organisation's or a document's noun (places.yaml
    `organisation_words`), so the place name before it is part of a name ('Shanghai Cooperation
    Organisation', 'Tehran Declaration'), not a place the text names."""
    nouns = lex.patterns.get("_organisation_words")
    if nouns is None:
        nouns = lex.patterns["_organisation_words"] = frozenset(lex.dictionaries["places"].get("organisation_words", []))
    return k < len(words_) and phrase[words_[k][0]:words_[k][1]].removesuffix("'s").removesuffix("’s") in nouns


def _title_of(lex: Lexicon, pats: dict, phrase: str, generic: bool) -> str | None:
    """The canonical title a matched title phrase stands for (cached: reports repeat them)."""
    cache = lex.patterns.setdefault("_title_of", {})
    key = (phrase, generic)
    if key not in cache:
        cache[key] = next((t for t, pat in pats.items() if pat.fullmatch(phrase)), None)
    return cache[key]


def _near_spelling(lex: Lexicon, word: str) -> str | None:
    """The gazetteer spelling one letter off `word` (RapidFuzz ratio >= 85), else the one word
    spelling of a person that `word` folds to (`Lexicon.folded`: 'Sadegh' is 'Sadiq'), cached per word."""
    cache = lex.patterns.setdefault("_near_spelling", {})
    if word not in cache:
        from rapidfuzz import fuzz, process

        bounded(cache)

        hit = process.extractOne(word, lex.fuzzy_choices, scorer=fuzz.ratio, score_cutoff=85)
        cache[word] = hit[0] if hit else _folded_single(lex).get(lex.folded(word))
    return cache[word]


def _folded_single(lex: Lexicon) -> dict[str, str]:
    """Folded key -> spelling, of every one-word spelling of a person (five letters or more) whose
    key no other person's spelling shares: a surname written another way reads only one person."""
    found = lex.patterns.get("_folded_single")
    if found is None:
        owners: dict[str, set[str]] = {}
        spelt: dict[str, str] = {}
        for spelling, actor in lex.alias_owner.items():
            if " " not in spelling and len(spelling) >= 5 and lex.is_person(actor):
                key = lex.folded(spelling)
                owners.setdefault(key, set()).add(actor)
                spelt.setdefault(key, spelling)
        found = lex.patterns["_folded_single"] = {k: spelt[k] for k, who in owners.items() if len(who) == 1}
    return found


def union_of(lex: Lexicon, key: str, pats: list[re.Pattern]) -> re.Pattern:
    """One pattern for several `lexicon.words` patterns (cached in the worker's lexicon under
    `key`): a text it does not match holds no match of any of them (each is `words` of a subset
    of the same phrases, with the same flags and word boundaries)."""
    found = lex.patterns.get(key)
    if found is None:
        found = re.compile("")  # the empty pattern matches anywhere: no shortcut
        if len({pat.flags for pat in pats}) == 1 and all(pat.pattern.startswith(_WORDS_HEAD) for pat in pats):
            try:
                found = re.compile(_WORDS_HEAD + "(?:" + "|".join(pat.pattern[len(_WORDS_HEAD):] for pat in pats) + ")",
                                   pats[0].flags)
            except re.error:  # e.g. a group name used in two of them
                pass
        lex.patterns[key] = found
    return found


_WORDS_HEAD = r"(?<![\w\-])"  # how lexicon.words begins every pattern


def _either_initial(noun: str) -> str:
    """A rank noun as a pattern whose words may be capitalised ('the Admiral', 'the Air Marshal' as
    releases write them), the rest of each word as written."""
    return r"\s+".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in noun.split())


def _strip_titles(people: "People", gap: str) -> str:
    """`gap` without the office titles it holds (what is left must be spaces, honorifics, ranks)."""
    return people.lex.patterns["title_scan"].sub(" ", gap)


class Taken:
    """The [start, end) spans of one sentence already read as names: "does this word start
    inside one?" and "does this span overlap one?" by binary search, not by comparing with every
    earlier name (name-dense text made that quadratic: issue 13). The spans are disjoint (each
    is added only where it overlaps none); should one ever overlap, every question falls back to
    the plain scan. `probes` counts the spans examined (the work a test bounds)."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.spans: list[tuple[int, int]] = []
        self.disjoint = True
        self.probes = 0

    def append(self, span: tuple[int, int]) -> None:
        a, b = span
        k = bisect_right(self.starts, a)
        if (k and self.spans[k - 1][1] > a) or (k < len(self.spans) and self.spans[k][0] < b):
            self.disjoint = False
        self.starts.insert(k, a)
        self.spans.insert(k, (a, b))

    def holds(self, pos: int) -> bool:
        """Some span has start <= pos < end."""
        if not self.disjoint:
            self.probes += len(self.spans)
            return any(a <= pos < b for a, b in self.spans)
        self.probes += 1
        k = bisect_right(self.starts, pos)
        return bool(k) and pos < self.spans[k - 1][1]

    def starts_in(self, lo: int, hi: int) -> bool:
        """Some span starts at lo <= start < hi."""
        self.probes += 1
        k = bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] < hi

    def first_from(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first span starting at lo <= start < hi, if any."""
        self.probes += 1
        k = bisect_left(self.starts, lo)
        return self.spans[k] if k < len(self.starts) and self.starts[k] < hi else None

    def overlaps(self, start: int, end: int) -> bool:
        """Some span shares a character with [start, end)."""
        if not self.disjoint:
            self.probes += len(self.spans)
            return any(a < end and start < b for a, b in self.spans)
        self.probes += 1
        k = bisect_left(self.starts, end)
        return bool(k) and self.spans[k - 1][1] > start


# Round 31: what ends a country word's own phrase before a name (`_other_side_of_sentence`): a stop, a
# colon, 'and', 'with', 'met', or a comma not right before the name ("Iran's Consul General in
# Quetta, X" keeps the name's own office phrase)
_NOT_OWN_PHRASE = re.compile(r"[;:.]|,(?!\s*$)|\band\b|\bwith\b|\bmet\b")

class People:
    """The people and places of one report, sentence by sentence."""

    def __init__(self, text: str, spans: list[Span], published: dt.date | None, lex: Lexicon):
        self.text, self.spans, self.published, self.lex = text, spans, published, lex
        self.mentions: list[list[Mention]] = [[] for _ in spans]
        self.new_actors: dict[str, dict] = {}
        self.title_holder: dict[tuple[str, str | None], str] = {}
        self._titles: dict[int, list] = {}
        self._title_starts: dict[int, tuple[list[int], int]] = {}  # sentence -> (title starts, longest title)
        self._actors_in: list[set[str]] = [set() for _ in spans]   # actor ids among mentions[i]
        self._titled_so_far: TitledSoFar[Mention] = TitledSoFar()  # 'the admiral': titled people read so far
        self._sided_so_far: SidedSoFar[Mention] = SidedSoFar()  # 'the Iranian minister': people by side read so far
        self._cache: dict = {}
        self._naming: dict[str, Span] | None = None  # actor -> first sentence naming them (built on first use)
        self._by_actor: dict[str, list[tuple[int, Mention]]] | None = None  # `mentions_of`, built on first use
        # sentence -> (title, side) of offices told without a name whose holder neither the report
        # nor the office-holder table gives ('the Iranian Foreign Minister' in an undated report)
        self.unheld: dict[int, list[tuple[str, str]]] = {}
        self.probes = 0  # spans and titles examined while finding names (bounded per word: a test counts them)
        self._apposed_unsided: dict[int, list[tuple[str, int, str]]] = {}  # the same, of names before their office's comma
        self._apposed_offices: set[int] = set()  # where those offices start
        self._unsided: dict[int, list[tuple[str, int, str]]] = {}  # sentence -> (title, start, name) of titled names of no side
        self._contradicted: list[tuple[int, str]] = []  # (offset, lower-cased surname) of fuller names not the gazetteer person's
        # sentence -> sides of the people a rank or honorific and a surname was refused as (round 23): someone
        # of that side is told there, but not who, so the report's principal does not stand in for them
        self.refused: dict[int, set[str]] = {}
        # (none after a third country's adjective)

    # -- country words ----------------------------------------------------------------
    def side_near(self, i: int, start: int, end: int) -> str | None:
        """A country word in the same noun phrase: just before the title ('Iranian Foreign
        Minister', "Pakistan's army chief") or just after it ('of Iran', 'of the Islamic Republic of Iran')."""
        s = self.spans[i]
        before = self.text[max(s.start, start - 30):start]
        after = self.text[end:min(s.end, end + 40)]
        best = None
        for iso, pat in self.lex.patterns["side"].items():
            for m in pat.finditer(before):
                if not re.search(r"[,;:.]|\band\b|\bwith\b|\bmet\b", before[m.end():]) and (best is None or m.end() > best[0]):
                    best = (m.end(), iso)
            if self.lex.patterns["side_after"][iso].match(after):
                return iso
        return best[1] if best else None

    def third_party_before(self, i: int, start: int) -> bool:
        """A third country's word qualifies the title or 'counterpart' at `start` ('the Tajik
        President', 'his Afghan counterpart'): it is in the same noun phrase, just before it."""
        before = self.text[max(self.spans[i].start, start - 20):start]
        last = None
        for last in self.lex.patterns["third_party"].finditer(before):
            pass
        return last is not None and not re.search(r"[,;:.]|\band\b|\bwith\b|\bmet\b", before[last.end():])

    def titles_in(self, i: int) -> list[tuple[str, int, int, bool]]:
        """(title, start, end, generic) of every office named in sentence i (absolute offsets)."""
        if i not in self._titles:
            s = self.spans[i]
            chunk = self.text[s.start:s.end]
            found = []
            for scan, pats, generic in ((self.lex.patterns["title_scan"], self.lex.patterns["title"], False),
                                        (self.lex.patterns["generic_scan"], self.lex.patterns["generic_title"], True)):
                for m in scan.finditer(chunk):
                    title = _title_of(self.lex, pats, m.group(0), generic)
                    if title and not generic and len(m.group(0)) > len(title) and self.lex.dictionaries["titles"]["titles"].get(title, {}).get("as_written"):
                        title = re.sub(r"\s+", " ", m.group(0))  # its remit kept: 'Adviser to the Prime Minister on Commerce'
                    if title:
                        found.append((title, s.start + m.start(), s.start + m.end(), generic))
            found = self._portfolio_titles(chunk, s.start, found)
            self._titles[i] = sorted(found, key=lambda x: (x[1], -x[2]))
            self._title_starts[i] = ([t[1] for t in self._titles[i]], max((t[2] - t[1] for t in found), default=0))
        return self._titles[i]

    def _portfolio_titles(self, chunk: str, offset: int, found: list) -> list:
        """`found` with each portfolio minister of the chunk ('Petroleum Minister', 'Minister of
        Industry, Mine and Trade': titles.yaml `portfolios`) as a title of its own, written as the
        report gives it, in place of the bare 'Minister' inside it."""
        pattern = self.lex.patterns.get("_portfolio")
        if pattern is None:
            one = "(?:" + ("|".join(self.lex.dictionaries["titles"].get("portfolios", [])) or "(?!x)x") + ")"
            several = one + r"(?:,\s+" + one + r")*(?:,?\s+and\s+" + one + r")?"
            pattern = self.lex.patterns["_portfolio"] = re.compile(
                r"(?<![\w\-])(?:" + several + r"\s+Minister|Minister\s+(?:of|for)\s+(?:the\s+)?" + several + r")(?![\w\-])")
        spans = [(offset + m.start(), offset + m.end(), re.sub(r"\s+", " ", m.group(0))) for m in pattern.finditer(chunk)]
        if not spans:
            return found
        kept = [t for t in found if t[0] != "Minister" or not any(a <= t[1] and t[2] <= b for a, b, _ in spans)]
        return kept + [(title, a, b, False) for a, b, title in spans]

    def title_before(self, i: int, start: int) -> str | None:
        """The office (and rank) introducing a name that starts at `start`."""
        best = None
        titles = self.titles_in(i)
        starts, longest = self._title_starts[i]
        # only a title ending less than 60 characters before `start` can introduce it: those start
        # after start - 60 - the longest title (the titles are sorted by start)
        lo, hi = bisect_right(starts, start - 60 - longest), bisect_right(starts, start)
        self.probes += hi - lo
        for title, a, b, generic in titles[lo:hi]:
            gap = self.text[b:start]
            if not generic and b <= start and len(gap) < 60 and self.lex.patterns["title_gap"].fullmatch(gap):
                best = title
        rank = self._rank_before(i, start)
        if best and rank:
            return f"{best} ({rank})"
        return best or rank

    def _rank_before(self, i: int, start: int) -> str | None:
        """The rank (titles.yaml `ranks`, its name) written right before `start` in sentence i, only
        honorifics between ('Major General X', 'Lt Gen (retd) X'); the longest when several end there."""
        s = self.spans[i]
        lo = max(s.start, start - 40)
        rank = None
        # p["rank"] is `words` of every rank's phrases with the same flags: no match, no rank; searched in
        # the text itself, so a rank pattern's lookbehind sees an office's words before it ('Consul General')
        ranks = self.lex.patterns["rank_of"].items() if self.lex.patterns["rank"].search(self.text, lo, start) else ()
        for r, pat in ranks:
            m = None
            for m in pat.finditer(self.text, lo, start):
                pass
            if m and self.lex.patterns["rank_tail"].fullmatch(self.text, m.end(), start) \
                    and (rank is None or len(r) > len(rank)):
                rank = r
        return rank

    # -- finding -----------------------------------------------------------------------
    def find(self) -> "People":
        found = spellings_in(self.text, self.lex, self.spans)
        for i, s in enumerate(self.spans):
            chunk = self.text[s.start:s.end]
            taken = Taken()
            offices = [(a, b) for _, a, b, _ in self.titles_in(i)] + [(a, b) for _, a, b, side in self._lowercase_titles(i) if side]
            ceremonial = self.lex.patterns["ceremonial"].search(chunk) is not None
            others = []
            for a, b, actor in found[i]:
                if self._another_given_name(i, a, b, actor):
                    others.append((a, b))
                    continue  # 'Ali Bagheri Kani' is not Mohammad Bagheri: left to the titled-name rules
                taken.append((a - s.start, b - s.start))
                if not self.is_person(actor) and (ceremonial or self._affiliation(a, b, offices) or self._quoted(i, a)):
                    continue  # an office's service, an honour guard or a quoted source, not a body taking part
                self._add(i, actor, a, b)
            self._fuzzy(i, chunk, taken)
            self._fuzzy_full_names(i, chunk, taken)
            self._titled_strangers(i, chunk, taken)
            self._contradicted_names(i, chunk, taken, others)
            self.probes += taken.probes
        self._surnames()
        # actor -> lower-cased last word of their name: the people of the sentences read so far; those
        # named by a spelling (`spelt`) only after a rank or honorific (a gazetteer person has the
        # surnames curators listed as spellings: 'Bagheri' is one, a quoted ambassador's surname is not)
        last: dict[str, str] = {}
        spelt: set[str] = set()
        for i in range(len(self.spans)):
            self._office_surnames(i)
            self._later_surnames(i, last, spelt)
            self._offices(i)
            self._groups(i)
            self._pronoun_subject(i)
            self._rank_reference(i)
            self._side_reference(i)
            self._office_list_strangers(i)
            self._apposed_unsided_strangers(i)
            for x in self.mentions[i]:
                name = (self.lex.actors.get(x.actor_id) or self.new_actors.get(x.actor_id) or {}).get("name") or ""
                if x.named and x.actor_id in self.lex.actors:
                    spelt.add(x.actor_id)
                if self.is_person(x.actor_id) and len(name.split()) > 1:
                    last.setdefault(x.actor_id, name.split()[-1].lower())
        return self

    def _contradicted_names(self, i: int, chunk: str, taken: Taken, others: list[tuple[int, int]]) -> None:
        """A fuller name holding a gazetteer person's surname but other given names ('Syed X Y
        Naqvi' beside the gazetteer's Mohsin Naqvi) that no title rule read: a new person when a
        country word of the dyad stands in its noun phrase ('a Pakistani official, Syed X Y Naqvi'),
        and in any case its surname is kept so that the report's later bare 'Naqvi' is not the
        gazetteer person (`_surnames`)."""
        s = self.spans[i]
        for a, b in others:
            self._contradicted.append((a, self.text[a:b].lower()))
            if taken.holds(a - s.start):
                continue  # a title rule made the fuller name a person already
            run = next((r for r in _CAPITALISED.finditer(chunk) if r.start() <= a - s.start < r.end()), None)
            named = self._name_in_run(chunk, run.start(), run.end()) if run else None
            if named is None or not named[0] + len(named[1]) >= b - s.start:
                continue
            side = self.side_near(i, s.start + run.start(), s.start + run.start())
            if side in self.lex.dyad:
                self._stranger(i, named[1], s.start + named[0], side, self.title_before(i, s.start + named[0]), taken)

    def _another_given_name(self, i: int, a: int, b: int, actor: str) -> bool:
        """A one-word spelling of a gazetteer person (a surname: 'Bagheri') inside a longer name
        whose other words are none of that person's ('Ali Bagheri Kani') is someone else: a
        capitalised word right before it (not the sentence's first word, unless a name word also
        follows) or right after it that is no title, rank, honorific, place, country or calendar
        word and is no spelling word of the person (`_SAME_NAME_WORD`)."""
        if not self.is_person(actor) or re.search(r"[\s\-]", self.text[a:b].strip()):
            return False
        s = self.spans[i]
        run = _NAME_WORDS_BEFORE.search(self.text, max(s.start, a - 80), a)
        after = re.match(r"[ \t]+([A-Z]" + NAME_CHAR + r"+)", self.text[b:s.end])
        own = self._spelling_words(actor)
        after_other = after is not None and self._other_name_word(i, b + after.start(1), after.group(1), own)
        # any of up to three name words right before ('Bilal Raza Naqvi': 'Raza' is one of Mohsin
        # Raza Naqvi's, 'Bilal' is not), the sentence's first word only when a name word also follows
        before_other = run is not None and any(
            self._other_name_word(i, w.start(), w.group(0), own) and (w.start() > s.start or after is not None)
            for w in _NAME_WORD.finditer(self.text, run.start(), run.end()))
        return after_other or before_other

    def _other_name_word(self, i: int, at: int, word: str, own: set[str]) -> bool:
        """`word` (at `at`) could be a part of a person's name that is not one of `own`."""
        from rapidfuzz import fuzz

        low = word.lower()
        if low in self.lex.patterns["not_names"] or low in _CALENDAR or word in _CALENDAR or word.isupper() or word in self.lex.place_names \
                or self.lex.patterns["rank_or_honorific"].fullmatch(word.rstrip(".")) \
                or any(pat.fullmatch(word) for pat in self.lex.patterns["side"].values()) \
                or any(a <= at < b for _, a, b, _ in self.titles_in(i)):
            return False
        return all(fuzz.ratio(low, w) < _SAME_NAME_WORD for w in own)

    def _quoted(self, i: int, a: int) -> bool:
        """An organisation the report quotes ('according to the embassy', 'a spokesman for the
        ministry': titles.yaml `attribution`) is its source, not a party to the engagement."""
        before = self.text[max(self.spans[i].start, a - 60):a]
        return self.lex.patterns["attribution"].search(before) is not None

    def _affiliation(self, a: int, b: int, offices: list[tuple[int, int]]) -> bool:
        """An organisation spelled inside or against an office's name is whose office it is
        ('Chief of Staff of the Iranian Armed Forces', 'Pakistan Army Chief', 'Chief of the Army
        Staff of Pakistan Army'), not a participant of its own."""
        for x, y in offices:
            if a < y and x < b:
                return True
            if y <= a and _OF_GAP.fullmatch(self.text[y:a]):
                return True
        return False

    def _spelling_words(self, actor: str) -> set[str]:
        """The lower-cased words of every spelling of an actor (gazetteer aliases and name, or a
        new actor's name). A gazetteer actor's are the lexicon's alone: memoised per lexicon (round
        29, speed: asked ~17 times per report); callers only read the set."""
        listed = self.lex.actors.get(actor)
        memo = self.lex.patterns.setdefault("_spelling_words", {}) if listed else None
        if memo is not None and actor in memo:
            return memo[actor]
        names = [*self.lex.aliases.get(actor, []), (listed or self.new_actors.get(actor) or {}).get("name") or ""]
        found = {w for n in names for w in _SPELLING_SPLIT.split(n.lower()) if w}
        if memo is not None:
            bounded(memo)
            memo[actor] = found
        return found

    def _surnames(self) -> None:
        """A one-word spelling ('Zardari') that a gazetteer gives to one person is, in a report
        that has already named another person by a longer spelling holding that word ('Bilawal
        Bhutto-Zardari'), that other person, unless the report also names the first one in full."""
        full: dict[str, int] = {}   # actor -> offset of their first multi-word naming
        singles = []
        for ms in self.mentions:
            for m in ms:
                if not m.named:
                    continue
                if re.search(r"[\s\-]", self.text[m.span.start:m.span.end].strip()):
                    full.setdefault(m.actor_id, m.span.start)
                else:
                    singles.append(m)
        for m in singles:
            if self._resolve_ranked_single(m, full):
                continue
            if m.actor_id in full:
                continue
            word = self.text[m.span.start:m.span.end].lower()
            others = [a for a, at in full.items() if at < m.span.start and word in self._spelling_words(a)]
            if not others and any(at < m.span.start and w == word for at, w in self._contradicted):
                self.mentions[m.sentence].remove(m)  # 'Syed X Y Naqvi ... Naqvi said': not the gazetteer's Naqvi
                self._actors_in[m.sentence] = {x.actor_id for x in self.mentions[m.sentence]}
            elif len(others) == 1:
                self._actors_in[m.sentence].discard(m.actor_id)
                m.actor_id, m.side = others[0], self.lex.side_of(others[0], self.new_actors)
                self._actors_in[m.sentence].add(m.actor_id)
        self._naming = None

    def _resolve_ranked_single(self, m: Mention, full: dict[str, int]) -> bool:
        """Round 23: a one-word spelling after a rank or an honorific ('Mr Bagheri', 'General Bagheri')
        is resolved once for the report among every person it could be: those the report named in full
        before it whose names hold the word (`full`: actor -> offset of their first multi-word naming),
        and the gazetteer's owner of the spelling. Only those the rank or honorific fits stay
        (`_rank_fits`: a civilian's honorific never a rank-holder, a rank only its service's people):
        one left, the mention is theirs; none, nobody (the mention is dropped). True when decided
        here; False (nothing changed) without a rank or honorific, or when several fit."""
        before = self._ranked_before(m.sentence, m.span.start)
        if before is None or not self.is_person(m.actor_id):
            return False
        word = self.text[m.span.start:m.span.end].lower()
        could = [a for a, at in full.items() if at < m.span.start and word in self._spelling_words(a)]
        could += [] if m.actor_id in could else [m.actor_id]
        here = self.mentions[m.sentence]
        here.remove(m)  # its own rank must not make it fit itself (`_services` reads the report's mentions)
        fit = [a for a in could if self.is_person(a) and self._rank_fits(m.sentence, m.span.start, a, before)]
        if len(fit) > 1 or fit == [m.actor_id]:
            here.append(m)
            here.sort(key=lambda y: y.span.start)
            return len(fit) == 1
        if fit:
            m.actor_id, m.side, m.named = fit[0], self.lex.side_of(fit[0], self.new_actors), False
            here.append(m)
            here.sort(key=lambda y: y.span.start)
        else:
            self.refused.setdefault(m.sentence, set()).update(self.lex.side_of(a, self.new_actors) for a in could)
        self._actors_in[m.sentence] = {x.actor_id for x in here}
        return True

    def _later_surnames(self, i: int, last: dict[str, str], spelt: set[str]) -> None:
        """'Iran's Deputy Interior Minister Hossein Karimi arrived ... On Monday Karimi met ...': a
        capitalised word of an engagement sentence i (engagement.yaml triggers) that no rule has read
        is the person of an earlier sentence
        (named, or found by office) whose name ends in that word, or a transliteration of it
        ('Zolfaqari' for Zolfaghari), when exactly one person of `last` (actor -> surname) but those
        of `spelt` (gazetteer people named by a spelling) has such a surname; those too after a rank
        or an honorific ('Major General Mousavi' after 'Abdolrahim Mousavi', round 22), whose
        surname alone is no spelling when other people share it."""
        s = self.spans[i]
        if not last or not self.lex.patterns["any_engagement"].search(self.text, s.start, s.end):
            return  # elsewhere a bare surname is mostly a quote's speaker ('..., Rizvi said'), and the
            # 'He said that ... the visit of X' sentences after it would be made that speaker's (dev)
        unspelt = {a: w for a, w in last.items() if a not in spelt}
        for m in _SURNAME_WORD.finditer(self.text, s.start, s.end):
            if any(x.span.start <= m.start() < x.span.end for x in self.mentions[i]):
                continue
            ranked = self._ranked_before(i, m.start())
            owners = self._surname_owners(m.group(0), last if ranked or self._opens_sentence(i, m.start()) else unspelt)
            if len(owners) != 1 or owners[0] in self._actors_in[i] or not self._other_name_word(i, m.start(), m.group(0), set()):
                continue
            if self._other_given_before(i, m.start(), owners[0]):
                # 'Brigadier General Hadi Rostami' after 'Majid Rostami': a fuller name of someone else
                self.refused.setdefault(i, set()).add(self.lex.side_of(owners[0], self.new_actors))
                continue
            if self._refers_back(i, m.start(), m.end(), owners[0], ranked):
                # a gazetteer person's surname after a rank refers back to their naming: no new naming or title
                self._add(i, owners[0], m.start(), m.end(), named=owners[0] not in spelt, title=None)
            elif ranked:
                self.refused.setdefault(i, set()).add(self.lex.side_of(owners[0], self.new_actors))

    def _opens_sentence(self, i: int, pos: int) -> bool:
        """Round 30: whether `pos` is sentence i's first word. A surname there is the sentence's subject, the
        newswire's way of going on about a person named in full before ('Eskandar Momeni arrived ...
        Momeni met X'): a gazetteer person's too, whose surname alone is no listed spelling."""
        return not self.text[self.spans[i].start:pos].strip()

    def _office_surnames(self, i: int) -> None:
        """Round 24 (who24, M7): an office and a surname alone ('Prime Minister Sharif', 'PM Sharif',
        'Chief Minister Sharif') is the one person who holds that office and has that surname: a person
        the report gave the office before (or in) sentence i, or the office-holder table's holder on
        the sentence's days (`_holder`, as PETRARCH's date-restricted actor roles). The office decides
        among namesakes, not the order of mention: 'Prime Minister Sharif' after 'General Raheel
        Sharif' is Nawaz Sharif in 2015, Shehbaz Sharif in 2023. A mention another rule gave the
        word is replaced; with none or two such people, nothing changes. Review 24 (F8): an office
        told as former or 'then' is held at another time (`_office_fits`)."""
        own: dict[str, Counter] | None = None  # sentence i's titled people by word, kept as its mentions change
        ordered: list[Mention] = []  # the same mentions by start, and the longest one's length: what a word overlaps
        longest = 0
        for title, start, end, generic in self.titles_in(i):
            word = _SURNAME_WORD.match(self.text, end + 1) if self.text[end:end + 1] == " " else None
            if word is None or _SURNAME_WORD.match(self.text, word.end() + 1) or self._in_rank(start, end):
                continue  # no single capitalised word right after the office, or a longer name
            if own is None:
                own = {w: Counter(entries) for w, entries in self._titled_by_word(self.mentions[i]).items()}
                ordered = sorted(self.mentions[i], key=_start_of)
                longest = max((x.span.end - x.span.start for x in ordered), default=0)
            fits = self._office_fits(i, title, start, end, word.group(0).lower(), own)
            if len(fits) != 1:
                continue
            actor = fits.pop()
            here = self.mentions[i]
            near = ordered[bisect_left(ordered, word.start() - longest, key=_start_of):bisect_left(ordered, word.end(), key=_start_of)]
            old = [x for x in near if x.span.start < word.end() and word.start() < x.span.end]
            if any(x.actor_id == actor for x in old):
                continue
            for x in old:
                here.remove(x)
                ordered.remove(x)
                for w, entries in self._titled_by_word([x]).items():
                    own[w].subtract(entries)
            self._actors_in[i] = {x.actor_id for x in here}
            added = self._add(i, actor, start, word.end(), named=False, title=title)
            insort(ordered, added, key=_start_of)
            longest = max(longest, added.span.end - added.span.start)
            for w, entries in self._titled_by_word([added]).items():
                own.setdefault(w, Counter()).update(entries)
            here.sort(key=lambda y: y.span.start)

    def _office_fits(self, i: int, title: str, start: int, end: int, low: str, own: dict[str, Counter]) -> set[str]:
        """The people an office at text[start:end] of sentence i and the surname `low` after it may
        be (`_office_surnames`): those the report gave the office, and the office-holder table's. Review
        24 (F8): after a titles.yaml `office_former` word ('Former Prime Minister Sharif') the table's
        are those who held it before the report's day and not on it, unless the report gave the office
        to one of that surname (whom it named in full), and the day's holder is none of them; after an `office_then` word ('the then Prime Minister') the table's holder is that of the
        sentence's own dates, none when it has none. Several or none: no guess. `own`: sentence i's
        titled people by word (`_titled_by_word`, with counts, as its mentions change while read)."""
        side = self.side_near(i, start, end)
        words = self._office_words(title)
        told = self._titled_earlier(i).get(low, set()) | {e for e, n in own.get(low, Counter()).items() if n > 0}
        fits = {actor for actor, x_side, x_words in told if (side is None or x_side == side) and words <= x_words}
        before = self.text[max(self.spans[i].start, start - 20):start]
        day = self.published if isinstance(self.published, dt.date) else None
        if self.lex.patterns["office_former"].search(before):
            if day is None:
                return set()
            fits -= {self.lex.holder_during(title, side, ((day, day),))}  # the report's own first: named in full
            return fits or {a for a in self.lex.former_holders(title, side, day) if low in self._spelling_words(a)}
        if self.lex.patterns["office_then"].search(before) and day is not None and self._held_spans(i) == ((day, day),):
            return fits  # 'the then Prime Minister' with no date of its own: the table cannot say when
        holder = self._holder(title, side, i)
        if holder and low in self._spelling_words(holder):
            fits.add(holder)
        return fits

    def _titled_earlier(self, i: int) -> dict[str, set[tuple[str, str | None, frozenset[str]]]]:
        """The titled people of sentences before i, by each word of their spellings: lower-cased word ->
        {(actor, side, office words)} (`_office_fits`; a person told again with the same office is one entry). Built once per report, a sentence at a time as the
        second pass of `find` leaves it (that pass changes only the sentence it reads, so an earlier
        sentence's mentions are final), so asking of every sentence costs the report's length, not its
        square (issue 16). Asked of an earlier sentence than before, the index is rebuilt up to it."""
        index, done = self._cache.get("_titled_earlier", ({}, 0))
        if done > i:
            index, done = {}, 0
        for j in range(done, i):
            for word, entries in self._titled_by_word(self.mentions[j]).items():
                index.setdefault(word, set()).update(entries)
        self._cache["_titled_earlier"] = (index, i)
        return index

    def _titled_by_word(self, mentions: list[Mention]) -> dict[str, list[tuple[str, str | None, frozenset[str]]]]:
        """Of `mentions`, the titled people as (actor, side, office words) under each word of their spellings."""
        by_word: dict[str, list[tuple[str, str | None, frozenset[str]]]] = {}
        for x in mentions:
            if x.title and self.is_person(x.actor_id):
                entry = (x.actor_id, x.side, frozenset(self._office_words(office_of(x.title))))
                for word in self._spelling_words(x.actor_id):
                    by_word.setdefault(word, []).append(entry)
        return by_word

    def _other_given_before(self, i: int, start: int, actor: str) -> bool:
        """Round 23: the surname at `start` of sentence i ends a fuller name whose other words are none of
        `actor`'s ('Colonel Aamir Siddiqi' after 'Khalid Siddiqi'): one of up to three capitalised words
        right before it is a name word (`_other_name_word`: no rank, honorific, title, place, country or
        calendar word) that no spelling of the actor holds, and the word right before is no rank or honorific. Two people of one surname stay two."""
        s = self.spans[i]
        run = _NAME_WORDS_BEFORE.search(self.text, max(s.start, start - 80), start)
        if run is None or self._ranked_before(i, start) is not None:
            return False  # a rank or honorific right before ('Vice Admiral Niazi'): no given name between
        own = self._spelling_words(actor)
        return any(w.start() > s.start and self._other_name_word(i, w.start(), w.group(0), own)
                   for w in _NAME_WORD.finditer(self.text, run.start(), run.end()))

    def _ranked_before(self, i: int, start: int) -> str | None:
        """The word right before `start` in sentence i when it is a rank or an honorific (titles.yaml
        `ranks`, `honorifics`: 'Admiral Niazi', 'Mr Khattak', 'Gen. Bajwa'): a surname so written
        refers to a person, not a place or a thing. None otherwise."""
        s = self.spans[i]
        word = _WORD_BEFORE.search(self.text, max(s.start, start - 40), start)
        return word.group(1) if word is not None and self.lex.patterns["rank_or_honorific"].fullmatch(
            self.text, word.start(1), word.end(1)) else None  # in the text: not 'General' of 'Consul General'

    def _refers_back(self, i: int, start: int, end: int, actor: str, before: str | None) -> bool:
        """Review22 (M1): whether the surname at text[start:end] of sentence i may be the earlier
        person `actor`: the rank or honorific `before` it fits them (`_rank_fits`), and an office
        apposed right after it ('Major General Khan, the director general of military operations')
        is one of theirs (`_office_fits_earlier`). Otherwise it is another person, whom other rules
        may read (a new official) or nobody."""
        if before is not None and not self._rank_fits(i, start, actor, before):
            return False
        office = self._office_after(i, end)
        return office is None or self._office_fits_earlier(i, start, end, actor, office)

    def _rank_fits(self, i: int, start: int, actor: str, before: str) -> bool:
        """A rank before a surname fits a person of one of its services (titles.yaml `rank_services`,
        `office_services`: `_services`), an honorific a civilian has (`civilian_honorifics`: a person
        of no service); other honorifics ('Syed', 'H.E.') fit anyone."""
        rank = self._rank_before(i, start)
        services = self._services(i, actor)
        if rank is not None:
            wanted = self.lex.patterns["rank_services"].get(rank, set())
            return "all" in services or bool(wanted & services)
        if self.lex.patterns["civilian_honorific"].fullmatch(before):
            # calls25b: the rank the office-holder table brackets after a civilian office ('Interior
            # Minister (Brigadier General)') is no sign against 'Mr': a newspaper writes 'Mr Vahidi'
            return not self._told_services(i, actor)
        return True

    def _services(self, i: int, actor: str) -> set[str]:
        """The services of the ranks the person was named with before sentence i ends (`_told_ranks`)
        or that the office-holder table brackets after an office they hold that day (`_table_ranks`),
        or, with none, of the offices they hold that day or the report gave them. Empty: a civilian,
        as far as the report and the table tell."""
        ranks, offices = self._told_ranks(i, actor)
        return self._services_of(ranks | self._table_ranks(actor), offices)

    def _told_services(self, i: int, actor: str) -> set[str]:
        """`_services` as the report tells them: the ranks the table brackets after a civilian office
        ('Interior Minister (Brigadier General)') left out."""
        return self._services_of(*self._told_ranks(i, actor))

    def _told_ranks(self, i: int, actor: str) -> tuple[set[str], set[str]]:
        """(ranks, offices): the ranks the person was named with before sentence i ends (before their
        naming or inside its spelling: 'Admiral Muhammad Amjad Khan Niazi'; in the titles the report
        gave them), and the offices they hold on the report's day or the report gave them."""
        ranks, offices = set(), set(self.lex.offices_held(actor, self.published))
        for j in range(i + 1):
            for x in self.mentions[j]:
                if x.actor_id != actor:
                    continue
                inside = [r for r, pat in self.lex.patterns["rank_of"].items() if pat.match(self.text, x.span.start)]
                ranks.update([*inside, *filter(None, [self._rank_before(j, x.span.start)])])
                if x.title:
                    offices.add(re.sub(r" \(.*\)$", "", x.title))
                    ranks.add(x.title.rsplit("(", 1)[-1].rstrip(")") if "(" in x.title else x.title)
        return ranks, offices

    def _table_ranks(self, actor: str) -> set[str]:
        """The ranks the office-holder table brackets after an office the person holds on the report's
        day ('Chief of Army Staff (Field Marshal)'); empty without a day."""
        return {p.office.split("(", 1)[1].rstrip(") ") for p in self.lex.positions
                if p.actor_id == actor and self.published and (p.start is None or p.start <= self.published)
                and (p.end is None or self.published <= p.end) and "(" in p.office}

    def _services_of(self, ranks: set[str], offices: set[str]) -> set[str]:
        """The services of `ranks` (titles.yaml `rank_services`), else of `offices` (`office_services`)."""
        known = {sv for r in ranks for sv in self.lex.patterns["rank_services"].get(r, set())}
        if known:
            return known
        return {sv for o in offices for sv, pat in self.lex.patterns["office_service"] if pat.search(o)}

    def _office_after(self, i: int, end: int) -> str | None:
        """The office apposed right after a name ending at `end` in sentence i (', the director general
        of military operations', ", Pakistan's naval chief"): titles.yaml `apposed_offices` or a title
        of `titles`, as written; None without one."""
        gap = _TITLE_AFTER_GAP.match(self.text, end, self.spans[i].end)
        if gap is None:
            return None
        office = self.lex.patterns["apposed_office"].match(self.text, gap.end(), self.spans[i].end)
        if office is not None:
            return office.group(0)
        title = self.lex.patterns["title_scan"].match(self.text, gap.end(), self.spans[i].end)
        return title.group(0) if title is not None else None

    def _office_fits_earlier(self, i: int, start: int, end: int, actor: str, office: str) -> bool:
        """Whether an office apposed to a surname may be the earlier person's: it fits them by the
        office-holder table (`_fits_office`), or its words are among those of a title the report gave them."""
        mention = Mention(actor, self.lex.side_of(actor, self.new_actors), i, Span(start, end), named=False)
        if self._fits_office(mention, self.text[start:end], office):
            return True
        words_ = self._office_words(office)
        return any(words_ <= self._office_words(office_of(x.title))
                   for j in range(i + 1) for x in self.mentions[j] if x.actor_id == actor and x.title)

    @staticmethod
    def _surname_owners(word: str, last: dict[str, str]) -> list[str]:
        """The actors of `last` (actor -> lower-case surname) whose surname `word` is: the same word,
        or (six letters or more) a transliteration of it, RapidFuzz ratio >= 80, looser than the
        gazetteer's 85 because only the report's own people are compared ('Zolfaqari' is 84 off
        'Zolfaghari'). One RapidFuzz pass over `last` (round 22, review N5: a Python call per earlier
        person made a report of many people quadratic in its slowest part)."""
        from rapidfuzz import fuzz, process

        low = word.lower()
        cutoff = 80 if len(low) >= 6 else 100  # ratio 100 is the same word
        return [actor for _, _, actor in process.extract(low, last, scorer=fuzz.ratio, processor=None,
                                                            score_cutoff=cutoff, limit=None)]

    def _pronoun_subject(self, i: int) -> None:
        """'He held talks with his counterpart': a sentence opening with 'He' or 'She' and naming
        nobody before its verb is about the person the sentence before opened with (its subject).
        Round 29: so is a way home after a short lead ('Later, he left for Islamabad': lexicon
        `pronoun_homeward`), whose traveller `candidates._way_home` reads; not the report's first name."""
        s = self.spans[i]
        m = _PRONOUN_SUBJECT.match(self.text, s.start, s.end) or self.lex.patterns["pronoun_homeward"].match(self.text, s.start, s.end)
        at = (m.start(1), m.end(1)) if m else self._pronoun_after_fronted_date(i)
        if not at or i == 0 or any(x.span.start < at[1] + 1 for x in self.mentions[i]):
            return
        j = self._subject_sentence(i - 1)
        before = [x for x in self.mentions[j] if self.is_person(x.actor_id)] if j is not None else []
        if before:
            speakers = [x for x in before if self._speaker(j, x)]
            subject = min(speakers or before, key=lambda x: x.span.start)
            self.mentions[i].insert(0, Mention(subject.actor_id, subject.side, i, Span(*at), subject.title, named=False))

    def _subject_sentence(self, j: int) -> int | None:
        """The sentence whose first person a pronoun opening sentence j + 1 is about: j, or, when j's own
        subject is a 'he' no rule read before its first person ('Z arrived ... At the ministry he met X.
        He was later received by Y'), the one before it, once; X, j's object, is never the referent
        (review29). None when that sentence too has an unread pronoun subject."""
        for k in (j, j - 1):
            people = [x for x in self.mentions[k] if self.is_person(x.actor_id)] if k >= 0 else []
            if not people:
                return None if k < j else j
            if not self._unread_pronoun_before(k, min(x.span.start for x in people)):
                return k
        return None

    def _unread_pronoun_before(self, i: int, first: int) -> bool:
        """Whether sentence i has a subject pronoun ('he', 'she') no rule resolved before its first
        person at text offset `first`: that sentence's subject is then not its first name (review29)."""
        return _BARE_PRONOUN.search(self.text, self.spans[i].start, first) is not None

    def _pronoun_after_fronted_date(self, i: int) -> tuple[int, int] | None:
        """calls25b: 'On 3 October he spoke by telephone with ...', 'Late on Tuesday, she phoned ...': a
        sentence telling a call (engagement.yaml `phone`) that opens with a date (at most two words
        before it) and then 'he' or 'she' is about the subject of the sentence before, as one opening
        with 'He'. The text offsets of the pronoun."""
        s = self.spans[i]
        head = self.text[s.start:min(s.end, s.start + 60)]
        if _FRONTED_PRONOUN_NEAR.search(head) is None or self.lex.patterns["phone"].search(self.text, s.start, s.end) is None:
            return None  # a call's sentence only: elsewhere a chain of pronouns carries a wrong referent on (probes12 p12-28)
        for cue in date_cues(head, self.published, False):
            after = _FRONTED_PRONOUN.match(head, cue.span[1])
            if _FRONTED_LEAD.fullmatch(head, 0, cue.span[0]) and after:
                return s.start + after.start(1), s.start + after.end(1)
        return None

    def _rank_reference(self, i: int) -> None:
        """'On Monday the admiral was received by ...': 'the' and a rank noun (titles.yaml
        `rank_references`) refer back to the one person of earlier sentences whose rank has that
        noun and who is not named in sentence i; with none, or two such people, nobody. The
        earlier sentences' titled people are kept as the report is read (`TitledSoFar`), each
        sentence added once: linear in the report's length (review16: a scan per reference)."""
        pattern = self.lex.patterns.get("_rank_reference")
        if pattern is None:
            nouns = self.lex.dictionaries["titles"].get("rank_references") or []
            pattern = self.lex.patterns["_rank_reference"] = re.compile(
                r"(?<![\w\-])[Tt]he\s+(" + ("|".join(map(_either_initial, nouns)) or "(?!x)x") + r")(?![\w\-])")
        s = self.spans[i]
        if i == 0:
            self._titled_so_far = TitledSoFar()
        while self._titled_so_far.sentences < i:  # the sentences before i, whole now they are read
            self._titled_so_far.add(self.mentions[self._titled_so_far.sentences])
        for m in pattern.finditer(self.text, s.start, s.end):
            x = self._titled_so_far.one_with(m.group(1).lower(), self._actors_in[i])
            if x is not None:
                self.mentions[i].append(Mention(x.actor_id, x.side, i, Span(m.start(), m.end()), x.title, named=False))
                self.mentions[i].sort(key=lambda y: y.span.start)
                self._actors_in[i].add(x.actor_id)

    def _side_reference_pattern(self) -> re.Pattern:
        """'the (visiting) Iranian (police) chief': titles.yaml `side_references` after a dyad side's
        adjective (places.yaml `demonyms`); group 1 the adjective, group 2 the noun. Built once."""
        pattern = self.lex.patterns.get("_side_reference")
        if pattern is None:
            refs = self.lex.dictionaries["titles"].get("side_references") or {}
            nouns = [*refs.get("offices", []), *refs.get("commands", []), *refs.get("anyone", [])]
            demonyms = self.lex.dictionaries["places"].get("demonyms", {})
            adjectives = [w for iso in self.lex.dyad for w in demonyms.get(iso, [])]
            pattern = self.lex.patterns["_side_reference"] = re.compile(
                r"(?<![\w\-])[Tt]he\s+(?:visiting\s+)?(" + (alternation(adjectives) or "(?!x)x") + r")\s+(?:[a-z]+\s+){0,2}?("
                + (alternation(nouns) or "(?!x)x") + r")(?![\w\-])")
        return pattern

    def _side_reference(self, i: int) -> None:
        """'The Iranian minister returned to Tehran': 'the', a side's adjective and a noun no title
        reads (titles.yaml `side_references`) is the one person of that side named in earlier
        sentences whom the noun fits (`_fits_reference`), not named in sentence i. Round 29
        (losses29): such a subject was nobody, and a departure or meeting took a wrong stand-in."""
        if i == 0:
            self._sided_so_far = SidedSoFar()
        while self._sided_so_far.sentences < i:
            self._sided_so_far.add(self.mentions[self._sided_so_far.sentences], self.is_person)
        s = self.spans[i]
        for m in self._side_reference_pattern().finditer(self.text, s.start, s.end):
            if self._read_there(i, m.start(), m.end()) or self._name_follows(i, m.end()):
                continue  # an office a title reads, or a title before a name ('the Iranian commander, General X')
            side = next((iso for iso in self.lex.dyad
                         if m.group(1) in self.lex.dictionaries["places"].get("demonyms", {}).get(iso, [])), None)
            earlier = self._sided_so_far.of_side(side, self._actors_in[i]) if side else []
            fit = [x for x in earlier if self._fits_reference(x, m.group(2))]
            x = fit[0] if len(fit) == 1 and (len(earlier) == 1 or len(fit) < len(earlier)) else None
            if x is not None:
                self.mentions[i].append(Mention(x.actor_id, x.side, i, Span(m.start(), m.end()), x.title, named=False))
                self.mentions[i].sort(key=lambda y: y.span.start)
                self._actors_in[i].add(x.actor_id)

    def _read_there(self, i: int, start: int, end: int) -> bool:
        """A mention or a title of sentence i overlaps start:end."""
        return any(x.span.start < end and start < x.span.end for x in self.mentions[i]) \
            or any(a < end and start < b for _, a, b, _ in self.titles_in(i))

    def _fits_reference(self, x: Mention, noun: str) -> bool:
        """Whether `noun` of a side reference can be person x: an `anyone` noun, no title, a `commands`
        noun and a title that is only a rank, or a title holding the noun or a word of its `office_synonyms` group."""
        refs = self.lex.dictionaries["titles"].get("side_references") or {}
        if noun in refs.get("anyone", []) or not x.title:
            return True
        if noun in refs.get("commands", []) and self.lex.patterns["rank_or_honorific"].fullmatch(x.title):
            return True
        synonym = self.lex.patterns["office_synonym"]
        return synonym.get(noun, noun) in {synonym.get(w, w) for w in re.findall(r"[a-z]+", x.title.lower())}

    def _speaker(self, i: int, mention: Mention) -> bool:
        """The mention is who a sentence quotes: named after a speech verb ('..., said Interior
        Secretary X while talking to newsmen'), its title and honorifics between. 'He said' in the
        sentence after is that speaker speaking on, not the sentence's first-named person."""
        s = self.spans[i]
        before = self.text[max(s.start, mention.span.start - 80):mention.span.start]
        m = self.lex.patterns["said_before"].search(before)  # titles.yaml `inverted_speech`
        return m is not None and self.lex.patterns["title_gap"].fullmatch(_strip_titles(self, before[m.end():])) is not None

    def _add(self, i: int, actor: str, start: int, end: int, named: bool = True, title: str | None = None) -> Mention:
        side = self.lex.side_of(actor, self.new_actors)
        if title is None and named:
            title = self.title_before(i, start) or self._title_after(i, end)
        mention = Mention(actor, side, i, Span(start, end), title, named)
        self.mentions[i].append(mention)
        self._actors_in[i].add(actor)
        self._naming = None
        if title and named:
            bare = re.sub(r" \(.*\)$", "", title)
            self.title_holder.setdefault((bare, side), actor)
        return mention

    def _title_after(self, i: int, end: int) -> str | None:
        """The office given right after a name as an appositive ('X, the President-elect,', "X,
        Iran's president-elect.", 'X, President-elect of Iran'): only a title the name's comma
        opens and a comma, the sentence's end or 'of <country>' closes ('X, President Y and Z',
        'X, Deputy Secretary of Interior Y' list names: no title)."""
        for title, a, b, generic in self.titles_in(i):
            if a < end:
                continue
            close = _TITLE_AFTER_END.match(self.text, b, self.spans[i].end) \
                or any(pat.match(self.text, b, self.spans[i].end) for pat in self.lex.patterns["side_after"].values())
            if not generic and close and _TITLE_AFTER_GAP.fullmatch(self.text, end, a):
                return title
            break
        return None

    def _fuzzy(self, i: int, chunk: str, taken: Taken) -> None:
        """A surname one letter off a gazetteer spelling ('Raeesi', 'Karimzadah'); never a word
        that is a place's name."""
        if not self.lex.fuzzy_choices:
            return
        s = self.spans[i]
        verdicts = self.lex.patterns.setdefault("_fuzzy_word", {})  # word -> its near spelling or None
        for m in _LONG_WORD.finditer(chunk):
            word = m.group(0)
            if word in verdicts:
                hit = verdicts[word]
                if hit is None or taken.holds(m.start()):
                    continue
            else:
                if taken.holds(m.start()):
                    continue
                bounded(verdicts)
                if word.lower() in self.lex.patterns["not_names"] or word in self.lex.place_names:
                    hit = verdicts[word] = None  # a place is not a misspelt person ('Karachi' is one letter off no one)
                    continue
                hit = verdicts[word] = _near_spelling(self.lex, word.lower())
            if hit and not self._another_given_name(i, s.start + m.start(), s.start + m.end(), self.lex.alias_owner[hit]) \
                    and not self._across_sides(i, s.start + m.start(), s.start + m.end(), self.lex.alias_owner[hit]):
                self._add(i, self.lex.alias_owner[hit], s.start + m.start(), s.start + m.end())
                taken.append(m.span())

    def _across_sides(self, i: int, start: int, end: int, actor: str) -> bool:
        """Whether a near spelling at text[start:end] of sentence i would give `actor` a name the text
        gives another side: a country word in the name's noun phrase, before it or before the office
        right before it ("Iran's Consul General Mohammad Rafiei" is no Pakistani 'Mohammad Rafi';
        `side_near`), names a side of the dyad that is not the actor's. A spelling one letter off is a
        guess; the side the text states is a fact."""
        side = self.lex.side_of(actor, self.new_actors)
        if side is None:
            return False
        for _, t0, t1, _ in self.titles_in(i):
            if t1 <= start and not self.text[t1:start].strip(" ,"):  # 'Consul General X': the office's phrase
                start = t0
                break
        told = self.side_near(i, start, end)
        return told is not None and told in self.lex.dyad and told != side

    def _fuzzy_full_names(self, i: int, chunk: str, taken: Taken) -> None:
        """'Abdul Rahim Mousavi' for the gazetteer's 'Abdolrahim Mousavi', 'Ayaz Sadegh' for 'Ayaz
        Sadiq': two to four capitalised words no rule has read, ending in the last word of a
        person's multi-word spelling, whose letters (spaces dropped) are that spelling's within
        RapidFuzz ratio 90, both compared after transliteration folding (`Lexicon.folded`)."""
        by_last = self.lex.patterns.get("_spellings_by_last")
        if by_last is None:
            by_last = self.lex.patterns["_spellings_by_last"] = {}
            for spelling, actor in self.lex.alias_owner.items():
                parts = spelling.split()
                if len(parts) > 1 and self.lex.is_person(actor):
                    key = self.lex.folded(spelling)
                    by_last.setdefault(key.split()[-1], []).append((key.replace(" ", ""), actor))
        s = self.spans[i]
        for run in self.lex.patterns["name_run"].finditer(chunk):
            spans = [w.span() for w in _NON_SPACE.finditer(chunk, run.start(), run.end())]
            if len(spans) < 2 or taken.overlaps(*run.span()):
                continue
            hit = self._full_name_hit(chunk, spans, by_last)
            if hit is not None and not self._across_sides(i, s.start + hit[0][0], s.start + hit[0][1], hit[1]) \
                    and not self._unfit_title(i, s.start + min(hit[0][0], run.start()), hit[1]):
                (a, b), actor = hit
                self._add(i, actor, s.start + a, s.start + b)
                taken.append((a, b))

    def _unfit_title(self, i: int, start: int, actor: str) -> bool:
        """Round 29: whether the office written right before a near spelling at `start` ('Iran's deputy
        foreign minister Ahmed X') is none of those the office-holder table gives `actor` on the
        report's day: a spelling one letter off is a guess, the office a fact (two officials' names
        may be that close). False without a day, an office, a row that day, or after 'former'/'then'."""
        office = self._office_before(i, start)
        held = self.lex.offices_held(actor, self.published) if office and isinstance(self.published, dt.date) else set()
        return bool(held) and not any(self._office_words(office) <= self._office_words(h) for h in held)

    def _office_before(self, i: int, start: int) -> str | None:
        """The office written right before `start` in sentence i (white space between): the titles
        table's title, or the lowercase office as written (titles.yaml `apposed_offices`: 'deputy
        foreign minister') when it begins earlier; None without one or after an `office_former` or
        `office_then` word (a past office is no fact of the day)."""
        s = self.spans[i]
        found = [(a, title) for title, a, b, _ in self.titles_in(i) if b <= start and self._only_marks(b, start)]
        found += [(m.start(), m.group(0)) for m in self.lex.patterns["apposed_office"].finditer(self.text, max(s.start, start - 60), start)
                  if self._only_marks(m.end(), start)]
        if not found:
            return None
        at, office = min(found)
        before = self.text[max(s.start, at - 20):at]
        if self.lex.patterns["office_former"].search(before) or self.lex.patterns["office_then"].search(before):
            return None
        return office

    def _only_marks(self, a: int, b: int) -> bool:
        """Round 31: whether text[a:b] holds only white space, a comma and honorifics: the office before
        a name set off by a comma ('the head of the judiciary, Ayatollah X') is still that name's."""
        gap = self.lex.patterns["honorific"].sub(" ", self.text[a:b])
        return not gap.replace(",", " ").strip() and gap.count(",") <= 1

    def _full_name_hit(self, chunk: str, spans: list[tuple[int, int]], by_last: dict) -> tuple[tuple[int, int], str] | None:
        """The longest window of two to four words of `spans` whose last word ends a gazetteer spelling
        and whose letters are that spelling's (ratio >= 90), with its actor; None without one."""
        from rapidfuzz import fuzz

        for k in range(len(spans) - 1, 0, -1):
            candidates = by_last.get(self.lex.folded(chunk[spans[k][0]:spans[k][1]]))
            for n in range(min(4, k + 1), 1, -1) if candidates else ():
                a, b = spans[k - n + 1][0], spans[k][1]
                compact = self.lex.folded(chunk[a:b]).replace(" ", "")
                best = max(((fuzz.ratio(compact, c), actor) for c, actor in candidates), default=(0, None))
                if best[0] >= 90:
                    return (a, b), best[1]
        return None

    def _titled_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'Interior Minister Mohsin Naqvi': a titled name not in the gazetteer becomes a new actor
        (its side from a country word of the title's phrase). A title without one ('Foreign
        Secretary X and Iranian Deputy Foreign Minister Y') is, in a sentence whose other people
        are all of one side of the dyad, the other side's: a reporter leaves their own country's
        offices unmarked and marks the guest's."""
        s = self.spans[i]
        unsided = []
        for title, t_start, t_end, generic in self.titles_in(i):
            if self._in_rank(t_start, t_end):
                continue  # 'Air Chief' of 'Air Chief Marshal X': a rank's words, the rank anchor reads the name
            if not generic and self._service_then_name(i, chunk, t_end - s.start, title, taken):
                continue  # 'Chief of the Air Staff, Pakistan Air Force, Air Marshal X,': read (or nobody, of a third country's service)
            named = self._name_after(chunk, t_end - s.start) if not generic else self._name_between_commas(chunk, t_end - s.start)
            slot = generic and named is None
            named = self._name_after(chunk, t_end - s.start) if slot else named
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue  # no name, or a name (or part of one) already found
            at, full = named
            cut = self._body_opening_name(s.start + at, full)
            at, full = at + cut, full[cut:]
            if self._third_party_head(i, t_start):
                continue  # 'the Turkish side was led by Foreign Minister X': a third country's head, nobody of the dyad
            if self._phrase_side(t_end, s.start + at) == "third" or self.lex.patterns["third_party"].match(self.text, s.start + at):
                continue  # 'Director General Afghan Intelligence (Lt Gen) X': the office of a third country's body
            side = self.side_near(i, t_start, t_end) or self._side_within(t_start, t_end) \
                or self._body_before_name(t_end, s.start + at) or self._province_possessive_side(i, t_start) or self._listed_side(i, t_start) or self._companion_side(i, t_start) \
                or self._one_side_office(i, t_start, t_end)
            if slot and side is None:
                continue  # "Pakistan's army chief Gen. X" is X; a generic office of no side names nobody ('acting foreign minister X')
            if side is not None:
                self._stranger(i, full, s.start + at, side, self._office_with_rank(i, s.start + at, title), taken)
            elif not self.third_party_before(i, t_start):
                unsided.append((title, at, full, t_start))
        self._deputy_strangers(i, chunk, taken)
        self._appositive_strangers(i, chunk, taken)
        self._lowercase_title_strangers(i, chunk, taken)
        self._apposed_office_strangers(i, chunk, taken)
        self._institution_run_strangers(i, chunk, taken)
        self._unit_head_strangers(i, chunk, taken)
        self._place_command_strangers(i, chunk, taken)
        self._counterpart_strangers(i, chunk, taken)
        self._anchored_strangers(i, chunk, taken)
        before = [m for m in self.mentions[i] if self.is_person(m.actor_id)]  # the people read before this listing's names
        for title, at, full, t_start in unsided:
            side = self._other_side_of_sentence(i) or self._side_across_meeting(i, s.start + at, before)
            if side is not None and not taken.overlaps(at, at + len(full)):
                self._stranger(i, full, s.start + at, side, self._office_with_rank(i, s.start + at, title), taken)
            elif side is None and not self._demonym_before(i, t_start):
                self._unsided.setdefault(i, []).append((title, s.start + at, full))

    def _body_opening_name(self, at: int, full: str) -> int:
        """How many characters of the name run `full` (at text offset `at`) are a body of one side
        written between office and name with no rank to end it ('Director General Anti-Narcotics Force
        A B': the run read 'Anti-Narcotics Force A B'), up to the next word; 0 when the run opens with no
        sides.yaml institution or what is left is no full name (review30)."""
        self._complement_side(at, at, at)  # compiles the institutions' patterns once
        for pattern in self.lex.patterns["_institution_at"].values():
            m = pattern.match(self.text, at, at + len(full))
            if m is not None:
                rest = full[m.end() - at:]
                cut = len(full) - len(rest.lstrip())
                return cut if len(rest.split()) >= 2 else 0
        return 0

    def _body_before_name(self, t_end: int, at: int) -> str | None:
        """Round 30: the side of the body written between an office and its holder's name, 'of' left out
        as a press release does ('Director General Anti-Narcotics Force Major General X'): a country word
        or a sides.yaml institution there (`_phrase_side`), None without one, with both or a third country's,
        or across a comma ('Chief of the Air Staff, Pakistan Air Force, at ...': a service set off, no name)
        or after a preposition ('Ambassador to Pakistan X': a posting's complement, not the holder's body)."""
        if "," in self.text[t_end:at] or _POSTING.match(self.text, t_end):
            return None
        side = self._phrase_side(t_end, at) or self._province_between(t_end, at)
        return side if side in self.lex.dyad else None

    def _province_between(self, t_end: int, at: int) -> str | None:
        """Round 31: 'Governor Balochistan Nawab X': the side of the one province of places.yaml
        `provinces` written between an office and its holder's name, 'of' left out (honorifics may
        follow it); None otherwise."""
        pattern, side_of = self._provinces()
        m = pattern.search(self.text, t_end, at)
        if m is None or self.text[t_end:m.start()].strip():
            return None
        return side_of[m.group(0)] if self._only_marks(m.end(), at) else None

    def _deputy_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """"Iran's interior minister and his deputy, X": a name right after an office and titles.yaml
        `office_deputy` is the deputy's, a new person of the office's side (a country word in the
        office's phrase) titled 'Deputy <office>'; the office's holder is not named there."""
        s = self.spans[i]
        deputy = self.lex.patterns["office_deputy"]
        for title, t_start, t_end, _ in self.titles_in(i):
            m = deputy.match(self.text, self._holder_end(i, t_end), s.end)
            side = self.side_near(i, t_start, t_end)
            if m is None or side not in self.lex.dyad or self._third_party_head(i, t_start):
                continue
            for at, full in self._deputies_named(chunk, m.end() - s.start, m.group(0).lower().endswith("ies")):
                if not taken.overlaps(at, at + len(full)):
                    self._stranger(i, full, s.start + at, side, "Deputy " + re.sub(r"^Deputy ", "", title), taken)

    def _holder_end(self, i: int, t_end: int) -> int:
        """Round 30: the end of the name written right after an office ending at `t_end` ('Interior
        Minister X and his deputy, Y': X, the holder, read before), else `t_end`: a deputy phrase follows
        either the office or its named holder."""
        return next((x.span.end for x in self.mentions[i]
                     if x.named and x.span.start > t_end and not self.text[t_end:x.span.start].strip()), t_end)

    def _deputies_named(self, chunk: str, rel: int, plural: bool) -> list[tuple[int, str]]:
        """(offset in chunk, name) of the names after a deputy phrase ending at `rel`: the first, and with
        'deputies' each next one joined by a comma or 'and' ('his deputies, A and B')."""
        found: list[tuple[int, str]] = []
        named = self._name_after(chunk, rel)
        while named is not None:
            found.append(named)
            joint = _NEXT_IN_LIST.match(chunk, named[0] + len(named[1])) if plural else None
            named = self._name_after(chunk, joint.end()) if joint else None
        return found

    def _lowercase_titles(self, i: int) -> list[tuple[str, int, int, str]]:
        """(title, start, end, side) of each lowercase office after a comma in sentence i
        (titles.yaml `after_name`: ', commander of Iran's border guards') whose complement, opened by
        'of' or 'at', names one side of the dyad at its start ("Iran's", 'the Levies') or inside its
        capitalised name ('the General Staff of Iran's Armed Forces'), else None ('head of the
        ministry's department'); start and end span the office and its complement."""
        key = ("lowercase_titles", i)
        if key in self._cache:
            return self._cache[key]
        pattern = self.lex.patterns.get("_after_name")
        if pattern is None:
            heads = self.lex.dictionaries["titles"].get("after_name", []) or ["(?!x)x"]
            pattern = self.lex.patterns["_after_name"] = re.compile(
                r",\s+(?:the\s+)?(" + "|".join(heads) + r")\s+(?:of|at)\s+(?:the\s+)?")
        s, found = self.spans[i], []
        for m in pattern.finditer(self.text, s.start, s.end):
            run = _COMPLEMENT.match(self.text, m.end(), s.end)
            side = self._complement_side(m.end(), run.end() if run else m.end(), s.end)
            small = self.lex.patterns["title_lowercase"]
            words_ = [w if w in small else w[:1].upper() + w[1:] for w in m.group(1).split()]
            found.append((" ".join(words_), m.start(1), run.end() if run else m.end(), side))
        self._cache[key] = found
        return found

    def _complement_side(self, start: int, run_end: int, end: int) -> str | None:
        """The one side of the dyad a title's complement starting at `start` belongs to: a country
        word or an institution of that side right at its start, else a country word inside its
        capitalised name (text[start:run_end])."""
        institutions = self.lex.patterns.get("_institution_at")
        if institutions is None:
            institutions = self.lex.patterns["_institution_at"] = {
                iso: re.compile(r"(?:" + "|".join(re.escape(w) for w in ws) + r")(?![\w\-])")
                for iso, ws in self.lex.dictionaries["sides"].get("institutions", {}).items() if iso in self.lex.dyad}
        sides = {iso for iso in self.lex.dyad
                 if self.lex.patterns["side"][iso].match(self.text, start, end)
                 or (iso in institutions and institutions[iso].match(self.text, start, end))}
        if not sides:
            sides = {iso for iso in self.lex.dyad if self.lex.patterns["side"][iso].search(self.text, start, run_end)}
        if not sides:
            return self._owner_side(start, end)
        return sides.pop() if len(sides) == 1 else None

    def _owner_side(self, start: int, end: int) -> str | None:
        """The side of the owner an office's complement at `start` names after a few words, when no
        country word or institution stands at its start: a province of sides.yaml ('inspector general
        of police Balochistan', 'deputy governor of Sistan and Baluchestan for security affairs': a
        province as the office's owner, CURATION.md §6) or lowercase words then 'of <country>' ('commander
        of the border guards of the Islamic Republic of Iran'); None otherwise (no comma crossed, and a
        posting is no owner: 'consul general in Balochistan')."""
        pattern, side_of = self._provinces()
        lead = self.lex.patterns.get("_owner_lead")
        if lead is None:
            lead = self.lex.patterns["_owner_lead"] = (
                re.compile(r"\s*(?:(?:of|at)\s+)?(?:the\s+)?(?:(?!(?:in|to|from|with|near|for)\s)" + NAME_CHAR + r"+\s+){0,3}?("
                           + pattern.pattern + ")"),
                {iso: re.compile(r"\s*(?:(?:of|at)\s+)?(?:the\s+)?(?:[a-z][\w\-]*\s+){0,2}[a-z][\w\-]*" + pat.pattern)
                 for iso, pat in self.lex.patterns["side_after"].items()})
        province = lead[0].match(self.text, start, end)
        if province is not None:
            return side_of[province.group(1)]
        sides = {iso for iso, pat in lead[1].items() if pat.match(self.text, start, end)}
        return sides.pop() if len(sides) == 1 else None

    def _lowercase_title_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'Brigadier General X, commander of Iran's border guards,': a new name right before the
        comma of a lowercase office of one side (`_lowercase_titles`) is a person of that side."""
        s = self.spans[i]
        for title, t_start, _, side in self._lowercase_titles(i):
            side = side or self._listed_side(i, t_start) or self._companion_side(i, t_start)  # a delegation's member
            if side is None:
                continue
            before = self.lex.patterns["before_comma"].search(chunk, 0, t_start - s.start)
            named = self._name_in_run(chunk, before.start(1), before.end(1)) if before else None
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue
            at, full = named
            self._stranger(i, full, s.start + at, side, title, taken)

    def _word_side_before(self, i: int, pos: int) -> str | None:
        """The country of a country word right before `pos` ("Iran's consul general", 'the Iranian
        minister'): an ISO3 of the dyad, 'third' for a third country's word, None without one."""
        lo = max(self.spans[i].start, pos - 30)
        for iso, pat in (*self.lex.patterns["side"].items(), ("third", self.lex.patterns["third_party"])):
            if any(re.fullmatch(r"(?:[’']s)?\s+", self.text[w.end():pos]) for w in pat.finditer(self.text, lo, pos)):
                return iso
        return None

    def _phrase_side(self, start: int, end: int) -> str | None:
        """The one side of the dyad an office's own phrase names by a country word or an institution
        of sides.yaml ('at the Iranian foreign ministry', 'of the Frontier Corps'); 'third' when it
        names a third country; None without one or with both."""
        if self.lex.patterns["third_party"].search(self.text, start, end):
            return "third"
        self._complement_side(start, start, end)  # compiles the institutions' patterns once
        institutions = self.lex.patterns["_institution_at"]
        sides = {iso for iso in self.lex.dyad if self.lex.patterns["side"][iso].search(self.text, start, end)
                 or (iso in institutions and institutions[iso].search(self.text, start, end))}
        return sides.pop() if len(sides) == 1 else None

    def _listed_side_here(self, i: int, pos: int) -> str | None:
        """`_listed_side` for a member named at `pos`, unless a third country's word stands just
        before the list's phrase ('The Chinese side was headed by X')."""
        s = self.spans[i]
        cues = self._cues_before("member_list", i, pos)
        if not cues or self.lex.patterns["third_party"].search(self.text, max(s.start, cues[-1].start() - 40), cues[-1].start()):
            return None
        return self._listed_side(i, pos)

    def _cues_before(self, kind: str, i: int, pos: int) -> list[re.Match]:
        """The matches of lex.patterns[kind] in sentence i that end by `pos`, from one scan of the
        sentence (review16: asked once per office, a scan up to each office made a long sentence of
        many offices quadratic)."""
        found, _, ends = self._cues(kind, i)
        return found[:bisect_right(ends, pos)]

    def _cues(self, kind: str, i: int) -> tuple[list[re.Match], list[int], list[int]]:
        """The matches of lex.patterns[kind] in sentence i, their starts and their ends (one scan, cached)."""
        key = ("cues", kind, i)
        if key not in self._cache:
            s = self.spans[i]
            found = list(self.lex.patterns[kind].finditer(self.text, s.start, s.end))
            self._cache[key] = (found, [m.start() for m in found], [m.end() for m in found])
        return self._cache[key]

    def _chunk_starts(self, chunk: str) -> list[int]:
        """The offsets of chunk's non-space runs (`search_back`'s chunk_starts), made once per chunk
        and only when a rule needs them (most sentences hold no office to look back from)."""
        key = ("chunk_starts", chunk)
        if key not in self._cache:
            self._cache[key] = [m.start() for m in _NON_SPACE.finditer(chunk)]
        return self._cache[key]

    def _apposed_office_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """"X, Iran's consul general in Lahore," and "Iran's consul general in Lahore, X,": a new name
        set off by commas beside a lowercase office (titles.yaml `apposed_offices`) is a person of the
        side of the country word right before the office, else (name first only) of the side the
        office's own phrase or the sentence's delegation list gives."""
        pattern = self.lex.patterns["apposed_office"]
        # capitalised too, as a press release writes it: 'Commander Pakistan Fleet, Rear Admiral X,' (a phrase
        # holding a name already read is no office's own: 'Chief Minister X and the governor-general ..., Y')
        s = self.spans[i]
        for m in pattern.finditer(chunk):
            tail = _APPOSED_TAIL.match(chunk, m.end())
            if tail is None or self.lex.patterns["office_deputy"].match(chunk, m.end()):
                continue  # no comma or stop within the phrase's reach: no apposition; 'and his deputy, X': the deputy's
            starts = self._chunk_starts(chunk)
            word = self._word_side_before(i, s.start + m.start())
            lead = search_back(_APPOSED_WORD, chunk, starts, m.start(), _WORD_CHUNKS) if word else None
            head_end = lead.start() if lead else m.start()
            title = " ".join(w if w in self.lex.patterns["title_lowercase"] else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                             for w in re.split(r"[\s]+", m.group(0)))
            before = search_back(self.lex.patterns["before_comma"], chunk, starts, head_end, _BEFORE_COMMA_CHUNKS) \
                if search_back(_APPOSED_LEAD, chunk, starts, head_end, _LEAD_CHUNKS) else None
            paired = self._paired_body_side(s.start + m.end(), s.start + tail.end())
            if before:
                remit = _REMIT_IN_BRACKETS.match(chunk, m.end())  # '(Afghanistan and West Asia)': the desk's region, not its owner
                owner = s.start + (remit.end() if remit else m.end())
                phrase_end = s.start + max(owner - s.start, tail.end())
                side = word or paired or self._office_first_side(
                    i, s.start + m.start(), owner, phrase_end, self._phrase_side(owner, phrase_end))
                named = self._name_in_run(chunk, before.start(1), before.end(1))
            else:
                side = word or self._its_side(i, s.start + m.start())
                phrase = self._phrase_side(s.start + m.end(), s.start + tail.end())
                side = side if side and phrase != "third" else paired or (None if side else self._office_first_side(
                    i, s.start + m.start(), s.start + m.end(), s.start + tail.end(), phrase))
                after = self.lex.patterns["between_commas_titled"].match(chunk, tail.end()) or self._ranked_name_after(chunk, tail.end())
                after = None if taken.overlaps(m.start(), tail.end()) else after  # a name inside the phrase: not the office's own
                named = self._name_in_run(chunk, after.start(1), after.end(1)) if after else None
            if side in self.lex.dyad and named is not None and (
                    not taken.overlaps(named[0], named[0] + len(named[1]))
                    or self._drop_unfit_known(i, s.start + named[0], named[1], m, s.start)):
                self._stranger(i, named[1], s.start + named[0], side, title, taken)

    def _drop_unfit_known(self, i: int, start: int, written: str, office: re.Match, offset: int) -> bool:
        """Review21 (S1): a gazetteer person read by a spelling inside the name `written` at `start`
        after an office written first ('the collector of customs in Quetta, Ali Khan,': `office`, a
        match in the sentence's text from `offset`) is that person only when the office fits them
        (`_fits_office`); otherwise their mention is dropped and True returned (the name is a new
        official's, CURATION §6). False in an undated report (which offices a person held that day
        is unknown), when the office has no phrase of its own (lex.patterns `office_phrase`: 'The
        Prime Minister also met the First Vice President ..., X' is no apposition), when the name
        holds no gazetteer person's spelling, or a body's, or a person the office fits."""
        if self.published is None or not self.lex.patterns["office_phrase"].match(self.text, offset + office.end()):
            return False
        end = start + len(written)
        known = [x for x in self.mentions[i] if x.span.start < end and start < x.span.end]
        if not known or any(x.actor_id not in self.lex.actors or not self.is_person(x.actor_id)
                            or self._fits_office(x, written, office.group(0)) for x in known):
            return False
        for x in known:
            self.mentions[i].remove(x)
            if x.title and self.title_holder.get((re.sub(r" \(.*\)$", "", x.title), x.side)) == x.actor_id:
                del self.title_holder[(re.sub(r" \(.*\)$", "", x.title), x.side)]
        self._actors_in[i] = {x.actor_id for x in self.mentions[i]}
        self._naming = None
        return True

    def _fits_office(self, mention: Mention, written: str, office: str) -> bool:
        """Whether a gazetteer person's `mention` inside the name `written` after the apposed `office`
        may be theirs: one of the offices the office-holder table gives them on the report's day
        holds every word of `office` ('minister' and 'Interior Minister'); with no such row that day,
        the name written is the spelling read, whole, and that spelling is the person's full name or
        three words or more (not 'Ali Khan', two common words a former minister's alias shares with
        many officials)."""
        held = self.lex.offices_held(mention.actor_id, self.published)
        if held:
            return any(self._office_words(office) <= self._office_words(h) for h in held)
        spelt = self.text[mention.span.start:mention.span.end]
        full = (self.lex.actors.get(mention.actor_id) or {}).get("name", "")
        return self._name_key(spelt) == self._name_key(written) and (
            self._name_key(spelt) == self._name_key(full) or len(spelt.split()) >= 3)

    def _office_words(self, office: str) -> set[str]:
        """The words of an office compared by `_fits_office`: lower-cased, without titles.yaml
        `office_glue`, each of `office_synonyms` as its group's first word."""
        synonym = self.lex.patterns["office_synonym"]
        return {synonym.get(w, w) for w in _OFFICE_WORD.findall(office.lower())} - self.lex.patterns["office_glue"]

    def _name_key(self, name: str) -> str:
        """A name folded (`folded`) with its spaces and hyphens dropped: 'Ahmadreza Radan' is 'Ahmad-Reza Radan'."""
        return re.sub(r"[\s\-]+", "", self.lex.folded(name))

    def _ranked_name_after(self, chunk: str, rel: int) -> re.Match | None:
        """The name after an apposed office's comma at `rel` when ranks, honorifics or a retired
        officer's mark stand before it (', Rear Admiral (retd) X Y,'): a match whose group 1 is the
        run of capitalised words after them, ended by a comma, a stop or the sentence's end; None
        without a comma at `rel`, without a rank or honorific, or without such an ending."""
        if not chunk.startswith(",", rel):
            return None
        gap = self.lex.patterns["name_gap"].match(chunk, rel + 1)
        if gap is None or not chunk[rel + 1:gap.end()].strip(" ,"):
            return None  # no rank or honorific: the plain name rule (`between_commas_titled`) reads it
        return self.lex.patterns["ended_name"].match(chunk, gap.end())

    def _office_first_side(self, i: int, start: int, end: int, phrase_end: int, phrase: str | None) -> str | None:
        """The side of an apposed office written first with no country word before it ('the director
        general of customs of Iran's Sistan and Baluchestan province, X,', 'the chairman of the Gwadar
        Port Authority, Y,'): the one side its own phrase text[end:phrase_end] names by a country word
        or institution (`phrase`, from `_phrase_side`), else the province or country it is 'of'
        (`_owner_side`), else a city of the dyad it is 'of' or 'in' when the office is no posting abroad
        (titles.yaml `posted_offices`: 'the consul general in Zahedan, X,' is nobody's without a country
        word), else the delegation the sentence lists; None otherwise (a third country's word: nobody)."""
        if phrase == "third":
            return None
        if phrase in self.lex.dyad:
            return phrase
        if sum(1 for iso in self.lex.dyad if self.lex.patterns["side"][iso].search(self.text, end, phrase_end)) > 1:
            return None  # 'the friendship group of Iran and Pakistan': whose office it is stays unknown
        side = self._owner_side(end, phrase_end) or self._province_in_phrase(end, phrase_end) \
            or self._domestic_city_side(start, end, phrase_end)
        return side or self._listed_side_here(i, start) or self._companion_side(i, start)

    def _province_in_phrase(self, start: int, end: int) -> str | None:
        """The side of the one province of sides.yaml that text[start:end], an office's own phrase,
        names further in than `_owner_side` reads ('the head of the international affairs department
        of the judiciary of Sistan and Baluchestan province'), when it is 'of' it (not 'in', 'to' or
        'from': a posting or an origin); None otherwise or with provinces of both sides."""
        pattern, side_of = self._provinces()
        sides = {side_of[m.group(0)] for m in pattern.finditer(self.text, start, end)
                 if re.search(r"\bof\s+(?:the\s+)?$", self.text[max(start, m.start() - 10):m.start()])}
        return sides.pop() if len(sides) == 1 else None

    def _domestic_city_side(self, start: int, end: int, phrase_end: int) -> str | None:
        """The country of the dyad's city or town an office at text[start:end] is 'of', 'in' or 'at'
        in its phrase up to `phrase_end` ('the collector of customs in Quetta', 'the chairman of the
        Gwadar Port Authority'), when the office is not one posted abroad (titles.yaml
        `posted_offices`); None otherwise or when the phrase names places of both sides."""
        if self.lex.patterns["posted_office"].search(self.text, start, end):
            return None
        sides = set()
        words_ = [w.group(0) for w in _NAME_WORD.finditer(self.text, end, phrase_end)]
        for name in (*words_, *(" ".join(pair) for pair in zip(words_, words_[1:]))):
            place = self.lex.places.get(self.lex.place_names.get(name) or "", {})
            iso = place.get("country_iso3")
            if iso is not None and iso not in self.lex.dyad:
                return None  # a third country's place: not the dyad's office
            if iso is not None and place.get("coordinate_precision") != "country":
                sides.add(iso)
        return sides.pop() if len(sides) == 1 else None

    def _provinces(self) -> tuple[re.Pattern, dict[str, str]]:
        """The provinces of places.yaml `provinces` (lexicon `province_side`) as one pattern, longest name
        first (so 'Sistan and Balochistan' is read whole, not as Pakistan's 'Balochistan'), and each name's side."""
        found = self.lex.patterns.get("_provinces")
        if found is None:
            names = sorted(((n, iso) for n, iso in self.lex.patterns["province_side"].items() if iso in self.lex.dyad),
                           key=lambda x: -len(x[0]))
            found = self.lex.patterns["_provinces"] = (
                re.compile(r"(?<![\w\-])(?:" + ("|".join(re.escape(n) for n, _ in names) or "(?!x)x") + r")(?![\w\-])"),
                {n: iso for n, iso in names})
        return found

    def _province_possessive_side(self, i: int, pos: int) -> str | None:
        """"Sistan and Baluchestan's Governor-General X": the side of a province of one side whose
        possessive stands right before the office at `pos`; None otherwise."""
        pattern, side_of = self._provinces()
        lo = max(self.spans[i].start, pos - 40)
        for m in pattern.finditer(self.text, lo, pos):
            if _POSSESSIVE_GAP.fullmatch(self.text, m.end(), pos):
                return side_of[m.group(0)]
        return None

    def _paired_body_side(self, start: int, end: int) -> str | None:
        """"the Iran–Pakistan parliamentary friendship group": a body named by the pair (sides.yaml
        `paired_bodies`) in text[start:end] is of the country named first (each parliament names its
        own group so); None without one, or when the pair is not the dyad's two countries."""
        pattern = self.lex.patterns.get("_paired_body")
        if pattern is None:
            bodies = "|".join(self.lex.dictionaries["sides"].get("paired_bodies") or []) or "(?!x)x"
            pattern = self.lex.patterns["_paired_body"] = re.compile(
                r"(?<![\w\-])([A-Z][\w’']*)\s*[-–—/]\s*([A-Z][\w’']*)\s+(?:" + bodies + r")(?![\w\-])", re.IGNORECASE)
        m = pattern.search(self.text, start, end)
        if m is None:
            return None
        first, second = ({iso for iso in self.lex.dyad if self.lex.patterns["side"][iso].fullmatch(w)} for w in m.group(1, 2))
        return next(iter(first)) if len(first) == 1 and second == {self.lex.other_side(next(iter(first)))} else None

    def _its_side(self, i: int, pos: int) -> str | None:
        """"A team from Iran's Khorasan Razavi province, led by its deputy governor, X,": the side of
        what 'its' right before the office at `pos` refers back to, the country words and provinces
        (places.yaml `provinces`) named in its clause before it, when they give one side of the dyad
        and no third country; None otherwise (or with no 'its')."""
        its = _ITS_BEFORE.search(self.text, max(self.spans[i].start, pos - 10), pos)
        if its is None:
            return None
        lo = max(self.spans[i].start, its.start() - 120)
        breaks = list(_CLAUSE_BREAK.finditer(self.text, lo, its.start()))
        lo = breaks[-1].end() if breaks else lo
        if self.lex.patterns["third_party"].search(self.text, lo, its.start()):
            return None
        pattern, side_of = self._provinces()
        run = None
        for run in _PROPER_RUN.finditer(self.text, lo, its.start()):
            pass
        if run is not None and run.start() > lo:
            lo = run.start()  # the last name before 'its' is its antecedent: of a side only if it names one
        sides = {side_of[m.group(0)] for m in pattern.finditer(self.text, lo, its.start())}
        sides |= {iso for iso in self.lex.dyad if self.lex.patterns["side"][iso].search(self.text, lo, its.start())}
        return sides.pop() if len(sides) == 1 else None

    def _institution_run_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """A title, its complement, then a rank or honorific and a new name, whatever the complement
        says: 'Inspector General of Police Sindh Dr X', "Iran's Ambassador to Pakistan Dr. X", 'Adviser
        to the Prime Minister on Foreign Affairs Mr. X'. The honorific marks where the complement ends
        and the name starts; without one where the institution ends is unknown: nobody. The person is
        of the side a country word of the title or of the complement gives, else (the sentence's other
        people all of one side, a meeting word between) the other side; a third country's: nobody.
        The title is as written when a modifier owns the office ('Adviser to the Prime Minister ...')."""
        s = self.spans[i]
        for title, t_start, t_end, generic in self.titles_in(i):
            run = None if generic else _COMPLEMENT_RUN.match(self.text, t_end, s.end)
            mark = self._first_mark(run) if run else None
            if mark is None:
                continue
            gap = self.lex.patterns["name_gap"].match(self.text, mark, s.end)
            name = self.lex.patterns["listed_name"].match(chunk, gap.end() - s.start)
            named = self._name_in_run(chunk, name.start(), name.end()) if name else None
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue
            side = self.side_near(i, t_start, t_end)
            if side is None and self.third_party_before(i, t_start):
                continue  # "Saudi Arabia's Ambassador to Pakistan Dr. X": another country's envoy
            side = side or self._complement_side_of(run, mark)
            side = side or self._side_across_meeting(i, s.start + named[0])
            if side in self.lex.dyad:
                self._apposed_offices.add(t_start)  # the office is this name's: `_offices` adds no holder for it
                self._stranger(i, named[1], s.start + named[0], side, self._title_as_written(i, title, t_start, mark), taken)

    def _first_mark(self, run: re.Match) -> int | None:
        """Where the first rank or honorific of a title's complement run starts (after its first
        word, which names the institution or the posting), or the one right after the run's comma
        ('the Vice President of Iran, Dr X Y,'); None without one."""
        words_ = list(_NON_SPACE.finditer(self.text, run.start(2), run.end(2)))
        marked = self._marks([w.group(0).rstrip(".,") for w in words_])  # 'to Pakistan Ali Haji Khan': no mark
        first = next((w.start() for w, mark in list(zip(words_, marked))[1:] if mark), None)
        if first is not None:
            return first
        after = _COMMA_THEN_WORD.match(self.text, run.end(2))
        return after.start(1) if after and self.lex.patterns["rank_or_honorific"].fullmatch(after.group(1).rstrip(".")) else None

    def _complement_side_of(self, run: re.Match, mark: int) -> str | None:
        """The side a title's complement (up to the honorific at `mark`) gives: the one its words
        name ('of Police Sindh'), but the other one after 'to' or 'in', a posting ('Ambassador to
        Pakistan Dr. X' is Iran's envoy); 'third' for a third country's; None without one."""
        side = self._phrase_side(run.start(2), mark)
        return self.lex.other_side(side) if side in self.lex.dyad and run.group(1) in ("to", "in") else side

    def _posting_side(self, i: int, end: int) -> str | None:
        """'the Ambassador to Pakistan', 'the Consul General in Quetta': an office posted to or in a
        place of one side of the dyad is the other side's (None without such a posting)."""
        run = _COMPLEMENT_RUN.match(self.text, end, self.spans[i].end)
        if run is None or run.group(1) not in ("to", "in"):
            return None
        side = self._complement_side_of(run, run.end(2))
        return side if side in self.lex.dyad else None

    def _side_across_meeting(self, i: int, pos: int, people: list[Mention] | None = None) -> str | None:
        """The other side of the dyad from the one side of every person sentence i names, when the
        name at `pos` comes first, then a meeting word (titles.yaml `meeting_between`), then each of
        them marked by a country word: 'Adviser ... Mr. X received a call from Iran's foreign
        minister Y'. None otherwise, and when a
        third country's word or place comes before the name in the sentence ('KHANKENDI, Azerbaijan
        - ... hosted by President X'). `people`: the sentence's people to go by (default: all read so
        far); a listing's names are each judged against the people read before the listing, not
        against the listing's names already given a side."""
        if self.lex.patterns["third_party"].search(self.text, self.spans[i].start, pos) \
                or any(self.country_of(pid) not in self.lex.dyad for _, pid in self.places_in(self.spans[i].start, pos)):
            return None  # 'a team from Afghanistan's Herat province, led by its deputy governor, X': maybe a third country's
        people = [m for m in self.mentions[i] if self.is_person(m.actor_id)] if people is None else people
        sides = {m.side for m in people}
        if len(sides) != 1 or next(iter(sides)) not in self.lex.dyad:
            return None
        side = next(iter(sides))
        # the new name is the meeting verb's subject; each other person comes after the verb, marked by
        # their country's word there ('held talks with Iran's minister ..., Y'): the reporter's contrast.
        # An unmarked pair ('Interior Minister X met Interior Secretary Y') or a name after the verb
        # (whom a delegation met) gives no side (who8, who13)
        if not all(m.span.start > pos and self._met_between(i, pos, m.span.start)
                   and self.lex.patterns["side"][side].search(self.text, pos, m.span.start) for m in people):
            return None
        return self.lex.other_side(side)

    def _title_as_written(self, i: int, title: str, t_start: int, mark: int) -> str:
        """The title of a name read after a title's complement: the office's own title, unless a
        modifier before it makes it another office ('Adviser to the Prime Minister on Foreign
        Affairs'): then the words from the modifier to the name's honorific."""
        before = self.lex.patterns["office_modifier_before"].search(self.text, max(self.spans[i].start, t_start - 40), t_start)
        if before is None:
            return title
        words_ = self.text[before.start():mark].rstrip(", ").split()
        small = self.lex.patterns["title_lowercase"]
        return " ".join(w if not w[:1].islower() or w in small else w.capitalize()
                        for w in words_)

    def _unit_head_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'An Iranian flotilla docked in Karachi. Its commander, Rear Admiral X, called on ...': a new
        name after 'Its <head>,' or 'The <unit>'s <head>,' (titles.yaml `units`, `after_name`) is a
        person of the side the unit has where this sentence, or else the one before, names it."""
        pats = self.lex.patterns.get("_unit_head")
        if pats is None:
            t = self.lex.dictionaries["titles"]
            units = "|".join(t.get("units", [])) or "(?!x)x"
            heads = "|".join(t.get("after_name", [])) or "(?!x)x"
            pats = self.lex.patterns["_unit_head"] = (
                re.compile(r"(?<![\w\-])(?:[Ii]ts|[Tt]he\s+(" + units + r")(?:’s|'s))\s+(" + heads + r"),\s+"),
                re.compile(r"(?<![\w\-])(?:" + units + r")(?![\w\-])", re.IGNORECASE))
        head, unit = pats
        s = self.spans[i]
        for m in head.finditer(chunk):
            named = self._name_after(chunk, m.end())
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue
            side = self._unit_side(i, s.start + m.start(), unit, m.group(1))
            if side is not None:
                at, full = named
                self._stranger(i, full, s.start + at, side, m.group(2)[:1].upper() + m.group(2)[1:], taken)

    def _place_command_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'Commander Karachi Vice Admiral X': a new name after a command named by its city
        (titles.yaml `place_commands`) is a person of that city's country, when it is of the dyad."""
        pattern = self.lex.patterns.get("_place_command")
        if pattern is None:
            commands = self.lex.dictionaries["titles"].get("place_commands", []) or ["(?!x)x"]
            pattern = self.lex.patterns["_place_command"] = re.compile(
                r"(?<![\w\-])(" + "|".join(commands) + r")\s+(?=[A-Z])")
        s = self.spans[i]
        for m in pattern.finditer(chunk):
            place = _CAPITALISED.match(chunk, m.end())
            words_ = place.group(0).split() if place else []
            city = next((" ".join(words_[:n]) for n in range(len(words_), 0, -1) if " ".join(words_[:n]) in self.lex.place_names), None)
            side = self.country_of(self.lex.place_names.get(city)) if city else None
            if side not in self.lex.dyad:
                continue
            named = self._name_after(chunk, m.end() + len(city))
            if named is not None and not taken.overlaps(named[0], named[0] + len(named[1])):
                at, full = named
                self._stranger(i, full, s.start + at, side, f"{m.group(1)} {city}", taken)

    def _unit_side(self, i: int, pos: int, unit: re.Pattern, word: str | None) -> str | None:
        """The side of the dyad of the last unit (of the word `word`, if given) named before `pos` in
        sentence i, else in sentence i - 1, by a country word in its own noun phrase."""
        for k, end in ((i, pos), (i - 1, self.spans[i - 1].end if i else -1)):
            if k < 0:
                break
            found = [m for m in unit.finditer(self.text, self.spans[k].start, end)
                     if word is None or m.group(0).lower() == word.lower()]
            if found:
                side = self.side_near(k, found[-1].start(), found[-1].end())
                return side if side in self.lex.dyad else None
        return None

    def _demonym_before(self, i: int, start: int) -> bool:
        """A third country's adjective (places.yaml `demonyms`, not the dyad's) right before the
        title at `start` ('Uzbek Deputy Foreign Minister'): that country's office."""
        pattern = self.lex.patterns.get("_third_demonym")
        if pattern is None:
            names = [w for iso, ws in self.lex.dictionaries["places"].get("demonyms", {}).items() if iso not in self.lex.dyad for w in ws]
            pattern = self.lex.patterns["_third_demonym"] = re.compile(
                r"(?<![\w\-])(?:" + ("|".join(map(re.escape, names)) or "(?!x)x") + r")\s+$")
        return pattern.search(self.text, max(self.spans[i].start, start - 20), start) is not None

    def _office_list_strangers(self, i: int) -> None:
        """'He also met Interior Secretary X' after an Iranian guest's arrival: a titled new name left
        without a side whose office only one government has (titles.yaml `one_government`) is of that
        government when sentence i names a person of the other side, by name or as its 'He', or
        when it tells who was present ('was also present') at a meeting of both sides told just before."""
        if i not in self._unsided:
            return
        only = {t: iso for iso, ts in self.lex.dictionaries["titles"].get("one_government", {}).items() for t in ts}
        sides = {m.side for m in self.mentions[i] if self.is_person(m.actor_id)}
        s = self.spans[i]
        if not sides and i and self.lex.patterns["attendance"].search(self.text, s.start, s.end):
            # 'Foreign Secretary X was also present': the meeting told before, if it is of both sides
            before = {m.side for m in self.mentions[i - 1] if self.is_person(m.actor_id)}
            sides = {"dyad"} if set(self.lex.dyad) <= before else set()
        taken = Taken()
        for m in self.mentions[i]:
            taken.append((m.span.start - s.start, m.span.end - s.start))
        for title, start, full in self._unsided[i]:
            side = only.get(title)
            if side in self.lex.dyad and (sides == {"dyad"} or self.lex.other_side(side) in sides and side not in sides) \
                    and not taken.overlaps(start - s.start, start - s.start + len(full)):
                self._stranger(i, full, start, side, self.title_before(i, start) or title, taken)

    def _side_within(self, start: int, end: int) -> str | None:
        """The one side of the dyad a country word inside a title's own words gives ('Commander
        of the Iranian Navy'); None without one or with both."""
        sides = {iso for iso, pat in self.lex.patterns["side"].items() if pat.search(self.text, start, end)}
        return sides.pop() if len(sides) == 1 and next(iter(sides)) in self.lex.dyad else None

    def _name_after(self, chunk: str, rel: int) -> tuple[int, str] | None:
        """(offset in chunk, name) of a new name right after a title ending at `rel`: ranks and
        honorifics between ('Chief of the Naval Staff Admiral X'), or a posting to a place
        ('Ambassador to Pakistan X': the place's words are dropped by `_name_in_run`; a place
        of the dyad alone before a comma is skipped: "Consul General in Karachi, X")."""
        rel = self._after_remit(chunk, rel)
        gap = self.lex.patterns["name_gap"].match(chunk, rel)
        at = gap.end() if gap else rel
        posting = _POSTING.match(chunk, rel)
        if posting and posting.end() > at:
            place = _CAPITALISED.match(chunk, posting.end())
            if place is None or place.group(0).split()[0] not in _place_heads(self.lex):
                return None  # 'Minister to Reza ...' is no posting
            at = posting.end()
            if self._posted_in_dyad(place.group(0)):  # "Consul General in Karachi, X": the name after the place
                after = self.lex.patterns["name_gap"].match(chunk, place.end())
                at = after.end() if after and after.end() > place.end() else at
        run = self.lex.patterns["listed_name"].match(chunk, at)
        return self._name_in_run(chunk, run.start(), run.end()) if run else None

    def _service_then_name(self, i: int, chunk: str, rel: int, title: str, taken: Taken) -> bool:
        """'Chief of the Air Staff, Pakistan Air Force, Air Marshal X,': after an office ending at
        `rel`, its service set off by commas, then a rank or honorific and a new name. The name is a
        person of the one side the service names (a country word or a sides.yaml institution;
        'Royal Air Force' names none: nobody, and the service is no name either). False when the
        form is not there (no rank or honorific after the service: where it ends is unknown)."""
        m = _SERVICE_BETWEEN_COMMAS.match(chunk, rel)
        gap = self.lex.patterns["name_gap"].match(chunk, m.end()) if m else None
        marks = self.lex.patterns["rank_or_honorific"]
        if gap is None or not marks.search(chunk, m.end(), gap.end()):
            return False
        run = self.lex.patterns["listed_name"].match(chunk, gap.end())
        named = self._name_in_run(chunk, run.start(), run.end()) if run else None
        if named is None:
            return False
        s = self.spans[i]
        side = self._phrase_side(s.start + m.start(1), s.start + m.end(1))
        if side in self.lex.dyad and not taken.overlaps(named[0], named[0] + len(named[1])):
            self._stranger(i, named[1], s.start + named[0], side, self._office_with_rank(i, s.start + named[0], title), taken)
        return True

    def _anchored_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """Round 27 (issue 15): a new name right after an anchor -- a rank of titles.yaml `ranks`
        ('Commodore X'), or a group head's phrase of `anchor_heads` ('a delegation led by X', an office,
        its remit, ranks and honorifics between) -- is a person of the side `_anchor_side` gives; with
        none, nobody (a name alone does not tell whose it is). The rule the titled ones leave to: a
        name they or the gazetteer read is taken, never read again (no gazetteer person is shadowed).
        Who heads which side is noun_frames.delegation_heads' (the one finder, round 28)."""
        s, p = self.spans[i], self.lex.patterns
        anchors = sorted([(m.start(), m.end(), "rank") for m in p["rank"].finditer(chunk)]
                         + [(m.start(), m.end(), "honorific") for m in p["honorific"].finditer(chunk)]
                         + [(m.start(), m.end(), "head") for m in p["anchor_head"].finditer(chunk)])
        for a, b, kind in anchors:
            is_head = kind == "head"
            gap = p["name_gap"].match(chunk, self._past_office(i, chunk, b) if is_head else b)
            run = p["listed_name"].match(chunk, gap.end())
            named = self._name_in_run(chunk, run.start(), run.end()) if run and run.group(0) else None
            if named is None or p["ship_prefix"].search(chunk, gap.start(), named[0]):
                continue  # no name, or a ship's ('led by PNS X Y')
            at, full = named
            side = self._anchor_side(i, s.start + a, kind)
            if side is None and not is_head and not self.third_party_before(i, s.start + a):
                side = self._side_after_name(i, s.start + at + len(full), anchored=True) \
                    or (self._legislator_side(i, s.start + a) if kind == "honorific" else None)
            if side not in self.lex.dyad:
                continue
            if not taken.overlaps(at, at + len(full)):
                self._stranger(i, full, s.start + at, side, self.title_before(i, s.start + at), taken)
        self._complement_anchored(i, chunk, taken)
        self._side_after_strangers(i, chunk, taken)

    def _one_side_office(self, i: int, t_start: int, t_end: int) -> str | None:
        """Round 29: the side of an office only one side of the dyad has (titles.yaml `one_side_offices`):
        the title as written is one ('Chief Minister', 'Senate Chairman') or follows one ('Federal
        Interior Secretary'); None after a third country's word or otherwise."""
        lead = re.search(r"(\S+(?:\s+of\s+the)?)\s+$", self.text[max(self.spans[i].start, t_start - 25):t_start])
        for iso, pattern in self.lex.patterns["one_side_office"].items():
            if (pattern.fullmatch(self.text, t_start, t_end) or (lead and pattern.fullmatch(lead.group(1)))) \
                    and not self.third_party_before(i, t_start):
                return iso
        return None

    def _legislator_side(self, i: int, pos: int) -> str | None:
        """Round 29: the side whose house the honorific at `pos` names a seat of (titles.yaml
        `one_side_offices`: 'Senator', 'MNA'), when sentence i's people are all of the other side and
        marked so (`_other_side_of_sentence`: 'Senator X met Iranian Foreign Minister Y'); else None."""
        for iso, pattern in self.lex.patterns["one_side_office"].items():
            if pattern.match(self.text, pos) and self._other_side_of_sentence(i) == iso:
                return iso
        return None

    def _side_after_name(self, i: int, end: int, anchored: bool) -> str | None:
        """Round 28 (newperson28): the side of the dyad (ISO3) told right after a name ending at `end`
        when nothing before it tells one: 'of Iran', 'from Pakistan', '(Iran)' (titles.yaml
        `side_after_name`; a name with no rank or honorific before it only by the country's own name,
        `_country_word`: 'X of Tehran' may be a place's or a body's); for a name after a rank or an
        honorific (`anchored`), also the office apposed after it naming one owner ('Brigadier X, Sector
        Commander of the Frontier Corps,': `_apposed_owner_after`). None otherwise."""
        s = self.spans[i]
        for iso, pattern in self.lex.patterns["name_side_after"].items():
            m = pattern.match(self.text, end, s.end)
            if m and (anchored or self._country_word(iso, m.group(1) or m.group(2))):
                return iso
        return self._apposed_owner_after(i, end) if anchored else None

    def _country_word(self, iso: str, word: str) -> bool:
        """`word` names the country `iso` itself (the gazetteer's place for the whole country), not one
        of its cities or an adjective: 'Iran', 'Pakistan', 'the Islamic Republic'."""
        place = self.lex.place_names.get(word)
        return (place is not None and place == self.lex.country_place(iso)) or word == "Islamic Republic"

    def _apposed_owner_after(self, i: int, end: int) -> str | None:
        """The one side the office set off by a comma right after a name ending at `end` names as its
        owner ('X, Sector Commander of the Frontier Corps (South), ...'; 'X, deputy governor of Sistan
        and Baluchestan'): the phrase must hold an office of the titles table (a list of people or a
        place after the comma tells nothing) and no person; its owner by `_owner_sides`."""
        s = self.spans[i]
        m = _APPOSED_AFTER.match(self.text, end, s.end)
        if m is None:
            return None
        a, b = m.span(1)
        offices = [t for _, t, _, _ in self.titles_in(i)] + [t for _, t, _, _ in self._lowercase_titles(i)]
        if not (any(a <= t < b for t in offices) or self._office_head(a, b)) or any(a <= x.span.start < b and self.is_person(x.actor_id)
                                                     for x in self.mentions[i]):
            return None
        return self._owner_sides(a, b)

    def _office_head(self, start: int, end: int) -> bool:
        """text[start:end] holds an office's head noun of titles.yaml `after_name` in any case ('Sector
        Commander of ...', 'Deputy Head of ...'): an office the titles table does not list whole."""
        pattern = self.lex.patterns.get("_office_head")
        if pattern is None:
            heads = self.lex.dictionaries["titles"].get("after_name", []) or ["(?!x)x"]
            pattern = self.lex.patterns["_office_head"] = re.compile(r"(?<![\w\-])(?:" + "|".join(heads) + r")(?![\w\-])", re.IGNORECASE)
        return pattern.search(self.text, start, end) is not None

    def _side_after_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """Round 28 (newperson28): a new name with no anchor before it whose side follows it: 'X of
        Iran', 'X from Pakistan', 'X (Iran)' (`_side_after_name`). The run must be a person's name:
        two to four words each of which may begin a name (`_begins_name`: no place, province, country,
        acronym or titles.yaml `not_names` word), none an organisation's word (places.yaml
        `organisation_words`) or an institution of a side ('Frontier Corps of Pakistan'), not after an
        article or a preposition ('the Port of X'), not a ship ('PNS X'); a name already read is taken."""
        s = self.spans[i]
        for pattern in self.lex.patterns["name_side_after"].values():
            for m in pattern.finditer(chunk):
                run = _RUN_BEFORE.search(chunk, max(0, m.start() - 80), m.start())
                if run is None or taken.overlaps(run.start(), run.end()) or not self._bare_name(i, chunk, run):
                    continue
                side = self._side_after_name(i, s.start + run.end(), anchored=False)
                if side in self.lex.dyad:
                    self._stranger(i, run.group(0), s.start + run.start(), side, None, taken)

    def _bare_name(self, i: int, chunk: str, run: re.Match) -> bool:
        """The capitalised run `run` (of chunk) is a person's name by its words and what stands before
        it (`_side_after_strangers`' guards)."""
        words_ = run.group(0).split()
        if not 2 <= len(words_) <= 4 or not all(self._begins_name(w) for w in words_):
            return False
        d = self.lex.dictionaries
        institutions = {w for ws in d["sides"].get("institutions", {}).values() for phrase in ws for w in phrase.split()}
        if any(w in d["places"].get("organisation_words", []) or w in institutions for w in words_):
            return False
        before = _WORD_BEFORE.search(chunk, max(0, run.start() - 30), run.start())
        word = before.group(1) if before else ""
        return not (word.lower() in d["titles"].get("bare_name_not_after", []) or self.lex.patterns["ship_prefix"].fullmatch(word)
                    or self.lex.patterns["rank_or_honorific"].fullmatch(word.rstrip(".,")))

    def _complement_anchored(self, i: int, chunk: str, taken: Taken) -> None:
        """The third anchor: an office of the titles table, its complement, then a new name with no
        rank or honorific between ('Inspector General of Police Balochistan X', 'Governor General of
        Sistan and Baluchestan X'). The complement ends at its last word that begins no name (a
        province, a place, a country word, titles.yaml `not_names`: `_begins_name`); the two to four
        words after it are the name. The side is the title's country word, else the one the
        complement names as owner (`_owner_sides`: a posting 'to Pakistan' names none); else nobody."""
        s = self.spans[i]
        for title, t_start, t_end, generic in self.titles_in(i):
            run = None if generic else _COMPLEMENT_RUN.match(self.text, t_end, s.end)
            if run is None or self._first_mark(run) is not None:
                continue  # no complement, or one marked: `_institution_run_strangers` reads it
            words_ = list(_NON_SPACE.finditer(self.text, run.start(2), run.end(2)))
            known = [k for k, w in enumerate(words_) if not self._begins_name(w.group(0).rstrip(".,"))]
            if not known or not 2 <= len(words_) - known[-1] - 1 <= 4:
                continue
            first = words_[known[-1] + 1].start() - s.start
            named = self._name_in_run(chunk, first, words_[-1].end() - s.start)
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue
            side = self.side_near(i, t_start, t_end) or self._owner_sides(run.start(), s.start + named[0])
            if side in self.lex.dyad:
                self._apposed_offices.add(t_start)  # the office is this name's own (`_offices` adds no holder)
                self._stranger(i, named[1], s.start + named[0], side, self._title_as_written(i, title, t_start, s.start + named[0]), taken)

    def _past_office(self, i: int, chunk: str, rel: int) -> int:
        """Where the name after a head phrase ending at `rel` (in chunk) may start: after an office
        written right there ('led by Chief Secretary X', 'led by Additional Secretary (West Asia) X'),
        its remit included; `rel` without one."""
        s = self.spans[i]
        lead = _SPACES.match(chunk, rel).end()
        for _, t_start, t_end, _ in self.titles_in(i):
            if t_start == s.start + lead:
                end = self._after_remit(chunk, t_end - s.start)
                remit = _REMIT_IN_BRACKETS.match(chunk, end)
                return remit.end() if remit else end
        return rel

    def _anchor_side(self, i: int, pos: int, kind: str) -> str | None:
        """The one side of the dyad (ISO3) of the person after an anchor of `kind` ('rank', 'honorific',
        'head') at `pos`: for a rank or honorific a country word right before it, a describing noun of
        titles.yaml `descriptors` between ('Iranian Commodore X', 'Pakistani official Brig-Gen X', 'an
        Iranian diplomat, Dr. Y'; a third country's: None); else, for a rank only, right after a head
        phrase that phrase's side; else, for a rank or a head phrase, the phrase the anchor leans on
        (`_leaning_phrase`: the group before a head phrase, the office before a rank's comma) naming one
        side as its owner (`_owner_sides`). None otherwise: a rank alone in a clause ('He met Brigadier
        X') tells no side, nor does an honorific after any phrase ('Speaking to Iranian media, Dr. X')."""
        s, is_head = self.spans[i], kind == "head"
        lead = self._before_descriptor(i, pos)
        word = None if is_head else self._word_side_before(i, lead)
        owner = _WORD_BEFORE.search(self.text, max(s.start, lead - 40), lead)
        if word is not None and owner is not None and self.lex.patterns["not_owner"].search(
                self.text, max(s.start, owner.start() - 20), owner.start()):
            return None  # "Pakistan's Ambassador to Iran Haji X": the country is the posting, not the owner
        if word is not None:  # 'a delegation to Iran led by': for a head phrase the phrase decides
            return word if word in self.lex.dyad else None
        if kind == "honorific":
            return None
        if not is_head:
            head = None
            for head in self.lex.patterns["anchor_head"].finditer(self.text, max(s.start, pos - 40), pos):
                pass
            if head is not None and not self.text[head.end():pos].strip():
                return self._anchor_side(i, head.start(), "head")
            if not re.search(r",\s*$", self.text[max(s.start, pos - 5):pos]):
                return None
        lean = self._leaning_phrase(i, pos)
        return self._owner_sides(*lean) if lean else None

    def _before_descriptor(self, i: int, pos: int) -> int:
        """Where a describing noun of titles.yaml `descriptors` (a comma and spaces after it) ending
        right before `pos` starts ('Pakistani official Brig-Gen X'); `pos` without one."""
        pattern = self.lex.patterns.get("_descriptor_before")
        if pattern is None:
            nouns = "|".join(self.lex.dictionaries["titles"].get("descriptors", [])) or "(?!x)x"
            pattern = self.lex.patterns["_descriptor_before"] = re.compile(r"(?<![\w\-])(?:" + nouns + r")[\s,]*$")
        m = pattern.search(self.text, max(self.spans[i].start, pos - 30), pos)
        return m.start() if m else pos

    def _leaning_phrase(self, i: int, pos: int) -> tuple[int, int] | None:
        """(start, end) of the phrase an anchor at `pos` leans on: from the sentence's last break
        before it (`_LEAN_BREAK`, a meeting verb) to it, or, when only a comma stands there ('the
        Pakistani task group, led by'; 'the chief of staff of Iran's armed forces, Major General'), the
        phrase before that comma. None when that phrase is empty or names a person (a list of
        people, not an office or a group: 'Minister X, Brigadier Y')."""
        s = self.spans[i]
        breaks = [m.end() for m in _LEAN_BREAK.finditer(self.text, s.start, pos)]
        breaks += [m.end() for m in self.lex.patterns["meeting_between"].finditer(self.text, s.start, pos)]
        ends = sorted({s.start, *breaks})
        k = len(ends) - 1
        if not self.text[ends[k]:pos].strip(" \t,") and k > 0:
            pos, k = ends[k] - 1, k - 1
        start = ends[k]
        if not self.text[start:pos].strip() or any(start <= m.span.start < pos and self.is_person(m.actor_id)
                                                    for m in self.mentions[i]):
            return None
        return start, pos

    def _third_party_head(self, i: int, pos: int) -> bool:
        """Round 28 (wrongread28): whether the office at `pos` follows a head phrase of titles.yaml
        `anchor_heads` ('led by', 'side by') whose group is a third country's ('the Turkish side was
        led by Foreign Minister X', 'the Chinese side by Vice Minister Y'): the office is that country's,
        so no side of the dyad is guessed for the name after it (sides.yaml `third_parties`)."""
        s, head = self.spans[i], None
        for head in self.lex.patterns["anchor_head"].finditer(self.text, max(s.start, pos - 40), pos):
            pass
        if head is None or re.sub(r"(?i)\bthe\b", "", self.text[head.end():pos]).strip():
            return False
        lean = self._leaning_phrase(i, head.start())
        return lean is not None and any(
            not self.lex.patterns["not_owner"].search(self.text, max(lean[0], m.start() - 20), m.start())
            for m in self.lex.patterns["third_party"].finditer(self.text, *lean))

    def _owner_sides(self, start: int, end: int) -> str | None:
        """The one side of the dyad text[start:end] names as its owner: a country word, an institution or
        a province of sides.yaml not right after a posting or destination word (titles.yaml
        `not_owner_before`: 'a delegation to Iran' is not Iran's); None with none, with both, or with a third country's word."""
        if any(not self.lex.patterns["not_owner"].search(self.text, max(start, m.start() - 20), m.start())
               for m in self.lex.patterns["third_party"].finditer(self.text, start, end)):
            return None
        self._complement_side(start, start, end)  # compiles the institutions' patterns once
        provinces, side_of = self._provinces()
        found = [(m, iso) for iso in self.lex.dyad for pat in (self.lex.patterns["side"][iso], self.lex.patterns["_institution_at"].get(iso))
                 if pat is not None for m in pat.finditer(self.text, start, end)]
        found += [(m, side_of[m.group(0)]) for m in provinces.finditer(self.text, start, end)]
        sides = {iso for m, iso in found if not self.lex.patterns["not_owner"].search(self.text, max(start, m.start() - 20), m.start())}
        return sides.pop() if len(sides) == 1 else None

    def _office_with_rank(self, i: int, at: int, title: str) -> str:
        """The title of a name at `at` introduced by `title`: `title_before`'s office and rank, or
        `title` with the rank alone written before the name ("army chief Gen. X": a generic office
        is no `title_before` office, so it would keep only 'General')."""
        before = self.title_before(i, at)
        if before is None:
            return title
        return f"{title} ({before})" if before in self.lex.dictionaries["titles"]["ranks"] else before

    def _after_remit(self, chunk: str, rel: int) -> int:
        """Where an office's remit after `rel` ends ('Deputy Foreign Minister for Political Affairs
        X': 'for', capitalised words, a remit's head noun of titles.yaml `remit_heads`); `rel`
        without one. The name follows the head noun, so it is never taken for part of the remit."""
        pattern = self.lex.patterns.get("_remit")
        if pattern is None:
            heads = "|".join(self.lex.dictionaries["titles"].get("remit_heads", [])) or "(?!x)x"
            pattern = self.lex.patterns["_remit"] = re.compile(
                r"\s+for\s+(?:the\s+)?(?:[A-Z]" + NAME_CHAR + r"*,?\s+(?:and\s+)?){0,4}(?:" + heads + r")(?![\w\-])")
        m = pattern.match(chunk, rel)
        return m.end() if m else rel

    def _name_between_commas(self, chunk: str, rel: int) -> tuple[int, str] | None:
        """(offset in chunk, name) of a name set off by commas right after a lowercase title ending at
        `rel` ('the Iranian ambassador, Reza Amiri Moghadam, ...'); None otherwise."""
        m = self.lex.patterns["between_commas"].match(chunk, rel)
        return self._name_in_run(chunk, m.start(1), m.end(1)) if m else None

    def _institution_side(self, i: int, end: int) -> str | None:
        """The side of an institution of one side of the dyad that a title ending at `end` is 'of'
        or 'at' ('Director-General of Inter-Services Intelligence': sides.yaml `institutions`);
        None without one."""
        pats = self.lex.patterns.get("_institution_after")
        if pats is None:
            pats = self.lex.patterns["_institution_after"] = {
                iso: re.compile(r"\s+(?:of|at)\s+(?:the\s+)?(?:" + "|".join(re.escape(w) for w in ws) + r")(?![\w\-])")
                for iso, ws in self.lex.dictionaries["sides"].get("institutions", {}).items() if iso in self.lex.dyad}
        sides = [iso for iso, pat in pats.items() if pat.match(self.text, end, self.spans[i].end)]
        return sides[0] if len(sides) == 1 else None

    def _posted_in_dyad(self, place: str) -> bool:
        """The place of a posting ('Consul General in Lahore') is one of the dyad's: an official
        posted to a third country ('Ambassador to Tajikistan, X') is that country's affairs."""
        place_id = self.lex.place_names.get(place)
        return place_id is not None and self.lex.places.get(place_id, {}).get("country_iso3") in self.lex.dyad

    def _other_side_of_sentence(self, i: int) -> str | None:
        """The other side of the dyad from the one side every person sentence i names has, when
        one of them is marked by a country word in their own phrase ('Iranian Deputy Foreign
        Minister Y', 'Commander of the Iranian Navy Y'): the contrast the reporter draws. None
        when they are of no side, of both, of a third country, or all unmarked ('Foreign Minister
        X met President Y' in a report of a trip to a third country)."""
        people = [m for m in self.mentions[i] if self.is_person(m.actor_id)]
        sides = {m.side for m in people}
        if len(sides) != 1 or next(iter(sides)) not in self.lex.dyad:
            return None
        side = next(iter(sides))
        s = self.spans[i]
        for m in people:
            before = self.text[max(s.start, m.span.start - 60):m.span.start]
            words_ = list(self.lex.patterns["side"][side].finditer(before))
            if words_ and not re.search(_NOT_OWN_PHRASE, before[words_[-1].end():]):
                return self.lex.other_side(side)
        return None

    def _counterpart_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'X and his Iranian counterpart Y': a new name right after 'counterpart' is a person of
        the side its country word of the dyad gives ('his Uzbek counterpart Y', 'his counterpart
        Y': nobody), with the office of the person named before it (as 'counterpart' says)."""
        s = self.spans[i]
        for m in self.lex.patterns["counterpart"].finditer(chunk):
            named = self._name_after(chunk, m.end())
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])) or self.third_party_before(i, s.start + m.start()):
                continue
            before = [x for x in self.mentions[i] if self.is_person(x.actor_id) and x.span.start < s.start + m.start()]
            side = self.side_near(i, s.start + m.start(), s.start + m.end())
            if side is None or side not in self.lex.dyad or any(x.side == side for x in before):
                continue
            title = re.sub(r" \(.*\)$", "", before[-1].title) if before and before[-1].title else None
            at, full = named
            self._stranger(i, full, s.start + at, side, title, taken)

    def _name_in_run(self, chunk: str, start: int, end: int) -> tuple[int, str] | None:
        """(offset in chunk, name) of the person's name in a run of capitalised words after a
        title: the words after the run's last rank or honorific ('Crisis Management Cell Brigadier
        Javed Iqbal Cheema' -> 'Javed Iqbal Cheema'), without leading acronyms or place names
        ('FIA Tariq Pervaiz', 'Balochistan Humayun Qureshi'); two to five words, none of
        titles.yaml `not_names`, a side-limited honorific right before the name counting as its first
        word ('Haji Babaei': the name's for another side's person, `_stranger` decides once the side
        is known). None when no such name."""
        stop = self.lex.patterns["not_names"]
        spans = [m.span() for m in _NON_SPACE.finditer(chunk, start, end)]
        marked = self._marks([chunk[a:b].rstrip(".,") for a, b in spans])
        spans = spans[max((k + 1 for k, mark in enumerate(marked) if mark), default=0):]
        provinces = self._provinces()[1]
        while spans and (chunk[spans[0][0]:spans[0][1]].isupper() or chunk[spans[0][0]:spans[0][1]] in self.lex.place_names
                         or chunk[spans[0][0]:spans[0][1]] in provinces):
            spans.pop(0)
        if len(spans) == 1:
            spans = self._honorific_as_given_name(chunk, spans)
        words_ = [chunk[a:b] for a, b in spans][:5]
        while words_ and words_[-1].lower() in stop:
            words_.pop()
        sided = len(self._sided_before(chunk, spans[0][0])) if len(words_) == 1 else 0
        if self._name_words(" ".join(words_)) + sided < 2 or any(w.lower() in stop or w.lower() in _CALENDAR or w.isupper() for w in words_) \
                or " ".join(words_) in self.lex.place_names:
            return None
        return spans[0][0], " ".join(words_)

    def _honorific_as_given_name(self, chunk: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """`spans` (one word: a name would be too short) with the name-word honorific right before it
        added as the name's first word when another such honorific stands before that one ('Syed Pir
        Ahmad' is 'Pir Ahmad' with the honorific 'Syed'): of honorifics in a row the last may begin a
        given name, and a person's name has two words at least. Unchanged otherwise."""
        kept = self.lex.patterns["name_honorific"]
        before = list(_NON_SPACE.finditer(chunk, max(0, spans[0][0] - 40), spans[0][0]))[-2:]
        if len(before) == 2 and all(kept.fullmatch(w.group(0)) for w in before) \
                and not chunk[before[1].end():spans[0][0]].strip():
            return [before[1].span(), *spans]
        return spans

    def _marks(self, words_: list[str]) -> list[bool]:
        """For each word of a run of capitalised words (as written, without a trailing stop or comma):
        whether it is a rank or honorific that ends what comes before it, the person's name starting
        after it. An honorific that is also a name's word (titles.yaml `kept_in_name`, `honorific_sides`:
        'Mir', 'Haji', 'Syed' ...) counts only before a name's first word, alone or in a row ('Sardar
        Mir X'); right after a word that begins a name (`_begins_name`) it is inside the name: 'Ms. Sana
        Mir Jatoi', 'Ali Haji Khan' (round 26, issue 15; CURATION.md §6). Ranks and abbreviated
        honorifics ('Dr.', 'Brigadier') end a run wherever they stand ('Crisis Management Cell Brigadier X')."""
        p = self.lex.patterns
        marked, begun = [], False
        for word in words_:
            mark = bool(p["rank_or_honorific"].fullmatch(word)) and not (begun and p["name_honorific"].fullmatch(word))
            marked.append(mark)
            begun = not mark and self._begins_name(word)
        return marked

    def _begins_name(self, word: str) -> bool:
        """`word` may be a person's given name or surname: capitalised, no acronym, no place, province
        (lexicon `province_words`), country or third party's word, calendar word or titles.yaml
        `not_names` word ('Sindh', 'Balochistan', 'FIA', 'Affairs' in an office's run before the name are not)."""
        p = self.lex.patterns
        return word[:1].isupper() and not word.isupper() and word not in self.lex.place_names \
            and word not in p["province_words"] \
            and word.lower() not in p["not_names"] and word not in _CALENDAR \
            and not p["third_party"].fullmatch(word) and not any(pat.fullmatch(word) for pat in p["side"].values())

    def _stranger(self, i: int, full: str, start: int, side: str, title: str | None, taken: Taken) -> None:
        """Add a person outside the gazetteer as a new actor (slugged with python-slugify)."""
        from slugify import slugify

        start, full = self._given_honorific(start, full, side)
        actor = slugify(full)
        if self._name_words(full) < 2 or not actor or actor in self.lex.actors or self._vessel_or_unit(start, full):
            return  # a name has two words at least: 'Haji X' of the side 'Haji' is a title on names nobody
        holder = self._holder_spelt(i, full, side, title)
        if holder is not None:  # the office's holder, spelt another way: no new person
            self._add(i, holder, start, start + len(full), title=title)
            taken.append((start - self.spans[i].start, start - self.spans[i].start + len(full)))
            return
        kept = self.lex.patterns["kept_in_name"].search(self.text, max(0, start - 40), start)
        # 'Syed X Y', 'Sardar Mir X Y': the name as curators write it, the id without
        name = " ".join([*kept.group(1).split(), full]) if kept else full
        self.new_actors.setdefault(actor, {"actor_id": actor, "name": name, "actor_type": "person", "country_iso3": side})
        self._add(i, actor, start, start + len(full), title=title)
        s = self.spans[i]
        taken.append((start - s.start, start - s.start + len(full)))

    def _name_words(self, full: str) -> int:
        """Round 30: how many words a name has, a word joined by hyphens around a names.yaml particle
        ('Naveed-ul-Hassan') counting its parts but the particle: such a name is a full name, as 'Naveed ul
        Hassan' written apart is, not a surname alone (no words: 0)."""
        particles = {w.lower() for w in self.lex.dictionaries["names"].get("particles", [])}
        count = 0
        for word in full.split():
            parts = word.split("-")
            joined = any(p.lower() in particles for p in parts[1:-1])
            count += sum(p.lower() not in particles for p in parts) if joined else 1
        return count

    def _vessel_or_unit(self, start: int, full: str) -> bool:
        """Round 28: whether the run `full` at `start` names a ship, a unit or a base, not a person: a
        noun of titles.yaml `not_person_nouns` in it ('Zulfiquar Class Frigate', 'Southern Command') or
        a noun or a ship's prefix as the word right before it, no mark between ('the frigate Alborz',
        'PNS Zulfiquar'; not 'the commander of the flotilla, Captain X'). Every rule making a new
        person passes here, so the refusal is one."""
        p = self.lex.patterns
        before = self.text[max(0, start - 40):start].split()[-1:]
        return bool(p["not_person_noun"].search(full)
                    or (before and (p["not_person_noun"].fullmatch(before[0]) or p["ship_prefix"].fullmatch(before[0]))))

    def _given_honorific(self, start: int, full: str, side: str) -> tuple[int, str]:
        """(start, name) of a new person's name read from `start`, with the honorifics right before it
        that are titles on other sides only (titles.yaml `honorific_sides`), the nearest first: part of
        the name as written ('Iranian ... Mir Hossein Mousavi', 'Seyed Mir Hossein X': 'Mir' is, 'Seyed'
        stays an honorific), not dropped from it."""
        at = start
        for word in reversed(self._sided_before(self.text, start)):
            if side in self.lex.patterns["honorific_sides"][word.group(0)]:
                break
            at = word.start()
        return at, self.text[at:start] + full

    def _sided_before(self, text: str, start: int) -> list[re.Match]:
        """The side-limited honorifics (titles.yaml `honorific_sides`) in the row of kept honorifics
        right before `start` in `text`, nearest last, up to the first that is not side-limited ('Seyed
        Mir X': 'Mir'): the words that are a name's own before another side's person (round 26)."""
        kept = self.lex.patterns["kept_in_name"].search(text, max(0, start - 40), start)
        sided = self.lex.patterns["honorific_sides"]
        row = list(_NON_SPACE.finditer(text, kept.start(1), kept.end(1))) if kept else []
        k = len(row)
        while k and row[k - 1].group(0) in sided:
            k -= 1
        return row[k:]

    def _holder_spelt(self, i: int, full: str, side: str, title: str | None) -> str | None:
        """The holder of the office written beside a name (`_holder`, on the sentence's days) when
        the name is that holder's own spelt another way ('Foreign Minister Abbas Araghchee'): two
        or more words, each a transliteration (`_SAME_NAME_WORD`) of the holder's word in its place
        counted from the surname, compared after transliteration folding (`folded`: 'Araqchee' and
        'Araghchi' fold alike). Review17: a written name beside an office wins over the holder
        (fourteenth round), but a spelling of the holder's own name is not someone else."""
        from rapidfuzz import fuzz

        words = full.lower().split()
        holder = self._holder(title, side, i) if title and len(words) >= 2 else None
        own = (self.lex.actors.get(holder) or {}).get("name", "").lower().split() if holder else []
        if len(own) < len(words):
            return None
        return holder if all(fuzz.ratio(self.lex.folded(w), self.lex.folded(o)) >= _SAME_NAME_WORD
                             for w, o in zip(words[::-1], own[::-1])) else None

    def _listed_side(self, i: int, pos: int) -> str | None:
        """The side of a delegation whose members a sentence lists ('the Iranian delegation
        comprised ...', 'a Pakistani delegation, led by ...': titles.yaml `member_list`) for a title
        at `pos` after that phrase with no country word of its own; None without one such side."""
        s = self.spans[i]
        m = self._last_member_list(i, pos)  # each phrase overrides the ones before it: the last decides
        if m is None or self._met_between(i, m.end(), pos):
            return None  # 'the Iranian delegation, led by X, met Secretary Y': Y is the hosts'
        before = self.text[max(s.start, m.start() - 40):m.end()]
        found = {iso for iso, pat in self.lex.patterns["side"].items() if pat.search(before)}
        sides = found if len(found) == 1 else None if found else self._delegation_before(i, m.start())
        return next(iter(sides)) if sides else None

    def _last_member_list(self, i: int, pos: int) -> re.Match | None:
        """The last match of `member_list.finditer(text, sentence start, pos)`: the phrases share no
        words but their first, so they never overlap and those starting `_MEMBER_LIST_REACH` before
        `pos` are the sentence's own (one scan, cached); only the window before `pos` is searched
        again (xleft15: a search from the sentence's start per office was quadratic)."""
        pattern = self.lex.patterns["member_list"]
        a = max(self.spans[i].start, pos - _MEMBER_LIST_REACH)
        near = None
        for near in pattern.finditer(self.text, a, pos):
            pass
        if near is not None:
            return near
        found, starts, _ = self._cues("member_list", i)
        k = bisect_left(starts, a)
        return found[k - 1] if k else None

    def _met_between(self, i: int, a: int, pos: int) -> bool:
        """`meeting_between.search(text, a, pos)` (titles.yaml) found something, for `a` and `pos` in sentence i: the first of
        the sentence's meeting verbs (one scan, cached) from `a` on, if it ends by `pos`, else a
        search of the few characters before `pos` (where `pos` cuts a word) (xleft15: a search from
        a list's phrase to each office after it was quadratic)."""
        key = ("met", i)
        if key not in self._cache:
            s = self.spans[i]
            found = list(self.lex.patterns["meeting_between"].finditer(self.text, s.start, s.end))
            self._cache[key] = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = self._cache[key]
        k = bisect_left(starts, a)
        if k < len(starts) and ends[k] <= pos:
            return True
        back = self.lex.patterns["meeting_between_longest"] + 1  # a match ending at pos starts no further back
        return self.lex.patterns["meeting_between"].search(self.text, max(a, pos - back), pos) is not None

    def _delegation_before(self, i: int, pos: int) -> set[str] | None:
        """'A delegation led by X arrived ... The delegation included ...': for a member list opened
        by 'The delegation' with no country word, the side of the person the sentence before says
        leads a delegation (titles.yaml `member_list`'s 'led by' phrase); None otherwise."""
        s = self.spans[i]
        if i == 0 or not re.search(r"\b[Tt]he\s+$", self.text[max(s.start, pos - 5):pos]):
            return None
        prev = self.spans[i - 1]
        for m in self.lex.patterns["member_list"].finditer(self.text, prev.start, prev.end):
            led = [x for x in self.mentions[i - 1] if self.is_person(x.actor_id) and m.end() <= x.span.start < m.end() + 60]
            if led and self.lex.patterns["list_head_end"].search(m.group(0)):
                return {led[0].side} if led[0].side in self.lex.dyad else None
        return None

    def _companion_side(self, i: int, pos: int) -> str | None:
        """The side of the person a title at `pos` comes along with ('Araghchi was accompanied by
        Deputy Foreign Minister X', 'He is accompanied by ...', 'Accompanying Araghchi were X, ...':
        titles.yaml `companion`): a reporter names the guest's entourage without its country word.
        The accompanied person is the sentence's last person before the phrase, else its first
        after it, else, for a sentence opening with a pronoun, the first person of the sentence
        before; None when that is nobody of the dyad, or a meeting verb comes between."""
        s = self.spans[i]
        found, _, ends = self._cues("companion", i)
        k = bisect_right(ends, pos)  # the last cue ending by pos (`_cues_before`, without its copy)
        if not k or self._met_between(i, found[k - 1].end(), pos):
            return None
        cue = found[k - 1]
        ms = self.mentions[i]  # looked through only as far as the answer (xleft15: a list per office was quadratic)
        who = (next((m for m in reversed(ms) if m.span.end <= cue.start() and self.is_person(m.actor_id)), None)
               or next((m for m in ms if cue.start() <= m.span.start < pos and self.is_person(m.actor_id)), None)
               or self._surname_before(i, cue.start()))
        if who is None and i > 0 and _PRONOUN_SUBJECT.match(self.text, s.start, cue.start()):
            earlier = [m for m in self.mentions[i - 1] if self.is_person(m.actor_id)]
            who = min(earlier, key=lambda m: m.span.start) if earlier else None
        return who.side if who is not None and who.side in self.lex.dyad else None

    def _surname_before(self, i: int, at: int) -> Mention | None:
        """'Dar was accompanied by': the one word right before `at` that is a word of the name of
        exactly one person named in full in an earlier sentence (a surname after a full first
        mention), as that person; None otherwise."""
        word = re.search(r"([A-Z]" + NAME_CHAR + r"+)\s+$", self.text[self.spans[i].start:at])
        if word is None or word.group(1).lower() in self.lex.patterns["not_names"]:
            return None
        earlier = {m.actor_id: m for ms in self.mentions[:i] for m in ms if m.named and self.is_person(m.actor_id)}
        owners = [m for a, m in earlier.items() if word.group(1).lower() in self._spelling_words(a)]
        return owners[0] if len(owners) == 1 else None

    def _appositive_strangers(self, i: int, chunk: str, taken: Taken) -> None:
        """'Karim Nouri, the Deputy Interior Minister of Iran': a name not in the gazetteer followed
        by a comma and a title of a country (a country word in the title's phrase) is a new actor
        holding that title."""
        s = self.spans[i]
        for title, t_start, t_end, generic in self.titles_in(i):
            if generic:
                continue
            starts = self._chunk_starts(chunk)
            before = appositive_before(self.lex.patterns["appositive"], chunk, starts, t_start - s.start)
            if not before:
                continue
            named = self._name_in_run(chunk, before.start(1), before.end(1))
            side = self.side_near(i, t_start, t_end) or (self._listed_side(i, t_start) or self._companion_side(i, t_start)
                                                         or self._institution_side(i, t_end)
                                                         if not self._side_within(t_start, t_end) else None) \
                or self._institution_within(t_start, t_end)
            if named is None or taken.overlaps(named[0], named[0] + len(named[1])):
                continue
            at, full = named
            if side is not None:
                self._stranger(i, full, s.start + at, side, title, taken)
            elif not self.third_party_before(i, t_start) and not self._demonym_before(i, t_start) and not self._foreign_after(t_end):
                self._apposed_unsided.setdefault(i, []).append((title, s.start + at, full))
                self._apposed_offices.add(t_start)  # the new name's own office: no other holder (`_offices`)

    def _foreign_after(self, end: int) -> bool:
        """A third country named right after an office ('the Deputy Foreign Minister of Tajikistan'):
        a third-party word, or a place of the gazetteer outside the dyad."""
        gap = _OF_AFTER.match(self.text, end)
        if gap is None:
            return False
        if self.lex.patterns["third_party"].match(self.text, gap.end()):
            return True
        words_ = (_CAPITALISED.match(self.text, gap.end()) or re.match("", "")).group(0).split()
        found = next((self.lex.place_names[" ".join(words_[:n])] for n in range(len(words_), 0, -1)
                      if " ".join(words_[:n]) in self.lex.place_names), None)
        return found is not None and self.country_of(found) not in self.lex.dyad

    def _institution_within(self, start: int, end: int) -> str | None:
        """The one side of an institution of sides.yaml named inside a title's own words ('Secretary of
        the Supreme National Security Council'); None without one or with both."""
        self._complement_side(start, start, end)  # compiles the institutions' patterns once
        institutions = self.lex.patterns["_institution_at"]
        sides = {iso for iso, pat in institutions.items() if pat.search(self.text, start, end)}
        return sides.pop() if len(sides) == 1 else None

    def _apposed_unsided_strangers(self, i: int) -> None:
        """'held negotiations with Y, Minister of Interior of our country,' after 'The Pakistani
        minister of interior': a new name before a capitalised office of no side is of the other side
        of a sentence whose people are all of one side and marked so (`_other_side_of_sentence`, the
        contrast the reporter draws), read once the sentence's offices are read. Without such a
        person the side stays unknown and the name gives nobody."""
        s = self.spans[i]
        taken = Taken()
        for m in self.mentions[i]:
            taken.append((m.span.start - s.start, m.span.end - s.start))
        for title, start, full in self._apposed_unsided.get(i, []):
            side = self._other_side_of_sentence(i)
            if side is not None and not taken.overlaps(start - s.start, start - s.start + len(full)):
                self._stranger(i, full, start, side, title, taken)

    def _offices(self, i: int) -> None:
        """'the army chief', "Iran's president": a title without a name is its holder: the
        person the report names with that title, else the office-holder table's on that day when
        the report names that person too (`_table_holder`)."""
        named = Taken()
        for m in self.mentions[i]:
            named.append((m.span.start, m.span.end))
        outer = (-1, -1)  # the last title read: one inside it ('Foreign Minister' in 'Deputy Foreign Minister') is not another office
        for title, start, end, generic in self.titles_in(i):
            if outer[0] <= start and end <= outer[1]:
                continue
            outer = (start, end)
            if self._modified(start, end):
                continue  # 'deputy foreign minister', "the prime minister's adviser": another office, not this one's holder
            if generic and self._in_rank(start, end):
                continue  # 'Air Chief Marshal X': a rank before a name, not the air chief
            after = named.first_from(start, end + 60)
            if named.holds(start) or (after and (after[0] < end or self.lex.patterns["title_gap"].fullmatch(self.text[end:after[0]]))):
                continue  # a title introducing a name already found ('the interior minister met X' introduces nobody)
            if not generic and (start in self._apposed_offices or self._title_of_named_before(i, start)):
                continue  # 'X, Minister of Defence and ... of Iran,': X's own office, not another holder
            side = self.side_near(i, start, end)
            if side is None and self.third_party_before(i, start):
                continue  # 'the Tajik president', 'his Afghan counterpart': another country's office-holder
            side = side or self._posting_side(i, end)
            holder = self.title_holder.get((title, side)) if side else \
                next((a for (t, _), a in self.title_holder.items() if t == title), None)
            if holder is None and not generic and self._name_follows(i, end):
                continue  # a title with a name after it introduces that person: the name rules read them
            holder = holder or self._table_holder(title, side, i)
            if holder and holder not in self._actors_in[i]:
                self._add(i, holder, start, end, named=False, title=title)
            elif holder is None and side is not None:
                self.unheld.setdefault(i, []).append((title, side))
                self._unnamed_office(i, title, side, start, end)
        self.probes += named.probes

    def _table_holder(self, title: str, side: str | None, i: int) -> str | None:
        """The office-holder table's holder of a title on sentence i's days, only when the report
        also names that holder by a spelling of their name somewhere (`_named`): the table confirms
        who 'the interior minister' is, it never supplies a name the report does not give
        (CURATION.md §6; issue 15's date-restricted roles as a confirmation). None otherwise: the
        office is then unheld, and an `unnamed_body` office is the body it represents."""
        holder = self._holder(title, side, i)
        return holder if holder and (self._named(holder) or self._surname_after(holder, i)) else None

    def _surname_after(self, holder: str, i: int) -> bool:
        """The report writes the table's holder's surname alone (the last word of their gazetteer
        name, as written) in sentence i, where the office is told, or after it ('the interior
        minister of Iran ... Momeni said'): by newswire convention the same person, the holder the
        table gives on that day (round 21; CURATION.md §6: the report still gives the name). Not
        when the report names someone else with that surname in full ('Ali Momeni, a trader'): a
        capitalised word right before it (even one opening a sentence) that is not of the holder's
        spellings, a day or month, a rank, an honorific or a title; nor a name `_contradicted_names` kept."""
        name = (self.lex.actors.get(holder) or {}).get("name") or ""
        surname = name.split()[-1] if len(name.split()) > 1 else ""
        if len(surname) < 3:
            return False
        if any(w == surname.lower() for _, w in self._contradicted):
            return False
        own = self._spelling_words(holder)
        bare = False
        for m in re.finditer(r"(?<![\w\-])" + re.escape(surname) + r"(?![\w\-])", self.text):
            before = _NAME_WORDS_BEFORE.search(self.text, max(0, m.start() - 60), m.start())
            words_ = before.group(0).split() if before else []
            word = words_[-1] if words_ else ""
            if not word or word.lower() in own or word in _CALENDAR \
                    or self.lex.patterns["rank_or_honorific"].fullmatch(word.rstrip(".")) or self.lex.patterns["title_scan"].search(word):
                bare = bare or (m.start() >= self.spans[i].start and word.lower() not in own)
                continue
            return False  # another person of that surname named in full
        return bare

    def _in_rank(self, start: int, end: int) -> bool:
        """The words at start:end begin a longer rank (titles.yaml `ranks`: 'Air Chief' in 'Air Chief Marshal')."""
        m = self.lex.patterns["rank_or_honorific"].match(self.text, start)
        return m is not None and m.end() > end

    def _name_follows(self, i: int, end: int) -> bool:
        """A new name comes right after the title ending at `end`, a comma, ranks or honorifics
        between ('Foreign Secretary X', 'Chief of the Air Staff, Air Chief Marshal X'): the title
        introduces that person (read by the new-person rules), not the table's holder of the day."""
        s = self.spans[i]
        chunk, rel = self.text[s.start:s.end], end - s.start
        comma = re.match(r",\s*", chunk[rel:])
        return self._name_after(chunk, rel + (comma.end() if comma else 0)) is not None

    def _named(self, actor: str) -> bool:
        """The report names the actor somewhere by a spelling of their name: a mention with
        `named` True, which the first pass of `find` gives every sentence (gazetteer spellings, one
        letter off, new titled names) before any office is read; mentions by office, pronoun or
        rank ('the admiral') are `named` False and do not count."""
        return any(m.named and m.actor_id == actor for ms in self.mentions for m in ms)

    def _modified(self, start: int, end: int) -> bool:
        """An office word with a modifier just before or after it (titles.yaml `office_modifiers`)."""
        p = self.lex.patterns
        return bool(p["office_modifier_before"].search(self.text, max(0, start - 40), start)
                    or p["office_modifier_after"].match(self.text, end))

    def _title_of_named_before(self, i: int, start: int) -> bool:
        """A person named by name ends right before the title at `start`, a comma between
        ('X, Minister of Defence ...'): the title is that person's appositive."""
        return any(m.named and self.is_person(m.actor_id) and m.span.end <= start
                   and _TITLE_AFTER_GAP.fullmatch(self.text, m.span.end, start) for m in self.mentions[i])

    def _unnamed_office(self, i: int, title: str, side: str, start: int, end: int) -> None:
        """'the Iranian Deputy Defence Minister' with no holder named in the report or in the
        office-holder table: the organisation the official represents, with the office as title
        (CURATION.md §6, unnamed officials; titles.yaml `unnamed_body`, `unnamed_office`)."""
        titles = self.lex.dictionaries["titles"]
        if not titles["titles"].get(title, {}).get("unnamed_body"):
            return
        group = titles.get("unnamed_office", {}).get("name")
        actor = next((actors.get(side) for g, actors, _, _ in self.lex.patterns["group"] if g == group), None)
        if actor in self.lex.actors and actor not in self._actors_in[i]:
            self.mentions[i].append(Mention(actor, side, i, Span(start, end), title, True))
            self._actors_in[i].add(actor)

    def _groups(self, i: int) -> None:
        """'the Iranian delegation', 'Pakistani military officials', 'senior officials from both
        sides': unnamed officials as the organisation they represent (titles.yaml `groups`)."""
        s, taken = self.spans[i], []
        if not union_of(self.lex, "_any_group", [g[2] for g in self.lex.patterns["group"]]).search(self.text, s.start, s.end):
            return  # no group phrase in the sentence: one scan instead of one per group
        for title, actors, pat, unnamed in self.lex.patterns["group"]:
            for m in pat.finditer(self.text, s.start, s.end):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if unnamed and any(self._names_office(m.start(), m.end(), x) for x in self.mentions[i]):
                    continue  # a name follows, or the office's holder is known (another group is no name)
                taken.append(m.span())
                if self._named_next(i, m.end()) or self._brought(i, m.start()):
                    self._drop_spelt_group(i, m.start(), m.end())
                    continue  # 'the delegation was led by X', 'X, leading a delegation': X, not the body (CURATION.md §12)
                if self._planned(i, m.start()):
                    continue  # 'will be accompanied by a delegation', 'the delegation will travel': not yet present
                if self._speaks(m.end()):
                    continue  # '..., officials from both delegations said': a statement's source (§12, who30)
                for side in self._group_sides(i, m.start(), m.end()):
                    own = self.lex.patterns["group_titles"].get(title, {}).get(side, title)
                    body, actor = self._led_by(i, title, side) or (own, actors.get(side))
                    if actor in self.lex.actors and all(x.actor_id != actor for x in self.mentions[i]):
                        self.mentions[i].append(Mention(actor, side, i, Span(m.start(), m.end()), body, True))

    def _speaks(self, end: int) -> bool:
        """Round 30 (who30): the group phrase ending at `end` is the subject of a reporting verb right
        after it ('officials from both delegations said', 'senior officials told reporters': the
        places.yaml `told_at` words): a body told only as the source of a statement, which CURATION.md
        §12 does not code; a word of presence ('were also present') is not such a verb."""
        gap = _SPEAKER_GAP.match(self.text, end)
        return gap is not None and self.lex.patterns["told_at"].match(self.text, gap.end()) is not None

    def _names_office(self, start: int, end: int, x: Mention) -> bool:
        """Whether the person mention x is the one an unnamed office phrase at start:end tells: over
        the phrase (the holder known), or right after it with only a posting and titles between
        ("Iran's ambassador to Pakistan X", 'the envoy, Mr X'). Not a person after a verb ('the
        envoy called on Field Marshal X': the counterpart, round 28), who left the envoy unread."""
        if not self.is_person(x.actor_id) or x.span.end <= start or x.span.start >= end + 40:
            return False
        return x.span.start < end or self.lex.patterns["appositive_gap"].fullmatch(self.text, end, x.span.start) is not None

    def _named_next(self, i: int, end: int) -> bool:
        """A group phrase ending at `end` is followed by 'led by' / 'including' (titles.yaml
        `group_named_by`) and then, within 100 characters, a person the sentence names by name, or
        right after it a capitalised word that is no office or sentence word (titles.yaml `not_names`):
        a name the gazetteer lacks ('was led by the foreign minister', no holder named, describes the
        body: it stays)."""
        s = self.spans[i]
        m = self.lex.patterns["group_named_by"].match(self.text, end, s.end)
        if m is None:
            return False
        if any(m.end() <= x.span.start < m.end() + 100 and x.named and self.is_person(x.actor_id) for x in self.mentions[i]):
            return True
        # a name or a place-qualified title the gazetteer lacks ('led by Sistan-Balochistan Deputy Governor
        # X'): a person all the same; an office word or 'the' first ('led by Foreign Minister', 'by the') is not
        word = re.match(r"[A-Z][\w’'\-]+", self.text[m.end():s.end])
        return word is not None and word.group().lower() not in self.lex.patterns["not_names"]

    def _drop_spelt_group(self, i: int, start: int, end: int) -> None:
        """The gazetteer spells some bodies as a group ('Iranian delegation' is an alias of Iran's
        government): such a mention over the group phrase text[start:end] that a named head leads
        is dropped like the group itself (CURATION.md §12)."""
        here = self.mentions[i]
        kept = [x for x in here if self.is_person(x.actor_id) or not (x.span.start < end and start < x.span.end)]
        if len(kept) != len(here):
            self.mentions[i] = kept
            self._actors_in[i] = {x.actor_id for x in kept}

    def _brought(self, i: int, start: int) -> bool:
        """The group phrase at `start` is a delegation someone leads or brings ('leading a
        high-level delegation', 'accompanied by a delegation'; titles.yaml `group_brought_by`): the
        phrase ends at most five words before it, in the same sentence (CURATION.md §12)."""
        lo = max(self.spans[i].start, start - 80)
        return self.lex.patterns["group_brought_by"].search(self.text[lo:start]) is not None

    def _planned(self, i: int, pos: int) -> bool:
        """The clause holding `pos` tells a plan (engagement.yaml `future` words: 'will', 'is to')."""
        s = self.spans[i]
        sentence = self.text[s.start:s.end]
        a, b = clause_at(sentence, pos - s.start)
        return self.lex.patterns["future"].search(sentence, a, b) is not None

    def _led_by(self, i: int, group: str, side: str) -> tuple[str, str] | None:
        """A delegation led by a speaker is the parliament's, not the government's (CURATION.md §6,
        E000014): the group (name, actor) that titles.yaml `groups.<group>.led_by` gives the office
        of the one person of `side` that sentence i names (their title there, else the
        office-holder table on the report's date); None when no such office or several people."""
        led_by = self.lex.patterns["group_led_by"].get(group)
        people = {x.actor_id: x for x in self.mentions[i] if x.side == side and self.is_person(x.actor_id)}
        if not led_by or len(people) != 1:
            return None
        (actor, mention), = people.items()
        offices = self.lex.offices_held(actor, self.published)
        if mention.title:
            offices.add(re.sub(r" \(.*\)$", "", mention.title))
        bodies = {led_by[o] for o in offices if o in led_by}
        if len(bodies) != 1:
            return None
        name = bodies.pop()
        body = next((actors.get(side) for g, actors, _, _ in self.lex.patterns["group"] if g == name), None)
        return (name, body) if body else None

    def _group_sides(self, i: int, start: int, end: int) -> list[str]:
        """The sides a group phrase at text[start:end] stands for: its country word's; both for talks
        at delegation level (titles.yaml `group_both_sides`) or 'from both sides'; else the one side
        of the people the sentence names before it."""
        if self.lex.patterns["group_both_sides"].search(self.text[start:end]):
            return list(self.lex.dyad)
        inner = self._phrase_side(start, end)  # 'senior Pakistani officials'
        if inner == "third" or self.third_party_before(i, start):
            return []  # 'the Afghan delegation': a third country's officials (CURATION.md §12)
        side = inner or self.side_near(i, start, end)
        if side:
            return [side]
        if self.lex.patterns["joint"].search(self.text[end:min(self.spans[i].end, end + 25)]):
            return list(self.lex.dyad)
        # 'X, leading a delegation': the one side of the people named before it
        sides = {m.side for m in self.mentions[i] if m.side and self.is_person(m.actor_id) and m.span.start < start}
        return list(sides) if len(sides) == 1 else []

    def counterpart_of(self, i: int, pos: int, other: Mention) -> Mention | None:
        """'his (Iranian) counterpart' near `pos`: the holder of `other`'s office on the other side."""
        s = self.spans[i]
        m = self.lex.patterns["counterpart"].search(self.text, pos, min(s.end, pos + 80))
        title = other.title or next((t for (t, _), a in self.title_holder.items() if a == other.actor_id), None)
        if not m or title is None or other.side not in self.lex.dyad or self.third_party_before(i, m.start()):
            return None
        bare = re.sub(r" \(.*\)$", "", title)
        side = self.lex.other_side(other.side)
        for office in (bare, *self.lex.counterparts.get(bare, [])):  # the same office, else its counterpart's (titles.yaml)
            actor = self.title_holder.get((office, side)) or self._holder(office, side, i)
            if actor and self._named(actor):  # the table confirms a name the report gives, never supplies one (CURATION.md §6)
                return Mention(actor, side, i, Span(m.start(), m.end()), office, named=False)
        return None

    def plural_office(self, i: int, at: int | None = None) -> list[Mention]:
        """'their foreign ministers', 'the two army chiefs': each side's holder of that office (the
        office-holder table on the sentence's days); with `at`, only the phrase starting there."""
        s = self.spans[i]
        for m in _PLURAL_OFFICE.finditer(self.text, s.start, s.end):
            if at is not None and m.start() != at:
                continue
            singular = m.group(1)[:-1]
            for title, pat in self.lex.patterns["title"].items():
                if pat.fullmatch(singular) or pat.fullmatch(singular.title()):
                    holders = [self.title_holder.get((title, side)) or self._holder(title, side, i)
                               for side in self.lex.dyad]
                    if all(holders):
                        span = Span(m.start(), m.end())
                        return [Mention(a, side, i, span, title, named=False) for a, side in zip(holders, self.lex.dyad)]
        return []

    def mentions_of(self, actor: str) -> list[tuple[int, Mention]]:
        """The actor's mentions as (sentence index, mention), in text order: an index built on first
        use once `find` has read the report (the candidates stage asks it per mover: a scan of every
        mention per call made a report of many people quadratic, round 22, review N5)."""
        if self._by_actor is None:
            self._by_actor = {}
            for i, ms in enumerate(self.mentions):
                for m in ms:
                    self._by_actor.setdefault(m.actor_id, []).append((i, m))
        return self._by_actor.get(actor, [])

    def naming_span(self, actor: str) -> Span | None:
        """The first sentence that names the actor (an index built once, not a scan per call)."""
        if self._naming is None:
            self._naming = {}
            for i, ms in enumerate(self.mentions):
                for m in ms:
                    if m.named:
                        self._naming.setdefault(m.actor_id, self.spans[i])
        return self._naming.get(actor)

    def organisations(self, i: int) -> list[Mention]:
        """The mentions of sentence i that are not persons (a delegation, an embassy), in order."""
        key = ("organisations", i, len(self.mentions[i]))
        if key not in self._cache:
            self._cache[key] = [m for m in self.mentions[i] if not self.is_person(m.actor_id)]
        return self._cache[key]

    def is_person(self, actor: str) -> bool:
        return self.lex.is_person(actor, self.new_actors)

    # -- places --------------------------------------------------------------------------
    def places_in(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, place_id) of every place named in text[start:end]: GeoNames names (also in
        capitals, as datelines write them), then the dictionaries' place phrases."""
        key = ("places", start, end)
        if key not in self._cache:
            self._cache[key] = self._places_in(start, end)
        return self._cache[key]

    def _places_in(self, start: int, end: int) -> list[tuple[int, str]]:
        chunk = self.text[start:end]
        found = self.named_places(start, end)
        phrases = self.lex.patterns["place_phrase"]
        gate = self.lex.patterns.get("any_place_phrase")
        if gate is None:  # the phrases do not compile as one tree: their trees joined
            if union_of(self.lex, "_any_place_phrase", list(phrases.values())).search(chunk):
                found += [(start + m.start(), pid) for pid, pat in phrases.items()
                          if pid in self.lex.places for m in pat.finditer(chunk)]
        elif first := gate.search(chunk):  # each place's phrases tried only where one of the family matches
            starts = match_starts(self.lex.patterns["any_place_phrase_at"], chunk, first.start())
            found += [(start + m.start(), pid) for pid, pat in phrases.items()
                      if pid in self.lex.places for m in all_matches(pat, starts, chunk)]
        return sorted(set(found))

    def named_places(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, place_id) of every GeoNames name in text[start:end] (longest first at each
        capitalised word; a hyphenated word that begins none, by its parts), in text order."""
        chunk = self.text[start:end]
        table, longest = self.lex.patterns["place_lookup"], self.lex.patterns["place_longest"]
        heads = _place_heads(self.lex)
        found: list[tuple[int, str]] = []
        for run in _CAPITALISED.finditer(chunk):
            phrase, at = run.group(0), start + run.start()
            if " " not in phrase and phrase not in heads and not any(c.isspace() for c in phrase):
                if "-" in phrase:  # one word, no place name begins with it: only its hyphenated parts
                    found += self._hyphen_parts(phrase, at)
                continue
            words_ = [w.span() for w in _NON_SPACE.finditer(phrase)]
            for i, (a, b) in enumerate(words_):
                if phrase[a:b] not in heads:  # no place name begins with this word
                    if "-" in phrase[a:b]:
                        found += self._hyphen_parts(phrase[a:b], at + a)
                    continue
                for n in range(min(longest, len(words_) - i), 0, -1):
                    name = phrase[a:words_[i + n - 1][1]]
                    if name in table:
                        if not _names_organisation(self.lex, phrase, words_, i + n):
                            found.append((at + a, table[name]))
                        break
                else:  # a compound of places ('Pishin-Mand', a crossing named by its two towns): each part
                    if "-" in phrase[a:b]:
                        found += self._hyphen_parts(phrase[a:b], at + a)
        return found

    def called_places(self, start: int, end: int) -> list[tuple[int, str]]:
        """`places_in` and `minor_places` together, in text order: the places of a clause that
        tells an engagement (frames._place) or where a gathering was held."""
        key = ("called", start, end)
        if key not in self._cache:
            self._cache[key] = sorted(set(self.places_in(start, end) + self.minor_places(start, end)))
        return self._cache[key]

    def minor_places(self, start: int, end: int, called: bool = False) -> list[tuple[int, str]]:
        """(offset, place_id) of every minor town (`lex.minor_place_names`) text[start:end] names
        right after a word that calls for a place ('in Geneva', places.yaml `calls_for_place`):
        the whole capitalised run must be the town's name (not 'Geneva Hall'), with no possessive
        after it ('Lausanne's') and no person's name in it. `called`: text[start:] comes right
        after such a word ('the summit, held in' + ' Shusha')."""
        table = self.lex.minor_place_names
        return [(at, table[name]) for at, name in self._called_names(start, end, table, called)]

    def unlisted_place(self, start: int, end: int) -> list[int]:
        """Where text[start:end] names, where a clause calls for a place ('in Hanoi'), a city of a
        country the countries table lacks (`lex.unlisted_place_names`): a venue the gazetteer cannot
        give (the offset right after the calling word; none: an empty list)."""
        return [at for at, _ in self.unlisted_named(start, end)]

    def unlisted_named(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, name) of each such city (`unlisted_place`): the name, to say why a meeting there is not written."""
        return self._called_names(start, end, self.lex.unlisted_place_names)

    def _called_names(self, start: int, end: int, table, called: bool = False) -> list[tuple[int, str]]:
        """(offset, name) of every name of `table` written as a whole capitalised run right after
        a word that calls for a place, not followed by a possessive and no person's name."""
        found = []
        calls = [_SPACES.match(self.text, start, end)] if called else []  # text[start:] follows a call already
        for m in calls + list(self.lex.patterns["calls_for_place"].finditer(self.text, start, end)):
            name = self.lex.patterns["minor_name"].match(self.text, m.end(), end)  # the whole run: 'Geneva Hall' is no 'Geneva'
            if name is None or name.group(0) not in table or self.text.startswith(("'s", "’s"), name.end()):
                continue
            if name.group(0).lower() in self.lex.alias_owner:
                continue
            found.append((m.end(), name.group(0)))
        return found

    def _holder(self, title: str, side: str | None, i: int) -> str | None:
        """Who held the office on the days sentence i tells (`dates.held_spans`: its dates, else the
        report's day), cached in the lexicon (the office-holder table is fixed for a lexicon;
        reports of one day ask the same)."""
        cache = self.lex.patterns.setdefault("_holder", {})
        key = (title, side, self._held_spans(i))
        if key not in cache:
            cache[key] = self.lex.holder_during(title, side, key[2])
        return cache[key]

    def _held_spans(self, i: int) -> tuple:
        """`dates.held_spans` of sentence i, read once per sentence: a listing of n offices asked it
        n times, each reading every date of the sentence (n² work)."""
        key = ("held_spans", i)
        if key not in self._cache:
            self._cache[key] = held_spans(self.text[self.spans[i].start:self.spans[i].end], self.published,
                                          self.lex.dictionaries["engagement"])
        return self._cache[key]

    def _hyphen_parts(self, word: str, at: int) -> list[tuple[int, str]]:
        """(offset, place_id) of each part of a hyphenated word that is a place name on its own."""
        if "-" not in word:
            return []
        table = self.lex.patterns["place_lookup"]
        return [(at + m.start(), table[m.group(0)]) for m in re.finditer(r"[^\-]+", word) if m.group(0) in table]

    def venue_in(self, start: int, end: int, country: str | None = None, trigger: int | None = None) -> tuple[str, str] | None:
        """(venue, place_id) of a known venue text[start:end] names; a venue each side has one of
        ('the Presidency': places.yaml venues with a `side`) only as `country`'s. With `trigger` (the
        text offset of the engagement's trigger), not one named in the sentence's attribution ('...,
        an official at the Interior Ministry told reporters': extract/attribution.py)."""
        key = ("venue", start, end, country, trigger)  # asked once per candidate of a sentence: scanned once
        if key not in self._cache:
            chunk = self.text[start:end]
            self._cache[key] = next(((name, place) for name, place, pat in self.lex.patterns["venue"]
                                     if self._venue_named(chunk, pat, name, start, trigger)), None) \
                or next(((name, place) for name, place, side, pat in self.lex.patterns.get("sided_venue", [])
                         if side == country and self._venue_named(chunk, pat, name, start, trigger)), None)
        return self._cache[key]

    def _venue_named(self, chunk: str, pattern: re.Pattern, name: str, offset: int = 0, trigger: int | None = None) -> bool:
        """`pattern` names the venue `name` in `chunk` (text[offset:...]) as the row's own building
        (`venue_owned`) and other than as the one speaking ('a statement issued by the Foreign Office',
        'the Foreign Office said': places.yaml venue_as_speaker), which tells who reports the meeting,
        not where it was; nor in the attribution of the engagement whose trigger is at text offset
        `trigger` (`told_in_attribution`)."""
        before, after = self.lex.patterns.get("speaker_before"), self.lex.patterns.get("speaker_after")
        for m in pattern.finditer(chunk):
            if not self.venue_owned(chunk, m.start(), name):
                continue
            if self.told_in_attribution(trigger, offset + m.start(), offset + m.end()):
                continue
            if before is None or after is None:
                return True
            if not (before.search(chunk, max(0, m.start() - 30), m.start()) or after.match(chunk, m.end())):
                return True
        return False

    def told_in_attribution(self, trigger: int | None, start: int, end: int) -> bool:
        """Whether text[start:end] (a venue's phrase) lies in an attribution of the engagement whose
        trigger starts at text offset `trigger`, in the trigger's sentence (attribution.in_attribution:
        where the news was told, not where the engagement was). False without a trigger, or for a
        phrase outside the trigger's sentence."""
        if trigger is None or "told_at" not in self.lex.patterns:
            return False
        k = bisect_right(self._sentence_starts(), trigger) - 1
        if k < 0 or not (s := self.spans[k]).start <= start < end <= s.end:
            return False
        return in_attribution(self.lex.patterns, self.text[s.start:s.end], trigger - s.start, start - s.start,
                              end - s.start, self._persons_named(k))

    def _persons_named(self, i: int) -> list[int]:
        """Sorted offsets in sentence i where a person is named: their mentions, and a capitalised
        word of the name of a person the report named up to there ('told Momeni' after 'Eskandar
        Momeni': a surname repeated in one sentence is no mention of its own)."""
        s = self.spans[i]
        people = {m.actor_id for ms in self.mentions[:i + 1] for m in ms if m.named and self.is_person(m.actor_id)}
        spelt = {w for a in people for w in self._spelling_words(a)}
        found = {m.span.start - s.start for m in self.mentions[i] if self.is_person(m.actor_id)}
        found.update(w.start() - s.start for w in _SURNAME_WORD.finditer(self.text, s.start, s.end) if w.group(0).lower() in spelt)
        return sorted(found)

    def _sentence_starts(self) -> list[int]:
        key = ("sentence_starts",)
        if key not in self._cache:
            self._cache[key] = [s.start for s in self.spans]
        return self._cache[key]

    def venue_owned(self, chunk: str, at: int, name: str) -> bool:
        """Whether the venue `name` named at offset `at` of `chunk` is its row's building (places.yaml
        venues `country`, `own`): the capitalised words right before it, after 'the' or a venue
        preposition, all name the row's country or its own service ('the Pakistan Navy's Naval
        Headquarters'); not when they name another ('the Iranian Naval Headquarters', 'the Ground
        Force GHQ': another country's or another service's building of that kind, placing nothing)."""
        words = self.lex.patterns["venue_modifiers"].search(chunk, max(0, at - 80), at)
        own = self.lex.patterns["venue_own"].get(name)
        return words is None or own is None or own.fullmatch(words.group(1)) is not None

    def city_in_venue(self, start: int, end: int, name: str, place_id: str) -> bool:
        """Whether a spelling of the place `place_id` lies inside a phrase of the venue `name` in
        text[start:end] ('the parliament building in Baharestan', places.yaml venues): the word is
        part of the venue's name there (Tehran's Baharestan Square), not GeoNames' town of that name,
        so the venue's city places the meeting."""
        chunk = self.text[start:end]
        spelt = self.lex.place_spellings(place_id)
        return any(re.search(rf"\b{re.escape(n)}\b", m.group(0)) for v, _, pat in self.lex.patterns["venue"] if v == name
                   for m in pat.finditer(chunk) for n in spelt)

    def venue_at(self, start: int, end: int, trigger: int | None = None) -> tuple[str, str] | None:
        """(venue, place_id) of a known venue that text[start:end] puts something at ('at the
        Sa'dabad Palace', 'at General Headquarters'); None for a venue named otherwise ('the
        Foreign Office said'), one whose place is not in the gazetteer, or, with `trigger` (the text
        offset of the engagement's trigger), one in the sentence's attribution ('..., an official at
        the Foreign Office told reporters': `told_in_attribution`)."""
        chunk = self.text[start:end]
        for name, place, pat in self.lex.patterns["venue"]:
            for m in pat.finditer(chunk):
                if not self.venue_owned(chunk, m.start(), name):
                    continue
                at = m.group(0).lower().startswith(("at ", "in ")) or self.lex.patterns["at_venue"].search(chunk, 0, m.start())
                if place in self.lex.places and at and not self.told_in_attribution(trigger, start + m.start(), start + m.end()):
                    return name, place
        return None

    def country_of(self, place_id: str | None) -> str | None:
        return self.lex.places.get(place_id, {}).get("country_iso3") if place_id else None
