"""A combo box that shows labels and speaks ids: each item is a human label ("Video script") with its id
("video-script") as item data. ``currentText``, ``setCurrentText`` and ``findText`` take and give the id, so
code that picks a kind or a target by id keeps working while the user reads the label."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget


class IdCombo(QComboBox):
    def __init__(self, label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        # sized to its longest label, not to the first item it was shown with ("video-scrip")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        # and never squeezed below it by a full toolbar row ("Livestream l", "Own webs" at 1366 px)
        self.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)

    def add_ids(self, ids: Iterable[str]) -> None:
        for i in ids:
            self.addItem(self._label(i), i)

    def current_id(self) -> str:
        data = self.currentData()
        return "" if data is None else str(data)

    def currentText(self) -> str:  # noqa: N802 - Qt name: the id, not the label
        return self.current_id()

    def findText(self, text: str, *args) -> int:  # noqa: N802 - Qt name: finds an id
        return self.findData(text)

    def setCurrentText(self, text: str) -> None:  # noqa: N802 - Qt name: selects an id
        i = self.findData(text)
        if i >= 0:
            self.setCurrentIndex(i)
