"""Where the files the app ships (translations, fonts) live."""

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[1] / "resources"
