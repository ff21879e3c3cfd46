"""Puts a built main window into kiosk mode with the site's settings: the one call ui/app.py makes."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from core.admin_status import status_rows
from core.crash_log import log_file
from core.paths import pin_backoff_file
from core.pin import PinGate
from core.records import Pack
from core.site_settings import SiteSettings
from ui.kiosk.kiosk_mode import KioskMode
from ui.main_window import MainWindow


def start_kiosk(
    window: MainWindow,
    pack: Pack,
    content_notice: str,
    site: SiteSettings,
    fullscreen: bool = True,
    log: Path | None = None,
    pin_clock: Callable[[], float] = time.monotonic,
) -> KioskMode:
    """Lock the window, start the attract loop, watch for visitors and errors; call before show()."""
    log = log or log_file()
    gate = PinGate(
        site.settings.admin_pin_hash,
        site.set_pin_command,
        pin_clock,
        hash_lost=site.pin_unreadable(),
        backoff_file=pin_backoff_file(site.path),
    )
    mode = KioskMode(window, site.settings, gate, lambda: status_rows(pack, content_notice, site, log), log)
    mode.prepare_window(fullscreen)
    mode.start()
    return mode
