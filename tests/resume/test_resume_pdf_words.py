"""Words from PDF characters: where a word ends when the producer wrote no space.

Character boxes as PDFium reports them for a Chromium-printed theme that sets the dates flush
after the employer in a smaller font (invented text).
"""

from __future__ import annotations

from resume_tailor.resume.pdf import _words_from_chars


def _chars(text: str, x: float, size: float, width: float) -> list[dict]:
    out = []
    for ch in text:
        out.append(
            {
                "text": ch,
                "x0": x,
                "x1": x + width,
                "top": 230.0,
                "bottom": 247.0,
                "size": size,
                "fontname": "Lato",
                "bold": False,
                "after_cid": False,
            }
        )
        x += width
    return out


def test_a_smaller_date_set_flush_after_a_name_is_a_word_of_its_own() -> None:
    chars = _chars("Harbor", 76.0, 19.0, 9.0) + _chars("2016", 130.2, 15.0, 5.5)
    assert [w["text"] for w in _words_from_chars(chars)] == ["Harbor", "2016"]


def test_letters_then_digits_in_one_size_are_not_split_on_that_alone() -> None:
    chars = _chars("Lyon", 76.0, 15.0, 8.0) + _chars("2016", 108.0, 15.0, 5.5)
    assert [w["text"] for w in _words_from_chars(chars)] == ["Lyon2016"]


def test_a_smaller_date_set_flush_after_an_abbreviation_is_a_word_of_its_own() -> None:
    chars = _chars("Co.", 76.0, 19.0, 9.0) + _chars("2016", 103.0, 15.0, 5.5)
    assert [w["text"] for w in _words_from_chars(chars)] == ["Co.", "2016"]


def test_a_narrowed_space_without_its_glyph_still_ends_a_word() -> None:
    # a title set in 20 pt with the word space drawn as a 2.1 pt gap and no space character
    chars = _chars("QA", 88.2, 20.0, 10.8) + _chars("Automation", 112.0, 20.0, 8.0)
    assert [w["text"] for w in _words_from_chars(chars)] == ["QA", "Automation"]


def test_letter_spaced_text_is_not_cut_at_every_gap() -> None:
    chars = []
    for k, ch in enumerate("Summary"):
        chars += _chars(ch, 50.0 + k * 12.0, 20.0, 10.0)  # 2 pt between every pair of letters
    assert [w["text"] for w in _words_from_chars(chars)] == ["Summary"]


def test_small_capitals_with_uneven_tracking_stay_one_word() -> None:
    # "Volunteer" in small capitals: a 13.3 pt capital, then 9 pt letters 0.2-1.0 pt apart
    boxes = [("V", 37.45, 44.5, 13.33), ("o", 44.7, 49.64, 9.0), ("l", 50.44, 53.3, 9.0)]
    boxes += [("u", 53.75, 57.8, 9.0), ("n", 58.83, 62.94, 9.0), ("t", 63.58, 67.44, 9.0)]
    chars = []
    for ch, x0, x1, size in boxes:
        chars += _chars(ch, x0, size, x1 - x0)
    assert [w["text"] for w in _words_from_chars(chars)] == ["Volunt"]


def test_a_bold_title_set_flush_after_a_year_is_a_word_of_its_own() -> None:
    # a dates cell too narrow for its range runs up against the bold title of the next cell
    bold = [dict(c, bold=True) for c in _chars("Registered", 289.0 + 4 * 5.3, 12.7, 7.0)]
    chars = _chars("2022", 289.0, 12.7, 5.3) + bold
    assert [w["text"] for w in _words_from_chars(chars)] == ["2022", "Registered"]


def test_a_year_and_letters_in_one_weight_stay_one_word() -> None:
    chars = _chars("2022Q", 100.0, 12.7, 5.3)
    assert [w["text"] for w in _words_from_chars(chars)] == ["2022Q"]
