"""Writes a screenshot gallery of the real app under Xvfb: every view, landscape and portrait.

Usage: make screenshots   (or: .venv/bin/python tools/screenshots.py [OUT_DIR] [--only NAME,...] [--sizes WxH,...])
--only takes the shots whose names contain one of the words (handouts only when asked); --sizes some of SIZES."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tools.xvfb import virtual_display  # noqa: E402

SIZES = ((1366, 768), (1920, 1080), (1080, 1920), (1280, 720))
HOVERED = (
    ("face", "chin"),
    ("face", "lips-mouth"),
    ("face", "neck"),
    ("body-front", "arms"),
    ("body-front", "knees-legs"),
)
# Each shot: a name and the app's own arguments for the state to show.
SHOTS: tuple[tuple[str, list[str]], ...] = (
    ("home", []),
    ("face-eye-area", ["--view", "face", "--area", "eye-area"]),
    ("face-neck", ["--view", "face", "--area", "neck"]),
    ("body-front-belly", ["--view", "body-front", "--area", "belly"]),
    ("body-back-lower-back", ["--view", "body-back", "--area", "lower-back"]),
    ("topic-safety", ["--view", "body-front", "--topic", "safety"]),
    ("topic-faq", ["--view", "body-back", "--topic", "faq"]),
    ("search-cellulite", ["--view", "body-front", "--search-demo", "cellulite"]),
    ("client-check", ["--view", "face", "--check-client", "recent-injections,cold-sore"]),
    ("keys-divider-and-hint", ["--view", "face", "--area", "neck", "--keys-demo"]),  # the divider focused, a hint
    # By heading: the keyboard on a heading, outlined; the page's headings and links listed (ui/page_nav_demo.py).
    ("page-nav-heading", ["--view", "face", "--area", "neck", "--page-nav-demo", "heading"]),
    ("page-nav-list", ["--view", "face", "--area", "neck", "--page-nav-demo", "list"]),
    ("home-keys", ["--page-nav-demo", "last"]),  # the start page's keys: its last heading, gone to
    # An area's name on hover (ui/area_label.py): beside its area where there is room, else on top of others.
    *((f"hover-{area}", ["--view", view, "--hover-demo", area]) for view, area in HOVERED),
)
# Kiosk mode: the attract loop, the 'still there?' countdown over a visitor's page, the PIN pad, the staff panel.
KIOSK_SHOTS = (
    ("kiosk-attract", ["--kiosk", "--kiosk-demo", "attract"]),
    ("kiosk-warning", ["--kiosk", "--kiosk-demo", "warning", "--view", "face", "--area", "cheeks"]),
    ("kiosk-pin", ["--kiosk", "--kiosk-demo", "pin"]),
    ("kiosk-admin", ["--kiosk", "--kiosk-demo", "admin"]),
    ("kiosk-page-nav-list", ["--kiosk", "--view", "face", "--area", "neck", "--page-nav-demo", "list"]),
    ("kiosk-home-keys", ["--kiosk", "--page-nav-demo", "last"]),  # the keys a kiosk lists
    # Touch: a body view with finger-sized areas, hands and feet, and the wide scroll bar on a long page.
    ("kiosk-body-front-arms", ["--kiosk", "--view", "body-front", "--area", "arms"]),
    ("kiosk-body-back-calves", ["--kiosk", "--view", "body-back", "--area", "calves"]),
    ("kiosk-face-neck", ["--kiosk", "--view", "face", "--area", "neck"]),  # the band under a bust, a page open
)


# A desk window as it was left: the page text at 200 % (both sizes the app must reflow at are in SIZES), and the
# home page offering the pages opened last. Each shot has a state folder of its own (XDG_STATE_HOME), holding
# the window's memory (core.window_memory) when one is given, so no shot depends on the user's.
DESK_SHOTS: tuple[tuple[str, list[str], dict[str, object]], ...] = (
    ("desk-text-200-neck", ["--view", "face", "--area", "neck", "--text-size", "200"], {}),
    ("desk-text-200-safety", ["--topic", "safety", "--text-size", "200"], {}),
    ("desk-recent-pages", [], {"recent": ("area:thighs", "topic:safety", "area:neck", "area:lower-back")}),
)

# At 200 % text size (Ctrl+plus; issue 14): the whole window grows with the page and nothing is cut off. The kiosk's
# sheets take the visitor's size where they fit the screen whole, else the largest step that does.
ZOOM_SHOTS = (
    ("zoom200-search", ["--view", "body-front", "--search-demo", "cellulite", "--text-size", "200"]),
    ("zoom200-client-check", ["--view", "face", "--check-client", "recent-injections,cold-sore", "--text-size", "200"]),
    ("zoom200-keys-hint", ["--view", "face", "--area", "neck", "--keys-demo", "--text-size", "200"]),
)
ZOOM_KIOSK_SHOTS = (
    ("zoom200-kiosk-staff", ["--kiosk", "--kiosk-demo", "admin", "--text-size", "200"]),
    ("zoom200-kiosk-pin", ["--kiosk", "--kiosk-demo", "pin", "--text-size", "200"]),
    (
        "zoom200-kiosk-warning",
        ["--kiosk", "--kiosk-demo", "warning", "--view", "face", "--area", "cheeks", "--text-size", "200"],
    ),
)


def state_folder(out: Path, name: str, memory: dict[str, object], usage: Path) -> Path:
    """A fresh state folder for one shot, holding the made-up usage counts (`usage`, for the staff panel's heat
    map) and the window's memory when there is any."""
    import shutil

    from core.window_memory import WindowMemory, write_memory

    folder = out / "state" / name
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "microcurrent-atlas").mkdir(parents=True)
    shutil.copyfile(usage, folder / "microcurrent-atlas" / usage.name)
    if memory:
        write_memory(folder / "microcurrent-atlas" / "window.txt", WindowMemory(**memory))  # type: ignore[arg-type]
    return folder


# The desk's handouts, drawn to PNG as their PDF page is (tools/handout_png.py), with a clinic's branding; and
# the window with that branding in its toolbar.
HANDOUTS = (
    ("handout-neck-a4", "neck", "a4"),
    ("handout-thighs-letter", "thighs", "letter"),
    ("handout-faq-a4", "topic:faq", "a4"),
)
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 120"><circle cx="60" cy="60" r="56" fill="#1f6f8b"/>'
    '<path d="M30 74 C44 40 76 40 90 74" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round"/>'
    '<circle cx="60" cy="38" r="9" fill="#fdf3e7"/></svg>'
)


def branding_settings(out: Path) -> Path:
    """A settings file naming a made-up clinic, with a logo."""
    (out / "clinic-logo.svg").write_text(LOGO, encoding="utf-8")
    file = out / "desk-settings.yaml"
    file.write_text(
        'clinic_name: "Glow Skin Studio"\nclinic_phone: "020 7946 0321"\n'
        'clinic_address: "12 Harbour Street, Bristol BS1 4QA"\nclinic_logo: clinic-logo.svg\n',
        encoding="utf-8",
    )
    return file


def handout_shots(out: Path, settings: Path) -> int:
    """Each handout's PNG; the number that failed."""
    failures = 0
    for name, ref, paper in HANDOUTS:
        file = out / f"{name}.png"
        command = [sys.executable, str(ROOT / "tools" / "handout_png.py"), str(file), ref, "--paper", paper]
        result = subprocess.run([*command, "--settings", str(settings)], capture_output=True, text=True, timeout=120)
        status = "ok" if result.returncode == 0 and file.exists() else "FAILED"
        failures += status != "ok"
        print(f"{status:6} {file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}")
        for line in result.stderr.splitlines():
            print(f"       {line}")
    return failures


def kiosk_settings(out: Path) -> Path:
    """A settings file with a staff PIN, so the PIN pad and staff panel show what a set-up stand shows."""
    from core.pin import hash_pin

    file = out / "kiosk-settings.yaml"
    file.write_text(f'admin_pin_hash: "{hash_pin("2468")}"\n', encoding="utf-8")
    return file


def usage_state(out: Path) -> Path:
    """A usage database with a show's worth of made-up counts, so the staff panel's heat map shows."""
    from core.content_loader import load_pack
    from core.paths import data_dir
    from core.usage import UsageRecorder

    state = out / "state"
    database = state / "microcurrent-atlas" / "usage.sqlite3"
    database.unlink(missing_ok=True)
    usage = UsageRecorder(database)
    for index, area in enumerate(load_pack(data_dir()).areas.values()):
        usage.record("area", area.view, area.id, n=(index * 7) % 23)
    for kind, n in (("session", 41), ("session_seconds", 41 * 64), ("attract_shown", 47), ("attract_touch", 41)):
        usage.record(kind, n=n)
    usage.record("reset", "", "idle", n=40)
    usage.close()
    return database


def chosen(argv: list[str]) -> tuple[Path, tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The output folder, the words of --only (() for every shot) and the sizes of --sizes (SIZES when none)."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots" / "gallery")
    parser.add_argument("--only", default="", help="comma-separated words: the shots whose names hold one")
    parser.add_argument("--sizes", default="", help="comma-separated WxH, e.g. 1920x1080,1080x1920")
    args = parser.parse_args(argv)
    words = tuple(word for word in args.only.split(",") if word)
    sizes = tuple(tuple(int(side) for side in size.split("x")) for size in args.sizes.split(",") if size)
    return args.out, words, sizes or SIZES  # type: ignore[return-value]


def main() -> int:
    out, words, sizes = chosen(sys.argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    failures = 0
    settings = kiosk_settings(out)
    usage = usage_state(out)
    shots = (*SHOTS, *((name, [*args, "--settings", str(settings)]) for name, args in KIOSK_SHOTS))
    shots = (*shots, *((name, args) for name, args, _memory in DESK_SHOTS))
    memories = {name: memory for name, _args, memory in DESK_SHOTS}
    desk = branding_settings(out)
    shots = (*shots, ("desk-branding-chin", ["--view", "face", "--area", "chin", "--settings", str(desk)]))
    shots = (*shots, *ZOOM_SHOTS, *((name, [*args, "--settings", str(settings)]) for name, args in ZOOM_KIOSK_SHOTS))
    if words:
        shots = tuple((name, args) for name, args in shots if any(word in name for word in words))
    if not words or any("handout" in word for word in words):
        failures += handout_shots(out, desk)
    for width, height in sizes:
        with virtual_display(width, height) as display:
            env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
            for name, args in shots:
                file = out / f"{width}x{height}-{name}.png"
                # No --size: the window opens as it would on a screen of this size.
                command = [sys.executable, str(ROOT / "main.py"), "--screenshot", str(file), *args]
                state = state_folder(out, name, memories.get(name, {}), usage)
                result = subprocess.run(
                    command, env={**env, "XDG_STATE_HOME": str(state)}, capture_output=True, text=True, timeout=120
                )
                noise = [line for line in result.stderr.splitlines() if line.strip()]
                status = "ok" if result.returncode == 0 and file.exists() else "FAILED"
                failures += status != "ok"
                print(f"{status:6} {file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}")
                for line in noise:
                    print(f"       {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
