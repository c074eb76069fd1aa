"""SetForm: the reusable form of one logged set (reps, weight, seconds, RPE, optional note).

Driven as a person does: keys typed into the focused field; no sleeps.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from core.bounds import InputError
from core.workout.log import SetValues
from ui.widgets.set_form import SET_FIELDS, SetForm


@pytest.fixture
def form(qtbot) -> SetForm:  # type: ignore[no-untyped-def]
    widget = SetForm(note=True)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _type(qtbot, form: SetForm, field: str, text: str) -> None:  # type: ignore[no-untyped-def]
    edit = form.edits[field]
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_fields_are_keyed_by_their_stored_names(form: SetForm) -> None:
    """The edits and error labels carry the names core's InputError uses (plus the note)."""
    assert tuple(form.edits) == (*SET_FIELDS, "note") == tuple(form.errors)
    assert SET_FIELDS == ("reps", "weight_kg", "duration_seconds", "rpe")


def test_typed_values_come_back_in_kilograms_with_a_decimal_comma_or_point(  # type: ignore[no-untyped-def]
    qtbot, form: SetForm, use_language
) -> None:
    """In German "62,5" lb is read as 62.5 lb (and so is "62.5"), returned in kg; blank
    fields are None."""
    use_language("de")
    form.set_weight_unit("lb")
    assert form.weight_unit_label.text() == "lb"
    _type(qtbot, form, "reps", "8")
    _type(qtbot, form, "weight_kg", "62,5")
    _type(qtbot, form, "rpe", "7,5")
    _type(qtbot, form, "note", "felt easy")
    values = form.values(required={"reps"})
    assert values.reps == 8 and values.seconds is None and values.rpe == 7.5
    assert values.weight_kg == pytest.approx(62.5 * 0.45359237)
    assert form.note() == "felt easy"
    _type(qtbot, form, "weight_kg", "62.5")
    assert form.values().weight_kg == pytest.approx(62.5 * 0.45359237)


def test_every_refused_field_shows_its_message_and_the_first_is_raised(  # type: ignore[no-untyped-def]
    qtbot, form: SetForm
) -> None:
    """Two bad fields: both show a message (and signal it), the first is raised; typing in a
    field clears its message only."""
    seen: list[tuple[str, str]] = []
    form.error_shown.connect(lambda field, message: seen.append((field, message)))
    _type(qtbot, form, "reps", "1000")
    _type(qtbot, form, "rpe", "11")
    with pytest.raises(InputError) as raised:
        form.values()
    assert raised.value.field == "reps"
    assert [field for field, _ in seen] == ["reps", "rpe"]
    assert "between" in form.errors["reps"].text() and "between" in form.errors["rpe"].text()
    qtbot.keyClick(form.edits["reps"], Qt.Key.Key_Backspace)
    assert form.errors["reps"].text() == "" and form.errors["rpe"].text() != ""


def test_required_field_left_empty_is_refused(form: SetForm) -> None:
    """A required field left blank says so at the field; optional ones may stay blank."""
    with pytest.raises(InputError):
        form.values(required={"duration_seconds"})
    assert "required" in form.errors["duration_seconds"].text()
    assert form.values() == SetValues()


def test_a_filled_weight_left_as_shown_comes_back_exactly(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """20 kg shown as 44.09 lb comes back as 20 kg, not 19.9989; a typed change is parsed."""
    form.set_weight_unit("lb")
    form.fill(SetValues(reps=10, weight_kg=20.0))
    assert form.edits["weight_kg"].text() == "44.09"
    assert form.values().weight_kg == 20.0
    _type(qtbot, form, "weight_kg", "45")
    assert form.values().weight_kg == pytest.approx(45 * 0.45359237)


def test_fill_shows_values_and_clears_errors_and_none_empties(form: SetForm) -> None:
    """fill() writes every field in the person's unit and clears old messages."""
    form.show_error(InputError("rpe", "must be between 1 and 10"))
    form.fill(SetValues(reps=12, weight_kg=7.5, seconds=30, rpe=8), note="left knee")
    texts = {key: edit.text() for key, edit in form.edits.items()}
    assert texts == {
        "reps": "12",
        "weight_kg": "7.5",
        "duration_seconds": "30",
        "rpe": "8",
        "note": "left knee",
    }
    assert all(label.text() == "" for label in form.errors.values())
    form.fill(None)
    assert all(edit.text() == "" for edit in form.edits.values())


def test_show_error_of_a_field_not_in_the_form_is_left_to_the_caller(form: SetForm) -> None:
    """An error for another field is not placed anywhere (False), but still signalled."""
    seen: list[str] = []
    form.error_shown.connect(lambda field, _message: seen.append(field))
    assert form.show_error(InputError("set", "there is no set to confirm now")) is False
    assert form.show_error(InputError("weight_kg", "must be between 0 and 1000 kg")) is True
    assert seen == ["set", "weight_kg"]
    assert form.errors["weight_kg"].text() == "must be between 0 and 1000 kg"


def test_return_in_a_field_submits(qtbot, form: SetForm) -> None:  # type: ignore[no-untyped-def]
    """Return pressed in any field emits submitted."""
    with qtbot.waitSignal(form.submitted):
        qtbot.keyClick(form.edits["rpe"], Qt.Key.Key_Return)
