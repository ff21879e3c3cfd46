"""Back and forward through visited pages, like any good reference."""

from __future__ import annotations


class History:
    """A browser-style history of page references, starting at `home`."""

    def __init__(self, home: str) -> None:
        self._home = home
        self._back: list[str] = []
        self._forward: list[str] = []
        self.current = home

    def visit(self, ref: str) -> bool:
        """Go to `ref`; returns False (and changes nothing) when it is already shown."""
        if ref == self.current:
            return False
        self._back.append(self.current)
        self._forward.clear()
        self.current = ref
        return True

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    def back(self) -> str:
        if self._back:
            self._forward.append(self.current)
            self.current = self._back.pop()
        return self.current

    def forward(self) -> str:
        if self._forward:
            self._back.append(self.current)
            self.current = self._forward.pop()
        return self.current

    def reset(self) -> None:
        self._back.clear()
        self._forward.clear()
        self.current = self._home
