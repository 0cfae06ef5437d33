"""One function a command: each opens the file, calls the domain's use case, and says
what it did; the window calls the same use cases."""

import sys
from pathlib import Path

from rmentor.cli.messages import Cli
from rmentor.cli.messages import messages_translator
from rmentor.cli.opening import opened
from rmentor.cli.opening import writing
from rmentor.cli.protection import cmd_protect
from rmentor.cli.protection import cmd_unprotect
from rmentor.models.errors import DomainError
from rmentor.models.errors import system_reason
from rmentor.models.storage.database import on_server
from rmentor.models.storage.server import is_server
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import MAIL_KINDS


def log_exception() -> Path:
    from rmentor.crash_log import write_traceback

    return write_traceback(*sys.exc_info())


def cmd_demo(args) -> int:
    from rmentor.models import demo
    from rmentor.models.programme import programmes

    with writing(args, create=True):
        if args.size == "small":
            if programmes.by_name(demo.DEMO_NAME):
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError", "The database {name} already holds the demo programme."
                    )
                    if is_server(args.db)
                    else QT_TRANSLATE_NOOP(
                        "DomainError", "The file {name} already holds the demo programme."
                    ),
                    name=args.db.name,
                )
            programme = demo.write_small_demo()
        else:
            programme = demo.write_large_demo()
    print(Cli(messages_translator(args)).demo_written(programme.name, args.db))
    return 0


def cmd_copy(args) -> int:
    from rmentor.cli.opening import with_password
    from rmentor.models.programme import transfer
    from rmentor.models.storage.database import db

    if str(args.to) == str(args.db):
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "A copy goes elsewhere: name another --to.")
        )
    with opened(args):
        encrypted = db.key is not None if not is_server(args.db) else False
        if not is_server(args.to):
            rows = transfer.copy_to_new_file(db.obj, args.to)
        else:
            # --passphrase-file is the source's: never sent to another server
            target = with_password(args, args.to, create=True, given=False)
            try:
                rows = transfer.copy_all(db.obj, target)
            finally:
                target.close()
    say = Cli(messages_translator(args))
    print(say.copied(args.db, args.to, rows))
    if encrypted:
        print(say.copy_not_encrypted(args.db, args.to))
    return 0


def cmd_check(args) -> int:
    from rmentor.models.programme.entities import Meeting
    from rmentor.models.programme.entities import Pairing
    from rmentor.models.programme.entities import Participant
    from rmentor.models.programme.entities import Programme
    from rmentor.models.storage import integrity
    from rmentor.models.storage import schema

    with opened(args):
        problems = integrity.integrity_problems()
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
    print(say.check_ok(args.db, schema.SCHEMA_VERSION, counts))
    return 0


def pick_programme(name: str | None):
    """The programme named, or the file's only one; a plain error otherwise."""
    from rmentor.models.programme import programmes

    if name:
        programme = programmes.by_name(name)
        if programme is None:
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError", 'There is no programme called "{name}" in this database.'
                )
                if on_server()
                else QT_TRANSLATE_NOOP(
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
                "This database holds no programme yet: create one in the window, or import "
                "participants with --programme NAME, which creates it.",
            )
            if on_server()
            else QT_TRANSLATE_NOOP(
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

    with opened(args):
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


def cmd_import(args) -> int:
    """An import; a file it made (--create) is taken away again when nothing could be
    imported into it: the next try would find it there and refuse a mistyped --db no more."""
    made = args.create and not is_server(args.db) and not Path(args.db).exists()
    try:
        code = _import(args, backup=not made)  # a copy of a file just made holds nothing
    except BaseException:
        if made:
            _take_away(Path(args.db))
        raise
    if code and made:
        _take_away(Path(args.db))
    elif made:
        print(Cli(messages_translator(args)).made_plain(args.db))
    return code


def _take_away(path: Path) -> None:
    for made in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        made.unlink(missing_ok=True)


def _import(args, backup: bool = True) -> int:
    from rmentor.models.programme import programmes
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.import_choices import BORN_FROM
    from rmentor.models.sheets.import_choices import EVERYONE
    from rmentor.models.sheets.import_choices import ON_COMMAND_LINE
    from rmentor.models.sheets.import_choices import ImportChoices
    from rmentor.models.sheets.import_choices import RoleRule
    from rmentor.models.sheets.sheet_files import read_sheet
    from rmentor.models.storage.database import db
    from rmentor.translator import header_aliases
    from rmentor.translator import theme_aliases

    say = Cli(messages_translator(args))
    rule = (
        RoleRule(EVERYONE, args.role)
        if args.role
        else RoleRule(BORN_FROM, args.mentors_born_from)
        if args.mentors_born_from
        else RoleRule()
    )
    choices = ImportChoices(
        rule=rule, date_order=args.date_order, language=say.language, made_in=ON_COMMAND_LINE
    )
    sheet = read_sheet(args.sheet, args.sheet_name)

    def plan():
        return importing.plan_import(
            sheet, theme_aliases=theme_aliases(), header_aliases=header_aliases(), choices=choices
        )

    with writing(args, create=args.create):
        planned = plan()
        left_out = []
        if args.skip_bad_rows and planned.problem_rows and not planned.sheet_problems:
            left_out = planned.problems
            choices.skip = frozenset(planned.problem_rows)
            planned = plan()
        if sheet.above:  # HR's title and date lines
            print(say.above_headings(sheet.headings_row, sheet.headings_row - 1))
        # cells right of the headings are left out too, and said (the window shows them)
        unnamed = [
            say.no_heading(i + 1)
            for i, heading in enumerate(sheet.headers)
            if not heading and any(cells[i] for _n, cells in sheet.rows)
        ]
        if planned.ignored_columns or unnamed:
            print(say.ignored([*planned.ignored_columns, *unnamed]))
        if not planned.ok:
            print(say.nothing_imported(args.sheet.name, len(planned.problems)), file=sys.stderr)
            for problem in planned.problems:
                print(f"  {problem.text(say.translator)}", file=sys.stderr)
            if planned.problem_rows and not planned.sheet_problems:
                print(say.skip_hint(), file=sys.stderr)
            return 1
        if not planned.people:  # every row left out: nothing to import, and it says why
            print(say.nothing_imported(args.sheet.name, len(left_out)), file=sys.stderr)
            for problem in left_out:
                print(f"  {problem.text(say.translator)}", file=sys.stderr)
            return 1
        with db.atomic():
            if args.programme and programmes.by_name(args.programme) is None:
                programme = programmes.create_with_defaults(args.programme)
            else:
                programme = pick_programme(args.programme)
            result = importing.run_import(programme, planned, backup=backup)
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
    from rmentor.translator import Translator

    with opened(args):
        headers, rows = export_table(
            pick_programme(args.programme), args.what, Translator(args.sheet_lang or "nl")
        )
        write_sheet(args.out, headers, rows)
    print(Cli(messages_translator(args)).rows_written(len(rows), args.out))
    return 0


def cmd_report(args) -> int:
    from rmentor.models.figures import reporting
    from rmentor.reports.programme.report import drawing

    say = Cli(messages_translator(args))  # the report's language, as its messages'
    with opened(args):
        programme = pick_programme(args.programme)
        draw = drawing(programme, say.language, args.anonymous, args.full)
        reporting.make_report(programme, args.out, draw, args.period_from, args.period_to)
    print(say.report_written(programme.name, args.out))
    return 0


def cmd_personal_data(args) -> int:
    from rmentor.models.programme import privacy

    with opened(args):
        person = privacy.find_by_email(args.email)
        try:
            privacy.write_personal_data(person, args.out)
        except OSError as exc:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "{path} cannot be written: {reason}."),
                path=str(args.out),
                reason=system_reason(exc),
            ) from None
    say = Cli(messages_translator(args))
    print(say.personal_data_written(args.email, args.out, is_server(args.db)))
    return 0


def cmd_erase(args) -> int:
    from rmentor.models.programme import privacy

    say = Cli(messages_translator(args))
    if not args.yes:
        print(say.erase_needs_yes(), file=sys.stderr)
        return 2
    with writing(args):
        kept = privacy.erase(privacy.find_by_email(args.email))
    print(say.erased(args.email, args.db))
    if is_server(args.db):
        print(say.server_keeps())
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


def to_pairs(args, what: str) -> tuple:
    """What writing drafts or forms to the pairs is given: the programme, which e-mail or
    moment, the folder, and the documents."""
    from rmentor.reports.pair_files import PairFiles

    return pick_programme(args.programme), what, args.out, PairFiles()


def cmd_drafts(args) -> int:
    from rmentor.models.outreach.drafts import write_drafts

    with writing(args):
        written = write_drafts(*to_pairs(args, args.kind), language=args.mail_lang)
    say = Cli(messages_translator(args))
    for error in written.refused:  # each sentence names whom it is about
        print(say.no_draft(error.text(say.translator)), file=sys.stderr)
    kind = say.translator.label(MAIL_KINDS, args.kind)
    count = say.drafts_written(len(written.paths), kind, args.out)
    if written.failed is not None:  # the count of those written, then why the rest were not
        print(say.stopped_after(count, written.failed.text(say.translator)), file=sys.stderr)
        return 1
    print(count)
    if not written.paths and not written.refused:
        print(say.no_pair_needs_one())
    return 1 if written.refused or written.failed else 0


def cmd_calendar(args) -> int:
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.models.programme.entities import Pairing
    from rmentor.reports.pair_files import PairFiles

    with opened(args):
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

    with opened(args):
        written = write_forms(*to_pairs(args, args.moment), language=args.mail_lang)
    say = Cli(messages_translator(args))
    count = say.forms_written(len(written.paths), args.out)
    if written.failed is not None:  # the count of those written, then why the rest were not
        print(say.stopped_after(count, written.failed.text(say.translator)), file=sys.stderr)
        return 1
    print(count)
    return 0


def cmd_read_forms(args) -> int:
    from rmentor.models.outreach import returned_forms

    with writing(args):
        good, refused = returned_forms.check_forms(args.forms)
        stored = returned_forms.store_forms(good)
    say = Cli(messages_translator(args))
    for _path, error in refused:  # the sentence names the file
        print(say.form_refused(error.text(say.translator)), file=sys.stderr)
    print(say.forms_read(stored, len(refused)))
    return 1 if refused else 0


COMMANDS = {
    "protect": cmd_protect,
    "unprotect": cmd_unprotect,
    "demo": cmd_demo,
    "copy": cmd_copy,
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
