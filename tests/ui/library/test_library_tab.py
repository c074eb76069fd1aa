"""The Library tab: search, filters, detail pane, variation links, keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QUrl

from core.library.queries import list_exercises
from core.library.rows import exercise_to_json
from ui.library.models import LibraryFilterProxy, LibraryTableModel
from ui.library.tab import LibraryTab


def entry(tab: LibraryTab, slug: str) -> dict[str, Any]:
    """The listed row of `slug` (its exercise_to_json dict)."""
    row = tab.model.row_of_slug(slug)
    assert row is not None
    return tab.model.row_at(row)  # type: ignore[no-any-return]


def test_library_follows_today_and_lists_everything(main_window) -> None:  # type: ignore[no-untyped-def]
    """The window is titled Backline; its first tab is Today, then the Library with every
    entry."""
    assert main_window.windowTitle() == "Backline"
    assert [main_window.tabs.tabText(i) for i in (0, 1)] == ["Today", "Library"]
    tab: LibraryTab = main_window.library_tab
    slugs = set(tab.visible_slugs())
    assert {
        "glute-bridge",
        "squat-jump",
        "swimming",
        "thigh-self-massage",
        "superman",
        "single-leg-glute-bridge",
        "weighted-hip-thrust",
    } <= slugs
    assert len(slugs) == tab.model.rowCount() >= 25


def test_search_narrows_the_list(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Typing in the search box keeps only matching entries, and clearing restores all."""
    tab: LibraryTab = main_window.library_tab
    total = tab.proxy.rowCount()
    qtbot.keyClicks(tab.search, "bridge")
    visible = tab.visible_slugs()
    assert 0 < len(visible) < total
    assert all("bridge" in s or "bridge" in entry(tab, s)["name"].lower() for s in visible)
    tab.search.clear()
    assert tab.proxy.rowCount() == total


def test_filter_combines_with_search(main_window) -> None:  # type: ignore[no-untyped-def]
    """A filter and the search apply together: cardio activities matching 'ing'."""
    tab: LibraryTab = main_window.library_tab
    tab.search.setText("ing")
    with_search = set(tab.visible_slugs())
    tab.set_filter("mode", "duration")
    both = set(tab.visible_slugs())
    assert both < with_search
    assert "running" in both and "swimming" in both
    rows = [entry(tab, s) for s in both]
    assert all(r["mode"] == "duration" for r in rows)
    tab.set_filter("impact", "high")
    high = set(tab.visible_slugs())
    assert high and all(entry(tab, s)["impact"] == "high" for s in high)


def test_source_and_equipment_filters(main_window) -> None:  # type: ignore[no-untyped-def]
    """The article filter shows only that article's entries; 'none' equipment means bodyweight."""
    tab: LibraryTab = main_window.library_tab
    tab.set_filter("source", "004_dfcb09c5a188d281.txt")
    rows = [entry(tab, s) for s in tab.visible_slugs()]
    assert rows and all("004_dfcb09c5a188d281.txt" in r["sources"] for r in rows)
    tab.clear_filters()
    tab.set_filter("equipment", "none")
    rows = [entry(tab, s) for s in tab.visible_slugs()]
    assert rows and all(r["equipment"] == [] for r in rows)


def test_selecting_shows_detail_with_article_and_default_marks(main_window) -> None:  # type: ignore[no-untyped-def]
    """The detail pane shows instructions, prescription origin, cautions and the source title."""
    tab: LibraryTab = main_window.library_tab
    assert tab.select_slug("squat-jump")
    text = tab.detail.toPlainText()
    assert "Squat jump" in text
    assert "How to do it" in text
    assert "Cautions" in text
    assert "from the article" in text
    assert "our default" in text  # its rest is ours
    assert "How To Get Rid Of Back Leg Cellulite" in text


def test_variation_link_navigates(main_window) -> None:  # type: ignore[no-untyped-def]
    """Clicking a variation in the detail pane selects that entry, even if filters hid it."""
    tab: LibraryTab = main_window.library_tab
    tab.select_slug("glute-bridge")
    assert "single-leg-glute-bridge" in tab.detail.toHtml()
    tab.set_filter("mode", "duration")  # hides every strength move
    tab.detail.anchorClicked.emit(QUrl("exercise:single-leg-glute-bridge"))
    assert tab.current_slug() == "single-leg-glute-bridge"
    assert "Single-leg glute bridge" in tab.detail.toPlainText()


def test_arrow_keys_in_search_move_the_selection(main_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Type to search, then Down moves to the next row without leaving the search box."""
    tab: LibraryTab = main_window.library_tab
    qtbot.mouseClick(tab.search, Qt.MouseButton.LeftButton)  # into the search box
    first = tab.current_slug()
    qtbot.keyClick(tab.search, Qt.Key.Key_Down)
    second = tab.current_slug()
    assert second != first
    qtbot.keyClick(tab.search, Qt.Key.Key_Up)
    assert tab.current_slug() == first


def test_no_match_says_so(main_window) -> None:  # type: ignore[no-untyped-def]
    """A search nothing matches empties the list and says so in the detail pane."""
    tab: LibraryTab = main_window.library_tab
    tab.search.setText("zzzz-nothing")
    assert tab.proxy.rowCount() == 0
    assert "No exercise matches" in tab.detail.toPlainText()


def test_library_model_passes_qabstractitemmodeltester(qtmodeltester, seeded_db) -> None:  # type: ignore[no-untyped-def]
    """The table model and its filter proxy obey Qt's model contract, rows loaded."""
    model = LibraryTableModel()
    with seeded_db.read_scope() as session:
        model.set_rows([exercise_to_json(r) for r in list_exercises(session=session)])
    assert model.rowCount() > 20
    qtmodeltester.check(model)
    proxy = LibraryFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("glute")
    proxy.set_filter("mode", "reps")
    assert 0 < proxy.rowCount() < model.rowCount()
    qtmodeltester.check(proxy)


def test_every_tab_is_present_and_builds(main_window) -> None:  # type: ignore[no-untyped-def]
    """The window has all eight tabs, labelled as a person reads them, each building on demand."""
    labels = [main_window.tabs.tabText(i) for i in range(main_window.tabs.count())]
    assert labels == [
        "Today",
        "Library",
        "Routines",
        "Workout",
        "History",
        "Progress",
        "Body && plan",
        "Settings",
    ]
    for title in ("Today", "Routines", "History", "Body & plan", "Settings"):
        tab = main_window.show_tab(title)
        assert tab.title == title and tab.db is main_window.db
