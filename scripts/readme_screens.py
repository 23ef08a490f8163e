"""Copies the screenshots of every mode in every language into docs/screens/modes/ for the README's table.

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python -m pytest -m xvfb -p no:cacheprovider tests/ui/i18n/test_language_screens.py
    .venv/bin/python scripts/readme_screens.py

The language screens test writes full-size pictures to artifacts/screens/lang-<language>-<nn>-<screen>.png
(git-ignored); this keeps one per mode and language, halved, so the README stays light to clone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import cv2

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "artifacts" / "screens"
TARGET = REPO / "docs" / "screens" / "modes"
LANGUAGES = ("en", "he", "ru")
# The Inspect mode is shown at its busiest step, the checklist; the other modes as they open.
MODES = {"inspect": "checklist", "review": "mode-review", "refurb": "mode-refurb", "dashboard": "mode-dashboard",
         "admin": "mode-admin"}
WIDTH = 720


def pick(language: str, screen: str) -> Path | None:
    found = sorted(SOURCE.glob(f"lang-{language}-[0-9][0-9]-{screen}.png"))
    return found[-1] if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.parse_args(argv)
    TARGET.mkdir(parents=True, exist_ok=True)
    missing: list[str] = []
    for language in LANGUAGES:
        for mode, screen in MODES.items():
            source = pick(language, screen)
            if source is None:
                missing.append(f"lang-{language}-NN-{screen}.png")
                continue
            image = cv2.imread(str(source), cv2.IMREAD_COLOR)
            if image is None:
                missing.append(f"{source.name} (unreadable)")
                continue
            height = round(image.shape[0] * WIDTH / image.shape[1])
            small = cv2.resize(image, (WIDTH, height), interpolation=cv2.INTER_AREA)
            cv2.imwrite(str(TARGET / f"{language}-{mode}.png"), small, [cv2.IMWRITE_PNG_COMPRESSION, 9])
            print(f"{source.name} -> {(TARGET / f'{language}-{mode}.png').relative_to(REPO)}")
    if missing:
        print("Not found in artifacts/screens (run the language screens test under Xvfb first): "
              + ", ".join(missing), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
