"""Any locale works: printing never fails, and Qt gets the UTF-8 character type it needs.

main.py runs this first, before anything prints and before Qt starts (tests/conftest.py does too)."""

from __future__ import annotations

import contextlib
import os
import sys

_LOCALE_CATEGORIES = (
    "LC_CTYPE",
    "LC_NUMERIC",
    "LC_TIME",
    "LC_COLLATE",
    "LC_MONETARY",
    "LC_MESSAGES",
    "LC_PAPER",
    "LC_NAME",
    "LC_ADDRESS",
    "LC_TELEPHONE",
    "LC_MEASUREMENT",
    "LC_IDENTIFICATION",
)
UTF8_LOCALES = ("C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8")  # tried in turn; the last one is macOS's


def work_in_any_locale(utf8_locales: tuple[str, ...] = UTF8_LOCALES) -> None:
    """Under any locale (none set, C, POSIX, a Latin-1 one): printing never fails, and Qt finds the UTF-8
    LC_CTYPE it needs (it would warn that it switched, which fails the self-test). Run before anything
    prints and before Qt starts; child processes (the watchdog's) inherit the environment. A stream that is
    None (a windowed executable has no console) is left alone."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict" and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")  # '…' prints as '?' on a Latin-1 terminal
    if os.name != "posix":
        return
    import _locale  # what `locale` wraps, without its 1.3 ms of imports on every start

    no_such_locale = _locale.Error  # type: ignore[attr-defined]  # typeshed lists it under `locale` only
    with contextlib.suppress(no_such_locale):  # a locale that is not installed: C, not UTF-8 either
        _locale.setlocale(_locale.LC_CTYPE, "")  # as Qt will: from LC_ALL, LC_CTYPE or LANG
    if _locale.nl_langinfo(_locale.CODESET).replace("-", "").lower() == "utf8":
        return
    for utf8 in utf8_locales:
        try:
            _locale.setlocale(_locale.LC_CTYPE, utf8)
        except no_such_locale:
            continue
        # Only LC_CTYPE changes, as Qt itself would change it: LC_ALL would override it, so its value
        # moves to LANG, which then sets every other category as LC_ALL did.
        everything = os.environ.pop("LC_ALL", None)
        if everything:
            for name in _LOCALE_CATEGORIES:
                os.environ.pop(name, None)
            os.environ["LANG"] = everything
        os.environ["LC_CTYPE"] = utf8
        return
