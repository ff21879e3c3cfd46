"""The staff PIN at its edges: what the keypad says after many wrong tries, when the count starts over,
which hashes are checked and which are refused as tampered."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from core.pin import PinGate, hash_pin, is_pin_hash, pin_hash_problem, pin_matches, pin_problem, wait_after
from core.pin_backoff import read_backoff
from tests.conftest import Clock

COMMAND = "atlas --set-pin"
STORED = hash_pin("2468")
DIGEST = "ab" * 32


def made_hash(pin: str, n: int, r: int, p: int, salt: bytes = b"\x01" * 16) -> str:
    """A hash with costs of our choosing, as another tool (or a doctored file) could write it."""
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, maxmem=2**30, dklen=32)
    return f"scrypt${n}${r}${p}${salt.hex()}${digest.hex()}"


def wrong_tries(gate: PinGate, clock: Clock, count: int) -> str:
    """Type `count` wrong PINs, each as soon as the keypad takes one; what it said last."""
    message = ""
    for _ in range(count):
        clock.now += gate.wait_s()
        message = gate.try_pin("1111").message
    return message


def test_long_waits_are_told_in_whole_minutes_rounded_up() -> None:
    clock = Clock(0.0)
    gate = PinGate(STORED, COMMAND, clock)
    assert wrong_tries(gate, clock, 8) == "Wrong PIN. Try again in 64 seconds."
    assert wrong_tries(gate, clock, 1) == "Wrong PIN. Try again in 3 minutes."  # 128 s
    assert gate.try_pin("2468") == (False, "Too many wrong PINs. Try again in 3 minutes.")
    clock.now += 7  # 121 s left: still three minutes, rounded up
    assert gate.try_pin("2468") == (False, "Too many wrong PINs. Try again in 3 minutes.")
    clock.now += 1
    clock.now += 0.5  # 119.5 s left, rounded up to 120: two minutes
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 2 minutes."
    clock.now += 0.5  # under two minutes: told in seconds
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 119 seconds."
    assert wrong_tries(gate, clock, 1) == "Wrong PIN. Try again in 5 minutes."  # 256 s
    assert wrong_tries(gate, clock, 5) == "Wrong PIN. Try again in 5 minutes."  # never more than 300 s
    assert gate.wait_s() == 300


def test_the_last_second_of_a_wait_is_one_second_not_zero() -> None:
    clock = Clock(0.0)
    gate = PinGate(STORED, COMMAND, clock)
    wrong_tries(gate, clock, 3)
    clock.now += 1.25
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 1 second."
    clock.now += 0.75
    assert gate.wait_s() == 0
    assert gate.try_pin("2468").ok  # checked the moment the wait ends


def test_two_minutes_exactly_is_said_in_minutes() -> None:
    clock = Clock(0.0)
    gate = PinGate(STORED, COMMAND, clock)
    wrong_tries(gate, clock, 9)  # 128 s to wait
    clock.now += 8
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 2 minutes."


def test_waits_double_from_two_seconds_up_to_five_minutes() -> None:
    assert [wait_after(n) for n in (0, 1, 2, 3, 4, 10, 11, 12, 1000)] == [0, 0, 0, 2, 4, 256, 300, 300, 300]


def test_the_right_pin_starts_the_count_over_also_after_a_restart(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    clock, wall = Clock(0.0), Clock(1_800_000_000.0)
    gate = PinGate(STORED, COMMAND, clock, backoff_file=file, wall_clock=wall)
    wrong_tries(gate, clock, 4)
    clock.now += gate.wait_s()
    wall.now += 4
    assert gate.try_pin("2468").ok
    assert read_backoff(file).failures == 0
    assert [gate.try_pin("1111").message for _ in range(3)] == [
        "Wrong PIN. Try again.",
        "Wrong PIN. Try again.",
        "Wrong PIN. Try again in 2 seconds.",
    ]
    restarted = PinGate(STORED, COMMAND, Clock(0.0), backoff_file=file, wall_clock=wall)
    assert restarted.wait_s() == 2
    assert read_backoff(file).failures == 3
    assert read_backoff(file).locked_until == pytest.approx(wall.now + 2)


def test_a_right_pin_with_no_wrong_ones_before_writes_nothing(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    gate = PinGate(STORED, COMMAND, Clock(0.0), backoff_file=file, wall_clock=Clock(1_800_000_000.0))
    assert gate.try_pin("2468") == (True, "")
    assert not file.exists()


def test_a_saved_wait_already_over_blocks_nothing_but_keeps_the_count(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_text('{"failures": 3, "locked_until": 1799999990.0}')
    gate = PinGate(STORED, COMMAND, Clock(50.0), backoff_file=file, wall_clock=Clock(1_800_000_000.0))
    assert gate.wait_s() == 0
    assert gate.try_pin("1111").message == "Wrong PIN. Try again in 4 seconds."


def test_a_saved_wait_still_running_is_kept_to_the_second(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_text('{"failures": 6, "locked_until": 1800000005.0}')
    clock = Clock(50.0)
    gate = PinGate(STORED, COMMAND, clock, backoff_file=file, wall_clock=Clock(1_800_000_000.0))
    assert gate.wait_s() == 5
    assert gate.try_pin("2468").message == "Too many wrong PINs. Try again in 5 seconds."
    clock.now += 5
    assert gate.try_pin("2468").ok


def test_a_gate_with_a_good_hash_has_a_pin_and_no_file_changes_nothing() -> None:
    gate = PinGate(STORED, COMMAND, Clock(0.0))
    assert gate.has_pin() and gate.wait_s() == 0
    assert gate.try_pin("2468") == (True, "")
    assert not gate.try_pin("1111").ok


def test_no_pin_set_says_how_to_set_one() -> None:
    gate = PinGate("", COMMAND, Clock(0.0))
    assert not gate.has_pin()
    assert gate.try_pin("2468").message == (
        "No staff PIN is set on this kiosk, so nobody can open the staff panel. Set one with:\natlas --set-pin"
    )


def test_a_tampered_hash_lets_no_pin_in_even_the_one_it_was_made_from() -> None:
    good = made_hash("2468", 2**14, 8, 1)
    assert pin_matches("2468", good)
    tampered = [
        good.replace("$8$1$", "$8$0$"),  # p=0: out of range
        good[:-1] + ("0" if good[-1] != "0" else "1"),  # digest changed
        good.replace("scrypt$", "Scrypt$"),
        good + "0",
        "x" + good,
        good.replace("$", "$$", 1),
    ]
    for text in tampered:
        assert not pin_matches("2468", text), text
        assert not PinGate(text, COMMAND, Clock(0.0)).try_pin("2468").ok
    assert [PinGate(text, COMMAND, Clock(0.0)).has_pin() for text in tampered] == [
        False,
        True,  # a well-formed hash of another PIN
        False,
        False,
        False,
        False,
    ]
    lost = PinGate(good, COMMAND, Clock(0.0), hash_lost=True)
    assert not lost.has_pin() and not lost.try_pin("2468").ok


def test_hashes_with_other_costs_this_app_can_check_let_their_pin_in() -> None:
    for n, r, p in [(2, 1, 1), (2**10, 1, 1), (16, 4, 2), (8, 2, 16), (16, 32, 1)]:
        stored = made_hash("2468", n, r, p)
        assert pin_hash_problem(stored) == "", (n, r, p)
        assert is_pin_hash(stored)
        assert pin_matches("2468", stored) and not pin_matches("2469", stored)
        assert PinGate(stored, COMMAND, Clock(0.0)).try_pin("2468").ok


@pytest.mark.parametrize(
    ("costs", "why"),
    [
        ("1$1$1", "its cost n=1 is not a power of two"),
        ("6$1$1", "its cost n=6 is not a power of two"),
        ("2097152$8$1", "its costs n=2097152, r=8, p=1 are out of range"),
        ("1048576$1$1", "its costs n=1048576, r=1, p=1 are out of range"),
        ("16$0$1", "its costs n=16, r=0, p=1 are out of range"),
        ("16$33$1", "its costs n=16, r=33, p=1 are out of range"),
        ("16$8$17", "its costs n=16, r=8, p=17 are out of range"),
        ("1048576$4$1", "checking it would take 512 MiB of memory"),
        ("524288$4$1", "checking it would take 256 MiB of memory"),
        ("131072$16$1", "checking it would take 256 MiB of memory"),
    ],
)
def test_a_hash_with_costs_out_of_reach_is_named(costs: str, why: str) -> None:
    text = f"scrypt${costs}${'0' * 32}${DIGEST}"
    assert pin_hash_problem(text) == f"a PIN hash this app cannot check ({why})"
    assert not is_pin_hash(text) and not pin_matches("2468", text)


def test_the_largest_costs_that_fit_are_accepted() -> None:
    for costs in ("524288$3$1", "262144$7$1", "32768$1$1", "2$32$16", "65536$4$16"):
        text = f"scrypt${costs}${'0' * 32}${DIGEST}"
        assert pin_hash_problem(text) == "", costs


def test_the_written_hash_names_its_costs_and_salt() -> None:
    salt = bytes(range(16))
    stored = hash_pin("2468", salt)
    assert stored == hash_pin("2468", salt)
    assert stored.startswith("scrypt$16384$8$1$000102030405060708090a0b0c0d0e0f$")
    assert len(stored.rsplit("$", 1)[1]) == 64 and is_pin_hash(stored)
    assert pin_matches("2468", stored)
    assert hash_pin("2468") != hash_pin("2468")


def test_what_a_pin_may_be_is_said_in_one_line() -> None:
    assert pin_problem("12") == "a PIN is 4 to 12 digits (0-9)"
    assert pin_problem("") == "a PIN is 4 to 12 digits (0-9)"
    assert pin_problem(" 1234") and pin_problem("1234 ") and pin_problem("+1234") and pin_problem("²³⁴⁵")
    assert pin_problem("1234") == "" and pin_problem("9" * 12) == ""


def test_no_answer_while_waiting_or_without_a_pin_ever_lets_anyone_in() -> None:
    clock = Clock(0.0)
    gate = PinGate(STORED, COMMAND, clock)
    wrong_tries(gate, clock, 3)
    assert gate.try_pin("2468") == (False, "Too many wrong PINs. Try again in 2 seconds.")
    assert gate.try_pin("1111") == (False, "Too many wrong PINs. Try again in 2 seconds.")
    assert PinGate("", COMMAND, clock).try_pin("2468") == (
        False,
        "No staff PIN is set on this kiosk, so nobody can open the staff panel. Set one with:\natlas --set-pin",
    )


def test_a_hash_whose_costs_this_app_refuses_lets_nobody_in_even_where_scrypt_could_check_it() -> None:
    stored = made_hash("2468", 16, 1, 17)  # p over 16: refused, though the hash is the PIN's own
    assert pin_hash_problem(stored) == "a PIN hash this app cannot check (its costs n=16, r=1, p=17 are out of range)"
    assert not pin_matches("2468", stored)
    assert PinGate(stored, COMMAND, Clock(0.0)).try_pin("2468").ok is False


def test_a_hash_that_needs_more_than_32_mib_to_check_is_still_checked() -> None:
    stored = made_hash("2468", 2**15, 8, 1)  # just over 32 MiB: more than scrypt allows unless told
    assert pin_hash_problem(stored) == ""
    assert pin_matches("2468", stored) and not pin_matches("2469", stored)


def test_the_memory_a_hash_would_take_is_rounded_down_to_whole_mib() -> None:
    text = f"scrypt$262144$8$16${'0' * 32}${DIGEST}"
    assert pin_hash_problem(text) == "a PIN hash this app cannot check (checking it would take 256 MiB of memory)"
