"""A point made in plain words: a rule broken, a concern, or a reason for a match."""

import json
from typing import NamedTuple

TRANSLATION_CONTEXT = "DomainError"


class Point(NamedTuple):  # a tuple: attention lists make tens of thousands of them
    key: str
    message: str  # English source text with {placeholders}, marked for translation
    params: dict = {}  # noqa: RUF012 - never mutated
    overridable: bool = True  # for a broken rule: may the coordinator override it?

    def text(self, translate=None) -> str:
        template = translate(TRANSLATION_CONTEXT, self.message) if translate else self.message
        return template.format(**self.params)


def dump_points(reasons: list[Point], concerns: list[Point]) -> str:
    """Store a match explanation so it can be shown later in any language."""
    return json.dumps(
        {
            "reasons": [[p.key, p.message, p.params] for p in reasons],
            "concerns": [[p.key, p.message, p.params] for p in concerns],
        },
        ensure_ascii=False,
    )


def load_points(text: str) -> tuple[list[Point], list[Point]]:
    if not text:
        return [], []
    data = json.loads(text)
    return (
        [Point(k, m, p) for k, m, p in data.get("reasons", [])],
        [Point(k, m, p) for k, m, p in data.get("concerns", [])],
    )
