"""Keeps a kiosk's window over the whole screen and above every other window, with or without a window
manager, and takes the screen back within a second when it is hidden, minimised, taken out of full
screen, left behind on another desktop, or when another window takes the focus."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

CHECK_EVERY_MS = 250  # a window manager's shortcut hid the window: it is back well within a second
MAP_GRACE_S = 0.5  # a window just mapped again is given this long to appear before it is mapped once more


class ScreenHold(QObject):
    """Shows `window` full screen over everything and keeps it there until `release()`.

    `taken_back` counts the times it had to take the screen back."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.held = False
        self.taken_back = 0
        self._mapped_at = -MAP_GRACE_S
        self._watched_handle = False
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        window.installEventFilter(self)

    def fit(self) -> None:
        """Before the window is first shown: the whole screen. Without a window manager nobody acts on
        'full screen', so the window takes the screen's geometry itself."""
        screen = self._window.screen()
        if screen is not None:
            self._window.setGeometry(screen.geometry())
        self._window.setWindowState(Qt.WindowState.WindowFullScreen)

    def show(self) -> None:
        self.held = True
        self.fit()
        self._window.show()
        self._mapped_at = time.monotonic()
        self._watch_handle()
        self._bring_forward()
        self._timer.start()

    def hold(self) -> None:
        """Keep holding a window already shown (the kiosk's, shown by the app's start)."""
        self.held = True
        self._watch_handle()
        self._timer.start()
        self.check()

    def _watch_handle(self) -> None:
        """React at once when the window system hides or uncovers the window, not only at the next tick."""
        handle = self._window.windowHandle()
        if handle is not None and not self._watched_handle:
            self._watched_handle = True
            handle.visibilityChanged.connect(self._check_soon)
            handle.installEventFilter(self)

    def _check_soon(self) -> None:
        QTimer.singleShot(0, self, self.check)

    def release(self) -> None:
        """Let the window go; it is no longer watched (a window shown again is watched afresh), so nothing
        calls back into this object while the app ends and its window goes."""
        self.held = False
        self._timer.stop()
        handle = self._window.windowHandle()
        if handle is not None and self._watched_handle:
            self._watched_handle = False
            handle.visibilityChanged.disconnect(self._check_soon)
        if handle is not None and QApplication.platformName() == "xcb":
            handle.setKeyboardGrabEnabled(False)

    def check(self) -> None:
        """Take the screen back if the window is not where a kiosk's must be."""
        if not self.held:
            return
        window = self._window
        handle = window.windowHandle()
        if not window.isVisible() or window.isMinimized() or handle is None or not handle.isExposed():
            if time.monotonic() - self._mapped_at < MAP_GRACE_S:
                return  # mapped again just now: the window system has not shown it yet
            self.taken_back += 1
            # Iconified or left on another desktop: mapped again, it comes back on the desktop in view, and
            # asks for full screen afresh (a state Qt thinks it still has is not sent to the window manager).
            window.hide()
            window.setWindowState(Qt.WindowState.WindowNoState)
            self.show()
        elif not window.isFullScreen() or not self._covers_screen():
            self.taken_back += 1
            self.fit()
            self._bring_forward()
        elif not window.isActiveWindow() and QApplication.activePopupWidget() is None:
            self.taken_back += 1
            self._bring_forward()
        self._grab_keyboard()

    def _grab_keyboard(self) -> None:
        """The keyboard goes to this window only (a window manager's shortcuts included: show desktop,
        other desktops, its window menu), while no menu of the app's own has it."""
        if QApplication.platformName() != "xcb":
            return  # X11's grab; other platforms have none to give (and say so in a warning)
        handle = self._window.windowHandle()
        if handle is not None and handle.isExposed() and QApplication.activePopupWidget() is None:
            handle.setKeyboardGrabEnabled(True)

    def _covers_screen(self) -> bool:
        screen = self._window.screen()
        return screen is None or self._window.frameGeometry().contains(screen.geometry())

    def _bring_forward(self) -> None:
        self._window.raise_()
        self._window.activateWindow()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # getattr: Qt may still send the window's last events once Python has let go of this object
        kinds = (QEvent.Type.WindowStateChange, QEvent.Type.Hide, QEvent.Type.Expose)
        if getattr(self, "held", False) and event.type() in kinds:
            self._check_soon()  # at once, not at the next tick
        return False
