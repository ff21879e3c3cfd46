"""A handout drawn to a PNG exactly as its PDF page is drawn (ui/handout.py), for the screenshot gallery.

Usage: .venv/bin/python tools/handout_png.py OUT.png REF [--paper a4|letter] [--settings FILE] [--dpi N]"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.content_loader import load_pack  # noqa: E402
from core.paths import data_dir  # noqa: E402
from core.settings import DEFAULTS, load_settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("ref")
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4")
    parser.add_argument("--settings", type=Path)
    parser.add_argument("--dpi", type=int, default=110)
    args = parser.parse_args()
    settings = DEFAULTS
    if args.settings is not None:
        settings, problems = load_settings(args.settings)
        for problem in problems:
            print(problem, file=sys.stderr)
    from ui.app import create_application
    from ui.handout_file import handout_image

    create_application(sys.argv[:1])
    image = handout_image(load_pack(data_dir()), args.ref, settings, args.paper, args.dpi)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    return 0 if image.save(str(args.out)) else 1


if __name__ == "__main__":
    sys.exit(main())
