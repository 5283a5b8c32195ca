"""Side columns: a date beside an indented bullet belongs to the header above it; a side heading set
a little lower than its section's first row still comes first; a role title that ends in a section
word ("Communications Volunteer") is not a heading.

Invented lines; the geometry mimics the JSON Resume "paper" and "flat" themes printed by Chromium.
"""

from __future__ import annotations

from resume_tailor.resume.layout import analyse
from resume_tailor.resume.lines import Line


def _side(text: str, top: float, size: float = 10.0) -> Line:
    return Line(
        text=text,
        x0=62.0,
        x1=140.0,
        top=top,
        bottom=top + size * 1.2,
        size=size,
        column=1,
    )


def _main(text: str, top: float, x0: float = 217.0, bold: bool = False) -> Line:
    return Line(
        text=text,
        x0=x0,
        x1=500.0,
        top=top,
        bottom=top + 12.0,
        size=12.0,
        bold=bold,
        column=2,
    )


def _page() -> list[Line]:
    return [
        _side("Work Experience", 249.0, 16.0),
        _side("2021-07 to Present", 271.5, 8.6),
        _side("2017-03 to 2021-06", 370.5),
        _side("Education", 430.0, 16.0),
        _side("Languages", 500.5, 16.0),
        _main("Riverbank Energy", 100.0),
        _main("Platform Engineer at Solvik Grid AS", 252.8, bold=True),
        _main(
            "Run the deployment platform for 90 services across two regions",
            268.0,
            x0=241.0,
        ),
        _main(
            "Introduced error budgets for every customer-facing service",
            298.0,
            x0=241.0,
        ),
        _main("Systems Administrator at Fjordnet Hosting", 367.5, bold=True),
        _main("Automated provisioning of 800 servers with Ansible", 382.7, x0=241.0),
        _main("Trondheim Technical College", 433.0, bold=True),
        _main("Norwegian", 493.2, x0=218.0, bold=True),
        _main("English", 509.7, x0=218.0, bold=True),
    ]


def test_a_side_date_beside_an_indented_bullet_goes_to_the_header_above() -> None:
    doc = analyse(_page())
    texts = [ln.text for ln in doc.lines]
    assert "Platform Engineer at Solvik Grid AS | 2021-07 to Present" in texts
    assert "Systems Administrator at Fjordnet Hosting | 2017-03 to 2021-06" in texts
    assert "Run the deployment platform for 90 services across two regions" in texts


def test_a_side_heading_set_lower_than_its_first_row_still_opens_the_section() -> None:
    doc = analyse(_page())
    by_kind = {b.kind: [ln.text for ln in b.lines] for b in doc.blocks}
    assert by_kind["languages"] == ["Norwegian", "English"]
    assert "Norwegian" not in by_kind["education"]


def _flat(text: str, top: float, size: float, bold: bool = True) -> Line:
    return Line(
        text=text,
        x0=50.0,
        x1=300.0,
        top=top,
        bottom=top + size * 0.75,
        size=size,
        bold=bold,
    )


def test_a_role_title_ending_in_a_section_word_is_not_a_heading() -> None:
    lines = [
        _flat("Ingrid Solberg", 40.0, 30.0),
        _flat("ingrid@example.no", 80.0, 16.0, bold=False),
        _flat("Work", 120.0, 26.0),
        _flat("Harbor Metrics", 150.0, 16.0),
        _flat("Data Engineer", 170.0, 16.0),
        _flat("Highlights", 190.0, 16.0),
        _flat(
            "Built the nightly warehouse loads for 40 source systems",
            210.0,
            16.0,
            bold=False,
        ),
        _flat("Volunteer", 250.0, 26.0),
        _flat("Bergen Food Share", 280.0, 16.0),
        _flat("Logistics Volunteer", 300.0, 16.0),
        _flat("Highlights", 320.0, 16.0),
        _flat("Planned weekly pick-up routes for 30 drivers", 340.0, 16.0, bold=False),
        _flat("Education", 380.0, 26.0),
        _flat("University of Bergen", 410.0, 16.0),
    ]
    doc = analyse(lines)
    assert [(b.kind, b.heading) for b in doc.blocks] == [
        ("contact", ""),
        ("experience", "Work"),
        ("volunteering", "Volunteer"),
        ("education", "Education"),
    ]


def _grid(text: str, top: float, x0: float, x1: float) -> Line:
    return Line(text=text, x0=x0, x1=x1, top=top, bottom=top + 10.8, size=13.0)


def test_a_long_side_heading_read_into_its_row_is_split_off() -> None:
    # one-page themes print capitalised headings left of the text; "VOLUNTEERING" nearly touches it
    lines = [
        _grid("Ines Moreau", 25.0, 22.5, 200.0),
        _grid("ines.moreau@example.fr", 45.0, 22.5, 200.0),
        _grid("EXPERIENCE", 132.0, 22.5, 82.0),
        _grid("Atelier Brume | Brand Designer", 132.0, 105.0, 255.0),
        _grid("Mar 2021", 132.0, 529.0, 567.5),
        _grid("Designed packaging for 30 product lines", 150.0, 120.0, 400.0),
        _grid("EDUCATION", 334.0, 22.5, 78.0),
        _grid("Ecole Estienne", 334.0, 105.0, 212.0),
        _grid("VOLUNTEERING Workshop Mentor | Lyon Code Club", 415.8, 22.5, 290.0),
        _grid("Jan 2018 — Dec 2020", 415.8, 480.0, 567.4),
        _grid("Taught typography basics to 40 teenagers", 433.8, 120.0, 428.0),
    ]
    doc = analyse(lines)
    blocks = {b.kind: [ln.text for ln in b.lines] for b in doc.blocks}
    assert blocks["volunteering"][0] == "Workshop Mentor | Lyon Code Club"
    assert "Taught typography basics to 40 teenagers" in blocks["volunteering"]


def test_a_bold_role_title_under_a_capitalised_section_heading_is_an_entry() -> None:
    # a Word layout: capitalised bold headings, bold role titles in the body size
    def para(text: str, bold: bool = False) -> Line:
        return Line(text, size=11.0, bold=bold)

    lines = [
        para("Ingrid Solberg", bold=True),
        para("ingrid@example.no"),
        para("EXPERIENCE", bold=True),
        para("Data Engineer", bold=True),
        para("Harbor Metrics"),
        para("• Built the nightly warehouse loads for 40 source systems"),
        para("LEADERSHIP & VOLUNTEERING", bold=True),
        para("Network Team Volunteer", bold=True),
        para("Bergen Hackerspace"),
        para("01/2016 – 12/2019"),
        para("• Ran the event network for a yearly conference of 900 attendees"),
    ]
    doc = analyse(lines)
    assert [b.heading for b in doc.blocks] == ["", "EXPERIENCE", "LEADERSHIP & VOLUNTEERING"]


def test_a_section_heading_in_a_second_style_with_space_above_is_a_heading() -> None:
    def at(text: str, top: float, size: float = 16.0, bold: bool = False, gap: float = 0.3) -> Line:
        return Line(text, x0=88.0, x1=300.0, top=top, bottom=top + size, size=size, bold=bold, gap_before=gap)

    lines = [
        at("Ines Moreau", 40.0, 30.0),
        at("ines@example.fr", 80.0),
        at("Work", 120.0, 30.0, gap=1.3),
        at("Atelier Brume | Brand Designer | 2019 - Present", 160.0),
        at("Designed packaging for 30 product lines and a new identity for two food brands", 180.0),
        at("Projects", 240.0, 30.0, gap=1.3),
        at("Harbour Typeface", 280.0, bold=True),
        at("Drew a display typeface used by the Lyon harbour authority on all its signs", 300.0),
        at("Certificates", 380.0, 18.0, bold=True, gap=3.0),
        at("Adobe Certified Professional", 410.0),
    ]
    doc = analyse(lines)
    assert [b.kind for b in doc.blocks] == ["contact", "experience", "projects", "certifications"]


def test_contact_lines_in_the_rail_above_its_headings_leave_the_headings_interleaved() -> None:
    # moderncv "fancy": the header's links sit in the heading rail above the first section name
    lines = [
        Line(text="Robin Okafor", x0=62.0, x1=300.0, top=70.0, bottom=92.0, size=20.0),
        _side("robinokafor.example.com", 140.0),
        _side("github.com/rokafor", 152.0),
        _side("linkedin.com/in/rokafor", 164.0),
        _side("@rokafor", 176.0),
        _side("Summary", 200.0, 14.0),
        _side("Experience", 257.0, 14.0),
        _side("Education", 400.0, 14.0),
        _main("Platform engineer who keeps payment systems up during peak trading.", 203.0),
        _main("Platform Engineer, Solvik Grid AS, Oslo.", 259.0),
        _main("Run the deployment platform for 90 services across two regions", 274.0, x0=241.0),
        _main("Systems Administrator, Fjordnet Hosting, Bergen.", 320.0),
        _main("Automated provisioning of 800 servers with Ansible", 335.0, x0=241.0),
        _main("BSc Computer Science, Trondheim Technical College.", 402.0),
    ]
    doc = analyse(lines)
    by_kind = {b.kind: [ln.text for ln in b.lines] for b in doc.blocks}
    assert by_kind["summary"] == ["Platform engineer who keeps payment systems up during peak trading."]
    assert by_kind["experience"][0] == "Platform Engineer, Solvik Grid AS, Oslo."
    assert by_kind["education"] == ["BSc Computer Science, Trondheim Technical College."]


def test_a_side_date_beside_a_header_ending_in_an_abbreviation_stays_on_that_header() -> None:
    # "paper": the dates sit level with the title; the title ends with "Co." (no sentence), the last
    # point of the entry above is short and capitalised like a header
    lines = [
        _side("Work Experience", 249.0, 16.0),
        _side("2017-03 to 2020-04", 447.7),
        _main("Brand Designer at Self-employed", 252.8, bold=True),
        _main("Keep a repeat-client rate above 70%", 416.5, x0=241.0),
        _main("Art Director at Pinwheel & Co.", 444.0, bold=True),
        _main("Led a team of four designers on campaigns for regional brands", 459.2, x0=241.0),
        _side("Education", 500.0, 16.0),
        _main("Willamette School of Art & Design", 503.0, bold=True),
    ]
    texts = [ln.text for ln in analyse(lines).lines]
    assert "Art Director at Pinwheel & Co. | 2017-03 to 2020-04" in texts
    assert "Keep a repeat-client rate above 70%" in texts


def test_a_range_the_side_column_broke_over_three_rows_goes_whole_to_its_entry() -> None:
    # a sidebar and a date rail read as one side column: "Summer 2020" / "until Summer" / "2023"
    lines = [
        _side("Languages", 172.0, 15.0),
        _side("English (native)", 190.0),
        _side("Positions Held", 183.0, 15.0),
        _side("Summer 2020", 347.0),
        _side("until Summer", 362.0),
        _side("2023", 376.0),
        _main("Spanish at the Instituto Cervantes", 172.0),
        _main("Customer Success Manager", 347.0, bold=True),
        _main("Ambergate GmbH", 362.0),
        _main("Mentored a dashboard tracking warehouse throughput", 377.7, x0=241.0),
    ]
    texts = [ln.text for ln in analyse(lines).lines]
    assert "Customer Success Manager | Summer 2020 until Summer 2023" in texts
    assert "Ambergate GmbH" in texts and "2023" not in texts


def test_a_section_word_in_the_text_column_set_smaller_does_not_hide_the_side_headings() -> None:
    # a CV class's tag column (headings, dates) beside the values; a point of the text wraps its last
    # word "languages" (a section name) onto a row of its own, in the text's size
    lines = [
        _side("PROFILE", 228.0, 14.0),
        _side("EXPERIENCE", 321.0, 14.0),
        _side("09/2019 – present", 345.0),
        _side("2015 – 2019", 426.0),
        _side("EDUCATION", 539.0, 14.0),
        _side("2013 – 2014", 563.0),
        _main("Localisation consultant for software and games.", 252.0),
        _main("Freelance Localisation Consultant, Self-employed, Barcelona", 345.0),
        _main("◦ Set up a continuous localisation pipeline for a game shipped in 14", 358.5),
        _main("languages", 372.0),
        _main("Localisation Manager, Mirador Games, Barcelona", 426.0),
        _main("◦ Managed a vendor budget of EUR 600,000 a year across nine", 440.0),
        _main("languages", 453.5),
        _main("Master, Audiovisual Translation, Universitat de Barcelona", 563.0),
    ]
    doc = analyse(lines)
    by_kind = {b.kind: [ln.text for ln in b.lines] for b in doc.blocks}
    assert (
        by_kind["experience"][0]
        == "Freelance Localisation Consultant, Self-employed, Barcelona | 09/2019 – present"
    )
    assert by_kind["education"] == ["Master, Audiovisual Translation, Universitat de Barcelona | 2013 – 2014"]


def test_contact_lines_above_the_first_side_heading_do_not_hide_the_rail() -> None:
    # moderncv "fancy": a long address and links wrap in the rail above its section names; in the
    # text column a date a point higher than the title beside it stays after the title
    lines = [
        _side("Hyderabad,", 118.0),
        _side("Telangana, IN", 130.0),
        _side("+91 99887 76655", 142.0),
        _side("ananya.k@example.in", 154.0),
        _side("ananya-krish", 166.0),
        _side("ananya-", 178.0),
        _side("krishnamurthy", 190.0),
        _side("Summary", 191.0 + 30, 14.0),
        _side("Experience", 234.0 + 30, 14.0),
        _side("Education", 400.0, 14.0),
        _main("Technical lead for payment and lending back ends, nine years of Java and Go.", 223.5),
        _main("Software Engineer, Veerasamy Infotech Pvt.", 266.7),
        _main("08/2017 – 03/2019", 265.7, x0=437.0),
        _main("Ltd., Bengaluru.", 279.0),
        _main("○ Developed Spring Boot APIs for the merchant onboarding portal", 292.0),
        _main("B.Tech, Computer Science and Engineering, Kaveri Institute of Technology", 402.0),
    ]
    doc = analyse(lines)
    by_kind = {b.kind: [ln.text for ln in b.lines] for b in doc.blocks}
    assert by_kind["experience"][:3] == [
        "Software Engineer, Veerasamy Infotech Pvt.",
        "08/2017 – 03/2019",
        "Ltd., Bengaluru.",
    ]
    assert by_kind["education"] == [
        "B.Tech, Computer Science and Engineering, Kaveri Institute of Technology"
    ]
