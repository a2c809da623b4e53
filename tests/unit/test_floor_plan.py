"""The floor plan of the services holds (issue 13): no import circles between service modules, nothing
private taken from another module, and every wing says what it holds and what it may use.

The layers between the program, the command line, the services and the models, and the order of the
wings, are import-linter contracts in pyproject.toml (``lint-imports``); this test covers what a
contract cannot say. The graph is grimp's (import-linter's own), which sees function-level imports too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parents[2]
SERVICES = ROOT / "app" / "services"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("app")


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(edges):
        if root in index:
            continue
        work = [(root, iter(sorted(edges[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    comp.append(top)
                    if top == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def test_no_import_circle_between_service_modules(graph: grimp.ImportGraph) -> None:
    mods = {m for m in graph.modules if m.startswith("app.services.")}
    edges = {m: {i for i in graph.find_modules_directly_imported_by(m) if i in mods} for m in mods}
    circles = _cycles(edges)
    assert circles == [], f"import circles between service modules (break them, do not hide them in a function): {circles}"


def test_the_circle_finder_finds_a_circle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def _private_uses(graph: grimp.ImportGraph) -> list[str]:
    modules = set(graph.modules)
    found = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_aliases: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app") and node.level == 0:
                for a in node.names:
                    if a.name.startswith("_") and not a.name.startswith("__"):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno} from {node.module} import {a.name}")
                    if f"{node.module}.{a.name}" in modules:
                        module_aliases.add(a.asname or a.name)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                    and node.value.id in module_aliases and node.attr.startswith("_")
                    and not node.attr.startswith("__")):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.value.id}.{node.attr}")
    return found


def test_nothing_private_is_taken_from_another_module(graph: grimp.ImportGraph) -> None:
    found = _private_uses(graph)
    assert found == [], f"make these public in their right home, or move the function: {found}"


def test_every_wing_says_what_it_holds_and_what_it_may_use() -> None:
    wings = sorted(p.parent for p in SERVICES.glob("*/__init__.py"))
    assert len(wings) >= 12
    missing = []
    for init in (w / "__init__.py" for w in wings):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        if len(doc.split()) < 12 or not any(word in doc for word in ("May use", "Uses", "may use", "uses")):
            missing.append(init.parent.name)
    assert missing == [], f"a wing's __init__ docstring says what it holds and which wings it may use: {missing}"


def test_every_kernel_module_has_a_docstring() -> None:
    bare = [p.name for p in sorted(SERVICES.glob("*.py"))
            if p.name != "__init__.py" and not ast.get_docstring(ast.parse(p.read_text(encoding="utf-8")))]
    assert bare == []
