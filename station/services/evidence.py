"""Photo evidence for the window and the commands: each photo's checks as lines, reused photos found later."""

from station.review.photo_evidence import (
    PhotoCheckView,
    ReusedIn,
    check_lines,
    find_reused,
    flag_reuses_in_pulled,
    photo_checks_for,
    photo_checks_in,
    reuses_found_by_sync,
)

__all__ = ["PhotoCheckView", "ReusedIn", "check_lines", "find_reused", "flag_reuses_in_pulled", "photo_checks_for",
           "photo_checks_in", "reuses_found_by_sync"]
