"""YAML as the loaders read it: the line of every key and item, and each kind of bad file named with its line."""

from __future__ import annotations

import inspect
import sys

import pytest

from core.yaml_entries import SCAN_DEPTH, Entry, key_name, read_entries
from core.yaml_lines import MAX_DEPTH, LineDict, LineList, YamlProblem, brief, load_yaml, nesting_problem


def problem(text: str) -> tuple[int, str]:
    with pytest.raises(YamlProblem) as caught:
        load_yaml(text)
    assert str(caught.value) == caught.value.message
    return caught.value.line, caught.value.message


def test_every_key_and_item_knows_its_line() -> None:
    data = load_yaml("# a comment\n- id: top\n  title: Top\n\n  cautions:\n    - a\n    - b\n- id: back\n")
    assert isinstance(data, LineList) and data.line == 2 and data.item_lines == [2, 8]
    first = data[0]
    assert isinstance(first, LineDict) and first == {"id": "top", "title": "Top", "cautions": ["a", "b"]}
    assert (first.line, first.line_of("id"), first.line_of("title"), first.line_of("cautions")) == (2, 2, 3, 5)
    assert first.line_of("missing") == 2
    assert first["cautions"].line_of(1) == 7 and first["cautions"].line_of(5) == 6
    assert data.line_of(1) == 8 and data.line_of(2) == 2
    assert load_yaml("a: 1\nb: [x, y]\n")["b"].item_lines == [2, 2]


def test_keys_that_are_numbers_or_words_are_kept_and_lines_are_by_their_text() -> None:
    data = load_yaml("1: one\nfalse: off side\n~: nothing\n2.5: half\n")
    assert data == {1: "one", False: "off side", None: "nothing", 2.5: "half"}
    assert data.key_lines == {"1": 1, "False": 2, "None": 3, "2.5": 4}


def test_merge_keys_are_flattened() -> None:
    data = load_yaml("base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n")
    assert data["item"] == {"x": 1, "y": 2}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: 1\nb: 2\na: 3\n", (3, "key 'a' appears twice in one mapping")),
        ("- x\n- ? [1, 2]\n  : y\n", (2, "a key must be a plain word, not a list or mapping")),
        ("a: !!map [1, 2]\n", (1, "a mapping tag on something that is not a mapping")),
        ("a: !!seq {x: 1}\n", (1, "a list tag on something that is not a list")),
        ("a: 1\nb: [unclosed\n", (3, "not valid YAML: did not find expected ',' or ']'")),
        ("a: 1\n  b: 2\n", (2, "not valid YAML: mapping values are not allowed in this context")),
        ("a: 1\n--- \nb: 2\n", (2, "not valid YAML: but found another document")),
    ],
)
def test_a_bad_file_is_named_with_its_line(text: str, expected: tuple[int, str]) -> None:
    line, message = problem(text)
    assert (line, message[: len(expected[1])]) == expected


def test_a_value_yaml_cannot_build_is_named_on_its_own_line() -> None:
    line, message = problem("a: 1\nwhen: 2026-13-01\n")
    assert line == 2 and message.startswith("cannot read this value (")
    assert problem("x: !!float abc\n")[0] == 1
    assert problem("x: ok\ny:\n  - !!int zz\n") == (
        3,
        "cannot read this value (invalid literal for int() with base 10: 'zz')",
    )


def test_a_top_level_value_yaml_cannot_build_is_named_on_line_one() -> None:
    assert problem("!!int nope\n") == (
        1,
        "cannot read this file's top-level value (invalid literal for int() with base 10: 'nope')",
    )
    assert problem("!!python/name:os.system x\n")[1].startswith("not valid YAML: ")


def test_a_character_yaml_does_not_allow_is_named_on_its_line() -> None:
    bell = "not valid YAML: control characters are not allowed (character #x0007)"
    assert problem("a: 1\nb: 2\nc: ring \x07 here\n") == (3, bell)
    assert problem("\x07") == (1, bell)
    assert problem("\n\nx: \x07\n") == (3, bell)
    assert problem("a: 1\n\x00") == (2, "not valid YAML: control characters are not allowed (character #x0000)")


def test_a_tagged_value_of_the_wrong_shape_is_named_on_its_own_line() -> None:
    """An ordered map is built after the rest of its document unless it is built at once, as every value is."""
    line, message = problem("a:\n  b: !!omap {x: 1}\n")
    assert line == 2 and message.startswith("cannot read this value (while constructing an ordered map expected a")


def test_nesting_that_python_cannot_follow_is_a_problem_not_a_crash() -> None:
    """Below the nesting limit, a process already deep in calls (a small stack) still gets a message."""
    depth, limit = len(inspect.stack()), sys.getrecursionlimit()
    sys.setrecursionlimit(depth + 80)
    try:
        found = problem("a: " + "[" * 90 + "]" * 90 + "\n")
    finally:
        sys.setrecursionlimit(limit)
    assert found == (1, "nested too deeply to read")


def test_nesting_deeper_than_the_limit_is_refused_before_parsing() -> None:
    assert nesting_problem("a: " + "[" * MAX_DEPTH + "]" * MAX_DEPTH) is None
    assert nesting_problem("a: 1\nb: " + "[" * (MAX_DEPTH + 1)) == (2, f"nested deeper than {MAX_DEPTH} levels")
    assert nesting_problem("{" * 6, limit=5) == (1, "nested deeper than 5 levels")
    assert problem("x:\n" + "[" * 150 + "]" * 150) == (2, "nested deeper than 100 levels")
    assert nesting_problem(" " * 200 + "x: 1") is None
    assert nesting_problem("a:\n" + " " * 201 + "x: 1\n") == (2, "indented deeper than 100 levels")
    assert nesting_problem(" " * 201 + "# only a comment\n" + " " * 201 + "\n") is None


def test_brackets_in_quotes_and_comments_do_not_count_as_nesting() -> None:
    assert nesting_problem("a: ['" + "[" * 10 + "']", limit=5) is None
    assert nesting_problem('a: ["' + "{" * 10 + '"]', limit=5) is None
    assert nesting_problem("a: 1 # " + "[" * 10, limit=5) is None
    assert nesting_problem("a: [1, # not a comment in a flow" + "[" * 10, limit=5) == (1, "nested deeper than 5 levels")
    assert nesting_problem("a: ]]]] [[[[[[", limit=5) == (1, "nested deeper than 5 levels")
    assert nesting_problem("a: [[[]]] [[[]]] [[[]]]", limit=3) is None
    assert nesting_problem("a: it's [[[[[[", limit=5) == (1, "nested deeper than 5 levels")


def test_a_long_parser_message_is_cut_to_a_few_words() -> None:
    assert brief("a   b\n c") == "a b c"
    assert brief("x" * 100) == "x" * 100
    assert brief("x" * 101) == "x" * 100 + "…"
    assert brief("word " * 10, limit=9) == "word word…"


def test_read_entries_keeps_each_good_key_and_names_each_bad_one() -> None:
    text = "kiosk: true\nidle: !!float abc\n[a, b]: 1\nwhen: 2026-13-01\n!!int zz: 5\nlast: 3\n"
    entries = read_entries(text)
    assert entries is not None
    assert [(e.key, e.name, e.line, e.value) for e in entries] == [
        ("kiosk", "kiosk", 1, True),
        ("idle", "idle", 2, None),
        (None, "(key)", 3, None),
        ("when", "when", 4, None),
        (None, "zz", 5, None),
        ("last", "last", 6, 3),
    ]
    problems = [e.problem for e in entries]
    assert problems[0] == "" and problems[-1] == ""
    assert problems[1] == "cannot read this value (could not convert string to float: 'abc')"
    assert problems[2] == "a key must be a plain word, not a list or mapping"
    assert problems[3] == "cannot read this value (month must be in 1..12)"
    assert problems[4] == "cannot read this key (invalid literal for int() with base 10: 'zz')"


def test_read_entries_gives_none_for_a_file_that_is_not_one_mapping() -> None:
    for text in ("- a\n- b\n", "a: [\n", "a: 1\na: 2\n", "just words\n", "a: *missing\n", "<<: [1]\n"):
        assert read_entries(text) is None, text
    assert read_entries("") == [] and read_entries("# only a comment\n") == []


def test_read_entries_reads_merge_keys_and_deep_values() -> None:
    entries = read_entries("base: &b {x: 1}\n<<: *b\nlist: " + "[" * 3 + "]" * 3 + "\n")
    assert entries is not None
    assert [(e.key, e.value) for e in entries] == [("x", 1), ("base", {"x": 1}), ("list", [[[]]])]


def test_a_value_nested_too_deep_costs_only_its_key() -> None:
    entries = read_entries("a: 1\nb: " + "[" * 5000 + "]" * 5000 + "\nc: 2\n")
    assert entries is None or [e.key for e in entries if not e.problem] == ["a", "c"]


def test_a_long_key_is_named_short() -> None:
    assert key_name("k" * 60) == "k" * 60
    assert key_name("k" * 61) == "k" * 60 + "…"
    assert key_name(12) == "12"
    assert read_entries("k" * 70 + ": !!int x\n") == [
        Entry("k" * 70, "k" * 60 + "…", 1, None, "cannot read this value (invalid literal for int() with base 10: 'x')")
    ]


def test_a_value_s_problem_is_said_without_the_parser_s_position_and_cut_short() -> None:
    entries = read_entries("a: !!python/tuple [1]\nb: !!int " + "9" * 10 + "x" * 200 + "\n")
    assert entries is not None
    assert entries[0].problem == (
        "cannot read this value (could not determine a constructor for the tag 'tag:yaml.org,2002:python/tuple')"
    )
    why = entries[1].problem.removeprefix("cannot read this value (").removesuffix(")")
    assert why == ("invalid literal for int() with base 10: '9999999999" + "x" * 200)[:160] + "…"
    exact = read_entries("c: !!int " + "x" * 118 + "\n")  # the message is exactly 160 characters
    assert exact is not None and exact[0].problem.endswith("x')")


def test_the_nesting_count_follows_quotes_brackets_and_comments_exactly() -> None:
    assert nesting_problem("a: ['x', " + "[" * 6, limit=5) == (1, "nested deeper than 5 levels")  # quote closed
    assert nesting_problem("a: [X, " + "[" * 6, limit=5) == (1, "nested deeper than 5 levels")
    assert nesting_problem("a: " + "X" * 10, limit=5) is None
    assert nesting_problem("a: [[[X[[[", limit=5) == (1, "nested deeper than 5 levels")
    assert nesting_problem("a: [[[]" + "[" * 4, limit=5) == (1, "nested deeper than 5 levels")
    assert nesting_problem("a: 1 # note\nb: " + "[" * 6, limit=5) == (2, "nested deeper than 5 levels")
    assert nesting_problem("\t" * 250 + "x: 1\n") is None  # tabs are not indentation YAML allows; not levels
    assert nesting_problem("X" * 300 + ": 1\n") is None


def test_entries_nested_past_the_limit_are_a_problem_with_the_whole_file() -> None:
    """Past SCAN_DEPTH the fallback reader refuses the file before parsing (PyYAML's scanner's time grows
    with the square of the depth); a little past the strict reader's limit, the value alone is lost."""
    entries = read_entries("a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\nb: 1\n")
    assert entries is not None and [(entry.name, entry.value) for entry in entries][1:] == [("b", 1)]
    assert read_entries("a: " + "[" * (SCAN_DEPTH + 1) + "]" * (SCAN_DEPTH + 1) + "\n") is None
