"""Find, load and cache company profiles: bundled ones, the user's folder, and an explicit folder.

Search order (a later folder overrides an earlier one when two profiles share an ``id``):

1. the bundled profiles: ``resume_tailor/company_profiles`` inside the installed package (wheel), or
   the repository's top-level ``company_profiles/`` (editable install);
2. the user's folder, :func:`resume_tailor.storage.user_profiles_dir`;
3. the ``profiles_dir`` given by the caller (``--profiles DIR``).

Each folder may hold ``demand/<id>.yaml`` files written by ``scripts/build_demand.py``; their skill
demand is merged into the role families of the profile with that id from the same folder.
Parsed files are cached per process, keyed by path, modification time and size.
"""

from __future__ import annotations

import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

from resume_tailor.companies.schema import parse_demand_text, parse_profile_text
from resume_tailor.errors import ProfileError, UnknownCompanyError
from resume_tailor.models import CompanyProfile, RoleFamily

_PROFILE_SUFFIXES = (".yaml", ".yml")
_FileKey = tuple[str, int, int]

_profile_cache: dict[_FileKey, CompanyProfile] = {}
_demand_cache: dict[_FileKey, tuple[str, list[RoleFamily]]] = {}


def bundled_profiles_dir() -> Path | None:
    """The folder of the profiles shipped with resume-tailor, or None if it cannot be found."""
    try:
        packaged = resources.files("resume_tailor").joinpath("company_profiles")
        if packaged.is_dir():
            return Path(str(packaged))
    except (ModuleNotFoundError, NotADirectoryError, TypeError):  # pragma: no cover - odd installs
        pass
    repo = Path(__file__).resolve().parents[3] / "company_profiles"
    return repo if repo.is_dir() else None


def _user_dir() -> Path | None:
    from resume_tailor.storage import user_profiles_dir

    folder = user_profiles_dir()
    return folder if folder.is_dir() else None


def _search_dirs(profiles_dir: Path | None) -> list[Path]:
    dirs = [d for d in (bundled_profiles_dir(), _user_dir()) if d is not None]
    if profiles_dir is not None:
        folder = Path(profiles_dir)
        if not folder.is_dir():
            raise ProfileError(f"profiles folder not found: {folder}", path=str(folder))
        dirs.append(folder)
    return dirs


def _profile_files(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix.lower() in _PROFILE_SUFFIXES
        and p.is_file()
        and not p.name.startswith((".", "_"))
        and p.stem.upper() != "TEMPLATE"
    )


def _key(path: Path) -> _FileKey:
    stat = path.stat()
    return (str(path.resolve()), stat.st_mtime_ns, stat.st_size)


def _read(path: Path) -> str:
    from resume_tailor.limits import MAX_PROFILE_BYTES
    from resume_tailor.reading import read_capped

    data = read_capped(path, MAX_PROFILE_BYTES, what="profile", error=ProfileError)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ProfileError("profile is not UTF-8 text", path=str(path)) from None


def _parse_file(path: Path) -> CompanyProfile:
    key = _key(path)
    cached = _profile_cache.get(key)
    if cached is None:
        cached = parse_profile_text(_read(path), str(path))
        _profile_cache[key] = cached
    return cached


def _demand_for(folder: Path, company_id: str) -> list[RoleFamily] | None:
    path = folder / "demand" / f"{company_id}.yaml"
    if not path.is_file():
        return None
    key = _key(path)
    cached = _demand_cache.get(key)
    if cached is None:
        cached = parse_demand_text(_read(path), str(path))
        _demand_cache[key] = cached
    owner, families = cached
    if owner != company_id:
        raise ProfileError(f"demand file is for {owner!r}, expected {company_id!r}", path=str(path), line=1,
                           field="company")
    return families


def merge_demand(families: list[RoleFamily], demand: list[RoleFamily]) -> list[RoleFamily]:
    """Role families of a profile with the generated demand merged in, matched by id.

    A family only in the profile keeps its own data; one only in the demand file is appended.
    """
    by_id = {f.id: f for f in demand}
    merged = []
    for family in families:
        generated = by_id.pop(family.id, None)
        if generated is None:
            merged.append(family)
            continue
        merged.append(
            replace(
                family,
                title_keywords=family.title_keywords or generated.title_keywords,
                postings=generated.postings,
                skills=list(generated.skills),
                source=generated.source or family.source,
            )
        )
    merged.extend(f for f in demand if f.id in by_id)
    return merged


def _load_folder(folder: Path) -> dict[str, tuple[CompanyProfile, Path]]:
    """The profiles of one folder by id, each with its folder (demand is merged later, on demand)."""
    found: dict[str, tuple[CompanyProfile, Path]] = {}
    origin: dict[str, Path] = {}
    for path in _profile_files(folder):
        profile = _parse_file(path)
        if profile.id in found:
            raise ProfileError(
                f"company id {profile.id!r} is also defined in {origin[profile.id].name}",
                path=str(path), line=1, field="id",
            )
        found[profile.id] = (profile, folder)
        origin[profile.id] = path
    return found


def _with_demand(entry: tuple[CompanyProfile, Path]) -> CompanyProfile:
    """The profile with the generated demand file of its folder merged into its role families."""
    profile, folder = entry
    demand = _demand_for(folder, profile.id)
    if demand is None:
        return profile
    return replace(profile, role_families=merge_demand(profile.role_families, demand))


def _all_profiles(profiles_dir: Path | None) -> dict[str, tuple[CompanyProfile, Path]]:
    profiles: dict[str, tuple[CompanyProfile, Path]] = {}
    for folder in _search_dirs(profiles_dir):
        profiles.update(_load_folder(folder))
    return profiles


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", name.casefold())


def list_profiles(profiles_dir: Path | None = None) -> list[CompanyProfile]:
    """All known company profiles, sorted by id; user profiles override bundled ones by id.

    >>> [p.id for p in list_profiles()]
    ['amazon', 'google', 'meta', 'netflix']
    """
    profiles = _all_profiles(profiles_dir)
    return [_with_demand(profiles[k]) for k in sorted(profiles)]


def _bundled_by_file_name(wanted: str, profiles_dir: Path | None) -> CompanyProfile | None:
    """The bundled profile in ``<wanted>.yaml`` when no user folder defines that id (the common case).

    Reading one file instead of every profile keeps ``tailor RESUME --company X`` quick to start.
    """
    dirs = _search_dirs(profiles_dir)
    bundled = bundled_profiles_dir()
    if not wanted or bundled is None or not dirs or dirs[0] != bundled:
        return None
    path = bundled / f"{wanted}.yaml"
    if not path.is_file():
        return None
    if any(wanted in _load_folder(folder) for folder in dirs[1:]):
        return None  # a user profile overrides the bundled one: take the full route
    profile = _parse_file(path)
    return _with_demand((profile, bundled)) if profile.id == wanted else None


def load_profile(name: str, profiles_dir: Path | None = None) -> CompanyProfile:
    """The profile of ``name``: its id, display name or an alias, compared case-insensitively.

    Raises :class:`~resume_tailor.errors.UnknownCompanyError` naming the known companies.

    >>> load_profile("Amazon").values[0].id
    'customer_obsession'
    """
    wanted = _norm(name)
    quick = _bundled_by_file_name(wanted, profiles_dir)
    if quick is not None:
        return quick
    profiles = _all_profiles(profiles_dir)
    if wanted:
        if wanted in profiles:
            return _with_demand(profiles[wanted])
        for entry in profiles.values():
            profile = entry[0]
            names = [profile.id, profile.name, *profile.aliases]
            if wanted in {_norm(n) for n in names}:
                return _with_demand(entry)
    raise UnknownCompanyError(name, profiles)


def validate_profile_file(path: Path) -> CompanyProfile:
    """Validate one profile file and return it (with the demand file beside it merged in).

    Raises :class:`~resume_tailor.errors.ProfileError` naming the file, the line and the field.
    """
    path = Path(path)
    if not path.is_file():
        raise ProfileError("profile file not found", path=str(path))
    profile = _parse_file(path)
    demand = _demand_for(path.parent, profile.id)
    if demand is not None:
        profile = replace(profile, role_families=merge_demand(profile.role_families, demand))
    return profile


def profile_template() -> str:
    """The documented template for a new company profile (``company_profiles/TEMPLATE.yaml``)."""
    folder = bundled_profiles_dir()
    if folder is None or not (folder / "TEMPLATE.yaml").is_file():
        raise ProfileError("the bundled profile template is missing; reinstall resume-tailor")
    return (folder / "TEMPLATE.yaml").read_text(encoding="utf-8")


def clear_cache() -> None:
    """Forget every parsed profile (tests use this after editing files in place)."""
    _profile_cache.clear()
    _demand_cache.clear()
