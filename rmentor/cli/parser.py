"""The command line's words: the commands, their options, and how a value is checked."""

import argparse
import datetime as dt
import sys
from pathlib import Path

from rmentor import __version__

# The vocabulary's keys (a test holds them to it), spelled here: the window starts without
# the domain's modules, which load once it is on screen.
MAIL_KINDS = ("invitation", "reminder", "evaluation", "thanks")
EVALUATION_MOMENTS = ("fit_check", "midway", "closing")

PASSPHRASE_HELP = (
    "an encrypted file's passphrase or recovery key, or a server's password, on the first "
    "line of FILE (else the keychain, else it is asked)"
)
DB_HELP = "the data file, or a server: postgresql://user@host:port/database"


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    """The arguments; a command needs the data file, named before it or after."""
    parser = build_parser()
    given = sys.argv[1:] if argv is None else argv
    if any(a == "--passphrase" or a.startswith("--passphrase=") for a in given):
        # said before argparse would repeat the arguments, the passphrase with them
        parser.error(
            "there is no --passphrase: put it on the first line of a file only you can "
            "read, and give that with --passphrase-file"
        )
    args = parser.parse_args(argv)
    if args.command is None:
        return args
    command = parser.command_parsers[args.command]
    before, after = args.db, args.command_db
    if before is not None and after is not None and before != after:
        command.error(f"two data files, {before} and {after}: name one, with --db")
    args.db = after if after is not None else before
    secrets = {args.passphrase_file, args.command_passphrase_file} - {None}
    if len(secrets) > 1:
        command.error("two passphrase files: name one, with --passphrase-file")
    args.passphrase_file = secrets.pop() if secrets else None
    if args.db is None:
        command.error("the following arguments are required: --db")
    if not args.db.name:
        command.error("--db needs the name of a data file")
    return args


def build_parser() -> argparse.ArgumentParser:
    # no abbreviated options: "--passphrase X" must not be read as --passphrase-file X
    parser = argparse.ArgumentParser(
        prog="rmentor", description="Run a reverse mentoring programme.", allow_abbrev=False
    )
    parser.add_argument("--version", action="version", version=f"rmentor {__version__}")
    parser.add_argument(
        "--db", type=location, help=f"{DB_HELP} (default: a file in your data folder)"
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the app")
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE", help=PASSPHRASE_HELP)
    parser.add_argument(
        "--start-and-quit",
        action="store_true",
        help="open the window on the file, then quit: checks an installation",
    )
    parser.add_argument(
        "--check-preview",
        type=Path,
        metavar="PNG",
        help="with --start-and-quit: draw page 1 of the report's preview to PNG as well",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.command_parsers = {}

    def command(name, help_text, programme=False, messages_lang=True):
        sub = commands.add_parser(name, help=help_text, description=help_text, allow_abbrev=False)
        # before or after the command: parse_arguments takes the one given, and asks for
        # it when it is given nowhere
        sub.add_argument(
            *(("--from", "--db") if name == "copy" else ("--db",)),
            type=location,
            dest="command_db",
            metavar="LOCATION",
            help=f"{DB_HELP} (needed; also before COMMAND)",
        )
        sub.add_argument(
            "--passphrase-file",
            type=Path,
            dest="command_passphrase_file",
            metavar="FILE",
            help=PASSPHRASE_HELP,
        )
        parser.command_parsers[name] = sub
        if programme:
            sub.add_argument(
                "--programme", metavar="NAME", help="the programme (default: the only one)"
            )
        if messages_lang:  # a command that writes a document: its --lang says this too
            sub.add_argument(
                "--lang",
                choices=["nl", "en"],
                dest="cli_lang",
                help="language of the messages (default: the app's, else the system's)",
            )
        return sub

    def each_pairs_language(sub, what):
        sub.add_argument(
            "--lang",
            choices=["nl", "en"],
            dest="mail_lang",
            help=f"language of every {what} (default: each pair's own, else English)",
        )

    copier = command(
        "copy",
        "copy all programme data from a file to a server, or back, and check that every "
        "row arrived",
    )
    copier.add_argument(
        "--to",
        type=location,
        required=True,
        metavar="LOCATION",
        help="a new file, or an empty database on a server (postgresql://...)",
    )
    demo = command("demo", "write a demo programme into the data file")
    demo.add_argument("--size", choices=["small", "large"], default="small")
    command("check", "check the data file's integrity and schema")
    suggest = command("suggest", "print suggested pairings as JSON; writes nothing", True)
    suggest.add_argument(
        "--mode",
        choices=["best", "most"],
        default="best",
        help="best total score, or as many pairs as possible",
    )
    suggest.add_argument(
        "--json",
        action="store_true",
        required=True,
        help="print JSON (the only output format for now)",
    )
    importer = command("import", "import participants from a spreadsheet (.csv or .xlsx)")
    importer.add_argument(
        "--programme",
        metavar="NAME",
        help="enrol them in this programme (created if it does not exist)",
    )
    importer.add_argument(
        "--create",
        action="store_true",
        help="make the data file if it is not there (without it, a mistyped --db is refused)",
    )
    roles = importer.add_mutually_exclusive_group()
    roles.add_argument(
        "--role",
        choices=["mentor", "mentee"],
        help="everyone in the sheet has this role (a row's own Role cell still counts)",
    )
    roles.add_argument(
        "--mentors-born-from",
        type=birth_year_from,
        metavar="YEAR",
        help="born in or after YEAR: mentor; the others: mentee (needs a Geboortejaar, "
        "Leeftijd or birth-date column)",
    )
    importer.add_argument(
        "--date-order",
        choices=["day-first", "month-first"],
        help="how to read dates such as 05/03/2026 (needed when the sheet's dates read both ways)",
    )
    importer.add_argument(
        "--skip-bad-rows",
        action="store_true",
        help="import the good rows and list the others with their reasons (without it, "
        "nothing is imported when a row is bad)",
    )
    importer.add_argument(
        "--sheet",
        dest="sheet_name",
        metavar="NAME",
        help="the workbook's sheet to import (needed where more than one has rows)",
    )
    importer.add_argument("sheet", type=Path, metavar="SHEET")
    exporter = command(
        "export", "export a list to a spreadsheet (.csv or .xlsx)", True, messages_lang=False
    )
    exporter.add_argument("--out", type=ending(".csv", ".xlsx"), required=True, metavar="SHEET")
    exporter.add_argument(
        "--what", choices=["participants", "pairings", "journal"], default="participants"
    )
    exporter.add_argument(
        "--lang",
        choices=["nl", "en"],
        dest="sheet_lang",
        help="language of the column headers and the messages (default: Dutch headers)",
    )
    report = command(
        "report", "write the programme report for management (PDF)", True, messages_lang=False
    )
    report.add_argument("--out", type=ending(".pdf"), required=True, metavar="REPORT.pdf")
    report.add_argument(
        "--lang",
        choices=["nl", "en"],
        dest="report_lang",
        help="language of the report and its messages (default: the app's, else the system's)",
    )
    report.add_argument(
        "--anonymous", action="store_true", help="name people by role and department only"
    )
    report.add_argument(
        "--full", action="store_true", help="add the list of every pairing as an appendix"
    )
    report.add_argument(
        "--from",
        dest="period_from",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="count only meetings, outcomes and evaluations from this day",
    )
    report.add_argument(
        "--to",
        dest="period_to",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="... up to this day (default: today)",
    )
    access = command("personal-data", "write what the file holds about one person (JSON)")
    access.add_argument("--email", required=True, metavar="ADDRESS", help="the person's e-mail")
    access.add_argument("--out", type=ending(".json"), required=True, metavar="FILE.json")
    erase = command("erase", "erase one person's data from the file (cannot be undone)")
    erase.add_argument("--email", required=True, metavar="ADDRESS", help="the person's e-mail")
    erase.add_argument("--yes", action="store_true", help="confirm: really erase them")
    erase.add_argument(
        "--delete-backups",
        action="store_true",
        help="also delete the backup copies, which still hold the person's data",
    )
    drafts = command(
        "drafts", "write e-mail drafts (.eml) to the pairs that need one", True, messages_lang=False
    )
    drafts.add_argument("--kind", choices=MAIL_KINDS, required=True)
    drafts.add_argument("--out", type=Path, required=True, metavar="DIR")
    each_pairs_language(drafts, "draft")
    calendar = command(
        "calendar",
        "write the meetings of the active pairs as an iCalendar file",
        True,
        messages_lang=False,
    )
    calendar.add_argument("--out", type=ending(".ics"), required=True, metavar="FILE.ics")
    calendar.add_argument("--pairing", type=int, metavar="ID", help="only this pairing's meetings")
    calendar.add_argument(
        "--lang",
        choices=["nl", "en"],
        dest="mail_lang",
        help="language of the texts (default: each pair's own, the programme's days in yours)",
    )
    forms = command(
        "evaluation-forms",
        "write fillable evaluation forms for those due",
        True,
        messages_lang=False,
    )
    forms.add_argument("--moment", choices=EVALUATION_MOMENTS, required=True)
    forms.add_argument("--out", type=Path, required=True, metavar="DIR")
    each_pairs_language(forms, "form")
    protect = command(
        "protect", "encrypt a plain data file with a passphrase (its backups from then on)"
    )
    protect.add_argument(
        "--remove-plain-backups",
        action="store_true",
        help="also remove the backup copies made before, which stay plain otherwise",
    )
    protect.add_argument(
        "--recovery-sheet",
        type=ending(".pdf"),
        required=True,
        metavar="OUT.pdf",
        help="where to write the one-page recovery key, to print and keep in a safe",
    )
    command("unprotect", "write an encrypted data file back as a plain file")
    read = command("read-forms", "read filled evaluation forms and store their answers")
    read.add_argument("forms", type=Path, nargs="+", metavar="PDF")
    return parser


def location(text: str):
    """A data file's path, or a server's address (postgresql://...)."""
    if "://" not in text:  # a file: the window starts before the server's modules load
        return Path(text)
    from rmentor.models.errors import DomainError
    from rmentor.models.storage import server

    if not server.is_server(text):
        return Path(text)
    try:
        return server.ServerLocation.parse(text)
    except DomainError as exc:
        raise argparse.ArgumentTypeError(exc.text()) from None


def ending(*suffixes: str):
    """A file to write, named with what it is (a sheet named without .csv or .xlsx, or a
    report without .pdf, would not open with a double-click)."""

    def named(text: str) -> Path:
        path = Path(text)
        if path.suffix.lower() not in suffixes:
            raise argparse.ArgumentTypeError(
                f"a file name ending in {' or '.join(suffixes)}, such as "
                f"{path.stem or 'out'}{suffixes[0]}: {text}"
            )
        return path

    return named


def birth_year_from(text: str) -> int:
    """A year someone working now could be born in: 1940 to this year."""
    if text.isdigit() and 1940 <= int(text) <= dt.date.today().year:
        return int(text)
    raise argparse.ArgumentTypeError(
        f"a year from 1940 to {dt.date.today().year}, such as 1995: {text}"
    )


def iso_day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date as YYYY-MM-DD: {text}") from None
