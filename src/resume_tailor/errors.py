"""One exception tree for resume-tailor. Each class carries the CLI exit code it maps to.

===  ==========================================  ============================
code meaning                                    classes
===  ==========================================  ============================
0    success                                    -
1    internal error (a bug: please report it)   TailorError (base), anything unexpected
2    usage: bad option, unknown company         UsageError, UnknownCompanyError
3    unreadable or unsupported input file       InputFileError and subclasses, PostingError
4    invalid profile or configuration           ProfileError, ConfigError
5    network refused or failed                  NetworkError and subclasses
6    batch finished but some inputs failed      BatchPartialFailure
===  ==========================================  ============================

Messages are written for the user: one line, saying what is wrong and what to do.
"""

from __future__ import annotations

from collections.abc import Iterable


class TailorError(Exception):
    """Base of every error resume-tailor raises on purpose."""

    exit_code = 1


class UsageError(TailorError):
    """The command or call was used wrongly (bad option value, missing argument)."""

    exit_code = 2


class UnknownCompanyError(UsageError):
    """No profile exists for the requested company."""

    def __init__(self, name: str, known: Iterable[str]) -> None:
        self.name = name
        self.known = sorted(known)
        super().__init__(f"unknown company {name!r}; known companies: {', '.join(self.known) or '(none)'}")


class InputFileError(TailorError):
    """An input file cannot be read: missing, unsupported, corrupt, encrypted, scanned or too big."""

    exit_code = 3


class UnsupportedFileError(InputFileError):
    """The file's content is not a PDF, DOCX or text document."""


class CorruptFileError(InputFileError):
    """The file claims a format but cannot be parsed as one."""


class EncryptedFileError(InputFileError):
    """The PDF is password-protected."""


class ScannedFileError(InputFileError):
    """The PDF holds only images; it needs OCR first."""


class FileTooLargeError(InputFileError):
    """The file exceeds a page, size or decompression limit."""


class EmptyDocumentError(InputFileError):
    """The file has no text."""


class PostingError(InputFileError):
    """A job posting could not be read or has no requirements."""


class ProfileError(TailorError):
    """A company profile is invalid. The message names the file, the line and the field."""

    exit_code = 4

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        self.path, self.line, self.field = path, line, field
        where = ":".join(str(p) for p in (path, line) if p is not None)
        super().__init__(f"{where}: {message}" if where else message)


class ConfigError(ProfileError):
    """A configuration value is invalid."""


class NetworkError(TailorError):
    """A network operation was refused (offline, robots.txt) or failed."""

    exit_code = 5


class OfflineError(NetworkError):
    """Network access was requested while offline mode is on."""


class RobotsDisallowedError(NetworkError):
    """robots.txt forbids fetching the URL."""


class FetchError(NetworkError):
    """The request failed: connection, timeout, status, size or redirect policy."""


class SiteChangedError(NetworkError):
    """A careers site answered in a shape the adapter does not recognise."""


class BatchPartialFailure(TailorError):
    """A batch run completed but some inputs failed; their errors were reported."""

    exit_code = 6


def one_line(error: BaseException) -> str:
    """The error's message on one line (the CLI and batch print no multi-line messages).

    >>> one_line(CorruptFileError("cv.pdf:\\n  not a readable PDF")), one_line(KeyError())
    ('cv.pdf: not a readable PDF', 'KeyError')
    """
    return " ".join(str(error).split()) or type(error).__name__
