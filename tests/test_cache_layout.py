"""What the start-up cache keeps of each kind of field, and what it gives back.

Caches already on disk hold this layout (core/pack_cache.py: were it changed, CACHE_FORMAT would be bumped),
and a restored pack must be the validated one, read-only as records are. The record types are made anew in
each test: a type's conversions are worked out once and kept, and here they are worked out in the test."""

# No `from __future__ import annotations`: the records below are read by their annotations, as objects.

import datetime
import marshal
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from core import pack_cache

DAY = datetime.date(2026, 5, 1)


def fresh_records() -> tuple[Any, Any]:
    """A leaf (a date and plain values) and a tree holding it every way a field can hold a record."""

    class Leaf(NamedTuple):
        when: datetime.date
        tags: tuple[str, ...]

    class Tree(NamedTuple):
        name: str
        leaf: Leaf
        leaves: tuple[Leaf, ...]
        by_id: Mapping[str, Leaf]
        words: tuple[str, ...]
        data: bytes

    return Leaf, Tree


def a_tree() -> tuple[Any, Any, Any]:
    leaf, tree = fresh_records()
    value = tree(
        "x",
        leaf(DAY, ("a",)),
        (leaf(DAY, ()), leaf(datetime.date(2025, 12, 31), ("b", "c"))),
        MappingProxyType({"k": leaf(DAY, ("d",))}),
        ("w",),
        b"\0",
    )
    return leaf, tree, value


def test_a_record_is_kept_as_plain_values_dates_as_iso_text_and_mappings_as_dicts() -> None:
    _, tree, value = a_tree()
    assert pack_cache._record_store(tree)(value) == (
        "x",
        ("2026-05-01", ("a",)),
        (("2026-05-01", ()), ("2025-12-31", ("b", "c"))),
        {"k": ("2026-05-01", ("d",))},
        ("w",),
        b"\0",
    )


def test_what_is_kept_comes_back_as_the_same_records_read_only() -> None:
    leaf, tree, value = a_tree()
    kept = marshal.loads(marshal.dumps(pack_cache._record_store(tree)(value)))
    restored = pack_cache._record_restore(tree)(kept)
    assert restored == value
    assert type(restored) is tree and type(restored.leaf) is leaf
    assert all(type(one) is leaf for one in (*restored.leaves, *restored.by_id.values()))
    assert restored.leaf.when == DAY and type(restored.leaf.when) is datetime.date
    assert isinstance(restored.by_id, MappingProxyType)


def test_a_record_of_plain_values_only_is_kept_and_restored_as_it_is() -> None:
    class Plain(NamedTuple):
        name: str
        sizes: tuple[int, ...]

    plain = Plain
    assert pack_cache._record_store(plain)(plain("x", (1, 2))) == ("x", (1, 2))
    restored = pack_cache._record_restore(plain)(["x", (1, 2)])
    assert restored == ("x", (1, 2)) and type(restored) is plain
