"""What the one-file build keeps: the plugins the app loads and the libraries something kept links."""

from __future__ import annotations

from tools import bundle

LINKS = {
    "/s/QtWidgets.abi3.so": ["libQt6Widgets.so.6", "libc.so.6"],
    "/s/libQt6Widgets.so.6": ["libQt6Gui.so.6"],
    "/s/libQt6Gui.so.6": ["libQt6Core.so.6"],
    "/s/libQt6Core.so.6": ["libicuuc.so.73"],
    "/s/libicuuc.so.73": ["libicudata.so.73"],
    "/s/libqxcb.so": ["libQt6XcbQpa.so.6"],
    "/s/libQt6XcbQpa.so.6": ["libQt6Gui.so.6", "libxcb-cursor.so.0"],
    "/s/libqgtk3.so": ["libgtk-3.so.0"],
    "/s/libgtk-3.so.0": [],
    "/s/libQt6Network.so.6": ["libssl.so.3"],
    "/s/libssl.so.3": [],
}


def entry(dest: str, code: str = "BINARY") -> tuple[str, str, str]:
    return dest, "/s/" + dest.rsplit("/", 1)[-1], code


BINARIES = [
    entry("PySide6/QtWidgets.abi3.so", "EXTENSION"),
    *(
        entry(f"PySide6/Qt/lib/{name}")
        for name in (
            "libQt6Widgets.so.6",
            "libQt6Gui.so.6",
            "libQt6Core.so.6",
            "libicuuc.so.73",
            "libicudata.so.73",
            "libQt6XcbQpa.so.6",
            "libQt6Network.so.6",
        )
    ),
    entry("PySide6/Qt/plugins/platforms/libqxcb.so"),
    entry("PySide6/Qt/plugins/platformthemes/libqgtk3.so"),
    entry("libgtk-3.so.0"),
    entry("libssl.so.3"),
    entry("libpython3.11.so.1.0"),
]


def kept_names(entries) -> set[str]:
    return {dest.rsplit("/", 1)[-1] for dest, _src, _code in entries}


def test_only_what_a_kept_module_or_plugin_links_is_kept() -> None:
    kept = kept_names(bundle.keep_binaries(BINARIES, lambda path: LINKS.get(path, [])))
    assert kept == {
        "QtWidgets.abi3.so",
        "libQt6Widgets.so.6",
        "libQt6Gui.so.6",
        "libQt6Core.so.6",
        "libicuuc.so.73",
        "libicudata.so.73",
        "libqxcb.so",
        "libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
    }
    assert "libqgtk3.so" not in kept and "libgtk-3.so.0" not in kept  # the GTK theme and what it drags in
    assert "libQt6Network.so.6" not in kept and "libssl.so.3" not in kept


def test_translations_and_plugin_data_are_dropped_and_the_content_kept() -> None:
    datas = [
        ("PySide6/Qt/translations/qtbase_de.qm", "/s/qtbase_de.qm", "DATA"),
        ("data/areas.yaml", "/p/data/areas.yaml", "DATA"),
        ("data/fonts/Inter-Regular.otf", "/p/data/fonts/Inter-Regular.otf", "DATA"),
    ]
    assert [dest for dest, _s, _c in bundle.keep_datas(datas)] == ["data/areas.yaml", "data/fonts/Inter-Regular.otf"]


def test_plugins_are_named_the_same_on_every_platform() -> None:
    assert bundle.plugin_key("PySide6/Qt/plugins/platforms/libqxcb.so") == "platforms/qxcb"
    assert bundle.plugin_key("PySide6/Qt/plugins/platforms/libqcocoa.dylib") == "platforms/qcocoa"
    assert bundle.plugin_key("PySide6/Qt/lib/libQt6Core.so.6") is None


def test_a_kept_macos_framework_keeps_its_symbolic_links() -> None:
    framework = "PySide6/Qt/lib/QtCore.framework"
    binaries = [
        entry("PySide6/QtCore.abi3.so", "EXTENSION"),
        (f"{framework}/Versions/A/QtCore", "/s/QtCore", "BINARY"),
        (f"{framework}/QtCore", "Versions/Current/QtCore", "SYMLINK"),
        (f"{framework}/Versions/Current", "A", "SYMLINK"),
        ("PySide6/Qt/lib/QtNetwork.framework/Versions/Current", "A", "SYMLINK"),
    ]
    links = {"/s/QtCore.abi3.so": ["@rpath/QtCore.framework/Versions/A/QtCore"]}
    kept = [dest for dest, _s, _c in bundle.keep_binaries(binaries, lambda path: links.get(path, []))]
    assert kept == [dest for dest, _s, _c in binaries[:4]]


def test_compression_choices() -> None:
    assert bundle.compression("none")["BINARY"] and not bundle.compression("none")["PYZ"]
    assert not bundle.compression("binaries")["BINARY"] and bundle.compression("binaries")["DATA"]
    assert not any(bundle.compression("all").values())


def test_icu_keeps_english_and_the_shared_tables_and_drops_the_rest() -> None:
    from tools.icu_subset import keep_item

    for kept in (
        "en.res",
        "en_GB.res",
        "coll/en_US_POSIX.res",
        "coll/root.res",
        "coll/ucadata.icu",
        "zone/res_index.res",
        "curr/pool.res",
        "supplementalData.res",
        "likelySubtags.res",
        "cnvalias.icu",
        "nfkc.nrm",
        "unit/en_001.res",
    ):
        assert keep_item(kept), kept
    for gone in (
        "de.res",
        "pt_BR.res",
        "zh_Hant_TW.res",
        "coll/de_.res",
        "lang/fr.res",
        "brkitr/cjdict.dict",
        "brkitr/root.res",
        "translit/root.res",
        "ibm-1047_P100-1995.cnv",
        "gb18030.cnv",
    ):
        assert not keep_item(gone), gone


def test_only_the_icu_data_library_is_swapped(tmp_path) -> None:
    made = tmp_path / "libicudata.so.73"
    entries = [entry("PySide6/Qt/lib/libicudata.so.73"), entry("PySide6/Qt/lib/libicuuc.so.73")]
    swapped = bundle.with_english_icu(entries, tmp_path, lambda lib, work: (made, "cut"))
    assert swapped == [("PySide6/Qt/lib/libicudata.so.73", str(made), "BINARY"), entries[1]]
    kept = bundle.with_english_icu(entries, tmp_path, lambda lib, work: (None, "no icupkg"))
    assert kept == entries
