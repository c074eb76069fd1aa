"""The shipped library, routines and daily program in the language in use, for display only.

Each shipped TOML file (library.toml, routines.toml, program.toml, plan.toml) may have a
translation beside it, `<name>.<lang>.toml`, keyed the same way as the original (exercises by
slug, routines by key, program targets and activity levels by key), holding only the text a
person reads. `data_text(english)` gives the text in the language in use for any of those
English strings, and the English itself for anything else (a person's own exercise, an
imported name, a missing translation): the database and every export keep the English and the
slugs, so changing the language changes no data.

`TRANSLATED_FIELDS` says which fields are text; tests/core/library/test_library_translations.py checks
that every translation file has all of them, and nothing else.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from core import i18n

# Which shipped files are translated, and within each which tables are keyed by which field
# and which of their fields are text (str, or a list of str). `notes` of a routine are its
# items' notes keyed by the item's exercise slug.
TRANSLATED_FIELDS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    # (article titles are not translated: they name real English articles)
    "library": {
        "exercise": ("slug", ("name", "summary", "instructions", "cautions", "positions")),
    },
    "routines": {
        "routine": ("key", ("name", "summary", "notes")),
    },
    "program": {
        "*": ("", ("label",)),
    },
    "plan": {
        "activity": ("key", ("label",)),
    },
}

Path_ = tuple[str, ...]


def source_file(name: str) -> Path:
    from core.paths import resource_path

    return resource_path(f"{name}.toml")


def translation_file(name: str, language_code: str) -> Path:
    from core.paths import resource_path

    return resource_path(f"{name}.{language_code}.toml")


def _read(path: Path) -> dict[str, Any]:
    import tomllib  # only outside English: not needed to start the window

    with path.open("rb") as fh:
        return tomllib.load(fh)


def english_fields(name: str, data: dict[str, Any] | None = None) -> Iterator[tuple[Path_, Any]]:
    """(path, English value) of every translated field of shipped file `name`, the path as a
    translation file keys it: ('exercise', 'glute-bridge', 'name'),
    ('routine', 'home-back-complex', 'notes', 'bird-dog'), ('cardio', 'label')."""
    data = _read(source_file(name)) if data is None else data
    for table, (key_field, text_fields) in TRANSLATED_FIELDS[name].items():
        if table == "*":  # every top-level table of the file is one entry
            entries = [(k, v) for k, v in data.items() if isinstance(v, dict)]
        elif key_field:
            entries = [(entry[key_field], entry) for entry in data.get(table, [])]
        else:
            entries = [(table, data[table])] if table in data else []
        for key, entry in entries:
            prefix: Path_ = (key,) if table in ("*",) or not key_field else (table, key)
            for text_field in text_fields:
                if text_field == "notes":
                    notes = {
                        item["exercise"]: item["note"]
                        for item in entry.get("item", [])
                        if item.get("note")
                    }
                    for slug, note in notes.items():
                        yield (*prefix, "notes", slug), note
                elif entry.get(text_field):
                    yield (*prefix, text_field), entry[text_field]


def lookup(data: dict[str, Any], path: Path_) -> Any:
    """The value at `path` of a translation file's data, or None."""
    node: Any = data
    for part in path:
        if not isinstance(node, dict) or part not in node:
            return None
        node = node[part]
    return node


@cache
def _texts(language_code: str) -> dict[str, str]:
    """English -> translated, over every shipped file that has a translation in this language.
    A value (or list item) without a translation is left out, so it shows in English."""
    texts: dict[str, str] = {}
    for name in TRANSLATED_FIELDS:
        path = translation_file(name, language_code)
        if not path.exists():
            continue
        translated = _read(path)
        for field_path, english in english_fields(name):
            value = lookup(translated, field_path)
            if isinstance(english, list):
                if isinstance(value, list) and len(value) == len(english):
                    texts.update((e, t) for e, t in zip(english, value, strict=True) if t and e)
            elif isinstance(value, str) and value:
                texts[english] = value
    return texts


@cache
def translated_exercise_names() -> tuple[tuple[str, str], ...]:
    """(slug, name) of every shipped exercise in every language that has a translation, so
    an import from a German or French export (Strong's "Laufen") finds the exercise it
    names whatever language Backline runs in."""
    names: list[tuple[str, str]] = []
    for code in i18n.LANGUAGES:
        path = translation_file("library", code)
        if code == i18n.SOURCE_LANGUAGE or not path.exists():
            continue
        for slug, entry in _read(path).get("exercise", {}).items():
            if isinstance(entry, dict) and isinstance(entry.get("name"), str):
                names.append((slug, entry["name"]))
    return tuple(names)


def data_text(english: str) -> str:
    """`english` (a shipped exercise's name, an instruction, a caution, a routine's name or a
    note, a program target's label) in the language in use; itself when it has none."""
    language_code = i18n.language()
    if language_code == i18n.SOURCE_LANGUAGE or not english:
        return english
    return _texts(language_code).get(english, english)


def data_texts(english: tuple[str, ...] | list[str]) -> list[str]:
    return [data_text(text) for text in english]
