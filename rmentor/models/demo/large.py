"""The large demo: thousands of people and pairings, for benchmarks and the report's reach."""

import datetime as dt
import random

from peewee import chunked

from rmentor.models.demo.small import purpose_ratings
from rmentor.models.demo.texts import CONFIDENTIAL
from rmentor.models.demo.texts import DEPARTMENTS
from rmentor.models.demo.texts import EFFECTS
from rmentor.models.demo.texts import FIRST
from rmentor.models.demo.texts import LAST
from rmentor.models.demo.texts import OUTCOMES
from rmentor.models.demo.texts import SUMMARIES
from rmentor.models.programme.entities import Enrolment
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import MeetingTheme
from rmentor.models.programme.entities import OutcomeItem
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import ParticipantTheme
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.programmes import DEFAULT_THEMES
from rmentor.models.programme.programmes import get_or_add_theme
from rmentor.models.programme.programmes import save_programme
from rmentor.models.storage.database import db
from rmentor.models.text.vocabulary import PURPOSE_QUESTIONS


def write_large_demo(
    today: dt.date | None = None,
    seed: int = 5000,
    participants: int = 5000,
    pairings: int = 2500,
    meetings: int = 100_000,
) -> Programme:
    """A large file for benchmarks, written with bulk inserts in one transaction.

    Reporting lines are built so that no pair breaks the rules: mentees 0-99
    manage the others, mentors report to them, and pairs draw mentees from 100 on.
    """
    today = today or dt.date.today()
    rng = random.Random(seed)
    half = participants // 2
    start = today - dt.timedelta(weeks=150)
    with db.atomic():
        programme = save_programme(
            name="Reverse mentoring (large demo)",
            start_date=start,
            end_date=today + dt.timedelta(weeks=26),
            cadence_weeks=4,
            sponsor="Raad van bestuur",
            themes=list(DEFAULT_THEMES),
        )
        builtin = list(Theme.select().where(Theme.builtin == True))
        themes = [t.id for t in builtin] + [get_or_add_theme("AI-tools").id]
        theme_keys = [t.key for t in builtin] + ["AI-tools"]
        first_id = (
            Participant.select(Participant.id).order_by(Participant.id.desc()).scalar() or 0
        ) + 1
        mentee_ids = list(range(first_id, first_id + half))
        mentor_ids = list(range(first_id + half, first_id + participants))
        rows = []
        for i in range(participants):
            is_mentee = i < half
            j = i if is_mentee else i - half
            if is_mentee:
                manager = None if j == 0 else mentee_ids[0 if j < 100 else j // 25]
            else:
                manager = mentee_ids[j % 100]
            rows.append(
                {
                    "id": first_id + i,
                    # mentors shifted: mentor and mentee of a pair never share a name
                    "first_name": FIRST[(i + (0 if i < half else 7)) % len(FIRST)],
                    "last_name": LAST[(i // 20 + (0 if i < half else 3)) % len(LAST)],
                    "email": f"deelnemer{first_id + i}@groot.example",
                    "role": "mentee" if is_mentee else "mentor",
                    "department": DEPARTMENTS[i % len(DEPARTMENTS)],
                    "job_title": "Manager" if is_mentee else "Medewerker",
                    "level": 7 if is_mentee else 2,
                    "manager": manager,
                    "languages": "Nederlands, Engels",
                    "location": rng.choice(["Zwolle", "Deventer"]),
                    "capacity": 2 if is_mentee and 100 <= j < 200 else 1,
                    "active": True,
                    "consent_date": start,
                    "notes": "",
                }
            )
        _bulk(Participant, rows)
        _bulk(
            Enrolment,
            [{"programme": programme.id, "participant": pid} for pid in mentee_ids + mentor_ids],
        )
        _bulk(
            ParticipantTheme,
            [
                {"participant": pid, "theme": t}
                for pid in mentee_ids + mentor_ids
                for t in rng.sample(themes, 2)
            ],
        )
        statuses = ["active"] * 14 + ["completed"] * 2 + ["paused", "ended_early", "proposed"]
        pairing_rows = []
        eligible = mentee_ids[100:]
        for k in range(pairings):
            extra = k >= len(eligible)  # second pairings of mentees with capacity 2
            status = "completed" if extra else statuses[k % len(statuses)]
            p_start = start + dt.timedelta(days=rng.randrange(0, 60))
            pairing_rows.append(
                {
                    "programme": programme.id,
                    "mentor": mentor_ids[k % len(mentor_ids)],
                    "mentee": eligible[k % len(eligible)],
                    "status": status,
                    "start_date": p_start,
                    "planned_end_date": programme.end_date,
                    "cadence_weeks": None,
                    "end_reason": "fit" if status == "ended_early" else None,
                    "end_note": "",
                    "override_reason": "",
                    "match_explanation": "",
                    "created": dt.datetime.combine(p_start, dt.time(9)),
                }
            )
        _bulk(Pairing, pairing_rows)
        pairing_ids = [
            pid
            for (pid,) in Pairing.select(Pairing.id)
            .where(Pairing.programme == programme)
            .where(Pairing.status != "proposed")
            .tuples()
        ]
        first_meeting = (Meeting.select(Meeting.id).order_by(Meeting.id.desc()).scalar() or 0) + 1
        meeting_rows, theme_rows, outcome_rows = [], [], []
        span = (today - start).days
        for n in range(meetings):
            mid = first_meeting + n
            held = rng.random() > 0.08
            date = start + dt.timedelta(days=rng.randrange(span))
            meeting_rows.append(
                {
                    "id": mid,
                    "pairing": pairing_ids[n % len(pairing_ids)],
                    "date": date,
                    "duration_minutes": rng.choice([30, 45, 60, 60, 90]),
                    "format": rng.choice(["one_to_one", "shadowing", "remote"]),
                    "held": held,
                    "cancelled_by": None if held else "mentee",
                    "summary": _pick(SUMMARIES[theme_keys[n % len(themes)]], n // len(themes)),
                    "confidential_note": CONFIDENTIAL if n % 10 == 0 else "",
                }
            )
            theme_rows.append({"meeting": mid, "theme": themes[n % len(themes)]})
            if held and n % 2 == 0:
                # every other meeting has one: step through the theme's outcomes by those
                kind, text = _pick(OUTCOMES[theme_keys[n % len(themes)]], n // (2 * len(themes)))
                # most actions get done, more of them the older they are; some record an effect
                done = rng.random() < 0.3 + 0.5 * (today - date).days / span
                outcome_rows.append(
                    {
                        "meeting": mid,
                        "kind": kind,
                        "text": text,
                        "theme": themes[n % len(themes)],
                        "owner": "",
                        "status": "done" if done else "open",
                        "due_date": date + dt.timedelta(weeks=4) if kind == "action" else None,
                        "effect": EFFECTS[text] if done and kind == "action" and n % 7 == 0 else "",
                    }
                )
        _bulk(Meeting, meeting_rows)
        _bulk(MeetingTheme, theme_rows)
        _bulk(OutcomeItem, outcome_rows)
        _bulk(
            Evaluation,
            [
                {
                    "pairing": pid,
                    "side": side,
                    "moment": "fit_check",
                    "date": start,
                    "useful": rng.randint(2, 5),
                    "learned": rng.randint(2, 5),
                    "recommend": rng.randint(2, 5),
                    "comment": "",
                }
                for pid in pairing_ids
                for side in ("mentor", "mentee")
            ],
        )
        # midway, a third of the pairs that started half a year ago answered again
        midway = start + dt.timedelta(weeks=26)
        _bulk(
            Evaluation,
            [
                {
                    "pairing": pid,
                    "side": side,
                    "moment": "midway",
                    "date": midway,
                    "useful": rng.randint(2, 5),
                    "learned": rng.randint(2, 5),
                    "recommend": rng.randint(2, 5),
                    "comment": "",
                    **dict.fromkeys(PURPOSE_QUESTIONS, None),
                    **purpose_ratings(pid, side, "midway"),
                }
                for pid in pairing_ids[::3]
                for side in ("mentor", "mentee")
            ],
        )
    return programme


def _pick(options: list, n: int):
    return options[n % len(options)]


def _bulk(model, rows, size: int = 500) -> None:
    for batch in chunked(rows, size):
        model.insert_many(batch).execute()
