"""Puts a built main window into kiosk mode with the site's settings: the one call ui/app.py makes."""

from __future__ import annotations

from pathlib import Path

from core.admin_status import status_rows
from core.crash_log import log_file
from core.kiosk_search import OFF, KioskSearch
from core.paths import pin_backoff_file
from core.pin import PinGate
from core.records import Pack
from core.site_settings import SiteSettings
from ui.kiosk.clock import KioskClock, QtClock
from ui.kiosk.kiosk_mode import KioskMode
from ui.main_window import MainWindow


def start_kiosk(
    window: MainWindow,
    pack: Pack,
    content_notice: str,
    site: SiteSettings,
    fullscreen: bool = True,
    log: Path | None = None,
    clock: KioskClock | None = None,
    search: KioskSearch | None = None,
) -> KioskMode:
    """Lock the window, start the attract loop, watch for visitors and errors; call before show(). `clock` runs
    the kiosk's timers and the PIN's back-off (the real clock by default; a test passes one it moves on);
    `search` is whether the toolbar offers search (core.kiosk_search, decided before the application)."""
    log = log or log_file()
    clock = clock or QtClock()
    gate = PinGate(
        site.settings.admin_pin_hash,
        site.set_pin_command,
        clock.now,
        hash_lost=site.pin_unreadable(),
        backoff_file=pin_backoff_file(site.path),
    )
    search = search or KioskSearch(False, OFF)
    rows = lambda: status_rows(pack, content_notice, site, log, search.status)  # noqa: E731
    mode = KioskMode(window, site.settings, gate, rows, log, clock)
    mode.prepare_window(fullscreen, searchable=search.on)
    mode.start()
    return mode
