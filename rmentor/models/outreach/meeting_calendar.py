"""The meetings as an iCalendar file: each pair's series at its cadence, the programme's
kick-off and closing, for the coordinator's (or the pair's) calendar program.

Times are floating (no time zone): 10:00 is 10:00 wherever the laptop is, which is
what a pair in one office means. The first meeting is the one due next; the pair
moves it to a time that suits them, and the series follows.
"""

import datetime as dt

from rmentor.models.errors import DomainError
from rmentor.models.figures.counts import pairing_figures
from rmentor.models.outreach.addresses import address
from rmentor.models.outreach.mail_texts import CONTEXT
from rmentor.models.outreach.mail_texts import MailSettings
from rmentor.models.outreach.mail_texts import meeting_time
from rmentor.models.outreach.mails import cadence_words
from rmentor.models.outreach.mails import erased_in
from rmentor.models.outreach.mails import refuse_erased
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.privacy import is_erased
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import COMPLETED
from rmentor.models.text.vocabulary import PAUSED
from rmentor.models.text.vocabulary import PROPOSED

STILL_IN = (PROPOSED, ACTIVE, PAUSED, COMPLETED)  # not ended early
MEETING_LENGTH = dt.timedelta(hours=1)
SERIES_TITLE = QT_TRANSLATE_NOOP("Mail", "Reverse mentoring: {mentor} and {mentee}")
SERIES_TEXT = QT_TRANSLATE_NOOP(
    "Mail", "Meeting of your reverse mentoring pairing in {programme}, {cadence}."
)
PROGRAMME_DAYS = {
    "kick-off": QT_TRANSLATE_NOOP("Mail", "Kick-off: {programme}"),
    "closing": QT_TRANSLATE_NOOP("Mail", "Closing: {programme}"),
}
PROGRAMME_DAY_TEXT = QT_TRANSLATE_NOOP("Mail", "All pairs of {programme} meet.")


def invitable(person: Participant) -> bool:
    """Not erased, and with an address a calendar program can use."""
    if is_erased(person):
        return False
    try:
        address(person.full_name, person.email)
    except DomainError:
        return False
    return True


def series_start(due: dt.date, today: dt.date, hour_passed: bool = False) -> dt.date:
    """The day of the first meeting in the file: the one due, or the next working day
    (not today once the meetings' hour has passed: an event already over)."""
    day = max(due, today + dt.timedelta(days=1) if hour_passed else today)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day


def meeting_calendar(
    programme: Programme,
    face,
    settings: MailSettings,
    pairing: Pairing | None = None,
    today: dt.date | None = None,
    face_for=None,
) -> bytes:
    """Every active pair's series (or one pair's, active or proposed), with the
    programme's kick-off and closing when they are still to come. `face_for(pairing)`
    words a pair's own series (in its language); `face` the rest. Each series starts at
    the coordinator's meeting time (Settings)."""
    pair_face = face_for or (lambda _pairing: face)
    starts = meeting_time(settings)
    from icalendar import Calendar
    from icalendar import Event
    from icalendar import vCalAddress
    from icalendar import vText

    now = dt.datetime.now()
    hour_passed = today in (None, now.date()) and now.time() >= starts
    today = today or now.date()
    if pairing is not None:
        refuse_erased(pairing)
        if pairing.status not in (PROPOSED, ACTIVE):
            raise DomainError(
                QT_TRANSLATE_NOOP(
                    "DomainError",
                    "{mentor} and {mentee} are not proposed or active: they have no meetings "
                    "to plan.",
                ),
                mentor=pairing.mentor.full_name,
                mentee=pairing.mentee.full_name,
            )
        pairings = [pairing]
    else:  # with both people in the one query: 1,800 pairs lazily were 3,600 more
        mentor, mentee = Participant.alias(), Participant.alias()
        pairings = list(
            Pairing.select(Pairing, mentor, mentee)
            .join(mentor, on=(Pairing.mentor == mentor.id))
            .switch(Pairing)
            .join(mentee, on=(Pairing.mentee == mentee.id))
            .where((Pairing.programme == programme) & (Pairing.status == ACTIVE))
            .order_by(Pairing.id)
        )
    figures = pairing_figures(programme, today)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0)

    def person(p: Participant, role: str = "REQ-PARTICIPANT"):
        attendee = vCalAddress(f"mailto:{p.email}")
        attendee.params["cn"] = vText(p.full_name)
        attendee.params["role"] = vText(role)
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        return attendee

    def event(uid: str, summary: str, description: str):
        e = Event()
        e.add("uid", f"rmentor-{programme.form_key}-{uid}@rmentor")
        e.add("dtstamp", stamp)
        e.add("summary", summary)
        e.add("description", description)
        if settings.email:
            organizer = vCalAddress(f"mailto:{settings.email}")
            if settings.name:
                organizer.params["cn"] = vText(settings.name)
            e.add("organizer", organizer)
        return e

    calendar = Calendar()
    calendar.add("prodid", "-//rmentor//reverse mentoring//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", vText(programme.name))  # escaped: ; and , in a name
    for p in pairings:
        if erased_in(p):  # someone erased on request is planned no meetings
            continue
        cadence = p.cadence_weeks or programme.cadence_weeks
        f = figures[p.id]
        start = p.start_date or programme.start_date
        due = f.last_meeting + dt.timedelta(weeks=cadence) if f.last_meeting else start
        first = series_start(due, today, hour_passed)
        end = p.planned_end_date or programme.end_date
        names = {"mentor": p.mentor.full_name, "mentee": p.mentee.full_name}
        if first > end:  # its next meeting would fall after its planned end: none to plan
            if pairing is not None:
                raise DomainError(
                    QT_TRANSLATE_NOOP(
                        "DomainError",
                        "{mentor} and {mentee}: the next meeting would fall after the planned "
                        "end ({end}), so there is none to plan. Extend the pairing first.",
                    ),
                    end=end,
                    **names,
                )
            continue
        words = pair_face(p)
        e = event(
            f"pairing-{p.id}",
            words.translate(CONTEXT, SERIES_TITLE).format(**names),
            words.translate(CONTEXT, SERIES_TEXT).format(
                programme=programme.name, cadence=cadence_words(cadence, words)
            ),
        )
        e.add("dtstart", dt.datetime.combine(first, starts))
        e.add("dtend", dt.datetime.combine(first, starts) + MEETING_LENGTH)
        if end > first:
            e.add(
                "rrule",
                {
                    "freq": "weekly",
                    "interval": cadence,
                    "until": dt.datetime.combine(end, dt.time(23, 59, 59)),
                },
            )
        for someone in (p.mentor, p.mentee):
            if invitable(someone):
                e.add("attendee", person(someone))
        calendar.add_component(e)
    if pairing is None:
        # the kick-off for everyone enrolled; the closing for the pairs still in it
        enrolled = {
            pid
            for (pid,) in Participant.select(Participant.id)
            .join(Enrolment)
            .where((Enrolment.programme == programme) & (Participant.active == True))
            .tuples()
        }
        closing = {
            pid
            for pair in Pairing.select(Pairing.mentor, Pairing.mentee)
            .where((Pairing.programme == programme) & Pairing.status.in_(STILL_IN))
            .tuples()
            for pid in pair
        }
        invited = {"kick-off": enrolled, "closing": closing & enrolled}
    else:  # the pair's own file: the kick-off and closing they are part of
        both = {pairing.mentor_id, pairing.mentee_id}
        invited = {"kick-off": both, "closing": both}
    for uid, day in (("kick-off", programme.start_date), ("closing", programme.end_date)):
        if day < today:
            continue
        everyone = Participant.select().where(Participant.id.in_(invited[uid]))
        e = event(
            # in a pair's own file, an event of its own: the programme's event, with
            # everyone invited, is not replaced when both files are imported
            uid if pairing is None else f"{uid}-for-pair-{pairing.id}",
            face.translate(CONTEXT, PROGRAMME_DAYS[uid]).format(programme=programme.name),
            face.translate(CONTEXT, PROGRAMME_DAY_TEXT).format(programme=programme.name),
        )
        e.add("dtstart", day)  # a whole day: the coordinator sets the hour
        e.add("dtend", day + dt.timedelta(days=1))
        for p in everyone.order_by(Participant.id):
            if invitable(p):
                e.add("attendee", person(p, "OPT-PARTICIPANT"))
        calendar.add_component(e)
    return calendar.to_ical()
