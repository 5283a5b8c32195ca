"""Contact details: name, email, phone, location and links."""

from __future__ import annotations

import re
from collections.abc import Callable

from resume_tailor.models import Contact
from resume_tailor.resume import tolerances as T
from resume_tailor.resume.headings import heading_kind
from resume_tailor.resume.lines import Line, same_row
from resume_tailor.resume.names import title_score
from resume_tailor.resume.vocab import ALL_PLACES as PLACES
from resume_tailor.resume.vocab import CITIES, CITY_PHRASES, TOWNS_NAMED_LIKE_ORGANISATIONS, US_STATES

# Each pattern may start only where its run of characters starts (the look-behinds): a start inside
# the run would rescan the same run, which is quadratic on "a.a.a.…" or "a-a-a-…" (issue 15).
EMAIL_RE = re.compile(r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")
# After a "+CC" country code the area code may be one digit ("+33 6 12 34 56 78"); numbers written
# in pairs have up to five groups ("06 12 34 56 78").
PHONE_RE = re.compile(
    r"(?<![\w/.-])(?:\+\s?\d{1,3}[\s.\-–]?(?:\(0\)\s?)?(?:\(\s?\d{1,4}\s?\)|\d{1,4})|(?:\(0\)\s?)?"
    r"(?:\(\s?\d{2,4}\s?\)|\d{2,4}))(?:[\s.\-–]?\d{2,4}){1,4}(?![\w/])"
)
URL_RE = re.compile(
    r"(?:https?://|www\.)[^\s|,;<>()]+|(?<![\w-])(?<![\w-]\.)(?:[a-z0-9-]+\.)*(?:linkedin\.com|github\.com|gitlab\.com|"
    r"bitbucket\.org|stackoverflow\.com|medium\.com|behance\.net|dribbble\.com|kaggle\.com|x\.com|"
    r"twitter\.com)/[^\s|,;<>()]*",
    re.IGNORECASE,
)
SEPARATORS_RE = re.compile(r"\s*(?:[|•·◦▪⋅●∙♦]|\s{2,}|\t)\s*")
_LOCATION_RE = re.compile(
    r"^(?:\d+[\w .#-]*?\s)?(?P<city>[A-ZÀ-Þ][\w.'\-]+(?:\s+[\w.'\-]+){0,3}),\s*"
    r"(?P<region>[A-Z]{2,3}|[A-Z][a-zA-Z.]+(?:\s+[A-Z][a-zA-Z.]+){0,2})(?:\s+\d{5}(?:-\d{4})?)?"
    r"(?:,\s*(?:USA|US|United States|[A-Z][a-z]+))?$"
)
_ORG_RE = re.compile(
    r"\b(?:University|College|Institute|School|Academy|Inc|LLC|Ltd|Corp|Corporation|"
    r"Company|Labs?|Systems|Technologies|Group|Bank|Solutions|Consulting|Services|"
    r"Software|Partners|Holdings|Foundation|Agency|Hospital|Conservatory|Studios?|Technology|"
    r"Technologies|Networks|Analytics|Robotics|Media|Capital|Ventures)\b"
)
# Particles written in lower case inside a name ("Anna van der Berg").
_PARTICLES = frozenset(
    ["de", "van", "der", "von", "da", "del", "la", "le", "bin", "al", "dos", "das", "du", "di", "ten", "ter"]
)


def _name_word(word: str) -> bool:
    """A word of a name: capitalised in any alphabet ("José", "Łukasz", "O'Brien"), an initial
    ("Q."), or a particle."""
    if word in _PARTICLES:
        return True
    # not "Engi-": a word a narrow column broke ("Software Engi-" / "neer") is no name
    return word[:1].isupper() and bool(re.fullmatch(r"(?:[^\W\d_]|['’\-])*[^\W\d_]['’]?\.?", word))


def is_location(text: str) -> bool:
    """True for "Austin, TX", "London, UK", "Remote", "4567 Main Street City, ST 98052"...

    >>> is_location("Portland, OR"), is_location("Acme Corp")
    (True, False)
    """
    t = text.strip().strip("()").strip()
    town = t.split(",")[0].strip().lower() in TOWNS_NAMED_LIKE_ORGANISATIONS
    if (_ORG_RE.search(t) and not town) or re.search(r"[a-z]{3}\.\s", t):
        return False
    low = t.lower()
    if low in PLACES or low in CITY_PHRASES or low in {"remote", "hybrid", "on-site", "onsite"}:
        return True
    if low.replace(" ", "-") in CITIES or re.fullmatch(
        r"(?:greater\s+)?[a-z .'-]+?\s+(?:bay\s+|metro(?:politan)?\s+)?area", low
    ):
        return True
    m = _LOCATION_RE.match(t)
    if not m:
        return False
    region = m.group("region")
    return (
        region in US_STATES
        or region.lower() in PLACES
        or bool(
            re.fullmatch(r"[A-Z][a-z]+", region)
            and len(m.group("city").split()) <= 3
            and region.lower() in PLACES
        )
    )


def find_email(text: str) -> str | None:
    """The first email address in the text."""
    m = EMAIL_RE.search(text)
    return m.group(0).rstrip(".") if m else None


# Dashes a typesetter puts in numbers (non-breaking and figure hyphens, minus): read as "-".
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u00a0": " "})


def find_phone(text: str) -> str | None:
    """The first phone number (7 to 15 digits, not a date range) in the text.

    >>> find_phone("Austin, TX · (512) 555\u20110199")
    '(512) 555-0199'
    """
    text = text.translate(_DASHES)
    for m in PHONE_RE.finditer(text):
        raw = m.group(0).strip()
        if "\n" in raw:
            continue  # a number is written on one line: "2019" over "2012" are two years
        digits = re.sub(r"\D", "", raw)
        if not 7 <= len(digits) <= 15:
            continue
        if re.fullmatch(r"(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}", raw):
            continue
        if re.fullmatch(r"\d{1,2}[/.-]\d{4}.*", raw):
            continue
        return raw.replace("–", "-")
    return None


def find_links(text: str) -> list[str]:
    """Web links written in the text (LinkedIn, GitHub, portfolio...), trailing punctuation removed."""
    out = []
    for m in URL_RE.finditer(text):
        url = m.group(0).rstrip(".,;:)/") if not m.group(0).endswith("/in/") else m.group(0)
        if "@" in url:
            continue
        out.append(url)
    return out


def _looks_like_name(text: str) -> bool:
    t = text.strip().strip(",")
    if not t or len(t) > 48 or re.search(r"[\d@/:|]", t) or heading_kind(t) or t.lower() in _NAME_LABELS:
        return False
    words = t.split()
    if not 1 <= len(words) <= 5:
        return False
    if t.isupper():
        return all(w[:1].isalpha() and re.fullmatch(r"(?:[^\W\d_]|['’\-.])+", w) for w in words)
    return all(_name_word(w) for w in words)


def extract_contact(
    head: list[Line], all_text: str, annot_links: list[str], first_page: list[Line] | None = None
) -> Contact:
    """Contact details from the lines above the first heading (falling back to the whole text).

    ``first_page`` (the page's lines in reading order) is searched for the name when the head has
    none: a sidebar on the right puts the main column's first heading before the name.
    """
    head_text = "\n".join(ln.text for ln in head)
    contact = Contact()
    contact.name = _find_name(head)
    if contact.name is None and first_page:
        sized = [ln for ln in first_page if ln.size]
        if sized:
            biggest = sorted(sized, key=lambda ln: -ln.size)[:3]
            contact.name = _find_name(sorted(biggest, key=lambda ln: (ln.top, ln.x0)))
    if contact.name is None and first_page:
        contact.name = _name_beside_label(first_page)
    broken = _rejoined(first_page or head, contact.name)
    contact.email = _whole(find_email(head_text) or find_email(all_text), broken, find_email)
    contact.phone = (
        find_phone(_strip_urls(head_text))
        or find_phone(_strip_urls(all_text[:1500]))
        or _phone_among_words(head)
        or _phone_beside(contact.email, all_text)
    )
    contact.phone = _whole_phone(contact.phone, head)
    contact.location = _find_location(head, contact.name)
    links = find_links(head_text) + _bare_sites(head_text) + find_links(all_text)
    links += _bare_sites(_near_email(all_text))
    links = [_whole(u, broken, _first_link) or u for u in links]
    links += [b for b in broken if "?" in b and _BARE_SITE_RE.fullmatch(b)]  # a query broken off
    for uri in annot_links:
        if uri.lower().startswith(("mailto:", "tel:")):
            continue
        links.append(uri)
    contact.email, contact.phone = _as_linked(contact.email, contact.phone, annot_links)
    contact.links = _dedupe_links(links)
    return contact


def _as_linked(email: str | None, phone: str | None, annot_links: list[str]) -> tuple[str | None, str | None]:
    """The email and phone the page links to ("mailto:", "tel:") where the text gave none, or gave
    a piece of them that a line break cut ("cus.bell@..." or "mar-cus.bell@..." for
    "mailto:marcus.bell@...", "+1 555 010" for "tel:+15550100199")."""
    for uri in annot_links:
        low = uri.lower()
        if low.startswith("mailto:"):
            linked = uri[7:].split("?")[0].strip()
            cut = email and linked.lower() != email.lower() and _cut_from(email.lower(), linked.lower())
            if linked and (not email or cut):
                email = linked
        elif low.startswith("tel:") and phone:
            digits, linked_digits = re.sub(r"\D", "", phone), re.sub(r"\D", "", uri[4:])
            if len(digits) >= 6 and len(linked_digits) > len(digits) and linked_digits.startswith(digits):
                phone = uri[4:].strip()
    return email, phone


def _cut_from(text: str, whole: str) -> bool:
    """``text`` is ``whole`` with its start cut off, or with a hyphen a line break put into it."""
    cut_start = whole.endswith(text) and "@" in text
    return cut_start or text.replace("-", "") == whole.replace("-", "")


# A web address written without "https://" or "www." ("janedoe.dev", "jane.example.com/work"): only
# a whole piece of the contact lines, in lower case, on a common top-level domain (not "Node.js"). A
# path may end on a query ("scholar.google.com/citations?user=jdoe": a profile named by its key).
_BARE_SITE_RE = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:com|org|net|io|dev|me|co|ai|app|info|xyz|tech|site|page|"
    r"design|studio|blog|online|art|eu|uk|de|fr|nl|in|br|jp|ca|au|es|it|ch|se|no|dk|fi|pl|pt|be|at|ie|"
    r"nz|sg|us)(?:/[\w./%~-]*(?:\?[\w.%~+-]+=[\w.%~+=&-]*)?)?"
)


def _bare_sites(head_text: str) -> list[str]:
    """Web addresses the contact lines print bare, as whole pieces between separators or spaces."""
    return [t.rstrip("/.") for t in re.split(r"[\s|•·,;]+", head_text) if _BARE_SITE_RE.fullmatch(t)]


def _near_email(text: str) -> str:
    """The lines of ``text`` that hold an e-mail address, each with the two lines after it: contact
    lines set outside the header (a page footer, a sidebar), where a site may be printed bare."""
    lines = text.splitlines()
    near = {j for i, ln in enumerate(lines) if find_email(ln) for j in range(i, min(i + 3, len(lines)))}
    return "\n".join(lines[j] for j in sorted(near))


def _first_link(text: str) -> str | None:
    return next(iter(find_links(text)), None)


# A token a narrow column broke after a hyphen: "mar-" (of "marcus.bell@…"), "github.com/jane-".
_FRAGMENT_RE = re.compile(r"[\w.%+/:-]*\w-")


def _rejoined(lines: list[Line], name: str | None) -> list[str]:
    """Values a narrow column broke across two lines after a hyphen, put back together.

    The line break's hyphen is dropped when it splits a word of the person's name ("mar-" +
    "cus.bell@…" -> "marcus.bell@…", a hyphen LaTeX added), and kept otherwise
    ("github.com/jane-" + "doe-dev": word processors break after a real hyphen). With positions,
    the first part is any line just above the second (a reader may have put it elsewhere).
    """
    out = []
    for i, b in enumerate(lines):
        rest = b.text.split()
        if not rest:
            continue
        if b.top:
            above = [a for a in lines if a.page == b.page and 0 < b.top - a.top <= 2.5 * max(a.size, 6.0)]
        else:
            above = lines[i - 1 : i] if i else []
        for a in above:
            tokens = a.text.split()
            frag = next((t for t in tokens[-1:] + tokens[:1] if _FRAGMENT_RE.fullmatch(t)), None)
            if frag is not None and _over(a, b, first=frag == tokens[0]):
                out.append(_unbreak(frag, rest[0], name))
            elif tokens and len(rest) == 1 and _over(a, b, first=False):
                cut = _cut_at_mark(tokens[-1], rest[0])
                over = [o for o in above if _over(o, b, first=False)]
                right_above = a is max(over, key=lambda o: o.top)  # not a line further up
                if right_above and (cut == "mark" or (cut == "word" and _broke_at_edge(a, b, lines))):
                    out.append(tokens[-1] + rest[0])
    return out


def _cut_at_mark(head: str, tail: str) -> str | None:
    """How a box's edge may have broken an address ``head`` whose rest is the token ``tail``:
    "mark" after a slash ("www.linkedin.com/in/" / "jane-doe"), before a query ("...citations?" /
    "user=jdoe") or at a dot ("jane@example.co" /
    ".uk", "jane@example.co." / "uk"); "word" inside a word ("jane@example.co" / "m", a column
    that breaks long words anywhere, which only the line's reaching the edge tells); else None."""
    dot_cut = head.endswith(".") and re.fullmatch(r"[a-z]{2,3}", tail)
    if re.fullmatch(r"\.[a-z]{2,3}(?:/\S*)?", tail) or dot_cut:
        head = head.rstrip(".")
        linked = "@" in head or bool(_BARE_SITE_RE.fullmatch(head)) or bool(find_links(head))
        return "mark" if linked else None
    if head.endswith("/") and find_links(head) and re.fullmatch(r"[\w.%~-]+/?", tail):
        return "mark"
    site = bool(find_links(head) or _BARE_SITE_RE.fullmatch(head[:-1]))
    if head.endswith(("?", "&")) and site and re.fullmatch(r"[\w.%~+-]+=[\w.%~+=&-]*", tail):
        return "mark"  # "scholar.google.com/citations?" / "user=jdoe": broken at its query
    if re.fullmatch(r"[a-z0-9_-]{1,12}", tail) and ("@" in head or find_links(head)):
        return "word"
    # "hello@lakeside.exampl" / "e.com": the domain broken inside its word, the rest below (the head
    # ends on no whole domain: "jane@example.com" over "jane.dev" is two addresses)
    ends_domain = bool(re.search(r"\.[a-z]+$", head) and _BARE_SITE_RE.fullmatch(head.split("@")[-1]))
    if re.fullmatch(r"[a-z0-9-]{1,12}\.[a-z]{2,3}", tail) and "@" in head and not ends_domain:
        return "word"
    return None


def _broke_at_edge(a: Line, b: Line, lines: list[Line]) -> bool:
    """``b`` starts at ``a``'s left edge and ``a`` reaches as far right as any line of its column
    near it: the column's edge broke ``a``'s last word (a username under an e-mail does not)."""
    if not (a.x1 and b.x1) or abs(a.x0 - b.x0) > 2.0:
        return False
    column = [o for o in lines if o.page == a.page and abs(o.x0 - a.x0) <= 2.0]
    near = [o for o in column if abs(o.top - a.top) <= 10 * max(o.size, 6.0)] or [a]
    return a.x1 >= max(o.x1 for o in near) - 0.8 * max(a.size, 6.0)


def _over(a: Line, b: Line, *, first: bool) -> bool:
    """The fragment of ``a`` can be the start of ``b``: ``a`` starts over ``b`` (a fragment ending
    it), or starts at ``b``'s right edge (a fragment the reader put first on a line of the next
    column: "mar- Former high school ..." / "cus.bell@..."). A line of another column ending on
    "e-" ("... experience in e-") breaks nothing of ``b``. Without positions, anything can."""
    if not (a.x1 and b.x1):
        return True
    reach = b.x1 + (2.0 * max(b.size, 6.0) if first else 0.0)
    return a.x0 < reach and b.x0 < a.x1


def _unbreak(frag: str, tail: str, name: str | None) -> str:
    dropped, at = frag[:-1] + tail, len(frag) - 1
    low = dropped.lower()
    for word in re.findall(r"[^\W\d_]{3,}", (name or "").lower()):
        for m in re.finditer(re.escape(word), low):
            if m.start() < at < m.end():
                return dropped
    return frag + tail


def _whole(found: str | None, broken: list[str], finder: Callable[[str], str | None]) -> str | None:
    """``found`` as a whole when a broken line held its start ("cus.bell@x.org" -> "marcus.bell@x.org");
    when nothing was found, one a broken line holds ("jane@example.c" / "om")."""
    if not found:
        return next((whole for text in broken if (whole := finder(text))), found)
    for text in broken:
        whole = finder(text)
        if whole and whole != found and (whole.endswith(found) or whole.startswith(found.rstrip("-"))):
            return whole
    return found


def _phone_among_words(head: list[Line]) -> str | None:
    """A number whose groups a reader interleaved with the words of the segment beside it ("+1
    Toronto, 416 555 ON, 0199 CA"): the line's groups of digits read together, if they make a
    whole number (ten digits or more, a country code or area code with it)."""
    for ln in head:
        groups = re.findall(r"(?<![\w/])\+?\(?\d[\d()\-.]*(?![\w/])", ln.text)
        phone = find_phone(" ".join(groups)) if len(groups) >= 3 else None
        if phone and len(re.sub(r"\D", "", phone)) >= 10 and phone == " ".join(groups):
            return phone
    return None


def _phone_beside(email: str | None, text: str) -> str | None:
    """A phone number on or next to the line of the email address (a contact block in the page
    footer, or a sidebar read last)."""
    if not email:
        return None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        if email not in line:
            continue
        for near in [line, *lines[max(0, i - 2) : i], *lines[i + 1 : i + 3]]:
            phone = find_phone(_strip_urls(near))
            if phone:
                return phone
    return None


def _whole_phone(phone: str | None, head: list[Line]) -> str | None:
    """A number a narrow column broke in two ("+55 11" / "91234-5678"): the start joined back, from a
    line just above that ends on the start of a number, on the same left or right edge."""
    if not phone:
        return phone
    for i, ln in enumerate(head):
        if not ln.text.strip().endswith(phone) or not ln.top:
            continue
        for up in head[max(0, i - 2) : i]:
            start = re.search(r"(?:\+\s?\d{1,3}|\(\d{2,4}\))(?:[\s.\-]?\(?\d{1,4}\)?)*$", up.text.strip())
            edge = abs(up.x1 - ln.x1) <= 3.0 or abs(up.x0 - ln.x0) <= 3.0
            if start and edge and 0 < ln.top - up.top <= 3.0 * max(ln.size, 6.0):
                whole = find_phone(f"{start.group(0)} {phone}")
                return whole or phone
    return phone


def _strip_urls(text: str) -> str:
    return URL_RE.sub(" ", EMAIL_RE.sub(" ", text))


def _key(url: str) -> str:
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower()).rstrip("/")


def _dedupe_links(links: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for url in links:
        k = _key(url)
        if k and (k not in seen or (url.startswith("http") and not seen[k].startswith("http"))):
            seen[k] = url  # the full URL (from a link annotation) beats the text as printed
    return list(seen.values())


_CREDENTIALS_RE = re.compile(
    r",?\s+(?:Ph\.?D|MBA|M\.?S|B\.?S|CPA|PMP|P\.?E|MD|RN|CFA|PE|MSc|BSc|MA|BA|Esq|Jr|Sr|II|III)\.?$"
)


# Post-nominal letters after a name's commas ("Jane Doe, RN, BSN, CCRN", "Jane Doe, P.Eng."): each
# a short token of two capitals or more (not "Jane", not "Jr").
_POSTNOMINALS_RE = re.compile(r"(?:,\s*(?=(?:[a-z.]*[A-Z]){2})[A-Za-z.]{2,8})+$")


# A label after the name's comma that opens on a degree or credential ("PhD Candidate, Ecology",
# "MSc Student"): said of the person, no part of the name.
_CREDENTIAL_LEAD_RE = re.compile(
    r"\s*(?:Ph\.?\s?D|MBA|M\.?Sc|B\.?Sc|M\.?S|B\.?S|M\.?A|B\.?A|MD|RN|CPA|J\.?D|Ed\.?D)\.?\s"
)


# A name dressed as code or as a greeting: a lower-case word or two before it and brackets or
# operators after it ("class Jane Doe {", "const Jane Doe = {", "hello, Jane Doe").
_DRESSED_NAME_RE = re.compile(r"^(?:[a-z]+[,:]?\s+){1,2}(?P<name>[^\W\d_][^{}()<>=;#]*?)[\s{}()<>=;#]*$")


def _name_part(text: str) -> str:
    """The part of a line that can be a name: before "|" or "•" ("Jane Doe | Engineer"), without
    trailing credentials ("Jane Doe, PhD")."""
    dressed = _DRESSED_NAME_RE.match(text.strip())
    if dressed and _looks_like_name(dressed.group("name")) and len(dressed.group("name").split()) >= 2:
        return dressed.group("name")
    t = SEPARATORS_RE.split(text.strip())[0].strip()
    t = re.sub(r"\s+(?:=\s*)?[{(<\[]$", "", t)  # "Jane Doe {": the code keyword before it set on a row apart
    t = re.split(r"\s+[–—-]\s+", t)[0].strip()
    t = re.sub(r"\s*\((?:she|he|they|her|him|them|ze)\b[^)]*\)", "", t, flags=re.IGNORECASE)  # pronouns
    t = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(?=\S+\s)", "", t)  # "Dr. Jane Doe"
    for _ in range(2):
        t = _CREDENTIALS_RE.sub("", t).strip()
    lettered = _POSTNOMINALS_RE.search(t)
    if lettered and not t.isupper() and len(t[: lettered.start()].split()) >= 2:
        t = t[: lettered.start()]  # "Jane Doe, RN, BSN, CCRN"
    head, sep, rest = t.partition(",")
    if sep and (title_score(rest) > 0 or _CREDENTIAL_LEAD_RE.match(rest)) and _looks_like_name(head):
        return head.strip()  # "Jane Doe, Software Engineer", "Jane Doe, PhD Candidate, Ecology"
    return _after_prefix(t)


# Labels a template prints in front of the name ("PERSONAL INFORMATION Jane Doe").
_NAME_LABELS = frozenset(
    {
        "curriculum vitae",
        "europass",  # the EU's CV form prints its own name over the person's
        "resume",
        "résumé",
        "cv",
        "name",
        "full name",
        "personal data",
        "personal details",
        "personal information",
        "personal info",
        "contact details",
        "contact information",
    }
)
# "São Paulo, BR", "Austin, TX, US": a place ending on a region or country code.
_PLACE_CODE_RE = re.compile(r"^[^\W\d_][^\d,|@]*(?:,\s*[^\W\d_][^\d,|@]*)*,\s*[A-Z]{2,3}$")


def _after_prefix(text: str) -> str:
    """The name after a label or a place printed before it on its row: "PERSONAL INFORMATION Jane
    Doe", "Austin, TX, US Jane Doe" (a right-aligned name beside the address) -> "Jane Doe"."""
    words = text.split()
    for k in range(len(words) - 2, 0, -1):  # the longest prefix first: "Austin, TX, US", not "Austin,"
        left, right = " ".join(words[:k]), " ".join(words[k:])
        if not _looks_like_name(right) or right.isupper():
            continue
        label = left.rstrip(":").strip()
        if (left.isupper() or left.endswith(":")) and (heading_kind(label) or label.lower() in _NAME_LABELS):
            return right
        if not _looks_like_name(text) and (is_location(left.rstrip(",")) or _PLACE_CODE_RE.match(left)):
            return right
    return text


# Labels of a contact table's rows ("Name", "Address", "Phone" in one column, the values beside).
_ROW_LABELS = frozenset(
    "address phone mobile telephone tel email e-mail mail web website homepage location nationality "  # noqa: SIM905
    "birth born citizenship linkedin github".split()
)


def _label_row(text: str) -> bool:
    t = text.strip().rstrip(":").strip().lower()
    return t in _NAME_LABELS or t in _ROW_LABELS or t == "date of birth"


# The label of a form's name row ("Name / Surname", "Full name", "Surname(s) / First name(s)").
_NAME_ROW_RE = re.compile(
    r"(?i)^(?:(?:full|first|given|last|family)\s+)?(?:sur)?names?(?:\(s\))?(?:\s*/\s*\w+(?:\(s\))?)*\s*:?$"
)


def _name_beside_label(lines: list[Line]) -> str | None:
    """The name a CV form writes beside its "Name / Surname" label, in the value column on the
    label's row (a form whose name row the layout read apart from the header)."""
    for label in lines:
        if not (label.top and _NAME_ROW_RE.match(label.text.strip())):
            continue
        beside = [ln for ln in lines if ln.page == label.page and ln.x0 >= label.x1 and same_row(ln, label)]
        for ln in sorted(beside, key=lambda ln: ln.x0):
            if _looks_like_name(ln.text) and len(ln.text.split()) >= 2:
                return ln.text.strip()
    return None


def _find_name(head: list[Line]) -> str | None:
    candidates = [ln for ln in head if not _label_row(ln.text)][:8]
    if not candidates:
        return None
    # letter-spaced names split over two rows ("C h a n c h a l" / "S h a r m a")
    best: tuple[float, int, str] | None = None
    titled: tuple[float, int, str] | None = None  # a job title in large type ("Data Analyst")
    biggest = max(ln.size for ln in candidates)
    for i, ln in enumerate(candidates):
        text = _name_part(ln.text)
        if biggest and ln.size >= biggest:
            text = _unglued(text)
        if biggest and ln.size >= biggest and (len(text.split()) >= 2 or text.endswith("-")):
            text = _wrapped_name(candidates, i, text)
        if not _looks_like_name(text):
            continue
        if len(text.split()) == 1:
            nxt = _second_name_row(candidates, i)
            text = f"{text} {nxt}" if nxt else text
        if text.lower() in _NAME_LABELS:
            continue  # "CURRICULUM" / "VITAE": a label set in two rows, not a letter-spaced name
        if (len(text.split()) < 2 and len(candidates) > 1) or _place_with_code(text):
            continue
        score = (ln.size or 10) + (3 if ln.bold else 0) + (2 if ln.style_heading else 0) - i * 0.5
        if title_score(text) >= _TITLE_LIKE:
            titled = titled if titled and titled[0] >= score else (score, i, text)
        elif best is None or score > best[0]:
            best = (score, i, text)
    best = best or titled
    return best[2] if best else None


def _second_name_row(candidates: list[Line], i: int) -> str | None:
    """The rest of a name set over two rows in one size ("Ananya" / "Krishnamurthy"): the next line
    if it is one name word, or one under the first at its left edge with a contact item read
    between them (a phone printed beside the first row)."""
    ln = candidates[i]
    for k, other in enumerate(candidates[i + 1 : i + 4]):
        word = _name_part(other.text)
        if not (_looks_like_name(word) and len(word.split()) == 1 and abs(other.size - ln.size) < 0.5):
            continue
        if k == 0 or (ln.top and other.top > ln.top and abs(other.x0 - ln.x0) <= T.NAME_ROWS_ALIGN):
            return word
    return None


def _wrapped_name(candidates: list[Line], i: int, text: str) -> str:
    """A name in the page's largest type wrapped onto a second row ("Charmaine Tan" / "Wei Ling",
    "Marisol GUERRERO-" / "WATTS"): the row right under it, in the same size and weight, of one or
    two name words and no job title or place, starting at its left edge or centred under it. A row
    that goes on after the name ("Jane Doe, RN | Charge Nurse, ...") wraps something else."""
    ln = candidates[i]
    if not ln.text.strip().endswith(text.split()[-1]):
        return text
    for other in candidates[i + 1 : i + 4]:
        if not (ln.top and other.page == ln.page and _same_type(ln, other)):
            continue
        if not 0 < other.top - ln.top <= T.NAME_WRAP_ROW * max(ln.size, 6.0):
            continue
        centred = abs((other.x0 + other.x1) - (ln.x0 + ln.x1)) / 2 <= T.NAME_ROWS_ALIGN
        if not (abs(other.x0 - ln.x0) <= T.NAME_ROWS_ALIGN or centred):
            continue
        rest = _name_part(other.text)
        named = len(rest.split()) <= 2 and _looks_like_name(rest) and title_score(rest) == 0
        if not named or is_location(other.text):
            return text  # "Software Engineer", "Singapore": the row under the name says something else
        joined = f"{text}{rest}" if text.endswith("-") else f"{text} {rest}"
        return joined if _looks_like_name(joined) else text
    return text


def _same_type(a: Line, b: Line) -> bool:
    """Two rows set in one size and weight."""
    return abs(a.size - b.size) < 0.5 and a.bold == b.bold


# "MayaChen": a name in display type whose space the PDF does not draw (the words are set apart by
# kerning only); each part a capital and two or more small letters ("O’Connor" too), so "McKay" or
# "DeAndre" stay
_NAME_PART = r"[A-Z](?:[a-z]{2,}|['’][A-Z][a-z]+)"
_GLUED_NAME_RE = re.compile(rf"(?:{_NAME_PART}){{2,3}}")
_NAME_PREFIXES = frozenset({"Mac", "Van", "Von", "Del", "Della", "Der", "Des", "Ten", "Ter", "Fitz"})


def _unglued(text: str) -> str:
    """The largest line's single word split where a new name starts inside it: "MayaChen" ->
    "Maya Chen"; any other text as it is."""
    if not _GLUED_NAME_RE.fullmatch(text):
        return text
    parts = re.findall(_NAME_PART, text)
    return text if parts[0] in _NAME_PREFIXES else " ".join(parts)


def _place_with_code(text: str) -> bool:
    """ "Manchester GB", "Lyon FR": a city and its country code, stacked in a contact block."""
    words = text.split()
    code = len(words) >= 2 and re.fullmatch(r"[A-Z]{2,3}", words[-1])
    return bool(code) and is_location(" ".join(words[:-1]))


# A line reads as a job title, not a name, from this title score on (a title head noun and another
# title word: "Data Analyst" 2.0; a name that is also a trade, "Tom Cook", scores 1.0).
_TITLE_LIKE = 1.5


_LABEL_RE = re.compile(r"^(?:location|address|based in|city|lives? in)\s*[:\-]\s*", re.IGNORECASE)
_ADDRESS_RE = re.compile(
    r"^\d+[A-Za-z]?\s+[A-Za-z0-9 .'#-]+,\s*[A-Za-z .'-]+,\s*[A-Z]{2}(?:\s+\d{5}(?:-\d{4})?)?$"
)


def _find_location(head: list[Line], name: str | None) -> str | None:
    for ln in head[:12]:
        for piece in SEPARATORS_RE.split(ln.text):
            piece = _LABEL_RE.sub("", piece.strip()).strip().strip(",;")
            if not piece or piece == name or EMAIL_RE.search(piece):
                continue
            if is_location(piece) and piece.lower() not in {"remote", "hybrid"}:
                return piece
            if _ADDRESS_RE.match(piece):  # "123 Main St, Springfield, IL 62701": the address as written
                return piece
            # "Austin, TX 78701 (open to relocation)" — keep the place part
            m = re.match(r"^(.+?,\s*[A-Z]{2})\b", piece)
            if m and is_location(m.group(1)) and not find_phone(piece):
                return m.group(1)
    return None
