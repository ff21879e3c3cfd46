"""Any locale, in this process: a start with no console, and the UTF-8 character type found among the names
tried in turn (tests/test_command_options.py has the C and Latin-1 cases, tests/test_locale.py the app's)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from core import any_locale

posix_only = pytest.mark.skipif(os.name != "posix", reason="locales are a POSIX matter")


def codeset() -> str:
    import _locale

    return _locale.nl_langinfo(_locale.CODESET).replace("-", "").lower()


@pytest.fixture
def c_locale(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """LC_ALL=C, as a kiosk's service may start the app; the character type put back afterwards."""
    import _locale

    for name in ("LANG", "LC_CTYPE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C")
    yield
    _locale.setlocale(_locale.LC_CTYPE, "C.UTF-8")


def test_a_start_without_a_console_is_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A windowed executable on Windows has no standard streams at all: sys.stdout and sys.stderr are None."""
    monkeypatch.setattr("sys.stdout", None)
    monkeypatch.setattr("sys.stderr", None)
    any_locale.work_in_any_locale()


@posix_only
@pytest.mark.usefixtures("c_locale")
def test_the_first_utf8_locale_this_system_has_is_the_one_used() -> None:
    any_locale.work_in_any_locale(("xx_NOWHERE.UTF-8", "C.UTF-8", "en_US.UTF-8"))
    assert codeset() == "utf8"
    assert os.environ["LC_CTYPE"] == "C.UTF-8" and os.environ["LANG"] == "C" and "LC_ALL" not in os.environ


@posix_only
@pytest.mark.usefixtures("c_locale")
def test_without_any_utf8_locale_the_environment_is_left_as_it_was() -> None:
    any_locale.work_in_any_locale(("xx_NOWHERE.UTF-8", "yy_NOWHERE.UTF-8"))
    assert codeset() != "utf8"
    assert os.environ["LC_ALL"] == "C" and "LC_CTYPE" not in os.environ and "LANG" not in os.environ
