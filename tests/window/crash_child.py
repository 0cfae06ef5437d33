"""Writes to a data file until it is killed: run by test_data_safety's crash test.

python tests/window/crash_child.py FILE import   # one import of 5,000 participants
python tests/window/crash_child.py FILE meetings # meetings with two outcome items, one by one
python tests/window/crash_child.py FILE meetings KEY  # the same in an encrypted file
"""

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rmentor.models.programme import journal
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Pairing  # noqa: E402
from rmentor.models.sheets import importing
from rmentor.models.sheets.sheet_files import Sheet  # noqa: E402
from rmentor.models.storage import datafile

HEADERS = ["Voornaam", "Achternaam", "E-mail", "Rol", "Afdeling", "Leidinggevende", "Talen"]


def import_5000() -> None:
    programme = programmes.all_programmes()[0]
    rows = [
        (
            i + 2,
            [
                f"Voor{i}",
                f"Achter{i}",
                f"p{i}@crash.nl",
                "junior" if i % 2 else "senior",
                "ICT",
                f"p{i // 10}@crash.nl" if i >= 10 else "",
                "Nederlands",
            ],
        )
        for i in range(5000)
    ]
    plan = importing.plan_import(Sheet(HEADERS, rows))
    importing.run_import(programme, plan)
    print("imported", flush=True)


def meetings_forever() -> None:
    pairing = Pairing.get()
    day = dt.date(2026, 1, 1)
    while True:
        journal.save_meeting(
            pairing,
            journal.MeetingInput(
                date=day,
                duration_minutes=60,
                themes=["consumer"],
                summary="x" * 200,
                outcomes=[
                    journal.OutcomeInput(kind="idea", text="a" * 100),
                    journal.OutcomeInput(kind="action", text="b" * 100),
                ],
            ),
            today=dt.date(2026, 12, 31),
        )


if __name__ == "__main__":
    if len(sys.argv) > 3:  # an encrypted file: its data key, in hex
        datafile.open_file(sys.argv[1], create=False, key=bytes.fromhex(sys.argv[3]))
    else:
        datafile.open_file(sys.argv[1], create=False)
    print("ready", flush=True)
    {"import": import_5000, "meetings": meetings_forever}[sys.argv[2]]()
