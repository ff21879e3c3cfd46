"""Kiosk mode around the main window: locked fullscreen, attract loop, idle reset, staff gesture and PIN.

It wires widgets to the core's decisions: `IdleSession` says what phase the stand is in, `PinGate`
says whether a PIN opens the staff panel; this class only shows what they say."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QCursor, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from core.attract_walk import attract_steps
from core.idle import IdleSession, Phase, Status
from core.pin import PinGate, wait_after, wrong_pin_message
from core.refs import HOME
from core.settings import Settings
from core.usage import UsageRecorder
from core.usage_cli import export_folder
from ui.kiosk.activity import ActivityFilter
from ui.kiosk.admin_panel import AdminPanel
from ui.kiosk.asked import page_requests, requests
from ui.kiosk.attract import AttractLoop
from ui.kiosk.clock import KioskClock, QtClock
from ui.kiosk.dialog_access import make_dialogs_accessible
from ui.kiosk.error_guard import ErrorGuard
from ui.kiosk.figure_caption import FigureCaption
from ui.kiosk.pin_pad import PinPad
from ui.kiosk.status_toast import StatusToast
from ui.kiosk.still_there import StillThere
from ui.kiosk.touch import KioskTouch
from ui.kiosk.usage_hooks import UsageHooks
from ui.kiosk.usage_staff import clear_counts, export_usage, show_usage
from ui.kiosk.window_lock import WindowLock
from ui.main_window import MainWindow
from ui.screen_hold import ScreenHold

CORNER = QSize(80, 80)  # the hidden staff corner, top left: press and hold
ADMIN_KEYS = "Ctrl+Alt+Shift+A"
GIVE_UP_CODE = 70  # errors keep coming: exit so the watchdog starts the app afresh


class KioskMode(QObject):
    """Turns a MainWindow into an unattended kiosk; `stop()` undoes everything it installed."""

    def __init__(
        self,
        window: MainWindow,
        settings: Settings,
        gate: PinGate,
        status: Callable[[], list[tuple[str, str]]],
        log: Path,
        clock: KioskClock | None = None,
        usage: UsageRecorder | None = None,
        count_visits: bool = True,
    ) -> None:
        """`clock` runs every timer of the kiosk (idle check, countdown, attract loop, staff hold); the real one
        by default."""
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.gate = gate
        self._status = status
        self._clock = clock = clock or QtClock()
        self.session = IdleSession(settings.idle_timeout_s, settings.warning_s, clock.now())
        self._phase: Phase | None = None
        self._check_timer = clock.timer(self, self._check)
        self._hold_timer = clock.timer(self, self.ask_for_pin)
        self.activity = ActivityFilter(self)
        self.activity.pressed.connect(self._pressed)
        self.activity.moved.connect(self._moved)
        self.activity.released.connect(self._release)
        self.lock = WindowLock(window)
        self.touch = KioskTouch(window)  # swipe-scrolled pages, no menus, a locked divider, finger-sized areas
        self.caption = FigureCaption(window.diagram, window.theme)  # the band's card once the loop stops
        self.caption.page_shown(window.navigator.history.current)
        window.page_shown.connect(self.caption.page_shown)
        self.attract = AttractLoop(
            window.diagram,
            attract_steps(window.navigator.pack),
            lambda: window.navigator.view,
            window.show_view,
            settings.attract_interval_s,
            clock,
            window.view_split.apply,  # the pill's band makes a body's figure shorter: its panel narrower
            self.caption,
        )
        self.still_there = StillThere(window, window.theme)
        self.pin_pad = PinPad(window, window.theme)
        self.pin_pad.submitted.connect(self._check_pin)
        self.pin_pad.cancelled.connect(self._cancel_pin)
        self.admin = AdminPanel(window, window.theme)
        self.admin.closed.connect(self.admin.hide)
        self.admin.reset_requested.connect(self.reset_now)
        self.admin.exit_requested.connect(self.exit_kiosk)
        for sheet in (self.still_there, self.pin_pad, self.admin):
            window.text_zoom.follow(sheet.set_zoom)  # the visitor's text size, where the sheet fits at it
        self.usage = usage
        self._usage_hooks = UsageHooks(usage, window.navigator.pack) if usage and count_visits else None
        if self._usage_hooks is not None:
            window.page_shown.connect(self._usage_hooks.page_shown)
        self.admin.usage.export_requested.connect(self._export_usage)
        self.admin.usage.clear_requested.connect(self._ask_pin_to_clear)
        self._pin_to_clear = False  # the PIN asked for now is for 'Clear counts', not the staff panel
        self._reset_reason = "idle"
        self.shortcut = QShortcut(QKeySequence(ADMIN_KEYS), window)
        self.shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.shortcut.activated.connect(self.ask_for_pin)
        self.errors = ErrorGuard(log, lambda: self.reset_now("error"), self._give_up, self)
        self._cursor_hidden = False
        self.screen_hold: ScreenHold | None = None
        # Assistive technology: the sheets are named modal dialogs, and what it asks for counts as a touch.
        make_dialogs_accessible(PinPad, StillThere, AdminPanel)
        for asked in [*requests(window, self.pin_pad), self.admin.back_button.clicked]:  # not Reset, not Exit
            asked.connect(self._asked)
        window.page_shown.connect(self._page_shown)  # the attract state is the first page's only
        if window.has_page():
            self._follow_page()
        else:
            window.ready.connect(self._follow_page)

    # -- starting and stopping ----------------------------------------------------------------

    def prepare_window(self, fullscreen: bool = True, searchable: bool = False) -> None:
        """Before the window is shown: no frame, no search unless an on-screen keyboard types it (a kiosk has
        no keyboard; core.kiosk_search decides), no client check (a desk's tool), and fullscreen unless a size
        was asked for."""
        self.window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.window.set_searchable(searchable)
        self.window.set_printable(False)  # a visitor has no printer
        self.window.set_client_check_offered(False)
        self.status_toast = StatusToast(self.window)  # no status bar strip under the map and page
        if fullscreen:  # over the whole screen and every window, and back within a second if hidden
            self.screen_hold = ScreenHold(self.window)
            self.screen_hold.fit()
            self.window.ready.connect(self.screen_hold.hold)

    def start(self) -> None:
        _app().installEventFilter(self.activity)
        self.errors.install()
        if self.settings.hide_cursor:
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.BlankCursor))
            self._cursor_hidden = True
        self.session.page_shown(self.window.navigator.history.current == HOME, self._clock.now())  # --area, --topic
        self._apply(self.session.status(self._clock.now()))

    def stop(self) -> None:
        _app().removeEventFilter(self.activity)
        self.errors.uninstall()
        if self._cursor_hidden:
            QApplication.restoreOverrideCursor()
            self._cursor_hidden = False
        self._check_timer.stop()
        self._hold_timer.stop()
        self.attract.stop()
        self.touch.stop()
        if self.screen_hold is not None:
            self.screen_hold.release()
        if self.usage is not None:
            self.usage.close()  # what is counted is written before the app ends

    # -- the visitor session ------------------------------------------------------------------

    def phase(self) -> Phase | None:
        return self._phase

    def _pressed(self, where: QPointF) -> None:
        status = self.session.touch(self._clock.now())
        if self.still_there.isVisible():
            # The filter sees a press before any widget does: the warning goes on the next turn of the
            # event loop, so the touch that dismisses it lands on it and not on the map beneath.
            QTimer.singleShot(0, self, self._check)
        else:
            self._apply(status)
        corner = QRect(self.window.mapToGlobal(self.window.rect().topLeft()), CORNER)
        if corner.contains(where.toPoint()):
            self._hold_timer.start(self.settings.admin_hold_s)
        else:
            self._hold_timer.stop()

    def _page_shown(self, ref: str, _view: str) -> None:
        if self.session.page_shown(ref == HOME, self._clock.now()):
            self._check()

    def _follow_page(self) -> None:
        for asked in page_requests(self.window):
            asked.connect(self._asked)

    def _asked(self) -> None:
        """A request with no input event behind it (an assistive technology's action) is a touch too."""
        self._pressed(QPointF(-1, -1))

    def _release(self) -> None:
        self._hold_timer.stop()

    def _moved(self) -> None:
        status = self.session.move(self._clock.now())
        if status.reset or status.phase is not self._phase:
            self._apply(status)

    def _check(self) -> None:
        self._apply(self.session.status(self._clock.now()))

    def _apply(self, status: Status) -> None:
        if self._usage_hooks is not None:
            reason = self._reset_reason if status.reset else ""
            self._usage_hooks.phase(self._phase, status.phase, reason, self._clock.now())
        self._reset_reason = "idle"
        if status.reset:
            self._start_over()
        if status.phase is Phase.WARNING:
            self.still_there.set_seconds(status.seconds_left)
            if not self.still_there.isVisible():
                self.still_there.open()
        else:
            self.still_there.hide()
        if status.phase is Phase.ATTRACT:
            self.attract.start()
        else:
            self.attract.stop()
        self._phase = status.phase
        if status.check_in_s is None:
            self._check_timer.stop()
        else:
            self._check_timer.start(status.check_in_s)

    def _start_over(self) -> None:
        self.pin_pad.hide()
        self.admin.hide()
        self.window.start_over()
        self.touch.start_over()

    def reset_now(self, reason: str = "staff") -> None:
        """Staff's 'Reset now', and the way back to the map after an error."""
        self._reset_reason = reason
        self._apply(self.session.end(self._clock.now()))

    # -- staff --------------------------------------------------------------------------------

    def ask_for_pin(self) -> None:
        self._hold_timer.stop()
        if self.pin_pad.isVisible() or self.admin.isVisible():
            return
        if self.gate.has_pin():
            self.pin_pad.ask()
        else:
            self.pin_pad.explain(self.gate.no_pin_message())

    def _check_pin(self, pin: str) -> None:
        attempt = self.gate.try_pin(pin)
        if not attempt.ok:
            self.pin_pad.refuse(attempt.message)
            return
        self.pin_pad.hide()
        if self._pin_to_clear:
            self._pin_to_clear = False
            clear_counts(self.admin.usage, self.usage, self.window.navigator.pack)
        else:
            self._open_admin()

    def _open_admin(self) -> None:
        if self._usage_hooks is not None:
            self._usage_hooks.staff_took_over()
        show_usage(self.admin.usage, self.usage, self.window.navigator.pack, self.window.height())
        self.admin.usage.tell("")
        self.admin.show_status(self._status())

    def _cancel_pin(self) -> None:
        self._pin_to_clear = False
        self.pin_pad.hide()

    def _ask_pin_to_clear(self) -> None:
        """'Clear counts' asks for the PIN again: the panel may have been left open."""
        self._pin_to_clear = True
        self.pin_pad.ask()

    def _export_usage(self) -> None:
        folder = export_folder(self.settings.usage_export_dir)
        export_usage(self.admin.usage, self.usage, self.window.navigator.pack, folder)

    def exit_kiosk(self) -> None:
        """Staff chose 'Exit kiosk': the app ends normally (so a watchdog ends too)."""
        self.stop()
        self.lock.release()
        self.window.close()

    def _give_up(self) -> None:
        self.stop()
        self.lock.release()
        QApplication.exit(GIVE_UP_CODE)

    # -- fixed states for the screenshot gallery ----------------------------------------------

    def show_demo(self, name: str) -> None:
        if name == "attract":
            return
        self._apply(self.session.touch(self._clock.now()))
        self._check_timer.stop()
        if name == "warning":
            self.still_there.set_seconds(7)
            self.still_there.open()
        elif name == "pin":
            self.ask_for_pin()
            for key in "2580":
                self.pin_pad.keys[key].click()
            self.pin_pad.refuse(wrong_pin_message(wait_after(4)))  # the fourth wrong PIN in a row
            for key in "25":
                self.pin_pad.keys[key].click()
        elif name == "admin":
            self._open_admin()


def _app() -> QCoreApplication:
    app = QApplication.instance()
    assert app is not None, "kiosk mode runs inside a QApplication"
    return app
