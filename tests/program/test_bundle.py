"""The built program (slow, and needs the build extra: pip install -e '.[build]'):
python -m pytest -m slow tests/program/test_bundle.py"""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_built_program_works_without_python(tmp_path):
    pytest.importorskip("PyInstaller")
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_app.py"), "--out", str(out)], check=True
    )
    [archive] = [p for p in out.iterdir() if p.name.startswith("rmentor-") and p.is_file()]
    smoke = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "smoke_bundle.py"), str(archive)],
        capture_output=True,
        text=True,
    )
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    steps = smoke.stdout.splitlines()  # the nine of tools/smoke_bundle.py, each passed
    assert len(steps) == 9 and all(step.startswith("ok ") for step in steps), smoke.stdout
