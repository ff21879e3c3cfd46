"""Damages content packs (and settings files) on purpose, the way a hostile site, a careless admin or a
bad disk would, and checks that every case ends in a clear message or a working pack: never a hang,
a crash or a traceback.

Usage: .venv/bin/python tools/fuzz.py [--cases N] [--seed S] [--pack DIR] [--kind NAME]
Prints, per kind of damage, how many cases were tried and how many passed, and the first few failures.
tests/test_damage_properties.py draws from the same kinds with Hypothesis, a few dozen cases per run."""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.content_loader import BARE_ADDRESS, link_targets, load_pack  # noqa: E402
from core.pack_cache import PACK_FILES, consistent  # noqa: E402
from core.pages import page_for  # noqa: E402
from core.problems import ContentError  # noqa: E402
from core.refs import HOME, area_ref, topic_ref, written_right  # noqa: E402

YAML_FILES = [name for name in PACK_FILES if name.endswith(".yaml")]
SVG_FILES = [name for name in PACK_FILES if name.endswith(".svg")]
TIME_LIMIT = 5.0  # seconds a check may take before it counts as a hang

# Values that break YAML, types, tags, sizes and nesting when put in place of a value.
BAD_VALUES = (
    "[",
    "{a: 1",
    "!!float abc",
    "!!int 12x",
    "!!python/object/apply:os.system ['true']",
    "!!binary AAA=",
    "2026-13-45",
    "~",
    "[]",
    "{}",
    "[[[[[[[[[[]]]]]]]]]]",
    "*nowhere",
    "&a [*a]",
    "'" * 3,
    '"\\x"',
    "'" + "x" * 700 + "'",
    str(10**60),
    "-.inf",
    ".nan",
    "true",
    "- a\n- b",
    "\t",
    "\x00",
    "\ud800"[:0] + "é",
)
INJECTIONS = (
    "[click](https://evil.example)",
    '<a href="https://evil.example">x</a>',
    "https://evil.example",
    "www.evil.example",
    "mail@evil.example",
    '<img src="/etc/passwd">',
    "**bold** _em_ # head",
    "{{caveat:nowhere}}",
    "[x](area:nowhere)",
)
SVG_ATTACKS = (
    '<image href="/etc/passwd" width="9" height="9"/>',
    '<use href="file:///etc/passwd#a"/>',
    "<script>alert(1)</script>",
    '<rect style="fill:url(http://evil/x#a)" width="1" height="1"/>',
    "<style>@import url(evil.css);</style>",
    "<foreignObject><p>x</p></foreignObject>",
    "<g>" * 300 + "</g>" * 300,
    '<path id="forehead" d="M0,0 L1,1 Z"/>',
    '<path d=""/>',
    "<g",
)


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines(keepends=True)


def _value_line(lines: list[str], rng: random.Random) -> int | None:
    candidates = [i for i, line in enumerate(lines) if ": " in line and not line.lstrip().startswith("#")]
    return rng.choice(candidates) if candidates else None


def yaml_value(folder: Path, rng: random.Random) -> str:
    """A value replaced by one that is malformed, of the wrong type, a tag, huge or deep."""
    name = rng.choice(YAML_FILES)
    path = folder / name
    lines = _lines(path)
    index = _value_line(lines, rng)
    if index is None:
        return f"{name}: nothing to change"
    key = lines[index].split(": ", 1)[0]
    value = rng.choice(BAD_VALUES)
    lines[index] = f"{key}: {value}\n"
    path.write_text("".join(lines), encoding="utf-8")
    return f"{name}:{index + 1} = {value[:30]!r}"


def yaml_lines(folder: Path, rng: random.Random) -> str:
    """A line deleted, doubled or moved: missing keys, duplicates, broken indentation."""
    name = rng.choice(YAML_FILES)
    path = folder / name
    lines = _lines(path)
    if not lines:
        return f"{name}: empty"
    index = rng.randrange(len(lines))
    action = rng.choice(("delete", "double", "indent", "dedent"))
    if action == "delete":
        del lines[index]
    elif action == "double":
        lines.insert(index, lines[index])
    elif action == "indent":
        lines[index] = "   " + lines[index]
    else:
        lines[index] = lines[index].lstrip()
    path.write_text("".join(lines), encoding="utf-8")
    return f"{name}:{index + 1} {action}"


def text_injection(folder: Path, rng: random.Random) -> str:
    """Markup in a text field: it must show as text, never as a live link."""
    name = rng.choice(("areas.yaml", "devices.yaml", "topics.yaml", "treatments.yaml", "pack.yaml", "sources.yaml"))
    path = folder / name
    lines = _lines(path)
    if rng.random() < 0.3:  # inside a Markdown field: a paragraph of its own
        starts = [i for i, line in enumerate(lines) if line.rstrip().endswith(": |")]
        if starts:
            index = rng.choice(starts) + 1
            indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
            payload = rng.choice(INJECTIONS)
            lines.insert(index, f"{indent}{payload}\n{indent}\n")
            path.write_text("".join(lines), encoding="utf-8")
            return f"{name}:{index + 1} markdown {payload[:30]!r}"
    candidates = [
        i
        for i, line in enumerate(lines)
        if line.lstrip().startswith(("title:", "summary:", "name:", "claim:", "label:", "publisher:"))
    ]
    if not candidates:
        return f"{name}: no text field"
    index = rng.choice(candidates)
    key = lines[index].split(":", 1)[0]
    payload = rng.choice(INJECTIONS)
    lines[index] = f"{key}: {payload!r}\n".replace("\\\\", "\\")
    path.write_text("".join(lines), encoding="utf-8")
    return f"{name}:{index + 1} {payload[:30]!r}"


def bytes_damage(folder: Path, rng: random.Random) -> str:
    """Truncated, flipped, re-encoded or emptied files, as a bad copy or disk leaves them."""
    name = rng.choice(PACK_FILES)
    path = folder / name
    data = path.read_bytes()
    action = rng.choice(("truncate", "flip", "utf16", "latin1", "bom-crlf", "empty", "null", "list"))
    if action == "truncate":
        data = data[: rng.randrange(max(1, len(data)))]
    elif action == "flip":
        flipped = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            at = rng.randrange(len(flipped))
            flipped[at] ^= 1 << rng.randrange(8)
        data = bytes(flipped)
    elif action == "utf16":
        data = data.decode("utf-8").encode("utf-16")
    elif action == "latin1":
        data = data.decode("utf-8").encode("latin-1", "replace")
    elif action == "bom-crlf":
        data = b"\xef\xbb\xbf" + data.replace(b"\n", b"\r\n")
    elif action == "empty":
        data = b""
    elif action == "null":
        data = b"~\n"
    else:
        data = b"[]\n"
    path.write_bytes(data)
    return f"{name} {action}"


def special_file(folder: Path, rng: random.Random) -> str:
    """A file replaced by a folder, a FIFO, a device link, a loop, or removed."""
    name = rng.choice(PACK_FILES)
    path = folder / name
    path.unlink()
    action = rng.choice(("missing", "folder", "fifo", "dev-zero", "dev-urandom", "loop", "dangling"))
    if action == "folder":
        path.mkdir()
    elif action == "fifo":
        os.mkfifo(path)
    elif action == "dev-zero":
        path.symlink_to("/dev/zero")
    elif action == "dev-urandom":
        path.symlink_to("/dev/urandom")
    elif action == "loop":
        path.symlink_to(path)
    elif action == "dangling":
        path.symlink_to(folder / "nowhere")
    return f"{name} {action}"


def svg_damage(folder: Path, rng: random.Random) -> str:
    """Diagrams that reach outside themselves, nest too deep, repeat ids or break XML."""
    name = rng.choice(SVG_FILES)
    path = folder / name
    text = path.read_text(encoding="utf-8")
    attack = rng.choice(SVG_ATTACKS)
    layer = rng.choice(('<g id="artwork">', '<g id="regions" display="none">'))
    text = text.replace(layer, layer + attack, 1) if layer in text else attack + text
    path.write_text(text, encoding="utf-8")
    return f"{name} {attack[:30]!r}"


CONTENT_DAMAGE: dict[str, Callable[[Path, random.Random], str]] = {
    "yaml-value": yaml_value,
    "yaml-lines": yaml_lines,
    "text-injection": text_injection,
    "bytes": bytes_damage,
    "special-file": special_file,
    "svg": svg_damage,
}


# -- settings files -------------------------------------------------------------------------------

SETTINGS_KEYS = (
    "idle_timeout_s",
    "warning_s",
    "attract_interval_s",
    "admin_hold_s",
    "hide_cursor",
    "show_evidence",
    "content",
    "nonsense_key",
)
NEIGHBOURS = 'kiosk: true\n{line}\nadmin_pin_hash: "{hash}"\n'


def settings_line(rng: random.Random) -> str:
    """One damaged settings line, set between two good ones that must survive it."""
    key = rng.choice(SETTINGS_KEYS)
    kind = rng.choice(("value", "value", "tag", "bomb", "deep", "bytes"))
    if kind == "value":
        return f"{key}: {rng.choice(BAD_VALUES).splitlines()[0]}"
    if kind == "tag":
        tags = ("!!float abc", "!!int x", "!!timestamp 2026-13-01", "!!python/name:os.system", "!!set {a}")
        return f"{key}: {rng.choice(tags)}"
    if kind == "bomb":
        return (
            "".join(f"b{i}: &b{i} [{', '.join([f'*b{i - 1}'] * 9 if i else ['x'] * 9)}]\n" for i in range(8))
            + f"{key}: *b7"
        )
    if kind == "deep":
        depth = rng.choice((50, 500, 50_000))
        return f"{key}: {'[' * depth}{']' * depth}"
    return f"{key}: " + "".join(chr(rng.choice((0x7F, 0xE9, 0x2028, 0x85, 0x1B, 0x41))) for _ in range(8))


def check_settings(line: str, workdir: Path) -> str:
    """'' when a damaged line cost only its own key (or, where YAML itself breaks, every key with a line
    number), else what went wrong."""
    from core.pin import hash_pin
    from core.settings import load_settings

    pin_hash = hash_pin("2468")
    file = workdir / "settings.yaml"
    file.write_text(NEIGHBOURS.format(line=line, hash=pin_hash), encoding="utf-8")
    start = time.monotonic()
    try:
        settings, problems = load_settings(file)
    except Exception as error:
        return f"{type(error).__name__}: {str(error)[:200]}"
    if time.monotonic() - start > TIME_LIMIT:
        return "took too long"
    if any(len(problem.message) > 400 for problem in problems):
        return "a message too long to read"
    if not all(problem.line >= 1 for problem in problems):
        return "a problem without a line"
    broken_yaml = any(problem.field == "(file)" for problem in problems)
    if not broken_yaml and not (settings.kiosk and settings.admin_pin_hash == pin_hash):
        return "a bad line cost its neighbours"
    return ""


def check_pack(folder: Path) -> str:  # noqa: C901 - one question per branch: refused well, or loaded whole
    """'' when the damaged pack was handled well, else what went wrong."""
    start = time.monotonic()
    try:
        pack = load_pack(folder)
    except ContentError as error:
        took = time.monotonic() - start
        report = error.report()
        if took > TIME_LIMIT:
            return f"took {took:.1f} s to refuse"
        if len(report) > 40_000:
            return f"a report of {len(report)} characters"
        known = {*PACK_FILES, str(folder)}
        for problem in error.problems:
            if problem.file not in known and not problem.file.startswith(str(folder)):
                return f"a problem names no pack file: {problem}"
            if len(problem.message) > 400:
                return f"a message of {len(problem.message)} characters: {problem.message[:80]}"
        return ""
    except Exception as error:
        return f"{type(error).__name__}: {str(error)[:200]}"
    if time.monotonic() - start > TIME_LIMIT:
        return "took too long to load"
    if not consistent(pack):
        return "loaded a pack that breaks its own references"
    for ref in [HOME, *map(area_ref, pack.areas), *map(topic_ref, pack.topics)]:
        page = page_for(pack, ref)
        for section in page.sections:
            for target in link_targets(section.markdown):
                if not written_right(target):
                    return f"{ref} links to {target[:60]!r}"
            bare = BARE_ADDRESS.search(section.markdown)
            if bare:
                return f"{ref} shows the live address {bare.group(0)[:60]!r}"
    return ""


def damaged_copy(source: Path, kind: str, seed: int, workdir: Path) -> tuple[Path, str]:
    folder = workdir / f"{kind}-{seed}"
    shutil.copytree(source, folder, symlinks=True)
    what = CONTENT_DAMAGE[kind](folder, random.Random(seed))
    return folder, what


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=100, help="cases per kind of damage (default 100)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pack", type=Path, default=ROOT / "data")
    parser.add_argument("--kind", choices=[*sorted(CONTENT_DAMAGE), "settings"], action="append")
    args = parser.parse_args()
    total_failed = 0
    with tempfile.TemporaryDirectory(prefix="atlas-fuzz-") as temp:
        workdir = Path(temp)
        print(f"{'kind of damage':16} {'tried':>6} {'passed':>6}")
        for kind in args.kind or [*CONTENT_DAMAGE, "settings"]:
            failures = []
            for case in range(args.cases):
                seed = args.seed * 1_000_003 + case
                if kind == "settings":
                    line = settings_line(random.Random(seed))
                    problem, what = check_settings(line, workdir), repr(line[:40])
                else:
                    folder, what = damaged_copy(args.pack, kind, seed, workdir)
                    problem = check_pack(folder)
                    shutil.rmtree(folder, ignore_errors=True)
                if problem:
                    failures.append(f"{what}: {problem}")
            total_failed += len(failures)
            print(f"{kind:16} {args.cases:6} {args.cases - len(failures):6}")
            for failure in failures[:5]:
                print(f"    FAILED {failure}")
    return 1 if total_failed else 0


if __name__ == "__main__":
    sys.exit(main())
