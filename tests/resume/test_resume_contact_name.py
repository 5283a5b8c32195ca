"""The name in a resume's contact block, written with what follows it on the same line.

The people here are invented; each line is a way templates print the name.
"""

from __future__ import annotations

from resume_tailor.resume.contact import extract_contact
from resume_tailor.resume.lines import Line


def _head(*texts: str) -> list[Line]:
    return [Line(text=t, top=60.0 + 14 * i, size=20.0 if i == 0 else 11.0) for i, t in enumerate(texts)]


def test_a_name_followed_by_a_comma_and_the_job_title() -> None:
    head = _head("Rosa Lindqvist, Senior Data Engineer", "rosa.l@example.com | (555) 010-2233")
    contact = extract_contact(head, "\n".join(ln.text for ln in head), [])
    assert contact.name == "Rosa Lindqvist"


def test_a_name_with_a_comma_and_no_title_after_it_keeps_its_credentials_rule() -> None:
    head = _head("Rosa Lindqvist, PhD", "rosa.l@example.com")
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def _at(text: str, x0: float, x1: float, top: float, size: float = 10.0) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + size * 0.8, size=size)


def test_a_label_printed_before_the_name_on_its_row_is_not_part_of_it() -> None:
    head = _head("Curriculum vitae", "PERSONAL INFORMATION Rosa Lindqvist", "Uppsala, SE")
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_an_address_printed_before_the_name_on_its_row_is_not_part_of_it() -> None:
    for row in ("Porto Alegre, BR Rosa Lindqvist", "Austin, TX, US Rosa Lindqvist"):
        head = [_at(row, 80.0, 330.0, 78.0), _at("Data Engineer", 168.0, 258.0, 117.0, size=17.0)]
        assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_a_job_title_in_larger_type_than_the_name_is_not_the_name() -> None:
    head = [
        _at("Rosa Lindqvist", 80.0, 200.0, 78.0),
        _at("Senior Data Engineer", 168.0, 300.0, 117.0, size=17.0),
    ]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_values_a_narrow_sidebar_broke_after_a_hyphen_are_joined() -> None:
    head = [
        _at("Rosa Lindqvist", 60.0, 220.0, 60.0, size=30.0),
        _at("+46 70", 105.0, 149.0, 106.6),
        _at("Data Engineer", 168.0, 290.0, 117.0, size=17.0),
        _at("123 45 67", 101.0, 149.9, 120.3),
        _at("# rosa.lind-", 100.0, 150.0, 131.7),  # LaTeX hyphenated the name inside the address
        _at("qvist@example.se", 60.0, 150.0, 144.1),
        _at("github.com/rosa-", 60.0, 150.0, 156.0),  # a word processor broke after a real hyphen
        _at("data", 60.0, 90.0, 168.0),
    ]
    contact = extract_contact(head, "\n".join(ln.text for ln in head), [])
    assert contact.email == "rosa.lindqvist@example.se"
    assert contact.phone == "+46 70 123 45 67"
    assert contact.links == ["github.com/rosa-data"]


def test_a_phone_number_in_the_page_footer_beside_the_email() -> None:
    head = _head("Rosa Lindqvist", "Data Engineer")
    body = "Moved 4 TB a day from Kafka into the warehouse.\n" * 40  # the footer is far down
    text = f"Rosa Lindqvist\nData Engineer\nExperience\n{body}☎ +46 70 123 45 67 • ✉ rosa@example.se"
    contact = extract_contact(head, text, [])
    assert (contact.email, contact.phone) == ("rosa@example.se", "+46 70 123 45 67")


def test_a_personal_site_written_without_https_is_a_link() -> None:
    head = _head(
        "Rosa Lindqvist", "Uppsala | rosa@example.se | rosalindqvist.dev | github.com/rosal | Node.js"
    )
    contact = extract_contact(head, "", [])
    assert contact.links == ["github.com/rosal", "rosalindqvist.dev"]


def test_a_phone_written_with_non_breaking_hyphens() -> None:
    head = _head("Rosa Lindqvist", "Uppsala · rosa@example.se · (555) 010\u20112233")
    assert extract_contact(head, "", []).phone == "(555) 010-2233"


def test_a_contact_block_read_last_gives_the_phone_next_to_the_email() -> None:
    head = _head("Rosa Lindqvist", "Data Engineer")
    body = "Moved 4 TB a day from Kafka into the warehouse.\n" * 40
    text = (
        f"Rosa Lindqvist\nData Engineer\n{body}Skills\nPython\nUppsala, SE\nrosa@example.se\n+46 70 123 45 67"
    )
    assert extract_contact(head, text, []).phone == "+46 70 123 45 67"


def test_names_written_with_letters_beyond_ascii() -> None:
    for name in ("José Álvarez", "Łukasz Nowak", "Nguyễn Văn An", "ÉMILIE DUBOIS", "Søren Østergaard"):
        head = _head(name, "Data Engineer", "someone@example.com")
        assert extract_contact(head, "", []).name == name


def test_phone_numbers_written_in_pairs_or_with_a_one_digit_area_code() -> None:
    for text, phone in [
        ("Lyon · +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("Lyon · 06 12 34 56 78", "06 12 34 56 78"),
        ("Perth · +61 4 1234 5678", "+61 4 1234 5678"),
    ]:
        assert extract_contact(_head("Rosa Lindqvist", text), "", []).phone == phone


def test_a_document_title_pronouns_and_an_honorific_are_not_the_name() -> None:
    head = [
        Line(text="CURRICULUM VITAE", top=40.0, size=20.0),
        Line(text="Dr. Rosa Lindqvist (she/her)", top=70.0, size=18.0),
        Line(text="rosa@example.se", top=95.0, size=10.0),
    ]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_a_name_whose_space_the_pdf_does_not_draw() -> None:
    # komacv's title: first and family name set apart by a font switch, no space character
    for glued, name in (("RosaLindqvist", "Rosa Lindqvist"), ("SeanO’Donnell", "Sean O’Donnell")):
        head = [
            _at("Uppsala", 450.0, 506.0, 84.0),
            _at("SE", 491.0, 506.0, 99.0),
            _at(glued, 89.0, 252.0, 110.7, size=24.8),
            _at("Data Engineer", 89.0, 186.0, 141.5, size=17.2),
        ]
        assert extract_contact(head, "", []).name == name


def test_a_glued_brand_in_small_type_is_not_a_name_and_mckay_stays_whole() -> None:
    head = [_at("GitHub", 60.0, 100.0, 60.0), _at("Rosa Lindqvist", 60.0, 220.0, 80.0, size=20.0)]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"
    head = [_at("McKay", 60.0, 160.0, 60.0, size=24.0), _at("rosa@example.se", 60.0, 160.0, 90.0)]
    assert extract_contact(head, "", []).name is None


def test_a_job_title_broken_by_a_hyphen_and_a_city_with_its_code_are_not_the_name() -> None:
    head = [
        _at("Manchester", 450.0, 506.0, 84.0),
        _at("GB", 491.0, 506.0, 99.0),
        _at("Rosa Lindqvist", 89.0, 252.0, 110.7, size=10.0),
        _at("Software Engi-", 89.0, 186.0, 141.5, size=17.2),
        _at("neer", 89.0, 120.0, 160.0, size=17.2),
    ]
    assert extract_contact(head, "", []).name == "Rosa Lindqvist"


def test_a_line_of_another_column_ending_on_a_hyphen_does_not_join_the_email() -> None:
    head = [
        _at("Rosa Lindqvist", 40.0, 200.0, 60.0, size=24.0),
        _at("Data engineer with six years of work in e-", 260.0, 560.0, 118.0),
        _at("rosa.lindqvist@example.se", 40.0, 170.0, 120.0),
    ]
    contact = extract_contact(head, "\n".join(ln.text for ln in head), [], head)
    assert contact.email == "rosa.lindqvist@example.se"


def test_a_phone_whose_groups_the_reader_interleaved_with_the_place_beside_it() -> None:
    head = _head("Rosa Lindqvist", "I +46 Uppsala, 70 123 SE 45 67", "rosa@example.se")
    text = "\n".join(ln.text for ln in head) + "\nExperience\n2019\n2012\nData Engineer, Kafka Works"
    assert extract_contact(head, text, []).phone == "+46 70 123 45 67"


def test_years_on_lines_of_their_own_are_not_a_phone_number() -> None:
    head = _head("Rosa Lindqvist", "rosa@example.se")
    text = "Rosa Lindqvist\nrosa@example.se\nExperience\n2019\n2012\nData Engineer"
    assert extract_contact(head, text, []).phone is None
