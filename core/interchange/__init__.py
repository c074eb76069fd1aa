"""Importers (Strong, Hevy), exports (Strong CSV, Backline JSON) and the JSON import.

One module per format: strong.py (read and write Strong's CSV), hevy.py (read Hevy's CSV),
backline.py (our JSON, both ways); detect.py tells them apart, common.py holds what the
readers share and writer.py stores what they read.

Typical use (the caller owns the transaction)::

    parsed = parse(path, unit=None, tz=ZoneInfo("Europe/Berlin"))  # may raise UnitRequired
    with db.session_scope() as session:
        names = unknown_exercise_names(parsed, session=session)    # ask the user about these
        result = import_parsed(parsed, session=session, mapping={...}, create_custom=True)

Errors carry a one-line message for a person: ImportFormatError (line and reason),
UnitRequired, UnmappedExercises (names), MappingError. Before reading a path, a caller asks
`input_problem(path)` (a folder, a FIFO, a device are refused without being opened) and
`looks_like_json(path)` (a Backline export, with or without a byte order mark).
"""

from __future__ import annotations

import os
from datetime import tzinfo
from pathlib import Path

from core.i18n import translate
from core.interchange.backline import JsonImportResult, export_json, import_json
from core.interchange.common import (
    Detection,
    ImportFormatError,
    ImportSummary,
    MappingError,
    ParsedImport,
    ParsedSet,
    ParsedWorkout,
    UnitRequired,
    UnmappedExercises,
    app_name,
    input_problem,
)
from core.interchange.detect import analyze, detect, looks_like_json
from core.interchange.strong import ExportResult, export_strong_csv
from core.interchange.writer import (
    ImportResult,
    import_parsed,
    import_parsed_staged,
    unknown_exercise_names,
)

__all__ = [
    "app_name",
    "Detection",
    "ExportResult",
    "ImportFormatError",
    "ImportResult",
    "ImportSummary",
    "JsonImportResult",
    "MappingError",
    "ParsedImport",
    "ParsedSet",
    "ParsedWorkout",
    "UnitRequired",
    "UnmappedExercises",
    "detect",
    "export_json",
    "export_strong_csv",
    "import_json",
    "import_parsed",
    "import_parsed_staged",
    "input_problem",
    "looks_like_json",
    "parse",
    "parse_text",
    "unknown_exercise_names",
]


def parse_text(
    text: str, *, format: str = "auto", unit: str | None = None, tz: tzinfo | None = None
) -> ParsedImport:
    """Parse the text of an export. See `parse`."""
    from core.interchange.hevy import parse_hevy_text
    from core.interchange.strong import parse_strong_text

    if unit is not None and unit not in ("kg", "lb"):
        raise ValueError(f"unit must be 'kg' or 'lb', not {unit!r}")
    text = text.removeprefix("\ufeff")
    analysis = analyze(text)
    app = analysis.detection.app
    if format not in ("auto", app):
        raise ImportFormatError(
            1,
            translate(
                "core.interchange.__init__", "this looks like a {app} export, not {format}"
            ).format(app=app_name(app), format=app_name(format)),
        )
    if app == "hevy":
        return parse_hevy_text(text, analysis, unit=unit, tz=tz)
    return parse_strong_text(text, analysis, unit=unit, tz=tz)


def parse(
    path: str | os.PathLike[str],
    *,
    format: str = "auto",
    unit: str | None = None,
    tz: tzinfo | None = None,
) -> ParsedImport:
    """Read a Strong or Hevy export into plain data; nothing is written anywhere.

    format: "auto", "strong" or "hevy". unit: "kg" or "lb" for files that do not say (else
    UnitRequired). tz: the zone the file's wall times are in (default: this machine's local
    zone); stored times are aware UTC. Any unreadable row raises ImportFormatError.
    """
    problem = input_problem(path)
    if problem is not None:
        raise ImportFormatError(None, problem)
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(
            None,
            translate("core.interchange.__init__", "not UTF-8 text (byte {position})").format(
                position=exc.start
            ),
        ) from None
    return parse_text(text, format=format, unit=unit, tz=tz)
