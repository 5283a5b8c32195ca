"""Every number the skill extractor decides with, in one place, each with the reason it has its value.

The word lists the rules consult are in :mod:`resume_tailor.skills.words`; the context model's own
window is :data:`resume_tailor.skills.context_model.SENTENCE_WINDOW`.
"""

from __future__ import annotations

# Texts longer than this (characters) are extracted with the cyclic garbage collector paused: a
# megabyte of text allocates millions of small objects that hold no cycles, and the collector's
# repeated passes over them cost more than the extraction itself.
LARGE_TEXT = 100_000

# A strong ambiguous match (written exactly as the skill, e.g. "Rust") is context for its neighbours
# from the start only when it is at least this many characters long: single letters ("C", "R") must
# earn their place first.
MIN_PEER_CHARS = 2

# After a name is accepted, the rejected names whose first or last token lies within this many tokens
# of it are judged again. It is the farthest any rule looks for a neighbour: the list rule looks
# past a delimiter and a version number (``Go, 1.21 Rust``: four tokens to the right).
PEER_REACH = 4

# The list rule (``Java, Go and Rust``) looks for a technical skill this many tokens beyond the
# delimiter that ends the item: the next item may open with one stray token ("and", "(").
LIST_PEER_REACH = 2

# A run of capitals counts as written "like a skill" (``JAVA JEE``) from this many characters: one or
# two capitals are ordinary acronyms (IT, OR) more often than shouted names.
MIN_SHOUTED_CHARS = 3

# ``React or other modern web frameworks``: the kind of technology must follow the alternative word
# within this many tokens, or the "or" belongs to something else.
ALTERNATIVES_REACH = 8

# A version number counts (``Java 8``, ``Python3``) only when at most this many characters separate
# it from the name: "Java 8" and "Java8", not "Java, 8 years".
VERSION_GAP = 1

# The start of a line is searched for a skills label ("Technical skills:") within this many
# characters; the label pattern itself allows up to 30 characters of qualifier before its colon.
LABEL_REACH = 120

# An unknown item of a skills list ("Java, JMS and Flight Recorder") is at most this many tokens...
MAX_ITEM_TOKENS = 4
# ...and this many characters long: longer runs are clauses of a sentence, not names.
MAX_ITEM_CHARS = 60

# Two mentions at most this many tokens apart (one delimiter between them) in one sentence make the
# context model's ``in_list`` feature.
LIST_NEIGHBOUR_GAP = 2
