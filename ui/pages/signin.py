"""Sign-in page: scan a badge or pick a name, then type the PIN on the keyboard or the big keypad; after wrong
PINs a countdown to the next try, and a locked person's unlock by a shift lead or an admin."""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QStackedWidget, QVBoxLayout, QWidget

from station.people import UNLOCK_ROLES, SignInGuard, UserSummary
from ui.i18n import error_text
from ui.tasks import PageCalls, TaskRunner
from ui.widgets import BigButton, titled

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from station.context import StationContext


def _first_badge(ctx: StationContext, texts: list[str]) -> UserSummary | None:
    """Runs in the background: the person whose badge is among the codes the camera saw, if any."""
    from station.services import auth
    from station.text import StationError

    for text in texts:
        try:
            return auth.find_badge(ctx, text)
        except StationError:
            continue  # a parcel label on the bench, not a badge
    return None


class SignInPage(QWidget):
    """Shows the names at once (from the sign-in list); checks PINs once the station's database is open.

    Badges and PINs are checked in the background, one at a time: Enter pressed again while a PIN is being
    checked does not check it twice (a second wrong try would count against the person).
    """

    signed_in = Signal(object)  # UserSummary

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.calls = PageCalls(runner, self._failed, self)
        self.ctx: StationContext | None = None
        self._user: UserSummary | None = None
        # Set while a shift lead or admin signs in to unlock this (locked) person.
        self._unlocking: UserSummary | None = None
        self._pending_pin = False
        self._pending_badge: str | None = None  # scanned before the database was open: checked once it is
        self._all_users: list[UserSummary] = []
        self._retry_at = 0.0  # time.monotonic() when a PIN is checked again
        self.countdown = QTimer(self)
        self.countdown.setInterval(250)
        self.countdown.timeout.connect(self._tick)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_pick())
        # The PIN screen (index 1) is built the first time someone is asked for a PIN: the first paint shows the
        # names only, and the keypad, the PIN field and their Qt enums would make it wait.
        self._pin_page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    @property
    def pending_badge(self) -> str | None:
        """A badge scanned before the station was open, not checked yet (the window hands it to a rebuilt page)."""
        return self._pending_badge

    def attach(self, ctx: StationContext) -> None:
        self.ctx = ctx
        self.refresh_users()
        if self._pending_badge is not None:
            badge, self._pending_badge = self._pending_badge, None
            self.pick_message.clear()
            self.handle_scan(badge)
        elif self._pending_pin:
            self._pending_pin = False
            self.submit_pin()

    # ---- pick a user ----
    def _build_pick(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.pick_title = titled(self.tr("Sign in"), "title")
        layout.addWidget(self.pick_title)
        self.pick_hint = titled(self.tr("Scan your badge, or pick your name."), "hint")
        layout.addWidget(self.pick_hint)
        self.user_grid = QGridLayout()
        self.user_grid.setSpacing(12)
        layout.addLayout(self.user_grid)
        layout.addStretch(1)
        self.pick_message = titled("", "error")
        layout.addWidget(self.pick_message)
        return page

    def refresh_users(self) -> None:
        if self.ctx is None:
            return
        from station.services import auth

        self.runner.run(auth.list_users, self.ctx, key="signin-users", on_result=self.set_users,
                        on_error=self._failed)

    def set_users(self, users: list[UserSummary]) -> None:
        self._all_users = users
        while self.user_grid.count():
            item = self.user_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not users:
            self.pick_message.setText(self.tr("Opening the station…"))
        elif self.pick_message.text() == self.tr("Opening the station…"):
            self.pick_message.clear()
        if self._unlocking is not None:
            users = [u for u in users if u.role in UNLOCK_ROLES and u.id != self._unlocking.id]
        # Made in their page, not moved there by the grid: a button polished without its parents is polished again
        # when it moves. A name is never cut: a BigButton is at least as wide as its text once polished.
        page = self.user_grid.parentWidget()
        for index, user in enumerate(users):
            button = BigButton(f"{user.name}\n{self._role_name(user.role)}", "user", page)
            button.setMinimumHeight(84)
            button.setObjectName(f"user-{index}")
            button.clicked.connect(lambda _=False, u=user: self.choose(u))
            self.user_grid.addWidget(button, index // 4, index % 4)

    def _role_name(self, role: str) -> str:
        names = {"inspector": self.tr("Inspector"), "lead": self.tr("Shift lead"),
                 "refurb": self.tr("Refurb"), "admin": self.tr("Admin")}
        return names.get(role, role)

    # ---- PIN ----
    @property
    def pin_title(self) -> QLabel:
        self._pin_screen()
        return self._pin_title

    @property
    def pin_edit(self) -> QLineEdit:
        self._pin_screen()
        return self._pin_edit

    @property
    def pin_message(self) -> QLabel:
        self._pin_screen()
        return self._pin_message

    @property
    def unlock_button(self) -> BigButton:
        self._pin_screen()
        return self._unlock_button

    @property
    def keypad(self) -> QWidget:
        self._pin_screen()
        return self._keypad

    def _pin_screen(self) -> QWidget:
        """The PIN screen, at index 1 of the stack; built the first time it is needed."""
        if self._pin_page is None:
            self._pin_page = self._build_pin()
            self.stack.addWidget(self._pin_page)
        return self._pin_page

    def _build_pin(self) -> QWidget:
        from PySide6.QtCore import QRegularExpression, Qt
        from PySide6.QtGui import QRegularExpressionValidator
        from PySide6.QtWidgets import QHBoxLayout, QLineEdit

        page = QWidget(self)
        outer = QVBoxLayout(page)
        self._pin_title = titled("", "title")
        outer.addWidget(self._pin_title)
        outer.addWidget(titled(self.tr("Type your PIN and press Enter."), "hint"))
        self._pin_edit = QLineEdit(page)
        self._pin_edit.setObjectName("pinEdit")
        self._pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self._pin_edit.setMaxLength(6)
        # Digits only: a stray letter never costs a try (the service counts only 4 to 6 digits as one).
        self._pin_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[0-9]{0,6}"), self._pin_edit))
        self._pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._pin_edit.returnPressed.connect(self.submit_pin)
        outer.addWidget(self._pin_edit)
        self._pin_message = titled("", "error")
        outer.addWidget(self._pin_message)
        self._unlock_button = BigButton(self.tr("Unlock (Enter, or scan a lead's badge)"), "primary")
        self._unlock_button.setObjectName("unlockButton")
        self._unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._unlock_button.clicked.connect(self.start_unlock)
        self._unlock_button.hide()
        outer.addWidget(self._unlock_button)
        # A keypad keeps the phone's order 1-2-3 from the left in every language, like the keypads on the dock.
        self._keypad = QWidget(self)
        self._keypad.setObjectName("pinKeypad")
        self._keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pad = QGridLayout(self._keypad)
        pad.setContentsMargins(0, 0, 0, 0)
        pad.setSpacing(10)
        keys = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "⌫", "0", "OK"]
        for index, key in enumerate(keys):
            button = BigButton(key if key != "OK" else self.tr("OK"), "primary" if key == "OK" else "key")
            button.setMinimumHeight(72)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if key == "OK":
                button.clicked.connect(self.submit_pin)
            elif key == "⌫":
                button.clicked.connect(self._pin_edit.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self._pin_edit.insert(k))
            pad.addWidget(button, index // 3, index % 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self._keypad, 2)
        row.addStretch(1)
        outer.addLayout(row)
        back = BigButton(self.tr("Back (Esc)"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.reset)
        outer.addWidget(back)
        outer.addStretch(1)
        return page

    def choose(self, user: UserSummary) -> None:
        if self._unlocking is not None and (user.role not in UNLOCK_ROLES or user.id == self._unlocking.id):
            self.pick_message.setText(self.tr("Only another shift lead or an admin can unlock {name}.").format(
                name=self._unlocking.name))
            return
        self._user = user
        self._pending_badge = None  # a name picked after a badge was scanned is the one who signs in
        if self._unlocking is not None:
            self.pin_title.setText(self.tr("{lead}: your PIN unlocks {name}").format(
                lead=user.name, name=self._unlocking.name))
        else:
            self.pin_title.setText(self.tr("Hello, {name}").format(name=user.name))
        self.pin_message.clear()
        self.pin_edit.clear()
        self._ready_for_pin()
        self.unlock_button.hide()
        self.stack.setCurrentIndex(1)
        self.pin_edit.setFocus()
        if self.ctx is not None:
            from station.services import auth

            # Locked or still waiting (here, or at another station once synced): shown before anyone types. Not
            # one of the page's calls, so a PIN typed meanwhile is still checked.
            self.runner.run(auth.signin_guard, self.ctx, user.id, key="signin-guard",
                            on_result=lambda guard: self._show_guard(user, guard), on_error=self._failed)

    def _show_guard(self, user: UserSummary, guard: SignInGuard) -> None:
        from station.ids import utc_now

        if self._user != user:
            return  # someone else was picked meanwhile
        if guard.locked:
            self._show_locked(self.tr("{name} is locked out after too many wrong PINs. A shift lead or an admin "
                                      "unlocks the sign-in: press Unlock.").format(name=user.name))
        elif guard.seconds_left(utc_now()) > 0:
            self._start_countdown(guard.seconds_left(utc_now()))

    def submit_pin(self) -> None:
        if self._pin_page is None:
            return  # nobody has been asked for a PIN yet
        if self.unlock_button.isVisible():
            self.start_unlock()  # Enter on a locked person's screen: the keyboard's way to Unlock
            return
        if self._user is None or self.countdown.isActive() or self.pin_edit.isReadOnly():
            return
        if self._unlocking is not None and self.ctx is not None:
            from station.services import auth

            self.calls.call(auth.unlock, self.ctx, self._unlocking.id, self._user.id, self.pin_edit.text(),
                            on_result=self._unlocked, on_error=self._pin_wrong)
            return
        if self.ctx is None:
            # Typed faster than the database opened: check the PIN the moment it is ready.
            self._pending_pin = True
            self.pin_message.setText(self.tr("Opening the station…"))
            return
        from station.services import auth

        self.calls.call(auth.sign_in, self.ctx, self._user.id, self.pin_edit.text(), on_result=self._pin_right,
                        on_error=self._pin_wrong)

    def _pin_right(self, user: UserSummary) -> None:
        self.reset()
        self.signed_in.emit(user)

    def _pin_wrong(self, exc: BaseException) -> None:
        from station.services import auth

        self.pin_edit.clear()
        if isinstance(exc, auth.SignInLocked):
            self._show_locked(error_text(exc))
        elif isinstance(exc, auth.SignInDelayed):
            self._start_countdown(exc.seconds)
        else:
            self.pin_message.setText(error_text(exc))

    def _unlocked(self, user: UserSummary) -> None:
        lead = self._user
        self._unlocking = None
        self._restore_pick_texts()
        self.set_users(self._all_users)
        self.choose(user)
        self.pin_message.setText(self.tr("Unlocked by {lead}. {name}, type your PIN.").format(
            lead=lead.name if lead else "", name=user.name))

    # ---- waiting and locked ----
    def _start_countdown(self, seconds: int) -> None:
        # The service itself refuses a try before the wait is over; this only shows how long, blocking nothing.
        self._retry_at = time.monotonic() + seconds
        self.keypad.setEnabled(False)
        self.pin_edit.setReadOnly(True)
        self.countdown.start()
        self._tick()

    def seconds_to_wait(self) -> int:
        return max(0, math.ceil(self._retry_at - time.monotonic())) if self.countdown.isActive() else 0

    def _tick(self) -> None:
        left = max(0, math.ceil(self._retry_at - time.monotonic()))
        if left <= 0:
            self._ready_for_pin()
            self.pin_message.setText(self.tr("Type your PIN again."))
            return
        self.pin_message.setText(self.tr("That PIN is not right. Wait {seconds} s, then try again.").format(
            seconds=left))

    def _ready_for_pin(self) -> None:
        self.countdown.stop()
        self._retry_at = 0.0
        if self._pin_page is not None:
            self.keypad.setEnabled(True)
            self.pin_edit.setReadOnly(False)

    def _show_locked(self, message: str) -> None:
        self.countdown.stop()
        self.pin_message.setText(message)
        self.keypad.setEnabled(False)
        self.pin_edit.setReadOnly(True)
        self.unlock_button.show()

    def start_unlock(self) -> None:
        """The locked person steps aside: a shift lead or an admin scans their badge or picks their name."""
        if self._user is None:
            return
        self.calls.forget()
        self._unlocking = self._user
        self._user = None
        self._ready_for_pin()
        self.unlock_button.hide()
        self.pick_title.setText(self.tr("Unlock {name}").format(name=self._unlocking.name))
        self.pick_hint.setText(self.tr("A shift lead or an admin: scan your badge, or pick your name."))
        self.pick_message.clear()
        self.set_users(self._all_users)  # only the leads and admins, at once
        self.refresh_users()
        self.stack.setCurrentIndex(0)

    def _restore_pick_texts(self) -> None:
        self.pick_title.setText(self.tr("Sign in"))
        self.pick_hint.setText(self.tr("Scan your badge, or pick your name."))

    def _failed(self, exc: BaseException) -> None:
        """The one place this page shows a failed call: under the PIN while it is asked, else under the names."""
        if self.stack.currentIndex() == 1:
            self.pin_message.setText(error_text(exc))
        else:
            self.pick_message.setText(error_text(exc))

    def reset(self) -> None:
        self.calls.forget()
        unlocking = self._unlocking is not None
        self._user = None
        self._unlocking = None
        self._pending_pin = False
        self._pending_badge = None
        self._ready_for_pin()
        if self._pin_page is not None:
            self.unlock_button.hide()
            self.pin_edit.clear()
            self.pin_message.clear()
        self.pick_message.clear()
        self._restore_pick_texts()
        if unlocking:
            self.set_users(self._all_users)  # every name again, not only the leads'
        self.stack.setCurrentIndex(0)

    def handle_scan(self, text: str) -> None:
        """A badge scanned while nobody is signed in: its person is asked for the PIN."""
        if self.ctx is None:
            # Scanned while the station opens: the latest badge is checked the moment the database is ready.
            self._pending_badge = text
            self.pick_message.setText(self.tr("Opening the station…"))
            return
        from station.services import auth

        self.calls.after(lambda: self.calls.call(auth.find_badge, self.ctx, text, on_result=self._badge_scanned,
                                                 on_error=lambda exc: self.pick_message.setText(error_text(exc))))

    def _badge_scanned(self, user: UserSummary) -> None:
        if self._pin_page is not None and self.unlock_button.isVisible():
            self.start_unlock()  # a lead who scans their badge at a locked person's screen comes to unlock it
        self.choose(user)

    def camera_codes(self, texts: list[str]) -> None:
        """Codes the camera saw: it also sees parcel labels lying on the bench, so only a known badge counts."""
        if self.ctx is None or self.calls.pending:
            return
        # Not one of the page's calls: the camera sees codes all the time, and a PIN typed meanwhile must still be
        # checked. A newer frame's codes replace an older lookup (same key).
        self.runner.run(_first_badge, self.ctx, texts, key="signin-camera",
                        on_result=lambda user: user is not None and not self.calls.pending and self.choose(user))

    def keyPressEvent(self, event) -> None:
        from PySide6.QtCore import Qt

        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            return
        super().keyPressEvent(event)
