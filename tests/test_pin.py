"""The staff PIN: salted hashes, and wrong guesses that wait longer each time (on a made-up clock)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from core.pin import (
    LONGEST_WAIT_S,
    PinGate,
    hash_pin,
    is_pin_hash,
    pin_hash_problem,
    pin_matches,
    pin_problem,
    wait_after,
)
from tests.conftest import Clock

COMMAND = "atlas --set-pin"


def test_the_hash_is_salted_and_never_holds_the_pin() -> None:
    first, second = hash_pin("73195428"), hash_pin("73195428")
    assert first != second and is_pin_hash(first)
    assert "73195428" not in first
    assert pin_matches("73195428", first) and pin_matches("73195428", second)
    assert not pin_matches("73195429", first)
    assert not pin_matches("73195428", "73195428")


def test_a_pin_is_four_to_twelve_digits() -> None:
    assert pin_problem("0000") == "" and pin_problem("123456789012") == ""
    assert pin_problem("123") and pin_problem("12a4") and pin_problem("1234567890123") and pin_problem("١٢٣٤")


def test_waits_grow_after_two_free_tries() -> None:
    assert [wait_after(n) for n in range(1, 7)] == [0, 0, 2, 4, 8, 16]
    assert wait_after(40) == 300


def test_wrong_pins_are_refused_and_slowed_the_right_one_lets_in() -> None:
    clock = Clock(1000.0)
    gate = PinGate(hash_pin("2468"), COMMAND, clock)
    assert gate.try_pin("1111").message == "Wrong PIN. Try again."
    assert not gate.try_pin("1111").ok
    third = gate.try_pin("1111")
    assert (third.ok, third.message) == (False, "Wrong PIN. Try again in 2 seconds.")
    # While waiting even the right PIN is not checked.
    assert gate.try_pin("2468") == gate.try_pin("2468")
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 2 seconds."
    clock.now += 2
    assert gate.try_pin("9999").message == "Wrong PIN. Try again in 4 seconds."
    clock.now += 4
    assert gate.try_pin("2468").ok
    assert gate.try_pin("1111").message == "Wrong PIN. Try again."  # a success starts the count over


def test_no_pin_set_lets_nobody_in_and_locks_nobody_out() -> None:
    gate = PinGate("", COMMAND, Clock(1000.0))
    for _ in range(6):
        attempt = gate.try_pin("0000")
        assert not attempt.ok
        assert attempt.message.endswith("Set one with:\natlas --set-pin")
    assert gate.wait_s() == 0


SALT_AND_DIGEST = "0" * 32 + "$" + "ab" * 32
DOCTORED = [
    f"scrypt${costs}${SALT_AND_DIGEST}"
    for costs in ("3$8$1", "16384$8$0", "1048576$32$1", "65536$1$1", "0$8$1", "99999999$8$1")
]


def test_a_doctored_hash_is_named_never_raises_and_lets_nobody_in() -> None:
    assert [pin_hash_problem(text).split(" (")[1] for text in DOCTORED] == [
        "its cost n=3 is not a power of two)",
        "its costs n=16384, r=8, p=0 are out of range)",
        "checking it would take 4096 MiB of memory)",
        "its costs n=65536, r=1, p=1 are out of range)",
        "its cost n=0 is not a power of two)",
        "its cost n=99999999 is not a power of two)",
    ]
    assert pin_hash_problem("scrypt$" + "9" * 5000 + "$8$1$" + SALT_AND_DIGEST) == "not a PIN hash"
    assert pin_hash_problem(hash_pin("2468") + "\n") == "not a PIN hash"
    for text in DOCTORED:
        assert not is_pin_hash(text) and not pin_matches("2468", text)
        gate = PinGate(text, COMMAND, Clock(1000.0))
        assert not gate.has_pin()
        for _ in range(6):
            attempt = gate.try_pin("2468")
            assert not attempt.ok
            assert attempt.message == (
                "The staff PIN in the settings file cannot be read, so nobody can open the "
                "staff panel. Set it again with:\natlas --set-pin"
            )


def test_a_hash_the_settings_refused_asks_for_the_pin_to_be_set_again() -> None:
    gate = PinGate("", COMMAND, Clock(1000.0), hash_lost=True)
    assert not gate.has_pin()
    assert gate.no_pin_message().startswith("The staff PIN in the settings file cannot be read")
    assert gate.try_pin("0000").message.endswith("Set it again with:\natlas --set-pin")


def restarted(file: Path, wall: Clock, monotonic: float = 5.0, pin: str = "2468") -> tuple[PinGate, Clock]:
    """A gate as a new run of the app makes it: its monotonic clock starts afresh, the wall clock goes on."""
    clock = Clock(monotonic)
    return PinGate(STORED, COMMAND, clock, backoff_file=file, wall_clock=wall), clock


STORED = hash_pin("2468")


def test_the_back_off_survives_a_restart(tmp_path: Path) -> None:
    file = tmp_path / "state" / "pin-backoff.json"
    wall = Clock(1_800_000_000.0)
    gate, clock = restarted(file, wall, 1000.0)
    for _ in range(3):
        gate.try_pin("1111")
    clock.now += 2
    wall.now += 2
    assert gate.try_pin("1111").message == "Wrong PIN. Try again in 4 seconds."  # the fourth wrong PIN
    gate, clock = restarted(file, wall)
    assert gate.wait_s() == 4
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 4 seconds."
    clock.now += 4
    wall.now += 4
    assert gate.try_pin("1111").message == "Wrong PIN. Try again in 8 seconds."
    gate, clock = restarted(file, wall)
    clock.now += 8
    wall.now += 8
    assert gate.try_pin("2468").ok
    gate, clock = restarted(file, wall)
    assert gate.wait_s() == 0 and gate.try_pin("1111").message == "Wrong PIN. Try again."
    assert sorted(os.listdir(file.parent)) == ["pin-backoff.json"]


def test_free_tries_used_before_a_restart_stay_used(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    wall = Clock(1_800_000_000.0)
    gate, _ = restarted(file, wall)
    assert [gate.try_pin("1111").message for _ in range(2)] == ["Wrong PIN. Try again."] * 2
    gate, _ = restarted(file, wall)
    assert gate.try_pin("1111").message == "Wrong PIN. Try again in 2 seconds."


def test_a_clock_set_back_never_makes_the_wait_longer_than_the_tries_earned(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    wall = Clock(1_800_000_000.0)
    gate, clock = restarted(file, wall)
    for _ in range(4):
        clock.now += gate.wait_s()
        wall.now += gate.wait_s()
        assert gate.try_pin("1111").message.startswith("Wrong PIN.")
    wall.now -= 86_400 * 365  # someone set the date back a year
    assert restarted(file, wall)[0].wait_s() == 4
    file.write_text('{"failures": 40, "locked_until": 9e18}')
    assert restarted(file, wall)[0].wait_s() == LONGEST_WAIT_S


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\xff garbage",
        b"[1, 2]",
        b'{"failures": "x", "locked_until": 0}',
        b'{"failures": 5, "locked_until": NaN}',
        b'{"failures": -1, "locked_until": 0}',
        b'{"failures": true, "locked_until": 0}',
        b"",
    ],
)
def test_a_damaged_back_off_file_counts_as_none(tmp_path: Path, content: bytes) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_bytes(content)
    gate, _ = restarted(file, Clock(1_800_000_000.0))
    assert gate.wait_s() == 0
    assert gate.try_pin("1111").message == "Wrong PIN. Try again."


def test_a_back_off_file_that_is_a_pipe_or_a_folder_counts_as_none_and_blocks_nothing(tmp_path: Path) -> None:
    fifo, folder = tmp_path / "fifo.json", tmp_path / "folder.json"
    os.mkfifo(fifo)
    folder.mkdir()
    for file in (fifo, folder):
        gate, _ = restarted(file, Clock(1_800_000_000.0))
        assert gate.wait_s() == 0
        assert [gate.try_pin("1111").message for _ in range(3)][-1] == "Wrong PIN. Try again in 2 seconds."


def test_a_back_off_that_cannot_be_written_or_read_back_is_kept_in_memory(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("")
    gate, clock = restarted(tmp_path / "plain" / "pin-backoff.json", Clock(1_800_000_000.0))
    assert [gate.try_pin("1111").message for _ in range(3)][-1] == "Wrong PIN. Try again in 2 seconds."
    file = tmp_path / "pin-backoff.json"
    gate, clock = restarted(file, Clock(1_800_000_000.0))
    for _ in range(3):
        gate.try_pin("1111")
    file.write_bytes(b"damaged while the kiosk runs")
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 2 seconds."
    clock.now += 2
    assert gate.try_pin("1111").message == "Wrong PIN. Try again in 4 seconds."
