"""Renew the README's report page images from the small demo: python tools/report_pages.py

Needs pdftoppm (Debian/Ubuntu: apt-get install poppler-utils). Writes docs/report/.
"""

import datetime as dt
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "report"


def main() -> None:
    from rmentor.models import demo
    from rmentor.models.storage import datafile
    from rmentor.reports.programme.report import ProgrammeReport

    tmp = Path(tempfile.mkdtemp())
    datafile.open_file(tmp / "demo.sqlite")
    programme = demo.write_small_demo()
    OUT.mkdir(parents=True, exist_ok=True)
    # a report four weeks ago, so page 1 shows what changed since
    earlier = dt.date.today() - dt.timedelta(weeks=4)
    ProgrammeReport(programme, "en", today=earlier).write(tmp / "earlier.pdf")
    for language in ("nl", "en"):
        pdf = ProgrammeReport(programme, language).write(tmp / f"report_{language}.pdf")
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "60",
                "-f",
                "1",
                "-l",
                "4",
                str(pdf),
                str(OUT / f"report_{language}"),
            ],
            check=True,
        )
        # pdftoppm pads the page number to the width of the page count: -01 in a long one
        for page in OUT.glob(f"report_{language}-0*.png"):
            page.replace(
                page.with_name(f"report_{language}-{int(page.stem.rsplit('-', 1)[1])}.png")
            )
    evaluation_form(tmp)
    datafile.close_file()
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


def evaluation_form(tmp: Path) -> None:
    """A Dutch evaluation form as a participant fills it in on screen, and the reminder
    draft a pair gets, as its text."""
    import email
    import email.policy

    from pypdf import PdfReader
    from pypdf import PdfWriter

    from rmentor.models.outreach import mail_texts
    from rmentor.models.outreach import mails
    from rmentor.models.outreach.drafts import write_drafts
    from rmentor.models.programme.entities import Pairing
    from rmentor.reports.evaluation_form import write_form
    from rmentor.reports.pair_files import PairFiles

    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")  # leave the user's settings alone
    settings = mail_texts.MailSettings(name="Ilse Jansen", email="i.jansen@voorbeeldbedrijf.nl")
    mail_texts.save_settings(settings)
    pairing = Pairing.get_by_id(mails.concerned(Pairing.get().programme, "reminder")[0].pairing_id)
    form = write_form(tmp / "form.pdf", pairing, "mentee", "midway", "nl", settings)
    writer = PdfWriter(clone_from=PdfReader(form))
    writer.update_page_form_field_values(
        writer.pages[0],
        {"useful": "/4", "learned": "/5", "comment": "Ik zie de webshop nu door andere ogen."},
        auto_regenerate=False,
    )
    writer.write(tmp / "filled.pdf")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-singlefile",
            str(tmp / "filled.pdf"),
            str(OUT / "evaluation_form_nl"),
        ],
        check=True,
    )
    (draft,) = write_drafts(
        pairing.programme, "reminder", tmp / "drafts", PairFiles(), [pairing]
    ).paths
    message = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    headers = "".join(f"{h}: {message[h]}\n" for h in ("To", "Subject", "X-Unsent"))
    (OUT / "reminder_nl.txt").write_text(
        headers + "\n" + message.get_body(("plain",)).get_content(), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
