"""The staff PIN: salted hashes, and wrong guesses that wait longer each time (on a made-up clock)."""

from __future__ import annotations

from core.pin import (
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
DOCTORED = [f"scrypt${costs}${SALT_AND_DIGEST}" for costs in
            ("3$8$1", "16384$8$0", "1048576$32$1", "65536$1$1", "0$8$1", "99999999$8$1")]


def test_a_doctored_hash_is_named_never_raises_and_lets_nobody_in() -> None:
    assert [pin_hash_problem(text).split(" (")[1] for text in DOCTORED] == [
        "its cost n=3 is not a power of two)", "its costs n=16384, r=8, p=0 are out of range)",
        "checking it would take 4096 MiB of memory)", "its costs n=65536, r=1, p=1 are out of range)",
        "its cost n=0 is not a power of two)", "its cost n=99999999 is not a power of two)"]
    assert pin_hash_problem("scrypt$" + "9" * 5000 + "$8$1$" + SALT_AND_DIGEST) == "not a PIN hash"
    assert pin_hash_problem(hash_pin("2468") + "\n") == "not a PIN hash"
    for text in DOCTORED:
        assert not is_pin_hash(text) and not pin_matches("2468", text)
        gate = PinGate(text, COMMAND, Clock(1000.0))
        assert not gate.has_pin()
        for _ in range(6):
            attempt = gate.try_pin("2468")
            assert not attempt.ok
            assert attempt.message == ("The staff PIN in the settings file cannot be read, so nobody can open the "
                                       "staff panel. Set it again with:\natlas --set-pin")


def test_a_hash_the_settings_refused_asks_for_the_pin_to_be_set_again() -> None:
    gate = PinGate("", COMMAND, Clock(1000.0), hash_lost=True)
    assert not gate.has_pin()
    assert gate.no_pin_message().startswith("The staff PIN in the settings file cannot be read")
    assert gate.try_pin("0000").message.endswith("Set it again with:\natlas --set-pin")
