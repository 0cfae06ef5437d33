"""The small demo: a believable Dutch company's programme, every status and tab in use."""

import datetime as dt
import random

from rmentor.models.demo.texts import CONFIDENTIAL
from rmentor.models.demo.texts import DEMO_NAME
from rmentor.models.demo.texts import EFFECTS
from rmentor.models.demo.texts import MENTEES
from rmentor.models.demo.texts import MENTORS
from rmentor.models.demo.texts import OUTCOMES
from rmentor.models.demo.texts import PAIRS
from rmentor.models.demo.texts import SUMMARIES
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput
from rmentor.models.programme.journal import save_evaluation
from rmentor.models.programme.journal import save_meeting
from rmentor.models.programme.pairings import create_pairing
from rmentor.models.programme.pairings import set_status
from rmentor.models.programme.participants import save_participant
from rmentor.models.programme.programmes import DEFAULT_THEMES
from rmentor.models.programme.programmes import DEFAULT_WEEKS
from rmentor.models.programme.programmes import save_programme
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import PURPOSES
from rmentor.models.text.vocabulary import purpose_questions


def write_small_demo(today: dt.date | None = None, seed: int = 2026) -> Programme:
    """A programme of a small company, written through the domain rules."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    start = today - dt.timedelta(weeks=27)
    with db.atomic():
        programme = save_programme(
            name=DEMO_NAME,
            start_date=start,
            end_date=start + dt.timedelta(weeks=DEFAULT_WEEKS),
            cadence_weeks=3,
            sponsor="Hanneke Brouwer",
            description="Jonge collega's helpen leidinggevenden de klant, de werkvloer en "
            "nieuwe tools door andere ogen te zien.",
            themes=[*DEFAULT_THEMES, "AI-tools"],
        )
        people = {}
        for role, rows in (("mentee", MENTEES), ("mentor", MENTORS)):
            for first, last, dept, title, level, boss, langs, place, themes in rows:
                email = f"{first[0]}.{last.replace(' ', '')}@voorbeeldbedrijf.nl"
                people[first] = save_participant(
                    programme=programme,
                    first_name=first,
                    last_name=last,
                    email=_ascii(email),
                    role=role,
                    department=dept,
                    job_title=title,
                    level=level,
                    manager=people.get(boss),
                    languages=langs,
                    location=place,
                    capacity=1,
                    consent_date=start - dt.timedelta(days=14),
                    themes=[t.strip() for t in themes.split(",")],
                )
        for mentor, mentee, status, n_meetings, weeks, themes in PAIRS:
            _demo_pairing(
                programme,
                people[mentor],
                people[mentee],
                status,
                n_meetings,
                today - dt.timedelta(weeks=weeks),
                themes.split(", "),
                today,
                rng,
            )
        # what came of the oldest actions done: the behaviour and results they led to
        given: set[str] = set()
        done = (
            OutcomeItem.select()
            .join(Meeting)
            .join(Pairing)
            .where(
                (Pairing.programme == programme)
                & (OutcomeItem.kind == "action")
                & (OutcomeItem.status == "done")
            )
            .order_by(Meeting.date, OutcomeItem.id)
        )
        for item in done:  # the oldest done of each action, with what came of it
            if item.text in EFFECTS and item.text not in given:
                given.add(item.text)
                item.effect = EFFECTS[item.text]
                item.save()
    return programme


def _ascii(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _demo_pairing(programme, mentor, mentee, status, n_meetings, start, themes, today, rng):
    pairing = create_pairing(
        programme,
        mentor,
        mentee,
        start_date=start,
        planned_end_date=programme.end_date,
        themes=themes,
    )
    if status == "proposed":
        return
    set_status(pairing, "active", today=start)
    pairing.ground_rules_date = start
    pairing.save()
    date = start + dt.timedelta(days=3)
    for number in range(n_meetings):
        if date > today:
            break
        theme = themes[number % len(themes)]
        held = number % 5 != 3
        outcomes = []
        if held and number % 2 == 0:
            kind, text = rng.choice(OUTCOMES[theme])
            due = date + dt.timedelta(weeks=3) if kind == "action" else None
            outcomes.append(
                OutcomeInput(
                    kind=kind,
                    text=text,
                    theme=theme,
                    owner=mentee.first_name,
                    status="done" if number < n_meetings - 2 else "open",
                    due_date=due,
                )
            )
        summaries = SUMMARIES[theme]
        save_meeting(
            pairing,
            MeetingInput(
                date=date,
                duration_minutes=rng.choice([45, 60, 60, 75, 90]),
                format=rng.choice(["one_to_one", "one_to_one", "shadowing", "remote"]),
                held=held,
                cancelled_by=None if held else rng.choice(["mentor", "mentee"]),
                themes=[theme],
                summary=summaries[number % len(summaries)] if held else "",
                confidential_note=CONFIDENTIAL if number % 4 == 1 else "",
                outcomes=outcomes,
            ),
            today=today,
        )
        if number == 0 and held:
            for side in ("mentor", "mentee"):
                save_evaluation(
                    pairing, side=side, moment="fit_check", date=date, ratings=_ratings(rng)
                )
        if number == 4:
            ratings = {**_ratings(rng), **purpose_ratings(pairing.id, "mentee", "midway")}
            save_evaluation(pairing, side="mentee", moment="midway", date=date, ratings=ratings)
        date += dt.timedelta(days=rng.choice([18, 21, 21, 24]))
    if status == "paused":
        set_status(pairing, "paused")
    elif status == "completed":
        set_status(pairing, "completed")
        for side in ("mentor", "mentee"):
            save_evaluation(
                pairing,
                side=side,
                moment="closing",
                date=min(date, today),  # after the last meeting, but never in the future
                ratings={**_ratings(rng), **purpose_ratings(pairing.id, side, "closing")},
                comment="Waardevol, zouden het zo weer doen.",
            )
    elif status == "ended_early":
        set_status(
            pairing,
            "ended_early",
            reason="schedule",
            note="Drukte in de logistiek na de reorganisatie.",
        )


def _ratings(rng) -> dict[str, int]:
    return {q: rng.choice([3, 4, 4, 5, 5]) for q in ("useful", "learned", "recommend")}


def purpose_ratings(pairing_id: int, side: str, moment: str) -> dict[str, int]:
    """The purposes' own questions, asked midway and at the close; from a generator of
    their own, so the other demo figures stay as they were."""
    rng = random.Random(f"{pairing_id}/{side}/{moment}")
    return {q: rng.choice([3, 4, 4, 5, 5]) for q in purpose_questions(PURPOSES, side)}
