"""The heading vocabulary: which written headings name which section kind. Data only, no logic.

``SECTION_HEADINGS`` lists whole headings (normalised: lower case, no numbering or colon);
``HEADING_KEYWORDS`` maps the last word of a longer heading ("Relevant Projects") to its kind.
``FOREIGN_HEADINGS`` and ``FOREIGN_KEYWORDS`` do the same for the other languages resumes here come
in (German, French, Spanish, Portuguese, Italian, Dutch); both are folded into the English tables,
each accented heading also under its plain spelling, since capitals often drop the accents
("COMPETENCES", "EXPERIENCES PROFESSIONNELLES").
Extend these lists when a resume's heading is not recognised; ``tailor parse --explain`` shows it.
"""

from __future__ import annotations

import unicodedata

SECTION_HEADINGS: dict[str, list[str]] = {
    "summary": [
        "summary",
        "profile",
        "professional summary",
        "career summary",
        "objective",
        "career objective",
        "about",
        "about me",
        "overview",
        "professional profile",
        "executive summary",
        "highlights",
        "career highlights",
        "summary of qualifications",
        "qualifications summary",
        "personal statement",
        "introduction",
        "professional overview",
    ],
    "experience": [
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "professional background",
        "relevant experience",
        "experience highlights",
        "industry experience",
        "professional history",
        "positions",
        "positions held",
        "appointments",
        "work",
        "career",
        "internships",
        "internship",
        "internship experience",
        "research experience",
        "teaching experience",
        "teaching",
        "military service",
        "military",
        "freelance",
        "freelance work",
        "selected work",
        "consulting",
    ],
    "education": [
        "education",
        "academic background",
        "studies",
        "academics",
        "education and training",
        "educational background",
        "academic qualifications",
        "qualifications",
        "training",
        "education & training",
        "academic history",
        "coursework",
        "relevant coursework",
    ],
    "skills": [
        "skills",
        "skill",
        "technical skills",
        "core skills",
        "key skills",
        "skills summary",
        "core competencies",
        "competencies",
        "technologies",
        "technical proficiencies",
        "tools",
        "tech stack",
        "expertise",
        "areas of expertise",
        "strengths",
        "skills & abilities",
        "skills and abilities",
        "additional skills",
        "toolbox",
        "programming languages",
        "technical expertise",
        "focus areas",
    ],
    "projects": [
        "projects",
        "project",
        "personal projects",
        "selected projects",
        "key projects",
        "academic projects",
        "side projects",
        "project experience",
        "open source",
        "portfolio",
        "notable projects",
        "research projects",
        "open source contributions",
        "contributions",
        "side project",
        "personal project",
        "hackathons",
        "project highlights",
        "project work",
        "projects (selected)",
        "personal work",
        "hackathon projects",
        "hackathons & projects",
        "projects & hackathons",
        "projects and hackathons",
    ],
    "certifications": [
        "certifications",
        "certification",
        "certificates",
        "licenses",
        "licenses & certifications",
        "licenses and certifications",
        "certifications & licenses",
        "credentials",
        "professional certifications",
        "courses",
        "courses & certifications",
        "certifications and training",
    ],
    "awards": [
        "awards",
        "honors",
        "honors & awards",
        "awards & honors",
        "honors and awards",
        "achievements",
        "accomplishments",
        "recognition",
        "scholarships",
        "key achievements",
        "awards and achievements",
    ],
    "publications": [
        "publications",
        "papers",
        "research",
        "patents",
        "talks",
        "presentations",
        "publications & talks",
        "speaking",
    ],
    "leadership": [
        "leadership",
        "leadership experience",
        "activities",
        "extracurricular activities",
        "extracurriculars",
        "extracurricular",
        "extracurricular activity",
        "extra-curricular activity",
        "extra-curricular",
        "co-curricular",
        "leadership roles",
        "clubs",
        "clubs & organizations",
        "clubs and organizations",
        "student organizations",
        "student organisations",
        "societies",
        "positions of responsibility",
        "extra-curricular activities",
        "extra curricular activities",
        "co-curricular activities",
        "student activities",
        "campus leadership",
        "leadership and involvement",
        "leadership & involvement",
        "leadership & activities",
        "leadership and activities",
        "leadership & service",
        "leadership and service",
        "service & leadership",
        "service and leadership",
        "campus involvement",
        "involvement",
        "organizations",
    ],
    "volunteering": [
        "volunteering",
        "volunteer experience",
        "volunteer",
        "community service",
        "volunteer work",
        "volunteer activities",
        "volunteer roles",
        "volunteer positions",
        "civic engagement",
        "community involvement",
        "community",
        "service",
        "volunteer service",
        "professional service",
        "academic service",
        "community engagement",
        "outreach",
    ],
    "languages": ["languages", "language skills", "spoken languages"],
    "interests": [
        "interests",
        "hobbies",
        "hobbies & interests",
        "hobbies and interests",
        "personal interests",
        "additional information",
        "additional",
        "other interests",
    ],
    "other": [
        "references",
        "clearance",
        "security clearance",
        "testimonials",
        "recommendations",
        "references available upon request",
        "conferences",
        "miscellaneous",
        "misc",
        # memberships list the bodies one belongs to, not roles held: no entries
        "affiliations",
        "professional affiliations",
        "memberships",
        "membership",
        "professional memberships",
        "professional associations",
        "professional organizations",
        "professional bodies",
        "memberships & affiliations",
        "memberships and affiliations",
    ],
    "contact": [
        "contact",
        "contact information",
        "contact details",
        "personal information",
        "personal details",
    ],
}

HEADING_KEYWORDS: dict[str, str] = {
    "experience": "experience",
    "experiences": "experience",
    "employment": "experience",
    "history": "experience",
    "skills": "skills",
    "projects": "projects",
    "education": "education",
    "certifications": "certifications",
    "certificates": "certifications",
    "awards": "awards",
    "honors": "awards",
    "achievements": "awards",
    "publications": "publications",
    "activities": "leadership",
    "leadership": "leadership",
    "volunteering": "volunteering",
    "interests": "interests",
    "languages": "languages",
    "summary": "summary",
    "profile": "summary",
    "competencies": "skills",
    "coursework": "education",
    "involvement": "leadership",
    "internships": "experience",
    "volunteer": "volunteering",
    "project": "projects",
    "tools": "skills",
    "technologies": "skills",
    "presentations": "publications",
    "talks": "publications",
    "training": "education",
    "courses": "certifications",
    "licenses": "certifications",
    "extracurricular": "leadership",
    "extracurriculars": "leadership",
    "hobbies": "interests",
}

# Headings that, inside an entry of a section, label its achievements rather than open a section
# (JSON Resume themes print "Highlights" under every role).
ENTRY_SUBHEADINGS = frozenset(
    {
        "highlights",
        "key highlights",
        "achievements",
        "key achievements",
        "accomplishments",
        "responsibilities",
        "key responsibilities",
    }
)
# Headings that, inside an education entry and without the document's heading look, label part of
# that entry (JSON Resume themes print "Courses" under a degree) rather than open a section.
EDUCATION_SUBHEADINGS = frozenset({"courses", "coursework", "relevant coursework", "relevant courses"})
# Section kinds whose content is entries (roles, projects, activities).
ENTRY_SECTION_KINDS = frozenset({"experience", "projects", "leadership", "volunteering"})

# Whole headings in German, French, Spanish, Portuguese, Italian and Dutch, by kind: one heading a
# line, lower case, accents as written (the plain spelling is added below).
FOREIGN_HEADINGS: dict[str, str] = {
    "summary": """
        profil / kurzprofil / über mich / zusammenfassung / berufliches profil
        profil professionnel / à propos / à propos de moi / résumé professionnel / présentation
        perfil / perfil profesional / sobre mí / resumen / resumen profesional / acerca de mí
        perfil profissional / sobre mim / resumo / resumo profissional
        profilo / profilo professionale / chi sono / sommario
        profiel / over mij / samenvatting / persoonlijk profiel
    """,
    "experience": """
        berufserfahrung / berufliche erfahrung / beruflicher werdegang / werdegang / praktika
        expérience / expériences / expérience professionnelle / expériences professionnelles
        parcours / parcours professionnel / stages
        experiencia / experiencia laboral / experiencia profesional / trayectoria profesional
        experiência / experiência profissional / experiências profissionais / histórico profissional
        esperienza / esperienze / esperienza professionale / esperienze professionali
        esperienza lavorativa / esperienze lavorative / tirocini
        werkervaring / ervaring / beroepservaring / loopbaan / werkervaringen
    """,
    "education": """
        ausbildung / bildung / bildungsweg / studium / schulbildung / akademischer werdegang
        formation / formations / études / parcours académique / diplômes / formation académique
        formación / formación académica / educación / estudios
        formação / formação acadêmica / formação académica / educação / escolaridade
        formazione / istruzione / istruzione e formazione / percorso di studi
        opleiding / opleidingen / onderwijs
    """,
    "skills": """
        kenntnisse / fähigkeiten / kompetenzen / fachkenntnisse / it-kenntnisse / edv-kenntnisse
        technische kenntnisse / fähigkeiten und kenntnisse
        compétences / compétences techniques / savoir-faire
        habilidades / competencias / aptitudes / habilidades técnicas / conocimientos
        competências / conhecimentos
        competenze / competenze tecniche / abilità / conoscenze
        vaardigheden / competenties / kennis / technische vaardigheden
    """,
    "projects": """
        projekte / projets / proyectos / projetos / progetti / projecten
        projets personnels / proyectos personales / projetos pessoais / progetti personali
    """,
    "certifications": """
        zertifikate / zertifizierungen / weiterbildung / weiterbildungen
        certificats / certifications et formations
        certificaciones / certificados / cursos / certificações
        certificazioni / certificati / corsi / certificaten / certificeringen / cursussen
    """,
    "awards": """
        auszeichnungen / preise / distinctions / prix / récompenses / premios / reconocimientos
        logros / prêmios / premi / riconoscimenti / prijzen / onderscheidingen
    """,
    "publications": """
        publikationen / veröffentlichungen / publicaciones / publicações / pubblicazioni / publicaties
    """,
    "leadership": """
        aktivitäten / activités / activités associatives / vie associative / actividades / atividades
        expérience associative / expériences associatives / engagement associatif / engagements
        attività / activiteiten / nevenactiviteiten
    """,
    "volunteering": """
        ehrenamt / ehrenamtliches engagement / bénévolat / voluntariado / volontariato
        vrijwilligerswerk
    """,
    "languages": """
        sprachen / sprachkenntnisse / langues / langues parlées / idiomas / lenguas / línguas
        lingue / conoscenze linguistiche / talen / talenkennis
    """,
    "interests": """
        interessen / hobbys / freizeit / centres d'intérêt / centres d'intérêts / loisirs / intérêts
        intereses / aficiones / interesses / passatempos / interessi / hobby
    """,
    "other": """
        referenzen / références / referencias / referências / referenze / referenties / sonstiges
    """,
    "contact": """
        kontakt / persönliche daten / coordonnées / informations personnelles / contacto
        datos personales / contato / dados pessoais / contatti / dati personali / contactgegevens
        persoonlijke gegevens
    """,
}
# The last word of a longer heading in those languages ("IT-Projekte" aside, compounds end in it:
# "Berufserfahrung"), plain letters only: the keyword test splits on anything else.
FOREIGN_KEYWORDS: dict[str, str] = {
    "berufserfahrung": "experience",
    "erfahrung": "experience",
    "werdegang": "experience",
    "werkervaring": "experience",
    "ervaring": "experience",
    "ausbildung": "education",
    "formation": "education",
    "formazione": "education",
    "opleiding": "education",
    "kenntnisse": "skills",
    "kompetenzen": "skills",
    "competencias": "skills",
    "competenze": "skills",
    "habilidades": "skills",
    "vaardigheden": "skills",
    "projekte": "projects",
    "projets": "projects",
    "proyectos": "projects",
    "projetos": "projects",
    "progetti": "projects",
    "projecten": "projects",
    "zertifikate": "certifications",
    "sprachen": "languages",
    "sprachkenntnisse": "languages",
    "langues": "languages",
    "idiomas": "languages",
    "lingue": "languages",
    "talen": "languages",
    "interessen": "interests",
    "loisirs": "interests",
}


def _plain(text: str) -> str:
    """ "compétences" -> "competences": the spelling capitals print without accents."""
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


_KNOWN = {name for names in SECTION_HEADINGS.values() for name in names}
for _kind, _block in FOREIGN_HEADINGS.items():
    for _name in (n.strip() for n in _block.replace("\n", "/").split("/")):
        for _spelling in dict.fromkeys([_name, _plain(_name)]):
            if _spelling and _spelling not in _KNOWN:
                SECTION_HEADINGS[_kind].append(_spelling)
                _KNOWN.add(_spelling)
HEADING_KEYWORDS.update(FOREIGN_KEYWORDS)
