"""One window per record: a second way to the same record raises the open window."""

from PySide6.QtWidgets import QDialog
from PySide6.QtWidgets import QWidget


def open_once(owner: QWidget, key: tuple, make) -> QDialog:
    """Show the dialog for `key`; if the owner's window has one open for it already,
    bring that to the front instead (a double-click, or a second way to the same record,
    must not give two forms whose saves undo each other)."""
    window = owner.window()
    registry: dict[tuple, QDialog] = window.__dict__.setdefault("_record_windows", {})
    existing = registry.get(key)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    dialog = make()
    registry[key] = dialog
    dialog.finished.connect(lambda _result, d=dialog: _forget(registry, key, d))
    dialog.open()
    return dialog


def _forget(registry: dict, key: tuple, dialog: QDialog) -> None:
    if registry.get(key) is dialog:
        del registry[key]
