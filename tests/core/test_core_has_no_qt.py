"""core/ never imports Qt (DESIGN.md rule 1): checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import core

ROOT = Path(__file__).resolve().parents[2]


def core_modules() -> list[str]:
    names = ["core"]
    for info in pkgutil.walk_packages(core.__path__, "core."):
        if (
            info.name.startswith("core.store.migrations.versions")
            or info.name == "core.store.migrations.env"
        ):
            continue  # run by Alembic, not importable on their own
        names.append(info.name)
    return names


def test_every_core_module_imports_without_qt() -> None:
    """Importing all of core leaves PySide6/shiboken6 out of sys.modules."""
    modules = core_modules()
    assert "core.store.db" in modules and "core.cli" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
