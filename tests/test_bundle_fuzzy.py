"""Search still forgives a typo in the one-file build, which leaves out rapidfuzz modules (tools/bundle.py): run in
a fresh interpreter where those modules cannot be imported, as in the built file, a typo still finds its page."""

from __future__ import annotations

import subprocess
import sys

from core.content_loader import load_pack
from core.search import build_index, search
from tests.conftest import DATA
from tools import bundle

ROOT = DATA.parent
QUERIES = ("celulite", "pacemeker")  # one typo each

SCRIPT = """
import importlib.abc, sys
left_out = set(sys.argv[1].split(","))

class LeftOut(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name in left_out:
            raise ImportError(f"{name} is not in the one-file build")

sys.meta_path.insert(0, LeftOut())
from core.content_loader import load_pack
from core.search import build_index, search
from pathlib import Path
index = build_index(load_pack(Path(sys.argv[2])))
for query in sys.argv[3:]:
    print(query, " ".join(result.ref for result in search(index, query)))
import rapidfuzz.fuzz
print("ratio from", rapidfuzz.fuzz.ratio.__module__)
print("left out:", sorted(name for name in sys.modules if name in left_out))
"""


def test_a_typo_finds_its_page_without_the_left_out_fuzzy_modules() -> None:
    left_out = [name for name in bundle.EXCLUDED_MODULES if name.startswith("rapidfuzz")]
    assert "rapidfuzz.distance.metrics_cpp" in left_out
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, ",".join(left_out), str(DATA), *QUERIES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    index = build_index(load_pack(DATA))
    everything = [f"{query} {' '.join(result.ref for result in search(index, query))}" for query in QUERIES]
    assert "area:thighs" in everything[0] and "topic:safety" in everything[1]
    assert done.stdout.splitlines() == [
        *everything,  # the same pages in the same order as with all of rapidfuzz installed
        "ratio from rapidfuzz.fuzz_cpp",  # the compiled matcher, as fast as with everything installed
        "left out: []",
    ]
