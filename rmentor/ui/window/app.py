"""Starting the desktop app: Qt, language, the data file, the main window."""

import gc
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtCore import QEvent
from PySide6.QtCore import QEventLoop
from PySide6.QtCore import QObject
from PySide6.QtCore import QSettings
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QMessageBox

from rmentor.crash_log import write_traceback
from rmentor.ui.common import messages
from rmentor.ui.window import translations

# The data file's modules (peewee, the domain) are imported once the window is on screen:
# a start shows its window in little more time than a bare one (benchmarks/run.py).


def create_application(language: str | None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("rmentor")
    QCoreApplication.setApplicationName("rmentor")
    settings = QSettings()
    language = language or settings.value("language") or translations.system_language()
    app._translators = translations.install(app, language)
    return app


def install_excepthook() -> None:
    """Unexpected errors: a dialog saying the file is safe, the traceback in the log."""

    def hook(kind, value, tb):
        path = write_traceback(kind, value, tb)
        if issubclass(kind, file_errors()):
            # The file itself failed: never say it is safe; opening it again checks it.
            text = QCoreApplication.translate(
                "app",
                "rmentor could not read or write the data file (%1). Close rmentor and "
                "open the file again: it is checked when it opens, and if it is damaged "
                "the newest good backup copy is offered. Details were written to %2.",
            )
        else:
            text = QCoreApplication.translate(
                "app",
                "rmentor ran into an unexpected problem (%1). Your data file is safe: "
                "every change is saved as a whole or not at all. Details were written to %2.",
            )
        text = text.replace("%1", kind.__name__).replace("%2", str(path))
        if messages.QUIET[0]:  # --start-and-quit: said on the terminal, nobody answers
            print(f"rmentor: {text}", file=sys.stderr)
            return
        QMessageBox.critical(None, QCoreApplication.translate("app", "Something went wrong"), text)

    sys.excepthook = hook


def file_errors() -> tuple:
    """The data file's own errors, of the modules loaded: an error raised before one is
    loaded is not of it (and a broken install may be missing it)."""
    names = (("sqlite3", "Error"), ("peewee", "DatabaseError"))
    loaded = [getattr(sys.modules[m], n) for m, n in names if sys.modules.get(m) is not None]
    engine = sys.modules.get("rmentor.models.storage.engine")
    return (*loaded, *((engine.Error,) if engine is not None else ()))


def unlock_with_file(path: Path, passphrase_file: Path) -> None:
    from rmentor.models.errors import DomainError
    from rmentor.models.storage import datafile
    from rmentor.models.storage import keys
    from rmentor.models.storage.keys import read_secret

    try:
        if path.exists() and datafile.is_encrypted(path):
            keys.remember(path, keys.key_from_secret(path, read_secret(passphrase_file)))
    except DomainError as error:  # the window asks, and says what is wrong; with
        if messages.QUIET[0]:  # --start-and-quit nobody is asked: said here
            messages.show_problem(None, "", error)


def check_preview(window, png: Path) -> bool:
    """An installation check: the report's preview opened and its first page saved as an
    image (PDFium and the print support are in the bundle)."""
    if window.programme is None:
        return False
    window.make_report()
    preview = window.dialog
    deadline = time.monotonic() + 120
    while preview.drawing and time.monotonic() < deadline:  # drawn on a thread of its own
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.01)
    if preview.pages is None:
        return False
    saved = preview.pages.image(0, 1.0).save(str(png))
    preview.close()
    return saved


def run(args) -> int:
    app = create_application(args.lang)
    install_excepthook()
    from rmentor.ui.window.main_window import MainWindow

    if args.start_and_quit:
        messages.QUIET[0] = True
    window = MainWindow(frame_only=True)
    window.show()
    after_first_paint(window, lambda: go_on(app, window, args))
    return until_closed(app, window)


def after_first_paint(window, then, at_most_ms: int = 500) -> None:
    """`then` once the window has painted itself: on screen first, then filled. Also
    when no paint comes (a window started minimized paints only when shown)."""

    class Painted(QObject):
        done = False

        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.go_on()
            return False

        def go_on(self):
            if not self.done:
                self.done = True
                window.removeEventFilter(self)
                QTimer.singleShot(0, then)

    painted = Painted(window)
    window.installEventFilter(painted)
    QTimer.singleShot(at_most_ms, painted.go_on)


def go_on(app: QApplication, window, args) -> None:
    """The window's parts and its file (or server), once the frame is on screen. What
    fails here is said (the excepthook) and ends the program, as it would before a
    window: an empty frame would be left with nothing to do."""
    if not window.isVisible():  # closed before it was filled: the program is ending
        return
    try:
        opened = fill(window, args)
    except Exception:
        sys.excepthook(*sys.exc_info())
        app.exit(1)
        return
    if args.start_and_quit:  # once the window has drawn itself
        QTimer.singleShot(0, lambda: app.exit(0 if opened else 1))


def fill(window, args) -> bool:
    from rmentor.models.storage import datafile
    from rmentor.models.storage import server

    window.build()
    if server.is_server(args.db):  # a team's server, not a file
        opened = window.servers.start_on(args.db)
    else:
        path = args.db or QSettings().value("last_file") or datafile.default_path()
        if args.passphrase_file is not None:  # the first file opened, without asking
            unlock_with_file(Path(path), args.passphrase_file)
        opened = window.open_path(Path(path), create=True)
    if opened and args.check_preview is not None:
        opened = check_preview(window, args.check_preview)
    return opened


def until_closed(app: QApplication, window) -> int:
    code = app.exec()
    # Ended without the window closing (--start-and-quit): its file, lock and backup are
    # let go of here, not left to Python's way out, which the freeze below cuts short.
    if window.built:  # not when it ended with its first paint
        window.servers.stop_listening()
        window.session.close()
    # The program ends: its objects go with it, without the last collections over every
    # one of them that Python makes on its way out (half of the time closing took).
    gc.freeze()
    return code
