#!/usr/bin/python3
"""The AT-SPI side of tests/atspi/test_page_nav.py (run by the system Python, like client.py, whose helpers it
uses): keys with Ctrl, the page's heading keys and the "Headings and links" dialog as a screen reader finds it.

Usage: page_nav_client.py COMMAND [ARGS]; prints one JSON value.
    keys KEY...          press each key (h, l, Down, Return, Escape, ..., with Shift+ or Ctrl+ before it); what
                         a screen reader was told meanwhile, as client.py's keys
    focused              the focused object: role, name, states, description and its attributes
    guide                the shown "Headings and links" dialog: role, name, states, and each list's items
    press_item LIST NAME do the Press action of the item NAME in the list LIST; then the focused object
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import client
import pyatspi

client.KEYSYMS.update({"h": 0x68, "l": 0x6C, "End": 0xFF57})
CONTROL = 37  # the left Control key's keycode (X, evdev)


def keys(*names):
    """client.keys, with Ctrl+ held where asked."""
    plain, held = [], []
    for name in names:
        held.append(name.startswith("Ctrl+"))
        plain.append(name.removeprefix("Ctrl+"))
    original = pyatspi.Registry.generateKeyboardEvent
    presses = iter(held)

    def generate(code, string, kind):
        if kind == pyatspi.KEY_SYM:
            ctrl = next(presses)
            if ctrl:
                original(CONTROL, None, pyatspi.KEY_PRESS)
            original(code, string, kind)
            if ctrl:
                original(CONTROL, None, pyatspi.KEY_RELEASE)
            return
        original(code, string, kind)

    pyatspi.Registry.generateKeyboardEvent = generate
    try:
        return client.keys(*plain)
    finally:
        pyatspi.Registry.generateKeyboardEvent = original


def _described(acc):
    item = client.describe(acc)
    item["attributes"] = dict(a.split(":", 1) for a in acc.getAttributes() if ":" in a)
    return item


def focused():
    return _described(client.focused(client.app()))


def _guide(root):
    return client.until(
        lambda: next(
            (
                a
                for a in client.walk(root)
                if a.getRoleName() == "dialog"
                and a.name == "Headings and links"
                and a.getState().contains(pyatspi.STATE_SHOWING)
            ),
            None,
        ),
        "the Headings and links dialog",
    )


def guide():
    found = _guide(client.app())
    out = client.describe(found)
    out["lists"] = {
        a.name: [client.describe(a.getChildAtIndex(i)) for i in range(a.childCount)]
        for a in client.walk(found)
        if a.getRoleName() == "list"
    }
    return out


def press_item(list_name, name):
    root = client.app()
    found = _guide(root)
    rows = next(a for a in client.walk(found) if a.getRoleName() == "list" and a.name == list_name)
    item = next(rows.getChildAtIndex(i) for i in range(rows.childCount) if rows.getChildAtIndex(i).name == name)
    action = item.queryAction()
    action.doAction([action.getName(i) for i in range(action.nActions)].index("Press"))

    def moved():
        shown = [
            a for a in client.walk(root) if a.getRoleName() == "dialog" and a.getState().contains(pyatspi.STATE_SHOWING)
        ]
        now = client.focused(root)
        return not shown and now.getRoleName() != "list item" and now

    client.until(moved, "the dialog to close and the keyboard to leave it")
    return {"focused": _described(client.focused(root)), "page": client.describe(client.page(root))}


COMMANDS = {"keys": keys, "focused": focused, "guide": guide, "press_item": press_item}

if __name__ == "__main__":
    command, *args = sys.argv[1:]
    print(json.dumps(COMMANDS[command](*args)))
