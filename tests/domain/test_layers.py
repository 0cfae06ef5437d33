"""The house's rules, read from the imports: the domain imports no Qt and no ReportLab,
no import runs back up a layer, no two modules import each other by any path, and the
domain's tests need no Qt either."""

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UP = ("PySide6", "reportlab", "rmentor.ui", "rmentor.reports", "rmentor.cli", "rmentor.translator")


def imports(path: Path) -> set[str]:
    """Every module a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def above(name: str, layers: tuple[str, ...]) -> bool:
    return any(name == layer or name.startswith(layer + ".") for layer in layers)


def test_the_domain_imports_nothing_from_the_layers_above_it():
    wrong = {
        module_name(path): sorted(n for n in imports(path) if above(n, UP))
        for path in (ROOT / "rmentor" / "models").rglob("*.py")
    }
    assert {m: names for m, names in wrong.items() if names} == {}


def test_documents_import_no_window():
    wrong = {
        module_name(path): sorted(n for n in imports(path) if above(n, ("rmentor.ui",)))
        for path in (ROOT / "rmentor" / "reports").rglob("*.py")
    }
    assert {m: names for m, names in wrong.items() if names} == {}


def test_no_two_modules_import_each_other_by_any_path():
    modules = {module_name(p): p for p in (ROOT / "rmentor").rglob("*.py")}
    graph = {
        name: {n for n in imports(path) if n in modules and n != name}
        for name, path in modules.items()
    }
    circles, index, low, stack, on_stack = [], {}, {}, [], set()

    def visit(node: str) -> None:  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in graph[node]:
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.add(member)
                if member == node:
                    break
            if len(component) > 1:
                circles.append(sorted(component))

    for name in graph:
        if name not in index:
            visit(name)
    assert circles == []


def test_the_domains_tests_need_no_qt():
    wrong = {
        path.name: sorted(n for n in imports(path) if above(n, UP))
        for path in Path(__file__).parent.glob("*.py")
    }
    assert {m: names for m, names in wrong.items() if names} == {}
