"""The window on a server a team shares: connecting (File > Connect to server), seeing
the others' changes within seconds (PostgreSQL's LISTEN/NOTIFY, which the change log's
trigger sends). File > Save a copy as… on a server: FileActions.save_copy."""

import contextlib
import threading

from PySide6.QtCore import QObject
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from rmentor.models.errors import DomainError
from rmentor.models.storage import keychain
from rmentor.models.storage import server
from rmentor.models.storage import server_undo
from rmentor.models.storage.database import db
from rmentor.ui.common import notices
from rmentor.ui.common.messages import show_problem

LISTEN_EVERY_MS = 1000
CHANNEL = "rmentor_changes"  # the change log's trigger notifies it (server step 1)


class ServerActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.listener = None  # a connection of its own, listening
        self.listening_to = None  # (location, password)
        self.reconnecting: threading.Thread | None = None
        self.lost = False
        self.session = ""
        self.timer = QTimer(self)
        self.timer.setInterval(LISTEN_EVERY_MS)
        self.timer.timeout.connect(self.look_for_changes)

    def last_location(self) -> server.ServerLocation | None:
        text = self.window.settings.value("last_server")
        try:
            return server.ServerLocation.parse(text) if text else None
        except DomainError:
            return None

    def connect_to_server(self, location: server.ServerLocation | None = None) -> bool:
        from rmentor.ui.dialogs.server_dialog import ServerDialog

        dialog = ServerDialog(self.window, location or self.last_location())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.open(dialog.location, dialog.database, dialog.password_used)

    def start_on(self, location: server.ServerLocation) -> bool:
        """Started with --db postgresql://...: connected at once when the server needs
        no password or the keychain keeps it; else the dialog asks for it."""
        password = keychain.stored_password(location)
        try:
            database = server.connect_server(location, password, create=True)
        except server.PasswordRefused:
            return self.connect_to_server(location)
        except DomainError as error:
            show_problem(self.window, self.tr("Cannot connect"), error)
            return False
        return self.open(location, database, password)

    def open(self, location, database, password: str | None) -> bool:
        """Work on the server from now on: the file open before is closed."""
        w = self.window
        self.stop_listening()
        w.session.close()
        w.session.read_only = False  # whatever the file before was
        db.initialize(database)
        w.path, w.server = None, location
        w.history.start()
        self.session = server_undo.session()
        w.settings.setValue("last_server", str(location))
        w.menus.file_open()
        w.set_read_only(False)
        w.reload_programmes(w.settings.value(f"programme/{location}"))
        self.listen(location, password)
        notices.tell(self.tr("Connected to %1 on %2.").replace("%1", location.name)
                     .replace("%2", location.host))  # fmt: skip
        return True

    def listen(self, location, password: str | None) -> None:
        self.listening_to = (location, password)
        self.lost = False
        self._connect_listener()
        self.timer.start()

    def _connect_listener(self) -> None:
        wanted = self.listening_to
        try:
            listener = server.listening(*wanted, CHANNEL)
        except DomainError:  # tried again on a later tick
            return
        if self.listening_to is not wanted:  # the window moved on meanwhile
            listener.close()
            return
        self.listener = listener

    def look_for_changes(self) -> None:
        """Someone else's change: every tab reads again (a form open keeps what was
        typed; saving it over their change is refused, as the stale check does). A lost
        connection is said, and made again on a thread of its own while the window is
        in use; the tabs then read again, for what changed meanwhile."""
        if self.listener is None:
            if self.reconnecting is None or not self.reconnecting.is_alive():
                self.reconnecting = threading.Thread(
                    target=self._connect_listener, name="listening again", daemon=True
                )
                self.reconnecting.start()
            return
        try:
            sessions = {n.payload for n in self.listener.notifies(timeout=0)}
        except Exception:  # noqa: BLE001 - the server is gone, or the network
            self.listener.close()
            self.listener = None
            self.lost = True
            with contextlib.suppress(Exception):  # the window's own connection went too,
                db.close()  # likely: its next step makes a new one
            notices.tell(
                self.tr(
                    "The connection to the server was lost; rmentor connects again when it can."
                )
            )
            return
        if self.lost:
            self.lost = False
            self.window.refresh()
            notices.tell(self.tr("Connected to the server again."))
        elif sessions - {self.session}:
            self.window.refresh()
            notices.tell(self.tr("Shown with the changes someone else just made."))

    def stop_listening(self) -> None:
        self.timer.stop()
        self.listening_to = None  # a connection being made is closed once made
        self.reconnecting = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
