"""Where the client check opens: in the page's place beside the diagram, made on first use (never for the
first frame); closing it puts the page back and forgets every tick and mark."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSplitter, QWidget

    from core.records import Pack
    from ui.client_check_panel import ClientCheckPanel
    from ui.theme import Theme

Marks = Callable[[list[str], list[str]], None]


class ClientCheckPlace:
    """Opens and closes the panel; says what it marks (`marks(ruled_out, care)`) and whether it is open
    (`opened(bool)`)."""

    def __init__(
        self,
        splitter: QSplitter,
        page: Callable[[], QWidget],
        pack: Callable[[], Pack],
        theme: Theme,
        marks: Marks,
        opened: Callable[[bool], None],
    ) -> None:
        self._splitter = splitter
        self._page = page
        self._pack = pack
        self._theme = theme
        self._marks = marks
        self._opened = opened
        self._percent = 100  # the reader's text size (set_zoom)
        self.panel: ClientCheckPanel | None = None

    def set_zoom(self, percent: int) -> None:
        """The panel at the reader's text size, now and when it is made (a ui.text_zoom follower)."""
        self._percent = percent
        if self.panel is not None:
            self.panel.set_theme(self._look())

    def _look(self) -> Theme:
        from ui.text_zoom import zoomed

        return zoomed(self._theme, self._percent)

    def is_open(self) -> bool:
        return self.panel is not None and not self.panel.isHidden()

    def set_open(self, shown: bool) -> None:
        if shown:
            self.open()
        else:
            self.close()

    def open(self) -> None:
        panel = self.panel or self._make()
        if not panel.isHidden():
            panel.focus_first()
            return
        page = self._page()
        sizes = self._splitter.sizes()
        index = self._splitter.indexOf(page)
        page.hide()
        panel.show()
        sizes[self._splitter.indexOf(panel)], sizes[index] = sizes[index], 0
        self._splitter.setSizes(sizes)
        panel.focus_first()
        self._opened(True)

    def point_at(self, area_id: str) -> None:
        """An area was chosen on the diagram: while open, the panel says what the check says of it."""
        if self.is_open():
            assert self.panel is not None
            self.panel.point_at(area_id)

    def open_ticked(self, condition_ids: list[str]) -> None:
        """Open the panel with these conditions ticked (the screenshot gallery's picture)."""
        self.open()
        assert self.panel is not None
        self.panel.tick(condition_ids)

    def close(self) -> None:
        """Put the page back and forget the check: no tick, no mark, no reason kept."""
        panel = self.panel
        if panel is None or panel.isHidden():
            return
        panel.clear()
        page = self._page()
        sizes = self._splitter.sizes()
        index = self._splitter.indexOf(panel)
        panel.hide()
        page.show()
        sizes[self._splitter.indexOf(page)], sizes[index] = sizes[index], 0
        self._splitter.setSizes(sizes)
        page.setFocus()
        self._opened(False)

    def _make(self) -> ClientCheckPanel:
        from core.client_check import check_client, known_conditions
        from ui.client_check_panel import ClientCheckPanel

        pack = self._pack()
        panel = self.panel = ClientCheckPanel(
            known_conditions(pack), lambda ids: check_client(pack, ids), self._look(), self._splitter
        )
        panel.hide()
        panel.marks_changed.connect(self._marks)
        panel.close_requested.connect(self.close)
        self._splitter.addWidget(panel)
        self._splitter.setStretchFactor(self._splitter.indexOf(panel), 6)
        return panel
