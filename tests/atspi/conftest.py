"""The AT-SPI stack each screen-reader test module runs its apps on: a private display, D-Bus session and
registry (tests.atspi.stack), started once a module."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.atspi.stack import Stack


@pytest.fixture(scope="module")
def stack() -> Iterator[Stack]:
    # A folder of its own, not pytest's: pytest removes old run folders, another run's too, and this one holds
    # the buses' sockets while it runs.
    with tempfile.TemporaryDirectory(prefix="atlas-atspi-") as folder:
        running = Stack(Path(folder))
        try:
            running.start()
            yield running
        finally:
            running.stop()
