"""Accessible interfaces of our own for a few widget classes, given to Qt with QAccessible.installFactory.

Qt asks the factory for each object's interface by class name when assistive technology first looks at
it. Each interface made here is kept on its widget while the widget lives: Qt owns it in its cache and
deletes it with the widget, and it must not be freed by Python before then."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleInterface

Maker = Callable[[QObject], QAccessibleInterface]
_makers: dict[str, Maker] = {}
_installed = False


def _factory(key: str, widget: QObject) -> QAccessibleInterface | None:
    make = _makers.get(key)
    if make is None or type(widget).__name__ != key:
        return None
    interface = make(widget)
    widget.__dict__["_accessible_interface"] = interface  # kept as long as the widget (see above)
    return interface


def register(class_name: str, make: Maker) -> None:
    """Objects whose class is named `class_name` get `make(object)` as their interface."""
    global _installed
    _makers[class_name] = make
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed = True


def renew(widget: QObject, kind: type[QAccessibleInterface]) -> None:
    """Qt keeps the first interface made for an object: one a screen reader asked for before `register`
    ran (a busy start, after the first frame) would stay Qt's own. Drops that one, so the next question
    gets ours."""
    if not QAccessible.isActive():
        return  # nothing has been asked yet, so nothing is kept
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is not None and not isinstance(interface, kind):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def announce(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Have a screen reader say `text` now (politely, or at once when `assertive`)."""
    if not QAccessible.isActive() or not text.strip():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)
