"""A posting's years requirement reads the person's own figure when the dates disagree with it."""

from resume_tailor.matching.skillfit import skills_fit_posting
from resume_tailor.models import JobPosting, Requirement, Resume


def _years_item(resume: Resume) -> tuple[float, str]:
    posting = JobPosting(requirements=[Requirement("8+ years of professional experience", years=8.0)])
    item = next(i for i in skills_fit_posting(resume, posting).items if i.kind == "experience")
    return item.credit, item.detail


def test_stated_years_win_when_the_dates_disagree() -> None:
    credit, detail = _years_item(Resume(total_years=3.0, stated_years=10.0))
    assert credit == 1.0
    assert "states 10" in detail


def test_dates_are_used_when_they_agree_with_the_stated_figure() -> None:
    credit, detail = _years_item(Resume(total_years=4.0, stated_years=5.0))
    assert credit == 0.5
    assert "dates give about 4" in detail
