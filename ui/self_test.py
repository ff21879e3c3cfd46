"""`--self-test`: proves a build works where it runs, with no display and no Python installed.

It loads and fully validates the built-in content, builds the real window offscreen, taps every
area on every view and opens every topic page, renders each, and checks what a reader would see:
the right page, its safety notes in full with their sources, and the warning callout on screen."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

from PySide6.QtCore import (
    QCollator,
    QEvent,
    QEventLoop,
    QLocale,
    QPointF,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QFontDatabase, QImage, QMouseEvent, QTextDocument
from PySide6.QtWidgets import QApplication

from core.navigator import Navigator
from core.pages import Page
from core.records import VIEWS, Pack
from core.refs import area_ref, topic_ref
from ui import theme
from ui.main_window import MainWindow

SIZE = (1360, 860)
READY_TIMEOUT_MS = 10_000


# The offscreen platform says this of every top-level window; it is not a fault of the app.
HARMLESS = ("This plugin does not support propagateSizeHints",)


def run_self_test(pack: Pack, out: TextIO = sys.stdout) -> int:
    """Print one line: 'self-test: OK …' and return 0, or 'self-test: FAILED …' naming each failure, 1.

    `pack` has just been loaded and validated in full (core.content_choice.self_test_pack)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no display needed, wherever it runs
    started = time.perf_counter()
    from ui.app import create_application

    failures: list[str] = []
    qInstallMessageHandler(lambda kind, _context, text: _qt_message(kind, text, failures))
    app = create_application(sys.argv[:1])
    if theme.FONT_FAMILY not in QFontDatabase.families():
        failures.append(f"the shipped font {theme.FONT_FAMILY} did not load")
    if QCollator(QLocale("en_GB")).compare("apple", "Zebra") >= 0:  # ICU's data is there (Qt warns if not)
        failures.append("English sorting does not work: ICU's data is missing")
    window = MainWindow(Navigator(pack))
    window.resize(*SIZE)
    if not _shown(app, window):
        print("self-test: FAILED: the window never showed its first page", file=out)
        return 1
    areas = _check_areas(window, failures)
    topics = _check_topics(window, failures)
    _check_handout(pack, failures)
    window.close()
    window.deleteLater()
    app.processEvents()
    seconds = time.perf_counter() - started
    if failures:
        print(f"self-test: FAILED ({len(failures)}): " + "; ".join(failures), file=out)
        return 1
    print(
        f"self-test: OK: content valid; {areas} areas on {len(VIEWS)} views and {topics} topic pages "
        f"opened, rendered and checked, safety notes shown on each area page; a handout written; {seconds:.1f} s",
        file=out,
    )
    return 0


def _qt_message(kind: QtMsgType, text: str, failures: list[str]) -> None:
    if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg and not text.startswith(HARMLESS):
        failures.append(f"Qt said: {text}")


def _shown(app: QApplication, window: MainWindow) -> bool:
    loop = QEventLoop()
    ready: list[bool] = []

    def arrived() -> None:
        ready.append(True)
        loop.quit()

    window.ready.connect(arrived)
    QTimer.singleShot(READY_TIMEOUT_MS, loop.quit)
    window.show()
    if not ready:
        loop.exec()
    return bool(ready) and window.page is not None


def _tap(widget, point: QPointF) -> None:
    """A press and release at one point, as a finger or mouse makes them."""
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        buttons = Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress else Qt.MouseButton.NoButton
        event = QMouseEvent(
            kind, point, widget.mapToGlobal(point), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(widget, event)


def _check_areas(window: MainWindow, failures: list[str]) -> int:
    pack = window.navigator.pack
    count = 0
    for view in VIEWS:
        window.view_switch.button(view).click()
        expected = [area.id for area in pack.areas_in(view)]
        if sorted(window.diagram.region_ids()) != sorted(expected):
            failures.append(f"view {view}: the diagram's regions do not match its areas")
            continue
        for area_id in expected:
            count += 1
            _tap(window.diagram, window.diagram.anchor_of(area_id))
            where = f"area {area_id} ({view})"
            if window.page.current_ref() != area_ref(area_id):
                failures.append(f"{where}: a tap on it opened {window.page.current_ref() or 'nothing'}")
                continue
            if window.diagram.selected() != area_id:
                failures.append(f"{where}: not shown as selected")
            _check_page(window, window.navigator.state().page, where, failures, needs_callout=True)
    return count


def _check_topics(window: MainWindow, failures: list[str]) -> int:
    pack = window.navigator.pack
    actions = {action.text(): action for action in window.toolbar.topics_menu.actions()}
    for topic in pack.topics.values():
        where = f"topic {topic.id}"
        action = actions.get(topic.title)
        if action is None:
            failures.append(f"{where}: not in the Topics menu")
            continue
        action.trigger()
        if window.page.current_ref() != topic_ref(topic.id):
            failures.append(f"{where}: the Topics menu opened {window.page.current_ref() or 'nothing'}")
            continue
        page = window.navigator.state().page
        _check_page(window, page, where, failures, needs_callout=page.callout is not None)
    return len(pack.topics)


def _check_page(window: MainWindow, page: Page, where: str, failures: list[str], *, needs_callout: bool) -> None:
    shown = _flat(window.page.toPlainText())
    if page.title not in shown:
        failures.append(f"{where}: its title is not on the page")
    if needs_callout:
        if page.callout is None or not page.callout.notes:
            failures.append(f"{where}: has no safety notes")
            return
        for rule, sources in page.callout.rules:
            if _flat(rule) not in shown or (sources and _plain(sources) not in shown):
                failures.append(f"{where}: a do-not-use rule or its source is missing: {rule[:50]}…")
        if page.callout.rules_sources and _plain(page.callout.rules_sources) not in shown:
            failures.append(f"{where}: the sources of the do-not-use rules are missing")
        for text, sources in page.callout.notes:
            if _plain(text) not in shown or _plain(f"Source: {sources}") not in shown:
                failures.append(f"{where}: a safety note or its source is missing: {_plain(text)[:50]}…")
    image = window.grab().toImage()
    if image.isNull():
        failures.append(f"{where}: did not render")
    elif needs_callout and not _shows_colour(
        window.page.viewport().grab().toImage(), QColor(window.theme.colours.warning)
    ):
        failures.append(f"{where}: the safety-notes callout is not visible at the top of the page")


def _check_handout(pack: Pack, failures: list[str]) -> None:
    """A handout's PDF, and the print dialog's module (QtPrintSupport) and the QR encoder (segno) in this copy."""
    import re

    try:
        from PySide6.QtPrintSupport import QPrinter

        QPrinter()
    except ImportError as error:
        failures.append(f"Print or save cannot work: {error}")
    from ui.handout_file import handout_pdf

    try:
        data = handout_pdf(pack, area_ref(next(iter(pack.areas))), None, "a4")
    except ImportError as error:
        failures.append(f"a handout cannot be made: {error}")
        return
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    if not data.startswith(b"%PDF") or pages != 1:
        failures.append(f"a handout's PDF is not one page ({pages} pages)")


def _plain(markdown: str) -> str:
    document = QTextDocument()
    document.setMarkdown(markdown)
    return _flat(document.toPlainText())


def _flat(text: str) -> str:
    return " ".join(text.split())


def _shows_colour(image: QImage, colour: QColor) -> bool:
    """Whether the callout's warning border colour is drawn anywhere in the image."""
    pixels = image.convertToFormat(QImage.Format.Format_RGB32)
    pixel = (colour.rgb() | 0xFF000000).to_bytes(4, sys.byteorder)
    data = bytes(pixels.constBits())
    at = data.find(pixel)
    while at % 4 and at != -1:  # a match must start on a pixel, not straddle two
        at = data.find(pixel, at + 1)
    return at != -1
