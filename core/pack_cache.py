"""A start-up cache of validated content packs, so a normal start needs neither YAML nor validation.

The cache is keyed by the app version and every pack file's name, size and modification time;
any change means a full load and validation. It stores only plain values (marshal), never code.

The one-file executable unpacks its built-in pack afresh at every start, into a new folder with new
modification times, so it carries its own cache, written at build time beside `data/` and keyed by
names and sizes only: the bundle cannot change without being rebuilt."""

from __future__ import annotations

import datetime
import marshal
import os
import zlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

from core.records import (
    Area,
    Article,
    Device,
    DeviceClaim,
    Diagram,
    NoGo,
    Note,
    Pack,
    PackInfo,
    Region,
    Source,
    Topic,
    Treatment,
)
from core.version import VERSION

# Bump when validation rules or this file's layout change, so no older cache is trusted (the records'
# fields are in the key already).
CACHE_FORMAT = 4

# The records' shapes are part of every key: a cache written for other fields is never read.
_LAYOUT = ";".join(
    f"{record.__name__}:{','.join(record._fields)}"
    for record in (PackInfo, Article, Area, NoGo, Treatment, DeviceClaim, Note, Source, Device, Topic, Diagram, Region)
)

_RECORDS = {"notes": Note, "sources": Source, "devices": Device, "topics": Topic}


def fingerprint(folder: Path, *, bundled: bool = False) -> str:
    """Changes whenever any file of the pack (or the app version) changes. A bundled pack's
    fingerprint leaves out where it lies and when its files were written."""
    parts = [VERSION, str(CACHE_FORMAT), _LAYOUT, "bundled" if bundled else str(folder.resolve())]
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        if entry.is_file():
            stat = entry.stat()
            parts.append(f"{entry.name}:{stat.st_size}" + ("" if bundled else f":{stat.st_mtime_ns}"))
    return "\n".join(parts)


def _to_plain(pack: Pack) -> dict[str, Any]:
    info = pack.info
    return {
        "info": (info.title, info.content_version, info.reviewed.isoformat(),
                 (info.article.title, info.article.publisher, info.article.file), info.disclaimer,
                 info.do_not_use),
        **{name: [tuple(r) for r in getattr(pack, name).values()] for name in _RECORDS},
        "areas": [(*a[:-1], [tuple(z) for z in a.no_go]) for a in pack.areas.values()],
        "treatments": [
            (t.id, t.title, t.article_section, t.claims, t.how, [(c.device, c.claim) for c in t.devices],
             t.cautions, t.evidence) for t in pack.treatments.values()
        ],
        "diagrams": [
            (d.view, d.file, d.svg, d.viewbox, [tuple(r) for r in d.regions.values()],
             [tuple(z) for z in d.zones.values()])
            for d in pack.diagrams.values()
        ],
    }


def _proxy(records: list[Any]) -> MappingProxyType:
    return MappingProxyType({record.id if hasattr(record, "id") else record.view: record for record in records})


def _from_plain(plain: dict[str, Any], folder: Path) -> Pack:
    title, version, reviewed, article, disclaimer, do_not_use = plain["info"]
    info = PackInfo(title, version, datetime.date.fromisoformat(reviewed), Article(*article), disclaimer,
                    tuple(do_not_use))
    areas = [Area(*values[:-1], no_go=tuple(NoGo(*z) for z in values[-1])) for values in plain["areas"]]
    treatments = [
        Treatment(i, t, s, c, h, tuple(DeviceClaim(*d) for d in devices), tuple(cautions), tuple(evidence))
        for i, t, s, c, h, devices, cautions, evidence in plain["treatments"]
    ]
    diagrams = [
        Diagram(view, file, svg, tuple(viewbox), _proxy([Region(*r) for r in regions]),
                _proxy([Region(*z) for z in zones]))
        for view, file, svg, viewbox, regions, zones in plain["diagrams"]
    ]
    built = {name: _proxy([record(*values) for values in plain[name]]) for name, record in _RECORDS.items()}
    return Pack(str(folder), info, areas=_proxy(areas), treatments=_proxy(treatments), diagrams=_proxy(diagrams),
                **built)


def _cache_file(cache: Path, folder: Path) -> Path:
    return cache / f"pack-{zlib.crc32(str(folder.resolve()).encode()):08x}.bin"


def bundled_cache_file(folder: Path) -> Path:
    """Where a bundle keeps the cache of its built-in pack: beside the pack's folder."""
    return folder.parent / f"{folder.name}.pack-cache"


def _read(file: Path, folder: Path, key: str) -> Pack | None:
    try:
        with file.open("rb") as stream:
            stored_key, plain = marshal.load(stream)
        return _from_plain(plain, folder) if stored_key == key else None
    except (OSError, EOFError, ValueError, TypeError, KeyError):
        return None


def load_cached(folder: Path, cache: Path) -> Pack | None:
    """The cached pack when it matches the folder exactly, else None: the bundle's own cache first."""
    bundled = bundled_cache_file(folder)
    if bundled.is_file():
        pack = _read(bundled, folder, fingerprint(folder, bundled=True))
        if pack is not None:
            return pack
    return _read(_cache_file(cache, folder), folder, fingerprint(folder))


def store(pack: Pack, folder: Path, cache: Path, key: str) -> None:
    """Keep a validated pack for the next start under the fingerprint taken before it was read;
    a cache that cannot be written is simply skipped."""
    try:
        _write(pack, _cache_file(cache, folder), key)
    except (OSError, ValueError):
        pass


def _write(pack: Pack, target: Path, key: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".tmp")
    with partial.open("wb") as stream:
        marshal.dump((key, _to_plain(pack)), stream)
    partial.replace(target)


def write_bundled_cache(folder: Path, target: Path) -> None:
    """At build time: validate the built-in pack and write the cache the bundle carries beside it.
    Raises ContentError, so a broken pack cannot be built into an executable."""
    from core.content_loader import load_pack

    key = fingerprint(folder, bundled=True)
    _write(load_pack(folder), target, key)


def load_pack_fast(folder: Path, cache: Path) -> Pack:
    """A validated pack: from the cache when nothing changed, else loaded, validated and cached.

    Raises ContentError like load_pack; YAML and the validator are imported only on a cache miss."""
    pack = load_cached(folder, cache)
    if pack is None:
        from core.content_loader import load_pack

        key = fingerprint(folder)  # before reading: a file saved meanwhile makes the next start reload
        pack = load_pack(folder)
        store(pack, folder, cache, key)
    return pack
