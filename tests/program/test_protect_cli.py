"""The command line on an encrypted file: protect, every command with
--passphrase-file (the passphrase or the recovery key), a wrong one refused, no
passphrase taken from the environment, and unprotect."""

import re
import subprocess

from tests.program.test_cli import run

PASSPHRASE = "koffie met de directeur"


def _secret(folder, name, text):
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def _protected(tmp_path):
    path = tmp_path / "p.sqlite"
    assert run("demo", "--db", path).returncode == 0
    secret = _secret(tmp_path, "pass.txt", PASSPHRASE)
    sheet = tmp_path / "herstel.pdf"
    done = run("protect", "--db", path, "--passphrase-file", secret, "--recovery-sheet", sheet)
    assert done.returncode == 0, done.stderr
    assert "is encrypted now" in done.stdout
    return path, secret, sheet


def _recovery_key(sheet) -> str:
    text = subprocess.run(["pdftotext", sheet, "-"], capture_output=True, text=True).stdout
    return "".join(re.findall(r"^[A-Z2-7]{4}(?:-[A-Z2-7]{1,4})+$", text, flags=re.M))


def test_protect_then_every_command_needs_the_passphrase_or_the_recovery_key(tmp_path):
    path, secret, sheet = _protected(tmp_path)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert b"de Graaf" not in path.read_bytes()
    before = path.read_bytes()
    asked = run("check", "--db", path)  # no terminal here: nothing to ask on
    assert asked.returncode == 1
    assert "p.sqlite is encrypted. Give its passphrase" in asked.stderr
    wrong = run("check", "--db", path, "--passphrase-file", _secret(tmp_path, "w", "koffie"))
    assert wrong.returncode == 1 and "That passphrase does not open p.sqlite" in wrong.stderr
    as_argument = run("check", "--db", path, "--passphrase", PASSPHRASE)
    assert as_argument.returncode == 2  # no such option: other users would see it
    assert path.read_bytes() == before
    checked = run("check", "--db", path, "--passphrase-file", secret, "--lang", "en")
    assert checked.returncode == 0, checked.stderr
    assert "24 participants" in checked.stdout
    key = _recovery_key(sheet)
    assert len(key.replace("-", "")) == 55
    by_key = run(
        "--passphrase-file",
        _secret(tmp_path, "key.txt", key),
        "report",
        "--db",
        path,
        "--out",
        tmp_path / "r.pdf",
    )
    assert by_key.returncode == 0, by_key.stderr
    report = subprocess.run(["pdftotext", tmp_path / "r.pdf", "-"], capture_output=True, text=True)
    assert "Reverse mentoring 2026" in report.stdout


def test_the_recovery_sheet_names_the_file_and_says_what_to_do(tmp_path):
    _path, _secret_file, sheet = _protected(tmp_path)
    text = subprocess.run(["pdftotext", "-layout", sheet, "-"], capture_output=True, text=True)
    for words in ("Recovery key", "p.sqlite", "How to use it", "If both are lost", "safe"):
        assert words in text.stdout
    # the command line's option is said to be for IT, not the coordinator's own step
    assert "Only for whoever runs rmentor's commands (IT, a script)" in " ".join(
        text.stdout.split()
    )
    pages = subprocess.run(["pdfinfo", sheet], capture_output=True, text=True).stdout
    assert re.search(r"Pages:\s+1$", pages, flags=re.M)


def test_unprotect_writes_a_plain_file_with_every_row(tmp_path):
    path, secret, _sheet = _protected(tmp_path)
    done = run("unprotect", "--db", path, "--passphrase-file", secret)
    assert done.returncode == 0, done.stderr
    assert path.read_bytes().startswith(b"SQLite format 3")
    checked = run("check", "--db", path, "--lang", "en")
    assert checked.returncode == 0 and "24 participants, 10 pairings" in checked.stdout


def test_protect_refuses_a_short_passphrase_and_an_encrypted_file(tmp_path):
    path = tmp_path / "p.sqlite"
    assert run("demo", "--db", path).returncode == 0
    before = path.read_bytes()
    short = run(
        "protect",
        "--db",
        path,
        "--passphrase-file",
        _secret(tmp_path, "s", "kort"),
        "--recovery-sheet",
        tmp_path / "s.pdf",
    )
    assert short.returncode == 1 and "at least 8 characters" in short.stderr
    assert path.read_bytes() == before and not (tmp_path / "s.pdf").exists()
    secret = _secret(tmp_path, "pass.txt", PASSPHRASE)
    first = run(
        "protect",
        "--db",
        path,
        "--passphrase-file",
        secret,
        "--recovery-sheet",
        tmp_path / "first.pdf",
    )
    assert first.returncode == 0, first.stderr
    again = run(
        "protect",
        "--db",
        path,
        "--passphrase-file",
        secret,
        "--recovery-sheet",
        tmp_path / "again.pdf",
    )
    assert again.returncode == 1 and "is encrypted already" in again.stderr
    assert not (tmp_path / "again.pdf").exists()


def test_check_finds_one_changed_bit_and_a_command_refuses_to_write(tmp_path):
    path, secret, _sheet = _protected(tmp_path)
    data = bytearray(path.read_bytes())
    data[len(data) // 2 + 300] ^= 0x10
    path.write_bytes(bytes(data))
    checked = run("check", "--db", path, "--passphrase-file", secret, "--lang", "en")
    assert checked.returncode == 1
    assert "is damaged. It was left as it is" in checked.stderr
    assert "for whoever repairs it: HMAC verification failed for page" in checked.stderr
    erased = run(
        "erase", "--db", path, "--passphrase-file", secret, "--email", "sem@demo.nl", "--yes"
    )
    assert erased.returncode == 1 and "damaged" in erased.stderr
    assert path.read_bytes() == bytes(data)


def test_a_failed_backup_after_encrypting_keeps_the_sheet_and_says_it_is_encrypted(tmp_path):
    path = tmp_path / "p.sqlite"
    assert run("demo", "--db", path).returncode == 0
    path.with_name("p.sqlite.backups").write_text("a file where the folder should be")
    path.chmod(0o600)
    secret = _secret(tmp_path, "pass.txt", PASSPHRASE)
    sheet = tmp_path / "sheet.pdf"
    done = run("protect", "--db", path, "--passphrase-file", secret, "--recovery-sheet", sheet)
    assert done.returncode == 0, done.stderr
    assert "is encrypted now" in done.stdout
    assert sheet.exists() and (sheet.stat().st_mode & 0o777) == 0o600  # the key, for one
    assert (path.stat().st_mode & 0o777) == 0o600  # as private as it was
    assert not path.read_bytes().startswith(b"SQLite format 3")


def test_protect_never_writes_over_or_removes_an_existing_file(tmp_path):
    path, secret, sheet = _protected(tmp_path)
    kept = sheet.read_bytes()
    again = run("protect", "--db", path, "--passphrase-file", secret, "--recovery-sheet", sheet)
    assert again.returncode == 1 and "is encrypted already" in again.stderr
    assert sheet.read_bytes() == kept
    other = tmp_path / "q.sqlite"
    assert run("demo", "--db", other).returncode == 0
    taken = run("protect", "--db", other, "--passphrase-file", secret, "--recovery-sheet", sheet)
    assert taken.returncode == 1 and "exists already" in taken.stderr
    assert sheet.read_bytes() == kept and other.read_bytes().startswith(b"SQLite format 3")
    other.chmod(0o444)
    read_only = run(
        "protect",
        "--db",
        other,
        "--passphrase-file",
        secret,
        "--recovery-sheet",
        tmp_path / "new.pdf",
    )
    assert read_only.returncode == 1 and "read-only" in read_only.stderr
    assert not (tmp_path / "new.pdf").exists()


def test_a_passphrase_is_never_taken_from_an_argument_nor_repeated(tmp_path):
    path, _secret_file, _sheet = _protected(tmp_path)
    for given in (["--passphrase", "S3cretValue"], ["--passphrase=S3cretValue"]):
        done = run("check", "--db", path, *given)
        assert done.returncode == 2 and "S3cretValue" not in done.stderr + done.stdout
        assert "--passphrase-file" in done.stderr


def test_hostile_passphrase_files_are_refused_in_words(tmp_path):
    import os

    path, _secret_file, sheet = _protected(tmp_path)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    empty = _secret(tmp_path, "empty", "")
    for given, words in (
        (pipe, "cannot be read"),
        (empty, "is empty"),
        (tmp_path, "cannot be read"),
    ):
        done = run("check", "--db", path, "--passphrase-file", given)
        assert done.returncode == 1 and words in done.stderr, done.stderr
    three_lines = tmp_path / "as-on-the-sheet.txt"  # the key copied from the sheet's lines
    groups = _recovery_key(sheet).split("-")
    three_lines.write_text(
        "\n".join("-".join(groups[i : i + 5]) for i in range(0, len(groups), 5)) + "\n"
    )
    assert run("check", "--db", path, "--passphrase-file", three_lines).returncode == 0
