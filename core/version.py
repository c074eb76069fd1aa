"""The app's version, with one source: the installed package metadata (pyproject.toml)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from core.i18n import translate

DISTRIBUTION = "backline"


def app_version() -> str:
    """The version pip installed; a bare checkout that was never installed says so."""
    try:
        return version(DISTRIBUTION)
    except PackageNotFoundError:
        return translate("core.version", "{version} (not installed: run `pip install .`)").format(
            version="0+unknown"
        )
