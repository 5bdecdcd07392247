"""Who, twenty-first round: officials below minister level whose names the gazetteer cannot know,
named after their office ('the collector of customs in Quetta, X,'), the transliterations of a known
name's words (Khawaja / Khwaja / Khajeh), and an office's holder confirmed by a surname written
alone after it. Made-up reports in our own words, each class with near misses."""

from __future__ import annotations

import datetime as dt

import pytest

from extract_fixtures import OwnReports, shipped_lexicon
from pakiran_events.extract.mentions import People, sentences

_OWN = OwnReports("who21-own", "2025-03-15")


def _found(text: str, day: str = "2025-03-15") -> dict[str, str | None]:
    """actor -> side of every person or body the report's sentences give (events or not)."""
    lex = shipped_lexicon()
    people = People(text, sentences(text, lex.patterns["no_break_after"]), dt.date.fromisoformat(day), lex).find()
    return {m.actor_id: m.side for ms in people.mentions for m in ms}


# -- 1. an office written first, then a new name between commas: the office's own phrase gives the side --
@pytest.mark.parametrize("text, sides", [
    # a home city of the office ('in Quetta') and a province of the other side ("of Iran's ... province")
    ("QUETTA: The collector of customs in Quetta, Nadir Hussain Lehri, met the director general of customs "
     "of Iran's Kerman province, Davood Rashidi, at the Taftan border on Thursday. The two officials "
     "agreed to clear trucks of fruit first.", {"nadir-hussain-lehri": "PAK", "davood-rashidi": "IRN"}),
    # an institution of one side in the phrase ('Pakistan Railways') and the long form of the other's name
    ("ZAHEDAN: The general manager of Pakistan Railways, Salman Qadir Abbasi, held talks with the deputy "
     "head of the Railways of the Islamic Republic of Iran, Mehdi Karamati, in Zahedan on Monday.",
     {"salman-qadir-abbasi": "PAK", "mehdi-karamati": "IRN"}),
    # a province named deep in the office's phrase, and a rank before the name
    ("TAFTAN: The head of the foreign nationals department of the police of Sistan and Baluchestan "
     "province, Colonel Farhad Baradaran, received the deputy commissioner of Chagai, Ayesha Khan Lodhi, "
     "at the zero point on Friday.", {"farhad-baradaran": "IRN"}),
    # a port's chairman told by the home town of the port
    ("CHABAHAR: The chairman of the Gwadar Port Authority, Tariq Aslam Rind, signed a memorandum with the "
     "ports director of Iran's Hormozgan province, Kazem Forouzan, in Chabahar on Monday.",
     {"tariq-aslam-rind": "PAK"}),
])
def test_an_office_written_first_gives_its_named_holder_the_side_of_its_phrase(text, sides):
    found = _found(text)
    for actor, side in sides.items():
        assert found.get(actor) == side, (actor, found)


def test_officials_named_after_their_offices_meet():
    text = ("QUETTA: The collector of customs in Quetta, Nadir Hussain Lehri, met the director general of "
            "customs of Iran's Kerman province, Davood Rashidi, at the Taftan border on Thursday.")
    assert _OWN.meets(text, "nadir-hussain-lehri", "davood-rashidi")


@pytest.mark.parametrize("text, nobody", [
    # a posting abroad: the city is where the consul serves, not whose he is
    ("ZAHEDAN: The consul general in Zahedan, Hamid Reza Sabzi, attended the meeting on Monday.",
     "hamid-reza-sabzi"),
    # an office of a third country's body
    ("KABUL: The director general of customs of Afghanistan, Naqibullah Amin Zadran, met traders on Monday.",
     "naqibullah-amin-zadran"),
    # an office of no side at all: no side is guessed
    ("The chairman of the joint committee, Rahim Bakhsh Dashti, opened the session on Monday.",
     "rahim-bakhsh-dashti"),
])
def test_an_office_written_first_whose_side_cannot_be_told_gives_nobody(text, nobody):
    assert nobody not in _found(text)


def test_a_junior_official_only_quoted_makes_no_event():
    text = ("QUETTA: The collector of customs in Quetta, Nadir Hussain Lehri, said on Thursday that trade "
            "through Taftan had fallen by a third this year because of closures of the gate.")
    assert _found(text).get("nadir-hussain-lehri") == "PAK"
    assert _OWN.events(text) == []


# -- 2. a known name in another transliteration is the known person ------------------------------------
@pytest.mark.parametrize("spelling", ["Khajeh Mohammad Asif", "Khwaja Muhammad Asif", "Khawaja Mohammed Asif"])
def test_a_transliterated_known_name_is_the_known_person(spelling):
    text = (f"TEHRAN: Pakistan's Defence Minister {spelling} met Iranian Defence Minister Aziz Nasirzadeh in "
            "Tehran on Monday.")
    found = _found(text, "2024-12-16")
    assert found.get("khawaja-muhammad-asif") == "PAK", found
    assert not any(a.startswith(("khajeh", "khwaja")) for a in found)


def test_a_different_given_name_with_the_folded_word_is_not_the_known_person():
    text = ("TEHRAN: Pakistan's Defence Minister Khajeh Mohammad Asif met Iranian Defence Minister Aziz "
            "Nasirzadeh in Tehran on Monday. Khajeh Nazim Qureshi, a trader, also attended.")
    assert "khawaja-muhammad-asif" in _found(text, "2024-12-16")
    people = People(text, sentences(text, shipped_lexicon().patterns["no_break_after"]), dt.date(2024, 12, 16),
                    shipped_lexicon()).find()
    last = people.mentions[-1]
    assert all(m.actor_id != "khawaja-muhammad-asif" for m in last), last


# -- 3. an office's holder confirmed by a surname written alone after it -------------------------------
@pytest.mark.parametrize("text, day, holder", [
    ("ISLAMABAD: Iran's interior minister held talks with Interior Minister Mohsin Naqvi in Islamabad on "
     "Monday. Momeni told reporters that the border crossings would stay open.", "2024-11-20", "eskandar-momeni"),
    ("TEHRAN: Iran's Oil Minister received Pakistan's Petroleum Minister in Tehran on Sunday. Later, "
     "Paknejad said the gas pipeline would be discussed again in the spring.", "2024-11-20", "mohsen-paknejad"),
    ("RAWALPINDI: Pakistan's army chief received Iranian Foreign Minister Abbas Araghchi at GHQ on Tuesday. "
     "According to the army's media wing, Munir said that the border must not be used by terrorists.",
     "2025-01-15", "asim-munir"),
])
def test_a_surname_alone_after_the_office_confirms_the_tables_holder(text, day, holder):
    assert holder in _found(text, day)


@pytest.mark.parametrize("text, day, holder", [
    # another person of that surname named in full
    ("ISLAMABAD: Iran's interior minister held talks with Interior Minister Mohsin Naqvi in Islamabad on "
     "Monday. Momeni told reporters that the crossings would stay open. Ali Reza Momeni, a trader from "
     "Zahedan, said the closures had cost him dearly.", "2024-11-20", "eskandar-momeni"),
    # the surname not in the report at all
    ("TEHRAN: Iran's Oil Minister received Pakistan's Petroleum Minister in Tehran on Sunday. The minister "
     "said the gas pipeline would be discussed again in the spring.", "2024-11-20", "mohsen-paknejad"),
    # the surname only inside another person's full name
    ("RAWALPINDI: Pakistan's army chief received Iranian Foreign Minister Abbas Araghchi at GHQ on Tuesday. "
     "Tariq Munir, a retired officer, said the visit was overdue.", "2025-01-15", "asim-munir"),
])
def test_a_surname_of_someone_else_named_in_full_does_not_confirm(text, day, holder):
    assert holder not in _found(text, day)


# -- 4. a rank before the name, an office capitalised after 'the', a name inside the phrase ------------
@pytest.mark.parametrize("text, actor, side", [
    ("KARACHI: The Pakistani delegation was led by the chairman of the Karachi Port Trust, Rear Admiral (retd) "
     "Khalid Mehmood Awan. He met Iranian port officials on Monday.", "khalid-mehmood-awan", "PAK"),
    ("BANDAR ABBAS: The ship's captain called on the Commander of the Second Naval Zone of the Islamic "
     "Republic of Iran Navy, Rear Admiral Hamid Tavasoli, at his headquarters on Sunday.", "hamid-tavasoli", "IRN"),
    ("MASHHAD: The visitors were received by the Governor-General of Iran's Khorasan Razavi province, "
     "Dr. Yaghoub Rezazadeh, on Tuesday.", "yaghoub-rezazadeh", "IRN"),
    # a capitalised command told without 'the' at the head of a sentence
    ("KARACHI: The drill ended on Friday. Commander Pakistan Fleet, Rear Admiral Saqib Nadeem Bhatti, took the "
     "salute with Iranian naval officers.", "saqib-nadeem-bhatti", "PAK"),
])
def test_a_ranked_name_after_an_office_written_first_is_read(text, actor, side):
    assert _found(text).get(actor) == side


def test_an_office_whose_phrase_holds_a_named_person_is_not_the_next_names():
    text = ("PANJGUR: Balochistan Chief Minister Mir Sarfraz Bugti and the governor-general of Iran's Sistan and "
            "Baluchestan province, Reza Mohammadi Sarani, jointly inaugurated a border market on Saturday.")
    people = People(text, sentences(text, shipped_lexicon().patterns["no_break_after"]), dt.date(2025, 2, 1),
                    shipped_lexicon()).find()
    titles = {m.actor_id: m.title for ms in people.mentions for m in ms}
    assert titles.get("reza-mohammadi-sarani") == "Governor-General", titles


def test_a_capitalised_office_whose_phrase_holds_a_name_is_no_apposed_office():
    # 'Minister' capitalised inside a title, then a phrase with a name: no office of the later name
    text = ("QUETTA: Provincial Home Minister Ziaullah Langove, who met traders, and officials of Iran, Karim "
            "Bakhsh Jamali, attended on Monday.")
    assert "karim-bakhsh-jamali" not in _found(text)
