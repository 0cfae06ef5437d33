"""Refresh the Dutch translation: python tools/update_translations.py

Collects every tr()/translate()/QT_TRANSLATE_NOOP string into resources/rmentor_nl.ts
(pyside6-lupdate, keeping what was translated), then compiles resources/rmentor_nl.qm
(pyside6-lrelease). Translate new messages in the .ts with Qt Linguist or an editor.
resources/rmentor_en.ts holds only the English plural forms of the %n messages.
"""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "rmentor_nl.ts"
QM = TS.with_suffix(".qm")
TS_EN = ROOT / "resources" / "rmentor_en.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def main() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "rmentor").rglob("*.py"))
    # English needs a file too, for its plural forms only ("1 point", "18 points")
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-no-obsolete",
            "-pluralonly",
            "-source-language",
            "en",
            "-target-language",
            "en_GB",
            *sources,
            "-ts",
            str(TS_EN),
        ],
        cwd=ROOT,
        check=True,
    )
    subprocess.run(
        [tool("pyside6-lrelease"), str(TS_EN), "-qm", str(TS_EN.with_suffix(".qm"))],
        cwd=ROOT,
        check=True,
    )
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
