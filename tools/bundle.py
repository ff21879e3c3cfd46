"""What goes into the one-file executable: used by build.spec, for the app and for the bench's baseline.

PyInstaller's defaults bundle much the app never uses (QtNetwork and OpenSSL, QML, the GTK theme,
every translation, dozens of plugins). Here the bundle is cut down after analysis to what the app
needs: modules it never imports are excluded, translations and unused plugins are dropped, and a
shared library is kept only when something kept links it (the closure over link-time imports)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Modules the app never imports, which analysis would otherwise follow from the standard library. Not
# urllib.request, http and email: segno (the handout's QR code) imports xml.sax.saxutils, which imports them.
EXCLUDED_MODULES = [
    "tkinter",
    "unittest",
    "pydoc",
    "doctest",
    "pdb",
    "xmlrpc",
    "ssl",
    "_ssl",
    "ftplib",
    "smtplib",
    "socketserver",
    "asyncio",
    "multiprocessing",
    "concurrent",
    "lib2to3",
    "distutils",
    "setuptools",
    "pip",
    "curses",
    "readline",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDBus",
    "PySide6.QtTest",
    "PySide6.QtSql",
    "PySide6.QtConcurrent",
    "PySide6.QtXml",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtNetworkAuth",
    "PySide6.QtStateMachine",
    # rapidfuzz's AVX2 builds (5.3 MB of the 12 MB it installs): it tries them first and falls back to its
    # plain builds when they cannot be imported; search's fuzzy part is a small share of a keystroke's time.
    "rapidfuzz.fuzz_cpp_avx2",
    "rapidfuzz.distance.metrics_cpp_avx2",
    # The distance metrics' C++ build (3.0 MB unpacked at every start): search calls only fuzz.ratio through
    # process.extract, both from fuzz_cpp and process_cpp_impl, which do not import it; rapidfuzz.distance then
    # takes its pure-Python metrics, which search never calls (tests/test_bundle_fuzzy.py).
    "rapidfuzz.distance.metrics_cpp",
]

# Qt plugins the app loads, as "category/name" with the platform's prefix and suffix removed.
# Platforms: the native one, plus offscreen for --self-test and --screenshot with no display.
# Compose: typing accents with dead keys on Linux. No image-format plugins: PNG is built into QtGui,
# and the diagrams are drawn by QtSvg itself.
KEPT_PLUGINS = {
    "platforms/qxcb",
    "platforms/qoffscreen",
    "platforms/qwindows",
    "platforms/qcocoa",
    "platforminputcontexts/composeplatforminputcontextplugin",
    "styles/qmodernwindowsstyle",
    "styles/qmacstyle",
    # The handout's print dialog sees the system's printers through CUPS on Linux and macOS (Windows' are
    # built into QtPrintSupport itself).
    "printsupport/cupsprintersupport",
}

# Libraries taken from the system at run time, never bundled: CUPS brings a dozen of its own (GnuTLS, Kerberos,
# systemd's, about 8 MB in the file) and is on every Linux desktop that prints; where it is missing, the print
# plugin does not load and Qt's print dialog still prints to a PDF file.
SYSTEM_LIBRARIES = ("libcups.so",)

# What the one-file archive stores uncompressed: the unpacking step at each start trades file size
# for inflate time. "none" is PyInstaller's own choice (everything but the PYZ compressed).
STORED = {
    "none": set(),
    "binaries": {"BINARY", "EXTENSION"},
    "all": {"BINARY", "EXTENSION", "DATA", "EXECUTABLE", "PYSOURCE", "PYMODULE", "SPLASH"},
}
_TYPECODES = ("EXTENSION", "DATA", "BINARY", "EXECUTABLE", "PYSOURCE", "PYMODULE", "SPLASH", "PYZ", "SYMLINK")


def compression(stored: str) -> dict[str, bool]:
    """PyInstaller's per-type-code compression table for one of the STORED choices."""
    plain = STORED[stored] | {"PYZ", "SYMLINK"}  # the PYZ holds compressed modules; link names stay plain
    return {code: code not in plain for code in _TYPECODES}


Entry = tuple[str, str, str]  # (name in the bundle, file on disk, PyInstaller type code)


def plugin_key(dest: str) -> str | None:
    """'PySide6/Qt/plugins/platforms/libqxcb.so' -> 'platforms/qxcb'; None when not a Qt plugin."""
    parts = PurePosixPath(dest.replace("\\", "/")).parts
    if "plugins" not in parts:
        return None
    at = parts.index("plugins")
    if len(parts) != at + 3:
        return None
    stem = parts[at + 2].split(".")[0]
    if sys.platform != "win32" and stem.startswith("lib"):
        stem = stem[3:]
    return f"{parts[at + 1]}/{stem}"


def is_translation(dest: str) -> bool:
    return "translations" in PurePosixPath(dest.replace("\\", "/")).parts


def keep_datas(datas: Iterable[Entry]) -> list[Entry]:
    """Everything but Qt's translations (the app is in English, Qt's own strings too)."""
    return [entry for entry in datas if not is_translation(entry[0]) and plugin_key(entry[0]) is None]


def _basename(name: str) -> str:
    return os.path.basename(name.replace("\\", "/")).lower()


def _framework(dest: str) -> str | None:
    """macOS: the 'X.framework' folder an entry lies in, if any."""
    for part in PurePosixPath(dest.replace("\\", "/")).parts:
        if part.endswith(".framework"):
            return part
    return None


def keep_binaries(binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]) -> list[Entry]:
    """Drop unused plugins, then keep a library only when a kept module, plugin or library links it.

    `imports_of(path)` names the libraries a binary links (PyInstaller's bindepend on each platform).
    On macOS a kept framework keeps its symbolic links too."""
    entries = list(binaries)
    plugins = {entry[0]: plugin_key(entry[0]) for entry in entries}
    by_name: dict[str, list[Entry]] = {}
    for entry in entries:
        by_name.setdefault(_basename(entry[0]), []).append(entry)
    roots = [
        entry
        for entry in entries
        if (plugins[entry[0]] in KEPT_PLUGINS)
        or (plugins[entry[0]] is None and entry[2] == "EXTENSION")
        or _basename(entry[0]).startswith(("libpython", "python3"))
    ]
    kept: dict[str, Entry] = {}
    todo = list(roots)
    system = {dest for dest, _src, _code in entries if _basename(dest).startswith(SYSTEM_LIBRARIES)}
    system_files = {_basename(dest): src for dest, src, _code in entries if dest in system}
    kept.update({dest: ("", "", "") for dest in system})  # seen, so never followed nor kept
    while todo:
        dest, src, code = todo.pop()
        if dest in kept:
            continue
        kept[dest] = (dest, src, code)
        if code == "SYMLINK":
            continue  # its source field is the link's target name, not a file to read
        for name in _not_through_system(list(imports_of(src)), system_files, imports_of):
            todo.extend(
                found
                for found in by_name.get(_basename(name), [])
                if found[0] not in kept and plugins[found[0]] is None
            )
    frameworks = {_framework(dest) for dest in kept} - {None}
    return [
        entry
        for entry in entries
        if (entry[0] in kept and entry[0] not in system)
        or (entry[2] == "SYMLINK" and _framework(entry[0]) in frameworks)
    ]


def _not_through_system(
    names: list[str], system_files: dict[str, str], imports_of: Callable[[str], Iterable[str]]
) -> list[str]:
    """The libraries a binary links less those it has only through a system library: `imports_of` lists
    every library a binary loads (ldd's whole tree on Linux), so a plugin linking CUPS lists CUPS's own too."""
    through = [system_files[_basename(name)] for name in names if _basename(name) in system_files]
    if not through:
        return names
    theirs = {_basename(dep) for src in through for dep in imports_of(src)}
    return [name for name in names if _basename(name) not in theirs]


def with_english_icu(
    binaries: list[Entry], work: Path, build: Callable[[Path, Path], tuple[Path | None, str]]
) -> list[Entry]:
    """The same entries, with ICU's data library replaced by the English-only one `build` makes
    (tools/icu_subset.english_icu_data) where there is one (Linux); `build`'s report goes to stderr."""
    result = []
    for dest, src, code in binaries:
        if _basename(dest).startswith("libicudata.so"):
            smaller, report = build(Path(src), work)
            print(f"build.spec: {report}", file=sys.stderr)
            src = str(smaller) if smaller else src
        result.append((dest, src, code))
    return result


def dropped(before: Iterable[Entry], after: Iterable[Entry]) -> list[str]:
    kept = {entry[0] for entry in after}
    return sorted(entry[0] for entry in before if entry[0] not in kept)
