"""The station's main window: a header (who, shift counter, sync), the mode pages, scanner and camera wiring.

It opens in two steps so a person can start at once: the window with the sign-in names first, then, when the
station's database is open (in a worker), the Inspect page and camera. Heavy modules load in step two. The scanner
listens from the first paint (`usable`): a badge scanned while the database opens is checked once it is open.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from station.people import UserSummary, read_signin_list
from station.text import Text
from ui.feedback import ScanFlash
from ui.i18n import error_text, render
from ui.kiosk_focus import KioskFocus
from ui.pages.signin import SignInPage
from ui.tasks import TaskRunner
from ui.translations import current_language, language_choices, resolve_language, set_language
from ui.widgets import BigButton, StepStack

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QImage, QPaintEvent, QShowEvent

    from station.context import StationContext
    from station.services.inspect import InspectionCompleted, ShiftStats
    from station.services.sync import SyncStatus
    from ui.camera_worker import CameraWorker
    from ui.inspect.page import InspectPage
    from ui.modes import ModePage
    from ui.sync_worker import SyncWorker
    from ui.wedge import WedgeScanFilter

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".webp", ".bmp", ".tif", ".tiff"}


def format_duration(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    minutes, secs = divmod(round(seconds), 60)
    return f"{minutes}:{secs:02d}"


def sync_line(status: SyncStatus) -> tuple[str, str]:
    """The sync state and the header's words for it; the Admin page's station box shows the same line."""
    # Context "MainWindow": these were the window's own texts, and their translations stay theirs.
    waiting = status.waiting
    if status.state == "stand-alone":
        text = QCoreApplication.translate("MainWindow", "Stand-alone · {n} to send").format(n=waiting)
    elif status.state == "synced":
        text = QCoreApplication.translate("MainWindow", "Synced")
    elif status.state == "offline" and status.offline_since is not None:
        text = QCoreApplication.translate("MainWindow", "Offline since {time} · {n} waiting").format(
            time=status.offline_since.astimezone().strftime("%H:%M"), n=waiting)
    elif status.state == "error":
        what = render(status.problem) if status.problem else ""
        text = QCoreApplication.translate("MainWindow", "Sync error: {what}").format(what=what)
    else:
        text = QCoreApplication.translate("MainWindow", "{n} waiting").format(n=waiting + status.photos_waiting)
    return status.state, text


def header_status(ctx: StationContext, user_id: Any) -> tuple[ShiftStats | None, SyncStatus, int]:
    """Runs in the background: the header's counts (the shift's items read up to 2,000 rows, open move tasks)."""
    from station.services.inspect import shift_stats
    from station.services.putaway import move_task_count
    from station.services.sync import sync_status

    return (shift_stats(ctx, user_id) if user_id is not None else None), sync_status(ctx), move_task_count(ctx)


def badge_of(ctx: StationContext, text: str) -> UserSummary | None:
    """Runs in the background: the person whose badge this scan is, or None for any other barcode."""
    from station.services.auth import SignInRefused, find_badge

    try:
        return find_badge(ctx, text)
    except SignInRefused:
        return None


class MainWindow(QMainWindow):
    # The sign-in screen is painted and the scanner listens: the moment the station may open its database
    # without competing with the first paint (emitted once).
    usable = Signal()

    def __init__(self, ctx: StationContext | None = None, *, data_dir: Path | None = None, camera: bool = True,
                 install_wedge: bool = True, wedge_timing: tuple[int, int] = (40, 4)) -> None:
        super().__init__()
        self.ctx: StationContext | None = None
        self.user: UserSummary | None = None
        self.runner = TaskRunner(self)
        # The header's counts get a thread of their own: on a big station a count can take seconds, and in the
        # pages' pool two of them would fill both threads while a scan waits behind them.
        self.header_runner = TaskRunner(self, max_threads=1)
        self.sync_worker: SyncWorker | None = None
        self.camera: CameraWorker | None = None
        self.inspect: InspectPage | None = None
        self.wedge: WedgeScanFilter | None = None
        self._want_camera = camera
        self._want_wedge = install_wedge
        self._wedge_timing = wedge_timing  # (longest gap ms, fewest characters) until the settings are read
        self._usable = False
        self._header_focus_set = False
        self._data_dir = data_dir
        self._built_language = current_language()
        self._photo_prompt: tuple[Any, int] | None = None
        self._scans: list[str] = []  # scanner reads waiting for their badge check, oldest first
        self.setWindowTitle(self.tr("Returns inspection"))
        self.setAcceptDrops(True)
        self.kiosk = KioskFocus(self)  # a kiosk has no window manager to give the keys back after a dialog

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(12, 8, 12, 8)
        outer.addLayout(self._build_header())
        self.flash = ScanFlash(central)
        outer.addWidget(self.flash)
        self.mode_bar = QHBoxLayout()
        self.mode_bar.setSpacing(8)
        self._mode_buttons: dict[str, BigButton] = {}
        self._mode_pages: dict[str, ModePage] = {}
        self.mode_key: str | None = None
        outer.addLayout(self.mode_bar)
        self.pages = StepStack(central)
        self.signin = SignInPage(self.runner)
        self.pages.addWidget(self.signin)
        self.signin.signed_in.connect(self.on_signed_in)
        outer.addWidget(self.pages, 1)
        self.hints = QLabel(central)
        self.hints.setProperty("role", "hint")
        self.hints.setObjectName("shortcutHints")
        # Longer languages wrap the keys onto a second line instead of widening the window past the screen.
        self.hints.setWordWrap(True)
        outer.addWidget(self.hints)
        self.setCentralWidget(central)
        self._status_timer = QTimer(self)
        self._status_timer.setInterval(5000)
        self._status_timer.timeout.connect(self.refresh_status)
        self._update_hints()
        if ctx is not None:
            self.attach(ctx)
        elif data_dir is not None:
            self.signin.set_users(read_signin_list(data_dir))

    @property
    def attached(self) -> bool:
        return self.ctx is not None

    def attach(self, ctx: StationContext) -> None:
        """Step two: the station is open; build what needs it and start the camera and scanner."""

        self.ctx = ctx
        self._set_header_focus()
        self.setWindowTitle(self.tr("Returns inspection — {station}").format(station=ctx.settings.station_name))
        self.station_label.setText(f"{ctx.settings.station_name} · {ctx.station_id}")
        settings = ctx.settings
        self.flash.tones.configure(sounds=settings.sounds, volume=settings.volume,
                                   quiet_from=settings.night_mute_from, quiet_until=settings.night_mute_until)
        self._add_inspect_page()
        QShortcut(QKeySequence("F8"), self, activated=lambda: self.inspect and self.inspect.park())
        self._wedge_timing = (ctx.settings.wedge_max_gap_ms, ctx.settings.wedge_min_chars)
        self._listen_to_scanner()
        if self.user is None:
            self.apply_language(self.station_language)  # may build the sign-in page again, attached to ctx
        if self.signin.ctx is None:
            self.signin.attach(ctx)
        self._status_timer.start()
        from ui.sync_worker import SyncWorker

        # Sync runs in its own worker, on a timer and soon after each completed inspection.
        self.sync_worker = SyncWorker(ctx, self)
        self.sync_worker.synced.connect(lambda _report: self.refresh_status())
        self.sync_worker.start()
        self.refresh_status()
        if self._want_camera:
            self.start_camera()

    def _listen_to_scanner(self) -> None:
        """Installs the keyboard-wedge filter once (at the first paint, or when the station opens if earlier), with
        the timing the settings give."""
        if not self._want_wedge:
            return
        if self.wedge is None:
            from ui.wedge import WedgeScanFilter

            self.wedge = WedgeScanFilter(*self._wedge_timing, parent=self)
            self.wedge.scanned.connect(self.on_scanned)
            self.wedge.install()
        else:
            self.wedge.max_gap_ms, self.wedge.min_chars = self._wedge_timing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # A window the screen never exposes (a locked display) is never painted: the station opens anyway.
        QTimer.singleShot(1000, self, self._became_usable)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._usable:
            QTimer.singleShot(0, self, self._became_usable)  # after this paint has reached the screen

    def _became_usable(self) -> None:
        """The sign-in screen is on screen: from here on the scanner, the dialog watch and the database."""
        if self._usable or self.runner.closed:
            return
        self._usable = True
        self.kiosk.watch_dialogs()
        self._listen_to_scanner()
        self.usable.emit()
        self._set_header_focus()

    def _set_header_focus(self) -> None:
        """Who in the header takes the keys: never the sign-out button (F12 signs out), the language picker only by
        Tab (F9 opens it). Set once the sign-in screen is on screen, before any input is handled, or when the
        station opens, whichever comes first: naming a Qt.FocusPolicy builds the Qt namespace's enums, which the
        first paint would otherwise wait for."""
        if self._header_focus_set:
            return
        from PySide6.QtCore import Qt

        self._header_focus_set = True
        self.sign_out_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language_picker.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _add_inspect_page(self) -> None:
        """The one place the Inspect page is built and wired: at attach, and again for another language."""
        from ui.inspect.page import InspectPage

        assert self.ctx is not None
        page = InspectPage(self.ctx, self.runner)
        self.inspect = page
        self._add_page("inspect", page)
        page.completed.connect(self.on_completed)
        page.scan_result.connect(self.on_scan_result)
        page.already_inspected.connect(self.flash.already_done)
        page.draft_changed.connect(self.on_draft_changed)
        page.badge_scanned.connect(self.switch_user)

    def _add_page(self, key: str, page: ModePage) -> None:
        page.frame_provider = self.latest_frame  # a page that takes photos takes them from this camera
        page.hints_changed.connect(self._update_hints)
        page.problem.connect(self.show_problem)
        self._mode_pages[key] = page
        self.pages.addWidget(page)

    def _build_header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        # Station, shift counter and sync status in one column: longer languages do not push the header
        # past the screen's edge.
        counters = QVBoxLayout()
        counters.setSpacing(0)
        self.station_label = QLabel("")
        self.station_label.setObjectName("stationName")
        self.station_label.setProperty("role", "header")
        counters.addWidget(self.station_label)
        self.shift_label = QLabel("")
        self.shift_label.setObjectName("shiftCounter")
        self.shift_label.setProperty("role", "header")
        self.shift_label.setVisible(False)  # shown while someone is signed in; no empty line in the column
        counters.addWidget(self.shift_label)
        self.sync_label = QLabel("")
        self.sync_label.setObjectName("syncStatus")
        self.sync_label.setProperty("role", "header")
        counters.addWidget(self.sync_label)
        self.moves_label = QLabel("")
        self.moves_label.setObjectName("moveTasks")
        self.moves_label.setProperty("role", "header")
        self.moves_label.setVisible(False)
        counters.addWidget(self.moves_label)
        header.addLayout(counters)
        header.addStretch(1)
        self.user_label = QLabel("")
        self.user_label.setObjectName("userName")
        self.user_label.setProperty("role", "header")
        header.addWidget(self.user_label)
        self.sign_out_button = BigButton(self.tr("Sign out (F12)"))
        self.sign_out_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.sign_out_button.setVisible(False)
        header.addWidget(self.sign_out_button)
        # The language picker: each language named in itself; F9 opens it, so no mouse is needed.
        self.language_picker = QComboBox()
        self.language_picker.setObjectName("languagePicker")
        for code, name in language_choices():
            self.language_picker.addItem(name, code)
        self.language_picker.activated.connect(lambda index: self.choose_language(
            self.language_picker.itemData(index)))
        self._show_language(current_language())
        header.addWidget(self.language_picker)
        QShortcut(QKeySequence("F9"), self, activated=self.open_language_picker)
        # Signing out from the keyboard too; an open inspection stays as a draft.
        QShortcut(QKeySequence("F12"), self, activated=lambda: self.user is not None and self.sign_out())
        return header

    # ---- language ----
    def open_language_picker(self) -> None:
        self.language_picker.setFocus()
        self.language_picker.showPopup()

    def _show_language(self, language: str) -> None:
        index = self.language_picker.findData(language)
        if index >= 0:
            self.language_picker.setCurrentIndex(index)
        self.language_picker.setToolTip(self.tr("Language (F9)"))
        self.language_picker.setAccessibleName(self.tr("Language (F9)"))

    @property
    def station_language(self) -> str:
        """The language of the sign-in screen: the station's setting, else the desktop's."""
        return resolve_language(self.ctx.settings.language if self.ctx is not None else None)

    def choose_language(self, language: str) -> None:
        """A person picked a language: show it now and, when someone is signed in, remember it for them."""
        self.apply_language(language)
        if self.user is None or self.ctx is None or self.user.language == language:
            return
        from station.services.preferences import set_language as remember_language

        user_id = self.user.id

        def remembered(user: UserSummary) -> None:
            if self.user is not None and self.user.id == user_id:
                self.user = user

        self.runner.run(remember_language, self.ctx, user_id, language, key="remember-language",
                        on_result=remembered, on_error=lambda exc: self.show_problem(error_text(exc)))

    def apply_language(self, language: str) -> None:
        """Installs the translators for `language` (and the direction that goes with it), then rebuilds texts."""
        if language == current_language():
            self._show_language(language)
            return
        set_language(language)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        # Qt posts LanguageChange for each translator installed or removed: rebuild once, and only when the
        # language differs from the one the pages were built in (apply_language has rebuilt them already).
        if event.type() == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self._retranslate_if_stale)
        super().changeEvent(event)

    def _retranslate_if_stale(self) -> None:
        # A closed window (its runner shut down) has nothing to show in the new language.
        if current_language() != self._built_language and not self.runner.closed:
            self.retranslate()

    def retranslate(self) -> None:
        """Shows every text in the current language by rebuilding the pages.

        The pages build their texts in ``__init__`` and hold no state of their own that is not in the
        database (a draft is saved on every answer), so building them again is simpler and more robust
        than a ``retranslateUi`` per page that repeats each string. Pages not yet opened are built later
        in the new language anyway.
        """
        self._built_language = current_language()
        self._show_language(self._built_language)
        self.setWindowTitle(self.tr("Returns inspection") if self.ctx is None else self.tr(
            "Returns inspection — {station}").format(station=self.ctx.settings.station_name))
        self.sign_out_button.setText(self.tr("Sign out (F12)"))
        self._rebuild_signin()
        open_key = self.mode_key
        for key, page in list(self._mode_pages.items()):
            page.end()
            self.pages.removeWidget(page)
            page.deleteLater()
            del self._mode_pages[key]
        self.inspect = None
        if self.ctx is not None:
            self._add_inspect_page()
        if self.user is not None:
            self._build_mode_bar(self.user)
            if open_key is not None:
                self.show_mode(open_key)
            self.refresh_status()
        self.flash.clear()
        self._update_hints()

    def _rebuild_signin(self) -> None:
        showing = self.pages.currentWidget() is self.signin
        old = self.signin
        self.signin = SignInPage(self.runner)
        self.signin.signed_in.connect(self.on_signed_in)
        if old.pending_badge is not None:
            self.signin.handle_scan(old.pending_badge)  # checked when attached below, or when the station opens
        self.pages.insertWidget(0, self.signin)
        self.pages.removeWidget(old)
        old.deleteLater()
        if self.ctx is not None:
            self.signin.attach(self.ctx)
        elif self._data_dir is not None:
            self.signin.set_users(read_signin_list(self._data_dir))
        if showing:
            self.pages.setCurrentWidget(self.signin)

    # ---- camera ----
    def start_camera(self) -> None:
        from station.demo.loading import demo_folder
        from ui.camera_worker import CameraWorker

        assert self.ctx is not None
        settings = self.ctx.settings
        self.camera = CameraWorker(settings.camera, settings.camera_fps, demo_folder(self.ctx) / "camera",
                                   debounce_s=settings.scan_debounce_s)
        self.camera.preview.connect(self.on_preview)
        self.camera.codes.connect(self.on_camera_codes)
        self.camera.failed.connect(self.on_camera_failed)
        self.camera.start()

    def latest_frame(self) -> Any:
        return self.camera.latest_frame() if self.camera is not None else None

    def on_preview(self, image: QImage) -> None:
        page = self.current_page
        if self.user is not None and page is not None:
            page.set_preview(image)

    def on_camera_codes(self, codes: list[Any]) -> None:
        if self.user is None:
            self.signin.camera_codes([code.text for code in codes])
            return
        # The camera opens nothing outside Inspect: in other modes a label on the bench is nobody's scan.
        page = self.current_page
        if page is not None and page is self.inspect:
            page.camera_codes(codes)

    def on_camera_failed(self, problem: object) -> None:
        text = render(problem) if isinstance(problem, Text) else render(getattr(problem, "text", Text(str(problem))))
        log.warning("camera stopped: %s", text)
        if self.inspect is not None:
            self.inspect.show_camera_problem(text + " " + self.tr("Type the label or use a photo file."))

    # ---- scans from the wedge scanner, and files dropped on the window ----
    def on_scanned(self, text: str) -> None:
        if self.user is None:
            self.signin.handle_scan(text)
            return
        page = self.current_page
        if page is not None and page is self.inspect:
            page.handle_scan(text, "scanner")  # its scan services tell a badge from a label, in scan order
            return
        # Elsewhere each scan is first checked for a badge, in the order scanned: a badge means switch user.
        self._scans.append(text)
        if len(self._scans) == 1:
            self._check_next_scan()

    def _check_next_scan(self) -> None:
        if not self._scans or self.ctx is None:
            return
        text = self._scans[0]
        self.runner.run(badge_of, self.ctx, text, on_result=lambda user: self._scan_checked(text, user),
                        on_error=lambda _exc: self._scan_checked(text, None))

    def switch_user(self, badge_text: str) -> None:
        """A badge scanned while someone is signed in: the open inspection stays a draft (put aside), and the
        badge's person is asked for their PIN on the sign-in screen, whose field never shows it."""
        self._scans.clear()
        if self.user is not None:
            self.sign_out()
        self.signin.handle_scan(badge_text)

    def _scan_checked(self, text: str, badge: UserSummary | None) -> None:
        if self._scans and self._scans[0] == text:
            self._scans.pop(0)
        if badge is not None:
            self.switch_user(text)
            return
        page = self.current_page
        if self.user is not None and page is not None:
            page.handle_scan(text, "scanner")
        self._check_next_scan()

    def on_scan_result(self, good: bool, text: str) -> None:
        if good:
            self.flash.good()
        else:
            self.flash.bad(text)

    def show_problem(self, text: str) -> None:
        """The dock's flash bar for a message no page has a place for: an unexpected error, a failed background
        save. Plain words only; the traceback is in the log."""
        self.flash.bad(text)

    def on_draft_changed(self, draft: Any) -> None:
        self._update_hints()
        if draft is None or not draft.photos_missing or draft.step == "checklist":
            self._photo_prompt = None
            if self.flash.state == "photo":
                self.flash.clear()  # the photo it asked for is taken (or the step left): no stale prompt
            return
        # Once for each photo still needed, not on every redraw of the photo step.
        key = (draft.id, len(draft.photos_missing))
        if key != self._photo_prompt:
            self._photo_prompt = key
            self.flash.photo_needed(render(draft.photos_missing[0].prompt))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(Path(url.toLocalFile()).suffix.lower() in IMAGE_SUFFIXES for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        page = self.inspect
        if page is None or self.user is None:
            return
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.suffix.lower() in IMAGE_SUFFIXES:
                page.drop_file(path)
                event.acceptProposedAction()
                return

    # ---- modes ----
    def _build_mode_bar(self, user: UserSummary) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFont, QFontMetrics  # at sign-in: their enums are not built for the first screen

        from ui.modes import modes_for

        while self.mode_bar.count():
            item = self.mode_bar.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # out of the layout but still painted until deleted
                item.widget().deleteLater()
        self._mode_buttons = {}
        allowed = modes_for(user.role)
        if len(allowed) < 2:
            return  # one mode needs no switcher
        for mode in allowed:
            button = BigButton(f"{mode.label()} ({mode.shortcut})", "mode")
            button.setObjectName(f"mode-{mode.key}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _=False, key=mode.key: self.show_mode(key))
            # The open mode is drawn bold: leave room for the bold text, or it is cut off when chosen.
            button.ensurePolished()
            bold = QFont(button.font())
            bold.setBold(True)
            button.setMinimumWidth(QFontMetrics(bold).horizontalAdvance(button.text()) + 56)
            self.mode_bar.addWidget(button)
            self._mode_buttons[mode.key] = button
        self.mode_bar.addStretch(1)

    def show_mode(self, key: str) -> None:
        """Opens a mode the signed-in person may use; its page is built the first time."""
        from ui.modes import MODES

        if self.ctx is None or self.user is None:
            return
        mode = next((m for m in MODES if m.key == key), None)
        if mode is None or self.user.role not in mode.roles:
            return
        page = self._mode_pages.get(key)
        if page is None:
            page = mode.page_class()(self.ctx, self.runner)
            self._add_page(key, page)
        self.mode_key = key
        self.pages.setCurrentWidget(page)
        # The scan flash belongs to the dock's scan-and-inspect rhythm; other modes need the height.
        self.flash.setVisible(key == "inspect")
        for other, button in self._mode_buttons.items():
            button.setChecked(other == key)
        page.begin(self.user)
        self._update_hints()

    @property
    def current_page(self) -> ModePage | None:
        return self._mode_pages.get(self.mode_key) if self.mode_key else None

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        from ui.modes import modes_for

        if self.user is not None:
            for mode in modes_for(self.user.role):
                if event.key() == getattr(Qt.Key, f"Key_{mode.shortcut}", None):
                    self.show_mode(mode.key)
                    return
        super().keyPressEvent(event)

    # ---- signing in and out ----
    def on_signed_in(self, user: UserSummary) -> None:
        from ui.modes import default_mode

        if self.inspect is None:
            return
        self.user = user
        self.apply_language(resolve_language(user.language))
        self.user_label.setText(f"{user.name}")
        self.sign_out_button.setVisible(True)
        self.shift_label.setVisible(True)
        self._build_mode_bar(user)
        self.show_mode(default_mode(user.role).key)
        # The camera's reads are not forgotten here: a parcel left under it while someone signed in is nobody's
        # scan (it would open an inspection unasked, for an admin too); held under it again, it is read.
        self.refresh_status()

    def sign_out(self) -> None:
        # An open inspection stays as a draft; signing in again resumes it.
        self.user = None
        self.mode_key = None
        for page in self._mode_pages.values():
            page.end()
        for button in self._mode_buttons.values():
            button.setVisible(False)
        self.user_label.clear()
        self.sign_out_button.setVisible(False)
        self.shift_label.setVisible(False)
        self.pages.setCurrentWidget(self.signin)
        self.apply_language(self.station_language)
        self.signin.reset()
        self.signin.refresh_users()
        self.pages.setCurrentWidget(self.signin)
        self.refresh_status()
        self._update_hints()

    def on_completed(self, done: InspectionCompleted) -> None:
        if self.sync_worker is not None:
            self.sync_worker.poke()  # a completed inspection is sent soon
        self._show_shift(done.shift)
        # The screen below says what comes next: the item's container first, or the next label.
        self.flash.saved(self.tr("Grade {grade}.").format(grade=done.grade))
        self.refresh_status()

    # ---- header ----
    def _show_shift(self, stats: ShiftStats) -> None:
        self.shift_label.setText(self.tr("This shift: %n item(s)", "", stats.items) + " · " + self.tr(
            "median {time} per item").format(time=format_duration(stats.median_seconds)))

    def refresh_status(self) -> None:
        """Counts in the background, shows them when they arrive; a newer refresh replaces one still running."""
        if self.ctx is None or self.header_runner.closed:
            return
        user_id = self.user.id if self.user is not None else None
        self.header_runner.run(header_status, self.ctx, user_id, key="header-status",
                        on_result=lambda result: self._show_status(user_id, *result),
                        on_error=lambda exc: log.warning("header counts not refreshed: %s", error_text(exc)))

    def _show_status(self, user_id: Any, shift: ShiftStats | None, status: SyncStatus, moves: int = 0) -> None:
        self.moves_label.setText(self.tr("Move tasks open: {n}").format(n=moves))
        self.moves_label.setVisible(moves > 0)
        if shift is not None and self.user is not None and self.user.id == user_id:
            self._show_shift(shift)
        elif self.user is None:
            self.shift_label.clear()
        state, text = sync_line(status)
        self.sync_label.setProperty("state", state)
        self.sync_label.setText(text if len(text) <= 60 else text[:57] + "…")
        self.sync_label.setToolTip(text)

    def _update_hints(self) -> None:
        # The keys for what is on screen now, always printed: nobody needs the mouse or a manual.
        language = self.tr("F9: language")
        page = self.current_page
        if self.user is None:
            text = self.tr("Scan your badge · or pick your name, then PIN and Enter")
        elif page is not None:
            text = page.hints()
        else:
            text = ""
        self.hints.setText(f"{text} · {language}" if text else language)

    # ---- shutdown ----
    def shutdown(self) -> None:
        if not hasattr(self, "_status_timer"):
            return  # the window failed while being built; nothing was started
        self._status_timer.stop()
        if self.wedge is not None:
            self.wedge.remove()
            self.wedge = None
        if self.camera is not None:
            self.camera.stop()
            self.camera = None
        if self.sync_worker is not None:
            self.sync_worker.stop()
            self.sync_worker = None
        self.header_runner.shutdown()
        self.runner.shutdown()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)
