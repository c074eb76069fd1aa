"""Two layout shapes every tab builds: a splitter of panes, and a column of widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QSplitter, QVBoxLayout, QWidget

Item = QWidget | QLayout | tuple[QWidget, int]  # a widget, a layout, or a widget and its stretch


def splitter(
    *panes: tuple[QWidget, int],
    orientation: Qt.Orientation = Qt.Orientation.Horizontal,
    sizes: list[int] | None = None,
) -> QSplitter:
    """A splitter of `panes`, each (widget, stretch factor), first shown at `sizes` if given."""
    split = QSplitter(orientation)
    for index, (widget, stretch) in enumerate(panes):
        split.addWidget(widget)
        split.setStretchFactor(index, stretch)
    if sizes is not None:
        split.setSizes(sizes)
    return split


def column(*items: Item, margins: tuple[int, int, int, int] = (0, 0, 0, 0)) -> QWidget:
    """A widget that stacks `items` top to bottom, with no margins unless given."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(*margins)
    for item in items:
        if isinstance(item, tuple):
            layout.addWidget(*item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return holder
