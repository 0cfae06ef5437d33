"""The one exception type the domain raises for anything a coordinator can fix."""

from rmentor.models.text.wording import render

CONTEXT = "DomainError"


class DomainError(Exception):
    """An expected problem, told in plain words.

    ``message`` is an English source string with ``{name}`` placeholders, marked
    for translation; ``params`` fill them in. ``field`` names the form field the
    problem concerns, so a form can show it next to that field.
    """

    def __init__(self, message: str, field: str | None = None, **params):
        self.message = message
        self.field = field
        self.params = params
        super().__init__(self.text())

    def text(self, face=None) -> str:
        """Worded for a reader (wording.render); English without a face."""
        return render(self.message, self.params, face)
