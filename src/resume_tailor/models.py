"""The data model of resume-tailor: plain typed data, no I/O.

Every stage of the pipeline takes and returns these objects::

    resume file -> Resume -> (skills) -> Resume with skills
    profile YAML -> CompanyProfile;  posting -> JobPosting
    match(Resume, CompanyProfile, JobPosting | None) -> Report

Dates are strings: ISO ``YYYY-MM`` or ``YYYY``; an entry's ``end`` is ``"present"`` for a current
role and ``None`` when unknown. Scores are floats from 0 to 100 unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# ---------------------------------------------------------------------------
# Resume
# ---------------------------------------------------------------------------

SECTION_KINDS = (
    "contact",
    "summary",
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "awards",
    "publications",
    "leadership",
    "volunteering",
    "languages",
    "interests",
    "other",
)


@dataclass
class Contact:
    """Who the resume is about and how to reach them."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    location: str | None = None
    links: list[str] = field(default_factory=list)


@dataclass
class Section:
    """A headed block of the resume, in reading order.

    ``kind`` is one of :data:`SECTION_KINDS` (unknown headings are ``"other"`` and keep their
    heading); ``lines`` are the section's lines in reading order, ``text`` is them joined.
    """

    kind: str
    heading: str
    text: str
    lines: list[str] = field(default_factory=list)
    page: int | None = None


@dataclass
class Bullet:
    """One achievement line (wrapped lines already joined) with where it came from."""

    text: str
    section: str = "experience"  # the kind of section the bullet sits in
    entry_index: int | None = None  # index into the list its entry is in (experience, projects, activities)
    page: int | None = None


@dataclass
class Entry:
    """One role (experience), one project, or one activity (leadership, volunteering, extracurricular).

    ``section`` is the heading of the section the entry was read from ("Leadership", "Volunteering");
    ``fields`` holds labelled lines inside the entry ("Client": "Acme Bank", "Environment": "Java").
    """

    title: str | None = None
    company: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    dates_text: str | None = None
    bullets: list[Bullet] = field(default_factory=list)
    kind: str = "experience"  # "experience" | "project" | "leadership" | "volunteering" | "activity"
    months: int | None = None  # duration, when both ends are known ("present" = today)
    section: str | None = None
    fields: dict[str, str] = field(default_factory=dict)


@dataclass
class Education:
    """One degree or programme."""

    degree: str | None = None
    field: str | None = None
    institution: str | None = None
    location: str | None = None
    start: str | None = None
    end: str | None = None
    gpa: str | None = None
    dates_text: str | None = None


@dataclass
class SkillMention:
    """A skill found in a piece of text, with character offsets into that text."""

    name: str  # canonical name, e.g. "Kubernetes"
    text: str  # as written, e.g. "k8s"
    start: int
    end: int
    category: str  # see skills.taxonomy.CATEGORIES
    soft: bool = False


@dataclass
class Skill:
    """A skill of the resume as a whole: where it is listed, where it is demonstrated."""

    name: str
    category: str
    listed: bool = False  # appears in a skills section or list
    demonstrated: bool = False  # appears in an experience or project bullet
    evidence: list[str] = field(default_factory=list)  # the resume lines that mention it
    years: float | None = None  # from the dates of the entries where it is demonstrated
    soft: bool = False


@dataclass
class Resume:
    """A parsed resume. ``skills`` is empty until the skills stage fills it."""

    contact: Contact = field(default_factory=Contact)
    sections: list[Section] = field(default_factory=list)
    experience: list[Entry] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    projects: list[Entry] = field(default_factory=list)
    activities: list[Entry] = field(default_factory=list)  # leadership, volunteering, extracurricular
    certifications: list[str] = field(default_factory=list)
    skills: list[Skill] = field(default_factory=list)
    text: str = ""  # the whole resume in reading order
    source: str | None = None  # file name (never the content) for messages
    file_type: str | None = None  # "pdf" | "docx" | "text"
    pages: int = 1
    columns: int = 1  # the most columns seen on any page
    total_years: float | None = None  # from the experience entries' dates, overlaps counted once
    stated_years: float | None = None  # the resume's own figure ("10+ years of experience")
    warnings: list[str] = field(default_factory=list)

    def bullets(self) -> list[Bullet]:
        """Every experience, project and activity bullet: the evidence the matcher reads."""
        return [b for e in (*self.experience, *self.projects, *self.activities) for b in e.bullets]

    def years_disagree(self, tolerance: float = 2.0) -> bool:
        """True when the stated figure and the dated entries differ by more than ``tolerance`` years."""
        if self.stated_years is None or self.total_years is None:
            return False
        return abs(self.stated_years - self.total_years) > tolerance

    def years_of_experience(self) -> float | None:
        """The years to write about the person: the stated figure when the dates disagree with it
        by more than two years (dates miss unlisted early roles), else the years from the dates.

        >>> Resume(total_years=3.0, stated_years=10.0).years_of_experience()
        10.0
        >>> Resume(total_years=9.2, stated_years=10.0).years_of_experience()
        9.2
        """
        if self.total_years is None or self.years_disagree():
            return self.stated_years if self.stated_years is not None else self.total_years
        return self.total_years


# ---------------------------------------------------------------------------
# Companies
# ---------------------------------------------------------------------------


@dataclass
class SourceRef:
    """Where a fact came from and when it was read."""

    url: str
    retrieved: str  # ISO date
    note: str | None = None


@dataclass
class Value:
    """One company value and what evidence of it looks like in a resume bullet."""

    id: str  # snake_case, e.g. "customer_obsession"
    name: str
    summary: str
    signals: list[str] = field(default_factory=list)
    anti_signals: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    resume_tips: list[str] = field(default_factory=list)
    historical: bool = False  # kept for reference; not scored
    source: SourceRef | None = None


@dataclass
class SkillDemand:
    """Share (0..1) of a role family's postings that ask for a skill."""

    skill: str
    share: float
    required: float = 0.0
    preferred: float = 0.0


@dataclass
class RoleFamily:
    """A family of roles (software engineering, data science...) and the skills its postings ask for."""

    id: str
    name: str
    title_keywords: list[str] = field(default_factory=list)
    postings: int = 0
    skills: list[SkillDemand] = field(default_factory=list)
    source: SourceRef | None = None


@dataclass
class InterviewProcess:
    """Facts about how the company interviews."""

    format: str = ""
    rounds: list[str] = field(default_factory=list)
    assessed: list[str] = field(default_factory=list)
    tips: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)


@dataclass
class ScoringWeights:
    """How much the company stresses each score component (normalised when used)."""

    skills: float = 0.30
    values: float = 0.25
    competencies: float = 0.15
    impact: float = 0.20
    ats: float = 0.10


@dataclass
class ValueWeights:
    """How much each value or interview competency weighs in the company's interviews (0..1), and why.

    Ids not listed weigh ``default``. Profiles without this field weigh every value equally.
    """

    weights: dict[str, float]
    source: SourceRef
    default: float = 0.5

    def of(self, value_id: str) -> float:
        """The weight of ``value_id`` (``default`` when the profile does not list it)."""
        return self.weights.get(value_id, self.default)


@dataclass
class CompanyProfile:
    """A reviewed, sourced profile of one employer."""

    id: str
    name: str
    careers_url: str | None = None
    values_url: str | None = None
    values: list[Value] = field(default_factory=list)
    interview: InterviewProcess = field(default_factory=InterviewProcess)
    resume_conventions: list[str] = field(default_factory=list)
    role_families: list[RoleFamily] = field(default_factory=list)
    weights: ScoringWeights = field(default_factory=ScoringWeights)
    questions_to_ask: list[str] = field(default_factory=list)
    sources: list[SourceRef] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)  # other names the company goes by
    principles: list[Value] = field(default_factory=list)  # philosophy shown as context, not scored
    value_weights: ValueWeights | None = None  # how much each value weighs in its interviews
    path: str | None = None  # file it was loaded from

    def current_values(self) -> list[Value]:
        """The values that are scored (historical ones excluded)."""
        return [v for v in self.values if not v.historical]


# ---------------------------------------------------------------------------
# Job postings
# ---------------------------------------------------------------------------


@dataclass
class Requirement:
    """One qualification line of a posting."""

    text: str
    required: bool = True
    skills: list[str] = field(default_factory=list)  # canonical skill names
    years: float | None = None
    degree: str | None = None  # e.g. "bachelor", "master", "phd"


@dataclass
class JobPosting:
    """A job posting split into its parts."""

    title: str | None = None
    company: str | None = None
    location: str | None = None
    url: str | None = None
    id: str | None = None
    responsibilities: list[str] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    degree: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    description: str = ""

    @property
    def required(self) -> list[Requirement]:
        """Minimum / basic qualifications."""
        return [r for r in self.requirements if r.required]

    @property
    def preferred(self) -> list[Requirement]:
        """Preferred / nice-to-have qualifications."""
        return [r for r in self.requirements if not r.required]


# ---------------------------------------------------------------------------
# Match results
# ---------------------------------------------------------------------------


@dataclass
class Evidence:
    """A resume line (or profile/posting words) that produced part of a score."""

    text: str
    strength: float = 1.0  # 0..1
    reason: str = ""


#: The ids of the five score components, in the matcher's order (profiles weigh them, reports show them).
COMPONENT_IDS = ("skills", "values", "competencies", "impact", "ats")


@dataclass
class Component:
    """One part of the total score, with its evidence."""

    id: str  # one of COMPONENT_IDS
    name: str
    score: float  # 0..100
    weight: float  # normalised, the weights sum to 1
    reasons: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # "scored", or "unknown": no data to judge it (weight 0, left out of the total, reason first)
    status: str = "scored"
    raw: float | None = None  # the uncalibrated 0..100 score, when ``score`` is calibrated


@dataclass
class Score:
    """The total (0..100), its band, and the components it is made of."""

    total: float
    band: str
    components: list[Component] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)


@dataclass
class Assessment:
    """How well the resume evidences one company value or one interview competency."""

    id: str
    name: str
    score: float  # 0..100
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class BulletAssessment:
    """What one experience/project bullet shows."""

    text: str
    quantified: bool
    weak_opener: bool
    values: list[str] = field(default_factory=list)  # value ids
    competencies: list[str] = field(default_factory=list)  # competency ids
    issues: list[str] = field(default_factory=list)  # e.g. "passive voice", "too long"


@dataclass
class Gap:
    """Something missing, ranked by what it costs (points of the total)."""

    kind: str  # "skill" | "value" | "competency" | "ats" | "impact"
    name: str
    cost: float
    detail: str
    required: bool = False


@dataclass
class Suggestion:
    """A concrete change, tied to a resume line when there is one."""

    kind: str  # "rewrite" | "metric" | "verb" | "keyword_elsewhere" | "keyword_missing" | "summary" | ...
    advice: str
    why: str = ""
    line: str | None = None  # the resume line it is about, quoted verbatim
    value_id: str | None = None
    priority: float = 0.0
    company_specific: bool = False  # False: general polish, labelled as such
    top: bool = False  # one of the (at most 10) changes the report leads with
    lines: list[str] = field(default_factory=list)  # all lines of a grouped item (``line`` is the first)


@dataclass
class Report:
    """Everything `match` found: renderers only format this."""

    resume: Resume
    company: CompanyProfile
    score: Score
    posting: JobPosting | None = None
    role_family: str | None = None
    values: list[Assessment] = field(default_factory=list)
    competencies: list[Assessment] = field(default_factory=list)
    bullets: list[BulletAssessment] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)
    summary_line: str | None = None


# ---------------------------------------------------------------------------
# Interview preparation
# ---------------------------------------------------------------------------


@dataclass
class StoryPrompt:
    """A bullet framed as a STAR story, with the parts the bullet does not yet show."""

    bullet: str
    situation: str
    task: str
    action: str
    result: str
    missing: list[str] = field(default_factory=list)  # of "situation", "task", "action", "result"
    found: dict[str, str] = field(default_factory=dict)  # part -> the bullet's own words for it


@dataclass
class PrepTopic:
    """One value or competency to prepare: story candidates, likely questions, and its weight."""

    id: str
    name: str
    stories: list[StoryPrompt] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    weight: float = 1.0  # how much it weighs in the company's interviews (profile value_weights)


@dataclass
class PlannedStory:
    """The story chosen for one value or competency; one bullet serves at most two of them."""

    value_id: str
    value: str  # the value's display name
    weight: float
    story: StoryPrompt
    shared_with: list[str] = field(default_factory=list)  # the other value id this bullet also serves


@dataclass
class OpenValue:
    """A value or competency with no story yet, and the bullet that partly fits it (a starting point)."""

    value_id: str
    value: str
    weight: float
    starting_point: str | None = None  # a resume line, verbatim
    because: list[str] = field(default_factory=list)  # the profile's signal words found in that line


@dataclass
class RoundPlan:
    """What to bring to one interview round (the round as the profile describes it)."""

    round: str
    bring: list[str] = field(default_factory=list)


@dataclass
class StoryPlan:
    """Stories ranked by weight, values still without a story, and which stories go to which round."""

    stories: list[PlannedStory] = field(default_factory=list)
    open: list[OpenValue] = field(default_factory=list)
    rounds: list[RoundPlan] = field(default_factory=list)
    weights_source: SourceRef | None = None  # where the weights come from (None: all equal)


@dataclass
class Pitch:
    """A "tell me about yourself" answer built only from the resume, and what to add in your own words."""

    text: str
    seconds: int  # at about 150 spoken words a minute
    facts: list[str] = field(default_factory=list)  # the resume lines it is built from
    prompts: list[str] = field(default_factory=list)  # what only the candidate can add


@dataclass
class DesignTopic:
    """A system from the resume and the deep-dive or design questions an interviewer may ask about it."""

    system: str  # e.g. "idempotent payment retry queue"
    line: str  # the resume line it comes from, verbatim
    kind: str  # e.g. "queue", "migration", "metric"
    questions: list[str] = field(default_factory=list)
    concepts: list[str] = field(default_factory=list)  # what to brush up on for it


@dataclass
class LevelHint:
    """The level the resume reads at, the evidence for it, and what interviewers probe at that level."""

    level: str  # "entry" | "mid" | "senior" | "staff"
    label: str
    years: float | None = None
    years_note: str = ""
    scope: list[str] = field(default_factory=list)  # scope words found, with where
    probes: list[str] = field(default_factory=list)
    company_note: list[str] = field(default_factory=list)  # what the profile says about levelling


@dataclass
class InterviewPrep:
    """Interview preparation for one resume and one company."""

    company: str
    topics: list[PrepTopic] = field(default_factory=list)
    no_story: list[str] = field(default_factory=list)  # names of values/competencies to prepare from scratch
    brush_up: list[str] = field(default_factory=list)  # technical topics from the person's own systems
    questions_to_ask: list[str] = field(default_factory=list)
    interview_format: str = ""
    thank_you_template: str = ""
    checklist: list[str] = field(default_factory=list)
    pitch: Pitch | None = None
    why_company: list[str] = field(default_factory=list)
    story_plan: StoryPlan = field(default_factory=StoryPlan)
    technical: bool = True  # design and coding questions (else case and metrics questions)
    design_topics: list[DesignTopic] = field(default_factory=list)
    coding_format: list[str] = field(default_factory=list)  # the profile's lines on coding/design rounds
    level: LevelHint | None = None
    thank_you_subject: str = ""
