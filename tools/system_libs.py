"""Which shared libraries a built one-file executable takes from the system: every library and
extension it carries is read for the libraries it links (its NEEDED entries), and those it does not
carry itself are listed. The README's list of Debian packages comes from this.

Usage: .venv/bin/python tools/system_libs.py [dist/microcurrent-atlas]   (Linux, after `make build`)"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader
from PyInstaller.depend.bindepend import get_imports

BINARY = "b"  # PyInstaller's type code for a shared library or extension in the archive


def system_libraries(executable: Path) -> dict[str, list[str]]:
    """Each library the bundle links but does not carry, with the bundled files that link it."""
    archive = CArchiveReader(str(executable))
    binaries = [name for name, entry in archive.toc.items() if entry[-1] == BINARY]
    carried = {Path(name).name for name in binaries}
    needed: dict[str, list[str]] = {}
    with tempfile.TemporaryDirectory() as folder:
        for name in binaries:
            path = Path(folder) / Path(name).name
            path.write_bytes(archive.extract(name))
            for library, _resolved in get_imports(str(path)):
                if library not in carried:
                    needed.setdefault(library, []).append(name)
    return needed


def main() -> int:
    executable = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/microcurrent-atlas")
    for library, users in sorted(system_libraries(executable).items()):
        print(f"{library:24} linked by {len(users)} bundled file(s), e.g. {users[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
