"""robots.txt rules, matched the RFC 9309 way (longest match wins, ``*`` and ``$`` patterns).

Python's ``urllib.robotparser`` takes the first matching rule instead of the longest one, which gets
Google's careers rules wrong (``Allow: .../jobs/results/$`` next to ``Disallow: /about/careers/...``),
so the few lines of matching live here.

>>> rules = RobotsRules.parse("User-agent: *\\nDisallow: /private\\nAllow: /private/ok$")
>>> rules.allowed("/private/ok"), rules.allowed("/private/ok?page=2"), rules.allowed("/public")
(True, False, True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rule:
    """One ``Allow``/``Disallow`` line."""

    allow: bool
    pattern: str

    def regex(self) -> re.Pattern[str]:
        """The pattern as an anchored regular expression (``*`` any run, trailing ``$`` end of URL)."""
        body, anchored = (self.pattern[:-1], True) if self.pattern.endswith("$") else (self.pattern, False)
        parts = [re.escape(p) for p in body.split("*")]
        return re.compile(".*".join(parts) + (r"\Z" if anchored else ""), re.DOTALL)


@dataclass
class RobotsRules:
    """The rules of one robots.txt that apply to our user agent."""

    rules: list[Rule] = field(default_factory=list)

    @classmethod
    def allow_all(cls) -> RobotsRules:
        """Rules for a host without a robots.txt (any 4xx answer): everything is allowed."""
        return cls([])

    @classmethod
    def parse(cls, text: str, agent: str = "resume-tailor") -> RobotsRules:
        """Parse robots.txt ``text`` and keep the group for ``agent`` (or ``*`` when none names it)."""
        groups: list[tuple[list[str], list[Rule]]] = []
        agents: list[str] = []
        rules: list[Rule] = []
        in_rules = False
        for raw in text.splitlines():
            line = raw.split("#", 1)[0].strip()
            if ":" not in line:
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            if key == "user-agent":
                if in_rules:
                    groups.append((agents, rules))
                    agents, rules, in_rules = [], [], False
                agents.append(value.lower())
            elif key in ("allow", "disallow"):
                in_rules = True
                if value:  # an empty Disallow matches nothing
                    rules.append(Rule(allow=key == "allow", pattern=value))
        if agents:
            groups.append((agents, rules))
        token = agent.lower()
        mine = [r for names, group in groups if token in names for r in group]
        if not any(token in names for names, _ in groups):
            mine = [r for names, group in groups if "*" in names for r in group]
        return cls(mine)

    def allowed(self, path: str) -> bool:
        """Whether ``path`` (path plus query string) may be fetched: the longest match wins, ties allow."""
        path = path or "/"
        best: Rule | None = None
        for rule in self.rules:
            if rule.regex().match(path) is None:
                continue
            if (
                best is None
                or len(rule.pattern) > len(best.pattern)
                or (len(rule.pattern) == len(best.pattern) and rule.allow)
            ):
                best = rule
        return best is None or best.allow
