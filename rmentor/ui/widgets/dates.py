"""Converting between Python dates and Qt's date widgets, and a date field one can type in."""

import datetime as dt
import re

from PySide6.QtCore import QDate
from PySide6.QtCore import QDateTime
from PySide6.QtCore import QEvent
from PySide6.QtCore import QLocale
from PySide6.QtCore import QPoint
from PySide6.QtCore import Qt
from PySide6.QtCore import QTime
from PySide6.QtCore import QTimer
from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox
from PySide6.QtWidgets import QDateEdit
from PySide6.QtWidgets import QToolTip

SEPARATORS = "-/. "
NO_DATE = QDate(2000, 1, 1)  # a due date not set: shown as "none"
TYPED = re.compile(rf"[0-9{re.escape(SEPARATORS)}]{{0,12}}")  # ASCII digits only: ² is a digit too


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def locale_format() -> str:
    """The locale's short date order with two-digit days and months and four-digit years
    (dd-MM-yyyy in Dutch, dd/MM/yyyy in British English): every date the same width."""
    short = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    fields = re.findall(r"d+|M+|y+", short)
    separator = next((c for c in short if c in SEPARATORS), "-")
    order = [f[0] for f in fields if f[0] in "dMy"] or ["d", "M", "y"]
    return separator.join({"d": "dd", "M": "MM", "y": "yyyy"}[f] for f in order)


def parse_typed(text: str, order: str, today: dt.date | None = None) -> dt.date | None:
    """A date typed in the locale's order ("dMy" or "Mdy"...): 15-3-2027, 15/03/27,
    15.3.2027, 15032027 or 150327. Two-digit years are this century's."""
    text = text.strip()
    parts = [p for p in re.split(rf"[{re.escape(SEPARATORS)}]+", text) if p]
    if len(parts) == 1 and len(text) in (6, 8) and text.isdigit():
        widths = {"d": 2, "M": 2, "y": len(text) - 4}
        parts, start = [], 0
        for field in order:
            parts.append(text[start : start + widths[field]])
            start += widths[field]
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() and len(p) <= 4 for p in parts):
        return None
    values = dict(zip(order, (int(p) for p in parts), strict=True))
    year = values["y"]
    if len(parts[order.index("y")]) <= 2:
        year += 2000
    elif year < 1000:
        return None
    try:
        return dt.date(year, values["M"], values["d"])
    except ValueError:
        return None


class DateField(QDateEdit):
    """A date field in the locale's order that takes a whole date typed in one go.

    Qt's own field edits a date section by section: typing over it, or after a click,
    garbles it ("15032027" left 05-01-2026 in place). Here a field that gets the focus
    selects all of it, what is typed replaces it (any digits and separators pass while
    typing), and the date is read when the focus leaves or date() is asked, so Alt+S or
    Escape right after typing sees it; half a date or one that does not exist leaves
    the date as it was, and says so beside the field (a form will not save it: see
    unread). Arrow keys, the mouse wheel and the calendar work as before."""

    def __init__(self, parent=None):
        super().__init__(parent)
        display = locale_format()
        self.order = "".join(dict.fromkeys(c for c in display if c in "dMy"))
        self.setDisplayFormat(display)
        # while typing, the text is left alone: read at each step it would turn "1/3/2"
        # into 01/03/2002 and garble the rest; date() reads what was typed
        self.setKeyboardTracking(False)

    def focusInEvent(self, event):  # noqa: N802 - Qt's name
        super().focusInEvent(event)
        self.refused = ""  # seen again: what it holds now is what is meant
        self.lineEdit().selectAll()
        QTimer.singleShot(0, self, self.lineEdit().selectAll)  # after a click placed the cursor

    def date(self) -> QDate:
        self.interpretText()  # a date typed and not yet taken in (the focus is still here)
        return super().date()

    said = Signal(str)  # what the field says of a date it put back; "" once one reads

    def focusOutEvent(self, event):  # noqa: N802 - Qt's name
        typed = self.unread()
        super().focusOutEvent(event)  # Qt puts the date back
        # a click on Save takes the focus first: the form asks about it then
        self.refused = typed
        self.said.emit(self.unread_text(typed) if typed else "")
        if typed:  # once the next field has the focus: that would hide it at once
            QTimer.singleShot(0, self, lambda: self.tell_unread(typed))

    refused = ""  # typed and put back as the focus left, not yet seen again

    def unread(self) -> str:
        """What was typed and cannot be read as a date, or was put back as the focus
        left; "" when it reads, or is the date (or the "none" of a due date) shown."""
        text = self.lineEdit().text()
        shown = self.textFromDateTime(self.dateTime())
        if text in (shown, self.specialValueText()) or self._read(text) is not None:
            return self.refused
        return text

    def unread_text(self, typed: str, saving: bool = False) -> str:
        example = self.textFromDateTime(QDateTime(QDate(2027, 3, 15), QTime(0, 0)))
        text = (
            self.tr(
                "“%1” is not a date: the date stays %2. Type a date as %3, or save again "
                "to keep %2."
            )
            if saving  # a Save refused for it: what a second one does
            else self.tr("“%1” is not a date: the date stays %2. Type a date as %3.")
        )
        return text.replace("%1", typed).replace("%2", self.kept_text()).replace("%3", example)

    def tell_unread(self, typed: str, saving: bool = False) -> None:
        """Beside the field: what was typed is no date, and how to type one."""
        if self.isVisible():
            point = self.mapToGlobal(QPoint(0, self.height()))
            QToolTip.showText(point, self.unread_text(typed, saving), self, self.rect(), 8000)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        # a due date not set opens its calendar at this month, not at "none"'s January 2000
        calendar = self.calendarWidget()
        none = self.specialValueText() and self.dateTime().date() == self.minimumDate()
        if watched is calendar and event.type() == QEvent.Type.Show and none:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def kept_text(self) -> str:
        """The date the field holds, as it shows it ("none" for a due date not set)."""
        none = self.specialValueText()
        if none and self.dateTime().date() == self.minimumDate():
            return none
        return self.textFromDateTime(self.dateTime())

    def keyPressEvent(self, event):  # noqa: N802 - Qt's name
        if event.matches(QKeySequence.StandardKey.SelectAll):
            # Qt's field selects one section, and what is typed then garbles the rest
            self.lineEdit().selectAll()
            return
        # QDateTimeEdit takes a separator as "next section" and drops it, which loses
        # "1/3/27" typed over "none" in a due date: here it is just typed
        if event.text() and event.text() in SEPARATORS:
            QAbstractSpinBox.keyPressEvent(self, event)
            return
        super().keyPressEvent(event)

    def validate(self, text, pos):
        if self._read(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if TYPED.fullmatch(text):
            return QValidator.State.Intermediate, text, pos
        return super().validate(text, pos)

    def fixup(self, text):
        return self.textFromDateTime(self.dateTime())  # half a date typed: keep the old one

    def dateTimeFromText(self, text):  # noqa: N802
        value = self._read(text)
        if value is None:
            return super().dateTimeFromText(text)
        return QDateTime(to_qdate(value), QTime(0, 0))

    def _read(self, text: str) -> dt.date | None:
        value = parse_typed(text, self.order)
        if value is None:
            return None
        qdate = to_qdate(value)
        if not self.minimumDate() <= qdate <= self.maximumDate():
            return None
        return value


def date_edit(value: dt.date | None = None) -> DateField:
    """A date field with a calendar popup; weeks start on Monday in both languages."""
    edit = DateField()
    edit.setCalendarPopup(True)
    edit.calendarWidget().setFirstDayOfWeek(Qt.DayOfWeek.Monday)
    edit.setDate(to_qdate(value or dt.date.today()))
    return edit


def due_date_edit(value: dt.date | None, none_text: str) -> DateField:
    """A date that may be left empty: its lowest value reads `none_text`."""
    edit = date_edit()
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(none_text)
    edit.setDate(to_qdate(value) if value else NO_DATE)
    edit.calendarWidget().installEventFilter(edit)
    return edit


def due_date_of(edit: QDateEdit) -> dt.date | None:
    return None if edit.date() == NO_DATE else to_date(edit.date())
