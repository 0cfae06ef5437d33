"""Refresh the Dutch translation: python tools/update_translations.py

Collects every tr()/translate()/QT_TRANSLATE_NOOP string into resources/rmentor_nl.ts
(pyside6-lupdate, keeping what was translated), then compiles resources/rmentor_nl.qm
(pyside6-lrelease). Translate new messages in the .ts with Qt Linguist or an editor.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "rmentor_nl.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rmentor").rglob("*.py"))
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-source-language",
            "en",
            "-target-language",
            "nl_NL",
            *sources,
            "-ts",
            str(TS),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(QM)], cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
