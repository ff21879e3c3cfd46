"""The staff PIN: stored only as a salted scrypt hash; wrong guesses wait longer and longer, across restarts.

`PinGate` takes its clocks as arguments, so tests move time instead of sleeping."""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import time
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from core.pin_backoff import Backoff, read_backoff, write_backoff

# scrypt cost: about 50 ms and 16 MiB per check, so a stolen settings file is slow to guess from.
_N, _R, _P = 2**14, 8, 1
_HASH = re.compile(r"scrypt\$([0-9]{1,8})\$([0-9]{1,3})\$([0-9]{1,3})\$([0-9a-f]{32})\$([0-9a-f]{64})")
_MAX_MEMORY = 256 * 1024 * 1024  # what one check may take; a doctored file must not make it take minutes
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


def pin_hash_problem(text: str) -> str:
    """Why `text` is not a PIN hash this app can check a PIN against ('' when it is one)."""
    match = _HASH.fullmatch(text)
    if not match:
        return "not a PIN hash"
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    if n < 2 or n & (n - 1):
        why = f"its cost n={n} is not a power of two"
    elif not (n <= 2**20 and 1 <= r <= 32 and 1 <= p <= 16) or (16 * r < 64 and n >= 2 ** (16 * r)):
        why = f"its costs n={n}, r={r}, p={p} are out of range"
    elif 128 * r * (n + 2 + p) > _MAX_MEMORY:
        why = f"checking it would take {128 * r * (n + 2 + p) // 2**20} MiB of memory"
    else:
        return ""
    return f"a PIN hash this app cannot check ({why})"


def is_pin_hash(text: str) -> bool:
    return not pin_hash_problem(text)


def pin_matches(pin: str, stored: str) -> bool:
    """Whether `pin` is the one `stored` was made from; False, never an error, for a hash that cannot be checked."""
    match = _HASH.fullmatch(stored)
    if match is None or pin_hash_problem(stored):
        return False
    n, r, p = (int(match.group(i)) for i in (1, 2, 3))
    try:
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(match.group(4)), n=n, r=r, p=p, maxmem=_MAX_MEMORY, dklen=32
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(digest.hex(), match.group(5))


def wait_after(failures: int) -> float:
    """Seconds to wait after this many wrong PINs in a row: 0, 0, then 2, 4, 8 … up to five minutes."""
    if failures <= FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT_S, 2.0 ** min(failures - FREE_TRIES, 64))


class Attempt(NamedTuple):
    """What one PIN entry led to: let in or not, and what the prompt should say."""

    ok: bool
    message: str


class PinGate:
    """Checks PINs against the stored hash and slows down guessing.

    `clock` is monotonic and times the waits within a run. With a `backoff_file`, the wrong tries in a row
    and the wall-clock (`wall_clock`) end of the wait are kept there, so a restart waits as long as the
    run before would have; a clock set back never makes that wait longer than the tries earned.
    `hash_lost` says the settings held a PIN hash that cannot be read: nobody gets in, and the prompt says
    the PIN must be set again."""

    def __init__(
        self,
        stored_hash: str,
        set_pin_command: str,
        clock: Callable[[], float] = time.monotonic,
        *,
        hash_lost: bool = False,
        backoff_file: Path | None = None,
        wall_clock: Callable[[], float] = time.time,
    ) -> None:
        self._stored = stored_hash
        self._command = set_pin_command
        self._clock = clock
        self._wall_clock = wall_clock
        self._backoff_file = backoff_file
        self._lost = hash_lost or (bool(stored_hash) and not is_pin_hash(stored_hash))
        self._failures = 0
        self._blocked_until = 0.0
        if backoff_file is not None:
            self._restore(read_backoff(backoff_file))

    def _restore(self, saved: Backoff) -> None:
        """Take on a saved back-off, never ending up less strict than what this gate already holds."""
        left = min(max(0.0, saved.locked_until - self._wall_clock()), wait_after(saved.failures))
        self._failures = max(self._failures, saved.failures)
        self._blocked_until = max(self._blocked_until, self._clock() + left)

    def _save(self) -> None:
        if self._backoff_file is not None:
            write_backoff(self._backoff_file, Backoff(self._failures, self._wall_clock() + self.wait_s()))

    def has_pin(self) -> bool:
        return not self._lost and is_pin_hash(self._stored)

    def no_pin_message(self) -> str:
        if self._lost:
            return (
                "The staff PIN in the settings file cannot be read, so nobody can open the staff panel. "
                f"Set it again with:\n{self._command}"
            )
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
            if self._failures:
                self._failures = 0
                self._save()
            return Attempt(True, "")
        self._failures += 1
        wait = wait_after(self._failures)
        self._blocked_until = self._clock() + wait
        self._save()
        return Attempt(False, wrong_pin_message(wait))


def wrong_pin_message(wait: float) -> str:
    """What the prompt says after a wrong PIN that is followed by `wait` seconds of waiting."""
    return f"Wrong PIN. Try again in {_seconds(wait)}." if wait else "Wrong PIN. Try again."


def _seconds(value: float) -> str:
    whole = int(-(-value // 1))  # round up: never tell someone to retry too early
    return f"{whole} second{'s' if whole != 1 else ''}" if whole < 120 else f"{-(-whole // 60)} minutes"
