"""The evidence viewer: every photo full size with zoom and pan beside the catalog image, and the record."""

from __future__ import annotations

import uuid
from collections import OrderedDict

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from station.policy.return_reasons import return_reason
from station.services.review import EvidenceView
from station.services.shop_notices import ShopNoticeView, shop_notice
from station.text import Text
from ui.i18n import error_text, render, translate_station
from ui.outcome_display import disposition_name
from ui.review.images import OpenedInspection, open_inspection, read_image
from ui.review.zoom_view import ZoomView
from ui.tasks import TaskRunner
from ui.widgets import FitButton, scrolling, titled

REVIEW_CACHE = 6  # review-size copies kept (about 8 MB each)
ORIGINAL_CACHE = 2  # 12-megapixel originals kept (about 48 MB each)


def _when(moment) -> str:
    return f"{moment.astimezone():%Y-%m-%d %H:%M:%S}"


def _table(headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.setMinimumHeight(48)  # a row at the least; the table scrolls rather than take the photo's height
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeRowsToContents()


class _Cache(OrderedDict[str, QImage]):
    def __init__(self, size: int) -> None:
        super().__init__()
        self.size = size

    def put(self, key: str, image: QImage) -> None:
        self[key] = image
        self.move_to_end(key)
        while len(self) > self.size:
            self.popitem(last=False)


class EvidenceViewer(QWidget):
    photo_shown = Signal(int, str)  # photo index, "thumbnail" | "review" | "original"
    opened = Signal(object)  # EvidenceView
    failed = Signal(str)
    linked_requested = Signal(object)  # the id of another inspection holding the same picture

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.ctx = None
        self.view: EvidenceView | None = None
        self.index = -1
        self._thumbs: list[QImage] = []
        self._reviews = _Cache(REVIEW_CACHE)
        self._originals = _Cache(ORIGINAL_CACHE)

        self.title = titled("", "title")
        self.title.setObjectName("evidenceTitle")
        self.flags = titled("", "flag")
        self.flags.setObjectName("evidenceFlags")
        # Whether the shop was told, as the central relay said at the last sync: one line under the flags.
        self.shop_notice = titled("", "hint")
        self.shop_notice.setObjectName("shopNotice")
        self.photo = ZoomView(self)
        self.photo.setObjectName("evidencePhoto")
        self.catalog = ZoomView(self)
        self.catalog.setObjectName("catalogImage")
        self.catalog.setMinimumHeight(48)  # a glance at the catalog picture; the column's height is the decide panel's
        self.photo_caption = QLabel("", self)
        self.photo_caption.setObjectName("photoCaption")
        self.photo_caption.setProperty("role", "hint")
        # A close-up's prompt makes the caption long: it wraps rather than widening the window past the screen.
        self.photo_caption.setWordWrap(True)
        self.zoom_label = QLabel("", self)
        self.zoom_label.setObjectName("zoomLabel")
        self.zoom_label.setProperty("role", "hint")
        self.zoom_label.setContentsMargins(8, 0, 16, 0)
        self.photo.zoomChanged.connect(lambda z: self.zoom_label.setText(self.tr("Zoom {zoom} %").format(
            zoom=round(z * 100))))
        photo_box = QWidget(self)
        photo_layout = QVBoxLayout(photo_box)
        photo_layout.setContentsMargins(0, 0, 0, 0)
        # The caption has the photo's whole width (the zoom is shown in the side column): a longer language wraps
        # it to fewer lines, which the photo keeps.
        photo_layout.addWidget(self.photo_caption)
        photo_layout.addWidget(self.photo, 1)
        # A reused picture: the other inspection opens here, so the lead compares the two records. Under the
        # photo, where there is width to spare; the catalog column keeps its height for the photo checks.
        self.open_linked = FitButton("", self)
        self.open_linked.setObjectName("openLinkedInspection")
        self.open_linked.clicked.connect(self._open_linked)
        self.open_linked.setVisible(False)
        photo_layout.addWidget(self.open_linked, 0, Qt.AlignmentFlag.AlignRight)
        catalog_box = QWidget(self)
        catalog_layout = QVBoxLayout(catalog_box)
        catalog_layout.setContentsMargins(0, 0, 0, 0)
        catalog_layout.addWidget(self.zoom_label)
        self.catalog_caption = QLabel(self.tr("Catalog image"), self)
        self.catalog_caption.setProperty("role", "hint")
        catalog_layout.addWidget(self.catalog_caption)
        catalog_layout.addWidget(self.catalog, 1)
        # The selected photo's checks: each value beside its limit, with a word and a mark, not colour alone.
        self.photo_checks = titled("", "hint")
        self.photo_checks.setObjectName("photoChecks")
        self.photo_checks.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        checks_area = scrolling(self.photo_checks, self)
        checks_area.setMinimumHeight(24)  # the photo keeps the room; the list scrolls on a small screen
        catalog_layout.addWidget(checks_area, 1)
        # The decide panel's place (the page puts it here): beside the photo, under the catalog image and the checks,
        # so the record below needs only its tabs' height and the photo gets the rest.
        self.side_layout = catalog_layout

        self.images = QSplitter(Qt.Orientation.Horizontal, self)
        self.images.addWidget(photo_box)
        self.images.addWidget(catalog_box)
        self.images.setStretchFactor(0, 3)
        self.images.setStretchFactor(1, 1)
        self.images.setSizes([1000, 1])  # the side column starts as narrow as the decide panel lets it

        self.strip = QListWidget(self)
        self.strip.setObjectName("photoStrip")
        self.strip.setViewMode(QListWidget.ViewMode.IconMode)
        # A column beside the photo, not a row under it: on a 1440×900 dock screen the height is what the photo lacks.
        self.strip.setFlow(QListWidget.Flow.TopToBottom)
        self.strip.setWrapping(False)
        self.strip.setIconSize(QSize(88, 66))
        self.strip.setFixedWidth(118)
        self.strip.setMovement(QListWidget.Movement.Static)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.currentRowChanged.connect(self.select_photo)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("evidenceTabs")
        # Five tabs in a longer language: each shortened with "…" (its full name in the tooltip), never cut off.
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.answers = _table([self.tr("No."), self.tr("Question"), self.tr("Answer")], "answersTable")
        self.answers.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        # A long answer shares the width with its question instead of squeezing it to one word a line.
        self.answers.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.answers.horizontalHeader().setStretchLastSection(False)
        self.reasons = titled("", "reasons")
        self.reasons.setObjectName("evidenceReasons")
        self.reasons.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.history = _table([self.tr("When"), self.tr("Who"), self.tr("What")], "historyTable")
        self.label = titled("", "reasons")
        self.label.setObjectName("evidenceLabel")
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.audit = _table([self.tr("Station #"), self.tr("Who"), self.tr("What"), self.tr("When"),
                             self.tr("Hash")], "auditTable")
        self.tabs.addTab(self.answers, self.tr("Answers"))
        # The long texts scroll inside their tab instead of holding the record's (and so the photo's) height.
        self.tabs.addTab(scrolling(self.reasons, self), self.tr("Reasons"))
        self.tabs.addTab(self.history, self.tr("Who did what"))
        self.tabs.addTab(scrolling(self.label, self), self.tr("Label and item"))
        self.tabs.addTab(self.audit, self.tr("Audit"))
        for index in range(self.tabs.count()):
            self.tabs.setTabToolTip(index, self.tabs.tabText(index))
            self.tabs.widget(index).setMinimumHeight(48)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.flags)
        layout.addWidget(self.shop_notice)
        self.details = QWidget(self)
        self.details_layout = QHBoxLayout(self.details)
        self.details_layout.setContentsMargins(0, 0, 0, 0)
        self.details_layout.addWidget(self.tabs, 1)
        # The photo over the record, split so the lead may give either the room; the photo starts with most.
        top = QWidget(self)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.strip)
        top_layout.addWidget(self.images, 1)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName("evidenceSplit")
        self.split.addWidget(top)
        self.split.addWidget(self.details)
        self.split.setChildrenCollapsible(False)
        self.split.setStretchFactor(0, 4)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([400, 100])  # the photo starts with four fifths; the lead may drag the record taller
        layout.addWidget(self.split, 1)
        self.clear()

    # ---- opening ----
    def open(self, ctx, inspection_id: uuid.UUID, viewer_id: uuid.UUID | None) -> None:
        """Reads the record, thumbnails and the first review copy in a worker; originals follow in another."""
        self.ctx = ctx
        self.runner.run(open_inspection, ctx, inspection_id, viewer_id, key="review-open",
                        on_result=self._opened, on_error=lambda exc: self.failed.emit(error_text(exc)))

    def _open_linked(self) -> None:
        view = self.view
        if view is None or not (0 <= self.index < len(view.photos)):
            return
        linked = view.photo_links.get(view.photos[self.index].id)
        if linked:
            self.linked_requested.emit(linked[0])

    def clear(self) -> None:
        self.open_linked.setVisible(False)
        self.view = None
        self.index = -1
        self.title.setText(self.tr("No inspection open"))
        self.flags.clear()
        self.shop_notice.setVisible(False)
        self.photo.clear_photo()
        self.catalog.clear_photo()
        self.strip.clear()
        self.photo_caption.clear()
        self.photo_checks.clear()
        self.zoom_label.clear()
        for table in (self.answers, self.history, self.audit):
            table.setRowCount(0)
        self.reasons.clear()
        self.label.clear()

    def _opened(self, opened: OpenedInspection) -> None:
        view = opened.view
        # Reopened after a decision: stay on the photo the lead was looking at.
        again = self.view is not None and self.view.inspection_id == view.inspection_id
        keep = self.index if again and 0 <= self.index < len(view.photos) else 0
        self.view = view
        self._thumbs = opened.thumbnails
        if not again:
            self._reviews.clear()
            self._originals.clear()
        if view.photos and not opened.first.isNull():
            self._reviews.put(view.photos[0].sha256, opened.first)
        product = view.product.name if view.product else (view.sku or "—")
        self.title.setText(self.tr("{product} · {rma} · {inspector} at {station} · {when}").format(
            product=product, rma=view.rma_number or self.tr("no RMA"), inspector=view.inspector,
            station=view.station_id, when=_when(view.completed_at)))
        self.flags.setText("  ".join("⚑ " + render(r.text) for r in view.review_reasons))
        self._fill_details(view)
        self.shop_notice.setVisible(False)
        self.runner.run(shop_notice, self.ctx, view.inspection_id, key="review-shop-notice",
                        on_result=lambda notice, shown=view.inspection_id: self._show_notice(shown, notice))
        self.catalog.clear_photo()
        if not opened.catalog.isNull():
            self.catalog.show_photo(opened.catalog.width(), opened.catalog.height(), opened.catalog)
        self.strip.blockSignals(True)
        self.strip.clear()
        for number, (photo, thumb) in enumerate(zip(view.photos, self._thumbs, strict=True), start=1):
            item = QListWidgetItem(QIcon(QPixmap.fromImage(thumb)) if not thumb.isNull() else QIcon(), str(number))
            item.setToolTip(f"{_when(photo.taken_at)} · {photo.sha256[:12]}")
            self.strip.addItem(item)
        self.strip.blockSignals(False)
        self.index = -1
        if view.photos:
            self.strip.setCurrentRow(keep)
            self.select_photo(keep)  # when the row did not change, no signal came
        else:
            self.photo.clear_photo()
            self.photo_caption.setText(self.tr("This inspection has no photos."))
            # The checks and the reused-photo button of the inspection shown before belong to its photos.
            self.photo_checks.clear()
            self.open_linked.setVisible(False)
            self.zoom_label.clear()
        self.opened.emit(view)

    def _fill_details(self, view: EvidenceView) -> None:
        # Question texts come from the checklist's YAML, translated in context "station" like the checklist itself.
        _fill(self.answers, [[str(a.number), translate_station(a.question), render(a.answer)] for a in view.answers])
        reasons = [self.tr("Why it is here:")] + ["⚑ " + render(r.text) for r in view.review_reasons]
        reasons += ["", self.tr("Why the rules graded it {grade} · {disposition}:").format(
            grade=view.proposed_grade, disposition=disposition_name(view.proposed_disposition))]
        reasons += ["• " + render(r) for r in view.grade_reasons]
        if view.override_reason:
            reasons += ["", self.tr("Inspector set {grade} · {disposition}: {reason}").format(
                grade=view.inspected_grade, disposition=disposition_name(view.inspected_disposition),
                reason=view.override_reason)]
        self.reasons.setText("\n".join(reasons))
        _fill(self.history, [[_when(h.at), h.who, render(h.what)] for h in view.history])
        self.label.setText("\n".join([
            self.tr("Label as scanned: {text} ({kind})").format(text=view.label_text, kind=view.label_kind),
            self.tr("RMA {rma}, line {line} · order {order}").format(rma=view.rma_number or "—",
                                                                     line=view.rma_line_no or "—",
                                                                     order=view.order_number or "—"),
            self.tr("Customer: {customer} · reason: {reason} · bought {date}").format(
                customer=view.customer or "—", reason=render(return_reason(view.return_reason) or Text("—")),
                date=view.purchase_date.isoformat() if view.purchase_date else "—"),
            self.tr("SKU {sku} · serial {serial} (expected {expected})").format(
                sku=view.sku or "—", serial=view.serial or "—", expected=view.expected_serial or "—"),
            self.tr("Checklist {category} v{version} · rules {rules}").format(
                category=view.category, version=view.template_version, rules=view.rules_version),
        ]))
        _fill(self.audit, [[f"{e.station_id} #{e.seq}", e.actor, f"{e.table_name} {e.row_id[:13]}…",
                            _when(e.recorded_at), e.hash[:12]] for e in view.audit])

    def _show_notice(self, inspection_id: uuid.UUID, notice: ShopNoticeView | None) -> None:
        if notice is None or self.view is None or self.view.inspection_id != inspection_id:
            return  # no destination has heard of it (or another inspection is open by now)
        where = ", ".join(notice.destinations)
        if notice.state == "delivered":
            words = self.tr("✓ Shop told: {where}").format(where=where)
        elif notice.state == "refused":
            words = self.tr("✗ Shop refused: {reason}").format(reason=notice.reason or where)
        else:
            words = self.tr("… Shop not told yet, waiting: {where}").format(where=where)
        self.shop_notice.setProperty("role", "flag" if notice.state == "refused" else "hint")
        self.shop_notice.style().unpolish(self.shop_notice)
        self.shop_notice.style().polish(self.shop_notice)
        self.shop_notice.setText(words)
        self.shop_notice.setToolTip(self.tr("As of {when}").format(when=_when(notice.updated_at)))
        self.shop_notice.setVisible(True)

    # ---- photos ----
    def select_photo(self, index: int) -> None:
        view = self.view
        if view is None or not (0 <= index < len(view.photos)) or index == self.index:
            return
        self.index = index
        photo = view.photos[index]
        self.photo_caption.setText(self.tr("Photo {n} of {total} · {when} · SHA-256 {sha}…{prompt}").format(
            n=index + 1, total=len(view.photos), when=_when(photo.taken_at), sha=photo.sha256[:16],
            prompt=f" · {photo.prompt}" if photo.prompt else ""))
        checks = view.photo_checks.get(photo.id)
        self.photo_checks.setText("\n".join([self.tr("Photo checks")] + ["• " + render(line) for line in checks])
                                  if checks else self.tr("No checks were stored with this photo."))
        linked = view.photo_links.get(photo.id) or []
        self.open_linked.setVisible(bool(linked))
        if linked:
            self.open_linked.setText(self.tr("Open inspection {id}, same picture").format(id=str(linked[0])[:8]))
        if self.strip.currentRow() != index:
            self.strip.setCurrentRow(index)
        review = self._reviews.get(photo.sha256)
        self.photo.show_photo(photo.width, photo.height, review if review is not None else self._thumbs[index])
        if review is None:
            self.photo_shown.emit(index, "thumbnail")
            self.runner.run(read_image, photo.review, key="review-photo",
                            on_result=lambda image, i=index: self._level_loaded(i, "review", image))
        else:
            self.photo_shown.emit(index, "review")
            self._load_original(index)

    def _load_original(self, index: int) -> None:
        photo = self.view.photos[index] if self.view is not None else None
        if photo is None:
            return
        original = self._originals.get(photo.sha256)
        if original is not None:
            self.photo.add_level(original)
            self.photo_shown.emit(index, "original")
            return
        self.runner.run(read_image, photo.original, key="review-original",
                        on_result=lambda image, i=index: self._level_loaded(i, "original", image))

    def _level_loaded(self, index: int, level: str, image: QImage) -> None:
        if self.view is None or index != self.index or image.isNull():
            return
        sha = self.view.photos[index].sha256
        (self._reviews if level == "review" else self._originals).put(sha, image)
        self.photo.add_level(image)
        self.photo_shown.emit(index, level)
        if level == "review":
            self._load_original(index)

    def step_photo(self, delta: int) -> None:
        if self.view is not None and self.view.photos:
            self.select_photo(max(0, min(len(self.view.photos) - 1, self.index + delta)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageDown:
            self.step_photo(1)
        elif event.key() == Qt.Key.Key_PageUp:
            self.step_photo(-1)
        else:
            super().keyPressEvent(event)
