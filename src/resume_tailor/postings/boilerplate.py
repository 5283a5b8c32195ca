"""Recognise posting boilerplate: equal opportunity statements, pay ranges, benefits, how to apply.

Only strong phrasings count, so that a real qualification ("experience with compensation
programs") is not set apart by mistake.
"""

from __future__ import annotations

import re

_PATTERNS = (
    # equal opportunity and accommodation
    r"equal[- ](?:employment[- ])?opportunity",
    r"\bwithout regard to\b",
    r"\bregardless of (?:race|age|gender|sex|religion)",
    r"\bdo(?:es)? not discriminate\b",
    r"\bprotected (?:veteran|characteristic|status|class)",
    r"\b(?:race|color|religion), (?:color|religion|national origin|sex)",
    r"\breasonable accommodations?\b",
    r"\baccommodations? (?:during|in) the (?:application|hiring|interview)",
    r"\bworkplace accommodation",
    r"\bcommitted to (?:a )?(?:diverse|inclusive|diversity|building a diverse)",
    r"\bpay transparency\b",
    r"\baffirmative action\b",
    r"\bE-?Verify\b",
    r"\bfair chance\b",
    r"\bcriminal histor",
    r"\bhow-we-hire/accommodations",
    r"\bcountry/region you(?:'|’)re applying",
    r"\bour inclusive culture empowers",
    r"\bdiverse experiences\b.*\b(?:encourage|apply)",
    r"\bencourage (?:candidates|you) to apply\b",
    r"\bdon(?:'|’)t let it stop you from applying",
    # pay and benefits
    r"[$€£¥₹]\s?\d[\d,.]*\s?(?:k|K)?\s*(?:-|–|to|/)\s*(?:[$€£¥₹]\s?)?\d",
    r"[$€£¥₹]\s?\d[\d,.]*\s*(?:/|per )\s*(?:year|yr|hour|hr|month|annum)",
    r"\b(?:base|annual|hourly|starting) (?:pay|salary|compensation|rate)\b.*\b(?:range|ranges|is|from)\b",
    r"\b(?:salary|pay|compensation) range\b",
    r"\bthe range for this role\b",
    r"\bindividual compensation is determined\b",
    r"\bcompensation (?:details|structure|reflects)\b",
    r"\btotal compensation (?:company|package)\b",
    r"\b(?:bonus|equity) \+ (?:equity|benefits)\b",
    r"\bsign-on payments?\b",
    r"\b(?:comprehensive|competitive) benefits\b",
    r"\bbenefits (?:include|including|package)\b",
    r"\b401\s?\(?k\)?",
    r"\b(?:paid|flexible) time off\b",
    r"\bhealth (?:plans|insurance|savings)\b",
    r"\bparental leave\b",
    r"\blearn more about (?:benefits|our benefits)",
    r"\bstock (?:option|purchase) (?:program|plan)",
    r"\bwe do not have bonuses\b",
    # application logistics
    r"\b(?:please )?(?:click|visit) (?:here|the link)\b",
    r"\bto apply\b.*\b(?:click|visit|submit|send)\b",
    r"\bapplications? will be accepted\b",
    r"\brecruiting (?:partner|agency|agencies)\b",
    r"\bunsolicited (?:resumes|applications)\b",
    r"\bprivacy (?:notice|policy)\b.*\b(?:applicant|candidate|personal data)\b",
    r"\blearn more here\b",
    r"\bpay is based on\b",
    r"\bsound(?:s)? (?:interesting|like you)\?",
    r"\b(?:love|like) to (?:talk|hear from|speak) (?:to|with)? ?you\b",
    r"\bplease visit\b",
    r"\bwill remain posted\b",
    r"\bapplicants should apply\b",
    r"\b(?:internal|external) career site\b",
    r"^for more information\.?$",
    r"^https?://\S+$",
)
_BOILERPLATE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)


def is_boilerplate(text: str) -> bool:
    """True for equal opportunity, accommodation, pay, benefits and application-logistics text.

    >>> is_boilerplate("Amazon is an equal opportunity employer and does not discriminate.")
    True
    >>> is_boilerplate("Experience designing compensation programs for sales teams.")
    False
    """
    return bool(_BOILERPLATE.search(text.strip()))
