"""A throwaway PostgreSQL cluster for the tests: made with initdb in a temporary folder,
started with pg_ctl on a free port of the loopback, removed when the tests end. As root
(a CI machine) it runs as the user nobody: PostgreSQL refuses to run as root."""

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def server_bin() -> Path:
    """The folder of PostgreSQL's programs: on the PATH, or where Debian puts them."""
    found = shutil.which("pg_ctl")
    if found:
        return Path(found).parent
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), key=_version)
    if not versions:
        raise RuntimeError(
            "PostgreSQL's server programs (initdb, pg_ctl) are not installed: "
            "apt-get install postgresql, as .ci/run does"
        )
    return Path(versions[-1]).parent


def _version(pg_ctl: str) -> int:
    return int(Path(pg_ctl).parent.parent.name.split(".")[0])


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "nobody", "--", *command]


class Cluster:
    """One server; `url(name)` is a database on it, made on first ask."""

    def __init__(self):
        self.folder = Path(tempfile.mkdtemp(prefix="rmentor-pg-"))
        self.data = self.folder / "data"
        self.port = _free_port()
        self.bin = server_bin()
        self.made = {"postgres"}
        if os.geteuid() == 0:
            shutil.chown(self.folder, "nobody")
        self._run(
            "initdb", "-D", str(self.data), "-U", "rmentor", "--auth=trust",
            "-E", "UTF8", "--locale=C.UTF-8", "--no-sync",
        )  # fmt: skip
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "start")  # fmt: skip

    def _run(self, program: str, *args: str) -> None:
        command = _as_server_user([str(self.bin / program), *args])
        subprocess.run(command, check=True, capture_output=True, cwd=self.folder)

    def url(self, name: str) -> str:
        """An empty database called name (made on first ask)."""
        if name not in self.made:
            import psycopg

            with psycopg.connect(self._url("postgres"), autocommit=True) as con:
                con.execute(f'CREATE DATABASE "{name}"')
            self.made.add(name)
        return self._url(name)

    def _url(self, name: str) -> str:
        return f"postgresql://rmentor@127.0.0.1:{self.port}/{name}"

    def empty(self, name: str) -> str:
        """Database name as it was made: no tables at all (its connections closed)."""
        import psycopg

        url = self.url(name)
        with psycopg.connect(url, autocommit=True) as con:
            con.execute("DROP SCHEMA public CASCADE")
            con.execute("CREATE SCHEMA public")
        return url

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
