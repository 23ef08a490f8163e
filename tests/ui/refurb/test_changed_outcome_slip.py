"""An inspector changes an outcome, a lead approves it in Review, the refurb technician prints its slip."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from station.config import RESOURCES
from station.context import StationContext
from station.outcome import current_outcome
from station.slips.content import slip_contents
from station.slips.reference import slip_reference
from tests.station.review.scenario import overridden
from tests.station.slips.rendering import pages_as_png, qr_texts
from tests.ui.dock import station_window
from tests.ui.printing import answer_print_dialog
from ui.main_window import MainWindow
from ui.refurb.page import RefurbPage
from ui.review.page import ReviewPage


def _demo_user(role: str) -> dict[str, str]:
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        return next(r for r in csv.DictReader(handle) if r["role"] == role)


def _badge_sign_in(qtbot: Any, window: MainWindow, role: str, language: str) -> None:
    """Signs in the demo user of `role` who works in `language` (their language is set at sign-in)."""
    with (RESOURCES / "demo" / "users.csv").open(encoding="utf-8") as handle:
        row = next(r for r in csv.DictReader(handle) if r["role"] == role and r["language"] == language)
    window.on_scanned(row["badge_code"])
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, row["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)


def _lead_name() -> str:
    return _demo_user("lead")["name"]


def _sign_in(qtbot: Any, window: MainWindow, role: str) -> None:
    row = _demo_user(role)
    window.on_scanned(row["badge_code"])
    qtbot.waitUntil(lambda: window.signin.stack.currentIndex() == 1)
    qtbot.keyClicks(window.signin.pin_edit, row["pin"])
    qtbot.keyClick(window.signin.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)


def test_lead_approves_a_changed_outcome_then_refurb_prints_its_slip(qtbot, ctx: StationContext,
                                                                    station_dir: Path, tmp_path: Path) -> None:
    ctx.settings.review_sample_rate = 0.0
    changed = overridden(ctx, "RMA-100002")  # the inspector's C / refurbish instead of the checklist's grade
    with station_window(qtbot, station_dir) as window:
        _sign_in(qtbot, window, "lead")
        review = window.current_page
        assert isinstance(review, ReviewPage)
        qtbot.waitUntil(lambda: review.viewer.view is not None and review.viewer.view.inspection_id == changed,
                        timeout=10000)
        qtbot.waitUntil(lambda: review.decide.approve_button.isEnabled())
        with qtbot.waitSignal(review.decided, timeout=10000):
            qtbot.keyClick(review.decide.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        window.sign_out()

        _sign_in(qtbot, window, "refurb")
        refurb = window.current_page
        assert isinstance(refurb, RefurbPage)
        qtbot.waitUntil(lambda: refurb.queue_view.selected_ids() == [changed])
        qtbot.keyClick(refurb.queue_view.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: refurb.stack.currentWidget() is refurb.work_view)
        slip = tmp_path / "slip.pdf"
        failures: list[str] = []
        refurb.printing.failed.connect(failures.append)
        answer_print_dialog(slip)  # the technician picks "print to file" in the print dialog
        with qtbot.waitSignal(refurb.printing.printed, timeout=20000):
            qtbot.mouseClick(refurb.work_view.print_button, Qt.MouseButton.LeftButton)
        assert not failures
        assert "1 slip printed." in refurb.work_view.message.text()
    with ctx.read() as session:
        from db import models

        assert current_outcome(session, session.get(models.Inspection, changed)).source == "review"
    # The printed slip is a picture of the page: its QR names the item, and the page says who changed it.
    assert [qr_texts(page) for page in pages_as_png(slip, tmp_path)] == [[slip_reference(changed)]]
    [content] = slip_contents(ctx, [changed])
    assert content.regraded is not None and content.regraded.render() == "Outcome changed by a lead's review " \
        f"({_lead_name()})"
    assert (content.grade, content.disposition) == ("C", "refurbish")
