"""The start-up cache returns exactly the validated pack, and never a stale one."""

from __future__ import annotations

import math
import os
from pathlib import Path
from types import MappingProxyType

import pytest

from core.content_loader import load_pack
from core.pack_cache import consistent, load_cached, load_pack_fast
from core.problems import ContentError
from core.records import Pack
from tests.conftest import DATA


def test_cached_pack_equals_a_fresh_load(tmp_path: Path) -> None:
    fresh = load_pack(DATA)
    assert load_cached(DATA, tmp_path) is None
    assert load_pack_fast(DATA, tmp_path) == fresh
    cached = load_cached(DATA, tmp_path)
    assert cached == fresh
    assert cached.areas["neck"] == fresh.areas["neck"]
    assert cached.diagrams["face"].regions == fresh.diagrams["face"].regions


def test_a_changed_file_is_loaded_and_validated_again(pack_copy, tmp_path: Path) -> None:
    folder = pack_copy()
    cache = tmp_path / "cache"
    assert load_pack_fast(folder, cache).areas["top"].title == "Top"
    areas = folder / "areas.yaml"
    areas.write_text(areas.read_text().replace("title: Top", "title: Summit"))
    os.utime(areas, ns=(1, 1))
    assert load_pack_fast(folder, cache).areas["top"].title == "Summit"
    areas.write_text(areas.read_text().replace("title: Summit", "colour: red"))
    with pytest.raises(ContentError):
        load_pack_fast(folder, cache)


def test_a_damaged_cache_file_is_ignored(tmp_path: Path) -> None:
    load_pack_fast(DATA, tmp_path)
    for file in tmp_path.iterdir():
        file.write_bytes(b"not a cache")
    assert load_pack_fast(DATA, tmp_path) == load_pack(DATA)


def test_the_cache_key_is_taken_before_the_files_are_read(pack_copy, tmp_path: Path, monkeypatch) -> None:
    """A file saved while the pack is being read must not be cached under its new fingerprint."""
    import core.content_loader as loader

    folder = pack_copy()
    real_load = loader.load_pack

    def load_then_edit(path: Path):
        pack = real_load(path)
        areas = folder / "areas.yaml"
        areas.write_text(areas.read_text().replace("title: Top", "title: Top edited"))
        os.utime(areas, ns=(2, 2))
        return pack

    monkeypatch.setattr(loader, "load_pack", load_then_edit)
    assert load_pack_fast(folder, tmp_path).areas["top"].title == "Top"
    monkeypatch.setattr(loader, "load_pack", real_load)
    assert load_pack_fast(folder, tmp_path).areas["top"].title == "Top edited"


def test_a_bundle_carries_its_cache_wherever_and_whenever_it_is_unpacked(pack_copy, tmp_path: Path) -> None:
    import shutil

    from core.pack_cache import bundled_cache_file, write_bundled_cache

    built = pack_copy()
    write_bundled_cache(built, bundled_cache_file(built))
    unpacked = tmp_path / "_MEI1234" / built.name  # a new folder and new file times at every start
    shutil.copytree(built, unpacked, copy_function=shutil.copy)
    shutil.copy(bundled_cache_file(built), bundled_cache_file(unpacked))
    user_cache = tmp_path / "user-cache"
    pack = load_cached(unpacked, user_cache, builtin=unpacked)
    assert pack == load_pack(unpacked)
    assert pack.folder == str(unpacked)
    assert not user_cache.exists()
    areas = unpacked / "areas.yaml"
    areas.write_text(areas.read_text().replace("title: Top", "title: Summit"))
    assert load_cached(unpacked, user_cache, builtin=unpacked) is None  # differs from the bundle's: read afresh
    assert load_pack_fast(unpacked, user_cache, builtin=unpacked).areas["top"].title == "Summit"


def test_a_broken_pack_cannot_be_built_into_a_bundle(pack_copy) -> None:
    from core.pack_cache import bundled_cache_file, write_bundled_cache

    folder = pack_copy()
    (folder / "areas.yaml").write_text("areas: [")
    with pytest.raises(ContentError):
        write_bundled_cache(folder, bundled_cache_file(folder))
    assert not bundled_cache_file(folder).exists()


def test_the_first_start_makes_the_cache_folder_and_the_next_start_reads_it(tmp_path: Path) -> None:
    cache = tmp_path / "home" / ".cache" / "microcurrent-atlas"  # a new user: not even ~/.cache yet
    load_pack_fast(DATA, cache)
    assert load_cached(DATA, cache) == load_pack(DATA)


def test_a_bundle_s_start_reads_its_own_cache_and_writes_nothing_in_the_user_s(pack_copy, tmp_path: Path) -> None:
    """A bundle unpacks into a new folder at every start: a cache of each would pile up in the user's folder."""
    import shutil

    from core.pack_cache import bundled_cache_file, write_bundled_cache

    built = pack_copy()
    write_bundled_cache(built, bundled_cache_file(built))
    unpacked = tmp_path / "_MEI5678" / built.name
    shutil.copytree(built, unpacked, copy_function=shutil.copy)
    shutil.copy(bundled_cache_file(built), bundled_cache_file(unpacked))
    user_cache = tmp_path / "user-cache"
    assert load_pack_fast(unpacked, user_cache, builtin=unpacked) == load_pack(unpacked)
    assert not user_cache.exists()


def _with(pack: Pack, **changes: object) -> Pack:
    """The pack with each diagram changed (viewbox=...), or without a view's diagram (drop=view), or other
    pack info (do_not_use=...)."""
    diagrams = {
        view: d._replace(**{k: v for k, v in changes.items() if k == "viewbox"}) for view, d in pack.diagrams.items()
    }
    diagrams.pop(str(changes.get("drop", "")), None)
    info = pack.info._replace(**{k: v for k, v in changes.items() if k == "do_not_use"})
    return pack._replace(diagrams=MappingProxyType(diagrams), info=info)


def test_a_cache_is_trusted_only_when_every_diagram_can_be_drawn() -> None:
    pack = load_pack(DATA)
    assert consistent(pack)
    assert consistent(_with(pack, viewbox=(0.0, 0.0, 0.5, 0.25)))  # small, but a size
    for box in [(0, 0, 0, 10), (0, 0, 10, 0), (0, 0, -1, 10), (0, 0, 10, -1), (0, 0, math.inf, 10), (0, 0, 10)]:
        assert not consistent(_with(pack, viewbox=box)), box
    assert not consistent(_with(pack, drop="face"))


def test_a_cache_is_trusted_only_when_each_rule_heading_the_pages_is_a_note_with_a_rule() -> None:
    pack = load_pack(DATA)
    assert pack.info.do_not_use and consistent(pack)
    assert not consistent(_with(pack, do_not_use=(*pack.info.do_not_use, "no-such-note")))
    ruleless = next(note.id for note in pack.notes.values() if not note.rule)
    assert not consistent(_with(pack, do_not_use=(ruleless,)))


def test_a_cache_that_cannot_be_written_never_stops_a_start(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("")  # where the cache folder would be, a file
    assert load_pack_fast(DATA, tmp_path / "cache" / "microcurrent-atlas") == load_pack(DATA)
