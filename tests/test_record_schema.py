"""The records are the one truth: each content file's keys are its record's fields, and the start-up cache
and the loader walk the records' own annotations.

No `from __future__ import annotations`: the made-up records below need real annotations, as core/records.py's."""

import datetime
import marshal
import typing
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import pytest

from core import content_schema as schema
from core import pack_cache, record_types, records
from core.content_loader import LIST_FILES, load_pack, record_from
from core.records import Pack, PackInfo
from tests.conftest import DATA

# Fields of Pack that no YAML key gives: where it was read from, and the diagrams (the SVG files).
NOT_FROM_YAML = {"folder", "diagrams"}
# The type of value each kind of key gives (core.content_schema's checks), and what a list or a mapping gives.
KIND_TYPES = {
    "id": str,
    "text": str,
    "markdown": str,
    "enum": str,
    "bool": bool,
    "date": datetime.date,
    "ids": tuple[str, ...],
    "refs": tuple[str, ...],
    "terms": tuple[str, ...],
}


def _pairs() -> list[tuple[str, tuple[schema.Key, ...], type]]:
    """Every set of keys with the record its entries become, nested ones included."""
    fields = record_types.fields(Pack)
    pairs = [("pack.yaml", schema.PACK, PackInfo)]
    for file, keys in LIST_FILES.items():
        pairs.append((file, keys, record_types.record_of(fields[file.removesuffix(".yaml")])[1]))
    for where, keys, record in list(pairs):
        pairs += _nested(where, keys, record)
    return pairs


def _nested(where: str, keys: tuple[schema.Key, ...], record: type) -> list[tuple[str, tuple[schema.Key, ...], type]]:
    found = []
    for key in keys:
        if key.inner:
            inner = record_types.record_of(record_types.fields(record)[key.name])[1]
            assert inner is not None, f"{where}: {key.name} is a {key.kind}, but its field holds no record"
            found.append((f"{where}.{key.name}", key.inner, inner))
            found += _nested(f"{where}.{key.name}", key.inner, inner)
    return found


def test_every_file_is_a_field_of_the_pack_and_every_field_a_file() -> None:
    from_files = {"info"} | {file.removesuffix(".yaml") for file in LIST_FILES}
    assert set(Pack._fields) == from_files | NOT_FROM_YAML


@pytest.mark.parametrize(("where", "keys", "record"), _pairs(), ids=lambda value: getattr(value, "__name__", None))
def test_each_key_is_a_field_of_its_record_of_the_same_kind(where: str, keys, record: type) -> None:
    fields = record_types.fields(record)
    assert [key.name for key in keys if key.name not in fields] == [], f"{where}: keys without a field"
    assert [name for name in fields if name not in {key.name for key in keys}] == [], f"{where}: fields without a key"
    for key in keys:
        holds, _ = record_types.record_of(fields[key.name])
        if key.kind == "mapping":
            assert holds == "record", f"{where}.{key.name}"
        elif key.kind == "list":
            assert holds == "records", f"{where}.{key.name}"
        else:
            assert fields[key.name] == KIND_TYPES[key.kind], f"{where}.{key.name}"
        # A key a file may leave out is a field with a default, and only such a key.
        assert key.required != (key.name in record._field_defaults), f"{where}.{key.name}"


def test_record_annotations_are_types_not_strings() -> None:
    """core/records.py has no `from __future__ import annotations`: the cache and the loader read them."""
    for record in record_types.record_types(Pack):
        for name, annotation in record_types.fields(record).items():
            assert not isinstance(annotation, str), f"{record.__name__}.{name}"
    assert typing.get_type_hints(Pack) == record_types.fields(Pack)
    assert records.Pack in set(record_types.record_types(Pack))


def test_the_cache_layout_names_every_field_and_its_type() -> None:
    for record in record_types.record_types(Pack):
        for name, annotation in record_types.fields(record).items():
            assert f"{name}={pack_cache._type_name(annotation)}" in pack_cache._LAYOUT, f"{record.__name__}.{name}"
    assert "reviewed=date" in pack_cache._LAYOUT and "regions=collections.abc.Mapping[str, core.records.Region]" in (
        pack_cache._LAYOUT
    )


class _Inner(NamedTuple):
    when: datetime.date
    tags: tuple[str, ...] = ()


class _Outer(NamedTuple):
    id: str
    inner: _Inner
    items: tuple[_Inner, ...]
    by_id: Mapping[str, _Inner] = MappingProxyType({})
    data: bytes = b""


def test_a_new_field_of_any_shape_round_trips_through_the_cache_with_no_change_there() -> None:
    day = datetime.date(2026, 5, 1)
    value = _Outer(
        "x", _Inner(day, ("a",)), (_Inner(day), _Inner(day, ("b", "c"))), MappingProxyType({"k": _Inner(day)}), b"\0"
    )
    plain: Any = pack_cache._record_store(_Outer)(value)
    assert pack_cache._record_restore(_Outer)(marshal.loads(marshal.dumps(plain))) == value


def test_the_loader_builds_records_from_entries_by_their_fields() -> None:
    day = datetime.date(2026, 5, 1)
    entry = {"id": "x", "inner": {"when": day, "_line": 3}, "items": ({"when": day, "tags": ("t",)},), "_line": 1}
    assert record_from(_Outer, entry) == _Outer("x", _Inner(day), (_Inner(day, ("t",)),))


def test_the_shipped_pack_survives_the_cache_unchanged(tmp_path: Path) -> None:
    pack = load_pack(DATA)
    assert pack_cache._from_plain(pack_cache._to_plain(pack), DATA) == pack
    assert pack_cache._from_plain(pack_cache._to_plain(pack), tmp_path).folder == str(tmp_path)
