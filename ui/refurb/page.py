"""The Refurb mode's controller: the queue, scans that open an item, work records, the re-grade, slips."""

from __future__ import annotations

import logging
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFileDialog, QVBoxLayout, QWidget

from station.context import StationContext
from station.people import UserSummary
from station.services.refurb import (
    RefurbItem,
    RegradeDone,
    RegradeView,
    WorkRequest,
    complete_regrade,
    find_for_scan,
    queue_categories,
    record_work,
    refurb_item,
    refurb_page,
    regrade_answer,
    regrade_view,
)
from ui.i18n import error_text
from ui.inspect.checklist_view import ChecklistView
from ui.modes import ModePage
from ui.outcome_display import disposition_name
from ui.printing import SlipPrinting
from ui.refurb.outcome_view import OutcomeView
from ui.refurb.queue_view import QueueView
from ui.refurb.work_view import WorkView
from ui.tasks import PageCalls, TaskRunner
from ui.widgets import StepStack

log = logging.getLogger(__name__)

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)"


def _record_work_and_reload(ctx: StationContext, user_id: uuid.UUID, inspection_id: uuid.UUID,
                            request: WorkRequest) -> RefurbItem:
    """Runs in the background: photos are hashed and scaled while saving, then the item is read back."""
    record_work(ctx, user_id, inspection_id, request)
    return refurb_item(ctx, inspection_id)


class RefurbPage(ModePage):
    regraded = Signal(object)  # RegradeDone
    scan_result = Signal(bool)

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        # One call at a time: a key pressed while the last answer is saved is ignored, a scan waits its turn.
        self.calls = PageCalls(runner, lambda exc: self._notice(error_text(exc), "bad"), self)
        self.user: UserSummary | None = None
        self.category: str | None = None
        self.item: RefurbItem | None = None
        self.regrade: RegradeView | None = None
        self.printing = SlipPrinting(ctx, runner, self)
        self.stack = StepStack(self)
        self.stack.currentChanged.connect(lambda _index: self.hints_changed.emit())
        self.queue_view = QueueView(queue_categories(ctx))
        self.work_view = WorkView()
        self.checklist_view = ChecklistView()
        self.outcome_view = OutcomeView()
        for view in (self.queue_view, self.work_view, self.checklist_view, self.outcome_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.queue_view.submitted.connect(lambda text: self.handle_scan(text, "typed"))
        self.queue_view.open_item.connect(self.open_item)
        self.queue_view.category_changed.connect(self.set_category)
        self.queue_view.more_wanted.connect(self.more)
        self.queue_view.print_selected.connect(
            lambda ids: self.print_slips(ids, self.queue_view.reprint_reason.text()))
        self.work_view.save_work.connect(self.save_work)
        self.work_view.add_photo.connect(self.choose_photo)
        self.work_view.regrade.connect(self.start_regrade)
        self.work_view.print_slip.connect(
            lambda reason: self.print_slips([self.item.item.inspection_id], reason) if self.item else None)
        self.work_view.back.connect(self.show_queue)
        self.checklist_view.answered.connect(self.answer)
        self.checklist_view.back.connect(self.regrade_back)
        self.checklist_view.jump.connect(self.jump)
        self.outcome_view.confirm.connect(self.confirm)
        self.outcome_view.back.connect(self.regrade_back)
        self.printing.printed.connect(self._printed)
        self.printing.failed.connect(self._print_failed)

    # ---- session ----
    def begin(self, user: UserSummary) -> None:
        self.user = user
        if self.item is None:
            self.show_queue()

    def end(self) -> None:
        self.calls.forget()
        self.user = None
        self.item = None
        self.regrade = None
        self.stack.setCurrentWidget(self.queue_view)

    def hints(self) -> str:
        # The keys of the step on screen; the window asks again whenever the step changes (hints_changed).
        current = self.stack.currentWidget()
        if current is self.work_view:
            return self.tr("Tab: next field · Ctrl+S: save work · Ctrl+G: re-grade · Ctrl+P: print slip · "
                           "Ctrl+O: photo file · Esc: back to the queue")
        if current is self.checklist_view:
            return self.tr("1–9 choose · Enter: next · Backspace: back")
        if current is self.outcome_view:
            return self.tr("R: restock · D: dispose · type why when you choose against the checklist · "
                           "Enter: confirm · Backspace: back")
        return self.tr("Scan a slip or an item label · ↑/↓: choose (↓ at the end: more) · Enter: open · Ctrl+P: "
                       "print slips of the selection · Tab: category, reason · F5: refresh")

    # ---- the queue ----
    def show_queue(self, message: str = "", state: str = "") -> None:
        self.item = None
        self.regrade = None
        self.refresh()
        self.stack.setCurrentWidget(self.queue_view)
        self.queue_view.show_message(message, state)
        self.queue_view.entry.setFocus()

    def refresh(self, first_page: bool = False) -> None:
        # Read-only and replaced by a newer one (same key): never held up behind the page's other calls.
        # Another category starts at its first page; otherwise as many rows as were paged to, so coming back from
        # an item does not take the list back to its first page.
        rows = self.queue_view.page_size if first_page else max(self.queue_view.page_size, self.queue_view.shown)
        self.runner.run(refurb_page, self.ctx, self.category, limit=rows, key="refurb-queue",
                        on_result=self.queue_view.show_page,
                        on_error=lambda exc: self.queue_view.show_message(error_text(exc), "bad"))

    def more(self, offset: int) -> None:
        self.runner.run(refurb_page, self.ctx, self.category, limit=self.queue_view.page_size, offset=offset,
                        key="refurb-queue", on_result=self.queue_view.add_page,
                        on_error=lambda exc: self.queue_view.show_message(error_text(exc), "bad"))

    def set_category(self, category: str | None) -> None:
        self.category = category
        self.refresh(first_page=True)

    def handle_scan(self, text: str, source: str = "scanner") -> None:
        if self.user is None:
            return
        if self.stack.currentWidget() in (self.checklist_view, self.outcome_view):
            # A scan in the middle of a re-grade must not throw the answers away.
            self._notice(self.tr("Finish or leave the re-grade first, then scan the next item."))
            self.scan_result.emit(False)
            return
        self.calls.after(lambda: self.calls.call(find_for_scan, self.ctx, text, on_result=self._scanned,
                                                 on_error=self._scan_failed))

    def _scanned(self, inspection_id: uuid.UUID) -> None:
        self.scan_result.emit(True)
        self.open_item(inspection_id)

    def _scan_failed(self, exc: BaseException) -> None:
        self.scan_result.emit(False)
        self._notice(error_text(exc), "bad")

    def camera_codes(self, codes: list[Any]) -> None:
        if codes and self.stack.currentWidget() is self.queue_view:
            self.handle_scan(codes[0].text, "camera")

    def open_item(self, inspection_id: uuid.UUID) -> None:
        self.calls.call(refurb_item, self.ctx, inspection_id, on_result=self._show_item)

    def _show_item(self, item: RefurbItem) -> None:
        if self.user is None:
            return
        self.item = item
        self.regrade = None
        self.work_view.show_item(item)
        self.stack.setCurrentWidget(self.work_view)

    # ---- work ----
    def choose_photo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Photo after the work"), "", IMAGE_FILTER)
        if path:
            self.work_view.add_photo_file(Path(path))

    def save_work(self, request: WorkRequest) -> None:
        if self.item is None or self.user is None:
            return
        inspection_id, user_id = self.item.item.inspection_id, self.user.id
        self.work_view.show_message(self.tr("Saving…"), "")
        # Photos are hashed and scaled while saving: off the UI thread.
        self.calls.call(_record_work_and_reload, self.ctx, user_id, inspection_id, request,
                        on_result=self._work_saved)

    def _work_saved(self, item: RefurbItem) -> None:
        if self.item is None or self.item.item.inspection_id != item.item.inspection_id:
            return
        self.item = item
        self.work_view.show_item(self.item)
        self.work_view.show_message(self.tr("Work saved. Re-grade when the item is ready."))

    # ---- re-grade ----
    def start_regrade(self) -> None:
        if self.item is None:
            return
        self.calls.call(regrade_view, self.ctx, self.item.item.inspection_id, on_result=self._show_regrade)

    def _regrade_call(self, service: Any, *args: Any) -> None:
        """A step of the open re-grade; ignored while the previous one is still being worked out."""
        view = self.regrade
        if view is not None:
            self.calls.call(service, self.ctx, view.inspection_id, view.answers, *args, on_result=self._show_regrade)

    def _show_regrade(self, view: RegradeView) -> None:
        if self.user is None or self.item is None or self.item.item.inspection_id != view.inspection_id:
            return  # signed out, or back at the queue, while it was worked out
        self.regrade = view
        if view.step == "checklist" and view.current_question is not None:
            self.checklist_view.show_draft(view)  # type: ignore[arg-type]  (same fields as a DraftView)
            self.stack.setCurrentWidget(self.checklist_view)
            self.checklist_view.setFocus()
        else:
            self.outcome_view.show_regrade(view)
            self.stack.setCurrentWidget(self.outcome_view)

    def answer(self, question_id: str, value: Any) -> None:
        self._regrade_call(regrade_answer, question_id, value)

    def jump(self, position: int) -> None:
        self._regrade_call(regrade_view, position)

    def regrade_back(self) -> None:
        view = self.regrade
        if view is None:
            return
        if self.stack.currentWidget() is self.outcome_view:
            self._regrade_call(regrade_view, len(view.questions) - 1)
        elif view.position > 0:
            self._regrade_call(regrade_view, view.position - 1)
        elif self.item is not None:
            self.stack.setCurrentWidget(self.work_view)

    def confirm(self, outcome: str, reason: str) -> None:
        view = self.regrade
        if view is None or self.user is None:
            return
        self.calls.call(complete_regrade, self.ctx, self.user.id, view.inspection_id, view.answers, outcome or None,
                        reason, on_result=self._regraded)

    def _regraded(self, done: RegradeDone) -> None:
        self.regraded.emit(done)
        self.show_queue(self.tr("Re-graded {grade}: {disposition}. Print its new slip from the list if it needs "
                                "one.").format(grade=done.grade, disposition=disposition_name(done.disposition)),
                        "good")

    # ---- slips ----
    def print_slips(self, ids: list[uuid.UUID], reason: str) -> None:
        self.printing.print_with_dialog(self.window(), ids, self.user.id if self.user else None, reason)

    def _printed(self, done: Any) -> None:
        text = self.tr("%n slip(s) printed.", "", len(done.ids))
        self._notice(text, "good")

    def _print_failed(self, text: str) -> None:
        self._notice(text, "bad")

    def _notice(self, text: str, state: str = "bad") -> None:
        current = self.stack.currentWidget()
        if current is self.queue_view:
            self.queue_view.show_message(text, state)
        elif current is self.work_view and state == "good":
            self.work_view.show_message(text)
        elif hasattr(current, "show_error"):
            current.show_error(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.stack.currentWidget() is self.work_view:
            self.show_queue()
        elif event.key() == Qt.Key.Key_F5:
            self.refresh()
        else:
            super().keyPressEvent(event)
