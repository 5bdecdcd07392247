"""The characters a phrase pattern's match can begin with, for a one-class guard before it.

A branch of a word list's prefix tree (`lexicon.prefix_tree`) that does not begin with a plain
literal (a group, a class, a run of look-behinds such as the ceremony acts' `(?<!\\bfor\\s)...`)
is entered by the regex engine at every position of the text. A look-ahead of the characters it
can begin with, `(?=[...])`, rejects those positions in one step. Read from the stdlib's own
parse of the phrase; a superset is always safe (the guard then rejects less, never a match), and
anything the walk cannot bound (`.`, a negated class, a category such as `\\w`, a back-reference,
a phrase that can match the empty string) gives None: no guard.
"""

from __future__ import annotations

import functools
import re

try:  # the stdlib's own parser (3.11+: re._parser; 3.10: sre_parse), a private interface: every use
    import re._constants as sre_constants  # below falls back to "no guard" (same matches, slower) if it changes
    import re._parser as sre_parser
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants  # type: ignore[no-redef]
    import sre_parse as sre_parser  # type: ignore[no-redef]

# what a changed private parser may raise: then no guard (the phrase as written)
_PARSER_CHANGED = (AttributeError, IndexError, KeyError, TypeError, ValueError)

_WIDEST_RANGE = 256  # a class range wider than this is not spelled out: no guard
_ZERO_WIDTH = (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT)
_REPEATS = tuple(getattr(sre_constants, name) for name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")
                 if hasattr(sre_constants, name))

# (characters it can begin with, whether it can match the empty string); None: not bounded
_First = tuple[frozenset[str], bool] | None


def _sequence(items, fold: bool) -> _First:
    found: set[str] = set()
    for item in items:
        first = _item(item, fold)
        if first is None:
            return None
        found |= first[0]
        if not first[1]:
            return frozenset(found), False
    return frozenset(found), True


def _item(item, fold: bool) -> _First:
    op, av = item
    if op is sre_constants.LITERAL:
        return frozenset(chr(av)), False
    if op is sre_constants.IN:
        chars: set[str] = set()
        for kind, value in av:
            if kind is sre_constants.LITERAL:
                chars.add(chr(value))
            elif kind is sre_constants.RANGE and value[1] - value[0] <= _WIDEST_RANGE:
                chars.update(chr(c) for c in range(value[0], value[1] + 1))
            else:  # a negation or a category (\w, \s): not bounded here
                return None
        return frozenset(chars), False
    if op is sre_constants.BRANCH:
        found: set[str] = set()
        empty = False
        for alternative in av[1]:
            first = _sequence(alternative, fold)
            if first is None:
                return None
            found |= first[0]
            empty = empty or first[1]
        return frozenset(found), empty
    if op is sre_constants.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & sre_constants.SRE_FLAG_IGNORECASE:
            return None  # a case-insensitive part: too narrow a guard wherever the phrase is put in a case-sensitive pattern
        return _sequence(sub, fold)
    if op is getattr(sre_constants, "ATOMIC_GROUP", None):
        return _sequence(av, fold)
    if op in _REPEATS:
        least, most, sub = av
        if most == 0:
            return frozenset(), True
        first = _sequence(sub, fold)
        return None if first is None else (first[0], least == 0 or first[1])
    if op in _ZERO_WIDTH:  # reads no character where it stands: the next item's first ones count
        return frozenset(), True
    return None  # `.`, a negated literal, a back-reference, a conditional: not bounded


@functools.lru_cache(maxsize=4096)
def first_chars(phrase: str, fold: bool) -> frozenset[str] | None:
    """The characters a match of `phrase` (a regular expression; `fold`: compiled with
    re.IGNORECASE) can begin with, as written (a case-insensitive guard of the same flags matches
    their other cases too), or None when they cannot be bounded or the phrase can match the
    empty string. A phrase that does not parse alone gives None."""
    try:
        parsed = sre_parser.parse(phrase, re.IGNORECASE if fold else 0)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError):
        return None
    try:
        first = _sequence(parsed, fold)
    except _PARSER_CHANGED:  # pragma: no cover - a Python whose private parser reads otherwise
        return None
    if first is None or first[1] or not first[0]:
        return None
    return first[0]


def captures(pattern: str) -> bool:
    """Whether `pattern` has a capturing group (or does not parse alone: counted as having one),
    whose number would change if its phrases were copied or put in another order."""
    try:
        return sre_parser.parse(pattern).state.groups > 1
    except (re.error, OverflowError, RecursionError, *_PARSER_CHANGED):
        return True


def guard(phrase: str, fold: bool) -> str:
    """`phrase` behind a look-ahead of the characters its match can begin with (same matches:
    the look-ahead reads nothing and rejects only positions where the phrase cannot match);
    the phrase unchanged when those cannot be bounded."""
    chars = first_chars(phrase, fold)
    if chars is None:
        return phrase
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + "])" + phrase
