"""The tokenizer shared by the taxonomy build and the extractor (pure Python, no spaCy).

spaCy's default English tokenizer keeps ``AWS(EKS`` together and turns a sentence-final ``C.`` into
one token, which hides skills. This tokenizer is built for skill names instead:

* ``C++``, ``C#``, ``F#``, ``.NET``, ``ASP.NET``, ``Node.js``, ``R&D``, ``3.10`` stay one token;
* hyphens, slashes and underscores *join*: they are kept as separator tokens for context but are
  left out of the token stream that is matched, so ``scikit-learn`` == ``scikit learn`` and
  ``CI/CD`` == ``CI CD``;
* every token keeps its character offsets into the original text.

>>> [t.text for t in tokenize("C++, CI/CD and Node.js.")]
['C++', ',', 'CI', '/', 'CD', 'and', 'Node.js', '.']
"""

from __future__ import annotations

import re
from typing import NamedTuple

# A word: optional leading dot (.NET) when not preceded by a word char, letters/digits with inner
# dots, apostrophes or ampersands (Node.js, R&D, don't), then trailing + or # (C++, C#).
_TOKEN = re.compile(
    r"(?<![\w.])\.(?=[^\W_])[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|[^\W_]+(?:[.'&’][^\W_]+)*[+#]*"
    r"|\S"
)
# Separators that join the parts of one name; they do not enter the matched stream.
JOINERS = frozenset({"-", "/", "_", "–", "‐"})


class Token(NamedTuple):
    """One token: its text and its character offsets into the source string."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into :class:`Token` objects (joiners included)."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def match_words(text: str) -> list[str]:
    """The tokens of ``text`` that take part in matching (joiners dropped)."""
    return [t.text for t in tokenize(text) if t.text not in JOINERS]


def surface_key(text: str) -> str:
    """Normalised key of a surface form: lower-cased matched tokens joined by one space.

    >>> surface_key("Scikit-Learn")
    'scikit learn'
    """
    return " ".join(w.lower() for w in match_words(text))
