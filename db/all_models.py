"""Imports every model module, so Alembic and the tests see the whole schema. One line per module."""

from db import (
    evidence_models,  # noqa: F401  (photo evidence checks: quality, perceptual hash, hints)
    models,  # noqa: F401  (the inspection station's core tables)
    policy_models,  # noqa: F401  (refund recommendations, RMA dates and sales counts for return policy)
    putaway_models,  # noqa: F401  (containers, placements, closes, moves and caught mis-sorts)
    refurb_models,  # noqa: F401  (slip prints, refurbishment work and re-grades)
    review_models,  # noqa: F401  (leads' reviews and the audit chain)
    review_sample_models,  # noqa: F401  (each inspection's quality-sample draw, derived and local)
    shop_notice_models,  # noqa: F401  (whether the shop was told of each inspection, from the central relay)
    signin_models,  # noqa: F401  (wrong PINs, the sign-ins after them and leads' unlocks)
    sync_models,  # noqa: F401  (sync state, photo uploads; central-only tables on CENTRAL)
)
