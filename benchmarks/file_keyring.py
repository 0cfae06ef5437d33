"""A keychain in a file, for the start-up benchmark on a machine without one (no Secret
Service here): the app reaches it through keyring as it reaches the system's."""

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    priority = 1

    @property
    def file(self) -> Path:
        return Path(os.environ["RMENTOR_BENCH_KEYRING"])

    def _all(self) -> dict:
        return json.loads(self.file.read_text()) if self.file.exists() else {}

    def get_password(self, service, username):
        return self._all().get(f"{service}\n{username}")

    def set_password(self, service, username, password):
        kept = self._all()
        kept[f"{service}\n{username}"] = password
        self.file.write_text(json.dumps(kept))

    def delete_password(self, service, username):
        kept = self._all()
        kept.pop(f"{service}\n{username}", None)
        self.file.write_text(json.dumps(kept))
