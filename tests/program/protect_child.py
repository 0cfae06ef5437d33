"""Converts a data file back and forth, or changes its passphrase, until it is killed:
run by test_protection_kills.

python tests/program/protect_child.py FILE convert     # encrypt, decrypt, encrypt, ...
python tests/program/protect_child.py FILE passphrase  # one passphrase, the other, ...
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from rmentor.models.storage import datafile  # noqa: E402
from rmentor.models.storage import keys  # noqa: E402
from rmentor.models.storage import protection  # noqa: E402

KEY = bytes(range(32))
PASSPHRASES = ("eerste zin van vier woorden", "tweede zin van vier woorden")


def main(path: Path, mode: str) -> None:
    if datafile.is_encrypted(path):
        keys.remember(path, KEY)
    print("ready", flush=True)
    turn = 0
    while True:
        turn += 1
        if mode == "passphrase":
            protection.change_passphrase(path, KEY, PASSPHRASES[turn % 2])
        elif datafile.is_encrypted(path):
            protection.unprotect(path, KEY)
        else:
            protection.protect(path, PASSPHRASES[0], KEY)


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2])
