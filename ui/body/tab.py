"""The "Body & plan" tab: log body measurements, see weight over time, and the plan panel.

Left: the measurement form and table (ui/body/measurements.py). Right: the body-weight chart
with its trend (core.body.trend) (the shared ChartCanvas: matplotlib is imported the first time
the tab is shown, colours follow the window palette) above the plan panel
(ui/body/plan_panel.py). This module composes them and reloads them together: the plan uses
the latest weight, and both follow the units chosen in Settings.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from core.body import measurements as body
from core.body.energy import logged_estimate
from core.changes import Changes
from core.store.settings import load_settings
from ui.base_tab import BaseTab
from ui.body.measurements import MeasurementsPanel, WeightChart
from ui.body.plan_panel import PlanPanel
from ui.widgets.layout import splitter

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from core.body.trend import MaintenanceEstimate
    from core.store.settings import Settings


class BodyTab(BaseTab):
    title = "Body & plan"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[body.MeasurementRow] = []
        self.measurements = MeasurementsPanel(self)
        self.chart = WeightChart()
        self.plan_panel = PlanPanel(self)

        right = splitter(
            (self.chart, 1),
            (self.plan_panel, 1),
            orientation=Qt.Orientation.Vertical,
            sizes=[280, 500],
        )
        right.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(splitter((self.measurements, 2), (right, 3), sizes=[440, 820]))

    def is_affected_by(self, changes: Changes) -> bool:
        return changes.body or changes.settings  # body: measurements and day logs

    def refresh(self) -> None:
        today = date.today()

        def read(
            session: Session,
        ) -> tuple[Settings, list[body.MeasurementRow], float | None, MaintenanceEstimate | None]:
            return (
                load_settings(session=session),
                body.list_measurements(session=session),
                body.latest_weight_kg(session=session),
                logged_estimate(today, session=session),
            )

        settings, rows, latest, estimate = self.ops.read(read)
        self.rows = rows
        self.measurements.show_rows(rows, settings.weight_unit, settings.length_unit)
        self.plan_panel.show_plan(settings, latest, estimate)
        if self.isVisible():
            self.draw_chart()

    def draw_chart(self) -> None:
        self.chart.draw(self.rows, self.measurements.weight_unit)

    def changeEvent(self, event: QEvent) -> None:
        """A new palette (light/dark switch) redraws the chart in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.chart.canvas.has_chart:
            # Qt tells the parent before its children get the new palette: redraw after.
            QTimer.singleShot(0, self, self.draw_chart)
