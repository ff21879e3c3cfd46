"""Mutation score per core module from mutmut's results in mutants/, wording-only survivors counted apart.

`make mutation` runs it after `mutmut run`. A mutant counts as killed when a test failed, timed out or
crashed on it. A surviving mutant that changes nothing but the wording of an error message (a string
in a raise, a problem, a message-making function, an error stream) is counted apart: it may survive, and
the behaviour score leaves it out. `--survivors` lists every other surviving mutant by name, for
`mutmut show NAME`."""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import time
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"
TARGET = 90.0

# mutmut's exit codes (mutmut/stats.py): 1 and 3 a failed test, 36 and the SIGXCPU codes a timeout,
# 37 a type checker's kill, -9 and -11 a crash. 0 survived, 5 and 33 no test ran it, None not run yet.
KILLED = {1, 3, 36, 24, -24, 152, 255, 37, -11, -9}
NOT_RUN = {None}

_MESSAGE_CALL = re.compile(r"problem|Problem|Error|error|warn|report|refuse|Attempt|fail")
_MESSAGE_FUNCTION = re.compile(r"problem|message|why|reason|error|refus|describe|explain")
_MESSAGE_VARIABLE = re.compile(r"^(why|message|reason|error|problem|hint)$")


class Score(NamedTuple):
    module: str
    killed: int
    total: int
    wording: int
    not_run: int
    survivors: tuple[str, ...]

    @property
    def behaviour(self) -> float:
        counted = self.total - self.wording
        return 100.0 * self.killed / counted if counted else 100.0


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        owner = node.func.value.id if isinstance(node.func.value, ast.Name) else ""
        return f"{owner}.{node.func.attr}"
    return ""


def _is_message(node: ast.AST, parents: dict[ast.AST, ast.AST], function: str) -> bool:
    """Whether this string is (part of) an error message: where it goes, not what it says."""
    if _MESSAGE_FUNCTION.search(function):
        return True
    child, parent = node, parents.get(node)
    while parent is not None:
        if isinstance(parent, ast.Compare | ast.Subscript | ast.Dict | ast.Match):
            return False  # a key, a lookup or a comparison: behaviour
        if isinstance(parent, ast.Raise):
            return True
        if isinstance(parent, ast.Call):
            name = _call_name(parent)
            if child is parent.func:
                return False
            if _MESSAGE_CALL.search(name) or re.match(r"\w*err\w*\.write$", name):
                return True
            if name == "print" and any(k.arg == "file" for k in parent.keywords):
                return True
        if isinstance(parent, ast.Assign | ast.AnnAssign):
            targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
            return any(isinstance(t, ast.Name) and _MESSAGE_VARIABLE.match(t.id) for t in targets)
        if isinstance(parent, ast.stmt):
            return False
        child, parent = parent, parents.get(parent)
    return False


def _is_prose(text: str) -> bool:
    return bool(re.search(r"[A-Za-z]", text)) and bool(re.search(r"\s", text))


def _strings_blanked(tree: ast.AST) -> str:
    copy = ast.parse(ast.unparse(tree))
    for node in ast.walk(copy):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            node.value = ""
    return ast.dump(copy)


def wording_only(functions: dict[str, ast.FunctionDef], mutant: str) -> bool:
    """Whether the mutant differs from its original only in the wording of error-message strings."""
    original_name = re.sub(r"__mutmut_\d+$", "__mutmut_orig", mutant)
    original, changed = functions.get(original_name), functions.get(mutant)
    if original is None or changed is None:
        return False
    original_body, changed_body = ast.Module(original.body, []), ast.Module(changed.body, [])
    if _strings_blanked(original_body) != _strings_blanked(changed_body):
        return False
    parents = {child: parent for parent in ast.walk(original_body) for child in ast.iter_child_nodes(parent)}
    function = original_name.split("ǁ")[-1].removeprefix("x_").removesuffix("__mutmut_orig")
    before, after = list(ast.walk(original_body)), list(ast.walk(changed_body))
    differing = [
        old
        for old, new in zip(before, after, strict=True)
        if isinstance(old, ast.Constant) and isinstance(new, ast.Constant) and old.value != new.value
    ]
    if not differing:
        return False  # e.g. a changed argument name: not a wording change
    return all(
        isinstance(old.value, str) and _is_prose(old.value) and _is_message(old, parents, function) for old in differing
    )


def _results(meta: Path) -> dict[str, int | None]:
    """The exit code of each mutant; read again when caught halfway through mutmut rewriting the file."""
    for _ in range(20):
        try:
            return dict(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])
        except json.JSONDecodeError:
            time.sleep(0.1)
    return dict(json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"])


def module_score(meta: Path) -> Score:
    source = meta.with_suffix("")  # mutants/core/x.py
    module = source.stem
    results = _results(meta)
    tree = ast.parse(source.read_text(encoding="utf-8"))
    functions = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
    killed = wording = not_run = 0
    survivors: list[str] = []
    for key, code in results.items():
        if code in NOT_RUN:
            not_run += 1
        elif code in KILLED:
            killed += 1
        elif wording_only(functions, key.split(".")[-1]):
            wording += 1
        else:
            survivors.append(key)
    return Score(module, killed, len(results), wording, not_run, tuple(survivors))


def scores(mutants: Path = MUTANTS) -> list[Score]:
    return [module_score(meta) for meta in sorted((mutants / "core").glob("*.py.meta"))]


def table(rows: list[Score]) -> str:
    lines = [
        f"{'module':<18} {'killed':>6} {'total':>6} {'%':>6}   {'wording':>7} {'behaviour %':>11}",
    ]
    for row in rows:
        if not row.total:
            continue
        raw = 100.0 * row.killed / row.total
        flag = "" if row.behaviour >= TARGET else "  below 90%"
        unrun = f"  ({row.not_run} not run)" if row.not_run else ""
        lines.append(
            f"{row.module:<18} {row.killed:>6} {row.total:>6} {raw:>5.1f}%   {row.wording:>7} {row.behaviour:>10.1f}%"
            f"{flag}{unrun}"
        )
    killed, total, wording = (sum(getattr(row, f) for row in rows) for f in ("killed", "total", "wording"))
    if total:
        lines.append(
            f"{'all of core':<18} {killed:>6} {total:>6} {100.0 * killed / total:>5.1f}%   {wording:>7} "
            f"{100.0 * killed / max(1, total - wording):>10.1f}%"
        )
    lines.append(
        f"wording: {wording} surviving mutants change only an error message's wording (they may survive; "
        "'behaviour %' leaves them out)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--survivors", action="store_true", help="list the surviving behaviour mutants")
    parser.add_argument("--wording", action="store_true", help="list the wording-only survivors")
    parser.add_argument("modules", nargs="*", help="only these modules (e.g. pin idle)")
    args = parser.parse_args(argv)
    if not (MUTANTS / "core").is_dir():
        print("no mutation results yet: run `make mutation`", file=sys.stderr)
        return 1
    rows = [row for row in scores() if not args.modules or row.module in args.modules]
    print(table(rows))
    if args.survivors:
        for row in rows:
            for name in row.survivors:
                print(name)
    if args.wording:
        for row in rows:
            meta = MUTANTS / "core" / f"{row.module}.py.meta"
            tree = ast.parse(meta.with_suffix("").read_text(encoding="utf-8"))
            functions = {node.name: node for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
            results = _results(meta)
            for key, code in results.items():
                if code not in KILLED and code not in NOT_RUN and wording_only(functions, key.split(".")[-1]):
                    print(key)
    return 0


if __name__ == "__main__":
    sys.exit(main())
