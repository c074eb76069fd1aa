"""Render Backline's app icon (resources/icons/<APP_ID>.svg) to the hicolor PNG sizes.

    python tools/make_icons.py            # (re)write resources/icons/hicolor/NxN/apps/*.png
    python tools/make_icons.py --check    # exit 1 unless every PNG exists at its exact size

The PNGs are committed, so nothing renders at run time. Rendering uses `rsvg-convert` (Debian
`librsvg2-bin`) when it is on PATH, otherwise PySide6's QSvgRenderer on an offscreen platform.
`--check` reads only the PNG headers (standard library), so it needs neither.
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.backline.Backline"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS_DIR / f"{APP_ID}.svg"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def png_path(size: int, icons_dir: Path = ICONS_DIR) -> Path:
    return icons_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def png_size(path: Path) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk; ValueError if it is not a PNG."""
    with path.open("rb") as fh:
        head = fh.read(24)
    if len(head) < 24 or head[:8] != PNG_SIGNATURE or head[12:16] != b"IHDR":
        raise ValueError(f"{path} is not a PNG file")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def render_rsvg(rsvg: str, size: int, out: Path) -> None:
    subprocess.run(
        [rsvg, "--width", str(size), "--height", str(size), "--format", "png", str(SOURCE)],
        check=True,
        stdout=out.open("wb"),
    )


def render_qt(size: int, out: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise RuntimeError(f"Qt cannot read {SOURCE}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # stubs say bytes
        raise RuntimeError(f"Qt cannot write {out}")


def make() -> int:
    rsvg = shutil.which("rsvg-convert")
    for size in SIZES:
        out = png_path(size)
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        if rsvg:
            render_rsvg(rsvg, size, tmp)
        else:
            render_qt(size, tmp)
        tmp.replace(out)
        print(f"wrote {out.relative_to(ICONS_DIR.parents[1])} ({size}x{size})")
    print(f"rendered {len(SIZES)} PNGs with {'rsvg-convert' if rsvg else 'QSvgRenderer'}")
    return 0


def check(icons_dir: Path = ICONS_DIR) -> list[str]:
    """One line per problem: a PNG missing, unreadable, or not exactly NxN."""
    problems: list[str] = []
    for size in SIZES:
        path = png_path(size, icons_dir)
        if not path.is_file():
            problems.append(f"missing {path}")
            continue
        try:
            got = png_size(path)
        except (OSError, ValueError) as exc:
            problems.append(str(exc))
            continue
        if got != (size, size):
            problems.append(f"{path} is {got[0]}x{got[1]}, expected {size}x{size}")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="verify the committed PNGs, write nothing"
    )
    args = parser.parse_args(argv)
    if args.check:
        problems = check()
        for line in problems:
            print(f"make_icons: {line}", file=sys.stderr)
        if problems:
            return 1
        print(f"all {len(SIZES)} icon PNGs present at their sizes")
        return 0
    try:
        return make()
    except (OSError, RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"make_icons: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
