"""One list of legal forms and one of Romance "of" words, read by entries, wrap and names alike."""

from __future__ import annotations

from resume_tailor.resume.entries import parse_entries
from resume_tailor.resume.lines import Line
from resume_tailor.resume.names import company_score
from resume_tailor.resume.vocab import is_legal_form
from resume_tailor.resume.wrap import join_wrapped


def test_legal_forms_as_written_or_in_capitals() -> None:
    for word in ("Inc.", "S.A.", "SA", "S.p.A.", "Pvt.", "Ltd", "LTD.", "GmbH", "Oy", "Limited"):
        assert is_legal_form(word), word
    for word in ("Spa", "Sales", "Inch", "co-op"):
        assert not is_legal_form(word), word


def _row(text: str, top: float, x1: float = 300.0, bold: bool = False) -> Line:
    return Line(text=text, x0=60.0, x1=x1, top=top, bottom=top + 10.0, size=10.0, bold=bold)


def test_a_line_opening_on_a_legal_form_of_any_list_member_goes_on_above() -> None:
    for form in ("Pvt. Ltd.", "Limited", "Oy"):
        lines = [_row("Veldhoven Infotech", 100.0, x1=180.0), _row(f"{form}, Pune", 112.0)]
        [(text, _, _)] = join_wrapped(lines)
        assert text == f"Veldhoven Infotech {form}, Pune"


def test_a_header_line_ending_on_any_romance_of_word_goes_on_below() -> None:
    lines = [_row("Cozinheiro, Restaurante Casa dos", 100.0, x1=200.0), _row("Arcos, Porto", 112.0)]
    [(text, _, _)] = join_wrapped(lines)
    assert text == "Cozinheiro, Restaurante Casa dos Arcos, Porto"


def test_the_head_noun_before_any_romance_of_word_reads_the_name() -> None:
    assert company_score("Hôtel della Valle") > 0


def test_a_place_after_a_legal_form_is_the_entry_place() -> None:
    lines = [_row("Analyst | Corvid Oy, Tampere | 2019 – 2021", 100.0)]
    [entry] = parse_entries(lines)
    assert (entry.company, entry.location) == ("Corvid Oy", "Tampere")


def test_a_dotted_legal_form_makes_a_name_an_organisation() -> None:
    assert company_score("Ostrava Trials S.r.l.") >= 1.0
    assert company_score("Ostrava Trials") == 0.0
