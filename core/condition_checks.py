"""Checks conditions.yaml against the rest of a pack, both ways.

Each condition's rules name real caution notes and real areas; a rule of some areas names exactly the
areas whose pages show its note (so the check says nothing a page does not, and leaves out no page that
says it); every do-not-use note
of pack.yaml is the note of some condition's rule of every area."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from core.problems import Problem

FILE = "conditions.yaml"
Entries = dict[str, dict[str, dict[str, Any]]]


def shown_cautions(entries: Entries, area: dict[str, Any]) -> set[str]:
    """The caution notes an area's page shows: its own and its treatments'."""
    treatments = entries.get("treatments.yaml", {})
    return set(area.get("cautions", ())) | {
        c for t in area.get("treatments", ()) for c in treatments.get(t, {}).get("cautions", ())
    }


def _known_page(entries: Entries, unreadable: set[str], area: dict[str, Any]) -> bool:
    """Whether every caution the area's page shows is known (a missing treatment is told elsewhere)."""
    treatments = entries.get("treatments.yaml", {})
    return "treatments.yaml" not in unreadable and all(t in treatments for t in area.get("treatments", ()))


def _check_rule(
    entries: Entries, unreadable: set[str], condition: str, rule: dict[str, Any], report: Callable[..., None]
) -> None:
    where = f"{condition}.rules"
    line = rule["_line"]
    notes = entries.get("notes.yaml", {})
    note = rule.get("note")
    if note and "notes.yaml" not in unreadable and notes.get(note, {}).get("kind") != "caution":
        report(line, f"{where}.note", f"names the caution note '{note}', which does not exist")
        note = None
    if "areas" not in rule:
        return
    if not rule["areas"]:
        report(line, f"{where}.areas", "needs at least one area; leave the key out for a rule of every area")
    if "areas.yaml" in unreadable:
        return
    areas = entries.get("areas.yaml", {})
    for area_id in rule["areas"]:
        area = areas.get(area_id)
        if area is None:
            report(line, f"{where}.areas", f"names the area '{area_id}', which does not exist")
        elif note and _known_page(entries, unreadable, area) and note not in shown_cautions(entries, area):
            report(line, f"{where}.areas", f"the page of '{area_id}' does not show the note '{note}'")
    if not note or not rule["areas"]:
        return
    for area_id, area in areas.items():  # the other way: every page that shows the note
        known = _known_page(entries, unreadable, area)
        if area_id not in rule["areas"] and known and note in shown_cautions(entries, area):
            report(line, f"{where}.areas", f"leaves out '{area_id}', whose page shows the note '{note}' too")


def check_conditions(
    entries: Entries,
    unreadable: set[str],
    problems: list[Problem],
    info: dict[str, Any] | None,
    do_not_use_line: int,
) -> None:
    """Report every problem of conditions.yaml's entries, and every do-not-use note without a condition."""

    def report(line: int, field: str, message: str) -> None:
        problems.append(Problem(FILE, line, field, message))

    conditions = entries.get(FILE, {})
    for condition in conditions.values():
        rules = condition.get("rules")
        if rules is not None and not rules:
            report(condition["_line"], f"{condition['id']}.rules", "needs at least one rule")
        for rule in rules or ():
            _check_rule(entries, unreadable, condition["id"], rule, report)
    if FILE in unreadable or not info:
        return
    general = {
        rule.get("note")
        for condition in conditions.values()
        for rule in condition.get("rules", ())
        if "areas" not in rule and rule.get("verdict") == "ruled-out"
    }
    notes = entries.get("notes.yaml", {})
    for note in info.get("do_not_use", ()):
        if "rule" in notes.get(note, {}) and note not in general:  # a bad do_not_use entry is told once, elsewhere
            problems.append(
                Problem(
                    "pack.yaml",
                    do_not_use_line,
                    "pack.do_not_use",
                    f"the note '{note}' belongs to no condition: conditions.yaml needs a condition whose rule "
                    "of every area (no areas key) rules it out",
                )
            )
