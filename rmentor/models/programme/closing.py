"""Completing a pairing: the closing evaluations of both sides, or why they are skipped."""

from rmentor.models.errors import DomainError
from rmentor.models.programme import journal
from rmentor.models.programme import pairings
from rmentor.models.programme.entities import Pairing
from rmentor.models.storage.database import db
from rmentor.models.storage.versions import check_unchanged
from rmentor.models.text.vocabulary import COMPLETED


def complete_pairing(
    pairing: Pairing,
    evaluations: dict[str, tuple[dict[str, int], str]] | None = None,
    skip_reason: str | None = None,
    seen: tuple | None = None,
) -> Pairing:
    """Complete a pairing with each side's closing evaluation (ratings, comment), or with
    the reason they are skipped; all of it is saved, or nothing. A problem with one side's
    answers names its field with the side in front ("mentee_useful")."""
    check_unchanged(pairing, seen)  # the record as the form showed it
    with db.atomic():
        if skip_reason is not None:
            journal.skip_closing_evaluations(pairing, skip_reason)
        else:
            for side, (ratings, comment) in (evaluations or {}).items():
                try:
                    journal.save_evaluation(
                        pairing, side=side, moment="closing", ratings=ratings, comment=comment
                    )
                except DomainError as error:
                    error.field = f"{side}_{error.field}"
                    raise
        pairings.set_status(pairing, COMPLETED)
    return pairing


def complete_many(
    chosen: list[Pairing], skip_reason: str | None = None
) -> tuple[list[Pairing], list[Pairing]]:
    """Complete several pairings as one change: their closing evaluations skipped for the
    reason given, or (None) left to come in later, from returned forms or typed in per
    pairing. Those whose status does not allow completing are left as they were; a rule
    one of them breaks stops the whole change. Returns (completed, left as they were)."""
    completing = [p for p in chosen if "complete" in pairings.available_actions(p.status)]
    with db.atomic():
        for pairing in completing:
            if skip_reason is not None:
                journal.skip_closing_evaluations(pairing, skip_reason)
            pairings.set_status(pairing, COMPLETED)
    done = {p.id for p in completing}
    return completing, [p for p in chosen if p.id not in done]
