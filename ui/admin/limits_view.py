"""One camera's photo limits in words, now and as suggested by the calibration photos."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from station.config import PhotoThresholds
from station.services.calibration import CameraLimits
from ui.widgets import titled


def score(value: float) -> str:
    """A sharpness as people compare it: one decimal while small, whole numbers once it is in the hundreds."""
    return f"{value:.1f}" if value < 100 else f"{value:.0f}"


def share(value: float) -> str:
    return f"{value * 100:g} %"


class LimitsView(QFrame):
    """The six limits the quality gate judges a photo by, each named in plain words, with the suggested blur
    limit beside the current one once both calibration photos are measured."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calibrationLimits")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(4)
        self.state = titled("", "subtitle", self)
        self.state.setObjectName("calibrationState")
        layout.addWidget(self.state)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(0, 1)
        names = (
            ("sharpness_min", self.tr("Blur limit: sharpness at least")),
            ("contrast_min", self.tr("Contrast at least")),
            ("dark_p95_max", self.tr("Too dark: brightest parts below")),
            ("bright_p01_min", self.tr("Too bright: darkest parts above")),
            ("glare_max", self.tr("Glare at most")),
            ("subject_min", self.tr("Item covers at least")),
        )
        self.now: dict[str, QLabel] = {}
        for row, (field, text) in enumerate(names):
            # The suggestion's row sits right under the blur limit it would replace.
            row = row + 1 if row else row
            name = QLabel(text, self)
            name.setWordWrap(True)
            name.setProperty("role", "limitName")
            grid.addWidget(name, row, 0)
            value = QLabel("", self)
            value.setObjectName(f"limit_{field}")
            value.setProperty("role", "limitValue")
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTrailing)
            self.now[field] = value
        # Only the blur limit is calibrated from the two photos; the other limits stay as they are. Its row is
        # framed and says "suggested" in words: colour is not the only sign.
        self.suggested_name = QLabel(self.tr("Suggested blur limit"), self)
        self.suggested_name.setWordWrap(True)
        self.suggested_name.setObjectName("suggestedName")
        self.suggested_name.setProperty("role", "limitName")
        grid.addWidget(self.suggested_name, 1, 0)
        self.suggested = QLabel("", self)
        self.suggested.setObjectName("suggestedSharpness")
        self.suggested.setProperty("role", "limitValue")
        grid.addWidget(self.suggested, 1, 1, Qt.AlignmentFlag.AlignTrailing)
        layout.addLayout(grid)
        self.show_suggestion(None)

    def show_limits(self, camera: CameraLimits) -> None:
        limits = camera.limits
        texts = {
            "sharpness_min": score(limits.sharpness_min), "contrast_min": f"{limits.contrast_min:.1f}",
            "dark_p95_max": f"{limits.dark_p95_max:.0f}", "bright_p01_min": f"{limits.bright_p01_min:.0f}",
            "glare_max": share(limits.glare_max), "subject_min": share(limits.subject_min),
        }
        for field, text in texts.items():
            self.now[field].setText(text)
        self.state.setText(self.tr("Calibrated for this camera.") if camera.calibrated
                           else self.tr("Not calibrated yet: the shipped defaults."))
        self.state.setProperty("state", "good" if camera.calibrated else "")
        self.state.style().polish(self.state)

    def show_suggestion(self, suggested: PhotoThresholds | None) -> None:
        self.suggested.setText("" if suggested is None else score(suggested.sharpness_min))
        for label in (self.suggested_name, self.suggested):
            label.setVisible(suggested is not None)
