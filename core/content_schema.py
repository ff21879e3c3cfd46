"""The shape of each content file: which keys exist, which are required, and of what kind.

`check_entry` turns one YAML mapping into a plain dict of checked values, reporting every
unknown key, missing key and wrong type with its file, line and field."""

from __future__ import annotations

import datetime
import re
from typing import Any, NamedTuple

from core.problems import Problem, excerpt
from core.records import NOTE_KINDS, SOURCE_KINDS, VERDICTS, VIEWS
from core.refs import ID_SYNTAX, REF_PATTERN
from core.yaml_lines import LineDict, LineList

ID_PATTERN = re.compile(f"^{ID_SYNTAX}$")


# The longest text a field may hold, in characters: a real title is a few words, a real page a few
# thousand characters; a 10 MB title would only hang the window.
TEXT_LIMIT = 600
MARKDOWN_LIMIT = 20_000
LIST_LIMIT = 500
# Search terms: the words a client uses, a few words each, a few dozen per page at most.
TERM_LIMIT = 40
TERMS_LIMIT = 40


class Key(NamedTuple):
    """One allowed key: its kind (id, text, markdown, bool, date, enum, ids, refs, terms, mapping, list)."""

    name: str
    kind: str
    required: bool = True
    choices: tuple[str, ...] = ()
    inner: tuple[Key, ...] = ()


ARTICLE = (Key("title", "text"), Key("publisher", "text"), Key("file", "text"))
PACK = (
    Key("title", "text"),
    Key("content_version", "text"),
    Key("reviewed", "date"),
    Key("article", "mapping", inner=ARTICLE),
    Key("disclaimer", "text"),
    Key("do_not_use", "ids", required=False),
)
AREA = (
    Key("id", "id"),
    Key("view", "enum", choices=VIEWS),
    Key("title", "text"),
    Key("summary", "text"),
    Key("treatments", "ids"),
    Key("cautions", "ids"),
    Key("here", "markdown", required=False),
    Key("caution_mark", "bool", required=False),
    Key("related", "refs", required=False),
    Key("no_go", "list", required=False, inner=(Key("zone", "id"), Key("caution", "id"))),
    Key("search_terms", "terms", required=False),
)
DEVICE_CLAIM = (Key("device", "id"), Key("claim", "text"))
TREATMENT = (
    Key("id", "id"),
    Key("title", "text"),
    Key("article_section", "text"),
    Key("claims", "markdown"),
    Key("how", "markdown"),
    Key("devices", "list", required=False, inner=DEVICE_CLAIM),
    Key("cautions", "ids"),
    Key("evidence", "ids"),
)
NOTE = (
    Key("id", "id"),
    Key("kind", "enum", choices=NOTE_KINDS),
    Key("text", "markdown"),
    Key("sources", "ids"),
    Key("rule", "text", required=False),
    Key("rule_sources", "ids", required=False),
)
SOURCE = (
    Key("id", "id"),
    Key("kind", "enum", choices=tuple(SOURCE_KINDS)),
    Key("title", "text"),
    Key("url", "text", required=False),
    Key("label", "text", required=False),
)
DEVICE = (Key("id", "id"), Key("name", "text"), Key("summary", "text"))
TOPIC = (
    Key("id", "id"),
    Key("title", "text"),
    Key("summary", "text"),
    Key("body", "markdown"),
    Key("notes", "ids", required=False),
    Key("related", "refs", required=False),
    Key("search_terms", "terms", required=False),
)
CONDITION_RULE = (Key("note", "id"), Key("verdict", "enum", choices=VERDICTS), Key("areas", "ids", required=False))
CONDITION = (Key("id", "id"), Key("label", "text"), Key("rules", "list", inner=CONDITION_RULE))


def _text(key: Key, value: Any, problem: Any) -> Any:
    if isinstance(value, str) and value.strip():
        limit = TEXT_LIMIT if key.kind == "text" else MARKDOWN_LIMIT
        if len(value) > limit:
            return problem(f"is {len(value)} characters long; at most {limit} fit here")
        return value.strip()
    return problem("needs some text")


def _id(key: Key, value: Any, problem: Any) -> Any:
    if isinstance(value, str) and len(value) <= 64 and ID_PATTERN.match(value):
        return value
    return problem(f"{excerpt(value)} is not an id (lowercase words joined by hyphens)")


def _bool(key: Key, value: Any, problem: Any) -> Any:
    return value if isinstance(value, bool) else problem(f"{excerpt(value)} is not true or false")


def _date(key: Key, value: Any, problem: Any) -> Any:
    if isinstance(value, datetime.datetime):
        return problem(f"{excerpt(str(value))} has a time of day; write only the date, YYYY-MM-DD")
    if isinstance(value, datetime.date):
        return value
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            pass
    return problem(f"{excerpt(value)} is not a date written YYYY-MM-DD")


def _enum(key: Key, value: Any, problem: Any) -> Any:
    if isinstance(value, str) and value in key.choices:
        return value
    return problem(f"{excerpt(value)} is not one of: {', '.join(key.choices)}")


def _mapping(key: Key, value: Any, problem: Any) -> Any:
    return value if isinstance(value, dict) else problem("needs a mapping of keys to values")


def _list(key: Key, value: Any, problem: Any) -> Any:
    """A list of mappings: its entries are checked by the caller, which knows their lines."""
    if not isinstance(value, list):
        return problem("needs a list of entries")
    if len(value) > LIST_LIMIT:
        return problem(f"has {len(value)} items; at most {LIST_LIMIT} fit here")
    return value


def _names(key: Key, value: Any, problem: Any) -> Any:
    """A list of ids, or of links written area:ID / topic:ID."""
    if not isinstance(value, list):
        return problem("needs a list")
    if len(value) > LIST_LIMIT:
        return problem(f"has {len(value)} items; at most {LIST_LIMIT} fit here")
    pattern = ID_PATTERN if key.kind == "ids" else REF_PATTERN
    bad = [item for item in value if not (isinstance(item, str) and pattern.match(item))]
    if bad:
        what = "an id" if key.kind == "ids" else "a link written area:ID or topic:ID"
        return problem(f"{excerpt(bad[0])} is not {what}")
    return tuple(value)


def _terms(key: Key, value: Any, problem: Any) -> Any:
    """A list of search terms: short one-line texts, none twice (letter case and spacing aside). A bad term
    is reported on its own line."""
    if not isinstance(value, list):
        return problem("needs a list of words or short phrases")
    if len(value) > TERMS_LIMIT:
        return problem(f"has {len(value)} terms; at most {TERMS_LIMIT} fit here")
    seen: dict[str, int] = {}
    for index, term in enumerate(value):
        line = value.line_of(index) if isinstance(value, LineList) else None
        what = f"term {index + 1}, {excerpt(term)},"
        if not (isinstance(term, str) and term.strip()):
            return problem(f"{what} is not a word or a short phrase", value_line=line)
        if len(term) > TERM_LIMIT or "\n" in term:
            return problem(f"{what} is not a short phrase (one line, at most {TERM_LIMIT} characters)", value_line=line)
        folded = " ".join(term.casefold().split())
        if folded in seen:
            return problem(f"{what} repeats term {seen[folded] + 1}", value_line=line)
        seen[folded] = index
    return tuple(" ".join(term.split()) for term in value)


_CHECKS = {
    "text": _text,
    "markdown": _text,
    "id": _id,
    "bool": _bool,
    "date": _date,
    "enum": _enum,
    "mapping": _mapping,
    "list": _list,
    "ids": _names,
    "refs": _names,
    "terms": _terms,
}


def _check_value(key: Key, value: Any, problem: Any) -> Any:
    """Return the checked value, or None after calling problem(message)."""
    return _CHECKS[key.kind](key, value, problem)


def check_entry(
    file: str, entry: Any, keys: tuple[Key, ...], where: str, problems: list[Problem], line: int
) -> dict[str, Any] | None:
    """Check one mapping against its keys; returns the values that passed (None if not a mapping).

    Partial entries are kept so later reference checks do not repeat a problem already named."""
    if not isinstance(entry, LineDict):
        problems.append(Problem(file, line, where, "needs a mapping of keys to values"))
        return None
    known = {key.name: key for key in keys}
    for name in entry:
        if name not in known:
            problems.append(
                Problem(file, entry.line_of(name), f"{where}.{name}", f"unknown key (known keys: {', '.join(known)})")
            )
    result: dict[str, Any] = {}
    for key in keys:
        field = f"{where}.{key.name}"
        if key.name not in entry:
            if key.required:
                problems.append(Problem(file, entry.line, field, "missing"))
            continue
        value_line = entry.line_of(key.name)

        def report(message: str, field: str = field, key_line: int = value_line, value_line: int | None = None) -> None:
            """A problem on the key's line, or on the line of the one item of its value that is wrong."""
            problems.append(Problem(file, value_line or key_line, field, message))

        value = _check_value(key, entry[key.name], report)
        if value is None:
            continue
        if key.kind == "mapping":
            value = check_entry(file, value, key.inner, field, problems, value_line)
        elif key.kind == "list":
            value = check_list(file, value, key.inner, field, problems, value_line)
        if value is not None:
            result[key.name] = value
    return result


def check_list(
    file: str, items: Any, keys: tuple[Key, ...], where: str, problems: list[Problem], line: int
) -> tuple[dict[str, Any], ...] | None:
    """Check a list of mappings; returns the good entries, named by their id where they have one.
    `where` is '' for a file's top-level list."""
    if not isinstance(items, LineList):
        problems.append(Problem(file, line, where or "(file)", "needs a list of entries"))
        return None
    checked = []
    for index, item in enumerate(items):
        name = item.get("id") if isinstance(item, LineDict) and isinstance(item.get("id"), str) else None
        label = name or f"[{index}]"
        entry = check_entry(file, item, keys, f"{where}[{label}]" if where else label, problems, items.line_of(index))
        if entry is not None and ("id" in entry or all(key.name != "id" for key in keys)):
            entry["_line"] = item.line
            entry["_lines"] = item.key_lines
            checked.append(entry)
    return tuple(checked)
