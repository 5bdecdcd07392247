"""The extractor's knowledge: people and places from a data package's gazetteers, and the word
lists of dictionaries/*.yaml (plus any user file), compiled into one picklable Lexicon."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DICTIONARY_DIR = Path(__file__).parent / "dictionaries"
MIN_ALIAS_LENGTH = 4
ENGAGEMENT_KINDS = ("meeting", "phone", "visit", "arrival", "departure", "reception")  # shorter spellings ("Dar") match ordinary words


def _words(phrases: list[str], flags=re.IGNORECASE) -> re.Pattern:
    """One pattern for a list of phrases, on word boundaries, longest first."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return re.compile(r"(?<![\w\-])(?:" + "|".join(ordered) + r")(?![\w\-])", flags)


def _case(phrase: str) -> str:
    """Abbreviations (COAS, PM) match in capitals only; other phrases in any case."""
    return phrase if re.fullmatch(r"[A-Z]{2,5}", phrase) else f"(?i:{phrase})"


def _name(alias: str) -> str:
    """An alias as a pattern: spaces and hyphens interchangeable, apostrophes either way."""
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", alias.strip()) if p]
    return r"[\s\-]+".join(parts).replace("’", "['’]").replace("'", "['’]")


def merge_dictionaries(paths: list[Path]) -> dict:
    """The shipped dictionaries (one section per file), then each user file: lists are
    extended, mappings merged."""
    merged: dict = {}

    def add(into: dict, new: dict) -> None:
        for key, value in new.items():
            if isinstance(value, dict) and isinstance(into.get(key), dict):
                add(into[key], value)
            elif isinstance(value, list) and isinstance(into.get(key), list):
                into[key] = into[key] + [v for v in value if v not in into[key]]
            else:
                into[key] = value

    for path in sorted(DICTIONARY_DIR.glob("*.yaml")):
        merged[path.stem] = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    for path in paths:  # a user file: {titles: {...}, commitments: {...}, ...}, same shapes
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            raise ValueError(f"{path}: not a readable YAML dictionary file ({' '.join(str(exc).split())[:200]})") from exc
        unknown = set(data) - set(merged) if isinstance(data, dict) else {"(not a mapping)"}
        if unknown:
            raise ValueError(f"{path}: unknown section(s) {sorted(unknown)}; sections are {sorted(merged)}")
        add(merged, data)
    return merged


@dataclass
class Lexicon:
    """Everything a document needs to be read, compiled once and shipped to every worker."""

    actors: dict[str, dict]                 # actor_id -> name, actor_type, country_iso3
    aliases: dict[str, list[str]]           # actor_id -> spellings
    places: dict[str, dict]                 # place_id -> gazetteer row
    dictionaries: dict
    patterns: dict[str, re.Pattern] = field(default_factory=dict)
    alias_owner: dict[str, str] = field(default_factory=dict)   # lower-cased spelling -> actor_id
    fuzzy_choices: list[str] = field(default_factory=list)       # single-word surnames for fuzzy matching

    def __post_init__(self) -> None:
        d = self.dictionaries
        spellings = {}
        for actor_id, names in self.aliases.items():
            for alias in {*names, self.actors[actor_id]["name"]}:
                if len(alias) >= MIN_ALIAS_LENGTH:
                    spellings.setdefault(alias.lower(), actor_id)
        self.alias_owner = spellings
        self.fuzzy_choices = sorted({a for a in spellings if " " not in a and "-" not in a and len(a) >= 6})
        ordered = sorted(spellings, key=len, reverse=True)
        self.patterns["actor"] = re.compile(
            r"(?<![\w\-])(" + "|".join(_name(a) for a in ordered) + r")(?![\w\-])", re.IGNORECASE)
        titles = d["titles"]["titles"]
        self.patterns["title"] = {t: re.compile(r"(?<![\w\-])(?:" + "|".join(_case(p) for p in v["phrases"]) + r")(?![\w\-])")
                                  for t, v in titles.items()}
        self.patterns["generic_title"] = {t: _words(v["generic"]) for t, v in titles.items() if v.get("generic")}
        phrases = sorted({p for v in titles.values() for p in v["phrases"]}, key=len, reverse=True)
        abbreviations = [p for p in phrases if re.fullmatch(r"[A-Z]{2,5}", p)]
        self.patterns["title_scan"] = [
            re.compile(r"(?<![\w\-])(?:" + "|".join(p for p in phrases if p not in abbreviations) + r")(?![\w\-])", re.IGNORECASE),
            re.compile(r"(?<![\w\-])(?:" + "|".join(abbreviations) + r")(?![\w\-])")]
        self.patterns["generic_scan"] = re.compile(
            r"(?<![\w\-])(?:" + "|".join(sorted({p for v in titles.values() for p in v.get("generic", [])}, key=len, reverse=True))
            + r")(?![\w\-])", re.IGNORECASE)
        self.patterns["rank"] = {r: re.compile(r"(?<![\w\-])(?:" + "|".join(v) + r")(?![\w\-])")
                                 for r, v in d["titles"]["ranks"].items()}
        self.patterns["honorific"] = re.compile(r"(?:" + "|".join(d["titles"]["honorifics"]) + r")\s+")
        # what may stand between an office and the name it introduces: ranks, honorifics, an
        # abbreviation in brackets, "of (the Islamic Republic of) <country>"
        ranks = [p for v in d["titles"]["ranks"].values() for p in v]
        country_names = [words[0] for words in d["sides"]["sides"].values()]
        self.patterns["gap"] = re.compile(
            r"^(?:[\s,]|\([A-Z]{2,6}\)|of (?:the )?(?:Islamic Republic of )?(?:" + "|".join(country_names) + r")|"
            + "|".join(sorted(ranks, key=len, reverse=True)) + "|" + "|".join(d["titles"]["honorifics"]) + r"|Muhammad)*$")
        self.not_names = {w.lower() for w in d["titles"].get("not_names", [])}
        self.not_names |= {w.lower() for words in d["sides"]["sides"].values() for w in words if " " not in w}
        # the two countries and the name each goes by in "a visit to <country>"
        self.countries = {iso: words[0] for iso, words in d["sides"]["sides"].items()}
        self.patterns["country_visited"] = re.compile(
            r"\b(?:visit|trip|arrived|arrives|landed|lands|is|was|in|to|of)\s+(?:to\s+|in\s+|of\s+)?("
            + "|".join(map(re.escape, self.countries.values())) + r")\b")
        self.patterns["side"] = {iso: re.compile(r"(?<![\w\-])(?:" + "|".join(map(re.escape, words)) + r")(?![\w\-])")
                                 for iso, words in d["sides"]["sides"].items()}
        self.patterns["joint"] = _words(d["sides"]["joint_subjects"])
        place_words = {pid: [f"(?i:{re.escape(p['name'])})"] for pid, p in self.places.items()}
        for pid, phrases in d["places"]["place_phrases"].items():
            if pid in place_words:
                place_words[pid] += phrases
        self.patterns["place"] = {pid: _words(words, 0) for pid, words in place_words.items()}
        self.patterns["venue"] = [(v["name"], v["place"], _words(v["phrases"], 0)) for v in d["places"]["venues"]]
        for kind in ("meeting", "phone", "visit", "arrival", "departure", "reception", "future", "background"):
            self.patterns[kind] = _words(d["engagement"][kind])
        # one pass tells whether a sentence can hold any engagement cue at all
        self.patterns["any_engagement"] = _words([p for kind in ENGAGEMENT_KINDS for p in d["engagement"][kind]])
        self.patterns["duration"] = _words([re.escape(k) for k in d["engagement"]["durations"]])
        self.patterns["commitment"] = {t: _words(v) for t, v in d["commitments"]["types"].items()}
        self.patterns["any_commitment"] = _words([p for v in d["commitments"]["types"].values() for p in v])
        self.patterns["any_modality"] = _words([p for v in d["commitments"]["modality"].values() for p in v])
        self.patterns["purpose"] = _words(d["commitments"]["purpose"])
        self.patterns["visit_wide"] = _words(d["commitments"]["visit_wide"])
        self.patterns["third_party"] = _words(d["sides"]["third_parties"], 0)
        self.patterns["modality"] = [(m, _words(v)) for m, v in d["commitments"]["modality"].items()]

    def other_country(self, iso: str) -> str:
        """The other side of the dyad (the sides dictionary names exactly two countries)."""
        return next(c for c in self.countries if c != iso)

    def is_person(self, actor_id: str, new_actors: dict | None = None) -> bool:
        """Gazetteer actors have a type; a person found through a title is a person."""
        return (self.actors.get(actor_id) or (new_actors or {}).get(actor_id) or {}).get("actor_type", "person") == "person"

    @property
    def modality_strength(self) -> list[str]:
        """Modalities strongest first, as the commitments dictionary orders them."""
        return [m for m, _ in self.patterns["modality"]]

    @property
    def durations(self) -> dict[str, int]:
        return {k.lower(): v for k, v in self.dictionaries["engagement"]["durations"].items()}


def load_lexicon(package: Path | None = None, dictionary_files: list[Path] | None = None) -> Lexicon:
    """The lexicon from a data package's gazetteers (default: the installed or checkout package)."""
    if package is None:
        from pakiran_events.core.paths import published_descriptor

        package = published_descriptor()
    from pakiran_events.core.packages import read_tables

    frames = read_tables(Path(package), ("actors", "actor_aliases", "places"))
    tables = {name: [{k: (None if v is None else str(v)) for k, v in row.items()} for row in frame.iter_rows(named=True)]
              for name, frame in frames.items()}
    actors = {r["actor_id"]: r for r in tables["actors"]}
    aliases: dict[str, list[str]] = {a: [] for a in actors}
    for row in tables["actor_aliases"]:
        aliases.setdefault(row["actor_id"], []).append(row["alias"])
    places = {r["place_id"]: r for r in tables["places"]}
    return Lexicon(actors, aliases, places, merge_dictionaries(dictionary_files or []))
