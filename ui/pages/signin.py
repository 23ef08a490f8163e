"""Sign-in page: scan a badge or pick a name, then type the PIN on the keyboard or the big keypad."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QStackedWidget, QVBoxLayout, QWidget

from station.people import UserSummary
from station.text import StationError
from ui.i18n import render
from ui.widgets import BigButton, titled

if TYPE_CHECKING:
    from station.context import StationContext


class SignInPage(QWidget):
    """Shows the names at once (from the sign-in list); checks PINs once the station's database is open."""

    signed_in = Signal(object)  # UserSummary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: StationContext | None = None
        self._user: UserSummary | None = None
        self._pending_pin = False
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_pick())
        self.stack.addWidget(self._build_pin())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

    def attach(self, ctx: StationContext) -> None:
        self.ctx = ctx
        self.refresh_users()
        if self._pending_pin:
            self._pending_pin = False
            self.submit_pin()

    # ---- pick a user ----
    def _build_pick(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(titled(self.tr("Sign in"), "title"))
        layout.addWidget(titled(self.tr("Scan your badge, or pick your name."), "hint"))
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

        self.set_users(auth.list_users(self.ctx))

    def set_users(self, users: list[UserSummary]) -> None:
        while self.user_grid.count():
            item = self.user_grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        if not users:
            self.pick_message.setText(self.tr("Opening the station…"))
        elif self.pick_message.text() == self.tr("Opening the station…"):
            self.pick_message.clear()
        for index, user in enumerate(users):
            button = BigButton(f"{user.name}\n{self._role_name(user.role)}", "user")
            button.setMinimumHeight(84)
            # A name is never cut: the button is at least as wide as its text.
            button.setMinimumWidth(button.sizeHint().width())
            button.setObjectName(f"user-{index}")
            button.clicked.connect(lambda _=False, u=user: self.choose(u))
            self.user_grid.addWidget(button, index // 4, index % 4)

    def _role_name(self, role: str) -> str:
        names = {"inspector": self.tr("Inspector"), "lead": self.tr("Shift lead"),
                 "refurb": self.tr("Refurb"), "admin": self.tr("Admin")}
        return names.get(role, role)

    # ---- PIN ----
    def _build_pin(self) -> QWidget:
        page = QWidget(self)
        outer = QVBoxLayout(page)
        self.pin_title = titled("", "title")
        outer.addWidget(self.pin_title)
        outer.addWidget(titled(self.tr("Type your PIN and press Enter."), "hint"))
        self.pin_edit = QLineEdit(page)
        self.pin_edit.setObjectName("pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(12)
        self.pin_edit.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin_edit.returnPressed.connect(self.submit_pin)
        outer.addWidget(self.pin_edit)
        self.pin_message = titled("", "error")
        outer.addWidget(self.pin_message)
        # A keypad keeps the phone's order 1-2-3 from the left in every language, like the keypads on the dock.
        self.keypad = QWidget(self)
        self.keypad.setObjectName("pinKeypad")
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        pad = QGridLayout(self.keypad)
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
                button.clicked.connect(self.pin_edit.backspace)
            else:
                button.clicked.connect(lambda _=False, k=key: self.pin_edit.insert(k))
            pad.addWidget(button, index // 3, index % 3)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keypad, 2)
        row.addStretch(1)
        outer.addLayout(row)
        back = BigButton(self.tr("Back (Esc)"))
        back.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        back.clicked.connect(self.reset)
        outer.addWidget(back)
        outer.addStretch(1)
        return page

    def choose(self, user: UserSummary) -> None:
        self._user = user
        self.pin_title.setText(self.tr("Hello, {name}").format(name=user.name))
        self.pin_message.clear()
        self.pin_edit.clear()
        self.stack.setCurrentIndex(1)
        self.pin_edit.setFocus()

    def submit_pin(self) -> None:
        if self._user is None:
            return
        if self.ctx is None:
            # Typed faster than the database opened: check the PIN the moment it is ready.
            self._pending_pin = True
            self.pin_message.setText(self.tr("Opening the station…"))
            return
        from station.services import auth

        try:
            user = auth.sign_in(self.ctx, self._user.id, self.pin_edit.text())
        except StationError as exc:
            self.pin_message.setText(render(exc.text))
            self.pin_edit.clear()
            return
        self.reset()
        self.signed_in.emit(user)

    def reset(self) -> None:
        self._user = None
        self._pending_pin = False
        self.pin_edit.clear()
        self.pin_message.clear()
        self.pick_message.clear()
        self.stack.setCurrentIndex(0)

    def handle_scan(self, text: str, quiet: bool = False) -> bool:
        """A badge scanned while nobody is signed in; returns whether it was a known badge.

        `quiet` is for the camera, which also sees parcel labels lying on the bench: those are not errors.
        """
        if self.ctx is None:
            return False
        from station.services import auth

        try:
            user = auth.find_badge(self.ctx, text)
        except StationError as exc:
            if not quiet:
                self.pick_message.setText(render(exc.text))
            return False
        self.choose(user)
        return True

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
            return
        super().keyPressEvent(event)
