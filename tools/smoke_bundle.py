"""Try a built archive as a user would, with no Python around: python tools/smoke_bundle.py
DIR/rmentor-<version>-<platform>.tar.gz (or .zip)

Unpacks it in an empty folder elsewhere and runs, with an empty environment (no
virtualenv, no PATH): demo, check, report in Dutch, suggest, and the window opened
offscreen with the report's preview drawing a page, and closed again; then a file encrypted, checked and opened with its
passphrase. Exits non-zero on the first failure.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path


def unpack(archive: Path, folder: Path) -> None:
    """As a user's unzip does: shutil.unpack_archive drops a .zip's execute bits, and
    rmentor-cli would then not start (PermissionError) on macOS."""
    if archive.suffix != ".zip":
        shutil.unpack_archive(str(archive), str(folder))
        return
    with zipfile.ZipFile(archive) as packed:
        for member in packed.infolist():
            target = packed.extract(member, folder)
            mode = (member.external_attr >> 16) & 0o777
            if mode and not member.is_dir():
                os.chmod(target, mode)


def main() -> int:
    archive = Path(sys.argv[1]).resolve()
    with tempfile.TemporaryDirectory() as home:
        home = Path(home)
        unpack(archive, home / "app")
        folder = home / "app" / "rmentor"
        suffix = ".exe" if sys.platform == "win32" else ""
        cli, window = folder / f"rmentor-cli{suffix}", folder / f"rmentor{suffix}"
        env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
        if sys.platform == "win32":  # Windows cannot start a program without these
            env.update({k: os.environ[k] for k in ("SYSTEMROOT", "TEMP") if k in os.environ})
            env["APPDATA"] = env["LOCALAPPDATA"] = str(home)
        db, pdf = home / "demo.sqlite", home / "report.pdf"
        secret, locked = home / "passphrase.txt", home / "locked.sqlite"
        secret.write_text("een zin voor de rooktest\n", encoding="utf-8")
        steps = [
            [cli, "demo", "--db", db],
            [cli, "check", "--db", db],
            [cli, "report", "--db", db, "--out", pdf, "--lang", "nl"],
            [cli, "suggest", "--db", db, "--json"],
            [window, "--db", db, "--start-and-quit", "--check-preview", home / "page.png"],
            # an encrypted file: SQLCipher in the bundle
            [cli, "demo", "--db", locked],
            [
                cli,
                "protect",
                "--db",
                locked,
                "--passphrase-file",
                secret,
                "--recovery-sheet",
                home / "recovery.pdf",
            ],
            [cli, "check", "--db", locked, "--passphrase-file", secret],
            [window, "--db", locked, "--passphrase-file", secret, "--start-and-quit"],
        ]
        for step in steps:
            started = time.perf_counter()
            done = subprocess.run(
                [str(x) for x in step], env=env, cwd=home, capture_output=True, timeout=300
            )
            took = time.perf_counter() - started
            name = " ".join(str(x) for x in step[1:3])
            print(f"{'ok  ' if done.returncode == 0 else 'FAIL'} {name} ({took:.2f} s)")
            if done.returncode != 0:
                print(done.stdout.decode(errors="replace"), done.stderr.decode(errors="replace"))
                return 1
        if not pdf.read_bytes().startswith(b"%PDF"):
            print("FAIL the report is no PDF")
            return 1
        if not (home / "page.png").read_bytes().startswith(b"\x89PNG"):
            print("FAIL the preview drew no page")
            return 1
        if locked.read_bytes().startswith(b"SQLite format 3"):
            print("FAIL the protected file is not encrypted")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
