"""PySide6 6.12.0 on Python 3.11 drops a reference to None on each void Qt call."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp):
    label = QLabel()
    before = sys.getrefcount(None)
    for i in range(20_000):
        label.setText(str(i))
        label.setObjectName("x")
    assert sys.getrefcount(None) >= before
