"""Renew the README's report page images from the small demo: python tools/report_pages.py

Needs pdftoppm (Debian/Ubuntu: apt-get install poppler-utils). Writes docs/report/.
"""

import datetime as dt
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "report"


def main() -> None:
    from rmentor.models import datafile, demo
    from rmentor.reports.programme_report import ProgrammeReport

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
    datafile.close_file()
    print("\n".join(sorted(p.name for p in OUT.iterdir())))


if __name__ == "__main__":
    main()
