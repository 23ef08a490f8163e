"""Translatable texts that the domain returns: a source string and its arguments, rendered by the UI."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any


def _identity(source: str) -> str:
    return source


@dataclass(frozen=True)
class Text:
    """An English source string with ``{named}`` placeholders; the source is also the translation key.

    The domain never renders text itself, so the UI can show it in the user's language and the
    database can keep the key and arguments, to be shown again later in another language.
    """

    source: str
    args: Mapping[str, Any] = field(default_factory=dict)

    def render(self, translate: Callable[[str], str] = _identity) -> str:
        args = {k: v.render(translate) if isinstance(v, Text) else v for k, v in self.args.items()}
        try:
            return translate(self.source).format(**args)
        except (KeyError, IndexError, ValueError):
            # A broken translation must never hide the message: fall back to the source text.
            return self.source.format(**args)

    def __str__(self) -> str:
        return self.render()

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "args": {k: _plain(v) for k, v in self.args.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Text:
        args = {k: cls.from_json(v) if isinstance(v, Mapping) and "source" in v else v
                for k, v in (data.get("args") or {}).items()}
        return cls(str(data["source"]), args)


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


class StationError(Exception):
    """An error meant for the person at the dock: says what happened and what to do next."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.render())
        self.text = text
