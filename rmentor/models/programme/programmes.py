"""Programmes (cohorts) and their purposes and themes."""

import datetime as dt
import unicodedata

from rmentor.models.errors import DomainError
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import ProgrammeTheme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.validation import one_line
from rmentor.models.programme.validation import period
from rmentor.models.programme.validation import required
from rmentor.models.programme.validation import whole_number
from rmentor.models.storage.database import db
from rmentor.models.storage.versions import check_unchanged
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import PURPOSE_QUESTION_MOMENTS
from rmentor.models.text.vocabulary import purpose_questions


def all_programmes() -> list[Programme]:
    return list(Programme.select().order_by(Programme.start_date.desc(), Programme.name))


def by_name(name: str) -> Programme | None:
    return Programme.get_or_none(Programme.name == name)


def theme_key(name: str) -> str:
    """A stable key for a custom theme: lower case, no accents, single spaces."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().split())


def all_themes() -> list[Theme]:
    """Built-in purposes first, in their fixed order, then custom themes by name."""
    return list(Theme.select().order_by(Theme.builtin.desc(), Theme.id))


def get_or_add_theme(name: str) -> Theme:
    """The theme with this key or name; a custom theme is created on first use."""
    name = one_line(required(name, "themes"), "themes")
    theme = Theme.get_or_none(Theme.key == name) or Theme.get_or_none(Theme.key == theme_key(name))
    if theme is None:
        theme = Theme.create(key=theme_key(name), name=name.strip(), builtin=False)
    return theme


def linked_themes(owner_field, owner) -> list[Theme]:
    """The themes linked to `owner` through the link table of `owner_field` (a
    programme's purposes, a participant's or a pairing's themes), in the order made."""
    return list(
        Theme.select().join(owner_field.model).where(owner_field == owner).order_by(Theme.id)
    )


def link_themes(owner_field, owner, themes) -> None:
    """`owner`'s themes (keys or names; a new name makes a custom theme) become `themes`."""
    wanted = dict.fromkeys(get_or_add_theme(t) for t in themes)
    with db.atomic():
        owner_field.model.delete().where(owner_field == owner).execute()
        for theme in wanted:
            owner_field.model.create(**{owner_field.name: owner, "theme": theme})


def themes_of(programme: Programme) -> list[Theme]:
    return linked_themes(ProgrammeTheme.programme, programme)


def questions_asked(programme: Programme, side: str, moment: str) -> list[str]:
    """The purposes' own questions an evaluation of this side at this moment asks: those
    of the programme's purposes, midway and at the close (the fit check is about the
    match, too early for what a purpose brought)."""
    if moment not in PURPOSE_QUESTION_MOMENTS:
        return []
    return purpose_questions([t.key for t in themes_of(programme) if t.builtin], side)


DEFAULT_WEEKS = 39  # about nine months: the article's programmes run six to twelve
DEFAULT_THEMES = ("consumer", "diversity", "innovation", "refresh")


def create_with_defaults(name: str, today: dt.date | None = None) -> Programme:
    """A new programme with the defaults a coordinator would choose: from today, for
    about nine months, with the four purposes."""
    today = today or dt.date.today()
    return save_programme(
        name=name,
        start_date=today,
        end_date=today + dt.timedelta(weeks=DEFAULT_WEEKS),
        themes=list(DEFAULT_THEMES),
    )


def save_programme(
    programme: Programme | None = None,
    *,
    name: str,
    start_date: dt.date | None,
    end_date: dt.date | None,
    cadence_weeks: int = 4,
    sponsor: str = "",
    description: str = "",
    themes: list[str] = (),
    targets: dict | None = None,
    seen: tuple | None = None,
) -> Programme:
    """Create (programme=None) or update a programme; themes are keys or names; targets
    (target_paired, target_cadence, target_done in %, target_satisfaction 1-5) are
    what the report's verdict measures against."""
    check_unchanged(programme, seen)  # the record as the form showed it
    name = one_line(required(name, "name"), "name")
    period(start_date, end_date)
    whole_number(cadence_weeks, 1, 26, "cadence_weeks")
    targets = dict(targets or {})
    for key in ("target_paired", "target_cadence", "target_done"):
        if key in targets:
            whole_number(targets[key], 0, 100, key)
    if "target_satisfaction" in targets and not 1 <= float(targets["target_satisfaction"]) <= 5:
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", "The satisfaction target is a score from 1 to 5."),
            field="target_satisfaction",
        )
    clash = Programme.select().where(Programme.name == name)
    if programme is not None:
        clash = clash.where(Programme.id != programme.id)
    if clash.exists():
        raise DomainError(
            QT_TRANSLATE_NOOP("DomainError", 'There is already a programme called "{name}".'),
            field="name",
            name=name,
        )
    with db.atomic():
        if programme is None:
            programme = Programme()
        programme.name = name
        programme.start_date = start_date
        programme.end_date = end_date
        programme.cadence_weeks = cadence_weeks
        programme.sponsor = (sponsor or "").strip()
        programme.description = (description or "").strip()
        for key, value in targets.items():
            setattr(programme, key, value)
        programme.save()
        link_themes(ProgrammeTheme.programme, programme, themes)
    return programme


def pairings_outside(programme: Programme) -> list[Pairing]:
    """Pairings whose start or planned end falls outside the programme's period, as
    after the period was shortened; the coordinator should adjust their agreements."""
    return list(
        Pairing.select()
        .where(
            (Pairing.programme == programme)
            & (
                (Pairing.start_date < programme.start_date)
                | (Pairing.start_date > programme.end_date)
                | (Pairing.planned_end_date > programme.end_date)
                | (Pairing.planned_end_date < programme.start_date)
            )
        )
        .order_by(Pairing.id)
    )
