"""The house rules a reviewer would check by hand, checked by walking the source: the import graph has no
cycle and no upward edge, and no module writes a private attribute of an object it does not own (a
third-party upgrade would change behaviour without a word)."""

from __future__ import annotations

import ast
from pathlib import Path

import workplan

ROOT = Path(workplan.__file__).parent


def modules() -> dict[str, tuple[str, ast.Module]]:
    """Each module's name → (the package its relative imports start from, its syntax tree)."""
    found = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        package = ".".join(parts[:-1])
        name = package if parts[-1] == "__init__" else ".".join(parts)
        found[name] = (package, ast.parse(path.read_text("utf-8"), str(path)))
    return found


def imports(package: str, tree: ast.Module, known: set[str]) -> set[str]:
    """Every module of ours that the tree imports, at module level or inside a function."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = package.split(".")
            stem = base[: len(base) - node.level + 1] if node.level else []
            target = ".".join([*stem, node.module] if node.module else stem)
            out |= {f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in node.names}
        elif isinstance(node, ast.Import):
            out |= {a.name for a in node.names}
    return out & known


def graph() -> dict[str, set[str]]:
    trees = modules()
    return {name: imports(package, tree, set(trees)) - {name} for name, (package, tree) in trees.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        while work:
            v, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    work.append((child, iter(sorted(edges[child]))))
                elif child in stack:
                    low[v] = min(low[v], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                component = stack[stack.index(v) :]
                del stack[stack.index(v) :]
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def test_the_import_graph_has_no_cycle() -> None:
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_no_upward_edge_the_core_never_imports_the_cli_or_the_package_front() -> None:
    """The core knows nothing of the terminal; a core module that imported the package's front would
    load every public name it re-exports (and close a cycle through it). The CLI sits above the front
    door and goes through it."""
    upward = {
        (name, target)
        for name, targets in graph().items()
        for target in targets
        if (target.startswith("workplan.cli") and not name.startswith(("workplan.cli", "workplan.__main__")))
        or (target == "workplan" and name != "workplan" and not name.startswith("workplan.cli"))
    }
    assert upward == set()


def private_writes(tree: ast.Module) -> list[str]:
    """`x._name = …` or `setattr(x, "_name", …)` where x is not self or cls: a write into another's
    internals."""
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "setattr"
            and len(node.args) >= 2
            and isinstance(node.args[1], ast.Constant)
            and str(node.args[1].value).startswith("_")
            and not (isinstance(node.args[0], ast.Name) and node.args[0].id in ("self", "cls"))
        ):
            found.append(f"line {node.lineno}: setattr {node.args[1].value}")
        for target in targets:
            for t in ast.walk(target):
                if (
                    isinstance(t, ast.Attribute)
                    and t.attr.startswith("_")
                    and not t.attr.startswith("__")
                    and not t.attr.endswith("_")  # enum's documented _value_ and the like
                    and not (isinstance(t.value, ast.Name) and t.value.id in ("self", "cls"))
                ):
                    found.append(f"line {t.lineno}: {ast.unparse(t)}")
    return sorted(found)


def test_no_module_writes_a_private_attribute_of_an_object_it_does_not_own() -> None:
    found = {name: hits for name, (_, tree) in modules().items() if (hits := private_writes(tree))}
    assert found == {}


def test_the_private_write_finder_sees_the_writes_it_looks_for() -> None:
    tree = ast.parse(
        "param._shown = 1\nsetattr(obj, '_x', 2)\nself._own = 3\nmember._value_ = 4\nf()._a += 1\n"
    )
    assert private_writes(tree) == ["line 1: param._shown", "line 2: setattr _x", "line 5: f()._a"]


FRONT = {
    "workplan",
    "workplan.api",
    "workplan.reports",
    "workplan.errors",
    "workplan._version",
}
OUTPUT = "workplan.output"  # the output layer: what is written, for every view, file and help text


def test_the_cli_imports_only_the_front_door_the_reports_and_the_output_layer() -> None:
    """Every use case the CLI offers is a library call: parse, one `workplan.*` call, one report, one
    renderer. A reach past the front door into the core (it reached into 9 modules) fails here."""
    used = {t for name, targets in graph().items() if name.startswith("workplan.cli") for t in targets}
    outside = {t for t in used if not t.startswith(("workplan.cli", OUTPUT))} - FRONT
    assert outside == set()
    assert {t for t in used if t.startswith(OUTPUT)} >= {"workplan.output.render", "workplan.output.layout"}
