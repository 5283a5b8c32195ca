"""Rules of the house that a reader cannot check by eye: no import cycles, no very long functions.

Both checks read the source with ``ast`` (nothing is imported), so they see every import, the
function-local ones included. Imports under ``if TYPE_CHECKING:`` never run and are not counted.

Both are ratchets: today's known offenders are listed by name below, and the test fails when a new
offender appears *and* when a listed one is gone but still listed, so the lists only shrink.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

MAX_FUNCTION_LINES = 80

# Import cycles still being taken apart (each one sorted; owner in the comment). Remove a line when its
# cycle is gone; never add one.
KNOWN_CYCLES: set[tuple[str, ...]] = set()

# Functions over MAX_FUNCTION_LINES still being split ("module:Qualified.name"). Remove when split.
KNOWN_LONG_FUNCTIONS: set[str] = set()


def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package) for every module under src/."""
    found = {}
    for path in SRC.rglob("*.py"):
        parts = list(path.relative_to(SRC).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        found[".".join(parts)] = (path, is_package)
    return found


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _runtime_imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import statement that can run, at any depth, skipping `if TYPE_CHECKING:` bodies."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node
        elif isinstance(node, ast.If) and _is_type_checking(node.test):
            for child in node.orelse:
                yield from _runtime_imports(ast.Module(body=[child], type_ignores=[]))
        else:
            yield from _runtime_imports(node)


def import_graph() -> dict[str, set[str]]:
    """Module -> the project modules it imports (``from pkg import sub`` counts as importing pkg.sub)."""
    modules = _modules()
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in modules.items():
        package = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in _runtime_imports(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                targets.update(alias.name for alias in node.names if alias.name in modules)
                continue
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                origin = ".".join([*base, *([node.module] if node.module else [])])
            else:
                origin = node.module or ""
            for alias in node.names:
                if f"{origin}.{alias.name}" in modules:
                    targets.add(f"{origin}.{alias.name}")
                elif origin in modules:
                    targets.add(origin)
        targets.discard(name)
        graph[name] = targets
    return graph


def import_cycles(graph: dict[str, set[str]]) -> set[tuple[str, ...]]:
    """The strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: set[tuple[str, ...]] = set()
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, successors = work[-1]
            advanced = False
            for succ in successors:
                if succ not in index:
                    index[succ] = low[succ] = len(index)
                    stack.append(succ)
                    on_stack.add(succ)
                    work.append((succ, iter(sorted(graph[succ]))))
                    advanced = True
                    break
                if succ in on_stack:
                    low[node] = min(low[node], index[succ])
            if advanced:
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.add(tuple(sorted(component)))
    return cycles


def long_functions(limit: int = MAX_FUNCTION_LINES) -> dict[str, int]:
    """"module:Qualified.name" -> line count, for every function (nested ones too) over ``limit``."""
    found: dict[str, int] = {}

    def visit(node: ast.AST, module: str, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = (child.end_lineno or child.lineno) - child.lineno + 1
                if lines > limit:
                    found[f"{module}:{prefix}{child.name}"] = lines
                visit(child, module, f"{prefix}{child.name}.")
            elif isinstance(child, ast.ClassDef):
                visit(child, module, f"{prefix}{child.name}.")
            else:
                visit(child, module, prefix)

    for name, (path, _) in _modules().items():
        visit(ast.parse(path.read_text("utf-8")), name, "")
    return found


def test_no_new_import_cycle() -> None:
    cycles = import_cycles(import_graph())
    new = cycles - KNOWN_CYCLES
    assert not new, f"new import cycle(s), function-local imports included: {sorted(new)}"


def test_known_import_cycles_are_still_there() -> None:
    gone = KNOWN_CYCLES - import_cycles(import_graph())
    assert not gone, f"cycle(s) fixed: remove them from KNOWN_CYCLES in {__file__}: {sorted(gone)}"


def test_no_new_function_over_the_limit() -> None:
    new = {name: n for name, n in long_functions().items() if name not in KNOWN_LONG_FUNCTIONS}
    assert not new, f"functions over {MAX_FUNCTION_LINES} lines: {new}"


def test_known_long_functions_are_still_long() -> None:
    gone = KNOWN_LONG_FUNCTIONS - set(long_functions())
    assert not gone, f"split or renamed: remove from KNOWN_LONG_FUNCTIONS in {__file__}: {sorted(gone)}"


def test_the_cycle_finder_sees_function_local_and_relative_imports(tmp_path: Path) -> None:
    # The checker itself must be able to fail: a two-module cycle closed by a function-local import.
    graph = {"p.a": {"p.b"}, "p.b": {"p.a"}, "p.c": {"p.a"}}
    assert import_cycles(graph) == {("p.a", "p.b")}
    tree = ast.parse(
        "from typing import TYPE_CHECKING\n"
        "if TYPE_CHECKING:\n    from . import never\n"
        "def f():\n    from .sibling import thing\n    import p.other\n"
    )
    names = [ast.unparse(node) for node in _runtime_imports(tree)]
    assert names == ["from typing import TYPE_CHECKING", "from .sibling import thing", "import p.other"]
