"""The package tree reads like the data flow (docs/architecture.md), and stays that way.

`loaders/ -> nlp -> extract/ -> write/`, with `run/`, `eval/`, `render/` and `cli/` around it. A unit here is
a top-level package (`run`) or module (`nlp`) of wireclaims; an import anywhere in a unit, in a function
too, is an edge to the unit it names. The graph of units has no cycle, and the inner units never import the
outer ones.
"""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest

import wireclaims

SRC = Path(wireclaims.__file__).resolve().parent
# The shipped spaCy pipeline is data, not code.
NOT_CODE = {"pipelines"}


def _modules() -> list[str]:
    found = []
    for info in pkgutil.walk_packages([str(SRC)], prefix="wireclaims."):
        # __main__ runs the CLI when imported
        if info.name.split(".")[1] not in NOT_CODE and info.name != "wireclaims.__main__":
            found.append(info.name)
    return sorted(found)


def _unit(module: str) -> str | None:
    """The top-level package or module of wireclaims that `module` is in; None for the package itself."""
    parts = module.split(".")
    if parts[0] != "wireclaims" or len(parts) < 2:
        return None
    name = parts[1]
    return name if (SRC / name).is_dir() or (SRC / f"{name}.py").is_file() else None


def _imported(path: Path, package: str) -> set[str]:
    """Every module an import in `path` names (relative imports resolved against `package`)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parent, base] if base else parent)
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _graph() -> dict[str, set[str]]:
    """unit -> the other units it imports."""
    edges: dict[str, set[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        relative = path.relative_to(SRC.parent).with_suffix("")
        module = ".".join(relative.parts)
        unit = _unit(module)
        if unit is None or unit in NOT_CODE:
            continue
        package = (
            module.removesuffix(".__init__") if path.name == "__init__.py" else module.rpartition(".")[0]
        )
        targets = {_unit(name) for name in _imported(path, package)}
        edges.setdefault(unit, set()).update(t for t in targets if t is not None and t != unit)
    return edges


def _cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One cycle of the graph as a path (first unit repeated at the end), or None."""
    done: set[str] = set()
    path: list[str] = []

    def visit(unit: str) -> list[str] | None:
        if unit in path:
            return [*path[path.index(unit) :], unit]
        if unit in done:
            return None
        path.append(unit)
        for other in sorted(edges.get(unit, ())):
            found = visit(other)
            if found:
                return found
        path.pop()
        done.add(unit)
        return None

    for unit in sorted(edges):
        found = visit(unit)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def graph() -> dict[str, set[str]]:
    """The unit graph, read once: parsing every source file is most of this module's time."""
    return _graph()


@pytest.mark.parametrize("module", _modules())
def test_every_module_imports(module: str) -> None:
    importlib.import_module(module)


def test_the_units_import_each_other_without_a_cycle(graph: dict[str, set[str]]) -> None:
    assert _cycle(graph) is None


@pytest.mark.parametrize(
    ("edges", "cycle"),
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
        ({"a": {"b", "c"}, "b": {"c"}, "c": set()}, None),  # a diamond is no cycle
        ({"a": {"b"}, "b": {"a"}}, ["a", "b", "a"]),
        ({"a": {"b"}, "b": {"c"}, "c": {"b"}}, ["b", "c", "b"]),
    ],
)
def test_the_cycle_finder_finds_cycles_and_only_cycles(
    edges: dict[str, set[str]], cycle: list[str] | None
) -> None:
    assert _cycle(edges) == cycle


# Inner units never import the ones around them.
OUTER = {"run", "eval", "render", "cli", "api", "component"}


@pytest.mark.parametrize(
    ("unit", "never"),
    [
        ("loaders", {"nlp", "steps", "extract", "write", *OUTER}),
        ("lang", {"loaders", "nlp", "steps", "extract", "write", *OUTER}),
        ("names", {"loaders", "nlp", "steps", "extract", "write", *OUTER}),
        ("extract", {"loaders", "write", *OUTER}),
        ("nlp", {"loaders", "extract", "write", *OUTER}),
        ("write", {"loaders", "nlp", "steps", "extract", *OUTER}),
        ("models", {"loaders", "nlp", "extract", "write", *OUTER}),
        ("run", {"eval", "render", "cli"}),
        ("eval", {"render", "cli", "write"}),
        ("render", {"eval", "cli"}),
    ],
)
def test_inner_units_do_not_import_outer_ones(graph: dict[str, set[str]], unit: str, never: set[str]) -> None:
    assert not graph.get(unit, set()) & never


def test_the_unit_graph_knows_the_tree(graph: dict[str, set[str]]) -> None:
    """The graph is read from the files: a unit that exists has edges, the tree's arrows are among them."""
    edges = graph
    assert {"loaders", "nlp", "extract", "write", "run", "eval", "render", "cli"} <= set(edges)
    assert {"extract", "loaders", "nlp", "write"} <= edges["run"]
    assert "run" in edges["cli"]
