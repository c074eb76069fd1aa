"""What the Body & plan forms share: red messages beside fields, number fields that accept a
decimal comma or point and keep an untouched stored value exactly."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit

from core.bounds import Bound, InputError, parse_number
from core.bounds import label as field_words
from core.i18n import translate
from ui import theme

# field -> (the text shown when it was loaded, the stored value it stands for)
Loaded = dict[str, tuple[str, float | None]]


def error_label() -> QLabel:
    label = QLabel()
    theme.paint_text(label, "error")
    label.setWordWrap(True)
    label.hide()
    return label


def show_error(labels: dict[str, QLabel], exc: InputError) -> None:
    """The message beside the field it names (the first label for a field the form lacks)."""
    shown = labels.get(exc.field) or next(iter(labels.values()))
    words = field_words(exc.field)
    shown.setText(
        translate("ui.body.fields", "{field} {problem}").format(
            field=f"{words[:1].upper()}{words[1:]}", problem=exc.message
        )
    )
    shown.show()


def clear_errors(labels: dict[str, QLabel]) -> None:
    for label in labels.values():
        label.clear()
        label.hide()


def parse_field(
    edit: QLineEdit,
    field: str,
    bound: Bound,
    to_base: Callable[[float], float],
    loaded: Loaded,
    errors: list[InputError],
) -> float | None:
    """The field's number in the stored unit (None when empty); a refusal is added to
    `errors`. Text left as it was loaded gives back the stored value exactly."""
    text = edit.text()
    if field in loaded and text.strip() == loaded[field][0]:
        return loaded[field][1]
    try:
        value = parse_number(text, field=field, bound=bound, required=False)
    except InputError as exc:
        errors.append(exc)
        return None
    return None if value is None else to_base(float(value))
