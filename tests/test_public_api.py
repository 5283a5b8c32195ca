"""The public face of resume_tailor: __all__, the lazy table and the typing imports agree and resolve."""

from __future__ import annotations

import ast
import inspect
import subprocess
import sys
from pathlib import Path

import resume_tailor
import resume_tailor.errors as errors

INIT = Path(resume_tailor.__file__)


def _type_checking_imports() -> dict[str, str]:
    """name -> module of the imports under ``if TYPE_CHECKING:`` in __init__.py."""
    tree = ast.parse(INIT.read_text("utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If) and ast.unparse(n.test) == "TYPE_CHECKING")
    return {
        alias.name: node.module or ""
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_every_name_in_all_resolves_to_what_it_names() -> None:
    import resume_tailor.batch  # noqa: F401 - binds the submodule `batch` on the package unless prevented
    import resume_tailor.report.json_report  # noqa: F401

    for name in resume_tailor.__all__:
        value = getattr(resume_tailor, name)
        assert value is not None and not inspect.ismodule(value), name
    assert callable(resume_tailor.batch)
    assert len(resume_tailor.__all__) == len(set(resume_tailor.__all__))


def test_all_is_exactly_the_lazy_names_the_error_tree_and_the_version() -> None:
    error_names = {
        name for name, obj in vars(errors).items()
        if inspect.isclass(obj) and issubclass(obj, errors.TailorError)
    }
    assert len(error_names) >= 19
    lazy = set(resume_tailor._LAZY)
    assert set(resume_tailor.__all__) == lazy | error_names | {"__version__"}


def test_typing_imports_match_the_lazy_table() -> None:
    assert _type_checking_imports() == resume_tailor._LAZY


def test_lazy_names_come_from_the_module_the_table_names() -> None:
    import importlib

    for name, module in resume_tailor._LAZY.items():
        assert getattr(resume_tailor, name) is getattr(importlib.import_module(module), name), name


def test_unknown_attribute_is_an_attribute_error() -> None:
    try:
        resume_tailor.nosuch  # type: ignore[attr-defined]  # noqa: B018
    except AttributeError as error:
        assert "nosuch" in str(error)
    else:
        raise AssertionError("resume_tailor.nosuch resolved")


def test_import_stays_light() -> None:
    code = "import sys, resume_tailor; print(sorted(m for m in sys.modules if m.startswith('resume_tailor')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "['resume_tailor', 'resume_tailor.errors']"
