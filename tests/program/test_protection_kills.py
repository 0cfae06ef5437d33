"""Kills while a file is encrypted, decrypted and given a new passphrase: every time one
complete file is left, which opens (plain, or with the passphrase or the recovery key)
and holds every row."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from rmentor.models.programme.entities import Participant
from rmentor.models.storage import datafile
from rmentor.models.storage import integrity
from rmentor.models.storage import keys
from rmentor.models.storage import recovery
from tests.conftest import copy_demo
from tests.program.protect_child import KEY
from tests.program.protect_child import PASSPHRASES

ROOT = Path(__file__).resolve().parents[2]


def _run_and_kill(path: Path, mode: str, delay: float) -> None:
    child = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "program" / "protect_child.py"), str(path), mode],
        stdout=subprocess.PIPE,
        text=True,
    )
    with child.stdout:
        assert child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()


def _opens_whole(path: Path) -> str:
    """Open the file as a coordinator would; say which kind it was."""
    keys.forget_all()
    kind = "plain"
    if datafile.is_encrypted(path):
        kind = "encrypted"
        passphrase_keys = set()
        for passphrase in PASSPHRASES:
            try:
                passphrase_keys.add(keys.key_from_passphrase(path, passphrase))
            except Exception:  # the other passphrase
                continue
        assert passphrase_keys == {KEY}  # the key file opens it, with one passphrase
        datafile.open_file(path, key=keys.key_from_secret(path, keys.recovery_text(KEY)))
    else:
        datafile.open_file(path)
    try:
        assert integrity.integrity_problems() == []
        assert Participant.select().count() == 24
        recovery.remove_leftovers(path)  # as the window or a command does, holding the lock
    finally:
        datafile.close_file()
    return kind


@pytest.mark.parametrize(("mode", "runs"), [("convert", 40), ("passphrase", 12)])
def test_kills_leave_one_complete_file_that_opens(tmp_path, mode, runs):
    rng = random.Random(27)
    path = copy_demo(tmp_path / "programme.sqlite")
    if mode == "passphrase":
        from rmentor.models.storage import protection

        protection.protect(path, PASSPHRASES[0], KEY)
    kinds = []
    for _ in range(runs):
        # up to 0.8 s: a conversion takes 0.1-0.3 s here, longer on a busy machine, and
        # some kills must land after the first one ended
        _run_and_kill(path, mode, rng.uniform(0.0, 0.8))
        kinds.append(_opens_whole(path))
        leftovers = {p.name for p in tmp_path.iterdir()} - {
            "programme.sqlite",
            "programme.sqlite.key",
            "programme.sqlite.backups",
        }
        assert leftovers == set()  # what a kill left beside it was removed
    if mode == "convert":  # the kills landed in both directions
        assert {"plain", "encrypted"} <= set(kinds)


def test_kills_inside_writes_to_an_encrypted_file_are_rolled_back_on_opening(tmp_path):
    """The rollback journal of an encrypted file is played back as a plain file's is:
    SQLCipher's pages in it, checked by their HMAC."""
    from rmentor.models.programme.entities import Meeting
    from rmentor.models.storage import protection

    rng = random.Random(28)
    path = copy_demo(tmp_path / "programme.sqlite")
    protection.protect(path, PASSPHRASES[0], KEY)
    journal = path.with_name(path.name + "-journal")
    inside = 0
    for _ in range(10):
        keys.forget_all()
        child = subprocess.Popen(
            [
                sys.executable,
                str(ROOT / "tests" / "window" / "crash_child.py"),
                str(path),
                "meetings",
                KEY.hex(),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        with child.stdout:
            assert child.stdout.readline().strip() == "ready"
            deadline = time.monotonic() + 30
            while not journal.exists() and time.monotonic() < deadline:
                time.sleep(0.001)
            time.sleep(rng.uniform(0.0, 0.02))
            inside += journal.exists()
            child.send_signal(signal.SIGKILL)
            child.wait()
        datafile.open_file(path, key=KEY)
        try:
            recovery.remove_leftovers(path)
            assert not journal.exists()  # played back, or stale and removed
            assert integrity.integrity_problems() == []
            # every meeting whole: two outcome items each, none half written
            written = Meeting.select().where(Meeting.summary == "x" * 200)
            assert all(m.outcomes.count() == 2 for m in written)
            assert Participant.select().count() == 24
        finally:
            datafile.close_file()
    assert inside >= 3  # kills landed inside transactions (timing on a busy machine varies)
