"""Where the station keeps its data by default; light enough for the first moment of start-up."""

from __future__ import annotations

from pathlib import Path

APP_NAME = "returns-station"


def default_data_dir() -> Path:
    # Imported only for the default folder: a station started with --data-dir opens its window without it.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def data_dir_from(option: Path | None) -> Path:
    return (option or default_data_dir()).expanduser().resolve()
