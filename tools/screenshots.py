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

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> None:
    language = sys.argv[1] if len(sys.argv) > 1 else "en"
    tmp = Path(tempfile.mkdtemp())
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # leave the user's settings alone
    from rmentor.models import demo
    from rmentor.models.storage import datafile
    from rmentor.ui.window.app import create_application
    from rmentor.ui.window.main_window import MainWindow

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
    from rmentor.ui.window.guide import show_guide

    guide = show_guide("cadence")
    QCoreApplication.processEvents()
    name = f"guide_{language}.png"
    guide.grab().save(str(OUT / name))
    shots.append(name)
    guide.close()
    from PySide6.QtWidgets import QTabWidget

    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

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
    name = f"import_hr_{language}.png"
    import_preview(window, tmp).grab().save(str(OUT / name))
    shots.append(name)
    window.make_report()  # the report's preview, beside its options
    preview = window.dialog
    preview.resize(1350, 720)
    QCoreApplication.processEvents()
    name = f"report_preview_{language}.png"
    preview.grab().save(str(OUT / name))
    shots.append(name)
    preview.close()
    window.close()
    app.quit()
    print("\n".join(shots))


HR_EXPORT = """Voornaam;Tussenvoegsel;Achternaam;E-mail;Afdeling;Functie;Geboortejaar;Talen;Datum toestemming
Joost;van;Leeuwen;j.vanleeuwen@voorbeeld.nl;Logistiek;Hoofd logistiek;1969;NL, EN;05/03/2026
Priya;;Raghunathan;p.raghunathan@voorbeeld.nl;marketing;Marketingmanager;1978;EN;04/02/2026
Thijs;de;Wit;t.dewit@voorbeeld.nl;Logistiek;Planner;1999;nl-NL;02/03/2026
Yasmina;;Bouzid;y.bouzid@voorbeeld.nl;Marketing ;Contentmaker;2000;Nederlands, Arabisch;03/03/2026
Lieke;;Mulder;l.mulder@voorbeeld;Logistiek;Planner;2001;NL;03/03/2026
"""


def import_preview(window, folder: Path):
    """The import of an HR export: no role column, so a rule gives the roles; the dates
    asked; a bad row left out on purpose."""
    from rmentor.models.sheets.import_choices import BORN_FROM
    from rmentor.models.sheets.sheet_files import read_sheet
    from rmentor.ui.dialogs.import_dialog import ImportDialog

    path = folder / "personeel.csv"
    path.write_bytes(HR_EXPORT.replace("\n", "\r\n").encode("cp1252"))
    dialog = ImportDialog(window.programme, path, read_sheet(path), window)
    rule = dialog.rule.kind
    rule.setCurrentIndex(next(i for i in range(rule.count()) if rule.itemData(i)[0] == BORN_FROM))
    dialog.rule.number.setValue(1995)
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("day-first"))
    dialog.skip.setChecked(True)
    dialog.resize(1200, 620)
    dialog.show()
    QCoreApplication.processEvents()
    return dialog


if __name__ == "__main__":
    main()
