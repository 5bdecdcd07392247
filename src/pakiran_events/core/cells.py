"""What no published text cell may hold, named once for every stage that writes one.

`build` refuses such a curated value (curate/curated.py) and `extract` skips, by name, a document
whose manifest cell holds one (extract/run.py); neither alters a value (SECURITY.md). Sources:
OWASP "CSV injection" for formula starts; Unicode's general category Cf and its
DerivedCoreProperties "Default_Ignorable_Code_Point" for the invisible characters ("Trojan source").
"""

from __future__ import annotations

import re
import unicodedata

# The one written form of a day the package takes: a Table Schema `date` field's default format
# (ISO 8601 calendar date, ASCII digits only: Python's `\d` would also take other scripts' digits).
# The manifest's `published` cell, the loader's `on=` argument and the Table Schema engine's fast
# path all read it from here.
ISO_DAY_FORM = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
ISO_DAY = re.compile(ISO_DAY_FORM)
# A text cell starting with one of these is run as a formula by spreadsheets (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Every C0 and C1 control (U+0085 among them) except tab, line feed and carriage return, and the
# Unicode line and paragraph separators: a NUL or an escape sequence would reach every CSV reader.
_CONTROL_CLASS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029"
CONTROL_CHARACTERS = re.compile(f"[{_CONTROL_CLASS}]")
# the same with tab and line breaks: what no one-line cell may hold (folded texts aside)
CONTROL_OR_BREAK = re.compile(f"[{_CONTROL_CLASS}\t\n\r]")
# The zero-width (non-)joiner is a letter of Persian and Urdu writing: kept between two letters
# when one of them is not ASCII (`format_character`).
JOINERS = "\u200c\u200d"
# Default ignorable code points outside category Cf: drawn as nothing, so 'Ali\u034fRaza' looks
# like 'AliRaza'; refused as the Cf characters are.
INVISIBLE = frozenset("\u034f\u115f\u1160\u17b4\u17b5\u180b\u180c\u180d\u180f\u3164\uffa0"
                      + "".join(map(chr, range(0xFE00, 0xFE10))) + "".join(map(chr, range(0xE0100, 0xE01F0))))


# Scripts whose writing never needs a joiner between two of its letters: an accented Latin letter
# is not ASCII, and 'José' + U+200C + 'Luis' is drawn as 'JoséLuis' (the check asks for the script,
# not for ASCII).
_NO_JOINER_SCRIPTS = ("LATIN ", "GREEK ", "CYRILLIC ")


def _alphabetic(letter: str) -> bool:
    """Whether `letter` is of a script that has no use for a zero-width (non-)joiner between letters."""
    return letter.isascii() or unicodedata.name(letter, "").startswith(_NO_JOINER_SCRIPTS)


def format_character(value: str) -> int:
    """The index of the first invisible format character (Unicode category Cf: bidi controls such
    as U+202E, zero-width space, word joiner, byte-order mark, soft hyphen; and the other default
    ignorable characters, INVISIBLE, which no font draws either) in `value`, or -1. A zero-width
    (non-)joiner between two letters one of which is not Latin, Greek or Cyrillic (Persian, Urdu,
    Devanagari) is writing, not a format trick, and is let through; the letter before it may carry
    vowel signs (combining marks)."""
    if value.isascii():
        return -1
    for i, ch in enumerate(value):
        if ch in INVISIBLE:
            return i
        if unicodedata.category(ch) != "Cf":
            continue
        if ch in JOINERS and 0 < i < len(value) - 1:
            k = i - 1
            while k > 0 and unicodedata.category(value[k]).startswith("M"):
                k -= 1  # 'بِ' + ZWNJ: the letter under its kasra
            before, after = value[k], value[i + 1]
            if before.isalpha() and after.isalpha() and not (_alphabetic(before) and _alphabetic(after)):
                continue
        return i
    return -1


def plain_cell(value: str, text_field: bool = True) -> bool:
    """Whether `value` can be published in a one-line CSV cell as it is: no control character, tab
    or line break, no invisible format character and (for a text field) no formula start. One
    search for most values (the fast path of `build` at 100k events); False sends the value to the
    caller's check, which names the reason."""
    return (CONTROL_OR_BREAK.search(value) is None
            and not (text_field and value.startswith(FORMULA_STARTS))
            and format_character(value) < 0)
