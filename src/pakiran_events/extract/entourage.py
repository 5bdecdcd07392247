"""Who came along and who sat in: delegation members and officials present, told in a sentence
of their own ('X, Y and Z are accompanying the president', 'the delegation included ...', 'X and
Y were also present'), are participants of the engagement that sentence belongs to
(dataset/CURATION.md §6). The cue phrases are data (titles.yaml `entourage`, `attendance`)."""

from __future__ import annotations


def attach_entourage(reader, candidates: list) -> None:
    """Adds to the held candidates the people of every entourage or attendance sentence:
    an entourage's people of one side join that side's visit (a delegation named as a body also
    its leader's meetings of that visit), else the last engagement told
    before the sentence with someone of that side, else the first); those present join the
    engagement told last before the sentence. An entourage sentence that itself tells an
    engagement (its frames seat whom it names as met) adds only the guest side's people to its visit. A sentence telling a plan ('will be accompanied
    by') or a third country's affairs adds nobody; nor does one telling who attended a ceremony
    that is no engagement of its own (`_told_before`)."""
    held = [c for c in candidates if not c.planned]
    if not held:
        return
    for i, span in enumerate(reader.spans):
        present = reader.find("attendance", i)
        cue = present or reader.find("entourage", i)
        if cue is None or reader.future_at(i, cue.start()) or third_country_affairs(reader, i):
            continue
        told = reader.has("any_engagement", i)  # its own frames seat the people it names as met or met with
        for m in reader.mentions[i]:
            if m.side not in reader.lex.dyad:
                continue
            if present:
                target = _told_before(reader, held, i, ceremony=reader.has("ceremony", i))
            else:
                target = _side_engagement(reader, held, i, m.side, visits_only=told)
            targets = [target] if target is not None else []
            if target is not None and target.kind == "visit" and not reader.people.is_person(m.actor_id):
                # a delegation as a body sits in its leader's meetings of the visit too (CURATION.md §6)
                targets += [c for c in held if c.kind == "meeting" and (c.guest, c.country) == (target.guest, target.country)]
            for c in targets:
                if m.actor_id not in c.participants:
                    c.add_person(m, span, reader.people.naming_span(m.actor_id))


def third_country_affairs(reader, i: int) -> bool:
    """Sentence i names a third country other than as an office's remit ('the special envoy for
    Afghanistan' is a delegation member's title, sides.yaml `remit_offices`)."""
    if not reader.has("third_party", i):
        return False
    sentence = reader.sentence(i)
    remit = reader.lex.patterns["remit"]
    return any(not remit.search(sentence[max(0, m.start() - 40):m.start()])
               for m in reader.lex.patterns["third_party"].finditer(sentence))


def _told_before(reader, held: list, i: int, ceremony: bool = False):
    """The engagement told last at or before sentence i (a meeting before a visit), else the first.
    Those present at a ceremony the sentence tells ('the signing ceremony was attended by X') were
    at that ceremony, not at talks told before it: only an engagement of sentence i, else None."""
    if ceremony:
        return next((c for c in held if c.sentence == i), None)
    own = [c for c in held if not (c.recalled and c.sentence != i)] or held  # not a trip recalled by its month
    before = sorted((c for c in own if c.sentence <= i), key=lambda c: (c.sentence, c.kind != "visit"))
    return before[-1] if before else min(own, key=lambda c: c.sentence)


def _side_engagement(reader, held: list, i: int, side: str, visits_only: bool = False):
    """The visit of `side`'s guest, else (unless `visits_only`) the last engagement told by i
    with someone of that side."""
    side_of = lambda a: reader.lex.side_of(a, reader.people.new_actors)
    # not a trip the report recalls by its month ('who visited Tehran in May'): its people are not told here
    visits = [c for c in held if c.kind == "visit" and side_of(c.guest) == side and not (c.recalled and c.sentence != i)]
    if visits or visits_only:
        return visits[0] if visits else None
    own = [c for c in held if c.kind != "visit" and any(info["side"] == side for info in c.participants.values())]
    before = [c for c in own if c.sentence <= i]
    return (before or own or [None])[-1 if before else 0]
