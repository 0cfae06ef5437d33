"""Page 1 read as a careful board member reads it: programmes built for the purpose,
each with the verdict such a reader expects, in both languages; page 1's figures recounted
with plain SQL; and no answer that two reports together give away."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from rmentor.models import demo
from rmentor.models.errors import DomainError
from rmentor.models.figures import reporting
from rmentor.models.figures.suppression import MIN_ANSWERS
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import PrintedScore
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput
from rmentor.models.programme.participants import save_participant
from rmentor.models.storage import datafile
from rmentor.reports.programme.report import ProgrammeReport
from tests.conftest import copy_demo

START = dt.date(2026, 1, 5)
TODAY = dt.date(2026, 10, 5)  # 39 weeks in: 13 three-weekly meetings planned per pair
PURPOSES = ["consumer", "diversity", "innovation", "refresh"]
STAMP = {"en": "The programme: {}", "nl": "Het programma: {}"}
WORDS = {  # as page 1's box says them: Dutch goes on in lower case after a colon
    "en": {"on_track": "On track", "needs_attention": "Needs attention", "too_early": "Too early"},
    "nl": {
        "on_track": "op koers",
        "needs_attention": "aandacht nodig",
        "too_early": "nog te vroeg",
    },
}


def report_command(db, out, *more) -> subprocess.CompletedProcess:
    """`rmentor report` as the coordinator types it, in a process of its own."""
    main = Path(__file__).resolve().parents[2] / "main.py"
    command = [sys.executable, str(main), "report", "--db", str(db), "--out", str(out), *more]
    return subprocess.run(command, capture_output=True, text=True)


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
    from rmentor.models.programme.entities import MeetingTheme
    from rmentor.models.programme.entities import OutcomeItem
    from rmentor.models.programme.entities import Theme

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
    # one line for a reason every purpose shares, not the same sentence four times
    assert (
        "– The consumer's view, Diversity beyond the hierarchy, Innovation by "
        "cross-pollination, Refreshing the love of the craft: No meeting was about it since "
        "29 Jan 2026. Decisions for management"
    ) in first


def test_one_meeting_purpose_gets_a_decision_of_its_own(opened, tmp_path):
    report = ProgrammeReport(one_meeting_purpose(), "nl", today=TODAY)
    path = report.write(tmp_path / "r.pdf")
    first = page_one(path)
    assert "Opfrissen: weer plezier in het vak: zet het op de agenda van de koppels" in first
    assert "Gesprekken erover: 1 van de 130 gevoerde" in first
    # one meeting, in one pairing: counted without a plural that does not fit
    whole = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)
    assert "in 1 koppelingen" not in whole and "1 gesprekken" not in whole
    assert "Gesprekken erover: 1. Koppelingen die ze voerden: 1." in whole


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
          SELECT p.id, p.status, p.start_date AS s,
                 COALESCE(p.planned_end_date, g.end_date) AS pe,
                 COALESCE(p.cadence_weeks, g.cadence_weeks) AS c,
                 (SELECT COUNT(*) FROM meeting m
                   WHERE m.pairing_id = p.id AND m.held AND m.date <= ?2) AS held,
                 (SELECT MAX(m.date) FROM meeting m
                   WHERE m.pairing_id = p.id AND m.held AND m.date <= ?2) AS last
          FROM pairing p JOIN programme g ON g.id = p.programme_id
          WHERE p.programme_id = ?1 AND p.status != 'proposed' AND p.start_date IS NOT NULL),
        ends AS (
          -- completed in time: due up to the last meeting; otherwise up to the planned end
          SELECT held, s, c, pe,
                 CASE WHEN status = 'completed' AND julianday(COALESCE(last, s)) >=
                           julianday(s) + (julianday(pe) - julianday(s)) / 2
                      THEN COALESCE(last, s) ELSE ?2 END AS e
          FROM pc),
        x AS (
          SELECT held, CAST(MAX(0, julianday(CASE WHEN pe < e THEN pe ELSE e END)
                 - julianday(s)) / 7 / c AS INTEGER) AS expected
          FROM ends)
        SELECT SUM(expected >= 1), SUM(expected >= 1 AND held >= expected) FROM x
        """,
        (programme_id, today.isoformat()),  # ?1, ?2
    ).fetchone()
    until_today = (programme_id, today.isoformat())
    average, answers = q(
        "SELECT AVG(recommend), COUNT(recommend) FROM evaluation v JOIN pairing p ON "
        "p.id = v.pairing_id WHERE p.programme_id = ? AND v.date <= ? AND v.moment IN "
        "('fit_check', 'midway', 'closing')",
        until_today,
    ).fetchone()
    done, actions = q(
        "SELECT SUM(o.status = 'done'), COUNT(*) FROM outcome_item o JOIN meeting m "
        "ON m.id = o.meeting_id JOIN pairing p ON p.id = m.pairing_id "
        "WHERE p.programme_id = ? AND o.kind = 'action' AND o.status != 'dropped' "
        "AND m.date <= ?",
        until_today,
    ).fetchone()
    con.close()
    return {
        "paired": (round(100 * paired / enrolled), enrolled),
        "cadence": (round(100 * met / due), due),
        "satisfaction": (round(average, 1), answers),
        "done": (round(100 * done / actions), actions),
    }


@pytest.mark.parametrize(
    "size",
    [
        "small",
        pytest.param("large", marks=pytest.mark.xdist_group("large demo")),
    ],
)
def test_page_one_figures_equal_a_recount_in_plain_sql(db_path, tmp_path, size):
    datafile.open_file(copy_demo(db_path, size))
    programme = Programme.get()
    first = page_one(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))
    counted = recount(db_path, programme.id, dt.date.today())
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
    """Pairs of printed averages of one cell over answers that fewer than MIN_ANSWERS
    people tell apart: recounted from the evaluations, not through the report's code."""
    rows = list(PrintedScore.select().where(PrintedScore.programme == programme))
    found = []
    for a in rows:
        for b in rows:
            if a.cell != b.cell or (a.counted_to, a.answers) >= (b.counted_to, b.answers):
                continue
            group, question = a.cell.split("/")
            first, last = sorted((a.counted_to, b.counted_to))
            query = (
                Evaluation.select(Evaluation.pairing, Evaluation.side)
                .join(Pairing)
                .where(
                    (Pairing.programme == programme)
                    & (Evaluation.date > first)
                    & (Evaluation.date <= last)
                    & getattr(Evaluation, question).is_null(False)
                )
            )
            if group in ("mentor", "mentee"):
                query = query.where(Evaluation.side == group)
            elif group != "all":
                query = query.where(Evaluation.moment == group)
            people = {
                (e.pairing.mentor_id if e.side == "mentor" else e.pairing.mentee_id) for e in query
            }
            same = a.answers == b.answers and a.value == b.value and not people
            if not same and len(people) < MIN_ANSWERS:
                found.append((a.cell, a.counted_to, a.answers, b.counted_to, b.answers))
    return found


def two_people(programme, i: int, name: str) -> list:
    """A mentor and a mentee of the programme, numbered."""
    return [
        save_participant(
            programme=programme,
            first_name=f"P{i}{role}",
            last_name=name,
            email=f"{role}{i}@{name.lower()}.nl",
            role=role,
        )
        for role in ("mentor", "mentee")
    ]


def three_answers(programme_start=START):
    programme = programmes.save_programme(
        name="Drie", start_date=programme_start, end_date=dt.date(2026, 12, 31), themes=PURPOSES
    )
    pairs = []
    for i in range(6):
        people = two_people(programme, i, "Drie")
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
    # 4 x 3.75 - 3 x 4.67 would be the new answer: no new value until three more people
    assert second.data.score("all", "recommend") is None
    assert second.data.score("midway", "recommend") is None  # the same answers
    text = page_one(second.write(tmp_path / "b.pdf"))
    name = {"en": "Would recommend it (1-5)", "nl": "Zou het aanraden (1-5)"}[lang]
    # the value printed before stands, marked, and no verdict is drawn from it
    assert f"{name} {'4.7' if lang == 'en' else '4,7'}* 4" in text
    assert second.overall.reason.key != "all_met"
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
    assert middle.data.score("all", "recommend") is None  # one person since June 2nd
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

    demo.write_small_demo()
    datafile.close_file()
    done = report_command(opened, tmp_path / "r.pdf", "--to", "2001-01-01")
    assert done.returncode == 1
    assert "lies outside the programme" in done.stderr
    assert not (tmp_path / "r.pdf").exists()


def test_anonymised_text_loses_job_titles_and_departments_but_not_compounds(opened, tmp_path):
    programme = build(pairs=3)
    from rmentor.models.programme.entities import Participant

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


def test_a_group_hidden_for_its_history_is_not_given_back_by_the_total(opened, tmp_path):
    """Fit check 4.3 over 3; then one fit check and three midway answers: printing the
    fit check as before with a fresh total and midway would give the new answer back."""
    programme, pairs = three_answers()
    for pairing, score in zip(pairs, (5, 4, 4), strict=False):
        journal.save_evaluation(
            pairing,
            side="mentee",
            moment="fit_check",
            ratings=dict.fromkeys(("useful", "learned", "recommend"), score),
            date=dt.date(2026, 2, 1),
        )
    ProgrammeReport(programme, "en", today=dt.date(2026, 2, 2)).write(tmp_path / "a.pdf")
    journal.save_evaluation(
        pairs[3],
        side="mentee",
        moment="fit_check",
        ratings=dict.fromkeys(("useful", "learned", "recommend"), 2),
        date=dt.date(2026, 3, 1),
    )
    for pairing in pairs[:3]:
        answer(pairing, 4, dt.date(2026, 3, 1))
    second = ProgrammeReport(programme, "en", today=dt.date(2026, 3, 2))
    data = second.data
    shown = {g for g in ("fit_check", "midway", "closing", "all") if data.score(g, "recommend")}
    assert "fit_check" not in shown
    # never the total with every other moment that has answers: that gives fit check back
    assert not ({"all", "midway"} <= shown)
    second.write(tmp_path / "b.pdf")
    assert answers_printed_apart(programme) == []


def test_three_answers_of_one_person_are_one_person(opened, tmp_path):
    """A mentor with three mentees answers three closing evaluations: not a group."""
    programme = programmes.save_programme(
        name="Een", start_date=START, end_date=dt.date(2026, 12, 31), themes=PURPOSES
    )
    mentor = save_participant(
        programme=programme,
        first_name="M",
        last_name="Een",
        email="m@een.nl",
        role="mentor",
        capacity=3,
    )
    for i in range(3):
        mentee = save_participant(
            programme=programme,
            first_name=f"E{i}",
            last_name="Een",
            email=f"e{i}@een.nl",
            role="mentee",
        )
        pairing = pairings.create_pairing(programme, mentor, mentee, start_date=START)
        pairings.set_status(pairing, "active", today=START)
        journal.save_evaluation(
            pairing,
            side="mentor",
            moment="closing",
            ratings=dict.fromkeys(("useful", "learned", "recommend"), 1),
            date=dt.date(2026, 6, 1),
        )
    report = ProgrammeReport(programme, "en", today=dt.date(2026, 6, 2))
    assert report.data.evaluations["closing"]["recommend"] == (1.0, 3)
    assert report.data.score("closing", "recommend") is None
    assert report.data.score("all", "recommend") is None
    assert "1.0" not in " ".join(
        PdfReader(str(report.write(tmp_path / "r.pdf"))).pages[1].extract_text().split()
    )


def test_a_report_from_a_read_only_file_prints_no_new_average(opened, tmp_path):

    programme, pairs = three_answers()
    for pairing, score in zip(pairs, (5, 5, 4), strict=False):
        answer(pairing, score, dt.date(2026, 6, 1))
    datafile.close_file()
    opened.chmod(0o444)
    try:
        datafile.open_file(opened)
        assert datafile.is_read_only()
        report = ProgrammeReport(Programme.get(), "en", today=dt.date(2026, 6, 2))
        assert report.data.score("all", "recommend") is None  # nothing could be kept
        report.write(tmp_path / "r.pdf")
        datafile.close_file()
        done = report_command(opened, tmp_path / "c.pdf")
        assert done.returncode == 0, done.stderr
    finally:
        opened.chmod(0o644)
    datafile.open_file(opened)
    assert PrintedScore.select().count() == 0
    # the next report, from a writable file, is the first to print the value
    later = ProgrammeReport(Programme.get(), "en", today=dt.date(2026, 6, 3))
    assert later.data.score("all", "recommend") == pytest.approx(4.67)


def test_pairings_that_stopped_early_are_not_meeting_as_agreed(opened, tmp_path):
    programme = build(pairs=10)
    for pairing in list(Pairing.select().order_by(Pairing.id))[:8]:
        Meeting.delete().where(
            (Meeting.pairing == pairing) & (Meeting.date > START + dt.timedelta(weeks=7))
        ).execute()
        pairings.set_status(
            pairing, "ended_early", reason="schedule", today=START + dt.timedelta(weeks=7)
        )
    report = ProgrammeReport(programme, "en", today=TODAY)
    assert report.overall.status == "needs_attention"
    cadence = next(f for f in report.figures if f.key == "cadence")
    assert cadence.value == 20 and cadence.n == 10


def test_pairings_all_still_proposed_late_in_the_programme_need_attention(opened, tmp_path):
    programme = programmes.save_programme(
        name="Voorstel", start_date=START, end_date=dt.date(2026, 12, 31), themes=PURPOSES
    )
    for i in range(3):
        pairings.create_pairing(programme, *two_people(programme, i, "Voorstel"))
    report = ProgrammeReport(programme, "en", today=TODAY)
    assert report.overall.status == "needs_attention"
    first = page_one(report.write(tmp_path / "r.pdf"))
    assert "No pairing has started, 39 weeks after the programme's start." in first
    assert "Decide with the coordinator when the pairings start" in first


def test_a_programme_without_purposes_is_not_on_track(opened, tmp_path):
    from rmentor.models.programme.entities import ProgrammeTheme

    programme = build()
    ProgrammeTheme.delete().execute()
    report = ProgrammeReport(Programme.get_by_id(programme.id), "en", today=TODAY)
    assert report.overall.status == "needs_attention"
    assert report.overall.reason.key == "no_purpose"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Onze financiële manager vertelde het.", "Onze [functie] vertelde het."),
        ("De officemanager zei het.", "De [functie] zei het."),
        ("Het hoofd inkoop sprak met Inkoop.", "Het [functie] sprak met [afdeling]."),
        ("De klant wil de prijs zien; it worked.", "De klant wil de prijs zien; it worked."),
        ("Het team van IT en Zorg en Welzijn.", "Het team van [afdeling] en [afdeling]."),
        ("Bij de HR-afdeling.", "Bij de HR-afdeling."),
    ],
)
def test_anonymised_text_finds_titles_as_written_and_leaves_common_words(opened, text, expected):
    programme = build(pairs=1)
    from rmentor.models.programme.entities import Participant

    for i, (dept, title) in enumerate(
        [
            ("Inkoop", "hoofd inkoop"),
            ("IT", "office manager"),
            ("De", "financieel manager"),
            ("Zorg & Welzijn", "A"),
            ("Team 3", "manager"),
        ]
    ):
        Participant.create(
            first_name=f"X{i}",
            last_name="Y",
            email=f"x{i}@y.nl",
            role="mentor",
            department=dept,
            job_title=title if title != "manager" else "",
        )
    report = ProgrammeReport(programme, "nl", anonymous=True, today=TODAY)
    assert report.typed(text) == expected


def test_a_purpose_whose_question_is_held_back_leaves_the_programme_unjudged(opened, tmp_path):
    """Its question averaged 2.0; one more answer is held back: no "on track" on results
    alone, nor for the programme."""
    programme = build(pairs=4)
    Evaluation.update(customers=2).where(Evaluation.moment == "midway").execute()
    first = ProgrammeReport(programme, "en", today=TODAY)
    judged = {p.theme.key: v for p, v in first.purpose_verdicts}
    assert judged["consumer"].reason.key == "missed_question"
    first.write(tmp_path / "a.pdf")
    pairing = Pairing.select().first()
    journal.save_evaluation(
        pairing,
        side="mentee",
        moment="closing",
        ratings={"useful": 4, "learned": 4, "recommend": 4, "customers": 2},
        date=TODAY,
    )
    second = ProgrammeReport(programme, "en", today=TODAY)
    judged = {p.theme.key: v for p, v in second.purpose_verdicts}
    assert judged["consumer"].status == "too_early"
    assert judged["consumer"].reason.key == "question_held"
    assert second.overall.status != "on_track"


def rate(pairing, side, moment, score, day):
    journal.save_evaluation(
        pairing,
        side=side,
        moment=moment,
        ratings=dict.fromkeys(("useful", "learned", "recommend"), score),
        date=day,
    )


def shown(report, question="recommend") -> set[str]:
    return {g for g in report.data.evaluations if report.data.score(g, question) is not None}


def test_a_group_hidden_for_anothers_sake_stays_hidden_over_the_same_answers(opened, tmp_path):
    """Report 1: the total over three mentees and one mentor; the mentees hidden so that
    the mentor cannot be worked out. Report 2 may not show the mentees over the same
    answers: report 1's total minus them would be the mentor's answer."""
    programme, pairs = three_answers()
    for pairing in pairs[:3]:
        rate(pairing, "mentee", "fit_check", 4, dt.date(2026, 2, 1))
    rate(pairs[0], "mentor", "fit_check", 1, dt.date(2026, 2, 1))
    first = ProgrammeReport(programme, "en", today=dt.date(2026, 2, 10))
    assert "all" in shown(first) and "mentee" not in shown(first)
    first.write(tmp_path / "a.pdf")
    for pairing in pairs[1:4]:
        rate(pairing, "mentor", "fit_check", 5, dt.date(2026, 3, 1))
    second = ProgrammeReport(programme, "nl", anonymous=True, today=dt.date(2026, 3, 10))
    assert "mentee" not in shown(second)
    second.write(tmp_path / "b.pdf")
    assert answers_printed_apart(programme) == []


def test_a_hidden_total_is_not_the_sum_of_its_sides(opened, tmp_path):
    programme, pairs = three_answers()
    for pairing in pairs[:3]:
        rate(pairing, "mentee", "midway", 4, dt.date(2026, 2, 1))
    for pairing in pairs[:2]:
        rate(pairing, "mentor", "midway", 4, dt.date(2026, 2, 1))
    ProgrammeReport(programme, "en", today=dt.date(2026, 2, 10)).write(tmp_path / "a.pdf")
    rate(pairs[2], "mentor", "midway", 1, dt.date(2026, 3, 1))  # one more person
    second = ProgrammeReport(programme, "en", today=dt.date(2026, 3, 10))
    assert "all" not in shown(second)
    assert not {"mentor", "mentee"} <= shown(second)


def test_a_moment_and_a_side_one_person_apart_are_not_both_shown(opened, tmp_path):
    """The mentors answered only at the fit check, with one mentee: fit check minus
    mentors would be that mentee's answer."""
    programme, pairs = three_answers()
    for pairing in pairs[:3]:
        rate(pairing, "mentor", "fit_check", 5, dt.date(2026, 2, 1))
    rate(pairs[3], "mentee", "fit_check", 1, dt.date(2026, 2, 1))
    for pairing in pairs[:3]:
        rate(pairing, "mentee", "midway", 4, dt.date(2026, 3, 1))
    report = ProgrammeReport(programme, "en", today=dt.date(2026, 3, 10))
    assert not {"fit_check", "mentor"} <= shown(report)


def test_a_programme_whose_purposes_cannot_be_judged_is_not_on_track(opened):
    from rmentor.models.figures import verdict
    from rmentor.models.figures.report_data import gather

    data = gather(build(), TODAY)
    early = verdict.Verdict("too_early", [], verdict.Reason("early"))
    judged = verdict.programme_verdict(Programme.get(), data, [early])
    assert judged.status == "too_early" and judged.reason.key == "purposes_early"


@pytest.mark.parametrize(("lang", "mentors"), [("en", 2), ("nl", 2), ("en", 3)])
def test_people_the_rules_leave_no_partner_get_a_decision_not_a_date(
    opened, tmp_path, lang, mentors
):
    """Mentors who all report to both managers waiting as mentees: no date pairs them, so
    page 1 asks what becomes of them, as the attention list says why (as many on each side
    or not)."""
    programme = build(pairs=4)

    def person(role, n, manager=None):
        return save_participant(
            programme=programme,
            first_name=f"Wacht{n}",
            last_name="Battery",
            email=f"wacht{n}@example.nl",
            role=role,
            department="Directie",
            languages="Nederlands",
            manager=manager,
        )

    director = person("mentee", 1)
    head = person("mentee", 2, manager=director)
    for n in range(3, 3 + mentors):
        person("mentor", n, manager=head)
    first = page_one(ProgrammeReport(programme, lang, today=TODAY).write(tmp_path / "r.pdf"))
    asked = {
        "en": "Decide what becomes of the people waiting whom the programme's rules leave no "
        f"partner ({2 + mentors};",
        "nl": "Besluit wat er gebeurt met wie wacht en volgens de regels van het programma geen "
        f"partner kan krijgen ({2 + mentors};",
    }
    assert asked[lang] in first
    dated = {"en": "Agree the date by which everyone waiting", "nl": "Spreek een datum af"}
    assert dated[lang] not in first
