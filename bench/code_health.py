"""The code-health figures issue 17 reports: functions over 60 lines, modules per layer,
arrows between packages (and which run the wrong way), import cycles, mypy and ruff counts.

    python bench/code_health.py [--no-tools]

Read from the source with ``ast``; nothing is imported. ``--no-tools`` skips the mypy and
ruff runs (about 20 s). Layers, lowest first: domain; storage and documents; services; gui;
demo; cli (see ALLOWED). An arrow a layer may not take is printed as WRONG WAY.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "vipdesk"
LONG_FUNCTION = 60  # lines

# What each package may import besides itself. The top-level helpers (clock, desk_log,
# resources_path) may be imported by all. The GUI may open, back up and check storage but
# reads no models (tests/gui/test_layers.py); the command line starts the GUI and the demo.
BASE = {"clock", "desk_log", "resources_path", "vipdesk"}
ALLOWED = {
    "domain": BASE,
    "storage": BASE | {"domain"},
    "documents": BASE | {"domain"},
    "services": BASE | {"domain", "storage", "documents"},
    "gui": BASE | {"domain", "services", "storage", "documents"},
    "demo": BASE | {"domain", "services", "storage", "documents", "gui"},
    "cli": BASE | {"domain", "services", "storage", "documents", "gui", "demo"},
}


def package_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def known(module: str) -> bool:
    """Whether ``module`` is one of our source files (a package's module, not a name in it)."""
    path = ROOT.joinpath(*module.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports_of(tree: ast.Module, top_level_only: bool) -> set[str]:
    """The vipdesk modules a module imports (all, or only those run at import time)."""
    found: set[str] = set()
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    for node in nodes:
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module.startswith("vipdesk"):
                found.update(f"{node.module}.{alias.name}" if known(f"{node.module}.{alias.name}")
                             else node.module for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("vipdesk"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--no-tools", action="store_true", help="skip mypy and ruff")
    args = parser.parse_args()

    files = sorted(PACKAGE.rglob("*.py"))
    modules = {module_name(f): f for f in files}
    per_layer: Counter[str] = Counter()
    long_functions: list[tuple[int, str]] = []
    arrows: Counter[tuple[str, str]] = Counter()
    graph: dict[str, set[str]] = defaultdict(set)
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        per_layer[package_of(name)] += 1
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > LONG_FUNCTION:
                    long_functions.append((length, f"{name}.{node.name}"))
        for target in imports_of(tree, top_level_only=False):
            if target in modules and package_of(target) != package_of(name):
                arrows[(package_of(name), package_of(target))] += 1
        for target in imports_of(tree, top_level_only=True):
            if target in modules and target != name:
                graph[name].add(target)

    print(f"modules: {len(modules)}")
    for layer, count in sorted(per_layer.items()):
        print(f"  {layer:<12}{count}")
    print(f"functions over {LONG_FUNCTION} lines: {len(long_functions)}")
    for length, where in sorted(long_functions, reverse=True):
        print(f"  {length:>4}  {where}")
    wrong = {a: n for a, n in arrows.items() if a[0] in ALLOWED and a[1] not in ALLOWED[a[0]]}
    print(f"arrows between packages: {len(arrows)} ({sum(arrows.values())} imports), "
          f"{len(wrong)} the wrong way")
    for (source, target), count in sorted(arrows.items()):
        flag = "  WRONG WAY" if (source, target) in wrong else ""
        print(f"  {source:>10} -> {target:<10}{count:>4}{flag}")
    cycles = find_cycles(graph)
    print(f"import cycles (top-level imports): {len(cycles)}")
    for cycle in cycles:
        print("  " + " -> ".join(cycle))
    if not args.no_tools:
        tools()


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def tools() -> None:
    bin_dir = Path(sys.executable).parent
    mypy = subprocess.run([str(bin_dir / "mypy")], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    errors = [line for line in mypy.stdout.splitlines() if ": error:" in line]
    print(f"mypy errors: {len(errors)}")
    by_package = Counter(package_of(module_name(ROOT / line.split(":")[0]))
                         for line in errors if line.startswith("vipdesk/"))
    for package, count in sorted(by_package.items()):
        print(f"  {package:<12}{count}")
    ruff = subprocess.run([str(bin_dir / "ruff"), "check", ".", "--statistics"], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    total = sum(int(line.split()[0]) for line in ruff.stdout.splitlines()
                if line.strip() and line.split()[0].isdigit())
    print(f"ruff findings: {total}")


if __name__ == "__main__":
    main()
