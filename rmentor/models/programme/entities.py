"""The tables of a programme file, as peewee models.

Rules about what may be stored live in the service modules (participants,
pairings, journal); these classes describe the columns, and pairings_with_people is the
one join of a pairing to its two people that the lists share.
"""

import datetime as dt
import secrets

from peewee import BooleanField
from peewee import CharField
from peewee import DateField
from peewee import DateTimeField
from peewee import FloatField
from peewee import ForeignKeyField
from peewee import IntegerField
from peewee import Model
from peewee import TextField

from rmentor.models.programme.validation import MAX_ONE_LINE
from rmentor.models.programme.validation import flat
from rmentor.models.storage.database import db


def _now():
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(Model):
    class Meta:
        database = db
        legacy_table_names = False


class Theme(BaseModel):
    """A purpose or topic; the four purposes of DOMAIN.md are built in."""

    key = CharField(unique=True)
    name = CharField()
    builtin = BooleanField(default=False)


class Programme(BaseModel):
    name = CharField(unique=True)
    start_date = DateField()
    end_date = DateField()
    cadence_weeks = IntegerField(default=4)
    sponsor = CharField(default="")
    description = TextField(default="")
    created = DateTimeField(default=_now)
    # what the report's verdict measures against (models.figures.verdict)
    target_paired = IntegerField(default=80)  # % of participants paired
    target_cadence = IntegerField(default=70)  # % of pairs meeting as often as agreed
    target_satisfaction = FloatField(default=4.0)  # average "would recommend", 1-5
    target_done = IntegerField(default=50)  # % of actions done
    # carried by its evaluation forms: a form filled for another file is refused
    form_key = CharField(default=lambda: secrets.token_hex(8))
    # signs each form's hidden field; never written anywhere but this file
    form_secret = CharField(default=lambda: secrets.token_hex(16))


class ProgrammeTheme(BaseModel):
    programme = ForeignKeyField(Programme, backref="theme_links", on_delete="CASCADE")
    theme = ForeignKeyField(Theme, on_delete="RESTRICT")

    class Meta:
        indexes = ((("programme", "theme"), True),)


def person_name(first: str, last: str) -> str:
    """A name as every list, document and header shows it: one line of at most a form's
    length, whatever an older file or another program put in it (a name of thousands
    of letters fits no page or header)."""
    name = flat(f"{first} {last}")
    return name if len(name) <= MAX_ONE_LINE else name[: MAX_ONE_LINE - 1] + "…"


class Participant(BaseModel):
    first_name = CharField()
    last_name = CharField()
    email = CharField(unique=True)
    role = CharField()
    department = CharField(default="")
    job_title = CharField(default="")
    level = IntegerField(null=True)
    manager = ForeignKeyField("self", null=True, backref="reports", on_delete="SET NULL")
    languages = CharField(default="")  # comma-separated, as people write them
    location = CharField(default="")
    capacity = IntegerField(default=1)
    active = BooleanField(default=True)
    consent_date = DateField(null=True)
    notes = TextField(default="")

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.last_name)

    @property
    def language_list(self) -> list[str]:
        return [x.strip() for x in self.languages.split(",") if x.strip()]


class ParticipantTheme(BaseModel):
    """Themes a mentor can offer, or a mentee wants to learn about."""

    participant = ForeignKeyField(Participant, backref="theme_links", on_delete="CASCADE")
    theme = ForeignKeyField(Theme, on_delete="RESTRICT")

    class Meta:
        indexes = ((("participant", "theme"), True),)


class Enrolment(BaseModel):
    programme = ForeignKeyField(Programme, backref="enrolments", on_delete="CASCADE")
    participant = ForeignKeyField(Participant, backref="enrolments", on_delete="CASCADE")

    class Meta:
        indexes = ((("programme", "participant"), True),)


class Pairing(BaseModel):
    programme = ForeignKeyField(Programme, backref="pairings", on_delete="CASCADE")
    mentor = ForeignKeyField(Participant, backref="mentor_pairings", on_delete="RESTRICT")
    mentee = ForeignKeyField(Participant, backref="mentee_pairings", on_delete="RESTRICT")
    status = CharField(default="proposed")
    start_date = DateField(null=True)
    planned_end_date = DateField(null=True)
    cadence_weeks = IntegerField(null=True)  # None: the programme's cadence
    ground_rules_date = DateField(null=True)
    end_reason = CharField(null=True)
    end_note = TextField(default="")
    override_reason = TextField(default="")  # why a hard rule was overridden
    match_score = IntegerField(null=True)
    match_explanation = TextField(default="")
    created = DateTimeField(default=_now)
    evaluation_skip_reason = TextField(default="")  # why no closing evaluations


class PairingTheme(BaseModel):
    pairing = ForeignKeyField(Pairing, backref="theme_links", on_delete="CASCADE")
    theme = ForeignKeyField(Theme, on_delete="RESTRICT")

    class Meta:
        indexes = ((("pairing", "theme"), True),)


class Meeting(BaseModel):
    """One journal entry of a pairing."""

    pairing = ForeignKeyField(Pairing, backref="meetings", on_delete="CASCADE")
    date = DateField()
    duration_minutes = IntegerField()
    format = CharField(default="one_to_one")
    held = BooleanField(default=True)
    cancelled_by = CharField(null=True)
    summary = TextField(default="")  # shareable
    confidential_note = TextField(default="")  # never leaves the app


class MeetingTheme(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="theme_links", on_delete="CASCADE")
    theme = ForeignKeyField(Theme, on_delete="RESTRICT")

    class Meta:
        indexes = ((("meeting", "theme"), True),)


class OutcomeItem(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="outcomes", on_delete="CASCADE")
    kind = CharField()  # insight, idea, action
    text = TextField()
    theme = ForeignKeyField(Theme, null=True, on_delete="SET NULL")
    owner = CharField(default="")
    status = CharField(default="open")
    due_date = DateField(null=True)
    effect = TextField(default="")  # what came of it, as recorded in the follow-up


class Evaluation(BaseModel):
    pairing = ForeignKeyField(Pairing, backref="evaluations", on_delete="CASCADE")
    side = CharField()  # mentor or mentee
    moment = CharField()  # fit_check, midway, closing
    date = DateField()
    useful = IntegerField()
    learned = IntegerField()
    recommend = IntegerField()
    # the purposes' own questions (vocabulary.PURPOSE_QUESTIONS); None: not asked
    customers = IntegerField(null=True)
    heard = IntegerField(null=True)
    barriers = IntegerField(null=True)
    tried = IntegerField(null=True)
    joy = IntegerField(null=True)
    comment = TextField(default="")

    class Meta:
        indexes = ((("pairing", "side", "moment"), True),)


class ReportFigures(BaseModel):
    """The key figures of the report made on a day: the next report's trend."""

    programme = ForeignKeyField(Programme, backref="report_figures", on_delete="CASCADE")
    made_on = DateField()
    figures = TextField()  # JSON {figure: number}; counts and shares, never a name

    class Meta:
        indexes = ((("programme", "made_on"), True),)


class PrintedScore(BaseModel):
    """An evaluation average a report printed, over which answers (all of them dated up
    to a day, and how many): no later report prints a value that, with this one, would
    give fewer than three people's answers away (models.figures.printed_scores)."""

    programme = ForeignKeyField(Programme, backref="printed_scores", on_delete="CASCADE")
    cell = CharField()  # group/question: "all/recommend", "mentee/useful", "midway/joy"
    answers = IntegerField()
    value = FloatField()
    counted_to = DateField()  # the report counted every answer dated up to this day
    shown = BooleanField(default=True)  # False: hidden so that another could not be worked out

    class Meta:
        indexes = ((("programme", "cell", "counted_to", "answers"), True),)


class SentMessage(BaseModel):
    """An e-mail draft written to a pair: which kind, on which day (never its text)."""

    pairing = ForeignKeyField(Pairing, backref="sent_messages", on_delete="CASCADE")
    kind = CharField()  # invitation, reminder, evaluation, thanks
    moment = CharField(default="")  # the evaluation an evaluation request was about
    sent_on = DateField()


ALL_MODELS = [
    Theme,
    Programme,
    ProgrammeTheme,
    Participant,
    ParticipantTheme,
    Enrolment,
    Pairing,
    PairingTheme,
    Meeting,
    MeetingTheme,
    OutcomeItem,
    Evaluation,
    ReportFigures,
    PrintedScore,
    SentMessage,
]


# the mentor and the mentee of a pairing, as two tables of one query
MENTOR_PERSON, MENTEE_PERSON = Participant.alias(), Participant.alias()
# their first and last names, in that order
PAIR_NAMES = (
    MENTOR_PERSON.first_name,
    MENTOR_PERSON.last_name,
    MENTEE_PERSON.first_name,
    MENTEE_PERSON.last_name,
)


def pairings_with_people(programme, *columns):
    """The programme's pairings with their mentor (MENTOR_PERSON) and mentee
    (MENTEE_PERSON) joined, selecting `columns`."""
    return (
        Pairing.select(*columns)
        .join(MENTOR_PERSON, on=(Pairing.mentor == MENTOR_PERSON.id))
        .switch(Pairing)
        .join(MENTEE_PERSON, on=(Pairing.mentee == MENTEE_PERSON.id))
        .where(Pairing.programme == programme)
        .order_by(Pairing.id)  # as made (a server keeps no order of its own)
    )
