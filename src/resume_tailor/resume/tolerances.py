"""Every geometric tolerance of the layout stages, in one place, each with why it has its value.

Units: points (1/72 inch) for positions, font sizes for spacing relative to the text, unless a name
says otherwise. Change one here and run ``benchmarks/parse_accuracy.py`` and the corpus benchmark.
"""

from __future__ import annotations

# --- rows ------------------------------------------------------------------------------------------
# Two segments whose tops differ by less than this sit on the same printed row. Baselines of text in
# one row differ by rounding only (< 0.5 pt); a heading alone on its row is tested more strictly.
SAME_ROW = 1.5
HEADING_SAME_ROW = 1.0
# Words of one row overlap by kerning at most (under a point); more than this and two rows were
# printed over each other.
OVERPRINT = 1.5
# Font sizes of one run of text agree to rounding in the font matrix; two runs printed over each
# other in sizes further apart than this are told apart by size (10 pt under 10.9 pt).
SIZE_ROUNDING = 0.3
# ... and two rows of one size printed over each other have baselines this many sizes apart or more
# (an icon's box sits a point or two off its text's baseline).
OVERPRINT_PITCH = 0.5

# --- headings --------------------------------------------------------------------------------------
# A heading is "bigger" when its font is this much above the body size: 10.5 pt headings over 10 pt
# body text are common in Word templates and are not distinctive, 11 pt over 10 pt is.
HEADING_SIZE_STEP = 0.9
# Longer text is a sentence or an entry line, not a heading (the longest real headings we have seen,
# "Licenses & Certifications & Professional Training", stay under 50 characters / 6 words).
HEADING_MAX_CHARS = 50
HEADING_MAX_WORDS = 6
# An unknown heading (not in the vocabulary) must be short: four words ("Open Source Contributions").
UNKNOWN_HEADING_MAX_WORDS = 4
# A line in the heading look above a degree line is a school's name, not a section: the degree line
# is an entry's ("Home Economics, French and Irish at Higher Level, Leaving Certificate" is 12 words);
# a longer line under the candidate is a sentence that happens to name a degree.
UNKNOWN_HEADING_DEGREE_WORDS = 14

# A section name bigger than the text and in bold, with at least this many line heights of white
# above it, is a heading even when it does not share the document's main heading look (a theme
# that prints one section a level down); list items have no such band above them.
HEADING_GAP_ABOVE = 2.0
# Section headings set flush left share their left edge up to rounding; a line in the heading look
# that starts further right than this (an indented project name) is not one of them.
HEADING_ALIGN = 3.0

# --- columns ---------------------------------------------------------------------------------------
# Reading moves "up into another column" when the next line starts this far above the previous one;
# smaller steps are baseline jitter inside one row.
COLUMN_JUMP = 20.0
# points: a column's text starts this close to the left edge of the heading above it
COLUMN_EDGE = 6.0
# Two text flows set side by side with no white gutter (table cells without padding) show as words
# that start at one left edge right after other text on their row, without following that text in
# the content stream. On this many rows it is a column edge (a stray out-of-order word is one row).
NARROW_GUTTER_ROWS = 3
# ... when the text left of that edge comes closer than this (points) to it: LibreOffice table cells
# without padding leave 0.6-3 pt (ragged lines wrap short of the cell's edge), a moderncv contact
# column beside the first entry 4.6 pt. Wider gutters show as
# white space and the white-gutter search weighs them (two sub-columns of bullets inside an entry,
# 5.7 pt or more apart, are no page columns).
NARROW_GUTTER = 5.0
# A new column is a contact sidebar when an email or phone appears within this many lines of its top.
CONTACT_RUN_LINES = 8

# --- wrapped lines ---------------------------------------------------------------------------------
# A wrapped line follows its first line within this many font sizes (line pitch is 1.1-1.5 sizes;
# 2.2 allows loose leading, and anything further is a new paragraph).
WRAP_MAX_PITCH = 2.2
# ... and the white gap between them is under this many font sizes (a blank line is about one size).
WRAP_MAX_GAP = 0.9
# Font size used when a line's size is unknown or tiny, so the two limits above stay meaningful.
MIN_FONT_SIZE = 6.0
# A wrapped line starts at its item's indent: up to this far right of it (hanging indents after a
# bullet glyph are 10-18 pt), and never more than this far left of it.
WRAP_INDENT_RIGHT = 20.0
WRAP_INDENT_LEFT = 3.0
# Some templates hang wrapped lines left of the item's first line (under where a bullet glyph
# would be); the document shows it with lower-case continuations. Further left than this is another
# column, not a hanging wrap.
HANGING_OUTDENT_MAX = 25.0
# A line that starts within this distance of a bullet line's glyph is a new item, not its tail.
BULLET_GLYPH_ALIGN = 1.0
# Where the document shows how far its wrapped lines step down (a lower-case continuation), a row
# that steps down clearly further is a new item: templates space list items apart (CSS margins,
# paragraph spacing) but not the lines inside one. 12% and 1.5 pt stay above rounding and jitter.
ITEM_PITCH_RATIO = 1.12
ITEM_PITCH_MIN = 1.5
# A bold header line filling this share of its column, then a bold line of at most this many words
# at its indent: the header wrapped (its dates took the room), not two stacked header lines
# ("Staff Engineer" / "Acme Corp" are short).
HEADER_FILL = 0.75
HEADER_TAIL_WORDS = 4
# Words in one name of a header written as a list ("Analyst, Savanna Fresh Retail Distribution
# Company Limited – Nairobi"): long employer names run to seven or eight words.
NAME_MAX_WORDS = 8
# A line of this many words that ran to its margin is a name the page broke, not a short list item.
HEADER_FILL_WORDS = 5
# On a new page the text continues only at about the same indent (margins differ by a few points).
PAGE_WRAP_INDENT = 25.0
# Pieces in different font sizes are different items (bold/regular share a size; 0.6 pt covers
# rounding in PDF font matrices).
WRAP_SIZE_DIFF = 0.6
# Two words set flush (a gap under this many font sizes: their boxes touch) in font sizes that
# differ by more than this share of the larger are two pieces of text, not one: a right-hand
# heading column touching the dates ("Now" + a bigger "Skills"), a smaller date touching an employer
# ("B.V." + "2020"). Word spaces measure 0.14-0.3 sizes (a smaller "at" between two bigger words
# sits 0.145 sizes from the next), touching boxes under 0.05; one size of text rounds by < 5%.
FLUSH_GAP = 0.05
# A gap of this many font sizes between two letters set flush otherwise is a word space drawn
# without its glyph (a narrowed space, 0.1 em, "QA" + "Automation"): letters in a word touch or
# overlap (kerning), and a real space glyph is 0.25 em.
NARROW_SPACE = 0.08
SIZE_CHANGE = 0.15
# Gap kept to a right-hand segment (a date) on the same row: its left edge minus this is the limit
# the text before it could have run to.
SEGMENT_GAP = 4.0
# Two text flows set side by side (a date rail and its entries' text) a little closer than a
# segment gap are cut apart at a flow edge where the white between them is wider than this many
# font sizes: a word space is 0.25-0.3 sizes; justified lines stretch theirs but never leave the
# content stream's order.
FLOW_BREAK_GAP = 0.5
# A line "ran to its limit" when its first wrapped word would not have fitted: the average glyph is
# about half a font size wide, plus a space.
GLYPH_WIDTH = 0.5
SPACE_WIDTH = 0.3
LIMIT_SLACK = 2.0

# --- date rails ------------------------------------------------------------------------------------
# The two halves of a date range broken in a rail ("Mar 2021 –" / "Present") share the rail's
# aligned edge (right edge for right-aligned dates, left edge otherwise) up to rounding.
RAIL_ALIGN = 3.0
# A month and its year set in a narrow justified rail may be drawn as two pieces ("Jun"  "2020"):
# a justified space stretches to about two font sizes there, while a rail's date and the entry text
# beside it are a column gap (well over three sizes) apart.
DATE_PIECE_GAP = 2.5

# --- side headings --------------------------------------------------------------------------------
# A rail of side headings holds labels: section names, dates, a form's field names; at least this
# share of its lines (measured: 0.47-1.0 on rails, 0.25-0.30 on a left sidebar holding contact
# details, skills and schools under its own headings).
SIDE_LABEL_SHARE = 0.4
# A heading or date in a side column labels the row whose top is within this many font sizes of its
# own (a 14 pt heading and the 10 pt line beside it differ by a few points).
SIDE_ROW = 0.8

# --- page furniture --------------------------------------------------------------------------------
# Running headers and footers sit in the top or bottom band of the page: this share of its height.
FURNITURE_BAND = 0.09
# A running header or footer is printed at the same height on every page (the same frame): its rows
# differ in height by rounding only. It is a few rows deep at most (name, title; a contact line
# wrapped onto two or three rows); deeper repeats are content.
RUNNING_SHIFT = 1.0
RUNNING_ROWS = 4

# A name set in display type over two rows ("Ananya" / "Krishnamurthy"), a contact item printed
# beside the first row: the two rows start at one left edge, up to rounding and a capital's side
# bearing (points).
NAME_ROWS_ALIGN = 3.0

# A name in display type wrapped onto a second row ("Charmaine Tan" / "Wei Ling"): the second row's
# top is at most this many font sizes under the first's (one line of display type, with its leading).
NAME_WRAP_ROW = 1.6

# Words of a field of study written on a line of its own between its school and its degree
# ("Mechanical Engineering, specialisation in Automotive Engineering" is 7): more is a sentence.
FIELD_LINE_WORDS = 12
