"""The protect and unprotect commands: a plain data file encrypted, and back."""

import getpass
import os
import sys
from pathlib import Path

from rmentor.cli.messages import Cli
from rmentor.cli.messages import messages_translator
from rmentor.cli.opening import writing
from rmentor.models.errors import DomainError
from rmentor.models.storage.keys import read_secret
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP


def cmd_protect(args) -> int:
    from rmentor.models.storage import datafile
    from rmentor.models.storage import keys
    from rmentor.models.storage import protection
    from rmentor.models.storage.files import can_write
    from rmentor.reports.recovery_sheet import RecoverySheet

    say = Cli(messages_translator(args))
    if args.passphrase_file is not None:
        passphrase = repeated = read_secret(args.passphrase_file)
    elif sys.stdin.isatty():
        passphrase = getpass.getpass(say.new_passphrase_prompt())
        repeated = getpass.getpass(say.repeat_prompt())
    else:
        raise DomainError(
            QT_TRANSLATE_NOOP(
                "DomainError",
                "Give the new passphrase with --passphrase-file FILE, or run the command in "
                "a terminal, where it is asked.",
            )
        )
    protection.check_passphrase(passphrase, repeated)
    key = keys.new_data_key()
    with writing(args, create=False):
        path = datafile.current_path()
        if datafile.is_read_only() or datafile.is_encrypted(path):
            protection.refuse_converting(path)  # said before the sheet is written
        sheet = Path(os.path.abspath(args.recovery_sheet))
        if sheet.exists():  # the sheet of a key: never written over another file
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{name} exists already; a recovery sheet is never written over a file. "
                    "Choose another name. Nothing was changed.",
                ),
                name=sheet.name,
            )
        datafile.refuse_overwriting(sheet)
        can_write(sheet)
        RecoverySheet(path, key, say.language).write(sheet)
        try:
            protection.protect(path, passphrase, key)
        except DomainError:
            sheet.unlink(missing_ok=True)  # the sheet of a key that opens nothing
            raise
        plain = protection.backups_of_other_kind(path)
        if args.remove_plain_backups:
            protection.remove_backups(path, plain)
    print(say.protected(path, sheet, 0 if args.remove_plain_backups else len(plain)))
    return 0


def cmd_unprotect(args) -> int:
    from rmentor.models.storage import datafile
    from rmentor.models.storage import keychain
    from rmentor.models.storage import keys
    from rmentor.models.storage import protection

    with writing(args, create=False):
        path = datafile.current_path()
        key = keys.unlocked_key(path)
        if key is None:
            raise DomainError(
                QT_TRANSLATE_NOOP("DomainError", "The file {name} is not encrypted."),
                name=path.name,
            )
        protection.unprotect(path, key)
        keychain.forget_key(path)
    print(Cli(messages_translator(args)).unprotected(path))
    return 0
