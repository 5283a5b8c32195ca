"""The interview-preparation page in a real headless Chromium (skipped when none is installed)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from resume_tailor.models import Report
from resume_tailor.prep import prepare_interview, render_prep

MEASURE = """<script>
addEventListener('load', () => {
  const out = document.createElement('pre'); out.id = 'measure';
  out.textContent = JSON.stringify({scroll: document.documentElement.scrollWidth, inner: innerWidth,
    stories: document.querySelectorAll('.story').length,
    missing: document.querySelectorAll('.story dd.missing').length,
    missingColour: getComputedStyle(document.querySelector('.story dd.missing')).color});
  document.body.appendChild(out);
});
</script>"""


def _chromium() -> str:
    for candidate in ("/usr/bin/chromium", "/usr/bin/chromium-browser", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    pytest.skip("no Chromium installed: `apt-get install chromium` to run the browser checks")


@pytest.mark.slow
def test_prep_page_renders_every_story_without_overflow(report: Report, tmp_path: Path) -> None:
    chromium = _chromium()
    prep = prepare_interview(report)
    page = tmp_path / "prep.html"
    page.write_text(render_prep(prep, "html").replace("</body>", MEASURE + "</body>"), "utf-8")
    done = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={tmp_path / 'p'}",
            "--window-size=500,900",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    match = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout)
    assert match, done.stderr[-2000:]
    seen = json.loads(match.group(1).replace("&quot;", '"'))
    assert seen["scroll"] <= seen["inner"] == 500
    assert seen["stories"] == sum(len(t.stories) for t in prep.topics)
    assert seen["missing"] == sum(len(s.missing) for t in prep.topics for s in t.stories)
    assert seen["missingColour"] == "rgb(183, 121, 31)"  # the --mid colour flags missing parts
