"""The desk's own touches at their edges: what of the clinic's branding is shown and when, why a logo is
refused, whether a kiosk looks for its on-screen keyboard at all, and the page text's sizes."""

from __future__ import annotations

from pathlib import Path

from core import kiosk_search, text_size
from core.branding import Branding, Logo, branding, logo_problem, read_logo
from core.kiosk_search import NOT_FOUND, OFF, prepare
from core.settings import DEFAULTS
from tests.test_kiosk_search import qt_folder

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16


def test_branding_is_shown_when_any_one_part_of_it_is_set() -> None:
    assert not Branding().is_set()
    assert not Branding("", "", "", None).is_set()
    logo = Logo("png", PNG)
    for one in (Branding(name="Glow"), Branding(phone="0123"), Branding(address="1 High St"), Branding(logo=logo)):
        assert one.is_set(), one


def test_every_part_of_the_settings_reaches_the_branding(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    settings = DEFAULTS._replace(
        clinic_name="Glow Studio", clinic_phone="0123", clinic_address="1 High St", clinic_logo=tmp_path / "logo.png"
    )
    assert branding(settings) == Branding("Glow Studio", "0123", "1 High St", Logo("png", PNG))
    assert branding(DEFAULTS) == Branding()


def test_a_logo_is_read_with_its_bytes_and_no_path_is_no_logo(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    assert read_logo(tmp_path / "logo.png") == Logo("png", PNG)
    assert read_logo(None) is None
    assert read_logo(tmp_path / "gone.png") is None


def test_why_a_logo_is_refused_names_the_file(tmp_path: Path) -> None:
    text = tmp_path / "logo.png"
    text.write_text("not an image\n", encoding="utf-8")
    assert logo_problem(text) == f"{text}: is neither a PNG nor an SVG image"
    assert logo_problem(Path("logo\0.png")) == "logo\0.png: is not a name a file can have"
    (tmp_path / "fine.png").write_bytes(PNG)
    assert logo_problem(tmp_path / "fine.png") == ""


def test_a_kiosk_without_search_never_looks_for_the_keyboard(tmp_path: Path) -> None:
    asked: list[Path] = []

    def load(plugin: Path) -> str:
        asked.append(plugin)
        return ""

    folder = qt_folder(tmp_path)  # a keyboard that would load
    environ: dict[str, str] = {}
    assert prepare(False, load, environ, folder) == kiosk_search.KioskSearch(False, OFF)
    assert asked == [] and environ == {}
    assert prepare(True, load, environ, folder).on and len(asked) == 1  # what it would have cost


def test_without_pyside6_to_be_found_the_keyboard_cannot_be_used(monkeypatch) -> None:
    monkeypatch.setattr(kiosk_search.importlib.util, "find_spec", lambda name: None)
    assert kiosk_search.qt_folder() is None
    assert kiosk_search.keyboard_problem(kiosk_search.qt_folder(), lambda plugin: "") == NOT_FOUND


def test_type_sizes_scale_to_whole_pixels_and_never_vanish() -> None:
    assert [text_size.scaled(100, p) for p in text_size.STEPS] == [80, 90, 100, 110, 125, 150, 175, 200]
    assert text_size.scaled(12, 150) == 18
    assert text_size.scaled(1, 100) == 1
    assert text_size.scaled(1, 80) == 1
    assert text_size.scaled(0, 200) == 1
