"""Contact details written the ways the session-4 people's templates print them (invented people):
a long name wrapped onto a second row of display type, post-nominal letters after the name, and a
profile address that ends on a query string."""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _at(text: str, x0: float, x1: float, top: float, size: float = 11.0, bold: bool = False) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size * 0.8, size=size, bold=bold)


def test_a_name_wrapped_onto_a_second_row_at_its_left_edge_is_joined() -> None:
    head = [
        _at("Mei Lan Goh", 24.0, 330.0, 40.0, size=60.0, bold=True),
        _at("Siew Yin", 24.0, 200.0, 83.0, size=60.0, bold=True),
        _at("mei.goh@example.sg", 430.0, 560.0, 100.0),
    ]
    assert extract_contact(head, "", []).name == "Mei Lan Goh Siew Yin"


def test_a_centred_name_broken_after_a_hyphen_is_joined_without_a_space() -> None:
    head = [
        _at("Ana BELTRÁN-", 100.0, 510.0, 53.0, size=48.0, bold=True),
        _at("OSORIO", 258.0, 352.0, 95.0, size=48.0, bold=True),
        _at("ana@example.com", 240.0, 370.0, 150.0),
    ]
    assert extract_contact(head, "", []).name == "Ana BELTRÁN-OSORIO"


def test_the_row_under_a_name_that_is_a_title_a_place_or_in_another_weight_is_not_joined() -> None:
    for under, bold in (("Data Analyst", True), ("Singapore", True), ("Siew Yin", False)):
        head = [
            _at("Mei Lan Goh", 60.0, 220.0, 60.0, size=30.0, bold=True),
            _at(under, 60.0, 180.0, 95.0, size=30.0, bold=bold),
            _at("mei.goh@example.sg", 60.0, 200.0, 140.0),
        ]
        assert extract_contact(head, "", []).name == "Mei Lan Goh"


def test_a_name_in_body_type_takes_no_second_row() -> None:
    head = [
        _at("Data Analyst", 90.0, 200.0, 50.0, size=17.0),
        _at("Mei Lan Goh", 90.0, 200.0, 140.0),
        _at("Siew Yin", 90.0, 150.0, 154.0),
    ]
    assert extract_contact(head, "", []).name == "Mei Lan Goh"


def test_post_nominal_letters_after_the_name_are_not_part_of_it() -> None:
    head = [_at("Rosa Lindqvist, RN, BSN, CCRN | Charge Nurse", 80.0, 500.0, 60.0, size=20.0)]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"
    caps = [_at("LINDQVIST, ROSA", 80.0, 300.0, 60.0, size=20.0)]
    assert extract_contact(caps, "", []).name != "LINDQVIST"  # a surname first, in capitals: no letters cut


def test_a_bare_profile_address_with_a_query_string_is_a_link() -> None:
    text = (
        "Rosa Lindqvist\nrosa@example.org · scholar.google.com/citations?user=rlindqvist · github.com/rosal"
    )
    head = [_at(t, 60.0, 400.0, 60.0 + 14 * i) for i, t in enumerate(text.splitlines())]
    links = extract_contact(head, text, []).links
    assert "scholar.google.com/citations?user=rlindqvist" in links


def test_a_profile_address_broken_before_its_query_is_joined() -> None:
    head = [
        _at("Rosa Lindqvist", 56.0, 205.0, 72.0, size=18.0, bold=True),
        _at("rosa@example.org", 56.0, 174.0, 160.0, bold=True),
        _at("scholar.google.com/citations?", 56.0, 193.0, 190.0, bold=True),
        _at("user=rlindqvist", 56.0, 132.0, 205.0, bold=True),
        _at("github.com/rosal", 56.0, 162.0, 220.0, bold=True),
    ]
    text = "\n".join(ln.text for ln in head)
    links = extract_contact(head, text, []).links
    assert "scholar.google.com/citations?user=rlindqvist" in links


def test_a_town_named_with_an_organisation_word_is_a_place() -> None:
    from resume_tailor.resume.contact import is_location

    assert is_location("College Station, TX") and is_location("University Park, PA")
    assert not is_location("Lakeside College, TX")  # a school with its state stays a name
