"""One checklist question at a time: big numbered answers, 1–9 choose, Enter goes on, Backspace goes back."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from station.services.inspect import DraftView, QuestionView
from ui.translations import RLM, numbered
from ui.widgets import BigButton, WrappingButton, scrolling, titled

# Keeps a number and its unit in typed order inside right-to-left text.
LRM = "\u200e"


def _yaml_text(text: str) -> str:
    # Checklist texts come from the warehouse's YAML; scripts/update_translations.py puts them in context "station".
    return QCoreApplication.translate("station", text)


class AnswerEdit(QLineEdit):
    """A line edit where Backspace on an empty field means "previous question"."""

    back = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace and not self.text():
            self.back.emit()
            return
        super().keyPressEvent(event)


def format_answer(question: QuestionView, value: Any, yes: str, no: str) -> str:
    if value is None:
        return "…"
    if question.kind == "yes_no":
        return yes if value else no
    options = {key: _yaml_text(text) for key, text in question.options}
    if question.kind == "single":
        return options.get(str(value), str(value))
    if question.kind == "multi":
        return ", ".join(options.get(v, v) for v in value) or "—"
    if question.kind == "number":
        number = f"{value:g}" if isinstance(value, float) else str(value)
        return f"{number} {question.unit or ''}".strip()
    return str(value) or "—"


def summary_line(number: int, question: str, answer: str) -> str:
    """A question and its answer in the answer summary: "Q2  text" and the answer indented below it.

    Right to left, each line starts with a right-to-left mark, so "Q2" stands at the right with the text after
    it, the answer's indent at the right too, and no dot strays to the wrong side of the number. No isolate
    characters here: the list measures a row with one font and draws it with another when they are in it, and a
    question with a one-line answer was drawn as its first line cut short with "…"."""
    if QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        if answer[:1].isdigit():
            answer = f"{LRM}{answer}{LRM}"  # "90 %", with its unit on the side it was typed
        return f"{RLM}Q{number}  {question}\n{RLM}      {answer}"
    return f"Q{number}  {question}\n      {answer}"


class ChecklistView(QWidget):
    answered = Signal(str, object)  # question id, raw value
    back = Signal()
    jump = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._question: QuestionView | None = None
        self._choice_values: list[Any] = []
        self._multi: set[str] = set()
        self._option_buttons: list[WrappingButton] = []
        self._edit: AnswerEdit | None = None
        outer = QHBoxLayout(self)
        column = QVBoxLayout()
        body = QWidget(self)
        main = QVBoxLayout(body)
        main.setContentsMargins(0, 0, 0, 0)
        # Tight between the counter, the question and its help, so three answers fit at 1440x900 unscrolled.
        main.setSpacing(2)
        self.progress_label = titled("", "hint")
        self.progress_label.setObjectName("checklistProgress")
        main.addWidget(self.progress_label)
        self.progress = QProgressBar(self)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(12)
        main.addWidget(self.progress)
        self.question_label = titled("", "question")
        self.question_label.setObjectName("questionText")
        main.addWidget(self.question_label)
        self.help_label = titled("", "hint")
        main.addWidget(self.help_label)
        self.answer_box = QVBoxLayout()
        main.addLayout(self.answer_box)
        main.addStretch(1)
        # A long question with many answers in a longer language scrolls; Back stays in view, and 1-9 answer
        # whether or not the button is scrolled into view.
        self.body = scrolling(body, self)
        column.addWidget(self.body, 1)
        # Outside the scrolling answers, over the buttons: a refused answer's message is always in sight, never
        # below the fold of a long list of answers.
        self.error = titled("", "error")
        self.error.setObjectName("answerError")
        # Hidden while empty: its line would otherwise be taken from the answers and cut the last one off.
        self.error.setVisible(False)
        column.addWidget(self.error)
        nav = QHBoxLayout()
        self.back_button = BigButton(self.tr("Back (Backspace)"))
        self.back_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.back_button.clicked.connect(self.back)
        nav.addWidget(self.back_button)
        # Beside Back, so it stays in view however many answers scroll above it.
        self.multi_done = BigButton(self.tr("Done (Enter)"), "primary")
        self.multi_done.setObjectName("multiDone")
        self.multi_done.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.multi_done.clicked.connect(lambda: self._answer(sorted(self._multi)))
        self.multi_done.setVisible(False)
        nav.addWidget(self.multi_done, 2)
        column.addLayout(nav)
        outer.addLayout(column, 3)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary = QListWidget(self)
        self.summary.setObjectName("answerSummary")
        self.summary.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summary.setWordWrap(True)
        self.summary.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.summary.itemClicked.connect(lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole)))
        outer.addWidget(self.summary, 1)

    def show_draft(self, draft: DraftView) -> None:
        question = draft.current_question
        self.error.clear()
        self.error.setVisible(False)
        self._fill_summary(draft)
        if question is None:
            return
        self._question = question
        # Counted in the template's numbers, as the title: "Q6 · question 6 of up to 12". Follow-ups count from
        # the start, so the total never grows and the bar never moves back while the inspector answers.
        progress = draft.progress
        assert progress is not None
        title = _yaml_text(draft.template_title)
        if progress.exact:
            counter = self.tr("{title} · question {n} of {total}")
        else:
            counter = self.tr("{title} · question {n} of up to {total}")
        self.progress_label.setText(counter.format(title=title, n=progress.number, total=progress.out_of))
        self.progress.setMaximum(max(1, progress.out_of))
        self.progress.setValue(progress.done)
        self.question_label.setText(numbered(f"Q{question.number}", _yaml_text(question.text)))
        self.help_label.setText(_yaml_text(question.help) if question.help else "")
        self.help_label.setVisible(bool(question.help))
        self._build_answer(question)

    def setFocus(self, *reason: Any) -> None:
        """A number question's field takes the keys at once. A text question's does not: a digit meant for the
        question before must not become the note a lead reads, so the view keeps the keys, a letter starts the
        text, and Tab or a click puts digits in the field too."""
        question = self._question
        if self._edit is not None and question is not None and question.kind == "number":
            self._edit.setFocus(*reason)
        else:
            super().setFocus(*reason)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
        if self._edit is not None and self._edit.text():
            self._edit.selectAll()  # typing again replaces the refused value

    def _fill_summary(self, draft: DraftView) -> None:
        lines = [summary_line(question.number, _yaml_text(question.text),
                              format_answer(question, question.answer, self.tr("Yes"), self.tr("No")))
                 for question in draft.questions]
        # After an answer most lines read as before: only the changed ones are set, since each word-wrapped
        # line the list is given again is laid out again, on the UI thread, after every answer.
        if self.summary.count() != len(lines):
            self.summary.clear()
            for index, line in enumerate(lines):
                item = QListWidgetItem(line)
                item.setData(Qt.ItemDataRole.UserRole, index)
                self.summary.addItem(item)
        else:
            for index, line in enumerate(lines):
                item = self.summary.item(index)
                if item.text() != line:
                    item.setText(line)
        if draft.step == "checklist":
            self.summary.setCurrentRow(draft.position)

    def _clear_answers(self) -> None:
        self.multi_done.setVisible(False)
        self._option_buttons = []
        self._choice_values = []
        self._edit = None
        while self.answer_box.count():
            item = self.answer_box.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
            elif item.layout() is not None:
                inner = item.layout()
                while inner.count():
                    child = inner.takeAt(0)
                    if child.widget() is not None:
                        child.widget().deleteLater()
                inner.deleteLater()

    def _build_answer(self, question: QuestionView) -> None:
        self._clear_answers()
        if question.kind in ("yes_no", "single", "multi"):
            if question.kind == "yes_no":
                # The answer that means nothing is wrong is always 1: No first for "Any damage?".
                words = {True: self.tr("Yes"), False: self.tr("No")}
                choices: list[tuple[Any, str]] = [(value, words[value]) for value in question.choices]
            else:
                choices = [(key, _yaml_text(text)) for key, text in question.options]
            self._multi = set(question.answer or []) if question.kind == "multi" else set()
            grid = QGridLayout()
            grid.setSpacing(6)
            columns = 2 if len(choices) > 4 else 1
            for index, (value, text) in enumerate(choices):
                number = f"{index + 1}  " if index < 9 else ""
                button = WrappingButton(number + text, "option")
                button.setObjectName(f"option-{index + 1}")
                button.setMinimumHeight(64)
                if question.kind == "multi":
                    button.setCheckable(True)
                    button.setChecked(value in self._multi)
                    button.toggled.connect(lambda on, v=value: self._toggle(v, on))
                else:
                    selected = question.answer is not None and question.answer == value
                    button.setProperty("selected", selected)
                    button.clicked.connect(lambda _=False, v=value: self._answer(v))
                self._option_buttons.append(button)
                self._choice_values.append(value)
                grid.addWidget(button, index // columns, index % columns)
            self.answer_box.addLayout(grid)
            self.multi_done.setVisible(question.kind == "multi")
            self.setFocus()
        else:
            edit = AnswerEdit(self)
            edit.setObjectName("answerEdit")
            if question.kind == "number":
                limits = []
                if question.minimum is not None:
                    limits.append(f"≥ {question.minimum:g}")
                if question.maximum is not None:
                    limits.append(f"≤ {question.maximum:g}")
                edit.setPlaceholderText(" ".join([question.unit or "", *limits]).strip())
                edit.setInputMethodHints(Qt.InputMethodHint.ImhFormattedNumbersOnly)
            else:
                edit.setPlaceholderText(self.tr("Type, then Enter"))
            if question.answer is not None:
                edit.setText(format_answer(question, question.answer, "", "").removesuffix(question.unit or "")
                             .strip() if question.kind == "number" else str(question.answer))
            edit.returnPressed.connect(lambda: self._answer(edit.text()))
            edit.back.connect(self.back)
            self._edit = edit
            self.answer_box.addWidget(edit)
            go = BigButton(self.tr("Next (Enter)"), "primary")
            go.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            go.clicked.connect(lambda: self._answer(edit.text()))
            self.answer_box.addWidget(go)
            self.setFocus()

    def _toggle(self, value: str, on: bool) -> None:
        if on:
            self._multi.add(value)
        else:
            self._multi.discard(value)

    def _answer(self, value: Any) -> None:
        if self._question is not None:
            self.answered.emit(self._question.id, value)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        question = self._question
        if question is None:
            super().keyPressEvent(event)
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self._option_buttons:
            index = key - Qt.Key.Key_1
            if index < len(self._option_buttons):
                if question.kind == "multi":
                    self._option_buttons[index].toggle()
                else:
                    self._answer(self._choice_values[index])
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if question.kind == "multi":
                self._answer(sorted(self._multi))
            elif question.answer is not None and question.kind in ("yes_no", "single"):
                self._answer(question.answer)
            elif self._edit is not None:
                self._answer(self._edit.text())
            elif not question.required:
                self._answer(None)
            return
        if key == Qt.Key.Key_Backspace:
            self.back.emit()
            return
        edit = self._edit
        typed = event.text()
        if edit is not None and question.kind == "text" and typed.isprintable() and typed.strip():
            if typed.isdigit():
                self.show_error(self.tr("Digits go into the note only once you are in the field: press Tab or "
                                        "click it, then type."))
            else:
                edit.setFocus()
                edit.insert(typed)
            return
        if key == Qt.Key.Key_Tab and edit is not None:
            edit.setFocus()
            return
        super().keyPressEvent(event)
