"""The overview: what needs attention now, each line opening the item it is about."""

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ..models import attention
from ..models.entities import Programme
from .labels import domain_text

TARGET_ROLE = Qt.ItemDataRole.UserRole
DEFAULT_RETENTION_MONTHS = 12
KIND_COLOURS = {
    "overdue": "#b00020",
    "no_first_meeting": "#b00020",
    "action_overdue": "#8a5a00",
    "evaluation_due": "#1a4f8a",
    "ending": "#1a4f8a",
    "unpaired": "#555555",
    "erasure_due": "#6a1b9a",
}


class OverviewTab(QWidget):
    open_item = Signal(str, int)  # target kind, id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.programme: Programme | None = None
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.hint = QLabel(
            self.tr("Double-click a line (or press Enter) to open what it is about.")
        )
        self.list = QListWidget()
        self.list.setObjectName("attention_list")
        self.list.setAlternatingRowColors(True)
        # room above the letters: a row as tall as the font cut the dots off Ö and Ü
        self.list.setStyleSheet("QListWidget::item { padding: 4px 4px; }")
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)

    def set_read_only(self, read_only: bool) -> None:
        """The overview only reads."""

    def set_programme(self, programme: Programme | None) -> None:
        self.programme = programme
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        months = int(QSettings().value("privacy/retention_months", DEFAULT_RETENTION_MONTHS))
        items = (
            attention.attention_items(self.programme, retention_months=months)
            if self.programme
            else []
        )
        for item in items:
            entry = QListWidgetItem(domain_text(item.point))
            entry.setData(TARGET_ROLE, (item.target, item.target_id))
            entry.setForeground(QColor(KIND_COLOURS.get(item.kind, "#000000")))
            self.list.addItem(entry)
        self.heading.setText(
            self.tr("%n point(s) need attention", "", len(items))
            if items
            else self.tr("Nothing needs attention right now.")
        )

    def _activated(self, entry: QListWidgetItem) -> None:
        target, target_id = entry.data(TARGET_ROLE)
        self.open_item.emit(target, target_id)
