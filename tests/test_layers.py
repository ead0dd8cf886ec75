"""The layering rule: ``storyline.link`` never imports ``storyline.store`` and ``storyline.store``
never imports ``storyline.link`` (nor the workflow above both), at module level or inside a
function; ``storyline.workflow`` is where the two meet."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "storyline"

FORBIDDEN = {
    "link": ("storyline.store", "storyline.workflow", "storyline.api", "storyline.pipeline"),
    "store": ("storyline.link", "storyline.workflow", "storyline.api", "storyline.pipeline"),
}


def imported(path: Path, package: list[str] | None = None) -> set[str]:
    """Every module a file imports, wherever the import statement stands (relative ones resolved
    against its package)."""
    package = package or ["storyline", *path.relative_to(SRC).parent.parts]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            module = ".".join([*base, node.module] if node.module else base)
            out.add(module)
            out.update(f"{module}.{alias.name}" for alias in node.names)
    return out


def _breaks(module: str, prefixes: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in prefixes)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_never_imports_the_one_it_must_not_know(layer: str) -> None:
    files = sorted((SRC / layer).rglob("*.py"))
    assert files
    bad = {
        f"{path.relative_to(SRC)} imports {module}"
        for path in files
        for module in imported(path)
        if _breaks(module, FORBIDDEN[layer])
    }
    assert not bad, sorted(bad)


def test_the_checker_sees_imports_inside_functions_and_relative_ones(tmp_path: Path) -> None:
    # the rule would be toothless if a lazy import in a function body slipped through
    probe = tmp_path / "probe.py"
    probe.write_text(
        "def f():\n    from storyline.store import schema\n    from ..store import upsert\n", "utf-8"
    )
    found = imported(probe, ["storyline", "link"])
    assert _breaks("storyline.store.schema", FORBIDDEN["link"]) and "storyline.store.schema" in found
    assert "storyline.store.upsert" in found


def test_both_stores_are_what_callers_type_against(tmp_path: Path) -> None:
    from storyline.api import Store as ApiStore
    from storyline.protocols import StoreProtocol
    from storyline.store import Store

    plain, api = Store(tmp_path / "a.db"), ApiStore(tmp_path / "b.db")
    assert isinstance(plain, StoreProtocol) and isinstance(api, StoreProtocol)
    assert not isinstance(api, Store) and isinstance(api.store, Store)  # has one, is not one
