"""Suggestions: the assignment is optimal, never breaks a hard rule, and explains itself."""

import functools
import json

import numpy as np
from hypothesis import HealthCheck
from hypothesis import given
from hypothesis import settings
from hypothesis import strategies as st

from rmentor.models.programme import matching
from rmentor.models.programme import pairings
from rmentor.models.programme import participants
from rmentor.models.programme import pool
from rmentor.models.programme.entities import Pairing


@st.composite
def instances(draw):
    n = draw(st.integers(0, 7))
    m = draw(st.integers(0, 7))
    eligible = np.array(
        draw(st.lists(st.lists(st.booleans(), min_size=m, max_size=m), min_size=n, max_size=n)),
        dtype=bool,
    ).reshape(n, m)
    score = np.array(
        draw(
            st.lists(st.lists(st.integers(0, 100), min_size=m, max_size=m), min_size=n, max_size=n)
        ),
        dtype=np.int32,
    ).reshape(n, m)
    capacity = draw(st.lists(st.integers(1, 3), min_size=n, max_size=n))
    return eligible, score, capacity


def brute_force(eligible, score, capacity):
    """(best total score, (most pairs, best score with that many)) by exhaustive search."""
    n, m = eligible.shape

    @functools.cache
    def best(j, left):
        if j == m:
            return (0, (0, 0))
        skip_score, skip_most = best(j + 1, left)
        options_score, options_most = [skip_score], [skip_most]
        for i in range(n):
            if eligible[i, j] and left[i] > 0:
                rest = tuple(c - (k == i) for k, c in enumerate(left))
                s, (count, s2) = best(j + 1, rest)
                options_score.append(s + int(score[i, j]))
                options_most.append((count + 1, s2 + int(score[i, j])))
        return (max(options_score), max(options_most))

    return best(0, tuple(capacity))


def check_valid(pairs, eligible, capacity):
    mentees = [j for _i, j in pairs]
    assert len(mentees) == len(set(mentees)), "a mentee got two mentors"
    for i, j in pairs:
        assert eligible[i, j], "an ineligible pair was suggested"
    for i, cap in enumerate(capacity):
        assert sum(1 for a, _ in pairs if a == i) <= cap, "capacity exceeded"


@settings(max_examples=300, deadline=None)
@given(instances())
def test_assignment_equals_brute_force_optimum(instance):
    eligible, score, capacity = instance
    best_total, (most_count, most_total) = brute_force(eligible, score, capacity)
    best = matching.assign(eligible, score, capacity, matching.BEST)
    most = matching.assign(eligible, score, capacity, matching.MOST)
    check_valid(best, eligible, capacity)
    check_valid(most, eligible, capacity)
    assert sum(int(score[i, j]) for i, j in best) == best_total
    assert len(most) == most_count
    assert sum(int(score[i, j]) for i, j in most) == most_total
    assert len(most) >= len(best)


def test_best_and_most_differ_where_they_should():
    # A fits X very well; B can only take X. Best: A-X alone. Most: A-Y and B-X.
    eligible = np.array([[True, True], [True, False]])
    score = np.array([[90, 10], [10, 0]])
    assert matching.assign(eligible, score, [1, 1], matching.BEST) == [(0, 0)]
    assert matching.assign(eligible, score, [1, 1], matching.MOST) == [(0, 1), (1, 0)]


people = st.lists(
    st.tuples(
        st.sampled_from(["mentor", "mentee"]),
        st.sampled_from(["ICT", "HR", "Verkoop"]),
        st.sampled_from(["Nederlands", "Engels", "Nederlands, Engels"]),
        st.integers(1, 3),  # capacity
        st.one_of(st.none(), st.integers(0, 20)),  # manager: index of an earlier person
        st.lists(
            st.sampled_from(["consumer", "diversity", "innovation", "refresh"]),
            max_size=3,
            unique=True,
        ),
    ),
    min_size=2,
    max_size=10,
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(rows=people, mode=st.sampled_from([matching.BEST, matching.MOST]))
def test_suggestions_never_break_a_hard_rule(programme, rows, mode):
    Pairing.delete().execute()
    participants.Participant.update(manager=None).execute()
    participants.Participant.delete().execute()
    made = []
    for k, (role, dept, langs, cap, boss, themes) in enumerate(rows):
        manager = made[boss] if boss is not None and boss < len(made) else None
        made.append(
            participants.save_participant(
                programme=programme,
                first_name="P",
                last_name=str(k),
                email=f"p{k}@x.nl",
                role=role,
                department=dept,
                languages=langs,
                capacity=cap,
                manager=manager,
                themes=themes,
            )
        )
    draft = matching.suggest(programme, mode=mode)
    for s in draft.suggestions:
        assert pairings.hard_concerns(programme, s.mentor, s.mentee) == []
        assert {x.casefold() for x in s.mentor.language_list} & {
            x.casefold() for x in s.mentee.language_list
        }
    suggested = {p.id for s in draft.suggestions for p in (s.mentor, s.mentee)}
    assert all(p.id not in suggested for p, _reason in draft.unpaired)
    matching.accept(programme, draft.suggestions)  # the rules still hold when written


def test_explanations_name_only_matched_evidence(programme, make_person):
    mentor = make_person(
        "mentor",
        department="Marketing",
        languages="Nederlands",
        level=2,
        location="Zwolle",
        themes=["consumer", "innovation", "refresh"],
    )
    mentee = make_person(
        "mentee",
        department="Financiën",
        languages="Nederlands, Engels",
        level=8,
        location="Zwolle",
        themes=["consumer", "innovation"],
    )
    draft = matching.suggest(programme)
    [s] = draft.suggestions
    assert [r.text() for r in s.reasons] == [
        "both: The consumer's view, Innovation by cross-pollination",
        "Marketing → Financiën",
        "level 2 mentors level 8",
        "both in Zwolle",
    ]
    assert s.concerns == [] and s.score == 100
    assert (s.mentor.id, s.mentee.id) == (mentor.id, mentee.id)


def test_weights_change_the_suggestions(programme, make_person):
    make_person("mentor", department="ICT", location="Zwolle", themes=["consumer"])
    same_place = make_person("mentee", department="HR", location="Zwolle", themes=[])
    same_theme = make_person("mentee", department="HR", location="Deventer", themes=["consumer"])
    by_theme = matching.suggest(programme, weights={"themes": 100, "location": 0})
    assert by_theme.suggestions[0].mentee.id == same_theme.id
    by_place = matching.suggest(programme, weights={"themes": 0, "location": 100})
    assert by_place.suggestions[0].mentee.id == same_place.id
    assert by_place.suggestions[0].concerns == []  # a mentee who wants no theme is not let down
    [(left, reason)] = by_place.unpaired
    assert left.id == same_theme.id and reason.text() == "every eligible partner is already taken"


def test_unpaired_reasons_and_accept_writes_proposed(programme, make_person):
    boss = make_person("mentee", languages="Nederlands")
    make_person("mentor", languages="Nederlands", manager=boss)  # in boss's line
    other = make_person("mentee", languages="Nederlands", themes=["consumer"])
    loner = make_person("mentee", languages="Frans")
    draft = matching.suggest(programme)
    assert [(s.mentee.id) for s in draft.suggestions] == [other.id]
    reasons = {p.id: r.text() for p, r in draft.unpaired}
    assert reasons == {
        # the only mentor reports to him
        boss.id: "every mentor with room left who shares a language is in their reporting line or was "
        "their partner before",
        loner.id: "no mentor with room left speaks Frans",  # no language in common
    }
    assert Pairing.select().count() == 0  # nothing written before acceptance
    [pairing] = matching.accept(programme, draft.suggestions)
    assert pairing.status == "proposed" and pairing.match_score == draft.suggestions[0].score
    stored = json.loads(pairing.match_explanation)
    assert stored["reasons"] or stored["concerns"]


def test_rematch_leaves_out_earlier_partners(programme, make_person):
    mentee = make_person("mentee")
    first, second = make_person("mentor"), make_person("mentor")
    p = pairings.create_pairing(programme, first, mentee)
    pairings.set_status(p, "active")
    pairings.set_status(p, "ended_early", reason="fit")
    assert [s.mentor.id for s in matching.rematch(programme, mentee)] == [second.id]


def candidate(pid, role, languages, up2, previous):
    person = participants.Participant(id=pid, role=role, department="", location="", level=None)
    return pool.Candidate(
        person, frozenset(), frozenset(languages), 1, frozenset(up2), frozenset(previous)
    )


sides = st.lists(
    st.tuples(st.sets(st.sampled_from("abc"), max_size=2), st.sets(st.integers(1, 8), max_size=3)),
    min_size=1,
    max_size=4,
)


@settings(max_examples=300, deadline=None)
@given(
    mentors=sides, mentees=sides, before=st.sets(st.tuples(st.integers(0, 3), st.integers(0, 3)))
)
def test_the_overview_and_the_suggestions_apply_the_same_hard_rules(mentors, mentees, before):
    """The overview says who cannot be paired without NumPy (pool.may_pair); the
    suggestions score a cohort with it (matching.score_matrix): the rules must agree.
    Ids 1-4 are mentors, 5-8 mentees; `before`, pairs that were partners (both know it)."""
    a = [
        candidate(i + 1, "mentor", langs, up, {j + 5 for k, j in before if k == i})
        for i, (langs, up) in enumerate(mentors)
    ]
    b = [
        candidate(j + 5, "mentee", langs, up, {k + 1 for k, i in before if i == j})
        for j, (langs, up) in enumerate(mentees)
    ]
    eligible, _score = matching.score_matrix(a, b, matching.DEFAULT_WEIGHTS)
    for i, mentor in enumerate(a):
        for j, mentee in enumerate(b):
            assert pool.may_pair(mentor, mentee) == eligible[i, j]
            assert pool.may_pair(mentee, mentor) == eligible[i, j]


def test_someone_whose_places_are_taken_elsewhere_is_told_why(programme, make_person):
    """Paired up to their capacity in another programme, a mentor waits here in vain:
    the overview says so, where it said only "not paired yet"."""
    import datetime as dt

    from rmentor.models.figures.attention import attention_items
    from rmentor.models.programme import programmes
    from rmentor.models.programme.entities import Enrolment

    other = programmes.save_programme(
        name="Cohort 2025",
        start_date=dt.date(2025, 1, 1),
        end_date=dt.date(2026, 12, 31),
        cadence_weeks=4,
        themes=["consumer"],
    )
    busy = make_person("mentor", "Bas")  # capacity 1
    mentee_there = make_person("mentee", "Tara")
    Enrolment.update(programme=other).where(Enrolment.participant == mentee_there).execute()
    Enrolment.create(programme=other, participant=busy)  # in both programmes
    pairings.create_pairing(other, busy, mentee_there)  # his one place, taken there
    make_person("mentee", "Mila")  # waits here too, and could be paired with him
    lines = [i.text() for i in attention_items(programme, dt.date(2026, 6, 1))]
    assert any(
        line.startswith("Bas Person")
        and line.endswith(
            "cannot be: no room left: their places are taken by pairings in other programmes"
        )
        for line in lines
    ), lines


def test_a_suggestion_and_a_pairing_made_by_hand_weigh_the_same_things(programme, make_person):
    """The suggestions and the New pairing form both say what to weigh of one pair: they
    said different things (a mentee who wants no theme, two places)."""
    mentor = make_person("mentor", department="ICT", location="Zwolle", themes=["consumer"])
    cases = {
        "wants no theme, another place": make_person("mentee", location="Gouda", themes=[]),
        "wants another theme, same department": make_person(
            "mentee", department="ICT", location="Zwolle", themes=["innovation"]
        ),
        "shares a theme": make_person("mentee", location="zwolle", themes=["consumer"]),
    }
    pool_mentors, pool_mentees = pool.load_pool(programme)
    names = matching._theme_names()
    weights = dict.fromkeys(("themes", "department", "level", "location"), 1)
    (candidate,) = [c for c in pool_mentors if c.participant.id == mentor.id]
    weighed = {}
    for case, mentee in cases.items():
        (other,) = [c for c in pool_mentees if c.participant.id == mentee.id]
        _reasons, concerns = matching.explain(candidate, other, names, weights)
        by_hand = pairings.soft_concerns(mentor, mentee)
        assert sorted(c.key for c in concerns) == sorted(c.key for c in by_hand), case
        weighed[case] = sorted(c.key for c in by_hand)
    assert weighed == {
        "wants no theme, another place": ["location"],
        "wants another theme, same department": ["no_theme", "same_department"],
        "shares a theme": [],
    }


def test_a_department_not_known_adds_nothing_to_the_score(programme, make_person):
    """A score counts only what the reasons can name: an empty department is not a
    different one (a mentor without one scored 20 beside "no shared evidence")."""
    make_person("mentor", department="", languages="Nederlands", themes=[])
    make_person("mentee", department="Directie", languages="Nederlands", themes=[])
    [s] = matching.suggest(programme).suggestions
    assert (s.score, s.reasons) == (0, [])
    make_person("mentor", department="ICT", languages="Engels", themes=[])
    make_person("mentee", department="Directie", languages="Engels", themes=[])
    scores = sorted(s.score for s in matching.suggest(programme).suggestions)
    assert scores == [0, 20]  # known and different: the department's weight, 20 of 100
