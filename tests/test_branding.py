"""The clinic's branding settings: name, phone and address as one line of text, a logo checked by content."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.branding import LOGO_LIMIT, branding, logo_kind
from core.settings import load_settings

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 16
SVG = b'<?xml version="1.0"?>\n<!-- logo -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 2"/>'


def settings_with(tmp_path: Path, text: str):
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    return load_settings(path)


def test_name_phone_address_and_logo_are_read(tmp_path: Path) -> None:
    (tmp_path / "logo.svg").write_bytes(SVG)
    settings, problems = settings_with(
        tmp_path,
        'clinic_name: "Glow   Studio"\nclinic_phone: "0123 456 789"\nclinic_address: 1 High St, Bath\n'
        "clinic_logo: logo.svg\n",
    )
    assert problems == ()
    assert settings.clinic_name == "Glow Studio"
    assert settings.clinic_phone == "0123 456 789"
    assert settings.clinic_address == "1 High St, Bath"
    assert settings.clinic_logo == tmp_path / "logo.svg"
    clinic = branding(settings)
    assert clinic.logo is not None and clinic.logo.kind == "svg"
    assert clinic.toolbar_text() == "Glow Studio  ·  0123 456 789"


def test_a_phone_number_yaml_reads_as_a_number_is_refused_with_the_fix(tmp_path: Path) -> None:
    settings, problems = settings_with(tmp_path, "clinic_phone: 0123456\n")
    assert settings.clinic_phone == ""
    assert str(problems[0]).endswith(
        "settings.yaml:1: clinic_phone: 42798 is read as a number; put it in quotes to keep it as written; "
        "using the default ('')"
    )


def test_text_longer_than_a_line_is_refused(tmp_path: Path) -> None:
    settings, problems = settings_with(tmp_path, f"clinic_name: {'x' * 121}\n")
    assert settings.clinic_name == "" and "longer than 120 characters" in str(problems[0])


def test_a_logo_is_known_by_its_content_not_its_name() -> None:
    assert logo_kind(PNG) == "png"
    assert logo_kind(SVG) == "svg"
    assert logo_kind(b"\xef\xbb\xbf  <svg>") == "svg"
    assert logo_kind(b"GIF89a") == ""
    assert logo_kind(b"<html><svg></svg></html>") == ""


@pytest.mark.parametrize(
    ("make", "why"),
    [
        (lambda p: p.write_bytes(b"not an image"), "is neither a PNG nor an SVG image"),
        (lambda p: p.write_bytes(PNG + b"\0" * LOGO_LIMIT), "is larger than 2 MB"),
        (lambda p: p.mkdir(), "is a folder"),
        (lambda p: os.mkfifo(p), "is a pipe (FIFO), not a regular file"),
        (lambda p: None, "does not exist"),
    ],
    ids=["text", "huge", "folder", "fifo", "missing"],
)
def test_a_logo_that_cannot_be_one_is_reported_with_line_and_key_and_none_is_shown(tmp_path: Path, make, why) -> None:
    make(tmp_path / "logo.png")
    settings, problems = settings_with(tmp_path, "clinic_name: Glow\nclinic_logo: logo.png\n")
    assert settings.clinic_logo is None and settings.clinic_name == "Glow"
    assert len(problems) == 1
    message = str(problems[0])
    assert "settings.yaml:2: clinic_logo: " in message and why in message and message.endswith("no logo is shown")
