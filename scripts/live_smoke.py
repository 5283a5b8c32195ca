"""Live smoke test of the careers-site adapters: touches each site once. NOT run in CI.

Run it by hand when a network is available, to learn whether an undocumented endpoint changed::

    .venv/bin/python scripts/live_smoke.py                 # amazon, netflix, google (1 posting each)
    .venv/bin/python scripts/live_smoke.py --values        # also each values page, diffed with the profile
    .venv/bin/python scripts/live_smoke.py --meta-url URL  # also one Meta posting URL you chose

Everything goes through resume_tailor.scrape (robots.txt, 1 s per host, honest User-Agent). Postings are
written to a temporary data folder unless --keep is given. Exit status: 0 when every check passed,
1 otherwise; one line per check either way.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable


def check(name: str, action: Callable[[], str]) -> bool:
    """Run one check and print ``ok``/``FAIL`` with its time and a short result."""
    from resume_tailor.errors import TailorError

    started = time.monotonic()
    try:
        detail = action()
    except TailorError as error:
        print(f"FAIL  {name:<22} {time.monotonic() - started:5.1f} s  {type(error).__name__}: {error}")
        return False
    print(f"ok    {name:<22} {time.monotonic() - started:5.1f} s  {detail}")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--values", action="store_true", help="also fetch each values page")
    parser.add_argument("--meta-url", help="a metacareers.com posting URL to fetch once")
    parser.add_argument("--query", default="software engineer", help="search keywords (amazon, netflix)")
    parser.add_argument("--keep", action="store_true", help="store postings in the real user data folder")
    args = parser.parse_args(argv)
    if not args.keep:
        os.environ["RESUME_TAILOR_DATA_DIR"] = tempfile.mkdtemp(prefix="resume-tailor-smoke-")

    from resume_tailor.scrape import fetch_posting, scrape_postings, scrape_values

    def postings(company: str, query: str | None) -> Callable[[], str]:
        def run() -> str:
            summary = scrape_postings(company, query=query, limit=1)
            stored = summary.path.read_text().splitlines() if summary.path and summary.path.exists() else []
            return f"{summary.fetched} fetched, {len(stored)} stored, {summary.requests} requests"

        return run

    def values(company: str) -> Callable[[], str]:
        def run() -> str:
            diff = scrape_values(company)
            return (
                f"{len(diff.found)} values; +{len(diff.added)} -{len(diff.missing)} ~{len(diff.reworded)} "
                "vs profile"
            )

        return run

    results = [
        check("amazon postings", postings("amazon", args.query)),
        check("netflix postings", postings("netflix", args.query)),
        check("google first page", postings("google", None)),  # a query may be refused by robots.txt
    ]
    if args.meta_url:
        results.append(
            check(
                "meta posting",
                lambda: (lambda p: f"{p.title!r}, {len(p.requirements)} requirements")(
                    fetch_posting(args.meta_url)
                ),
            )
        )
    if args.values:
        results += [
            check(f"{company} values", values(company)) for company in ("amazon", "netflix", "google", "meta")
        ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
