"""Writing parsed imports into a real temporary database: counts, idempotence, mapping."""

from __future__ import annotations

import pytest
from import_helpers import BERLIN, fixture
from sqlalchemy import func, select

from core.interchange import (
    ImportFormatError,
    MappingError,
    UnmappedExercises,
    import_parsed,
    parse,
    unknown_exercise_names,
)
from core.interchange.common import import_key, name_key
from core.store.db import Database
from core.store.models import Exercise, ExerciseAlias, LoggedSet, Workout
from core.units import KG_PER_LB


def count(db: Database, model: type) -> int:
    with db.read_scope() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("strong_comma.csv", "kg"),
        ("strong_semicolon_units.csv", None),
        ("strong_quoted_seconds.csv", None),
        ("hevy_metric.csv", None),
    ],
)
def test_real_export_imports_every_set_once(seeded_db: Database, name: str, unit: str) -> None:
    """Each real export lands with its exact workout and set counts; a second import adds none."""
    parsed = parse(fixture(name), unit=unit, tz=BERLIN)
    with seeded_db.session_scope() as session:
        result = import_parsed(parsed, session=session, create_custom=True)
    assert result.workouts_added == parsed.summary.workout_count
    assert result.sets_added == parsed.summary.set_count
    assert result.workouts_skipped_duplicate == 0
    assert count(seeded_db, Workout) == parsed.summary.workout_count
    assert count(seeded_db, LoggedSet) == parsed.summary.set_count

    again = parse(fixture(name), unit=unit, tz=BERLIN)
    with seeded_db.session_scope() as session:
        second = import_parsed(again, session=session)  # names now resolve: no create needed
    assert second.workouts_added == 0 and second.sets_added == 0
    assert second.workouts_skipped_duplicate == parsed.summary.workout_count
    assert second.exercises_created == ()
    assert count(seeded_db, LoggedSet) == parsed.summary.set_count


def test_stored_values_match_the_file(seeded_db: Database) -> None:
    """Stored rows keep UTC times, kg from lb, set types, RPE, notes, order and origin."""
    parsed = parse(fixture("hevy_imperial.csv"), tz=BERLIN)
    with seeded_db.session_scope() as session:
        import_parsed(parsed, session=session, create_custom=True)
    with seeded_db.read_scope() as session:
        w = session.execute(select(Workout).where(Workout.name == "Beine")).scalar_one()
        assert w.started_at.isoformat() == "2026-05-05T05:05:00+00:00"
        assert w.origin == "hevy" and w.notes == "Morgens"
        assert w.import_key == import_key("hevy", w.started_at, "Beine")
        rows = [(s.position, s.set_number, s.set_type, s.exercise.slug) for s in w.sets]
        assert rows == [
            (0, 1, "warmup", "barbell-hip-thrust"),
            (1, 2, "normal", "barbell-hip-thrust"),
            (2, 3, "dropset", "barbell-hip-thrust"),
            (3, 1, "normal", "bulgarian-split-squat"),
            (4, 4, "failure", "barbell-hip-thrust"),
        ]
        assert w.sets[1].weight_kg == 185 * KG_PER_LB and w.sets[1].rpe == 8.5
        assert w.sets[0].note == "Pause oben\nzwei Sekunden"
        assert w.sets[0].logged_at == w.started_at
        run = session.execute(select(Workout).where(Workout.name == "Lauf")).scalar_one()
        assert run.sets[0].exercise.slug == "running"


def test_unknown_names_refused_and_nothing_written(seeded_db: Database) -> None:
    """Unknown names without mapping raise UnmappedExercises and the transaction stores nothing."""
    parsed = parse(fixture("strong_quoted_seconds.csv"), tz=BERLIN)
    with seeded_db.read_scope() as session:
        unknown = unknown_exercise_names(parsed, session=session)
    assert "Bench Press (Barbell)" in unknown
    with pytest.raises(UnmappedExercises) as info, seeded_db.session_scope() as session:
        import_parsed(parsed, session=session)
    assert set(info.value.names) == set(unknown)
    assert "need a mapping" in str(info.value)
    assert count(seeded_db, Workout) == 0 and count(seeded_db, LoggedSet) == 0


def test_broken_file_stores_nothing(seeded_db: Database) -> None:
    """A file with one unreadable row is refused whole: the error names line 4, no row is kept."""
    with pytest.raises(ImportFormatError, match="line 4"), seeded_db.session_scope() as session:
        parsed = parse(fixture("strong_broken.csv"), unit="kg")
        import_parsed(parsed, session=session, create_custom=True)
    assert count(seeded_db, Workout) == 0 and count(seeded_db, LoggedSet) == 0


def test_failure_mid_import_rolls_back_everything(seeded_db: Database) -> None:
    """An error after the custom exercises were made leaves no exercise, alias or workout."""
    parsed = parse(fixture("strong_french.csv"), unit="kg", tz=BERLIN)
    before = count(seeded_db, Exercise)
    with pytest.raises(RuntimeError), seeded_db.session_scope() as session:
        import_parsed(parsed, session=session, create_custom=True)
        raise RuntimeError("the user's machine lost power here")
    assert count(seeded_db, Exercise) == before
    assert count(seeded_db, ExerciseAlias) == 0 and count(seeded_db, Workout) == 0


def _german_export(run_name: str = "Joggen am Fluss") -> str:
    """The German Strong export with its run renamed to a name no library has."""
    text = fixture("strong_german_units.csv").read_text(encoding="utf-8")
    return text.replace('"Laufen"', f'"{run_name}"')


def test_a_shipped_exercise_is_found_by_its_name_in_our_languages(seeded_db: Database) -> None:
    """A German export's "Laufen" is our running (its German name), with no mapping asked for,
    whatever language Backline runs in."""
    parsed = parse(fixture("strong_german_units.csv"), tz=BERLIN)
    with seeded_db.read_scope() as session:
        assert unknown_exercise_names(parsed, session=session) == []
    with seeded_db.session_scope() as session:
        import_parsed(parsed, session=session)
    with seeded_db.read_scope() as session:
        slugs = set(
            session.scalars(
                select(Exercise.slug).join(LoggedSet, LoggedSet.exercise_id == Exercise.id)
            )
        )
    assert "running" in slugs and not any(slug.startswith("custom-") for slug in slugs)


def test_mapping_is_remembered_for_the_next_import(seeded_db: Database) -> None:
    """A chosen mapping is stored as an alias: the next file with that name needs no mapping."""
    from core.interchange import parse_text

    parsed = parse_text(_german_export(), tz=BERLIN)
    with seeded_db.read_scope() as session:
        assert unknown_exercise_names(parsed, session=session) == ["Joggen am Fluss"]
    with seeded_db.session_scope() as session:
        result = import_parsed(parsed, session=session, mapping={"Joggen am Fluss": "running"})
    assert result.unmapped == ("Joggen am Fluss",) and result.aliases_remembered == 1
    with seeded_db.read_scope() as session:
        alias = session.execute(
            select(ExerciseAlias).where(ExerciseAlias.name_key == name_key("JOGGEN  am fluss "))
        ).scalar_one()
        assert session.get(Exercise, alias.exercise_id).slug == "running"

    later = _german_export().replace("2026-05-07 07:15:00", "2026-06-01 07:15:00")
    parsed2 = parse_text(later, tz=BERLIN)
    with seeded_db.session_scope() as session:
        assert unknown_exercise_names(parsed2, session=session) == []
        second = import_parsed(parsed2, session=session)
    assert second.workouts_added == 1 and second.workouts_skipped_duplicate == 1


def test_mapping_to_a_missing_slug_is_an_error(seeded_db: Database) -> None:
    """A mapping to an exercise we do not have is refused with the name and slug in the message."""
    from core.interchange import parse_text

    parsed = parse_text(_german_export(), tz=BERLIN)
    with pytest.raises(MappingError, match="no-such-thing"), seeded_db.session_scope() as s:
        import_parsed(parsed, session=s, mapping={"Joggen am Fluss": "no-such-thing"})
    assert count(seeded_db, Workout) == 0


def test_custom_exercises_are_created_once_with_a_fitting_mode(seeded_db: Database) -> None:
    """create_custom makes `custom-<slug>` rows: duration mode for timed-only names, else reps."""
    parsed = parse(fixture("strong_french.csv"), unit="kg", tz=BERLIN)
    with seeded_db.session_scope() as session:
        result = import_parsed(parsed, session=session, create_custom=True)
    assert result.exercises_created == ("custom-marche-rapide",)
    with seeded_db.read_scope() as session:
        ex = session.execute(
            select(Exercise).where(Exercise.slug == "custom-marche-rapide")
        ).scalar_one()
        assert (ex.name, ex.builtin, ex.kind, ex.mode) == (
            "Marche rapide",
            False,
            "strength",
            "duration",
        )
    with seeded_db.session_scope() as session:
        again = import_parsed(parsed, session=session, create_custom=True)
    assert again.exercises_created == () and again.workouts_skipped_duplicate == 1


def test_empty_database_without_library_can_still_import(db: Database) -> None:
    """With no library at all every name becomes a custom exercise (nothing is lost)."""
    parsed = parse(fixture("strong_semicolon_units.csv"), tz=BERLIN)
    with db.session_scope() as session:
        result = import_parsed(parsed, session=session, create_custom=True)
    assert len(result.exercises_created) == len(parsed.summary.exercise_names)
    assert result.sets_added == 359
