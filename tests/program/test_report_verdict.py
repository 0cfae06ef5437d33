"""Page 1 of the programme report: the verdict, the trend and the decisions asked of
management; the charts and numbers behind them. Read back from the PDF."""

import datetime as dt

import pytest
from pypdf import PdfReader

from rmentor.models import demo
from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Meeting
from rmentor.models.programme.entities import Programme
from rmentor.models.storage import datafile
from rmentor.reports.programme.report import ProgrammeReport
from tests.conftest import copy_demo

WORDS = {
    "en": ("On track", "Needs attention", "Too early to tell", "Decisions"),
    "nl": ("Op koers", "Aandacht nodig", "Nog te vroeg", "Besluiten"),
}


def pages(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(str(path)).pages]


@pytest.fixture
def small(opened):
    return demo.write_small_demo()


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_page_one_gives_the_verdict_and_the_decisions(small, tmp_path, lang):
    on_track, attention, early, decisions = WORDS[lang]
    first = pages(ProgrammeReport(small, lang).write(tmp_path / "r.pdf"))[0]
    # 16 of 24 paired against a target of 80 %: the programme needs attention
    assert attention in first and decisions in first
    assert first.count(on_track) >= 3  # the purposes whose actions get done
    stalled = {
        "en": "Talk to the stalled pairings: 1 (",
        "nl": "Spreek de vastgelopen koppelingen: 1 (",
    }
    assert stalled[lang] in first
    outstanding = {
        "en": "Ask for the evaluation answers still missing: 7",
        "nl": "Vraag de evaluatieantwoorden op die nog ontbreken: 7",
    }
    assert outstanding[lang] in first
    waiting = {
        "en": "Pair the people who are waiting: mentors without a partner 3, mentees without a "
        "partner 3.",
        "nl": "Koppel wie wacht: mentoren zonder partner 3, mentees zonder partner 3.",
    }
    assert waiting[lang] in first


def test_the_verdict_follows_the_programmes_targets(small, tmp_path):
    Programme.update(target_paired=60, target_cadence=40).execute()
    first = pages(ProgrammeReport(Programme.get(), "en").write(tmp_path / "r.pdf"))[0]
    assert "Participants paired ✔ 67% 60% 24" in first
    assert "Pairs meeting as often as agreed ✔ 44% 40% 9" in first
    # every figure met, but a purpose needs attention: no "on track" beside that
    assert "The programme: Needs attention" in first
    assert "Purposes that need attention: 1 (see below)." in first
    # a programme two weeks old is too early to judge
    today = small.start_date + dt.timedelta(days=14)
    first = pages(ProgrammeReport(small, "en", today=today).write(tmp_path / "e.pdf"))[0]
    assert "The programme: Too early to tell" in first


@pytest.mark.parametrize("lang", ["en", "nl"])
def test_a_second_report_compares_with_the_previous_one(small, tmp_path, lang):
    today = dt.date.today()
    earlier = ProgrammeReport(small, lang, today=today - dt.timedelta(days=14))
    earlier.write(tmp_path / "a.pdf")
    first = pages(ProgrammeReport(small, lang).write(tmp_path / "b.pdf"))[0]
    previous = {"en": "Compared with the previous report of", "nl": "Vergeleken met de vorige"}
    assert previous[lang] in first
    # the first report of a programme says there is nothing to compare with yet
    assert previous[lang] not in pages(tmp_path / "a.pdf")[0]


def test_every_month_is_charted_and_the_running_one_is_marked(programme, make_person, tmp_path):
    pairing = pairings.create_pairing(
        programme, make_person("mentor"), make_person("mentee"), start_date=dt.date(2026, 1, 5)
    )
    pairings.set_status(pairing, "active")
    for day in (dt.date(2026, 1, 10), dt.date(2026, 3, 12)):  # none in February
        Meeting.create(pairing=pairing, date=day, duration_minutes=60)
    today = dt.date(2026, 4, 15)
    text = " ".join(pages(ProgrammeReport(programme, "en", today=today).write(tmp_path / "r.pdf")))
    activity = text[text.index("Meetings held per month") :]
    for month in ("Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026*"):
        assert month in activity, month
    assert "* Apr 2026: its column counts the meetings up to" in activity
    assert "(n = 2)" in activity


def test_a_programme_without_meetings_says_so_instead_of_empty_axes(
    programme, make_person, tmp_path
):
    pairing = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    pairings.set_status(pairing, "active")
    text = " ".join(pages(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf")))
    assert "No meetings held yet, so no activity to show." in text
    assert "No evaluations answered yet." in text


@pytest.mark.parametrize(("lang", "shown"), [("en", "1,234"), ("nl", "1.234")])
def test_large_numbers_carry_thousands_separators(programme, make_person, tmp_path, lang, shown):
    pairing = pairings.create_pairing(
        programme, make_person("mentor"), make_person("mentee"), start_date=dt.date(2026, 1, 1)
    )
    pairings.set_status(pairing, "active")
    start = dt.date(2026, 1, 1)
    Meeting.insert_many(
        [
            {
                "pairing": pairing.id,
                "date": start + dt.timedelta(days=i % 300),
                "duration_minutes": 60,
            }
            for i in range(1234)
        ]
    ).execute()
    text = pages(ProgrammeReport(programme, lang).write(tmp_path / "r.pdf"))[1]
    assert f" {shown} (" in text  # meetings held (planned by cadence)
    assert "1234" not in text


@pytest.mark.xdist_group("large demo")
def test_the_large_demos_report_fits_in_twenty_pages_and_lists_every_pairing_on_request(
    db_path, tmp_path
):
    datafile.open_file(copy_demo(db_path, "large"))
    large = Programme.get()
    default = PdfReader(str(ProgrammeReport(large, "nl").write(tmp_path / "r.pdf")))
    assert len(default.pages) <= 20
    text = " ".join(page.extract_text() for page in default.pages)
    assert "Bijlage: alle koppelingen" not in text and "… en nog" in text
    full = PdfReader(str(ProgrammeReport(large, "en", full=True).write(tmp_path / "f.pdf")))
    assert len(full.pages) > 40
    assert any("Appendix: every pairing" in page.extract_text() for page in full.pages)


def test_the_command_line_takes_the_period_and_the_full_list(small, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from rmentor.models.storage import datafile

    path = datafile.current_path()
    # the demo's programme starts some six months before today: the period is its first
    # three months, whatever the day the test runs
    first = small.start_date
    last = first + dt.timedelta(days=90)
    datafile.close_file()
    main = Path(__file__).resolve().parents[2] / "main.py"
    out = tmp_path / "r.pdf"
    run = [sys.executable, str(main), "report", "--db", str(path), "--out", str(out)]
    done = subprocess.run(
        [*run, "--full", "--from", first.isoformat(), "--to", last.isoformat()],
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(pages(out))
    day = "{0.day} {0:%b %Y}".format
    assert f"counting {day(first)} to {day(last)} only" in text
    assert "Appendix: every pairing" in text
    wrong = subprocess.run(
        [*run, "--from", last.isoformat(), "--to", first.isoformat()], capture_output=True
    )
    assert wrong.returncode != 0
    assert b"The period must end after it starts." in wrong.stderr


def test_targets_are_set_in_the_programme_form(qtbot, demo_window):
    from PySide6.QtWidgets import QDialogButtonBox

    window = demo_window
    window.edit_programme()
    form = window.dialog
    assert form.target_paired.value() == 80 and form.target_satisfaction.value() == 4.0
    form.target_paired.setValue(60)
    form.target_satisfaction.setValue(3.5)
    form.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()
    programme = Programme.get_by_id(window.programme.id)
    assert (programme.target_paired, programme.target_satisfaction) == (60, 3.5)
    window.undo_action.trigger()  # a change like any other
    assert Programme.get_by_id(programme.id).target_paired == 80


def test_the_chore_to_pair_counts_only_whom_the_rules_leave_a_partner(small, tmp_path):
    """Page 1 never asks the coordinator to pair people no one may be paired with: those
    get their own decision, with the reason in the points needing attention."""
    from rmentor.models.figures.attention import attention_items
    from rmentor.models.programme.entities import Participant

    waiting = [i for i in attention_items(small) if i.kind == "unpaired"]
    roles = [i.point.params["role"].key for i in waiting]
    assert sorted(roles) == ["mentee"] * 3 + ["mentor"] * 3
    mentee = next(i.target_id for i in waiting if i.point.params["role"].key == "mentee")
    Participant.update(languages="Klingon").where(Participant.id == mentee).execute()
    first = pages(ProgrammeReport(small, "en").write(tmp_path / "one.pdf"))[0]
    # she speaks no mentor's language, and the one mentor waiting whose reporting line
    # leaves him no one else now waits with her: two of the six can be paired by no one
    assert "people waiting whom the programme's rules leave no partner (2;" in first
    assert (
        "Pair the people who are waiting: mentors without a partner 2, mentees without a "
        "partner 2." in first
    )
    for role, language in (("mentor", "Vulcan"), ("mentee", "Klingon")):
        people = [i.target_id for i in waiting if i.point.params["role"].key == role]
        Participant.update(languages=language).where(Participant.id.in_(people)).execute()
    first = pages(ProgrammeReport(small, "en").write(tmp_path / "all.pdf"))[0]
    assert "Pair the people who are waiting" not in first
    assert "Decide what becomes of the people waiting" in first


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("en", "Recruit more mentors: with everyone waiting paired, mentees left without a "
         "mentor: 2."),
        ("nl", "Werf meer mentoren: als iedereen die wacht gekoppeld is, blijven er mentees "
         "zonder mentor: 2."),
    ],
)  # fmt: skip
def test_more_mentees_waiting_than_mentors_asks_to_recruit_mentors(
    programme, make_person, tmp_path, lang, said
):
    make_person("mentor")
    for _ in range(3):
        make_person("mentee")
    first = pages(ProgrammeReport(programme, lang).write(tmp_path / "r.pdf"))[0]
    assert said in first


def test_whom_a_rule_keeps_waiting_is_one_decision_not_also_a_reason_to_recruit(
    programme, make_person, tmp_path
):
    """Two mentors wait beside one mentee, the manager of one of them: a rule, not a
    shortage, keeps him waiting. His decision names him; recruiting asked for him again."""
    boss = make_person("mentee", "Hanneke")
    make_person("mentor", "Luuk", manager=boss)
    make_person("mentor", "Maria")
    first = " ".join(pages(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))[0].split())
    assert "people waiting whom the programme's rules leave no partner (1;" in first
    assert "Recruit more" not in first
    assert "mentors without a partner 1, mentees without a partner 1." in first


def test_nobody_left_on_the_other_side_asks_for_recruits_not_for_a_rule_set_aside(
    programme, make_person, tmp_path
):
    for name in ("Ad", "Bo", "Cor"):
        make_person("mentor", name)
    first = " ".join(pages(ProgrammeReport(programme, "en").write(tmp_path / "r.pdf"))[0].split())
    assert (
        "Recruit more mentees: with everyone waiting paired, mentors left without a mentee: 3"
        in (first)
    )
    assert "rules leave no partner" not in first
