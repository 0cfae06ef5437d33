"""The import's own questions: which rule gives the roles, and how dates are read.

The rule chosen last is remembered for the next import (QSettings), so a coordinator
who imports the same HR export every quarter chooses it once.
"""

import datetime as dt
import json

from PySide6.QtCore import QSettings
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QStyledItemDelegate
from PySide6.QtWidgets import QWidget

from rmentor.models.sheets.import_choices import BORN_FROM
from rmentor.models.sheets.import_choices import DAY_FIRST
from rmentor.models.sheets.import_choices import DEPARTMENTS
from rmentor.models.sheets.import_choices import EVERYONE
from rmentor.models.sheets.import_choices import FROM_COLUMN
from rmentor.models.sheets.import_choices import LEVEL_UP_TO
from rmentor.models.sheets.import_choices import MONTH_FIRST
from rmentor.models.sheets.import_choices import YOUNGER_THAN
from rmentor.models.sheets.import_choices import RoleRule
from rmentor.models.sheets.import_choices import parse_date
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import ROLES
from rmentor.ui.common.labels import label

SETTING = "import/role_rule"


class RoleRuleBox(QWidget):
    """A rule for the roles: a choice, and the year, age, level or departments it needs."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setObjectName("role_rule")
        for text, data in (
            (self.tr("from the sheet's Role column"), (FROM_COLUMN, None)),
            (self.tr("mentor if born in or after the year"), (BORN_FROM, None)),
            (self.tr("mentor if younger than the age"), (YOUNGER_THAN, None)),
            (self.tr("mentor up to the job level"), (LEVEL_UP_TO, None)),
            (self.tr("mentor in the departments"), (DEPARTMENTS, None)),
            (self.tr("everyone a mentee; mark the mentors in the Role column"), (EVERYONE, MENTEE)),
            (self.tr("everyone a mentor; mark the mentees in the Role column"), (EVERYONE, MENTOR)),
        ):
            self.kind.addItem(text, data)
        this_year = dt.date.today().year
        self.number = QSpinBox()
        self.number.setObjectName("role_rule_number")
        self.departments = QLineEdit()
        self.departments.setObjectName("role_rule_departments")
        self.departments.setPlaceholderText(self.tr("for example: Marketing, IT"))
        self.defaults = {BORN_FROM: this_year - 30, YOUNGER_THAN: 30, LEVEL_UP_TO: 3}
        self.ranges = {BORN_FROM: (1940, this_year), YOUNGER_THAN: (16, 80), LEVEL_UP_TO: (1, 20)}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.kind, 2)
        row.addWidget(self.number)
        row.addWidget(self.departments, 1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.number.valueChanged.connect(self.changed)
        self.departments.editingFinished.connect(self.changed)
        self.set_rule(_remembered())

    def _kind_changed(self) -> None:
        kind, _role = self.kind.currentData()
        self._show(kind)
        if kind in self.defaults:
            low, high = self.ranges[kind]
            self.number.blockSignals(True)
            self.number.setRange(low, high)
            self.number.setValue(self.defaults[kind])
            self.number.blockSignals(False)
        self.changed.emit()

    def _show(self, kind: str) -> None:
        self.number.setVisible(kind in self.defaults)
        self.departments.setVisible(kind == DEPARTMENTS)

    def set_rule(self, rule: RoleRule) -> None:
        index = next(
            (
                i
                for i in range(self.kind.count())
                if self.kind.itemData(i)[0] == rule.kind
                and (rule.kind != EVERYONE or self.kind.itemData(i)[1] == rule.value)
            ),
            0,
        )
        self.kind.blockSignals(True)
        self.kind.setCurrentIndex(index)
        self.kind.blockSignals(False)
        if rule.kind in self.defaults:
            self.number.setRange(*self.ranges[rule.kind])
            self.number.setValue(int(rule.value))
        if rule.kind == DEPARTMENTS:
            self.departments.setText(", ".join(rule.value))
        self._show(rule.kind)

    def rule(self) -> RoleRule:
        kind, role = self.kind.currentData()
        if kind == EVERYONE:
            return RoleRule(EVERYONE, role)
        if kind in self.defaults:
            return RoleRule(kind, self.number.value())
        if kind == DEPARTMENTS:
            names = tuple(x.strip() for x in self.departments.text().split(",") if x.strip())
            return RoleRule(DEPARTMENTS, names)
        return RoleRule()

    def remember(self) -> None:
        QSettings().setValue(SETTING, json.dumps(self.rule().to_dict()))


def _remembered() -> RoleRule:
    try:
        return RoleRule.from_dict(json.loads(QSettings().value(SETTING) or "{}"))
    except (TypeError, ValueError):
        return RoleRule()


class DateOrderBox(QComboBox):
    """Day first or month first, each with what an example from the sheet would be."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("date_order")
        self.example = ""

    def show_example(self, example: str, format_date) -> None:
        """Offer both readings of `example` (with none, of a date of our own that
        shows the order); keep the choice made."""
        if example == self.example and self.count():
            return
        chosen = self.currentData()
        self.example = example
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("choose how to read the dates…"), None)
        for order, text, own in (
            (DAY_FIRST, self.tr("day first: %1 is %2"), "31-12-2026"),
            (MONTH_FIRST, self.tr("month first: %1 is %2"), "12-31-2026"),
        ):
            shown = example or own
            reading = format_date(parse_date(shown, order))
            self.addItem(text.replace("%1", shown).replace("%2", reading), order)
        self.setCurrentIndex(max(0, self.findData(chosen)))
        self.blockSignals(False)


class RoleDelegate(QStyledItemDelegate):
    """The Role column of the preview: as the rule says, mentor or mentee, per row."""

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt's name
        editor = QComboBox(parent)
        editor.addItem(self.tr("as the rule says"), None)
        for role in (MENTOR, MENTEE):
            editor.addItem(label(ROLES, role), role)
        return editor

    def setEditorData(self, editor, index):  # noqa: N802 - Qt's name
        editor.setCurrentIndex(max(0, editor.findData(index.data(ROLE_DATA))))

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt's name
        model.setData(index, editor.currentData(), ROLE_DATA)


ROLE_DATA = 0x0100 + 1  # Qt.UserRole + 1: the role set by hand, or None
