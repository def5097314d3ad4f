"""No import circles in kiosk/ and ui/, and no private name imported from another module.

Every import counts: module level, inside functions, and importlib/__import__ calls (a literal
name, an f-string's fixed prefix, or — for a call whose name is computed — every module name the
file spells out as a string). Circles hidden behind a function-level import or importlib are still
circles: they make the start order fragile and the layering a lie.
"""
from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGES = ("kiosk", "ui")


def project_modules(root: Path = REPO) -> dict[str, Path]:
    out = {}
    for pkg in PACKAGES:
        for path in sorted((root / pkg).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            out[".".join(parts)] = path
    return out


def _resolve(module: str, node: ast.ImportFrom, is_package: bool) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    base = base[: len(base) - node.level + (1 if is_package else 0)]
    return ".".join(base + ([node.module] if node.module else []))


def _dynamic_targets(call: ast.Call, strings: set[str], modules: dict[str, Path]) -> set[str]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    if name not in ("import_module", "__import__") or not call.args:
        return set()
    arg = call.args[0]
    if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
        return {arg.value} & modules.keys()
    if isinstance(arg, ast.JoinedStr) and arg.values and isinstance(arg.values[0], ast.Constant):
        prefix = arg.values[0].value
        return {m for m in modules if m.startswith(prefix)}
    return strings & modules.keys()  # computed name: any module the file names could be the one


def imports_of(module: str, path: Path, modules: dict[str, Path]) -> tuple[set[str], list[str]]:
    """(project modules imported by `module`, private names it imports from other modules)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    strings = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    targets: set[str] = set()
    private: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = _resolve(module, node, path.name == "__init__.py")
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                if sub in modules:
                    targets.add(sub)  # `from pkg import submodule`
                else:
                    targets.add(base)
                    if alias.name.startswith("_") and not alias.name.startswith("__") and base in modules:
                        private.append(f"{module} imports {base}.{alias.name} (line {node.lineno})")
        elif isinstance(node, ast.Call):
            targets |= _dynamic_targets(node, strings, modules)
    return {t for t in targets if t in modules and t != module}, private


def import_graph(root: Path = REPO) -> tuple[dict[str, set[str]], list[str]]:
    modules = project_modules(root)
    graph, private = {}, []
    for name, path in modules.items():
        graph[name], bad = imports_of(name, path, modules)
        private += bad
    return graph, private


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_circles_in_kiosk_and_ui():
    graph, _ = import_graph()
    assert "kiosk.commands.core" in graph["kiosk.cli"]  # the walk sees the command modules
    assert cycles(graph) == []


def test_no_private_names_imported_across_modules():
    _, private = import_graph()
    assert private == []


def test_the_walk_finds_hidden_circles(tmp_path):
    """The checker itself: a circle through a function-level import and one through importlib."""
    pkg = tmp_path / "kiosk"
    pkg.mkdir()
    (tmp_path / "ui").mkdir()
    (pkg / "__init__.py").write_text("")
    (pkg / "a.py").write_text("def f():\n    from kiosk import b\n")
    (pkg / "b.py").write_text("from kiosk.a import f\n")
    (pkg / "c.py").write_text("import importlib\nfor n in ['d']:\n    importlib.import_module(f'kiosk.{n}')\n")
    (pkg / "d.py").write_text("from kiosk.c import _helper\n")
    graph, private = import_graph(tmp_path)
    assert cycles(graph) == [["kiosk.a", "kiosk.b"], ["kiosk.c", "kiosk.d"]]
    assert private == ["kiosk.d imports kiosk.c._helper (line 1)"]
