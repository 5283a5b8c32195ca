"""Validate a company profile YAML document and turn it into a :class:`CompanyProfile`.

Every error names the file, the line and the field (``values[3].signals``): the document is
composed with PyYAML into nodes, whose start marks give the line of each value, and the nodes are
checked against the schema below before any model object is built.

The schema (see ``company_profiles/README.md`` for the prose version)::

    id, name                      required strings; id is lowercase snake_case
    aliases                       list of strings (other names the company goes by)
    careers_url, values_url       strings
    sources                       list of {url, retrieved, note?}
    values                        required, non-empty list of value mappings
    principles                    list of value mappings (context, not scored)
    interview                     {format, rounds, assessed, tips, sources}
    resume_conventions            list of strings
    role_families                 list of {id, name, title_keywords, postings?, skills?, source?}
    weights                       {skills, values, competencies, impact, ats}: numbers >= 0
    questions_to_ask              list of strings
    value_weights                 {source, weights: {id: 0..1}, default?}: how much each value or
                                  interview competency weighs in the interviews (optional)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import yaml

from resume_tailor.errors import ProfileError
from resume_tailor.models import (
    COMPONENT_IDS,
    CompanyProfile,
    InterviewProcess,
    RoleFamily,
    ScoringWeights,
    SkillDemand,
    SourceRef,
    Value,
    ValueWeights,
)

# libyaml's loader when available (about 10x faster); its nodes carry the same line marks.
_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class _Checker:
    """Walks composed YAML nodes, reporting the first problem with its file, line and field."""

    def __init__(self, path: str | None) -> None:
        self.path = path

    def fail(self, node: yaml.Node | None, where: str, message: str) -> ProfileError:
        line = node.start_mark.line + 1 if node is not None else None
        return ProfileError(f"field {where!r}: {message}", path=self.path, line=line, field=where)

    # -- scalars ------------------------------------------------------------------------------

    def string(self, node: yaml.Node, where: str, *, allow_empty: bool = False) -> str:
        if not isinstance(node, yaml.ScalarNode) or node.tag == "tag:yaml.org,2002:null":
            raise self.fail(node, where, f"expected a string, got {_kind(node)}")
        # Unquoted numbers and booleans are a wrong type; a date-like scalar stays text.
        if node.tag not in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
            raise self.fail(node, where, f"expected a string, got {_kind(node)}")
        text = str(node.value).strip()
        if not text and not allow_empty:
            raise self.fail(node, where, "must not be empty")
        return text

    def number(self, node: yaml.Node, where: str, *, low: float = 0.0, high: float | None = None) -> float:
        if not isinstance(node, yaml.ScalarNode) or node.tag not in (
            "tag:yaml.org,2002:int",
            "tag:yaml.org,2002:float",
        ):
            raise self.fail(node, where, f"expected a number, got {_kind(node)}")
        value = _to_float(node.value)
        if value < low or (high is not None and value > high):
            bound = f"between {low:g} and {high:g}" if high is not None else f">= {low:g}"
            raise self.fail(node, where, f"must be {bound}, got {node.value}")
        return value

    def integer(self, node: yaml.Node, where: str) -> int:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:int":
            raise self.fail(node, where, f"expected an integer, got {_kind(node)}")
        value = int(_to_float(node.value))
        if value < 0:
            raise self.fail(node, where, "must be >= 0")
        return value

    def boolean(self, node: yaml.Node, where: str) -> bool:
        if not isinstance(node, yaml.ScalarNode) or node.tag != "tag:yaml.org,2002:bool":
            raise self.fail(node, where, f"expected true or false, got {_kind(node)}")
        return bool(yaml.safe_load(node.value))

    def ident(self, node: yaml.Node, where: str) -> str:
        text = self.string(node, where)
        if not _ID_RE.match(text):
            raise self.fail(node, where, f"must be lowercase snake_case (a-z, 0-9, _), got {text!r}")
        return text

    def date(self, node: yaml.Node, where: str) -> str:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:timestamp":
            text = str(node.value)
        else:
            text = self.string(node, where)
        if not _DATE_RE.match(text):
            raise self.fail(node, where, f"expected an ISO date YYYY-MM-DD, got {text!r}")
        return text

    def url(self, node: yaml.Node, where: str) -> str:
        text = self.string(node, where)
        if not text.startswith(("http://", "https://")):
            raise self.fail(node, where, f"expected an http(s) URL, got {text!r}")
        return text

    # -- containers ---------------------------------------------------------------------------

    def mapping(
        self, node: yaml.Node, where: str, *, required: tuple[str, ...], optional: tuple[str, ...]
    ) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        """Return ``{key: (key_node, value_node)}``; reject missing, unknown and duplicate keys."""
        if not isinstance(node, yaml.MappingNode):
            raise self.fail(node, where or "(document)", f"expected a mapping, got {_kind(node)}")
        items: dict[str, tuple[yaml.Node, yaml.Node]] = {}
        allowed = set(required) | set(optional)
        for key_node, value_node in node.value:
            key = str(key_node.value)
            sub = f"{where}.{key}" if where else key
            if key in items:
                raise self.fail(key_node, sub, "is given twice")
            if key not in allowed:
                raise self.fail(key_node, sub, f"unknown field (allowed: {', '.join(sorted(allowed))})")
            items[key] = (key_node, value_node)
        for key in required:
            if key not in items:
                sub = f"{where}.{key}" if where else key
                raise self.fail(node, sub, "is required but missing")
        return items

    def sequence(self, node: yaml.Node, where: str) -> list[yaml.Node]:
        if isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:null":
            return []
        if not isinstance(node, yaml.SequenceNode):
            raise self.fail(node, where, f"expected a list, got {_kind(node)}")
        return list(node.value)

    def strings(self, node: yaml.Node, where: str) -> list[str]:
        return [self.string(item, f"{where}[{i}]") for i, item in enumerate(self.sequence(node, where))]


def _to_float(text: str) -> float:
    try:
        return float(text.replace("_", ""))
    except ValueError:  # YAML spellings such as 0x1A or .inf
        return float(yaml.safe_load(text))


def _kind(node: yaml.Node | None) -> str:
    if node is None:
        return "nothing"
    if isinstance(node, yaml.MappingNode):
        return "a mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list"
    names = {
        "tag:yaml.org,2002:null": "null",
        "tag:yaml.org,2002:bool": "a boolean",
        "tag:yaml.org,2002:int": "an integer",
        "tag:yaml.org,2002:float": "a number",
        "tag:yaml.org,2002:str": "a string",
        "tag:yaml.org,2002:timestamp": "a date",
    }
    return names.get(node.tag, f"{node.tag}")


# ---------------------------------------------------------------------------------------------
# Building the model objects
# ---------------------------------------------------------------------------------------------


def _source(c: _Checker, node: yaml.Node, where: str) -> SourceRef:
    f = c.mapping(node, where, required=("url", "retrieved"), optional=("note",))
    note = c.string(f["note"][1], f"{where}.note") if "note" in f else None
    return SourceRef(
        url=c.url(f["url"][1], f"{where}.url"),
        retrieved=c.date(f["retrieved"][1], f"{where}.retrieved"),
        note=note,
    )


def _sources(c: _Checker, node: yaml.Node, where: str) -> list[SourceRef]:
    return [_source(c, item, f"{where}[{i}]") for i, item in enumerate(c.sequence(node, where))]


_VALUE_FIELDS = ("signals", "anti_signals", "questions", "resume_tips")


def _value(c: _Checker, node: yaml.Node, where: str, *, need_signals: bool) -> Value:
    f = c.mapping(
        node,
        where,
        required=("id", "name", "summary", "source") + (("signals",) if need_signals else ()),
        optional=("historical",) + _VALUE_FIELDS,
    )
    lists = {key: c.strings(f[key][1], f"{where}.{key}") if key in f else [] for key in _VALUE_FIELDS}
    signals = [s.lower() for s in lists["signals"]]
    if need_signals and not signals:
        raise c.fail(f["signals"][1], f"{where}.signals", "needs at least one signal phrase")
    return Value(
        id=c.ident(f["id"][1], f"{where}.id"),
        name=c.string(f["name"][1], f"{where}.name"),
        summary=c.string(f["summary"][1], f"{where}.summary"),
        signals=signals,
        anti_signals=[s.lower() for s in lists["anti_signals"]],
        questions=lists["questions"],
        resume_tips=lists["resume_tips"],
        historical=c.boolean(f["historical"][1], f"{where}.historical") if "historical" in f else False,
        source=_source(c, f["source"][1], f"{where}.source"),
    )


def _values(c: _Checker, node: yaml.Node, where: str, *, need_signals: bool) -> list[Value]:
    values = [
        _value(c, item, f"{where}[{i}]", need_signals=need_signals)
        for i, item in enumerate(c.sequence(node, where))
    ]
    seen: set[str] = set()
    for i, (value, item) in enumerate(zip(values, c.sequence(node, where), strict=True)):
        if value.id in seen:
            raise c.fail(item, f"{where}[{i}].id", f"duplicate id {value.id!r}")
        seen.add(value.id)
    return values


def _interview(c: _Checker, node: yaml.Node, where: str) -> InterviewProcess:
    f = c.mapping(node, where, required=("format", "sources"), optional=("rounds", "assessed", "tips"))
    return InterviewProcess(
        format=c.string(f["format"][1], f"{where}.format"),
        rounds=c.strings(f["rounds"][1], f"{where}.rounds") if "rounds" in f else [],
        assessed=c.strings(f["assessed"][1], f"{where}.assessed") if "assessed" in f else [],
        tips=c.strings(f["tips"][1], f"{where}.tips") if "tips" in f else [],
        sources=_sources(c, f["sources"][1], f"{where}.sources"),
    )


def _demand(c: _Checker, node: yaml.Node, where: str) -> SkillDemand:
    f = c.mapping(node, where, required=("skill", "share"), optional=("required", "preferred"))
    return SkillDemand(
        skill=c.string(f["skill"][1], f"{where}.skill"),
        share=c.number(f["share"][1], f"{where}.share", high=1.0),
        required=c.number(f["required"][1], f"{where}.required", high=1.0) if "required" in f else 0.0,
        preferred=c.number(f["preferred"][1], f"{where}.preferred", high=1.0) if "preferred" in f else 0.0,
    )


def _role_family(c: _Checker, node: yaml.Node, where: str) -> RoleFamily:
    f = c.mapping(
        node, where, required=("id", "name"), optional=("title_keywords", "postings", "skills", "source")
    )
    skills = (
        [
            _demand(c, item, f"{where}.skills[{i}]")
            for i, item in enumerate(c.sequence(f["skills"][1], f"{where}.skills"))
        ]
        if "skills" in f
        else []
    )
    return RoleFamily(
        id=c.ident(f["id"][1], f"{where}.id"),
        name=c.string(f["name"][1], f"{where}.name"),
        title_keywords=[k.lower() for k in c.strings(f["title_keywords"][1], f"{where}.title_keywords")]
        if "title_keywords" in f
        else [],
        postings=c.integer(f["postings"][1], f"{where}.postings") if "postings" in f else 0,
        skills=skills,
        source=_source(c, f["source"][1], f"{where}.source") if "source" in f else None,
    )


def _weights(c: _Checker, node: yaml.Node, where: str) -> ScoringWeights:
    names = COMPONENT_IDS
    f = c.mapping(node, where, required=(), optional=names)
    defaults = ScoringWeights()
    numbers = {
        name: c.number(f[name][1], f"{where}.{name}") if name in f else getattr(defaults, name)
        for name in names
    }
    if sum(numbers.values()) <= 0:
        raise c.fail(node, where, "weights must not all be zero")
    return ScoringWeights(**numbers)


def _value_weights(c: _Checker, node: yaml.Node, where: str) -> ValueWeights:
    f = c.mapping(node, where, required=("source", "weights"), optional=("default",))
    table = f["weights"][1]
    entries = c.mapping(table, f"{where}.weights", required=(), optional=_keys(table))
    weights = {
        c.ident(key_node, f"{where}.weights.{key}"): c.number(value, f"{where}.weights.{key}", high=1.0)
        for key, (key_node, value) in entries.items()
    }
    return ValueWeights(
        weights=weights,
        source=_source(c, f["source"][1], f"{where}.source"),
        default=c.number(f["default"][1], f"{where}.default", high=1.0) if "default" in f else 0.5,
    )


def _keys(node: yaml.Node) -> tuple[str, ...]:
    """The keys of a mapping node (any key is allowed; duplicates are still caught)."""
    return tuple(str(k.value) for k, _ in node.value) if isinstance(node, yaml.MappingNode) else ()


_TOP_REQUIRED = ("id", "name", "values", "sources")
_TOP_OPTIONAL = (
    "aliases",
    "careers_url",
    "values_url",
    "principles",
    "interview",
    "resume_conventions",
    "role_families",
    "weights",
    "questions_to_ask",
    "value_weights",
)


def compose(text: str, path: str | None) -> yaml.Node:
    """Compose ``text`` into a YAML node tree, turning syntax errors into :class:`ProfileError`.

    Refuses a document over :data:`~resume_tailor.limits.MAX_PROFILE_BYTES` and one whose aliases
    expand past :data:`~resume_tailor.limits.MAX_PROFILE_NODES` nodes (a 341 KB file aliasing one
    10,000-item list took 1.4 GB to validate) or refer to themselves.
    """
    from resume_tailor.limits import MAX_PROFILE_BYTES

    if len(text) > MAX_PROFILE_BYTES:
        raise ProfileError(
            f"the profile holds {len(text):,} characters, over the limit of {MAX_PROFILE_BYTES:,}; "
            "a company profile is a few dozen KB", path=path,
        )
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").strip()
        raise ProfileError(f"invalid YAML: {problem}", path=path, line=line) from None
    except yaml.YAMLError as exc:
        raise ProfileError(f"invalid YAML: {exc}", path=path) from None
    except RecursionError:
        raise ProfileError("invalid YAML: nested too deeply", path=path) from None
    if node is None:
        raise ProfileError("the profile is empty", path=path, line=1)
    _check_expansion(node, path)
    return node


def _check_expansion(root: yaml.Node, path: str | None) -> None:
    """Count the nodes the tree has once every alias is expanded; refuse cycles and amplification.

    Iterative, with each shared (aliased) node's size computed once, so the check itself costs
    one pass over the composed nodes however much they would expand.
    """
    from resume_tailor.limits import MAX_PROFILE_NODES

    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        key = id(node)
        children = _children(node)
        if done:
            open_nodes.discard(key)
            sizes[key] = 1 + sum(sizes[id(child)] for child in children)
            if sizes[key] > MAX_PROFILE_NODES:
                line = node.start_mark.line + 1 if node.start_mark is not None else None
                raise ProfileError(
                    f"the profile's aliases expand to more than {MAX_PROFILE_NODES:,} values; "
                    "write the lists out instead of repeating one alias many times", path=path, line=line,
                )
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            line = node.start_mark.line + 1 if node.start_mark is not None else None
            raise ProfileError("a YAML alias refers to itself", path=path, line=line)
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in children if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def parse_profile_text(text: str, path: str | None = None) -> CompanyProfile:
    """Validate a profile document and build the profile.

    >>> from resume_tailor.companies import profile_template
    >>> parse_profile_text(profile_template()).id
    'example_corp'
    """
    c = _Checker(path)
    root = compose(text, path)
    f = c.mapping(root, "", required=_TOP_REQUIRED, optional=_TOP_OPTIONAL)

    def opt(key: str, build: Callable[[yaml.Node, str], Any], default: Any) -> Any:
        return build(f[key][1], key) if key in f else default

    values = _values(c, f["values"][1], "values", need_signals=True)
    if not values:
        raise c.fail(f["values"][1], "values", "needs at least one value")
    families = opt("role_families", lambda n, w: [
        _role_family(c, item, f"{w}[{i}]") for i, item in enumerate(c.sequence(n, w))
    ], [])
    profile = CompanyProfile(
        id=c.ident(f["id"][1], "id"),
        name=c.string(f["name"][1], "name"),
        careers_url=opt("careers_url", c.url, None),
        values_url=opt("values_url", c.url, None),
        values=values,
        interview=opt("interview", lambda n, w: _interview(c, n, w), InterviewProcess()),
        resume_conventions=opt("resume_conventions", c.strings, []),
        role_families=families,
        weights=opt("weights", lambda n, w: _weights(c, n, w), ScoringWeights()),
        questions_to_ask=opt("questions_to_ask", c.strings, []),
        sources=_sources(c, f["sources"][1], "sources"),
        aliases=opt("aliases", c.strings, []),
        principles=opt("principles", lambda n, w: _values(c, n, w, need_signals=False), []),
        value_weights=opt("value_weights", lambda n, w: _value_weights(c, n, w), None),
        path=path,
    )
    return profile


def parse_demand_text(text: str, path: str | None = None) -> tuple[str, list[RoleFamily]]:
    """Validate a generated demand file (``company_profiles/demand/<id>.yaml``).

    Returns the company id and its role families with skill demand.
    """
    c = _Checker(path)
    root = compose(text, path)
    f = c.mapping(root, "", required=("company", "role_families"), optional=("generated_by", "inputs"))
    families = [
        _role_family(c, item, f"role_families[{i}]")
        for i, item in enumerate(c.sequence(f["role_families"][1], "role_families"))
    ]
    return c.ident(f["company"][1], "company"), families
