"""Where resume-tailor keeps files, and how it writes them without ever leaving half a file.

Folders follow platformdirs (XDG on Linux): ``XDG_DATA_HOME`` and ``XDG_CACHE_HOME`` move them, and
``RESUME_TAILOR_DATA_DIR`` / ``RESUME_TAILOR_CACHE_DIR`` override them outright.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

APP_NAME = "resume-tailor"


def user_data_dir() -> Path:
    """Folder for scraped postings and user-added company profiles."""
    override = os.environ.get("RESUME_TAILOR_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def user_cache_dir() -> Path:
    """Folder for caches that may be deleted at any time (matcher pickle, HTTP cache)."""
    override = os.environ.get("RESUME_TAILOR_CACHE_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def user_profiles_dir() -> Path:
    """Folder where a user adds their own company profiles (``<name>.yaml``)."""
    return user_data_dir() / "company_profiles"


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see either the old file or the new one, never a part.

    The bytes go to a hidden ``.<name>.<pid>.<random>.tmp`` beside the target, then replace it.
    Leftovers of a killed run (their process is gone) are removed first. The new file gets the
    permissions a shell redirect would give it (``0666`` minus the umask), or keeps the mode of
    the file it replaces: see "Output files" in the README for why.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as folder:
    ...     atomic_write_bytes(Path(folder) / "example.txt", b"hello")
    ...     (Path(folder) / "example.txt").read_bytes(), sorted(p.name for p in Path(folder).iterdir())
    (b'hello', ['example.txt'])
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temporaries(target)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def remove_stale_temporaries(target: Path) -> int:
    """Delete ``.<name>.<pid>.*.tmp`` files left beside ``target`` by runs that were killed.

    Only files whose writing process no longer exists are removed, so a concurrent writer of the
    same target keeps its temporary file. Returns the number removed.
    """
    removed = 0
    prefix = f".{target.name}."
    try:
        candidates = [p for p in target.parent.iterdir() if p.name.startswith(prefix) and p.suffix == ".tmp"]
    except OSError:
        return 0
    for leftover in candidates:
        pid_text = leftover.name[len(prefix):].split(".", 1)[0]
        if pid_text.isdigit() and _alive(int(pid_text)):
            continue
        with contextlib.suppress(OSError):
            leftover.unlink()
            removed += 1
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _mode_for(target: Path) -> int:
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        return 0o666 & ~_umask()


def _umask() -> int:
    """The process umask, read without changing it (os.umask can only be read by setting it)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    current = os.umask(0o022)
    os.umask(current)
    return current


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8, atomically (see :func:`atomic_write_bytes`)."""
    atomic_write_bytes(path, text.encode("utf-8"))
