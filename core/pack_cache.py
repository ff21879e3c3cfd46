"""A start-up cache of validated content packs, so a normal start needs neither YAML nor validation.

A cache is keyed by the app version and a hash of the contents of every file the pack is read from
(never by sizes or times, which an edit or an unzip can leave unchanged), and by the records' own
fields and their types. It stores only plain values (marshal), walked from the records' annotations
(core.record_types), never code, behind a checksum of them; anything wrong
with a cache (torn, tampered, forged, of another layout) means it is ignored, the pack is loaded and
validated, and the cache is written again.

The one-file executable unpacks its built-in pack afresh at every start, into a new folder, so it
carries its own cache, written at build time beside `data/`. Only that folder's own cache is trusted:
a `.pack-cache` file beside any other pack is never read."""

from __future__ import annotations

import contextlib
import functools
import marshal
import math
import os
import zlib
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

try:
    from _blake2 import blake2b  # what hashlib.blake2b is, without hashlib's 3 ms of OpenSSL at start-up
except ImportError:  # pragma: no cover - an interpreter built without it
    from hashlib import blake2b

from core.paths import data_dir
from core.record_types import fields, record_of, record_types
from core.records import VIEWS, Pack, date
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
    "conditions.yaml",
    *(f"{view}.svg" for view in VIEWS),
)
MAGIC = b"MCA-PACK-CACHE\n"
CACHE_LIMIT = 32 * MEGABYTE

# Bump only when the validation rules change: a cache holds a pack that passed the rules of its day.
# A field added to, removed from or retyped in a record needs no bump: every record's fields and their
# types are in the key (_LAYOUT). (Were the way _store keeps a kind of value ever changed, bump it then too.)
CACHE_FORMAT = 7  # 6: the client check's conditions; 7: search terms checked


def _type_name(kind: Any) -> str:
    return kind.__name__ if isinstance(kind, type) else str(kind)


# The records' shapes are part of every key: a cache written for other fields, or fields of other types,
# is never read. Every record a Pack holds, found from the records' annotations.
_LAYOUT = ";".join(
    f"{record.__name__}:{','.join(f'{name}={_type_name(kind)}' for name, kind in fields(record).items())}"
    for record in record_types(Pack)
)


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


# How each field is stored, walked from the records' fields (core.record_types): a plain value as it is,
# a date as its ISO text, a record as the tuple of its stored fields, a tuple of records as a tuple of
# those, a mapping of records as a dict. Adding a field to a record needs no change here.
Convert = Callable[[Any], Any]


def _converter(
    annotation: Any, of_date: Convert, record_converter: Callable[[type], Convert], mapping: Convert
) -> Convert | None:
    """One way's conversion (storing or restoring) of a field of this type, or None when its value is kept
    as it is: a date by `of_date`, a record by `record_converter(R)`, a tuple of records one by one, a
    mapping of records into `mapping` (dict to store, MappingProxyType to restore)."""
    if annotation is date:
        return of_date
    holds, record = record_of(annotation)
    if record is None:
        return None
    one = record_converter(record)
    if holds == "record":
        return one
    if holds == "records":
        return lambda values: tuple(map(one, values))
    return lambda stored: mapping({key: one(value) for key, value in stored.items()})


def _record_converter(record: type, convert: Callable[[Any], Convert | None], make: Convert) -> Convert:
    """A record's conversion: `make` applied to its values, each field's own conversion applied first."""
    changed = [(index, change) for index, kind in enumerate(fields(record).values()) if (change := convert(kind))]
    if not changed:
        return make

    def record_converter(values: Any) -> Any:
        converted = list(values)
        for index, change in changed:
            converted[index] = change(converted[index])
        return make(converted)

    return record_converter


def _store(annotation: Any) -> Convert | None:
    return _converter(annotation, date.isoformat, _record_store, dict)


@functools.cache
def _record_store(record: type) -> Convert:
    return _record_converter(record, _store, tuple)


def _restore(annotation: Any) -> Convert | None:
    return _converter(annotation, date.fromisoformat, _record_restore, MappingProxyType)


@functools.cache
def _record_restore(record: type) -> Convert:
    return _record_converter(record, _restore, record._make)  # type: ignore[attr-defined]


def _to_plain(pack: Pack) -> tuple[Any, ...]:
    """The pack as plain values (tuples, dicts, text, numbers, bytes) for marshal. Its folder is not kept:
    it is wherever the pack is read from (a bundle's is new at every start)."""
    plain: tuple[Any, ...] = _record_store(Pack)(pack._replace(folder=""))
    return plain


def _from_plain(plain: Any, folder: Path) -> Pack:
    pack: Pack = _record_restore(Pack)(plain)
    return pack._replace(folder=str(folder))


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
        # every check is made, so this one looks only in diagrams there are (the one above says if one is not)
        all(
            z.zone in pack.diagrams[a.view].zones
            for a in pack.areas.values()
            if a.view in pack.diagrams
            for z in a.no_go
        ),
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
