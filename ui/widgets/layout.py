"""Two layout shapes every tab builds (a splitter of panes, a column of widgets), and the
label only a screen reader reads."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLayout, QSplitter, QVBoxLayout, QWidget

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


def unseen_label(field: QWidget, text: str) -> QLabel:
    """A label only a screen reader reads, for a field whose purpose the screen shows another
    way (a filter whose first choice reads "Muscle: any").

    Qt on Linux names a combo box by its current choice and says what it is for only through
    a buddy label beside it (``accessibleName`` is ignored there), so the label is a hidden
    sibling of ``field``: call this once ``field`` sits in its parent widget.
    """
    parent = field.parentWidget()
    if parent is None:
        raise ValueError("the field has no parent widget yet")
    label = QLabel(text, parent)
    label.setBuddy(field)
    label.hide()
    field.destroyed.connect(label.deleteLater)  # a table's cell widget goes with its row
    field.setAccessibleName(text)  # what Windows and macOS read
    return label
