"""rmentor started as a user starts it (python main.py --db FILE). With --painted it quits
once its window has painted itself, before the file opens in it; without, once the file
has opened and the window drawn it (--start-and-quit)."""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rmentor.cli import main  # noqa: E402, I001 (first, as main.py imports it)

painted = "--painted" in sys.argv
sys.argv = [sys.argv[0], "--db", *[a for a in sys.argv[1:] if a != "--painted"]]
sys.argv.append("--start-and-quit")
if painted:
    from rmentor.ui.window import app as ui_app

    ui_app.go_on = lambda application, window, args: application.quit()

sys.exit(main())
