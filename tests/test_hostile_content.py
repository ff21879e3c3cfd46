"""Hostile or odd content packs and caches: each ends in a clear message naming the file, fast, never a
hang, a crash or stale content."""

from __future__ import annotations

import marshal
import os
import shutil
import time
from pathlib import Path
from types import MappingProxyType

import pytest

from core import pack_cache
from core.content_loader import load_pack
from core.pack_cache import bundled_cache_file, load_cached, load_pack_fast, write_bundled_cache
from core.problems import ContentError
from tests.conftest import DATA, MINIMAL_PACK


def problems_of(folder: Path) -> list[str]:
    start = time.monotonic()
    with pytest.raises(ContentError) as caught:
        load_pack(folder)
    assert time.monotonic() - start < 5, "took too long: a hang in the making"
    report = caught.value.report()
    assert len(report) < 20_000
    return [str(problem) for problem in caught.value.problems]


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- files that are not files ----------------------------------------------------------------------


def test_a_fifo_in_place_of_a_pack_file_is_named_not_waited_for(pack_copy) -> None:
    folder = pack_copy()
    (folder / "areas.yaml").unlink()
    os.mkfifo(folder / "areas.yaml")
    assert "areas.yaml:1: (file): is a pipe (FIFO), not a regular file" in problems_of(folder)


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_an_endless_device_is_refused_before_reading(pack_copy, target) -> None:
    folder = pack_copy()
    (folder / "pack.yaml").unlink()
    (folder / "pack.yaml").symlink_to(target)
    assert "pack.yaml:1: (file): is a device, not a regular file" in problems_of(folder)


def test_a_folder_a_loop_and_a_huge_file_in_place_of_pack_files(pack_copy) -> None:
    folder = pack_copy()
    (folder / "notes.yaml").unlink()
    (folder / "notes.yaml").mkdir()
    (folder / "topics.yaml").unlink()
    (folder / "topics.yaml").symlink_to(folder / "topics.yaml")
    with (folder / "face.svg").open("ab") as svg:
        svg.truncate(5 * 1024 * 1024)
    found = problems_of(folder)
    assert "notes.yaml:1: (file): is a folder, not a regular file" in found
    assert "topics.yaml:1: (file): is a loop of symbolic links" in found
    assert "face.svg:1: (file): is larger than 4 MB (5 MB)" in found


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda tmp: tmp / "nowhere", "does not exist"),
        (lambda tmp: (tmp / "a-file").write_text("x") and tmp / "a-file", "is a file, not a folder"),
        (lambda tmp: (tmp / "loop").symlink_to(tmp / "loop") or tmp / "loop", "is a loop of symbolic links"),
        (lambda tmp: tmp / ("x" * 300), "has a name too long for this system"),
    ],
)
def test_a_content_folder_that_cannot_be_used_is_named(tmp_path: Path, make, message) -> None:
    folder = make(tmp_path)
    found = problems_of(folder)
    assert len(found) == 1 and found[0].endswith(f"(folder): {message}")
    assert load_cached(folder, tmp_path / "cache") is None


def test_a_pack_in_a_folder_whose_name_is_not_utf8_loads(tmp_path: Path) -> None:
    folder = Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9"))
    shutil.copytree(MINIMAL_PACK, folder)
    assert load_pack_fast(folder, tmp_path / "cache") == load_pack(folder)
    assert load_cached(folder, tmp_path / "cache") == load_pack(folder)


# -- values that are too big, too deep or not what they claim --------------------------------------


def test_an_alias_bomb_in_a_value_is_reported_in_a_few_words(pack_copy) -> None:
    folder = pack_copy()
    bomb = "".join(f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9 if i else ['lol'] * 9)}]\n" for i in range(9))
    text = (folder / "pack.yaml").read_text(encoding="utf-8")
    (folder / "pack.yaml").write_text(bomb.replace("a", "x") + text.replace("title: Mini Atlas", "title: *x8"))
    found = problems_of(folder)
    assert any(p.startswith("pack.yaml:") and "needs some text" in p for p in found)


def test_a_ten_megabyte_title_cannot_get_in(pack_copy) -> None:
    folder = pack_copy()
    edit(folder / "areas.yaml", "  title: Top\n", "  title: " + "T" * 3_000_000 + "\n")
    assert "areas.yaml:3: top.title: is 3000000 characters long; at most 600 fit here" in problems_of(folder)


def test_yaml_nested_a_hundred_thousand_deep_is_refused_before_the_parser_recurses(pack_copy) -> None:
    folder = pack_copy()
    (folder / "devices.yaml").write_text("- id: " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert "devices.yaml:1: (file): nested deeper than 100 levels" in problems_of(folder)


def test_an_empty_list_file_is_named_as_the_problem(pack_copy) -> None:
    folder = pack_copy()
    (folder / "treatments.yaml").write_text("[]\n")
    assert "treatments.yaml:1: (file): is an empty list; it needs at least one entry" in problems_of(folder)


# -- diagrams that reach outside themselves --------------------------------------------------------


@pytest.mark.parametrize(
    ("svg", "expected"),
    [
        ('<image href="/some/fifo" width="9" height="9"/>', "<image> is not allowed in a diagram"),
        ('<use xlink:href="file:///etc/passwd#x"/>', "refers to 'file:///etc/passwd#x', outside the diagram"),
        ('<rect width="1" height="1" style="fill: url(http://evil/x.svg#a)"/>', "refers to an outside file"),
        ("<style>@import url(x.css);</style>", "a style that loads an outside file is not allowed"),
        ("<script>alert(1)</script>", "<script> is not allowed in a diagram"),
    ],
)
def test_a_diagram_may_not_refer_outside_itself(pack_copy, svg, expected) -> None:
    folder = pack_copy()
    edit(folder / "face.svg", '<g id="artwork">', f'<g id="artwork">{svg}')
    assert any(p.startswith("face.svg:2:") and expected in p for p in problems_of(folder)), problems_of(folder)


def test_a_doctype_and_deep_nesting_in_a_diagram_are_refused(pack_copy) -> None:
    folder = pack_copy()
    text = (folder / "face.svg").read_text(encoding="utf-8")
    deep = "<g>" * 500 + '<path d="M1,1 L2,2 Z"/>' + "</g>" * 500
    text = text.replace('<circle id="top" cx="100" cy="80" r="50"/>', f'<g id="top">{deep}</g>')
    (folder / "face.svg").write_text('<!DOCTYPE svg [<!ENTITY x "y">]>\n' + text, encoding="utf-8")
    found = problems_of(folder)
    assert "face.svg:1: svg: a DOCTYPE is not allowed in a diagram (it can name outside files)" in found
    assert any("elements nested deeper than 64 levels" in p for p in found)


# -- the cache: keyed on contents, never forged, never trusted when damaged ------------------------


def test_an_edit_that_keeps_size_and_time_is_seen(pack_copy, tmp_path: Path) -> None:
    folder = pack_copy()
    cache = tmp_path / "cache"
    assert load_pack_fast(folder, cache).areas["top"].title == "Top"
    areas = folder / "areas.yaml"
    before = areas.stat()
    areas.write_text(areas.read_text().replace("title: Top", "title: Pot"))  # same size
    os.utime(areas, ns=(before.st_atime_ns, before.st_mtime_ns))  # touch -r, or an unzip's fixed times
    assert areas.stat().st_size == before.st_size
    assert load_pack_fast(folder, cache).areas["top"].title == "Pot"
    areas.write_text(areas.read_text().replace("title: Pot", "titel: Pot"))  # broken, still the same size
    os.utime(areas, ns=(before.st_atime_ns, before.st_mtime_ns))
    with pytest.raises(ContentError):
        load_pack_fast(folder, cache)


def test_a_forged_bundle_cache_beside_a_site_pack_is_never_read(pack_copy, tmp_path: Path) -> None:
    honest = pack_copy()
    forged_from = tmp_path / "forger"
    shutil.copytree(honest, forged_from)
    edit(forged_from / "areas.yaml", "title: Top", "title: Buy pills online")
    site = tmp_path / "site"
    shutil.copytree(honest, site)
    write_bundled_cache(forged_from, bundled_cache_file(site))
    # Even keyed for the site's exact contents, a cache beside a site pack is not the app's own.
    key = pack_cache.fingerprint(site)
    data = bundled_cache_file(site).read_bytes()
    assert key is not None and data
    assert load_pack_fast(site, tmp_path / "cache").areas["top"].title == "Top"


def _cache_files(cache: Path) -> list[Path]:
    return [p for p in cache.iterdir() if p.suffix == ".bin"]


@pytest.mark.parametrize("damage", ["truncate", "flip", "huge-length", "forged-invariant"])
def test_a_damaged_or_tampered_cache_means_a_full_load(pack_copy, tmp_path: Path, damage) -> None:
    folder = pack_copy()
    cache = tmp_path / "cache"
    good = load_pack_fast(folder, cache)
    (file,) = _cache_files(cache)
    data = file.read_bytes()
    if damage == "truncate":
        file.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        file.write_bytes(data[:-100] + bytes([data[-100] ^ 0x55]) + data[-99:])
    elif damage == "huge-length":
        payload = b"[" + (2**31 - 1).to_bytes(4, "little")
        file.write_bytes(pack_cache.MAGIC + pack_cache.blake2b(payload, digest_size=32).digest() + payload)
    else:  # a cache with a valid checksum whose records break what validation promised: a zero viewBox
        key, plain = marshal.loads(data[len(pack_cache.MAGIC) + 32 :])
        pack = pack_cache._from_plain(plain, folder)
        flat = {view: diagram._replace(viewbox=(0.0, 0.0, 0.0, 0.0)) for view, diagram in pack.diagrams.items()}
        payload = marshal.dumps((key, pack_cache._to_plain(pack._replace(diagrams=MappingProxyType(flat)))))
        file.write_bytes(pack_cache.MAGIC + pack_cache.blake2b(payload, digest_size=32).digest() + payload)
    assert load_cached(folder, cache) is None
    assert load_pack_fast(folder, cache) == good
    assert load_cached(folder, cache) == good  # and the cache is written again


def test_a_fifo_in_place_of_the_cache_is_not_waited_for(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_pack_fast(DATA, cache)
    (file,) = _cache_files(cache)
    file.unlink()
    os.mkfifo(file)
    assert load_cached(DATA, cache) is None
    assert load_pack_fast(DATA, cache) == load_pack(DATA)
