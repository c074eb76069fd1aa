"""Every message is marked the one way lupdate can read, and the window has no text that skips
the catalogue.

- `translate("<module path>", "literal", None, n)`: a literal context equal to the module's
  dotted path (so two modules never share one by accident), a literal source or a constant
  marked with QT_TRANSLATE_NOOP, no keyword arguments and a count that is a plain name
  (lupdate silently drops a call with `n=`, `len(x)` or `self.count`), never an f-string.
- In ui/, text handed to a widget (setText, a QLabel, a button, a tooltip, an accessible
  name, a message box...) is never a bare English literal: it comes through translate().
- Neither Qt's tr() nor QCoreApplication.translate: core.i18n is the one way.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CODE = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "ui").rglob("*.py"), ROOT / "main.py"])
UI = [p for p in CODE if p.is_relative_to(ROOT / "ui")]

# Widget calls whose string arguments a person reads.
SETTERS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "showMessage",
    "setSpecialValueText",
    "addItem",
    "insertItem",
    "setItemText",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "addAction",
    "addMenu",
    "setButtonText",
    "setCancelButtonText",
    "setWindowIconText",
    "setNameFilter",
    "setNameFilters",
    "addRow",
    "addButton",
    "setFormat",
    "setSuffix",
    "setPrefix",
}
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QToolButton",
    "QMenu",
    "QCommandLinkButton",
}
MESSAGE_BOXES = {
    "critical",
    "warning",
    "information",
    "question",
    "about",
    "getText",
    "getItem",
    "getOpenFileName",
    "getSaveFileName",
    "getExistingDirectory",
    "getInt",
    "getDouble",
}
# Text with no word in it (a dash, a bullet, digits), or a unit symbol, needs no translation.
NEUTRAL = re.compile(
    r"^[\W\d_]*$|^\s*[-+]?\s*(kg|lb|s|min|cm|in|km|mi|kcal|g|l|h|RPE|%)\s*$", re.IGNORECASE
)


def _module(path: Path) -> str:
    return ".".join(path.relative_to(ROOT).with_suffix("").parts)


def _is_str(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _calls(path: Path) -> list[ast.Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    return [node for node in ast.walk(tree) if isinstance(node, ast.Call)]


def test_every_translate_call_is_one_lupdate_reads() -> None:
    problems = []
    for path in CODE:
        if path == ROOT / "core" / "i18n.py":
            continue
        module = _module(path)
        for call in _calls(path):
            name = _name(call.func)
            where = f"{path.relative_to(ROOT)}:{call.lineno}"
            if name == "QT_TRANSLATE_NOOP":
                if len(call.args) != 2 or not all(_is_str(a) for a in call.args):
                    problems.append(f"{where}: QT_TRANSLATE_NOOP needs two literals")
                elif call.args[0].value != module:  # type: ignore[attr-defined]
                    problems.append(f"{where}: context must be {module!r}")
                continue
            if not (isinstance(call.func, ast.Name) and name == "translate"):
                continue
            if call.keywords or len(call.args) not in (2, 4):
                problems.append(f"{where}: translate(context, source[, None, n]), positional only")
                continue
            context, source = call.args[0], call.args[1]
            if not _is_str(context) or context.value != module:  # type: ignore[attr-defined]
                problems.append(f"{where}: the context must be the literal {module!r}")
            if isinstance(source, (ast.JoinedStr, ast.BinOp, ast.Call)):
                problems.append(f"{where}: the source must be a literal, not built text")
            if len(call.args) == 4 and not (
                isinstance(call.args[2], ast.Constant) and call.args[2].value is None
            ):
                problems.append(f"{where}: the third argument is None (no disambiguation)")
            counted = _is_str(source) and "%n" in source.value  # type: ignore[attr-defined]
            if (len(call.args) == 4) != counted:
                problems.append(
                    f"{where}: %n in the text and the count as 4th argument go together"
                )
            if len(call.args) == 4 and not isinstance(call.args[3], ast.Name):
                # lupdate drops the whole message when the count is len(x), self.n or x[0]
                problems.append(f"{where}: the count must be a plain name (count = len(x) first)")
    assert problems == []


def test_qt_tr_is_not_used() -> None:
    found = [
        f"{p.relative_to(ROOT)}:{c.lineno}"
        for p in CODE
        for c in _calls(p)
        if isinstance(c.func, ast.Attribute)
        and (
            c.func.attr == "tr"
            or (
                c.func.attr == "translate"
                and _name(c.func.value) in ("QCoreApplication", "QApplication")
            )
        )
    ]
    assert found == []


# Calls where only one argument is text (the others are an index, a widget or item data).
TEXT_ARGUMENT = {
    "addItem": 0,
    "insertItem": 1,
    "setItemText": 1,
    "addTab": 1,
    "insertTab": 2,
    "setTabText": 1,
    "setTabToolTip": 1,
    "addRow": 0,
    "addButton": 0,
}


def _bare_english(node: ast.AST) -> bool:
    if _is_str(node):
        return not NEUTRAL.match(node.value)  # type: ignore[attr-defined]
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if _is_str(v))  # type: ignore[attr-defined]
        return not NEUTRAL.match(text)
    return False


@pytest.mark.parametrize("path", UI, ids=lambda p: str(p.relative_to(ROOT)))
def test_the_window_shows_no_text_that_skips_the_catalogue(path: Path) -> None:
    found = []
    for call in _calls(path):
        name = _name(call.func)
        receiver = call.func.value if isinstance(call.func, ast.Attribute) else None
        if receiver is not None and _name(receiver) in ("log", "logger", "logging", "_log"):
            continue  # the developer log, not the window
        if name in SETTERS or name in WIDGETS or name in MESSAGE_BOXES:
            if name in TEXT_ARGUMENT:
                index = TEXT_ARGUMENT[name]
                args = call.args[index : index + 1]
            else:
                args = list(call.args)
            args = list(args) + [
                k.value
                for k in call.keywords
                if k.arg in ("text", "title", "toolTip", "caption", "filter")
            ]
            if any(_bare_english(a) for a in args):
                found.append(f"line {call.lineno}: {ast.unparse(call)[:100]}")
    assert found == []
