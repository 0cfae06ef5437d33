"""Which averages a document may show without giving away a small group's answers.

The rule, as statistics offices apply it (primary and complementary suppression):
1. a group of 1 or 2 answers is never shown;
2. when a table also shows the total over its groups, the hidden groups together must
   hold at least MIN_ANSWERS answers in at least two groups, or the total minus the
   shown groups would give the hidden one back; so the smallest shown groups are
   hidden as well until that holds, and the total itself when no group is left.
A document that prints the same figures elsewhere (a chart, a sentence) uses the same
decision, so no page gives back what another hides.
"""

MIN_ANSWERS = 3


def hidden_groups(
    counts: dict[str, int], total: str | None = None, also: set[str] = frozenset()
) -> set[str]:
    """The keys of `counts` whose average must not be shown; `total` names the key
    that adds up all the others, if the table has one; `also` are hidden for a reason
    of their own (too few people, or too few new answers since a report printed them)."""
    groups = {key: n for key, n in counts.items() if key != total}
    hidden = {key for key, n in groups.items() if 0 < n < MIN_ANSWERS} | (also & set(groups))
    if total is None:
        return hidden
    if 0 < counts.get(total, 0) < MIN_ANSWERS or total in also:
        return hidden | {total}

    def unsafe():
        answers = [groups[key] for key in hidden if groups[key]]
        return answers and (len(answers) < 2 or sum(answers) < MIN_ANSWERS)

    while unsafe():
        shown = sorted((n, key) for key, n in groups.items() if n and key not in hidden)
        if not shown:
            hidden.add(total)
            break
        hidden.add(shown[0][1])
    return hidden
