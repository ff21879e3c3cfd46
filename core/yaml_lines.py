"""YAML loading that remembers the line of every key and list item, for error messages."""

from __future__ import annotations

from typing import Any

import yaml

from core.problems import excerpt

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    """A mapping from YAML that knows its own line and the line of each key."""

    line: int = 0
    key_lines: dict[str, int]

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    """A sequence from YAML that knows its own line and the line of each item."""

    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if index < len(self.item_lines) else self.line


class YamlProblem(Exception):
    """A file that is not valid YAML, or repeats a key; `line` is 1-based."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    pass


def brief(error: object, limit: int = 100) -> str:
    """A parser's error in a few words: PyYAML's messages quote the whole bad value."""
    text = " ".join(str(error).split())
    return text if len(text) <= limit else text[:limit] + "…"


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _construct(loader: Any, node: yaml.Node) -> Any:
    """Build one value, turning a value PyYAML cannot build (a 13th month, `!!int abc`) into a
    problem on that value's line."""
    try:
        return loader.construct_object(node, deep=True)
    except YamlProblem:
        raise
    except (yaml.YAMLError, ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise YamlProblem(_line(node), f"cannot read this value ({brief(error)})") from None


def _construct_mapping(loader: Any, node: yaml.Node) -> LineDict:
    if not isinstance(node, yaml.MappingNode):
        raise YamlProblem(_line(node), "a mapping tag on something that is not a mapping")
    loader.flatten_mapping(node)
    result = LineDict()
    result.line = _line(node)
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = _construct(loader, key_node)
        line = _line(key_node)
        if not isinstance(key, str | int | float | bool) and key is not None:
            raise YamlProblem(line, "a key must be a plain word, not a list or mapping")
        if key in result:
            raise YamlProblem(line, f"key {excerpt(str(key))} appears twice in one mapping")
        result[key] = _construct(loader, value_node)
        result.key_lines[str(key)] = line
    return result


def _construct_sequence(loader: Any, node: yaml.Node) -> LineList:
    if not isinstance(node, yaml.SequenceNode):
        raise YamlProblem(_line(node), "a list tag on something that is not a list")
    result = LineList(_construct(loader, child) for child in node.value)
    result.line = _line(node)
    result.item_lines = [_line(child) for child in node.value]
    return result


_LineLoader.add_constructor("tag:yaml.org,2002:map", _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _construct_sequence)


MAX_DEPTH = 100  # levels of nesting; real files use fewer than ten, and the C parser crashes near 40,000


def nesting_problem(text: str, limit: int = MAX_DEPTH) -> tuple[int, str] | None:
    """(line, message) when the text nests lists or mappings deeper than `limit`, found without parsing it
    (the parser recurses and can crash the process first). Counts flow brackets outside quotes, and block
    indentation, which is at least one column per level."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        quote = ""  # a quote left open is prose (an apostrophe), not YAML
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#") and len(line) - len(stripped) > 2 * limit:
            return number, f"indented deeper than {limit} levels"
        for char in line:
            if quote:
                if char == quote:
                    quote = ""
            elif char in "\"'" and depth:
                quote = char
            elif char in "[{":
                depth += 1
                if depth > limit:
                    return number, f"nested deeper than {limit} levels"
            elif char in "]}" and depth:
                depth -= 1
            elif char == "#" and not depth:
                break
    return None


def load_yaml(text: str) -> Any:
    """Parse one YAML document; raises YamlProblem with a line number on any error."""
    deep = nesting_problem(text)
    if deep:
        raise YamlProblem(*deep)
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        raise YamlProblem(line, f"not valid YAML: {brief(error.problem or error)}") from None
    except yaml.reader.ReaderError as error:  # a character YAML does not allow, told by its position
        line = text.count("\n", 0, error.position) + 1
        raise YamlProblem(line, f"not valid YAML: {error.reason} (character #x{error.character:04x})") from None
    except RecursionError:
        raise YamlProblem(1, "nested too deeply to read") from None
    except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise YamlProblem(1, f"cannot read this file's top-level value ({brief(error)})") from None
