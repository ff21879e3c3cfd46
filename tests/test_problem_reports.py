"""How problems are told: one line each, in file order, a count, and a bad value shown short."""

from __future__ import annotations

from core.problems import MAX_LISTED, ContentError, Problem, count_problems, excerpt, report


def test_a_problem_names_file_line_field_and_message() -> None:
    assert str(Problem("areas.yaml", 12, "neck.view", "unknown view")) == "areas.yaml:12: neck.view: unknown view"


def test_a_bad_value_is_shown_short_whatever_it_is() -> None:
    assert excerpt("soon") == "'soon'"
    assert excerpt("x" * 60) == repr("x" * 60)
    assert excerpt("x" * 61) == repr("x" * 60) + "…"
    assert excerpt("abcdef", limit=3) == "'abc'…"
    assert [excerpt(v) for v in (True, None, 2.5, 12)] == ["True", "None", "2.5", "12"]
    assert excerpt(10**58) == str(10**58)
    assert excerpt(10**200) == "a number of about 200 digits"
    assert excerpt(10**199, limit=300) == str(10**199)
    assert [excerpt(v) for v in ([1], [1, 2], (), {"a": 1}, {}, {"a": 1, "b": 2})] == [
        "a list of 1 item",
        "a list of 2 items",
        "a list of 0 items",
        "a mapping of 1 key",
        "a mapping of 0 keys",
        "a mapping of 2 keys",
    ]
    assert excerpt(b"bytes") == "a value of type bytes"


def test_counts_are_said_in_words() -> None:
    assert [count_problems(n) for n in (0, 1, 2)] == ["0 problems", "1 problem", "2 problems"]


def test_a_report_lists_each_problem_under_a_heading() -> None:
    problems = [Problem("a.yaml", 1, "x", "bad"), Problem("b.yaml", 2, "y", "worse")]
    assert report(problems, "the settings") == "2 problems in the settings:\n  a.yaml:1: x: bad\n  b.yaml:2: y: worse"
    assert report(problems[:1], "here") == "1 problem in here:\n  a.yaml:1: x: bad"


def test_a_long_report_stops_at_the_limit_and_says_how_many_more() -> None:
    problems = [Problem("a.yaml", n, "x", "bad") for n in range(1, MAX_LISTED + 3)]
    lines = report(problems, "the content pack").splitlines()
    assert lines[0] == f"{MAX_LISTED + 2} problems in the content pack:"
    assert len(lines) == MAX_LISTED + 2 and lines[-2] == f"  a.yaml:{MAX_LISTED}: x: bad"
    assert lines[-1] == "  … and 2 problems more"
    assert report(problems[: MAX_LISTED + 1], "p").splitlines()[-1] == "  … and 1 problem more"
    assert len(report(problems[:MAX_LISTED], "p").splitlines()) == MAX_LISTED + 1
    assert MAX_LISTED == 200


def test_a_content_error_sorts_its_problems_by_file_line_and_field() -> None:
    error = ContentError(
        [
            Problem("topics.yaml", 3, "faq.title", "missing"),
            Problem("areas.yaml", 9, "neck.view", "unknown"),
            Problem("areas.yaml", 2, "jaw.title", "missing"),
            Problem("areas.yaml", 2, "jaw.id", "duplicate"),
        ]
    )
    assert [(p.file, p.line, p.field) for p in error.problems] == [
        ("areas.yaml", 2, "jaw.id"),
        ("areas.yaml", 2, "jaw.title"),
        ("areas.yaml", 9, "neck.view"),
        ("topics.yaml", 3, "faq.title"),
    ]
    assert str(error) == error.report()
    assert error.report().splitlines() == [
        "4 problems in the content pack:",
        "  areas.yaml:2: jaw.id: duplicate",
        "  areas.yaml:2: jaw.title: missing",
        "  areas.yaml:9: neck.view: unknown",
        "  topics.yaml:3: faq.title: missing",
    ]
