"""The tokenizer shared by the taxonomy build and the extractor (pure Python, no spaCy).

spaCy's default English tokenizer keeps ``AWS(EKS`` together and turns a sentence-final ``C.`` into
one token, which hides skills. This tokenizer is built for skill names instead:

* ``C++``, ``C#``, ``F#``, ``.NET``, ``ASP.NET``, ``Node.js``, ``R&D``, ``3.10`` stay one token;
* hyphens, slashes and underscores *join*: they are kept as separator tokens for context but are
  left out of the token stream that is matched, so ``scikit-learn`` == ``scikit learn`` and
  ``CI/CD`` == ``CI CD``;
* every token keeps its character offsets into the original text.

:func:`tokenize` returns one :class:`Token` per token; :func:`tokenize_columns` returns the same
tokens as parallel lists (texts, starts, ends, and the gaps between tokens), built with C-level
primitives, which is much faster on long texts (the extractor uses it).

>>> [t.text for t in tokenize("C++, CI/CD and Node.js.")]
['C++', ',', 'CI', '/', 'CD', 'and', 'Node.js', '.']
"""

from __future__ import annotations

import re
from itertools import accumulate
from typing import NamedTuple

# A word: optional leading dot (.NET) when not preceded by a word char, letters/digits with inner
# dots, apostrophes or ampersands (Node.js, R&D, don't), then trailing + or # (C++, C#).
# (The look-behind comes after the dot, so it is only evaluated at dots: fewer steps per position.)
_TOKEN = (
    r"\.(?<![\w.]\.)(?=[^\W_])[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|\S"
)
# The pattern in one capturing group: ``re.split`` then alternates gap, token, gap, ..., gap.
_SPLIT = re.compile(f"({_TOKEN})")
# Separators that join the parts of one name; they do not enter the matched stream.
JOINERS = frozenset({"-", "/", "_", "–", "‐"})


class Token(NamedTuple):
    """One token: its text and its character offsets into the source string."""

    text: str
    start: int
    end: int


class TokenColumns(NamedTuple):
    """The tokens of a text as parallel lists: token ``k`` is ``texts[k]`` at ``starts[k]:ends[k]``.

    ``gaps[k]`` is the text between token ``k - 1`` and token ``k`` (for ``k == 0``: before the first
    token); ``gaps[-1]`` is the text after the last token, so ``len(gaps) == len(texts) + 1``.
    """

    texts: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]


def tokenize_columns(text: str) -> TokenColumns:
    """Split ``text`` into :class:`TokenColumns` (joiners included); the tokens of :func:`tokenize`.

    >>> columns = tokenize_columns("C++, CI/CD")
    >>> columns.texts, columns.starts, columns.ends
    (['C++', ',', 'CI', '/', 'CD'], [0, 3, 5, 7, 8], [3, 4, 7, 8, 10])
    """
    parts = _SPLIT.split(text)  # gap, token, gap, token, ..., gap
    offsets = list(accumulate(map(len, parts)))  # offsets[j]: where part j ends
    return TokenColumns(texts=parts[1::2], starts=offsets[0:-1:2], ends=offsets[1::2], gaps=parts[0::2])


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into :class:`Token` objects (joiners included)."""
    columns = tokenize_columns(text)
    return list(map(Token, columns.texts, columns.starts, columns.ends))


def match_words(text: str) -> list[str]:
    """The tokens of ``text`` that take part in matching (joiners dropped)."""
    return [word for word in tokenize_columns(text).texts if word not in JOINERS]


def surface_key(text: str) -> str:
    """Normalised key of a surface form: lower-cased matched tokens joined by one space.

    >>> surface_key("Scikit-Learn")
    'scikit learn'
    """
    return " ".join(w.lower() for w in match_words(text))
