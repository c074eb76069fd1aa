"""The library's data schema: read resources/library.toml and routines.toml and check them.

(Over 500 lines: both files share one typed table reader and its checks.)

The TOML files are the single source of the builtin rows (core.library.seed stores them).
Loading validates every entry and raises `LibraryDataError` naming the entry (slug, key or
index) and the field at fault, so a typo in the data fails loudly at test time rather than as
a crash in the player.

Routine items may leave prescription fields out: they are then taken from the exercise entry,
together with its `defaults` marks, when the item keeps the exercise's mode.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.i18n import translate
from core.library.rows import LibraryEntry, SourceArticle
from core.paths import LIBRARY_PATH, ROUTINES_PATH
from core.routines.rows import ITEM_NUMBER_FIELDS

KINDS = ("strength", "cardio", "mobility", "recovery")
MODES = ("reps", "hold", "duration")
IMPACTS = ("low", "medium", "high")
MUSCLES = frozenset(
    {
        "glutes",
        "hamstrings",
        "quads",
        "calves",
        "hips",
        "core",
        "lower-back",
        "upper-back",
        "shoulders",
        "chest",
        "arms",
        "full-body",
    }
)
# Exercise fields that may be marked as our default (rather than an article's value).
EXERCISE_DEFAULTABLE = (
    "per_side",
    "sets",
    "reps_min",
    "reps_max",
    "hold_seconds",
    "rest_seconds",
    "duration_minutes",
    "sessions_per_week_min",
    "sessions_per_week_max",
    "impact",
)
ROUTINE_DEFAULTABLE = ("sessions_per_week_min", "sessions_per_week_max")
ITEM_DEFAULTABLE = ("mode", "per_side", *ITEM_NUMBER_FIELDS)

# Item fields inherited from the exercise entry when the item leaves them out.
_INHERITED = ("per_side", "sets", "reps_min", "reps_max", "hold_seconds", "duration_minutes",
              "rest_seconds")  # fmt: skip
_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
POSITIONS_MAX = 6
"""Most timed positions one hold rep may have (our bound: the articles name two at most)."""
POSITION_NAME_MAX = 30
"""Longest name of one position, in characters (it is shown in the phase title)."""
_SOURCE_RE = re.compile(r"^[0-9]{3}_[0-9a-f]{16}\.txt$")


class LibraryDataError(ValueError):
    """The library or routines TOML is malformed. The message names the entry and the field."""


# --- plain data ------------------------------------------------------------------------------


@dataclass(frozen=True)
class RoutineTemplateItem:
    exercise: str  # library slug
    mode: str
    sets: int
    reps_min: int | None
    reps_max: int | None
    hold_seconds: int | None
    duration_minutes: int | None
    per_side: bool
    rest_seconds: int  # between sets
    rest_after_seconds: int  # after the exercise
    weight_kg: float | None
    note: str
    circuit: int | None
    rounds: int | None
    defaults: tuple[str, ...]  # includes marks inherited from the exercise entry
    count_up: bool = False  # hold or duration: "as long as you can", the time is the mark
    weight_step_kg: float | None = None  # reps: the step progression adds (None: equipment's)


@dataclass(frozen=True)
class RoutineTemplate:
    key: str
    name: str
    source: str
    summary: str
    sessions_per_week_min: int | None
    sessions_per_week_max: int | None
    defaults: tuple[str, ...]
    items: tuple[RoutineTemplateItem, ...]


# --- TOML reading and validation ---------------------------------------------------------------


class _Table:
    """Typed access to one TOML table; every error names `where` and the field."""

    def __init__(self, where: str, data: Any) -> None:
        self.where = where
        if not isinstance(data, dict):
            raise LibraryDataError(f"{where}: expected a table, got {type(data).__name__}")
        self.data: dict[str, Any] = data
        self.seen: set[str] = set()

    def fail(self, field: str, problem: str) -> LibraryDataError:
        return LibraryDataError(f"{self.where}: field '{field}': {problem}")

    def _get(self, key: str, required: bool) -> Any:
        self.seen.add(key)
        if key not in self.data:
            if required:
                raise self.fail(key, "is required")
            return None
        return self.data[key]

    def text(self, key: str, *, required: bool = True, empty_ok: bool = False) -> str | None:
        value = self._get(key, required)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"expected a string, got {type(value).__name__}")
        if not empty_ok and not value.strip():
            raise self.fail(key, "must not be empty")
        return value

    def enum(self, key: str, allowed: Sequence[str], *, required: bool = True) -> str | None:
        value = self.text(key, required=required)
        if value is not None and value not in allowed:
            raise self.fail(key, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def integer(self, key: str, *, minimum: int = 1) -> int | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(key, f"expected an integer, got {type(value).__name__}")
        if value < minimum:
            word = "positive" if minimum == 1 else f"at least {minimum}"
            raise self.fail(key, f"must be {word}, got {value}")
        return value

    def number(self, key: str) -> float | None:
        value = self._get(key, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(key, f"expected a number, got {type(value).__name__}")
        if not value > 0:  # also refuses nan
            raise self.fail(key, f"must be positive, got {value}")
        return float(value)

    def boolean(self, key: str) -> bool | None:
        value = self._get(key, False)
        if value is not None and not isinstance(value, bool):
            raise self.fail(key, f"expected true or false, got {type(value).__name__}")
        return value

    def strings(self, key: str, *, required: bool = False) -> tuple[str, ...]:
        value = self._get(key, required)
        if value is None:
            return ()
        if not isinstance(value, list):
            raise self.fail(key, f"expected a list of strings, got {type(value).__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, str):
                raise self.fail(key, f"item {i} is {type(item).__name__}, not a string")
            if not item.strip():
                raise self.fail(key, f"item {i} is empty")
        if len(set(value)) != len(value):
            raise self.fail(key, "contains duplicates")
        return tuple(value)

    def finish(self) -> None:
        unknown = sorted(set(self.data) - self.seen)
        if unknown:
            raise self.fail(unknown[0], "unknown key")


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise LibraryDataError(f"{path.name}: not valid TOML: {exc}") from None


def _array_of_tables(doc: dict[str, Any], key: str, where: str) -> list[Any]:
    value = doc.get(key, [])
    if not isinstance(value, list):
        raise LibraryDataError(f"{where}: '{key}' must be an array of tables ([[{key}]])")
    return value


def _check_defaults(t: _Table, allowed: Sequence[str], values: Mapping[str, Any]) -> None:
    defaults = t.strings("defaults")
    for name in defaults:
        if name not in allowed:
            raise t.fail("defaults", f"unknown field name {name!r}")
        if values.get(name) is None:
            raise t.fail(name, "is listed in defaults but has no value")


def _check_week(t: _Table, lo: int | None, hi: int | None) -> None:
    for key, value in (("sessions_per_week_min", lo), ("sessions_per_week_max", hi)):
        if value is not None and value > 7:
            raise t.fail(key, f"more than 7 sessions a week ({value})")
    if (lo is None) != (hi is None):
        missing = "sessions_per_week_max" if hi is None else "sessions_per_week_min"
        raise t.fail(missing, "both sessions_per_week_min and _max must be given, or neither")
    if lo is not None and hi is not None and lo > hi:
        raise t.fail("sessions_per_week_min", f"{lo} is more than sessions_per_week_max {hi}")


def _check_reps(t: _Table, lo: int | None, hi: int | None) -> None:
    if hi is not None and lo is None:
        raise t.fail("reps_min", "reps_max is given without reps_min")
    if lo is not None and hi is not None and lo > hi:
        raise t.fail("reps_min", f"{lo} is more than reps_max {hi}")


def _check_mode(t: _Table, mode: str, values: Mapping[str, Any]) -> None:
    need = {"reps": "reps_min", "hold": "hold_seconds", "duration": "duration_minutes"}[mode]
    if values.get(need) is None:
        raise t.fail(need, f"is required in {mode} mode")


def positions_problem(mode: object, positions: object) -> str | None:
    """Why `positions` cannot be an exercise's timed positions in `mode`, or None.

    Positions are for hold mode only: a list of at most POSITIONS_MAX distinct, non-empty
    names of at most POSITION_NAME_MAX characters (an empty list: one position). Shared by
    the TOML loader, the Backline JSON import and the exercise editor, so the message is in the
    language in use (the loader's other messages, about the shipped files, stay English).
    """
    if not isinstance(positions, list | tuple):
        return translate("core.library.schema", "must be a list of names")
    if not positions:
        return None
    if mode != "hold":
        return translate("core.library.schema", "are only for hold exercises")
    if len(positions) > POSITIONS_MAX:
        return translate("core.library.schema", "at most {most} positions, got {count}").format(
            most=POSITIONS_MAX, count=len(positions)
        )
    seen: set[str] = set()
    for i, name in enumerate(positions):
        if not isinstance(name, str):
            return translate("core.library.schema", "position {number} is not a name").format(
                number=i + 1
            )
        clean = name.strip()
        if not clean:
            return translate("core.library.schema", "position {number} is empty").format(
                number=i + 1
            )
        if clean != name:
            return translate(
                "core.library.schema", "position {number} ({name}) has spaces around it"
            ).format(number=i + 1, name=repr(name))
        if len(clean) > POSITION_NAME_MAX:
            return translate(
                "core.library.schema", "position {number} is longer than {most} characters"
            ).format(number=i + 1, most=POSITION_NAME_MAX)
        if clean.casefold() in seen:
            return translate("core.library.schema", "position {name} is given twice").format(
                name=repr(clean)
            )
        seen.add(clean.casefold())
    return None


def _parse_sources(doc: dict[str, Any], name: str) -> dict[str, SourceArticle]:
    sources: dict[str, SourceArticle] = {}
    for i, raw in enumerate(_array_of_tables(doc, "source", name)):
        t = _Table(f"{name}: source #{i + 1}", raw)
        file = t.text("file")
        assert file is not None
        t.where = f"{name}: source {file!r}"
        if not _SOURCE_RE.match(file):
            raise t.fail("file", f"{file!r} does not look like a seed file name (NNN_hex16.txt)")
        title = t.text("title")
        assert title is not None
        ours = t.boolean("title_is_ours") or False
        t.finish()
        if file in sources:
            raise t.fail("file", "declared twice")
        sources[file] = SourceArticle(file=file, title=title, title_is_ours=ours)
    if not sources:
        raise LibraryDataError(f"{name}: no [[source]] declared")
    return sources


def _parse_exercise(t: _Table, sources: Mapping[str, SourceArticle]) -> LibraryEntry:
    name = t.text("name")
    kind = t.enum("kind", KINDS)
    mode = t.enum("mode", MODES)
    per_side = t.boolean("per_side") or False
    values: dict[str, Any] = {
        "per_side": per_side,
        "sets": t.integer("sets"),
        "reps_min": t.integer("reps_min"),
        "reps_max": t.integer("reps_max"),
        "hold_seconds": t.integer("hold_seconds"),
        "rest_seconds": t.integer("rest_seconds"),
        "duration_minutes": t.integer("duration_minutes"),
        "sessions_per_week_min": t.integer("sessions_per_week_min"),
        "sessions_per_week_max": t.integer("sessions_per_week_max"),
        "impact": t.enum("impact", IMPACTS, required=False),
    }
    positions = t.strings("positions")
    problem = positions_problem(mode, list(positions))
    if problem is not None:
        raise t.fail("positions", problem)
    equipment = t.strings("equipment")
    for item in equipment:
        if not _SLUG_RE.match(item):
            raise t.fail("equipment", f"{item!r} must be lowercase words joined by hyphens")
    muscles = t.strings("muscles")
    for item in muscles:
        if item not in MUSCLES:
            raise t.fail("muscles", f"{item!r} is not one of {', '.join(sorted(MUSCLES))}")
    cautions = t.strings("cautions")
    variations = t.strings("variations")
    entry_sources = t.strings("sources", required=True)
    if not entry_sources:
        raise t.fail("sources", "must name at least one source article")
    for src in entry_sources:
        if src not in sources:
            raise t.fail("sources", f"{src!r} is not declared as a [[source]]")
    summary = t.text("summary")
    instructions = t.strings("instructions", required=True)
    if not 3 <= len(instructions) <= 7:
        raise t.fail("instructions", f"needs 3 to 7 steps, got {len(instructions)}")
    assert mode is not None
    _check_reps(t, values["reps_min"], values["reps_max"])
    _check_week(t, values["sessions_per_week_min"], values["sessions_per_week_max"])
    _check_mode(t, mode, values)
    _check_defaults(t, EXERCISE_DEFAULTABLE, values)
    t.finish()
    return LibraryEntry(
        slug=t.data["slug"],
        name=str(name),
        kind=str(kind),
        mode=mode,
        positions=positions,
        equipment=equipment,
        muscles=muscles,
        cautions=cautions,
        variations=variations,
        sources=entry_sources,
        defaults=t.strings("defaults"),
        summary=str(summary),
        instructions=instructions,
        **values,
    )


def _slug_of(t: _Table, key: str, seen: set[str], what: str) -> str:
    slug = t.text(key)
    assert slug is not None
    t.where = f"{t.where.split(':')[0]}: {what} {slug!r}"
    if not _SLUG_RE.match(slug):
        raise t.fail(key, f"{slug!r} must be lowercase words joined by hyphens")
    if slug in seen:
        raise t.fail(key, f"duplicate {key} {slug!r}")
    seen.add(slug)
    return slug


def load_library(
    path: Path | None = None,
) -> tuple[dict[str, SourceArticle], list[LibraryEntry]]:
    """Read and check library.toml: its declared source articles and its entries, in file order."""
    path = Path(path) if path is not None else LIBRARY_PATH
    doc = _read_toml(path)
    name = path.name
    for key in doc:
        if key not in ("source", "exercise"):
            raise LibraryDataError(f"{name}: unknown top-level key {key!r}")
    sources = _parse_sources(doc, name)
    entries: list[LibraryEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(_array_of_tables(doc, "exercise", name)):
        t = _Table(f"{name}: exercise #{i + 1}", raw)
        _slug_of(t, "slug", seen, "exercise")
        entries.append(_parse_exercise(t, sources))
    if not entries:
        raise LibraryDataError(f"{name}: no [[exercise]] entries")
    for entry in entries:
        for variation in entry.variations:
            if variation == entry.slug:
                raise LibraryDataError(
                    f"{name}: exercise {entry.slug!r}: field 'variations': lists itself"
                )
            if variation not in seen:
                raise LibraryDataError(
                    f"{name}: exercise {entry.slug!r}: field 'variations': "
                    f"{variation!r} is not a slug in the library"
                )
    return sources, entries


def _parse_item(
    t: _Table, library: Mapping[str, LibraryEntry]
) -> tuple[RoutineTemplateItem, dict[str, Any]]:
    slug = t.text("exercise")
    assert slug is not None
    t.where = f"{t.where} ({slug})"
    if slug not in library:
        raise t.fail("exercise", f"{slug!r} is not a slug in the library")
    entry = library[slug]
    mode = t.enum("mode", MODES, required=False) or entry.mode
    explicit: dict[str, Any] = {
        "per_side": t.boolean("per_side"),
        "sets": t.integer("sets"),
        "reps_min": t.integer("reps_min"),
        "reps_max": t.integer("reps_max"),
        "hold_seconds": t.integer("hold_seconds"),
        "duration_minutes": t.integer("duration_minutes"),
        "rest_seconds": t.integer("rest_seconds", minimum=0),
        "rest_after_seconds": t.integer("rest_after_seconds", minimum=0),
        "weight_kg": t.number("weight_kg"),
        "circuit": t.integer("circuit"),
        "rounds": t.integer("rounds"),
    }
    count_up = t.boolean("count_up") or False
    weight_step = t.number("weight_step_kg")
    note = t.text("note", required=False, empty_ok=True) or ""
    own_defaults = t.strings("defaults")
    values = dict(explicit)
    values["mode"] = t.data.get("mode")
    inherited_defaults: list[str] = []
    if mode == entry.mode:
        for key in _INHERITED:
            if values[key] is None:
                values[key] = getattr(entry, key)
                if values[key] is not None and key in entry.defaults:
                    inherited_defaults.append(key)
    _check_reps(t, values["reps_min"], values["reps_max"])
    _check_mode(t, mode, values)
    values["weight_step_kg"] = weight_step
    if count_up and mode == "reps":
        raise t.fail("count_up", "is only for hold and duration items")
    if weight_step is not None and mode != "reps":
        raise t.fail("weight_step_kg", "is only for reps items")
    _check_defaults(t, ITEM_DEFAULTABLE, values)
    t.finish()
    defaults = tuple(own_defaults) + tuple(d for d in inherited_defaults if d not in own_defaults)
    item = RoutineTemplateItem(
        exercise=slug,
        mode=mode,
        sets=values["sets"] or 1,
        reps_min=values["reps_min"],
        reps_max=values["reps_max"],
        hold_seconds=values["hold_seconds"],
        duration_minutes=values["duration_minutes"],
        per_side=bool(values["per_side"]),
        rest_seconds=values["rest_seconds"] or 0,
        rest_after_seconds=values["rest_after_seconds"] or 0,
        weight_kg=values["weight_kg"],
        note=note,
        circuit=values["circuit"],
        rounds=values["rounds"],
        defaults=defaults,
        count_up=count_up,
        weight_step_kg=weight_step,
    )
    return item, values


def _check_circuits(where: str, items: Sequence[RoutineTemplateItem]) -> None:
    closed: set[int] = set()
    current: int | None = None
    rounds: dict[int, int] = {}
    for i, item in enumerate(items):
        label = f"{where}: item #{i + 1} ({item.exercise})"
        if item.circuit is None:
            if item.rounds is not None:
                raise LibraryDataError(f"{label}: field 'rounds': given outside a circuit")
        else:
            if item.circuit != current and item.circuit in closed:
                raise LibraryDataError(
                    f"{label}: field 'circuit': items of circuit {item.circuit} are not consecutive"
                )
            if item.rounds is None:
                raise LibraryDataError(
                    f"{label}: field 'rounds': missing for an item of circuit {item.circuit}"
                )
            expected = rounds.setdefault(item.circuit, item.rounds)
            if item.rounds != expected:
                raise LibraryDataError(
                    f"{label}: field 'rounds': {item.rounds} differs from {expected} "
                    f"given earlier in circuit {item.circuit}"
                )
        if current is not None and item.circuit != current:
            closed.add(current)
        current = item.circuit


def load_routine_templates(
    path: Path | None = None,
    *,
    library_path: Path | None = None,
) -> list[RoutineTemplate]:
    """Read and check routines.toml against the library (default: resources/library.toml)."""
    path = Path(path) if path is not None else ROUTINES_PATH
    sources, entries = load_library(library_path)
    by_slug = {entry.slug: entry for entry in entries}
    doc = _read_toml(path)
    name = path.name
    for key in doc:
        if key != "routine":
            raise LibraryDataError(f"{name}: unknown top-level key {key!r}")
    templates: list[RoutineTemplate] = []
    keys: set[str] = set()
    names: set[str] = set()
    for i, raw in enumerate(_array_of_tables(doc, "routine", name)):
        t = _Table(f"{name}: routine #{i + 1}", raw)
        key = _slug_of(t, "key", keys, "routine")
        title = t.text("name")
        assert title is not None
        if title in names:
            raise t.fail("name", f"duplicate routine name {title!r}")
        names.add(title)
        source = t.text("source")
        if source not in sources:
            raise t.fail("source", f"{source!r} is not declared as a [[source]] in the library")
        summary = t.text("summary")
        week = (t.integer("sessions_per_week_min"), t.integer("sessions_per_week_max"))
        _check_week(t, *week)
        _check_defaults(
            t,
            ROUTINE_DEFAULTABLE,
            {"sessions_per_week_min": week[0], "sessions_per_week_max": week[1]},
        )
        raw_items = t._get("item", True)
        if not isinstance(raw_items, list) or not raw_items:
            raise t.fail("item", "needs at least one [[routine.item]]")
        items = []
        for j, raw_item in enumerate(raw_items):
            it = _Table(f"{t.where}: item #{j + 1}", raw_item)
            item, _ = _parse_item(it, by_slug)
            items.append(item)
        _check_circuits(t.where, items)
        t.finish()
        templates.append(
            RoutineTemplate(
                key=key,
                name=title,
                source=str(source),
                summary=str(summary),
                sessions_per_week_min=week[0],
                sessions_per_week_max=week[1],
                defaults=t.strings("defaults"),
                items=tuple(items),
            )
        )
    return templates
