"""What the voice says for each cue of the player: one short sentence, or nothing.

No Qt, no database, no clock. ``words(cue, steps, say)`` reads the cue and the step list the
player runs (``core.workout.steps.build_steps``) and keeps only the parts whose setting is in
``say`` (the names of ``core.store.settings.SPEECH_FLAGS`` that are on):

* ``speak_exercise``: the exercise and side at each start ("Bird dog, left side, 8 to 10 reps"),
  the get-ready ("Get ready. First: Bird dog") and the side switch ("Switch sides: right");
* ``speak_sets``: "set 2 of 3", "round 2 of 3", and from the second hold rep "rep 2 of 5";
* ``speak_hold_release``: "hold 10 seconds" (with the position: "arched, hold 10 seconds") and
  "Release";
* ``speak_rest``: "Rest, 60 seconds"; ``speak_next``: "Next: Glute bridge" (after the rest);
* ``speak_halfway``: "Halfway"; ``speak_countdown``: "three", "two", "one" (the player cues only
  the last three seconds, never every second); ``speak_finish``: "Workout complete".

Our choices (the articles say nothing of speech): the exercise is named at the first work step of
each side of a set, not again at every hold rep or position; "set n of m" is said at the first
work step of a set only, not again after the side switch.

Every sentence is one translated message in the language in use (core.i18n), with the shipped
exercise names and positions in it translated too (core.library.localized).
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.library.localized import data_text
from core.workout.steps import (
    SET_PARTS,
    Cue,
    Step,
    seconds_words,
    side_word,
    step_key,
    target_words,
)

__all__ = ["COUNT_WORDS", "FLAGS", "words"]

FLAGS: tuple[str, ...] = (
    "speak_exercise",
    "speak_sets",
    "speak_hold_release",
    "speak_rest",
    "speak_next",
    "speak_halfway",
    "speak_countdown",
    "speak_finish",
)
"""The settings that choose what is said (the same names as core.store.settings.SPEECH_FLAGS)."""

COUNT_WORDS: dict[int, str] = {
    3: QT_TRANSLATE_NOOP("core.workout.speech", "three"),
    2: QT_TRANSLATE_NOOP("core.workout.speech", "two"),
    1: QT_TRANSLATE_NOOP("core.workout.speech", "one"),
}
"""The countdown's words in English; ``words`` says them in the language in use."""


def words(cue: Cue, steps: Sequence[Step], say: Collection[str] = FLAGS) -> str:
    """The sentence for ``cue`` (its ``step_index`` into ``steps``), '' when nothing is said.

    When the step list does not hold the cue's step (a caller without the steps), the player's
    own text of the cue (``Cue.text``) is said, under the setting of its kind.
    """
    kind = cue.kind
    if kind == "countdown":
        count = COUNT_WORDS.get(cue.value or 0)
        if count is None or "speak_countdown" not in say:
            return ""
        return translate("core.workout.speech", count)
    if kind == "halfway":
        return translate("core.workout.speech", "Halfway") if "speak_halfway" in say else ""
    if kind == "workout_finished":
        if "speak_finish" not in say:
            return ""
        return translate("core.workout.speech", "Workout complete")
    if kind == "release":
        return translate("core.workout.speech", "Release") if "speak_hold_release" in say else ""
    if kind not in _START_FLAG:
        return ""  # set_done, tick: shown and logged, not said
    if not 0 <= cue.step_index < len(steps):
        return cue.text if _START_FLAG[kind] in say else ""
    step = steps[cue.step_index]
    if kind == "get_ready":
        if "speak_exercise" not in say:
            return ""
        if step.item:
            return translate("core.workout.speech", "Get ready. First: {name}").format(
                name=data_text(step.item.exercise_name)
            )
        return translate("core.workout.speech", "Get ready")
    if kind == "switch_sides":
        if "speak_exercise" not in say:
            return ""
        if step.side:
            return translate("core.workout.speech", "Switch sides: {side}").format(
                side=side_word(step.side)
            )
        return translate("core.workout.speech", "Switch sides")
    if kind == "rest_start":
        return _rest_words(steps, cue.step_index, say)
    return _work_words(steps, cue.step_index, say)


_START_FLAG: dict[str, str] = {
    "get_ready": "speak_exercise",
    "work_start": "speak_exercise",
    "switch_sides": "speak_exercise",
    "rest_start": "speak_rest",
}


def _rest_words(steps: Sequence[Step], index: int, say: Collection[str]) -> str:
    rest = seconds_words(steps[index].seconds or 0.0) if "speak_rest" in say else None
    nxt = None
    if "speak_next" in say:
        nxt = next(
            (s.item.exercise_name for s in steps[index + 1 :] if s.kind == "work" and s.item),
            None,
        )
    if rest is not None and nxt:
        return translate("core.workout.speech", "Rest, {time}. Next: {name}").format(
            time=rest, name=data_text(nxt)
        )
    if rest is not None:
        return translate("core.workout.speech", "Rest, {time}").format(time=rest)
    if nxt:
        return translate("core.workout.speech", "Next: {name}").format(name=data_text(nxt))
    return ""


def _first_of(steps: Sequence[Step], index: int, *, same_side: bool) -> bool:
    """Whether ``steps[index]`` is the first work step of its set (of its side, if asked)."""
    step = steps[index]
    for j in range(index - 1, -1, -1):
        before = steps[j]
        if (
            before.kind not in SET_PARTS
            or step_key(before) != step_key(step)
            or before.set_number != step.set_number
        ):
            return True
        if before.kind == "work" and (not same_side or before.side == step.side):
            return False
    return True


def _work_words(steps: Sequence[Step], index: int, say: Collection[str]) -> str:
    step = steps[index]
    item = step.item
    if item is None:
        return ""
    hold = item.mode == "hold" and (step.seconds is not None or step.count_up)
    parts: list[str] = []
    if _first_of(steps, index, same_side=True) and "speak_exercise" in say:
        parts.append(_exercise_words(data_text(item.exercise_name), step))
    if "speak_sets" in say:
        if _first_of(steps, index, same_side=False):
            if step.rounds_total and step.round_number and step.rounds_total > 1:
                parts.append(
                    translate("core.workout.speech", "round {number} of {total}").format(
                        number=step.round_number, total=step.rounds_total
                    )
                )
            if step.sets_total and step.set_number and step.sets_total > 1:
                parts.append(
                    translate("core.workout.speech", "set {number} of {total}").format(
                        number=step.set_number, total=step.sets_total
                    )
                )
        if (
            hold
            and step.rep
            and step.reps_total
            and step.rep > 1
            and step.position_number
            in (
                None,
                1,
            )
        ):
            parts.append(
                translate("core.workout.speech", "rep {number} of {total}").format(
                    number=step.rep, total=step.reps_total
                )
            )
    first = _first_of(steps, index, same_side=True)
    target = target_words(step)
    if hold:
        if "speak_hold_release" in say:
            # later reps and positions: just "hold"
            parts.append(_hold_words(step.position, target if first else ""))
    elif target and "speak_exercise" in say:
        parts.append(target)
    sentence = ", ".join(parts)
    return sentence[:1].upper() + sentence[1:]


def _exercise_words(name: str, step: Step) -> str:
    """ "Bird dog", or with the side being worked: "Bird dog, left side"."""
    if step.side == "left":
        return translate("core.workout.speech", "{name}, left side").format(name=name)
    if step.side == "right":
        return translate("core.workout.speech", "{name}, right side").format(name=name)
    return name


def _hold_words(position: str | None, target: str) -> str:
    """ "hold 10 seconds", "arched, hold 10 seconds", "arched, hold" or "hold"."""
    if position and target:
        return translate("core.workout.speech", "{position}, hold {target}").format(
            position=data_text(position), target=target
        )
    if position:
        return translate("core.workout.speech", "{position}, hold").format(
            position=data_text(position)
        )
    if target:
        return translate("core.workout.speech", "hold {target}").format(target=target)
    return translate("core.workout.speech", "hold")
