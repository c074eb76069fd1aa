"""The shipped library, routines and program in every language: complete, nothing extra, the
articles' numbers kept, and the stored English untouched by a change of language."""

from __future__ import annotations

import re
import tomllib
from typing import Any

import pytest

from core import i18n
from core.library import localized
from core.library.localized import TRANSLATED_FIELDS, english_fields, lookup, translation_file

LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]
FILES = list(TRANSLATED_FIELDS)


def _translation(name: str, language: str) -> dict[str, Any]:
    with translation_file(name, language).open("rb") as fh:
        return tomllib.load(fh)


def _leaf_paths(node: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    if isinstance(node, dict):
        return [p for key, value in node.items() for p in _leaf_paths(value, (*prefix, key))]
    return [prefix]


def _numbers(text: str) -> list[str]:
    return sorted(re.findall(r"\d+", text))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FILES)
def test_every_text_is_translated_with_its_numbers(name: str, language: str) -> None:
    translated = _translation(name, language)
    problems = []
    for path, english in english_fields(name):
        value = lookup(translated, path)
        where = f"{translation_file(name, language).name}: {'.'.join(path)}"
        if isinstance(english, list):
            if not isinstance(value, list) or len(value) != len(english):
                problems.append(f"{where}: needs a list of {len(english)} texts")
                continue
            pairs = list(zip(english, value, strict=True))
        elif not isinstance(value, str):
            problems.append(f"{where}: missing")
            continue
        else:
            pairs = [(english, value)]
        for source, text in pairs:
            if not text.strip():
                problems.append(f"{where}: empty")
            elif _numbers(source) != _numbers(text):
                problems.append(f"{where}: numbers {_numbers(source)} became {_numbers(text)}")
    assert problems == []


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", FILES)
def test_a_translation_file_holds_nothing_the_original_lacks(name: str, language: str) -> None:
    """A key that matches no English text (a renamed slug, a typo) would be dead text."""
    known = {path for path, _ in english_fields(name)}
    extra = [p for p in _leaf_paths(_translation(name, language)) if p not in known]
    assert extra == []


def test_the_language_changes_what_is_shown_and_nothing_else() -> None:
    i18n.set_language("de")
    assert localized.data_text("Glute bridge") == "Glute Bridge"
    assert localized.data_text("Romanian deadlift") == "Rumänisches Kreuzheben"
    assert localized.data_text("My own curl") == "My own curl"  # a person's own: as typed
    i18n.set_language("en")
    assert localized.data_text("Romanian deadlift") == "Romanian deadlift"


def test_a_copy_of_a_shipped_exercise_is_named_in_the_language(seeded_db, use_language) -> None:  # type: ignore[no-untyped-def]
    """Saving a shipped exercise under the name the German editor showed makes the person's
    copy "<German name> (meine Kopie)"; the shipped row keeps its English."""
    from dataclasses import replace

    from core.library import custom
    from core.library.queries import get_exercise

    use_language("de")
    with seeded_db.read_scope() as s:
        row = get_exercise("glute-bridge", session=s)
    assert row is not None
    draft = replace(custom.draft_from_row(row), name=localized.data_text(row.name))
    with seeded_db.session_scope() as s:
        copy = custom.update_exercise("glute-bridge", draft, session=s).value
    assert copy.name == "Glute Bridge (meine Kopie)" and not copy.builtin
    with seeded_db.read_scope() as s:
        shipped = get_exercise("glute-bridge", session=s)
    assert shipped is not None and shipped.name == "Glute bridge"
