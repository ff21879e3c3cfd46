"""The one-file build carries the handout's print support: QtPrintSupport and its CUPS plugin, with CUPS itself
(and the dozen libraries it brings) left to the system."""

from __future__ import annotations

from tools import bundle

LINKS = {
    "/s/QtPrintSupport.abi3.so": ["libQt6PrintSupport.so.6"],
    "/s/libQt6PrintSupport.so.6": [],
    # ldd's whole tree: CUPS's own libraries are listed as the plugin's too
    "/s/libcupsprintersupport.so": ["libQt6PrintSupport.so.6", "libcups.so.2", "libgnutls.so.30"],
    "/s/libcups.so.2": ["libgnutls.so.30"],
    "/s/libgnutls.so.30": [],
}
BINARIES = [
    ("PySide6/QtPrintSupport.abi3.so", "/s/QtPrintSupport.abi3.so", "EXTENSION"),
    ("PySide6/Qt/lib/libQt6PrintSupport.so.6", "/s/libQt6PrintSupport.so.6", "BINARY"),
    ("PySide6/Qt/plugins/printsupport/libcupsprintersupport.so", "/s/libcupsprintersupport.so", "BINARY"),
    ("libcups.so.2", "/s/libcups.so.2", "BINARY"),
    ("libgnutls.so.30", "/s/libgnutls.so.30", "BINARY"),
]


def test_print_support_is_kept_and_cups_comes_from_the_system() -> None:
    kept = {dest for dest, _src, _code in bundle.keep_binaries(BINARIES, lambda path: LINKS.get(path, []))}
    assert kept == {
        "PySide6/QtPrintSupport.abi3.so",
        "PySide6/Qt/lib/libQt6PrintSupport.so.6",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    }


def test_the_print_module_is_not_excluded() -> None:
    assert "PySide6.QtPrintSupport" not in bundle.EXCLUDED_MODULES
    assert "printsupport/cupsprintersupport" in bundle.KEPT_PLUGINS
