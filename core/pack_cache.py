"""A start-up cache of validated content packs, so a normal start needs neither YAML nor validation.

A cache is keyed by the app version and a hash of the contents of every file the pack is read from
(never by sizes or times, which an edit or an unzip can leave unchanged), and by the records' own
fields. It stores only plain values (marshal), never code, behind a checksum of them; anything wrong
with a cache (torn, tampered, forged, of another layout) means it is ignored, the pack is loaded and
validated, and the cache is written again.

The one-file executable unpacks its built-in pack afresh at every start, into a new folder, so it
carries its own cache, written at build time beside `data/`. Only that folder's own cache is trusted:
a `.pack-cache` file beside any other pack is never read."""

from __future__ import annotations

import contextlib
import datetime
import marshal
import math
import os
import zlib
from pathlib import Path
from types import MappingProxyType
from typing import Any

try:
    from _blake2 import blake2b  # what hashlib.blake2b is, without hashlib's 3 ms of OpenSSL at start-up
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

from core.paths import data_dir
from core.records import (
    VIEWS,
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
from core.safe_files import MEGABYTE, read_regular
from core.version import VERSION

# The files a pack is read from (content_loader reads exactly these).
PACK_FILES: tuple[str, ...] = (
    "pack.yaml",
    "sources.yaml",
    "notes.yaml",
    "devices.yaml",
    "treatments.yaml",
    "areas.yaml",
    "topics.yaml",
    *(f"{view}.svg" for view in VIEWS),
)
MAGIC = b"MCA-PACK-CACHE\n"
CACHE_LIMIT = 32 * MEGABYTE

# Bump when validation rules or this file's layout change, so no older cache is trusted (the records'
# fields are in the key already).
CACHE_FORMAT = 5

# The records' shapes are part of every key: a cache written for other fields is never read.
_LAYOUT = ";".join(
    f"{record.__name__}:{','.join(record._fields)}"
    for record in (PackInfo, Article, Area, NoGo, Treatment, DeviceClaim, Note, Source, Device, Topic, Diagram, Region)
)

_RECORDS = {"notes": Note, "sources": Source, "devices": Device, "topics": Topic}


def fingerprint(folder: Path) -> str | None:
    """A hash of everything the pack is read from, with the app version and the records' layout; None
    when a file cannot be read (the full load then says why)."""
    digest = blake2b(digest_size=20)
    digest.update(f"{VERSION}\n{CACHE_FORMAT}\n{_LAYOUT}\n".encode())
    for name in PACK_FILES:
        try:
            data = read_regular(folder / name)
        except FileNotFoundError:
            data = b"\0missing"
        except OSError:
            return None
        digest.update(f"{name}\0{len(data)}\0".encode())
        digest.update(data)
    return digest.hexdigest()


def _to_plain(pack: Pack) -> dict[str, Any]:
    info = pack.info
    return {
        "info": (
            info.title,
            info.content_version,
            info.reviewed.isoformat(),
            (info.article.title, info.article.publisher, info.article.file),
            info.disclaimer,
            info.do_not_use,
        ),
        **{name: [tuple(r) for r in getattr(pack, name).values()] for name in _RECORDS},
        "areas": [(*a[:-1], [tuple(z) for z in a.no_go]) for a in pack.areas.values()],
        "treatments": [
            (
                t.id,
                t.title,
                t.article_section,
                t.claims,
                t.how,
                [(c.device, c.claim) for c in t.devices],
                t.cautions,
                t.evidence,
            )
            for t in pack.treatments.values()
        ],
        "diagrams": [
            (
                d.view,
                d.file,
                d.svg,
                d.viewbox,
                [tuple(r) for r in d.regions.values()],
                [tuple(z) for z in d.zones.values()],
            )
            for d in pack.diagrams.values()
        ],
    }


def _proxy(records: list[Any]) -> MappingProxyType:
    return MappingProxyType({record.id if hasattr(record, "id") else record.view: record for record in records})


def _from_plain(plain: dict[str, Any], folder: Path) -> Pack:
    title, version, reviewed, article, disclaimer, do_not_use = plain["info"]
    info = PackInfo(
        title, version, datetime.date.fromisoformat(reviewed), Article(*article), disclaimer, tuple(do_not_use)
    )
    areas = [Area._make([*values[:-1], tuple(NoGo(*z) for z in values[-1])]) for values in plain["areas"]]
    treatments = [
        Treatment(i, t, s, c, h, tuple(DeviceClaim(*d) for d in devices), tuple(cautions), tuple(evidence))
        for i, t, s, c, h, devices, cautions, evidence in plain["treatments"]
    ]
    diagrams = [
        Diagram(
            view, file, svg, tuple(viewbox), _proxy([Region(*r) for r in regions]), _proxy([Region(*z) for z in zones])
        )
        for view, file, svg, viewbox, regions, zones in plain["diagrams"]
    ]
    built = {name: _proxy([record(*values) for values in plain[name]]) for name, record in _RECORDS.items()}
    return Pack(
        str(folder), info, areas=_proxy(areas), treatments=_proxy(treatments), diagrams=_proxy(diagrams), **built
    )


def _cache_file(cache: Path, folder: Path) -> Path:
    try:
        where = os.fsencode(folder.resolve())
    except (OSError, RuntimeError):
        where = os.fsencode(folder)
    return cache / f"pack-{zlib.crc32(where):08x}.bin"


def bundled_cache_file(folder: Path) -> Path:
    """Where a bundle keeps the cache of its built-in pack: beside the pack's folder."""
    return folder.parent / f"{folder.name}.pack-cache"


def _read(file: Path, folder: Path, key: str) -> Pack | None:
    """The pack in a cache file written for exactly this key, or None for anything else."""
    try:
        data = read_regular(file, CACHE_LIMIT)
    except OSError:
        return None
    head = len(MAGIC)
    checksum, payload = data[head : head + 32], data[head + 32 :]
    if not data.startswith(MAGIC) or blake2b(payload, digest_size=32).digest() != checksum:
        return None
    try:
        stored_key, plain = marshal.loads(payload)
        if stored_key != key:
            return None
        pack = _from_plain(plain, folder)
    except Exception:
        return None
    return pack if consistent(pack) else None


def consistent(pack: Pack) -> bool:
    """What validation guaranteed and the pages rely on: every reference resolves, every diagram can be drawn."""
    notes, sources = pack.notes, pack.sources
    checks = [
        all(s in sources for n in notes.values() for s in n.sources),
        all(t in pack.treatments for a in pack.areas.values() for t in a.treatments),
        all(c in notes for a in pack.areas.values() for c in a.cautions),
        all(n in notes for t in pack.treatments.values() for n in (*t.cautions, *t.evidence)),
        all(c.device in pack.devices for t in pack.treatments.values() for c in t.devices),
        all(n in notes and notes[n].rule for n in pack.info.do_not_use),
        all(n in notes for t in pack.topics.values() for n in t.notes),
        all(a.view in pack.diagrams and a.id in pack.diagrams[a.view].regions for a in pack.areas.values()),
        all(z.zone in pack.diagrams[a.view].zones for a in pack.areas.values() for z in a.no_go),
        all(
            len(d.viewbox) == 4 and all(math.isfinite(v) for v in d.viewbox) and d.viewbox[2] > 0 and d.viewbox[3] > 0
            for d in pack.diagrams.values()
        ),
    ]
    return all(checks)


def load_cached(folder: Path, cache: Path, builtin: Path | None = None) -> Pack | None:
    """The cached pack when it matches the folder's contents exactly, else None. The built-in pack's
    (`builtin`, by default the app's own data folder) bundled cache comes first; no other folder's
    bundled cache is ever read."""
    key = fingerprint(folder)
    if key is None:
        return None
    if _same(folder, builtin or data_dir()):
        pack = _read(bundled_cache_file(folder), folder, key)
        if pack is not None:
            return pack
    return _read(_cache_file(cache, folder), folder, key)


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except (OSError, RuntimeError):
        return False


def store(pack: Pack, folder: Path, cache: Path, key: str) -> None:
    """Keep a validated pack for the next start under the fingerprint taken before it was read;
    a cache that cannot be written is simply skipped."""
    with contextlib.suppress(OSError, ValueError):
        _write(pack, _cache_file(cache, folder), key)


def _write(pack: Pack, target: Path, key: str) -> None:
    """Whole or not at all: a temporary file of this process beside the target, then a rename."""
    payload = marshal.dumps((key, _to_plain(pack)))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with partial.open("wb") as stream:
            stream.write(MAGIC + blake2b(payload, digest_size=32).digest() + payload)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)


def write_bundled_cache(folder: Path, target: Path) -> None:
    """At build time: validate the built-in pack and write the cache the bundle carries beside it.
    Raises ContentError, so a broken pack cannot be built into an executable."""
    from core.content_loader import load_pack

    key = fingerprint(folder)
    pack = load_pack(folder)
    if key is None:
        raise OSError(f"cannot read every file of {folder}")
    _write(pack, target, key)


def load_pack_fast(folder: Path, cache: Path, builtin: Path | None = None) -> Pack:
    """A validated pack: from the cache when nothing changed, else loaded, validated and cached.

    Raises ContentError like load_pack; YAML and the validator are imported only on a cache miss."""
    pack = load_cached(folder, cache, builtin)
    if pack is None:
        from core.content_loader import load_pack

        key = fingerprint(folder)  # before reading: a file saved meanwhile makes the next start reload
        pack = load_pack(folder)
        if key is not None:
            store(pack, folder, cache, key)
    return pack
