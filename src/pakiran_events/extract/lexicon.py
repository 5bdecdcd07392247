"""The extractor's knowledge, as data: people (actors, aliases and the office-holder table of the
gazetteer package), places (GeoNames through `places.py`), and the word lists of
`dictionaries/*.yaml` plus any user file. Compiled once in the parent into one picklable
`Lexicon`, which is sent to each worker once.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

import yaml

from pakiran_events.core.cues import MONTHS as CALENDAR_MONTHS
from pakiran_events.core.cues import office_of
from pakiran_events.extract.first_chars import captures, first_chars, guard
from pakiran_events.extract.starts import lookahead
from pakiran_events.extract.translit import compile_folds, fold

DICTIONARY_DIR = Path(__file__).parent / "dictionaries"
MIN_ALIAS_LENGTH = 4
# the months' names as written in running text ('Last April, ...'): the calendar's, not vocabulary
MONTHS = "|".join(m.capitalize() for m in CALENDAR_MONTHS)
# a letter of a personal name, for every name pattern of the extractor: a word character, an
# apostrophe or a hyphen ("Naru'i", 'Amir-Abdollahian'), or a combining mark (a report in decomposed
# Unicode writes 'é' as 'e' + U+0301; review19: 'Mome\u0301ni' was read as 'Mome')
NAME_CHAR = r"[\w’'\-\u0300-\u036f]"
# words: every per-word memo of the extractor (the folded names here, the fuzzy surname pass's in
# mentions.py) is emptied past this many entries (review19/20: they grew with every word a worker read);
# a report's distinct name words are a few hundred, a worker's whole corpus some tens of thousands
WORD_CACHE_LIMIT = 65_536
_T = TypeVar("_T")
ENGAGEMENT_KINDS = ("meeting", "phone", "visit", "arrival", "departure", "reception", "passive_meeting", "ceremony",
                    "commission")


@lru_cache(maxsize=8)
def _compiled_folds(pairs: tuple[tuple[str, str], ...]) -> tuple[tuple[re.Pattern, str], ...]:
    """names.yaml `folds` compiled once per distinct list (one per lexicon in practice)."""
    return compile_folds([list(pair) for pair in pairs])


def bounded(cache: dict) -> None:
    """Empty a per-word memo that reached `WORD_CACHE_LIMIT` entries before it takes one more: the
    memo only saves work (each value is recomputed the same), so a long-lived worker reading a
    million reports keeps its memory bounded instead of one entry per distinct word seen. The one
    bounding of the extractor's word memos (round 21: the folded names' LRU cache was a second)."""
    if len(cache) >= WORD_CACHE_LIMIT:
        cache.clear()


def _escaped(phrases: list[str]) -> str:
    """Plain phrases as one alternation in their order (a never-matching one for none)."""
    return "|".join(map(re.escape, phrases)) or "(?!x)x"


def words(phrases: list[str], flags=re.IGNORECASE) -> re.Pattern:
    """One pattern for a list of phrases (regular expressions), on word boundaries, longest first.

    The alternation is written as a prefix tree (`prefix_tree`): it matches exactly what the
    plain alternation of the phrases, longest first, matches, but the regex engine does not try
    every phrase at each word of the text, only those that begin with its letters."""
    ordered = sorted(set(phrases), key=len, reverse=True) or ["(?!x)x"]
    return re.compile(r"(?<![\w\-])(?:" + prefix_tree(ordered, bool(flags & re.IGNORECASE)) + r")(?![\w\-])", flags)


def pair_phrase(sides: dict, *nouns: str, between: int = 2) -> str:
    """The pair told by a common noun, as one regular expression: one of sides.yaml `pair_numbers`,
    up to `between` words, then a noun of the `nouns` keys ('pair_persons': 'the two foreign
    ministers', 'both men'; 'pair_sides': 'the two countries'). sides.yaml is the one source of the
    pair (round 28): every pattern of it (`pair_of_people`, `both_sides`, `reception_pair`, `joint`)
    is made here, the persons' pair apart from the sides'."""
    numbers = alternation(sides.get("pair_numbers", [])).replace(" ", r"\s+")
    told = alternation([w for key in nouns for w in sides.get(key, [])])
    return rf"(?:{numbers})\s+(?:[a-z]+\s+){{0,{between}}}(?:{told})"


def joined_words(phrases: list[str], joined: list[str], flags=re.IGNORECASE) -> re.Pattern:
    """`words`, also right after one of `joined` and a hyphen ('ex-Prime Minister', 'ex-army chief':
    titles.yaml `office_joined`), which `words`' boundary refuses as part of a hyphenated word; the
    joined word itself starts a word ('Sex-' is none). Each of `joined` is a fixed-width word (its
    own first letter in either case)."""
    plain = words(phrases, flags)
    if not joined:
        return plain
    behind = "|".join(rf"(?<=(?<![\w\-])[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}-)" for w in joined)
    body = plain.pattern[len(r"(?<![\w\-])"):]
    return re.compile(rf"(?:(?<![\w\-])|{behind}){body}", flags)


def _outside_rank_titles(titles: list[str], rank_phrases: list[str]) -> str:
    """Guards keeping a rank from matching as the last word of an office (titles.yaml
    `titles_ending_in_rank`: 'General' of 'Consul General'): per office, a lookahead refusing
    exactly the office's own final rank words ('General', whole) right after the office's other words
    and a space (a fixed-width lookbehind inside it; a hyphen already ends no rank match). Only
    that word is refused: a full rank after an office's first word is read whole (review 24, F4:
    'Defence Secretary Lieutenant General X', 'Governor Lt Gen (retd) X')."""
    ranks = [re.compile(ph + "$") for ph in rank_phrases]
    guards = set()
    for title in titles:
        words_ = title.split()
        for k in range(1, len(words_)):
            if any(r.fullmatch(" ".join(words_[k:])) for r in ranks):
                guards.add((" ".join(words_[:k]), " ".join(words_[k:])))
                break
    return "".join("(?!(?<=" + re.escape(h) + " )" + re.escape(t) + r"(?![\w\-]))" for h, t in sorted(guards))


def _prefixed(prefix: str, pattern: re.Pattern) -> re.Pattern:
    """`pattern` that matches only where `prefix` (zero-width assertions) holds."""
    return re.compile(prefix + pattern.pattern, pattern.flags) if prefix else pattern


def alternation(phrases: list[str]) -> str:
    """The phrases (regular expressions) as one alternation, in their order (a rule's first match
    stays the one its code had); one that never matches for none."""
    return "|".join(phrases) or "(?!x)x"


def reporting_words(e: dict) -> list[str]:
    """The reporting words as one list: engagement.yaml `reporting_verbs`, `reporting_confirming` and
    `reporting` ('said', 'confirmed', 'press release'); the verbs are stated there once and the clause
    governors read them from there too (`governor_words`)."""
    return [*e.get("reporting_verbs", []), *e.get("reporting_confirming", []), *e.get("reporting", [])]


def governor_words(e: dict, kind: str) -> list[str]:
    """engagement.yaml `clause_governors.<kind>` ('held' or 'confirming') with the reporting verbs of
    that meaning (`reporting_verbs`: 'said' governs as 'say' does; `reporting_confirming`: 'confirmed'
    confirms as 'confirm' does): one list per meaning, each word in one place (round 30)."""
    told = e.get({"held": "reporting_verbs", "confirming": "reporting_confirming"}.get(kind, ""), [])
    return [*e.get("clause_governors", {}).get(kind, []), *told]


def residence_patterns(home: dict) -> dict[str, re.Pattern]:
    """places.yaml `residence` compiled (frames.residence_at): `residence_before` ends right before
    the city ('posted to', 'the envoy, based in'); `residence_after` starts right after it ('-born',
    '-based' before a person: 'the Islamabad-based diplomat'); `residence_located` ends right
    before either when it tells a location ('in his home town of', 'in Tehran'); `residence_speaking`
    is a reporting verb right after the city, a residence only after `residence_speakers` ('agents
    in') or no `residence_located` word ('Tehran said', not 'talks with Momeni in Tehran told')."""
    persons = alternation(home.get("persons", []))
    speaking = home.get("speaking") or {}
    located = alternation(home.get("located", []))
    before = alternation([*home.get("before", []), *(rf"(?:{persons}),?\s+(?:{w})" for w in home.get("person_before", []))])
    after = alternation([*home.get("after", []),
                         *(rf"(?:{w})(?=\s+(?:[\w\-]+\s+){{0,2}}?(?:{persons})(?![\w\-]))" for w in home.get("person_after", []))])
    return {"residence_before": re.compile(r"(?<![\w\-])(?:" + before + r")\s+(?:the\s+)?$", re.IGNORECASE),
            "residence_after": re.compile(r"(?:" + after + r")(?![\w])", re.IGNORECASE),
            "residence_speaking": re.compile(r"\s+(?:" + alternation(speaking.get("verbs", [])) + r")(?![\w\-])", re.IGNORECASE),
            "residence_located": re.compile(r"(?<![\w\-])(?:" + located + r")\s+(?:the\s+)?$", re.IGNORECASE),
            "residence_speakers": re.compile(r"(?<![\w\-])(?:" + alternation(speaking.get("speakers", [])) + r")\s+(?:"
                                             + located + r")\s+(?:the\s+)?$", re.IGNORECASE),
            # 'held talks with senior officials in Tehran, told reporters': the speakers are the talks' partners
            "residence_partners": re.compile(r"(?<![\w\-])(?:" + alternation(speaking.get("partners", []) or ["(?!x)x"])
                                             + r")\s+(?:[\w\-]+\s+){0,3}$", re.IGNORECASE)}


def trip_completed(engagement: dict, verbs: str) -> str:
    """engagement.yaml's verbs under key `verbs` (`completed`, `completed_departure`) told with
    the trip as their object ('concluded his visit'; `trip_determiners`, up to two words, a
    `trip_nouns` word): one guard for both readings, so 'wrapped up trade talks' is neither."""
    said, nouns, dets = ("|".join(engagement.get(k, [])) or "(?!x)x" for k in (verbs, "trip_nouns", "trip_determiners"))
    return rf"(?:{said})(?=\s+(?:{dets})\s+(?:[\w\-]+\s+){{0,2}}(?:{nouns})(?![\w\-]))"


def ceremonial(d: dict, *parts: str) -> list[str]:
    """engagement.yaml `ceremonial`'s words of the given parts, in order: `escorts` (who take no part)
    and `objects` (a ceremony's things); the one key of both (round 29)."""
    told = d["engagement"].get("ceremonial") or {}
    return [w for part in parts for w in told.get(part, [])]


def meal_in_honour(engagement: dict) -> str:
    """The meeting trigger of a meal given in the guest's honour ('hosted a dinner in honour of X', 'hosted
    a luncheon for his counterpart'): engagement.yaml `meal_nouns`, and `holidays`, the capitalised words
    after which the honour is a day's, no person's ('in honour of Pakistan Day'). Built here so that each
    list is data, stated once (round 29)."""
    meals, days = (alternation(engagement.get(k, [])) for k in ("meal_nouns", "holidays"))
    guest = r"\s(?:the\s)?(?:visiting\s)?(?-i:[A-Z])|\s(?:the\s)?visiting\s|\s(?:him|her|them)\b|\s(?:his|her|their)\s(?:(?-i:[A-Z])\w+\s)?counterparts?\b"
    return (rf"hosted (?:an? |the )?(?:[\w\-]+ ){{0,2}}?(?:{meals})s? (?:in (?:his|her|their) hono(?:u)?r\b|(?:in (?:the )?hono(?:u)?r of|for)"
            rf"(?![^.;,]{{0,40}}?(?-i:\b(?:{days})\b))(?={guest}))")


def ceremony_of_objects(engagement: dict) -> list[str]:
    """engagement.yaml's ceremony acts told with what they open (`ceremony_act_nouns` / `_verbs`,
    `ceremony_objects`): the noun before its object after a word of presence ('attended the opening of
    the X border market') or with its doers after it ('the opening of X by A and B'; not after a
    `ceremony_not_after` word or a `ceremony_plan_adjectives` one, which make it a plan or a topic), the active verb before it ('opened a
    new gate') and the passive after it ('the power line was inaugurated'). Phrases for `words`."""
    nouns, verbs, objects = (alternation(engagement.get(k, [])) for k in ("ceremony_act_nouns", "ceremony_act_verbs", "ceremony_objects"))
    adverbs = "".join(rf"{a}\s+|" for a in engagement.get("ceremony_adverbs", []))[:-1] or "(?!x)x"  # 'jointly\s+|formally\s+'
    # one fixed-width look-behind per word (Python's `re` has no variable-width one)
    not_after = "".join(rf"(?<!\b{re.escape(w)}\s)(?<!\b{re.escape(w)}\sthe\s)" for w in engagement.get("ceremony_not_after", [])) \
        + "".join(rf"(?<!\b{re.escape(w)}\s)" for w in engagement.get("ceremony_plan_adjectives", []))
    kinds = rf"(?:[\w\-]+\s+){{0,4}}?(?:{objects})(?![\w\-])"
    # the noun names a held act only beside a word of presence before it ('attended the opening of',
    # `ceremony_held_before`) or its doers after it ('the opening of X by A and B', not then told as
    # still awaited: `ceremony_still_wanted`); else it is a topic ('discussed the opening of markets')
    held = alternation(engagement.get("ceremony_held_before", []))
    wanted = alternation(engagement.get("ceremony_still_wanted", []))
    doers = rf"(?=[^.;]{{0,80}}?\bby\s+(?-i:[A-Z]))(?![^.;]{{0,200}}?\b(?:{wanted})\b)"
    bare = [rf"{not_after}(?:{act})" for act in engagement.get("ceremony_bare_acts", [])]
    return [*bare, rf"\b(?:{held})\s+(?:the\s+)?(?:{nouns})\s+of\s+(?:the\s+|a\s+|an\s+)?{kinds}",
            rf"{not_after}(?:{nouns})\s+of\s+(?:the\s+|a\s+|an\s+)?{kinds}{doers}",
            rf"(?:{adverbs})?(?:{verbs})\s+(?:the\s+|a\s+|an\s+)?{kinds}",
            # (an aside between commas may come first: 'the terminal at Taftan, built at a cost of ..., was opened')
            rf"(?:{objects})\s+(?:(?:[\w\-]+\s+){{0,5}}?|(?:[\w\-]+\s+){{0,3}}?[\w\-]+,[^.;:()]{{1,120}}?,\s+)(?:was|were)\s+"
            rf"(?:{adverbs})?(?:{verbs})"]


def family_gate(phrases: list[str], flags=re.IGNORECASE) -> re.Pattern | None:
    """`words` of every phrase of a family of `words` patterns (same flags): it matches a text
    exactly where one of the family does, so a text it does not match needs none of them asked.
    None when the phrases do not compile together (a group name used by two of them)."""
    try:
        return words(phrases, flags)
    except re.error:
        return None


# a phrase's first character when it is a plain literal: an ASCII letter, digit, space or
# apostrophe, or an escaped punctuation mark ('\-', '\ ' from re.escape)
_LEADING_LITERAL = re.compile(r"[A-Za-z0-9 ,'’]|\\[^\w\s]|\\ ")
_QUANTIFIERS = ("?", "*", "+", "{")


def _has_top_level_bar(phrase: str) -> bool:
    """A `|` outside every group and character class: the phrase is itself an alternation."""
    depth, i = 0, 0
    while i < len(phrase):
        c = phrase[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: skip to its closing bracket ('[]...]' and '[^]...]' hold a literal ']')
            i += 2 if phrase[i + 1:i + 2] == "^" else 1
            i += 1 if phrase[i:i + 1] == "]" else 0
            while i < len(phrase) and phrase[i] != "]":
                i += 2 if phrase[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
        i += 1
    return False


def _leading_literal(phrase: str, fold: bool) -> tuple[str, str] | None:
    """(first character, rest of the phrase) when the phrase begins with one literal character
    that no quantifier follows and is not a top-level alternation; else None."""
    m = _LEADING_LITERAL.match(phrase)
    if not m or phrase[m.end():m.end() + 1] in _QUANTIFIERS or _has_top_level_bar(phrase):
        return None
    char = m.group(0)[-1]
    return (char.lower() if fold else char), phrase[m.end():]


# every character a lower-case ASCII letter matches case-insensitively (re.IGNORECASE, Unicode):
# the upper-case letter, and for three letters a further character (tests/test_prefix_tree.py)
_FOLDS = {"i": "Ii\u0130\u0131", "k": "Kk\u212a", "s": "Ss\u017f"}


def _literal(char: str, fold: bool) -> str:
    """A phrase's first character, written case-sensitively as the class of every character it
    matches: the regex engine skips a branch that begins with a class in one step, but enters a
    branch that begins with a case-insensitive letter."""
    if not (fold and char.isascii() and char.isalpha()):
        return re.escape(char)
    return "(?-i:[" + _FOLDS.get(char, char.upper() + char) + "])"


def prefix_tree(phrases: list[str], fold: bool) -> str:
    """The alternation of `phrases` (regular expressions, tried in this order) with the phrases
    that begin with the same literal character grouped under it, recursively.

    Same matches as `"|".join(phrases)`: phrases that begin with different literal characters
    cannot both match at one position (`fold`: compared lower-cased, for a case-insensitive
    pattern; only ASCII letters are folded), so grouping them keeps the order of every two
    phrases that could. A phrase that does not begin with a literal (a group, a class) is put
    behind a look-ahead of the characters it can begin with (`first_chars.guard`: same matches);
    when those are a few ASCII characters (and no phrase has a capturing group, whose number
    would change), it joins the group of each of them, in its order among the group's phrases
    (`_MERGED_FIRSTS`); else it keeps its place: the groups before it are closed and new ones begun
    after it."""
    return _tree(phrases, fold, not captures("|".join(phrases)))


# a guarded phrase joins the groups of at most this many first characters (each a copy of it)
_MERGED_FIRSTS = 6


def _merge_keys(phrase: str, fold: bool) -> list[str] | None:
    """The group keys (first characters, lower-cased under `fold`) of a phrase that does not
    begin with a literal, or None to keep it in place (not bounded, more than `_MERGED_FIRSTS`,
    or a non-ASCII character, which may fold into an ASCII letter's group: 'ſ' into 's')."""
    chars = first_chars(phrase, fold)
    if chars is None or any(not c.isascii() for c in chars):
        return None
    keys = sorted({c.lower() if fold else c for c in chars})
    return keys if len(keys) <= _MERGED_FIRSTS else None


def _tree(phrases: list[str], fold: bool, merge: bool) -> str:
    blocks: list[str | dict[str, list[str | tuple[str]]]] = []
    current: dict[str, list[str | tuple[str]]] = {}
    for phrase in phrases:
        head = _leading_literal(phrase, fold)
        keys = _merge_keys(phrase, fold) if head is None and merge else None
        if head is not None:
            current.setdefault(head[0], []).append(head[1])
        elif keys is not None:
            whole = f"(?:{phrase})" if _has_top_level_bar(phrase) else phrase
            for key in keys:
                current.setdefault(key, []).append((whole,))
        else:
            if current:
                blocks.append(current)
                current = {}
            blocks.append(phrase)
    if current:
        blocks.append(current)
    out = []
    for block in blocks:
        if isinstance(block, str):
            out.append(guard(block, fold))  # entered only where its first characters stand (first_chars)
            continue
        for char, items in block.items():
            out.append(_group(char, items, fold, merge))
    return "|".join(out)


def _group(char: str, items: list[str | tuple[str]], fold: bool, merge: bool) -> str:
    """One first character's branch: its literal phrases' rests under the character, and the
    whole phrases merged into it (one-tuples) in their places, behind a look-ahead of it."""
    parts: list[str] = []
    rests: list[str] = []
    for item in [*items, ("",)]:
        if isinstance(item, str):
            rests.append(item)
            continue
        if rests:
            parts.append(_literal(char, fold) + (rests[0] if len(rests) == 1 else "(?:" + _tree(rests, fold, merge) + ")"))
            rests = []
        if item[0]:
            parts.append(item[0])
    if len(parts) == 1 and all(isinstance(item, str) for item in items):
        return parts[0]
    return "(?=" + _literal(char, fold) + ")(?:" + "|".join(parts) + ")"


_ABBREVIATED = re.compile(r"((?:[A-Za-z]+\\\.)*[A-Za-z]+)\\\.")   # in a phrase, 'Gen\.?' -> 'Gen', 'H\.E\.' -> 'H\.E'


def honorific_words(titles: dict) -> list[str]:
    """titles.yaml's honorifics (phrases): `honorifics` and those of `honorific_sides`, which are
    listed there only (one statement of each word)."""
    return [*titles.get("honorifics", []), *_sided_honorifics(titles)]


def kept_in_name_words(titles: dict) -> list[str]:
    """The honorifics curators keep in a name, never in the id: `kept_in_name` and those of `honorific_sides`."""
    return [*titles.get("kept_in_name", []), *_sided_honorifics(titles)]


def _sided_honorifics(titles: dict) -> list[str]:
    return list(dict.fromkeys(w for ws in (titles.get("honorific_sides") or {}).values() for w in ws))


def no_break_after(titles: dict) -> re.Pattern:
    """What a full stop must not end a sentence after: an initial ('S. Khan'), or an abbreviation
    of titles.yaml: each word a rank or honorific phrase writes with a full stop ('Gen.', 'Brig.',
    'Dr.') and the `abbreviations` list. Matched against the text before the stop."""
    phrases = [*(ph for v in titles.get("ranks", {}).values() for ph in v), *honorific_words(titles)]
    found = {m.group(1) for ph in phrases for m in _ABBREVIATED.finditer(ph)} | set(titles.get("abbreviations", []))
    return re.compile(r"(?:\b[A-Z]|\b(?:" + "|".join(sorted(found, key=len, reverse=True)) + r"))\.$")


def _shipped_dictionaries() -> dict:
    """The shipped dictionaries, one section per file (DICTIONARY_DIR)."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) or {}
            for path in sorted(DICTIONARY_DIR.glob("*.yaml"))}


def dictionary_problems(paths: list[Path], shipped: dict | None = None) -> list[str]:
    """What is wrong with the user's dictionary files (`--dictionary`), every file and section
    at once, before the lexicon is built from them: a file that is not plain YAML (an anchor, an
    alias, a key given twice: core.yaml_input) or a value whose shape differs from the shipped
    section's at the same place (a list where the shipped file has a mapping, a mapping or a
    number where it has a list of words), which would otherwise stop the run inside the
    extractor. [] when all are fine; an unknown section is left to the lexicon's own message."""
    from pakiran_events.extract.adapter import plain_yaml

    if not paths:
        return []
    shipped = _shipped_dictionaries() if shipped is None else shipped
    problems: list[str] = []
    for path in paths:
        try:
            data = plain_yaml(path)
        except ValueError as exc:
            problems.append(f"{path}: {exc}")
            continue
        if isinstance(data, dict):
            for section, value in data.items():
                if section in shipped:
                    problems += [f"{path}: {where}: {why}" for where, why in _shape_differences(shipped[section],
                                                                                               value, str(section))]
                    problems += [f"{path}: {where}: {why}" for where, why in _pattern_problems(shipped[section],
                                                                                              value, str(section))]
            if isinstance(data.get("engagement"), dict):
                problems += [f"{path}: engagement.{key}: {why}" for key, why in _year_problems(data["engagement"])]
    return problems


def _pattern_problems(shipped, given, where: str) -> list[tuple[str, str]]:
    """(place, reason) of each word in the user's lists that is no regular expression where the
    shipped list at the same place holds patterns only (every shipped item compiles: a list of
    replacements such as names.folds' '\\1' is not checked). Without this an unclosed '(' in a
    --dictionary file stopped the run with "internal error" (breaker of round 27)."""
    if isinstance(shipped, dict) and isinstance(given, dict):
        return [d for key, value in given.items() if key in shipped
                for d in _pattern_problems(shipped[key], value, f"{where}.{key}")]
    if not (isinstance(shipped, list) and isinstance(given, list)):
        return []
    if shipped and all(isinstance(v, list) for v in shipped):  # a list of rows: each row as the first shipped one
        return [d for i, row in enumerate(given) for d in _pattern_problems(shipped[0], row, f"{where}[{i}]")]
    if not shipped or not all(isinstance(v, str) and _compiles(v) for v in shipped):
        return []
    found = []
    for i, value in enumerate(given):
        if isinstance(value, str):
            try:
                re.compile(value)
            except re.error as exc:
                found.append((f"{where}[{i}]", f"{value[:60]!r} is not a regular expression ({exc})"))
    return found


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _year_problems(engagement: dict) -> list[tuple[str, str]]:
    """The `earliest_year` / `latest_year` of an engagement section that are no calendar year (a whole
    number from 1 to 9999, as extract.dates.earliest_day and latest_day read it), or that run backwards
    (breaker of round 26: 'latest_year: 10000' ended extract in a bare 'year 10000 is out of range')."""
    found, years = [], {}
    for key in ("earliest_year", "latest_year"):
        if key not in engagement:
            continue
        value = engagement[key]
        text = str(value).strip() if type(value) in (int, str) else ""
        if text.isascii() and text.isdigit() and len(text) <= 4 and dt.MINYEAR <= int(text) <= dt.MAXYEAR:
            years[key] = int(text)
        else:
            found.append((key, f"{value!r} is no year (a whole number from {dt.MINYEAR} to {dt.MAXYEAR})"))
    if len(years) == 2 and years["earliest_year"] > years["latest_year"]:
        found.append(("latest_year", f"{years['latest_year']} is before earliest_year {years['earliest_year']}"))
    return found


def _kind(value) -> str:
    return "a mapping" if isinstance(value, dict) else "a list" if isinstance(value, list) else "a single value"


def _shape_differences(shipped, given, where: str) -> list[tuple[str, str]]:
    if given is None:
        return []
    if _kind(shipped) != _kind(given) and shipped is not None:
        return [(where, f"{_kind(given)} where the shipped dictionary has {_kind(shipped)}")]
    if isinstance(shipped, dict):
        return [d for key, value in given.items() if key in shipped
                for d in _shape_differences(shipped[key], value, f"{where}.{key}")]
    if isinstance(shipped, list) and shipped and all(_kind(v) == "a single value" for v in shipped):
        return [(f"{where}[{i}]", f"{_kind(v)} where the shipped dictionary lists single words")
                for i, v in enumerate(given) if _kind(v) != "a single value"]
    return []


def merge_dictionaries(paths: list[Path]) -> dict:
    """The shipped dictionaries (one section per file), then each user file: lists are
    extended, mappings merged. Raises ValueError naming the file and an unknown section."""
    merged: dict = {}

    def add(into: dict, new: dict) -> None:
        for key, value in new.items():
            if isinstance(value, dict) and isinstance(into.get(key), dict):
                add(into[key], value)
            elif isinstance(value, list) and isinstance(into.get(key), list):
                into[key] = into[key] + [v for v in value if v not in into[key]]
            else:
                into[key] = value

    merged.update(_shipped_dictionaries())
    given = []
    for path in paths:
        try:
            given.append((path, yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: not a readable YAML dictionary file ({' '.join(str(exc).split())[:200]})") from exc
    wrong = dictionary_problems(list(paths), merged)  # before anything is merged into `merged`
    if wrong:  # every file and section at once, in one line (the command prints the first line)
        raise ValueError(f"{len(wrong)} problem(s) in the dictionary files: {'; '.join(wrong)}")
    for path, data in given:
        unknown = set(data) - set(merged) if isinstance(data, dict) else {"(not a mapping)"}
        if unknown:
            raise ValueError(f"{path}: unknown section(s) {sorted(unknown)}; sections are {sorted(merged)}")
        add(merged, data)
    return merged


@dataclass(frozen=True)
class Position:
    """One row of the office-holder table: `actor_id` held `office` for `country_iso3` from
    `start` to `end` (None: still in office), as PETRARCH's date-restricted actor entries."""

    actor_id: str
    office: str
    country_iso3: str
    start: dt.date | None
    end: dt.date | None


@dataclass
class Lexicon:
    """Everything a report needs to be read. Plain data and compiled regular expressions."""

    actors: dict[str, dict]                 # actor_id -> name, actor_type, country_iso3
    aliases: dict[str, list[str]]           # actor_id -> spellings
    places: dict[str, dict]                 # place_id -> places row (package places + GeoNames)
    dictionaries: dict
    positions: list[Position] = field(default_factory=list)
    place_names: dict[str, str] = field(default_factory=dict)   # spelling (case kept) -> place_id
    patterns: dict = field(default_factory=dict)
    alias_owner: dict[str, str] = field(default_factory=dict)   # lower-cased spelling -> actor_id
    fuzzy_choices: list[str] = field(default_factory=list)
    package_places: set[str] = field(default_factory=set)     # the package's own place ids (always published)
    capital_phrases: dict[str, list[str]] = field(default_factory=dict)  # place_id -> 'the Tajik capital' ...
    minor_place_names: dict[str, str] = field(default_factory=dict)  # smaller towns, read only where called for
    unlisted_place_names: frozenset = frozenset()  # cities of countries the countries table lacks ('in Hanoi')
    stop_venues: frozenset = frozenset()  # names of the venues a guest calls at on the way (places.yaml venues `stop`)

    def __post_init__(self) -> None:
        d = self.dictionaries
        self.fold_pairs: tuple[tuple[str, str], ...] = tuple((str(a), str(b)) for a, b in d.get("names", {}).get("folds", []) or [])
        self.dyad: list[str] = list(d["sides"]["dyad"])
        if len(self.dyad) != 2 or any(c not in d["sides"]["sides"] for c in self.dyad):
            raise ValueError("dictionaries: sides.dyad must name two countries, each with words under sides.sides")
        if not self.place_names:
            from pakiran_events.extract.places import build_places

            self.package_places = set(self.places)
            self.places, self.place_names, self.minor_place_names = build_places(
                self.places, self.dyad, d["places"]["geonames"], d["places"].get("not_places", []))
            if not self.unlisted_place_names:
                from pakiran_events.extract.places import unlisted_names

                taken = set(self.place_names) | set(self.minor_place_names) | set(d["places"].get("not_places", []))
                self.unlisted_place_names = unlisted_names(d["places"]["geonames"], taken)
            if not self.capital_phrases:
                from pakiran_events.extract.places import capital_phrases

                self.capital_phrases = capital_phrases(self.places, d["places"].get("demonyms", {}))
        spellings = {}
        for actor_id, names in self.aliases.items():
            for alias in {*names, self.actors.get(actor_id, {}).get("name", "")}:
                if len(alias) >= MIN_ALIAS_LENGTH:
                    spellings.setdefault(re.sub(r"[\s\-]+", " ", alias).lower(), actor_id)
        self.alias_owner = spellings
        self.fuzzy_choices = sorted({a for a in spellings if " " not in a and len(a) >= 6})
        self._compile()

    def _compile(self) -> None:
        self._compile_titles()
        self._compile_name_runs()
        self._compile_mention_words()
        self._compile_words()
        self._compile_lookups()

    def _compile_titles(self) -> None:
        """Titles, ranks and honorifics (case-sensitive: 'President X', not 'the president')."""
        t, p = self.dictionaries["titles"], self.patterns
        titles = t["titles"]
        joined = t.get("office_joined", [])  # 'ex-Prime Minister': an office right after 'ex-'
        p["title"] = {name: joined_words(v["phrases"], joined, 0) for name, v in titles.items()}
        p["title_scan"] = joined_words([ph for v in titles.values() for ph in v["phrases"]], joined, 0)
        p["generic_title"] = {name: joined_words(v["generic"], joined) for name, v in titles.items() if v.get("generic")}
        p["generic_scan"] = joined_words([ph for v in titles.values() for ph in v.get("generic", [])], joined)
        mods = t.get("office_modifiers", {})
        p["office_modifier_before"] = re.compile(r"(?<![\w\-])(?:" + "|".join(mods.get("before", []) or ["(?!x)x"]) + r")\s+$",
                                                 re.IGNORECASE)
        p["office_modifier_after"] = re.compile(r"(?:" + "|".join(mods.get("after", []) or ["(?!x)x"]) + r")(?![\w\-])",
                                                re.IGNORECASE)
        outside = _outside_rank_titles(t.get("titles_ending_in_rank", []), [ph for v in t["ranks"].values() for ph in v])
        p["rank"] = _prefixed(outside, words([ph for v in t["ranks"].values() for ph in v], 0))
        p["rank_of"] = {r: _prefixed(outside, words(v, 0)) for r, v in t["ranks"].items()}
        # review 24 (F8): an office told as held before the report's day, or on the clause's own date, right
        # before it ('Former Prime Minister X', 'the then Prime Minister X'): mentions.People._office_surnames
        # ('ex-Prime Minister X': an `office_joined` word, with or without its hyphen, is a former one too)
        told = {"office_former": [*t.get("office_former", []), *(re.escape(w) + "-?" for w in joined)],
                "office_then": t.get("office_then", [])}
        for key, phrases in told.items():
            p[key] = re.compile(rf"(?<![\w\-])(?:{alternation(phrases)})\s*$", re.IGNORECASE)
        p["honorific"] = words(honorific_words(t), 0)
        p["rank_or_honorific"] = _prefixed(outside, words([*(ph for v in t["ranks"].values() for ph in v), *honorific_words(t)], 0))
        # round 26 (issue 15): the kept honorifics in a row right before a name ('Sardar Mir X'), all of
        # them (group 1); the same words as one word each, which inside a name are name words (mentions._marks)
        kept = "(?:" + "|".join(kept_in_name_words(t) or ["(?!x)x"]) + ")"
        p["kept_in_name"] = re.compile(r"(?<![\w\-])(" + kept + r"(?:\s+" + kept + r")*)\s+$")
        p["name_honorific"] = words(kept_in_name_words(t), 0)
        # review22 (M1): each rank's services, the services an office's words tell, the civilians' honorifics
        p["rank_services"] = {}
        for service, ranks in (t.get("rank_services") or {}).items():
            for r in ranks:
                p["rank_services"].setdefault(r, set()).add(service)
        p["office_service"] = [(service, words(ws)) for service, ws in (t.get("office_services") or {}).items()]
        p["civilian_honorific"] = words(t.get("civilian_honorifics", []), 0)
        # review 25 (S1): honorific -> the sides it is a title on (titles.yaml `honorific_sides`); before a
        # name of another side it is part of the name (mentions.People._stranger)
        p["honorific_sides"] = {}
        for side, kept in (t.get("honorific_sides") or {}).items():
            for word in kept:
                p["honorific_sides"].setdefault(word, set()).add(side)
        p["member_list"] = words(t.get("member_list", []))
        p["list_head_end"] = re.compile(r"(?:" + alternation(t.get("list_head", [])) + r")$")  # 'delegation headed by'
        # round 27 (newperson27): a group head's phrase, after which a new person's name may follow (mentions._anchored_strangers)
        p["anchor_head"] = words(t.get("anchor_heads", []))
        p["ship_prefix"] = words(t.get("ship_prefixes", []), 0)
        # round 28 (wrongread28): a vessel's or a unit's noun in or right before a run makes it no person (mentions._stranger)
        p["not_person_noun"] = words(t.get("not_person_nouns", []))
        p["not_owner"] = re.compile(r"(?<![\w\-])(?:" + alternation(t.get("not_owner_before", [])) + r")\s+(?:the\s+)?$", re.IGNORECASE)
        p["companion"] = words(t.get("companion", []))
        p["not_names"] = {w.lower() for w in t["not_names"]}
        p["no_break_after"] = no_break_after(t)
        p["entourage"] = words(t.get("entourage", []))
        p["ceremonial"] = words(ceremonial(self.dictionaries, "escorts"))  # no body taking part beside an honour guard (mentions)
        p["attendance"] = words(t.get("attendance", []))
        # the attribution phrase, then at most 'the' and a few words, then the organisation
        p["attribution"] = re.compile(r"(?<![\w\-])(?:" + "|".join(t.get("attribution", []) or ["(?!x)x"])
                                      + r")\s*(?:the |an? )?(?:[\w’'\-]+ ){0,2}$", re.IGNORECASE)
        p["group"] = [(name, g["actors"], words(g["phrases"]), bool(g.get("unnamed")))
                      for name, g in sorted(t.get("groups", {}).items(), key=lambda kv: -max(map(len, kv[1]["phrases"])))]
        # right after a group phrase: its people are named next ('the delegation was led by X')
        p["group_named_by"] = re.compile(r"\s*(?:" + "|".join(t.get("group_named_by", []) or ["(?!x)x"]) + r")\s",
                                         re.IGNORECASE)
        p["group_led_by"] = {name: dict(g.get("led_by", {})) for name, g in t.get("groups", {}).items()}
        # a side's office where it is not the group's name ('Ambassador to Iran' for Pakistan's envoy)
        p["group_titles"] = {name: dict(g.get("titles", {})) for name, g in t.get("groups", {}).items()}
        # right before a group phrase, a few words between at most: a named head leads or brings it
        # ('leading a high-level delegation'); the gap holds no preposition or verb of another act
        stops = "|".join(t.get("group_brought_not_between", []) or ["(?!x)x"])
        gap = r"(?:(?!(?:" + stops + r")\s)[\w’'\-]+\s+){0,5}"
        p["group_brought_by"] = re.compile(r"(?<![\w\-])(?:" + "|".join(t.get("group_brought_by", []) or ["(?!x)x"])
                                           + r")\s+" + gap + "$", re.IGNORECASE)
        p["group_both_sides"] = re.compile("|".join(t.get("group_both_sides", []) or ["(?!x)x"]), re.IGNORECASE)
        # review21 (N4): the offices set off by commas beside a name, as written or capitalised, and the
        # offices of them posted abroad, compiled here once (mentions._apposed_office_strangers)
        p["apposed_office"] = re.compile(r"(?<![\w\-])(?:" + "|".join(t.get("apposed_offices", []) or ["(?!x)x"])
                                         + r")(?![\w\-])", re.IGNORECASE)
        p["office_glue"] = frozenset(w.lower() for w in t.get("office_glue", []))
        # round 29: an office or seat only one side has ('Federal', 'Chief Minister', 'Senator'), whole
        p["one_side_office"] = {iso: re.compile(r"(?<![\w\-])(?:" + "|".join(words_) + r")(?![\w\-])")
                                for iso, words_ in (t.get("one_side_offices") or {}).items() if words_}
        # round 29: ' and his deputy' right after an office (mentions.People._deputy_strangers)
        p["office_deputy"] = re.compile(r"\s+(?:" + ("|".join(t.get("office_deputy", [])) or "(?!x)x") + r")(?![\w\-])", re.IGNORECASE)
        p["title_lowercase"] = frozenset(w.lower() for w in t.get("title_lowercase", []))  # mentions' title case
        # an office's own phrase begins right after it: its comma, a bracket or one of those small words
        p["office_phrase"] = re.compile(r"\s*(?:,|\(|(?:" + ("|".join(map(re.escape, p["office_glue"])) or "(?!x)x") + r")\s)")
        p["office_synonym"] = {w.lower(): group[0].lower() for group in t.get("office_synonyms", []) for w in group}
        p["posted_office"] = re.compile(r"(?<![\w\-])(?:" + "|".join(t.get("posted_offices", []) or ["(?!x)x"]) + r")(?![\w\-])")
        # a title may name several offices, told apart by country ('Ambassador': Iran's ambassador
        # to Pakistan, Pakistan's ambassador to Iran)
        self.offices_of: dict[str, list[str]] = {}
        for office, ts in t.get("offices", {}).items():
            for title in ts:
                self.offices_of.setdefault(title, []).append(office)
        self.counterparts: dict[str, list[str]] = {}
        for a, b in t.get("counterparts", {}).items():
            self.counterparts.setdefault(a, []).append(b)
            self.counterparts.setdefault(b, []).append(a)

    def _compile_name_runs(self) -> None:
        """The runs of capitalised words mentions.py reads as a name, with names.yaml's lower-case
        `particles` inside a person's name ('Karim bin Nouri al Tavana') and `place_particles` inside
        a town's ('Sharm el-Sheikh'): one list for every name rule (round 21, tidy21)."""
        n, p = self.dictionaries.get("names", {}), self.patterns
        word = r"[A-Z]" + NAME_CHAR
        # a particle only inside a name, before its next capitalised word: never the start of a lowercase
        # word ('Khan ended' is no 'Khan e') nor a name's last word (people31)
        particles = "(?:" + alternation(n.get("particles", [])) + r")(?=\s+[A-Z])"
        # a person's name: up to five words ('name_run'); a listed name's words, up to nine ('listed_name')
        p["name_run"] = re.compile(word + r"+(?:\s+(?:" + word + r"+|" + particles + r")){0,4}")
        p["listed_name"] = re.compile(word + r"*(?:\s+(?:" + word + r"*|" + particles + r")){0,8}")
        # a capitalised name, a comma and an optional article, ending where a title starts:
        # 'X, the ...', "X, Iran's President-elect" (mentions.appositive_before)
        p["appositive"] = re.compile(r"(?<![\w\-])(" + word + r"+(?:\s+(?:" + word + r"+|" + particles + r")){1,4}),\s+"
                                     r"(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$")
        # a name (with its ranks) right before a comma and an optional article
        p["before_comma"] = re.compile(r"(?<![\w\-])(" + word + r"+(?:\s+(?:" + word + r"+|" + particles + r")){1,8}),\s+(?:the\s+)?$")
        # ', Reza Amiri Moghadam,': a name of two to five words set off by commas (or ended by the sentence)
        between = r",\s+(" + word + r"+(?:\s+(?:" + word + r"+|" + particles + r")){1,4})\s*(?:,|\.|$)"
        p["between_commas"] = re.compile(between)
        # the same after an apposed office, where an abbreviated honorific may open the name (', Mr. X,')
        p["between_commas_titled"] = re.compile(between.replace(r",\s+(", r",\s+((?:[A-Z][a-z]{1,3}\.\s+)?", 1))
        # the same name after ranks or honorifics, its comma already passed (', Rear Admiral (retd) X Y,')
        p["ended_name"] = re.compile(between.replace(r",\s+(", "(", 1))
        # a town's name: capitalised words, with lower-case particles inside ('Sharm el-Sheikh')
        p["minor_name"] = re.compile(word + r"*(?:\s+(?:(?:" + alternation(n.get("place_particles", [])) + r")[\s\-]+)?"
                                     + word + r"*)*")

    def _compile_mention_words(self) -> None:
        """The words of three people-and-venue rules (mentions.py), joined in the entry's order as
        their code had them (xleft15); the grammar around them stays here."""
        t, v, p = self.dictionaries["titles"], self.dictionaries["places"].get("venue_lead", {}), self.patterns
        met = t.get("meeting_between", [])
        # a meeting verb between a delegation's (or companion's) phrase and an office: the office is the hosts'
        p["meeting_between"] = re.compile(r"\b(?:" + _escaped(met) + r")\b")
        p["meeting_between_longest"] = max(map(len, met), default=0)
        # a speech verb after a comma or closing quote before a name: ', said the minister X'
        p["said_before"] = re.compile(r"[,\"\u201d\u2019']\s*(?:" + _escaped(t.get("inverted_speech", [])) + r")\s+(?:the\s+)?(?=[^,;.]*$)")
        # what puts something at a venue named right after it ('received him at the', 'met in the presidential')
        p["at_venue"] = re.compile(r"\b(?:" + _escaped(v.get("prepositions", [])) + r")\s+(?:the\s+)?(?:(?:"
                                   + _escaped(v.get("adjectives", [])) + r")\s+)?$", re.IGNORECASE)

    def _compile_venue_owners(self) -> None:
        """Whose building a venue named in a text is (places.yaml venues `country`, `own`): the
        capitalised words right before it, after 'the' or a venue preposition (`venue_modifiers`),
        and, per venue name, what those words may be for the venue to be the row's: its country's
        names and adjectives (sides.yaml sides, places.yaml demonyms, the countries table), or the
        row's own service, each with an optional possessive (`venue_own`). Any other word there
        ('Iranian', 'Ground Force') makes it another building of that kind (mentions.venue_owned)."""
        from pakiran_events.core.schema import country_rows

        d, p = self.dictionaries, self.patterns
        lead = d["places"].get("venue_lead", {}).get("prepositions", [])
        p["venue_modifiers"] = re.compile(r"(?:\b[Tt]he|\b(?:" + _escaped(lead) + r"))\s+((?:[A-Z][\w’'\-]*\s+){1,6})$")
        names = {row["iso3"]: row["name"] for row in country_rows()}
        demonyms = d["places"].get("demonyms", {})
        p["venue_own"] = {}
        for v in d["places"]["venues"]:
            iso = v["country"]
            told = [*d["sides"]["sides"].get(iso, []), *demonyms.get(iso, []), *([names[iso]] if iso in names else []),
                    *v.get("own", [])]
            one = "(?:" + "|".join(sorted(map(re.escape, told), key=len, reverse=True)) + r")(?:’s|'s)?"
            p["venue_own"][v["name"]] = re.compile(rf"(?:{one}\s+)+")

    def _third_countries(self) -> list[str]:
        """Every state of schemas/countries.csv but the dyad's, by its name there and its adjectives
        (places.yaml `demonyms`), as escaped words: a third party is any country not of the pair, so
        the hand list of sides.yaml `third_parties` keeps only cities, bodies and other words
        ('Riyadh', 'UN', 'Kashmir'), and a new state needs no line there (Oman, Japan)."""
        from pakiran_events.core.schema import country_rows

        demonyms = self.dictionaries["places"].get("demonyms", {})
        out: list[str] = []
        for row in country_rows():
            if row["iso3"] in self.dyad:
                continue
            out += [re.escape(w) for w in (row["name"], *demonyms.get(row["iso3"], []))]
        return out

    def _compile_words(self) -> None:
        """Country words, places, engagement triggers and commitments."""
        d, p = self.dictionaries, self.patterns
        p["side"] = {iso: words([re.escape(w) for w in ws], 0) for iso, ws in d["sides"]["sides"].items()}
        p["any_side"] = words([re.escape(w) for ws in d["sides"]["sides"].values() for w in ws], 0)
        # the pair as a statement's subject: 'the two ministers agreed', 'both sides' (no words before a
        # side's noun: 'the border between the two brotherly countries' is no subject)
        p["joint"] = words([*d["sides"]["joint_subjects"], pair_phrase(d["sides"], "pair_persons"),
                            pair_phrase(d["sides"], "pair_sides", between=0)])
        # a third country's word also as the first part of a compound ('China-Pakistan partnership')
        p["third_party"] = re.compile(words([*d["sides"]["third_parties"], *self._third_countries()], 0).pattern
                                      .replace(r"(?![\w\-])", r"(?!\w)"))
        p["third_counterpart"] = words(d["sides"].get("third_counterparts", []), 0)
        # the pair told together ('the two ministers', 'The two also held'), and a plural subject right
        # before a meeting trigger ('where they met Z'): sides.yaml, one list of each word
        sd = d["sides"]
        adverbs, alone = alternation(sd.get("subject_adverbs", [])), sd.get("pair_alone", [])
        p["pair_of_people"] = words([pair_phrase(sd, "pair_persons"), *(
            rf"{a}(?= (?:(?:{adverbs}) )*(?:(?:{alternation(sd.get('pair_verbs', []))})\b|$))" for a in alone)])
        p["both_sides"] = words([pair_phrase(sd, "pair_sides", between=0)])  # sides, not persons
        # 'between the two ministers' (noun_frames.attachments): the numbers and any plural noun
        p["pair_reference"] = re.compile(rf"{words(sd.get('pair_numbers', [])).pattern}\s+[a-z][\w\-]*s\b", re.IGNORECASE)
        # a reception's next sentence told by the pair, persons or sides ('Later, the two sides reviewed',
        # 'They discussed'), after at most a fronted adverb: candidates._Built._received_and_talked
        p["reception_pair"] = re.compile(rf"\s*(?:(?:{adverbs}),?\s+)?(?:{pair_phrase(sd, 'pair_persons', 'pair_sides')}\b"
                                         rf"|(?:{alternation(sd.get('plural_subjects', []))})\b)", re.IGNORECASE)
        p["plural_subject"] = re.compile(rf"(?<![\w\-])(?:{alternation([*sd.get('plural_subjects', []), *alone])})"
                                         rf"\s+(?:(?:{adverbs})\s+)?$", re.IGNORECASE)
        p["call_party_after"] = words(d["sides"].get("call_party_after", []))
        p["remit"] = re.compile(r"\b(?:" + "|".join(d["sides"].get("remit_offices", []) or ["(?!x)x"])
                                + r")\s+(?:for|to|on)\s+(?:the\s+)?$", re.IGNORECASE)
        p["venue"] = [(v["name"], v["place"], words(v["phrases"], 0)) for v in d["places"]["venues"] if not v.get("side")]
        # a service chief's headquarters: a call there is one stop of a trip, not its talks' city (candidates._at_a_stop)
        self.stop_venues = frozenset(v["name"] for v in d["places"]["venues"] if v.get("stop"))
        # a venue each side has one of ('the Presidency'): whose it is, is the meeting's country
        p["sided_venue"] = [(v["name"], v["place"], v["side"], words(v["phrases"], 0)) for v in d["places"]["venues"] if v.get("side")]
        self._compile_venue_owners()
        # the dictionary's phrases and the gazetteer's capitals told by their country ('the Kazakh capital')
        phrases = {pid: list(ph) for pid, ph in d["places"]["place_phrases"].items()}
        for pid, ph in self.capital_phrases.items():
            phrases.setdefault(pid, []).extend(ph)
        p["place_phrase"] = {pid: words(ph) for pid, ph in phrases.items()}
        # asked of every sentence placed before the per-place patterns: one tree of every phrase
        # (their trees joined by `|` made the engine enter each at every position, 25x slower)
        p["any_place_phrase"] = family_gate([ph for pid in phrases for ph in phrases[pid]])
        p["any_place_phrase_at"] = lookahead(p["any_place_phrase"]) if p["any_place_phrase"] else None
        e = d["engagement"]
        kinds = {kind: list(e.get(kind, [])) for kind in (*ENGAGEMENT_KINDS, "future", "scheduled", "background", "negation",
                                                         "plan", "counterpart", "visiting", "received_at", "welcome")}
        kinds["departure"].append(trip_completed(e, "completed_departure"))
        kinds["ceremony"].extend(ceremony_of_objects(e))
        kinds["meeting"].extend(e.get("meeting_object", []))  # a meeting trigger whose object is the counterpart
        kinds["meeting"].append(meal_in_honour(e))  # 'hosted a dinner in honour of X' (round 28; built, round 29)
        kinds["visit"].extend(e.get("stay_in", []))  # a trip told by its stay at a place (frames._stay_no_trip)
        for kind, phrases in kinds.items():
            p[kind] = words(phrases)
        p["meeting_object"] = words(e.get("meeting_object", []))
        p["reception_talks"] = words(e.get("reception_talks", []))  # candidates._Built._received_and_talked
        # a talk word's ceremonial object ('reviewed a guard of honour', 'laid a wreath'): no talks (round 28)
        p["ceremonial_object"] = re.compile(r"\s+(?:(?:an?|the|his|her|their|its)\s+)?(?:(?!(?:of|for|on|about|to|with|at|in)\s)[\w\-’']+\s+){0,2}?(?:"
                                            + alternation(ceremonial(d, "escorts", "objects"))
                                            + r")(?![\w\-])", re.IGNORECASE)
        p["not_held_after"] = words(e.get("not_held_after", []))  # frame_regions.unheld_after
        p["not_held_aside"] = words(e.get("not_held_aside", []))  # frame_regions.unheld_after
        p["stay_in"] = re.compile(r"(?:" + alternation(e.get("stay_in", [])) + r")", re.IGNORECASE)
        p["stay_before"] = re.compile(r"\b(?:" + alternation(e.get("stay_before", [])) + r")\s+$", re.IGNORECASE)
        p["where_a_thing_is"] = re.compile(r"(?:" + alternation(e.get("where_a_thing_is", [])) + r")\b", re.IGNORECASE)
        p["counterpart_after"] = re.compile(r"\s+(?:" + alternation(e.get("counterpart_after", [])) + r")\b")
        # lowercase office words, then the link word ('the presidents of Turkey')
        p["office_of"] = re.compile(r"(?:[a-z][a-z\-]*\s+){1,3}(?:" + alternation(e.get("office_of", [])) + r")\s+(?:the\s+)?")
        # where one coordinated part of a sentence of several meetings ends (meeting_parts.py)
        p["part_joiner"] = re.compile(alternation([rf"(?<!\w){x}(?!\w)" if x[:1].isalnum() else x
                                                   for x in e.get("part_joiners", [])]), re.IGNORECASE)
        # the frame rules' word lists (frames.py), compiled once here like every other
        for key in ("called_off", "denial", "recalled_trip", "denied_taking_place", "denied_claim_about"):
            p[key] = words(e.get(key, []))
        p["reporting"] = words(reporting_words(e))
        # a claim's engagement told by its noun, right at the trigger (frame_regions.denied)
        # (a trigger may begin with its preposition and article: 'during the meeting of')
        p["denied_claim_noun"] = re.compile(rf"(?:(?:{alternation(e.get('denied_claim_about', []))}|the|a|an|their|his|her|its)\s+){{0,2}}"
                                            rf"(?P<noun>{alternation(e.get('denied_claim_nouns', []))})\b", re.IGNORECASE)
        # where a denied claim ends and what inside it is no part of it (frame_regions.claim_scope, round 26)
        scope = e.get("claim_scope", {})
        p["claim_end"] = re.compile(alternation(scope.get("ends", [])), re.IGNORECASE)
        p["claim_coordinated"] = re.compile(rf"(?<![\w\-])(?:{alternation(scope.get('coordinated', []))})(?![\w\-])", re.IGNORECASE)
        p["claim_end_before_subject"] = words(scope.get("before_subject", []))
        p["claim_subject_determiner"] = words(scope.get("subject_determiners", []))
        p["claim_subject_pronoun"] = words(scope.get("subject_pronouns", []))
        p["claim_aside"] = re.compile(rf",\s+(?:{alternation(scope.get('asides', []))})\b[^,;:()\u2014\u2013]*,?", re.IGNORECASE)
        p["claim_participle_before"] = re.compile(rf"(?<![\w\-])(?:{alternation(scope.get('participles', []))})\s+$", re.IGNORECASE)
        p["claim_manner_after"] = re.compile(rf"\s+(?:{alternation(scope.get('manner_after', []))})\b", re.IGNORECASE)
        # the word governing a clause and the clause's opening word (Reading.governed_at, round 28)
        gov = e.get("clause_governors", {})
        p["clause_governor"] = re.compile(rf"(?<![\w\-])(?:(?P<unheld>{alternation(gov.get('unheld', []))})"
                                          rf"|(?P<held>{alternation([*governor_words(e, 'held'), *governor_words(e, 'confirming')])}))"
                                          rf"\s+(?:{alternation(gov.get('complementizers', []))})(?![\w\-])", re.IGNORECASE)
        # the way home told by a gerund after 'before'/'after' (frames._gerund_departures, round 28)
        p["gerund_departure"] = re.compile(rf"(?<![\w\-])(?:{alternation(e.get('gerund_before', []))})\s+"
                                           rf"(?:(?P<home>{alternation(e.get('gerund_home', []))})(?![\w\-])"
                                           rf"|(?P<leaving>{alternation(e.get('gerund_leaving', []))})(?=\s+(?:the\s+)?(?-i:[A-Z])))",
                                           re.IGNORECASE)
        p["present_future"] = words(gov.get("present_future", []))
        p["confirming"] = words(governor_words(e, "confirming"))
        p["governed_attached"] = frozenset(gov.get("attached", []))  # Reading._attached
        p["trip_to_place"] = words([*e.get("trip_to_place", []), *e.get("recalled_trip", [])])
        # a meeting's object that holds no office ('met elders of', 'met local traders'): candidates.meeting
        # where a traveller came from or went, told just before a place ('left Tehran', 'reached Quetta';
        # a place gone 'back to' or 'returned to' is the traveller's home: 'concluded his visit and flew
        # back to X'): frames and candidates
        p["origin_before"] = re.compile(rf"\b(?:{alternation(e.get('origin_before', []))})\s+(?:the\s+)?$", re.IGNORECASE)
        p["destination_before"] = re.compile(rf"\b(?:{alternation(e.get('destination_before', []))})"
                                             r"\s+(?:the\s+\w+\s+(?:capital|city)\s+(?:of\s+)?)?$", re.IGNORECASE)
        # a call's end that is no person: an institution or staff (engagement.yaml `call_not_party`), right
        # after the preposition or owned by the name after it ('from Araghchi's office': frames._call_without_person)
        not_party = alternation(e.get("call_not_party", []))
        p["call_not_party"] = re.compile(rf"\s+(?:(?:{alternation(e.get('private_counterpart_determiners', []))})\s+){{0,2}}"
                                         rf"(?:[\w\-]+\s+)?(?:{not_party})\b", re.IGNORECASE)
        p["call_owned_by"] = re.compile(rf"\s+(?:[\w.\-]+\s+){{0,5}}?[\w.\-]+['’]s\s+(?:[\w\-]+\s+)?(?:{not_party})\b", re.IGNORECASE)
        p["private_counterpart"] = re.compile(rf"\s+(?:(?:{alternation(e.get('private_counterpart_determiners', []))})\s+){{0,2}}"
                                              rf"(?:{alternation(e.get('private_counterparts', []))})\b", re.IGNORECASE)
        # a diplomat's posting up to its place ('consul general in ', 'Ambassador to '): candidates._resident
        # (the sending state may come between: 'Ambassador of Iran to ', 'Ambassador of the Islamic Republic of Iran to ')
        p["resident_posting"] = re.compile(rf"(?<![\w\-])(?:{alternation(e.get('resident_postings', []))})\s+"
                                           r"(?:of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]*\s+(?:of\s+)?){1,4})?(?:in|to|at)\s+(?:the\s+)?"
                                           # the receiving state's formal name before its short one ('to the Islamic Republic of Iran')
                                           r"(?:(?:(?-i:[A-Z])[\w\-]*\s+){1,2}of\s+)?",
                                           re.IGNORECASE)
        # review22 (S4): a posting no longer held, told right before it ('Former Ambassador ...', 'ex-envoy')
        p["former_posting"] = re.compile(rf"(?<![\w\-])(?:{alternation(e.get('former_postings', []))})\s*$", re.IGNORECASE)
        # a title that is such a posting ('Ambassador', 'Consul General'): its holder resides in the host country
        p["resident_title"] = re.compile(rf"(?:{alternation(e.get('resident_postings', []))})", re.IGNORECASE)
        # the engagement's own verb after its noun and an aside between commas ('the visit to Zahedan,
        # where he was to meet X, was called off'): a cancellation the aside's clause cut from the trigger's
        p["called_off_after"] = re.compile(r"[^,;:.()]{0,60}?,[^;:.()]{1,200}?,\s*(?:(?:has|have|had)\s+been|was|were|is|are|got)"
                                           rf"\s+(?:[a-z]+ly\s+|(?:{alternation(e.get('called_off_adverbs', []))})\s+)?"
                                           rf"(?:{alternation(e.get('called_off', []))})\b",
                                           re.IGNORECASE)
        p["call_told_back"] = words(e.get("call_told_back", []))  # borrowing._told_back_after (relation told_back)
        p["series_member"] = re.compile(rf"\s*(?:{alternation(e.get('series_member', []))})\b", re.IGNORECASE)  # frames.series_member
        p["occasion_told_before"] = words(e.get("occasion_told_before", []))  # borrowing._sentence_before (relation occasion)
        # frames._postponed_on: 'was postponed on 12 April', 'put off in March': the day of the act of
        # calling off, right before the date (its 'on' or 'in' only), is not the engagement's
        p["postponed_on"] = re.compile(rf"\b(?:{alternation(e.get('called_off', []))})\s+(?:(?:on|in)\s+)?$", re.IGNORECASE)
        # frames._planned_without (a ranked infinitive blanked): 'the most senior officer to visit', 'the first leader to meet'
        p["ranked_infinitive"] = re.compile(rf"\bthe\s+(?:{alternation(e.get('ranked_infinitive_heads', []))})\s+"
                                            r"(?:[\w\-]+\s+){1,3}?to\s+(?:visit|meet)\b", re.IGNORECASE)
        # frames._named_before: 'After the ceremony, ...' at a sentence's head, the noun as group `noun`
        p["named_before"] = re.compile(rf"\W*(?:{alternation(e.get('named_before_openers', []))})\s+the\s+"
                                       rf"(?P<noun>{alternation(list(e.get('named_before_nouns', {})))})\b\s*,", re.IGNORECASE)
        self._compile_trip_words(e)
        self._compile_frame_words(e)
        self._compile_told_past(e)
        office = words(e.get("host_office", [])).pattern
        p["host_office_at"] = re.compile(rf"\bat\s+(?:(?:the|his|her|their)\s+)?(?:[\w’'\-]+\s+){{0,4}}?(?:{office})", re.IGNORECASE)
        p["any_engagement"] = words([ph for kind in ENGAGEMENT_KINDS for ph in kinds[kind]])
        p["any_engagement_at"] = lookahead(p["any_engagement"])  # where each kind may match (report.first_match)
        p["duration"] = words([re.escape(k) for k in e["durations"]])
        # 'the meeting, held in Zahedan' (places.yaml held_in): where a report's gathering was
        p["sidelines"] = words(d["places"].get("sidelines", []))
        gathering_nouns = d["places"].get("gathering_nouns", [])
        gathering = "(?:" + ("|".join(gathering_nouns) or "(?!x)x") + ")(?: venue)?"
        p["gathering_in"] = re.compile(r"(?<![\w\-])(?:" + gathering + r")\s+in\b", re.IGNORECASE)
        p["gathering_word"] = re.compile(r"(?<![\w\-])(?:" + gathering + r")\b", re.IGNORECASE)
        p["held_in"] = re.compile(guard("(?:" + ("|".join(d["places"].get("held_in", [])) or "(?!x)x") + ")", True), re.IGNORECASE)
        # which gathering a sentence tells (places.yaml other_gathering; candidates._same_gathering)
        other = d["places"].get("other_gathering", {})
        nouns = words([*gathering_nouns, *other.get("more_nouns", [])]).pattern
        p["gathering_noun"] = re.compile(r"((?:[A-Z][\w\-]*\s+){0,4}?)(?i:" + nouns + ")")  # its name: capitalised words
        before = "|".join(other.get("other_before", [])) or "(?!x)x"
        p["other_gathering"] = re.compile(r"(?<![\w\-])(?:(?:" + before + r")\s+(?:[\w’'\-]+\s+){0,3}?(?:" + nouns + ")|"
                                          + words(other.get("other", [])).pattern + ")", re.IGNORECASE)
        # 'at the invitation of the Foreign Office' (places.yaml not_a_venue_after_at): no venue
        asked = "|".join(d["places"].get("not_a_venue_after_at", [])) or "(?!x)x"
        p["not_a_venue_after_at"] = re.compile(r"at\s+(?:the\s+)?(?:" + asked + r")\b", re.IGNORECASE)
        p["missions_abroad"] = words(d["places"].get("missions_abroad", []))
        # 'the Foreign Office said' (places.yaml venue_as_speaker): a venue named as who speaks
        speaker = d["places"].get("venue_as_speaker") or {}
        p["speaker_before"] = re.compile(r"(?<![\w\-])(?:" + alternation(speaker.get("before", [])) + r")\s+(?:the\s+)?$", re.IGNORECASE)
        p["speaker_after"] = re.compile(r"\s*(?:" + alternation(speaker.get("after", [])) + r")(?![\w\-])", re.IGNORECASE)
        # the reporting words of an attribution (places.yaml told_at: engagement.yaml `reporting` and
        # `attribution_verbs`, titles.yaml `attribution`, a speech to the press): a venue in their telling is no meeting's (extract/attribution.py)
        told_at = d["places"].get("told_at") or {}
        p["told_at"] = words([*reporting_words(e), *e.get("attribution_verbs", []), *d["titles"].get("attribution", []),
                              *told_at.get("speech", []), *told_at.get("addressed", [])])
        p["told_addressed"] = words(told_at.get("addressed", []))  # 'told X': a telling only when X is no person
        p["told_addressee"] = re.compile(r"\s+(?:" + alternation(told_at.get("addressees", [])) + r")(?![\w\-])", re.IGNORECASE)
        # 'discussed the situation in Afghanistan' (places.yaml topic_before): a place told as a topic
        topics = "|".join(d["places"].get("topic_before", [])) or "(?!x)x"
        p["topic_before"] = re.compile(r"(?<![\w\-])(?:" + topics + r")\s+(?:the\s+)?$", re.IGNORECASE)
        # 'after a stop in Kabul', 'via a stopover in Doha' (places.yaml stopover), ending right before the place:
        # a city passed through on the way (frames.stopover_at)
        stops = "|".join(d["places"].get("stopover", [])) or "(?!x)x"
        p["stopover"] = re.compile(r"(?<![\w\-])(?:" + stops + r")\s+(?:the\s+)?$", re.IGNORECASE)
        # 'posted to Islamabad', 'the Lahore-born', 'agents in Karachi said' (places.yaml residence): no venue
        p.update(residence_patterns(d["places"].get("residence") or {}))
        # 'Punjab Chief Minister X', 'the Governor of Sindh' (places.yaml provinces): the province a host's office names
        provinces = d["places"].get("provinces") or {}
        p["province_capital"] = {name: row["place"] for row in provinces.get("capitals", []) for name in row["names"]}
        names, titles = _escaped(sorted(p["province_capital"], key=len, reverse=True)), alternation(provinces.get("titles", []))
        p["provincial_office"] = re.compile(rf"(?<![\w\-])(?:({names})\s+(?:{titles})|(?:{titles})\s+of\s+(?:the\s+)?({names}))(?![\w\-])")
        # each province's side (places.yaml provinces, `capitals` and `others`: a province's side is its
        # country), read only as an office's owner (mentions.People._provinces)
        p["province_side"] = {name: row["country"] for row in [*provinces.get("capitals", []), *provinces.get("others", [])]
                              for name in row["names"]}
        # each word of a province's names: no word a person's name begins with ('Chief Minister
        # Balochistan Mir X': 'Mir' still before the name's first word; review of round 26), mentions.People._begins_name
        p["province_words"] = frozenset(w for name in p["province_side"] for w in name.split() if w[:1].isupper())
        # a side told only by its word and an office ('his Iranian counterpart'): engagement.yaml unnamed_party
        party = e.get("unnamed_party") or {}
        p["unnamed_party"] = dict(party.get("actors", {}))
        p["party_head"] = re.compile(r"\s+(?:" + "|".join([*party.get("heads", []), *e.get("counterpart", [])] or ["(?!x)x"])
                                     + r")(?![\w\-])", re.IGNORECASE)
        # a side's word also inside a compound ('Pakistan-Iran Joint Border Commission')
        p["side_in_compound"] = {iso: re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ws)) + r")(?!\w)")
                                 for iso, ws in d["sides"]["sides"].items()}
        p["officials_of"] = re.compile(words(d["sides"].get("officials_of", [])).pattern + r"\s+of\s+", re.IGNORECASE)
        c = d["commitments"]
        p["commitment"] = {t: words(v) for t, v in c["types"].items()}
        p["any_commitment"] = words([ph for v in c["types"].values() for ph in v])
        p["any_commitment_at"] = lookahead(p["any_commitment"])  # where each type may match (starts.all_matches)
        p["modality"] = [(m, words(v)) for m, v in c["modality"].items()]
        p["any_modality"] = words([ph for v in c["modality"].values() for ph in v])
        p["any_modality_at"] = lookahead(p["any_modality"])
        p["purpose"] = words(c["purpose"])
        p["unheld_discussion"] = words(c.get("unheld_discussion", []))
        p["held_discussion"] = words(c.get("held_discussion", []))
        p["forum_remit"] = re.compile(r"\b(?:" + "|".join(c.get("forum_remit", []) or ["(?!x)x"]) + r")\s+$", re.IGNORECASE)
        p["visit_wide"] = words(c["visit_wide"])
        # anchored at the sentence's start, after an optional dateline ('TEHRAN:', 'ISLAMABAD, May 3 (APP):')
        p["fronted_purpose"] = re.compile(r"^\W*(?:[A-Z][\w ,.()\-]{0,40}:\s*)?(?:" + "|".join(c.get("fronted_purpose", []) or ["(?!x)x"])
                                          + r")\b[^,;:]*,", re.IGNORECASE)
        p["engagement_subject"] = re.compile(r"\b(?:" + "|".join(c.get("engagement_subject", []) or ["(?!x)x"])
                                             + r")\s+(?:(?:of|to|by)\s+(?:[\w.’'\-]+\s+){1,4})?$", re.IGNORECASE)

    def _compile_trip_words(self, e: dict) -> None:
        """engagement.yaml's words of a trip's first and last days and of a ceremony's kind."""
        p = self.patterns
        p["completed"] = re.compile(r"(?<![\w\-])" + trip_completed(e, "completed"), re.IGNORECASE)
        # the verb of a visit's first day just before the day ('a visit that began on Monday')
        p["began_before"] = re.compile(rf"{words(e.get('opened_verbs', [])).pattern}\s+(?:(?:late|early)\s+)?(?:on\s+)?(?:the\s+)?$",
                                       re.IGNORECASE)
        p["back_home"] = re.compile(rf"(?:{alternation(e.get('back_home', []))})\b", re.IGNORECASE)
        # right after a guest's name: ', who arrived', ' was in' (candidates._Built._stay_told)
        p["guest_stay"] = re.compile(rf",?\s*(?:who\s+)?(?:{alternation(e.get('guest_stay', []))})\b"
                                     rf"(?!\s+(?:{alternation(e.get('guest_stay_home', []))})\b)", re.IGNORECASE)
        p["by_morning"] = re.compile(rf"\b(?:{alternation(e.get('by_morning', []))})\b", re.IGNORECASE)
        p["ceremony_signing"] = words(e.get("ceremony_signing", []))
        p["ceremony_closing"] = words(e.get("ceremony_closing", []))
        p["ceremony_presence"] = words(e.get("ceremony_presence", []))
        p["future_time"] = words(e.get("future_time", []))
        # only a journey told as another time than the talks ('a day after landing in X'): 'after
        # arriving in X, he met Y' places the talks there
        p["journey_before"] = re.compile(r"(?<![\w\-])(?:days?|night|hours?|week)\s+(?:after|since)\s+(?:(?:his|her|their)\s+)?(?:"
                                         + alternation(e.get("journey_before", [])) + r")\s+(?:in|into|at)\s+(?:the\s+)?$",
                                         re.IGNORECASE)
        # where the guest's trip began, told of a later leg's talks ('concluding a three-day visit to
        # Pakistan that had begun in Islamabad on Sunday'): that leg's city, not the clause's talks'
        p["trip_began_in"] = re.compile(rf"\b(?:{alternation(e.get('trip_nouns', []))})\b[^.;:]{{0,60}}?\b(?:that|which)\s+"
                                        rf"(?:had\s+)?{words(e.get('opened_verbs', [])).pattern}\s+(?:in|at)\s+(?:the\s+)?$",
                                        re.IGNORECASE)
        # a stated length of the drill itself ('the three-day drill', 'a two-day joint exercise')
        p["drill_length"] = re.compile(rf"\b([\w\-]+-day)\s+(?:joint\s+)?(?:[\w\-]+\s+)?{words(e.get('drill', [])).pattern}",
                                       re.IGNORECASE)

    def _compile_frame_words(self, e: dict) -> None:
        """engagement.yaml's words of the frame rules (frames.py): each pattern keeps its rule's
        grammar here and takes its words from one entry, in the entry's order."""
        p = self.patterns

        def a(key: str) -> str:
            return alternation(e.get(key, []))

        p["ended_before"] = re.compile(rf"\b(?:{a('leaving_verbs')})\b[^,;:.()]{{0,40}}\bafter\s+(?:a|an|his|her|their|the)\b"
                                       r"[^,;:.()]{0,20}$", re.IGNORECASE)
        # the words between a departure's trigger (or the city it left) and the city gone to (engagement.yaml
        # `bound_for`, no trip noun between); the verb right before the city a departure left (`departed_from`)
        p["bound_for"] = re.compile(rf"^(?:(?!\b(?:{a('trip_nouns')})\b)[^,;:.()]){{0,25}}?\b(?:{a('bound_for')})\s+(?:the\s+)?$",
                                    re.IGNORECASE)
        # one key's words as one alternation between a rule's fixed context (case-insensitive): name ->
        # (before, engagement.yaml key, after). Written once here, not as one compile line each (round 29)
        bounded = {
            "departed_from": (r"\b", "departed_from", r"\s*$"),
            "homeward": (r"\b", "homeward_verbs", r"\s+(?:back\s+|home\s+)?(?:for|to)\s+(?:the\s+)?$"),
            "talks_after_length": (r"\s+(?:of\s+)?", "talks_nouns", r"\b"),
            "talks_ended_on": (r"\b", "talks_ended", r"\s+(?:on\s+)?$"),
            "talks_closed_by": (r"\b", "talks_closed_by", r"\s+$"),
            "onward_leg": (r"(?<![\w\-])", "onward_leg", r"\s+(?:also\s+)?$"),
            "another_trip": (r"(?<![\w\-])", "another_trip", r"(?![\w\-])"),
            "leg_travel": ("", "leg_travel", r"\b"),
            "caption_credit": (r"[—–\-]\s*", "caption_credit", ""),  # a photo's credit after a dash (report.without_captions)
            "tour_under_way": (r"\b", "tour_under_way", r"\b"),
            "visit_under_way": (r"\b", "visit_under_way", r"\b"),  # borrowing.py `under_way`
            "finite_travel": ("", "travel_present", r"\b"),
            "purpose_infinitive": (r"\b(?:in\s+order\s+)?to\s+", "purpose_verbs", r"\b"),
            "appeal_trigger": ("", "appeal_triggers", "$"),
            "planning_after": (r"\bto\s+", "planning_verbs", r"\b"),
            "later_than": (r"\b", "ahead_of", r"\s+(?:[\w’'.\-]+\s+){0,6}$"),
        }
        for name, (before, key, after) in bounded.items():
            p[name] = re.compile(rf"{before}(?:{a(key)}){after}", re.IGNORECASE)
        # round 29: a clause opening with a short lead, then 'he'/'she' and a way-home verb ('Later, he left for
        # Islamabad'): mentions.People._pronoun_homeward gives the pronoun the sentence before's subject
        p["pronoun_homeward"] = re.compile(rf"\s*(?:[A-Za-z]+\s+){{0,3}}[A-Za-z]+,\s+(he|she)\s+(?:also\s+|then\s+|later\s+)?"
                                           rf"(?:{a('homeward_verbs')})\s+(?:back\s+|home\s+)?(?:for|to)\b")
        # a photo caption's opening (report.without_captions)
        p["caption_opening"] = re.compile(guard(rf"(?:{a('caption_opening')})", True), re.IGNORECASE)
        adverbs, verbs = a("background_adverbs"), a("background_verbs")
        p["background_before"] = re.compile(rf"\b(?:{adverbs})\s+(?:also\s+)?$", re.IGNORECASE)
        p["background_verb"] = re.compile(rf"\b(?:(?:{adverbs})(?:\s+also)?\s+(?:{verbs})\b|(?-i:Last|last)\s+(?-i:{MONTHS})\b)",
                                          re.IGNORECASE)
        # a short adverbial and its comma may come first ('Last year, more than ...')
        p["crowd_subject"] = re.compile(rf"(?:[^,;:]{{0,30}},)?[\s:;(\-–—]*(?:{a('crowd_quantities')})\s", re.IGNORECASE)
        # a host's verb in the active voice at a meeting trigger's start, not its passive ('received by'):
        # frames.subject_hosts
        p["host_verb"] = re.compile(rf"(?:warmly\s+)?(?:{a('host_verbs')})\b(?!\s+by\b)", re.IGNORECASE)
        # its object a thing a person sent: a possessive within six words, no punctuation between, then the
        # thing ('received Iranian Interior Minister X's letter'): frames._thing_received
        p["thing_received"] = re.compile(rf"(?:\s+(?:the\s+)?[\w\-.]+){{1,6}}?['’]s\s+(?:[\w\-]+\s+){{0,3}}?"
                                         rf"(?:{a('received_things')})\b", re.IGNORECASE)
        # or told with its sender after it: 'received a letter from X', 'received the President's reply
        # from ...' (round 28): the sender follows 'from' (frames._things_received)
        p["thing_received_from"] = re.compile(rf"\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w\-]+\s+){{0,3}}?"
                                              rf"(?:{a('received_things')})\s+from\s+", re.IGNORECASE)
        # right after a person's name: the possessive and who acts for them ('s special envoy'):
        # frames._without_principals
        p["proxy_after"] = re.compile(rf"['’]s\s+(?:[\w\-]+\s+){{0,2}}?(?:{a('proxy_nouns')})\b", re.IGNORECASE)
        # a held passive: 'was (finally) held', 'took place', 'went ahead' (frames._held_after_plans)
        held = "".join(rf"{w}\s+|" for w in e.get("held_adverbs", []))[:-1] or "(?!x)x"
        p["held_passive"] = re.compile(rf"\b(?:was|were)\s+(?:{held})?held\b|\btook\s+place\b|\bwent\s+ahead\b", re.IGNORECASE)
        # a time clause with a subject and a finite verb of its own: 'days after militants attacked a
        # post on March 2' (frames._modifiers)
        p["subordinate_clause"] = re.compile(r"\b(?:after|before|since|when)\s+(?!(?:the|a|an|his|her|their|its)\b)(?:[A-Za-z’'\-]+\s+){1,3}?"
                                             rf"((?-i:[a-z]+ed|{a('incident_verbs')}))\b(?=[^,;:.]{{0,60}}\b(?:on|in|last)\s)",
                                             re.IGNORECASE)
        p["held_verb"] = re.compile(rf"(?<![\w\-])(?-i:[a-z]+ed|{a('irregular_past')})\b")
        p["past_verb"] = re.compile(rf"(?:[a-z]+ed|{a('irregular_past')})\b", re.IGNORECASE)
        p["parenthetical"] = re.compile(rf"(?:{a('attribution_verbs')})\s*,")
        # a commission told as a session still wanted, or as a standing mechanism in the plural, by the
        # words just before its name (frames._commission_unheld)
        session = rf"(?:{a('commission_session_nouns')})\s+of\s+(?:[\w\-’'.]+\s+){{0,4}}$"
        p["commission_wanted"] = re.compile(rf"(?:\b(?:{a('commission_wanted_adjectives')})\s+(?:[\w\-]+\s+){{0,2}}"
                                            rf"{session}|\b(?:{a('commission_preparing')})\s+(?:(?:a|an|the)\s+)?(?:[\w\-]+\s+){{0,3}}(?:{session})?$)",
                                            re.IGNORECASE)
        p["commission_habitual"] = re.compile(rf"\b(?:{a('commission_habitual_nouns')})\s+of\s+(?:the|their|its)\s+(?:[\w\-]+\s+){{0,2}}$",
                                              re.IGNORECASE)
        # round 31: a purpose trigger under its predicate's negation, no comma between (frames._negated_purpose)
        p["negated_purpose"] = re.compile(rf"\b(?:{a('negation')})\b[^,;:.]{{1,80}}?\b(?:{a('purpose_heads')})\s+$", re.IGNORECASE)
        # round 31: a quantifier right before an engagement noun (frames._generic_noun)
        p["generic_before"] = re.compile(rf"\b(?:{a('generic_quantifiers')})\s+(?:[\w\-]+\s+)?$", re.IGNORECASE)
        # round 29: a meeting told with how often it is held, close after its trigger in its clause (frames._habit_after)
        # (round 31: past one aside between commas, 'a joint commission, chaired by a minister, meets when relations allow')
        clause = r"(?:(?!\band\b|\bbut\b)[^,;:.])"
        p["habit_after"] = re.compile(rf"{clause}{{0,40}}?(?:,[^,;:.]{{1,80}},{clause}{{0,40}}?)?\b(?:{a('habit_frequency')})(?![\w\-])",
                                      re.IGNORECASE)
        modifier = rf"(?:{a('modifier_verbs')})"
        dated = r"(?=\s+(?:on|in|at|during|last|earlier|back|this|since)\b)"
        p["modifier_relative"] = re.compile(rf"\b(?:which|that)\s+(?:was|were|(?:had|has|have)\s+been)\s+{modifier}\b{dated}",
                                            re.IGNORECASE)
        # not after an auxiliary: 'the line was held in X on Tuesday' is the clause's finite verb, not a participle
        p["modifier_participle"] = re.compile(rf"(?<=[\w’'])(?<!\bwas)(?<!\bwere)(?<!\bis)(?<!\bare)(?<!\bbe)(?<!\bbeen)"
                                              rf"\s+({modifier})\b{dated}", re.IGNORECASE)
        who = e.get("who_clause", {})
        p["who_clause"] = re.compile(rf"(?<=,)\s*who\s+(?:(?:{alternation(who.get('adverbs', []))})\s+)*"
                                     rf"(?-i:[a-z]+ed|{alternation(who.get('verbs', []))})\b(?=[^,;:]*,)", re.IGNORECASE)
        p["engagement_noun"] = re.compile(rf"\b(?:{a('engagement_nouns')})\b", re.IGNORECASE)
        p["engagement_setting"] = re.compile(rf"\b(?:{a('setting_prepositions')})\s+(?:(?:{a('trip_determiners')})\s+)?"
                                             rf"(?:[\w\-]+\s+)?(?:{a('engagement_nouns')})\b", re.IGNORECASE)

    def _compile_told_past(self, e: dict) -> None:
        """engagement.yaml's words of a told past engagement (`told_past`, background.py) and of a
        coordinated trigger (`and_before`, borrowing.py): each pattern keeps its rule's grammar here.
        `told_past`: the pluperfect or the perfect over a past span ending right before a trigger;
        `told_past_span`: that perfect with its object words between; `told_past_after`: the
        pluperfect as an engagement noun's predicate, not behind a relative pronoun;
        `told_past_relative`: the pluperfect of a relative clause ('who had entered');
        `told_past_habitual`: a habit's adjective before an engagement noun ('regular talks');
        `verb_trigger`: a trigger's first word that is a verb (its predicate its own); `present_head`:
        one that is a headline's present tense ('meets PM'), told as held."""
        p, told = self.patterns, e.get("told_past", {})
        aux, adverbs = words(told.get("auxiliaries", [])).pattern, words(told.get("adverbs", [])).pattern
        perfect, relative = words(told.get("perfect", [])).pattern, words(told.get("relatives", [])).pattern
        p["told_past"] = re.compile(rf"(?:{aux}|{perfect})\s+(?:{adverbs}\s+){{0,2}}$", re.IGNORECASE)
        p["told_past_span"] = re.compile(rf"{perfect}[^,;:.]{{0,40}}$", re.IGNORECASE)
        # 'a meeting that had been postponed': another verb's
        p["told_past_after"] = re.compile(rf"(?:(?!{relative})[^,;:.]){{0,40}}?{aux}\s+(?:{adverbs}\s+){{0,2}}\w+", re.IGNORECASE)
        p["told_past_relative"] = re.compile(rf"{relative}\s+{aux}\s+(?:{adverbs}\s+){{0,2}}$", re.IGNORECASE)
        p["told_past_habitual"] = re.compile(rf"{words(told.get('habitual', [])).pattern}\s+(?:[\w\-]+\s+){{0,2}}$", re.IGNORECASE)
        p["verb_trigger"] = re.compile(rf"(?s:.*)ed|{alternation(told.get('verb_heads', []))}", re.IGNORECASE)
        # a headline's present tense opening a trigger ('meets', 'wraps'): background._named_by_nouns
        p["present_head"] = re.compile(alternation([re.escape(w) for w in told.get("present_heads", [])]), re.IGNORECASE)
        # right after a count cue, the engagement it counts from ('after the talks'): candidates._counted_kind
        p["count_from"] = {kind: re.compile(rf"\s+(?:the|his|her|their|its)\s+(?:[\w\-]+\s+){{0,2}}?(?:{alternation(nouns)})\b",
                                            re.IGNORECASE) for kind, nouns in e.get("count_from_nouns", {}).items()}
        joined = e.get("and_before", {})
        p["and_before"] = re.compile(rf"\s+(?:{alternation(joined.get('conjunctions', []))})\s+"
                                     rf"(?:(?:{alternation(joined.get('adverbs', []))})\s+)?$", re.IGNORECASE)
        p["participle_before"] = re.compile(rf"[\s,]+(?:{alternation(e.get('gerund_before', []))})\s+$", re.IGNORECASE)  # one list of the subordinators (round 28)

    def _compile_lookups(self) -> None:
        """Look-up tables that replace scans of a report by one alternation of every spelling:
        a spelling is tried only where a word of the text is its first word, and places are
        looked up by capitalised word runs (a dictionary probe per word, whatever the size of
        the gazetteer)."""
        p = self.patterns
        by_first: dict[str, list[str]] = {}
        for spelling in sorted(self.alias_owner, key=len, reverse=True):
            first = re.match(r"\w+", spelling)
            if first:
                body = r"[\s\-]+".join(re.escape(w) for w in spelling.split()).replace("’", "['’]").replace("'", "['’]")
                by_first.setdefault(first.group(0), []).append(body)
        # the spellings that begin with a word, longest first, as one pattern anchored where it is tried
        p["alias_by_first"] = {w: re.compile("(?:" + "|".join(bodies) + r")(?![\w\-])", re.IGNORECASE)
                               for w, bodies in by_first.items()}
        p["alias_first"] = {w: re.compile(r"(?<![\w\-])" + re.escape(w) + r"(?!\w)", re.IGNORECASE) for w in by_first}
        p["place_lookup"] = {**{n.upper(): pid for n, pid in self.place_names.items() if len(n) >= 5}, **self.place_names}
        p["place_longest"] = min(3, max((len(n.split()) for n in self.place_names), default=1))
        # a country's or a third party's word is no minor town ('in Palestine': not the Texan town)
        sides = [p["third_party"], *p["side"].values()]
        self.minor_place_names = {n: pid for n, pid in self.minor_place_names.items() if not any(s.fullmatch(n) for s in sides)}
        # where a clause calls for a place ('in <town>'): the only spots a minor town name is read
        called = "|".join(self.dictionaries["places"].get("calls_for_place", [])) or "(?!x)x"
        p["calls_for_place"] = re.compile(r"(?<![\w\-])(?:" + called + r")\s+(?=[A-Z])")
        # the offices held in a capital (frames._capital_posted), at the start of a title
        posted = "|".join(self.dictionaries["places"].get("capital_posted_titles", [])) or "(?!x)x"
        p["capital_posted"] = re.compile(r"^(?:" + posted + r")\b", re.IGNORECASE)
        honor, rank = p["honorific"].pattern, p["rank"].pattern
        p["title_gap"] = re.compile(r"(?:\s|,|\([A-Z]{2,6}\)|" + honor + r"|" + rank
                                    + r"|(?:of|for) (?:the )?[A-Z][\w’']+(?: [A-Z][\w’']+){0,3})*")
        # between an office phrase and its holder's name: its country and posting ('of Iran to Pakistan,', 'in
        # Tehran'), titles, capitalised words, commas; no lowercase word of a clause ('called on': a verb)
        p["appositive_gap"] = re.compile(r"(?:\s|,|\([A-Z]{2,6}\)|" + honor + r"|" + rank
                                         + r"|(?<![\w\-])(?:of|for|to|in|at|the)(?![\w\-])|[A-Z][\w’'\-]*|-[a-z]+)*")
        p["name_gap"] = re.compile(r"(?:[\s,]|\([A-Z]{2,6}\)|" + honor + "|" + rank + r")*")
        p["rank_tail"] = re.compile(r"[\s.,]*(?:" + honor + r"\s*)*")
        forms = "|".join(self.dictionaries["sides"].get("state_forms", [])) or "(?!x)x"
        p["side_after"] = {iso: re.compile(r"\s*(?:of|for) (?:the )?(?:(?:" + forms + r") )?" + pat.pattern)
                           for iso, pat in p["side"].items()}
        # round 28 (newperson28): a side word after a new name ('X of Iran', 'X (Pakistan)'), one per side
        p["name_side_after"] = {iso: re.compile(r"\s+(?:" + alternation(self.dictionaries["titles"].get("side_after_name", [])) + r")\s+(?:the\s+)?("
                                               + pat.pattern + r")|\s*\(\s*(" + pat.pattern + r")\s*\)")
                                for iso, pat in p["side"].items()}

    # -- facts ---------------------------------------------------------------------------
    def country_place(self, country: str | None) -> str | None:
        """The place standing for a whole country (coordinate_precision country)."""
        return next((pid for pid, p in sorted(self.places.items())
                     if p.get("coordinate_precision") == "country" and p.get("country_iso3") == country), None)

    def is_country(self, place_id: str | None) -> bool:
        """Whether a place of the gazetteer is a whole country (its `coordinate_precision`), not a
        city or a venue: the one test of it (an unknown or empty id is no country)."""
        return bool(place_id) and self.places.get(str(place_id), {}).get("coordinate_precision") == "country"

    def other_side(self, iso: str | None) -> str | None:
        """The other country of the dyad; None for a third country."""
        return next((c for c in self.dyad if c != iso), None) if iso in self.dyad else None

    def side_of(self, actor_id: str, new_actors: dict | None = None) -> str | None:
        return (self.actors.get(actor_id) or (new_actors or {}).get(actor_id) or {}).get("country_iso3")

    def is_person(self, actor_id: str, new_actors: dict | None = None) -> bool:
        return (self.actors.get(actor_id) or (new_actors or {}).get(actor_id) or {}).get("actor_type", "person") == "person"

    def holder(self, title: str, country: str | None, day: dt.date | None) -> str | None:
        """Who held the office a title names, for that country, on that day (the office-holder
        table, its offices compared without a bracketed rank; titles.yaml `offices` maps a title to
        the offices it may name); None when the table does not say, or says more than one."""
        found = {p.actor_id for p in self.office_rows(title, country)
                 if day is not None and (p.start is None or p.start <= day) and (p.end is None or day <= p.end)}
        return found.pop() if len(found) == 1 else None

    def office_rows(self, title: str, country: str | None = None) -> list:
        """The office-holder table's rows (`Position`s, in the table's order) of the office a title
        names (titles.yaml `offices` maps a title to the offices it may name), for that country (ISO3;
        any country when None); a position's office may carry a rank or a qualifier in brackets ('Chief
        of Army Staff (General)'): compared without it. The one reading of the table by office."""
        by_office = _by_office(self.positions, self.__dict__)  # a stand-in table (tests) need not be a Lexicon
        offices = {title, *self.offices_of.get(title, [])}
        rows = sorted(row for office in offices for row in by_office.get(office, ()))
        return [p for _, p in rows if country is None or p.country_iso3 == country]

    def place_spellings(self, place_id: str) -> list[str]:
        """Every spelling of a place (`place_names`, then `minor_place_names`, each in its order):
        the gazetteer indexed by place once per lexicon instead of scanned whole (~38,000 names)
        per question (round 30, speed). Rebuilt when either table is replaced or changes length (`_memo`)."""
        tables = (self.place_names, self.minor_place_names)
        index = _memo(self.__dict__, "_spellings_by_place", tuple(x for t in tables for x in (id(t), len(t))),
                      lambda: _by_place(tables))
        return index.get(place_id, [])

    def folded(self, name: str) -> str:
        """A name's transliteration key (translit.fold with names.yaml `folds`): str -> str, lower-cased,
        accents dropped whether composed or not; memoised per name in a memo `bounded` empties."""
        memo = self.patterns.setdefault("_folded", {})
        if name not in memo:
            bounded(memo)
            memo[name] = fold(name, _compiled_folds(self.fold_pairs))
        return memo[name]

    def holder_during(self, title: str, country: str | None, spans: tuple[tuple[dt.date, dt.date], ...]) -> str | None:
        """Who held the office a title names through every (first, last) span (an event's day, or
        a whole year when only the year is told): the one such person, else None (nobody held it
        throughout, or more than one did, or no span is given)."""
        if not spans:
            return None
        found = {p.actor_id for p in self.office_rows(title, country)
                 if all((p.start is None or p.start <= a) and (p.end is None or b <= p.end) for a, b in spans)}
        return found.pop() if len(found) == 1 else None

    def former_holders(self, title: str, country: str | None, day: dt.date) -> set[str]:
        """Review 24 (F8): who held the office a title names before `day` but not on it ('Former Prime
        Minister X' in a report of that day): never the day's holder."""
        rows = self.office_rows(title, country)
        now = {p.actor_id for p in rows if (p.start is None or p.start <= day) and (p.end is None or day <= p.end)}
        return {p.actor_id for p in rows if p.end is not None and p.end < day} - now

    def offices_held(self, actor_id: str, day: dt.date | None) -> set[str]:
        """The offices (without a bracketed rank) the office-holder table gives `actor_id` on `day`,
        each with the titles.yaml titles that name it; empty without a day or a row."""
        day = day if isinstance(day, dt.date) else _day(day)
        if day is None:
            return set()
        held = {office_of(p.office) for p in self.positions if p.actor_id == actor_id
                and (p.start is None or p.start <= day) and (p.end is None or day <= p.end)}
        return held | {title for title, offices in self.offices_of.items() if held & set(offices)}

    @property
    def modality_strength(self) -> list[str]:
        return [m for m, _ in self.patterns["modality"]]

    @property
    def durations(self) -> dict[str, int]:
        return {k.lower(): v for k, v in self.dictionaries["engagement"]["durations"].items()}


def _day(value) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value not in (None, "") else None
    except ValueError:
        return None


def load_lexicon(package: Path | None = None, dictionary_files: list[Path] | None = None) -> Lexicon:
    """The lexicon from a data package's gazetteers: `actors`, `actor_aliases`, `places` and,
    when the package has one, `positions` (actor_id, office, country_iso3, start, end)."""
    from pakiran_events.extract.adapter import default_gazetteer, read_package_tables

    frames = read_package_tables(Path(package) if package else default_gazetteer(),
                                 ("actors", "actor_aliases", "places", "positions"))
    tables = {name: [{k: (None if v is None else str(v)) for k, v in row.items()} for row in frame.iter_rows(named=True)]
              for name, frame in frames.items()}
    actors = {r["actor_id"]: r for r in tables.get("actors", [])}
    aliases: dict[str, list[str]] = {a: [] for a in actors}
    for row in tables.get("actor_aliases", []):
        aliases.setdefault(row["actor_id"], []).append(row["alias"])
    places = {r["place_id"]: r for r in tables.get("places", [])}
    positions = [Position(r["actor_id"], r["office"], r["country_iso3"], _day(r.get("start")), _day(r.get("end")))
                 for r in tables.get("positions", [])]
    dictionaries = merge_dictionaries(dictionary_files or [])
    try:
        return Lexicon(actors, aliases, places, dictionaries, positions)
    except re.error as exc:  # each word compiles (dictionary_problems), yet joined they do not: a group name twice
        raise ValueError(f"the dictionaries' words do not compile together ({exc}; in {str(exc.pattern)[:80]!r}...); "
                         f"check the --dictionary files {[str(p) for p in dictionary_files or []]}") from None


def _memo(memo: dict, name: str, key: tuple, build: Callable[[], _T]) -> _T:
    """The one memo of an index built from a lexicon's tables (the office index, the place spellings):
    kept in `memo` (a lexicon's `__dict__`, or a stand-in's) under `name` with the `key` of the tables it
    was built from (their ids and lengths), so a table replaced or grown rebuilds it (`build()`)."""
    held = memo.get(name)
    if held is None or held[0] != key:
        held = memo[name] = (key, build())
    return held[1]


def _by_office(positions: list[Position], memo: dict) -> dict[str, list[tuple[int, Position]]]:
    """The office-holder table indexed by office (without the bracketed rank), each row with its
    place in the table so `Lexicon.office_rows` keeps the table's order: one pass over the table per
    lexicon instead of one per title asked (round 29, speed), memoised in `memo` (`_memo`)."""
    def build() -> dict[str, list[tuple[int, Position]]]:
        by_office: dict[str, list[tuple[int, Position]]] = {}
        for n, p in enumerate(positions):
            by_office.setdefault(office_of(p.office), []).append((n, p))
        return by_office
    return _memo(memo, "_by_office", (id(positions), len(positions)), build)


def _by_place(tables: tuple[dict[str, str], ...]) -> dict[str, list[str]]:
    """Each place's spellings, table by table in their order (`Lexicon.place_spellings`)."""
    by_place: dict[str, list[str]] = {}
    for table in tables:
        for name, pid in table.items():
            by_place.setdefault(pid, []).append(name)
    return by_place
