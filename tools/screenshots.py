"""Renew the README's screenshots from the small demo: python tools/screenshots.py.

Runs offscreen; the pictures land in docs/screenshots/.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # leave the user's settings alone
    from rmentor.models import datafile, demo
    from rmentor.ui.app import create_application
    from rmentor.ui.main_window import MainWindow

    app = create_application(language)
    QSettings().clear()
    path = tmp / "demo.sqlite"
    datafile.open_file(path)
    demo.write_small_demo()
    datafile.close_file()
    window = MainWindow()
    window.show()
    window.open_path(path, create=False)
    OUT.mkdir(parents=True, exist_ok=True)
    shots = []
    for width, height in ((1366, 768), (1024, 640)):  # a laptop, and a small window
        window.resize(width, height)
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            QCoreApplication.processEvents()
            name = f"{window.tabs.widget(index).objectName() or index}_{language}_{width}.png"
            window.grab().save(str(OUT / name))
            shots.append(name)
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.suggest()
    dialog = window.pairings_tab.dialog
    dialog.set_accepted(0, True)
    dialog.set_accepted(2, True)
    QCoreApplication.processEvents()
    name = f"suggestions_{language}.png"
    dialog.grab().save(str(OUT / name))
    shots.append(name)
    dialog.reject()
    window.tabs.setCurrentWidget(window.journal_tab)
    journal = window.journal_tab
    journal.pairing_picker.setCurrentIndex(1)
    journal.view.selectRow(0)
    journal.edit_meeting()
    QCoreApplication.processEvents()
    name = f"meeting_{language}.png"
    journal.dialog.grab().save(str(OUT / name))
    shots.append(name)
    journal.dialog.done(0)
    from rmentor.ui.guide import show_guide

    guide = show_guide("cadence")
    QCoreApplication.processEvents()
    name = f"guide_{language}.png"
    guide.grab().save(str(OUT / name))
    shots.append(name)
    guide.close()
    from PySide6.QtWidgets import QTabWidget

    from rmentor.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(window)
    settings.show()
    settings.findChild(QTabWidget).setCurrentIndex(1)  # the e-mail texts
    settings.template_kind.setCurrentIndex(settings.template_kind.findData("reminder"))
    settings.sender_name.setText("Ilse Jansen")
    QCoreApplication.processEvents()
    name = f"settings_mail_{language}.png"
    settings.grab().save(str(OUT / name))
    shots.append(name)
    settings.reject()
    window.close()
    app.quit()
    print("\n".join(shots))


if __name__ == "__main__":
    main()
