"""The recovery sheet: one page to print and keep in a safe, with the key that opens an
encrypted data file when its passphrase is forgotten."""

import datetime as dt
import os
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from rmentor.models.storage.keys import recovery_text
from rmentor.reports.document import Document


class RecoverySheet(Document):
    def __init__(self, data_file: Path, key: bytes, language: str = "en", today=None):
        super().__init__(language, today or dt.date.today())
        self.data_file = Path(os.path.abspath(data_file))
        self.key = key

    def title(self) -> str:
        return self.tr.translate("RecoverySheet", "Recovery key")

    def audience(self) -> str:
        return self.tr.translate("RecoverySheet", "Secret - keep in a safe")

    def story(self) -> list:
        groups = recovery_text(self.key).split("-")
        lines = ["-".join(groups[i : i + 5]) for i in range(0, len(groups), 5)]
        key_box = Table(
            [[Paragraph(line, self.styles["Key"])] for line in lines],
            colWidths=[self.frame_width],
        )
        key_box.setStyle(
            TableStyle(
                [
                    ("BOX", (0, 0), (-1, -1), 1.5, colors.black),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ]
            )
        )
        facts = self.table(
            [
                [self.tr.translate("RecoverySheet", "Data file"), escape(self.data_file.name)],
                [
                    self.tr.translate("RecoverySheet", "Folder when made"),
                    escape(str(self.data_file.parent)),
                ],
                [self.tr.translate("RecoverySheet", "Made on"), self.tr.date(self.today)],
            ],
            [0.3, 0.7],
            header=False,
        )
        steps = [
            self.tr.translate(
                "RecoverySheet",
                "Open the data file in rmentor. When it asks for the passphrase, choose "
                "<b>Use the recovery key</b> and type the key above (the dashes may be left "
                "out; capitals or not does not matter).",
            ),
            self.tr.translate(
                "RecoverySheet",
                "Then choose a new passphrase under File > Settings > Protection. This key "
                "keeps working: it stays the same when the passphrase changes.",
            ),
            self.tr.translate(
                "RecoverySheet",
                "Only for whoever runs rmentor's commands (IT, a script): put the key in a "
                "file only they can read and give it with --passphrase-file.",
            ),
        ]
        return [
            self.p(self.title(), "Title"),
            self.p(
                self.tr.translate(
                    "RecoverySheet",
                    "This key opens the rmentor data file named below, also when its "
                    "passphrase is forgotten. Anyone who has both this sheet and the file can "
                    "read every name and note in it.",
                )
            ),
            Spacer(1, 5 * mm),
            facts,
            Spacer(1, 8 * mm),
            key_box,
            Spacer(1, 8 * mm),
            self.p(self.tr.translate("RecoverySheet", "How to use it"), "Heading2"),
            *[
                Paragraph(text, self.styles["Bullet"], bulletText=f"{n}.")
                for n, text in enumerate(steps, 1)
            ],
            self.p(self.tr.translate("RecoverySheet", "Where to keep it"), "Heading2"),
            self.p(
                self.tr.translate(
                    "RecoverySheet",
                    "In a safe or a locked drawer, away from the laptop; not as a photo or a "
                    "file on the same computer. Whoever takes over the programme needs it too.",
                )
            ),
            self.p(self.tr.translate("RecoverySheet", "If both are lost"), "Heading2"),
            self.p(
                self.tr.translate(
                    "RecoverySheet",
                    "Without the passphrase and without this key nobody can open the file, "
                    "not rmentor's makers either: the data is lost. A backup copy does not "
                    "help, since it is encrypted with the same key.",
                )
            ),
        ]

    def write(self, path: Path) -> Path:
        """For its owner's eyes only, as the key file is: it holds the data key."""
        written = super().write(path)
        os.chmod(written, 0o600)
        return written

    def stylesheet(self):
        sheet = super().stylesheet()
        sheet.add(
            ParagraphStyle(
                # a typewriter face: I and l, O and 0 look nothing alike
                "Key",
                parent=sheet["Normal"],
                fontName="Courier-Bold",
                fontSize=16,
                leading=21,
            )
        )
        return sheet
