"""Frozen rows from stored objects: one way to fill a row dataclass from an ORM object.

Every service returns frozen dataclasses, never ORM objects (DESIGN.md rule 2); `row_from`
copies the attributes of the same names and turns stored NULLs and JSON lists into the row's
plain types. No SQLAlchemy here: core.library.rows (read by core.store.quick_read before
SQLAlchemy is imported) derives its column lists through `field_kinds`.
"""

from __future__ import annotations

import types
import typing
from dataclasses import fields
from typing import Any, TypeVar

T = TypeVar("T")

_KINDS: dict[type, tuple[tuple[str, str], ...]] = {}


def field_kinds(cls: type) -> tuple[tuple[str, str], ...]:
    """(field, kind) for each field of the dataclass `cls`: kind is tuple, bool, str, int or ''."""
    if cls in _KINDS:
        return _KINDS[cls]
    hints = typing.get_type_hints(cls)
    out = []
    for f in fields(cls):
        hint = hints[f.name]
        if typing.get_origin(hint) is tuple:
            kind = "tuple"
        elif isinstance(hint, types.UnionType):
            kind = ""  # optional: taken as stored
        else:
            kind = {bool: "bool", str: "str", int: "int"}.get(hint, "")
        out.append((f.name, kind))
    _KINDS[cls] = tuple(out)
    return _KINDS[cls]


def row_from(cls: type[T], obj: object, **given: Any) -> T:
    """The frozen dataclass `cls` filled from the attributes of `obj` of the same names.

    `given` overrides or supplies fields `obj` has not. Stored NULLs and lists become the row's
    plain types: a tuple (empty for NULL), a bool, "" for a str and 0 for an int.
    """
    values: dict[str, Any] = {}
    for name, kind in field_kinds(cls):
        value = given[name] if name in given else getattr(obj, name)
        if kind == "tuple":
            value = tuple(value or ())
        elif kind == "bool":
            value = bool(value)
        elif kind == "str":
            value = value or ""
        elif kind == "int" and value is None:
            value = 0
        values[name] = value
    return cls(**values)
