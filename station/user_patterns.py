"""Regular expressions a warehouse writes itself (the RMA pattern), compiled by RE2 so that none can hang a scan."""

from __future__ import annotations

import functools
from typing import Any

from station.text import StationError, _

# Python's re backtracks: "(a+)+$" against forty a's and a "!" runs for minutes, with the station frozen
# mid-scan. RE2 matches in time linear in the text whatever the pattern, and refuses what it cannot do so
# (backreferences, lookaround) when the pattern is compiled, that is when the settings load.


class PatternRefused(StationError):
    """RE2 cannot compile the pattern; the text names the setting and what to change."""


@functools.lru_cache(maxsize=16)
def compile_user_pattern(pattern: str, setting: str = "rma_pattern") -> Any:
    """The compiled pattern (re2 offers search, match and fullmatch like re); PatternRefused if RE2 refuses it."""
    import re2

    options = re2.Options()
    options.log_errors = False  # the refusal reaches the person as a settings error; RE2's log would only repeat it
    try:
        return re2.compile(pattern, options=options)
    except re2.error as exc:
        problem = exc.args[0] if exc.args else exc
        if isinstance(problem, bytes):
            problem = problem.decode("utf-8", "replace")
        raise PatternRefused(_(
            "The pattern {pattern} in the setting {setting} is not valid ({problem}). Write it without "
            "backreferences (\\1) or lookaround ((?=…), (?!…)), or ask a lead to fix it in Admin.",
            setting=setting, pattern=pattern, problem=str(problem))) from exc
