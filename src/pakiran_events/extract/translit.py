"""Transliteration folding of personal names: one Persian or Urdu name reaches English in several
romanisations ('Sadiq' / 'Sadegh', 'Araghchi' / 'Araqchee'). Folding a written name and the
gazetteer's spellings to one key (dictionaries/names.yaml `folds`, data not code) lets a known
person be read under a spelling nobody listed, instead of becoming a new person."""

from __future__ import annotations

import re
import unicodedata

_DOUBLED = re.compile(r"([a-z])\1+")


def compile_folds(pairs: list) -> tuple[tuple[re.Pattern, str], ...]:
    """names.yaml `folds` ([regex, replacement] pairs) compiled once, in their order."""
    return tuple((re.compile(pattern), replacement) for pattern, replacement in pairs or [])


def fold(name: str, folds: tuple[tuple[re.Pattern, str], ...]) -> str:
    """The folded key of a name: lower-cased, diacritics dropped ('Bījār' -> 'bijar'), each fold
    applied in order, doubled letters made single; words stay separated by one space."""
    text = unicodedata.normalize("NFKD", name).lower()  # lower-cased after NFKD: a compatibility form may map to a capital
    text = "".join(c for c in text if not unicodedata.combining(c))
    for pattern, replacement in folds:
        text = pattern.sub(replacement, text)
    return _DOUBLED.sub(r"\1", text).strip()
