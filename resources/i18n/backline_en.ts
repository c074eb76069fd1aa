<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>core.cli.catalog</name>
        <message numerus="yes">
            <source>%n entry(ies); * marks our default where the articles give no number.</source>
            <translation>
                <numerusform>%n entry; * marks our default where the articles give no number.</numerusform>
                <numerusform>%n entries; * marks our default where the articles give no number.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.daily</name>
        <message numerus="yes">
            <source>at least %n session(s)</source>
            <translation>
                <numerusform>at least %n session</numerusform>
                <numerusform>at least %n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n session(s)</source>
            <translation>
                <numerusform>{low}–%n session</numerusform>
                <numerusform>{low}–%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>at least %n serving(s)</source>
            <translation>
                <numerusform>at least %n serving</numerusform>
                <numerusform>at least %n servings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{low}–%n serving(s)</source>
            <translation>
                <numerusform>{low}–%n serving</numerusform>
                <numerusform>{low}–%n servings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n serving</numerusform>
                <numerusform>%n servings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.cli.data</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n workout</numerusform>
                <numerusform>%n workouts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n routine</numerusform>
                <numerusform>%n routines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n measurement</numerusform>
                <numerusform>%n measurements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n logged day</numerusform>
                <numerusform>%n logged days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n target</numerusform>
                <numerusform>%n targets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n workout(s) were already here</source>
            <translation>
                <numerusform>%n workout was already here</numerusform>
                <numerusform>%n workouts were already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here</source>
            <translation>
                <numerusform>%n was already here</numerusform>
                <numerusform>%n were already here</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already there</source>
            <translation>
                <numerusform>%n was already there</numerusform>
                <numerusform>%n were already there</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n new exercise(s)</source>
            <translation>
                <numerusform>%n new exercise</numerusform>
                <numerusform>%n new exercises</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) are not in the library and will be added as your own exercises unless mapped with --map: {names}</source>
            <translation>
                <numerusform>%n exercise name is not in the library and will be added as your own exercise unless mapped with --map: {names}</numerusform>
                <numerusform>%n exercise names are not in the library and will be added as your own exercises unless mapped with --map: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.desktop</name>
        <message numerus="yes">
            <source>cannot write {path}: {reason} (and %n other problem(s)); nothing was installed</source>
            <translation>
                <numerusform>cannot write {path}: {reason} (and %n other problem); nothing was installed</numerusform>
                <numerusform>cannot write {path}: {reason} (and %n other problems); nothing was installed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problem} (and %n more problem(s))</source>
            <translation>
                <numerusform>{problem} (and %n more problem)</numerusform>
                <numerusform>{problem} (and %n more problems)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{problems}; removed %n other file(s)</source>
            <translation>
                <numerusform>{problems}; removed %n other file</numerusform>
                <numerusform>{problems}; removed %n other files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>installed Backline's menu entry (%n file(s)) into {folder}</source>
            <translation>
                <numerusform>installed Backline's menu entry (%n file) into {folder}</numerusform>
                <numerusform>installed Backline's menu entry (%n files) into {folder}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>removed Backline's menu entry (%n file(s)) from {folder}</source>
            <translation>
                <numerusform>removed Backline's menu entry (%n file) from {folder}</numerusform>
                <numerusform>removed Backline's menu entry (%n files) from {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.insight.progression_rules</name>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s) of {total}</source>
            <translation>
                <numerusform>%n set of {total}</numerusform>
                <numerusform>%n sets of {total}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.insight.trends</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.interchange.common</name>
        <message numerus="yes">
            <source>{names} and %n more</source>
            <translation>
                <numerusform>{names} and %n more</numerusform>
                <numerusform>{names} and %n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise name(s) need a mapping: {names}</source>
            <translation>
                <numerusform>%n exercise name needs a mapping: {names}</numerusform>
                <numerusform>%n exercise names need a mapping: {names}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.routines.text</name>
        <message numerus="yes">
            <source>%n{mark} time(s) a week</source>
            <translation>
                <numerusform>%n{mark} time a week</numerusform>
                <numerusform>%n{mark} times a week</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Circuit {circuit}, %n round(s):</source>
            <translation>
                <numerusform>Circuit {circuit}, %n round:</numerusform>
                <numerusform>Circuit {circuit}, %n rounds:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.plan</name>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercise</numerusform>
                <numerusform>%n exercises</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>core.workout.steps</name>
        <message numerus="yes">
            <source>%n second(s)</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.data_actions</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n workout</numerusform>
                <numerusform>%n workouts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already here.</source>
            <translation>
                <numerusform>%n was already here.</numerusform>
                <numerusform>%n were already here.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine(s)</source>
            <translation>
                <numerusform>%n routine</numerusform>
                <numerusform>%n routines</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n measurement(s)</source>
            <translation>
                <numerusform>%n measurement</numerusform>
                <numerusform>%n measurements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged day(s)</source>
            <translation>
                <numerusform>%n logged day</numerusform>
                <numerusform>%n logged days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n target(s)</source>
            <translation>
                <numerusform>%n target</numerusform>
                <numerusform>%n targets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already there</source>
            <translation>
                <numerusform>%n already there</numerusform>
                <numerusform>%n already there</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.history.models</name>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.history.tab</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n workout</numerusform>
                <numerusform>%n workouts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.import_dialog</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n workout</numerusform>
                <numerusform>%n workouts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercise</numerusform>
                <numerusform>%n exercises</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.library.tab</name>
        <message numerus="yes">
            <source>{shown} of %n entries  ·  * marks our default where the articles give no number</source>
            <translation>
                <numerusform>{shown} of %n entry  ·  * marks our default where the articles give no number</numerusform>
                <numerusform>{shown} of %n entries  ·  * marks our default where the articles give no number</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n logged set(s)</source>
            <translation>
                <numerusform>%n logged set</numerusform>
                <numerusform>%n logged sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n routine item(s)</source>
            <translation>
                <numerusform>%n routine item</numerusform>
                <numerusform>%n routine items</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.models</name>
        <message numerus="yes">
            <source>%n workout(s)</source>
            <translation>
                <numerusform>%n workout</numerusform>
                <numerusform>%n workouts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n set(s)</source>
            <translation>
                <numerusform>%n set</numerusform>
                <numerusform>%n sets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.plots</name>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s) since {day}</source>
            <translation>
                <numerusform>{routine}: target {target} a week, met {met} of %n week since {day}</numerusform>
                <numerusform>{routine}: target {target} a week, met {met} of %n weeks since {day}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{routine}: target {target} a week, met {met} of %n week(s)</source>
            <translation>
                <numerusform>{routine}: target {target} a week, met {met} of %n week</numerusform>
                <numerusform>{routine}: target {target} a week, met {met} of %n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active days, last %n week(s)</source>
            <translation>
                <numerusform>Active days, last %n week</numerusform>
                <numerusform>Active days, last %n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.progress.tab</name>
        <message numerus="yes">
            <source>Current streak: %n day(s) in a row.</source>
            <translation>
                <numerusform>Current streak: %n day in a row.</numerusform>
                <numerusform>Current streak: %n days in a row.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n active day(s)</source>
            <translation>
                <numerusform>%n active day</numerusform>
                <numerusform>%n active days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{days} in the last %n week(s).</source>
            <translation>
                <numerusform>{days} in the last %n week.</numerusform>
                <numerusform>{days} in the last %n weeks.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.today.tab</name>
        <message numerus="yes">
            <source>%n session(s)</source>
            <translation>
                <numerusform>%n session</numerusform>
                <numerusform>%n sessions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n serving(s)</source>
            <translation>
                <numerusform>%n serving</numerusform>
                <numerusform>%n servings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Nothing left to start.</source>
            <translation>
                <numerusform>{met} of %n part met. Nothing left to start.</numerusform>
                <numerusform>{met} of %n parts met. Nothing left to start.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{met} of %n part(s) met. Due next:</source>
            <translation>
                <numerusform>{met} of %n part met. Due next:</numerusform>
                <numerusform>{met} of %n parts met. Due next:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n week(s)</source>
            <translation>
                <numerusform>%n week</numerusform>
                <numerusform>%n weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.workout.dialogs</name>
        <message numerus="yes">
            <source>“{name}” from {when} was not finished (%n set(s) logged). Continue where you were?</source>
            <translation>
                <numerusform>“{name}” from {when} was not finished (%n set logged). Continue where you were?</numerusform>
                <numerusform>“{name}” from {when} was not finished (%n sets logged). Continue where you were?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n timed set(s) are not logged yet and will be dropped.</source>
            <translation>
                <numerusform>%n timed set is not logged yet and will be dropped.</numerusform>
                <numerusform>%n timed sets are not logged yet and will be dropped.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>A workout is in progress (%n set(s) logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</source>
            <translation>
                <numerusform>A workout is in progress (%n set logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</numerusform>
                <numerusform>A workout is in progress (%n sets logged). Every logged set is saved.
Quit and resume it at the next start, or end it now?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n exercise(s)</source>
            <translation>
                <numerusform>%n exercise</numerusform>
                <numerusform>%n exercises</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.workout.suggestion</name>
        <message numerus="yes">
            <source>+%n set(s)</source>
            <translation>
                <numerusform>+%n set</numerusform>
                <numerusform>+%n sets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>-%n set(s)</source>
            <translation>
                <numerusform>-%n set</numerusform>
                <numerusform>-%n sets</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.workout.tab</name>
        <message numerus="yes">
            <source>%n rep(s) of {duration}</source>
            <translation>
                <numerusform>%n rep of {duration}</numerusform>
                <numerusform>%n reps of {duration}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rep(s)</source>
            <translation>
                <numerusform>%n rep</numerusform>
                <numerusform>%n reps</numerusform>
            </translation>
        </message>
    </context>
</TS>
