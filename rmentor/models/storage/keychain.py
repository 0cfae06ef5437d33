"""The system's keychain (Windows Credential Manager, macOS Keychain, Secret Service)
for "remember on this computer": it keeps a file's data key under the file's path.
Where there is no keychain, nothing is remembered and the passphrase is asked."""

import contextlib
import os
from pathlib import Path

SERVICE = "rmentor"


def _keyring():
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        return keyring
    except Exception:  # no keychain, or one that cannot start: nothing remembered
        return None


def _name(path: Path) -> str:
    return os.path.abspath(path)


def available() -> bool:
    return _keyring() is not None


def stored_key(path: Path) -> bytes | None:
    ring = _keyring()
    if ring is None:
        return None
    try:
        value = ring.get_password(SERVICE, _name(path))
        return bytes.fromhex(value) if value else None
    except Exception:  # a locked or broken keychain: ask the passphrase instead
        return None


def store_key(path: Path, key: bytes) -> bool:
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, _name(path), key.hex())
    except Exception:
        return False
    return True


def forget_key(path: Path) -> None:
    ring = _keyring()
    if ring is None:
        return
    with contextlib.suppress(Exception):  # nothing was kept
        ring.delete_password(SERVICE, _name(path))


def _server_name(location) -> str:
    return f"server {location}"  # postgresql://user@host:port/name, never a password


def stored_password(location) -> str | None:
    """A server's password kept for location ("remember on this computer")."""
    ring = _keyring()
    if ring is None:
        return None
    try:
        return ring.get_password(SERVICE, _server_name(location))
    except Exception:  # a locked or broken keychain: ask instead
        return None


def store_password(location, password: str) -> bool:
    ring = _keyring()
    if ring is None:
        return False
    try:
        ring.set_password(SERVICE, _server_name(location), password)
    except Exception:
        return False
    return True
