"""Fixtures every test may use: paths to the shared real data, a fresh station per test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED_DATA = (REPO.parent / "shared" / "data").resolve()
RESOURCES = REPO / "resources"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"shared test data missing at {SHARED_DATA}")
        pytest.skip(f"SKIPPED LOUDLY: shared test data missing at {SHARED_DATA}")
    return SHARED_DATA
