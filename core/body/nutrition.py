"""The plan panel's figures: maintenance calories, a deficit target, protein and sleep.

Over 500 lines: the plan.toml reader and its checks live with the figures they produce, so
every figure and its source are read in one place.

Every figure carries where it comes from: an article (seed file and title, from
resources/plan.toml) or "our default" (the Mifflin-St Jeor equation and the activity factors
are standard figures the articles do not give). Missing or out-of-range inputs never raise in
``compute_plan``: the Plan lists them and leaves out only the figures that need them.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from core import units
from core.bounds import BODY_MEASUREMENT, Bound, InputError, check_number, number_bound
from core.i18n import QT_TRANSLATE_NOOP, format_fixed, language, translate
from core.paths import PLAN_PATH
from core.store.settings import Settings

SEXES = ("female", "male")
OUR_DEFAULT = QT_TRANSLATE_NOOP("core.body.nutrition", "our default")
"""In English; translate("core.body.nutrition", OUR_DEFAULT) reads it in the language in use."""


class PlanDataError(ValueError):
    """resources/plan.toml is malformed; the message names the entry."""


@dataclass(frozen=True)
class Source:
    """Where a figure comes from: a seed article, or ours (file is None)."""

    file: str | None = None
    title: str = ""

    @property
    def ours(self) -> bool:
        return self.file is None

    @property
    def number(self) -> str:
        """'002' for '002_a86f65ea4a73a782.txt'."""
        return "" if self.file is None else self.file.split("_", 1)[0]

    def text(self) -> str:
        """'article 002 — How to Get Rid of Back Leg Fat: What Actually Works' or 'our default'."""
        if self.file is None:
            return translate("core.body.nutrition", OUR_DEFAULT)
        if not self.title:
            return translate("core.body.nutrition", "article {number}").format(number=self.number)
        from core.library.localized import data_text

        return translate("core.body.nutrition", "article {number} — {title}").format(
            number=self.number, title=data_text(self.title)
        )


OURS = Source()


@dataclass(frozen=True)
class RangeFigure:
    """A low..high figure from a source (low == high for a single number)."""

    low: float
    high: float
    source: Source


@dataclass(frozen=True)
class ActivityLevel:
    key: str
    label: str
    factor: float
    source: Source


@dataclass(frozen=True)
class PlanFigures:
    """The contents of resources/plan.toml."""

    deficit_kcal: RangeFigure
    protein_g_per_lb: tuple[RangeFigure, ...]
    sleep_hours: RangeFigure
    bmr_name: str
    bmr_coefficients: dict[str, float] = field(hash=False)
    bmr_source: Source
    activity_levels: tuple[ActivityLevel, ...]
    age: Bound
    height_cm: Bound
    limits_source: Source
    floor_kcal: dict[str, float] = field(hash=False)  # the lowest target, by sex (ours)
    floor_reference: str = ""

    def activity_for(self, factor: float) -> ActivityLevel | None:
        for level in self.activity_levels:
            if abs(level.factor - factor) < 1e-9:
                return level
        return None


def _need(table: dict[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in table:
        raise PlanDataError(f"{where}: missing {key!r}")
    value = table[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise PlanDataError(f"{where}: {key!r} has the wrong type")
    return value


def _source_of(table: dict[str, Any], sources: dict[str, Source], where: str) -> Source:
    if table.get("ours") is True:
        if "source" in table:
            raise PlanDataError(f"{where}: a figure is either ours or from a source, not both")
        return OURS
    name = _need(table, "source", str, where)
    if name not in sources:
        raise PlanDataError(f"{where}: unknown source {name!r}")
    return sources[name]


def _range(
    table: dict[str, Any], lo: str, hi: str, sources: dict[str, Source], where: str
) -> RangeFigure:
    low = float(_need(table, lo, (int, float), where))
    high = float(_need(table, hi, (int, float), where))
    if not 0 <= low <= high:
        raise PlanDataError(f"{where}: {lo} must be between 0 and {hi}")
    return RangeFigure(low, high, _source_of(table, sources, where))


def parse_plan_figures(doc: dict[str, Any]) -> PlanFigures:
    """Check a parsed plan.toml and turn it into PlanFigures (PlanDataError when malformed)."""
    sources: dict[str, Source] = {}
    for i, entry in enumerate(doc.get("source", [])):
        where = f"source[{i}]"
        name = _need(entry, "file", str, where)
        sources[name] = Source(name, _need(entry, "title", str, where))
    deficit = _range(
        _need(doc, "deficit", dict, "plan"), "min_kcal", "max_kcal", sources, "deficit"
    )
    protein = tuple(
        _range(entry, "min_g_per_lb", "max_g_per_lb", sources, f"protein[{i}]")
        for i, entry in enumerate(_need(doc, "protein", list, "plan"))
    )
    if not protein:
        raise PlanDataError("plan: at least one [[protein]] range is needed")
    sleep = _range(_need(doc, "sleep", dict, "plan"), "min_hours", "max_hours", sources, "sleep")
    bmr = _need(doc, "bmr", dict, "plan")
    coefficients = {
        key: float(_need(bmr, key, (int, float), "bmr"))
        for key in ("weight_kg", "height_cm", "age_years", "male", "female")
    }
    levels = []
    for i, entry in enumerate(_need(doc, "activity", list, "plan")):
        where = f"activity[{i}]"
        factor = float(_need(entry, "factor", (int, float), where))
        if not 1.0 <= factor <= 2.5:
            raise PlanDataError(f"{where}: factor must be between 1.0 and 2.5")
        levels.append(
            ActivityLevel(
                _need(entry, "key", str, where),
                _need(entry, "label", str, where),
                factor,
                _source_of(entry, sources, where),
            )
        )
    if not levels:
        raise PlanDataError("plan: at least one [[activity]] level is needed")
    limits = _need(doc, "limits", dict, "plan")
    floor = _need(doc, "floor", dict, "plan")
    if _source_of(floor, sources, "floor") is not OURS:
        raise PlanDataError("floor: the calorie floor is our rule: mark it ours = true")
    age = Bound(
        _need(limits, "age_min", int, "limits"),
        _need(limits, "age_max", int, "limits"),
        integer=True,
        unit=translate("core.body.nutrition", "years"),  # said in the bound's messages
    )
    height = Bound(
        float(_need(limits, "height_min_cm", (int, float), "limits")),
        float(_need(limits, "height_max_cm", (int, float), "limits")),
        unit="cm",
    )
    return PlanFigures(
        deficit_kcal=deficit,
        protein_g_per_lb=protein,
        sleep_hours=sleep,
        bmr_name=_need(bmr, "name", str, "bmr"),
        bmr_coefficients=coefficients,
        bmr_source=_source_of(bmr, sources, "bmr"),
        activity_levels=tuple(levels),
        age=age,
        height_cm=height,
        limits_source=_source_of(limits, sources, "limits"),
        floor_kcal={
            sex: float(_need(floor, f"{sex}_kcal", (int, float), "floor")) for sex in SEXES
        },
        floor_reference=_need(floor, "reference", str, "floor"),
    )


def load_plan_figures(path: Path | None = None) -> PlanFigures:
    """Read resources/plan.toml (or `path`); the default file is read once per language and
    cached."""
    if path is None:
        return _default_figures(language())
    with open(path, "rb") as fh:
        return parse_plan_figures(tomllib.load(fh))


@lru_cache(maxsize=8)
def _default_figures(language_code: str) -> PlanFigures:
    """The default file's figures, once per language (the age bound's unit is a word)."""
    del language_code  # the cache key: parse_plan_figures reads the language in use
    with open(PLAN_PATH, "rb") as fh:
        return parse_plan_figures(tomllib.load(fh))


# --- inputs and the computed plan ---------------------------------------------------------


@dataclass(frozen=True)
class PlanInputs:
    """What the plan needs. Give `age`, or `birth_year` (age = today's year - birth year)."""

    sex: str | None = None  # "female" | "male"
    age: int | None = None
    birth_year: int | None = None
    height_cm: float | None = None
    weight_kg: float | None = None  # the latest body-weight measurement
    activity_factor: float | None = None
    deficit_kcal: float | None = None  # within the article's range; None: the larger deficit
    today: date | None = None  # for age from birth year; default date.today()

    def resolved_age(self) -> int | None:
        if self.age is not None:
            return self.age
        if self.birth_year is None:
            return None
        return (self.today or date.today()).year - self.birth_year


@dataclass(frozen=True)
class Figure:
    """One line of the plan: a value or a range, its unit, how it was worked out, its source."""

    key: str
    label: str
    low: float
    high: float
    unit: str
    basis: str
    source: Source

    @property
    def is_range(self) -> bool:
        return self.low != self.high

    def value_text(self, decimals: int = 0) -> str:
        lo = units.display_number(self.low, decimals)
        if not self.is_range:
            return f"{lo} {self.unit}"
        return f"{lo}–{units.display_number(self.high, decimals)} {self.unit}"


@dataclass(frozen=True)
class Plan:
    inputs: PlanInputs
    figures: tuple[Figure, ...]
    missing: tuple[str, ...]  # input names not given: "sex", "age", "height", ...
    invalid: tuple[InputError, ...]  # inputs given but refused, each naming its field
    warnings: tuple[str, ...] = ()  # why a figure differs from the plain formula (the floor)

    @property
    def complete(self) -> bool:
        return not self.missing and not self.invalid

    def figure(self, key: str) -> Figure | None:
        return next((f for f in self.figures if f.key == key), None)

    def figures_named(self, key: str) -> list[Figure]:
        return [f for f in self.figures if f.key == key]

    def explanation(self) -> str:
        """'' when complete, else one sentence saying what is missing or wrong."""
        parts = []
        if self.missing:
            parts.append(
                translate("core.body.nutrition", "Missing: {inputs}.").format(
                    inputs=", ".join(input_label(name) for name in self.missing)
                )
            )
        for e in self.invalid:
            name = input_label(e.field)
            parts.append(
                translate("core.body.nutrition", "{input} {problem}.").format(
                    input=name[:1].upper() + name[1:], problem=e.message
                )
            )
        return " ".join(parts)


# The inputs' names, in Plan.missing and InputError.field; the plan form keys its fields by them.
INPUT_SEX = "sex"
INPUT_AGE = "age"
INPUT_HEIGHT = "height"
INPUT_WEIGHT = "body weight"
INPUT_ACTIVITY = "activity level"
INPUT_DEFICIT = "deficit"

_INPUT_LABELS = {
    INPUT_SEX: QT_TRANSLATE_NOOP("core.body.nutrition", "sex"),
    INPUT_AGE: QT_TRANSLATE_NOOP("core.body.nutrition", "age"),
    INPUT_HEIGHT: QT_TRANSLATE_NOOP("core.body.nutrition", "height"),
    INPUT_WEIGHT: QT_TRANSLATE_NOOP("core.body.nutrition", "body weight"),
    INPUT_ACTIVITY: QT_TRANSLATE_NOOP("core.body.nutrition", "activity level"),
    INPUT_DEFICIT: QT_TRANSLATE_NOOP("core.body.nutrition", "deficit"),
}


def input_label(name: str) -> str:
    """An input's name (one of the INPUT_* keys) in words, in the language in use."""
    text = _INPUT_LABELS.get(name)
    return name if text is None else translate("core.body.nutrition", text)


def validate_inputs(inputs: PlanInputs, figures: PlanFigures | None = None) -> None:
    """Raise the first InputError among the inputs that are given (missing ones are fine)."""
    plan = compute_plan(inputs, figures)
    if plan.invalid:
        raise plan.invalid[0]


def compute_plan(inputs: PlanInputs, figures: PlanFigures | None = None) -> Plan:
    """Every figure the inputs allow, each with its source; never raises for bad inputs."""
    fig = figures or load_plan_figures()
    missing: list[str] = []
    invalid: list[InputError] = []
    warnings: list[str] = []

    def take(name: str, value: Any, check: Any) -> Any:
        if value is None:
            missing.append(name)
            return None
        try:
            return check(value)
        except InputError as exc:
            invalid.append(exc)
            return None

    def check_sex(value: Any) -> str:
        if value not in SEXES:
            raise InputError(INPUT_SEX, translate("core.body.nutrition", "must be female or male"))
        return str(value)

    def check_activity(value: Any) -> float:
        lows = [a.factor for a in fig.activity_levels]
        return check_number(INPUT_ACTIVITY, value, Bound(min(lows), max(lows)))

    def check_deficit(value: Any) -> float:
        d = fig.deficit_kcal
        return check_number(INPUT_DEFICIT, value, Bound(d.low, d.high, unit="kcal"))

    sex = take(INPUT_SEX, inputs.sex, check_sex)
    age = take(INPUT_AGE, inputs.resolved_age(), lambda v: check_number(INPUT_AGE, v, fig.age))
    height = take(
        INPUT_HEIGHT,
        inputs.height_cm,
        lambda v: check_number(INPUT_HEIGHT, v, fig.height_cm),
    )
    weight = take(
        INPUT_WEIGHT,
        inputs.weight_kg,
        lambda v: check_number(INPUT_WEIGHT, v, number_bound(BODY_MEASUREMENT, "weight_kg")),
    )
    activity = take(INPUT_ACTIVITY, inputs.activity_factor, check_activity)
    deficit = (
        fig.deficit_kcal.high
        if inputs.deficit_kcal is None
        else take(INPUT_DEFICIT, inputs.deficit_kcal, check_deficit)
    )

    out: list[Figure] = []
    if None not in (sex, age, height, weight):
        c = fig.bmr_coefficients
        bmr = c["weight_kg"] * weight + c["height_cm"] * height + c["age_years"] * age + c[sex]
        out.append(
            Figure(
                "bmr",
                translate("core.body.nutrition", "Resting energy (BMR)"),
                bmr,
                bmr,
                translate("core.body.nutrition", "kcal/day"),
                _bmr_basis(fig.bmr_name, c, sex),
                fig.bmr_source,
            )
        )
        if activity is not None:
            maintenance = bmr * activity
            level = fig.activity_for(activity)
            if level:
                from core.library.localized import data_text

                label = data_text(level.label)
            else:
                label = translate("core.body.nutrition", "factor {factor}").format(
                    factor=units.display_number(activity, 3)
                )
            out.append(
                Figure(
                    "maintenance",
                    translate("core.body.nutrition", "Maintenance calories"),
                    maintenance,
                    maintenance,
                    translate("core.body.nutrition", "kcal/day"),
                    translate("core.body.nutrition", "BMR × {factor} ({level})").format(
                        factor=units.display_number(activity, 3), level=label
                    ),
                    level.source if level else OURS,
                )
            )
            d = fig.deficit_kcal
            floor = fig.floor_kcal[sex]
            low, high = (
                max(floor, min(maintenance, v)) for v in (maintenance - d.high, maintenance - d.low)
            )
            floored = low > maintenance - d.high
            out.append(
                Figure(
                    "target_range",
                    translate("core.body.nutrition", "Daily target range"),
                    low,
                    high,
                    translate("core.body.nutrition", "kcal/day"),
                    (
                        translate(
                            "core.body.nutrition",
                            "maintenance − {low} to {high} kcal a day, never below {floor} "
                            "(our floor)",
                        )
                        if floored
                        else translate(
                            "core.body.nutrition", "maintenance − {low} to {high} kcal a day"
                        )
                    ).format(
                        low=units.display_number(d.low),
                        high=units.display_number(d.high),
                        floor=units.display_number(floor),
                    ),
                    d.source,
                )
            )
            if deficit is not None:
                target = max(maintenance - deficit, min(floor, maintenance))
                floored = floored or target > maintenance - deficit
                out.append(
                    Figure(
                        "target",
                        translate("core.body.nutrition", "Your daily target"),
                        target,
                        target,
                        translate("core.body.nutrition", "kcal/day"),
                        (
                            translate(
                                "core.body.nutrition",
                                "maintenance − {deficit} kcal (reduced to stay above our floor)",
                            )
                            if target > maintenance - deficit
                            else translate(
                                "core.body.nutrition",
                                "maintenance − {deficit} kcal (your choice within the article's "
                                "range)",
                            )
                        ).format(deficit=units.display_number(maintenance - target, 0)),
                        d.source,
                    )
                )
            if floored:
                warnings.append(_floor_warning(maintenance, floor, sex, fig))
    if weight is not None:
        pounds = units.kg_to(weight, "lb")
        for p in fig.protein_g_per_lb:
            out.append(
                Figure(
                    "protein",
                    translate("core.body.nutrition", "Protein"),
                    pounds * p.low,
                    pounds * p.high,
                    translate("core.body.nutrition", "g/day"),
                    translate(
                        "core.body.nutrition",
                        "{low}–{high} g per lb of body weight ({pounds} lb)",
                    ).format(
                        low=format_fixed(p.low, 1),
                        high=format_fixed(p.high, 1),
                        pounds=units.display_number(pounds, 1),
                    ),
                    p.source,
                )
            )
    s = fig.sleep_hours
    out.append(
        Figure(
            "sleep",
            translate("core.body.nutrition", "Sleep"),
            s.low,
            s.high,
            translate("core.body.nutrition", "hours a night"),
            translate("core.body.nutrition", "consistent, good-quality sleep"),
            s.source,
        )
    )
    return Plan(inputs, tuple(out), tuple(missing), tuple(invalid), tuple(warnings))


def _floor_warning(maintenance: float, floor: float, sex: str, fig: PlanFigures) -> str:
    """Why the target is not maintenance minus the article's deficit."""

    def kcal(value: float) -> str:
        return units.display_number(value, 0)

    if maintenance <= floor:
        reduced = translate(
            "core.body.nutrition",
            "your maintenance estimate ({maintenance} kcal a day) is at or below {floor} kcal, "
            "so the plan keeps you at maintenance, with no deficit",
        )
    else:
        reduced = translate(
            "core.body.nutrition",
            "the deficit was reduced so the target stays at or above {floor} kcal a day "
            "(maintenance is {maintenance} kcal)",
        )
    reduced = reduced.format(maintenance=kcal(maintenance), floor=kcal(floor))
    if sex == "female":
        text = translate(
            "core.body.nutrition",
            "Calorie floor: {reduced}. {floor} kcal is our floor for women, not the articles' "
            "figure ({reference}). Ask a health professional before eating less.",
        )
    else:
        text = translate(
            "core.body.nutrition",
            "Calorie floor: {reduced}. {floor} kcal is our floor for men, not the articles' "
            "figure ({reference}). Ask a health professional before eating less.",
        )
    return text.format(reduced=reduced, floor=kcal(floor), reference=fig.floor_reference)


def plan_to_json(plan: Plan) -> dict[str, Any]:
    """The plan for `backline plan --json`: whole kcal and grams, each figure's source."""

    def span(key: str) -> tuple[float | None, float | None]:
        found = plan.figures_named(key)
        if not found:
            return None, None
        return min(f.low for f in found), max(f.high for f in found)

    maintenance = plan.figure("maintenance")
    target_low, target_high = span("target_range")
    protein_low, protein_high = span("protein")
    sleep_low, sleep_high = span("sleep")

    def whole(value: float | None) -> int | None:
        return None if value is None else round(value)

    return {
        "maintenance_kcal": None if maintenance is None else round(maintenance.low),
        "target_kcal": whole(span("target")[0]),
        "target_kcal_min": whole(target_low),
        "target_kcal_max": whole(target_high),
        "protein_g_min": whole(protein_low),
        "protein_g_max": whole(protein_high),
        "sleep_hours_min": sleep_low,
        "sleep_hours_max": sleep_high,
        "sources": [
            {"figure": f.key, "source": f.source.file, "title": f.source.title or None}
            for f in plan.figures
        ],
        "warnings": list(plan.warnings),
    }


def _signed(value: float) -> str:
    return f"+ {units.display_number(value)}" if value >= 0 else f"− {units.display_number(-value)}"


def _bmr_basis(name: str, c: dict[str, float], sex: str) -> str:
    """'Mifflin-St Jeor: 10 × kg + 6.25 × cm − 5 × age + 5 (male)'."""
    if sex == "female":
        text = translate(
            "core.body.nutrition",
            "{formula}: {weight} × kg {height} × cm {age} × age {constant} (female)",
        )
    else:
        text = translate(
            "core.body.nutrition",
            "{formula}: {weight} × kg {height} × cm {age} × age {constant} (male)",
        )
    return text.format(
        formula=name,
        weight=units.display_number(c["weight_kg"]),
        height=_signed(c["height_cm"]),
        age=_signed(c["age_years"]),
        constant=_signed(c[sex]),
    )


def inputs_from_settings(
    settings: Settings, *, weight_kg: float | None, today: date | None = None
) -> PlanInputs:
    """PlanInputs from the plan_* settings (core.store.settings) and the latest body weight."""
    return PlanInputs(
        sex=settings.plan_sex,
        birth_year=settings.plan_birth_year,
        height_cm=settings.plan_height_cm,
        weight_kg=weight_kg,
        activity_factor=settings.plan_activity_factor,
        deficit_kcal=settings.plan_deficit_kcal,
        today=today,
    )
