"""The messages of the store, the importers and the field bounds are said in the language in use
when they are raised, numbers in its way ("137,79"), while what is written to a file (Strong
CSV, Backline JSON) and what an importer reads stay exactly as in English.

The German catalogue here is a small one of its own, so these tests check the wiring (translated
at raise time, placeholders filled after translation, counts through %n), not the wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from core import i18n
from core.bounds import LOGGED_SET, Bound, InputError, check_number, in_unit
from core.interchange import (
    ImportFormatError,
    UnmappedExercises,
    export_json,
    export_strong_csv,
    import_parsed,
    parse_text,
)
from core.store.db import Database, NotAFileError, open_database

STRONG_HEADER = (
    "Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,"
    "Workout Notes,RPE\n"
)
STRONG_ROWS = (
    '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,62.5,5,0,0,"slow",,8\n'
    '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",2,62.5,5,0,0,,,8.5\n'
)

GERMAN: dict[tuple[str, str], tuple[str, ...]] = {
    ("core.bounds", "weight"): ("Gewicht",),
    ("core.bounds", "{field}: {message}"): ("{field}: {message}",),
    ("core.bounds", "must be between {minimum} and {maximum} {unit}"): (
        "muss zwischen {minimum} und {maximum} {unit} liegen",
    ),
    ("core.interchange.common", "line {line}: {reason}"): ("Zeile {line}: {reason}",),
    ("core.interchange.common", "{field}: {problem}"): ("{field}: {problem}",),
    ("core.interchange.common", "{value} is not a number"): ("{value} ist keine Zahl",),
    ("core.interchange.strong", "weight"): ("Gewicht",),
    ("core.interchange.common", "%n exercise name(s) need a mapping: {names}"): (
        "%n Übungsname braucht eine Zuordnung: {names}",
        "%n Übungsnamen brauchen eine Zuordnung: {names}",
    ),
    ("core.interchange.common", "{names} and %n more"): (
        "{names} und %n weiterer",
        "{names} und %n weitere",
    ),
    ("core.store.db", "this is a folder, not a database file"): (
        "das ist ein Ordner, keine Datenbankdatei",
    ),
}


@pytest.fixture
def german(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_catalogue", i18n.Catalogue("de", GERMAN))
    monkeypatch.setattr(i18n, "_language", "de")


def test_a_field_error_names_the_field_and_its_range_in_german(german: None) -> None:
    with pytest.raises(InputError) as info:
        check_number("weight_kg", 1000.5, LOGGED_SET["weight_kg"])  # type: ignore[arg-type]
    assert info.value.field == "weight_kg"  # the attribute a form maps the error to
    assert info.value.message == "muss zwischen 0 und 1000 kg liegen"
    assert info.value.sentence == "Gewicht: muss zwischen 0 und 1000 kg liegen"
    pounds = in_unit(Bound(0, 62.5, unit="kg"), "lb")
    with pytest.raises(InputError) as info:
        check_number("weight_kg", 500, pounds)
    assert info.value.message == "muss zwischen 0 und 137,78 lb liegen"  # a decimal comma


def test_the_same_error_in_english_is_as_before() -> None:
    with pytest.raises(InputError) as info:
        check_number("weight_kg", 1000.5, LOGGED_SET["weight_kg"])  # type: ignore[arg-type]
    assert info.value.sentence == "weight: must be between 0 and 1000 kg"
    assert str(info.value) == "weight_kg: must be between 0 and 1000 kg"


def test_an_import_error_names_the_line_and_column_in_german(german: None) -> None:
    bad = (
        STRONG_HEADER
        + STRONG_ROWS
        + ('2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",3,abc,5,0,0,,,\n')
    )
    with pytest.raises(ImportFormatError) as info:
        parse_text(bad, unit="kg")
    assert str(info.value) == "Zeile 4: Gewicht: 'abc' ist keine Zahl"
    too_heavy = STRONG_HEADER + (
        '2026-02-01 09:00:00,"Legs",30min,"Deadlift (Barbell)",1,1200,5,0,0,,,\n'
    )
    with pytest.raises(ImportFormatError) as info:
        parse_text(too_heavy, unit="kg")
    assert str(info.value) == "Zeile 2: Gewicht: muss zwischen 0 und 1000 kg liegen"


def test_unmapped_names_are_counted_in_german(german: None) -> None:
    assert str(UnmappedExercises(["Pec Deck"])) == (
        "1 Übungsname braucht eine Zuordnung: 'Pec Deck'"
    )
    names = [f"Move {i}" for i in range(7)]
    assert str(UnmappedExercises(names)).startswith("7 Übungsnamen brauchen eine Zuordnung: ")
    assert str(UnmappedExercises(names)).endswith("'Move 4' und 2 weitere")


def test_a_store_error_is_said_in_german(german: None, tmp_path: Path) -> None:
    folder = tmp_path / "backline.db"
    folder.mkdir()
    with pytest.raises(NotAFileError) as info:
        open_database(folder)
    assert info.value.detail == "das ist ein Ordner, keine Datenbankdatei"
    assert str(info.value) == f"{folder}: das ist ein Ordner, keine Datenbankdatei"


def test_exports_are_the_same_in_every_language(
    seeded_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = parse_text(STRONG_HEADER + STRONG_ROWS, unit="kg")
    with seeded_db.session_scope() as session:
        import_parsed(parsed, session=session, create_custom=True)

    def export(folder: str) -> tuple[str, str]:
        out = tmp_path / folder
        out.mkdir()
        with seeded_db.read_scope() as session:
            export_strong_csv(out / "strong.csv", session=session)
            export_json(out / "backline.json", session=session)
        return (out / "strong.csv").read_text("utf-8"), (out / "backline.json").read_text("utf-8")

    english = export("en")
    monkeypatch.setattr(i18n, "_catalogue", i18n.Catalogue("de", GERMAN))
    monkeypatch.setattr(i18n, "_language", "de")
    assert export("de") == english
    assert english[0].startswith(STRONG_HEADER)
    assert ",62.5,5," in english[0]
    # and a German-language reader still reads the file back the same
    assert parse_text(english[0], unit="kg").summary.set_count == 2
