"""The PIN back-off file as the next run reads it: two numbers, and anything else counts as no back-off."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.pin_backoff import Backoff, read_backoff, write_backoff


def test_what_is_written_is_read_back(tmp_path: Path) -> None:
    file = tmp_path / "state" / "pin-backoff.json"
    assert write_backoff(file, Backoff(4, 1_800_000_123.45678)) is True
    assert file.read_text(encoding="utf-8") == '{"failures": 4, "locked_until": 1800000123.457}\n'
    assert read_backoff(file) == Backoff(4, 1_800_000_123.457)


def test_no_file_is_no_back_off(tmp_path: Path) -> None:
    assert read_backoff(tmp_path / "missing.json") == Backoff(0, 0.0)


@pytest.mark.parametrize(
    ("saved", "expected"),
    [
        ({"failures": 0, "locked_until": 5}, Backoff(0, 5.0)),
        ({"failures": 1_000_000, "locked_until": 5}, Backoff(1_000_000, 5.0)),
        ({"failures": 3, "locked_until": 1.5}, Backoff(3, 1.5)),
        ({"failures": 1_000_001, "locked_until": 5}, Backoff()),
        ({"failures": -1, "locked_until": 5}, Backoff()),
        ({"failures": 2.0, "locked_until": 5}, Backoff()),
        ({"failures": False, "locked_until": 5}, Backoff()),
        ({"failures": 3, "locked_until": True}, Backoff()),
        ({"failures": 3, "locked_until": "5"}, Backoff()),
        ({"failures": 3}, Backoff()),
        ({"locked_until": 5}, Backoff()),
        ([3, 5], Backoff()),
        ("3", Backoff()),
    ],
)
def test_only_two_sensible_numbers_count(tmp_path: Path, saved: object, expected: Backoff) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_text(json.dumps(saved))
    assert read_backoff(file) == expected
    if expected != Backoff():
        assert isinstance(read_backoff(file).locked_until, float)


@pytest.mark.parametrize("number", ["Infinity", "-Infinity", "NaN"])
def test_an_endless_or_undefined_time_counts_as_none(tmp_path: Path, number: str) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_text(f'{{"failures": 9, "locked_until": {number}}}')
    assert read_backoff(file) == Backoff()


def test_a_file_too_large_to_be_ours_is_not_read(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_text('{"failures": 7, "locked_until": 5}' + " " * 4096)
    assert read_backoff(file) == Backoff()
    file.write_text('{"failures": 7, "locked_until": 5}'.ljust(4096))
    assert read_backoff(file) == Backoff(7, 5.0)


def test_a_file_that_is_not_text_counts_as_none(tmp_path: Path) -> None:
    file = tmp_path / "pin-backoff.json"
    file.write_bytes(b'{"failures": 7, "locked_until": 5, "x": "\xff"}')
    assert read_backoff(file) == Backoff()


def test_a_back_off_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    (tmp_path / "plain").write_text("")
    assert write_backoff(tmp_path / "plain" / "pin-backoff.json", Backoff(3, 5.0)) is False
    assert (tmp_path / "plain").read_text() == ""
