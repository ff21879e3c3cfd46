"""A handout as a client takes it home: one page of the chosen paper, the safety words and the disclaimer in
its text, no link anywhere, and a QR code a phone reads as the page's summary."""

from __future__ import annotations

import io
import re
import unicodedata

import pypdf
import pytest
import zxingcpp
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from core.content_loader import load_pack
from core.handout_text import handout
from core.settings import DEFAULTS
from tests.conftest import DATA
from ui.handout_file import handout_image, handout_pdf, locale_paper

PACK = load_pack(DATA)
POINTS = {"a4": (595, 842), "letter": (612, 792)}  # the paper in PDF points, 1/72 inch


def pdf_of(ref: str, paper: str, settings=None) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(handout_pdf(PACK, ref, settings, paper)))


def squashed(text: str) -> str:
    """Text without its spacing (a PDF's words are placed, not spaced, and extracted with tabs between), and
    a ligature as its letters, as a reader's search and copy take it."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_one_page_of_the_paper_asked_for(qtbot, paper: str) -> None:
    reader = pdf_of("neck", paper)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == POINTS[paper]


@pytest.mark.parametrize("ref", ["area:neck", "area:eye-area", "area:thighs", "topic:safety", "topic:faq"])
def test_the_safety_words_and_the_disclaimer_are_in_its_text(qtbot, ref: str) -> None:
    reader = pdf_of(ref, "a4")
    text = squashed(reader.pages[0].extract_text())
    sheet = handout(PACK, ref)
    assert squashed("Safety notes") in text and squashed("Do not use if you:") in text
    for rule, _ in sheet.rules:
        assert squashed(rule) in text, rule
    for note in sheet.notes:
        assert squashed(note.lead) in text, note.lead
    assert squashed(sheet.disclaimer) in text
    assert squashed("Not medical advice.") in text
    assert squashed(sheet.title) in text
    assert squashed(sheet.retelling[0]) in text


def test_an_area_handout_has_each_caution_in_full_with_its_sources(qtbot) -> None:
    text = squashed(pdf_of("neck", "a4").pages[0].extract_text())
    for note in handout(PACK, "neck").notes:
        assert squashed(note.text) in text
        assert squashed(f"Source: {note.sources}") in text


def test_nothing_on_it_is_a_link(qtbot) -> None:
    for ref in ("area:neck", "topic:sources", "topic:reviews"):
        page = pdf_of(ref, "a4").pages[0]
        annotations = [a.get_object() for a in page.get("/Annots") or []]
        assert [a for a in annotations if a.get("/Subtype") == "/Link"] == [], ref
        assert "/URI" not in str(page.get_contents().get_data()), ref


def test_the_clinic_is_named_at_the_top(qtbot) -> None:
    settings = DEFAULTS._replace(clinic_name="Glow Studio", clinic_phone="0123 456 789", clinic_address="1 High St")
    text = pdf_of("chin", "a4", settings).pages[0].extract_text()
    lines = [" ".join(line.split()) for line in text.splitlines()]
    assert lines[0] == "Glow Studio"
    assert "0123 456 789 · 1 High St" in lines[1]


def _scanned(image: QImage) -> list[str]:
    """What a QR reader finds in the image, as text."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height = gray.width(), gray.height()
    data = bytes(gray.constBits())
    stride = gray.bytesPerLine()
    rows = b"".join(data[y * stride : y * stride + width] for y in range(height))
    pixels = memoryview(rows).cast("B", (height, width))  # a grey image, row by row, as the reader takes it
    return [result.text for result in zxingcpp.read_barcodes(pixels) if result.format == zxingcpp.BarcodeFormat.QRCode]


@pytest.mark.parametrize(("ref", "paper"), [("area:neck", "a4"), ("area:eye-area", "letter"), ("topic:faq", "a4")])
def test_a_phone_reads_the_qr_code_as_the_summary(qtbot, ref: str, paper: str) -> None:
    image = handout_image(PACK, ref, None, paper, dpi=150)
    assert _scanned(image) == [handout(PACK, ref).qr_text]


def test_the_page_is_drawn_with_the_area_highlighted_and_the_callout(qtbot) -> None:
    image = handout_image(PACK, "neck", None, "a4", dpi=60)
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert "#ffffff" in colours and "#000000" in colours
    assert QColor("#fdf3e7").name() in colours  # the safety callout's warm background


def test_the_paper_comes_from_the_locale(qtbot) -> None:
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) == "letter"
    assert locale_paper(QLocale(QLocale.Language.French, QLocale.Country.Canada)) == "letter"
    assert locale_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) == "a4"
    assert locale_paper(QLocale(QLocale.Language.German, QLocale.Country.Germany)) == "a4"
    assert locale_paper(QLocale.c()) == "a4"


def test_every_page_of_another_pack_makes_a_one_page_handout(qtbot) -> None:
    from tests.conftest import MINIMAL_PACK

    pack = load_pack(MINIMAL_PACK)
    for ref in [f"area:{a}" for a in pack.areas] + [f"topic:{t}" for t in pack.topics]:
        reader = pypdf.PdfReader(io.BytesIO(handout_pdf(pack, ref, None, "a4")))
        assert len(reader.pages) == 1, ref
        assert squashed(pack.info.disclaimer) in squashed(reader.pages[0].extract_text()), ref
