"""The files that go with e-mails to a pair, drawn with ReportLab and rendered to bytes:
the agreement, the meetings calendar and the evaluation forms (models.outreach.drafts
decides where they go)."""

from reportlab.platypus.doctemplate import LayoutError

from rmentor.models.errors import DomainError
from rmentor.models.outreach import mail_texts as texts
from rmentor.models.outreach.meeting_calendar import meeting_calendar
from rmentor.models.programme.entities import Pairing
from rmentor.models.storage.files import safe_name
from rmentor.models.text.i18n import QT_TRANSLATE_NOOP
from rmentor.reports.evaluation_form import EvaluationForm
from rmentor.reports.evaluation_form import form_name
from rmentor.reports.pair_documents import AgreementDocument
from rmentor.translator import Translator


class PairFiles:
    """The Documents of models.outreach.drafts."""

    def face(self, language: str) -> Translator:
        return Translator(language)

    def attachments(self, pairing: Pairing, kind: str, need, language: str, settings) -> list:
        try:
            return self._attachments(pairing, kind, need, language, settings)
        except LayoutError:  # a name of thousands of characters does not fit on a page
            raise too_long(pairing) from None

    def form(self, pairing: Pairing, side: str, moment: str, language: str, settings):
        try:
            data = EvaluationForm(pairing, side, moment, language, settings).render()
        except LayoutError:
            raise too_long(pairing) from None
        return form_name(pairing, side, moment, Translator(language)), data

    def _attachments(self, pairing: Pairing, kind: str, need, language: str, settings) -> list:
        tr = Translator(language)
        names = {"mentor": pairing.mentor.full_name, "mentee": pairing.mentee.full_name}
        if kind == texts.INVITATION:
            agreement = tr.translate("Report", "Agreement {mentor} - {mentee}").format(**names)
            return [
                (
                    safe_name(agreement, ".pdf"),
                    "application/pdf",
                    AgreementDocument(pairing, language).render(),
                ),
                (
                    safe_name(tr.translate("Report", "Meetings"), ".ics"),
                    "text/calendar",
                    meeting_calendar(pairing.programme, tr, settings, pairing),
                ),
            ]
        if kind == texts.EVALUATION:
            return [
                (
                    safe_name(form_name(pairing, side, need.moment, tr), ".pdf"),
                    "application/pdf",
                    EvaluationForm(pairing, side, need.moment, language, settings).render(),
                )
                for side in need.sides
            ]
        return []


def too_long(pairing: Pairing) -> DomainError:
    return DomainError(
        QT_TRANSLATE_NOOP(
            "DomainError", "{mentor} and {mentee}: a name is too long to fit on the attached PDF."
        ),
        mentor=pairing.mentor.full_name[:60],
        mentee=pairing.mentee.full_name[:60],
    )
