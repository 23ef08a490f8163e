"""Imports every model module, so Alembic and the tests see the whole schema. One line per module."""

from db import models  # noqa: F401  (the inspection station's core tables)
