"""rmentor started as a user starts it (python main.py --db FILE), quitting as soon as the
main window has been shown and has drawn its first tab."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rmentor.cli import main  # noqa: E402, I001 (first, as main.py imports it)

from PySide6.QtCore import QTimer  # noqa: E402

from rmentor.ui.window import app as ui_app  # noqa: E402


def quit_when_shown(application):
    """Quit as the main loop starts: a quit asked before would be lost inside a step's
    progress loop (a changed file is checked on a thread of its own)."""
    run = application.exec

    def exec_then_quit():
        QTimer.singleShot(0, application.quit)
        return run()

    application.exec = exec_then_quit
    return application


original = ui_app.create_application
ui_app.create_application = lambda language: quit_when_shown(original(language))
sys.argv = [sys.argv[0], "--db", *sys.argv[1:]]

sys.exit(main())
