"""The words of the programme report that are chosen by key: verdicts, reasons, decisions,
chores, and each figure's name and definition (page 1 and the last page print the same)."""

from rmentor.models.figures import verdict
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

MONTHS = [
    QT_TRANSLATE_NOOP("Report", "Jan"),
    QT_TRANSLATE_NOOP("Report", "Feb"),
    QT_TRANSLATE_NOOP("Report", "Mar"),
    QT_TRANSLATE_NOOP("Report", "Apr"),
    QT_TRANSLATE_NOOP("Report", "May"),
    QT_TRANSLATE_NOOP("Report", "Jun"),
    QT_TRANSLATE_NOOP("Report", "Jul"),
    QT_TRANSLATE_NOOP("Report", "Aug"),
    QT_TRANSLATE_NOOP("Report", "Sep"),
    QT_TRANSLATE_NOOP("Report", "Oct"),
    QT_TRANSLATE_NOOP("Report", "Nov"),
    QT_TRANSLATE_NOOP("Report", "Dec"),
]


ATTENTION_KINDS = {
    "overdue": QT_TRANSLATE_NOOP("Report", "Pairings that have not met for longer than agreed"),
    "no_first_meeting": QT_TRANSLATE_NOOP(
        "Report", "Pairings without a first meeting three weeks after the start"
    ),
    "action_overdue": QT_TRANSLATE_NOOP("Report", "Pairings with actions past their due date"),
    "evaluation_due": QT_TRANSLATE_NOOP("Report", "Evaluations due"),
    "ending": QT_TRANSLATE_NOOP("Report", "Pairings ending within two weeks"),
    "unpaired": QT_TRANSLATE_NOOP("Report", "Participants not paired yet"),
}


EXCEPTION_ROWS = 50  # pairings listed as needing attention; the rest are counted

VERDICTS = {
    verdict.ON_TRACK: QT_TRANSLATE_NOOP("Report", "On track"),
    verdict.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("Report", "Needs attention"),
    verdict.TOO_EARLY: QT_TRANSLATE_NOOP("Report", "Too early to tell"),
}
# the verdict in page 1's box, whole: Dutch goes on in lower case after a colon
STAMPS = {
    verdict.ON_TRACK: QT_TRANSLATE_NOOP("Report", "The programme: On track"),
    verdict.NEEDS_ATTENTION: QT_TRANSLATE_NOOP("Report", "The programme: Needs attention"),
    verdict.TOO_EARLY: QT_TRANSLATE_NOOP("Report", "The programme: Too early to tell"),
}
HEALTH_NAMES = {
    verdict.HEALTHY: QT_TRANSLATE_NOOP("Report", "on track"),
    verdict.CHECK_IN: QT_TRANSLATE_NOOP("Report", "needs a check-in"),
    verdict.STALLED: QT_TRANSLATE_NOOP("Report", "stalled"),
    verdict.STARTING: QT_TRANSLATE_NOOP("Report", "too early to tell"),
}
REASONS = {
    # why the programme, or a purpose, is judged as it is: one line under the verdict
    "nobody": QT_TRANSLATE_NOOP(
        "Report", "Nobody takes part yet, though the programme has started."
    ),
    "no_pairing": QT_TRANSLATE_NOOP("Report", "No pairing has been due to meet yet."),
    "early": QT_TRANSLATE_NOOP(
        "Report",
        "Fewer than {weeks} weeks since the start: two cadence periods must pass before the "
        "figures mean something.",
    ),
    "none_started": QT_TRANSLATE_NOOP(
        "Report",
        "No pairing has started, {weeks} weeks after the programme's start.",
    ),
    "no_purpose": QT_TRANSLATE_NOOP(
        "Report",
        "The programme has no purpose set, so nothing says what it is for.",
    ),
    "missed_paired": QT_TRANSLATE_NOOP(
        "Report", "{value}% of the participants are paired, against a target of {target}%."
    ),
    "missed_cadence": QT_TRANSLATE_NOOP(
        "Report",
        "{value}% of the pairings due to meet did so as often as agreed, against a target "
        "of {target}%.",
    ),
    "missed_satisfaction": QT_TRANSLATE_NOOP(
        "Report", "Would-recommend averages {value}, against a target of {target}."
    ),
    "missed_done": QT_TRANSLATE_NOOP(
        "Report", "{value}% of the actions are done, against a target of {target}%."
    ),
    "health": QT_TRANSLATE_NOOP(
        "Report",
        "Stalled pairings: {n} of the {of} running, more than the target allows.",
    ),
    "ended": QT_TRANSLATE_NOOP(
        "Report",
        "The programme ended on {date}, and pairings still run: {n}.",
    ),
    "purpose": QT_TRANSLATE_NOOP("Report", "Purposes that need attention: {n} (see below)."),
    "answers_missing": QT_TRANSLATE_NOOP(
        "Report",
        "Too few evaluation answers to give a score, and {n} answers are still missing.",
    ),
    "purposes_early": QT_TRANSLATE_NOOP(
        "Report",
        "Purposes that cannot be judged yet: {n} (see below).",
    ),
    "no_answers": QT_TRANSLATE_NOOP(
        "Report",
        "No score yet: fewer than {n} people answered, or fewer than {n} since a report "
        "printed the score.",
    ),
    "all_met": QT_TRANSLATE_NOOP(
        "Report",
        "Every figure reaches its target with enough answers, the pairings are healthy, and "
        "every purpose shows evidence.",
    ),
    "no_meeting": QT_TRANSLATE_NOOP("Report", "None of the {of} meetings held was about it."),
    "few_meetings": QT_TRANSLATE_NOOP(
        "Report",
        "Meetings about it: {n} of the {of} held, fewer than three.",
    ),
    "few_pairs": QT_TRANSLATE_NOOP(
        "Report",
        "Pairings that talked about it: {n} of the {of}, fewer than two.",
    ),
    "small_share": QT_TRANSLATE_NOOP(
        "Report",
        "Meetings about it: {n} of the {of} held, less than {share}%.",
    ),
    "stale": QT_TRANSLATE_NOOP("Report", "No meeting was about it since {date}."),
    "missed_question": QT_TRANSLATE_NOOP(
        "Report", "“{question}” averages {value}, against a target of {target}."
    ),
    "purpose_missed_done": QT_TRANSLATE_NOOP(
        "Report", "{value}% of its actions are done, against a target of {target}%."
    ),
    "thin": QT_TRANSLATE_NOOP(
        "Report",
        "Nothing shows yet what it brought: fewer than {n} answers to its question and "
        "fewer than {results} insights, ideas or actions.",
    ),
    "not_asked": QT_TRANSLATE_NOOP(
        "Report",
        "Renewed joy is asked, not counted: fewer than {n} answers to its question so far.",
    ),
    "evidence": QT_TRANSLATE_NOOP(
        "Report",
        "Meetings: {n}. Pairings that held them: {pairs}. Insights, ideas and actions: {results}.",
    ),
    "question_held": QT_TRANSLATE_NOOP(
        "Report",
        "Its question's average is held back until {n} more people have answered, so that "
        "no answer can be worked out.",
    ),
}
DECISIONS = {
    # asked of management, each with a date
    "enrol": QT_TRANSLATE_NOOP(
        "Report",
        "Enrol the participants: nobody takes part yet, {weeks} weeks after the start.",
    ),
    "paired": QT_TRANSLATE_NOOP(
        "Report",
        "Agree the date by which everyone waiting is paired: {value}% of the participants "
        "are paired, against a target of {target}%.",
    ),
    "paired_stuck": QT_TRANSLATE_NOOP(
        "Report",
        "Decide what becomes of the people waiting whom the programme's rules leave no "
        "partner ({n}; the points needing attention say why): pair them by hand across a "
        "rule, with the reason, or recruit partners for them.",
    ),
    "start": QT_TRANSLATE_NOOP(
        "Report",
        "Decide with the coordinator when the pairings start: none has, {weeks} weeks "
        "after the programme's start.",
    ),
    "name_purpose": QT_TRANSLATE_NOOP(
        "Report",
        "Name what the programme is for (the consumer's view, diversity, innovation, "
        "refreshing the craft) and set it in the programme's form.",
    ),
    "sponsor_cadence": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the sponsor and the mentees' managers to make time for the meetings: {value}% "
        "of the pairings met as often as agreed, against a target of {target}%.",
    ),
    "sponsor_satisfaction": QT_TRANSLATE_NOOP(
        "Report",
        "Decide with the sponsor what to change: would-recommend averages {value}, against a "
        "target of {target}.",
    ),
    "sponsor_done": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the mentees' managers to back the actions the pairs agreed: {value}% are done, "
        "against a target of {target}%.",
    ),
    "sponsor_answers": QT_TRANSLATE_NOOP(
        "Report",
        "Ask the sponsor to call for the evaluation answers: {n} are missing, and without "
        "them the programme cannot be judged.",
    ),
    "rematch": QT_TRANSLATE_NOOP(
        "Report",
        "Decide whether to re-match, restart or end the stalled pairings: {n} of the {of} running.",
    ),
    "purpose_no_meeting": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. No "
        "meeting was about it.",
    ),
    "purpose_few_meetings": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. "
        "Meetings about it: {n} of the {of} held.",
    ),
    "purpose_few_pairs": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on more pairs' agenda, or drop it as a goal of the programme. "
        "Pairings that talked about it: {n} of the {of}.",
    ),
    "purpose_small_share": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: put it on the pairs' agenda, or drop it as a goal of the programme. "
        "Meetings about it: {n} of the {of} held.",
    ),
    "purposes_stale": QT_TRANSLATE_NOOP(
        "Report",
        "Put these purposes back on the pairs' agenda, or drop them as goals of the "
        "programme; no meeting was about them for more than twice the agreed cadence: "
        "{purposes}.",
    ),
    "purpose_missed_question": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: decide with the sponsor how the pairs can serve it better; “{question}” "
        "averages {value}, against a target of {target}.",
    ),
    "purpose_missed_done": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: ask the sponsor to back the actions it gave rise to; {value}% are done, "
        "against a target of {target}%.",
    ),
    "purpose_thin": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: decide whether to keep it as a goal; nothing shows yet what it brought. "
        "Ask the pairs to record its insights and to answer its evaluation question.",
    ),
    "purpose_not_asked": QT_TRANSLATE_NOOP(
        "Report",
        "{purpose}: ask the mentees to answer its evaluation question; renewed joy is asked, "
        "not counted.",
    ),
    "recruit_mentees": QT_TRANSLATE_NOOP(
        "Report",
        "Recruit more mentees: with everyone waiting paired, mentors left without a mentee: {n}.",
    ),
    "recruit_mentors": QT_TRANSLATE_NOOP(
        "Report",
        "Recruit more mentors: with everyone waiting paired, mentees left without a mentor: {n}.",
    ),
    "extend": QT_TRANSLATE_NOOP(
        "Report",
        "Decide whether to extend the programme or close it on {date}. Pairings still "
        "running: {n}.",
    ),
    "close": QT_TRANSLATE_NOOP(
        "Report",
        "The programme ended on {date}; pairings still running: {n}. Close them, or extend "
        "the programme.",
    ),
    "review": QT_TRANSLATE_NOOP(
        "Report", "Review the programme with the coordinator: it needs attention, as said above."
    ),
    "none": QT_TRANSLATE_NOOP(
        "Report", "No decision is needed now: the programme runs as planned."
    ),
    "none_early": QT_TRANSLATE_NOOP(
        "Report", "No decision is needed yet: it is too early to tell."
    ),
}
CHORES = {
    # the coordinator's own list: what needs doing, not deciding
    "restart": QT_TRANSLATE_NOOP(
        "Report",
        "Talk to the stalled pairings: {n} (no meeting for more than twice the cadence, or "
        "none since the start).",
    ),
    "check_in": QT_TRANSLATE_NOOP(
        "Report",
        "Check in with the pairings that need it: {n} (paused, not met as agreed, or an "
        "action past its date).",
    ),
    "pair_waiting": QT_TRANSLATE_NOOP(
        "Report",
        "Pair the people who are waiting: mentors without a partner {mentors}, mentees "
        "without a partner {mentees}.",
    ),
    "evaluations": QT_TRANSLATE_NOOP(
        "Report",
        "Ask for the evaluation answers still missing: {n} (one per person and moment; the "
        "attention points count the pairings).",
    ),
    "actions": QT_TRANSLATE_NOOP("Report", "Follow up the open actions: {n}."),
}
# what each figure on page 1 counts: the last page prints these, from the same keys
FIGURE_NAMES = {
    "paired": QT_TRANSLATE_NOOP("Report", "Participants paired"),
    "cadence": QT_TRANSLATE_NOOP("Report", "Pairs meeting as often as agreed"),
    "satisfaction": QT_TRANSLATE_NOOP("Report", "Would recommend it (1-5)"),
    "done": QT_TRANSLATE_NOOP("Report", "Actions done"),
}
DEFINITIONS = {
    "paired": QT_TRANSLATE_NOOP(
        "Report",
        "the people enrolled in the programme and active who have an active, paused or "
        "completed pairing in it (a proposed pairing has not started yet); n counts the "
        "people enrolled.",
    ),
    "cadence": QT_TRANSLATE_NOOP(
        "Report",
        "of the pairings due to meet at least once in what the report counts (paused, "
        "stalled and ended ones included), those that held at least as many meetings as "
        "their cadence planned; n counts the pairings due to meet. Planned by cadence: the "
        "whole number of cadence periods between the pairing's start and the report's date "
        "(or its last meeting once completed), up to its planned end; a pairing ended "
        "early, or completed before half its planned time, was due to meet up to its "
        "planned end.",
    ),
    "satisfaction": QT_TRANSLATE_NOOP(
        "Report",
        "the average answer of mentors and mentees, at every moment, to “I would recommend "
        "reverse mentoring”; n counts the answers.",
    ),
    "done": QT_TRANSLATE_NOOP(
        "Report",
        "actions marked done, of all actions not dropped; judged from {n} actions on, which "
        "n counts.",
    ),
}


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
