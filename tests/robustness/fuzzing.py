"""Property-based fuzzing of the three readers of untrusted input (issue 15).

The property: whatever the bytes, ``parse_resume_bytes``, ``parse_posting_bytes`` and the profile
loader either return or raise one of the library's own errors (:class:`TailorError`); anything
else is a crash that the CLI would report as exit 1. Inputs are the repository's examples with
random byte mutations (overwrite, insert, delete, truncate), plus free-form text for postings and
YAML for profiles. Used by ``test_fuzz.py`` (a short run) and by
``benchmarks/hostile_inputs.py --fuzz N`` (the long run).
"""

from __future__ import annotations

import traceback
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from resume_tailor.errors import TailorError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = [
    ROOT / "examples" / "backend-engineer.md",
    ROOT / "examples" / "backend-engineer.pdf",
    ROOT / "examples" / "data-scientist-two-column.pdf",
    ROOT / "examples" / "product-manager.docx",
    ROOT / "examples" / "posting-payments-engineer.txt",
]
PROFILE = ROOT / "company_profiles" / "netflix.yaml"


@st.composite
def mutated(draw: st.DrawFn, seeds: list[bytes]) -> bytes:
    """One of ``seeds`` with 1 to 8 random byte edits (and sometimes a truncation)."""
    data = bytearray(draw(st.sampled_from(seeds)))
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, max(0, len(data) - 1)))
        op = draw(st.sampled_from(("set", "insert", "delete", "flip")))
        byte = draw(st.integers(0, 255))
        if op == "set" and data:
            data[at] = byte
        elif op == "insert":
            data[at:at] = bytes([byte]) * draw(st.integers(1, 4))
        elif op == "delete" and data:
            del data[at : at + draw(st.integers(1, 16))]
        elif data:
            data[at] ^= 1 << draw(st.integers(0, 7))
    if draw(st.booleans()) and draw(st.integers(0, 9)) == 0:
        data = data[: draw(st.integers(0, len(data)))]
    return bytes(data)


class Findings:
    """Crashes seen, grouped by exception type and the innermost project frame."""

    def __init__(self) -> None:
        self.cases = 0
        self.crashes: Counter[str] = Counter()
        self.examples: dict[str, bytes] = {}

    def run(self, target: Callable[[bytes], object], data: bytes) -> None:
        self.cases += 1
        try:
            target(data)
        except TailorError:
            pass
        except Exception as exc:  # the property is violated: remember where
            frames = [f for f in traceback.extract_tb(exc.__traceback__) if "resume_tailor" in f.filename]
            where = (
                f"{frames[-1].filename.split('resume_tailor/')[-1]}:{frames[-1].lineno}" if frames else "?"
            )
            key = f"{type(exc).__name__} at {where}: {' '.join(str(exc).split())[:80]}"
            self.crashes[key] += 1
            self.examples.setdefault(key, data)


def _resume(data: bytes) -> object:
    from resume_tailor.resume import parse_resume_bytes

    return parse_resume_bytes(data, name="fuzz")


def _posting(data: bytes) -> object:
    from resume_tailor.postings import parse_posting_bytes

    return parse_posting_bytes(data, name="fuzz")


def _profile(data: bytes) -> object:
    from resume_tailor.companies.schema import parse_profile_text

    return parse_profile_text(data.decode("utf-8", "replace"), "fuzz.yaml")


def run_fuzz(examples: int, findings: Findings | None = None, *, seed: int | None = None) -> Findings:
    """Run about ``examples`` cases split over the three readers; return what crashed."""
    found = findings or Findings()
    seeds = [p.read_bytes() for p in EXAMPLES if p.exists()]
    profile = PROFILE.read_bytes()
    yaml_text = st.text(alphabet=st.sampled_from(list("ab:-&*[]{}!|>'\"#\n ,?%@`\\0")), max_size=300)
    posting_text = st.text(max_size=2000).map(lambda t: t.encode("utf-8", "surrogatepass"))
    config = settings(
        max_examples=max(1, examples // 3),
        deadline=None,
        database=None,
        derandomize=seed is None,
        suppress_health_check=list(HealthCheck),
    )

    @config
    @given(mutated(seeds))
    def resumes(data: bytes) -> None:
        found.run(_resume, data)

    @config
    @given(st.one_of(mutated(seeds), posting_text))
    def postings(data: bytes) -> None:
        found.run(_posting, data)

    @config
    @given(st.one_of(mutated([profile]), yaml_text.map(str.encode)))
    def profiles(data: bytes) -> None:
        found.run(_profile, data)

    for test in (resumes, postings, profiles):
        test()
    return found
