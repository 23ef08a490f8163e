"""The Containers mode's page: open containers at this station with their fill, the contents of any container by
scanning it, close (label and manifest), move to a location, and the move tasks a regrade left.

Scans drive it: a container's barcode shows that container; then a location's barcode moves it there. An item's
own label picks the item; then the container's barcode puts it in (a move task, or an item still waiting). Every
service call runs through the task runner, never on the UI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from station.context import StationContext
from station.people import UserSummary
from station.services import putaway
from station.text import Text
from ui.containers.printing import ContainerLabelPrinting
from ui.i18n import error_text, render
from ui.modes import ModePage
from ui.outcome_display import disposition_name
from ui.tasks import PageCalls, TaskRunner
from ui.widgets import BigButton, titled


@dataclass(frozen=True)
class Overview:
    containers: list[putaway.ContainerSummary]
    tasks: list[putaway.MoveTaskView]
    waiting: int
    lost_closes: list  # Text: containers another station had closed before this one did


def overview(ctx: StationContext) -> Overview:
    """What the page lists, read in one go off the UI thread."""
    return Overview(putaway.list_containers(ctx, open_only=True, here_only=True), putaway.open_move_tasks(ctx),
                    len(putaway.waiting_items(ctx)), putaway.lost_closes(ctx))


def close_and_print(ctx: StationContext, code: str, user_id: uuid.UUID | None, folder: Path
                    ) -> tuple[putaway.Closed, list[Path]]:
    """Closes the container and writes its label (PDF and ZPL) and manifest (PDF and CSV) for the printer."""
    done = putaway.close_container(ctx, code, user_id)
    folder.mkdir(parents=True, exist_ok=True)
    code = done.view.code
    files = [putaway.container_label(ctx, code, folder / f"{code}-label.pdf"),
             putaway.container_label(ctx, code, folder / f"{code}-label.zpl", zpl=True),
             putaway.container_manifest(ctx, code, folder / f"{code}-manifest.pdf"),
             putaway.container_manifest(ctx, code, folder / f"{code}-manifest.csv")]
    return done, files


def _kind(kind: str) -> str:
    return render(putaway.kind_word(kind))


def _cell(text: str) -> QTableWidgetItem:
    return QTableWidgetItem(text)


def _table(columns: list[str], name: str, parent: QWidget) -> QTableWidget:
    table = QTableWidget(0, len(columns), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(columns)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keys
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(40)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class ContainersPage(ModePage):
    changed = Signal()  # the lists were read again (tests wait on it)
    scan_result = Signal(bool, str)

    def __init__(self, ctx: StationContext, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.runner = ctx, runner
        self.user: UserSummary | None = None
        self.shown: putaway.ContainerView | None = None
        self.pending_item: uuid.UUID | None = None
        self.data: Overview | None = None
        # One call at a time: a scan that arrives while one is answered waits for it, so an item's label and
        # then a container's barcode are read in that order however fast they come.
        self.calls = PageCalls(runner, self._failed, self)
        self.last_files: list[Path] = []
        # A closed container's label goes to the label printer, the way grading slips do.
        self.printing = ContainerLabelPrinting(ctx, runner, self)
        self.printing.printed.connect(self._label_printed)
        self.printing.failed.connect(lambda text: self._say(text, "bad"))
        self.last_printed: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.title = titled(self.tr("Containers"), "title")
        top.addWidget(self.title, 1)
        self.summary = QLabel("", self)
        self.summary.setObjectName("containersSummary")
        self.summary.setProperty("role", "subtitle")
        top.addWidget(self.summary)
        layout.addLayout(top)
        self.entry = QLineEdit(self)
        self.entry.setObjectName("containersScanEntry")
        self.entry.setPlaceholderText(self.tr("Scan a container, an item's label or a location, or type it"))
        self.entry.returnPressed.connect(self._submit)
        layout.addWidget(self.entry)
        # Where the item in hand goes, in the big type read from arm's length.
        self.headline = titled("", "title")
        self.headline.setObjectName("containersHeadline")
        self.headline.setWordWrap(True)
        self.headline.setVisible(False)
        layout.addWidget(self.headline)
        self.message = titled("", "message")
        self.message.setObjectName("containersMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(titled(self.tr("Open containers at this station"), "subtitle"))
        self.open_table = _table([self.tr("Container"), self.tr("Kind"), self.tr("Items"), self.tr("Fill"),
                                  self.tr("Zone")], "containersOpen", self)
        self.open_table.cellDoubleClicked.connect(lambda row, _c: self._show_row(row))
        left.addWidget(self.open_table, 1)
        middle.addLayout(left, 1)
        right = QVBoxLayout()
        self.shown_title = titled(self.tr("Scan a container to see what is in it"), "subtitle")
        self.shown_title.setObjectName("containersShownTitle")
        self.shown_title.setWordWrap(True)
        right.addWidget(self.shown_title)
        self.contents = _table([self.tr("SKU"), self.tr("Item"), self.tr("Grade"), self.tr("Disposition"),
                                self.tr("Serial")], "containersContents", self)
        self.contents.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.contents.horizontalHeader().setStretchLastSection(False)
        right.addWidget(self.contents, 1)
        middle.addLayout(right, 1)
        layout.addLayout(middle, 3)

        layout.addWidget(titled(self.tr("Move tasks: scan the item, then the new container"), "subtitle"))
        self.tasks_table = _table([self.tr("Item"), self.tr("In"), self.tr("Goes to")], "containersMoveTasks", self)
        layout.addWidget(self.tasks_table, 1)

        buttons = QHBoxLayout()
        self.close_button = BigButton(self.tr("Close, label and manifest (F10)"), "primary")
        self.close_button.setObjectName("containersClose")
        self.close_button.clicked.connect(self.close_shown)
        buttons.addWidget(self.close_button, 2)
        self.refresh_button = BigButton(self.tr("Refresh (F11)"))
        self.refresh_button.setObjectName("containersRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        buttons.addWidget(self.refresh_button, 1)
        for button in (self.close_button, self.refresh_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(Qt.Key.Key_F10), self, activated=self.close_shown,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.refresh,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.forget_item,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_container(None)

    # ---- the mode ----
    def begin(self, user: UserSummary) -> None:
        self.user = user
        self.refresh()
        self.entry.setFocus()

    def end(self) -> None:
        self.calls.forget()
        self.user = None
        self.pending_item = None

    def hints(self) -> str:
        return self.tr("Scan a container: its contents · then a location: move it there · Scan an item's label, "
                       "then a container: put it in · F10: close and print · Esc: forget the item")

    def handle_scan(self, text: str, source: str = "scanner") -> None:
        if self.user is None or not text.strip():
            return
        self._run(putaway.read_scan, self.ctx, text, on_result=self._scanned)

    # ---- background calls ----
    @property
    def running(self) -> int:
        """1 while a service call is in flight (tests wait for 0)."""
        return int(self.calls.pending)

    def _run(self, fn, *args, on_result) -> None:
        self.calls.after(lambda: self.calls.call(fn, *args, on_result=on_result))

    def _failed(self, exc: BaseException) -> None:
        self._say(error_text(exc), "bad")

    def refresh(self) -> None:
        if self.user is not None:
            self._run(overview, self.ctx, on_result=self._show_overview)

    # ---- what a scan means ----
    def _scanned(self, meaning: putaway.ScanMeaning) -> None:
        user_id = self.user.id if self.user else None
        if meaning.kind == "item" and meaning.inspection_id is not None:
            self.pending_item = meaning.inspection_id
            self._run(putaway.put_away_for, self.ctx, meaning.inspection_id, on_result=self._item_plan)
        elif meaning.kind == "container" and self.pending_item is not None:
            self._run(putaway.confirm_placement, self.ctx, self.pending_item, meaning.code, user_id,
                      on_result=self._placed)
        elif meaning.kind == "container":
            self._run(putaway.container_view, self.ctx, meaning.code, on_result=self._show_container)
        elif meaning.kind == "location" and self.shown is not None:
            self._run(putaway.move_container, self.ctx, self.shown.code, meaning.code, user_id,
                      on_result=self._moved)
        elif meaning.kind == "location":
            self._say(self.tr("That is a location. Scan the container first, then the location it goes to."), "bad")
        else:
            self._say(self.tr("{code} is not a container, an item's label or a location here. Check the barcode."
                              ).format(code=meaning.code), "bad")

    def _item_plan(self, plan: putaway.PutAway) -> None:
        if plan.placed_in is not None:
            self.pending_item = None
            self._show_headline("")
            self._say(render(plan.headline), "good")
            return
        self._show_headline(render(plan.headline))
        self._say(self.tr("Scan that container to put the item in."), "")

    def _show_headline(self, text: str) -> None:
        self.headline.setText(text)
        self.headline.setVisible(bool(text))

    def _placed(self, done: putaway.Placed) -> None:
        if done.placed:
            self.pending_item = None
            self._show_headline("")
        self._say(render(done.message), "good" if done.placed else "bad")
        self.refresh()
        if done.placed and done.container_code:
            self._run(putaway.container_view, self.ctx, done.container_code, on_result=self._show_container)

    def _moved(self, view: putaway.ContainerView) -> None:
        self._say(self.tr("{code} is now at {location}.").format(code=view.code, location=view.location or "—"),
                  "good")
        self._show_container(view)

    def forget_item(self) -> None:
        if self.pending_item is not None:
            self.pending_item = None
            self._show_headline("")
            self._say(self.tr("Item forgotten: scan the next one."), "")

    # ---- close ----
    def close_shown(self) -> None:
        if self.shown is None or self.user is None:
            self._say(self.tr("Scan the container to close first."), "bad")
            return
        folder = self.ctx.data_dir / "containers"
        self._run(close_and_print, self.ctx, self.shown.code, self.user.id, folder, on_result=self._closed)

    def _closed(self, result: tuple[putaway.Closed, list[Path]]) -> None:
        done, files = result
        self.last_files = files
        where = files[0].parent if files else ""
        text = render(done.message) + " " + self.tr("Label and manifest saved in {folder}.").format(folder=where)
        self._say(text, "good" if done.closed else "bad")
        self._show_container(done.view)
        self.refresh()
        label = next((f for f in files if f.name.endswith("-label.pdf")), None)
        if done.closed and label is not None:
            self.printing.print_label(self.window(), label)

    def _label_printed(self, target: str) -> None:
        self.last_printed = target
        self.message.setText(self.message.text() + " " + self.tr("The label went to the printer."))

    # ---- drawing ----
    def _say(self, text: str, state: str) -> None:
        self.message.setText(text)
        self.message.setProperty("state", state)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        if state == "bad":
            self.scan_result.emit(False, text)
            self.problem.emit(text)
        elif state == "good":
            self.scan_result.emit(True, text)

    def _show_overview(self, data: Overview) -> None:
        self.data = data
        self.open_table.setRowCount(len(data.containers))
        for row, c in enumerate(data.containers):
            for column, text in enumerate((c.code, _kind(c.kind), f"{len(c.items)}/{c.capacity_items}")):
                self.open_table.setItem(row, column, _cell(text))
            bar = QProgressBar(self.open_table)
            bar.setRange(0, 100)
            bar.setValue(round(c.fill * 100))
            bar.setFormat("%p%")
            self.open_table.setCellWidget(row, 3, bar)
            self.open_table.setItem(row, 4, _cell(render(Text(c.zone_title))))
        self.tasks_table.setRowCount(len(data.tasks))
        for row, task in enumerate(data.tasks):
            for column, text in enumerate((f"{task.sku} · {task.reference[-12:].upper()}", task.from_code,
                                           render(task.headline))):
                self.tasks_table.setItem(row, column, _cell(text))
        # One plural form per count: "1 move task", "2 move tasks" (and Russian's three forms) each pick their own.
        self.summary.setText(" · ".join((
            self.tr("%n open here", "", len(data.containers)), self.tr("%n move task(s)", "", len(data.tasks)),
            self.tr("%n item(s) waiting to be placed", "", data.waiting))))
        if data.lost_closes and not self.message.text():
            self._say(" ".join(render(text) for text in data.lost_closes), "bad")
        self.changed.emit()

    def _show_row(self, row: int) -> None:
        if self.data is not None and row < len(self.data.containers):
            self._run(putaway.container_view, self.ctx, self.data.containers[row].code,
                      on_result=self._show_container)

    def _show_container(self, view: putaway.ContainerView | None) -> None:
        self.shown = view
        self.close_button.setEnabled(view is not None and view.status == "open")
        if view is None:
            self.contents.setRowCount(0)
            return
        status = self.tr("open") if view.status == "open" else self.tr("closed")
        self.shown_title.setText(self.tr("{kind} {code} · {zone} · {status} · {n}/{capacity} · {location}").format(
            kind=_kind(view.kind), code=view.code, zone=render(Text(view.zone_title)), status=status, n=len(view.items),
            capacity=view.capacity_items, location=view.location or self.tr("no location")))
        self.contents.setRowCount(len(view.items))
        for row, item in enumerate(view.items):
            for column, text in enumerate((item.sku, item.name, item.grade, disposition_name(item.disposition),
                                           item.serial or "—")):
                self.contents.setItem(row, column, _cell(text))
        if view.notice is not None:
            self._say(render(view.notice), "bad")
        self.changed.emit()

    def _submit(self) -> None:
        text = self.entry.text().strip()
        self.entry.clear()
        if text:
            self.handle_scan(text, "typed")
