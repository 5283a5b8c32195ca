"""Every input bounded (issue 15): special files, zip oddities, work bombs and document caps.

Each hostile input is built here (``hostile.py``); the assertions are on outcomes (which error,
which message), the timings are in ``benchmarks/hostile_inputs.py``.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

import pytest

from resume_tailor import limits, reading
from resume_tailor.errors import (
    CorruptFileError,
    EncryptedFileError,
    FileTooLargeError,
    InputFileError,
    PostingError,
    ProfileError,
)
from resume_tailor.resume import parse_resume, parse_resume_bytes

sys.path.insert(0, str(Path(__file__).parent))
import hostile  # noqa: E402


def test_dev_zero_is_read_up_to_the_cap_only() -> None:
    with pytest.raises(FileTooLargeError, match="over the 10 MB limit"):
        parse_resume("/dev/zero")


def test_a_pipe_is_read_whole(tmp_path: Path) -> None:
    read_fd, write_fd = os.pipe()
    text = hostile.RESUME_HEAD.encode() + b"Built pipelines.\n"

    def writer() -> None:
        time.sleep(0.2)  # the reader waits for data that arrives late
        os.write(write_fd, text)
        os.close(write_fd)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        resume = parse_resume(f"/dev/fd/{read_fd}")
    finally:
        thread.join()
        os.close(read_fd)
    assert resume.contact.email == "jane@example.com"


def test_fifo_without_writer_is_refused_after_a_bounded_wait(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(reading, "NO_WRITER_WAIT", 0.3)
    fifo = tmp_path / "cv.md"
    os.mkfifo(fifo)
    start = time.monotonic()
    with pytest.raises(InputFileError, match="empty"):
        parse_resume(fifo)
    assert time.monotonic() - start < 5


def test_symlink_loop_is_named_as_such(tmp_path: Path) -> None:
    loop = tmp_path / "loop.pdf"
    loop.symlink_to(loop)
    with pytest.raises(InputFileError, match="loop of symbolic links"):
        parse_resume(loop)


def test_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="is a folder"):
        parse_resume(tmp_path)
    with pytest.raises(InputFileError, match="file not found"):
        parse_resume(tmp_path / "nope.pdf")


def test_docx_with_encryption_flag_or_unknown_zip_version() -> None:
    base = hostile.resume_docx()
    assert parse_resume_bytes(base, name="ok.docx").experience
    with pytest.raises(EncryptedFileError, match="password-protected"):
        parse_resume_bytes(hostile.patch_zip_headers(base, flag=0x1), name="enc.docx")
    with pytest.raises(CorruptFileError, match="version"):
        parse_resume_bytes(hostile.patch_zip_headers(base, version=99), name="new.docx")


def test_docx_with_twenty_thousand_styles_reads_its_paragraphs() -> None:
    resume = parse_resume_bytes(hostile.docx_many_styles(20_000, 100), name="styles.docx")
    assert resume.contact.name == "Jane Doe"
    assert resume.experience and resume.experience[0].company == "Acme Corp"


def test_docx_with_46_mb_of_paragraphs_is_refused() -> None:
    bomb = hostile.docx_many_paragraphs(46)
    assert len(bomb) < 1 << 20
    with pytest.raises(FileTooLargeError, match="MB of XML"):
        parse_resume_bytes(bomb, name="paragraphs.docx")


def test_docx_paragraph_cap() -> None:
    with pytest.raises(FileTooLargeError, match="paragraphs is over the limit of 5,000"):
        parse_resume_bytes(hostile.docx_paragraph_count(limits.MAX_PARAGRAPHS), name="many.docx")


def test_text_resume_character_and_line_caps() -> None:
    with pytest.raises(FileTooLargeError, match="characters is over the limit"):
        parse_resume_bytes(("Built things. " * 700_000).encode(), name="huge.txt")
    with pytest.raises(FileTooLargeError, match="lines is over the limit"):
        parse_resume_bytes(b"x\n" * (limits.MAX_LINES + 1), name="tall.txt")


def test_entry_cap(monkeypatch) -> None:
    monkeypatch.setattr(limits, "MAX_ENTRIES", 2)
    jobs = "".join(f"Engineer, Company{i} Corp\n{2000 + i} - {2001 + i}\n- Built it.\n\n" for i in range(5))
    with pytest.raises(FileTooLargeError, match="entries is over the limit of 2"):
        parse_resume_bytes(f"Jane Doe\njane@x.io\n\nEXPERIENCE\n{jobs}".encode(), name="jobs.txt")


def test_dense_pdf_is_refused_before_layout() -> None:
    with pytest.raises(FileTooLargeError, match="characters is over the limit"):
        parse_resume_bytes(hostile.dense_pdf(pages=20, size=4), name="dense.pdf")


def test_posting_from_dev_zero_and_a_folder(tmp_path: Path) -> None:
    from resume_tailor import parse_posting

    with pytest.raises(PostingError, match="over the 5 MB limit"):
        parse_posting("/dev/zero")
    with pytest.raises(PostingError, match="folder"):
        parse_posting(tmp_path)


def test_deeply_nested_json_posting_is_refused(tmp_path: Path) -> None:
    from resume_tailor.postings import parse_posting_bytes

    with pytest.raises(PostingError):
        parse_posting_bytes(b"[" * 100_000 + b"]" * 100_000, name="deep.json")


def test_profile_alias_amplification_and_size(tmp_path: Path) -> None:
    from resume_tailor.companies.schema import parse_profile_text

    with pytest.raises(ProfileError, match="aliases expand"):
        parse_profile_text(hostile.alias_bomb_yaml(), "bomb.yaml")
    with pytest.raises(ProfileError, match="aliases expand"):
        parse_profile_text(hostile.billion_laughs_yaml(), "laughs.yaml")
    with pytest.raises(ProfileError, match="refers to itself"):
        parse_profile_text("a: &a [*a]\n", "cycle.yaml")
    with pytest.raises(ProfileError, match="over the limit"):
        parse_profile_text("name: x\n" + "# padding\n" * 200_000, "big.yaml")


def test_big_profile_file_is_refused_by_the_loader(tmp_path: Path) -> None:
    from resume_tailor import load_profile

    (tmp_path / "acme.yaml").write_text("id: acme\n" + "# padding padding padding\n" * 100_000)
    with pytest.raises(ProfileError, match="over the 1 MB limit"):
        load_profile("acme", profiles_dir=tmp_path)


def test_skill_mention_cap_in_parse(monkeypatch) -> None:
    from typer.testing import CliRunner

    from resume_tailor.cli import app

    monkeypatch.setattr(limits, "MAX_MENTIONS", 1)
    resume = Path(__file__).resolve().parents[2] / "examples" / "backend-engineer.md"
    result = CliRunner().invoke(app, ["parse", str(resume)])
    assert result.exit_code == 3, result.output
    assert "skill mentions is over the limit of 1" in result.output
