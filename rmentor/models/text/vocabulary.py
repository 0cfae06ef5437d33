"""Keys of the fixed lists of the domain, with English labels marked for translation,
and the pairing lifecycle (TRANSITIONS: which status may follow which).

The keys are stored in the file; the labels are what a user reads. The UI and the
reports translate a label with context ``Vocabulary``.
"""

from rmentor.models.text.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Vocabulary"

MENTOR, MENTEE = "mentor", "mentee"
ROLES = {
    MENTOR: QT_TRANSLATE_NOOP("Vocabulary", "mentor"),
    MENTEE: QT_TRANSLATE_NOOP("Vocabulary", "mentee"),
}

# The four purposes of reverse mentoring (DOMAIN.md), built into every file.
PURPOSES = {
    "consumer": QT_TRANSLATE_NOOP("Vocabulary", "The consumer's view"),
    "diversity": QT_TRANSLATE_NOOP("Vocabulary", "Diversity beyond the hierarchy"),
    "innovation": QT_TRANSLATE_NOOP("Vocabulary", "Innovation by cross-pollination"),
    "refresh": QT_TRANSLATE_NOOP("Vocabulary", "Refreshing the love of the craft"),
}
PURPOSE_DESCRIPTIONS = {
    "consumer": QT_TRANSLATE_NOOP(
        "Vocabulary",
        "The young customer's view of products, services and marketing.",
    ),
    "diversity": QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Globalisation and diversity: direct contact with a target group, past the "
        "hierarchy (the bypass): their values, perspectives and the barriers they meet "
        "at work.",
    ),
    "innovation": QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Overvaluing experience is bad for innovation: a fresh look, trial-and-error "
        "habits, seeing what changed outside.",
    ),
    "refresh": QT_TRANSLATE_NOOP(
        "Vocabulary",
        "Rekindled love of the craft; what graduates learned recently.",
    ),
}

PROPOSED, ACTIVE, PAUSED, COMPLETED, ENDED_EARLY = (
    "proposed",
    "active",
    "paused",
    "completed",
    "ended_early",
)
PAIRING_STATUSES = {
    PROPOSED: QT_TRANSLATE_NOOP("Vocabulary", "proposed"),
    ACTIVE: QT_TRANSLATE_NOOP("Vocabulary", "active"),
    PAUSED: QT_TRANSLATE_NOOP("Vocabulary", "paused"),
    COMPLETED: QT_TRANSLATE_NOOP("Vocabulary", "completed"),
    ENDED_EARLY: QT_TRANSLATE_NOOP("Vocabulary", "ended early"),
}
# The pairing lifecycle: which status may follow which.
TRANSITIONS = {
    PROPOSED: {ACTIVE, ENDED_EARLY},
    ACTIVE: {PAUSED, COMPLETED, ENDED_EARLY},
    PAUSED: {ACTIVE, COMPLETED, ENDED_EARLY},
    COMPLETED: {ACTIVE},
    ENDED_EARLY: {ACTIVE},
}
OPEN_STATUSES = (PROPOSED, ACTIVE, PAUSED)

END_REASONS = {
    "schedule": QT_TRANSLATE_NOOP("Vocabulary", "schedule"),
    "fit": QT_TRANSLATE_NOOP("Vocabulary", "fit"),
    "left": QT_TRANSLATE_NOOP("Vocabulary", "left the company"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}

FORMATS = {
    "one_to_one": QT_TRANSLATE_NOOP("Vocabulary", "one-to-one"),
    "shadowing": QT_TRANSLATE_NOOP("Vocabulary", "shadowing with debrief"),
    "remote": QT_TRANSLATE_NOOP("Vocabulary", "remote"),
    "other": QT_TRANSLATE_NOOP("Vocabulary", "other"),
}
CANCELLED_BY = {
    MENTOR: QT_TRANSLATE_NOOP("Vocabulary", "mentor"),
    MENTEE: QT_TRANSLATE_NOOP("Vocabulary", "mentee"),
    "coordinator": QT_TRANSLATE_NOOP("Vocabulary", "coordinator"),
}

INSIGHT, IDEA, ACTION = "insight", "idea", "action"
OUTCOME_KINDS = {
    INSIGHT: QT_TRANSLATE_NOOP("Vocabulary", "insight"),
    IDEA: QT_TRANSLATE_NOOP("Vocabulary", "idea"),
    ACTION: QT_TRANSLATE_NOOP("Vocabulary", "action"),
}
OUTCOME_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Vocabulary", "open"),
    "done": QT_TRANSLATE_NOOP("Vocabulary", "done"),
    "dropped": QT_TRANSLATE_NOOP("Vocabulary", "dropped"),
}

EVALUATION_MOMENTS = {
    "fit_check": QT_TRANSLATE_NOOP("Vocabulary", "fit check after the first meeting"),
    "midway": QT_TRANSLATE_NOOP("Vocabulary", "midway"),
    "closing": QT_TRANSLATE_NOOP("Vocabulary", "closing"),
}
# The e-mails the app drafts for a pair
MAIL_KINDS = {
    "invitation": QT_TRANSLATE_NOOP("Vocabulary", "invitation"),
    "reminder": QT_TRANSLATE_NOOP("Vocabulary", "reminder"),
    "evaluation": QT_TRANSLATE_NOOP("Vocabulary", "evaluation request"),
    "thanks": QT_TRANSLATE_NOOP("Vocabulary", "thanks"),
}
# The fixed questions, each rated 1-5; the keys are the Evaluation columns.
EVALUATION_QUESTIONS = {
    "useful": QT_TRANSLATE_NOOP("Vocabulary", "The meetings were useful"),
    "learned": QT_TRANSLATE_NOOP("Vocabulary", "I learned something new"),
    "recommend": QT_TRANSLATE_NOOP("Vocabulary", "I would recommend reverse mentoring"),
}
# Each purpose's own question (DOMAIN.md, "what to ask in the evaluations"), rated 1-5
# and asked only in a programme with that purpose, of the side it is about; the keys
# are Evaluation columns too, empty where the question was not asked.
PURPOSE_QUESTIONS = {
    "customers": QT_TRANSLATE_NOOP("Vocabulary", "I understand our young customers better"),
    "heard": QT_TRANSLATE_NOOP("Vocabulary", "My view was heard past the hierarchy"),
    "barriers": QT_TRANSLATE_NOOP("Vocabulary", "I learned what holds young colleagues back"),
    "tried": QT_TRANSLATE_NOOP("Vocabulary", "We tried something new because of this pairing"),
    "joy": QT_TRANSLATE_NOOP("Vocabulary", "This pairing brought back joy in my craft"),
}
# question -> (purpose, the sides asked)
PURPOSE_QUESTION_OF = {
    "customers": ("consumer", (MENTEE,)),
    "heard": ("diversity", (MENTOR,)),
    "barriers": ("diversity", (MENTEE,)),
    "tried": ("innovation", (MENTOR, MENTEE)),
    "joy": ("refresh", (MENTEE,)),
}
ALL_QUESTIONS = {**EVALUATION_QUESTIONS, **PURPOSE_QUESTIONS}
PURPOSE_QUESTION_MOMENTS = ("midway", "closing")


def purpose_questions(purposes, side: str | None = None) -> list[str]:
    """The purpose questions a programme with these purpose keys asks (of one side)."""
    return [
        q
        for q, (purpose, sides) in PURPOSE_QUESTION_OF.items()
        if purpose in purposes and (side is None or side in sides)
    ]
