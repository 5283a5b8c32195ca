"""The words and patterns the skill extractor's context rules consult (numbers: ``thresholds.py``).

Each set is read by one rule of :mod:`resume_tailor.skills.acceptance` or
:mod:`resume_tailor.skills.list_items`; the comments say which.
"""

from __future__ import annotations

import re

from resume_tailor.skills.tokens import JOINERS

# The list rule: tokens that end an item of a list (``Java, Go and Rust``).
LIST_DELIMS = frozenset({",", ";", "/", "|", "•", "·", "(", ")", "and", "or", "&", "+", "[", "]", "*", "▪"})
# Tokens that end a sentence or a label; no rule looks across them for a neighbour.
SENTENCE_END = frozenset({".", "!", "?", ":"})
LINE_OPENERS = SENTENCE_END | {"•", "-", "*"}  # a token after these starts a sentence or a bullet
GLUING_JOINERS = JOINERS - {"/"}  # glued to a name they make another word ("Go-to-market")
# The list-items stage: tokens that cut a list into items (a colon too: "Data: X, Y").
ITEM_DELIMS = frozenset({",", ";", "|", "(", ")", "and", "or", "&", "/", "•", "·", ":", "[", "]", "▪", "☞"})
# The list-items stage: an unknown item never begins or ends with one of these words.
ITEM_STOP = frozenset(
    {
        "the", "a", "an", "we", "you", "our", "your", "to", "is", "are", "be", "will", "with", "in", "of",
        "for", "on", "at", "as", "etc", "e.g", "i.e", "other", "such", "including", "like", "more", "have",
        "has", "it", "this", "that", "these", "those", "all", "any", "some", "strong", "good", "excellent",
        "experience", "knowledge", "understanding", "skills", "similar", "related", "also", "well", "who",
        "which", "can", "must", "should", "please", "us", "their", "they", "he", "she", "i", "my", "not",
        "from", "by", "into", "about", "if", "when", "where", "how", "what", "do", "does", "plus", "e",
        "language", "languages", "application", "applications", "tool", "tools", "technology",
        "technologies", "framework", "frameworks", "software", "system", "systems", "platform", "platforms",
        "database", "databases", "proficient", "familiar", "basic", "advanced", "intermediate", "fluent",
        "native", "others", "various", "many", "several", "years", "year", "level", "expert",
    }
)  # fmt: skip
# The cased rule: a following word that makes a name technical (``Go developer``, ``Java experience``).
TECH_NEXT = frozenset(
    {
        "programming",
        "language",
        "languages",
        "developer",
        "developers",
        "development",
        "engineer",
        "engineers",
        "engineering",
        "code",
        "codebase",
        "codebases",
        "sdk",
        "api",
        "apis",
        "runtime",
        "framework",
        "frameworks",
        "library",
        "libraries",
        "cluster",
        "clusters",
        "jobs",
        "job",
        "streaming",
        "cookbooks",
        "spreadsheets",
        "spreadsheet",
        "macros",
        "macro",
        "pivot",
        "vba",
        "formulas",
        "scripting",
        "scripts",
        "script",
        "programs",
        "modules",
        "module",
        "packages",
        "package",
        "services",
        "service",
        "microservices",
        "backend",
        "applications",
        "application",
        "apps",
        "app",
        "stack",
        "compiler",
        "toolchain",
        "ecosystem",
        "workloads",
        "pipelines",
        "tooling",
        "tools",
        "binaries",
        "binary",
        "cli",
        "sdks",
        "experience",
        "knowledge",
        "expertise",
        "skills",
        "proficiency",
    }
)
# The cased rule: a preceding word that introduces a tool mid-sentence (``written in Rust``).
TECH_PREV = frozenset({"in", "using", "with", "via", "use", "uses", "used", "knowledge", "experience", "of"})
# The cased rule: "<word> in/using" before a name, even a single letter (``programming in R``).
CODING_WORDS = frozenset(
    {
        "programming",
        "written",
        "code",
        "coded",
        "implemented",
        "developed",
        "proficient",
        "proficiency",
        "experience",
        "experienced",
        "skills",
        "fluent",
        "expertise",
        "scripting",
        "scripts",
        "analysis",
        "modelling",
        "modeling",
        "rewritten",
        "rewrote",
        "wrote",
        "port",
        "ported",
    }
)
# The alternatives rule (``React or other modern web frameworks``): the alternative word...
ALTERNATIVE_WORDS = frozenset({"other", "another", "similar", "equivalent", "comparable", "related"})
# ...and the kind of technology that must follow it.
TECHNOLOGY_KINDS = frozenset(
    {
        "language", "languages", "framework", "frameworks", "library", "libraries", "tool", "tools",
        "technology", "technologies", "database", "databases", "platform", "platforms", "stack", "stacks",
        "runtime", "runtimes", "engine", "engines", "ide", "ides", "cloud", "clouds", "orm", "orms",
    }
)  # fmt: skip
# A following word that makes a name an ordinary verb or noun (``go ahead``, ``spark up``).
NON_TECH_NEXT = frozenset({"to", "ahead", "live", "out", "up", "back", "through", "beyond", "away", "over"})
# A version number after a name (``Java 8``, ``v3.10``, ``2.x``).
VERSION = re.compile(r"v?\d+(?:\.\d+)*[+x]?")
# A line that opens with a skills label is read as a skills list (``Technical skills: ...``).
SKILLS_LABEL = re.compile(
    r"^\W*(?:technical |technology |programming |core |key |it |computer |software )?"
    r"(?:skills?|languages?|technologies|tech(?:nical)? stack|stack|tools?|frameworks?|platforms?|"
    r"databases?|proficienc(?:y|ies)|competenc(?:y|ies)|expertise|environment|tech)\b[^:\n]{0,30}[:|\-–]",
    re.IGNORECASE | re.MULTILINE,
)
# Categories whose names are context for their neighbours (soft skills and domains are not).
TECH_CATEGORIES = frozenset(
    {"programming_language", "framework", "cloud", "database", "tool", "methodology", "certification"}
)

# The cased rule: "<coding word> in Java", "expertise using Go".
CODED_IN_PREPOSITIONS = frozenset({"in", "using"})
# ...after which a name is accepted when an item edge or one of these words follows ("R for", "C and").
CODED_IN_FOLLOWERS = frozenset({"for", "to", "with", "and", "or"})
# The alternatives rule: the word between the name and the alternative ("React or other ...").
ALTERNATIVE_JOINERS = frozenset({"or", "and"})
