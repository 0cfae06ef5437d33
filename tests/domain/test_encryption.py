"""Encryption at rest: nothing readable in the file, its journal or its backups; a wrong
key, a damaged file and a changed byte refused; the passphrase and the recovery key
both open it, and keep doing so when the passphrase changes."""

import datetime as dt
import shutil

import pytest
from peewee import DateField

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import ALL_MODELS
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.privacy import erase
from rmentor.models.storage import backups
from rmentor.models.storage import datafile
from rmentor.models.storage import engine
from rmentor.models.storage import integrity
from rmentor.models.storage import keys
from rmentor.models.storage import protection
from rmentor.models.storage.database import db
from tests.conftest import copy_demo

PASSPHRASE = "paarse olifant op de fiets"


@pytest.fixture
def encrypted(tmp_path):
    """The small demo, encrypted, closed, with no key unlocked."""
    path = copy_demo(tmp_path / "programme.sqlite")
    key = protection.protect(path, PASSPHRASE)
    keys.forget_all()
    return path, key


def _text_columns():
    for model in ALL_MODELS:
        for field in model._meta.sorted_fields:
            if field.field_type in ("VARCHAR", "TEXT") and not isinstance(field, DateField):
                yield model._meta.table_name, field.column_name


def plant_canaries(con) -> list[bytes]:
    """A canary in every text column of every row; the words to look for."""
    planted = []
    for table, column in _text_columns():
        if con.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0] == 0:
            continue
        canary = f"CANARY{table}{column}".replace("_", "")
        con.execute(f'UPDATE "{table}" SET "{column}" = ? || COALESCE("{column}", \'\')', (canary,))
        planted.append(canary.encode())
    return planted


def readable(data: bytes, words: list[bytes]) -> list[bytes]:
    return [w for w in words if w in data or w.decode().encode("utf-16-le") in data]


def test_canaries_in_every_text_column_are_nowhere_in_the_file_its_journal_or_backups(
    encrypted,
):
    path, key = encrypted
    keys.remember(path, key)
    con = engine.connect(path, key, isolation_level=None)
    con.execute("BEGIN")
    words = plant_canaries(con)
    con.execute("COMMIT")
    assert len(words) >= 20  # names, e-mails, notes, insights, answers...
    names = [p.encode() for p in ("Sem de Graaf", "de Graaf")]  # long: random bytes hold "Sem"
    # a write in progress: the journal holds the pages as they were, with the canaries
    con.execute("BEGIN")
    con.execute("UPDATE participant SET notes = 'x' || notes")
    con.execute("UPDATE meeting SET confidential_note = 'x' || confidential_note")
    journal = path.with_name(path.name + "-journal").read_bytes()
    during = path.read_bytes()
    con.execute("ROLLBACK")
    con.close()
    copy = backups.make_backup(path, "test")
    assert len(journal) > 4096
    for data in (path.read_bytes(), during, journal, copy.path.read_bytes()):
        assert not data.startswith(b"SQLite format 3")
        assert readable(data, words + names) == []
    # and the check itself would see them, were they there: read back with the key
    con = engine.connect(copy.path, key, read_only=True)
    assert con.execute("SELECT notes FROM participant LIMIT 1").fetchone()[0].startswith("CANARY")
    con.close()
    # the plain file it was made from did hold them (the test can fail)
    plain = protection._converted(path, key, None)
    assert readable(plain.read_bytes(), words) != []


def test_the_passphrase_and_the_recovery_key_both_open_it(encrypted):
    path, key = encrypted
    assert keys.key_from_passphrase(path, PASSPHRASE) == key
    assert keys.key_from_secret(path, keys.recovery_text(key)) == key
    written = keys.recovery_text(key).replace("-", " ").lower()  # as one might type it
    assert keys.key_from_secret(path, written) == key
    datafile.open_file(path, key=keys.key_from_secret(path, written))
    assert Participant.select().count() == 24
    datafile.close_file()


def test_wrong_passphrase_wrong_key_and_typo_are_refused_and_change_nothing(encrypted, tmp_path):
    path, key = encrypted
    before = path.read_bytes()
    with pytest.raises(DomainError, match="passphrase does not open programme.sqlite"):
        keys.key_from_passphrase(path, "paarse olifant op de fiets!")
    with pytest.raises(DomainError, match="not the recovery key as printed"):
        text = keys.recovery_text(key)  # one letter mistyped (the last holds padding bits)
        keys.key_from_secret(path, text[:5] + ("B" if text[5] == "A" else "A") + text[6:])
    other = keys.recovery_text(keys.new_data_key())
    with pytest.raises(DomainError, match="does not open programme.sqlite"):
        datafile.open_file(path, key=keys.key_from_secret(path, other))
    with pytest.raises(datafile.KeyNeeded, match="encrypted"):
        datafile.open_file(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "programme.sqlite",
        "programme.sqlite.backups",
        "programme.sqlite.key",
    ]


def test_a_truncated_encrypted_file_is_refused_in_words_and_left_as_it_is(encrypted):
    path, key = encrypted
    data = path.read_bytes()
    for cut in (len(data) // 2 + 100, len(data) // 2 // 4096 * 4096):
        path.write_bytes(data[:cut])
        with pytest.raises(DomainError, match="cut short|damaged") as refused:
            datafile.open_file(path, key=key)
        assert path.read_bytes() == data[:cut]
        assert "programme.sqlite" in str(refused.value)


def test_a_flipped_byte_in_an_encrypted_page_is_found_by_the_check_and_refused(encrypted):
    path, key = encrypted
    data = bytearray(path.read_bytes())
    data[5 * 4096 + 700] ^= 0x01  # one bit, in the middle of a page of rows
    path.write_bytes(bytes(data))
    with pytest.raises(DomainError, match="damaged") as refused:
        datafile.open_file(path, key=key)
    assert "HMAC verification failed for page 6" in str(refused.value)
    assert path.read_bytes() == bytes(data)


def test_a_new_passphrase_opens_it_and_the_recovery_key_still_does(encrypted):
    path, key = encrypted
    before = path.read_bytes()
    protection.change_passphrase(path, key, "een heel nieuwe zin")
    assert path.read_bytes() == before  # only the key file was written
    with pytest.raises(DomainError, match="passphrase does not open"):
        keys.key_from_passphrase(path, PASSPHRASE)
    assert keys.key_from_passphrase(path, "een heel nieuwe zin") == key
    assert keys.key_from_secret(path, keys.recovery_text(key)) == key


def test_without_its_key_file_only_the_recovery_key_opens_it(encrypted, tmp_path):
    path, key = encrypted
    moved = tmp_path / "elsewhere"
    moved.mkdir()
    shutil.copy(path, moved / path.name)
    with pytest.raises(DomainError) as refused:
        keys.key_from_passphrase(moved / path.name, PASSPHRASE)
    assert refused.value.text() == (
        f"{path.name} opens with its passphrase only beside {path.name}.key, which holds "
        "the lock the passphrase opens (not the passphrase), and it is not in the same "
        f"folder (a copy made without it?). Copy {path.name}.key along, or open the file "
        "with its recovery key."
    )
    datafile.open_file(moved / path.name, key=keys.key_from_secret(path, keys.recovery_text(key)))
    assert Participant.select().count() == 24
    datafile.close_file()


def test_opened_encrypted_it_works_as_a_plain_file_does(encrypted):
    path, key = encrypted
    datafile.open_file(path, key=key)
    assert db.key == key and integrity.integrity_problems() == []
    erase(Participant.get(Participant.first_name == "Sem"))  # secure delete and VACUUM
    assert not Participant.select().where(Participant.first_name == "Sem").exists()
    assert integrity.integrity_problems() == []
    copy = backups.make_backup(path, "check")
    datafile.close_file()
    assert keys.looks_encrypted(copy.path)
    con = engine.connect(copy.path, key, read_only=True)
    assert con.execute("SELECT COUNT(*) FROM participant WHERE first_name = 'Sem'").fetchone() == (
        0,
    )
    con.close()
    backups.restore(path, backups.list_backups(path)[-1])  # the oldest: before the erasure
    datafile.open_file(path)
    assert Participant.select().count() == 24
    datafile.close_file()


def test_converting_back_to_plain_keeps_every_row(encrypted):
    path, key = encrypted
    keys.remember(path, key)
    protection.unprotect(path, key)
    assert path.read_bytes().startswith(b"SQLite format 3")
    datafile.open_file(path)
    assert Participant.select().count() == 24 and db.key is None
    datafile.close_file()
    assert protection.backups_of_other_kind(path)  # the copies made while encrypted
    protection.remove_backups(path, protection.backups_of_other_kind(path))
    assert not keys.key_file_of(path).exists()


def test_a_new_encrypted_file_and_the_plain_copies_before_encryption(tmp_path):
    path = tmp_path / "nieuw.sqlite"
    key = protection.create_protected(path, PASSPHRASE)
    assert keys.looks_encrypted(path) and keys.key_file_of(path).exists()
    keys.forget_all()
    datafile.open_file(path, key=keys.key_from_passphrase(path, PASSPHRASE))
    assert db.key == key
    datafile.close_file()
    plain = copy_demo(tmp_path / "oud.sqlite")
    backups.make_backup(plain, "opened")
    protection.protect(plain, PASSPHRASE)
    assert len(protection.backups_of_other_kind(plain)) == 1
    protection.remove_backups(plain, protection.backups_of_other_kind(plain))
    assert all(keys.looks_encrypted(b.path) for b in backups.list_backups(plain))


def test_other_files_are_told_apart_from_an_encrypted_one(tmp_path):
    zipped = tmp_path / "sheet.xlsx"
    zipped.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 40)
    text = tmp_path / "notes.txt"
    text.write_text("Voornaam;Achternaam\n" * 500)
    for path in (zipped, text):
        with pytest.raises(DomainError, match="not an rmentor data file"):
            datafile.open_file(path)
    assert dt.date.today()  # keeps the import used when the test grows


def test_undo_takes_a_deletion_back_in_an_encrypted_file(encrypted):
    from rmentor.models.storage import undo_log

    path, key = encrypted
    datafile.open_file(path, key=key)
    undo_log.start()
    since = undo_log.mark()
    with db.atomic():
        Participant.get(Participant.first_name == "Sem").delete_instance(recursive=True)
    step = undo_log.Step(undo_log.take(since))
    assert Participant.select().count() == 23
    step.undo_now()
    assert Participant.select().count() == 24 and integrity.integrity_problems() == []
    datafile.close_file()
    assert b"de Graaf" not in path.read_bytes()


def test_a_key_file_decides_over_a_salt_that_starts_like_a_zip(tmp_path):
    path = tmp_path / "p.sqlite"
    path.write_bytes(b"\x1f\x8b\x08" + bytes(range(256)) * 16)
    assert not keys.looks_encrypted(path)
    keys.write_key_file(path, keys.new_data_key(), PASSPHRASE)
    assert keys.looks_encrypted(path)


def test_files_in_a_folder_named_backups_have_key_files_of_their_own(tmp_path):
    folder = tmp_path / "archive.backups"
    folder.mkdir()
    first, second = copy_demo(folder / "a.sqlite"), copy_demo(folder / "b.sqlite")
    protection.protect(first, PASSPHRASE)
    protection.protect(second, "een andere lange zin")
    keys.forget_all()
    assert keys.key_file_of(first) != keys.key_file_of(second)
    datafile.open_file(first, key=keys.key_from_passphrase(first, PASSPHRASE))
    datafile.close_file()


def test_a_damaged_or_hostile_key_file_is_refused_in_words(encrypted):
    path, _key = encrypted
    key_file = keys.key_file_of(path)
    for content in ("[" * 200_000 + "]" * 200_000, '{"format": 1}', "x" * 100_000):
        key_file.write_text(content)
        with pytest.raises(DomainError, match="damaged|does not open"):
            keys.key_from_passphrase(path, PASSPHRASE)


def test_a_passphrase_cannot_look_like_a_recovery_key():
    text = keys.recovery_text(keys.new_data_key())
    with pytest.raises(DomainError, match="cannot look like a recovery key"):
        protection.check_passphrase(text, text)


def test_a_plain_copy_left_by_a_killed_conversion_goes_when_the_file_is_read(encrypted):
    path, key = encrypted
    leftover = path.with_name(path.name + ".converting")
    leftover.write_bytes(b"SQLite format 3\x00 the plain text of an encrypted file")
    datafile.open_file(path, key=key)  # a command that only reads
    datafile.close_file()
    assert not leftover.exists()


def test_a_copy_encrypted_with_an_older_key_is_put_back_with_that_key(encrypted):
    path, old_key = encrypted
    keys.remember(path, old_key)
    old_copy = backups.make_backup(path, "old")
    protection.unprotect(path, old_key)
    protection.protect(path, "een nieuwe lange zin")  # a new data key
    keys.forget_all()
    new_key = keys.key_from_passphrase(path, "een nieuwe lange zin")
    keys.remember(path, new_key)
    before = path.read_bytes()
    with pytest.raises(DomainError, match="does not open|not known"):
        backups.restore(path, old_copy)
    assert path.read_bytes() == before
    backups.restore(
        path, old_copy, source_key=keys.key_from_secret(path, keys.recovery_text(old_key))
    )
    datafile.open_file(path)
    assert db.key == new_key and Participant.select().count() == 24  # the file's own key
    datafile.close_file()


def test_the_keychain_keeps_forgets_and_copes_without_one(tmp_path, keychain):
    import keyring
    from keyring.backends import fail

    from rmentor.models.storage import keychain as system_keychain

    path = tmp_path / "p.sqlite"
    key = keys.new_data_key()
    assert system_keychain.available() and system_keychain.stored_key(path) is None
    assert system_keychain.store_key(path, key)
    assert system_keychain.stored_key(path) == key
    system_keychain.forget_key(path)
    assert system_keychain.stored_key(path) is None
    keyring.set_keyring(fail.Keyring())  # a computer without a keychain
    assert not system_keychain.available()
    assert not system_keychain.store_key(path, key)
    assert system_keychain.stored_key(path) is None
    system_keychain.forget_key(path)  # nothing to forget, and no error


def test_converting_refuses_a_read_only_file_and_an_encrypted_one(encrypted, tmp_path):
    path, key = encrypted
    keys.remember(path, key)
    with pytest.raises(DomainError, match="encrypted already"):
        protection.protect(path, PASSPHRASE)
    plain = copy_demo(tmp_path / "plain.sqlite")
    before = plain.read_bytes()
    plain.chmod(0o444)
    try:
        with pytest.raises(DomainError, match="read-only"):
            protection.protect(plain, PASSPHRASE)
        with pytest.raises(DomainError, match="read-only"):
            protection.refuse_converting(plain)
    finally:
        plain.chmod(0o644)
    assert plain.read_bytes() == before
    with pytest.raises(DomainError, match="does not open"):
        protection.key_of_open_file(path, "een heel andere zin")
    assert protection.key_of_open_file(path, PASSPHRASE) == key


def test_page_one_is_read_from_a_journal_as_sqlite_writes_it(tmp_path):
    from rmentor.models.storage.recovery import JOURNAL_MAGIC
    from rmentor.models.storage.recovery import journal_page_one

    journal = tmp_path / "x-journal"
    header = JOURNAL_MAGIC + (1).to_bytes(4, "big") + bytes(8) + (512).to_bytes(4, "big")
    header += (4096).to_bytes(4, "big")
    page = bytes(range(256)) * 16
    record = (1).to_bytes(4, "big") + page + bytes(4)
    journal.write_bytes(header.ljust(512, b"\0") + record)
    assert journal_page_one(journal, 4096) == page
    journal.write_bytes(b"not a journal" * 10)
    assert journal_page_one(journal, 4096) is None
    assert journal_page_one(tmp_path / "missing", 4096) is None


def test_a_passphrase_file_is_read_as_a_passphrase_or_a_recovery_key(tmp_path):
    import os

    secret = tmp_path / "secret.txt"
    secret.write_text("\n  een zin met spaties  \nen nog een regel\n", encoding="utf-8")
    assert keys.read_secret(secret) == "  een zin met spaties  "  # the first line, whole
    key = bytes(range(32))
    printed = keys.recovery_text(key).split("-")
    sheet = ["-".join(printed[i : i + 5]) for i in range(0, len(printed), 5)]
    secret.write_text("\n".join(sheet) + "\n", encoding="utf-8")  # the sheet's three lines
    assert keys.key_from_recovery(keys.read_secret(secret)) == key
    secret.write_bytes(b"\xef\xbb\xbf" + keys.recovery_text(key).encode())  # with a BOM
    assert keys.key_from_recovery(keys.read_secret(secret)) == key
    for content, words in ((b"\n \n", "is empty"), (b"\xff\xfe\x00", "cannot be read")):
        secret.write_bytes(content)
        with pytest.raises(DomainError, match=words):
            keys.read_secret(secret)
    with pytest.raises(DomainError, match="cannot be read"):
        keys.read_secret(tmp_path)  # a folder
    with pytest.raises(DomainError, match="cannot be read"):
        keys.read_secret(tmp_path / "nowhere.txt")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(DomainError, match="cannot be read"):
        keys.read_secret(pipe)  # refused at once: a pipe would never end
    with pytest.raises(OSError):
        keys.key_file_bytes(pipe)
