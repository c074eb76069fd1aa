"""Starting what the Today tab says is due: a routine, or a timer on one exercise (the
massage's minutes left, 30 minutes of cardio), in the Workout tab's player."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.daily.today import StartAction
    from core.workout.plan import WorkoutPlan
    from ui.main_window import MainWindow


def timed_exercise_plan(slug: str, minutes: float, *, session: Session) -> WorkoutPlan:
    """A one-exercise workout of `minutes` (whole minutes, rounded up) of that exercise."""
    from core.workout.plan import WorkoutPlan, plan_item_for_exercise

    item, exercise_id = plan_item_for_exercise(slug, session=session, sets=1)
    item = replace(item, sets=1, duration_minutes=max(1, math.ceil(minutes)))
    return WorkoutPlan(name=item.exercise_name, items=(item,), exercise_ids=(exercise_id,))


def start_in_player(window: MainWindow, action: StartAction) -> None:
    """Open the Workout tab and start `action` there, unless a workout is already running (then
    the tab only comes to the front, with that workout)."""
    from ui.workout.tab import WorkoutTab

    tab = window.show_tab("Workout")
    assert isinstance(tab, WorkoutTab)
    if tab.run is not None and not tab.run.finished:
        return
    if action.routine_id is not None:
        tab.prepare_routine(action.routine_id)
        tab.start_selected()
        return
    slug, minutes = action.exercise_slug, action.minutes
    assert slug is not None and minutes is not None
    tab.start_plan(window.ops.read(lambda s: timed_exercise_plan(slug, minutes, session=s)))
