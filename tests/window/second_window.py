"""A second coordinator's window, in a process of its own, on the same server: run by
test_server_window's two-window tests. It opens the window on the server as a user
does (--db postgresql://...), edits one participant through their form, and quits.

python tests/window/second_window.py LOCATION FIRST_NAME FIELD VALUE
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rmentor.models.programme.entities import Participant  # noqa: E402
from rmentor.models.storage import server  # noqa: E402
from rmentor.ui.window.app import create_application  # noqa: E402


def main(location: str, first_name: str, field: str, value: str) -> int:
    from rmentor.ui.window.main_window import MainWindow

    app = create_application("en")
    window = MainWindow()
    window.show()
    if not window.servers.start_on(server.ServerLocation.parse(location)):
        return 1
    window.tabs.setCurrentWidget(window.participants_tab)
    person = Participant.get(Participant.first_name == first_name)
    window.participants_tab.select(person.id)
    window.participants_tab.edit_selected()
    form = window.participants_tab.dialog
    widget = getattr(form, field)
    (widget.setCurrentText if hasattr(widget, "setCurrentText") else widget.setText)(value)
    form.save()
    app.processEvents()
    saved = getattr(Participant.get_by_id(person.id), field) == value
    window.close()
    return 0 if saved else 2


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
