"""Qt's own dialogs in Hebrew and Russian: the words its files lack come from ours ("&Look in:", "Files of &type:")."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ui.qt_words import QT_GAPS
from ui.translations import set_language


@pytest.fixture
def back_to_english() -> Iterator[None]:
    yield
    set_language("en")


@pytest.mark.parametrize("language", ["he", "ru"])
def test_every_gap_in_qts_own_files_is_translated(qapp: QApplication, language: str, back_to_english: None) -> None:
    set_language(language)
    untranslated = [(c, s) for c, s in QT_GAPS if QCoreApplication.translate(c, s) == s]
    assert untranslated == []


@pytest.mark.parametrize("language", ["he", "ru"])
def test_the_file_dialog_has_no_english_label_left(qtbot, language: str, back_to_english: None) -> None:
    set_language(language)
    dialog = QFileDialog(None, "x", "", "*.jpg")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
    assert labels and not any(text in ("&Look in:", "Files of &type:", "File &name:") for text in labels), labels
