"""Where the files the app ships (translations, fonts, the user guide) live.

In the project they are in resources/ at the top; a wheel carries them inside the
package as rmentor/_resources; a frozen build (PyInstaller) unpacks them beside the
executable as resources/.
"""

import sys
from pathlib import Path


def _find() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    here = Path(__file__).resolve().parent
    candidates += [here.parent / "resources", here / "_resources"]
    for folder in candidates:
        if (folder / "fonts").is_dir():
            return folder
    return candidates[0]


RESOURCES = _find()
