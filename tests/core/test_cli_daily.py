"""`backline day`, `backline today`, `backline body add` and the estimate `backline plan` adds:
text and JSON, the round trip from a logged day to the Today JSON, refusals that name the flag
and write nothing, and the estimate against hand-computed energy balance."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from core.body.measurements import add_measurement
from core.cli import EXIT_FAILURE, EXIT_OK, EXIT_STORE, common, main
from core.clock import local_zone
from core.daily.log import record_day
from core.daily.today import ITEM_KEYS, today_report
from core.store import lock
from core.store.db import open_database
from core.store.settings import set_setting

TODAY = date(2026, 3, 29)  # a Sunday: the week is 23-29 March
MAN_30 = [
    "plan", "--sex", "male", "--age", "30", "--height-cm", "180", "--weight-kg", "80",
    "--activity", "moderate",
]  # fmt: skip


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command's "today" is TODAY, whatever the machine's clock says."""
    monkeypatch.setattr(common, "local_today", lambda: TODAY)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "daily.db")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def counts(db: str) -> tuple[int, int]:
    """(day logs, body measurements) in the file."""
    conn = sqlite3.connect(db)
    try:
        days = conn.execute("SELECT count(*) FROM day_logs").fetchone()[0]
        body = conn.execute("SELECT count(*) FROM body_measurements").fetchone()[0]
    finally:
        conn.close()
    return int(days), int(body)


# --- backline day ---------------------------------------------------------------------------


def test_day_records_only_the_values_given(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """A first `day` stores calories and protein and prints the day as stored; a second one
    adds sleep and keeps the calories; `day` with no value prints the same day, text or JSON."""
    code, out, err = run(capsys, "--db", db, "day", "--date", "2026-03-28", "--kcal", "2000",
                         "--protein-g", "120")  # fmt: skip
    assert code == EXIT_OK, err
    assert out == (
        "Saved 2026-03-28: calories 2000 kcal, protein 120 g, servings —, sleep —, water —\n"
    )
    code, out, _ = run(capsys, "--db", db, "day", "--date", "2026-03-28", "--sleep-h", "7.5",
                       "--json")  # fmt: skip
    assert code == EXIT_OK
    assert json.loads(out) == {
        "date": "2026-03-28",
        "logged": True,
        "kcal": 2000.0,
        "protein_g": 120.0,
        "servings": None,
        "sleep_hours": 7.5,
        "water_l": None,
        "note": "",
    }
    code, out, _ = run(capsys, "--db", db, "day", "--date", "2026-03-28")
    assert code == EXIT_OK
    assert (
        out == "2026-03-28: calories 2000 kcal, protein 120 g, servings —, sleep 7.5 h, water —\n"
    )
    assert counts(db) == (1, 0)


def test_day_defaults_to_the_local_today(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """Without --date, `day` records today's local date; an unlogged day reads as nothing
    logged (JSON `logged` false) and reading it stores no row."""
    code, out, _ = run(capsys, "--db", db, "day", "--date", "2026-03-27", "--json")
    assert code == EXIT_OK
    assert json.loads(out)["logged"] is False and json.loads(out)["kcal"] is None
    assert run(capsys, "--db", db, "day", "--date", "2026-03-27")[1] == (
        "2026-03-27: nothing logged\n"
    )
    assert counts(db) == (0, 0)
    code, out, _ = run(capsys, "--db", db, "day", "--water-l", "2.5", "--json")
    assert code == EXIT_OK
    assert json.loads(out)["date"] == TODAY.isoformat()
    assert json.loads(out)["water_l"] == 2.5


def test_reading_a_day_takes_no_lock_writing_one_does(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    """While another writer (the window) holds the database, `day` without values and
    `today` still read; `day --kcal` and `body add` are refused with the store's status and
    nothing is written."""
    assert run(capsys, "--db", db, "day", "--kcal", "1800")[0] == EXIT_OK
    held = lock.acquire(Path(db))
    try:
        assert run(capsys, "--db", db, "day")[0] == EXIT_OK
        assert run(capsys, "--db", db, "today", "--json")[0] == EXIT_OK
        code, _, err = run(capsys, "--db", db, "day", "--kcal", "2500")
        assert code == EXIT_STORE and len(err.strip().splitlines()) == 1
        code, _, err = run(capsys, "--db", db, "body", "add", "--date", "2026-03-29",
                           "--weight-kg", "70")  # fmt: skip
        assert code == EXIT_STORE and len(err.strip().splitlines()) == 1
    finally:
        held.release()
    code, out, _ = run(capsys, "--db", db, "day", "--json")
    assert json.loads(out)["kcal"] == 1800.0
    assert counts(db) == (1, 0)


# --- backline body add ----------------------------------------------------------------------


def test_body_add_text_and_json(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """`body add` prints one line with what was stored; --json the stored row; both rows are
    in the database with their values."""
    code, out, err = run(capsys, "--db", db, "body", "add", "--date", "2026-03-20",
                         "--weight-kg", "70.45", "--waist-cm", "80")  # fmt: skip
    assert code == EXIT_OK, err
    assert out == "Added 2026-03-20: weight 70.45 kg, waist 80 cm\n"
    code, out, _ = run(capsys, "--db", db, "body", "add", "--date", "2026-03-29",
                       "--weight-kg", "70", "--hips-cm", "98.5", "--thigh-cm", "57",
                       "--note", "after breakfast", "--json")  # fmt: skip
    assert code == EXIT_OK
    data = json.loads(out)
    assert data | {"id": 0} == {
        "id": 0,
        "date": "2026-03-29",
        "weight_kg": 70.0,
        "waist_cm": None,
        "hips_cm": 98.5,
        "thigh_cm": 57.0,
        "note": "after breakfast",
    }
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute(
            "SELECT measured_on, weight_kg, waist_cm, hips_cm, note FROM body_measurements "
            "ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    assert rows == [
        ("2026-03-20", 70.45, 80.0, None, ""),
        ("2026-03-29", 70.0, None, 98.5, "after breakfast"),
    ]


# --- refusals -------------------------------------------------------------------------------

DAY = ["day", "--date", "2026-03-28"]
BODY = ["body", "add", "--date", "2026-03-28", "--weight-kg", "70"]


@pytest.mark.parametrize(
    ("argv", "start"),
    [
        (["day", "--date", "2026-02-30", "--kcal", "2000"], "--date: '2026-02-30' is not a date"),
        (["day", "--date", "tomorrow", "--kcal", "2000"], "--date: 'tomorrow' is not a date"),
        (["day", "--date", "20260328", "--kcal", "2000"], "--date: '20260328' is not a date"),
        (["day", "--date", "2026-03-30", "--kcal", "2000"], "--date: 2026-03-30 is in the future"),
        (["day", "--date", "tomorrow"], "--date: 'tomorrow' is not a date"),
        (["day", "--date", "0001-01-01", "--kcal", "5"], "--date: must be between 1900-01-01"),
        ([*DAY, "--kcal", "15001"], "--kcal: must be between 0 and 15000 kcal"),
        ([*DAY, "--kcal", "2000", "--protein-g", "-1"], "--protein-g: must be between 0 and"),
        ([*DAY, "--servings", "lots"], "--servings: “lots” is not a number"),
        ([*DAY, "--sleep-h", "25"], "--sleep-h: must be between 0 and 24 h"),
        ([*DAY, "--water-l", "nan"], "--water-l: “nan” is not a number"),
        ([*DAY, "--water-l", "21"], "--water-l: must be between 0 and 20 l"),
        (["body", "add", "--date", "2026-02-30", "--weight-kg", "70"], "--date: '2026-02-30'"),
        (["body", "add", "--date", "2026-03-30", "--weight-kg", "70"], "--date: 2026-03-30 is in"),
        (["body", "add", "--weight-kg", "70"], "--date: is required"),
        (["body", "add", "--date", "2026-03-28"], "--weight-kg: is required"),
        (["body", "add", "--date", "2026-03-28", "--weight-kg", "19"], "--weight-kg: must be"),
        ([*BODY, "--waist-cm", "301"], "--waist-cm: must be between 20 and 300 cm"),
        ([*BODY, "--hips-cm", "inf"], "--hips-cm: “inf” is not a number"),
        ([*BODY, "--note", "x" * 2001], "--note: must be at most 2000 characters"),
    ],
)
def test_refusals_name_the_flag_and_write_nothing(
    capsys: pytest.CaptureFixture[str], db: str, argv: list[str], start: str
) -> None:
    """A bad date, a future date, a missing or out-of-bounds value: one line on stderr that
    names the flag, exit 1, nothing printed on stdout and no row added or changed."""
    assert run(capsys, "--db", db, "day", "--date", "2026-03-28", "--kcal", "1900")[0] == EXIT_OK
    assert run(capsys, "--db", db, *BODY)[0] == EXIT_OK
    before = counts(db)
    code, out, err = run(capsys, "--db", db, *argv)
    assert code == EXIT_FAILURE and out == ""
    assert len(err.strip().splitlines()) == 1
    assert err.startswith(f"backline: {start}"), err
    assert counts(db) == before
    assert json.loads(run(capsys, "--db", db, *DAY, "--json")[1])["kcal"] == 1900.0


# --- backline today -------------------------------------------------------------------------


def plan_settings(db: str) -> None:
    """The plan filled in, with a weigh-in: targets for calories and protein exist."""
    database = open_database(Path(db))
    try:
        with database.session_scope() as s:
            add_measurement(session=s, measured_on=date(2026, 3, 20), weight_kg=70.0)
            for key, value in (
                ("plan_sex", "female"),
                ("plan_birth_year", 1986),
                ("plan_height_cm", 165.0),
                ("plan_activity_factor", 1.375),
                ("plan_deficit_kcal", 500),
            ):
                set_setting(key, value, session=s)
    finally:
        database.close()


def test_day_to_today_json_round_trip(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """What `day` records is what `today --json` shows done for sleep, protein, calories,
    servings and water, with every required key and each item's source; the JSON is exactly
    the core's TodayReport.to_json() for that day."""
    plan_settings(db)
    code, _, err = run(capsys, "--db", db, "day", "--kcal", "1500", "--protein-g", "100",
                       "--servings", "5", "--sleep-h", "6.5", "--water-l", "1.5")  # fmt: skip
    assert code == EXIT_OK, err
    code, out, _ = run(capsys, "--db", db, "today", "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert data["date"] == "2026-03-29" and data["week_start"] == "2026-03-23"
    items = {i["key"]: i for i in data["items"]}
    assert set(items) >= set(ITEM_KEYS)
    for item in data["items"]:
        assert {"key", "target", "done", "met", "source"} <= set(item)
    done = {k: items[k]["done"] for k in ("sleep", "protein", "calories", "servings", "water")}
    assert done == {"sleep": 6.5, "protein": 100.0, "calories": 1500.0, "servings": 5.0,
                    "water": 1.5}  # fmt: skip
    assert items["sleep"]["met"] is False  # 6.5 h, below 7-9 h
    assert items["servings"]["met"] is True and items["water"]["met"] is False
    assert items["servings"]["source"] == "001_d70040e190bb9df4.txt"
    assert items["sleep"]["source"] == "002_a86f65ea4a73a782.txt"
    assert items["water"]["source"] is None  # our default
    assert items["calories"]["target"]["unit"] == "kcal"
    assert items["strength"]["done"] == 0 and items["strength"]["met"] is False

    database = open_database(Path(db))
    try:
        with database.read_scope() as s:
            expected = today_report(TODAY, session=s, tz=local_zone()).to_json()
    finally:
        database.close()
    assert data == json.loads(json.dumps(expected))


def test_today_text_one_line_per_part(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """Text: a heading, one line per part with what is done, the target, met or not and the
    source article's title (or our default), and what is due next."""
    code, _, _ = run(capsys, "--db", db, "day", "--date", "2026-03-25", "--servings", "4")
    assert code == EXIT_OK
    code, out, _ = run(capsys, "--db", db, "today", "--date", "2026-03-25")
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "Wednesday 2026-03-25 (week from 2026-03-23)"
    assert len(lines) == 1 + len(ITEM_KEYS) + 1
    assert lines[1] == (
        "Strength sessions this week: 0 of 2–3 sessions; not met; "
        "article 002 — How to Get Rid of Back Leg Fat: What Actually Works"
    )
    assert (
        "Fruit and vegetables: 4 of 4–6 servings; met; "
        "article 001 — Getting rid of cellulite on the back of the thighs"
    ) in lines
    assert "Water: nothing of at least 2 l; not met; our default" in lines
    assert "Home back complex: nothing of 1 session; not met; article 004 — " in "\n".join(lines)
    calories = next(line for line in lines if line.startswith("Calories: "))
    assert calories.startswith("Calories: nothing; no target until the plan has sex")
    assert lines[-1] == "Next: Start Daily home back complex"


def test_today_refuses_a_bad_date(capsys: pytest.CaptureFixture[str], db: str) -> None:
    """`today --date 2026-02-30` or a date past our range: one line naming --date, exit 1,
    nothing on stdout."""
    code, out, err = run(capsys, "--db", db, "today", "--date", "2026-02-30", "--json")
    assert code == EXIT_FAILURE and out == ""
    assert err == "backline: --date: '2026-02-30' is not a date (YYYY-MM-DD)\n"
    code, out, err = run(capsys, "--db", db, "today", "--date", "9999-12-31")
    assert code == EXIT_FAILURE and out == ""
    assert err == "backline: --date: must be between 1900-01-01 and 2999-12-31\n"


# --- backline plan: the estimate ------------------------------------------------------------

ESTIMATE_KEYS = (
    "maintenance_estimate_kcal",
    "estimate_days",
    "estimate_margin_kcal",
    "estimate_confidence",
)


def log_days(db: str, days: int, *, start_kg: float = 80.0) -> None:
    """`days` days up to TODAY, each with a weigh-in falling 0.05 kg a day and 2000 kcal."""
    database = open_database(Path(db))
    try:
        with database.session_scope() as s:
            for i in range(days):
                day = TODAY - timedelta(days=days - 1 - i)
                add_measurement(session=s, measured_on=day, weight_kg=start_kg - 0.05 * i)
                record_day(day, {"kcal": 2000.0}, session=s)
    finally:
        database.close()


def test_plan_estimate_is_null_without_enough_data(
    capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path
) -> None:
    """With no database the estimate keys are null and no file is created; with 10 days of
    weigh-ins and intake (fewer than 14) they are still null and the text says why."""
    code, out, _ = run(capsys, "--db", db, *MAN_30, "--json")
    assert code == EXIT_OK
    data = json.loads(out)
    assert all(key in data and data[key] is None for key in ESTIMATE_KEYS)
    assert data["maintenance_kcal"] == 2759
    assert not Path(db).exists()

    log_days(db, 10)
    data = json.loads(run(capsys, "--db", db, *MAN_30, "--json")[1])
    assert all(data[key] is None for key in ESTIMATE_KEYS)
    out = run(capsys, "--db", db, *MAN_30)[1]
    assert "Maintenance from your log: not enough data yet" in out
    assert "Maintenance calories: 2759 kcal/day" in out


def test_plan_estimate_matches_hand_computed_energy_balance(
    capsys: pytest.CaptureFixture[str], db: str
) -> None:
    """28 days of 2000 kcal with the weight falling 0.05 kg a day: maintenance is
    2000 + 0.05 x 7700 = 2385 kcal over 28 days, the fit exact (margin 0, high confidence),
    0.35 kg lost a week; the text sets it beside the formula's 2759 kcal (374 above) and says
    the 385 kcal deficit is within the articles' 250-500 kcal."""
    log_days(db, 28)
    code, out, err = run(capsys, "--db", db, *MAN_30, "--json")
    assert code == EXIT_OK, err
    data = json.loads(out)
    assert data["maintenance_estimate_kcal"] == 2385
    assert data["estimate_days"] == 28
    assert data["estimate_margin_kcal"] == 0
    assert data["estimate_confidence"] == "high"
    assert data["estimate_kg_per_week"] == -0.35
    assert data["maintenance_kcal"] == 2759 and data["target_kcal"] == 2259

    out = run(capsys, "--db", db, *MAN_30)[1]
    assert "Maintenance from your log: 2385 ± 0 kcal/day, confidence high (28 days," in out
    assert (
        "At your logged intake of 2000 kcal/day you are losing 0.35 kg a week, a deficit of "
        "385 kcal a day, within the articles' 250-500 kcal deficit. The formula's maintenance "
        "is 374 kcal above the estimate; its target of 2259 kcal would be a 126 kcal deficit "
        "against the estimate."
    ) in out
    assert "Warning" not in out
