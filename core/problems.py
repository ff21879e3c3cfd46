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


def count_problems(count: int) -> str:
    return f"{count} problem{'s' if count != 1 else ''}"


def report(problems: tuple[Problem, ...] | list[Problem], where: str) -> str:
    """A heading ('2 problems in WHERE:') and one indented line per problem."""
    return "\n".join([f"{count_problems(len(problems))} in {where}:", *(f"  {problem}" for problem in problems)])


class ContentError(Exception):
    """A content pack that cannot be used; carries every problem found, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.file, p.line, p.field)))
        super().__init__(self.report())

    def report(self) -> str:
        return report(self.problems, "the content pack")
