"""The self-contained HTML report: static checks, then a real headless Chromium."""

from __future__ import annotations

import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from resume_tailor import render
from resume_tailor.models import Report

CHROME_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
    "--host-resolver-rules=MAP * ~NOTFOUND",
]  # any network fetch would fail: proves offline


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Collector:
    collector = _Collector()
    collector.feed(html)
    return collector


def test_html_is_self_contained(report: Report) -> None:
    html = render(report, "html")
    page = _parse(html)
    names = [tag for tag, _ in page.tags]
    assert "script" not in names and "link" not in names and "img" not in names and "iframe" not in names
    assert not [a for _, attrs in page.tags for k, a in attrs.items() if k in ("src", "href")]
    style = html[html.index("<style>") : html.index("</style>")]
    assert "url(" not in style and "@import" not in style
    assert "http://" not in html and "https://" not in html
    assert "@media print" in style


def test_html_chart_has_one_bar_per_component_scaled_to_score(report: Report) -> None:
    page = _parse(render(report, "html"))
    bars = [
        attrs for tag, attrs in page.tags if tag == "rect" and "bar" in (attrs.get("class") or "").split()
    ]
    tracks = [attrs for tag, attrs in page.tags if tag == "rect" and attrs.get("class") == "track"]
    assert len(bars) == len(report.score.components) == len(tracks)
    for component, bar, track in zip(report.score.components, bars, tracks, strict=True):
        assert float(bar["width"] or 0) == pytest.approx(
            component.score / 100 * float(track["width"] or 0), abs=0.1
        )


def test_html_escapes_user_text(report: Report) -> None:
    html = render(report, "html")
    assert "A &lt;strong&gt; verb &amp; a number" in html
    assert "<strong> verb" not in html


def test_html_contains_every_section_and_quoted_line(report: Report) -> None:
    text = " ".join(" ".join(_parse(render(report, "html")).text).split())
    for needle in (
        "Score components",
        "Skills found",
        "Amazon values",
        "Interview competencies",
        "Gaps, by what they cost",
        "Suggestions",
        "Tailored summary line",
        "Worked on Kafka consumers | producers for order events",
        "Kubernetes (required)",
        "No evidence in the resume yet (a gap to close, or a story to prepare): Cross-functional work",
    ):
        assert needle in text


# --------------------------------------------------------------------------- real browser

MEASURE = """<script>
addEventListener('load', () => {
  const bars = [...document.querySelectorAll('svg.chart rect.bar')].map(r => r.getBoundingClientRect().width);
  const track = document.querySelector('svg.chart rect.track').getBoundingClientRect().width;
  const out = document.createElement('pre'); out.id = 'measure';
  out.textContent = JSON.stringify({scroll: document.documentElement.scrollWidth, inner: innerWidth,
    bars, track, total: document.querySelector('#score .total').textContent,
    font: getComputedStyle(document.body).fontSize});
  document.body.appendChild(out);
});
</script>"""


def _chrome(chromium: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    profile = tmp_path / "profile"
    return subprocess.run(
        [chromium, *CHROME_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize("width", [1280, 500])  # 500: headless Chromium's narrowest window
def test_browser_lays_out_without_horizontal_overflow(
    report: Report, chromium: str, tmp_path: Path, width: int
) -> None:
    import json

    page = tmp_path / "report.html"
    page.write_text(render(report, "html").replace("</body>", MEASURE + "</body>"), "utf-8")
    done = _chrome(chromium, tmp_path, f"--window-size={width},900", "--dump-dom", page.as_uri())
    match = re.search(r'<pre id="measure">(.*?)</pre>', done.stdout)
    assert match, done.stderr[-2000:]
    seen = json.loads(match.group(1).replace("&quot;", '"'))
    assert seen["inner"] == width
    assert seen["scroll"] <= width  # nothing sticks out sideways, even on a phone
    assert seen["total"] == f"{report.score.total:.1f}"
    assert seen["font"] == ("14px" if width < 560 else "15px")  # the phone layout applies
    ratios = [b / seen["track"] for b in seen["bars"]]
    assert ratios == pytest.approx([c.score / 100 for c in report.score.components], abs=0.01)


@pytest.mark.slow
def test_browser_screenshot_shows_the_chart_in_colour(report: Report, chromium: str, tmp_path: Path) -> None:
    from PIL import Image

    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), "utf-8")
    shot = tmp_path / "shot.png"
    _chrome(chromium, tmp_path, "--window-size=1000,700", f"--screenshot={shot}", page.as_uri())
    image = Image.open(shot).convert("RGB")
    assert image.size == (1000, 700)
    data = image.tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3], strict=True)
    green = sum(1 for r, g, b in pixels if g > 110 and r < 60 and b < 110)  # the bars scored 70 and more
    assert green > 1500


@pytest.mark.slow
def test_browser_prints_a_readable_pdf(report: Report, chromium: str, tmp_path: Path) -> None:
    import pdfplumber

    page = tmp_path / "report.html"
    page.write_text(render(report, "html"), "utf-8")
    pdf = tmp_path / "report.pdf"
    _chrome(chromium, tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    with pdfplumber.open(pdf) as doc:
        text = " ".join((p.extract_text() or "") for p in doc.pages)
        assert 1 <= len(doc.pages) <= 6
    flat = " ".join(text.split())
    assert "Dana Whitfield — Amazon" in flat
    assert "Tailored summary line" in flat and "Kubernetes" in flat
