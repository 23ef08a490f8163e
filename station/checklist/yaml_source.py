"""Reads supervisor-edited YAML: only true/false are booleans, duplicate keys are refused, lines kept."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from station.text import Text, _

Path_ = tuple[str | int, ...]
_BOOL = "tag:yaml.org,2002:bool"


# libyaml's parser is ten times faster than the pure-Python one; start-up reads every template.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """YAML 1.1 reads `yes`, `no`, `on` and `off` as booleans, which would turn an option id `no` into False.

    Here only true/false are booleans; a yes/no answer written as `yes` is understood by the conditions.
    """

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=deep)  # type: ignore[no-untyped-call]
            if isinstance(key, str | int | float | bool) and key in seen:
                # PyYAML would silently keep the last one; a supervisor's copy-paste slip must show.
                raise yaml.constructor.ConstructorError(
                    None, None, f"the key '{key}' appears twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _BOOL]
    for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))


@dataclass
class YamlDocument:
    data: Any
    # The 1-based line of each mapping value and list item, by its path in the data.
    lines: dict[Path_, int] = field(default_factory=dict)

    def line_of(self, path: Path_) -> int | None:
        for end in range(len(path), -1, -1):
            line = self.lines.get(tuple(path[:end]))
            if line is not None:
                return line
        return None


class YamlUnreadable(Exception):
    def __init__(self, message: Text, line: int | None) -> None:
        super().__init__(message.render())
        self.message = message
        self.line = line


def read_yaml(text: str) -> YamlDocument:
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = exc.problem or exc.context or "unreadable"
        raise YamlUnreadable(
            # The problem carries the line separately, so the message does not repeat it.
            _("not valid YAML: {problem}. Check the indentation, colons and quotes there.", problem=problem),
            line,
        ) from exc
    except yaml.YAMLError as exc:
        raise YamlUnreadable(_("not valid YAML: {problem}.", problem=str(exc)), None) from exc
    finally:
        loader.dispose()
    document = YamlDocument(data)
    if node is not None:
        _collect_lines(node, (), document.lines)
    return document


def _collect_lines(node: yaml.Node, path: Path_, lines: dict[Path_, int]) -> None:
    lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                _collect_lines(value_node, (*path, key_node.value), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*path, index), lines)
