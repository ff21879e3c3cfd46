"""What a record's fields hold, read from the records' own annotations (core/records.py).

A field holds a plain value (text, a number, bytes, a date, a tuple of those), a record, a tuple of
records, or a mapping of ids to records. The start-up cache (core.pack_cache) and the loader's building
of records (core.content_loader) both walk these, so a field added to a record needs no change there."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any, get_args, get_origin


def is_record(kind: Any) -> bool:
    """Whether `kind` is a record type: a NamedTuple."""
    return isinstance(kind, type) and issubclass(kind, tuple) and hasattr(kind, "_fields")


def fields(record: type) -> dict[str, Any]:
    """A record type's fields and their types, in order."""
    return dict(record.__annotations__)


@functools.cache  # each type is asked about at every start (the cache's key and its restoring)
def record_of(annotation: Any) -> tuple[str, type | None]:
    """What a field of this type holds: ("record", R), ("records", R) for a tuple of R, ("mapping", R) for
    a mapping of ids to R, or ("", None) for a plain value."""
    if is_record(annotation):
        return "record", annotation
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis and is_record(args[0]):
        return "records", args[0]
    if origin is Mapping and is_record(args[-1]):
        return "mapping", args[-1]
    return "", None


def record_types(root: type) -> Iterator[type]:
    """`root` and every record type its fields hold, at any depth, each once, in the order they are met."""
    seen: list[type] = []
    waiting = [root]
    while waiting:
        record = waiting.pop(0)
        if record in seen:
            continue
        seen.append(record)
        yield record
        waiting += [inner for _, inner in map(record_of, fields(record).values()) if inner is not None]
