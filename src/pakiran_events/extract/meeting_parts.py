"""The coordinated parts of a sentence telling several meetings ('met X in Islamabad and later
called on Y in Rawalpindi'): each part is one meeting trigger with what follows it, so a
counterpart's meeting takes the place and the day its own part tells (issue 15: an event frame per
clause), the sentence's only when its part tells none."""

from __future__ import annotations

from pakiran_events.extract.clauses import cover
from pakiran_events.extract.report import Reading
from pakiran_events.extract.starts import all_matches

Part = tuple[int, int, int, int]  # start, end, trigger start, trigger end: sentence offsets


def meeting_parts(r: Reading, i: int) -> list[Part]:
    """(start, end, trigger start, trigger end) sentence offsets of each coordinated part of
    sentence i holding a meeting trigger of its own (engagement.yaml `meeting`, `meeting_object`):
    regions of the sentence cut by `clauses.cover`, as `frame_regions` cuts its clauses.
    A later trigger opens a part only when a joiner (engagement.yaml `part_joiners`: a comma,
    'and', 'then') stands between it and the trigger before, and the part begins at the last such
    joiner ('held talks with X during their meeting' is one part). The first part starts at the
    sentence's start, the last ends at its end; one part (or none) when the sentence tells one.
    Found once per sentence. Never raises on a sentence."""
    return r.of_sentence("meeting_parts", i, lambda: _parts(r, i))


def _parts(r: Reading, i: int) -> list[Part]:
    sentence = r.sentence(i)
    found = all_matches(r.lex.patterns["meeting"], r.trigger_starts(i), sentence)
    opens: list[tuple[int, tuple[int, int]]] = []
    for m in found:
        if opens:
            joiners = list(r.lex.patterns["part_joiner"].finditer(sentence, opens[-1][1][1], m.start()))
            if not joiners:
                continue
            opens.append((_fronted_after_joiner(sentence, joiners), (m.start(), m.end())))
        else:
            opens.append((0, (m.start(), m.end())))
    return cover(len(sentence), opens)


FRONTED_WORDS = 6  # words at most of a phrase fronted between commas after 'and then,' ('on Wednesday', 'in Rawalpindi')


def _fronted_after_joiner(sentence: str, joiners: list) -> int:
    """Where the part of a later trigger begins, given the joiners between it and the trigger before:
    the last joiner, unless the last two are commas enclosing a short phrase (`FRONTED_WORDS`) right
    after a word joiner ('..., and then, on Wednesday, called on Y'): the fronted day or city is the
    later part's, which begins at that word joiner."""
    if len(joiners) < 3 or joiners[-1].group(0) != "," or joiners[-2].group(0) != ",":
        return joiners[-1].start()
    word = joiners[-3]
    if not word.group(0)[:1].isalpha() or sentence[word.end():joiners[-2].start()].strip():
        return joiners[-1].start()
    phrase = sentence[joiners[-2].end():joiners[-1].start()]
    if not phrase.strip() or len(phrase.split()) > FRONTED_WORDS:
        return joiners[-1].start()
    first = word
    for j in reversed(joiners[:-3]):  # 'and then,': the run of word joiners the phrase follows
        if sentence[j.end():first.start()].strip() or not j.group(0)[:1].isalpha():
            break
        first = j
    return first.start()


def part_of(parts: list[Part], pos: int) -> Part | None:
    """The part holding sentence offset `pos`; None outside them all."""
    return next((p for p in parts if p[0] <= pos < p[1]), None)
