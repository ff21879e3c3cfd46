#!/usr/bin/python3
"""The AT-SPI side of tests/atspi: Debian's pyatspi in the system Python, as a screen reader sees the app.

Usage: client.py COMMAND [ARGS]; prints one JSON value. The app is the one whose process id is ATLAS_PID.
Every command waits (up to TIMEOUT seconds) for what it reads, since the app answers from another process:
    ready                     the registry answers
    regions                   each diagram region: role, name, description, states, actions, children
    press NAME                press the region NAME with its Press action; then the focused object and page
    focus                     the focused object: role, name, states
    links                     the focused page's hyperlinks (text and address), through the hypertext interface
    parts                     the page's headings, links and sections: role, name, description, actions, level, text
    follow NAME               follow the page's link NAME by its first action; then the focused page's name
    lines N                   the page's first N lines as a screen reader reads them (by line boundaries), each
                              with the screen place of its first and last character
    place TEXT                where the first character of TEXT in the page is, by the page's text and the
                              section holding it (screen coordinates), and the colours drawn there
    dialog                    the shown dialog: role, name, modal state, and its push buttons
    password                  the shown password field: role, name, states, its text and value as told
    find ROLE NAME            the object with this role and name: role, name, description, states, actions
"""

import json
import os
import sys
import time

import pyatspi

TIMEOUT = float(os.environ.get("ATSPI_TIMEOUT", "20"))


def until(read, what):
    """The first true value of read(), polled until TIMEOUT."""
    end = time.monotonic() + TIMEOUT
    last = None
    while time.monotonic() < end:
        try:
            last = read()
        except Exception as problem:  # the app is still building its tree
            last = repr(problem)
        else:
            if last:
                return last
        time.sleep(0.2)
    sys.exit(f"timed out waiting for {what}; last saw {last!r}")


def walk(acc, depth=0):
    if acc is None or depth > 40:
        return
    yield acc
    for i in range(acc.childCount):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def states(acc):
    return sorted(pyatspi.stateToString(s) for s in acc.getState().getStates())


def actions(acc):
    try:
        action = acc.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def describe(acc):
    return {
        "role": acc.getRoleName(),
        "name": acc.name,
        "description": acc.description,
        "states": states(acc),
        "actions": actions(acc),
    }


def app():
    pid = int(os.environ["ATLAS_PID"])

    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        for candidate in desktop:
            if candidate is not None and candidate.get_process_id() == pid and candidate.childCount:
                return candidate
        return None

    return until(find, f"the app (pid {pid}) on the AT-SPI bus")


def diagram(root):
    return until(
        lambda: next((a for a in walk(root) if a.name.endswith(" diagram") and a.childCount), None),
        "a diagram with region children",
    )


def focused(root):
    return until(lambda: [a for a in walk(root) if a.getState().contains(pyatspi.STATE_FOCUSED)], "a focused object")[
        -1
    ]


def page(root):
    def find():
        for a in walk(root):
            s = a.getState()
            if a.getRoleName() == "document text" or (
                s.contains(pyatspi.STATE_MULTI_LINE)
                and s.contains(pyatspi.STATE_SHOWING)
                and "Text" in a.get_interfaces()
            ):
                return a
        return None

    return until(find, "the page")


def page_title(acc):
    text = acc.queryText()
    return text.getText(0, min(text.characterCount, 200)).split("\n", 1)[0].strip()


def regions():
    out = []
    for region in walk(diagram(app())):
        if region.getRoleName() == "push button":
            item = describe(region)
            children = [region.getChildAtIndex(i) for i in range(region.childCount)]
            item["children"] = [describe(c) for c in children if c.getState().contains(pyatspi.STATE_SHOWING)]
            out.append(item)
    return out


def press(name):
    root = app()
    region = until(
        lambda: next((a for a in walk(diagram(root)) if a.getRoleName() == "push button" and a.name == name), None),
        f"region {name}",
    )
    action = region.queryAction()
    index = [action.getName(i) for i in range(action.nActions)].index("Press")
    action.doAction(index)

    def on_page():
        shown = page(root)
        return shown.name == name and shown.getState().contains(pyatspi.STATE_FOCUSED) and shown

    now = until(on_page, f"focus on the {name} page")
    return {"page": describe(now), "page_title": page_title(now)}


def links():
    hypertext = page(app()).queryHypertext()
    out = []
    for i in range(hypertext.getNLinks()):
        link = hypertext.getLink(i)
        anchor = link.getObject(0)
        text = anchor.queryText() if anchor is not None and "Text" in anchor.get_interfaces() else None
        out.append(
            {
                "text": text.getText(0, text.characterCount) if text else anchor.name if anchor else "",
                "uri": link.getURI(0),
            }
        )
    return out


PART_ROLES = ("heading", "link", "section")


def parts():
    out = []
    for part in walk(page(app())):
        if part.getRoleName() not in PART_ROLES:
            continue
        item = describe(part)
        item["attributes"] = dict(a.split(":", 1) for a in part.getAttributes() if ":" in a)
        text = part.queryText() if "Text" in part.get_interfaces() else None
        item["text"] = text.getText(0, text.characterCount) if text else None
        extents = part.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        item["extents"] = [extents.x, extents.y, extents.width, extents.height]
        out.append(item)
    return out


def follow(name):
    root = app()
    link = until(
        lambda: next((a for a in walk(page(root)) if a.getRoleName() == "link" and a.name == name), None),
        f"link {name}",
    )
    before = page(root).name
    link.queryAction().doAction(0)

    def moved():
        shown = page(root)
        return shown.name != before and shown.getState().contains(pyatspi.STATE_FOCUSED) and shown

    now = until(moved, f"focus on the page {name} opens")
    return {"page": describe(now), "page_title": page_title(now)}


def lines(count):
    text = page(app()).queryText()
    out, offset = [], 0
    while len(out) < int(count) and offset < text.characterCount:
        found, start, end = text.getTextAtOffset(offset, pyatspi.TEXT_BOUNDARY_LINE_START)
        if end <= offset:  # a paragraph's end, between two lines
            offset += 1
            continue
        shown = found.rstrip()
        last = start + max(1, len(shown))
        out.append({"text": found, "first": _extents(text, start), "last": _extents(text, last - 1)})
        offset = end
    return out


def _extents(text, offset):
    box = text.getCharacterExtents(offset, pyatspi.DESKTOP_COORDS)
    return [box[0], box[1], box[2], box[3]]


def place(wanted):
    shown = page(app())
    text = shown.queryText()
    whole = text.getText(0, text.characterCount)
    offset = whole.index(wanted)
    out = {"page": _extents(text, offset), "page_text_at": whole[offset : offset + len(wanted)]}
    for part in walk(shown):
        if part.getRoleName() == "section":
            inner = part.queryText()
            found = inner.getText(0, inner.characterCount).find(wanted)
            if found >= 0:
                out["section"] = _extents(inner, found)
                box = part.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
                out["section_box"] = [box.x, box.y, box.width, box.height]
    out["colours"] = colours(out["page"])
    return out


def colours(box):
    """The colours drawn in a box of the screen (hex, most common first), or None without Gdk to read them."""
    try:
        import gi

        gi.require_version("Gdk", "3.0")
        from gi.repository import Gdk
    except (ImportError, ValueError):
        return None
    x, y, width, height = box
    shot = Gdk.pixbuf_get_from_window(Gdk.get_default_root_window(), x, y, max(1, width), max(1, height))
    if shot is None:
        return None
    data, stride, channels = shot.get_pixels(), shot.get_rowstride(), shot.get_n_channels()
    counts = {}
    for row in range(shot.get_height()):
        for column in range(shot.get_width()):
            at = row * stride + column * channels
            key = "#" + "".join(f"{data[at + i]:02x}" for i in range(3))
            counts[key] = counts.get(key, 0) + 1
    return sorted(counts, key=lambda k: -counts[k])


def dialog():
    root = app()
    found = until(
        lambda: next(
            (a for a in walk(root) if a.getRoleName() == "dialog" and a.getState().contains(pyatspi.STATE_SHOWING)),
            None,
        ),
        "a shown dialog",
    )
    item = describe(found)
    item["buttons"] = [a.name for a in walk(found) if a.getRoleName() == "push button"]
    item["focus_inside"] = any(a.getState().contains(pyatspi.STATE_FOCUSED) for a in walk(found))
    return item


def password():
    """What assistive technology can read of the shown password field: its text (through the Text
    interface, whole and character by character) and its value."""
    root = app()
    found = until(
        lambda: next(
            (
                a
                for a in walk(root)
                if a.getRoleName() == "password text" and a.getState().contains(pyatspi.STATE_SHOWING)
            ),
            None,
        ),
        "a shown password field",
    )
    item = describe(found)
    text = found.queryText()
    item["count"] = text.characterCount
    item["text"] = text.getText(0, -1)
    item["characters"] = [text.getTextAtOffset(i, pyatspi.TEXT_BOUNDARY_CHAR)[0] for i in range(text.characterCount)]
    try:
        item["value"] = found.queryValue().currentValue
    except NotImplementedError:
        item["value"] = None
    return item


KEYSYMS = {
    "Tab": 0xFF09,
    "Return": 0xFF0D,
    "space": 0x20,
    "Escape": 0xFF1B,
    "F6": 0xFFC3,
    "Down": 0xFF54,
    "Up": 0xFF52,
    "Left": 0xFF51,
    "Right": 0xFF53,
    "Home": 0xFF50,
    "1": 0x31,
    "7": 0x37,
    "BackSpace": 0xFF08,
    "slash": 0x2F,
}
SHIFT = 50  # the left Shift key's keycode (X, evdev), held for "Shift+KEY"
EVENTS = (
    "focus:",
    "object:text-caret-moved",
    "object:announcement",
    "object:state-changed:focused",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:text-changed:insert",
    "object:text-changed:delete",
)


def keys(*names):
    """Press each key (an X keysym name: Tab, Return, F6, ..., or Shift+ one of them) in turn, each once the
    app answered the one before; returns what a screen reader was told meanwhile: (event, role, name, detail) each."""
    from gi.repository import GLib

    root = app()
    seen = []

    def heard(event):
        if event.source is not None and event.source.get_process_id() == int(os.environ["ATLAS_PID"]):
            detail = event.any_data if isinstance(event.any_data, str) else event.detail1
            seen.append([event.type, event.source.getRoleName(), event.source.name, detail])

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    todo = list(names)

    def press_next():
        if not todo:
            pyatspi.Registry.stop()
            return False
        name = todo.pop(0)
        seen.append(["key", name, "", 0])
        shifted = name.startswith("Shift+")
        if shifted:
            pyatspi.Registry.generateKeyboardEvent(SHIFT, None, pyatspi.KEY_PRESS)
        pyatspi.Registry.generateKeyboardEvent(KEYSYMS[name.removeprefix("Shift+")], None, pyatspi.KEY_SYM)
        if shifted:
            pyatspi.Registry.generateKeyboardEvent(SHIFT, None, pyatspi.KEY_RELEASE)
        return True

    GLib.timeout_add(700, press_next)
    GLib.timeout_add(int(TIMEOUT * 1000), lambda: pyatspi.Registry.stop())
    assert root is not None
    pyatspi.Registry.start()
    return seen


def line():
    """The page's caret offset and the line it is on (as a screen reader reads it)."""
    text = page(app()).queryText()
    offset = text.caretOffset
    found, _start, _end = text.getTextAtOffset(offset, pyatspi.TEXT_BOUNDARY_LINE_START)
    return {"caret": offset, "line": found.strip()}


def act(role, name, action_name):
    """Do the named action of the object with this role and name; returns the name of the popup menu that
    then shows (a popup menu is not among the app's children, so it is found by its event)."""
    from gi.repository import GLib

    root = app()
    target = until(lambda: next((a for a in walk(root) if a.getRoleName() == role and a.name == name), None), name)
    action = target.queryAction()
    index = [action.getName(i) for i in range(action.nActions)].index(action_name)
    seen = []

    def heard(event):
        if event.source is not None and event.source.getRoleName() == "popup menu" and event.detail1 and not seen:
            seen.append(event.source.name)
            pyatspi.Registry.stop()

    pyatspi.Registry.registerEventListener(heard, "object:state-changed:showing")
    GLib.timeout_add(300, lambda: action.doAction(index) and False)
    GLib.timeout_add(int(TIMEOUT * 1000), lambda: pyatspi.Registry.stop())
    pyatspi.Registry.start()
    if not seen:
        sys.exit("no menu opened")
    return seen[0]


def locale():
    """The locale the app gives for its window and its page (what a screen reader reads them with)."""
    root = app()
    frame = until(lambda: next((a for a in walk(root) if a.getRoleName() == "frame"), None), "the window")
    return {"window": frame.get_object_locale(), "page": page(root).get_object_locale()}


COMMANDS = {
    "locale": locale,
    "act": act,
    "line": line,
    "keys": keys,
    "ready": lambda: bool(pyatspi.Registry.getDesktop(0) is not None),
    "regions": regions,
    "press": press,
    "focus": lambda: describe(focused(app())),
    "links": links,
    "parts": parts,
    "follow": follow,
    "place": place,
    "lines": lines,
    "dialog": dialog,
    "password": password,
    "find": lambda role, name: describe(
        until(lambda: next((a for a in walk(app()) if a.getRoleName() == role and a.name == name), None), name)
    ),
}


def tree():
    return [f"{'  ' * 0}{a.getRoleName()}:{a.name!r} {states(a)}" for a in walk(app())]


COMMANDS["tree"] = tree


def activate():
    """Give the app's window the keyboard (there is no window manager to do it)."""
    root = app()
    frame = until(lambda: next((a for a in walk(root) if a.getRoleName() == "frame"), None), "the window")

    def focus_in_window():
        frame.queryComponent().grabFocus()  # asked again until the window manager is up and gives it
        return [a for a in walk(root) if a.getState().contains(pyatspi.STATE_FOCUSED)]

    return describe(until(focus_in_window, "the window to take the keyboard")[-1])


COMMANDS["activate"] = activate


def search_results():
    """The search results list once it shows rows: each row's role, name and states."""
    root = app()

    def find():
        return next(
            (
                a
                for a in walk(root)
                if a.name == "Search results" and a.getState().contains(pyatspi.STATE_SHOWING) and a.childCount
            ),
            None,
        )

    results = until(find, "the search results with rows")
    return {
        "list": describe(results),
        "rows": [describe(results.getChildAtIndex(i)) for i in range(results.childCount)],
    }


COMMANDS["search_results"] = search_results


def text_attributes(*words):
    """The page's text attributes (AT-SPI GetAttributeRun, without defaults, and GetDefaultAttributes) where
    each WORD first occurs (a WORD of the form TEXT@N: its N-th occurrence, from 1): the attributes, the run's
    start and end, and the text of that run."""
    text = page(app()).queryText()
    whole = text.getText(0, text.characterCount)
    out = {"defaults": _attribute_map(text.getDefaultAttributes()), "runs": {}}
    for word in words:
        wanted, _, nth = word.partition("@")
        offset = -1
        for _time in range(int(nth or 1)):
            offset = whole.index(wanted, offset + 1)
        attributes, start, end = text.getAttributeRun(offset, False)
        out["runs"][word] = {
            "offset": offset,
            "attributes": _attribute_map(attributes),
            "start": start,
            "end": end,
            "text": whole[start:end],
        }
    return out


def _attribute_map(attributes):
    return dict(a.split(":", 1) for a in attributes if ":" in a)


COMMANDS["text_attributes"] = text_attributes


def lists():
    """The page's lists in the order they are found under the page: each with its role, name and size, and
    its items with their role, name, object attributes, index in the list and states."""
    out = []
    for found in walk(page(app())):
        if found.getRoleName() != "list":
            continue
        items = [found.getChildAtIndex(i) for i in range(found.childCount)]
        out.append(
            {
                **describe(found),
                "count": found.childCount,
                "items": [
                    {
                        **describe(item),
                        "attributes": _attribute_map(item.getAttributes()),
                        "index": item.getIndexInParent(),
                    }
                    for item in items
                ],
            }
        )
    return out


COMMANDS["lists"] = lists

if __name__ == "__main__":
    command, *args = sys.argv[1:]
    print(json.dumps(COMMANDS[command](*args)))
