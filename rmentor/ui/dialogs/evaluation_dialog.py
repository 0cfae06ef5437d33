"""Evaluations: one side's ratings at one moment, and the closing pair when completing."""

import datetime as dt

from PySide6.QtWidgets import QCheckBox
from PySide6.QtWidgets import QComboBox
from PySide6.QtWidgets import QFormLayout
from PySide6.QtWidgets import QGroupBox
from PySide6.QtWidgets import QHBoxLayout
from PySide6.QtWidgets import QLabel
from PySide6.QtWidgets import QLineEdit
from PySide6.QtWidgets import QSpinBox
from PySide6.QtWidgets import QWidget

from rmentor.models.programme import journal
from rmentor.models.programme.closing import complete_pairing
from rmentor.models.programme.entities import Evaluation
from rmentor.models.programme.entities import Pairing
from rmentor.models.programme.programmes import questions_asked
from rmentor.models.text.vocabulary import ALL_QUESTIONS
from rmentor.models.text.vocabulary import EVALUATION_MOMENTS
from rmentor.models.text.vocabulary import EVALUATION_QUESTIONS
from rmentor.models.text.vocabulary import MENTEE
from rmentor.models.text.vocabulary import MENTOR
from rmentor.models.text.vocabulary import PURPOSE_QUESTIONS
from rmentor.models.text.vocabulary import ROLES
from rmentor.ui.common import keys
from rmentor.ui.common.form_errors import FieldErrors
from rmentor.ui.common.labels import label
from rmentor.ui.common.messages import discard_changes
from rmentor.ui.dialogs.edit_dialog import EditDialog
from rmentor.ui.dialogs.edit_dialog import pair_words
from rmentor.ui.widgets.dates import date_edit
from rmentor.ui.widgets.dates import to_date
from rmentor.ui.widgets.dates import to_qdate
from rmentor.ui.widgets.fields import text_box


class RatingsBox(QGroupBox):
    """The fixed questions, each rated 1-5, the purposes' own questions where they are
    asked (models.programme.programmes.questions_asked), and a comment."""

    def __init__(self, title: str, errors: FieldErrors, prefix: str = "", parent=None):
        super().__init__(title, parent)
        self.ratings: dict[str, QSpinBox] = {}
        self.rows: dict[str, QWidget] = {}  # each spin box with its error line
        self.form = form = QFormLayout(self)
        # the field takes the width left: an error line under a spin box has room to wrap
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ALL_QUESTIONS:
            spin = QSpinBox()
            spin.setRange(0, 5)
            spin.setSpecialValueText(self.tr("not rated"))
            self.ratings[key] = spin
            self.rows[key] = errors.wrap(prefix + key, spin)
            form.addRow(label(ALL_QUESTIONS, key) + " (1-5)", self.rows[key])
        # under the ratings, as wide as the form: beside the long question labels it was a
        # one-line field a few words wide, and a comment read from a form showed its end only
        self.comment = text_box()
        self.comment.setMaximumHeight(4 * self.comment.fontMetrics().lineSpacing())
        heading = QLabel(self.tr("Comment"))
        heading.setBuddy(self.comment)  # its Alt letter goes to the box
        form.addRow(heading)
        form.addRow(self.comment)
        self.asked: list[str] = []
        self.ask([])

    def ask(self, questions: list[str]) -> None:
        """Show the purposes' questions that are asked here, and only those."""
        self.asked = questions
        for key in PURPOSE_QUESTIONS:
            self.form.setRowVisible(self.rows[key], key in questions)

    def values(self) -> dict[str, int]:
        return {
            key: spin.value()
            for key, spin in self.ratings.items()
            if key in EVALUATION_QUESTIONS or key in self.asked
        }

    def load(self, evaluation: Evaluation | None) -> None:
        for key, spin in self.ratings.items():
            spin.setValue((getattr(evaluation, key) or 0) if evaluation else 0)
        self.comment.setPlainText(evaluation.comment if evaluation else "")


class EvaluationDialog(EditDialog):
    def __init__(
        self, pairing: Pairing, side: str = MENTOR, moment: str = "fit_check", parent=None
    ):
        super().__init__(parent)
        self.pairing = pairing
        self.setWindowTitle(pair_words(self.tr("Evaluation: %1 and %2"), pairing))
        self.side = QComboBox()
        for key, person in ((MENTOR, pairing.mentor), (MENTEE, pairing.mentee)):
            self.side.addItem(f"{label(ROLES, key)} ({person.full_name})", key)
        self.moment = QComboBox()
        for key in EVALUATION_MOMENTS:
            self.moment.addItem(label(EVALUATION_MOMENTS, key), key)
        self.side.setCurrentIndex(self.side.findData(side))
        self.moment.setCurrentIndex(self.moment.findData(moment))
        self.date = date_edit()
        self.box = RatingsBox(self.tr("Ratings"), self.errors)
        self.side.currentIndexChanged.connect(self._chosen)
        self.moment.currentIndexChanged.connect(self._chosen)
        form = QFormLayout()
        form.addRow(self.tr("Who answers"), self.side)
        form.addRow(self.tr("When"), self.moment)
        form.addRow(self.tr("Date"), self.date)
        self.lay_out(form, self.box, buttons=self.button_box(), stretch=True)
        # as large as the side and moment that ask the most need: it grew under the
        # mouse when "closing" was picked, and its fields moved
        self.box.ask(
            sorted(
                {
                    q
                    for side in (MENTOR, MENTEE)
                    for when in EVALUATION_MOMENTS
                    for q in questions_asked(pairing.programme, side, when)
                }
            )
        )
        self.resize(self.sizeHint())
        self.choice = self._choice()
        self._show(self._stored())
        self.loaded(pairing)
        keys.ready(self, "evaluations")

    def _choice(self) -> tuple[str, str]:
        return self.side.currentData(), self.moment.currentData()

    def _stored(self) -> Evaluation | None:
        side, moment = self._choice()
        return Evaluation.get_or_none(
            (Evaluation.pairing == self.pairing)
            & (Evaluation.side == side)
            & (Evaluation.moment == moment)
        )

    def _fields(self) -> dict:
        """Every field as it stands: the date, each rating (those not asked here too) and
        the comment."""
        fields = {key: spin.value() for key, spin in self.box.ratings.items()}
        return {**fields, "date": self.date.date(), "comment": self.box.comment.toPlainText()}

    def _show(self, evaluation: Evaluation | None) -> None:
        """The stored answers of the choice, with their date; none stored: empty, today."""
        self.box.ask(questions_asked(self.pairing.programme, *self._choice()))
        self.box.load(evaluation)
        self.date.setDate(to_qdate(evaluation.date if evaluation else dt.date.today()))
        self.shown = self._fields()

    def _put(self, fields: dict) -> None:
        for key, value in fields.items():
            if key == "date":
                self.date.setDate(value)
            elif key == "comment":
                self.box.comment.setPlainText(value)
            else:
                self.box.ratings[key].setValue(value)

    def is_dirty(self) -> bool:
        return self._fields() != self.shown

    def _chosen(self) -> None:
        """Another side or moment: its stored answers show. What was typed and not saved
        is kept where none are stored (the side or moment was put right after typing),
        and only what was typed: an answer shown from the choice before stays with it.
        Stored answers replace what was typed only when the coordinator says so."""
        stored = self._stored()
        typed = {k: v for k, v in self._fields().items() if v != self.shown[k]}
        if typed and stored is None:
            self._show(None)
            self._put(typed)
        elif typed and not discard_changes(
            self,
            self.tr(
                "Answers for %1 are stored already and show in place of what you typed. "
                "Discard what you typed?"
            ).replace("%1", self._choice_words()),
        ):
            for combo, key in ((self.side, self.choice[0]), (self.moment, self.choice[1])):
                combo.blockSignals(True)  # back to where the typing was done
                combo.setCurrentIndex(combo.findData(key))
                combo.blockSignals(False)
            return
        else:
            self._show(stored)
        self.choice = self._choice()

    def _choice_words(self) -> str:
        return f"{self.side.currentText()}, {self.moment.currentText()}"

    def discard_question(self) -> str:
        return self.tr("You changed this evaluation. Close without saving?")

    def save(self) -> None:
        name = pair_words(self.tr("evaluation of %1 and %2"), self.pairing)
        self.write_and_close(
            name,
            lambda: journal.save_evaluation(
                self.pairing,
                side=self.side.currentData(),
                moment=self.moment.currentData(),
                ratings=self.box.values(),
                comment=self.box.comment.toPlainText(),
                date=to_date(self.date.date()),
                seen=self.seen,
            ),
        )


class ClosingDialog(EditDialog):
    """Completing a pairing: the closing evaluations of both sides, or why they are skipped."""

    def __init__(self, pairing: Pairing, parent=None):
        super().__init__(parent)
        self.pairing = pairing
        self.loaded(pairing)
        self.setWindowTitle(pair_words(self.tr("Complete the pairing of %1 and %2"), pairing))
        self.boxes = {
            MENTOR: RatingsBox(
                self.tr("Closing evaluation of the mentor, %1").replace(
                    "%1", pairing.mentor.full_name
                ),
                self.errors,
                "mentor_",
            ),
            MENTEE: RatingsBox(
                self.tr("Closing evaluation of the mentee, %1").replace(
                    "%1", pairing.mentee.full_name
                ),
                self.errors,
                "mentee_",
            ),
        }
        for side, box in self.boxes.items():
            box.ask(questions_asked(pairing.programme, side, "closing"))
            box.load(
                Evaluation.get_or_none(
                    (Evaluation.pairing == pairing)
                    & (Evaluation.side == side)
                    & (Evaluation.moment == "closing")
                )
            )
        self.skip = QCheckBox(self.tr("Skip the closing evaluations, because"))
        self.skip_reason = QLineEdit()
        self.skip_reason.setEnabled(False)
        self.skip.toggled.connect(self.skip_reason.setEnabled)
        self.skip.toggled.connect(lambda on: [b.setEnabled(not on) for b in self.boxes.values()])
        skip_row = QHBoxLayout()
        skip_row.addWidget(self.skip)
        skip_row.addWidget(self.errors.wrap("evaluation_skip_reason", self.skip_reason), 1)
        sides = QHBoxLayout()  # side by side: one above the other ran off a laptop's screen
        for box in self.boxes.values():
            sides.addWidget(box)
        self.lay_out(sides, skip_row, buttons=self.button_box(self.tr("Complete")))
        keys.ready(self, "evaluations")

    def save(self) -> None:
        name = pair_words(self.tr("complete the pairing of %1 and %2"), self.pairing)
        if self.skip.isChecked():
            answers, skip = None, self.skip_reason.text()
        else:
            answers = {s: (b.values(), b.comment.toPlainText()) for s, b in self.boxes.items()}
            skip = None
        self.write_and_close(
            name,
            lambda: complete_pairing(self.pairing, answers, skip, seen=self.seen),
            self.tr("Not completed"),
        )
