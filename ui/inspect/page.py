"""The Inspect mode's controller: routes scans, runs the inspection services in the background, shows each step."""

from __future__ import annotations

import logging
import time
import uuid
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox, QVBoxLayout, QWidget

from station.context import StationContext
from station.people import UserSummary
from station.services import inspect as inspection
from station.services import putaway, scans
from station.services.identify import Identification, ProductView, RmaLineView, find_products
from station.services.reports import inspection_summary
from ui.i18n import error_text, render, translate_station
from ui.inspect.aside_tray import AsideEntry, AsideTray, aside_entries
from ui.inspect.checklist_view import ChecklistView
from ui.inspect.grade_view import GradeView
from ui.inspect.item_panel import ItemPanel
from ui.inspect.park_question import ParkQuestion
from ui.inspect.photos_view import PhotosView
from ui.inspect.putaway_view import (
    AfterComplete,
    PlacementScan,
    PutAwayView,
    after_complete,
    placement_scan,
    waiting_plan,
)
from ui.inspect.scan_views import IdentifyView, ScanView, UnexpectedView
from ui.modes import ModePage
from ui.outcome_display import disposition_name
from ui.tasks import PageCalls, TaskRunner
from ui.widgets import StepStack, titled

log = logging.getLogger(__name__)

IMAGE_FILTER = "Images (*.png *.jpg *.jpeg *.webp *.bmp *.tif *.tiff)"


class InspectPage(ModePage):
    """Every service call runs in the background through `self.calls`, one at a time.

    A key press that would change the draft while the previous change is still being saved is ignored: it was
    aimed at the screen that is about to be replaced, and acting on it would answer the next question with the
    last one's key. Scans are never dropped: one arriving meanwhile waits and is handled, in order, when the
    pending call has returned.
    """

    completed = Signal(object)  # inspection.InspectionCompleted
    scan_result = Signal(bool, str)  # good or bad read and its message, for the flash and tone
    already_inspected = Signal(str)  # a good read of an RMA with nothing left to inspect, and what the screen says
    draft_changed = Signal(object)  # DraftView or None
    badge_scanned = Signal(str)  # a person's badge: the window signs them in instead (switch user)

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.runner = runner
        self.calls = PageCalls(runner, self._failed, self)
        self.calls.slow.connect(self._show_busy)
        # What a slow call says while it runs. "Saving…" is the Refurb desk's word (context "RefurbPage"), so
        # both modes say it alike in every language.
        self._saving = QCoreApplication.translate("RefurbPage", "Saving…")
        self._busy_text = self._saving
        self.user: UserSummary | None = None
        self.draft: inspection.DraftView | None = None
        self.frame_provider: Any = None  # callable returning the camera's latest frame, or None
        self._ident: Identification | None = None
        self.park_question: ParkQuestion | None = None  # open while asking whether to put the item aside
        self.waiting: Any = None  # putaway.PutAway of the item in hand until its container is scanned
        self.last_print: tuple[bool, str] | None = None  # the last label print from this page: done, and its words
        # The camera keeps seeing the label on the bench: none of its reads opens anything until the page has
        # looked up what to resume after sign-in, nor the label of the item just completed for a while.
        self._camera_ready = False
        self._completed_label: tuple[str, float] | None = None
        self.item_panel = ItemPanel(runner, self)
        self.item_panel.setVisible(False)
        self.stack = StepStack(self)
        self.scan_view = ScanView()
        self.identify_view = IdentifyView()
        self.unexpected_view = UnexpectedView()
        self.checklist_view = ChecklistView()
        self.photos_view = PhotosView()
        self.grade_view = GradeView(tuple(ctx.rules.grades), tuple(ctx.rules.dispositions))
        self.putaway_view = PutAwayView()
        for view in (self.scan_view, self.identify_view, self.unexpected_view, self.checklist_view,
                     self.photos_view, self.grade_view, self.putaway_view):
            self.stack.addWidget(view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.item_panel)
        # Work put aside stays in sight: an inspection left open, an item graded but not placed.
        self.aside_label = titled("", "hint")
        self.aside_label.setObjectName("asideCount")
        self.aside_label.setVisible(False)
        layout.addWidget(self.aside_label)
        self.aside_tray: AsideTray | None = None
        layout.addWidget(self.stack, 1)
        self.scan_view.submitted.connect(lambda text: self.handle_scan(text, "typed"))
        self.scan_view.open_file.connect(self.choose_label_file)
        self.identify_view.start.connect(self.start_line)
        self.identify_view.cancel.connect(self.show_scan)
        self.identify_view.open_inspection.connect(self.open_inspection)
        self.unexpected_view.search.connect(self._search_products)
        self.unexpected_view.start.connect(self.start_unexpected)
        self.unexpected_view.cancel.connect(self.show_scan)
        self.checklist_view.answered.connect(self.answer)
        self.checklist_view.back.connect(self.go_back)
        self.checklist_view.jump.connect(lambda pos: self._call(inspection.go_to, "checklist", pos))
        self.photos_view.take.connect(self.take_photo)
        self.photos_view.from_file.connect(self.photo_from_file)
        self.photos_view.remove.connect(lambda pid: self._call(inspection.remove_photo, pid))
        self.photos_view.retake.connect(lambda pid: self._call(inspection.remove_photo, pid))
        self.photos_view.keep.connect(lambda pid, reason: self._call(inspection.keep_photo, pid, reason))
        self.photos_view.proceed.connect(lambda: self._call(inspection.go_to, "grade"))
        self.photos_view.back.connect(self.go_back)
        self.grade_view.complete.connect(self.complete)
        self.grade_view.back.connect(self.go_back)
        self.grade_view.choosing_changed.connect(self.hints_changed)

    # ---- session ----
    def begin(self, user: UserSummary) -> None:
        self.user = user
        self.draft = None
        self._camera_ready = False
        self.calls.after(lambda: self.calls.call(inspection.open_draft_for, self.ctx, user.id,
                                                 on_result=lambda resumed: self._resume(user, resumed)))

    def _resume(self, user: UserSummary, resumed: inspection.DraftView | None) -> None:
        if self.user is not user:
            return  # signed out (or someone else signed in) while the draft was looked up
        if resumed is not None:
            self.show_draft(resumed)
            self.scan_view.show_message(self.tr("Your open inspection was restored where you left it."))
            self._camera_ready = True
        else:
            self.show_scan()
            # An item graded but never placed (a crash, a sign-out) is still in someone's hands: it comes first.
            self.calls.call(waiting_plan, self.ctx, on_result=lambda plan: self._waiting_found(user, plan))

    def _waiting_found(self, user: UserSummary, plan: Any) -> None:
        if self.user is not user:
            return
        self._camera_ready = True
        if plan is not None and self.draft is None:
            self._await_placement(plan, self.tr("This item was graded but not yet put away."))

    def end(self) -> None:
        self.calls.forget()
        self.user = None
        self.draft = None
        self.waiting = None
        self._camera_ready = False
        self.draft_changed.emit(None)
        self.stack.setCurrentWidget(self.scan_view)

    @property
    def waiting_for_scan(self) -> bool:
        return self.draft is None and self.stack.currentWidget() in (self.scan_view, self.identify_view,
                                                                        self.unexpected_view)

    def show_scan(self, count: bool = True) -> None:
        self._leave_item()
        if count:
            self._count_aside()
        self.stack.setCurrentWidget(self.scan_view)
        self._focus(self.scan_view.entry)

    def _leave_item(self) -> None:
        self.draft = None
        self.waiting = None
        self.item_panel.setVisible(False)
        self.draft_changed.emit(None)

    def _focus(self, widget: QWidget) -> None:
        # A result may arrive after the person switched to another mode: their keys stay where they are.
        if self.isVisible():
            widget.setFocus()

    def park(self) -> None:
        """Puts the open inspection aside (kept as a draft); scanning its label again resumes it."""
        if self.draft is not None:
            self.show_scan()
            self.scan_view.show_message(self.tr("Inspection put aside. Scan its label again to go on with it."))

    # ---- work put aside: counted under the header, listed in the tray (F10) ----
    def _count_aside(self) -> None:
        user = self.user
        if user is None or self.runner.closed:
            return
        # A read that changes one label only: beside the page's calls, so it never holds a scan.
        on_screen = self.waiting.inspection_id if self.waiting is not None else None
        self.runner.run(aside_entries, self.ctx, user.id, on_screen, key="inspect-aside",
                        on_result=lambda entries: self._show_aside_count(user, entries),
                        on_error=lambda exc: log.warning("aside count not read: %s", error_text(exc)))

    def _show_aside_count(self, user: UserSummary, entries: list[AsideEntry]) -> None:
        if self.user is not user:
            return
        self.aside_label.setText(self.tr("Aside ({n}) · F10: list").format(n=len(entries)))
        self.aside_label.setVisible(bool(entries) and self.draft is None)

    def open_aside_tray(self) -> None:
        if self.user is None or self.aside_tray is not None:
            return
        open_id = self.draft.id if self.draft is not None else (
            self.waiting.inspection_id if self.waiting is not None else None)
        self.calls.call(aside_entries, self.ctx, self.user.id, open_id, on_result=self._show_tray)

    def _show_tray(self, entries: list[AsideEntry]) -> None:
        if self.user is None or self.aside_tray is not None:
            return
        tray = AsideTray(entries, self)
        self.aside_tray = tray

        def closed(_result: int) -> None:
            self.aside_tray = None
            tray.deleteLater()
            if tray.chosen is not None:
                self._resume_aside(tray.chosen)

        tray.finished.connect(closed)
        tray.open()

    def _resume_aside(self, entry: AsideEntry) -> None:
        if self.draft is not None:
            self.park()
        if entry.kind == "draft":
            self._run(self._saving, inspection.load_draft, self.ctx, entry.id, on_result=self._started)
        else:
            self._run(self._saving, putaway.put_away_for, self.ctx, entry.id,
                      on_result=lambda plan: self._await_placement(plan, ""))

    def hints(self) -> str:
        # Context "MainWindow": the window printed these before the page did, and their translations stay theirs.
        draft = self.draft
        if draft is None and self.waiting is not None:
            return self.tr("Scan the container's barcode · a return label: put this item aside")
        if draft is None and self.stack.currentWidget() is self.identify_view:
            if self.identify_view.all_inspected:
                return self.tr("Enter or 1–9: open that inspection · Esc: scan another label")
            return self.tr("1–9: inspect that line · Enter: the line left · Esc: scan another label")
        if draft is None:
            return QCoreApplication.translate(
                "MainWindow", "Scan a label · type it and Enter · drop a label photo · Esc: back")
        if draft.step == "checklist" and draft.current_question is not None:
            return QCoreApplication.translate("MainWindow",
                                              "1–9 choose · Enter: next · Backspace: back · F8: put aside")
        if draft.step == "photos" or draft.photos_missing:
            return QCoreApplication.translate(
                "MainWindow", "Space: take photo · F: photo file · ←/→: pick a photo · Delete: remove it · "
                "Enter: to the grade · Backspace: back · F8: put aside")
        if self.grade_view.choosing:
            return self.grade_view.choice.hints()
        return QCoreApplication.translate("MainWindow",
                                          "Enter: complete · O: change outcome · Backspace: back · F8: put aside")

    # ---- the one place a failed call is shown ----
    def _failed(self, exc: BaseException) -> None:
        self.show_error(error_text(exc))

    def show_error(self, text: str) -> None:
        """On the step in front of the inspector; with no inspection open, on the scan screen with the bad-scan
        flash. Every failed call of this page ends here (StationError's words, else the generic message)."""
        if self.draft is None:
            self._bad_scan(text)
        else:
            self._notice(text)

    def show_camera_problem(self, text: str) -> None:
        self.scan_view.show_message(text, "bad")
        self.scan_view.preview.set_pixmap(None)

    def _run(self, busy_text: str, fn: Any, *args: Any, **kwargs: Any) -> bool:
        """One service call through `self.calls`, with what the page says should it take long."""
        started = self.calls.call(fn, *args, **kwargs)
        if started:
            self._busy_text = busy_text
        return started

    def _show_busy(self, busy: bool) -> None:
        # Only for a call that takes long (a slow disk, a big store): the usual one is done before this fires.
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            self._notice(self._busy_text, busy=True)
        else:
            self.unsetCursor()
            self._notice("", busy=True)

    # ---- scans ----
    def handle_scan(self, text: str, source: str = "scanner") -> None:
        if self.user is None:
            return
        self.calls.after(lambda: self._scan_now(text))

    def _scan_now(self, text: str) -> None:
        if self.user is None:
            return
        reading = self.tr("Reading {name}…").format(name=text.strip())
        if self.draft is None and self.waiting is not None:
            self._run(reading, placement_scan, self.ctx, self.waiting.inspection_id, text, self.user.id,
                      on_result=lambda result: self._placement_answered(result, text))
        elif self.draft is not None:
            self._run(reading, scans.scan_during_inspection, self.ctx, self.draft.id, text,
                      on_result=lambda scanned: self._scanned_during_inspection(scanned, text))
        else:
            self._run(reading, scans.scan_label, self.ctx, self.user.id, text,
                      on_result=lambda scanned: self._badge_or_label(scanned, text))

    def _badge_or_label(self, scanned: scans.LabelScanned, text: str) -> None:
        if scanned.badge:
            self.badge_scanned.emit(text)
        else:
            self._label_scanned(scanned)

    def _label_scanned(self, scanned: scans.LabelScanned) -> None:
        if self.user is None:
            return
        ident = scanned.identification
        self._ident = ident
        if scanned.resumed is not None:
            self.scan_result.emit(True, "")
            self.show_draft(scanned.resumed)
            return
        if ident.outcome == "not_a_return_label":
            self._bad_scan(render(ident.message))
            return
        if ident.outcome == "rma":
            if ident.all_inspected:
                self.already_inspected.emit("")
            else:
                self.scan_result.emit(True, "")
            pending = [line for line in ident.lines if not line.fully_inspected]
            if len(ident.lines) == 1 and len(pending) == 1 and not ident.flags:
                # The common case goes straight to the first question: one scan, no extra key press.
                self.start_line(pending[0])
                return
            self.identify_view.show_identification(ident)
            self.stack.setCurrentWidget(self.identify_view)
            self._focus(self.identify_view)
            self.hints_changed.emit()
            return
        self.unexpected_view.show_identification(ident)
        self.stack.setCurrentWidget(self.unexpected_view)
        # The unexpected-return screen says what was found in full; the flash adds only its colour and tone.
        self.scan_result.emit(ident.product is not None, "")

    def _bad_scan(self, message: str) -> None:
        self.show_scan()
        self.scan_view.show_message(message, "bad")
        self.scan_result.emit(False, message)

    def _scanned_during_inspection(self, scanned: scans.ScannedDuringInspection, text: str) -> None:
        """An item barcode was checked against the RMA; a new return label is refused, never lost."""
        if self.draft is None or self.draft.id != scanned.draft.id:
            return  # put aside while the scan was checked
        if scanned.outcome == "badge":
            self.badge_scanned.emit(text)  # the open inspection stays a draft: put aside, nothing lost
            return
        name = scanned.draft.product.name
        if scanned.outcome == "item_matches":
            self.scan_result.emit(True, "")
            self._notice(self.tr("Item barcode matches {name}.").format(name=name))
        elif scanned.outcome == "wrong_item":
            self.show_draft(scanned.draft)
            if scanned.draft.line is None:  # a return without RMA: compared with the product the inspector chose
                message = self.tr("This is not {name}, the product chosen for this return. It is flagged for a "
                                  "lead; go on with the checklist.").format(name=name)
            else:
                message = self.tr("This is not the item on the RMA. It is flagged for a lead; go on with the "
                                  "checklist.")
            self.scan_result.emit(False, message)
            self._notice(message)
        elif scanned.outcome == "own_label":
            # The scanner read this parcel's own label again: nothing to ask.
            self.scan_result.emit(True, "")
            self._notice(self.tr("This is the label of the item you are inspecting. Go on with it."))
        elif scanned.outcome == "other_label":
            self._ask_to_park(text)
        else:
            message = self.tr("An inspection is open. Complete it, or press F8 to put it aside, then scan the "
                              "next label.")
            self.scan_result.emit(False, message)
            self._notice(message)

    def _ask_to_park(self, text: str) -> None:
        """A new return label during an inspection: one question, Enter puts the open one aside, Esc stays.

        Neither answer discards anything: the open inspection is a saved draft either way, and scanning
        its label again resumes it. A scan while the question is up is not asked again.
        """
        if self.park_question is not None or self.draft is None:
            return
        box = ParkQuestion(text, self.draft.product.name, self)
        self.park_question = box

        def answered(result: int) -> None:
            self.park_question = None
            box.deleteLater()
            if result == ParkQuestion.DialogCode.Accepted.value and self.draft is not None:
                self.park()
                self.handle_scan(text, "scanner")
            else:
                self._notice(self.tr("Still on this item. Scan the other label when this one is done."))

        box.finished.connect(answered)
        box.open()

    def _notice(self, text: str, busy: bool = False) -> None:
        current = self.stack.currentWidget()
        if current is self.scan_view:
            if busy:
                self.scan_view.show_message(text)
        elif hasattr(current, "show_error"):
            current.show_error(text)

    def camera_codes(self, codes: list[Any]) -> None:
        # The camera keeps seeing labels while an item is inspected: only an idle scan screen takes them.
        if not codes or not self._camera_ready or self.stack.currentWidget() is not self.scan_view:
            return
        if self.draft is not None or self.waiting is not None or self.calls.pending:
            return
        text = codes[0].text
        if self._completed_label is not None:
            label, at = self._completed_label
            if text.strip() == label and time.monotonic() - at < self.ctx.settings.scan_debounce_s:
                return  # the item just completed, still under the camera
        self.scan_view.show_message(self.tr("{code} read").format(code=text.strip()))
        self.handle_scan(text, "camera")

    def set_preview(self, image: QImage) -> None:
        current = self.stack.currentWidget()
        if current is self.scan_view:
            self.scan_view.preview.set_image(image)
        elif current is self.photos_view:
            self.photos_view.set_preview(image)

    def drop_file(self, path: Path) -> None:
        """A picture dropped on the window: evidence while photos are taken, otherwise a label to read."""
        if self.draft is not None and self.stack.currentWidget() is self.photos_view:
            self._attach(self.photos_view._target, path=path)
        else:
            self.decode_label_file(path)

    def choose_label_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Photo of the label"), "", IMAGE_FILTER)
        if path:
            self.decode_label_file(Path(path))

    def decode_label_file(self, path: Path) -> None:
        from station.scan.images import read_image_file
        from station.scan.pipeline import ScanPipeline

        def decode(file: Path) -> list[Any]:
            return ScanPipeline.default().decode(read_image_file(file))

        def done(codes: list[Any]) -> None:
            if codes:
                self.handle_scan(codes[0].text, "file")
            else:
                self._bad_scan(self.tr("No barcode found in {name}. Type the RMA number, or call a lead.")
                               .format(name=path.name))

        self.scan_view.show_message(self.tr("Reading {name}…").format(name=path.name))
        self.runner.run(decode, path, on_result=done, on_error=self._failed, key="label-file")

    # ---- starting ----
    def start_line(self, line: RmaLineView) -> None:
        if self.user is None or self._ident is None:
            return
        if line.product is None:
            self._bad_scan(self.tr("{sku} is not in the catalog. Put the item aside and call a lead.")
                           .format(sku=line.sku))
            return
        self._run(self._saving, scans.start_line, self.ctx, self.user.id, self._ident, line, on_result=self._started)

    def start_unexpected(self, product: ProductView) -> None:
        if self.user is None or self._ident is None:
            return
        self._run(self._saving, scans.start_unexpected, self.ctx, self.user.id, self._ident, product,
                  on_result=self._started)

    def _started(self, draft: inspection.DraftView) -> None:
        if self.user is not None:
            self.show_draft(draft)

    def _search_products(self, query: str) -> None:
        # Typing searches as it goes: each keystroke's search replaces the one before (same key).
        self.runner.run(find_products, self.ctx, query, key="inspect-products",
                        on_result=self.unexpected_view.show_products, on_error=self._failed)

    # ---- the draft's steps ----
    def show_draft(self, draft: inspection.DraftView) -> None:
        self.draft = draft
        self.aside_label.setVisible(False)
        self.draft_changed.emit(draft)
        self.item_panel.show_draft(draft)
        self.item_panel.setVisible(True)
        if draft.step == "checklist" and draft.current_question is not None:
            self.checklist_view.show_draft(draft)
            self.stack.setCurrentWidget(self.checklist_view)
            self._focus(self.checklist_view)
        elif draft.step == "photos" or (draft.step == "grade" and draft.photos_missing):
            self.photos_view.show_draft(draft)
            self.stack.setCurrentWidget(self.photos_view)
        else:
            self.grade_view.show_draft(draft)
            self.stack.setCurrentWidget(self.grade_view)
        self.hints_changed.emit()

    def _call(self, service: Any, *args: Any, **kwargs: Any) -> None:
        """A change to the open draft; ignored while the previous one is still being saved (see the class)."""
        if self.draft is None:
            return
        self._run(self._saving, service, self.ctx, self.draft.id, *args, on_result=self._show_if_current, **kwargs)

    def _show_if_current(self, draft: inspection.DraftView) -> None:
        # Put aside (or signed out) while it was saved: the draft is kept, but no longer on screen.
        if self.draft is not None and draft.id == self.draft.id:
            self.show_draft(draft)

    def answer(self, question_id: str, value: Any) -> None:
        self._call(inspection.answer, question_id, value)

    def go_back(self) -> None:
        draft = self.draft
        if draft is None:
            return
        if draft.step == "checklist":
            if draft.position > 0:
                self._call(inspection.go_to, "checklist", draft.position - 1)
        else:
            previous = "photos" if draft.step == "grade" and draft.photos else "checklist"
            self._call(inspection.go_to, previous, len(draft.questions) - 1)

    def take_photo(self, question_id: str | None) -> None:
        frame = self.frame_provider() if self.frame_provider else None
        if frame is None:
            self.photos_view.show_error(self.tr("No camera picture. Use a photo file (F) instead."))
            return
        self._attach(question_id, frame=frame)

    def photo_from_file(self, question_id: str | None) -> None:
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Photo"), "", IMAGE_FILTER)
        if path:
            self._attach(question_id, path=Path(path))

    def _attach(self, question_id: str | None, **source: Any) -> None:
        if self.draft is None or self.calls.pending:
            return
        self.photos_view.show_error(self.tr("Saving photo…"))
        # Encoding, hashing and checking a big photo takes a while: a second Space meanwhile takes no second one.
        self._call(inspection.attach_photo, question_id=question_id, **source)

    def complete(self, override: inspection.Override | None) -> None:
        if self.draft is None:
            return
        self._completed_label = (self.draft.label_text.strip(), time.monotonic())
        self._run(self._saving, inspection.complete_inspection, self.ctx, self.draft.id, override,
                  on_result=self._completed)

    def _completed(self, done: inspection.InspectionCompleted) -> None:
        self.show_scan(count=False)  # counted once after_complete says whether the item is placed or waits
        # A changed outcome is told by its reason: the checklist's first one would contradict the new grade.
        changed = next((f for f in done.flags if f.kind == "override"), None) if done.overridden else None
        reason = render(changed.reason) if changed else render(done.reasons[0]) if done.reasons else ""
        self.scan_view.last.setText(self.tr("Done: grade {grade}, {disposition}. {reason}").format(
            grade=done.grade, disposition=disposition_name(done.disposition), reason=reason))
        self.scan_view.show_message(self.tr("Ready: scan the next label."), "good")
        self.completed.emit(done)
        if self.ctx.settings.slip_print_after_inspection:
            from ui.printing import print_after_inspection

            print_after_inspection(self, self.ctx, self.runner, done.id, self.user.id if self.user else None,
                                   on_error=self.show_error)
        label_text = (self._completed_label or ("", 0.0))[0]
        self._completed_label = label_text, time.monotonic()
        user = self.user
        done_text = self.scan_view.last.text()
        self.calls.call(after_complete, self.ctx, done.id, user.id if user else None,
                        label_text or None,
                        on_result=lambda after: self._after_complete(user, after, done_text))

    # ---- put-away: the item goes somewhere before the next label ----
    def _after_complete(self, user: UserSummary | None, after: AfterComplete, done_text: str) -> None:
        if self.user is not user or self.draft is not None:
            return
        if after.lines_left:
            # A two-line RMA: the other line is still in the parcel, and nothing else would say so.
            names = ", ".join(self.tr("line {n}: {name}").format(
                n=line.line_no, name=line.product.name if line.product else line.sku) for line in after.lines_left)
            done_text += "\n" + self.tr("This RMA has %n line(s) left: {lines}", "", len(after.lines_left)).format(
                lines=names)
            self.scan_view.last.setText(done_text)
        # A label the station prints is told by the print's own words; one only written is named by its file.
        files = [after.item_label] if after.item_label is not None and after.print_as == "off" else []
        if after.placed is not None or after.plan.placed_in is not None:
            # This warehouse places without a confirm scan (or the item is in its place already).
            self.scan_view.last.setText(done_text + " " + render(after.plan.headline))
            if after.placed is not None:
                self.scan_view.show_message(render(after.placed.message) + " " + self.tr(
                    "Ready: scan the next label."), "good")
            self._say_files(files + after.files, self.scan_view.last)
            self._count_aside()
        else:
            self._await_placement(after.plan, done_text)
            self._say_files(files, None)
        if after.item_label is not None and after.print_as != "off":
            self._print_item_label(after.item_label, after.print_as)
        self._print_container_label(after.files)

    def _await_placement(self, plan: Any, done_text: str) -> None:
        # Straight to the put-away screen, counted once with the item in hand: passing through the scan screen
        # laid the window out and read the aside count twice, each time the UI thread's work on a year's station.
        self._leave_item()
        self.waiting = plan
        self.putaway_view.show_plan(plan, done_text)
        self.stack.setCurrentWidget(self.putaway_view)
        self._focus(self.putaway_view)
        self._count_aside()
        self.hints_changed.emit()

    def _say_files(self, files: list[Path], label: Any) -> None:
        if not files:
            return
        text = self.tr("Printed to {files}").format(files=", ".join(str(f) for f in files))
        if label is None:
            self.putaway_view.show_files(text)
        else:
            label.setText(label.text() + "\n" + text)

    def _placement_answered(self, result: PlacementScan, text: str) -> None:
        plan = self.waiting
        if plan is None or self.user is None:
            return
        if result.outcome == "other_label":
            self._ask_to_set_aside(text)
            return
        if result.outcome == "badge":
            self.badge_scanned.emit(text)  # the item stays waiting to be placed; it comes back at sign-in
            return
        placed = result.placed
        assert placed is not None
        if not placed.placed:
            # Nothing placed: the red words name the right container, and the screen keeps waiting.
            self.scan_result.emit(False, render(placed.message))
            self.putaway_view.show_message(render(placed.message), "bad")
            return
        self.scan_result.emit(True, "")
        self.show_scan()
        self.scan_view.show_message(render(placed.message) + " " + self.tr("Ready: scan the next label."), "good")
        self.scan_view.last.setText(self.putaway_view.done.text())
        self._say_files(result.files, self.scan_view.last)
        self.hints_changed.emit()
        self._print_container_label(result.files)

    # ---- printing from Inspect: the remembered printer, a dialog only when none is remembered ----
    def _print_item_label(self, label: Path, kind: str) -> None:
        from ui.inspect.label_printing import ItemLabelPrinting

        printing = self.findChild(ItemLabelPrinting, "itemLabelPrinting")
        if printing is None:
            printing = ItemLabelPrinting(self.ctx, self.runner, self)
            printing.printed.connect(lambda _where: self._say_printed(self.tr("Label printed."), True))
            printing.failed.connect(lambda text: self._say_printed(text, False))
        printing.print_label(self.window(), label, kind)

    def _print_container_label(self, files: list[Path]) -> None:
        """A container closed full from Inspect: its label goes to the printer, as from the Containers mode."""
        label = next((f for f in files if f.name.endswith("-label.pdf")), None)
        if label is None:
            return
        from ui.containers.printing import ContainerLabelPrinting

        printing = self.findChild(ContainerLabelPrinting, "inspectContainerPrinting")
        if printing is None:
            printing = ContainerLabelPrinting(self.ctx, self.runner, self)
            printing.setObjectName("inspectContainerPrinting")
            printing.printed.connect(lambda _where: self._say_printed(
                self.tr("The container label went to the printer."), True))
            printing.failed.connect(lambda text: self._say_printed(text, False))
        printing.print_label(self.window(), label)

    def _say_printed(self, text: str, ok: bool) -> None:
        """Where the inspector looks now: the put-away screen while an item waits, else the scan screen; a failed
        print is red there and leaves the inspection and its placement as they are."""
        self.last_print = (ok, text)
        if self.stack.currentWidget() is self.putaway_view:
            if ok:
                shown = self.putaway_view.files.text()
                self.putaway_view.show_files(f"{shown}\n{text}" if shown else text)
            else:
                self.putaway_view.show_error(text)
            return
        self.scan_view.last.setText(f"{self.scan_view.last.text()}\n{text}")
        if not ok:
            self.scan_view.show_message(text + " " + self.tr("Ready: scan the next label."), "bad")

    def _ask_to_set_aside(self, text: str) -> None:
        """A return label while an item waits: Enter leaves it waiting to be placed and opens the label, Esc stays."""
        if self.park_question is not None or self.waiting is None:
            return
        box = ParkQuestion(text, self.tr("the item waiting to be placed"), self)
        self.park_question = box

        def answered(result: int) -> None:
            self.park_question = None
            box.deleteLater()
            if result == ParkQuestion.DialogCode.Accepted.value and self.waiting is not None:
                self.show_scan()
                self.scan_view.show_message(self.tr("The item waits to be placed; it comes back at the next "
                                                    "sign-in."))
                self.handle_scan(text, "scanner")
            else:
                self.putaway_view.show_message(self.tr("Still on this item: scan its container first."))

        box.finished.connect(answered)
        box.open()

    def open_inspection(self, inspection_id: uuid.UUID) -> None:
        self.calls.call(inspection_summary, self.ctx, inspection_id, translate_station,
                        on_result=self._show_summary)

    def _show_summary(self, summary: str) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Inspection"))
        box.setText(summary)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # Open, not exec: the window goes on painting and taking the background calls' results meanwhile.
        box.finished.connect(lambda _result: self.show_scan())
        box.open()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F8:
            self.park()
        elif event.key() == Qt.Key.Key_F10:
            self.open_aside_tray()
        else:
            super().keyPressEvent(event)
