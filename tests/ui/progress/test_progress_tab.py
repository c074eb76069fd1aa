"""The Progress tab: exercise/measure/range pickers, charts, records, saving, lazy matplotlib."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from core.changes import Changes
from core.clock import FakeClock
from core.insight.progression import RULE_TEXT
from core.insight.trends import MEASURES
from core.store.db import Database
from core.store.models import Exercise, LoggedSet, Routine, Workout
from core.store.settings import set_setting
from ui import dialogs
from ui.progress.tab import EMPTY_HISTORY, ProgressTab
from ui.widgets.chart_canvas import ChartCanvas, palette_colors, style_axes

ROOT = Path(__file__).resolve().parents[3]
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
TZ = ZoneInfo("Europe/Berlin")


def _ids(db: Database, *slugs: str) -> list[int]:
    with db.read_scope() as s:
        by_slug = {slug: id_ for slug, id_ in s.execute(select(Exercise.slug, Exercise.id))}
    return [by_slug[slug] for slug in slugs]


def insert_history(db: Database) -> dict[str, int]:
    """Workouts through the ORM: a weighted move over a year, a hold, an activity, warm-ups.

    Barbell hip thrust (reps): 400, 60, 20 and 5 days ago (best 70 kg × 6, 5 days ago).
    Superman (hold): 3 × 10 s, 2 days ago. Running (duration): 30 min, yesterday.
    The hip-thrust workouts of the last 60 days belong to a routine with a 2-3/week target.
    """
    thrust, superman, running = _ids(db, "barbell-hip-thrust", "superman", "running")
    with db.session_scope() as s:
        routine_id = s.scalar(select(Routine.id).where(Routine.sessions_per_week_min == 2))

        def workout(days_ago: int, sets: list[LoggedSet], routine: int | None = None) -> None:
            started = NOW - timedelta(days=days_ago, hours=2)
            w = Workout(
                routine_id=routine,
                name="test",
                started_at=started,
                ended_at=started + timedelta(minutes=40),
            )
            for i, logged in enumerate(sets, start=1):
                logged.position = i
                logged.set_number = i
                logged.logged_at = started + timedelta(minutes=i)
            w.sets = sets
            s.add(w)

        def lift(kg: float, reps: int, set_type: str = "normal") -> LoggedSet:
            return LoggedSet(exercise_id=thrust, weight_kg=kg, reps=reps, set_type=set_type)

        workout(400, [lift(40, 10), lift(40, 10)])
        workout(60, [lift(20, 10, "warmup"), lift(60, 8), lift(60, 10)], routine_id)
        workout(20, [lift(65, 8), lift(65, 8)], routine_id)
        workout(5, [lift(70, 6), lift(62.5, 8)], routine_id)
        workout(2, [LoggedSet(exercise_id=superman, reps=3, duration_seconds=10.0)])
        workout(1, [LoggedSet(exercise_id=running, duration_seconds=1800.0)])
    return {"thrust": thrust, "superman": superman, "running": running}


@pytest.fixture
def history(seeded_db: Database) -> dict[str, int]:
    return insert_history(seeded_db)


def make_tab(qtbot, db: Database) -> ProgressTab:  # type: ignore[no-untyped-def]
    tab = ProgressTab(clock=FakeClock(NOW), tz=TZ)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.attach(db)
    # The exercise chart renders first, then the adherence chart below it.
    with qtbot.waitSignal(tab.chart_drawn, check_params_cb=lambda name: name == "adherence"):
        tab.show()
    return tab


def test_opens_with_exercises_that_have_history(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Shown, the tab lists only logged exercises and draws the first one's chart."""
    tab = make_tab(qtbot, seeded_db)
    assert tab.title == "Progress"
    assert set(tab.exercise_ids()) == set(history.values())
    assert tab.exercise_id == history["running"]  # the one done most recently
    assert tab.exercise_combo.currentText() == "Running"
    assert tab.chart.has_chart
    assert not tab.stale


def test_switch_exercise_and_measure_follows_mode(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Each exercise offers only the measures of its mode, with the Epley formula named."""
    tab = make_tab(qtbot, seeded_db)
    tab.set_range("all")
    with qtbot.waitSignal(tab.chart_drawn):
        assert tab.select_exercise(history["thrust"])
    assert tab.measure_keys() == ["heaviest", "e1rm", "volume", "reps"]
    labels = [tab.measure_combo.itemText(i) for i in range(tab.measure_combo.count())]
    assert "Estimated 1RM" in labels  # short in the picker, the formula in its tooltip
    e1rm = tab.measure_combo.findData("e1rm")
    assert "w × (1 + reps/30)" in tab.measure_combo.itemData(e1rm, Qt.ItemDataRole.ToolTipRole)
    assert [p.value for p in tab.points] == [40.0, 60.0, 65.0, 70.0]  # warm-up left out

    with qtbot.waitSignal(tab.chart_drawn):
        tab.select_exercise(history["superman"])
    assert tab.measure_keys() == ["longest_hold", "reps"]
    assert tab.measure == "longest_hold"
    assert [p.value for p in tab.points] == [10.0]

    with qtbot.waitSignal(tab.chart_drawn):
        tab.select_exercise(history["running"])
    assert tab.measure_keys() == ["minutes"]
    assert [p.value for p in tab.points] == [30.0]
    with pytest.raises(KeyError):
        tab.set_measure("heaviest")


def test_a_bodyweight_move_done_today_charts_its_reps(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Bug fixed: Bird-dog (reps, no weight) done today read "No Bird-dog in the last 3 months"
    because the measure carried over from a weighted move was "Heaviest set". A move logged
    without weight offers reps only, and the chart shows today's workout."""
    (bird,) = _ids(seeded_db, "bird-dog")
    with seeded_db.session_scope() as s:
        started = NOW - timedelta(hours=1)
        w = Workout(name="test", started_at=started, ended_at=started + timedelta(minutes=10))
        w.sets = [
            LoggedSet(exercise_id=bird, reps=r, position=i, set_number=i, logged_at=started)
            for i, r in enumerate((8, 8), start=1)
        ]
        s.add(w)
    tab = make_tab(qtbot, seeded_db)
    with qtbot.waitSignal(tab.chart_drawn):
        tab.select_exercise(history["thrust"])
    with qtbot.waitSignal(tab.chart_drawn):
        tab.set_measure("heaviest")
    with qtbot.waitSignal(tab.chart_drawn):
        assert tab.select_exercise(bird)
    assert tab.measure_keys() == ["reps"]
    assert tab.measure == "reps"
    assert [p.value for p in tab.points] == [16.0]
    assert tab.chart.has_chart


def test_first_showing_widens_the_range_to_the_latest_workout(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Opened 200 days after the last workout, the chart does not say "nothing in the last 3
    months": the first showing uses the shortest range that holds the latest workout (1 year).
    A range the person picks is kept."""
    tab = ProgressTab(clock=FakeClock(NOW + timedelta(days=200)), tz=TZ)
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.attach(seeded_db)
    with qtbot.waitSignal(tab.chart_drawn, check_params_cb=lambda name: name == "exercise"):
        tab.show()
    assert tab.range_key == "1y"
    assert tab.range_buttons["1y"].isChecked()
    assert [p.value for p in tab.points] == [30.0]
    with qtbot.waitSignal(tab.chart_drawn):
        tab.set_range("30d")
    with qtbot.waitSignal(tab.chart_drawn):
        tab.refresh()
    assert tab.range_key == "30d"


def test_an_empty_measure_falls_back_to_one_with_data(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """A move once done with weight (a year ago) and now without it: choosing it charts a
    measure with data in the 3 months shown (reps), and the picker says so, not "no data"."""
    (deadlift,) = _ids(seeded_db, "romanian-deadlift")
    with seeded_db.session_scope() as s:
        for days_ago, kg in ((400, 40.0), (0, None)):
            started = NOW - timedelta(days=days_ago, hours=1)
            w = Workout(name="test", started_at=started, ended_at=started + timedelta(minutes=9))
            w.sets = [
                LoggedSet(
                    exercise_id=deadlift,
                    weight_kg=kg,
                    reps=10,
                    position=1,
                    set_number=1,
                    logged_at=started,
                )
            ]
            s.add(w)
    tab = make_tab(qtbot, seeded_db)
    with qtbot.waitSignal(tab.chart_drawn):
        tab.select_exercise(history["thrust"])
    with qtbot.waitSignal(tab.chart_drawn):
        assert tab.select_exercise(deadlift)
    assert tab.measure_keys()[0] == "heaviest"
    assert tab.measure == "reps"
    assert tab.measure_combo.currentData() == "reps"
    assert [p.value for p in tab.points] == [10.0]


def test_measure_switch_redraws_with_that_measure(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Choosing volume charts the per-workout sum of weight × reps, titled with its label."""
    tab = make_tab(qtbot, seeded_db)
    tab.select_exercise(history["thrust"])
    tab.set_range("all")
    with qtbot.waitSignal(tab.chart_drawn):
        tab.set_measure("volume")
    assert [p.value for p in tab.points] == [800.0, 1080.0, 1040.0, 920.0]
    (ax,) = tab.chart.current_figure().axes
    assert ax.get_title().endswith(MEASURES["volume"])
    assert "(kg)" in ax.get_ylabel()


def test_exercise_picker_is_searchable(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Typing part of a name anywhere in it (any case) offers the matching exercises."""
    tab = make_tab(qtbot, seeded_db)
    completer = tab.exercise_combo.completer()
    completer.setCompletionPrefix("THRUST")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Barbell hip thrust"


def test_palette_change_redraws_in_its_colours(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """Switching the window to a dark palette redraws the chart with a dark background."""
    tab = make_tab(qtbot, seeded_db)
    palette = QPalette(tab.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    with qtbot.waitSignal(tab.chart_drawn, check_params_cb=lambda name: name == "exercise"):
        tab.setPalette(palette)
    fig = tab.chart.current_figure()
    assert QColor.fromRgbF(*fig.get_facecolor()).name() == "#202124"


def test_switch_range(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """30 days, 3 months, 1 year and all keep the workouts started within that range."""
    tab = make_tab(qtbot, seeded_db)
    tab.select_exercise(history["thrust"])
    counts = {}
    for key in ("30d", "3m", "1y", "all"):
        with qtbot.waitSignal(tab.chart_drawn):
            tab.set_range(key)
        assert tab.range_buttons[key].isChecked()
        counts[key] = len(tab.points)
    assert counts == {"30d": 2, "3m": 3, "1y": 3, "all": 4}


def test_empty_range_says_what_to_do(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """An exercise with nothing in the chosen range shows a sentence pointing to “All”."""
    with seeded_db.session_scope() as s:
        for w in s.scalars(select(Workout)):
            if w.started_at > NOW - timedelta(days=300):
                s.delete(w)
    tab = make_tab(qtbot, seeded_db)
    tab.select_exercise(history["thrust"])
    with qtbot.waitSignal(tab.chart_drawn):
        tab.set_range("30d")
    assert not tab.chart.has_chart
    assert "All" in tab.chart.message


def test_weights_follow_the_unit_setting(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """With pounds chosen, the weight axis and the records are in lb."""
    with seeded_db.session_scope() as s:
        set_setting("weight_unit", "lb", session=s)
    tab = make_tab(qtbot, seeded_db)
    tab.set_range("all")
    tab.select_exercise(history["thrust"])
    (ax,) = tab.chart.current_figure().axes
    assert "(lb)" in ax.get_ylabel()
    ys = list(ax.get_lines()[0].get_ydata())
    assert ys[-1] == pytest.approx(70 / 0.45359237)
    labels = [r.label for r in tab.records_model.rows()]
    assert any("lb" in label for label in labels)


def test_records_listed_for_the_exercise(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """The records list shows the exercise's personal records with the local day they were set."""
    tab = make_tab(qtbot, seeded_db)
    assert tab.select_exercise(history["thrust"])
    model = tab.records_model
    kinds = [r.kind for r in model.rows()]
    assert kinds[:2] == ["heaviest_weight", "best_e1rm"]
    assert "most_reps_at_weight" in kinds
    heaviest = model.rows()[0]
    assert heaviest.value == 70.0
    assert model.index(0, 0).data() == heaviest.label
    assert (
        model.index(0, 1).data()
        == (NOW - timedelta(days=5, hours=2)).astimezone(TZ).date().isoformat()
    )
    with qtbot.waitSignal(tab.chart_drawn):
        tab.select_exercise(history["running"])
    assert [r.kind for r in model.rows()] == ["longest_activity"]


def test_records_model_passes_qtmodeltester(qtbot, qtmodeltester, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """The records model is a well-behaved Qt model, filled and empty."""
    tab = make_tab(qtbot, seeded_db)
    tab.select_exercise(history["thrust"])
    assert tab.records_model.rowCount() > 0
    qtmodeltester.check(tab.records_model)
    tab.records_model.set_rows([])
    qtmodeltester.check(tab.records_model)


def test_save_chart_png_and_svg(qtbot, seeded_db, history, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The chart saves as a real PNG or SVG, directly and through the Save button's dialog."""
    tab = make_tab(qtbot, seeded_db)
    png = tab.save_chart(tmp_path / "chart.png")
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    svg = tab.save_chart(tmp_path / "chart.svg")
    assert "<svg" in svg.read_text(encoding="utf-8")

    chosen = tmp_path / "from-dialog.svg"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: chosen)
    tab.save_button.click()
    assert "<svg" in chosen.read_text(encoding="utf-8")

    no_suffix = tmp_path / "no-suffix"
    monkeypatch.setattr(dialogs, "save_file", lambda *args: no_suffix)
    tab.save_button.click()
    assert (tmp_path / "no-suffix.png").read_bytes().startswith(b"\x89PNG")

    errors: list[str] = []
    monkeypatch.setattr(dialogs, "save_file", lambda *args: tmp_path / "chart.gif")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append(text))
    tab.save_button.click()
    assert errors and ".png or .svg" in errors[0]
    assert not (tmp_path / "chart.gif").exists()


def test_adherence_calendar_and_rule(qtbot, seeded_db, history, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Adherence is drawn for the routine followed, from the week it was first used (60 days
    ago, in the week of 5 January: 10 of the 12 weeks, the 2 before are no misses), the calendar with the streak in
    words, and the progression rule is shown."""
    tab = make_tab(qtbot, seeded_db)
    assert tab.adherence_chart.has_chart
    assert [tab.adherence_combo.itemText(i) for i in range(tab.adherence_combo.count())] == [
        "Back-of-leg cellulite workout"
    ]
    (ax,) = tab.adherence_chart.current_figure().axes
    assert ax.get_title(loc="left") == (
        "Back-of-leg cellulite workout: target 2–3 a week, met 0 of 10 weeks since 05 Jan"
    )
    bars = ax.containers[0]  # ten weeks in use, one session in each of three of them
    assert len(bars) == 10
    assert sorted(float(b.get_height()) for b in bars)[-4:] == [0.0, 1.0, 1.0, 1.0]
    with qtbot.waitSignal(tab.chart_drawn) as blocker:
        tab.lower_panel.setCurrentIndex(1)
    assert blocker.args == ["calendar"]
    assert tab.calendar_chart.has_chart
    # Superman two days ago, running yesterday, nothing yet today: a two-day streak.
    assert "Current streak: 2 days in a row." in tab.streak_label.text()
    assert "5 active days" in tab.streak_label.text()
    assert tab.save_chart(tmp_path / "cal.png", which="calendar").stat().st_size > 0
    assert tab.rule_label.text() == RULE_TEXT


def test_empty_database_says_what_to_do(qtbot, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """With no workout logged, the tab asks for one and its pickers are disabled."""
    tab = ProgressTab(clock=FakeClock(NOW), tz=TZ)
    qtbot.addWidget(tab)
    tab.attach(seeded_db)
    tab.show()
    assert tab.chart.message == EMPTY_HISTORY
    assert not tab.exercise_combo.isEnabled()
    assert not tab.save_button.isEnabled()
    assert tab.records_model.rowCount() == 0


def test_redraws_only_when_shown_and_stale(qtbot, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """A data change while hidden marks the tab stale without drawing; showing it redraws.
    Body measurements alone do not concern this tab."""
    tab = make_tab(qtbot, seeded_db)
    drawn: list[str] = []
    tab.chart_drawn.connect(drawn.append)
    tab.hide()
    tab.on_data_changed(Changes(workouts=True))
    QApplication.processEvents()
    assert tab.stale and drawn == []
    with qtbot.waitSignal(tab.chart_drawn, check_params_cb=lambda name: name == "exercise"):
        tab.show()
    assert not tab.stale
    assert not tab.is_affected_by(Changes(body=True))


def test_chart_colours_follow_the_palette(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A dark window palette gives a dark chart background and light text."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
    colors = palette_colors(palette)
    assert colors.dark
    assert (colors.background, colors.foreground, colors.accent) == (
        "#202124",
        "#e8eaed",
        "#8ab4f8",
    )
    canvas = ChartCanvas("nothing yet")
    qtbot.addWidget(canvas)
    canvas.setPalette(palette)
    fig = canvas.figure()
    ax = fig.add_subplot()
    style_axes(ax, canvas.colors())
    canvas.draw()
    assert QColor.fromRgbF(*fig.get_facecolor()).name() == "#202124"
    assert QColor.fromRgbF(*ax.get_facecolor()).name() == "#202124"


def test_matplotlib_is_imported_only_when_the_tab_is_shown(tmp_path) -> None:
    """Importing ui.progress.tab and constructing the tab leave matplotlib unimported;
    showing it with history draws a chart, which imports it (checked in a fresh process)."""
    script = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        from ui import tasks
        tasks.use_synchronous_tasks(True)
        app = QApplication([])
        from core.store.db import open_database
        from core.store.startup import seed_if_needed
        from ui.progress.tab import ProgressTab
        from test_progress_tab import insert_history, NOW, TZ
        from core.clock import FakeClock
        db = open_database(Path({str(tmp_path / "lazy.db")!r}))
        seed_if_needed(db)
        insert_history(db)
        tab = ProgressTab(clock=FakeClock(NOW), tz=TZ)
        tab.attach(db)
        assert "matplotlib" not in sys.modules, "imported before showing"
        tab.show()
        assert tab.chart.has_chart
        assert "matplotlib" in sys.modules
        assert "matplotlib.pyplot" not in sys.modules
        print("ok")
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("ok")


def test_models_pass_the_model_tester(qtbot, qtmodeltester, seeded_db, history) -> None:  # type: ignore[no-untyped-def]
    """The exercise picker's model, the completer's filtered model over it and the records
    model keep Qt's model contracts with rows loaded; the picker shows names, holds the ids and
    tells workouts, sets and the last local day in its tooltip."""
    tab = make_tab(qtbot, seeded_db)
    tab.select_exercise(history["thrust"])
    model = tab.exercise_model
    assert model.rowCount() == 3
    qtmodeltester.check(model)
    row = model.index(tab.exercise_ids().index(history["thrust"]), 0)
    assert model.data(row) == "Barbell hip thrust"
    assert model.data(row, Qt.ItemDataRole.ToolTipRole) == (
        "4 workouts, 9 sets; last on 2026-03-05"
    )
    completer = tab.exercise_combo.completer()
    completer.setCompletionPrefix("r")
    assert completer.completionCount() == 3
    qtmodeltester.check(completer.completionModel())
    assert tab.records_model.rowCount() > 0
    qtmodeltester.check(tab.records_model)
