"""A Backline that runs a workout with the screen kept on, for the crash test of the screen keeper.

Run as ``python tests/ui/workout/keeper_child.py DB BUS_ADDRESS``: a real WorkoutTab on a seeded
database starts the short test routine with a ScreenKeeper on the given session bus, prints
``held`` once the screen saver agreed (``problem: ...`` if it did not), and runs until it is
killed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from core.clock import FakeClock  # noqa: E402
from core.store.db import open_database  # noqa: E402
from core.store.startup import seed_if_needed  # noqa: E402
from tests.reliability.short_routine import make_routine  # noqa: E402
from ui.inhibit import ScreenInhibitor  # noqa: E402
from ui.workout.screen_keeper import ScreenKeeper  # noqa: E402
from ui.workout.tab import WorkoutTab  # noqa: E402


class SilentCues:
    """No sound, no speech: the child only needs the timer."""

    def play(self, kind: str) -> bool:
        return False

    def speak(self, text: str) -> bool:
        return False


def main() -> None:
    db_path, address = sys.argv[1], sys.argv[2]
    app = QApplication([])
    db = open_database(Path(db_path))
    seed_if_needed(db)
    make_routine(db)
    tab = WorkoutTab(clock=FakeClock(), cue_player=SilentCues())
    tab.attach(db)
    tab.show()
    keeper = ScreenKeeper(tab, ops=tab.ops, inhibitor=ScreenInhibitor(address))
    keeper.held_changed.connect(lambda held: print("held" if held else "released", flush=True))
    keeper.problem_changed.connect(lambda problem: print(f"problem: {problem}", flush=True))
    tab.routine_combo.setCurrentIndex(tab.routine_combo.findText("Short test routine"))
    tab.start_button.click()
    app.exec()


if __name__ == "__main__":
    main()
