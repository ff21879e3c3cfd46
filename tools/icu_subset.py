"""Linux builds: replace Qt's 30 MiB ICU data library with an English-only one of about 4 MiB.

QtCore links ICU, and ICU's data (every locale, collation, converter and dictionary) is the largest
file in the bundle; a one-file executable inflates it at every start. The app is in English and uses
none of the converters, dictionaries or transliterators. ICU's own tool, icupkg (Debian package
icu-devtools), removes the items the app cannot need from the data package, and the C compiler wraps
what is left in a library with the same name and symbol, so QtCore links it as before. Anything
ICU is asked for that is gone falls back to its root data (for example German sorting becomes the
default order); Qt reports no error for it.

Needs `nm` (binutils), `icupkg` and `gcc`; without them the full library is kept and the build says why."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# A locale bundle: 'de.res', 'pt_BR.res', 'zh_Hant_TW.res', 'de_.res' (an alias), in any tree.
_LOCALE = re.compile(r"[a-z]{2,3}(_\w*)*")
_KEPT_LOCALE = re.compile(r"en(_\w+)?")
_NOT_LOCALES = {"res_index", "pool", "root"}
# Whole trees the app never asks for: Qt breaks text with its own tables and transliterates nothing.
_DROPPED_TREES = {"brkitr", "translit"}


def keep_item(item: str) -> bool:
    """Whether an item of the ICU data package ('coll/de.res', 'ibm-1047_P100-1995.cnv') stays."""
    tree, _, name = item.rpartition("/")
    if tree in _DROPPED_TREES or name.endswith((".cnv", ".dict")):
        return False  # charset converters (Qt converts UTF itself) and word-break dictionaries
    stem, _, kind = name.partition(".")
    if kind == "res" and stem not in _NOT_LOCALES and _LOCALE.fullmatch(stem):
        return bool(_KEPT_LOCALE.fullmatch(stem))
    return True


def english_icu_data(library: Path, work: Path) -> tuple[Path | None, str]:
    """Build the smaller library from `library` (libicudata.so.NN) in `work`: its path and a one-line
    report, or None and the reason it was not built."""
    missing = [tool for tool in ("nm", "icupkg", "gcc") if shutil.which(tool) is None]
    if missing:
        return None, f"kept the full ICU data: {', '.join(missing)} not installed (tools/bootstrap.sh build)"
    version = re.fullmatch(r"libicudata\.so\.(\d+)", library.name)
    if not version:
        return None, f"kept the full ICU data: {library.name} is not named like libicudata.so.NN"
    symbol = f"icudt{version.group(1)}_dat"
    package = f"icudt{version.group(1)}l"  # ICU looks items up under this name: the file must keep it
    blob = _symbol_bytes(library, symbol)
    if blob is None:
        return None, f"kept the full ICU data: no {symbol} found in {library}"
    work.mkdir(parents=True, exist_ok=True)
    (work / "in").mkdir(exist_ok=True)
    (work / "out").mkdir(exist_ok=True)
    full, small = work / "in" / f"{package}.dat", work / "out" / f"{package}.dat"
    full.write_bytes(blob)
    items = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    removed = [item for item in items if not keep_item(item)]
    (work / "removed.txt").write_text("\n".join(removed) + "\n")
    small.unlink(missing_ok=True)
    subprocess.run(["icupkg", "-r", str(work / "removed.txt"), str(full), str(small)], check=True, capture_output=True)
    source = work / "icudata.S"
    source.write_text(
        f"    .section .rodata\n    .globl {symbol}\n    .type {symbol}, @object\n    .balign 16\n"
        f'{symbol}:\n    .incbin "{small}"\n    .size {symbol}, . - {symbol}\n'
        '    .section .note.GNU-stack,"",@progbits\n'
    )
    target = work / library.name
    subprocess.run(
        ["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-o", str(target), str(source)],
        check=True,
        capture_output=True,
    )
    report = (
        f"ICU data cut to English: {len(items) - len(removed)} of {len(items)} items, "
        f"{library.stat().st_size / 2**20:.1f} MiB -> {target.stat().st_size / 2**20:.1f} MiB"
    )
    return target, report


def _symbol_bytes(library: Path, symbol: str) -> bytes | None:
    """The bytes of one exported data symbol, found by nm; the file offset is checked against ICU's
    common-data header, so a library laid out otherwise is left alone rather than misread."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)], capture_output=True, text=True)
    for line in listing.stdout.splitlines():
        fields = line.split()
        if len(fields) == 4 and fields[3] == symbol:
            start, size = int(fields[0], 16), int(fields[1], 16)
            data = library.read_bytes()
            blob = data[start : start + size]
            if blob[2:4] == b"\xda\x27" and blob[12:16] == b"CmnD":  # MappedData magic, common-data format
                return blob
    return None
