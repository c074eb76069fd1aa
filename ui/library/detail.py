"""The Library tab's detail pane: an exercise as HTML, the article's values told from ours."""

from __future__ import annotations

import html
from typing import Any

from core.formatting import duration_text
from ui import theme

FIELD_LABELS = {
    "sets": "Sets",
    "reps_min": "Reps (min)",
    "reps_max": "Reps (max)",
    "hold_seconds": "Hold per rep",
    "rest_seconds": "Rest between sets",
    "duration_minutes": "Duration",
    "sessions_per_week_min": "Sessions a week (min)",
    "sessions_per_week_max": "Sessions a week (max)",
}


def _value_text(field: str, value: Any) -> str:
    if field in ("hold_seconds", "rest_seconds"):
        return duration_text(value)
    if field == "duration_minutes":
        return f"{value} min"
    return str(value)


def source_titles() -> dict[str, str]:
    # Imported on first use: tomllib/sqlite3/hashlib are not needed for the first paint.
    from core.store.quick_read import source_titles as titles

    return titles()


def detail_html(entry: dict[str, Any], names_by_slug: dict[str, str]) -> str:
    """The detail pane: instructions, prescription (article vs ours), cautions, variations."""
    esc = html.escape
    defaults = set(entry["defaults"])
    own = not entry.get("builtin", True)
    parts = [f"<h2>{esc(entry['name'])}</h2>"]
    if entry.get("archived"):
        parts.append("<p><b>Archived</b>: hidden from the pickers; its history is kept.</p>")
    if entry.get("summary"):
        parts.append(f"<p><i>{esc(entry['summary'])}</i></p>")
    facts = [entry["kind"].capitalize(), entry["mode"]]
    if entry["per_side"]:
        facts.append("each side in turn")
    if entry.get("impact"):
        facts.append(f"{entry['impact']} impact")
    parts.append(f"<p>{esc(' · '.join(facts))}</p>")

    rows = []
    for field, label in FIELD_LABELS.items():
        value = entry.get(field)
        if value is None:
            continue
        if field in defaults:
            origin = f"<span style='color:{theme.text_colour('warning')}'>our default</span>"
        elif own:
            origin = f"<span style='color:{theme.text_colour('info')}'>yours</span>"
        else:
            origin = f"<span style='color:{theme.text_colour('success')}'>from the article</span>"
        rows.append(
            f"<tr><td>{esc(label)}</td><td><b>{_value_text(field, value)}</b></td>"
            f"<td>{origin}</td></tr>"
        )
    if rows:
        parts.append("<h3>Prescription</h3><table cellspacing='0' cellpadding='3'>")
        parts.extend(rows)
        parts.append("</table>")
    if entry.get("positions"):
        parts.append(f"<p><b>Positions each rep:</b> {esc(' → '.join(entry['positions']))}</p>")
    if entry["instructions"]:
        parts.append("<h3>How to do it</h3><ol>")
        parts.extend(f"<li>{esc(step)}</li>" for step in entry["instructions"])
        parts.append("</ol>")
    if entry["cautions"]:
        parts.append("<h3>Cautions</h3><ul>")
        parts.extend(f"<li>{esc(c)}</li>" for c in entry["cautions"])
        parts.append("</ul>")
    if entry["equipment"]:
        parts.append(f"<p><b>Equipment:</b> {esc(', '.join(entry['equipment']))}</p>")
    else:
        parts.append("<p><b>Equipment:</b> none</p>")
    if entry["muscles"]:
        parts.append(f"<p><b>Muscles:</b> {esc(', '.join(entry['muscles']))}</p>")
    if entry["variations"]:
        links = ", ".join(
            f"<a href='exercise:{esc(slug)}'>{esc(names_by_slug.get(slug, slug))}</a>"
            for slug in entry["variations"]
        )
        parts.append(f"<p><b>Variations:</b> {links}</p>")
    titles = source_titles()
    if entry["sources"]:
        parts.append("<h3>Based on</h3><ul>" if own else "<h3>Source</h3><ul>")
        parts.extend(
            f"<li>{esc(titles.get(s, s))} <small>({esc(s)})</small></li>" for s in entry["sources"]
        )
        parts.append("</ul>")
    if own:
        parts.append("<p><i>Your own exercise: yours to edit, archive or merge.</i></p>")
    else:
        parts.append("<p><i>Ready-made: Edit makes your own copy.</i></p>")
    return "\n".join(parts)
