"""A combo box whose chosen text, too long for it, loses its middle, not its end."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QStyle
from PySide6.QtWidgets import QStyleOptionComboBox
from PySide6.QtWidgets import QStylePainter


class ElidingComboBox(QComboBox):
    """Two long names of a pairing: Qt cuts the text off mid-word at the box's edge, and
    the second name, the one that tells the pairing apart, is not seen. The middle goes
    instead ("Anne-Marie Jose…– Hanneke Brouwer"), and the whole text is its tooltip."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def shown(self) -> tuple[QStyleOptionComboBox, str]:
        """The box's style option, and its text as it fits."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        text = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideMiddle, field.width()
        )
        return option, text

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt's name
        painter = QStylePainter(self)
        option, option.currentText = self.shown()
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
