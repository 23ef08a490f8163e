"""The Review mode's page: the queue on the left, the evidence viewer and decide panel on the right."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QSplitter, QWidget

from station.context import StationContext
from station.people import UserSummary
from station.services.review import ReviewDone, approve, evidence_packet, find_by_label, regrade, review_queue
from ui.i18n import error_text, translate_station
from ui.modes import ModePage
from ui.outcome_display import disposition_name
from ui.review.decide_panel import DecidePanel
from ui.review.evidence_view import EvidenceViewer
from ui.review.queue_panel import QueuePanel
from ui.tasks import TaskRunner


class ReviewPage(ModePage):
    decided = Signal(object)  # ReviewDone
    packet_written = Signal(object)  # Path

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.ctx = ctx
        self.runner = runner
        self.user: UserSummary | None = None
        grades, dispositions = tuple(ctx.rules.grades), tuple(ctx.rules.dispositions)
        self.queue = QueuePanel(grades, dispositions, self)
        self.viewer = EvidenceViewer(runner, self)
        self.decide = DecidePanel(grades, dispositions, self.viewer)
        self.viewer.side_layout.addWidget(self.decide)
        # Replaceable by tests; the lead picks where the packet goes (a USB stick, a shared folder).
        self.choose_packet_path = self._ask_packet_path
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.queue)
        splitter.addWidget(self.viewer)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([500, 1100])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.queue.filters_changed.connect(lambda: self.refresh(first_page=True))
        self.queue.chosen.connect(self.open_inspection)
        self.queue.more_wanted.connect(self.more)
        self.viewer.opened.connect(self.decide.show_view)
        self.viewer.failed.connect(lambda text: self.decide.show_message(text, "bad"))
        self.viewer.linked_requested.connect(self.open_inspection)
        self.decide.approve_requested.connect(self.approve)
        self.decide.regrade_requested.connect(self.regrade)
        self.decide.packet_requested.connect(self.make_packet)
        self.decide.leave.connect(self.queue.table.setFocus)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=lambda: self.decide.approve_button.click()
                  if self.decide.approve_button.isEnabled() else None)

    # ---- mode ----
    def begin(self, user: UserSummary) -> None:
        self.user = user
        self.refresh()
        self.queue.table.setFocus()  # ↑/↓ walk the queue from the first key

    def end(self) -> None:
        self.user = None
        self.viewer.clear()
        self.decide.show_view(None)

    def handle_scan(self, text: str, source: str = "scanner") -> None:
        """Scanning a parcel's label (or typing its RMA) opens its inspection, queued or not."""
        if self.user is None:
            return
        self.runner.run(find_by_label, self.ctx, text, key="review-scan",
                        on_result=lambda found: self._scanned(found, text))

    def _scanned(self, inspection_id: uuid.UUID | None, text: str) -> None:
        if inspection_id is None:
            self.decide.show_message(self.tr("No inspection here for {label}. Sync, or check the label.").format(
                label=text.strip()), "bad")
            return
        self.open_inspection(inspection_id)

    def hints(self) -> str:
        grades = self.ctx.rules.grades
        return self.tr("↑/↓: queue (↓ at the end: more) · {first}–{last}: new grade · 1–{n}: disposition · R: "
                       "reason, Enter: regrade or approve · Ctrl+Enter: approve · P: evidence packet · PgUp/PgDn: "
                       "photo · + − 0 1 on the photo: zoom").format(
            first=grades[0], last=grades[-1], n=min(9, len(self.ctx.rules.dispositions)))

    # ---- queue ----
    def refresh(self, first_page: bool = False) -> None:
        keep = self.queue.current_id
        # Other filters start at the first page; otherwise as many rows as the lead has paged to, so a decision
        # does not take the list back to its first page.
        rows = self.queue.page_size if first_page else max(self.queue.page_size, self.queue.shown)
        self.runner.run(review_queue, self.ctx, self.queue.filters(), limit=rows, key="review-queue",
                        on_result=lambda queue: self._show_queue(queue, keep),
                        on_error=lambda exc: self.decide.show_message(error_text(exc), "bad"))

    def more(self, offset: int) -> None:
        self.runner.run(review_queue, self.ctx, self.queue.filters(), limit=self.queue.page_size, offset=offset,
                        key="review-queue", on_result=self.queue.add_page,
                        on_error=lambda exc: self.decide.show_message(error_text(exc), "bad"))

    def _show_queue(self, queue, keep: uuid.UUID | None) -> None:
        self.queue.show_queue(queue, keep)
        if self.viewer.view is None and keep is None:
            self.queue.select_first()

    def open_inspection(self, inspection_id: uuid.UUID) -> None:
        self.viewer.open(self.ctx, inspection_id, self.user.id if self.user else None)

    # ---- decisions (the services check the role again; the panel only explains) ----
    def _current(self) -> uuid.UUID | None:
        return self.viewer.view.inspection_id if self.viewer.view is not None else None

    def approve(self, note: str) -> None:
        inspection_id = self._current()
        if inspection_id is None or self.user is None:
            return
        self.decide.set_busy(True)
        self.runner.run(approve, self.ctx, self.user.id, inspection_id, note or None, key="review-decide",
                        on_result=self._decided, on_error=self._refused)

    def regrade(self, grade: str | None, disposition: str | None, reason: str) -> None:
        inspection_id = self._current()
        if inspection_id is None or self.user is None:
            return
        self.decide.set_busy(True)
        self.runner.run(regrade, self.ctx, self.user.id, inspection_id, grade=grade, disposition=disposition,
                        reason=reason, key="review-decide", on_result=self._decided, on_error=self._refused)

    def _decided(self, done: ReviewDone) -> None:
        self.decide.set_busy(False)
        if done.action == "approve":
            text = self.tr("Approved: grade {grade} · {disposition}.")
        else:
            text = self.tr("Regraded to {grade} · {disposition}.")
        self.decide.show_message(text.format(grade=done.grade, disposition=disposition_name(done.disposition)),
                                 "good")
        self.viewer.open(self.ctx, done.inspection_id, self.user.id if self.user else None)
        self.refresh()
        self.queue.table.setFocus()  # on to the next inspection with ↓
        self.decided.emit(done)

    def _refused(self, exc: BaseException) -> None:
        self.decide.set_busy(False)
        self.decide.show_message(error_text(exc), "bad")

    # ---- evidence packet ----
    def _ask_packet_path(self, suggested: Path) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the evidence packet"), str(suggested),
                                                      self.tr("PDF (*.pdf)"))
        return Path(chosen) if chosen else None

    def make_packet(self) -> None:
        view = self.viewer.view
        if view is None:
            return
        name = f"evidence-{view.rma_number or 'no-rma'}-{str(view.inspection_id)[:8]}.pdf"
        suggested = self.ctx.data_dir / "packets" / name
        path = self.choose_packet_path(suggested)
        if path is None:
            return
        self.decide.show_message(self.tr("Writing the evidence packet…"))
        # In the lead's language, like everything else on the screen.
        self.runner.run(evidence_packet, self.ctx, view.inspection_id, path, self.user.id if self.user else None,
                        translate_station, key="review-packet", on_result=self._packet_done,
                        on_error=self._refused)

    def _packet_done(self, path: Path) -> None:
        self.decide.show_message(self.tr("Evidence packet saved: {path}").format(path=str(path)), "good")
        self.packet_written.emit(path)
