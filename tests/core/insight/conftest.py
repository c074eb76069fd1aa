"""Fixtures of the insight tests: a small log of three exercises (reps, hold, duration)."""

from __future__ import annotations

import pytest
from insight_data import add_exercise, add_workout, local

from core.store.db import Database


@pytest.fixture
def lifts(db: Database) -> dict[str, int]:
    """Three exercises (reps, hold, duration) and two workouts of each, warm-ups included."""
    squat = add_exercise(db, "goblet-squat", "reps")
    plank = add_exercise(db, "side-plank", "hold")
    walk = add_exercise(db, "brisk-walk", "duration")
    add_workout(
        db,
        local(2026, 5, 4, 18),
        [
            dict(exercise_id=squat, set_type="warmup", reps=5, weight_kg=40.0),
            dict(exercise_id=squat, reps=10, weight_kg=20.0),
            dict(exercise_id=squat, reps=8, weight_kg=25.0),
            dict(exercise_id=plank, reps=3, duration_seconds=30.0),
            dict(exercise_id=plank, reps=3, duration_seconds=45.0),
            dict(exercise_id=walk, duration_seconds=1200.0),
            dict(exercise_id=walk, duration_seconds=600.0),
        ],
    )
    add_workout(
        db,
        local(2026, 5, 6, 23, 30),
        [
            dict(exercise_id=squat, reps=12, weight_kg=20.0),
            dict(exercise_id=squat, reps=12, weight_kg=None),
            dict(exercise_id=plank, set_type="warmup", reps=1, duration_seconds=90.0),
            dict(exercise_id=plank, reps=2, duration_seconds=50.0),
            dict(exercise_id=walk, duration_seconds=2700.0),
        ],
    )
    return {"squat": squat, "plank": plank, "walk": walk}
