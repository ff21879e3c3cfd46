"""Fixtures for widget tests: a real main window on a real content pack, and what a user does to it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QTextCursor

from core.content_loader import load_pack
from core.navigator import Navigator
from core.pin import hash_pin
from core.records import Pack
from core.settings import Settings
from core.site_settings import SiteSettings
from tests.conftest import DATA, MINIMAL_PACK
from tests.ui.manual_clock import ManualClock
from ui import theme
from ui.kiosk.kiosk_mode import KioskMode
from ui.kiosk.start import start_kiosk
from ui.main_window import MainWindow
from ui.page_view import PageView

PACKS = {"shipped": DATA, "minimal": MINIMAL_PACK}
PIN = "2468"
PIN_HASH = hash_pin(PIN)
SET_PIN = "atlas --settings /srv/stand.yaml --set-pin"


@pytest.fixture
def active() -> Iterator[None]:
    """Assistive technology active, as when a screen reader runs (offscreen there is none to talk to)."""
    QAccessible.setActive(True)
    try:
        yield
    finally:
        QAccessible.setActive(False)


@pytest.fixture
def kiosk_theme(qapp):
    theme.apply(qapp, theme.KIOSK_THEME)
    yield
    theme.apply(qapp, theme.WINDOW_THEME)


@pytest.fixture
def make_kiosk(qtbot, tmp_path: Path, kiosk_theme):
    made: list[KioskMode] = []

    def make(
        *,
        size=(1920, 1080),
        fullscreen=False,
        pin_hash=PIN_HASH,
        clock: ManualClock | None = None,
        problems=(),
        search=None,
        **values,
    ) -> KioskMode:
        """A kiosk on the shipped pack, shown; its timers run on `clock` (a fresh ManualClock by default), so time
        passes only when a test advances it."""
        settings = Settings(
            **{
                "kiosk": True,
                "idle_timeout_s": 30,
                "warning_s": 30,
                "attract_interval_s": 5,
                "admin_hold_s": 3,
                "admin_pin_hash": pin_hash,
                **values,
            }
        )
        site = SiteSettings(settings, tmp_path / "settings.yaml", tuple(problems), SET_PIN)
        pack = load_pack(DATA)
        window = make_window(
            qtbot, pack, size, site.notice(), show_evidence=settings.show_evidence, look=theme.KIOSK_THEME
        )
        mode = start_kiosk(
            window,
            pack,
            "",
            site,
            fullscreen=fullscreen,
            log=tmp_path / "kiosk.log",
            clock=clock or ManualClock(),
            search=search,
            usage=tmp_path / "usage.sqlite3",
        )
        made.append(mode)
        show_ready(qtbot, window)
        return mode

    yield make
    for mode in made:
        mode.stop()
        mode.lock.release()


def make_window(
    qtbot,
    pack: Pack | Path = DATA,
    size=(1600, 900),
    notice: str = "",
    *,
    show_evidence: bool = True,
    look: theme.Theme = theme.WINDOW_THEME,
) -> MainWindow:
    """A main window on a pack (or the pack in a folder), sized, not shown yet."""
    pack = load_pack(pack) if isinstance(pack, Path) else pack
    window = MainWindow(Navigator(pack, show_evidence=show_evidence), notice, look)
    qtbot.addWidget(window)
    window.resize(*size)
    return window


def show_ready(qtbot, window: MainWindow) -> MainWindow:
    """Show the window and wait for its first page."""
    with qtbot.waitSignal(window.ready):
        window.show()
    qtbot.waitExposed(window)
    return window


def open_window(qtbot, folder: Path = DATA, size=(1600, 900), notice: str = "") -> MainWindow:
    return show_ready(qtbot, make_window(qtbot, folder, size, notice))


@pytest.fixture(params=list(PACKS), ids=list(PACKS))
def window(request: pytest.FixtureRequest, qtbot) -> MainWindow:
    return open_window(qtbot, PACKS[request.param])


@pytest.fixture
def shipped_window(qtbot) -> MainWindow:
    return open_window(qtbot, DATA)


def link_position(page: PageView, href: str) -> QPoint:
    """Where a link is drawn in the page's viewport, scrolled into view."""
    block = page.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().anchorHref() == href:
                cursor = QTextCursor(page.document())
                cursor.setPosition(fragment.position() + max(1, fragment.length() // 2))
                page.setTextCursor(cursor)
                page.ensureCursorVisible()
                return page.cursorRect(cursor).center()
            it += 1
        block = block.next()
    raise AssertionError(f"no link to {href} on the page")


def click_link(qtbot, page: PageView, href: str) -> None:
    qtbot.mouseClick(page.viewport(), Qt.MouseButton.LeftButton, pos=link_position(page, href))


def show_view(qtbot, window: MainWindow, view: str) -> None:
    qtbot.mouseClick(window.view_switch.button(view), Qt.MouseButton.LeftButton)
    assert window.view_switch.button(view).isChecked()


def click_area(qtbot, window: MainWindow, area_id: str) -> None:
    show_view(qtbot, window, window.navigator.pack.areas[area_id].view)
    qtbot.mouseClick(window.diagram, Qt.MouseButton.LeftButton, pos=window.diagram.anchor_of(area_id).toPoint())
    assert window.page.current_ref() == f"area:{area_id}"


def toolbar_button(action):
    """The tool button the toolbar made for an action: what a user actually clicks."""
    return next(w for w in action.associatedObjects() if hasattr(w, "click"))


def press(qtbot, window: MainWindow, action) -> None:
    qtbot.mouseClick(toolbar_button(action), Qt.MouseButton.LeftButton)
