"""Pairing suggestions that explain themselves.

Hard rules decide who may be paired; a weighted score says how well; the whole
cohort is assigned at once. Mentors may take as many mentees as their capacity
left; each mentee gets one mentor per round (a senior with two junior mentors at
once is not what a suggestion should propose; the coordinator can still pair by hand).
"""

import datetime as dt
from dataclasses import dataclass
from dataclasses import field

import numpy as np

from rmentor.models.errors import Stopped
from rmentor.models.programme import pool
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.entities import Participant
from rmentor.models.programme.entities import Programme
from rmentor.models.programme.entities import Theme
from rmentor.models.programme.points import Point
from rmentor.models.programme.pool import Candidate
from rmentor.models.programme.pool import load_pool
from rmentor.models.programme.pool import why_no_partner
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.wording import ThemeRef

BEST, MOST = "best", "most"
DEFAULT_WEIGHTS = {"themes": 50, "department": 20, "level": 15, "location": 15}
LEVEL_GAP_FOR_FULL_MARKS = 6  # a gap of six levels or more counts in full
THEMES_FOR_FULL_MARKS = 2


@dataclass
class Suggestion:
    mentor: Participant
    mentee: Participant
    score: int
    reasons: list[Point]
    concerns: list[Point]


@dataclass
class Draft:
    suggestions: list[Suggestion] = field(default_factory=list)
    unpaired: list[tuple[Participant, Point]] = field(default_factory=list)


def _matrix(rows: list[frozenset], universe: dict) -> np.ndarray:
    m = np.zeros((len(rows), max(1, len(universe))), dtype=np.int32)
    for i, items in enumerate(rows):
        for item in items:
            m[i, universe[item]] = 1
    return m


def score_matrix(
    mentors: list[Candidate], mentees: list[Candidate], weights: dict[str, int]
) -> tuple[np.ndarray, np.ndarray]:
    """(eligible, score): boolean and 0-100 integer matrices, mentors x mentees."""
    n, m = len(mentors), len(mentees)
    if n == 0 or m == 0:
        return np.zeros((n, m), bool), np.zeros((n, m), np.int32)
    theme_ids = {t: i for i, t in enumerate({t for c in mentors + mentees for t in c.theme_ids})}
    langs = {x: i for i, x in enumerate({x for c in mentors + mentees for x in c.languages})}
    shared_themes = (
        _matrix([c.theme_ids for c in mentors], theme_ids)
        @ _matrix([c.theme_ids for c in mentees], theme_ids).T
    )
    shared_langs = (
        _matrix([c.languages for c in mentors], langs)
        @ _matrix([c.languages for c in mentees], langs).T
    )
    eligible = shared_langs > 0
    index_of = {c.id: j for j, c in enumerate(mentees)}
    for i, c in enumerate(mentors):
        # the reporting line, both ways, and earlier partners
        for other in c.up2 | c.previous:
            if other in index_of:
                eligible[i, index_of[other]] = False
    mentor_index = {c.id: i for i, c in enumerate(mentors)}
    for j, c in enumerate(mentees):
        for other in c.up2:
            if other in mentor_index:
                eligible[mentor_index[other], j] = False

    def column(values):
        return np.array(values, dtype=object)

    dept_a = column([c.participant.department.casefold() for c in mentors])
    dept_b = column([c.participant.department.casefold() for c in mentees])
    place_a = column([c.participant.location.casefold() for c in mentors])
    place_b = column([c.participant.location.casefold() for c in mentees])
    level_a = np.array(
        [c.participant.level if c.participant.level is not None else np.nan for c in mentors], float
    )
    level_b = np.array(
        [c.participant.level if c.participant.level is not None else np.nan for c in mentees], float
    )
    parts = {
        "themes": np.minimum(shared_themes, THEMES_FOR_FULL_MARKS) / THEMES_FOR_FULL_MARKS,
        # a department not known is no diversity: nothing to weigh, as the reasons say
        "department": (
            (dept_a[:, None] != dept_b[None, :]) & (dept_a[:, None] != "") & (dept_b[None, :] != "")
        ).astype(float),
        "level": np.nan_to_num(
            np.clip((level_b[None, :] - level_a[:, None]) / LEVEL_GAP_FOR_FULL_MARKS, 0, 1)
        ),
        "location": ((place_a[:, None] == place_b[None, :]) & (place_a[:, None] != "")).astype(
            float
        ),
    }
    total = sum(max(0, weights.get(k, 0)) for k in parts) or 1
    score = sum(max(0, weights.get(k, 0)) * v for k, v in parts.items()) * 100 / total
    return eligible, np.rint(score).astype(np.int32)


def assign(
    eligible: np.ndarray, score: np.ndarray, capacity: list[int], mode: str = BEST
) -> list[tuple[int, int]]:
    """Pairs (mentor index, mentee index) maximising the total score, or the number of
    pairs first and the score second ("most"); mentors up to their capacity."""
    from scipy.optimize import linear_sum_assignment  # 0.8 s to import: only when asked

    slots = [i for i, cap in enumerate(capacity) for _ in range(cap)]
    if not slots or eligible.shape[1] == 0:
        return []
    n = len(slots)
    m = eligible.shape[1]
    elig = eligible[slots]
    base = score[slots].astype(float)
    if mode == MOST:
        weight = base + 100.0 * (min(n, m) + 1)  # any extra pair outweighs all scores
    else:
        weight = base + 1.0 / (min(n, m) + 1)  # a tie goes to more pairs
    weight = np.where(elig, weight, 0.0)
    rows, cols = linear_sum_assignment(weight, maximize=True)
    return sorted((slots[r], c) for r, c in zip(rows, cols, strict=True) if elig[r, c])


def explain(
    mentor: Candidate,
    mentee: Candidate,
    theme_names: dict[int, ThemeRef],
    weights: dict[str, int],
) -> tuple[list[Point], list[Point]]:
    """Reasons that name only evidence that matched, and the soft concerns."""
    reasons, concerns = [], []
    a, b = mentor.participant, mentee.participant
    shared = sorted(mentor.theme_ids & mentee.theme_ids)
    if shared and weights.get("themes"):
        reasons.append(
            Point(
                "themes",
                QT_TRANSLATE_NOOP("DomainError", "both: {themes}"),
                {"themes": tuple(theme_names[t] for t in shared)},
            )
        )
    elif mentee.theme_ids:  # a mentee who wants none is not let down (pairings.soft_concerns)
        concerns.append(Point("no_theme", QT_TRANSLATE_NOOP("DomainError", "no theme in common")))
    if a.department and b.department and a.department.casefold() != b.department.casefold():
        if weights.get("department"):
            reasons.append(
                Point(
                    "department",
                    QT_TRANSLATE_NOOP("DomainError", "{mentor_department} → {mentee_department}"),
                    {"mentor_department": a.department, "mentee_department": b.department},
                )
            )
    elif a.department and b.department:  # the same one (one not known: nothing to weigh)
        concerns.append(
            Point(
                "same_department",
                QT_TRANSLATE_NOOP("DomainError", "same department ({department})"),
                {"department": a.department},
            )
        )
    if a.level is not None and b.level is not None and b.level > a.level and weights.get("level"):
        reasons.append(
            Point(
                "level",
                QT_TRANSLATE_NOOP(
                    "DomainError", "level {mentor_level} mentors level {mentee_level}"
                ),
                {"mentor_level": a.level, "mentee_level": b.level},
            )
        )
    if a.location and b.location:
        if a.location.casefold() == b.location.casefold():
            if weights.get("location"):
                reasons.append(
                    Point(
                        "location",
                        QT_TRANSLATE_NOOP("DomainError", "both in {location}"),
                        {"location": a.location},
                    )
                )
        else:
            concerns.append(
                Point(
                    "location",
                    QT_TRANSLATE_NOOP(
                        "DomainError", "different locations ({mentor_location}, {mentee_location})"
                    ),
                    {"mentor_location": a.location, "mentee_location": b.location},
                )
            )
    return reasons, concerns


def _theme_names() -> dict[int, ThemeRef]:
    """Each theme as a typed reference: worded in the reader's language when shown."""
    return {t.id: ThemeRef(t.key, "" if t.builtin else t.name) for t in Theme.select()}


def suggest(programme: Programme, mode: str = BEST, weights: dict[str, int] | None = None) -> Draft:
    """A draft assignment of the whole cohort; nothing is written."""
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    mentors, mentees = load_pool(programme)
    eligible, score = score_matrix(mentors, mentees, weights)
    pairs = assign(eligible, score, [c.capacity_left for c in mentors], mode)
    names = _theme_names()
    draft = Draft()
    for i, j in pairs:
        reasons, concerns = explain(mentors[i], mentees[j], names, weights)
        draft.suggestions.append(
            Suggestion(
                mentors[i].participant, mentees[j].participant, int(score[i, j]), reasons, concerns
            )
        )
    draft.suggestions.sort(key=lambda s: (-s.score, s.mentee.last_name))
    used = {}
    for i, _j in pairs:
        used[i] = used.get(i, 0) + 1
    got_mentee = {j for _i, j in pairs}
    taken = Point(
        "unpaired", QT_TRANSLATE_NOOP("DomainError", "every eligible partner is already taken")
    )
    for i, c in enumerate(mentors):
        if used.get(i, 0) == 0:
            reason = taken if eligible[i].any() else why_no_partner(c, mentees)
            draft.unpaired.append((c.participant, reason))
    for j, c in enumerate(mentees):
        if j not in got_mentee:
            reason = taken if eligible[:, j].any() else why_no_partner(c, mentors)
            draft.unpaired.append((c.participant, reason))
    return draft


def rematch(
    programme: Programme, person: Participant, weights: dict[str, int] | None = None
) -> list[Suggestion]:
    """Partners for one person (who may be paired now), best first; never an earlier one."""
    weights = {**DEFAULT_WEIGHTS, **(weights or {})}
    everyone, paired_here = pool.candidates(programme)
    me = next((c for c in everyone if c.id == person.id), None)
    if me is None:
        return []
    mentors, mentees = pool.pool_of(everyone, paired_here)
    names = _theme_names()
    if person.role == MENTOR:
        eligible, score = score_matrix([me], mentees, weights)
        pairs = [(me, mentees[j], score[0, j]) for j in range(len(mentees)) if eligible[0, j]]
    else:
        eligible, score = score_matrix(mentors, [me], weights)
        pairs = [(mentors[i], me, score[i, 0]) for i in range(len(mentors)) if eligible[i, 0]]
    result = []
    for mentor, mentee, value in pairs:
        reasons, concerns = explain(mentor, mentee, names, weights)
        result.append(
            Suggestion(mentor.participant, mentee.participant, int(value), reasons, concerns)
        )
    return sorted(result, key=lambda s: -s.score)


def accept(
    programme: Programme,
    suggestions: list[Suggestion],
    today: dt.date | None = None,
    activate: bool = False,
    going_on=None,
) -> list[Pairing]:
    """Write accepted suggestions as proposed pairings with their score and explanation;
    with activate, the plan is accepted as a whole: each pairing starts at once, with
    the programme's dates (all of them, or none). going_on(done, total) is asked before
    each pairing; once it says False, none is written (Stopped)."""
    from rmentor.models.programme.pairings import create_pairing
    from rmentor.models.programme.pairings import set_status
    from rmentor.models.programme.points import dump_points
    from rmentor.models.storage.database import db

    created = []
    total = len(suggestions) * (2 if activate else 1)  # each made, then each started
    with db.atomic():
        for s in suggestions:
            if going_on is not None and not going_on(len(created), total):
                raise Stopped
            created.append(
                create_pairing(
                    programme,
                    s.mentor,
                    s.mentee,
                    match_score=s.score,
                    match_explanation=dump_points(s.reasons, s.concerns),
                    themes=_shared_theme_keys(s.mentor, s.mentee),
                )
            )
        if activate:
            for done, pairing in enumerate(created, start=len(created)):
                if going_on is not None and not going_on(done, total):
                    raise Stopped
                set_status(pairing, "active", today=today)
    return created


def _shared_theme_keys(mentor: Participant, mentee: Participant) -> list[str]:
    from rmentor.models.programme.participants import themes_of

    wanted = {t.id for t in themes_of(mentee)}
    return [t.key for t in themes_of(mentor) if t.id in wanted]
