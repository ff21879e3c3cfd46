"""The navigation bar: the app's title, Home, Back, Forward, the Topics menu and the evidence toggle."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

from core.key_help import BACK_KEYS, FORWARD_KEYS, HOME_KEYS
from ui.lazy_qt import Qt

if TYPE_CHECKING:
    from ui.branding_label import BrandingLabel

Keys = tuple[str | QKeySequence.StandardKey, ...]  # a key as QKeySequence reads it, or all of a platform's


class TopicsButton(QToolButton):
    """The Topics menu's button: a class of its own, so ui.window_access can give it an accessible interface
    whose actions open the menu without waiting for it to close."""


class NavigationBar(QToolBar):
    """Says what the reader asked for; decides nothing and knows no content beyond the titles it shows.

    Signals:
        home_requested(), back_requested(), forward_requested(): a button, or its shortcut once
            enable_shortcuts() has run.
        topic_chosen(str): the reference given with the topic chosen from the Topics menu.
        show_evidence_changed(bool): the reader switched the evidence notes on or off (not emitted by
            set_show_evidence).
        client_check_toggled(bool): "Check a client" (Ctrl+K) pressed: open (True) or close its panel (not
            emitted by set_client_check_open).
    """

    home_requested = Signal()
    back_requested = Signal()
    forward_requested = Signal()
    topic_chosen = Signal(str)
    show_evidence_changed = Signal(bool)
    client_check_toggled = Signal(bool)

    def __init__(self, title: str, topics: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        """`topics`: (reference, title) of each entry of the Topics menu, in order."""
        super().__init__("Navigation", parent)
        self.setObjectName("navigation")
        self.setMovable(False)
        self.setFloatable(False)
        self._shortcuts: list[tuple[QAction, Keys]] = []
        label = QLabel(title, self)
        label.setObjectName("app-title")
        self._title = self.addWidget(label)
        self._brand: BrandingLabel | None = None
        self._search: QWidget | None = None
        self._search_widths = (0, 0)
        self._tools: QAction | None = None
        self.home_action = self._action("Home", "Go to the start page", (HOME_KEYS,), self.home_requested)
        self.back_action = self._action(
            "‹ Back", "Go back", (BACK_KEYS, QKeySequence.StandardKey.Back), self.back_requested
        )
        self.forward_action = self._action(
            "Forward ›", "Go forward", (FORWARD_KEYS, QKeySequence.StandardKey.Forward), self.forward_requested
        )
        self.topics_menu = QMenu("Topics", self)
        for ref, topic_title in topics:
            self.topics_menu.addAction(topic_title, functools.partial(self._choose_topic, ref))
        self.topics_button = TopicsButton(self)
        self.topics_button.setText("Topics ▼")  # U+25BC: the shipped Inter has no ▾ (U+25BE)
        self.topics_button.setToolTip("Every topic page")
        self.topics_button.setMenu(self.topics_menu)
        self.topics_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.addWidget(self.topics_button)
        spacer = QWidget(self)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._spacer = self.addWidget(spacer)
        self.client_check_action = self._action(
            "Check a client",
            "Tick a client's conditions to see which areas are ruled out or need care (Ctrl+K)",
            ("Ctrl+K",),
            self.client_check_toggled,
            checkable=True,
        )
        self.evidence_action = QAction(self)
        self.evidence_action.setCheckable(True)
        self.evidence_action.toggled.connect(self._evidence_toggled)
        # Its own button (made here, not fetched from the toolbar: see ui.lazy_qt), so the theme can draw it as a
        # toggle, pressed in while the notes are shown and outlined while they are hidden.
        self.evidence_button = QToolButton(self)
        self.evidence_button.setObjectName("evidence-toggle")
        self.evidence_button.setDefaultAction(self.evidence_action)
        self.addWidget(self.evidence_button)
        self.topics_menu.aboutToHide.connect(self._topics_closed)

    def _action(self, text: str, tip: str, keys: Keys, signal: SignalInstance, checkable: bool = False) -> QAction:
        action = QAction(self)  # not QAction(text, self): its overloads load QIcon's 151 theme names
        action.setText(text)
        action.setToolTip(tip)
        self._shortcuts.append((action, keys))
        if checkable:
            action.setCheckable(True)
            action.toggled.connect(signal)
        else:
            action.triggered.connect(signal)
        self.addAction(action)
        return action

    def _choose_topic(self, ref: str) -> None:
        self.topic_chosen.emit(ref)

    def _topics_closed(self) -> None:
        """The menu took the pointer while it was open, so the button never heard it leave: it would stay lit
        as if hovered. Once the menu is gone, it is lit only if the pointer is really over it."""
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, self, self._unlight_topics)

    def _unlight_topics(self) -> None:
        from PySide6.QtGui import QCursor

        button = self.topics_button
        if not button.rect().contains(button.mapFromGlobal(QCursor.pos())):
            button.setAttribute(Qt.WidgetAttribute.WA_UnderMouse, False)
        button.setDown(False)
        button.update()

    def enable_shortcuts(self) -> None:
        """Alt+Home, Back and Forward keys. After the first frame: setting them builds Qt's enums (see ui.lazy_qt)."""
        for action, keys in self._shortcuts:
            action.setShortcuts(_sequences(keys))
        self.evidence_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # like Topics: reachable with Tab

    def add_search(self, box: QWidget) -> None:
        """The search box, after the Topics menu (added after the first frame, like the page view). It is as
        wide as it asks, or narrower down to its minimum width where the toolbar has no more room."""
        self._search = box
        self._search_widths = (box.minimumWidth(), max(box.minimumWidth(), box.sizeHint().width()))
        self.insertWidget(self._spacer, box)
        self._fit()

    def add_desk_tools(self, tools: QWidget | None, branding: BrandingLabel | None = None) -> None:
        """The handout's button after the Topics menu and search, and the clinic's branding in the title's
        place; after the first frame."""
        if tools is not None:
            self._tools = self.insertWidget(self._spacer, tools)
        if branding is not None:  # in the title's place: a toolbar at 1366 pixels has no room for both
            self.insertWidget(self._title, branding)
            self._title.setVisible(False)
            self._brand = branding
        self._fit()
        layout = self.layout()
        if layout is not None:
            layout.activate()  # laid out now, not on a later turn: a screenshot taken next shows them

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit()
        super().resizeEvent(event)

    def _fit(self) -> None:
        """Every control on screen at any width from 1080 pixels up: a toolbar that overflows hides its last
        controls. Where room runs short, the app's title goes first (the window's title says it too), then
        the search field narrows; a clinic's name is cut to what is left instead of going."""
        room = self.width() - self._width_of_controls()
        least, most = self._search_widths
        if self._brand is not None:
            room -= self._brand.fit_to(room - most)
        else:
            title = self.widgetForAction(self._title)
            wanted = title.sizeHint().width() if title is not None else 0
            self._title.setVisible(room >= wanted + most)
            if self._title.isVisible():
                room -= wanted
        if self._search is not None:
            self._search.setFixedWidth(max(least, min(most, room)))

    def _width_of_controls(self) -> int:
        """The width the toolbar's controls need, the title, branding and search field aside: each shown
        control's size, the spacing between and the margins (the spacer needs nothing)."""
        layout = self.layout()
        if layout is None:
            return 0
        margins = layout.contentsMargins()
        needed = margins.left() + margins.right() + layout.spacing()
        flexible = (None, self._brand, self._search)
        for action in self.actions():
            widget = self.widgetForAction(action)
            if action in (self._title, self._spacer) or widget in flexible or not action.isVisible():
                continue
            needed += widget.sizeHint().expandedTo(widget.minimumSize()).width() + layout.spacing()
        return needed + (2 * layout.spacing() if self._search is not None else 0)

    # -- for ui.toolbar_rows, which moves the last controls to a second row at a large text size ----------------

    def fit(self) -> None:
        """Fit the controls to the width again (some were moved to or from a second row)."""
        self._fit()

    def least_width(self) -> int:
        """The width the shown controls need at the least: no title, the search field at its narrowest, a
        clinic's name cut short."""
        return self._width_of_controls() + self._search_widths[0]

    def spacer_action(self) -> QAction:
        return self._spacer

    def search_box(self) -> QWidget | None:
        return self._search

    def desk_tools_action(self) -> QAction | None:
        """The handout's button, once added."""
        return self._tools

    def set_history(self, can_go_back: bool, can_go_forward: bool) -> None:
        self.back_action.setEnabled(can_go_back)
        self.forward_action.setEnabled(can_go_forward)

    def set_client_check_open(self, shown: bool) -> None:
        """Show "Check a client" pressed while its panel is open, without emitting client_check_toggled."""
        blocked = self.client_check_action.blockSignals(True)
        self.client_check_action.setChecked(shown)
        self.client_check_action.blockSignals(blocked)

    def set_show_evidence(self, show: bool) -> None:
        """Show the toggle as `show`, without emitting show_evidence_changed."""
        blocked = self.evidence_action.blockSignals(True)
        self.evidence_action.setChecked(show)
        self.evidence_action.blockSignals(blocked)
        self._label_evidence(show)

    def _evidence_toggled(self, show: bool) -> None:
        self._label_evidence(show)
        self.show_evidence_changed.emit(show)

    def _label_evidence(self, show: bool) -> None:
        """The label says what a press does; the button's look (pressed in, or outlined) says what is on now."""
        self.evidence_action.setText("Hide evidence notes" if show else "Show evidence notes")
        self.evidence_action.setToolTip(
            "Evidence notes are shown on each page: press to hide them"
            if show
            else "Evidence notes are hidden: press to show what the evidence and regulators say on each page"
        )
        self.evidence_button.setAccessibleName(self.evidence_action.text())


def _sequences(keys: Keys) -> list[QKeySequence]:
    """Each key once: the one named (core.key_help's, which the start page lists) and the platform's own."""
    sequences: list[QKeySequence] = []
    for key in keys:
        for sequence in [QKeySequence(key)] if isinstance(key, str) else QKeySequence.keyBindings(key):
            if sequence not in sequences:
                sequences.append(sequence)
    return sequences
