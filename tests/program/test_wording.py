"""One way to say things: every domain message worded in the reader's language, with
no internal key and no word of the other language in it."""

import datetime as dt
import json
import re
import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from rmentor.models import demo
from rmentor.models.errors import DomainError
from rmentor.models.figures import attention
from rmentor.models.programme import matching
from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.points import Point
from rmentor.models.programme.points import load_points
from rmentor.models.text import vocabulary
from rmentor.models.text.wording import Term
from rmentor.models.text.wording import ThemeRef
from rmentor.models.text.wording import render
from rmentor.translator import Translator

ROOT = Path(__file__).resolve().parents[2]

# Keys that are no word of either language: seen in a text, a key leaked.
KEYS = {
    key
    for table in (vars(vocabulary)[name] for name in dir(vocabulary) if name.isupper())
    if isinstance(table, dict)
    for key in table
    if "_" in key or key in vocabulary.PURPOSES
}
# Words that give the other language away (statuses included: their keys are English).
ENGLISH_WORDS = {
    "the",
    "and",
    "with",
    "are",
    "cannot",
    "must",
    "has",
    "completed",
    "paused",
    "proposed",
    "active",
    "both",
    "reason",
    "meeting",
    "pairing",
}
DUTCH_WORDS = {
    "de",
    "het",
    "een",
    "en",
    "niet",
    "van",
    "koppeling",
    "gesprek",
    "deelnemer",
    "afgerond",
    "gepauzeerd",
    "beiden",
    "kan",
    "moet",
}

SAMPLES = {
    "current": Term("PAIRING_STATUSES", "completed"),
    "new": Term("PAIRING_STATUSES", "paused"),
    "role": Term("ROLES", "mentee"),
    "themes": (ThemeRef("innovation"), ThemeRef("ai-tools", "AI-tools")),
    "problem": Point(
        "reporting_line",
        "{mentor} and {mentee} are in the same reporting line.",
        {"mentor": "Sem Vos", "mentee": "Ilse Kok"},
    ),
    "start": dt.date(2026, 1, 1),
    "end": dt.date(2026, 12, 31),
}
NUMBERS = {
    "days",
    "count",
    "row",
    "other",
    "found",
    "known",
    "low",
    "high",
    "capacity",
    "months",
    "line",
    "length",
    "limit",
    "n",
    "mentor_level",
    "mentee_level",
}


def domain_messages() -> list[str]:
    """Every message marked for the DomainError context: what the domain can say."""
    tree = ET.parse(ROOT / "resources" / "rmentor_nl.ts")
    for context in tree.getroot().iter("context"):
        if context.findtext("name") == "DomainError":
            return [m.findtext("source") for m in context.iter("message")]
    raise AssertionError("no DomainError context")


def sample(name: str):
    if name in SAMPLES:
        return SAMPLES[name]
    if name in NUMBERS:
        return 1234
    return "Sem Vos"  # a name, a department, a text someone typed


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-zà-ÿ]+", text.lower()))


def leaks(text: str, language: str) -> set[str]:
    found = {key for key in KEYS if re.search(rf"(?<![\w-]){re.escape(key)}(?![\w-])", text)}
    other = ENGLISH_WORDS if language == "nl" else DUTCH_WORDS
    return found | (words(text) & other)


MESSAGES = domain_messages()


def test_the_domain_says_many_things():
    assert len(MESSAGES) > 100


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_domain_message_is_worded_in_one_language(language):
    face = Translator(language)
    bad = {}
    for message in MESSAGES:
        names = [f for _, f, _, _ in string.Formatter().parse(message) if f]
        text = render(message, {n: sample(n) for n in names}, face)
        found = leaks(text, language)
        if found:
            bad[message] = (text, found)
    assert bad == {}


def test_status_keys_never_reach_a_dutch_sentence(opened):
    programme = demo.write_small_demo()
    pairing = Pairing.get(Pairing.status == "completed")
    with pytest.raises(DomainError) as info:
        pairings.set_status(pairing, "paused")
    text = info.value.text(Translator("nl"))
    assert text == "Een koppeling die afgerond is, kan niet gepauzeerd worden."
    assert info.value.text() == "A pairing that is completed cannot become paused."
    assert programme


def test_a_nested_message_is_worded_in_the_same_language(opened):
    programme = demo.write_small_demo()
    from rmentor.models.programme.participants import in_reporting_line

    mentor, mentee = next(
        (m, e)
        for m in Participant.select().where(Participant.role == "mentor")
        for e in Participant.select().where(Participant.role == "mentee")
        if in_reporting_line(m, e)
    )
    with pytest.raises(DomainError) as info:
        pairings.create_pairing(programme, mentor, mentee)
    assert info.value.field == "override_reason"
    dutch = info.value.text(Translator("nl"))
    assert not leaks(dutch, "nl"), dutch
    assert dutch.endswith("Geef een reden om ze toch te koppelen.")


def test_attention_points_and_explanations_in_dutch(opened):
    programme = demo.write_small_demo()
    face = Translator("nl")
    items = attention.attention_items(programme, retention_months=0)
    assert {i.kind for i in items} >= {"overdue", "unpaired"}
    for item in items:
        text = face.domain(item.point)
        assert not leaks(text, "nl"), text
    draft = matching.suggest(programme)
    explained = [face.domain(p) for s in draft.suggestions for p in s.reasons + s.concerns]
    assert any(t.startswith("beiden: ") for t in explained)
    for text in explained:
        assert not leaks(text, "nl"), text


def test_old_explanations_with_keys_are_worded_as_labels():
    """Files written before typed parameters kept the keys joined in one string."""
    stored = json.dumps(
        {
            "reasons": [["themes", "both: {themes}", {"themes": "innovation, AI-tools"}]],
            "concerns": [],
        }
    )
    reasons, _ = load_points(stored)
    assert Translator("nl").domain(reasons[0]) == (
        "beiden: Innovatie door kruisbestuiving, AI-tools"
    )
    assert Translator("en").domain(reasons[0]) == "both: Innovation by cross-pollination, AI-tools"


def test_documents_and_window_format_dates_and_numbers_alike(qapp):
    from PySide6.QtCore import QLocale

    from rmentor.ui.common.labels import AppFace

    nl = Translator("nl")
    assert nl.date(dt.date(2026, 3, 9)) == "09-03-2026"
    assert nl.number(1234.5) == "1.234,5"
    assert Translator("en").date(dt.date(2026, 3, 9)) == "9 Mar 2026"
    assert Translator("en").number(1234.5) == "1,234.5"
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:
        assert AppFace().date(dt.date(2026, 3, 9)) == "09-03-2026"
        assert AppFace().number(1234) == "1.234"
    finally:
        QLocale.setDefault(QLocale.c())


def test_qt_file_dialog_speaks_dutch(qapp):
    from PySide6.QtWidgets import QFileDialog
    from PySide6.QtWidgets import QLabel

    from rmentor.ui.window import translations

    translations.install(qapp, "nl")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert {"&Zoeken in:", "Bestanden van &type:"} <= labels, labels
    finally:
        translations.install(qapp, "en")


def test_english_documents_shorten_every_month_alike():
    from rmentor.translator import Translator

    english = Translator("en")
    assert [english.date(dt.date(2026, m, 30 if m != 2 else 28)) for m in (2, 6, 9, 12)] == [
        "28 Feb 2026",
        "30 Jun 2026",
        "30 Sep 2026",  # British CLDR says "Sept" beside "Dec": one length for all
        "30 Dec 2026",
    ]
    assert Translator("nl").date(dt.date(2026, 9, 30)) == "30-09-2026"
