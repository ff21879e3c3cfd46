"""The clinic's own touches from the settings file: its name, phone, address and logo, for the toolbar and
handouts. A logo is a PNG or an SVG, known by its content (not its name), read as a regular file of at most
LOGO_LIMIT bytes (core.safe_files)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from core.safe_files import MEGABYTE, read_regular, reason

if TYPE_CHECKING:
    from core.settings import Settings

LOGO_LIMIT = 2 * MEGABYTE  # a print-quality logo is well under this
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# An SVG starts with <svg, after an optional byte-order mark, XML declaration, comments and doctype.
_SVG_START = re.compile(
    rb"^(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]", re.S
)


class Logo(NamedTuple):
    kind: str  # "png" or "svg"
    data: bytes


class Branding(NamedTuple):
    """What the settings say of the clinic; empty text where a key is not set."""

    name: str = ""
    phone: str = ""
    address: str = ""
    logo: Logo | None = None

    def is_set(self) -> bool:
        return bool(self.name or self.phone or self.address or self.logo)

    def toolbar_text(self) -> str:
        """The toolbar's line: the name, and the phone beside it."""
        return "  ·  ".join(part for part in (self.name, self.phone) if part)


def logo_kind(data: bytes) -> str:
    """'png' or 'svg' by the file's first bytes, '' for anything else."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if _SVG_START.match(data[:4096]):
        return "svg"
    return ""


def _read(path: Path) -> tuple[Logo | None, str]:
    try:
        data = read_regular(path, LOGO_LIMIT)
    except OSError as error:
        return None, reason(error)
    except ValueError:  # a NUL byte in the name
        return None, "is not a name a file can have"
    kind = logo_kind(data)
    if not kind:
        return None, "is neither a PNG nor an SVG image"
    return Logo(kind, data), ""


def logo_problem(path: Path) -> str:
    """Why `path` cannot be the clinic's logo ('' when it can), naming the file."""
    _logo, why = _read(path)
    return f"{path}: {why}" if why else ""


def read_logo(path: Path | None) -> Logo | None:
    """The logo's bytes and kind, or None when there is none or it cannot be read now (the settings check
    reported it already, when the app started)."""
    return None if path is None else _read(path)[0]


def branding(settings: Settings) -> Branding:
    """The clinic's branding as the settings give it (reads the logo file)."""
    logo = read_logo(settings.clinic_logo)
    return Branding(settings.clinic_name, settings.clinic_phone, settings.clinic_address, logo)
