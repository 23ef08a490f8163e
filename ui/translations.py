"""The UI language: Qt translators for the station and Qt itself, and the layout direction that goes with it."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from station.services.preferences import LANGUAGES, PSEUDO_LANGUAGE, supported_language

if TYPE_CHECKING:
    from PySide6.QtCore import Qt

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
RIGHT_TO_LEFT = frozenset({"he"})

# Each language named in itself: the person who needs the picker cannot read the current language.
NATIVE_NAMES: dict[str, str] = {"en": "English", "he": "עברית", "ru": "Русский", PSEUDO_LANGUAGE: "[Ƥšéûđö]"}

# Unicode isolates: keep a number, SKU or RMA number left to right inside right-to-left text, and keep
# its neighbouring brackets and punctuation on the right side of it.
LTR_ISOLATE = "\u2066"
POP_ISOLATE = "\u2069"


FIRST_STRONG_ISOLATE = "\u2068"
RLM = "\u200f"


def ltr(text: object) -> str:
    """Wraps a left-to-right value (SKU, RMA number, serial, date, number) so it reads correctly in any language."""
    return f"{LTR_ISOLATE}{text}{POP_ISOLATE}"


def isolate(text: object) -> str:
    """Wraps a piece whose direction follows its own first letter: a product name, a customer's reason."""
    return f"{FIRST_STRONG_ISOLATE}{text}{POP_ISOLATE}"


def join_parts(parts: list[str], separator: str = "   ·   ") -> str:
    """Parts of one line (RMA · reason · date) in reading order for the current language: each part keeps its
    own direction, and a right-to-left line starts with a right-to-left mark so it is laid out from the right."""
    line = separator.join(isolate(part) for part in parts)
    return RLM + line if QApplication.isRightToLeft() else line


def station_qm(language: str, folder: Path = TRANSLATIONS_DIR) -> Path:
    return folder / f"station_{language}.qm"


def qt_qm_folder() -> Path:
    from PySide6.QtCore import QLibraryInfo

    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def system_language() -> str:
    """The desktop's language if the station speaks it, else English."""
    return supported_language(QLocale.system().name().split("_")[0])


def resolve_language(setting: str | None) -> str:
    """A settings or user value ("system", a code, or nothing) as a language the station ships.

    The pseudo-locale passes too, so ``STATION_LANGUAGE=xx scripts/run`` shows a translator every
    untranslated or cut-off text; it is never offered in the picker or stored for a person.
    """
    if not setting or setting == "system":
        return system_language()
    if setting == PSEUDO_LANGUAGE:
        return PSEUDO_LANGUAGE
    return supported_language(setting)


class Translations:
    """Owns the installed translators (Python must keep them alive) and switches them as one.

    Installing or removing a translator makes Qt send ``LanguageChange`` to every widget; the main
    window reacts to that by rebuilding its texts (see ``MainWindow.retranslate``).
    """

    def __init__(self, folder: Path = TRANSLATIONS_DIR) -> None:
        self.folder = folder
        self.language = ""  # nothing installed yet: the first set_language() installs even English
        self._installed: list[QTranslator] = []

    def set_language(self, language: str, app: QCoreApplication | None = None) -> str:
        """Installs the translators for `language` (removing the previous ones) and returns the language used."""
        app = app or QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before translators are installed"
        wanted = language if language == PSEUDO_LANGUAGE else supported_language(language)
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        # English is the source language; its file only holds plural forms ("1 item", "2 items").
        self._install(app, station_qm(wanted, self.folder))
        if wanted != "en":
            # Qt's own words: the buttons of message boxes, the context menu of a text field.
            qt_own = qt_qm_folder() / f"qtbase_{wanted}.qm"
            if qt_own.exists():
                self._install(app, qt_own)
        self.language = wanted
        QLocale.setDefault(QLocale(wanted if wanted != PSEUDO_LANGUAGE else "en"))
        # A left-to-right language on a left-to-right application (every start but a Hebrew one) changes nothing:
        # asked only then, the Qt namespace's enums are not built for the first screen.
        if isinstance(app, QApplication) and (wanted in RIGHT_TO_LEFT or app.isRightToLeft()):
            app.setLayoutDirection(layout_direction(wanted))
        return wanted

    def _install(self, app: QCoreApplication, path: Path) -> None:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            self._installed.append(translator)
        else:
            # A missing file leaves English on screen; say so in the log rather than fail the start.
            log.warning("translation %s could not be loaded; those texts stay in English", path)


def layout_direction(language: str) -> Qt.LayoutDirection:
    from PySide6.QtCore import Qt

    return Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight


_current: Translations | None = None


def translations() -> Translations:
    """The application's one set of translators."""
    global _current
    if _current is None:
        _current = Translations()
    return _current


def set_language(language: str) -> str:
    return translations().set_language(language)


def current_language() -> str:
    return translations().language


def language_choices() -> list[tuple[str, str]]:
    """(code, native name) for the picker; the pseudo-locale is for tests and never offered."""
    return [(code, NATIVE_NAMES[code]) for code in LANGUAGES]


def numbered(label: str, text: str, separator: str = ". ") -> str:
    """A numbered line ("Q2. Is it a pair?"): the number keeps its order and stays at the start of the line in
    either direction, and the separator falls between the number and the text."""
    if QApplication.isRightToLeft():
        return f"{RLM}{ltr(label)}{separator}{text}"
    return f"{label}{separator}{text}"
