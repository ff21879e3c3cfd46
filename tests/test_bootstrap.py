"""tools/bootstrap.sh on a machine that lacks Debian packages: with no root and no sudo it names them in one
line; when installing fails it says how to install them by hand. Run with made-up system commands, so
nothing is installed and the machine's own packages do not matter."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

BASH = shutil.which("bash") or "/bin/bash"
pytestmark = pytest.mark.skipif(sys.platform != "linux" or not Path(BASH).exists(), reason="Debian only")


def real(tool: str) -> str:
    found = shutil.which(tool)
    assert found, tool
    return found


def fake_system(folder: Path, *, uid: int, sudo: bool, apt_works: bool) -> dict[str, str]:
    """A PATH holding only what bootstrap.sh calls: real grep and uname, made-up id, dpkg-query (nothing is
    installed), apt-get and, if asked for, sudo."""
    folder.mkdir()
    for tool in ("dirname", "grep", "uname", "cat", "basename", "cmp", "rm"):
        (folder / tool).symlink_to(real(tool))
    scripts = {
        "id": f"echo {uid}",
        "dpkg-query": "exit 1",
        "apt-get": "exit 0" if apt_works else "echo 'E: Unable to locate package' >&2; exit 100",
    }
    if sudo:
        scripts["sudo"] = '"$@"'
    for name, body in scripts.items():
        (folder / name).write_text(f"#!{BASH}\n{body}\n")
        (folder / name).chmod(0o755)
    return {"PATH": str(folder), "PYTHON": sys.executable, "HOME": os.environ.get("HOME", "/tmp")}


def bootstrap(env: dict[str, str], profile: str = "dev") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [BASH, str(ROOT / "tools" / "bootstrap.sh"), profile], capture_output=True, text=True, env=env, timeout=60
    )


def test_without_root_or_sudo_it_names_the_packages_in_one_line(tmp_path: Path) -> None:
    result = bootstrap(fake_system(tmp_path / "bin", uid=1000, sudo=False, apt_works=True))
    assert result.returncode == 1
    [line] = result.stderr.splitlines()
    assert line.startswith(
        "bootstrap: missing Debian packages and no sudo to install them; as root run: "
        "apt-get install --no-install-recommends libgl1 libegl1 "
    )
    assert "fontconfig-config" in line and "sudo: command not found" not in result.stderr


def test_a_failed_install_says_how_to_install_by_hand(tmp_path: Path) -> None:
    result = bootstrap(fake_system(tmp_path / "bin", uid=1000, sudo=True, apt_works=False))
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith(
        "bootstrap: could not install the Debian packages; as root run: apt-get install --no-install-recommends "
    )
