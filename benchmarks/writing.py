"""What the app writes for the coordinator, on the large file: e-mail drafts with their
forms, the meetings calendar, filled forms read back, and exports that grow no faster
than their rows."""

from pathlib import Path

from measure import median_time
from measure import record


def outreach_files(large: Path, tmp: Path, runs: int) -> None:
    """Drafts with their forms, the calendar and filled forms read back, on the large file."""
    from pypdf import PdfReader
    from pypdf import PdfWriter

    from rmentor.models.outreach import mails
    from rmentor.models.outreach import returned_forms
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.models.outreach.drafts import write_drafts
    from rmentor.models.outreach.mail_texts import MailSettings
    from rmentor.models.programme import programmes
    from rmentor.models.programme.entities import Evaluation
    from rmentor.models.programme.entities import Pairing
    from rmentor.models.programme.entities import SentMessage
    from rmentor.models.storage import datafile
    from rmentor.reports.evaluation_form import write_form
    from rmentor.reports.pair_files import PairFiles

    datafile.open_file(large, create=False)
    programme = programmes.all_programmes()[0]
    active = list(Pairing.select().where(Pairing.status == "active").limit(100))
    out = tmp / "outbox"
    seconds = median_time(
        lambda: write_drafts(
            programme, "evaluation", out, PairFiles(), pairings=active, language="nl"
        ),
        runs,
    )
    one_form = median_time(
        lambda: write_form(tmp / "one.pdf", active[0], "mentor", "midway", "nl", MailSettings()),
        runs,
    )
    record(
        f"evaluation requests to {len(active)} pairs (a draft and form per person)",
        seconds,
        10.0,
        one_form * 2 * len(active),
        target="< 10 s",
    )
    needs = mails.concerned(programme, "reminder")
    seconds = median_time(
        lambda: write_drafts(
            programme, "reminder", out, PairFiles(), needs=mails.concerned(programme, "reminder")
        ),
        runs,
        setup=lambda: SentMessage.delete().execute(),  # each run finds them all again
    )
    record(
        f"reminders to every pair that needs one ({len(needs)}), found and written",
        seconds,
        15.0,
        target="< 15 s",
    )
    seconds = median_time(
        lambda: write_calendar(programme, tmp / "all.ics", "nl", PairFiles()), runs
    )
    series = Pairing.select().where(Pairing.status == "active").count()
    record(f"meetings calendar, {series} active pairs", seconds, 2.0, target="< 2 s")
    answered = {
        (pid, side)
        for pid, side in Evaluation.select(Evaluation.pairing, Evaluation.side)
        .where(Evaluation.moment == "midway")
        .tuples()
    }
    filled = []
    for pairing in active:
        for side in ("mentor", "mentee"):
            if (pairing.id, side) in answered:
                continue
            form = write_form(
                tmp / f"f{len(filled)}.pdf", pairing, side, "midway", "nl", MailSettings()
            )
            writer = PdfWriter(clone_from=PdfReader(form))
            writer.update_page_form_field_values(
                writer.pages[0], {"useful": "/4", "learned": "/3", "recommend": "/5"}, False
            )
            writer.write(form)
            filled.append(form)
    seconds = median_time(lambda: returned_forms.check_forms(filled), runs)
    record(f"{len(filled)} filled forms read and checked", seconds, 5.0, target="< 5 s")
    datafile.close_file()


def export_growth(large: Path, tmp: Path) -> None:
    """The journal written to .xlsx at a quarter and at half of its rows: twice the rows
    may take at most 2.2 times as long (it once took four times: quadratic)."""
    from rmentor.models.programme import programmes
    from rmentor.models.sheets.exporting import export_table
    from rmentor.models.sheets.sheet_files import write_sheet
    from rmentor.models.storage import datafile
    from rmentor.translator import Translator

    datafile.open_file(large, create=False)
    headers, rows = export_table(programmes.all_programmes()[0], "journal", Translator("nl"))
    datafile.close_file()
    quarter = len(rows) // 4
    seconds = {}
    for n in (quarter, 2 * quarter):
        seconds[n] = median_time(lambda n=n: write_sheet(tmp / f"j{n}.xlsx", headers, rows[:n]), 3)
    ratio = seconds[2 * quarter] / seconds[quarter]
    record(
        f"journal to .xlsx, {2 * quarter:,} rows against {quarter:,} (time ratio)",
        ratio,
        2.2,
        unit="x",
        target="≤ 2.2",
    )
    record(f"journal to .xlsx, {2 * quarter:,} rows", seconds[2 * quarter], None)


def import_managers(large: Path, tmp: Path) -> None:
    """1,000 newcomers whose managers are only in the large file (half named by address,
    half by name), planned for import; the floor is the same rows naming no manager.
    The file was once read for each row naming one: 39 s."""
    from rmentor.models.programme.entities import Participant
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.sheet_files import read_sheet
    from rmentor.models.storage import datafile

    datafile.open_file(large, create=False)
    managers = list(
        Participant.select(Participant.email, Participant.first_name, Participant.last_name)
        .limit(50)
        .tuples()
    )

    def planned(named: bool) -> float:
        lines = ["Voornaam;Achternaam;E-mail;Rol;Leidinggevende"]
        for i in range(1000):
            email, first, last = managers[i % len(managers)]
            manager = (f"{first} {last}" if i % 2 else email) if named else ""
            lines.append(f"New{i};Person{i};new{i}@x.nl;junior;{manager}")
        path = tmp / "newcomers.csv"
        path.write_text("\n".join(lines), encoding="utf-8")
        sheet = read_sheet(path)
        return median_time(lambda: importing.plan_import(sheet), 3)

    floor = planned(named=False)
    seconds = planned(named=True)
    datafile.close_file()
    record(
        "import of 1,000 newcomers naming managers in the large file, planned",
        seconds,
        1.0,
        floor,
        target="< 1 s",
    )
