"""SkillSpan (MIT) for the skills build: reading its rows, and what the taxonomy learns from train.

Shared by ``build_taxonomy.py --skillspan`` (the learned block/allow lists and lexicon, stored in the
taxonomy) and ``train_context_model.py`` (which re-learns them without each held-out fold). Only
the train split is learned from; dev is kept for evaluation and the model's threshold.
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from resume_tailor.skills.extract import Extractor  # noqa: E402
from resume_tailor.skills.matcher import build_matchers  # noqa: E402
from resume_tailor.skills.taxonomy import taxonomy_from_dict  # noqa: E402
from resume_tailor.skills.tokens import JOINERS, tokenize  # noqa: E402

LEARN_MIN_BLOCK_FP = 3  # a form is blocked after this many false hits...
LEARN_MAX_BLOCK_PRECISION = 0.3  # ...when at most this share of its hits were knowledge
LEARN_MIN_ALLOW_HITS = 3  # an ambiguous form needs no context after this many knowledge hits...
LEARN_MIN_ALLOW_PRECISION = 0.6  # ...when at least this share of its hits were knowledge
LEARN_MIN_LEXICON = 2  # a knowledge phrase missing from the taxonomy is added after this many tags...
LEARN_MIN_LEXICON_PRECISION = 0.5  # ...when at least this share of its occurrences were tagged


def _bio_spans(tags: list[str]) -> list[tuple[int, int]]:
    spans, start = [], None
    for i, tag in enumerate([*tags, "O"]):
        if tag.startswith("B") or tag == "O" or (tag.startswith("I") and start is None):
            if start is not None:
                spans.append((start, i))
                start = None
            if tag[:1] in ("B", "I"):
                start = i
    return spans


def _trim_key(words: list[str]) -> str:
    """Surface key of a gold span without leading/trailing punctuation."""
    while words and not any(c.isalnum() for c in words[0]):
        words = words[1:]
    while words and not any(c.isalnum() for c in words[-1]):
        words = words[:-1]
    return " ".join(w.lower() for w in words)


def read_rows(path: Path) -> list[dict[str, Any]]:
    """SkillSpan rows (one JSON object per line)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def learn(data: dict[str, Any], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Decisions learned on SkillSpan train: block / allow lists and a knowledge lexicon.

    Adds the lexicon's phrases to ``data["skills"]`` (source ``skillspan``) and returns the
    ``learned`` section. Only the train split is read; dev is kept for evaluation.
    """
    tax = taxonomy_from_dict(data)
    compiled = build_matchers(tax, context=False)  # the rule layer only: no dependence on an old model
    extractor = Extractor(compiled)
    raw_k: Counter[str] = Counter()
    raw_f: Counter[str] = Counter()
    acc_k: Counter[str] = Counter()
    acc_f: Counter[str] = Counter()
    gold_k: Counter[str] = Counter()
    gold_forms: dict[str, Counter[str]] = defaultdict(Counter)
    occ: Counter[str] = Counter()
    for row, (text, kchars, schars, _posting) in zip(rows, _skillspan_sentences(rows), strict=True):
        words, kspans = row["tokens"], _bio_spans(row["tags_knowledge"])
        toks = [t for t in tokenize(text) if t.text not in JOINERS]
        lower = [t.text.lower() for t in toks]
        for n in range(1, 7):
            for i in range(len(lower) - n + 1):
                occ[" ".join(lower[i : i + n])] += 1
        for matcher in (compiled.main, compiled.ambiguous):
            for _label, s, e in matcher(lower):
                key = " ".join(lower[s:e])
                res = _outcome(toks[s].start, toks[e - 1].end, kchars, schars)
                if res == "k":
                    raw_k[key] += 1
                elif res == "f":
                    raw_f[key] += 1
        for m in extractor.extract(text):
            key = " ".join(t.text.lower() for t in tokenize(m.text) if t.text not in JOINERS)
            res = _outcome(m.start, m.end, kchars, schars)
            if res == "k":
                acc_k[key] += 1
            elif res == "f":
                acc_f[key] += 1
        for a, b in kspans:
            span_words = [t.text for t in tokenize(" ".join(words[a:b])) if t.text not in JOINERS]
            key = _trim_key(span_words)
            if key:
                gold_k[key] += 1
                form = " ".join(words[a:b]).replace("\x92", "’").strip(" ;,.:?*!\u200b")
                if form.count("(") != form.count(")"):
                    form = form.replace("(", "").replace(")", "").strip()
                gold_forms[key][" ".join(form.split())] += 1
    block = sorted(
        key
        for key in acc_f
        if acc_f[key] >= LEARN_MIN_BLOCK_FP
        and acc_k[key] / (acc_k[key] + acc_f[key]) <= LEARN_MAX_BLOCK_PRECISION
    )
    allow = sorted(
        key
        for key in tax.ambiguous
        if raw_k[key] >= LEARN_MIN_ALLOW_HITS
        and raw_k[key] / (raw_k[key] + raw_f[key]) >= LEARN_MIN_ALLOW_PRECISION
    )
    lexicon = []
    for key, n in sorted(gold_k.items()):
        if (
            key in tax.by_key
            or key in tax.ambiguous
            or n < LEARN_MIN_LEXICON
            or n / max(occ[key], 1) < LEARN_MIN_LEXICON_PRECISION
        ):
            continue
        parts = key.split()
        inner = {" ".join(parts[i:j]) for i in range(len(parts)) for j in range(i + 1, len(parts) + 1)}
        if any(k in tax.by_key for k in inner):
            continue  # "Java 8", "C/C++": the known skill inside is found already, with its canonical name
        name = gold_forms[key].most_common(1)[0][0]
        data["skills"].append({"name": name, "category": "domain", "sources": ["skillspan"]})
        lexicon.append(name)
    data["skills"].sort(key=lambda s: s["name"].lower())
    return {"block": block, "allow": allow, "lexicon": lexicon, "source": "SkillSpan train (MIT)"}


def _outcome(start: int, end: int, kchars: list[tuple[int, int]], schars: list[tuple[int, int]]) -> str:
    """How SkillSpan scores a mention at characters [start, end): "k" if it overlaps a Knowledge span,
    "n" (neutral: neither right nor wrong) if it overlaps only a Skill span, else "f" (false)."""
    if any(start < b and a < end for a, b in kchars):
        return "k"
    return "n" if any(start < b and a < end for a, b in schars) else "f"


def _skillspan_sentences(
    rows: list[dict[str, Any]],
) -> list[tuple[str, list[tuple[int, int]], list[tuple[int, int]], str]]:
    """(text, knowledge char spans, skill char spans, posting id) per SkillSpan sentence."""
    out = []
    for row in rows:
        words = row["tokens"]
        starts, pos = [], 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1

        def chars(
            tags: list[str], words: list[str] = words, starts: list[int] = starts
        ) -> list[tuple[int, int]]:
            return [(starts[a], starts[b - 1] + len(words[b - 1])) for a, b in _bio_spans(tags)]

        posting = f"{row['source']}-{row['idx']}"
        out.append((" ".join(words), chars(row["tags_knowledge"]), chars(row["tags_skill"]), posting))
    return out
