"""Translatable texts that the domain returns: a source string and its arguments, rendered by the UI."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def _identity(source: str) -> str:
    return source


def english_plural(source: str, count: int) -> str:
    """English forms of a counted text: "%n record(s)" reads "1 record", "2 records"."""
    return source.replace("(s)", "" if count == 1 else "s").replace("%n", str(count))


@dataclass(frozen=True)
class Text:
    """An English source string with ``{named}`` placeholders; the source is also the translation key.

    The domain never renders text itself, so the UI can show it in the user's language and the
    database can keep the key and arguments, to be shown again later in another language.
    """

    source: str
    args: Mapping[str, Any] = field(default_factory=dict)
    # A counted text ("%n record(s) were refused"): the number that picks the plural form and stands for %n.
    count: int | None = None

    def render(self, translate: Callable[..., str] = _identity) -> str:
        args = {k: v.render(translate) if isinstance(v, Text) else v for k, v in self.args.items()}
        fallback = self.source if self.count is None else english_plural(self.source, self.count)
        try:
            return self._translated(translate).format(**args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return fallback.format(**args)

    def _translated(self, translate: Callable[..., str]) -> str:
        if self.count is None:
            return translate(self.source)
        if translate is _identity:
            return english_plural(self.source, self.count)
        try:
            # Qt's translate(source, n) picks the language's plural form and puts the number in for %n.
            return translate(self.source, self.count).replace("%n", str(self.count))
        except TypeError:
            # A translator without plural forms (one that takes the source only): the English forms.
            return english_plural(self.source, self.count)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"source": self.source, "args": {k: _plain(v) for k, v in self.args.items()}}
        if self.count is not None:
            data["count"] = self.count
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Text:
        args = {k: cls.from_json(v) if isinstance(v, Mapping) and "source" in v else v
                for k, v in (data.get("args") or {}).items()}
        count = data.get("count")
        return cls(str(data["source"]), args, int(count) if count is not None else None)


def _plain(value: Any) -> Any:
    if isinstance(value, Text):
        # Kept whole, so a text inside a text (a category's name in a reason) is shown in the reader's language.
        return value.to_json()
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return str(value)


def _(source: str, /, **args: Any) -> Text:
    """Marks a string for translation (gettext style) and binds its arguments.

    `source` is positional-only, so a placeholder may have any name, `{source}` included.
    """
    return Text(source, args)


def _n(source: str, count: int, /, **args: Any) -> Text:
    """Marks a counted text for translation with plural forms: ``_n("%n record(s) were refused.", 3)``.

    %n stands for `count`; each language has its own forms ("1 record", "2 records"; Russian has three), so
    the count is never glued to a noun in code. Other placeholders work as in ``_()``.
    """
    return Text(source, args, count)


class StationError(Exception):
    """An error meant for the person at the dock: says what happened and what to do next."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.render())
        self.text = text
