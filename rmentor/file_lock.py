"""One writer per data file, whatever its name: the window and the commands that write
take two locks, one beside the file (named after it, so two computers on a share see
each other) and one named after the file's identity (so a hard link, a symlink or
another spelling of the path on this computer meets the same lock). A lock left by a
crashed process is taken over."""

import os
import stat
from pathlib import Path

from PySide6.QtCore import QLockFile

from rmentor.models.storage.locations import identity_lock_path
from rmentor.models.storage.locations import lock_path

FREE, HELD, UNWRITABLE = "free", "held", "unwritable"


def _not_a_file(path: Path) -> bool:
    try:
        return not stat.S_ISREG(os.lstat(path).st_mode)
    except FileNotFoundError:
        return False
    except OSError:
        return True


class FileLock:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.locks: list[QLockFile] = []
        self.holder: tuple[int, str] = (0, "")

    def take(self) -> str:
        """FREE when both locks are ours (again: a converted file has a new identity);
        else HELD (by holder) or UNWRITABLE, and what this call took is let go."""
        beside, identity = lock_path(self.path), identity_lock_path(self.path)
        if _not_a_file(beside):  # a pipe there would hang the lock's read
            return UNWRITABLE
        if identity is not None and _not_a_file(identity):
            identity = None  # put there by someone else: the lock beside the file holds
        for lock in [k for k in self.locks if k.fileName() not in (str(beside), str(identity))]:
            lock.unlock()  # the identity of the file before a conversion
            self.locks.remove(lock)
        taken = []
        for name in [n for n in (beside, identity) if n is not None]:
            if any(lock.fileName() == str(name) for lock in self.locks):
                continue
            lock = QLockFile(str(name))
            lock.setStaleLockTime(0)  # stale only when its process is gone
            if not lock.tryLock(200):
                held = lock.error() == QLockFile.LockError.LockFailedError
                if held:
                    pid, host, _app = lock.getLockInfo()  # PySide6 returns these three
                    self.holder = (pid, host)
                for each in taken:
                    each.unlock()
                    self.locks.remove(each)
                return HELD if held else UNWRITABLE
            self.locks.append(lock)
            taken.append(lock)
        return FREE

    def held(self) -> bool:
        return bool(self.locks) and all(lock.isLocked() for lock in self.locks)

    def release(self) -> None:
        for lock in self.locks:
            lock.unlock()
        self.locks = []
