"""Marking strings for translation without importing Qt.

The domain layer may not import Qt, yet its messages reach the user. Strings are
marked with a function of the same name as Qt's no-op so that pyside6-lupdate
collects them; the UI translates them with ``QCoreApplication.translate``.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text
