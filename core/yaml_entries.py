"""A YAML mapping read one entry at a time, so a value that cannot be built (`!!float abc`) costs only its key.

For files like the settings, where one bad line must not lose every other one. It uses PyYAML's pure-Python
composer, which fails on deep nesting with a RecursionError instead of crashing the process, and is only
needed for a file that `core.yaml_lines.load_yaml` refused."""

from __future__ import annotations

from typing import Any, NamedTuple

import yaml

from core.yaml_lines import nesting_problem

_BUILD_ERRORS = (
    yaml.YAMLError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    OverflowError,
    RecursionError,
    MemoryError,
)
SCAN_DEPTH = 500  # levels: a tenth of a second to scan at most; the composer gives up sooner (RecursionError)
_SHORT = 160  # characters of a PyYAML or Python error a message repeats (they can quote the whole value)


class Entry(NamedTuple):
    """One key of the mapping: as built (None when it could not be), as written, its line, its value, and
    '' or why the key or its value cannot be read."""

    key: Any
    name: str
    line: int
    value: Any
    problem: str


def _why(error: BaseException) -> str:
    text = (error.problem if isinstance(error, yaml.MarkedYAMLError) and error.problem else str(error)) or type(
        error
    ).__name__
    text = " ".join(text.split())
    return text if len(text) <= _SHORT else text[:_SHORT] + "…"


class _Builder:
    """Builds one node at a time; a loader that failed halfway is replaced, since it keeps half-built state."""

    def __init__(self) -> None:
        self._loader = yaml.SafeLoader("")

    def build(self, node: yaml.Node) -> tuple[Any, str]:
        """The value of one node, or (None, why it cannot be built)."""
        try:
            return self._loader.construct_document(node), ""
        except _BUILD_ERRORS as error:
            self._loader = yaml.SafeLoader("")
            return None, _why(error)


def key_name(key: object) -> str:
    """A key as a message names it: as written, cut short when long."""
    text = str(key)
    return text if len(text) <= 60 else text[:60] + "…"


def read_entries(text: str) -> list[Entry] | None:
    """Every top-level entry of the mapping in `text`, or None when `text` is not one mapping with
    distinct keys (bad syntax, a list, a repeated key, nesting past SCAN_DEPTH): a problem with the whole
    file. A value nested a little too deep for the strict reader costs only its key; nesting past SCAN_DEPTH
    is refused before parsing, since PyYAML's scanner takes time growing with the square of the depth (a
    line of 50,000 brackets took over 5 s)."""
    if nesting_problem(text, SCAN_DEPTH) is not None:
        return None
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        if root is None:
            return []
        if not isinstance(root, yaml.MappingNode):
            return None
        yaml.SafeLoader("").flatten_mapping(root)
    except _BUILD_ERRORS:
        return None
    builder = _Builder()
    entries: list[Entry] = []
    seen: set[Any] = set()
    for key_node, value_node in root.value:
        line = key_node.start_mark.line + 1
        if not isinstance(key_node, yaml.ScalarNode):
            entries.append(Entry(None, "(key)", line, None, "a key must be a plain word, not a list or mapping"))
            continue
        key, why = builder.build(key_node)
        if why:
            entries.append(Entry(None, key_name(key_node.value), line, None, f"cannot read this key ({why})"))
            continue
        if key in seen:
            return None
        seen.add(key)
        value, why = builder.build(value_node)
        why = f"cannot read this value ({why})" if why else ""
        entries.append(Entry(key, key_name(key_node.value), line, value, why))
    return entries
