"""The shared figures, on a pairing whose meetings we know."""

import datetime as dt

import pytest

from rmentor.models.figures import counts
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput

START = dt.date(2026, 1, 5)


@pytest.fixture
def pair(programme, make_person):
    p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    return pairings.set_status(p, "active", today=START)


def log(pair, date, minutes=60, held=True, themes=("consumer",), outcomes=()):
    journal.save_meeting(
        pair,
        MeetingInput(
            date=date,
            duration_minutes=minutes,
            held=held,
            cancelled_by=None if held else "mentor",
            themes=list(themes),
            outcomes=list(outcomes),
        ),
        today=dt.date(2026, 12, 1),
    )


def test_pairing_figures_and_overdue(programme, pair):
    today = dt.date(2026, 3, 1)
    f = counts.pairing_figures(programme, today)[pair.id]
    assert (f.held, f.last_meeting, f.days_since) == (0, None, (today - START).days)
    assert f.overdue  # 55 days since the start > 4 weeks + 1 week
    log(pair, dt.date(2026, 2, 10), minutes=90)
    log(pair, dt.date(2026, 2, 20), held=False)
    f = counts.pairing_figures(programme, today)[pair.id]
    assert (f.held, f.cancelled, f.last_meeting) == (1, 1, dt.date(2026, 2, 10))
    assert f.days_since == 19 and f.next_due == dt.date(2026, 3, 10) and not f.overdue
    late = dt.date(2026, 3, 18)  # 36 days: cadence 28 + grace 7 passed
    assert counts.overdue_pairings(programme, late)[0].pairing_id == pair.id
    assert counts.overdue_pairings(programme, dt.date(2026, 3, 17)) == []


def test_a_proposed_pairing_counts_no_days_since_its_planned_start(programme, make_person):
    planned = pairings.create_pairing(
        programme, make_person("mentor"), make_person("mentee"), start_date=START
    )
    assert planned.status == "proposed" and planned.start_date == START
    f = counts.pairing_figures(programme, dt.date(2026, 3, 1))[planned.id]
    assert (f.days_since, f.next_due, f.overdue) == (None, None, False)


def test_paused_pairing_is_never_overdue(programme, pair):
    pairings.set_status(pair, "paused")
    assert counts.overdue_pairings(programme, dt.date(2027, 1, 1)) == []


def test_counts_months_themes_outcomes(programme, pair, make_person):
    make_person("mentee", active=False)
    log(
        pair,
        dt.date(2026, 1, 10),
        minutes=60,
        themes=["consumer", "innovation"],
        outcomes=[
            OutcomeInput(kind="idea", text="A", theme="innovation"),
            OutcomeInput(kind="action", text="B", status="done"),
        ],
    )
    log(pair, dt.date(2026, 1, 30), minutes=30)
    log(pair, dt.date(2026, 2, 3), minutes=45, themes=["refresh"])
    log(pair, dt.date(2026, 2, 4), held=False, themes=["diversity"])
    # months of cancelled meetings only: no month of meetings held, nor their first
    log(pair, dt.date(2025, 12, 30), held=False)
    log(pair, dt.date(2026, 3, 2), held=False)
    assert counts.role_counts(programme) == {"mentor": 1, "mentee": 1}
    assert counts.role_counts(programme, active_only=False) == {"mentor": 1, "mentee": 2}
    assert counts.status_counts(programme) == {"active": 1}
    assert counts.meetings_per_month(programme) == [("2026-01", 2, 1.5), ("2026-02", 1, 0.8)]
    first = dt.date(2026, 1, 10)  # the first held, on a file and on a server alike
    totals = {"held": 3, "cancelled": 3, "hours": 2.2, "first": first}
    assert counts.meeting_totals(programme) == totals
    assert [(t.key, n) for t, n in counts.themes_covered(programme)] == [
        ("consumer", 2),
        ("innovation", 1),
        ("refresh", 1),
    ]
    assert counts.outcome_counts(programme) == {
        ("innovation", "idea", "open"): 1,
        (None, "action", "done"): 1,
    }


def test_evaluation_averages(programme, pair):
    assert counts.evaluation_averages(programme)["useful"] == (None, 0)
    for side, score in (("mentor", 3), ("mentee", 4)):
        journal.save_evaluation(
            pair,
            side=side,
            moment="midway",
            ratings={"useful": score, "learned": 5, "recommend": 2},
        )
    averages = counts.evaluation_averages(programme)
    assert averages == {
        "useful": (3.5, 2),
        "learned": (5.0, 2),
        "recommend": (2.0, 2),
        **dict.fromkeys(("customers", "heard", "barriers", "tried", "joy"), (None, 0)),
    }
    assert counts.evaluation_averages(programme, moment="closing")["useful"] == (None, 0)


def test_the_reports_respondents_count_people_as_sql_does(tmp_path):
    """Who answered each question, per moment, per side and in all, counted from the
    answers the report reads anyway; checked here against SQL's own distinct count."""
    from rmentor.models.figures.report_data import ALL
    from rmentor.models.figures.report_data import SIDES
    from rmentor.models.figures.report_data import gather
    from rmentor.models.programme import programmes
    from rmentor.models.storage import datafile
    from rmentor.models.storage.database import db
    from rmentor.models.text.vocabulary import ALL_QUESTIONS
    from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
    from tests.conftest import copy_demo

    path = copy_demo(tmp_path / "demo.sqlite")
    with datafile.opened(path):
        programme = programmes.all_programmes()[0]
        data = gather(programme, dt.date(2026, 12, 6))
        moments = tuple(EVALUATION_MOMENTS)
        for group in (ALL, *moments, *SIDES):
            where = f"e.moment IN ({','.join('?' * len(moments))})"
            params = [*moments]
            if group in moments:
                where, params = "e.moment = ?", [group]
            elif group in SIDES:
                where += " AND e.side = ?"
                params.append(group)
            for question in ALL_QUESTIONS:
                (expected,) = db.execute_sql(
                    "SELECT COUNT(DISTINCT CASE WHEN e.side = 'mentor' THEN p.mentor_id "
                    f"ELSE p.mentee_id END) FROM evaluation e JOIN pairing p ON p.id = "
                    f"e.pairing_id WHERE p.programme_id = ? AND e.date <= ? AND {where} "
                    f"AND e.{question} IS NOT NULL",
                    [programme.id, "2026-12-06", *params],
                ).fetchone()
                assert data.respondents[group][question] == expected, (group, question)
        assert data.respondents[ALL]["useful"] > 0


def test_examples_read_newest_first_are_those_every_text_grouped_gives(
    programme, pair, make_person, monkeypatch
):
    """A purpose's examples come from its newest meetings first, all of its texts only
    where those fall short: both ways give the same texts, in the same order, each
    pointing at its newest row (also where a meeting was logged late)."""
    from rmentor.models.figures import purpose_figures as figures
    from rmentor.models.programme import programmes
    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.models.programme.participants import save_participant

    other = programmes.save_programme(
        name="Another",
        start_date=dt.date(2026, 1, 1),
        end_date=dt.date(2026, 12, 31),
        cadence_weeks=4,
        themes=["consumer", "innovation"],
    )
    elsewhere = pairings.create_pairing(
        other,
        *(
            save_participant(
                programme=other,
                first_name="Elders",
                last_name=role,
                role=role,
                email=f"{role}@x.nl",
            )
            for role in ("mentor", "mentee")
        ),
    )
    pairings.set_status(elsewhere, "active", today=START)
    pool = ["Klanten bestellen via de app", "De winkel kan eenvoudiger", "Jong en oud"]
    for day in range(40):  # one meeting a day, texts repeating as typed texts do
        date = dt.date(2026, 1, 1) + dt.timedelta(days=day)
        themes = ["consumer", "innovation"] if day % 3 else ["innovation"]
        text = f"{pool[day % 3]} {day // 9}"
        journal.save_meeting(
            pair,
            MeetingInput(
                date=date,
                duration_minutes=60,
                themes=themes,
                summary=f"Gesprek {day // 4}",
                outcomes=[
                    OutcomeInput("insight" if day % 2 else "idea", text, theme=themes[day % 2 - 1]),
                    OutcomeInput("action", f"Doen {day}", theme=themes[0]),
                ],
            ),
            today=dt.date(2026, 12, 1),
        )
    for day in (2, 3):  # meetings logged late: older days, the newest texts, higher ids
        journal.save_meeting(
            pair,
            MeetingInput(
                date=dt.date(2026, 1, 1) + dt.timedelta(days=day),
                duration_minutes=60,
                themes=["consumer", "innovation"],
                summary="Gesprek 9",
                outcomes=[
                    OutcomeInput("idea", "De winkel kan eenvoudiger 4", theme="consumer"),
                    OutcomeInput("idea", "Jong en oud 4", theme="innovation"),
                ],
            ),
            today=dt.date(2026, 12, 1),
        )
    for day in (1, 5, 9, 30):  # effects recorded on a few actions
        action = OutcomeItem.get(OutcomeItem.text == f"Doen {day}")
        journal.set_outcome_effect(action, f"Effect {day % 2}")
    journal.save_meeting(  # the newest of all, in another programme
        elsewhere,
        MeetingInput(
            date=dt.date(2026, 3, 1),
            duration_minutes=60,
            themes=["consumer", "innovation"],
            summary="Elders",
            outcomes=[OutcomeInput("idea", "Elders", theme="consumer")],
        ),
        today=dt.date(2026, 12, 1),
    )

    def seen(newest: int, period) -> list:
        monkeypatch.setattr(figures, "NEWEST_MEETINGS", newest)
        return [
            (
                p.theme.key,
                [e.text for e in p.examples],
                [e.text for e in p.effect_examples],
                p.effects,
                {e.text: (e.kind, e.ref) for e in (*p.examples, *p.effect_examples)},
            )
            for p in figures.purpose_figures(programme, period)
        ]

    for period in ((dt.date(1, 1, 1), dt.date(2026, 12, 1)), (START, dt.date(2026, 1, 31))):
        grouped = seen(10**6, period)
        for newest in (1, 4, 7, 30):
            assert seen(newest, period) == grouped, (newest, period)
    grouped = seen(10**6, (dt.date(1, 1, 1), dt.date(2026, 12, 1)))
    consumer = next(p for p in grouped if p[0] == "consumer")
    # consumer's insights were typed on odd days not divisible by 3: 37, 35, 31, ...
    assert consumer[1] == [
        "De winkel kan eenvoudiger 4",
        "Jong en oud 3",
        "De winkel kan eenvoudiger 3",
    ]
    assert consumer[2:4] == (["Effect 1"], 2)  # days 1 and 5 recorded the same effect


def test_a_meeting_logged_ahead_counts_in_the_report_as_the_app_shows_it_today(programme, pair):
    """The report counts meetings up to its day; its attention list sees the pairings as
    the app does today, where a meeting logged ahead already counts."""
    from rmentor.models.figures.report_data import gather

    today = dt.date(2026, 6, 1)
    log(pair, dt.date(2026, 2, 1))  # the last one long ago: overdue by today
    before = gather(programme, today)
    assert [a.kind for a in before.attention if a.kind == "overdue"] == ["overdue"]
    log(pair, dt.date(2026, 6, 10))  # the next one, planned and logged ahead
    data = gather(programme, today)
    assert [a.kind for a in data.attention if a.kind == "overdue"] == []
    assert data.totals["held"] == 1  # counted up to the report's day
    (row,) = data.pairings
    assert (row.held, row.last_meeting) == (1, dt.date(2026, 2, 1))


def test_a_report_read_on_a_steps_thread_has_the_windows_cache_while_it_reads(
    tmp_path, monkeypatch
):
    """A step's thread keeps a small page cache. A report's forty queries read the same
    pages again and again (and an encrypted file decrypts them again), so it reads with a
    cache as big as the window's, and the thread's is back to its own size after."""
    import threading

    from rmentor.models.figures import report_data
    from rmentor.models.programme import programmes
    from rmentor.models.storage import datafile
    from rmentor.models.storage.database import PRAGMAS
    from rmentor.models.storage.database import THREAD_CACHE_KIB
    from rmentor.models.storage.database import db
    from tests.conftest import copy_demo

    seen = {}
    counted = report_data.role_counts

    def counting_roles(programme):
        seen["while reading"] = db.execute_sql("PRAGMA cache_size").fetchone()[0]
        return counted(programme)

    monkeypatch.setattr(report_data, "role_counts", counting_roles)

    def read(programme) -> None:
        report_data.gather(programme, dt.date(2026, 12, 6))
        seen["after"] = db.execute_sql("PRAGMA cache_size").fetchone()[0]
        db.close()

    with datafile.opened(copy_demo(tmp_path / "demo.sqlite")):
        thread = threading.Thread(target=read, args=(programmes.all_programmes()[0],))
        thread.start()
        thread.join()
    assert seen == {"while reading": PRAGMAS["cache_size"], "after": THREAD_CACHE_KIB}
