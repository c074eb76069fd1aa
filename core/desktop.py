"""Put Backline in the desktop's application menu (freedesktop.org), and take it out again.

`backline desktop install` copies the shipped desktop entry, AppStream metainfo and icons into
the user's data folder ($XDG_DATA_HOME, else ~/.local/share), with the entry's Exec lines
pointing at the installed `backline` script. Installing is all-or-nothing: every folder is
checked first, each file is written to a temporary file beside its target and renamed into
place, and on any failure everything this call wrote is taken back (a file it replaced gets its
old contents back). `backline desktop uninstall` removes exactly those files.

Plain Python on purpose: no Qt here (house rule 1).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from core.i18n import translate
from core.paths import APP_ID, DESKTOP_DIR, ICONS_DIR

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
TEMPLATE_COMMAND = "backline"  # the shipped entry's Exec lines start with this word
# Characters that oblige an Exec argument to be quoted (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
_EXEC_ESCAPED_IN_QUOTES = set('"`$\\')
_CACHE_TIMEOUT_S = 20


class DesktopInstallError(Exception):
    """Installing or removing failed; str() is the one line shown to the person."""


@dataclass(frozen=True)
class _Item:
    source: Path  # the shipped file
    relative: Path  # where it goes, relative to the data folder


def _items() -> list[_Item]:
    icons = Path("icons") / "hicolor"
    items = [
        _Item(DESKTOP_DIR / DESKTOP_FILE, Path("applications") / DESKTOP_FILE),
        _Item(DESKTOP_DIR / METAINFO_FILE, Path("metainfo") / METAINFO_FILE),
        _Item(ICONS_DIR / f"{APP_ID}.svg", icons / "scalable" / "apps" / f"{APP_ID}.svg"),
        _Item(
            ICONS_DIR / f"{APP_ID}-symbolic.svg",
            icons / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg",
        ),
    ]
    for size in HICOLOR_SIZES:
        rel = icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        items.append(_Item(ICONS_DIR / rel.relative_to("icons"), rel))
    return items


def default_data_home() -> Path:
    """$XDG_DATA_HOME if set to an absolute path (the spec ignores relative ones), else
    ~/.local/share."""
    env = os.environ.get("XDG_DATA_HOME", "")
    if env and os.path.isabs(env):
        return Path(env)
    return Path.home() / ".local" / "share"


def default_exec_path() -> str:
    """The `backline` script of this installation (beside this Python, in its venv's bin/),
    else the one on PATH: the menu entry must start the copy that was installed."""
    beside = Path(sys.executable).parent / TEMPLATE_COMMAND
    if beside.is_file():
        return str(beside)
    return shutil.which(TEMPLATE_COMMAND) or str(beside)


def installed_files(data_home: Path | None = None) -> list[Path]:
    """Every path `install` writes, in the order it writes them."""
    home = data_home if data_home is not None else default_data_home()
    return [home / item.relative for item in _items()]


def quote_exec_arg(arg: str) -> str:
    """One Exec argument as the Desktop Entry spec wants it, ready to put in the file.

    Quoted in double quotes if it holds a reserved character, with `"`, backtick, `$` and `\\`
    backslash-escaped inside the quotes; then, as for every string value, each backslash is
    doubled, and `%` is written `%%` so it is not read as a field code.
    """
    if any(ch in _EXEC_RESERVED for ch in arg):
        inner = "".join("\\" + ch if ch in _EXEC_ESCAPED_IN_QUOTES else ch for ch in arg)
        arg = f'"{inner}"'
    return arg.replace("\\", "\\\\").replace("%", "%%")


def render_desktop_entry(template: str, exec_path: str) -> str:
    """The shipped entry with the command of every Exec line replaced by `exec_path`."""
    quoted = quote_exec_arg(exec_path)
    lines: list[str] = []
    rewritten = 0
    for line in template.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "Exec":
            command, _, rest = value.strip().partition(" ")
            if command != TEMPLATE_COMMAND:
                raise DesktopInstallError(
                    translate(
                        "core.desktop",
                        "the shipped desktop entry has an unexpected Exec line {line}; "
                        "nothing was installed",
                    ).format(line=repr(line))
                )
            line = f"Exec={quoted}" + (f" {rest}" if rest else "")
            rewritten += 1
        lines.append(line)
    if rewritten == 0:
        raise DesktopInstallError(
            translate(
                "core.desktop", "the shipped desktop entry has no Exec line; nothing was installed"
            )
        )
    return "\n".join(lines) + "\n"


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _folder_problem(folder: Path) -> str | None:
    """Why `folder` cannot be created or written into, or None if it can."""
    probe = folder
    while not probe.exists() and not probe.is_symlink():
        if probe.parent == probe:
            return translate("core.desktop", "no existing parent folder")
        probe = probe.parent
    if not probe.is_dir():
        return translate("core.desktop", "{path} is not a folder").format(path=probe)
    if not os.access(probe, os.W_OK | os.X_OK):
        if probe == folder:
            return translate("core.desktop", "Permission denied")
        return translate("core.desktop", "Permission denied (in {path})").format(path=probe)
    return None


def _plan(data_home: Path, exec_path: str) -> list[tuple[Path, bytes]]:
    plan: list[tuple[Path, bytes]] = []
    for item in _items():
        try:
            data = item.source.read_bytes()
        except OSError as exc:
            raise DesktopInstallError(
                translate(
                    "core.desktop",
                    "cannot read the shipped file {path}: {reason}; "
                    "nothing was installed (reinstall Backline)",
                ).format(path=item.source, reason=_reason(exc))
            ) from None
        if item.relative.suffix == ".desktop":
            data = render_desktop_entry(data.decode("utf-8"), exec_path).encode("utf-8")
        plan.append((data_home / item.relative, data))
    return plan


def _resolve_exec(exec_path: str | None) -> str:
    chosen = exec_path if exec_path is not None else default_exec_path()
    path = Path(chosen).expanduser()
    if not path.is_file():
        if exec_path is not None:
            message = translate(
                "core.desktop",
                "cannot install: the launcher {path} does not exist; "
                "pass the installed backline script with --exec-path",
            )
        else:
            message = translate(
                "core.desktop",
                "cannot install: the launcher {path} does not exist (not on PATH nor beside "
                "this Python); pass the installed backline script with --exec-path",
            )
        raise DesktopInstallError(message.format(path=path))
    return str(path.absolute())


def _make_dirs(folder: Path, created: list[Path]) -> None:
    missing: list[Path] = []
    probe = folder
    while not probe.exists():
        missing.append(probe)
        probe = probe.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def _write_temp(target: Path, data: bytes) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(name, 0o644)
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _rollback(
    temps: list[Path],
    placed: list[Path],
    previous: dict[Path, bytes | None],
    created: list[Path],
) -> None:
    """Best effort: take back everything this call wrote."""
    for tmp in temps:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    for target in reversed(placed):
        try:
            old = previous.get(target)
            if old is None:
                target.unlink(missing_ok=True)
            else:
                target.write_bytes(old)
        except OSError:
            pass
    for folder in reversed(created):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _refresh_caches(data_home: Path) -> None:
    """Let the desktop notice at once; optional, quiet, and never a failure."""
    jobs: list[list[str]] = []
    update_db = shutil.which("update-desktop-database")
    if update_db:
        jobs.append([update_db, "-q", str(data_home / "applications")])
    hicolor = data_home / "icons" / "hicolor"
    icon_cache = shutil.which("gtk-update-icon-cache")
    # Only refresh an icon cache that is already there: creating one is the theme's business.
    if icon_cache and (hicolor / "icon-theme.cache").exists():
        jobs.append([icon_cache, "-q", "-t", "-f", str(hicolor)])
    for cmd in jobs:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            subprocess.run(
                cmd,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=_CACHE_TIMEOUT_S,
                check=False,
            )


def install(
    data_home: Path | None = None,
    exec_path: str | None = None,
    *,
    refresh_caches: bool = True,
) -> list[Path]:
    """Install the desktop entry, metainfo and icons; return the files written.

    All-or-nothing: raises DesktopInstallError (one line, naming the path and the reason)
    and leaves the data folder as it was if any file cannot be written.
    """
    home = (data_home if data_home is not None else default_data_home()).expanduser().absolute()
    launcher = _resolve_exec(exec_path)
    plan = _plan(home, launcher)

    problems: list[tuple[Path, str]] = []  # (path, reason): checked before writing anything
    for folder in dict.fromkeys(target.parent for target, _ in plan):
        reason = _folder_problem(folder)
        if reason:
            problems.append((folder, reason))
    for target, _ in plan:
        if target.is_dir():
            problems.append((target, translate("core.desktop", "a folder is in the way")))
    if problems:
        path, reason = problems[0]
        # Twelve folders under one read-only parent are one problem, not twelve.
        others = len({why for _, why in problems if why != reason})
        if others:
            message = translate(
                "core.desktop",
                "cannot write {path}: {reason} (and %n other problem(s)); nothing was installed",
                None,
                others,
            )
        else:
            message = translate(
                "core.desktop", "cannot write {path}: {reason}; nothing was installed"
            )
        raise DesktopInstallError(message.format(path=path, reason=reason))

    created: list[Path] = []
    temps: list[Path] = []
    placed: list[Path] = []
    previous: dict[Path, bytes | None] = {}
    current = home
    try:
        staged: list[tuple[Path, Path]] = []
        for target, data in plan:
            current = target.parent
            _make_dirs(target.parent, created)
            current = target
            previous[target] = target.read_bytes() if target.is_file() else None
            tmp = _write_temp(target, data)
            temps.append(tmp)
            staged.append((tmp, target))
        for tmp, target in staged:
            current = target
            os.replace(tmp, target)
            temps.remove(tmp)
            placed.append(target)
    except OSError as exc:
        _rollback(temps, placed, previous, created)
        raise DesktopInstallError(
            translate(
                "core.desktop", "cannot write {path}: {reason}; nothing was installed"
            ).format(path=current, reason=_reason(exc))
        ) from None

    if refresh_caches:
        _refresh_caches(home)
    return placed


def uninstall(data_home: Path | None = None, *, refresh_caches: bool = True) -> list[Path]:
    """Remove the files `install` writes (those present); return the ones removed."""
    home = (data_home if data_home is not None else default_data_home()).expanduser().absolute()
    removed: list[Path] = []
    problems: list[str] = []
    for target in installed_files(home):
        if not (target.is_file() or target.is_symlink()):
            continue
        try:
            target.unlink()
        except OSError as exc:
            problems.append(
                translate("core.desktop", "cannot remove {path}: {reason}").format(
                    path=target, reason=_reason(exc)
                )
            )
        else:
            removed.append(target)
    if removed and refresh_caches:
        _refresh_caches(home)
    if problems:
        # counts as plain names: lupdate reads no other expression there
        more, count = len(problems) - 1, len(removed)
        if more:
            message = translate("core.desktop", "{problem} (and %n more problem(s))", None, more)
        else:
            message = "{problem}"
        removed_text = translate(
            "core.desktop", "{problems}; removed %n other file(s)", None, count
        )
        raise DesktopInstallError(removed_text.format(problems=message.format(problem=problems[0])))
    return removed


def add_arguments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register `backline desktop install|uninstall [--data-home DIR]`."""
    desktop = subparsers.add_parser(
        "desktop",
        help=translate(
            "core.desktop", "add Backline to the desktop's application menu, or remove it"
        ),
    )
    actions = desktop.add_subparsers(dest="desktop_action", metavar="ACTION", required=True)
    inst = actions.add_parser(
        "install",
        help=translate(
            "core.desktop", "install the desktop entry, metainfo and icons for this user"
        ),
    )
    uninst = actions.add_parser(
        "uninstall", help=translate("core.desktop", "remove what `desktop install` wrote")
    )
    for parser in (inst, uninst):
        parser.add_argument(
            "--data-home",
            metavar="DIR",
            type=Path,
            default=None,
            help=translate(
                "core.desktop", "data folder to use (default: $XDG_DATA_HOME, else ~/.local/share)"
            ),
        )
    inst.add_argument(
        "--exec-path",
        metavar="PATH",
        default=None,
        help=translate(
            "core.desktop", "the backline script the menu entry runs (default: the one on PATH)"
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run `backline desktop ...`: one line per file, then a summary; 1 on failure."""
    data_home: Path | None = getattr(args, "data_home", None)
    home = data_home if data_home is not None else default_data_home()
    try:
        if args.desktop_action == "install":
            written = install(data_home, getattr(args, "exec_path", None))
            count = len(written)
            for path in written:
                print(translate("core.desktop", "wrote {path}").format(path=path))
            print(
                translate(
                    "core.desktop",
                    "installed Backline's menu entry (%n file(s)) into {folder}",
                    None,
                    count,
                ).format(folder=home)
            )
        else:
            removed = uninstall(data_home)
            for path in removed:
                print(translate("core.desktop", "removed {path}").format(path=path))
            if removed:
                count = len(removed)
                print(
                    translate(
                        "core.desktop",
                        "removed Backline's menu entry (%n file(s)) from {folder}",
                        None,
                        count,
                    ).format(folder=home)
                )
            else:
                print(
                    translate(
                        "core.desktop",
                        "nothing to remove: Backline's menu entry is not installed in {folder}",
                    ).format(folder=home)
                )
    except DesktopInstallError as exc:
        print(f"backline: {exc}", file=sys.stderr)
        return 1
    return 0
