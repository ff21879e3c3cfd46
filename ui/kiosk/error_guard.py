"""Catches any unexpected error in kiosk mode: logs it for staff and goes back to the map, never a traceback."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QTimer

from core.crash_log import ErrorBurst, append_entry, describe


class ErrorGuard(QObject):
    """Replaces sys.excepthook while installed; errors in Qt handlers reach it through PySide6."""

    def __init__(
        self, log: Path, recover: Callable[[], None], give_up: Callable[[], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.log = log
        self._recover = recover
        self._give_up = give_up
        self._burst = ErrorBurst()
        self._previous = sys.excepthook

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        if sys.excepthook == self.handle:
            sys.excepthook = self._previous

    def handle(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):
            self._previous(kind, error, trace)
            return
        append_entry(self.log, describe(kind, error, trace))
        # On the next turn of the event loop, outside the handler that failed.
        QTimer.singleShot(0, self, self._give_up if self._burst.too_many() else self._recover)
