"""The one way resume-tailor reads an input file: at most ``cap + 1`` bytes, with a bounded wait.

Never trusts ``st_size``: ``/dev/zero``, ``/dev/urandom``, pipes and process substitution
(``tailor parse <(cat cv.md)``) report a size of 0 and are read up to the cap like any other file.
A FIFO nobody writes to is given :data:`NO_WRITER_WAIT` seconds for a writer to appear, and a
pipe or device that stops sending for :data:`IDLE_TIMEOUT` seconds is refused, so no input can
make the command hang. Every failure is an :class:`~resume_tailor.errors.InputFileError` (or the
subclass the caller names) with a one-line message; nothing else escapes.
"""

from __future__ import annotations

import errno
import os
import select
import stat
import time
from pathlib import Path

from resume_tailor.errors import FileTooLargeError, InputFileError, TailorError

NO_WRITER_WAIT = 2.0  # seconds a FIFO may stay without a writer before it is treated as empty
IDLE_TIMEOUT = 30.0  # seconds a pipe or device may stay silent (a writer is there but sends nothing)
_CHUNK = 1 << 16
# non-blocking where the platform has it (POSIX): a FIFO with no writer would block open() itself
_OPEN_FLAGS = os.O_RDONLY
for _flag in ("O_NONBLOCK", "O_CLOEXEC", "O_BINARY"):
    _OPEN_FLAGS |= getattr(os, _flag, 0)


def _mb(n: int) -> str:
    if n >= 1 << 20:
        return f"{n / (1 << 20):g} MB"
    return f"{n >> 10} KB"


def read_capped(
    source: str | os.PathLike[str],
    cap: int,
    *,
    what: str = "input",
    error: type[TailorError] = InputFileError,
) -> bytes:
    """The bytes of ``source``, refusing (``FileTooLargeError``) anything over ``cap`` bytes.

    ``what`` names the file in messages ("resume", "posting", "profile"); ``error`` is the class
    raised for a missing, unreadable or oversized file (``FileTooLargeError`` for the size when
    ``error`` is the generic ``InputFileError``).

    >>> read_capped("/dev/null", 10)
    b''
    """
    path = Path(source).expanduser()
    fd = _open(path, what, error)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} is a folder, not a {what} file")
        if stat.S_ISREG(info.st_mode):
            if hasattr(os, "O_NONBLOCK"):
                os.set_blocking(fd, True)
            data = _read_regular(fd, cap)
        else:
            data = _read_stream(fd, cap, path, what, error)
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if len(data) > cap:
        too_big = error if error is not InputFileError else FileTooLargeError
        raise too_big(f"{path.name}: the {what} file is over the {_mb(cap)} limit; refusing to read it")
    return data


def _open(path: Path, what: str, error: type[TailorError]) -> int:
    """Open without blocking (a FIFO with no writer would block ``open`` itself)."""
    try:
        return os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        if exc.errno == errno.ENOENT:
            raise error(f"file not found: {path}") from None
        if exc.errno == errno.ELOOP:
            raise error(f"{path}: a loop of symbolic links; it points back at itself") from None
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise error(f"{path}: permission denied") from None
        if exc.errno == errno.ENXIO:
            raise error(f"{path}: not a file that can be read (a socket?)") from None
        if exc.errno == errno.ENOTDIR:
            raise error(f"file not found: {path} (a part of the path is not a folder)") from None
        if exc.errno == errno.ENAMETOOLONG:
            raise error(f"{what} file name too long: {str(path)[:80]}...") from None
        raise error(f"{path}: cannot be opened ({exc.strerror or exc})") from None


def _read_regular(fd: int, cap: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got <= cap:
        chunk = os.read(fd, min(_CHUNK << 4, cap + 1 - got))
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _read_stream(fd: int, cap: int, path: Path, what: str, error: type[TailorError]) -> bytes:
    """A pipe, FIFO or character device: non-blocking reads with deadlines, one byte past the cap.

    A read returns data, raises ``BlockingIOError`` (a writer is there, nothing sent yet: wait
    up to :data:`IDLE_TIMEOUT`) or returns nothing (end of data, or a FIFO no one has opened for
    writing yet: wait up to :data:`NO_WRITER_WAIT` for one, then treat it as empty).
    """
    parts: list[bytes] = []
    got = 0
    start = last = time.monotonic()
    while got <= cap:
        try:
            chunk = os.read(fd, min(_CHUNK, cap + 1 - got))
        except BlockingIOError:
            if time.monotonic() - last > IDLE_TIMEOUT:
                raise error(
                    f"{path}: no data for {IDLE_TIMEOUT:.0f} s; refusing to wait longer for the {what}"
                ) from None
            select.select([fd], [], [], 0.1)
            continue
        if chunk:
            parts.append(chunk)
            got += len(chunk)
            last = time.monotonic()
            continue
        if got or time.monotonic() - start > NO_WRITER_WAIT:
            break
        time.sleep(0.05)
    return b"".join(parts)
