"""Page 1 read as a careful board member reads it: programmes built for the purpose,
each with the verdict such a reader expects, in both languages; page 1's figures recounted
with plain SQL; and no answer that two reports together give away."""

import datetime as dt
import sqlite3

import pytest
from pypdf import PdfReader

from rmentor.models import datafile, demo, journal, pairings, programmes, reporting
from rmentor.models.entities import Evaluation, Meeting, PrintedScore, Programme
from rmentor.models.errors import DomainError
from rmentor.models.journal import MeetingInput, OutcomeInput
from rmentor.models.participants import save_participant
from rmentor.models.suppression import MIN_ANSWERS
from rmentor.reports.programme_report import ProgrammeReport

START = dt.date(2026, 1, 5)
TODAY = dt.date(2026, 10, 5)  # 39 weeks in: 13 three-weekly meetings planned per pair
PURPOSES = ["consumer", "diversity", "innovation", "refresh"]
STAMP = {"en": "The programme: {}", "nl": "Het programma: {}"}
WORDS = {
    "en": {"on_track": "On track", "needs_attention": "Needs attention", "too_early": "Too early"},
    "nl": {
        "on_track": "Op koers",
        "needs_attention": "Aandacht nodig",
        "too_early": "Nog te vroeg",
    },
}


def page_one(path) -> str:
    return " ".join(PdfReader(str(path)).pages[0].extract_text().split())


def build(pairs=10, cadence=3, every=3, until=TODAY, paused_after=None, stop=None, answers=True):
    """A programme of `pairs` pairings started on START that meet every `every` weeks
    until `until` (or `stop` for the second half of the pairs), tagged with the four
    purposes in turn, each meeting yielding an insight and a done action; everyone
    answers the fit check and the midway evaluation (4s and 5s) when `answers`."""
    programme = programmes.save_programme(
        name="Battery",
        start_date=START,
        end_date=dt.date(2026, 12, 31),
        cadence_weeks=cadence,
        themes=PURPOSES,
    )
    made = []
    for i in range(pairs):
        people = [
            save_participant(
                programme=programme,
                first_name=f"{role.title()}{i}",
                last_name="Battery",
                email=f"{role}{i}@example.nl",
                role=role,
                department="Sales" if role == "mentor" else "Directie",
                languages="Nederlands",
            )
            for role in ("mentor", "mentee")
        ]
        pairing = pairings.create_pairing(programme, *people, start_date=START)
        pairings.set_status(pairing, "active", today=START)
        last = stop if (stop and i >= pairs // 2) else until
        date, n = START + dt.timedelta(days=3), 0
        while date <= last and (paused_after is None or n < paused_after):
            purpose = PURPOSES[(i + n) % len(PURPOSES)]
            journal.save_meeting(
                pairing,
                MeetingInput(
                    date=date,
                    duration_minutes=60,
                    themes=[purpose],
                    summary="We spraken over klanten en nieuwe ideeën.",
                    outcomes=[
                        OutcomeInput(kind="insight", text=f"Inzicht {i}.{n}", theme=purpose),
                        OutcomeInput(
                            kind="action", text=f"Actie {i}.{n}", theme=purpose, status="done"
                        ),
                    ],
                ),
                today=TODAY,
            )
            date += dt.timedelta(weeks=every)
            n += 1
        if paused_after is not None:
            pairings.set_status(pairing, "paused", today=date)
        if answers:
            for side in ("mentor", "mentee"):
                for moment, day in (
                    ("fit_check", START + dt.timedelta(days=4)),
                    ("midway", dt.date(2026, 6, 1)),
                ):
                    ratings = {"useful": 4, "learned": 5, "recommend": 4 + (i % 2)}
                    if moment == "midway":
                        ratings |= dict.fromkeys(
                            programmes.questions_asked(programme, side, moment), 4
                        )
                    journal.save_evaluation(
                        pairing, side=side, moment=moment, ratings=ratings, date=day
                    )
        made.append(pairing)
    return Programme.get_by_id(programme.id)


def one_meeting_purpose():
    """Healthy on three purposes; the fourth came up once, with one insight."""
    programme = build()
    Meeting.update(held=True).execute()
    from rmentor.models.entities import MeetingTheme, OutcomeItem, Theme

    refresh = Theme.get(Theme.key == "refresh")
    consumer = Theme.get(Theme.key == "consumer")
    tagged = [m.meeting_id for m in MeetingTheme.select().where(MeetingTheme.theme == refresh)]
    keep = tagged[0]
    MeetingTheme.update(theme=consumer).where(
        (MeetingTheme.theme == refresh) & (MeetingTheme.meeting != keep)
    ).execute()
    OutcomeItem.update(theme=consumer).where(
        (OutcomeItem.theme == refresh) & (OutcomeItem.meeting != keep)
    ).execute()
    OutcomeItem.delete().where(
        (OutcomeItem.meeting == keep) & (OutcomeItem.kind == "action")
    ).execute()
    Evaluation.update(joy=None).execute()  # nobody said it brought back joy either
    return programme


BATTERY = {
    # name: (builder, today, programme verdict, {purpose: verdict})
    "healthy": (lambda: build(), TODAY, "on_track", dict.fromkeys(PURPOSES, "on_track")),
    # every pair met twice in the first month, then paused: 20 of 130 meetings held
    # (and so none of the purposes has been talked about since February)
    "paused": (
        lambda: build(paused_after=2),
        TODAY,
        "needs_attention",
        dict.fromkeys(PURPOSES, "needs_attention"),
    ),
    # agreed every two weeks, met every three
    "slow": (lambda: build(cadence=2, every=3), TODAY, "needs_attention", {}),
    # half the pairs stopped meeting in May
    "stalled": (lambda: build(stop=dt.date(2026, 5, 1)), TODAY, "needs_attention", {}),
    "one-meeting purpose": (
        one_meeting_purpose,
        TODAY,
        "needs_attention",
        {"refresh": "needs_attention", "consumer": "on_track"},
    ),
    "early": (
        lambda: build(until=START + dt.timedelta(weeks=4)),
        START + dt.timedelta(weeks=4),
        "too_early",
        dict.fromkeys(PURPOSES, "too_early"),
    ),
    "empty": (
        lambda: programmes.save_programme(
            name="Leeg", start_date=START, end_date=dt.date(2026, 12, 31), themes=PURPOSES
        ),
        START + dt.timedelta(weeks=2),
        "too_early",
        {},
    ),
    # meetings as agreed, but nobody answered an evaluation
    "no answers": (lambda: build(answers=False), TODAY, "needs_attention", {}),
}


@pytest.mark.parametrize("name", list(BATTERY))
@pytest.mark.parametrize("lang", ["en", "nl"])
def test_page_one_gives_the_verdict_a_careful_reader_expects(opened, tmp_path, name, lang):
    builder, today, expected, purposes = BATTERY[name]
    programme = builder()
    report = ProgrammeReport(programme, lang, today=today)
    assert report.overall.status == expected, report.overall.reason
    judged = {p.theme.key: v.status for p, v in report.purpose_verdicts}
    assert {k: judged[k] for k in purposes} == purposes
    first = page_one(report.write(tmp_path / "r.pdf"))
    words = WORDS[lang]
    assert STAMP[lang].format(words[expected]) in first
    if expected != "on_track":
        assert STAMP[lang].format(words["on_track"]) not in first
        # a verdict other than on track always asks management for something
        none = {"en": "No decision is needed now", "nl": "Er is nu geen besluit nodig"}
        assert none[lang] not in first


def test_the_paused_and_the_slow_programme_say_why_and_what_to_decide(opened, tmp_path):
    paused = ProgrammeReport(build(paused_after=2), "en", today=TODAY)
    first = page_one(paused.write(tmp_path / "p.pdf"))
    assert "0% of the pairings due to meet did so as often as agreed" in first
    assert "Paused pairings are counted among those due to meet: 10." in first
    assert "Ask the sponsor and the mentees' managers to make time for the meetings" in first
    assert "By 2 Nov 2026." in first  # four weeks from the report's date
    # the purposes no one talks about any more: one decision for all of them
    assert first.count("Put these purposes back on the pairs' agenda") == 1
    assert "The consumer's view: No meeting was about it since 29 Jan 2026." in first


def test_one_meeting_purpose_gets_a_decision_of_its_own(opened, tmp_path):
    report = ProgrammeReport(one_meeting_purpose(), "nl", today=TODAY)
    first = page_one(report.write(tmp_path / "r.pdf"))
    assert "Opfrissen: weer plezier in het vak: zet het op de agenda van de koppels" in first
    assert "Maar 1 van de" in first


# page 1 recounted with plain SQL


def recount(path, programme_id: int, today: dt.date) -> dict:
    con = sqlite3.connect(path)
    q = con.execute
    (enrolled,) = q(
        "SELECT COUNT(*) FROM participant p JOIN enrolment e ON e.participant_id = p.id "
        "WHERE e.programme_id = ? AND p.active",
        (programme_id,),
    ).fetchone()
    (paired,) = q(
        "SELECT COUNT(*) FROM (SELECT mentor_id FROM pairing WHERE programme_id = ?1 AND "
        "status IN ('active', 'paused', 'completed') UNION SELECT mentee_id FROM pairing "
        "WHERE programme_id = ?1 AND status IN ('active', 'paused', 'completed'))",
        (programme_id,),
    ).fetchone()
    due, met = q(
        """
        WITH pc AS (
          SELECT p.id, p.status, p.start_date AS s, p.planned_end_date AS pe,
                 COALESCE(p.cadence_weeks, g.cadence_weeks) AS c,
                 (SELECT COUNT(*) FROM meeting m
                   WHERE m.pairing_id = p.id AND m.held AND m.date <= ?2) AS held,
                 (SELECT MAX(m.date) FROM meeting m
                   WHERE m.pairing_id = p.id AND m.held AND m.date <= ?2) AS last
          FROM pairing p JOIN programme g ON g.id = p.programme_id
          WHERE p.programme_id = ?1 AND p.status != 'proposed' AND p.start_date IS NOT NULL),
        ends AS (
          SELECT held, s, c, pe,
                 CASE WHEN status IN ('completed', 'ended_early') THEN COALESCE(last, s)
                      ELSE ?2 END AS e
          FROM pc),
        x AS (
          SELECT held, CAST(MAX(0, julianday(CASE WHEN pe IS NOT NULL AND pe < e THEN pe
                 ELSE e END) - julianday(s)) / 7 / c AS INTEGER) AS expected
          FROM ends)
        SELECT SUM(expected >= 1), SUM(expected >= 1 AND held >= expected) FROM x
        """,
        (programme_id, today.isoformat()),
    ).fetchone()
    average, answers = q(
        "SELECT AVG(recommend), COUNT(recommend) FROM evaluation v JOIN pairing p ON "
        "p.id = v.pairing_id WHERE p.programme_id = ? AND v.date <= ? AND v.moment IN "
        "('fit_check', 'midway', 'closing')",
        (programme_id, today.isoformat()),
    ).fetchone()
    done, actions = q(
        "SELECT SUM(o.status = 'done'), COUNT(*) FROM outcome_item o JOIN meeting m ON "
        "m.id = o.meeting_id JOIN pairing p ON p.id = m.pairing_id WHERE p.programme_id = ? "
        "AND o.kind = 'action' AND o.status != 'dropped' AND m.date <= ?",
        (programme_id, today.isoformat()),
    ).fetchone()
    con.close()
    return {
        "paired": (round(100 * paired / enrolled), enrolled),
        "cadence": (round(100 * met / due), due),
        "satisfaction": (round(average, 1), answers),
        "done": (round(100 * done / actions), actions),
    }


@pytest.mark.parametrize("size", ["small", "large"])
def test_page_one_figures_equal_a_recount_in_plain_sql(opened, tmp_path, size):
    programme = demo.write_small_demo() if size == "small" else demo.write_large_demo()
    first = page_one(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))
    counted = recount(opened, programme.id, dt.date.today())
    names = {
        "paired": "Participants paired",
        "cadence": "Pairs meeting as often as agreed",
        "satisfaction": "Would recommend it (1-5)",
        "done": "Actions done",
    }
    for key, (value, n) in counted.items():
        shown = f"{value:.1f}" if key == "satisfaction" else f"{value}%"
        import re

        row = re.search(rf"{re.escape(names[key])} [✔✖]? ?(\S+) \S+ (\S+)", first)
        assert row, (key, first)
        assert (row.group(1), row.group(2)) == (shown, f"{n:,}"), key


# no answer given away by two reports together


def answers_printed_apart(programme) -> list:
    """Cells printed at two counts of answers fewer than MIN_ANSWERS apart."""
    printed = {}
    for row in PrintedScore.select().where(PrintedScore.programme == programme):
        printed.setdefault(row.cell, []).append(row.answers)
    return [
        (cell, a, b)
        for cell, counts in printed.items()
        for a in counts
        for b in counts
        if 0 < abs(a - b) < MIN_ANSWERS
    ]


def three_answers(programme_start=START):
    programme = programmes.save_programme(
        name="Drie", start_date=programme_start, end_date=dt.date(2026, 12, 31), themes=PURPOSES
    )
    pairs = []
    for i in range(6):
        people = [
            save_participant(
                programme=programme,
                first_name=f"P{i}{role}",
                last_name="Drie",
                email=f"{role}{i}@drie.nl",
                role=role,
            )
            for role in ("mentor", "mentee")
        ]
        pairing = pairings.create_pairing(programme, *people, start_date=START)
        pairings.set_status(pairing, "active", today=START)
        pairs.append(pairing)
    return programme, pairs


def answer(pairing, score, day):
    journal.save_evaluation(
        pairing,
        side="mentee",
        moment="midway",
        ratings={"useful": score, "learned": score, "recommend": score},
        date=day,
    )


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_two_reports_with_one_answer_between_never_give_it_away(opened, tmp_path, lang):
    programme, pairs = three_answers()
    for pairing, score in zip(pairs, (5, 5, 4), strict=False):
        answer(pairing, score, dt.date(2026, 6, 1))
    first = ProgrammeReport(programme, lang, today=dt.date(2026, 6, 2))
    assert first.data.score("all", "recommend") == pytest.approx(4.67)
    first.write(tmp_path / "a.pdf")
    answer(pairs[3], 1, dt.date(2026, 6, 3))  # the one answer to protect
    second = ProgrammeReport(programme, lang, today=dt.date(2026, 6, 4))
    # the value printed before stands: 4 x 3.75 - 3 x 4.67 would be the new answer
    assert second.data.score("all", "recommend") == pytest.approx(4.67)
    text = page_one(second.write(tmp_path / "b.pdf"))
    assert ("4.7*" if lang == "en" else "4,7*") in text
    assert answers_printed_apart(programme) == []
    # three answers more, and the new value may show
    for pairing in pairs[4:]:
        answer(pairing, 2, dt.date(2026, 6, 5))
    journal.save_evaluation(
        pairs[0],
        side="mentor",
        moment="midway",
        ratings=dict.fromkeys(("useful", "learned", "recommend"), 3),
        date=dt.date(2026, 6, 5),
    )
    third = ProgrammeReport(programme, lang, today=dt.date(2026, 6, 6))
    assert third.data.score("all", "recommend") == pytest.approx(3.14, abs=0.01)
    third.write(tmp_path / "c.pdf")
    assert answers_printed_apart(programme) == []


def test_a_period_report_between_two_whole_reports_neither_leaks_nor_moves_the_trend(
    opened, tmp_path
):
    programme, pairs = three_answers()
    for pairing, score in zip(pairs, (5, 5, 4), strict=False):
        answer(pairing, score, dt.date(2026, 6, 1))
    ProgrammeReport(programme, "en", today=dt.date(2026, 6, 2)).write(tmp_path / "a.pdf")
    answer(pairs[3], 1, dt.date(2026, 6, 3))
    period = reporting.period_of(programme, None, dt.date(2026, 6, 3), today=dt.date(2026, 9, 1))
    middle = ProgrammeReport(programme, "en", today=dt.date(2026, 9, 1), period=period)
    assert middle.data.score("all", "recommend") == pytest.approx(4.67)  # held, not 3.75
    text = page_one(middle.write(tmp_path / "p.pdf"))
    assert "A report over a period is not compared with other reports." in text
    # the period report kept no trend figures: the next whole one compares with June 2nd
    later = ProgrammeReport(programme, "en", today=dt.date(2026, 9, 2))
    assert later.previous[0] == dt.date(2026, 6, 2)
    assert answers_printed_apart(programme) == []
    # a report never compares with a later one
    earlier = ProgrammeReport(programme, "en", today=dt.date(2026, 6, 1))
    assert earlier.previous is None


def test_a_change_is_between_the_values_as_printed(opened, tmp_path):
    programme, pairs = three_answers()
    for pairing, score in zip(pairs, (5, 4, 4), strict=False):
        answer(pairing, score, dt.date(2026, 6, 1))
    ProgrammeReport(programme, "en", today=dt.date(2026, 6, 2)).write(tmp_path / "a.pdf")
    for pairing, score in zip(pairs[3:], (5, 4, 4), strict=False):  # 4.33 again, over 6
        answer(pairing, score, dt.date(2026, 6, 3))
    text = page_one(
        ProgrammeReport(programme, "en", today=dt.date(2026, 6, 4)).write(tmp_path / "b.pdf")
    )
    assert "Would recommend it (1-5) ✔ 4.3 4.0 6 =" in text


@pytest.mark.parametrize(
    "start, end, words",
    [
        (dt.date(2026, 9, 1), dt.date(2026, 6, 1), "The period must end after it starts."),
        (None, dt.date(2025, 12, 1), "lies outside the programme"),
        (dt.date(2027, 2, 1), None, "lies outside the programme"),
        (dt.date(2026, 11, 1), None, "after today"),
    ],
)
def test_a_period_outside_the_programme_or_reversed_is_refused(opened, start, end, words):
    programme = programmes.save_programme(
        name="P", start_date=START, end_date=dt.date(2026, 12, 31), themes=PURPOSES
    )
    with pytest.raises(DomainError) as refused:
        reporting.period_of(programme, start, end, today=dt.date(2026, 10, 1))
    assert words in refused.value.text()


def test_the_command_line_refuses_a_period_before_the_start_in_words(opened, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    demo.write_small_demo()
    datafile.close_file()
    main = Path(__file__).resolve().parents[1] / "main.py"
    done = subprocess.run(
        [
            sys.executable,
            str(main),
            "report",
            "--db",
            str(opened),
            "--out",
            str(tmp_path / "r.pdf"),
            "--to",
            "2001-01-01",
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 1
    assert "lies outside the programme" in done.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_anonymised_text_loses_job_titles_and_departments_but_not_compounds(opened, tmp_path):
    programme = build(pairs=3)
    from rmentor.models.entities import Participant

    Participant.update(job_title="financieel manager").where(
        Participant.email == "mentee0@example.nl"
    ).execute()
    Participant.update(department="HR").where(Participant.email == "mentee1@example.nl").execute()
    Meeting.update(
        summary="De financieel manager vertelde over de HR-manager en over HR."
    ).execute()
    report = ProgrammeReport(programme, "nl", anonymous=True, today=TODAY)
    text = report.typed("De financieel manager vertelde over de HR-manager en over HR.")
    assert text == "De [functie] vertelde over de HR-manager en over [afdeling]."
    lines = " ".join(
        page.extract_text() for page in PdfReader(str(report.write(tmp_path / "r.pdf"))).pages
    )
    assert "financieel manager" not in lines
