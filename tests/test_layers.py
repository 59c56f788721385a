"""DESIGN.md's layers, read from the source: arrows run one way and Qt stays in gui/ and printing/.

Every module's imports are read with ``ast`` (imports inside functions too, since they run
as soon as the function does; ``if TYPE_CHECKING:`` imports never run, so they count for
the direction but not for cycles), and the module graph of resource_desk is built from them.

    core  <-  store, importing, sheets  <-  printing  <-  gui  <-  cli
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import resource_desk

PACKAGE = Path(resource_desk.__file__).parent
ROOT = PACKAGE.name  # "resource_desk"

# layer -> the layers it may not import
FORBIDDEN = {
    "core": {"importing", "sheets", "printing", "gui", "cli"},
    "store": {"importing", "sheets", "printing", "gui", "cli"},
    "importing": {"gui", "printing", "cli"},
    "sheets": {"gui", "printing", "cli"},
    "printing": {"gui", "cli"},
    "gui": {"cli"},
}
QT_LAYERS = {"gui", "printing"}
# Widgets (QtPrintSupport loads them too) only in gui/: printing/ paints with QtGui alone.
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtPrintSupport")


def _module_name(path: Path) -> tuple[str, bool]:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    is_package = parts[-1] == "__init__"
    if is_package:
        parts = parts[:-1]
    return ".".join(parts), is_package


def _modules() -> dict[str, tuple[Path, bool]]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name, is_package = _module_name(path)
        found[name] = (path, is_package)
    return found


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(name: str, path: Path, is_package: bool, modules) -> list[tuple[str, int, bool]]:
    """(imported module, line, runs) for every import in the file; ``runs`` is False under
    ``if TYPE_CHECKING:``. A name imported from a package is the submodule when there is one."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    typing_only = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for inner in node.body:
                typing_only.update(id(n) for n in ast.walk(inner))
    package = name if is_package else name.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        runs = id(node) not in typing_only
        if isinstance(node, ast.Import):
            found.extend((alias.name, node.lineno, runs) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                sub = f"{source}.{alias.name}"
                found.append((sub if sub in modules else source, node.lineno, runs))
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == ROOT else None


def _graph():
    modules = _modules()
    edges: dict[str, set[str]] = {name: set() for name in modules}
    all_imports: dict[str, list[tuple[str, int, bool]]] = {}
    for name, (path, is_package) in modules.items():
        imports = _imports(name, path, is_package, modules)
        all_imports[name] = imports
        for target, _line, runs in imports:
            if runs and target in modules and target != name:
                edges[name].add(target)
    return modules, edges, all_imports


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    counter = 0
    for start in sorted(edges):
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            advanced = False
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges[child]))))
                    advanced = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
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
                    found.append(sorted(component))
    return found


def _a_cycle(component: list[str], edges: dict[str, set[str]]) -> list[str]:
    """The shortest loop from the component's first module back to it: a -> b -> ... -> a."""
    members = set(component)
    start = component[0]
    came_from: dict[str, str] = {}
    frontier = [start]
    while frontier:
        following = []
        for node in frontier:
            for child in sorted(edges[node] & members):
                if child == start:
                    path = [node]
                    while path[-1] != start:
                        path.append(came_from[path[-1]])
                    return [start, *reversed(path[:-1]), start] if len(path) > 1 else [start, node, start]
                if child not in came_from:
                    came_from[child] = node
                    following.append(child)
        frontier = following
    return component


def test_the_graph_is_read():
    modules, edges, _ = _graph()
    assert "resource_desk.cli" in modules and "resource_desk.printing.pdf" in modules
    assert "resource_desk.core.database" in edges["resource_desk.core.catalogues"]
    # imports inside functions count: the CLI loads its commands only when it needs them
    assert "resource_desk.cli.cmd_import" in edges["resource_desk.cli"]


def test_no_cycles_between_modules():
    _, edges, _ = _graph()
    loops = [" -> ".join(_a_cycle(component, edges)) for component in _cycles(edges)]
    assert not loops, "import cycles:\n  " + "\n  ".join(loops)


def test_arrows_run_one_way():
    modules, _, all_imports = _graph()
    wrong = []
    for name, imports in all_imports.items():
        layer = _layer(name)
        for target, line, _runs in imports:
            if _layer(target) in FORBIDDEN.get(layer, ()):
                wrong.append(f"{modules[name][0].relative_to(PACKAGE.parent)}:{line}: {layer} imports {target}")
    assert not wrong, "imports against the layers:\n  " + "\n  ".join(wrong)


def test_qt_only_in_gui_and_printing_and_widgets_only_in_gui():
    modules, _, all_imports = _graph()
    wrong = []
    for name, imports in all_imports.items():
        layer = _layer(name)
        for target, line, _runs in imports:
            where = f"{modules[name][0].relative_to(PACKAGE.parent)}:{line}: {target}"
            if target.split(".")[0] in ("PySide6", "shiboken6") and layer not in QT_LAYERS:
                wrong.append(where)
            elif layer == "printing" and target.startswith(WIDGET_MODULES):
                wrong.append(where)
    assert not wrong, "Qt where it does not belong:\n  " + "\n  ".join(wrong)


def _modules_outside(*layers: str) -> list[str]:
    return [name for name in _modules() if _layer(name) not in layers
            and ".migrations" not in name and not name.endswith(".__main__")]


def _loaded(modules: list[str], prefix: str) -> str:
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        f"loaded = sorted(m for m in sys.modules if m.startswith({prefix!r}))\n"
        "print(','.join(loaded))\n"
    )
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout.strip()


def test_core_importing_sheets_and_cli_never_load_qt():
    modules = _modules_outside("gui", "printing")
    assert "resource_desk.core.search" in modules and "resource_desk.cli" in modules
    assert "resource_desk.cli.cmd_sheet" in modules
    loaded = _loaded(modules, "PySide6")
    assert loaded == "", f"PySide6 modules loaded: {loaded}"


def test_printing_loads_no_widgets():
    modules = [name for name in _modules() if _layer(name) == "printing"]
    assert "resource_desk.printing.pdf" in modules
    loaded = _loaded(modules, "PySide6.QtWidgets")
    assert loaded == "", f"widgets loaded by printing/: {loaded}"
