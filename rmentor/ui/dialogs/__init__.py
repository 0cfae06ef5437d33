"""The forms (edit_dialog is the base of those that save a record) and the import, report, settings and restore dialogs."""
