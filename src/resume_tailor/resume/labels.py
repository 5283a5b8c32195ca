"""Labelled lines inside an entry ("Client : Northwind Bank", "Environment : Java, Oracle").

Job-board resumes describe each project with a block of labels instead of a header line. These lines
are fields of the entry they sit in, not new entries and not achievements. The vocabulary is data:
label (lower case, "&" written "and") -> the role it plays in the entry.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# role: "opens" starts a new entry after a finished one; "title", "company", "dates" fill those fields;
# "bullets" introduces the achievements (its text, if any, is one); "info" is kept as a field only;
# "nav" is a link of the document (dropped).
ENTRY_LABELS: dict[str, str] = {
    **dict.fromkeys(
        ["project", "project name", "project title", "name of the project", "title", "assignment"], "opens"
    ),
    **dict.fromkeys(["client", "client name", "customer"], "client"),
    **dict.fromkeys(
        ["company", "company name", "employer", "organization", "organisation", "firm"], "company"
    ),
    # the Europass CV form labels its entries "Occupation or position held", "Name and address of
    # employer", "Main activities and responsibilities", "Type of business or sector"
    **dict.fromkeys(
        ["role", "designation", "position", "job title", "role played", "occupation or position held"],
        "title",
    ),
    "position held": "title",
    "name and address of employer": "company",
    **dict.fromkeys(["duration", "period", "tenure", "dates", "project duration", "from"], "dates"),
    **dict.fromkeys(
        [
            "responsibilities",
            "responsibility",
            "roles and responsibilities",
            "roles and responsibility",
            "role and responsibilities",
            "role and responsibility",
            "key responsibilities",
            "job responsibilities",
            "description",
            "project description",
            "contribution",
            "contributions",
            "key achievements",
            "achievements",
            "accomplishments",
            "highlights",
            "key highlights",
            "main activities and responsibilities",
            "role outline",
            "role summary",
            "role description",
            "position summary",
            "job description",
            "duties",
            "main duties",
            "key duties",
        ],
        "bullets",
    ),
    **dict.fromkeys(
        [
            "environment",
            "technologies",
            "technology",
            "technologies used",
            "tools",
            "tools used",
            "tech stack",
            "team size",
            "domain",
            "platform",
            "software",
            "operating system",
            "operating systems",
            "database",
            "databases",
            "framework",
            "frameworks",
            "location",
            "type of business or sector",
            "team",
            "department",
            "reporting to",
            "reports to",
            "reported to",
            "reporting line",
        ],
        "info",
    ),
    "back to top": "nav",
}

_LABEL_RE = re.compile(
    r"^[^\w]*(?P<label>[A-Za-z][A-Za-z &/']{1,40}?)\s*(?:[:：]|\s[-–]\s|$)\s*(?P<value>.*)$"
)


# "Reporting to the Head of Growth": whom the role answered to, a fact of the entry written as a
# phrase, not a role of its own (the label has no colon)
_REPORTING_RE = re.compile(
    r"^(?P<label>(?:Reporting|Reports|Reported) to)\s+(?P<value>(?:the\s+)?[A-Z]\S*(?:\s+\S+){0,7})$"
)


@dataclass
class Label:
    """One labelled line: its label as written, the role it plays, and its value."""

    name: str
    role: str
    value: str


def entry_label(text: str) -> Label | None:
    """The label of a labelled line, or None for any other line.

    >>> entry_label("Client : Northwind Bank")
    Label(name='Client', role='client', value='Northwind Bank')
    >>> entry_label("Roles and Responsibility"), entry_label("Built the portal: 40 sites")
    (Label(name='Roles and Responsibility', role='bullets', value=''), None)
    """
    m = _REPORTING_RE.match(text.strip()) or _LABEL_RE.match(text.strip())
    if m is None:
        return None
    name = m.group("label").strip()
    key = re.sub(r"\s+", " ", name.lower().replace("&", "and")).strip()
    role = ENTRY_LABELS.get(key)
    if role is None:
        return None
    value = m.group("value").strip()
    if role == "opens" and key == "title" and not value:
        return None  # a bare "Title" line is a heading word, not a label
    return Label(name, role, value)
