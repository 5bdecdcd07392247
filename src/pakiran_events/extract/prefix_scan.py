"""Is there a match of a phrase pattern in text[:end], for many `end`s of one text, without
scanning the whole prefix each time (a listing of n people asked it once per person: n² work).

A pattern that reads at most `width` characters from a match's start (lookaheads included)
finds in text[:end] exactly the matches it finds in text that start before end - width (their
reading stays inside the prefix), plus any that start in the last `width` characters.
So the leftmost match of the whole text, found once, and a search of the prefix's short tail
answer each `end` exactly."""

from __future__ import annotations

import functools
import re

try:  # the stdlib's own parser: a pattern's longest match, read once (3.11+: re._parser)
    import re._parser as sre_parser
except ImportError:  # Python 3.10, which the project supports, names it sre_parse
    import sre_parse as sre_parser  # type: ignore[no-redef]

_UNBOUNDED = 1 << 16  # a width this large (a `+` or `*`): no tail is short, the caller scans


def _lookahead(node) -> int:
    """The most characters any lookahead in a parsed pattern reads past where it stands."""
    if isinstance(node, sre_parser.SubPattern):
        return max((_lookahead((op, av)) for op, av in node), default=0)
    if isinstance(node, tuple) and len(node) == 2 and node[0] in (sre_parser.ASSERT, sre_parser.ASSERT_NOT):
        direction, sub = node[1]
        return max(sub.getwidth()[1] if direction == 1 else 0, _lookahead(sub))
    if isinstance(node, (tuple, list)):
        return max((_lookahead(x) for x in node), default=0)
    return 0


def max_width(pattern: re.Pattern) -> int | None:
    """How far past a match's start `pattern` may read (its longest match and the longest
    lookahead), or None when that is unbounded or the parser cannot tell. Parsed once per pattern
    (`_width`, bounded cache): a report asks it for every clause it scans."""
    return _width(pattern.pattern, pattern.flags)


@functools.lru_cache(maxsize=512)
def _width(source: str | bytes, flags: int) -> int | None:
    try:
        parsed = sre_parser.parse(source, flags)
        width = parsed.getwidth()[1] + _lookahead(parsed)
    except (re.error, TypeError, ValueError, OverflowError, RecursionError):
        return None
    return width if width < _UNBOUNDED else None


class PrefixScan:
    """`pattern` asked of text[:end] for many `end`s of one `text` (a slice, as the callers'
    `text[a:pos]` was): the leftmost match of the whole text is found once."""

    def __init__(self, pattern: re.Pattern, text: str) -> None:
        self.pattern, self.text = pattern, text
        self.width = max_width(pattern)
        first = pattern.search(text) if self.width is not None else None
        self.first = first.start() if first is not None else None

    def found_before(self, end: int) -> bool:
        """pattern.search(text[:end]) is not None."""
        if self.width is None:
            return self.pattern.search(self.text[:end]) is not None
        tail = max(0, end - self.width)
        if self.first is not None and self.first < tail:
            return True
        return self.pattern.search(self.text, tail, end) is not None
