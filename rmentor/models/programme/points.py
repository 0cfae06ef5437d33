"""A point made in plain words: a rule broken, a concern, or a reason for a match."""

import json
from typing import NamedTuple

from rmentor.models.text.wording import ThemeRef
from rmentor.models.text.wording import from_json
from rmentor.models.text.wording import render
from rmentor.models.text.wording import to_json

TRANSLATION_CONTEXT = "DomainError"


class Point(NamedTuple):  # a tuple: attention lists make tens of thousands of them
    key: str
    message: str  # English source text with {placeholders}, marked for translation
    params: dict = {}  # noqa: RUF012 - never mutated
    overridable: bool = True  # for a broken rule: may the coordinator override it?

    def text(self, face=None) -> str:
        """Worded for a reader (wording.render); English without a face."""
        return render(self.message, self.params, face)


def dump_points(reasons: list[Point], concerns: list[Point]) -> str:
    """Store a match explanation so it can be shown later in any language."""
    return json.dumps(
        {
            "reasons": [[p.key, p.message, _params_json(p.params)] for p in reasons],
            "concerns": [[p.key, p.message, _params_json(p.params)] for p in concerns],
        },
        ensure_ascii=False,
    )


def load_points(text: str) -> tuple[list[Point], list[Point]]:
    if not text:
        return [], []
    try:
        data = json.loads(text)
        return (
            [Point(k, m, _params_loaded(k, p)) for k, m, p in data.get("reasons", [])],
            [Point(k, m, _params_loaded(k, p)) for k, m, p in data.get("concerns", [])],
        )
    except (ValueError, TypeError, AttributeError, RecursionError):
        return [], []  # an explanation another program wrote: none shown


def _params_json(params: dict) -> dict:
    return {name: to_json(value) for name, value in params.items()}


def _params_loaded(key: str, params: dict) -> dict:
    loaded = {name: from_json(value) for name, value in params.items()}
    if key == "themes" and isinstance(loaded.get("themes"), str):
        # files written before typed parameters kept "innovation, AI-tools": keys of
        # built-in purposes and names of one's own themes, joined
        loaded["themes"] = tuple(
            ThemeRef(part.strip()) for part in loaded["themes"].split(",") if part.strip()
        )
    return loaded
