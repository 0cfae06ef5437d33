"""Which evaluation averages of one question a report may show.

An average is the sum of a set of answers divided by their number, so every printed
average tells the sum of its set. Two sets printed anywhere, in this report or an
earlier one, whose difference is the answers of one or two people give those people's
answers away (4 x 3.8 - 3 x 4.7 is one answer). So an average is shown only when, against
every set shown before and every other set shown now, it differs by the answers of at
least MIN_ANSWERS people, or not at all; a group of fewer people is never shown; and
where the moments (or the two sides) add up to the total, enough is hidden that no hidden
group can be worked out from the rest, choosing to hide groups whose value is not known
already. A group hidden only for the others' sake is kept as "known to the file": showing
it later over the same answers would give the small group back through the earlier total.

What is not checked: combinations of three or more sets across reports; a file restored
from a backup forgets what was printed since the backup.
"""

from bisect import bisect_right
from dataclasses import dataclass

from rmentor.models.figures.suppression import MIN_ANSWERS


@dataclass(frozen=True)
class Answer:
    date: object
    pairing: int
    person: int
    side: str
    moment: str
    asked: frozenset  # the questions it answered


class Audit:
    """The groups of one question: moments (adding up to `total`) and sides (too)."""

    def __init__(self, answers, question, moments, sides, total, counted_to, printed, values):
        # an answer is its place in `answers`; who gave it: one person may answer in
        # several pairings
        self.person = [a.person for a in answers]
        self.moments, self.sides, self.total = moments, sides, total
        self.counted_to = counted_to
        self.printed = printed  # group -> [Printed] of this question
        self.values = values  # group -> (average, answers) now
        self._members: dict = {}
        # each group's answers to the question in date order, for members() to cut
        # (a report asks for some twenty sets a question, over thousands of answers)
        dates = [a.date for a in answers]
        asked = [
            i
            for i in sorted(range(len(answers)), key=dates.__getitem__)
            if question in answers[i].asked
        ]
        self._ids: dict[str, list] = {total: asked}
        for group in (*sides, *moments):
            self._ids[group] = [i for i in asked if group in (answers[i].side, answers[i].moment)]
        self._dates = {g: [dates[i] for i in ids] for g, ids in self._ids.items()}

    def members(self, group: str, up_to) -> frozenset:
        key = (group, up_to)
        if key not in self._members:
            dates = self._dates.get(group, [])
            self._members[key] = frozenset(self._ids.get(group, [])[: bisect_right(dates, up_to)])
        return self._members[key]

    def people(self, ids) -> int:
        """How many people gave the answers `ids`, counted up to MIN_ANSWERS: every rule
        here asks only whether there are fewer, and two large sets differ in thousands."""
        seen = set()
        person = self.person
        for i in ids:
            seen.add(person[i])
            if len(seen) == MIN_ANSWERS:
                break
        return len(seen)

    def hidden(self, may_record: bool = True) -> tuple[set[str], set[str]]:
        """(hidden groups, those hidden only so that another cannot be worked out)."""
        groups = [*self.moments, self.total, *self.sides]
        now = {g: self.members(g, self.counted_to) for g in groups}
        own = {g for g in groups if 0 < self.people(now[g]) < MIN_ANSWERS}
        known = set()  # groups whose value now was printed before over the same answers
        for g in groups:
            value = self.values[g][0]
            if value is None or g in own:
                continue
            verdict = self._against_before(g, now[g], value)
            if verdict == "known":
                known.add(g)
            elif verdict == "blocked" or not may_record:
                own.add(g)
        hidden = set(own)
        while True:
            more = set(hidden)
            for table in (self.moments, self.sides):
                more |= self._complement(table, now, more, known)
            more |= self._pairs(groups, now, more, known)
            if more == hidden:
                break
            hidden = more
        with_value = {g for g in groups if self.values[g][0] is not None}
        return hidden, (hidden - own) & with_value

    def _against_before(self, group: str, ids: frozenset, value: float) -> str:
        """ "known", "blocked" or "new" against every set printed (or kept) before."""
        same_known = False
        for other, entries in self.printed.items():
            for p in entries:
                then = self.members(other, p.counted_to)
                changed = len(then) != p.answers  # answers since erased, edited or back-dated
                differ = self.people(ids ^ then) + (1 if changed else 0)
                if differ == 0:
                    if p.shown and p.value == value:
                        same_known = True
                        continue
                    return "blocked"  # a value not shown, or not this one, over the same answers
                # a set kept hidden tells no sum of its own: only the very same set is refused
                if p.shown and differ < MIN_ANSWERS:
                    return "blocked"
        return "known" if same_known else "new"

    def _complement(self, table, now, hidden, known) -> set[str]:
        """Groups of `table` to hide besides `hidden` so that the total, minus the groups
        shown, gives back no group, nor fewer than MIN_ANSWERS people's answers."""
        total = self.total
        with_answers = [g for g in table if now[g]]
        hidden_here = [g for g in with_answers if g in hidden]
        shown = [g for g in with_answers if g not in hidden]
        if total in hidden:
            # the groups shown must not add up to the hidden total
            if not hidden_here and len(shown) > 0 and now[total]:
                return {self._smallest(shown, now, known)} if shown else set()
            return set()
        if not hidden_here:
            return set()
        together = frozenset().union(*(now[g] for g in hidden_here))
        if len(hidden_here) >= 2 and self.people(together) >= MIN_ANSWERS:
            return set()
        candidates = [g for g in shown if g not in known]
        if candidates:
            return {self._smallest(candidates, now, known)}
        return {total}

    def _pairs(self, groups, now, hidden, known) -> set[str]:
        """Two groups shown in this report whose answers differ by one or two people (a
        moment and a side that nearly coincide): hide the one not known already."""
        shown = [g for g in groups if now[g] and g not in hidden]
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                if 0 < self.people(now[a] ^ now[b]) < MIN_ANSWERS:
                    pick = [g for g in (a, b) if g not in known] or [a, b]
                    return {self._smallest(pick, now, known)}
        return set()

    def _smallest(self, groups, now, known) -> str:
        return min(groups, key=lambda g: (g in known, len(now[g]), g))
