"""Every domain rule: one case that must be refused, one that must pass."""

import datetime as dt

import pytest

from rmentor.models.errors import DomainError
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme import participants
from rmentor.models.programme import programmes
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.journal import MeetingInput
from rmentor.models.programme.journal import OutcomeInput

TODAY = dt.date(2026, 6, 1)


def refused(field, call, *args, **kwargs):
    with pytest.raises(DomainError) as info:
        call(*args, **kwargs)
    assert info.value.field == field, info.value
    return info.value


# Programmes


def test_programme_requires_a_name(opened):
    end = TODAY + dt.timedelta(days=90)
    refused("name", programmes.save_programme, name="  ", start_date=TODAY, end_date=end)


def test_programme_end_after_start(opened):
    refused("end_date", programmes.save_programme, name="X", start_date=TODAY, end_date=TODAY)
    p = programmes.save_programme(
        name="X", start_date=TODAY, end_date=TODAY + dt.timedelta(days=1), themes=["AI"]
    )
    assert [t.name for t in programmes.themes_of(p)] == ["AI"]


def test_programme_names_are_unique(programme):
    end = TODAY + dt.timedelta(days=9)
    refused("name", programmes.save_programme, name="Cohort 2026", start_date=TODAY, end_date=end)


def test_custom_theme_found_again_by_name(opened):
    a = programmes.get_or_add_theme("Sociale  Média")
    assert programmes.get_or_add_theme("sociale media").id == a.id
    assert programmes.get_or_add_theme("consumer").builtin


# Participants


def test_participant_required_fields(programme):
    e = refused(
        "last_name",
        participants.save_participant,
        first_name="Sem",
        last_name="",
        email="s@example.nl",
        role="mentor",
    )
    assert e.text() == "This field is required."
    p = participants.save_participant(
        first_name="Sem", last_name="de Graaf", email="S.deGraaf@Example.nl", role="mentor"
    )
    assert p.email == "s.degraaf@example.nl"


@pytest.mark.parametrize("bad", ["sem", "sem@", "@x.nl", "sem@example", "s em@x.nl", "a@b@c.nl"])
def test_participant_email_syntax(programme, bad):
    refused(
        "email",
        participants.save_participant,
        first_name="Sem",
        last_name="de Graaf",
        email=bad,
        role="mentor",
    )


def test_participant_email_unique(make_person):
    make_person(email="taken@example.nl", first="Mila", last="Özdemir")
    e = refused("email", make_person, email="TAKEN@example.nl")
    assert "Mila Özdemir" in e.text()


def test_participant_role_must_be_known(programme):
    refused(
        "role",
        participants.save_participant,
        first_name="A",
        last_name="B",
        email="a@b.nl",
        role="boss",
    )


def test_participant_capacity_and_level(make_person):
    refused("capacity", make_person, capacity=0)
    refused("level", make_person, level=99)
    assert make_person(capacity=2, level=5).capacity == 2


def test_participant_cannot_manage_themself_or_loop(make_person):
    boss = make_person("mentee")
    worker = make_person("mentor", manager=boss)
    refused("manager", participants.save_participant, boss, manager=boss)
    refused("manager", participants.save_participant, boss, manager=worker)
    other = make_person("mentee")
    assert participants.save_participant(boss, manager=other).manager.id == other.id


def test_participant_with_history_is_not_deleted(programme, make_person):
    mentor, mentee = make_person("mentor"), make_person("mentee")
    pairings.create_pairing(programme, mentor, mentee)
    e = refused(None, participants.delete_participant, mentor)
    assert "Deactivate" in e.text()
    loner = make_person("mentor")
    participants.delete_participant(loner)
    assert Participant.get_or_none(Participant.id == loner.id) is None
    assert participants.set_active([mentor], False) == 1
    assert not Participant.get_by_id(mentor.id).active


def test_deleting_a_manager_clears_the_reporting_line(make_person):
    boss = make_person("mentee")
    worker = make_person("mentor", manager=boss)
    participants.delete_participant(boss)
    assert Participant.get_by_id(worker.id).manager is None


# Pairings


def test_pair_roles_and_same_person(programme, make_person):
    mentor, mentee = make_person("mentor"), make_person("mentee")
    refused("pair", pairings.create_pairing, programme, mentor, mentor)
    refused("pair", pairings.create_pairing, programme, mentee, mentor)
    refused("pair", pairings.create_pairing, programme, mentor, mentor, override_reason="x")
    assert pairings.create_pairing(programme, mentor, mentee).mentee.id == mentee.id


@pytest.mark.parametrize(
    "levels_apart", ["manager", "managers_manager", "report", "reports_report"]
)
def test_reporting_line_refused_unless_overridden(programme, make_person, levels_apart):
    top = make_person("mentee")
    middle = make_person("mentee", manager=top)
    bottom = make_person("mentor", manager=middle)
    junior = make_person("mentor")
    if levels_apart == "manager":  # mentee manages the mentor directly
        mentor, mentee = bottom, middle
    elif levels_apart == "managers_manager":
        mentor, mentee = bottom, top
    elif levels_apart == "report":  # the mentor is the mentee's manager
        participants.save_participant(middle, manager=junior)
        mentor, mentee = junior, middle
    else:  # the mentee reports to someone who reports to the mentor
        participants.save_participant(top, manager=junior)
        mentor, mentee = junior, middle
    e = refused("override_reason", pairings.create_pairing, programme, mentor, mentee)
    assert "reporting line" in e.text()
    pairing = pairings.create_pairing(
        programme, mentor, mentee, override_reason="Different sites, agreed with HR"
    )
    assert pairing.override_reason == "Different sites, agreed with HR"


def test_three_levels_apart_is_allowed(programme, make_person):
    a = make_person("mentee")
    b = make_person("mentee", manager=a)
    c = make_person("mentee", manager=b)
    d = make_person("mentor", manager=c)
    assert pairings.hard_concerns(programme, d, a) == []
    assert pairings.create_pairing(programme, d, a).override_reason == ""


def test_capacity_respected(programme, make_person):
    mentor = make_person("mentor", capacity=1)
    pairings.create_pairing(programme, mentor, make_person("mentee"))
    second = make_person("mentee")
    e = refused("override_reason", pairings.create_pairing, programme, mentor, second)
    assert "capacity" in e.text()
    participants.save_participant(mentor, capacity=2)
    assert pairings.create_pairing(programme, mentor, second).status == "proposed"


def test_inactive_participant_needs_override(programme, make_person):
    mentor, mentee = make_person("mentor", active=False), make_person("mentee")
    assert [c.key for c in pairings.hard_concerns(programme, mentor, mentee)] == ["inactive"]


def test_soft_concerns_named(programme, make_person):
    mentor = make_person("mentor", department="ICT", languages="Engels", themes=["consumer"])
    mentee = make_person("mentee", department="ict", languages="Nederlands", themes=["refresh"])
    keys = [c.key for c in pairings.soft_concerns(mentor, mentee)]
    assert keys == ["same_department", "no_language", "no_theme"]
    other = make_person("mentee", department="HR", languages="engels", themes=["consumer"])
    assert pairings.soft_concerns(mentor, other) == []


def test_lifecycle_transitions(programme, make_person):
    p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    refused("status", pairings.set_status, p, "completed")
    pairings.set_status(p, "active", today=TODAY)
    assert p.start_date == TODAY
    pairings.set_status(p, "paused")
    pairings.set_status(p, "active")
    refused("end_reason", pairings.set_status, p, "ended_early")
    refused("end_reason", pairings.set_status, p, "ended_early", reason="bored")
    pairings.set_status(p, "ended_early", reason="fit", note="Geen klik")
    assert (p.status, p.end_reason, p.end_note) == ("ended_early", "fit", "Geen klik")
    refused("status", pairings.set_status, p, "paused")
    pairings.set_status(p, "active")  # reopen
    assert p.end_reason is None


def test_several_pairings_complete_as_one_change(programme, make_person):
    from rmentor.models.programme.closing import complete_many
    from rmentor.models.programme.entities import Pairing

    made = []
    for _ in range(3):
        p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
        made.append(p)
    pairings.set_status(made[0], "active", today=TODAY)
    pairings.set_status(made[1], "active", today=TODAY)
    pairings.set_status(made[1], "paused")
    # a reason that is no reason: nothing changes, not even the first pairing
    refused("evaluation_skip_reason", complete_many, made, "  ")
    assert [Pairing.get_by_id(p.id).status for p in made] == ["active", "paused", "proposed"]
    done, left = complete_many(made, "Programma vervroegd afgesloten")
    assert [p.id for p in done] == [made[0].id, made[1].id] and [p.id for p in left] == [made[2].id]
    stored = [Pairing.get_by_id(p.id) for p in made]
    assert [(p.status, p.evaluation_skip_reason) for p in stored] == [
        ("completed", "Programma vervroegd afgesloten"),
        ("completed", "Programma vervroegd afgesloten"),
        ("proposed", ""),
    ]
    # without a reason the evaluations stay to come
    again = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    pairings.set_status(again, "active", today=TODAY)
    done, left = complete_many([again])
    assert Pairing.get_by_id(again.id).status == "completed" and not left
    assert not Pairing.get_by_id(again.id).evaluation_skip_reason


def test_agreement_dates(programme, make_person):
    p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    refused(
        "planned_end_date", pairings.update_agreement, p, start_date=TODAY, planned_end_date=TODAY
    )
    refused("cadence_weeks", pairings.update_agreement, p, cadence_weeks=0)
    pairings.update_agreement(
        p,
        start_date=TODAY,
        planned_end_date=TODAY + dt.timedelta(days=1),
        cadence_weeks=3,
        themes=["diversity"],
    )
    assert p.cadence_weeks == 3


# Journal


@pytest.fixture
def active_pairing(programme, make_person):
    p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    return pairings.set_status(p, "active", today=dt.date(2026, 2, 1))


def meeting(**kw):
    data = {"date": TODAY, "duration_minutes": 60}
    data.update(kw)
    return MeetingInput(**data)


def test_meeting_on_proposed_pairing_refused(programme, make_person):
    p = pairings.create_pairing(programme, make_person("mentor"), make_person("mentee"))
    refused("pairing", journal.save_meeting, p, meeting(), today=TODAY)


def test_meeting_date_not_in_future(active_pairing):
    refused(
        "date",
        journal.save_meeting,
        active_pairing,
        meeting(date=TODAY + dt.timedelta(days=1)),
        today=TODAY,
    )
    assert journal.save_meeting(active_pairing, meeting(), today=TODAY).date == TODAY


@pytest.mark.parametrize(("minutes", "ok"), [(0, False), (1, True), (600, True), (601, False)])
def test_meeting_duration_bounds(active_pairing, minutes, ok):
    if ok:
        assert (
            journal.save_meeting(
                active_pairing, meeting(duration_minutes=minutes), today=TODAY
            ).duration_minutes
            == minutes
        )
    else:
        refused(
            "duration_minutes",
            journal.save_meeting,
            active_pairing,
            meeting(duration_minutes=minutes),
            today=TODAY,
        )


def test_cancelled_meeting_needs_who(active_pairing):
    refused("cancelled_by", journal.save_meeting, active_pairing, meeting(held=False), today=TODAY)
    m = journal.save_meeting(
        active_pairing, meeting(held=False, cancelled_by="mentee"), today=TODAY
    )
    assert (m.held, m.cancelled_by) == (False, "mentee")


def test_outcome_items_need_kind_and_text(active_pairing):
    for field, kind, text in (("outcome_kind", "wish", "x"), ("outcome_text", "idea", " ")):
        outcomes = [OutcomeInput(kind=kind, text=text)]
        refused(
            field, journal.save_meeting, active_pairing, meeting(outcomes=outcomes), today=TODAY
        )
    m = journal.save_meeting(
        active_pairing,
        meeting(
            themes=["consumer", "Podcasts"],
            outcomes=[
                OutcomeInput(kind="idea", text="Podcast for clients", theme="Podcasts"),
                OutcomeInput(kind="action", text="Call the agency", due_date=TODAY),
            ],
        ),
        today=TODAY,
    )
    assert sorted(o.kind for o in m.outcomes) == ["action", "idea"]


@pytest.mark.parametrize(("rating", "ok"), [(0, False), (1, True), (5, True), (6, False)])
def test_evaluation_ratings(active_pairing, rating, ok):
    ratings = {"useful": rating, "learned": 3, "recommend": 4}
    if ok:
        e = journal.save_evaluation(active_pairing, side="mentor", moment="midway", ratings=ratings)
        assert e.useful == rating
    else:
        refused(
            "useful",
            journal.save_evaluation,
            active_pairing,
            side="mentor",
            moment="midway",
            ratings=ratings,
        )


def test_evaluation_side_and_moment(active_pairing):
    ok = {"useful": 4, "learned": 4, "recommend": 4}
    refused(
        "side", journal.save_evaluation, active_pairing, side="boss", moment="midway", ratings=ok
    )
    refused(
        "moment", journal.save_evaluation, active_pairing, side="mentee", moment="later", ratings=ok
    )
    first = journal.save_evaluation(active_pairing, side="mentee", moment="closing", ratings=ok)
    again = journal.save_evaluation(
        active_pairing, side="mentee", moment="closing", ratings={**ok, "useful": 2}
    )
    assert first.id == again.id and again.useful == 2


def test_soft_concerns_read_languages_as_suggestions_do_and_spare_a_mentee_wanting_no_theme(
    programme, make_person
):
    mentor = make_person("mentor", department="ICT", languages="Dutch", themes=["consumer"])
    mentee = make_person("mentee", department="HR", languages="Nederlands")  # wants no theme
    assert pairings.soft_concerns(mentor, mentee) == []
    wants = make_person("mentee", department="HR", languages="NL", themes=["refresh"])
    assert [c.key for c in pairings.soft_concerns(mentor, wants)] == ["no_theme"]


def test_an_import_writes_only_what_it_changes_on_a_file_and_on_a_server(programme, tmp_path):
    """The same sheet twice: nothing written the second time; a changed job title, theme
    and manager (named by name, last name first): one person updated, as read back."""
    from rmentor.models.sheets import importing
    from rmentor.models.sheets.sheet_files import read_sheet

    header = "Voornaam;Achternaam;E-mail;Rol;Functie;Leidinggevende;Thema's;Datum toestemming"
    rows = [
        "Hanneke;Brouwer;h.brouwer@x.nl;senior;Directeur;;innovation;21-03-2026",
        "Mila;Özdemir;m.ozdemir@x.nl;junior;Adviseur;h.brouwer@x.nl;consumer;22-03-2026",
    ]

    def imported(lines):
        path = tmp_path / "lijst.csv"
        path.write_text("\n".join([header, *lines]), encoding="utf-8")
        plan = importing.plan_import(read_sheet(path))
        assert plan.ok, [p.text() for p in plan.problems]
        result = importing.run_import(programme, plan)
        return result.created, result.updated

    assert imported(rows) == (2, 0)
    assert imported(rows) == (0, 0)
    changed = [
        rows[0],
        "Mila;Özdemir;m.ozdemir@x.nl;junior;Senior adviseur;Brouwer, Hanneke;innovation;22-03-2026",
    ]
    assert imported(changed) == (0, 1)
    mila = Participant.get(Participant.email == "m.ozdemir@x.nl")
    assert mila.job_title == "Senior adviseur" and mila.manager.email == "h.brouwer@x.nl"
    assert [t.key for t in participants.themes_of(mila)] == ["innovation"]
    assert mila.consent_date == dt.date(2026, 3, 22)
    assert imported(changed) == (0, 0)


def test_the_calendars_hour_is_read_as_people_write_a_time():
    from rmentor.models.outreach.mail_texts import time_of_day

    read = {
        typed: time_of_day(typed)
        for typed in ("14:30", "9.15", "1430", "930", "9", "9h", "7u30", " 19 u 30 ", "14:30:00")
    }
    assert read == {
        "14:30": "14:30",
        "9.15": "09:15",
        "1430": "14:30",
        "930": "09:30",
        "9": "09:00",
        "9h": "09:00",
        "7u30": "07:30",
        " 19 u 30 ": "19:30",
        "14:30:00": "14:30",
    }
    said = {}
    for typed in ("24:00", "19.5", "9:30 PM", "", "x" * 5000):
        with pytest.raises(DomainError) as refused:
            time_of_day(typed)
        said[typed[:6]] = refused.value.text()
    assert said == {
        "24:00": "24:00 is not a time of day: write it as, for example, 14:30.",
        "19.5": "19.5 is not a time of day: write it as, for example, 14:30.",
        "9:30 P": "9:30 PM is not a time of day: write it as, for example, 14:30.",
        "": "Say when the meetings start, for example 14:30.",
        "xxxxxx": f"{'x' * 19}… is not a time of day: write it as, for example, 14:30.",
    }
