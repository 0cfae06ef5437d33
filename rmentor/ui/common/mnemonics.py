"""Alt+letter for every button and field label, without two alike in one window.

Written by hand, mnemonics clash as soon as a form grows or the text is translated
("&Opslaan" and "&Omschrijving"). So they are given out when a window is built, in
whatever language it speaks, as KDE's accelerator manager does: letters written
into a text (the menus') are kept, the others get the first free letter that starts
a word, else any free letter of the text.
"""

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QTabBar
from PySide6.QtWidgets import QWidget

MARK = re.compile(r"&(?!&)(.)")
USABLE = re.compile(r"[a-z]")  # every keyboard has them; digits are often counts that change
# The letters these buttons have in every program, pressed without looking: they go
# first, before any field can take them ("T&oevoegen" must not take Opslaan's O)
CONVENTIONAL = {
    "save": "s",
    "opslaan": "o",
    "ok": "o",
    "cancel": "c",
    "annuleren": "a",
    "close": "c",
    "sluiten": "s",
    "help": "h",
}


def letter_of(text: str) -> str | None:
    found = MARK.search((text or "").replace("&&", ""))
    return found.group(1).casefold() if found else None


def _tab_texts(bar: QTabBar) -> list:
    return [
        (lambda i=i: bar.tabText(i), lambda text, i=i: bar.setTabText(i, text))
        for i in range(bar.count())
    ]


def _takes_focus(label: QLabel) -> bool:
    """A label's letter moves the focus to its field. A field wrapped in a frame (for
    its error line) gets the letter through the label, pointed at the field inside; a
    field of plain text takes no focus, and no letter."""
    buddy = label.buddy()
    if buddy is None:
        return False
    if buddy.focusPolicy() != Qt.FocusPolicy.NoFocus:
        return True
    inner = next(
        (w for w in buddy.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus),
        None,
    )
    if inner is not None:
        label.setBuddy(inner)
    return inner is not None


def _controls(root: QWidget) -> list:
    """(get, set) for each text under root that takes a letter, in root's window only."""
    window = root.window()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.window() is not window:  # a dialog has letters of its own
            continue
        if isinstance(widget, QAbstractButton):
            found.append((widget.text, widget.setText))
        elif isinstance(widget, QGroupBox):
            found.append((widget.title, widget.setTitle))
        elif isinstance(widget, QLabel) and _takes_focus(widget):
            found.append((widget.text, widget.setText))
        elif isinstance(widget, QTabBar):
            found.extend(_tab_texts(widget))
    return found


def _word(text: str) -> str:
    """A button's text as CONVENTIONAL knows it: "&Opslaan" and "Save…" too."""
    return (text or "").replace("&", "").strip(" .…").casefold()


def _choose(text: str, free) -> int | None:
    for i in _candidates(text):
        if free(text[i].casefold()):
            return i
    return None


def _candidates(text: str) -> list[int]:
    """Positions a letter may go, best first: the start of a word, then the rest."""
    starts = [i for i, c in enumerate(text) if i == 0 or not text[i - 1].isalnum()]
    seen, found = set(), []
    for i in starts + list(range(len(text))):
        c = text[i].casefold()
        if USABLE.fullmatch(c) and c not in seen:
            seen.add(c)
            found.append(i)
    return found


def assign(root: QWidget, reserved: set[str] = frozenset()) -> set[str]:
    """Give each control under root a letter of its own, none of `reserved` (the menu
    bar's); returns the letters now taken. Letters are matched, not handed out in
    turn: "Edit" then still gets its i when "Journal" could do with another. Save,
    Cancel, OK and Help get their usual letters first, where that leaves no other
    control without one."""
    controls = _controls(root)
    taken = set(reserved) | {letter_of(get()) for get, _put in controls} - {None}
    wanting = [
        (get, put, _candidates(get()))
        for get, put in controls
        if get() and letter_of(get()) is None and "&&" not in get()
    ]
    texts = [get() for get, _put, _candidates in wanting]
    choices = [[texts[n][i].casefold() for i in found] for n, (*_x, found) in enumerate(wanting)]
    most = len(_match(choices, taken))
    order = list(CONVENTIONAL)
    usual = sorted(
        (order.index(_word(text)), n) for n, text in enumerate(texts) if _word(text) in order
    )
    for _rank, n in usual:
        c = CONVENTIONAL[_word(texts[n])]
        if c in choices[n]:
            trial = [*choices[:n], [c], *choices[n + 1 :]]
            if len(_match(trial, taken)) == most:
                choices = trial
    for c, n in _match(choices, taken).items():
        get, put, candidates = wanting[n]
        position = next(i for i in candidates if texts[n][i].casefold() == c)
        put(texts[n][:position] + "&" + texts[n][position:])
        taken.add(c)
    return taken


def _match(choices: list[list[str]], taken: set[str]) -> dict[str, int]:
    """The most controls with a letter each (Kuhn's augmenting paths): letter -> control."""
    owner: dict[str, int] = {}

    def place(n: int, visited: set[str]) -> bool:
        for c in choices[n]:
            if c in taken or c in visited:
                continue
            visited.add(c)
            if c not in owner or place(owner[c], visited):
                owner[c] = n
                return True
        return False

    for n in range(len(choices)):
        place(n, set())
    return owner


def retext(button: QAbstractButton, text: str) -> None:
    """A new text for a button, keeping its letter where the new text has one."""
    old = letter_of(button.text())
    if old is not None and letter_of(text) is None:
        position = _choose(text, lambda c: c == old)
        if position is not None:
            text = text[:position] + "&" + text[position:]
    button.setText(text)


def with_letter(text: str, taken: set) -> str:
    """The text with the first free letter marked (a word's start first); as it is when
    every letter is taken."""
    position = _choose(text, lambda c: c not in taken)
    return text if position is None else text[:position] + "&" + text[position:]
