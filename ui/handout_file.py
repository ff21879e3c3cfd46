"""A handout of one page as a finished PDF or image: the core's text, the pack's diagram, the clinic's logo,
drawn by ui/handout.py. The window's actions, the print dialog and --handout all come here."""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QImage

from core.branding import read_logo
from core.handout_text import handout
from core.paper import paper_for_territory
from core.refs import AREA, split
from ui.handout import Sheet, pdf_bytes, sheet_image

if TYPE_CHECKING:
    from core.records import Pack
    from core.settings import Settings


def locale_paper(locale: QLocale | None = None) -> str:
    """A4, or US Letter where the locale's country uses it (the US, Canada, …)."""
    territory = (locale or QLocale.system()).territory()
    return paper_for_territory(QLocale.territoryToCode(territory))


def sheet_for(pack: Pack, ref: str, settings: Settings | None = None, today: datetime.date | None = None) -> Sheet:
    """What the handout of `ref` shows. Raises core.handout_text.UnknownPage."""
    text = handout(pack, ref, settings)
    kind, ident = split(text.ref)
    diagram = pack.diagrams.get(text.view) if kind == AREA else None
    zones = tuple(z.zone for z in pack.areas[ident].no_go) if kind == AREA else ()
    logo = read_logo(settings.clinic_logo) if settings is not None else None
    return Sheet(text, diagram, zones, logo, printed=today or datetime.date.today())


def handout_pdf(pack: Pack, ref: str, settings: Settings | None = None, paper: str = "") -> bytes:
    return pdf_bytes(sheet_for(pack, ref, settings), paper or locale_paper())


def handout_image(pack: Pack, ref: str, settings: Settings | None = None, paper: str = "", dpi: int = 150) -> QImage:
    return sheet_image(sheet_for(pack, ref, settings), paper or locale_paper(), dpi)
