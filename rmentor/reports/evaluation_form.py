"""The evaluation form a participant fills in on screen and sends back: a fillable PDF.

Its fields are named after the Evaluation columns (useful, learned, recommend: radio
buttons 1-5; comment: text); a hidden, read-only field says which programme, pairing,
side and moment it is for, so that reading it back (models.outreach.returned_forms) knows
where it belongs and refuses a form of another file.
"""

from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from reportlab.platypus import Spacer
from reportlab.platypus import Table
from reportlab.platypus import TableStyle

from rmentor.models.outreach.mail_texts import MailSettings
from rmentor.models.outreach.returned_forms import COMMENT_FIELD
from rmentor.models.outreach.returned_forms import ID_FIELD
from rmentor.models.outreach.returned_forms import form_id
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.programmes import questions_asked
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import ROLES
from rmentor.reports.document import FONT
from rmentor.reports.document import RULE
from rmentor.reports.document import Document

RADIO = 5 * mm
FIELD = colors.Color(0.96, 0.97, 1.0)  # a hint of colour: this is where to type


class Radio(Flowable):
    """One of the five buttons of a question, its number above it."""

    def __init__(self, question: str, value: int):
        super().__init__()
        self.question, self.value = question, value

    def wrap(self, available_width, available_height):
        return RADIO, RADIO + 4 * mm

    def draw(self):
        self.canv.setFont(FONT, 8)
        self.canv.drawCentredString(RADIO / 2, RADIO + 1.2 * mm, str(self.value))
        self.canv.acroForm.radio(
            name=self.question,
            value=str(self.value),
            x=0,
            y=0,
            size=RADIO,
            buttonStyle="circle",
            shape="circle",
            borderWidth=0.8,
            borderColor=colors.black,
            fillColor=colors.white,
            textColor=colors.black,
            relative=True,
        )


class CommentBox(Flowable):
    def __init__(self, width: float, height: float, tooltip: str):
        super().__init__()
        self.width, self.height, self.tooltip = width, height, tooltip

    def wrap(self, available_width, available_height):
        self.width = min(self.width, available_width)  # the frame pads its sides
        return self.width, self.height

    def draw(self):
        self.canv.acroForm.textfield(
            name=COMMENT_FIELD,
            value="",
            x=0,
            y=0,
            width=self.width,
            height=self.height,
            fieldFlags="multiline",
            maxlen=2000,
            fontName="Helvetica",
            fontSize=10,
            borderWidth=0.8,
            borderColor=colors.black,
            fillColor=FIELD,
            textColor=colors.black,
            tooltip=self.tooltip,
            relative=True,
        )


class HiddenId(Flowable):
    """Which form this is: read-only and hidden, on screen and on paper."""

    def __init__(self, value: str):
        super().__init__()
        self.value = value

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.acroForm.textfield(
            name=ID_FIELD,
            value=self.value,
            x=0,
            y=0,
            width=1,
            height=1,
            fieldFlags="readOnly",
            annotationFlags="hidden",
            maxlen=200,
            fontName="Helvetica",
            fontSize=1,
            borderWidth=0,
            relative=True,
        )


class EvaluationForm(Document):
    """One participant's form for one moment of one pairing."""

    def __init__(
        self, pairing: Pairing, side: str, moment: str, language: str, settings: MailSettings
    ):
        super().__init__(language)
        self.pairing, self.side, self.moment, self.settings = pairing, side, moment, settings
        self.person = pairing.mentor if side == "mentor" else pairing.mentee

    def title(self) -> str:
        return self.tr.translate("Report", "Your reverse mentoring: evaluation")

    def header_text(self) -> str:
        return self.pairing.programme.name

    def audience(self) -> str:
        return self.tr.translate("Report", "For {name}").format(name=self.person.full_name)

    def author(self) -> str:
        return self.settings.name or "rmentor"

    def instruction(self, purposes: bool) -> str:
        if purposes:
            return self.tr.translate(
                "Report",
                "Choose one answer for each statement, from 1 (not at all) to 5 (completely). "
                "Every statement needs an answer, except those on the programme's purposes, "
                "which you may leave open where they do not apply.",
            )
        return self.tr.translate(
            "Report",
            "Choose one answer for each statement, from 1 (not at all) to 5 "
            "(completely). Every statement needs an answer.",
        )

    def story(self) -> list:
        tr, p = self.tr, self.pairing
        coordinator = self.settings.name or tr.translate("Mail", "Your programme coordinator")
        if self.settings.email:
            coordinator += f" ({self.settings.email})"
        if self.settings.organisation:
            coordinator += f", {self.settings.organisation}"
        rows = [
            [tr.translate("Report", "Programme"), escape(p.programme.name)],
            [
                tr.translate("Report", "Pairing"),
                escape(
                    f"{p.mentor.full_name} ({tr.label(ROLES, 'mentor')}) – "
                    f"{p.mentee.full_name} ({tr.label(ROLES, 'mentee')})"
                ),
            ],
            [tr.translate("Report", "You"), escape(self.person.full_name)],
            [
                tr.translate("Report", "Evaluation"),
                escape(tr.label(EVALUATION_MOMENTS, self.moment)),
            ],
            [tr.translate("Report", "Send it back to"), escape(coordinator)],
        ]
        asked = [*EVALUATION_QUESTIONS, *questions_asked(p.programme, self.side, self.moment)]
        story = [
            self.p(escape(self.title()), "Heading1"),
            self.table(rows, [0.25, 0.75], header=False),
            Spacer(1, 5 * mm),
            self.p(escape(self.instruction(bool(asked[len(EVALUATION_QUESTIONS) :])))),
            Spacer(1, 3 * mm),
        ]
        optional = " " + tr.translate("Report", "(may be left open)")
        question_rows = [
            [
                self.p(
                    escape(tr.label(ALL_QUESTIONS, key))
                    + (escape(optional) if key not in EVALUATION_QUESTIONS else "")
                )
            ]
            + [Radio(key, value) for value in range(1, 6)]
            for key in asked
        ]
        width = self.frame_width - 12  # a Frame pads 6 points on either side
        # the purposes' questions too, and the page still holds the instructions below
        height = 14 * mm if len(asked) <= len(EVALUATION_QUESTIONS) else 11 * mm
        questions = Table(
            question_rows, colWidths=[width - 5 * 12 * mm] + [12 * mm] * 5, rowHeights=height
        )
        questions.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("ALIGN", (1, 0), (-1, -1), "CENTER"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ]
            )
        )
        story += [
            questions,
            Spacer(1, 6 * mm),
            self.p(
                escape(
                    tr.translate(
                        "Report",
                        "Anything you want to add (optional): what worked, what you would change.",
                    )
                )
            ),
            Spacer(1, 2 * mm),
            CommentBox(width, 45 * mm, tr.translate("Report", "Comment")),
            Spacer(1, 6 * mm),
            self.p(escape(tr.translate("Report", "What happens to your answers")), "Heading2"),
            self.p(
                escape(
                    tr.translate(
                        "Report",
                        "Only the coordinator reads this form. Your partner does not see your "
                        "answers. Management sees only averages of three or more answers, "
                        "never one person's scores and never your comment.",
                    )
                )
            ),
            Spacer(1, 2 * mm),
            self.p(
                escape(
                    tr.translate(
                        "Report",
                        "Fill it in on screen (in Adobe Reader, Preview or your browser), "
                        "save it and send it back by e-mail. Please do not print and scan "
                        "it: a scan cannot be read.",
                    )
                )
            ),
            HiddenId(form_id(p, self.side, self.moment)),
        ]
        return story


def form_name(pairing: Pairing, side: str, moment: str, tr) -> str:
    person = pairing.mentor if side == "mentor" else pairing.mentee
    return tr.translate("Report", "Evaluation {moment} - {name}").format(
        moment=tr.label(EVALUATION_MOMENTS, moment), name=person.full_name
    )


def write_form(path: Path, pairing, side, moment, language, settings) -> Path:
    return EvaluationForm(pairing, side, moment, language, settings).write(path)
