"""An installed copy, not the project folder: it must carry and find its resources."""

import os
import subprocess
import sys
from pathlib import Path

from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[2]


def test_a_plain_install_carries_its_resources_and_makes_a_report(tmp_path):
    wheels, target, work = tmp_path / "wheels", tmp_path / "site", tmp_path / "work"
    work.mkdir()
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", str(ROOT), "--no-deps", "-w", str(wheels)], check=True)
    [wheel] = wheels.glob("rmentor-*.whl")
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    # the installed package first on the path, run from elsewhere: not the project's copy
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    run = [
        sys.executable,
        "-c",
        "import sys; from rmentor.cli import main; sys.exit(main(sys.argv[1:]))",
    ]
    where = subprocess.run(
        [sys.executable, "-c", "import rmentor.resources as r; print(r.RESOURCES)"],
        env=env,
        cwd=work,
        capture_output=True,
        text=True,
        check=True,
    )
    assert Path(where.stdout.strip()) == target / "rmentor" / "_resources"
    db, pdf = work / "d.sqlite", work / "r.pdf"
    subprocess.run([*run, "demo", "--db", str(db)], env=env, cwd=work, check=True)
    subprocess.run(
        [*run, "report", "--db", str(db), "--out", str(pdf), "--lang", "nl"],
        env=env,
        cwd=work,
        check=True,
    )
    first = PdfReader(str(pdf)).pages[0].extract_text()
    assert "Besluiten" in first  # the Dutch translation came along, and the font
