"""What each field of a record holds, read from its annotation: what the start-up cache and the loader walk,
so a field added to a record needs no change there."""

# No `from __future__ import annotations`: the records below are read by their annotations, as objects.

import datetime
from collections.abc import Mapping
from typing import NamedTuple

from core.record_types import fields, is_record, record_of, record_types
from core.records import Area, NoGo, Pack


class Leaf(NamedTuple):
    name: str
    when: datetime.date


class Twig(NamedTuple):
    leaf: Leaf
    size: int = 0


class Branch(NamedTuple):
    twig: Twig
    leaves: tuple[Leaf, ...]
    by_id: Mapping[str, Twig]
    words: tuple[str, ...]
    pair: tuple[Leaf, Leaf]
    plain: dict[str, Leaf]
    counts: Mapping[str, int]


def test_a_record_is_a_named_tuple_type_and_nothing_else() -> None:
    assert is_record(Leaf) and is_record(Area)
    assert not is_record(Leaf("x", datetime.date(2026, 1, 2)))  # a record, not a record type
    assert not is_record(tuple) and not is_record(str) and not is_record(dict) and not is_record("Leaf")


def test_what_each_kind_of_field_holds() -> None:
    assert [record_of(kind) for kind in fields(Branch).values()] == [
        ("record", Twig),
        ("records", Leaf),
        ("mapping", Twig),
        ("", None),
        ("", None),  # a pair of records is not a tuple of any length
        ("", None),  # a dict is written by the loader itself, not a mapping field
        ("", None),
    ]
    assert record_of(str) == ("", None) and record_of(datetime.date) == ("", None)


def test_a_record_s_fields_come_in_order_with_their_types() -> None:
    assert fields(Twig) == {"leaf": Leaf, "size": int}
    assert list(fields(Branch)) == ["twig", "leaves", "by_id", "words", "pair", "plain", "counts"]


class Pair(NamedTuple):
    first: Leaf
    second: Leaf
    twig: Twig


def test_every_record_type_a_record_holds_is_found_once_in_the_order_met() -> None:
    assert list(record_types(Branch)) == [Branch, Twig, Leaf]
    assert list(record_types(Pair)) == [Pair, Leaf, Twig]  # a type met again is passed over, not the end
    assert list(record_types(Leaf)) == [Leaf]
    found = list(record_types(Pack))
    assert found[0] is Pack and Area in found and NoGo in found
    assert len(found) == len(set(found))
