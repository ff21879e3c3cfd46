"""Content problems: each names the file, line and field it is about."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One thing wrong with a content pack."""

    file: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


EXCERPT = 60  # characters of a bad value a message echoes
MAX_LISTED = 200  # problems a report lists before it says how many more there are


def excerpt(value: object, limit: int = EXCERPT) -> str:
    """A short, safe picture of a bad value for a message: never the whole of a huge or nested value."""
    if isinstance(value, str):
        return repr(value[:limit]) + ("…" if len(value) > limit else "")
    if isinstance(value, bool) or value is None or isinstance(value, float):
        return repr(value)
    if isinstance(value, int):
        digits = value.bit_length() * 0.30103
        return repr(value) if digits < limit else f"a number of about {int(digits)} digits"
    if isinstance(value, list | tuple):
        return f"a list of {len(value)} item{'s' if len(value) != 1 else ''}"
    if isinstance(value, dict):
        return f"a mapping of {len(value)} key{'s' if len(value) != 1 else ''}"
    return f"a value of type {type(value).__name__}"


def count_problems(count: int) -> str:
    return f"{count} problem{'s' if count != 1 else ''}"


def report(problems: tuple[Problem, ...] | list[Problem], where: str) -> str:
    """A heading ('2 problems in WHERE:') and one indented line per problem (the first MAX_LISTED)."""
    lines = [f"{count_problems(len(problems))} in {where}:", *(f"  {problem}" for problem in problems[:MAX_LISTED])]
    if len(problems) > MAX_LISTED:
        lines.append(f"  … and {count_problems(len(problems) - MAX_LISTED)} more")
    return "\n".join(lines)


class ContentError(Exception):
    """A content pack that cannot be used; carries every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.file, p.line, p.field)))
        super().__init__(self.report())

    def report(self) -> str:
        return report(self.problems, "the content pack")
