"""Desktop integration: the shipped entry, metainfo and icons, and `backline desktop`."""

from __future__ import annotations

import argparse
import configparser
import os
import re
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from core import desktop
from core.desktop import DesktopInstallError, install, installed_files, uninstall
from core.paths import APP_ID, DESKTOP_DIR, ICONS_DIR
from core.version import app_version

ROOT = Path(__file__).resolve().parents[2]
DESKTOP_PATH = DESKTOP_DIR / f"{APP_ID}.desktop"
METAINFO_PATH = DESKTOP_DIR / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def read_entry(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    assert head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def run_tool(*cmd: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(cmd[0]) is None:
        pytest.skip(f"{cmd[0]} is not installed (Debian: desktop-file-utils / appstream)")
    return subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)


@pytest.fixture
def launcher(tmp_path: Path) -> Path:
    """A stand-in for the installed `backline` script, in a folder with a space in its name."""
    folder = tmp_path / "my venv" / "bin"
    folder.mkdir(parents=True)
    script = folder / "backline"
    script.write_text("#!/bin/sh\n")
    script.chmod(0o755)
    return script


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every path under root with its contents (None for folders)."""
    return {
        str(p.relative_to(root)): (p.read_bytes() if p.is_file() else None)
        for p in sorted(root.rglob("*"))
    }


# --- the shipped files -------------------------------------------------------------------


def test_shipped_desktop_file_passes_desktop_file_validate() -> None:
    """desktop-file-validate accepts the shipped entry with no error, warning or hint."""
    result = run_tool("desktop-file-validate", str(DESKTOP_PATH))
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout


def test_shipped_metainfo_passes_appstreamcli_pedantic() -> None:
    """appstreamcli validate --no-net --pedantic exits 0 with no error or warning."""
    result = run_tool("appstreamcli", "validate", "--no-net", "--pedantic", str(METAINFO_PATH))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert not [line for line in lines if line.startswith(("E:", "W:"))], result.stdout


def test_desktop_entry_uses_the_app_id_everywhere() -> None:
    """File name, Icon and StartupWMClass are APP_ID; Exec lines are the `backline` templates."""
    entry = read_entry(DESKTOP_PATH)
    main = entry["Desktop Entry"]
    assert DESKTOP_PATH.name == f"{APP_ID}.desktop"
    assert main["Type"] == "Application"
    assert main["Name"] == "Backline"
    assert main["Icon"] == APP_ID
    assert main["StartupWMClass"] == APP_ID
    assert main["Terminal"] == "false"
    assert main["Exec"] == "backline"
    assert "start-workout" in main["Actions"].split(";")
    action = entry["Desktop Action start-workout"]
    assert action["Name"] == "Start a workout"
    assert action["Exec"] == "backline workout"


def test_metainfo_names_the_app_and_its_desktop_file() -> None:
    """The component id is APP_ID, its launchable is the shipped desktop file, and it
    provides the `backline` binary."""
    root = ET.parse(METAINFO_PATH).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    launchable = root.find("launchable")
    assert launchable is not None and launchable.get("type") == "desktop-id"
    assert launchable.text == DESKTOP_PATH.name
    assert root.findtext("provides/binary") == "backline"
    assert root.findtext("project_license") == "MIT"


def test_metainfo_release_matches_the_package_version() -> None:
    """The newest <release> is the version pip installed (core.version.app_version)."""
    installed = app_version()
    if installed.startswith("0+unknown"):
        pytest.skip("the package is not installed, so it has no version to compare")
    root = ET.parse(METAINFO_PATH).getroot()
    release = root.find("releases/release")
    assert release is not None and release.get("version") == installed


def test_metainfo_screenshots_are_committed_at_their_stated_size() -> None:
    """Each screenshot URL names a file in docs/screenshots/ whose PNG size matches the XML."""
    root = ET.parse(METAINFO_PATH).getroot()
    images = root.findall("screenshots/screenshot/image")
    assert len(images) >= 2
    for image in images:
        url = image.text or ""
        assert url.startswith("https://")
        local = ROOT / "docs" / "screenshots" / url.rsplit("/", 1)[-1]
        assert local.is_file(), f"{url} has no committed file {local}"
        assert png_size(local) == (int(image.get("width", 0)), int(image.get("height", 0)))


def test_hicolor_pngs_exist_at_every_size() -> None:
    """A PNG of exactly NxN pixels sits in hicolor/NxN/apps/ for every size we install."""
    for size in SIZES:
        path = ICONS_DIR / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert path.is_file(), f"missing {path}"
        assert png_size(path) == (size, size), path


def test_symbolic_icon_is_one_colour_on_a_16px_grid() -> None:
    """The symbolic icon has a 16x16 viewBox and paints only in #2e3436, with no strokes."""
    text = (ICONS_DIR / f"{APP_ID}-symbolic.svg").read_text()
    assert 'viewBox="0 0 16 16"' in text
    assert set(re.findall(r'fill="([^"]+)"', text)) == {"#2e3436"}
    assert "stroke" not in text


# --- install / uninstall -----------------------------------------------------------------


def test_install_writes_every_file_with_exec_pointing_at_the_script(
    tmp_path: Path, launcher: Path
) -> None:
    """install writes the entry, metainfo and all icons; both Exec lines run the given script
    (quoted, since its path has a space); the installed entry still validates."""
    home = tmp_path / "share"
    written = install(home, str(launcher), refresh_caches=False)
    assert written == installed_files(home)
    assert all(path.is_file() for path in written)
    assert home / "applications" / f"{APP_ID}.desktop" in written
    assert home / "metainfo" / f"{APP_ID}.metainfo.xml" in written
    assert home / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg" in written
    assert home / "icons/hicolor/symbolic/apps" / f"{APP_ID}-symbolic.svg" in written
    for size in SIZES:
        assert home / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in written

    installed_entry = home / "applications" / f"{APP_ID}.desktop"
    entry = read_entry(installed_entry)
    assert entry["Desktop Entry"]["Exec"] == f'"{launcher}"'
    assert entry["Desktop Action start-workout"]["Exec"] == f'"{launcher}" workout'
    assert entry["Desktop Entry"]["Icon"] == APP_ID
    assert (home / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        METAINFO_PATH.read_bytes()
    )
    assert (home / f"icons/hicolor/512x512/apps/{APP_ID}.png").read_bytes() == (
        ICONS_DIR / f"hicolor/512x512/apps/{APP_ID}.png"
    ).read_bytes()
    assert not list(home.rglob("*.tmp")), "temporary files were left behind"

    result = run_tool("desktop-file-validate", str(installed_entry))
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout


def test_install_twice_replaces_the_files_in_place(tmp_path: Path, launcher: Path) -> None:
    """A second install over the first succeeds and leaves the same set of files."""
    home = tmp_path / "share"
    first = install(home, str(launcher), refresh_caches=False)
    before = snapshot(home)
    assert install(home, str(launcher), refresh_caches=False) == first
    assert snapshot(home) == before


def test_uninstall_removes_exactly_the_installed_files(tmp_path: Path, launcher: Path) -> None:
    """uninstall removes every file install wrote, and nothing else in the data folder."""
    home = tmp_path / "share"
    other = home / "applications" / "org.example.Other.desktop"
    other.parent.mkdir(parents=True)
    other.write_text("[Desktop Entry]\n")
    written = install(home, str(launcher), refresh_caches=False)

    removed = uninstall(home, refresh_caches=False)
    assert sorted(removed) == sorted(written)
    assert not any(path.exists() for path in written)
    assert other.read_text() == "[Desktop Entry]\n"
    assert [p for p in home.rglob("*") if p.is_file()] == [other]
    assert uninstall(home, refresh_caches=False) == []


def test_install_where_a_parent_is_a_file_names_the_path_and_writes_nothing(
    tmp_path: Path, launcher: Path
) -> None:
    """A data folder under a regular file cannot be written: one-line error naming the
    folder, and nothing is created anywhere."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    home = blocker / "share"
    before = snapshot(tmp_path)
    with pytest.raises(DesktopInstallError) as caught:
        install(home, str(launcher), refresh_caches=False)
    message = str(caught.value)
    assert "\n" not in message
    assert f"cannot write {home}/applications" in message
    assert f"{blocker} is not a folder" in message
    assert message.endswith("nothing was installed")
    assert snapshot(tmp_path) == before


def test_install_with_a_folder_in_the_way_writes_nothing(tmp_path: Path, launcher: Path) -> None:
    """If one target path is a folder, install refuses before writing any file."""
    home = tmp_path / "share"
    (home / "icons/hicolor/48x48/apps" / f"{APP_ID}.png").mkdir(parents=True)
    before = snapshot(home)
    with pytest.raises(DesktopInstallError, match="a folder is in the way"):
        install(home, str(launcher), refresh_caches=False)
    assert snapshot(home) == before


def test_failure_half_way_takes_back_everything_written(
    tmp_path: Path, launcher: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write failing after some files are in place removes the new files, restores a
    replaced file's old contents, removes the folders it created, and leaves no temp files."""
    home = tmp_path / "share"
    old_entry = home / "applications" / f"{APP_ID}.desktop"
    old_entry.parent.mkdir(parents=True)
    old_entry.write_text("[Desktop Entry]\nName=old\n")
    before = snapshot(home)

    real_replace = os.replace
    calls = {"n": 0}

    def flaky_replace(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        calls["n"] += 1
        if calls["n"] == 5:
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(DesktopInstallError) as caught:
        install(home, str(launcher), refresh_caches=False)
    message = str(caught.value)
    assert "No space left on device" in message and "nothing was installed" in message
    assert str(home / "icons/hicolor/16x16/apps" / f"{APP_ID}.png") in message
    assert calls["n"] == 5
    assert snapshot(home) == before


def test_install_refuses_a_launcher_that_does_not_exist(tmp_path: Path) -> None:
    """An exec path that is not a file is refused with a clear line, and nothing is written."""
    home = tmp_path / "share"
    missing = tmp_path / "nowhere" / "backline"
    with pytest.raises(DesktopInstallError) as caught:
        install(home, str(missing), refresh_caches=False)
    assert str(caught.value).startswith(f"cannot install: the launcher {missing} does not exist")
    assert not home.exists()


@pytest.mark.parametrize(
    ("arg", "expected"),
    [
        ("/usr/bin/backline", "/usr/bin/backline"),
        ("/opt/my apps/backline", '"/opt/my apps/backline"'),
        ("/opt/$HOME/back`line", '"/opt/\\\\$HOME/back\\\\`line"'),
        ("/opt/100%/backline", "/opt/100%%/backline"),
    ],
)
def test_exec_arguments_are_quoted_per_the_spec(arg: str, expected: str) -> None:
    """Reserved characters force double quotes; `$` and backtick are escaped inside them, and
    the backslashes are doubled again for the file; `%` becomes `%%`."""
    assert desktop.quote_exec_arg(arg) == expected


# --- the command ---------------------------------------------------------------------------


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="backline")
    desktop.add_arguments(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def test_desktop_command_prints_a_line_per_file_and_a_summary(
    tmp_path: Path, launcher: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`backline desktop install` says "wrote PATH" for each file, then one summary line;
    `uninstall` says "removed PATH" for each; both exit 0."""
    home = tmp_path / "share"
    args = parse(["desktop", "install", "--data-home", str(home), "--exec-path", str(launcher)])
    assert desktop.run(args) == 0
    out = capsys.readouterr().out.splitlines()
    files = installed_files(home)
    assert out[:-1] == [f"wrote {path}" for path in files]
    assert out[-1] == f"installed Backline's menu entry ({len(files)} files) into {home}"

    assert desktop.run(parse(["desktop", "uninstall", "--data-home", str(home)])) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:-1] == [f"removed {path}" for path in files]
    assert out[-1].startswith(f"removed Backline's menu entry ({len(files)} files)")


def test_desktop_command_failure_is_one_line_on_stderr(
    tmp_path: Path, launcher: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """On failure the command prints one `backline: ...` line to stderr, nothing to stdout,
    and exits 1."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    args = parse(
        ["desktop", "install", "--data-home", str(blocker / "share"), "--exec-path", str(launcher)]
    )
    assert desktop.run(args) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("backline: cannot write ")
