"""Round 24 (modal24): clause regions everywhere. Review23 M5: a negation or a plan told in a clause
WITHOUT an engagement trigger ('..., but no accord was signed', 'the meeting ..., however, did not take
place') must reach the frame or the commitment it governs and no other; S3: a held clause of ANOTHER
subject ('..., while Z was in Lahore') lends the frame neither its person nor its city. Made-up reports
in our own words, three or more per class, with near misses that must keep their reading."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from extract_fixtures import shipped_lexicon
from pakiran_events.extract.cluster import cluster
from pakiran_events.extract.frame_regions import regions
from pakiran_events.extract.meeting_parts import meeting_parts
from pakiran_events.extract.report import Reading, read_report

DAY = "2025-03-07"   # a Friday: Monday is 3 March, Tuesday 4 March, Wednesday 5 March
MON, TUE, WED = dt.date(2025, 3, 3), dt.date(2025, 3, 4), dt.date(2025, 3, 5)


def _report(text: str):
    return read_report("modal24-own", text, DAY, shipped_lexicon())


def _events(text: str) -> set[tuple]:
    """(kind, participants, place, first day, last day) of each event the one report tells."""
    return {(e.kind, tuple(sorted(e.participants)), e.place_id, e.date_start, e.date_end)
            for e in cluster([_report(text)])}


def _commitments(text: str) -> dict[str, str]:
    """commitment type -> modality of every commitment the report's held candidates carry."""
    return {c["commitment_type"]: c["modality"] for cand in _report(text).candidates for c in cand.commitments}


# -- 1. an accord told as not signed in a clause of its own: the meeting stays held, no signing coded ------------
UNSIGNED = [
    ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday, but no "
     "agreement on border security was signed.",
     ("meeting", ("eskandar-momeni", "mohsin-naqvi"), "islamabad", MON, MON)),
    ("Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday; "
     "however, no memorandum on intelligence sharing was signed.",
     ("meeting", ("abbas-araghchi", "ishaq-dar"), "tehran", TUE, TUE)),
    ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday, although "
     "no memorandum on border security was inked.",
     ("meeting", ("eskandar-momeni", "mohsin-naqvi"), "islamabad", MON, MON)),
    ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday. No agreement on "
     "border security was signed, officials said.",
     ("meeting", ("abbas-araghchi", "ishaq-dar"), "tehran", TUE, TUE)),
]


def test_an_accord_told_as_not_signed_is_no_signing_and_the_meeting_stays_held():
    for text, want in UNSIGNED:
        assert _events(text) == {want}, text
        assert "agreement_signing" not in _commitments(text), text


YET_TO = [  # an accord still to be signed: a plan, no signing, the meeting held
    "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday; the accord on "
    "intelligence sharing is yet to be signed.",
    "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday, but the "
    "memorandum on border security has yet to be signed.",
    "Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday; however, "
    "the memorandum on border security will be signed later.",
]


def test_an_accord_still_to_be_signed_is_no_commitment_made():
    for text in YET_TO:
        assert not _commitments(text), text
        assert len(_events(text)) == 1, text


def test_near_miss_an_accord_told_as_signed_beside_a_meeting_is_still_coded():
    for text in ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday, "
                 "and an agreement on border security was signed.",
                 "Foreign Minister Ishaq Dar held talks with Iranian Foreign Minister Abbas Araghchi in Tehran on "
                 "Tuesday; a memorandum on intelligence sharing was signed.",
                 "Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday. The two "
                 "sides signed a memorandum on border security, officials said."):
        assert _commitments(text).get("agreement_signing") == "signed", text


def test_near_miss_a_negation_in_another_headline_line_or_before_a_comma_grades_nothing():
    for text, ctype in (
            ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday.\n"
             "- Minister sees no threat from across the frontier\n- Two ministers agree to share intelligence",
             "intelligence_sharing"),
            ("Interior Minister Mohsin Naqvi met Iranian Interior Minister Eskandar Momeni in Islamabad on Monday. "
             "Without naming any group, the two ministers agreed to step up border security.", "border_security"),
            ("Foreign Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi in Tehran on Tuesday. Dar said "
             "Pakistan would not allow its soil to be used against Iran and agreed to share intelligence.",
             "intelligence_sharing")):
        assert ctype in _commitments(text), text  # still coded (its modality is the verbs' reading)


PLAN_ASIDE = [  # a person's plan in a 'who' clause: the meeting of the main clause held, the plan no signing
    "Iranian Interior Minister Eskandar Momeni, who is expected to sign the border security accord next month, met "
    "Interior Minister Mohsin Naqvi in Islamabad on Monday.",
    "Foreign Minister Ishaq Dar, who will sign an intelligence sharing memorandum in Tehran in April, met Iranian "
    "Foreign Minister Abbas Araghchi in Islamabad on Tuesday.",
    "Field Marshal Asim Munir, who is due to sign a defence cooperation agreement later this year, received Iran's "
    "Defence Minister Aziz Nasirzadeh in Rawalpindi on Wednesday.",
]


def test_a_plan_to_sign_in_a_who_clause_is_no_signing_and_the_meeting_stays_held():
    for text in PLAN_ASIDE:
        assert "agreement_signing" not in _commitments(text), text
        assert [e[0] for e in _events(text)] == ["meeting"], text


# -- 2. a meeting told as not taking place after its noun: no held meeting -------------------------------------
NOT_HELD = [
    "Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday. His meeting with Prime Minister "
    "Shehbaz Sharif, however, did not take place.",
    "Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday, but his meeting with Prime Minister "
    "Shehbaz Sharif did not take place.",
    "Foreign Minister Ishaq Dar reached Tehran on Tuesday. His scheduled meeting with President Masoud Pezeshkian "
    "never took place.",
    "Field Marshal Asim Munir arrived in Tehran on Wednesday. The talks with Iran's Defence Minister Aziz Nasirzadeh, "
    "however, were not held.",
]


def test_a_meeting_told_as_not_taking_place_is_no_held_meeting_but_the_trip_stays():
    for text in NOT_HELD:
        got = _events(text)
        assert [e[0] for e in got] == ["visit"], text


def test_near_miss_a_meeting_told_as_taking_place_is_held():
    for text in ("Iranian Interior Minister Eskandar Momeni arrived in Islamabad on Monday. His meeting with Prime "
                 "Minister Shehbaz Sharif took place at the Prime Minister's House.",
                 "Field Marshal Asim Munir arrived in Tehran on Wednesday. The talks with Iran's Defence Minister Aziz "
                 "Nasirzadeh were held behind closed doors.",
                 "Foreign Minister Ishaq Dar reached Tehran on Tuesday. His meeting with President Masoud Pezeshkian, "
                 "which had not been announced, lasted an hour."):
        assert "meeting" in {e[0] for e in _events(text)}, text


# -- 3. a held clause of another subject with no trigger: neither its person nor its city ------------------------
OTHER_SUBJECT = [
    ("Prime Minister Shehbaz Sharif met Iranian Foreign Minister Abbas Araghchi on Tuesday, while President Asif Ali "
     "Zardari was in Lahore.",
     {("meeting", ("abbas-araghchi", "shehbaz-sharif"), None, TUE, TUE)}),
    ("Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam on Wednesday, whereas Iranian Interior "
     "Minister Eskandar Momeni was in Karachi.",
     {("meeting", ("mohsin-naqvi", "reza-amiri-moghadam"), None, WED, WED)}),
    ("ISLAMABAD: Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday, while Field "
     "Marshal Asim Munir was in Quetta.",  # as the first clause alone reads: the dateline places no meeting (§5), Quetta is Munir's
     {("meeting", ("abbas-araghchi", "ishaq-dar"), None, MON, MON)}),
]


def test_a_held_clause_of_another_subject_lends_no_person_and_no_city():
    for text, want in OTHER_SUBJECT:
        assert _events(text) == want, text


OTHER_TALKS = [  # another subject's talks told in a clause of its own: each meeting its own city
    ("Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam on Wednesday, while Iranian Interior "
     "Minister Eskandar Momeni was in Karachi for talks with Sindh Chief Minister Murad Ali Shah.",
     {("meeting", ("mohsin-naqvi", "reza-amiri-moghadam"), None, WED, WED),
      ("meeting", ("eskandar-momeni", "murad-ali-shah"), "karachi", WED, WED)}),
    ("ISLAMABAD: Deputy Prime Minister Ishaq Dar met Iranian Foreign Minister Abbas Araghchi on Monday, while Field "
     "Marshal Asim Munir was in Tehran for talks with Iran's Defence Minister Aziz Nasirzadeh.",
     # Munir's trip makes Iran the report's trip country: the home desk's dateline does not place the
     # unplaced meeting (CURATION.md §5), and Tehran, his clause's city, does not either (reread23: Tehran)
     {("meeting", ("abbas-araghchi", "ishaq-dar"), None, MON, MON),
      ("meeting", ("asim-munir", "aziz-nasirzadeh"), "tehran", MON, MON)}),
    ("Interior Minister Mohsin Naqvi met Iranian Ambassador Reza Amiri Moghadam in Islamabad on Wednesday, while "
     "Iranian Interior Minister Eskandar Momeni was in Karachi for talks with Sindh Chief Minister Murad Ali Shah.",
     {("meeting", ("mohsin-naqvi", "reza-amiri-moghadam"), "islamabad", WED, WED),
      ("meeting", ("eskandar-momeni", "murad-ali-shah"), "karachi", WED, WED)}),
]


def test_each_subjects_talks_keep_their_own_city():
    for text, want in OTHER_TALKS:
        assert _events(text) == want, text


def test_near_miss_the_same_subject_told_on_in_a_where_clause_keeps_the_city():
    for text, city in (("Iranian Interior Minister Eskandar Momeni arrived in Quetta on Monday, where he met Balochistan "
                        "Chief Minister Sarfraz Bugti.", "quetta"),
                       ("Foreign Minister Ishaq Dar arrived in Mashhad on Tuesday, where he held talks with Iranian "
                        "Foreign Minister Abbas Araghchi.", "mashhad")):
        meetings = [e for e in _events(text) if e[0] == "meeting"]
        assert len(meetings) == 1 and meetings[0][2] == city, text


# -- 4. the cutter: regions and meeting parts -------------------------------------------------------------------
def test_a_triggerless_clause_of_another_subject_is_a_region_of_its_own():
    text = ("Prime Minister Shehbaz Sharif met Iranian Foreign Minister Abbas Araghchi on Tuesday, while President "
            "Asif Ali Zardari was in Lahore.")
    r = Reading("modal24-own", text, dt.date(2025, 3, 7), shipped_lexicon())
    found = regions(r, 0)
    assert len(found) == 2 and [h for _, _, h in found] == [True, True]
    assert text[found[1][0]:].startswith("while")


def test_near_miss_a_person_in_brackets_or_dashes_opens_no_region():
    for text in ("Iranian Foreign Minister Abbas Araghchi met Interior Minister Brigadier (retd) Ejaz Qureshi, who said "
                 "the border would stay open.",
                 "Iranian Interior Minister Eskandar Momeni met the provincial police chief (Inspector General Tariq "
                 "Rana) in Quetta on Monday.",
                 "Iranian Foreign Minister Abbas Araghchi met the interior minister — Brigadier Ejaz Qureshi was "
                 "named to the post last month — in Islamabad on Tuesday."):
        r = Reading("modal24-own", text, dt.date(2025, 3, 7), shipped_lexicon())
        assert len(regions(r, 0)) == 1, text


WORDS = ["met", "held talks with", "while", "but", "no", "agreement", "was", "signed", "Tehran", "in", ",", ";",
         "Shehbaz Sharif", "Abbas Araghchi", "did not take place", "and", "then", "meeting with", "who", "will"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=18))
def test_regions_and_parts_cover_the_sentence_in_order(words):
    text = " ".join(words) + "."
    r = Reading("modal24-prop", text, dt.date(2025, 3, 7), shipped_lexicon())
    for i in range(len(r.spans)):
        n = len(r.sentence(i))
        found = regions(r, i)
        assert found[0][0] == 0 and found[-1][1] == n
        assert all(a < b and b == c for (a, b, _), (c, _, _) in zip(found, found[1:]))
        parts = meeting_parts(r, i)
        if parts:
            assert parts[0][0] == 0 and parts[-1][1] == n
            assert all(a <= t < e <= b or a <= t for a, b, t, e in parts)
            assert all(b == c for (_, b, _, _), (c, _, _, _) in zip(parts, parts[1:]))
