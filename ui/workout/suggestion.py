"""The suggestion offer of the Workout tab: the next target of the current routine item, why,
and the person's choice (A accepts it, K or doing nothing keeps the target).

``read_offer`` asks core.insight.progression (read-only); ``offer_text`` words it; the
``SuggestionPanel`` shows it beside "Last time" and forwards Accept / Keep. Accepting is the
tab's write (core.insight.targets.accept_target through Ops); keeping writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget
from sqlalchemy.orm import Session

from core.formatting import prescription_text
from core.i18n import translate
from core.insight.progression import Suggestion, harder_variation, suggest_next_target
from core.insight.targets import Target
from core.library.localized import data_text
from core.units import display_number, format_weight, kg_to
from core.workout.steps import PlanItem
from ui.workout.controls import key_tooltip

__all__ = [
    "Offer",
    "SuggestionPanel",
    "change_words",
    "offer_text",
    "read_offer",
    "target_item",
]


@dataclass(frozen=True)
class Offer:
    """A suggestion for one routine item of the running workout. ``variation_name``: the name
    of the harder variation it offers (None: none), as stored (English for a shipped one)."""

    suggestion: Suggestion
    variation_name: str | None = None

    @property
    def acceptable(self) -> bool:
        """It differs from the current target, so accepting it records something."""
        return self.suggestion.changed

    @property
    def worth_showing(self) -> bool:
        """A step, a harder variation, or a reason to stay (not "nothing done yet")."""
        s = self.suggestion
        return s.rule not in ("off", "start") and (s.changed or s.variation is not None)


def read_offer(
    item: PlanItem, *, session: Session, unit: str, exclude_workout_id: int | None
) -> Offer | None:
    """The offer for a routine item (None: an ad-hoc item, or an item deleted since)."""
    if item.item_id is None:
        return None
    try:
        s = suggest_next_target(
            item.item_id,
            session=session,
            weight_unit=unit,
            exclude_workout_id=exclude_workout_id,
        )
    except LookupError:
        return None
    name = None
    if s.variation is not None:
        harder = harder_variation(item.exercise_slug, session=session)
        name = harder[1] if harder is not None and harder[0] == s.variation else s.variation
    return Offer(s, name)


def target_item(item: PlanItem, target: Target) -> PlanItem:
    """``item`` aiming at ``target``: its weight, and for a reps set its rep range. What the
    player times (sets, hold seconds, minutes) stays as the workout started."""
    if item.mode == "reps":
        return replace(
            item, weight_kg=target.weight_kg, reps_min=target.reps_min, reps_max=target.reps_max
        )
    return replace(item, weight_kg=target.weight_kg)


def _lifted(s: Suggestion) -> float | None:
    if s.last is None:
        return None
    weights = [x.weight_kg for x in s.last.sets if x.weight_kg is not None and x.weight_kg > 0]
    return max(weights) if weights else None


def change_words(s: Suggestion, unit: str) -> str:
    """What the suggestion changes, e.g. "+2.5 kg", "+1 set", "+5 s hold", "-10% deload"."""
    now, new = s.current.target, s.target
    words: list[str] = []
    base = now.weight_kg if now.weight_kg is not None else _lifted(s)
    if new.weight_kg is not None and base is not None:
        delta = kg_to(new.weight_kg, unit) - kg_to(base, unit)
        if abs(delta) >= 0.005:
            sign = "+" if delta > 0 else "−"
            words.append(f"{sign}{format_weight(abs(new.weight_kg - base), unit)}")
    if new.sets != now.sets:
        more = new.sets - now.sets
        fewer = -more
        if more > 0:
            words.append(translate("ui.workout.suggestion", "+%n set(s)", None, more))
        else:
            words.append(translate("ui.workout.suggestion", "-%n set(s)", None, fewer))
    if new.hold_seconds is not None and now.hold_seconds is not None:
        held = new.hold_seconds - now.hold_seconds
        if held:
            words.append(
                translate("ui.workout.suggestion", "{sign}{seconds} s hold").format(
                    sign=_sign(held), seconds=display_number(abs(held), 1)
                )
            )
    if new.duration_minutes is not None and now.duration_minutes is not None:
        minutes = new.duration_minutes - now.duration_minutes
        if minutes:
            words.append(f"{_sign(minutes)}{display_number(abs(minutes), 1)} min")
    if (new.reps_min, new.reps_max) != (now.reps_min, now.reps_max) and new.reps_min is not None:
        words.append(
            translate("ui.workout.suggestion", "reps {range}").format(
                range=_span(new.reps_min, new.reps_max)
            )
        )
    return ", ".join(words)


def _sign(delta: float) -> str:
    return "+" if delta > 0 else "−"


def _span(lo: int | None, hi: int | None) -> str:
    if lo is None or hi is None or lo == hi:
        return str(lo if lo is not None else hi)
    return f"{lo}-{hi}"


def offer_text(offer: Offer, item: PlanItem, unit: str) -> str:
    """The offer in words: the suggested target, what changes, its reason (which says when the
    rule is ours), and a harder variation to try if there is one."""
    s = offer.suggestion
    fields = {
        "mode": item.mode,
        "per_side": item.per_side,
        "sets": s.sets,
        "reps_min": s.reps_min,
        "reps_max": s.reps_max,
        "hold_seconds": s.hold_seconds,
        "duration_minutes": s.duration_minutes,
        "weight_kg": s.weight_kg,
    }
    change = change_words(s, unit)
    name = data_text(offer.variation_name) if offer.variation_name else None
    if offer.acceptable:
        target = prescription_text(fields, unit=unit)
        if change and name:
            head = translate(
                "ui.workout.suggestion",
                "Suggested: {target} ({change}), or the harder variation: {name}",
            ).format(target=target, change=change, name=name)
        elif change:
            head = translate("ui.workout.suggestion", "Suggested: {target} ({change})").format(
                target=target, change=change
            )
        elif name:
            head = translate(
                "ui.workout.suggestion", "Suggested: {target}, or the harder variation: {name}"
            ).format(target=target, name=name)
        else:
            head = translate("ui.workout.suggestion", "Suggested: {target}").format(target=target)
    elif name:
        head = translate("ui.workout.suggestion", "Suggested: the harder variation, {name}").format(
            name=name
        )
    else:
        head = translate("ui.workout.suggestion", "Suggested: keep your target")
    text = f"{head}. {s.reason}"
    # the variation rule's reason says to change the exercise already (in any language)
    if name and s.rule != "variation":
        text += translate(
            "ui.workout.suggestion",
            " To switch, change the exercise in the Routines tab; A takes only the target.",
        )
    return text


class SuggestionPanel(QWidget):
    """The offer's words and its two choices; hidden when there is nothing to offer."""

    accept_requested = Signal()
    keep_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_label = QLabel("")
        self.text_label.setObjectName("suggestion_text")
        self.text_label.setWordWrap(True)
        self.accept_button = QPushButton(
            translate("ui.workout.suggestion", "Accept ({key})").format(key="A")
        )
        self.accept_button.setToolTip(key_tooltip("accept"))
        self.accept_button.clicked.connect(self.accept_requested)
        self.keep_button = QPushButton(
            translate("ui.workout.suggestion", "Keep ({key})").format(key="K")
        )
        self.keep_button.setToolTip(key_tooltip("keep"))
        self.keep_button.clicked.connect(self.keep_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.text_label, 1)
        row.addWidget(self.accept_button)
        row.addWidget(self.keep_button)
        self.show_offer(None)

    def show_offer(self, text: str | None, *, acceptable: bool = False) -> None:
        """Show ``text`` (None: hide the panel); the choices only when ``acceptable``."""
        self.text_label.setText(text or "")
        self.accept_button.setVisible(acceptable)
        self.keep_button.setVisible(acceptable)
        self.setVisible(text is not None)
