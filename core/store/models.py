"""The database schema: SQLAlchemy 2 typed ORM models.

Conventions (see docs/DESIGN notes in ../shared/DESIGN.md rule 8/9):
- timestamps are UTC, stored naive-free as ISO text by the UtcDateTime type below;
- weights are kilograms (float64: lb -> kg -> lb round-trips exactly at 0.01 lb);
- lengths are centimetres;
- list-valued library fields are JSON arrays.

Targets sit beside actuals on a logged set (target_* columns next to reps/weight_kg/...),
as wger does, so a history view can show what was planned and what was done.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class UtcDateTime(TypeDecorator[datetime]):
    """A timezone-aware UTC datetime stored as naive UTC.

    Accepts any aware datetime (converted to UTC); refuses naive ones so that a local time can
    never be stored by mistake. Returns aware UTC datetimes.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    pass


class Exercise(Base):
    """One library entry: seeded from resources/library.toml (builtin) or made by the user."""

    __tablename__ = "exercises"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))  # strength | cardio | mobility | recovery
    mode: Mapped[str] = mapped_column(String(20))  # reps | hold | duration
    per_side: Mapped[bool] = mapped_column(Boolean, default=False)
    sets: Mapped[int | None] = mapped_column(Integer)
    reps_min: Mapped[int | None] = mapped_column(Integer)
    reps_max: Mapped[int | None] = mapped_column(Integer)
    hold_seconds: Mapped[int | None] = mapped_column(Integer)
    rest_seconds: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    sessions_per_week_min: Mapped[int | None] = mapped_column(Integer)
    sessions_per_week_max: Mapped[int | None] = mapped_column(Integer)
    equipment: Mapped[list[str]] = mapped_column(JSON, default=list)
    muscles: Mapped[list[str]] = mapped_column(JSON, default=list)
    impact: Mapped[str | None] = mapped_column(String(20))  # low | medium | high
    cautions: Mapped[list[str]] = mapped_column(JSON, default=list)
    variations: Mapped[list[str]] = mapped_column(JSON, default=list)
    sources: Mapped[list[str]] = mapped_column(JSON, default=list)
    defaults: Mapped[list[str]] = mapped_column(JSON, default=list)
    instructions: Mapped[list[str]] = mapped_column(JSON, default=list)
    summary: Mapped[str] = mapped_column(Text, default="")
    # hold mode: the timed positions of one rep, each held hold_seconds (cat-cow: rounded,
    # arched); empty for a hold with one position
    positions: Mapped[list[str]] = mapped_column(JSON, default=list, server_default="[]")
    # a person's exercise they retired: hidden from pickers, its history kept
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # builtin rows are owned by resources/library.toml and rewritten at each seed;
    # custom rows (made by the user or by an import) are never touched by seeding.
    builtin: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ExerciseAlias(Base):
    """A foreign exercise name (from Strong/Hevy) remembered as meaning one of ours."""

    __tablename__ = "exercise_aliases"

    id: Mapped[int] = mapped_column(primary_key=True)
    # casefolded, whitespace-collapsed name: "squat (barbell)"
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="CASCADE"))


class Routine(Base):
    __tablename__ = "routines"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    # key of the ready-made routine in resources/routines.toml; null for the user's own
    builtin_key: Mapped[str | None] = mapped_column(String(80), unique=True)
    # seed file name the routine comes from (builtin, or a user copy of one); null otherwise
    source: Mapped[str | None] = mapped_column(String(80))
    summary: Mapped[str] = mapped_column(Text, default="")
    sessions_per_week_min: Mapped[int | None] = mapped_column(Integer)
    sessions_per_week_max: Mapped[int | None] = mapped_column(Integer)
    defaults: Mapped[list[str]] = mapped_column(JSON, default=list)
    suggestions_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    items: Mapped[list[RoutineItem]] = relationship(
        back_populates="routine",
        order_by="RoutineItem.position",
        cascade="all, delete-orphan",
    )


class RoutineItem(Base):
    __tablename__ = "routine_items"
    __table_args__ = (UniqueConstraint("routine_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_id: Mapped[int] = mapped_column(ForeignKey("routines.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="RESTRICT"))
    mode: Mapped[str] = mapped_column(String(20))  # reps | hold | duration (may differ)
    sets: Mapped[int] = mapped_column(Integer, default=1)
    reps_min: Mapped[int | None] = mapped_column(Integer)
    reps_max: Mapped[int | None] = mapped_column(Integer)
    hold_seconds: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    per_side: Mapped[bool] = mapped_column(Boolean, default=False)
    rest_seconds: Mapped[int] = mapped_column(Integer, default=0)  # between sets
    rest_after_seconds: Mapped[int] = mapped_column(Integer, default=0)  # after the exercise
    weight_kg: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    # items of one circuit share a circuit number (unique within the routine)
    circuit: Mapped[int | None] = mapped_column(Integer)
    rounds: Mapped[int | None] = mapped_column(Integer)
    defaults: Mapped[list[str]] = mapped_column(JSON, default=list)
    # hold or duration "as long as you can": the clock counts up, hold_seconds /
    # duration_minutes is the mark to reach
    count_up: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # the weight progression adds for this item; null: the equipment's default step
    weight_step_kg: Mapped[float | None] = mapped_column(Float)

    routine: Mapped[Routine] = relationship(back_populates="items")
    exercise: Mapped[Exercise] = relationship()
    targets: Mapped[list[RoutineItemTarget]] = relationship(
        back_populates="item",
        order_by="RoutineItemTarget.set_at",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class RoutineItemTarget(Base):
    """One target a routine item had (an accepted suggestion or an edit). The newest is the
    item's current target; the item's own columns stay the routine's prescription."""

    __tablename__ = "routine_item_targets"
    __table_args__ = (Index("ix_routine_item_targets_item", "routine_item_id", "set_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_item_id: Mapped[int] = mapped_column(ForeignKey("routine_items.id", ondelete="CASCADE"))
    set_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    sets: Mapped[int] = mapped_column(Integer)
    reps_min: Mapped[int | None] = mapped_column(Integer)
    reps_max: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    hold_seconds: Mapped[int | None] = mapped_column(Integer)
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(20))  # accepted | edited
    reason: Mapped[str] = mapped_column(Text, default="")

    item: Mapped[RoutineItem] = relationship(back_populates="targets")


class Workout(Base):
    """One performance of a routine (or an ad-hoc one), live or imported."""

    __tablename__ = "workouts"
    __table_args__ = (Index("ix_workouts_started_at", "started_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    routine_id: Mapped[int | None] = mapped_column(ForeignKey("routines.id", ondelete="SET NULL"))
    name: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    notes: Mapped[str] = mapped_column(Text, default="")
    # where it came from: backline | strong | hevy | json
    origin: Mapped[str] = mapped_column(String(20), default="backline")
    # a hash of the imported workout, so importing the same file twice adds nothing
    import_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    # player position for resume after a crash (JSON from core.workout.player snapshot); null once ended
    player_state: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)

    sets: Mapped[list[LoggedSet]] = relationship(
        back_populates="workout",
        order_by="LoggedSet.position",
        cascade="all, delete-orphan",
    )


class LoggedSet(Base):
    """One confirmed set: what was done, beside what was planned."""

    __tablename__ = "logged_sets"
    __table_args__ = (
        Index("ix_logged_sets_workout", "workout_id", "position"),
        # set_type and weight_kg too: Progress's exercise list reads them from the index alone
        Index("ix_logged_sets_exercise", "exercise_id", "workout_id", "set_type", "weight_kg"),
        Index("ix_logged_sets_routine_item", "routine_item_id", "workout_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    workout_id: Mapped[int] = mapped_column(ForeignKey("workouts.id", ondelete="CASCADE"))
    exercise_id: Mapped[int] = mapped_column(ForeignKey("exercises.id", ondelete="RESTRICT"))
    routine_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("routine_items.id", ondelete="SET NULL")
    )
    position: Mapped[int] = mapped_column(Integer)  # order within the workout
    set_number: Mapped[int] = mapped_column(Integer, default=1)  # 1-based within the exercise
    side: Mapped[str | None] = mapped_column(String(10))  # left | right | null
    set_type: Mapped[str] = mapped_column(
        String(10), default="normal"
    )  # normal|warmup|dropset|failure
    # targets (planned)
    target_reps: Mapped[int | None] = mapped_column(Integer)
    target_weight_kg: Mapped[float | None] = mapped_column(Float)
    target_seconds: Mapped[int | None] = mapped_column(Integer)
    # actuals (done)
    reps: Mapped[int | None] = mapped_column(Integer)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    duration_seconds: Mapped[float | None] = mapped_column(Float)
    distance_km: Mapped[float | None] = mapped_column(Float)
    rpe: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    logged_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)

    workout: Mapped[Workout] = relationship(back_populates="sets")
    exercise: Mapped[Exercise] = relationship()


class BodyMeasurement(Base):
    __tablename__ = "body_measurements"

    id: Mapped[int] = mapped_column(primary_key=True)
    measured_on: Mapped[date] = mapped_column(Date, index=True)  # the person's local date
    weight_kg: Mapped[float | None] = mapped_column(Float)
    waist_cm: Mapped[float | None] = mapped_column(Float)
    hips_cm: Mapped[float | None] = mapped_column(Float)
    thigh_cm: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class DayLog(Base):
    """What a person logged for one local day of the daily program: intake, sleep, water.
    Activities (strength, cardio, massage, the home complex) come from the workouts."""

    __tablename__ = "day_logs"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)  # the person's local date
    kcal: Mapped[float | None] = mapped_column(Float)
    protein_g: Mapped[float | None] = mapped_column(Float)
    servings: Mapped[float | None] = mapped_column(Float)  # fruit and vegetables
    sleep_hours: Mapped[float | None] = mapped_column(Float)  # the night before this day
    water_l: Mapped[float | None] = mapped_column(Float)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, onupdate=utcnow)


class Setting(Base):
    """Key/value settings (units, sound volume, plan inputs...), values as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
