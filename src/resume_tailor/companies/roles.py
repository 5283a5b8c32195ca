"""The shared taxonomy of role families, and classifying a job title into one of them.

Profiles may list their own ``role_families`` (to rename a family or add title keywords); the
generated demand files (``scripts/build_demand.py``) use this taxonomy, and a profile without role
families of its own falls back to it. A keyword matches whole words; the longest matching keyword
wins, so "data engineer" beats "engineer" and "product marketing" beats "marketing".
"""

from __future__ import annotations

import re
from dataclasses import replace

from resume_tailor.models import CompanyProfile, RoleFamily

# (id, name, title keywords). Order breaks ties between equally long keywords.
_TAXONOMY: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "software_engineering",
        "Software engineering",
        (
            "software engineer", "software engineering", "software developer", "software development",
            "software dev engineer", "sde", "swe", "developer", "programmer", "engineer", "engineering",
            "full stack", "fullstack", "applications engineer",
            "developer advocate", "developer relations", "test engineer", "engineering manager",
            "tech lead", "technical lead", "compiler", "kernel", "firmware", "embedded software",
        ),
    ),
    (
        "front_end",
        "Front-end engineering",
        (
            "front end", "frontend", "front-end", "front end engineer", "frontend engineer",
            "front end developer", "frontend developer", "ui engineer", "web engineer", "web developer",
            "ui developer", "javascript engineer", "javascript developer",
        ),
    ),
    (
        "back_end",
        "Back-end engineering",
        (
            "back end", "backend", "back-end", "back end engineer", "backend engineer", "backend developer",
            "server engineer", "api engineer", "distributed systems engineer", "payments engineer",
        ),
    ),
    (
        "mobile",
        "Mobile engineering",
        (
            "ios", "android", "mobile", "mobile engineer", "mobile developer", "ios engineer",
            "ios developer", "android engineer", "android developer", "mobile software engineer",
        ),
    ),
    (
        "data_science_ml",
        "Data science, analytics and machine learning",
        (
            "data scientist", "data science", "machine learning", "ml", "ai", "genai",
            "research scientist", "applied scientist", "scientist", "data analyst", "analytics",
            "quantitative", "statistician",
            "deep learning", "computer vision", "nlp", "llm", "recommendation",
            "recommendations", "personalization", "economist", "insights",
        ),
    ),
    # Engineers who build and run models: their postings ask for Java, Scala and serving systems, which
    # told data scientists to add an engineer's stack when the two were one family.
    (
        "ml_engineering",
        "Machine learning engineering",
        (
            "machine learning engineer", "machine learning engineering", "ml engineer", "ml engineering",
            "research engineer", "algorithms engineer", "algorithms engineering", "ai engineer",
            "applied ml engineer", "deep learning engineer", "computer vision engineer", "nlp engineer",
            "mlops", "ml ops", "ml infrastructure", "ml platform", "ml systems",
            "machine learning infrastructure", "machine learning platform", "machine learning systems",
        ),
    ),
    # Data engineers build pipelines and platforms: their postings ask for Java, Scala, Spark, Flink and
    # Kafka, which told data scientists and analysts to add an engineer's stack when the two were one family.
    (
        "data_engineering",
        "Data engineering",
        (
            "data engineer", "data engineering", "analytics engineer", "big data engineer", "etl developer",
            "etl engineer", "data platform engineer", "data warehouse engineer", "data pipeline engineer",
            "data infrastructure engineer", "data engineering manager",
        ),
    ),
    # Product managers and (technical) program managers are separate families: their postings ask
    # for different things (TPM postings ask for project management, software testing, hardware
    # engineering), and mixing them told product managers to add a program manager's skills.
    (
        "product_management",
        "Product management",
        (
            "product manager", "product management", "product lead", "group product manager",
            "product owner", "product operations", "product director", "director of product",
        ),
    ),
    (
        "program_management",
        "Program and project management",
        (
            "program manager", "technical program manager", "tpm", "project manager",
            "program management", "project management", "release manager", "delivery manager",
        ),
    ),
    (
        "design",
        "Design and user research",
        (
            "designer", "design", "ux", "ui designer", "user experience", "user researcher",
            "ux researcher", "user research", "interaction designer", "visual designer",
            "content designer", "product design", "creative director", "art director", "illustrator",
            "motion designer", "brand designer", "ux writer", "content strategist", "ux content",
            "design technologist", "prototyper",
        ),
    ),
    (
        "infrastructure_sre",
        "Infrastructure, SRE and networking",
        (
            "site reliability engineer", "site reliability", "sre", "production engineer",
            "network engineer", "network",
            "networking", "infrastructure", "devops", "systems engineer", "system engineer",
            "data center", "datacenter", "cloud engineer", "platform engineer", "reliability",
            "systems administrator", "storage engineer", "capacity", "cloud infrastructure",
            "observability", "database engineer", "systems",
        ),
    ),
    (
        "security",
        "Security and privacy",
        (
            "security", "security engineer", "privacy", "privacy engineer", "threat", "cyber",
            "cybersecurity", "information security", "offensive security", "detection", "incident response",
            "trust and safety", "integrity", "risk", "compliance", "fraud",
        ),
    ),
    (
        "hardware",
        "Hardware engineering",
        (
            "hardware", "hardware engineer", "silicon", "asic", "soc", "fpga", "electrical engineer",
            "mechanical engineer",
            # an engineering discipline anywhere in a title ("Team Lead, E-Drive Mechanical Design")
            "mechanical", "electrical", "mechatronics", "electronics",
            "rf", "antenna", "optical", "display", "camera", "sensor",
            "validation engineer", "manufacturing", "supply chain", "supplier", "npi", "thermal",
            "physical design", "analog", "circuit", "packaging engineer", "reliability engineer",
        ),
    ),
    (
        "solutions_customer_engineering",
        "Solutions, customer and technical support engineering",
        (
            "solutions architect", "solutions engineer", "solution architect", "customer engineer",
            "technical solutions", "technical account manager", "support engineer", "technical support",
            "consultant", "professional services", "partner engineer", "sales engineer",
            "implementation", "deployment engineer", "technical writer", "technical specialist",
            "migration architect", "cloud architect", "hpc specialist", "technical trainer",
            "customer experience", "support", "technical services", "solutions", "architect",
        ),
    ),
    (
        "sales_marketing",
        "Sales, partnerships and marketing",
        (
            "sales", "account manager", "account executive", "account strategist", "marketing",
            "product marketing", "marketing manager", "partner", "partnerships", "partnership",
            "business development", "brand", "communications", "public relations", "social media",
            "growth marketing", "advertising", "media", "campaign", "customer success", "agency",
            "channel", "demand generation", "go to market", "gtm", "events", "go-to-market",
            "customer development", "industry manager", "analytical lead", "search specialist",
            "product specialist", "head of government", "pr manager", "pr", "marcomms", "influencer",
            "social", "growth", "sales development", "business manager", "account management",
        ),
    ),
    (
        "business_operations",
        "Business, finance, legal and people operations",
        (
            "finance", "financial", "accountant", "accounting", "tax", "treasury", "audit", "legal",
            "counsel", "attorney", "paralegal", "recruiter", "recruiting", "sourcer", "people",
            "human resources", "hr", "talent", "operations", "business analyst", "strategy",
            "business operations", "program specialist", "analyst", "administrative", "assistant",
            "executive assistant", "policy", "public policy", "real estate", "facilities", "workplace",
            "procurement", "payroll", "benefits", "compensation", "learning and development",
            "controller", "trader", "investment", "deal manager", "vendor manager", "contracts manager",
            "business intern", "mba intern", "intern", "internal controls", "sox", "program specialist",
            "business systems", "it", "helpdesk", "trainer", "curriculum", "instructional designer",
            "chief of staff", "coordinator", "specialist", "people consultant", "people partner",
            "business partner", "hrbp", "investigator", "teacher", "staffing",
        ),
    ),
    (
        "content_production",
        "Content, studio and production",
        (
            "content", "production", "producer", "post production", "studio", "editorial", "editor",
            "writer", "localization", "dubbing", "subtitle", "creative", "animation", "vfx",
            "visual effects", "scripted", "unscripted", "games", "game designer", "publicity",
            "talent relations", "music", "licensing", "programming", "original series", "film",
        ),
    ),
)


# Catch-all keywords: they lose ties against a specific keyword of the same length.
_GENERIC = frozenset({"engineer", "engineering", "developer", "specialist", "intern", "support", "solutions",
                      "architect", "coordinator", "analyst", "operations", "partner", "systems", "network",
                      "content", "design", "production", "creative", "programming", "consultant"})


def default_role_families() -> list[RoleFamily]:
    """The shared taxonomy as fresh :class:`RoleFamily` objects (no skill demand)."""
    return [RoleFamily(id=i, name=n, title_keywords=list(k)) for i, n, k in _TAXONOMY]


def _words(text: str) -> str:
    return re.sub(r"[^a-z0-9+#]+", " ", text.casefold()).strip()


def classify_title(title: str | None, families: list[RoleFamily]) -> RoleFamily | None:
    """The family whose title keywords best match ``title`` (longest whole-word keyword), or None.

    >>> classify_title("Senior Data Scientist, Ads", default_role_families()).id
    'data_science_ml'
    """
    if not title:
        return None
    # the role comes first, the team after it: "Product Manager, ML Platform" is product management,
    # "Associate, Finance - Studio Infrastructure" business operations; but a generic engineering
    # role takes its specialty from the team ("Software Engineer, Machine Learning")
    parts = _TITLE_PARTS.split(title)
    for n, part in enumerate(parts):
        family = _best_family(part, families)
        if family is not None and family.id == GENERIC_SOFTWARE:
            team = _best_family(" ".join(parts[n + 1 :]), families)
            if team is not None and team.id in ENGINEER_ON_TEAM:
                team = next((f for f in families if f.id == ENGINEER_ON_TEAM[team.id]), team)
            return team if team is not None and team.id in ENGINEERING_SPECIALTIES else family
        if family is not None:
            return family
    return _best_family(title, families)


_TITLE_PARTS = re.compile(r"\s*(?:,|\s[-–—|]\s|\(|\)|:)\s*")
# an engineer on a team of this family does the engineering side of its work: a software engineer on a
# model team builds the models' systems
ENGINEER_ON_TEAM = {"data_science_ml": "ml_engineering"}
# what a generic engineering title may be narrowed to by the rest of the title
ENGINEERING_SPECIALTIES = frozenset(
    {"front_end", "back_end", "mobile", "data_science_ml", "ml_engineering", "infrastructure_sre", "security",
     "hardware"}
)


def _best_family(title: str, families: list[RoleFamily]) -> RoleFamily | None:
    text = f" {_words(title)} "
    best: tuple[int, int, int] | None = None
    chosen: RoleFamily | None = None
    for index, family in enumerate(families):
        for keyword in family.title_keywords:
            words = _words(keyword)
            if words and f" {words} " in text:
                rank = (words not in _GENERIC, len(words), -index)
                if best is None or rank > best:
                    best, chosen = rank, family
    return chosen


# What a generic software title does, told by its skills: a "Software Engineer" whose resume or
# posting names these is asked what front-end, back-end or mobile postings ask (in this order on ties).
SPECIALTY_SKILLS: dict[str, frozenset[str]] = {
    "front_end": frozenset(
        {"react", "angular", "vue js", "css", "html", "redux", "next js", "webpack", "svelte", "sass",
         "jquery", "front end development", "web accessibility", "tailwind css"}
    ),
    "mobile": frozenset(
        {"swift", "kotlin", "ios", "android", "objective c", "react native", "flutter", "swiftui",
         "jetpack compose", "xcode", "mobile development", "android sdk", "ios sdk"}
    ),
    "back_end": frozenset(
        {"java", "go", "c#", "ruby", "php", "node js", "django", "spring", "flask", "postgresql", "mysql",
         "redis", "apache kafka", "kafka", "microservices", "rest", "grpc", "dynamodb",
         "back end development", "scala", "rust", "ruby on rails", "spring boot", "amazon sqs", "rabbitmq",
         "cassandra", "mongodb"}
    ),
}
MIN_SPECIALTY_SKILLS = 2  # fewer signature skills leave a generic title generic
GENERIC_SOFTWARE = "software_engineering"


def specialty(skills: list[str]) -> str | None:
    """The software specialty ("front_end", "back_end", "mobile") a list of skill names points to.

    >>> specialty(["React", "CSS", "TypeScript"]), specialty(["Go", "PostgreSQL"]), specialty(["Git"])
    ('front_end', 'back_end', None)
    """
    names = {_words(s) for s in skills}
    counts = {family: len(names & signature) for family, signature in SPECIALTY_SKILLS.items()}
    best = max(counts, key=lambda f: counts[f])
    return best if counts[best] >= MIN_SPECIALTY_SKILLS else None


def refine_family(
    family: RoleFamily | None, skills: list[str], families: list[RoleFamily]
) -> RoleFamily | None:
    """A generic software family narrowed to the specialty its skills show, when ``families`` has it
    with demand of its own; any other family is returned as it is."""
    if family is None or family.id != GENERIC_SOFTWARE:
        return family
    wanted = specialty(skills)
    narrower = next((f for f in families if f.id == wanted and f.skills), None)
    return narrower or family


def effective_role_families(profile: CompanyProfile) -> list[RoleFamily]:
    """The profile's role families with the shared taxonomy's keywords added to each (by id), followed
    by the taxonomy families the profile does not list. Used to classify job titles."""
    shared = {f.id: f for f in default_role_families()}
    families: list[RoleFamily] = []
    for family in profile.role_families:
        extra = shared.pop(family.id, None)
        keywords = list(dict.fromkeys([*family.title_keywords, *(extra.title_keywords if extra else [])]))
        families.append(replace(family, title_keywords=keywords))
    return families + list(shared.values())


def role_family_for_title(profile: CompanyProfile, title: str | None) -> RoleFamily | None:
    """The role family of a job title: the profile's own families first, then the shared taxonomy.

    The family returned is the profile's (with its skill demand) when it lists that id.

    >>> role_family_for_title(load_profile("google"), "Senior Data Scientist").id
    'data_science_ml'
    """
    found = classify_title(title, effective_role_families(profile))
    return None if found is None else profile_family(profile, found)


def profile_family(profile: CompanyProfile, family: RoleFamily) -> RoleFamily:
    """The profile's own family of ``family``'s id (it carries the company's skill demand), else
    ``family`` itself (a family of the shared taxonomy the profile does not list)."""
    return next((f for f in profile.role_families if f.id == family.id), family)
