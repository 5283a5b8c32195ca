"""Word lists the field extractors use: job-title words, organisation words, places.

Kept apart from the code so they can be reviewed and extended on their own.
"""

from __future__ import annotations

import re
from importlib import resources


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _data_words(name: str) -> frozenset[str]:
    """The words of a bundled data file (one a line, "#" comments)."""
    text = (resources.files("resume_tailor") / "data" / name).read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


# Words that appear in job titles (any position).
TITLE_WORDS = _words(
    """
    accountant administrator adviser advisor agent ambassador analyst apprentice architect artist
    assistant associate attorney auditor barista captain cashier ceo cfo chair chairman chief cio
    clerk co-founder coach cofounder consultant contractor coo coordinator counselor cto dean
    designer developer devops director docent driver economist editor educator engineer engineering
    executive fellow founder freelance freelancer graduate guide head i ic ii iii instructor intern
    internship investigator iv jr junior lawyer lead leader lecturer librarian manager marketer
    marketing member mentor musician nurse officer operator organizer owner paralegal partner
    pharmacist physician planner postdoc postdoctoral president principal producer product professor
    programmer programmer/analyst ra recruiter representative research researcher resident sales
    scientist sde secretary senior server specialist sr sre staff statistician strategist student
    supervisor support swe ta teacher teaching technician tester therapist tlm trainee trainer
    treasurer tutor undergraduate vocalist volunteer vp writer
    """
)


# Words that end a job title (its head noun): the strongest title signal. The office roles here,
# and (TITLE_HEADS) with them the head nouns of the O*NET occupations and their alternate titles
# ("Translator", "Dispatcher", "Surveyor"), from data/title_heads.txt (scripts/build_title_heads.py).
OFFICE_TITLE_HEADS = _words(
    """
    accountant actuary administrator adviser advisor agent ambassador analyst apprentice architect
    artist assistant associate attorney auditor banker bookkeeper buyer captain cashier ceo cfo
    caterer chair chairman chef cio clerk co-founder coach cofounder consultant contractor coo cook
    coordinator counsellor counselor cto curator dean designer developer director docent driver
    economist editor educator electrician engineer executive fellow founder freelancer guard head i
    ii iii instructor intern investigator iv journalist lawyer lead leader lecturer librarian
    manager marketer mechanic member mentor musician nurse officer operator organizer owner
    paralegal partner pharmacist photographer physician pilot planner postdoc president principal
    producer professor programmer ra ranger receptionist recruiter reporter representative researcher
    resident scientist sde secretary specialist sre statistician strategist supervisor swe ta
    teacher technician tester therapist tlm trader trainee trainer treasurer tutor underwriter
    vocalist volunteer vp writer
    facilitator organiser moderator steward liaison delegate reviewer maintainer contributor
    """
)
TITLE_HEADS = OFFICE_TITLE_HEADS | _data_words("title_heads.txt")


# Head nouns of unpaid roles in a club, a charity or a community: a project list that holds one
# ("Food Bank, Volunteer Coordinator") holds an activity, not a project named after an organisation.
ACTIVITY_HEADS = _words(
    """
    ambassador captain chair chairman chairperson coordinator facilitator mentor moderator organiser
    organizer president steward treasurer tutor volunteer
    """
)


# An employer's legal form, as written after its name ("Acme Inc.", "Spreewerk GmbH", the continent's
# "S.A.", "B.V.", "S.p.A.", India's "Pvt. Ltd."). Written with their inner dots and without the
# closing one; LEGAL_FORM is the pattern of one of them (inner dots optional, no closing dot).
LEGAL_FORMS = tuple(
    _words("Inc Corp Co LLC LLP LP L.P Ltd Limited PLC plc Pvt Pty GmbH AG KG S.A SA SAS S.p.A SpA S.r.l")
    | _words("B.V BV N.V NV Oy ApS")
)
_LONGEST_FIRST = sorted(LEGAL_FORMS, key=lambda form: (-len(form), form))
LEGAL_FORM = "(?:" + "|".join(re.escape(form).replace(r"\.", r"\.?") for form in _LONGEST_FIRST) + ")"
# the legal forms as the word lists hold words: lower case, with and without their inner dots
LEGAL_FORM_WORDS = frozenset(f.lower() for f in LEGAL_FORMS) | frozenset(
    f.lower().replace(".", "") for f in LEGAL_FORMS
)


# Words that appear in organisation names.
COMPANY_WORDS = (
    _words(
        """
    agency airlines amazon analytics apple army association bank capital center centre city
    club college company consulting corporation council county department energy enterprises
    facebook federal force foundation games global google government group health holdings
    hospital ibm industries institute insurance international lab labs media
    meta microsoft ministry motors navy netflix networks oracle partners pharma program
    publishing restaurant robotics school services society software solutions startup state
    store studio studios systems technologies technology university ventures video
    """
    )
    | LEGAL_FORM_WORDS
)


# Fields of work a role names after a comma ("Analyst, Credit Risk", "Manager, Strategy &
# Operations", "Working Student, Software Development"): a qualifier of the role, not an employer.
BUSINESS_AREAS = _words(
    """
    accounting acquisition acquisitions analytics assurance audit brand business care client
    communications compliance content credit customer data design development digital finance
    financial growth hr infrastructure insights investment legal lending marketing mortgage
    operations partnerships payments people platform policy portfolio pricing procurement product
    quality recruiting recruitment regulatory relations research revenue risk sales security
    software sourcing strategy success supply tax talent technology trading treasury underwriting
    wealth
    """
)


# Words that end an organisation name (legal suffixes, kinds of organisation); "Self-employed"
# fills the employer's place of a role of one's own.
COMPANY_HEADS = (
    _words(
        """
    academy agency airlines analytics association bank bureau cafe capital center centre
    chorale church clinic club college company conservatory consulting corporation council
    department enterprises factory firm foundation fund games group health holdings hospital
    hotel industries institute insurance international lab labs library
    logistics media ministry motors museum networks office opera partners program programme
    publishing restaurant retail robotics school services society software solutions store
    studio studios systems technologies technology trust university ventures works
    self-employed
    """
    )
    | LEGAL_FORM_WORDS
)


# Countries, US states and regions written as one word.
PLACES = _words(
    """
    alabama alaska alberta argentina arizona arkansas australia austria bangladesh belgium brazil
    bulgaria california canada chile china colombia colorado connecticut croatia czechia delaware
    denmark egypt england estonia ethiopia finland florida france georgia germany ghana greece
    hawaii hungary iceland idaho illinois india indiana indonesia iowa ireland israel italy japan
    kansas kentucky kenya korea latvia lithuania louisiana luxembourg maine malaysia maryland
    massachusetts mexico michigan minnesota mississippi missouri montana morocco nebraska nepal
    netherlands nevada nigeria norway ohio oklahoma ontario oregon pakistan pennsylvania peru
    philippines poland portugal qatar quebec remote romania russia s.korea scotland serbia singapore
    slovakia slovenia spain sweden switzerland taiwan tennessee texas thailand turkey u.k. u.s.
    u.s.a u.s.a. uae uk ukraine uruguay us usa utah vermont vietnam virginia wales washington
    wisconsin wyoming
    afghanistan albania algeria andorra angola armenia azerbaijan bahamas bahrain barbados belarus
    benin bhutan bolivia botswana brunei burundi cambodia cameroon cyprus djibouti ecuador eritrea
    eswatini fiji gabon gambia guatemala guyana haiti honduras iran iraq jamaica kazakhstan kosovo
    kuwait kyrgyzstan laos lebanon lesotho liberia libya liechtenstein madagascar malawi maldives
    malta mauritania mauritius moldova monaco mongolia montenegro mozambique myanmar namibia
    nicaragua oman palestine panama paraguay rwanda senegal somalia sudan suriname syria tajikistan
    tanzania togo tunisia turkmenistan uganda uzbekistan venezuela yemen zambia zimbabwe
    queensland tasmania
    """
)
# (countries that are also common first names, "Jordan", "Chad", are left out on purpose: a
# place list that knew them would take people for places)


# US state, Canadian province and Australian state codes (ST is the template placeholder).
US_STATES = _words(
    """
    AB AK AL AR AZ BC CA CO CT DC DE FL GA HI IA ID IL IN KS KY LA MA MD ME MI MN MO MS MT NC ND NE
    NH NJ NM NV NY OH OK ON OR PA QC RI SC SD ST TN TX UT VA VT WA WI WV WY
    NSW QLD VIC TAS
    """
)


# Places written as several words.
PLACE_PHRASES = frozenset(
    {
        "british columbia",
        "costa rica",
        "czech republic",
        "district of columbia",
        "hong kong",
        "new hampshire",
        "new jersey",
        "new mexico",
        "new south wales",
        "northern territory",
        "south australia",
        "western australia",
        "new york",
        "new zealand",
        "north carolina",
        "north dakota",
        "northern ireland",
        "rhode island",
        "saudi arabia",
        "south africa",
        "south carolina",
        "south dakota",
        "south korea",
        "sri lanka",
        "united arab emirates",
        "united kingdom",
        "united states",
        "west virginia",
    }
)
ALL_PLACES = PLACES | PLACE_PHRASES


# Large cities that resumes name without a region ("London", "Bengaluru", "NYC").
CITIES = _words(
    """
    london paris berlin munich hamburg amsterdam rotterdam dublin madrid barcelona lisbon rome milan
    zurich geneva vienna prague warsaw krakow stockholm copenhagen oslo helsinki brussels edinburgh
    manchester toronto vancouver montreal ottawa calgary sydney melbourne brisbane auckland singapore
    tokyo osaka seoul beijing shanghai shenzhen taipei bangkok jakarta manila dubai doha riyadh
    bengaluru bangalore hyderabad mumbai pune chennai delhi gurgaon gurugram noida kolkata karachi
    lahore dhaka nairobi lagos cairo johannesburg capetown istanbul tel-aviv telaviv mexico-city
    sao-paulo buenos-aires bogota santiago lima nyc sf seattle austin boston chicago denver atlanta
    portland miami dallas houston phoenix philadelphia pittsburgh detroit minneapolis nashville
    """
)
CITY_PHRASES = frozenset(
    {
        "new york",
        "new york city",
        "san francisco",
        "los angeles",
        "san diego",
        "san jose",
        "washington dc",
        "washington d.c.",
        "salt lake city",
        "tel aviv",
        "mexico city",
        "sao paulo",
        "são paulo",
        "buenos aires",
        "cape town",
        "hong kong",
        "kuala lumpur",
        "ho chi minh city",
        "new delhi",
    }
)

# Towns whose names hold a word that usually names an organisation ("College", "University"): a
# place all the same ("College Station, TX"), never an employer or a school.
TOWNS_NAMED_LIKE_ORGANISATIONS = frozenset(
    {"college station", "college park", "university park", "university place", "university city"}
)


# Product names that are followed by a version year ("SharePoint 2013", "SQL Server 2019"): the year
# names a release, not a date of the resume.
VERSIONED_PRODUCTS = _words(
    """
    server studio office windows sharepoint exchange dynamics excel visio outlook autocad revit biztalk
    navision sql ssis ssrs ssas tfs crm ax nav lync skype teams foundation powerpoint onenote
    """
)


# Past-tense action verbs that do not end in "-ed": a bullet opening with one, capitalised, is a new
# item even right under a full line (a wrapped line never starts with one).
IRREGULAR_PAST_VERBS = _words(
    """
    began became bought brought built caught chose cut dealt did drew drove dug fed felt flew fought
    found gave got grew held hit kept laid led left lost made met oversaw overcame paid put ran
    rebuilt reset rewrote sent set shrank sold sought spent split spoke spun stood struck swept
    taught thought threw told took understood undertook upheld won withdrew wrote
    """
)

# Present-tense action verbs that open achievements written in the present ("Maintain the
# donation database", "Lead a team of seven"); the same role as above for the current job.
PRESENT_ACTION_VERBS = _words(
    """
    advise analyze analyse architect assess audit automate build coach conduct cook coordinate create
    define deliver deploy design develop direct draft drive establish facilitate guide handle
    implement improve keep lead maintain manage mentor monitor negotiate operate organize organise
    oversee own plan prepare present produce provide publish recruit resolve review run schedule sell
    serve supervise support teach test track train write
    """
)


# Compounds a resume writes with a hyphen that a line may break at ("Part-" / "time)",
# "Self-" / "employed"): the hyphen stays when the two halves are joined again.
HYPHENATED_COMPOUNDS = _words(
    """
    part-time full-time self-employed co-founder co-op non-profit on-site full-stack front-end
    back-end e-commerce end-to-end high-school start-up follow-up cross-functional
    """
)


_LEGAL_FORM_RE = re.compile(rf"{LEGAL_FORM}\.?")
_LEGAL_FORMS_CAPS = frozenset(form.upper().replace(".", "") for form in LEGAL_FORMS)


def is_legal_form(word: str) -> bool:
    """``word`` is a legal form as written, or in capitals ("Inc.", "S.A.", "LTD"; not "Spa")."""
    caps = word.isupper() and word.rstrip(".").replace(".", "") in _LEGAL_FORMS_CAPS
    return caps or _LEGAL_FORM_RE.fullmatch(word) is not None


# The word a Romance language joins a name's head to what it is of ("Chef de Partie", "Hôtel du Lac",
# "Banco Solidário de" / "Valmar"): a line never ends on one.
ROMANCE_OF_WORDS = _words("de du des del della di da do dos das")

# Role nouns of French, Italian and Portuguese titles, accents dropped: the title's head comes first
# ("Analyste Financier", "Responsabile Commerciale", "Enfermeira Chefe") or before its "de"
# ("Gerente de Projetos", "Ingegnere del Software").
ROMANCE_ROLE_NOUNS = _words(
    """
    analyste analista gerente capo responsabile responsable ingenieur ingegnere engenheiro engenheira
    developpeur developpeuse sviluppatore desenvolvedor desenvolvedora programmatore programador
    programadora infirmier infirmiere infermiere infermiera enfermeira enfermeiro conseiller
    conseillere consulente consultor consultora comptable contabile contador contadora vendeur
    vendeuse venditore venditrice stagiaire tirocinante estagiario estagiaria gestionnaire directeur
    directrice direttore direttrice diretor diretora technicien technicienne tecnico assistente
    coordinatore coordinatrice coordenador coordenadora professeur docente avocat avvocato advogado
    advogada
    """
)
# German role nouns, alone or ending a compound ("Softwareentwickler", "Projektleiterin",
# "Vertriebsmitarbeiter", "Maschinenbauingenieur"), accents dropped.
GERMAN_ROLE_NOUNS = tuple(
    _words(
        """
        entwickler entwicklerin leiter leiterin ingenieur ingenieurin mitarbeiter mitarbeiterin berater
        beraterin referent referentin sachbearbeiter sachbearbeiterin techniker technikerin werkstudent
        werkstudentin praktikant praktikantin assistent assistentin geschaftsfuhrer geschaftsfuhrerin
        pfleger pflegerin
        """
    )
)
