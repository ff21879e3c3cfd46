"""The staff PIN: stored only as a salted scrypt hash; wrong guesses wait longer and longer.

`PinGate` takes its clock as an argument, so tests move time instead of sleeping."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from typing import NamedTuple

# scrypt cost: about 50 ms and 16 MiB per check, so a stolen settings file is slow to guess from.
_N, _R, _P = 2**14, 8, 1
_HASH = re.compile(r"^scrypt\$(\d+)\$(\d+)\$(\d+)\$([0-9a-f]{32})\$([0-9a-f]{64})$")
PIN_DIGITS = (4, 12)
FREE_TRIES = 2  # wrong PINs allowed before any waiting
LONGEST_WAIT_S = 300.0


def pin_problem(pin: str) -> str:
    """Why `pin` cannot be a PIN ('' when it can): it is typed on a numeric keypad."""
    low, high = PIN_DIGITS
    if not (pin.isascii() and pin.isdigit() and low <= len(pin) <= high):
        return f"a PIN is {low} to {high} digits (0-9)"
    return ""


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    """'scrypt$N$r$p$salt$hash', with a fresh random salt unless one is given."""
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def is_pin_hash(text: str) -> bool:
    return bool(_HASH.match(text))


def pin_matches(pin: str, stored: str) -> bool:
    match = _HASH.match(stored)
    if not match:
        return False
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    if n > 2**20 or r > 32 or p > 16:  # a doctored file must not make one check take minutes
        return False
    digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(match.group(4)), n=n, r=r, p=p,
                            maxmem=256 * 1024 * 1024, dklen=32)
    return hmac.compare_digest(digest.hex(), match.group(5))


def wait_after(failures: int) -> float:
    """Seconds to wait after this many wrong PINs in a row: 0, 0, then 2, 4, 8 … up to five minutes."""
    if failures <= FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT_S, 2.0 ** (failures - FREE_TRIES))


class Attempt(NamedTuple):
    """What one PIN entry led to: let in or not, and what the prompt should say."""

    ok: bool
    message: str


class PinGate:
    """Checks PINs against the stored hash and slows down guessing."""

    def __init__(self, stored_hash: str, set_pin_command: str, clock: Callable[[], float] = time.monotonic) -> None:
        self._stored = stored_hash
        self._command = set_pin_command
        self._clock = clock
        self._failures = 0
        self._blocked_until = 0.0

    def has_pin(self) -> bool:
        return is_pin_hash(self._stored)

    def no_pin_message(self) -> str:
        return f"No staff PIN is set on this kiosk, so nobody can open the staff panel. Set one with:\n{self._command}"

    def wait_s(self) -> float:
        """Seconds before the next PIN will be checked."""
        return max(0.0, self._blocked_until - self._clock())

    def try_pin(self, pin: str) -> Attempt:
        if not self.has_pin():
            return Attempt(False, self.no_pin_message())
        wait = self.wait_s()
        if wait > 0:
            return Attempt(False, f"Too many wrong PINs. Try again in {_seconds(wait)}.")
        if pin_matches(pin, self._stored):
            self._failures = 0
            return Attempt(True, "")
        self._failures += 1
        wait = wait_after(self._failures)
        self._blocked_until = self._clock() + wait
        return Attempt(False, wrong_pin_message(wait))


def wrong_pin_message(wait: float) -> str:
    """What the prompt says after a wrong PIN that is followed by `wait` seconds of waiting."""
    return f"Wrong PIN. Try again in {_seconds(wait)}." if wait else "Wrong PIN. Try again."


def _seconds(value: float) -> str:
    whole = int(-(-value // 1))  # round up: never tell someone to retry too early
    return f"{whole} second{'s' if whole != 1 else ''}" if whole < 120 else f"{-(-whole // 60)} minutes"
