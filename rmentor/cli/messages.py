"""What the commands say, in the coordinator's language."""


def messages_translator(args):
    """The coordinator's language for a command's messages: --lang, else the language
    chosen in the app, else the system's."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtCore import QLocale
    from PySide6.QtCore import QSettings

    from rmentor.translator import Translator

    language = next(
        (
            getattr(args, name)
            for name in ("cli_lang", "report_lang", "sheet_lang", "mail_lang", "lang")
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

    def above_headings(self, row: int, above: int) -> str:
        return self.tr(
            "The headings are on row %1; the %n row(s) above them were passed over.", "", above
        ).replace("%1", str(row))

    def no_heading(self, column: int) -> str:
        return self.tr("column %1 (no heading)").replace("%1", str(column))

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

    def copied(self, source, target, rows: dict[str, int]) -> str:
        return (
            self.tr(
                "Copied %1 to %2: %n rows, every one found there as it was.", "", sum(rows.values())
            )
            .replace("%1", str(source))
            .replace("%2", str(target))
        )

    def made_plain(self, path) -> str:
        return self.tr(
            "%1 is a new file, not encrypted: whoever can read it reads the names in it. "
            "Encrypt it with `rmentor protect --db %1 --passphrase-file FILE --recovery-sheet "
            "SHEET.pdf`, or in the window (File > Settings, Protection)."
        ).replace("%1", str(path))

    def copy_not_encrypted(self, source, target) -> str:
        return (
            self.tr(
                "%1 is encrypted; its copy %2 is not. A file is encrypted with `rmentor "
                "protect`; on a server, its administrator's protection is what there is."
            )
            .replace("%1", str(source))
            .replace("%2", str(target))
        )

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

    def upgraded(self, path, copy) -> str:
        return (
            self.tr("Brought %1 up to this version of rmentor; the file as it was: %2")
            .replace("%1", str(path))
            .replace("%2", str(copy))
        )

    def rows_written(self, rows: int, path) -> str:
        return self.tr("Wrote %n row(s) to %1.", "", rows).replace("%1", str(path))

    def report_written(self, programme: str, path) -> str:
        return (
            self.tr('Wrote the report on "%1" to %2.')
            .replace("%1", programme)
            .replace("%2", str(path))
        )

    def personal_data_written(self, email: str, path, on_server: bool = False) -> str:
        text = (
            self.tr(
                "Wrote what the database holds about %1 to %2 (confidential notes never "
                "leave the app)."
            )
            if on_server
            else self.tr(
                "Wrote what the file holds about %1 to %2 (confidential notes never leave the app)."
            )
        )
        return text.replace("%1", email).replace("%2", str(path))

    def erase_needs_yes(self) -> str:
        return self.tr("rmentor: erasing cannot be undone; add --yes to confirm that you want it.")

    def erased(self, email: str, path) -> str:
        return self.tr("Erased %1 from %2.").replace("%1", email).replace("%2", str(path))

    def server_keeps(self) -> str:
        return self.tr(
            "The server's tables hold nothing of them now. Its administrator's backups, "
            "and its write-ahead log until it is recycled, still may: the guide says what "
            "to ask them."
        )

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

    def stopped_after(self, written: str, reason: str) -> str:
        """What was written before the writing stopped, then why (on stderr: it failed)."""
        return (
            self.tr("rmentor: stopped: %1 The others were not written: %2")
            .replace("%1", written)
            .replace("%2", reason)
        )

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

    def passphrase_prompt(self, name: str) -> str:
        return self.tr("Passphrase of %1 (or its recovery key): ").replace("%1", name)

    def password_prompt(self, location) -> str:
        return self.tr("Password for %1: ").replace("%1", str(location))

    def new_passphrase_prompt(self) -> str:
        return self.tr("New passphrase (at least 8 characters): ")

    def repeat_prompt(self) -> str:
        return self.tr("The same passphrase again: ")

    def protected(self, path, sheet, plain_copies: int) -> str:
        text = (
            self.tr(
                "%1 is encrypted now. Print %2 and keep it in a safe: it opens the file "
                "if the passphrase is forgotten."
            )
            .replace("%1", str(path))
            .replace("%2", str(sheet))
        )
        if plain_copies:
            text += " " + self.tr(
                "%n older backup copy(ies) are still plain: anyone who copies them can read "
                "them. Remove them in the window (Settings > Protection), or give "
                "--remove-plain-backups when you encrypt a file.",
                "",
                plain_copies,
            )
        return text

    def unprotected(self, path) -> str:
        return self.tr(
            "%1 is a plain file again: anyone who can copy it can read it. Backup copies "
            "made while it was encrypted still open with its recovery key (and with its "
            "passphrase until the file is encrypted again)."
        ).replace("%1", str(path))
