"""Build rmentor as one folder of programs that needs no Python: the window (`rmentor`)
and the commands (`rmentor-cli`), then pack it for download.

    pip install -e '.[build]'
    python tools/build_app.py --out DIR

writes DIR/rmentor/ and DIR/rmentor-<version>-<platform>.tar.gz (.zip on Windows and
macOS). PyInstaller cannot build for another system: the Windows and macOS builds are
made on their own machines by .github/workflows/build.yml, which runs this script.
"""

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "rmentor.spec"


def platform_tag() -> str:
    system = {"win32": "windows", "darwin": "macos"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from rmentor import __version__

    return __version__


def size(folder: Path) -> int:
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())


def build(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}  # no screen on a build machine
        subprocess.run(
            [
                sys.executable,
                "-m",
                "PyInstaller",
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "--distpath",
                str(out),
                "--workpath",
                work,
                str(SPEC),
            ],
            check=True,
            env=env,
        )
    folder = out / "rmentor"
    base = out / f"rmentor-{version()}-{platform_tag()}"
    kind = "gztar" if sys.platform.startswith("linux") else "zip"
    archive = Path(shutil.make_archive(str(base), kind, root_dir=out, base_dir="rmentor"))
    print(f"{folder}: {size(folder) / 1e6:.0f} MB in {sum(1 for _ in folder.rglob('*'))} files")
    print(f"{archive}: {archive.stat().st_size / 1e6:.0f} MB")
    return archive


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="where the build goes")
    build(parser.parse_args().out.resolve())


if __name__ == "__main__":
    main()
