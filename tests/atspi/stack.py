"""A private accessibility stack for one test session: an Xvfb display, a D-Bus session bus, the AT-SPI bus
and registry, and the app started on them, checked from outside by tests/atspi/client.py.

The AT-SPI client is Debian's pyatspi, which lives in the system Python (/usr/bin/python3), not in the
virtual environment: each query runs it in a subprocess and reads back JSON. Everything started here is
stopped by its own process id. `missing()` says, in words, why the stack cannot start on this machine."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CLIENT = Path(__file__).with_name("client.py")
SYSTEM_PYTHON = "/usr/bin/python3"
LIBEXEC = ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/lib/at-spi2")
INSTALL = "tools/bootstrap.sh dev (Debian: at-spi2-core python3-pyatspi dbus-x11 xvfb openbox)"


def _libexec(name: str) -> str | None:
    for folder in LIBEXEC:
        if os.access(f"{folder}/{name}", os.X_OK):
            return f"{folder}/{name}"
    return None


def missing() -> str:
    """'' when the stack can start here, else why not (for the skip message)."""
    if sys.platform != "linux":
        return "AT-SPI is the Linux accessibility bus"
    for tool in ("Xvfb", "dbus-launch", "openbox"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed: run {INSTALL}"
    for daemon in ("at-spi-bus-launcher", "at-spi2-registryd"):
        if _libexec(daemon) is None:
            return f"{daemon} is not installed: run {INSTALL}"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-I", "-c", "import pyatspi"], capture_output=True, text=True, env=_plain_env())
        if os.access(SYSTEM_PYTHON, os.X_OK)
        else None
    )
    if probe is None or probe.returncode != 0:
        return f"{SYSTEM_PYTHON} cannot import pyatspi: run {INSTALL}"
    return ""


def _plain_env() -> dict[str, str]:
    """The environment without the virtual environment's Python settings."""
    return {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}


class Stack:
    """The running display and buses; `env` is what a program needs to join them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.env: dict[str, str] = {}
        self._processes: list[subprocess.Popen[bytes]] = []
        self._dbus_pid = 0

    def _spawn(self, args: list[str], log: str, **kwargs: object) -> subprocess.Popen[bytes]:
        with open(self.folder / log, "wb") as out:
            process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, env=self.env, **kwargs)  # type: ignore[call-overload]
        self._processes.append(process)
        return process

    def start(self) -> None:
        """Start everything; what did start is stopped again when a part fails."""
        try:
            self._start()
        except BaseException:
            self.stop()
            raise

    def _start(self) -> None:
        read_end, write_end = os.pipe()
        self.env = {**_plain_env(), "HOME": str(self.folder), "XDG_RUNTIME_DIR": str(self.folder)}
        self._spawn(
            ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1920x1080x24", "-nolisten", "tcp", "-dpi", "96"],
            "xvfb.log",
            pass_fds=(write_end,),
        )
        os.close(write_end)
        with os.fdopen(read_end) as ready:
            number = ready.readline().strip()
        if not number:
            raise RuntimeError("Xvfb did not start")
        self.env["DISPLAY"] = f":{number}"
        launched = subprocess.run(
            ["dbus-launch", "--sh-syntax"], capture_output=True, text=True, env=self.env, check=True, timeout=30
        )
        for line in launched.stdout.splitlines():
            key, _, value = line.partition("=")
            value = value.rstrip(";").strip("'")
            if key == "DBUS_SESSION_BUS_ADDRESS":
                self.env[key] = value
            elif key == "DBUS_SESSION_BUS_PID":
                self._dbus_pid = int(value)
        self._spawn([str(_libexec("at-spi-bus-launcher")), "--launch-immediately"], "atspi-bus.log")
        self._spawn([str(_libexec("at-spi2-registryd"))], "registryd.log")
        # A window manager gives the app's window the keyboard, as on a desktop; it runs --startup once it
        # manages the screen, and only then may a window open.
        up = self.folder / "openbox-up"
        for _attempt in range(3):  # on a busy machine it may find the new display not answering yet
            openbox = self._spawn(["openbox", "--sm-disable", "--startup", f"touch {up}"], "openbox.log")
            end = time.monotonic() + 20
            while not up.exists() and openbox.poll() is None and time.monotonic() < end:
                time.sleep(0.05)
            if up.exists():
                break
        else:
            raise RuntimeError(f"openbox did not start: {(self.folder / 'openbox.log').read_text()}")
        self.query("ready", timeout=30)

    def app_env(self) -> dict[str, str]:
        return {
            **self.env,
            "QT_QPA_PLATFORM": "xcb",
            "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
            "QT_ACCESSIBILITY": "1",
            "LC_ALL": "C.UTF-8",
        }

    @contextmanager
    def app(self, *args: str, name: str = "app", **env: str) -> Iterator[subprocess.Popen[bytes]]:
        """The app from source, started with `args`, a fresh settings file and `env` over the stack's own,
        stopped afterwards."""
        settings = self.folder / f"{name}.yaml"
        settings.write_text("")
        with open(self.folder / f"{name}.log", "wb") as out:
            process = subprocess.Popen(
                [sys.executable, str(ROOT / "main.py"), "--settings", str(settings), *args],
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**self.app_env(), **env},
                cwd=ROOT,
            )
        self.env["ATLAS_PID"] = str(process.pid)
        try:
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def query(self, command: str, *args: str, timeout: float = 60) -> object:
        """Run one client command (see client.py) and return what it printed, as JSON."""
        done = subprocess.run(
            [SYSTEM_PYTHON, "-I", str(CLIENT), command, *args],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=timeout,
        )
        if done.returncode != 0:
            raise AssertionError(f"AT-SPI client {command} {args} failed:\n{done.stderr}")
        return json.loads(done.stdout)

    def log(self, name: str = "app") -> str:
        path = self.folder / f"{name}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop(self) -> None:
        for process in reversed(self._processes):
            process.terminate()
        for process in reversed(self._processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._dbus_pid:
            with suppress(ProcessLookupError):
                os.kill(self._dbus_pid, signal.SIGTERM)
