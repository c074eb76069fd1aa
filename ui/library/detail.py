"""The Library tab's detail pane: an exercise as HTML, the article's values told from ours."""

from __future__ import annotations

import html
from typing import Any

from core.formatting import duration_text
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.units import display_number
from ui import theme
from ui.library.models import (
    capitalized,
    equipment_text,
    impact_label,
    kind_label,
    mode_label,
    muscle_label,
)

FIELD_LABELS = {
    "sets": QT_TRANSLATE_NOOP("ui.library.detail", "Sets"),
    "reps_min": QT_TRANSLATE_NOOP("ui.library.detail", "Reps (min)"),
    "reps_max": QT_TRANSLATE_NOOP("ui.library.detail", "Reps (max)"),
    "hold_seconds": QT_TRANSLATE_NOOP("ui.library.detail", "Hold per rep"),
    "rest_seconds": QT_TRANSLATE_NOOP("ui.library.detail", "Rest between sets"),
    "duration_minutes": QT_TRANSLATE_NOOP("ui.library.detail", "Duration"),
    "sessions_per_week_min": QT_TRANSLATE_NOOP("ui.library.detail", "Sessions a week (min)"),
    "sessions_per_week_max": QT_TRANSLATE_NOOP("ui.library.detail", "Sessions a week (max)"),
}
"""The prescription's fields, in the order shown (translate("ui.library.detail", label) when shown)."""

_IMPACT_TEXTS = {
    "low": QT_TRANSLATE_NOOP("ui.library.detail", "low impact"),
    "medium": QT_TRANSLATE_NOOP("ui.library.detail", "medium impact"),
    "high": QT_TRANSLATE_NOOP("ui.library.detail", "high impact"),
}


def _value_text(field: str, value: Any) -> str:
    if field in ("hold_seconds", "rest_seconds"):
        return duration_text(value)
    if field == "duration_minutes":
        return f"{display_number(value)} min"
    return display_number(value) if isinstance(value, int | float) else str(value)


def _impact_text(impact: str) -> str:
    english = _IMPACT_TEXTS.get(impact)
    if english is None:  # not one of ours: say it as the library has it
        return translate("ui.library.detail", "{impact} impact").format(impact=impact_label(impact))
    return translate("ui.library.detail", english)


def source_titles() -> dict[str, str]:
    # Imported on first use: tomllib/sqlite3/hashlib are not needed for the first paint.
    from core.store.quick_read import source_titles as titles

    return titles()


def _labelled(label: str, value_html: str) -> str:
    """A paragraph "<b>Label:</b> value" (`label` translated, plain text; `value_html` HTML)."""
    return f"<p><b>{html.escape(label)}</b> {value_html}</p>"


def detail_html(entry: dict[str, Any], names_by_slug: dict[str, str]) -> str:
    """The detail pane: instructions, prescription (article vs ours), cautions, variations."""
    esc = html.escape
    defaults = set(entry["defaults"])
    own = not entry.get("builtin", True)
    parts = [f"<h2>{esc(data_text(entry['name']))}</h2>"]
    if entry.get("archived"):
        parts.append(
            "<p>"
            + translate(
                "ui.library.detail",
                "<b>Archived</b>: hidden from the pickers; its history is kept.",
            )
            + "</p>"
        )
    if entry.get("summary"):
        parts.append(f"<p><i>{esc(data_text(entry['summary']))}</i></p>")
    facts = [capitalized(kind_label(entry["kind"])), mode_label(entry["mode"])]
    if entry["per_side"]:
        facts.append(translate("ui.library.detail", "each side in turn"))
    if entry.get("impact"):
        facts.append(_impact_text(entry["impact"]))
    parts.append(f"<p>{esc(' · '.join(facts))}</p>")

    rows = []
    for field, label in FIELD_LABELS.items():
        value = entry.get(field)
        if value is None:
            continue
        if field in defaults:
            colour, said = "warning", translate("ui.library.detail", "our default")
        elif own:
            colour, said = "info", translate("ui.library.detail", "yours")
        else:
            colour, said = "success", translate("ui.library.detail", "from the article")
        origin = f"<span style='color:{theme.text_colour(colour)}'>{esc(said)}</span>"
        rows.append(
            f"<tr><td>{esc(translate('ui.library.detail', label))}</td><td><b>{_value_text(field, value)}</b></td>"
            f"<td>{origin}</td></tr>"
        )
    if rows:
        heading = esc(translate("ui.library.detail", "Prescription"))
        parts.append(f"<h3>{heading}</h3><table cellspacing='0' cellpadding='3'>")
        parts.extend(rows)
        parts.append("</table>")
    if entry.get("positions"):
        positions = " → ".join(data_text(p) for p in entry["positions"])
        parts.append(
            _labelled(translate("ui.library.detail", "Positions each rep:"), esc(positions))
        )
    if entry["instructions"]:
        heading = esc(translate("ui.library.detail", "How to do it"))
        parts.append(f"<h3>{heading}</h3><ol>")
        parts.extend(f"<li>{esc(data_text(step))}</li>" for step in entry["instructions"])
        parts.append("</ol>")
    if entry["cautions"]:
        heading = esc(translate("ui.library.detail", "Cautions"))
        parts.append(f"<h3>{heading}</h3><ul>")
        parts.extend(f"<li>{esc(data_text(c))}</li>" for c in entry["cautions"])
        parts.append("</ul>")
    parts.append(
        _labelled(
            translate("ui.library.detail", "Equipment:"), esc(equipment_text(entry["equipment"]))
        )
    )
    if entry["muscles"]:
        muscles = ", ".join(muscle_label(m) for m in entry["muscles"])
        parts.append(_labelled(translate("ui.library.detail", "Muscles:"), esc(muscles)))
    if entry["variations"]:
        links = ", ".join(
            f"<a href='exercise:{esc(slug)}'>{esc(data_text(names_by_slug.get(slug, slug)))}</a>"
            for slug in entry["variations"]
        )
        parts.append(_labelled(translate("ui.library.detail", "Variations:"), links))
    titles = source_titles()
    if entry["sources"]:
        heading = (
            translate("ui.library.detail", "Based on")
            if own
            else translate("ui.library.detail", "Source")
        )
        parts.append(f"<h3>{esc(heading)}</h3><ul>")
        parts.extend(
            f"<li>{esc(data_text(titles.get(s, s)))} <small>({esc(s)})</small></li>"
            for s in entry["sources"]
        )
        parts.append("</ul>")
    if own:
        said = translate("ui.library.detail", "Your own exercise: yours to edit, archive or merge.")
    else:
        said = translate("ui.library.detail", "Ready-made: Edit makes your own copy.")
    parts.append(f"<p><i>{esc(said)}</i></p>")
    return "\n".join(parts)
