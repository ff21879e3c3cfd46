"""A private CUPS scheduler for the print tests: its own cupsd.conf, spool, cache, state and logs in a new temporary
folder, listening only on a socket there (no port, no browsing), with one queue, the clinic's "printer", whose
device is a file in that folder.

The queue has a small PPD (A4 and US Letter, 12 pt hardware margins, colour) whose one filter passes the job's
PDF on as it came, so the file holds exactly what Qt sent. Two things CUPS 2.4 needs for that, found the hard way:
a raw queue (no PPD) runs no filter at all, so a `file:` device is never written; and the scheduler opens a
`file:` device's path without O_CREAT, so the file must exist before the job.

Not a test module. `PrivateCups.start` raises `Unavailable` saying why where no scheduler can be had."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

QUEUE = "front-desk"
TOOLS = ("cupsd", "lpadmin", "lpstat")
# cupsd and lpadmin live in /usr/sbin, which a user's PATH often lacks.
PATH = os.pathsep.join([os.environ.get("PATH", os.defpath), "/usr/sbin", "/sbin"])
PACKAGES = "cups-daemon and cups-client (tools/bootstrap.sh dev installs them)"
START_S = 10.0

FILTER = """#!/bin/sh
# A CUPS filter that passes the job's PDF on unchanged: argument 6 is the spooled file.
exec cat "${6:--}"
"""

# PostScript PPD 4.3, as small as CUPS accepts: A4 and US Letter, each with 12 pt hardware margins; {paper} is the
# printer's default ("A4" or "Letter"), the paper its tray holds.
PPD = """*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "FRONTDSK.PPD"
*Manufacturer: "Test"
*Product: "(Front desk)"
*ModelName: "Front desk test printer"
*ShortNickName: "Front desk test printer"
*NickName: "Front desk test printer, PDF to a file"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*LandscapeOrientation: Plus90
*TTRasterizer: Type42
*cupsFilter: "application/pdf 0 {filter}"
*OpenUI *PageSize/Media Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: {paper}
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: {paper}
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: {paper}
*ImageableArea A4/A4: "12 12 583 830"
*ImageableArea Letter/US Letter: "12 12 600 780"
*DefaultPaperDimension: {paper}
*PaperDimension A4/A4: "595 842"
*PaperDimension Letter/US Letter: "612 792"
"""


class Unavailable(Exception):
    """No private scheduler here, and why."""


def until(condition: Callable[[], bool], within_s: float) -> bool:
    """Poll `condition` until it holds or the time is up (a scheduler works at its own pace)."""
    deadline = time.monotonic() + within_s
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


class PrivateCups:
    """A running private scheduler with the queue QUEUE; `stop()` ends it and removes its folder."""

    def __init__(self, folder: Path, process: subprocess.Popen[bytes]) -> None:
        self.folder = folder
        self.process = process
        self.socket = folder / "cups.sock"
        self.output = folder / "out" / "printed"
        self.error_log = folder / "log" / "error_log"

    @classmethod
    def start(cls, paper: str = "A4") -> PrivateCups:
        """A scheduler whose printer's default paper is `paper`, "A4" or "Letter"."""
        missing = [tool for tool in TOOLS if shutil.which(tool, path=PATH) is None]
        if missing:
            raise Unavailable(f"no {', '.join(missing)}: needs {PACKAGES}")
        # Short (a socket's path has at most 107 bytes) and open to CUPS's filter user (lp, when run as root).
        folder = Path(tempfile.mkdtemp(prefix="atlas-cups-"))
        folder.chmod(0o755)
        try:
            conf = _configure(folder, paper)
            with (folder / "log" / "cupsd.stderr").open("wb") as stderr:
                process = subprocess.Popen(
                    ["cupsd", "-f", "-c", str(conf), "-s", str(folder / "conf" / "cups-files.conf")],
                    stdin=subprocess.DEVNULL,
                    stdout=subprocess.DEVNULL,
                    stderr=stderr,
                    env={**os.environ, "PATH": PATH},
                )
            cups = cls(folder, process)
            cups._wait_running()
            cups._add_queue()
        except BaseException:
            if "process" in locals():
                _end(process)
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return cups

    def env(self) -> dict[str, str]:
        """The environment a client of this scheduler needs (libcups reads CUPS_SERVER once, at its first call)."""
        return {**os.environ, "CUPS_SERVER": str(self.socket), "PATH": PATH}

    def lp(self, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(command, env=self.env(), capture_output=True, text=True, timeout=10)

    def jobs(self, which: str) -> list[str]:
        """The ids of the queue's jobs, `completed` or `not-completed`."""
        listing = self.lp("lpstat", "-W", which, "-o", QUEUE).stdout
        return [line.split()[0] for line in listing.splitlines() if line.strip()]

    def job_number(self, job: str) -> int:
        return int(job.rsplit("-", 1)[1])

    def log_lines(self, job: str) -> list[str]:
        """What the scheduler wrote about a job in its error log."""
        mark = f"[Job {self.job_number(job)}] "
        text = self.error_log.read_text(errors="replace") if self.error_log.exists() else ""
        return [line.split(mark, 1)[1] for line in text.splitlines() if mark in line]

    def job_argument(self, job: str, index: int) -> str:
        """An argument the job's filter was started with, as the scheduler logged it: 3 is the job's title, what
        a print queue's window lists; 5 its options."""
        found = (re.fullmatch(rf'argv\[{index}\]="(.*)"', line) for line in self.log_lines(job))
        return next((match.group(1) for match in found if match), "")

    def stop(self) -> None:
        _end(self.process)
        shutil.rmtree(self.folder, ignore_errors=True)

    def _wait_running(self) -> None:
        def running() -> bool:
            return self.process.poll() is not None or "scheduler is running" in self.lp("lpstat", "-r").stdout

        if not until(running, START_S) or self.process.poll() is not None:
            said = self.folder / "log" / "cupsd.stderr"
            why = said.read_text(errors="replace").strip() if said.exists() else ""
            logged = self.error_log.read_text(errors="replace").strip() if self.error_log.exists() else ""
            last = (why or logged or f"not running after {START_S:.0f} s").splitlines()[-1]
            raise Unavailable(f"cupsd could not be started: {last}")

    def _add_queue(self) -> None:
        self.output.write_bytes(b"")  # cupsd opens a file: device without O_CREAT
        added = self.lp("lpadmin", "-p", QUEUE, "-E", "-v", self.output.as_uri(), "-P", str(self.folder / "queue.ppd"))
        default = self.lp("lpadmin", "-d", QUEUE)
        if added.returncode or default.returncode:
            raise Unavailable(f"lpadmin could not add the queue: {(added.stderr or default.stderr).strip()}")


def _configure(folder: Path, paper: str) -> Path:
    """Write the scheduler's two configuration files, the filter and the PPD; the path of cupsd.conf."""
    for name in ("conf", "spool", "spool/tmp", "cache", "state", "log", "out", "bin"):
        (folder / name).mkdir(mode=0o755)
    passthrough = folder / "bin" / "passthrough"
    passthrough.write_text(FILTER)
    passthrough.chmod(0o755)
    (folder / "queue.ppd").write_text(PPD.format(filter=passthrough, paper=paper))
    (folder / "conf" / "cups-files.conf").write_text(
        "FileDevice Yes\n"
        f"ServerRoot {folder}/conf\nRequestRoot {folder}/spool\nTempDir {folder}/spool/tmp\n"
        f"CacheDir {folder}/cache\nStateDir {folder}/state\nPrintcap {folder}/state/printcap\n"
        f"ErrorLog {folder}/log/error_log\nAccessLog {folder}/log/access_log\nPageLog {folder}/log/page_log\n"
    )
    conf = folder / "conf" / "cupsd.conf"
    conf.write_text(
        f"Listen {folder}/cups.sock\nLogLevel debug\nBrowsing No\nWebInterface No\nDefaultAuthType None\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n</Policy>\n"
    )
    return conf


def _end(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
