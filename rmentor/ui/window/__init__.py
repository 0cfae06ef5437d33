"""The main window and its helpers: menus, file, sheet and mail actions, the undo history, the file it has open."""
