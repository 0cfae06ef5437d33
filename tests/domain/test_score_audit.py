"""The audit of a report's averages counts people only up to MIN_ANSWERS (two large sets
differ by thousands of answers): it must hide exactly what a full count hides."""

import datetime as dt

from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from rmentor.models.figures.printed_scores import Printed
from rmentor.models.figures.score_audit import Answer
from rmentor.models.figures.score_audit import Audit

MOMENTS, SIDES, ALL = ("fit", "mid", "close"), ("mentor", "mentee"), "all"
GROUPS = (*MOMENTS, *SIDES, ALL)
DAY = dt.date(2026, 6, 1)


class CountingEveryone(Audit):
    def people(self, ids) -> int:
        return len({self.person[i] for i in ids})


answers = st.lists(
    st.builds(
        Answer,
        date=st.sampled_from([DAY, DAY + dt.timedelta(days=30)]),
        pairing=st.integers(1, 6),
        person=st.integers(1, 5),
        side=st.sampled_from(SIDES),
        moment=st.sampled_from(MOMENTS),
        asked=st.just(frozenset({"useful"})),
    ),
    max_size=30,
    unique_by=lambda a: (a.pairing, a.side, a.moment),
)
printed = st.dictionaries(
    st.sampled_from(GROUPS),
    st.lists(
        st.builds(
            Printed,
            value=st.sampled_from([3.0, 3.5, 4.0]),
            answers=st.integers(0, 12),
            counted_to=st.just(DAY),
            shown=st.booleans(),
        ),
        max_size=2,
    ),
)


@settings(max_examples=300, deadline=None)
@given(answers, printed, st.booleans())
def test_a_count_up_to_min_answers_hides_what_a_full_count_hides(answers, printed, may_record):
    values = {g: (3.5, 1) for g in GROUPS}
    made = [
        cls(answers, "useful", MOMENTS, SIDES, ALL, DAY + dt.timedelta(days=30), printed, values)
        for cls in (Audit, CountingEveryone)
    ]
    capped, full = (audit.hidden(may_record) for audit in made)
    assert capped == full


def test_each_group_holds_the_answers_to_its_question_up_to_a_day():
    def answer(pairing, side, moment, date, asked="useful"):
        return Answer(date, pairing, pairing * 10 + (side == "mentee"), side, moment, {asked})

    later = DAY + dt.timedelta(days=30)
    given = [
        answer(1, "mentor", "mid", later),
        answer(1, "mentee", "fit", DAY),
        answer(2, "mentor", "fit", DAY),
        answer(2, "mentee", "mid", later, asked="learned"),
    ]
    audit = Audit(given, "useful", MOMENTS, SIDES, ALL, later, {}, {})

    def members(group, up_to):
        return sorted((a.pairing, a.side) for a in (given[i] for i in audit.members(group, up_to)))

    assert members(ALL, later) == [(1, "mentee"), (1, "mentor"), (2, "mentor")]
    assert members(ALL, DAY) == [(1, "mentee"), (2, "mentor")]
    assert members("mentor", later) == [(1, "mentor"), (2, "mentor")]
    assert members("mentee", later) == [(1, "mentee")]
    assert members("fit", later) == [(1, "mentee"), (2, "mentor")]
    assert members("mid", DAY) == []
    assert members("mid", later) == [(1, "mentor")]
    assert members("close", later) == []
