"""Contrast (WCAG AA, 4.5:1 from the relative-luminance formula) of every text and phase colour
in the light and the dark palette, of the floor-mode pairs, and a scan of ui/ for colours
written anywhere but ui/theme.py, so no colour can bypass these checks."""

from __future__ import annotations

import ast
import io
import re
import tokenize
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette

from core.workout.player import Player
from core.workout.steps import PlanItem, PlayerOptions, Step, build_steps
from ui import theme
from ui.theme import AA, DARK, LIGHT, contrast_ratio

UI = Path(__file__).parents[2] / "ui"
SCHEMES = [LIGHT, DARK]
Role = QPalette.ColorRole


def test_the_ratio_formula_matches_wcag() -> None:
    """The formula gives WCAG's known figures: black on white 21:1, a colour on itself 1:1,
    #777777 on white 4.48:1 (just under AA), and it is symmetric."""
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#5b5f64", "#5b5f64") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_every_text_and_phase_colour_reads_on_its_palette(scheme: theme.Scheme) -> None:
    """Each role (error, success, warning, muted, info and the eight phase colours) is at
    least 4.5:1 on the scheme's window and base, as built into its QPalette."""
    palette = theme.build_palette(scheme)
    grounds = {
        "window": palette.color(Role.Window).name(),
        "base": palette.color(Role.Base).name(),
    }
    assert grounds == {"window": scheme.window, "base": scheme.base}
    low = [
        f"{scheme.name} {role} {scheme.roles[role]} on {where} {ground}: "
        f"{contrast_ratio(scheme.roles[role], ground):.2f}"
        for role in theme.ROLES
        for where, ground in grounds.items()
        if contrast_ratio(scheme.roles[role], ground) < AA
    ]
    assert low == []
    assert set(scheme.roles) == set(theme.ROLES)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_the_palette_own_text_pairs_read(scheme: theme.Scheme) -> None:
    """The palette's own pairs: window text, text on base, button text, tooltips, selected
    text on the highlight, links and placeholders all at least 4.5:1."""
    p = theme.build_palette(scheme)
    pairs = {
        "WindowText/Window": (Role.WindowText, Role.Window),
        "Text/Base": (Role.Text, Role.Base),
        "Text/AlternateBase": (Role.Text, Role.AlternateBase),
        "ButtonText/Button": (Role.ButtonText, Role.Button),
        "ToolTipText/ToolTipBase": (Role.ToolTipText, Role.ToolTipBase),
        "HighlightedText/Highlight": (Role.HighlightedText, Role.Highlight),
        "Link/Base": (Role.Link, Role.Base),
        "PlaceholderText/Base": (Role.PlaceholderText, Role.Base),
    }
    low = {
        name: round(contrast_ratio(p.color(fg).name(), p.color(bg).name()), 2)
        for name, (fg, bg) in pairs.items()
        if contrast_ratio(p.color(fg).name(), p.color(bg).name()) < AA
    }
    assert low == {}
    assert theme.is_dark(p) == (scheme is DARK)


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_floor_pairs_and_row_bands_read(scheme: theme.Scheme) -> None:
    """Floor mode: every phase's (background, text) pair is at least 4.5:1; the circuit bands
    of a table are at least 4.5:1 under the palette's text."""
    assert set(scheme.floor) == set(theme.PHASE_ROLES)
    low = [
        f"floor {role}: {contrast_ratio(bg, fg):.2f}"
        for role, (bg, fg) in scheme.floor.items()
        if contrast_ratio(bg, fg) < AA
    ]
    low += [
        f"band {band}: {contrast_ratio(band, scheme.text):.2f}"
        for band in scheme.bands
        if contrast_ratio(band, scheme.text) < AA
    ]
    assert low == []


def test_the_issue_s_failing_colours_are_gone() -> None:
    """The colours that failed before (get-ready amber 2.7:1 on white, purple and red 2.0:1 and
    2.4:1 in a dark palette) now pass, in the palette each is shown in."""
    assert contrast_ratio(LIGHT.roles["get_ready"], "#ffffff") >= AA
    assert contrast_ratio(DARK.roles["switch_sides"], DARK.window) >= AA
    assert contrast_ratio(DARK.roles["error"], DARK.window) >= AA


@pytest.mark.parametrize("window", ["#3c3f41", "#2d2d2d", "#ffffff", "#dcdcdc", "#c0c0c0"], ids=str)
def test_a_platform_palette_of_other_greys_still_reads(qapp, window: str) -> None:  # type: ignore[no-untyped-def]
    """On a platform palette that is not ours (a desktop theme's greys), each role is
    darkened or lightened until it reads at least 4.5:1 on that palette's window and base."""
    palette = QPalette()
    light = QColor(window).lightness() > 128
    palette.setColor(Role.Window, QColor(window))
    palette.setColor(
        Role.Base, QColor(window).lighter(108) if light else QColor(window).darker(110)
    )
    palette.setColor(Role.WindowText, QColor("#000000" if light else "#ffffff"))
    grounds = [palette.color(Role.Window).name(), palette.color(Role.Base).name()]
    low = [
        f"{role}: {min(contrast_ratio(theme.text_colour(role, palette), g) for g in grounds):.2f}"
        for role in theme.ROLES
        if min(contrast_ratio(theme.text_colour(role, palette), g) for g in grounds) < AA
    ]
    assert low == []


def _steps() -> list[Step]:
    """A one-sided hold of two reps and two sets: every kind of step there is."""
    item = PlanItem(
        exercise_slug="side-plank",
        exercise_name="Side plank",
        mode="hold",
        sets=2,
        reps_min=2,
        hold_seconds=10,
        per_side=True,
        rest_seconds=30,
    )
    return build_steps([item], PlayerOptions(get_ready_seconds=5))


@pytest.mark.parametrize("scheme", SCHEMES, ids=lambda s: s.name)
def test_what_the_phase_display_shows_reads(qapp, scheme: theme.Scheme) -> None:  # type: ignore[no-untyped-def]
    """Walking a player through each phase (and paused) with the scheme's palette on the
    application: the view's colour is that scheme's phase colour, at least 4.5:1 on the
    window, and floor_colours(view) is a pair of at least 4.5:1."""
    from core.clock import FakeClock
    from ui.widgets.phase_display import floor_colours, phase_view

    before = qapp.palette()
    qapp.setPalette(theme.build_palette(scheme))
    try:
        player = Player(_steps(), FakeClock(datetime(2024, 5, 6, 18, 0, tzinfo=UTC)))
        player.start()
        seen = []
        while True:
            for paused in (False, True):
                if paused:
                    player.pause()
                view = phase_view(player)
                seen.append(view.phase_key)
                assert view.colour == scheme.roles[view.phase_key]
                assert contrast_ratio(view.colour, scheme.window) >= AA
                bg, fg = floor_colours(view)
                assert contrast_ratio(bg, fg) >= AA
                if paused:
                    player.resume()
            if player.step.kind == "done":
                break
            player.next()
        idle = phase_view(None)
        assert idle.colour == scheme.roles["idle"]
    finally:
        qapp.setPalette(before)
    assert set(seen) == set(theme.PHASE_ROLES) - {"idle"}


# -- no colour written outside ui/theme.py ------------------------------------------------------

HEX = re.compile(r"(?<![\w&])#(?:[0-9a-fA-F]{6}|[0-9a-fA-F]{3})(?![0-9a-zA-Z_])")
CSS_FUNCTION = re.compile(r"\b(?:rgba?|hsla?)\s*\(", re.IGNORECASE)
NAMED = re.compile(
    r"\b(?:color|background(?:-color)?|border(?:-[a-z]+)?)\s*:[^;\"']*?\b"
    r"(?:red|green|blue|orange|yellow|purple|gr[ae]y|white|black|darkred|darkgreen)\b",
    re.IGNORECASE,
)


def colour_literals(source: str, name: str) -> list[str]:
    """ "file:line: text" for every colour written in `source`: #rrggbb or #rgb, rgb()/hsl()
    or a named colour in a string, QColor(...) built from numbers or a string, and
    Qt.GlobalColor members."""
    found = []
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    string_kinds = {tokenize.STRING, getattr(tokenize, "FSTRING_MIDDLE", tokenize.STRING)}
    for token in tokens:
        if token.type in string_kinds and (
            HEX.search(token.string)
            or CSS_FUNCTION.search(token.string)
            or NAMED.search(token.string)
        ):
            found.append(f"{name}:{token.start[0]}: {token.string.strip()[:70]}")
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            if called == "QColor" and node.args and isinstance(node.args[0], ast.Constant):
                found.append(f"{name}:{node.lineno}: QColor({ast.unparse(node.args[0])}...)")
        if isinstance(node, ast.Attribute) and (
            node.attr == "GlobalColor"
            or (
                isinstance(node.value, ast.Name)
                and node.value.id == "Qt"
                and node.attr in {"red", "green", "blue", "white", "black", "gray", "yellow"}
            )
        ):
            found.append(f"{name}:{node.lineno}: {ast.unparse(node)}")
    return sorted(set(found), key=lambda s: (s.split(":")[0], int(s.split(":")[1])))


def test_no_colour_is_written_outside_the_theme() -> None:
    """Every ui/**/*.py except ui/theme.py is free of written colours (each one found is
    named file:line), so every colour on screen goes through ui.theme and the checks above."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path == UI / "theme.py":
            continue
        found += colour_literals(path.read_text(encoding="utf-8"), str(path.relative_to(UI.parent)))
    assert not found, "colours written outside ui/theme.py:\n" + "\n".join(found)


def test_the_scan_catches_each_way_of_writing_a_colour() -> None:
    """The scan is not vacuous: a hex colour in a style sheet, in rich text and in an
    f-string, rgb(), a named CSS colour, QColor from numbers or a string and Qt.GlobalColor
    are each reported with their line; comments, object names and "#1" are not."""
    source = "\n".join(
        [
            'a.setStyleSheet("color: #c62828;")',  # 1
            "b = \"<span style='color:#b26a00'>x</span>\"",  # 2
            'c = f"border: 1px solid #abc; {x}"',  # 3
            'd = "background: rgb(1, 2, 3)"',  # 4
            'e = "color: red;"',  # 5
            "f = QColor(232, 240, 254)",  # 6
            'g = QtGui.QColor("#2e7d32")',  # 7
            "h = Qt.GlobalColor.red",  # 8
            "# a comment with #ffffff",  # 9
            'i = "QLineEdit#field_reps"',  # 10
            'j = "set #1 of 3, &#123;"',  # 11
            "k = QColor(theme.text_colour('error'))",  # 12
        ]
    )
    lines = {int(hit.split(":")[1]) for hit in colour_literals(source, "x.py")}
    assert lines == {1, 2, 3, 4, 5, 6, 7, 8}


def test_the_theme_default_is_the_setting_s_default() -> None:
    """The start-up read's default theme (ui.theme.DEFAULT_MODE) and its words are the
    `theme` setting's own (core.store.settings)."""
    from core.store.settings import CHOICES, DEFAULTS

    assert DEFAULTS["theme"] == theme.DEFAULT_MODE
    assert set(theme.MODES) == set(CHOICES["theme"])
