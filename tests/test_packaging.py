"""The released package: the wheel carries everything the app reads at run time."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Files in these folders are read at run time (data, sounds, icons, desktop files, migrations).
RUNTIME_FOLDERS = ("resources", "core/store/migrations")
RUNTIME_SUFFIXES = {".toml", ".wav", ".svg", ".png", ".desktop", ".xml", ".py", ".mako", ".qm"}


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    out = tmp_path_factory.mktemp("wheel")
    leftover = ROOT / "build"  # setuptools' work folder: removed again if this test made it
    had_build = leftover.exists()
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    if not had_build:
        shutil.rmtree(leftover, ignore_errors=True)
    if result.returncode != 0:
        if "No matching distribution" in result.stderr or "Could not find" in result.stderr:
            pytest.skip("building a wheel needs setuptools from the package index, not reachable")
        pytest.fail(result.stderr[-2000:])
    (wheel,) = out.glob("backline-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_wheel_carries_every_runtime_file(wheel_names: set[str]) -> None:
    """Every data file, sound, icon, desktop file and migration in the checkout is in the
    wheel, at the same package path (a missing one would break an installed app only)."""
    tracked = subprocess.run(
        ["git", "ls-files", *RUNTIME_FOLDERS], cwd=ROOT, capture_output=True, text=True
    ).stdout.split()
    if not tracked:  # not a git checkout: walk the folders instead
        tracked = [
            str(p.relative_to(ROOT))
            for folder in RUNTIME_FOLDERS
            for p in (ROOT / folder).rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        ]
    needed = {name for name in tracked if Path(name).suffix in RUNTIME_SUFFIXES}
    assert "core/store/migrations/script.py.mako" in needed
    assert "resources/library.toml" in needed
    assert {"resources/i18n/backline_de.qm", "resources/library.de.toml"} <= needed
    missing = sorted(needed - wheel_names)
    assert missing == []


def test_wheel_ships_the_launcher_and_no_tests(wheel_names: set[str]) -> None:
    """The wheel installs main, core, ui and resources (the agreed layout) and nothing else
    at the top level: no tests, benchmarks or tools."""
    top = {name.split("/")[0] for name in wheel_names if not name.startswith("backline-")}
    assert top == {"main.py", "core", "ui", "resources"}
