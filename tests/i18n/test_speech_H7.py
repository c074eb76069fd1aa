"""Speech and step words go through core.i18n.translate: with a catalogue holding a message,
the sentence is built from its translation, its placeholders filled after translation and the
plural form chosen by the language's rule; shipped names and positions go through data_text.

Each test puts a small catalogue in place of the process's (monkeypatch undoes it; conftest
puts English back after each test), so it checks the wiring whatever the shipped words say;
tests/i18n/test_catalogues.py checks the shipped catalogues themselves.
"""

from __future__ import annotations

import pytest

from core import i18n
from core.library.localized import data_text
from core.workout.speech import words
from core.workout.steps import Cue, PlanItem, build_steps, seconds_words
from tests.core.workout.workout_items import NO_READY, bridge, superman

SPEECH = "core.workout.speech"
STEPS = "core.workout.steps"


def use(monkeypatch: pytest.MonkeyPatch, language: str, messages: dict) -> None:
    """Translate with `messages` ((context, source) -> forms) as the catalogue of `language`."""
    monkeypatch.setattr(i18n, "_catalogue", i18n.Catalogue(language, messages))


def start(kind: str, index: int) -> Cue:
    return Cue(kind=kind, step_index=index, at=0.0)  # type: ignore[arg-type]


def test_the_rest_sentence_is_one_translated_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """ "Rest, {time}. Next: {name}" is translated whole; the time inside it too, by plural."""
    use(
        monkeypatch,
        "de",
        {
            (SPEECH, "Rest, {time}. Next: {name}"): ("Pause, {time}. Als Nächstes: {name}",),
            (SPEECH, "Rest, {time}"): ("Pause, {time}",),
            (STEPS, "%n second(s)"): ("%n Sekunde", "%n Sekunden"),
        },
    )
    steps = build_steps([bridge(sets=2, rest_seconds=60)], NO_READY)
    rest = next(i for i, s in enumerate(steps) if s.kind == "rest")
    assert (
        words(start("rest_start", rest), steps) == "Pause, 60 Sekunden. Als Nächstes: Glute bridge"
    )
    assert words(start("rest_start", rest), steps, {"speak_rest"}) == "Pause, 60 Sekunden"


def test_countdown_and_halfway_words_are_translated(monkeypatch: pytest.MonkeyPatch) -> None:
    use(
        monkeypatch,
        "fr",
        {
            (SPEECH, "three"): ("trois",),
            (SPEECH, "one"): ("un",),
            (SPEECH, "Halfway"): ("À mi-chemin",),
        },
    )
    steps = build_steps([superman(sets=1, reps_min=1, hold_seconds=30)], NO_READY)
    count = [words(Cue(kind="countdown", step_index=0, at=0.0, value=v), steps) for v in (3, 2, 1)]
    assert count == ["trois", "two", "un"]  # "two" has no translation here: English stays
    assert words(Cue(kind="halfway", step_index=0, at=0.0), steps) == "À mi-chemin"


def test_work_sentence_parts_keep_the_translated_word_order(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each part is a whole phrase with placeholders, so German can put the time before
    "halten"; the side is one message per side ("linke Seite", not "links Seite")."""
    use(
        monkeypatch,
        "de",
        {
            (SPEECH, "{name}, left side"): ("{name}, linke Seite",),
            (SPEECH, "set {number} of {total}"): ("Satz {number} von {total}",),
            (STEPS, "{low} to {high} reps"): ("{low} bis {high} Wiederholungen",),
            (SPEECH, "hold {target}"): ("{target} halten",),
            (STEPS, "%n second(s)"): ("%n Sekunde", "%n Sekunden"),
        },
    )
    steps = build_steps([bridge(sets=2, per_side=True)], NO_READY)
    assert words(start("work_start", 0), steps) == (
        "Glute bridge, linke Seite, Satz 1 von 2, 10 bis 12 Wiederholungen"
    )
    hold = build_steps([superman(sets=1, reps_min=1)], NO_READY)
    assert words(start("work_start", 0), hold) == "Superman, 10 Sekunden halten"


def test_plural_forms_follow_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """French takes the singular for 0 and 1, as core.i18n.plural_index says."""
    use(monkeypatch, "fr", {(STEPS, "%n second(s)"): ("%n seconde", "%n secondes")})
    assert [seconds_words(s) for s in (0, 1, 45)] == ["0 seconde", "1 seconde", "45 secondes"]
    use(monkeypatch, "de", {(STEPS, "%n second(s)"): ("%n Sekunde", "%n Sekunden")})
    assert [seconds_words(s) for s in (0, 1, 45)] == ["0 Sekunden", "1 Sekunde", "45 Sekunden"]


def test_shipped_names_and_positions_are_said_in_the_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The exercise's name and its positions come from the shipped translation (data_text);
    the plan keeps the English."""
    monkeypatch.setattr(i18n, "_language", "de")
    use(
        monkeypatch,
        "de",
        {
            (SPEECH, "Get ready. First: {name}"): ("Mach dich bereit. Zuerst: {name}",),
            (SPEECH, "{position}, hold {target}"): ("{position}, {target} halten",),
            (STEPS, "%n second(s)"): ("%n Sekunde", "%n Sekunden"),
        },
    )
    name, position = data_text("Cat-cow with holds"), data_text("rounded")
    assert (name, position) != ("Cat-cow with holds", "rounded")  # resources/library.de.toml
    cat_cow = PlanItem(
        exercise_slug="cat-cow",
        exercise_name="Cat-cow with holds",
        mode="hold",
        reps_min=1,
        hold_seconds=10,
        positions=("rounded", "arched"),
    )
    steps = build_steps([cat_cow])
    assert words(start("get_ready", 0), steps) == f"Mach dich bereit. Zuerst: {name}"
    sentence = words(start("work_start", 1), steps)
    assert sentence == f"{name}, {position}, 10 Sekunden halten"
    assert steps[1].item is not None and steps[1].item.exercise_name == "Cat-cow with holds"
