"""The command line: the desktop app by default, and commands for automation."""

import argparse
import contextlib
import datetime as dt
import sys
from pathlib import Path

from rmentor import __version__
from rmentor.models.errors import DomainError
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS, MAIL_KINDS


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rmentor", description="Run a reverse mentoring programme."
    )
    parser.add_argument("--version", action="version", version=f"rmentor {__version__}")
    parser.add_argument("--db", type=Path, help="the data file (default: one in your data folder)")
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the app")
    parser.add_argument(
        "--start-and-quit",
        action="store_true",
        help="open the window on the file, then quit: checks an installation",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name, help_text, programme=False, messages_lang=True):
        sub = commands.add_parser(name, help=help_text, description=help_text)
        # SUPPRESS keeps a --db given before the command from being reset to None.
        sub.add_argument(
            "--db", type=Path, required=True, default=argparse.SUPPRESS, help="the data file"
        )
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
    importer.add_argument("sheet", type=Path, metavar="SHEET")
    exporter = command(
        "export", "export a list to a spreadsheet (.csv or .xlsx)", True, messages_lang=False
    )
    exporter.add_argument("--out", type=Path, required=True, metavar="SHEET")
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
    report.add_argument("--out", type=Path, required=True, metavar="REPORT.pdf")
    report.add_argument(
        "--lang",
        choices=["nl", "en"],
        default="en",
        dest="report_lang",
        help="language of the report",
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
    access.add_argument("--out", type=Path, required=True, metavar="FILE.json")
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
    drafts.add_argument("--kind", choices=list(MAIL_KINDS), required=True)
    drafts.add_argument("--out", type=Path, required=True, metavar="DIR")
    each_pairs_language(drafts, "draft")
    calendar = command(
        "calendar",
        "write the meetings of the active pairs as an iCalendar file",
        True,
        messages_lang=False,
    )
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
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
    forms.add_argument("--moment", choices=list(EVALUATION_MOMENTS), required=True)
    forms.add_argument("--out", type=Path, required=True, metavar="DIR")
    each_pairs_language(forms, "form")
    read = command("read-forms", "read filled evaluation forms and store their answers")
    read.add_argument("forms", type=Path, nargs="+", metavar="PDF")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command is None:
        from rmentor.ui.window.app import run

        return run(args)
    try:
        return COMMANDS[args.command](args)
    except DomainError as exc:
        text = exc.text(messages_translator(args))
        print(f"rmentor: {text}", file=sys.stderr)
        return 1
    except Exception as exc:  # an unexpected error still gets one plain sentence
        log_path = _log_exception()
        print(
            f"rmentor: an unexpected error stopped the command ({type(exc).__name__}). "
            f"Details are in {log_path}.",
            file=sys.stderr,
        )
        return 1


def messages_translator(args):
    """The coordinator's language for a command's messages: --lang, else the language
    chosen in the app, else the system's."""
    from PySide6.QtCore import QCoreApplication, QLocale, QSettings

    from rmentor.translator import Translator

    language = next(
        (
            getattr(args, name)
            for name in ("cli_lang", "report_lang", "sheet_lang", "mail_lang")
            if getattr(args, name, None)
        ),
        None,
    )
    if language is None:
        QCoreApplication.setOrganizationName("rmentor")
        QCoreApplication.setApplicationName("rmentor")
        language = QSettings().value("language")
    if language not in ("nl", "en"):
        # the default locale: the system's, or the one a window in this process set
        language = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"
    return Translator(language)


@contextlib.contextmanager
def writing(path: Path, create: bool = False):
    """The file open for a command that writes: refused while a window has it open
    (the window's lock file), since the window's undo history would replay over it."""
    from PySide6.QtCore import QLockFile

    from rmentor.models.storage import datafile
    from rmentor.models.storage.locations import lock_path

    lock = QLockFile(str(lock_path(datafile.real_path(path))))
    lock.setStaleLockTime(0)
    if not lock.tryLock(200):
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "{name} is open in an rmentor window. Close it there first: the window and "
                "this command would each change it without knowing of the other.",
            ),
            name=path.name,
        )
    try:
        with datafile.opened(path, create=create):
            yield
    finally:
        lock.unlock()


def _log_exception() -> Path:
    from rmentor.crash_log import write_traceback

    return write_traceback(*sys.exc_info())


def cmd_demo(args) -> int:
    from rmentor.models.programme import demo, programmes

    with writing(args.db, create=True):
        if args.size == "small":
            if programmes.by_name(demo.DEMO_NAME):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The file {name} already holds the demo programme."
                    ),
                    name=args.db.name,
                )
            programme = demo.write_small_demo()
        else:
            programme = demo.write_large_demo()
    print(Cli(messages_translator(args)).demo_written(programme.name, args.db))
    return 0


def cmd_check(args) -> int:
    from rmentor.models.programme.entities import Meeting, Pairing, Participant, Programme
    from rmentor.models.storage import datafile

    with datafile.opened(args.db, create=False):
        problems = datafile.integrity_problems()
        counts = (
            Programme.select().count(),
            Participant.select().count(),
            Pairing.select().count(),
            Meeting.select().count(),
        )
    say = Cli(messages_translator(args))
    if problems:
        print(say.check_problems(args.db, len(problems)), file=sys.stderr)
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(say.check_ok(args.db, datafile.SCHEMA_VERSION, counts))
    return 0


def pick_programme(name: str | None):
    """The programme named, or the file's only one; a plain error otherwise."""
    from rmentor.models.programme import programmes

    if name:
        programme = programmes.by_name(name)
        if programme is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", 'There is no programme called "{name}" in this file.'
                ),
                name=name,
            )
        return programme
    found = programmes.all_programmes()
    if not found:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "This file holds no programme yet: create one in the window, or import "
                "participants with --programme NAME, which creates it.",
            )
        )
    if len(found) != 1:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError", "This file holds {count} programmes; name one with --programme."
            ),
            count=len(found),
        )
    return found[0]


def cmd_suggest(args) -> int:
    import json

    from rmentor.models.programme import matching
    from rmentor.models.storage import datafile

    with datafile.opened(args.db, create=False):
        draft = matching.suggest(pick_programme(args.programme), args.mode)
        result = [
            {
                "mentor": s.mentor.email,
                "mentee": s.mentee.email,
                "score": s.score,
                "reasons": [r.text() for r in s.reasons],
                "concerns": [c.text() for c in s.concerns],
            }
            for s in draft.suggestions
        ]
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


class Cli:
    """The command line's messages in the coordinator's language. A class with tr(), as
    a window has, so that lupdate collects them (context Cli) with their plural forms."""

    def __init__(self, translator):
        self.translator = translator
        self.language = translator.language

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return self.translator.translate("Cli", text, n)

    def ignored(self, columns: list[str]) -> str:
        return self.tr("Ignored columns: %1").replace("%1", ", ".join(columns))

    def nothing_imported(self, sheet: str, problems: int) -> str:
        text = self.tr("rmentor: nothing was imported; %n problem(s) in %1:", "", problems)
        return text.replace("%1", sheet)

    def skip_hint(self) -> str:
        return self.tr("Add --skip-bad-rows to import the other rows and leave these out.")

    def left_out(self, rows: int) -> str:
        return self.tr("Left out on purpose: %n row(s) with problems:", "", rows)

    def note(self, text: str) -> str:
        return self.tr("Note: %1").replace("%1", text)

    def merged(self, spellings: list[str], kept: str) -> str:
        text = self.tr("Departments merged: %1 are one department, %2.")
        return text.replace("%1", ", ".join(spellings)).replace("%2", kept)

    def demo_written(self, programme: str, path) -> str:
        return (
            self.tr('Wrote the demo programme "%1" to %2.')
            .replace("%1", programme)
            .replace("%2", str(path))
        )

    def check_problems(self, path, problems: int) -> str:
        return self.tr("rmentor: %1 has %n problem(s):", "", problems).replace("%1", str(path))

    def check_ok(self, path, version: int, counts: tuple[int, int, int, int]) -> str:
        programmes, people, pairings, meetings = counts
        return " ".join(
            (
                self.tr("%1: OK (data version %2):")
                .replace("%1", str(path))
                .replace("%2", str(version)),
                self.tr("%n programme(s),", "", programmes),
                self.tr("%n participant(s),", "", people),
                self.tr("%n pairing(s),", "", pairings),
                self.tr("%n meeting(s).", "", meetings),
            )
        )

    def rows_written(self, rows: int, path) -> str:
        return self.tr("Wrote %n row(s) to %1.", "", rows).replace("%1", str(path))

    def report_written(self, programme: str, path) -> str:
        return (
            self.tr('Wrote the report on "%1" to %2.')
            .replace("%1", programme)
            .replace("%2", str(path))
        )

    def personal_data_written(self, email: str, path) -> str:
        return (
            self.tr(
                "Wrote what the file holds about %1 to %2 (confidential notes never leave the app)."
            )
            .replace("%1", email)
            .replace("%2", str(path))
        )

    def erase_needs_yes(self) -> str:
        return self.tr("rmentor: erasing cannot be undone; add --yes to confirm that you want it.")

    def erased(self, email: str, path) -> str:
        return self.tr("Erased %1 from %2.").replace("%1", email).replace("%2", str(path))

    def backups_deleted(self, copies: int) -> str:
        return self.tr("Deleted %n backup copy(s) that still held their data.", "", copies)

    def backups_kept(self, copies: int) -> str:
        return self.tr("%n backup copy(s) made before still hold their data:", "", copies)

    def delete_them(self) -> str:
        return self.tr("Delete them (or run again with --delete-backups) once you are sure.")

    def no_draft(self, error: str) -> str:
        return self.tr("rmentor: no draft: %1").replace("%1", error)

    def drafts_written(self, drafts: int, kind: str, path) -> str:
        return (
            self.tr("Wrote %n draft(s) (%1) to %2.", "", drafts)
            .replace("%1", kind)
            .replace("%2", str(path))
        )

    def no_pair_needs_one(self) -> str:
        return self.tr(
            "No pair needs one now, or it was written to them already (a reminder or "
            "evaluation request is written again after a week)."
        )

    def calendar_written(self, path) -> str:
        return self.tr("Wrote the meetings calendar to %1.").replace("%1", str(path))

    def forms_written(self, forms: int, path) -> str:
        return self.tr("Wrote %n evaluation form(s) to %1.", "", forms).replace("%1", str(path))

    def form_refused(self, error: str) -> str:
        return self.tr("rmentor: refused: %1").replace("%1", error)

    def forms_read(self, stored: int, refused: int) -> str:
        return " ".join(
            (
                self.tr("Stored %n evaluation(s);", "", stored),
                self.tr("refused %n form(s).", "", refused),
            )
        )

    def imported(self, programme: str, created: int, updated: int) -> str:
        new = self.tr("Imported %n new participant(s)", "", created)
        changed = self.tr('and updated %n into "%1".', "", updated)
        return f"{new} {changed.replace('%1', programme)}"


def cmd_import(args) -> int:
    from rmentor.models.programme import programmes
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.import_choices import BORN_FROM, EVERYONE, ImportChoices, RoleRule
    from rmentor.models.sheets.sheet_files import read_sheet
    from rmentor.models.storage.database import db
    from rmentor.translator import header_aliases, theme_aliases

    say = Cli(messages_translator(args))
    rule = (
        RoleRule(EVERYONE, args.role)
        if args.role
        else RoleRule(BORN_FROM, args.mentors_born_from)
        if args.mentors_born_from
        else RoleRule()
    )
    choices = ImportChoices(rule=rule, date_order=args.date_order, language=say.language)
    sheet = read_sheet(args.sheet)

    def plan():
        return importing.plan_import(
            sheet, theme_aliases=theme_aliases(), header_aliases=header_aliases(), choices=choices
        )

    with writing(args.db, create=args.create):
        planned = plan()
        left_out = []
        if args.skip_bad_rows and planned.problem_rows and not planned.sheet_problems:
            left_out = planned.problems
            choices.skip = frozenset(planned.problem_rows)
            planned = plan()
        if planned.ignored_columns:
            print(say.ignored(planned.ignored_columns))
        if not planned.ok:
            print(say.nothing_imported(args.sheet.name, len(planned.problems)), file=sys.stderr)
            for problem in planned.problems:
                print(f"  {problem.text(say.translator)}", file=sys.stderr)
            if planned.problem_rows and not planned.sheet_problems:
                print(say.skip_hint(), file=sys.stderr)
            return 1
        with db.atomic():
            if args.programme and programmes.by_name(args.programme) is None:
                programme = programmes.create_with_defaults(args.programme)
            else:
                programme = pick_programme(args.programme)
            result = importing.run_import(programme, planned)
    if left_out:
        print(say.left_out(len(planned.skipped)))
        for problem in left_out:
            print(f"  {problem.text(say.translator)}")
    for warning in planned.warnings:
        print(f"  {say.note(warning.text(say.translator))}")
    for kept, spellings in planned.merges.items():
        print(f"  {say.merged(spellings, kept)}")
    print(say.imported(programme.name, result.created, result.updated))
    return 0


def cmd_export(args) -> int:
    from rmentor.models.sheets.exporting import export_table
    from rmentor.models.sheets.sheet_files import write_sheet
    from rmentor.models.storage import datafile
    from rmentor.translator import Translator

    with datafile.opened(args.db, create=False):
        headers, rows = export_table(
            pick_programme(args.programme), args.what, Translator(args.sheet_lang or "nl")
        )
        write_sheet(args.out, headers, rows)
    print(Cli(messages_translator(args)).rows_written(len(rows), args.out))
    return 0


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


def cmd_report(args) -> int:
    from rmentor.models.figures import reporting
    from rmentor.models.storage import datafile
    from rmentor.reports.programme.report import drawing

    with datafile.opened(args.db, create=False):
        programme = pick_programme(args.programme)
        draw = drawing(programme, args.report_lang, args.anonymous, args.full)
        reporting.make_report(programme, args.out, draw, args.period_from, args.period_to)
    print(Cli(messages_translator(args)).report_written(programme.name, args.out))
    return 0


def cmd_personal_data(args) -> int:
    from rmentor.models.programme import privacy
    from rmentor.models.storage import datafile

    with datafile.opened(args.db, create=False):
        person = privacy.find_by_email(args.email)
        try:
            privacy.write_personal_data(person, args.out)
        except OSError as exc:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {reason}."),
                path=str(args.out),
                reason=exc.strerror or type(exc).__name__,
            ) from None
    print(Cli(messages_translator(args)).personal_data_written(args.email, args.out))
    return 0


def cmd_erase(args) -> int:
    from rmentor.models.programme import privacy

    say = Cli(messages_translator(args))
    if not args.yes:
        print(say.erase_needs_yes(), file=sys.stderr)
        return 2
    with writing(args.db):
        kept = privacy.erase(privacy.find_by_email(args.email))
    print(say.erased(args.email, args.db))
    if kept and args.delete_backups:
        for backup in kept:
            backup.path.unlink(missing_ok=True)
        print(say.backups_deleted(len(kept)))
    elif kept:
        print(say.backups_kept(len(kept)))
        for backup in kept:
            print(f"  {backup.path}")
        print(say.delete_them())
    return 0


def cmd_drafts(args) -> int:
    from rmentor.models.outreach.drafts import write_drafts
    from rmentor.reports.pair_files import PairFiles

    with writing(args.db):
        written = write_drafts(
            pick_programme(args.programme),
            args.kind,
            args.out,
            PairFiles(),
            language=args.mail_lang,
        )
    say = Cli(messages_translator(args))
    for error in written.refused:  # each sentence names whom it is about
        print(say.no_draft(error.text(say.translator)), file=sys.stderr)
    kind = say.translator.label(MAIL_KINDS, args.kind)
    print(say.drafts_written(len(written.paths), kind, args.out))
    if not written.paths and not written.refused:
        print(say.no_pair_needs_one())
    return 1 if written.refused else 0


def cmd_calendar(args) -> int:
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.models.programme.entities import Pairing
    from rmentor.models.storage import datafile
    from rmentor.reports.pair_files import PairFiles

    with datafile.opened(args.db, create=False):
        programme = pick_programme(args.programme)
        pairing = None
        if args.pairing is not None:
            pairing = (
                Pairing.get_or_none((Pairing.id == args.pairing) & (Pairing.programme == programme))
                if 0 < args.pairing < 2**63  # SQLite's integers; beyond, there is none
                else None
            )
            if pairing is None:
                raise DomainError(
                    QT_TRANSLATE_NOOP("DomainError", "There is no pairing {id} in this programme."),
                    id=str(args.pairing),
                )
        # each pair's series in its own language unless --lang says one for all
        write_calendar(
            programme,
            args.out,
            args.mail_lang,
            PairFiles(),
            pairing,
            fallback=messages_translator(args).language,
        )
    print(Cli(messages_translator(args)).calendar_written(args.out))
    return 0


def cmd_evaluation_forms(args) -> int:
    from rmentor.models.outreach.drafts import write_forms
    from rmentor.models.storage import datafile
    from rmentor.reports.pair_files import PairFiles

    with datafile.opened(args.db, create=False):
        paths = write_forms(
            pick_programme(args.programme),
            args.moment,
            args.out,
            PairFiles(),
            language=args.mail_lang,
        )
    print(Cli(messages_translator(args)).forms_written(len(paths), args.out))
    return 0


def cmd_read_forms(args) -> int:
    from rmentor.models.outreach import returned_forms

    with writing(args.db):
        good, refused = returned_forms.check_forms(args.forms)
        stored = returned_forms.store_forms(good)
    say = Cli(messages_translator(args))
    for _path, error in refused:  # the sentence names the file
        print(say.form_refused(error.text(say.translator)), file=sys.stderr)
    print(say.forms_read(stored, len(refused)))
    return 1 if refused else 0


COMMANDS = {
    "demo": cmd_demo,
    "check": cmd_check,
    "suggest": cmd_suggest,
    "import": cmd_import,
    "export": cmd_export,
    "report": cmd_report,
    "personal-data": cmd_personal_data,
    "erase": cmd_erase,
    "drafts": cmd_drafts,
    "calendar": cmd_calendar,
    "evaluation-forms": cmd_evaluation_forms,
    "read-forms": cmd_read_forms,
}
