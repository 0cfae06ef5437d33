"""E-mail drafts, the meetings calendar and evaluation forms: written as the coordinator's
mail and calendar programs and a PDF reader will take them, and read back."""

import datetime as dt
import email
import email.policy
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from pypdf import PdfWriter
from PySide6.QtCore import QMimeData
from PySide6.QtCore import QPoint
from PySide6.QtCore import QPointF
from PySide6.QtCore import Qt
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from PySide6.QtWidgets import QFileDialog

from rmentor import cli
from rmentor.models.errors import DomainError
from rmentor.models.outreach import mail_texts
from rmentor.models.outreach import mails
from rmentor.models.outreach import returned_forms
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import SentMessage
from rmentor.models.storage import datafile
from rmentor.models.text.vocabulary import ACTIVE
from rmentor.models.text.vocabulary import MAIL_KINDS
from rmentor.reports.pair_files import PairFiles
from tests.conftest import copy_demo

TODAY = dt.date.today()


@pytest.fixture
def demo_file(db_path):
    datafile.open_file(copy_demo(db_path))
    # one pair who share only English: their drafts and forms are in English
    pairing = Pairing.get(Pairing.status == ACTIVE)
    for person in (pairing.mentor, pairing.mentee):
        Participant.update(languages="English").where(Participant.id == person.id).execute()
    datafile.close_file()
    return db_path, pairing.id


def read_eml(path: Path):
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def addresses(message, header="To") -> set[str]:
    return {a.addr_spec for a in message[header].addresses} if message[header] else set()


def run(*args) -> int:
    return cli.main([str(a) for a in args])


def pair_of(pairing_id: int) -> tuple[Pairing, set[str]]:
    pairing = Pairing.get_by_id(pairing_id)
    return pairing, {pairing.mentor.email, pairing.mentee.email}


def test_every_kind_of_draft_is_an_unsent_email_to_the_pair(demo_file, tmp_path, capsys):
    db, english_pair = demo_file
    for kind in MAIL_KINDS:
        assert run("drafts", "--db", db, "--kind", kind, "--out", tmp_path / kind) == 0
    datafile.open_file(db)
    drafts = {kind: sorted((tmp_path / kind).glob("*.eml")) for kind in MAIL_KINDS}
    assert all(drafts.values()), {k: len(v) for k, v in drafts.items()}
    for kind, paths in drafts.items():
        for path in paths:
            message = read_eml(path)
            assert message["X-Unsent"] == "1"
            assert message["Subject"]
            body = message.get_body(("plain",)).get_content()
            assert "{" not in body and "}" not in body, body  # every placeholder filled
            sent_to = addresses(message)
            pairing = next(
                p for p in Pairing.select() if sent_to <= {p.mentor.email, p.mentee.email}
            )
            assert pairing.mentee.first_name in body and pairing.mentor.first_name in body
            if kind != "evaluation":  # an evaluation goes to the sides that have not answered
                assert sent_to == {pairing.mentor.email, pairing.mentee.email}
            assert ("Beste" in body) == (pairing.id != english_pair), path.name
            assert SentMessage.get_or_none(pairing=pairing, kind=kind) is not None

    invitation = read_eml(drafts["invitation"][0])
    parts = {p.get_content_type(): p for p in invitation.iter_attachments()}
    assert set(parts) == {"application/pdf", "text/calendar"}
    assert parts["application/pdf"].get_content().startswith(b"%PDF")
    assert Calendar.from_ical(parts["text/calendar"].get_content()).walk("VEVENT")

    for path in drafts["evaluation"]:
        message = read_eml(path)
        forms = list(message.iter_attachments())
        assert len(forms) == len(addresses(message)) >= 1  # a form for each one asked
        if len(forms) == 1:  # one of them has answered: the other is written to alone
            asked = Participant.get(email=next(iter(addresses(message))))
            body = message.get_body(("plain",)).get_content()
            assert body.startswith(f"Beste {asked.first_name},") or body.startswith(
                f"Dear {asked.first_name},"
            )
            # as the form asks: five statements for a mentor, seven for a mentee, some open
            assert (
                "een paar stellingen om te beoordelen van 1 tot 5 (sommige mogen open "
                in " ".join(body.split())
                or "a few statements to rate from 1 to 5 (some may be left open)"
                in " ".join(body.split())
            )
        for form in forms:
            assert form.get_content_type() == "application/pdf"
            assert form.get_filename().endswith(".pdf")

    reminder = read_eml(drafts["reminder"][0])
    assert "dagen geleden" in reminder.get_body(("plain",)).get_content()  # the reason
    thanks = read_eml(drafts["thanks"][0]).get_body(("plain",)).get_content()
    completed = Pairing.get(Pairing.status == "completed")
    last = max(m.date for m in completed.meetings if m.held)
    assert f"tot {last.strftime('%d-%m-%Y')}" in thanks  # the end it had, not the planned one
    datafile.close_file()
    # written once: asked again the same week, nobody needs a reminder or an invitation
    for kind in ("reminder", "invitation"):
        assert run("drafts", "--db", db, "--kind", kind, "--out", tmp_path / "again") == 0
    assert not list((tmp_path / "again").glob("*.eml"))
    assert "Wrote 0 drafts (invitation) to" in capsys.readouterr().out


def test_lang_makes_every_draft_one_language_and_the_coordinator_is_copied(demo_file, tmp_path):
    db, _english_pair = demo_file
    mail_texts.save_settings(
        mail_texts.MailSettings(name="Ilse de Coördinator", email="ilse@example.nl", cc=True)
    )
    assert run("drafts", "--db", db, "--kind", "reminder", "--out", tmp_path, "--lang", "en") == 0
    paths = list(tmp_path.glob("*.eml"))
    assert paths
    for path in paths:
        message = read_eml(path)
        body = message.get_body(("plain",)).get_content()
        assert body.startswith("Dear ") and body.rstrip().endswith("Ilse de Coördinator")
        assert addresses(message, "Cc") == {"ilse@example.nl"}
        assert addresses(message, "From") == {"ilse@example.nl"}


def test_an_own_template_is_used_and_an_unknown_placeholder_refused(demo_file, tmp_path):
    db, _english_pair = demo_file
    settings = mail_texts.MailSettings(
        templates={"nl": {"thanks": ["Dank, {mentee_first}!", "Hoi {mentor}, tot ziens."]}}
    )
    mail_texts.save_settings(settings)
    assert run("drafts", "--db", db, "--kind", "thanks", "--out", tmp_path, "--lang", "nl") == 0
    message = read_eml(next(tmp_path.glob("*.eml")))
    datafile.open_file(db)
    pairing = Pairing.get(Pairing.status == "completed")
    assert message["Subject"] == f"Dank, {pairing.mentee.first_name}!"
    assert message.get_body(("plain",)).get_content().strip() == (
        f"Hoi {pairing.mentor.full_name}, tot ziens."
    )
    settings.templates["nl"]["thanks"][1] = "Hoi {voornaam}"
    with pytest.raises(Exception, match="voornaam"):
        mail_texts.save_settings(settings)
    assert mail_texts.load_settings().templates["nl"]["thanks"][1] == "Hoi {mentor}, tot ziens."


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_standard_texts_use_only_their_placeholders(language):
    from rmentor.translator import Translator

    face = Translator(language)
    for key in mail_texts.TEMPLATE_NAMES:
        subject, body = mail_texts.template(key, language, face, mail_texts.MailSettings())
        mail_texts.check_template(subject + body, key)
        assert "{mentee_first}" in body or "{first_name}" in body
        assert body.rstrip().endswith("{coordinator}")


def test_a_placeholder_of_another_email_is_refused_and_braces_can_be_typed():
    mail_texts.check_template("{reason}", "reminder")
    with pytest.raises(DomainError, match=r"\{reason\}"):
        mail_texts.check_template("{reason}", "thanks")  # a thank-you has no reason
    with pytest.raises(DomainError, match=r"\{moment\}"):
        mail_texts.check_template("Moment: {moment}", "reminder")
    mail_texts.check_template("{{literal}} and {mentor}", "thanks")
    assert mail_texts.fill("{{x}} {mentor} {{", {"mentor": "Ann"}) == "{x} Ann {"


def test_the_calendar_has_one_weekly_series_per_active_pair_at_its_cadence(demo_file, tmp_path):
    db, _english_pair = demo_file
    path = tmp_path / "meetings.ics"
    assert run("calendar", "--db", db, "--out", path) == 0
    calendar = Calendar.from_ical(path.read_bytes())
    datafile.open_file(db)
    active = {p.id: p for p in Pairing.select().where(Pairing.status == ACTIVE)}
    series = [e for e in calendar.walk("VEVENT") if "RRULE" in e]
    assert len(series) == len(active) > 1
    for event in series:
        pairing = active[int(str(event["UID"]).split("-pairing-")[1].split("@")[0])]
        rule = event["RRULE"]
        cadence = pairing.cadence_weeks or pairing.programme.cadence_weeks
        assert rule["FREQ"] == ["WEEKLY"] and rule["INTERVAL"] == [cadence]
        assert rule["UNTIL"][0].date() == pairing.planned_end_date
        start = event["DTSTART"].dt
        assert start.date() >= TODAY and start.weekday() < 5
        attendees = {str(a).removeprefix("mailto:") for a in event["ATTENDEE"]}
        assert attendees == {pairing.mentor.email, pairing.mentee.email}
    programme = next(iter(active.values())).programme
    closing = [e for e in calendar.walk("VEVENT") if "closing" in str(e["UID"])]
    assert len(closing) == 1 and closing[0]["DTSTART"].dt == programme.end_date
    datafile.close_file()

    one = next(iter(active))
    assert run("calendar", "--db", db, "--out", tmp_path / "one.ics", "--pairing", one) == 0
    only = Calendar.from_ical((tmp_path / "one.ics").read_bytes())
    assert [str(e["UID"]) for e in only.walk("VEVENT") if "RRULE" in e] == [
        str(next(e["UID"] for e in series if f"-pairing-{one}@" in str(e["UID"])))
    ]
    assert run("calendar", "--db", db, "--out", tmp_path / "x.ics", "--pairing", 99999) == 1


def fill(form: Path, answers: dict, target: Path) -> Path:
    """As a PDF reader does: the chosen button of each group on, the text typed in."""
    writer = PdfWriter(clone_from=PdfReader(form))
    writer.update_page_form_field_values(writer.pages[0], answers, auto_regenerate=False)
    writer.write(target)
    return target


def test_a_filled_form_is_read_once_and_refused_the_second_time(demo_file, tmp_path, capsys):
    db, english_pair = demo_file
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path) == 0
    forms = sorted(tmp_path.glob("*.pdf"))
    assert forms
    datafile.open_file(db)
    fields = PdfReader(forms[0]).get_fields()
    assert {"useful", "learned", "recommend", "comment"} <= set(fields)
    assert fields["useful"]["/_States_"] == ["/1", "/2", "/3", "/4", "/5"]
    text = PdfReader(forms[0]).pages[0].extract_text()
    assert "three or more" in text or "drie of meer" in text
    pairing_id, side = (
        int(x) if x.isdigit() else x for x in fields["rmentor_form"]["/V"].split()[3:5]
    )
    before = Evaluation.select().count()
    datafile.close_file()

    filled = fill(
        forms[0],
        {"useful": "/4", "learned": "/2", "recommend": "/5", "comment": "Leerzaam — écht."},
        tmp_path / "filled.pdf",
    )
    assert run("read-forms", "--db", db, filled) == 0
    datafile.open_file(db)
    stored = Evaluation.get(pairing=pairing_id, side=side, moment="midway")
    assert (stored.useful, stored.learned, stored.recommend) == (4, 2, 5)
    assert stored.comment == "Leerzaam — écht." and stored.date == TODAY
    assert Evaluation.select().count() == before + 1
    datafile.close_file()
    capsys.readouterr()

    assert run("read-forms", "--db", db, filled) == 1  # the second time: refused
    assert "already in the file" in capsys.readouterr().err
    assert run("read-forms", "--db", db, tmp_path) == 1  # the folder they are in
    said = capsys.readouterr().err
    assert f"{tmp_path.name} is a folder: give the filled forms in it, such as" in said
    datafile.open_file(db)
    assert Evaluation.select().count() == before + 1
    assert Evaluation.get(pairing=pairing_id, side=side, moment="midway").learned == 2


def test_forms_refused_each_with_a_sentence_and_the_good_ones_stored(demo_file, tmp_path):
    db, _english_pair = demo_file
    out = tmp_path / "forms"
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", out) == 0
    first, second = sorted(out.glob("*.pdf"))[:2]
    good = fill(first, {"useful": "/3", "learned": "/3", "recommend": "/3"}, tmp_path / "g.pdf")
    half = fill(second, {"useful": "/5", "comment": "half"}, tmp_path / "half.pdf")
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.4 not really")
    # a form of another file: the same demo written again has its own key
    other = tmp_path / "other.sqlite"
    assert run("demo", "--db", other) == 0
    assert (
        run("evaluation-forms", "--db", other, "--moment", "midway", "--out", tmp_path / "o") == 0
    )
    foreign = fill(
        sorted((tmp_path / "o").glob("*.pdf"))[0],
        {"useful": "/1", "learned": "/1", "recommend": "/1"},
        tmp_path / "foreign.pdf",
    )
    report = tmp_path / "report.pdf"
    assert run("report", "--db", db, "--out", report) == 0

    datafile.open_file(db)
    before = Evaluation.select().count()
    forms, refused = returned_forms.check_forms([good, half, junk, foreign, report, good])
    why = {path.name: error.text() for path, error in refused}
    assert [f.path.name for f in forms] == ["g.pdf"]  # the same file twice: read once
    assert "gave no answer to: I learned something new, I would recommend" in why["half.pdf"]
    assert "is not a PDF that can be read" in why["junk.pdf"]
    assert "another data file" in why["foreign.pdf"]
    assert "not an rmentor evaluation form" in why["report.pdf"]
    assert Evaluation.select().count() == before  # checking stores nothing
    returned_forms.store_forms(forms)
    assert Evaluation.select().count() == before + 1

    # a filled copy of a form already read (another copy of the same form) is refused too
    copy = fill(first, {"useful": "/1", "learned": "/1", "recommend": "/1"}, tmp_path / "c.pdf")
    forms, refused = returned_forms.check_forms([copy])
    assert not forms and "already in the file" in refused[0][1].text()


def test_a_reminder_this_week_shows_in_the_attention_list(demo_file, tmp_path):
    from rmentor.models.figures.attention import attention_items

    db, _english_pair = demo_file
    datafile.open_file(db)
    programme = Pairing.get().programme
    needs = mails.concerned(programme, "reminder", TODAY)
    assert needs
    reminded = needs[0].pairing_id
    mails.record_sent([reminded], "reminder", TODAY - dt.timedelta(days=2))
    lines = [i.text() for i in attention_items(programme, TODAY)]
    assert any("(reminder drafted on" in line for line in lines)
    # and the person's access request says what was written to them
    from rmentor.models.programme.privacy import personal_data

    data = personal_data(Pairing.get_by_id(reminded).mentee)
    assert [p["emails_written"] for p in data["pairings"]] == [
        [{"kind": "reminder", "date": (TODAY - dt.timedelta(days=2)).isoformat()}]
    ]
    assert reminded not in {n.pairing_id for n in mails.concerned(programme, "reminder", TODAY)}
    # a week on, the pair is asked again and the line no longer says so
    later = TODAY + dt.timedelta(days=7)
    assert reminded in {n.pairing_id for n in mails.concerned(programme, "reminder", later)}
    assert not any("reminder drafted" in i.text() for i in attention_items(programme, later))


@pytest.mark.parametrize("kind", list(MAIL_KINDS))
def test_needs_read_for_many_pairs_at_once_are_each_pairs_own(demo_file, kind):
    """What a pair picked in the Pairings tab needs, read once for all those picked,
    is what it needs alone: its reasons, moment and sides, or the same refusal."""
    from rmentor.models.programme.entities import Programme

    datafile.open_file(demo_file[0])
    try:
        programme = Programme.get()
        pairings = list(Pairing.select().where(Pairing.programme == programme))
        needs, refused = mails.needs_for(programme, pairings, kind, TODAY)
        alone, refused_alone = [], []
        for pairing in pairings:
            try:
                alone.append(mails.need_for(pairing, kind, TODAY))
            except DomainError as error:
                refused_alone.append(error)
        assert needs == alone and needs
        assert [(e.message, e.params) for e in refused] == [
            (e.message, e.params) for e in refused_alone
        ]
    finally:
        datafile.close_file()


# The window


@pytest.fixture
def signed():
    """The coordinator as the first start asks for them: drafts have a sender."""
    mail_texts.save_settings(mail_texts.MailSettings(name="Ilse Vos", email="ilse@example.nl"))


@pytest.fixture
def folder_chosen(monkeypatch, tmp_path):
    folder = tmp_path / "drafts"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    return folder


def test_drafts_for_the_selected_pairings_from_the_pairings_tab(
    signed, demo_window, qtbot, folder_chosen, messages
):
    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    tab = window.pairings_tab
    view = tab.view
    view.selectAll()
    chosen = tab.selected_rows()
    active = [r for r in chosen if r.status == ACTIVE]
    assert len(chosen) > len(active) > 2
    assert tab.mail_button.isEnabled()
    tab.mail_actions["reminder"].trigger()
    drafts = sorted(folder_chosen.glob("*.eml"))
    assert len(drafts) == len(active)  # the others are not active: told why, none written
    assert all(read_eml(p)["X-Unsent"] == "1" for p in drafts)
    ((kind, _title, text),) = messages
    assert kind == "warning" and text.count("A reminder is for an active pairing") == len(
        chosen
    ) - len(active)
    assert "e-mail drafts written" in window.notice_line.text.text()
    assert len(tab.selected_rows()) == len(chosen)  # still selected, for the next e-mail
    tab.select(active[0].id)
    assert "E-mails written: reminder" in tab.details.toPlainText()
    # one pairing selected: only the kinds that fit it can be chosen
    completed = next(r for r in chosen if r.status == "completed")
    tab.select(completed.id)
    on = {kind for kind, action in tab.mail_actions.items() if action.isEnabled()}
    assert on == {"evaluation", "thanks"}
    assert tab.mail_actions["reminder"].toolTip() == "A reminder is for an active pairing."
    window.undo_action.trigger()  # writing drafts is one step: undone, the record goes
    assert SentMessage.select().count() == 0


def test_what_picked_pairs_need_is_read_beside_the_window(
    signed, demo_window, qtbot, folder_chosen, monkeypatch, messages
):
    """Read on the window's thread, 200 reminders picked on the large demo held it 0.3 s."""
    import threading

    read_on = []
    needs_for = mails.needs_for

    def watched(*args, **kwargs):
        read_on.append(threading.current_thread() is threading.main_thread())
        return needs_for(*args, **kwargs)

    monkeypatch.setattr(mails, "needs_for", watched)
    window = demo_window
    window.tabs.setCurrentWidget(window.pairings_tab)
    window.pairings_tab.view.selectAll()
    active = [r for r in window.pairings_tab.selected_rows() if r.status == ACTIVE]
    window.pairings_tab.mail_actions["reminder"].trigger()
    assert read_on == [False]
    assert len(list(folder_chosen.glob("*.eml"))) == len(active)
    assert [kind for kind, _title, _text in messages] == ["warning"]  # the others, each said


@pytest.fixture
def stop_after_the_first(press_stop_at):
    """Stop pressed in the progress window once the first draft or form is written."""
    press_stop_at(1)


def test_drafts_and_forms_stopped_halfway_say_so(
    signed, demo_window, qtbot, folder_chosen, monkeypatch, stop_after_the_first
):
    from PySide6.QtWidgets import QInputDialog

    from rmentor.ui.window import mail_actions

    window = demo_window
    assert len(mails.concerned(window.programme, "reminder")) > 1
    mail_actions.write_drafts(window, window.programme, "reminder")
    assert len(list(folder_chosen.glob("*.eml"))) == 1
    said = window.notice_line.text.text()
    assert said == "Stopped: 1 e-mail draft written to drafts, the others not"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][a[4]], True))
    mail_actions.write_forms(window, window.programme)
    forms = list(folder_chosen.glob("*.pdf"))
    assert 1 <= len(forms) <= 2  # one pair's forms: a side each
    assert window.notice_line.text.text() == (
        f"Stopped: {len(forms)} evaluation form{'s' if len(forms) > 1 else ''} written to "
        "drafts, the others not"
    )


def test_stop_in_the_overview_stops_every_kind_of_draft(
    signed, demo_window, qtbot, folder_chosen, stop_after_the_first
):
    overview = demo_window.overview_tab
    lines = [overview.list.item(i) for i in range(overview.list.count())]
    kinds = {e.data(Qt.ItemDataRole.UserRole + 1) for e in lines}
    assert {"overdue", "evaluation_due"} <= kinds  # a reminder and a request asked for
    overview.list.selectAll()
    qtbot.mouseClick(overview.draft_button, Qt.MouseButton.LeftButton)
    assert len(list(folder_chosen.glob("*.eml"))) == 1
    said = demo_window.notice_line.text.text()
    assert said == "Stopped: 1 e-mail draft written to drafts, the others not"


def test_the_overview_writes_the_draft_a_line_asks_for(signed, demo_window, qtbot, folder_chosen):
    window = demo_window
    overview = window.overview_tab
    lines = [overview.list.item(i) for i in range(overview.list.count())]
    late = next(e for e in lines if e.data(Qt.ItemDataRole.UserRole + 1) == "overdue")
    unpaired = next(e for e in lines if e.data(Qt.ItemDataRole.UserRole + 1) == "unpaired")
    overview.list.setCurrentItem(unpaired)
    assert not overview.draft_button.isEnabled()  # nobody to write to yet
    overview.list.setCurrentItem(late)
    assert overview.draft_button.isEnabled()
    qtbot.mouseClick(overview.draft_button, Qt.MouseButton.LeftButton)
    (draft,) = folder_chosen.glob("*.eml")
    # a reminder, in the Dutch the pair speaks
    message = read_eml(draft)
    assert message["Subject"] == "Reverse mentoring: een herinnering"
    assert "dagen geleden" in message.get_body(("plain",)).get_content()
    texts = [overview.list.item(i).text() for i in range(overview.list.count())]
    assert sum("(herinnering opgesteld op" in t or "(reminder drafted on" in t for t in texts) == 1
    assert overview.list.selectedItems()[0].text() == texts[0]  # the line stays selected


def test_a_large_overviews_lines_stay_selected_after_their_drafts(
    signed, demo_window, qtbot, folder_chosen, monkeypatch
):
    from rmentor.ui.tabs import overview_tab

    monkeypatch.setattr(overview_tab, "LARGE_PEOPLE", 3)  # worked out on its thread
    overview = demo_window.overview_tab
    overview.reload()
    qtbot.waitUntil(lambda: not overview.loading())
    late = [
        overview.list.item(i)
        for i in range(overview.list.count())
        if overview.list.item(i).data(Qt.ItemDataRole.UserRole + 1) in ("overdue", "evaluation_due")
    ][:2]
    assert len(late) == 2
    about = {e.data(Qt.ItemDataRole.UserRole) for e in late}
    for entry in late:
        entry.setSelected(True)
    qtbot.mouseClick(overview.draft_button, Qt.MouseButton.LeftButton)
    assert len(list(folder_chosen.glob("*.eml"))) >= 2
    qtbot.waitUntil(lambda: not overview.loading())
    chosen = overview.list.selectedItems()
    assert {e.data(Qt.ItemDataRole.UserRole) for e in chosen} == about
    assert all("drafted on" in e.text() or "opgesteld op" in e.text() for e in chosen)
    assert chosen[0].toolTip() == chosen[0].text()  # whole, where a narrow window cuts it


def drop(window, paths) -> bool:
    """Drag files over the window and let go, as from a file manager; True if taken."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    action, button, keys = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(QPoint(10, 10), action, mime, button, keys)
    enter.ignore()
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(window, QDropEvent(QPointF(10, 10), action, mime, button, keys))
    return True


def test_every_line_selected_again_is_looked_at_once_not_once_per_line(demo_window, qtbot):
    """Which e-mails the selected lines ask for is worked out once when the list is
    shown again with them selected, not once per line (3,000 lines: minutes)."""
    from rmentor.ui.tabs.overview_tab import _line

    overview = demo_window.overview_tab
    overview.list.selectAll()
    selected = len(overview.list.selectedItems())
    assert selected > 5
    looks = []
    asked = overview._drafts_asked
    overview._drafts_asked = lambda: looks.append(1) or asked()
    overview.reselect = {_line(e) for e in overview.list.selectedItems()}  # as drafting does
    overview.reload()
    qtbot.waitUntil(lambda: not overview.loading())
    assert len(overview.list.selectedItems()) == selected
    assert len(looks) <= 2


def test_forms_dropped_on_the_window_are_read_and_can_be_undone(
    demo_window, qtbot, tmp_path, messages
):
    from rmentor.models.outreach.drafts import write_forms

    window = demo_window
    programme = window.programme
    forms = write_forms(programme, "midway", tmp_path / "forms", PairFiles(), today=TODAY).paths
    filled = [
        fill(f, {"useful": "/5", "learned": "/4", "recommend": "/4"}, tmp_path / f"f{i}.pdf")
        for i, f in enumerate(forms[:2])
    ]
    blank = forms[2]
    before = Evaluation.select().count()
    assert drop(window, [*filled, blank])
    assert Evaluation.select().count() == before + 2
    ((kind, _title, text),) = messages
    assert kind == "warning" and "Stored 2 evaluations." in text and "gave no answer" in text
    assert "1 form refused; nothing from it was stored" in text
    window.undo_action.trigger()
    assert Evaluation.select().count() == before
    assert not drop(window, [tmp_path])  # not a PDF: the window does not take it
    assert Evaluation.select().count() == before


def test_file_menu_reads_the_forms_chosen(demo_window, qtbot, tmp_path, monkeypatch, messages):
    from rmentor.models.outreach.drafts import write_forms

    window = demo_window
    (form, *_rest) = write_forms(
        window.programme, "midway", tmp_path / "forms", PairFiles(), today=TODAY
    ).paths
    filled = fill(form, {"useful": "/2", "learned": "/3", "recommend": "/4"}, tmp_path / "f.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(filled)], ""))
    import threading

    checked_on = []
    check_forms = returned_forms.check_forms

    def watched(paths):
        checked_on.append(threading.current_thread() is threading.main_thread())
        return check_forms(paths)

    monkeypatch.setattr(returned_forms, "check_forms", watched)
    before = Evaluation.select().count()
    window.read_forms_action.trigger()
    assert checked_on == [False]  # read beside the window (200 forms: 4 s)
    assert Evaluation.select().count() == before + 1
    assert not messages  # all read: said in the status line
    assert "Stored 1 evaluation." in window.notice_line.text.text()


def test_settings_keep_a_template_with_an_unknown_placeholder_open(qtbot, messages):
    from rmentor.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.template_language.setCurrentIndex(dialog.template_language.findData("en"))
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("reminder"))
    dialog.subject.clear()
    qtbot.keyClicks(dialog.subject, "Meet again, {mentee_first}")
    dialog.body.setPlainText("Hello {firstname}")
    dialog.template_kind.setCurrentIndex(dialog.template_kind.findData("thanks"))
    dialog.save()
    assert "{firstname}" in messages[-1][2]
    assert dialog.template_kind.currentData() == "reminder"  # back where the mistake is
    assert dialog.body.toPlainText() == "Hello {firstname}"  # what was typed is kept
    assert not mail_texts.settings_path().exists()
    dialog.body.setPlainText("Hello {mentee_first}, {reason}")
    for wrong in ("not an address", "<coordinator@example.nl>", "a@@example.nl", "anna"):
        dialog.sender_email.setText(wrong)  # as pasted from a mail program, too
        dialog.save()
        assert "not an e-mail address" in messages[-1][2]
    dialog.sender_email.setText("coordinator@example.nl")
    dialog.save()
    saved = mail_texts.load_settings()
    assert saved.email == "coordinator@example.nl"
    assert saved.templates == {
        "en": {"reminder": ["Meet again, {mentee_first}", "Hello {mentee_first}, {reason}"]}
    }


# What an attacker tried (each of these once got through)


def test_a_name_that_a_mail_program_would_decode_into_an_address_is_refused(
    demo_file, tmp_path, capsys
):
    from rmentor.models.programme.participants import save_participant

    db, _english_pair = demo_file
    datafile.open_file(db)
    proposed = Pairing.get(Pairing.status == "proposed")
    mentee = proposed.mentee
    data = {f: getattr(mentee, f) for f in ("last_name", "email", "role", "languages")}
    save_participant(mentee, first_name="=?utf-8?q?spy=40evil=2Etest=2C?= Frank", **data)
    datafile.close_file()
    assert run("drafts", "--db", db, "--kind", "invitation", "--out", tmp_path) == 1
    assert "reads as code" in capsys.readouterr().err
    assert not any(b"spy" in p.read_bytes() for p in tmp_path.glob("*.eml"))
    # the coordinator's own name, the same
    with pytest.raises(DomainError, match="reads as code"):
        mail_texts.save_settings(
            mail_texts.MailSettings(name="=?utf-8?q?x=40y.nl?= Ilse", email="ilse@example.nl")
        )


@pytest.mark.parametrize(
    "command",
    [
        ["calendar", "--out", "{db}"],
        ["report", "--out", "{db}"],
        ["export", "--out", "{db}"],
        ["personal-data", "--email", "d.bakker@voorbeeldbedrijf.nl", "--out", "{db}"],
    ],
)
def test_no_command_writes_over_the_data_file(demo_file, capsys, command):
    """Even a data file named as what the command writes (each --out must end in it)."""
    suffix = {"calendar": ".ics", "report": ".pdf", "export": ".csv"}.get(command[0], ".json")
    db = demo_file[0].rename(demo_file[0].with_suffix(suffix))
    before = db.read_bytes()
    args = [a.replace("{db}", str(db)) for a in command]
    assert run(args[0], "--db", db, *args[1:]) == 1
    assert "is the data file" in capsys.readouterr().err
    assert db.read_bytes() == before
    assert run("check", "--db", db) == 0


def test_a_form_edited_to_answer_for_the_partner_is_refused(demo_file, tmp_path):
    db, _english_pair = demo_file
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path) == 0
    form = sorted(tmp_path.glob("*.pdf"))[0]
    writer = PdfWriter(clone_from=PdfReader(form))
    hidden = writer.get_fields()["rmentor_form"]["/V"]
    prefix, version, key, pid, side, person, moment, signature = hidden.split()
    datafile.open_file(db)
    pairing = Pairing.get_by_id(int(pid))
    other = ("mentee", pairing.mentee_id) if side == "mentor" else ("mentor", pairing.mentor_id)
    forged_ids = [
        f"{prefix} {version} {key} {pid} {other[0]} {other[1]} {moment} {signature}",
        f"{prefix} {version} {key} ² {side} {person} {moment} {signature}",
        f"{prefix} {version} {key} 99999999999999999999 {side} {person} {moment} {signature}",
        f"{prefix} {version} {key} {pid} {side} {person} closing {signature}",
    ]
    forged = []
    for n, value in enumerate(forged_ids):
        writer.update_page_form_field_values(
            writer.pages[0],
            {"rmentor_form": value, "useful": "/1", "learned": "/1", "recommend": "/1"},
            auto_regenerate=False,
        )
        writer.write(tmp_path / f"forged{n}.pdf")
        forged.append(tmp_path / f"forged{n}.pdf")
    good = fill(form, {"useful": "/4", "learned": "/4", "recommend": "/4"}, tmp_path / "good.pdf")
    before = Evaluation.select().count()
    forms, refused = returned_forms.check_forms([*forged, good])
    assert [f.path.name for f in forms] == ["good.pdf"]  # the good one in the batch still goes
    assert all("was changed after rmentor made it" in e.text() for _p, e in refused)
    assert len(refused) == len(forged)
    assert Evaluation.select().count() == before


def a_filled_form(db: Path, tmp_path: Path) -> tuple[Path, Participant, Participant]:
    """A midway form filled in, with the one who filled it and their partner."""
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path) == 0
    form = sorted(tmp_path.glob("*.pdf"))[0]
    answers = {"useful": "/4", "learned": "/4", "recommend": "/4", "comment": "x"}
    filled = fill(form, answers, tmp_path / "f.pdf")
    datafile.open_file(db)
    pid, side = PdfReader(form).get_fields()["rmentor_form"]["/V"].split()[3:5]
    pairing = Pairing.get_by_id(int(pid))
    people = (
        (pairing.mentor, pairing.mentee) if side == "mentor" else (pairing.mentee, pairing.mentor)
    )
    datafile.close_file()
    return filled, *people


def form_refused_after_erasing(db, tmp_path, capsys, who: str):
    """A filled form, its filler (or their partner) erased: reading it is refused."""
    filled, person, partner = a_filled_form(db, tmp_path)
    erased = person if who == "person" else partner
    assert run("erase", "--db", db, "--email", erased.email, "--yes") == 0
    capsys.readouterr()
    assert run("read-forms", "--db", db, filled) == 1
    assert "erased on their request" in capsys.readouterr().err


def test_nothing_is_written_to_or_read_from_someone_erased(demo_file, tmp_path, capsys):
    db, _english_pair = demo_file
    form_refused_after_erasing(db, tmp_path, capsys, "person")
    out = tmp_path / "drafts"
    for kind in MAIL_KINDS:
        run("drafts", "--db", db, "--kind", kind, "--out", out)
    assert not any(b"erased" in p.read_bytes() for p in out.glob("*.eml"))
    assert run("calendar", "--db", db, "--out", tmp_path / "c.ics") == 0
    assert b"erased" not in (tmp_path / "c.ics").read_bytes()


def test_drafts_written_before_a_failure_are_recorded(demo_file, tmp_path, monkeypatch):
    from rmentor.models.outreach import drafts
    from rmentor.models.storage.files import cannot_write

    db, _english_pair = demo_file
    datafile.open_file(db)
    programme = Pairing.get().programme
    needs = mails.concerned(programme, "reminder")
    assert len(needs) > 2
    real = drafts.write_bytes
    calls = []

    def full_disk(path, data):
        calls.append(path)
        if len(calls) == 2:
            raise cannot_write(path, OSError(28, "No space left on device"))
        return real(path, data)

    monkeypatch.setattr(drafts, "write_bytes", full_disk)
    written = drafts.write_drafts(programme, "reminder", tmp_path, PairFiles())
    assert "the disk is full" in written.failed.text()
    assert len(calls) == 2  # no draft tried after the disk was full
    assert [p.name for p in written.paths] == [p.name for p in tmp_path.glob("*.eml")]
    assert len(written.paths) == 1
    assert SentMessage.select().count() == 1  # the one written is known to be written


def full_disk_after(monkeypatch, n: int) -> None:
    """Drafts' files: the disk is full after the first n."""
    from rmentor.models.outreach import drafts
    from rmentor.models.storage.files import cannot_write

    real, calls = drafts.write_bytes, []

    def full_disk(path, data):
        calls.append(path)
        if len(calls) > n:
            raise cannot_write(path, OSError(28, "No space left on device"))
        return real(path, data)

    monkeypatch.setattr(drafts, "write_bytes", full_disk)


def test_a_full_disk_midway_says_how_many_drafts_were_written_and_why_the_rest_not(
    demo_window, qtbot, folder_chosen, monkeypatch, messages
):
    from PySide6.QtWidgets import QMessageBox

    window = demo_window
    status_then = []  # what the status line says while the reason is shown
    answer = QMessageBox.warning
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: status_then.append(window.notice_line.text.text()) or answer(*a, **k),
    )
    full_disk_after(monkeypatch, 2)
    window.write_drafts("reminder")
    assert len(list(folder_chosen.glob("*.eml"))) == 2
    warnings = [(title, text) for kind, title, text in messages if kind == "warning"]
    (text,) = [text for title, text in warnings if title == "Not all drafts written"]
    assert text.startswith(
        "2 e-mail drafts written to drafts; then writing stopped, and the others were not "
        "written:\n"
    )
    assert "the disk is full" in text and "No space" not in text
    assert status_then == ["Stopped: 2 e-mail drafts written to drafts, the others not"]
    assert window.notice_line.text.text() == status_then[0]
    assert SentMessage.select().count() == 2  # the two written are known to be written


def test_a_full_disk_is_said_in_the_language_of_the_window(
    demo_window_in, qtbot, folder_chosen, monkeypatch, messages
):
    window = demo_window_in("nl")
    full_disk_after(monkeypatch, 1)
    window.write_drafts("reminder")
    (text,) = [t for _k, title, t in messages if title == "Niet alle concepten geschreven"]
    assert text.startswith("1 concept-e-mail geschreven in drafts; toen stopte het schrijven")
    assert text.endswith(".eml kan niet worden geschreven: de schijf is vol."), text
    assert "No space" not in text


def test_a_disk_full_from_the_first_draft_says_so_too(
    demo_window, qtbot, folder_chosen, monkeypatch, messages
):
    full_disk_after(monkeypatch, 0)
    demo_window.write_drafts("reminder")
    assert list(folder_chosen.glob("*.eml")) == []
    (text,) = [t for _k, title, t in messages if title == "Not all drafts written"]
    assert text.startswith("No e-mail draft could be written to drafts:\n")
    assert demo_window.notice_line.text.text() == "Stopped: no e-mail draft written to drafts"
    assert SentMessage.select().count() == 0


def test_a_full_disk_midway_through_the_forms_says_how_many_were_written(
    demo_window, qtbot, folder_chosen, monkeypatch, messages
):
    from PySide6.QtWidgets import QInputDialog

    from rmentor.ui.window import mail_actions

    full_disk_after(monkeypatch, 1)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][a[4]], True))
    mail_actions.write_forms(demo_window, demo_window.programme)
    assert len(list(folder_chosen.glob("*.pdf"))) == 1
    (text,) = [t for _k, title, t in messages if title == "Not all forms written"]
    assert text.startswith(
        "1 evaluation form written to drafts; then writing stopped, and the others were not "
        "written:\n"
    )
    assert "the disk is full" in text and "No space" not in text
    assert demo_window.notice_line.text.text() == (
        "Stopped: 1 evaluation form written to drafts, the others not"
    )


def test_the_command_line_says_how_many_drafts_were_written_before_a_full_disk(
    demo_file, tmp_path, monkeypatch, capsys
):
    db, _english_pair = demo_file
    full_disk_after(monkeypatch, 1)
    assert run("drafts", "--db", db, "--kind", "reminder", "--out", tmp_path) == 1
    out, err = capsys.readouterr()
    assert out == ""  # nothing said as if it went well
    assert err.startswith("rmentor: stopped: Wrote 1 draft (reminder) to ")
    assert "The others were not written: " in err and "the disk is full" in err
    assert "Traceback" not in err


def test_the_command_line_says_how_many_forms_were_written_before_a_full_disk(
    demo_file, tmp_path, monkeypatch, capsys
):
    db, _english_pair = demo_file
    full_disk_after(monkeypatch, 1)
    forms = tmp_path / "forms"
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", forms) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(list(forms.glob("*.pdf"))) == 1
    assert err.startswith("rmentor: stopped: Wrote 1 evaluation form to ")
    assert "the disk is full" in err and "Traceback" not in err


def test_a_request_stopped_between_its_two_drafts_is_not_recorded(demo_file, tmp_path):
    """A request goes to each person alone: one written, the pair is asked again."""
    from rmentor.models.outreach import drafts

    db, _english_pair = demo_file
    datafile.open_file(db)
    programme = Pairing.get().programme
    both = next(n for n in mails.concerned(programme, "evaluation") if len(n.sides) == 2)
    written = drafts.write_drafts(
        programme, "evaluation", tmp_path, PairFiles(), needs=[both], progress=lambda *_: False
    )
    assert len(written.paths) == 1  # Stop after the first person's
    assert SentMessage.select().count() == 0
    assert both.pairing_id in {n.pairing_id for n in mails.concerned(programme, "evaluation")}


def test_no_meeting_is_planned_after_a_pairing_ends(demo_file, tmp_path, capsys):
    db, _english_pair = demo_file
    datafile.open_file(db)
    ending = Pairing.get(Pairing.status == ACTIVE)
    Pairing.update(planned_end_date=TODAY - dt.timedelta(days=1)).where(
        Pairing.id == ending.id
    ).execute()
    datafile.close_file()
    assert run("calendar", "--db", db, "--out", tmp_path / "all.ics") == 0
    uids = [
        str(e["UID"])
        for e in Calendar.from_ical((tmp_path / "all.ics").read_bytes()).walk("VEVENT")
    ]
    assert not any(f"-pairing-{ending.id}@" in uid for uid in uids) and uids
    capsys.readouterr()
    assert run("calendar", "--db", db, "--out", tmp_path / "one.ics", "--pairing", ending.id) == 1
    assert "after the planned end" in capsys.readouterr().err


def test_file_names_fit_every_system_whatever_the_names():
    from rmentor.models.storage.files import safe_name

    name = safe_name("\u202eEvaluatieverzoek - evil/../CON " + "😀" * 60, ".eml")
    assert len(name.encode()) <= 255 and "/" not in name and "\u202e" not in name
    assert name.endswith(".eml")


def test_subject_and_body_are_checked_each_on_their_own():
    # joined, "{" + "x}" read as a placeholder {x}; apart, each is a brace left open
    settings = mail_texts.MailSettings(templates={"en": {"thanks": ["Hi {", "x} there"]}})
    with pytest.raises(DomainError, match="brace that does not close"):
        mail_texts.save_settings(settings)
    settings.templates["en"]["thanks"] = ["Hi {{", "x}} there"]
    mail_texts.save_settings(settings)
    assert mail_texts.load_settings().templates == settings.templates


def test_requests_drafted_still_leave_the_forms_to_be_made(demo_file, tmp_path):
    db, _english_pair = demo_file
    assert run("drafts", "--db", db, "--kind", "evaluation", "--out", tmp_path / "d") == 0
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path / "f") == 0
    assert len(list((tmp_path / "f").glob("*.pdf"))) > 1


def test_the_attention_line_names_the_one_still_to_answer(demo_file):
    from rmentor.models.figures.attention import attention_items

    db, _english_pair = demo_file
    datafile.open_file(db)
    programme = Pairing.get().programme
    one = [
        i
        for i in attention_items(programme, TODAY)
        if i.kind == "evaluation_due" and len(i.missing) == 1
    ]
    assert one
    pairing = Pairing.get_by_id(one[0].target_id)
    asked = pairing.mentor if one[0].missing == ("mentor",) else pairing.mentee
    other = pairing.mentee if asked == pairing.mentor else pairing.mentor
    assert (
        one[0]
        .text()
        .startswith(f"Midway evaluation due for {asked.full_name} (with {other.full_name})")
    )


def test_an_address_refused_leaves_the_pair_to_be_asked_again(demo_file, tmp_path, capsys):
    db, _english_pair = demo_file
    datafile.open_file(db)
    (need, *_rest) = [
        n for n in mails.concerned(Pairing.get().programme, "evaluation") if len(n.sides) == 2
    ]
    pairing = Pairing.get_by_id(need.pairing_id)
    Participant.update(email="not-an-address").where(Participant.id == pairing.mentee_id).execute()
    datafile.close_file()
    capsys.readouterr()
    assert run("drafts", "--db", db, "--kind", "evaluation", "--out", tmp_path) == 1
    err = capsys.readouterr().err
    assert f'{pairing.mentee.full_name}: "not-an-address" is not an e-mail address' in err
    datafile.open_file(db)
    assert SentMessage.get_or_none(pairing=pairing) is None  # asked again once it is right
    assert need.pairing_id in {
        n.pairing_id for n in mails.concerned(pairing.programme, "evaluation")
    }


def test_no_series_starts_at_an_hour_already_past(demo_file, tmp_path):
    """Meetings at 00:00 (Settings): a pair due today gets its first meeting on the next
    working day, not an event that is over before the file is opened."""
    from rmentor.models.outreach.meeting_calendar import series_start

    db, _english_pair = demo_file
    settings = mail_texts.load_settings()
    settings.meeting_time = "00:00"
    mail_texts.save_settings(settings)
    path = tmp_path / "meetings.ics"
    assert run("calendar", "--db", db, "--out", path) == 0
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    starts = [e["DTSTART"].dt for e in events if "RRULE" in e]
    assert starts and min(starts) > dt.datetime.now()
    friday, monday = dt.date(2026, 12, 4), dt.date(2026, 12, 7)
    assert series_start(friday - dt.timedelta(days=9), friday, hour_passed=True) == monday
    assert series_start(friday - dt.timedelta(days=9), friday) == friday


def test_the_calendar_in_an_invitation_says_it_is_utf8(demo_file, tmp_path):
    db, _english_pair = demo_file
    mail_texts.save_settings(mail_texts.MailSettings(name="Ilse Coördinator", email="i@example.nl"))
    assert run("drafts", "--db", db, "--kind", "invitation", "--out", tmp_path) == 0
    message = read_eml(next(tmp_path.glob("*.eml")))
    (calendar,) = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert calendar.get_content_charset() == "utf-8"
    assert "Ilse Coördinator" in calendar.get_content()


# The second attack


def test_the_report_is_made_after_evaluation_requests_were_drafted(demo_file, tmp_path):
    db, _english_pair = demo_file
    assert run("drafts", "--db", db, "--kind", "evaluation", "--out", tmp_path / "d") == 0
    assert run("report", "--db", db, "--out", tmp_path / "r.pdf") == 0
    assert "request drafted on" in PdfReader(tmp_path / "r.pdf").pages[-1].extract_text() or any(
        "request drafted on" in p.extract_text() for p in PdfReader(tmp_path / "r.pdf").pages
    )


@pytest.mark.parametrize("beside", ["{name}-journal", ".{name}.lock", "{name}.backups"])
def test_no_output_folder_takes_a_name_the_data_file_needs(demo_file, capsys, beside):
    db, _english_pair = demo_file
    folder = db.with_name(beside.format(name=db.name))
    for command in (
        ["drafts", "--kind", "reminder"],
        ["evaluation-forms", "--moment", "midway"],
    ):
        assert run(command[0], "--db", db, *command[1:], "--out", folder) == 1
        assert "is the data file" in capsys.readouterr().err
    assert run("check", "--db", db) == 0


def test_a_folder_where_the_journal_goes_is_said_in_words(demo_file, capsys):
    db, _english_pair = demo_file
    db.with_name(db.name + "-journal").mkdir()
    assert run("check", "--db", db) == 1
    assert "which is not an ordinary file" in capsys.readouterr().err


def test_a_name_with_an_accent_and_an_address_in_it_adds_no_recipient(demo_file, tmp_path):
    from email.header import decode_header
    from email.header import make_header

    from rmentor.models.programme.participants import save_participant

    db, _english_pair = demo_file
    datafile.open_file(db)
    proposed = Pairing.get(Pairing.status == "proposed")
    mentee = proposed.mentee
    data = {f: getattr(mentee, f) for f in ("email", "role", "languages")}
    save_participant(mentee, first_name="spy@evil.test,", last_name="Mariëke <x@evil.test>", **data)
    datafile.close_file()
    assert run("drafts", "--db", db, "--kind", "invitation", "--out", tmp_path) == 0
    raw = email.message_from_bytes(
        next(tmp_path.glob("*.eml")).read_bytes(), policy=email.policy.compat32
    )["To"]  # as written, encoded words and all
    decoded = str(make_header(decode_header(raw)))  # as a careless reader decodes it
    assert "@evil" not in decoded and decoded.count("@") == 2  # the two of the pair


def test_a_form_with_a_foreign_signature_or_of_a_pairing_made_anew_is_refused(demo_file, tmp_path):
    from rmentor.models.programme import pairings

    db, _english_pair = demo_file
    assert run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path) == 0
    first, second = sorted(tmp_path.glob("*.pdf"))[:2]
    writer = PdfWriter(clone_from=PdfReader(first))
    hidden = writer.get_fields()["rmentor_form"]["/V"]
    writer.update_page_form_field_values(
        writer.pages[0],
        {
            "rmentor_form": hidden[:-24] + "é" * 24,
            "useful": "/1",
            "learned": "/1",
            "recommend": "/1",
        },
        auto_regenerate=False,
    )
    writer.write(tmp_path / "accent.pdf")
    good = fill(second, {"useful": "/4", "learned": "/4", "recommend": "/4"}, tmp_path / "g.pdf")
    datafile.open_file(db)
    forms, refused = returned_forms.check_forms([tmp_path / "accent.pdf", good])
    assert [f.path.name for f in forms] == ["g.pdf"] and "does not fit this file" in refused[0][
        1
    ].text()
    # the first form's pairing deleted and made anew, under the same number
    pid = int(hidden.split()[3])
    old = Pairing.get_by_id(pid)
    mentor, mentee, programme = old.mentor, old.mentee, old.programme
    Pairing.delete().where(Pairing.id == pid).execute()
    again = pairings.create_pairing(programme, mentor, mentee, start_date=TODAY)
    pairings.set_status(again, "active")
    # SQLite gives a deleted number out again when it was the highest: here, by hand
    Pairing.update(id=pid, created=again.created + dt.timedelta(seconds=5)).where(
        Pairing.id == again.id
    ).execute()
    filled = fill(first, {"useful": "/2", "learned": "/2", "recommend": "/2"}, tmp_path / "o.pdf")
    forms, refused = returned_forms.check_forms([filled])
    assert not forms and "does not fit this file" in refused[0][1].text()


def test_a_form_of_someone_whose_partner_was_erased_is_not_read(demo_file, tmp_path, capsys):
    db, _english_pair = demo_file
    form_refused_after_erasing(db, tmp_path, capsys, "partner")
    assert (
        run("evaluation-forms", "--db", db, "--moment", "midway", "--out", tmp_path / "again") == 0
    )
    assert not any("erased" in p.name for p in (tmp_path / "again").glob("*.pdf"))


def test_a_link_at_the_temporary_name_does_not_lead_into_the_data_file(demo_file, tmp_path, capsys):
    db, _english_pair = demo_file
    before = db.read_bytes()
    (tmp_path / "s.ics.part").symlink_to(db)
    assert run("calendar", "--db", db, "--out", tmp_path / "s.ics") == 1
    assert "is the data file" in capsys.readouterr().err
    assert db.read_bytes() == before


def test_a_copy_is_not_saved_over_the_open_file(demo_file):
    db, _english_pair = demo_file
    datafile.open_file(db)
    with pytest.raises(DomainError, match="is the data file"):
        datafile.copy_to(db)
    assert Pairing.select().count() > 0


@pytest.mark.parametrize("value", ['"coord@x.test\\nX"', '"Ilse \\ud800"'])
def test_a_mail_json_edited_by_hand_gives_the_defaults(demo_file, tmp_path, value):
    db, _english_pair = demo_file
    path = mail_texts.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'{{"name": {value}, "email": {value}}}', encoding="utf-8")
    assert mail_texts.load_settings() == mail_texts.MailSettings()
    assert run("drafts", "--db", db, "--kind", "invitation", "--out", tmp_path) == 0
    assert run("calendar", "--db", db, "--out", tmp_path / "c.ics") == 0


def test_a_draft_written_beside_a_link_named_as_its_temporary_file_leaves_the_data_alone(
    demo_file, tmp_path
):
    db, _english_pair = demo_file
    out = tmp_path / "out"
    out.mkdir()
    for name in ("Herinnering - Daan Bakker & Marieke Jansen.eml.part", "x.eml.part"):
        (out / name).symlink_to(db)
    assert run("drafts", "--db", db, "--kind", "reminder", "--out", out) == 0
    assert run("check", "--db", db) == 0  # (the drafts were recorded in it: a change)
    assert len(list(out.glob("*.eml"))) > 1


def test_a_copy_beside_a_link_named_as_its_temporary_file_leaves_the_data_alone(
    demo_file, tmp_path
):
    db, _english_pair = demo_file
    datafile.open_file(db)
    target = tmp_path / "copy.sqlite"
    (tmp_path / "copy.sqlite.copying").symlink_to(db)
    datafile.copy_to(target)
    assert target.is_file() and not (tmp_path / "copy.sqlite.copying").exists()
    assert Pairing.select().count() > 0


def test_the_overview_drafts_the_evaluation_its_line_is_about(demo_window, qtbot, folder_chosen):
    from rmentor.models.programme.entities import Evaluation as Answer

    window = demo_window
    overview = window.overview_tab
    # a pair due for both the fit check (answers taken back) and the midway evaluation
    midway = next(
        overview.list.item(i)
        for i in range(overview.list.count())
        if overview.list.item(i).data(Qt.ItemDataRole.UserRole + 2) == "midway"
    )
    pid = midway.data(Qt.ItemDataRole.UserRole)[1]
    Answer.delete().where((Answer.pairing == pid) & (Answer.moment == "fit_check")).execute()
    overview.reload()
    lines = [overview.list.item(i) for i in range(overview.list.count())]
    mine = [e for e in lines if e.data(Qt.ItemDataRole.UserRole) == ("pairing", pid)]
    assert {e.data(Qt.ItemDataRole.UserRole + 2) for e in mine} >= {"fit_check", "midway"}
    line = next(e for e in mine if e.data(Qt.ItemDataRole.UserRole + 2) == "midway")
    overview.list.setCurrentItem(line)
    qtbot.mouseClick(overview.draft_button, Qt.MouseButton.LeftButton)
    drafts = list(folder_chosen.glob("*.eml"))
    assert drafts and all("halverwege" in read_eml(p)["Subject"] for p in drafts)
    texts = [overview.list.item(i).text() for i in range(overview.list.count())]
    noted = [t for t in texts if "verzoek opgesteld" in t or "request drafted" in t]
    assert len(noted) == 1 and len(overview.list.selectedItems()) == 1


def test_an_empty_subject_or_text_is_refused_and_not_read_from_a_hand_edited_file():
    with pytest.raises(DomainError, match="a subject and a text"):
        mail_texts.check_texts(" ", "Hello {mentor}", "thanks")
    path = mail_texts.settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"templates": {"en": {"thanks": ["", ""]}}}', encoding="utf-8")
    assert mail_texts.load_settings().templates == {}


def test_a_pairs_own_calendar_neither_replaces_the_programmes_days_nor_breaks_on_its_name(
    demo_file, tmp_path
):
    from rmentor.models.outreach.drafts import write_calendar
    from rmentor.models.programme.entities import Programme

    db, _english_pair = demo_file
    datafile.open_file(db)
    programme = Programme.get()
    programme.name = 'Pilot; fase 1, "test"'
    programme.end_date = dt.date.today() + dt.timedelta(days=30)  # its closing still to come
    programme.save()
    pairing = Pairing.get(Pairing.status == ACTIVE)
    files = PairFiles()
    whole = write_calendar(programme, tmp_path / "all.ics", "en", files)
    own = write_calendar(programme, tmp_path / "own.ics", "en", files, pairing)
    # a name with ; and , is escaped as iCalendar TEXT (RFC 5545 3.3.11), once
    assert b'X-WR-CALNAME:Pilot\\; fase 1\\, "test"\r\n' in whole.read_bytes()

    def days(path):
        events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
        return {str(e["UID"]) for e in events if "pairing" not in str(e["UID"])}

    # the programme's closing in a pair's file is an event of its own, with its own UID:
    # importing both files keeps the programme's closing with everyone invited
    assert days(whole) and not days(whole) & days(own)


def test_drafts_without_the_coordinators_name_are_asked_about_first(
    demo_window, qtbot, folder_chosen, monkeypatch, messages
):
    from PySide6.QtWidgets import QMessageBox

    asked = []  # and the other messages answered and recorded, in `messages`

    def answer(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    tab = demo_window.pairings_tab
    demo_window.tabs.setCurrentWidget(tab)
    tab.view.selectAll()
    tab.mail_actions["reminder"].trigger()
    assert len(asked) == 1 and "Your name or e-mail address is not filled in" in asked[0]
    assert list(folder_chosen.glob("*.eml")) == [] and SentMessage.select().count() == 0


def test_who_is_due_for_an_evaluation_is_read_beside_the_window(demo_window, monkeypatch):
    """Read on the window's thread, the evaluation forms' first question held a large
    programme's window 0.4 s."""
    import threading

    from PySide6.QtWidgets import QInputDialog

    from rmentor.ui.window import mail_actions

    read_on = []
    evaluations_due = mails.evaluations_due

    def watched(*args, **kwargs):
        read_on.append(threading.current_thread() is threading.main_thread())
        return evaluations_due(*args, **kwargs)

    offered = []

    def ask(parent, title, label, items, current, editable):
        offered.append(items[current])
        return "", False  # the coordinator cancels

    monkeypatch.setattr(mails, "evaluations_due", watched)
    monkeypatch.setattr(QInputDialog, "getItem", ask)
    mail_actions.write_forms(demo_window, demo_window.programme)
    assert read_on == [False]
    assert len(offered) == 1
