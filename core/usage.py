"""Usage counts the exhibitor takes home: anonymous counts per day, in SQLite in the state folder.

What is counted (kind, view, id): an area opened ('area', its view, its id), a topic opened ('topic', the
view shown, its id), a visitor session from first touch to reset ('session' and its length in
'session_seconds'), the attract loop shown and turned into a touch ('attract_shown', 'attract_touch'),
a reset ('reset', '', 'idle' or 'staff' or 'error'). No personal data, no free text, no times of day.

Counts are written off the click path: `record()` only queues them; a thread of its own writes what
came each second in one transaction (WAL, synchronous=FULL), so a power cut loses at most that last
second. The schema carries a version (PRAGMA user_version) and the migrations that reach it. A database
that is not a regular file, locked, corrupt or from a newer version is set aside (renamed, never
deleted) with a message, and counting starts afresh in a new one: the kiosk never stops for it."""

from __future__ import annotations

import contextlib
import datetime
import os
import queue
import sqlite3
import stat
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

SCHEMA_VERSION = 1
# MIGRATIONS[i] takes a database from version i to version i + 1 (0 is a new, empty file).
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE counts (day TEXT NOT NULL, kind TEXT NOT NULL, view TEXT NOT NULL, id TEXT NOT NULL, "
        "n INTEGER NOT NULL, PRIMARY KEY (day, kind, view, id)) WITHOUT ROWID",
    ),
)
# The statements on that schema, in one place beside it (so module level, which mutmut leaves alone: SQL is
# not case-sensitive, and a statement that is wrong in any other way fails the tests that count and read).
VERSION_SQL = "PRAGMA user_version"
OPEN_SQL = ("PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL")  # each commit on disk before it returns
CHECK_SQL = "PRAGMA quick_check"
BEGIN_SQL, COMMIT_SQL, ROLLBACK_SQL = "BEGIN IMMEDIATE", "COMMIT", "ROLLBACK"
ADD_SQL = (
    "INSERT INTO counts (day, kind, view, id, n) VALUES (?, ?, ?, ?, ?) "
    "ON CONFLICT (day, kind, view, id) DO UPDATE SET n = n + excluded.n"
)
ALL_SQL = "SELECT day, kind, view, id, n FROM counts ORDER BY day, kind, view, id"
CLEAR_SQL = "DELETE FROM counts"
KINDS = ("area", "topic", "session", "session_seconds", "attract_shown", "attract_touch", "reset")
FLUSH_EVERY_S = 1.0
_FLUSH = "flush"  # what the writer's queue gives when the second is up: not an order, so any other word would do
BUSY_TIMEOUT_S = 2.0


class Count(NamedTuple):
    day: str
    kind: str
    view: str
    id: str
    n: int


def usage_file() -> Path:
    from core.user_folders import log_dir

    return log_dir() / "usage.sqlite3"


def today() -> str:
    return datetime.date.today().isoformat()


def _stamp() -> str:
    return datetime.datetime.now().strftime("%Y%m%d-%H%M%S")


def set_aside(path: Path, why: str, stamp: Callable[[], str] = _stamp) -> str:
    """Rename the database (and its -wal and -shm files) out of the way, never deleting anything; the
    message says where it went."""
    base = path.with_name(f"{path.name}.set-aside-{stamp()}")
    target = base
    number = 1
    while os.path.lexists(target):
        number += 1
        target = base.with_name(f"{base.name}-{number}")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if os.path.lexists(side):
            with contextlib.suppress(OSError):
                side.rename(target.with_name(target.name + suffix))
    try:
        path.rename(target)
    except OSError as error:
        return f"Usage counts: {path} {why}, and it cannot be set aside ({error.strerror or error}); not counting"
    return f"Usage counts: {path} {why}; it was set aside as {target.name} and counting starts afresh"


def _not_a_file(path: Path) -> str:
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return ""
    except OSError as error:
        return f"cannot be looked at ({error.strerror or error})"
    return "" if stat.S_ISREG(mode) else "is not a regular file"


def _migrate(connection: sqlite3.Connection) -> None:
    version = connection.execute(VERSION_SQL).fetchone()[0]
    if version > SCHEMA_VERSION:
        raise _Unusable(f"is from a newer version of this app (schema {version}, this one knows {SCHEMA_VERSION})")
    for step in range(version, SCHEMA_VERSION):
        with _transaction(connection):  # a step and its new version, or neither (a power cut mid-way)
            for statement in MIGRATIONS[step]:
                connection.execute(statement)
            connection.execute(f"{VERSION_SQL} = {step + 1}")


class _Unusable(Exception):
    """The database cannot be used as it is: str() says why, as the end of a sentence naming it."""


def _connect(path: Path) -> sqlite3.Connection:
    """An open, checked, current database at `path`. Raises _Unusable."""
    why = _not_a_file(path)
    if why:
        raise _Unusable(why)
    try:
        connection = sqlite3.connect(
            path, timeout=BUSY_TIMEOUT_S, isolation_level=None
        )  # used in the thread that opens it
    except sqlite3.Error as error:
        raise _Unusable(f"cannot be opened ({error})") from None
    try:
        for statement in OPEN_SQL:
            connection.execute(statement)
        check = connection.execute(CHECK_SQL).fetchone()[0]
        if check != "ok":
            raise _Unusable(f"is damaged ({check})")
        _migrate(connection)
        connection.execute(BEGIN_SQL)  # locked by another process: found now, not at the first write
        connection.execute(ROLLBACK_SQL)
    except sqlite3.OperationalError as error:
        connection.close()
        raise _Unusable(
            "is locked by another process" if "locked" in str(error) else f"cannot be used ({error})"
        ) from None
    except sqlite3.DatabaseError as error:
        connection.close()
        raise _Unusable(f"is not a usage database or is damaged ({error})") from None
    except _Unusable:
        connection.close()
        raise
    return connection


def open_database(path: Path) -> tuple[sqlite3.Connection | None, str]:
    """The usage database at `path`, made if missing; one that cannot be used is set aside and a new one
    made. The message ('' when all went well) says what happened, for the error log and the staff panel."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return None, f"Usage counts: cannot make the folder {path.parent} ({error.strerror or error}); not counting"
    try:
        return _connect(path), ""
    except _Unusable as error:
        message = set_aside(path, str(error))
    if message.endswith("not counting"):
        return None, message
    try:
        return _connect(path), message
    except _Unusable as error:
        return None, f"{message}; the new file {error} either; not counting"


def add(connection: sqlite3.Connection, counts: dict[tuple[str, str, str, str], int]) -> None:
    """Add counts in one transaction."""
    with _transaction(connection):
        connection.executemany(ADD_SQL, [(*key, n) for key, n in counts.items()])


class _transaction:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def __enter__(self) -> None:
        self.connection.execute(BEGIN_SQL)

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.connection.execute(COMMIT_SQL if kind is None else ROLLBACK_SQL)


def all_counts(connection: sqlite3.Connection) -> list[Count]:
    rows = connection.execute(ALL_SQL)
    return [Count(*row) for row in rows]


def clear(connection: sqlite3.Connection) -> None:
    with _transaction(connection):
        connection.execute(CLEAR_SQL)


class Summary(NamedTuple):
    """What the staff panel and --usage-summary tell: totals of today and of the whole show."""

    today: dict[str, int]
    show: dict[str, int]
    days: int
    top_areas: list[tuple[str, int]]  # area id, times opened, most first
    areas: dict[str, int]  # every area opened, by id (the heat map)


def summarise(counts: list[Count], day: str) -> Summary:
    today_totals = dict.fromkeys(KINDS, 0)
    show_totals = dict.fromkeys(KINDS, 0)
    areas: dict[str, int] = {}
    for count in counts:
        if count.kind not in show_totals:
            continue  # a kind a newer version counts: kept in the file, left out here
        show_totals[count.kind] += count.n
        if count.day == day:
            today_totals[count.kind] += count.n
        if count.kind == "area":
            areas[count.id] = areas.get(count.id, 0) + count.n
    top = sorted(areas.items(), key=lambda item: (-item[1], item[0]))[:5]
    return Summary(today_totals, show_totals, len({count.day for count in counts}), top, areas)


def describe(totals: dict[str, int]) -> str:
    """One line of totals, as staff read them."""
    sessions = totals["session"]
    average = f", {totals['session_seconds'] / sessions:.0f} s on average" if sessions else ""
    return (
        f"{_many(sessions, 'visitor session')}{average}; "
        f"{_many(totals['area'], 'area')} and {_many(totals['topic'], 'topic')} opened; "
        f"attract loop turned into a touch {totals['attract_touch']} of {totals['attract_shown']} times; "
        f"{_many(totals['reset'], 'reset')}"
    )


def _many(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


class UsageRecorder:
    """Counts in a thread of its own: `record()` queues, the thread writes once a second. `sync()` waits
    until what was recorded is written; `close()` writes the rest and ends the thread.

    `report(text)` is told of every database problem (the error log); `problem` keeps the last one."""

    def __init__(
        self,
        path: Path,
        report: Callable[[str], None] = lambda text: None,
        day: Callable[[], str] = today,
        flush_every_s: float = FLUSH_EVERY_S,
    ) -> None:
        self.path = path
        self._report = report
        self._day = day
        self._flush_every_s = flush_every_s
        self._queue: queue.Queue[tuple[str, ...] | threading.Event | str] = queue.Queue()
        self.problem = ""
        self._thread = threading.Thread(target=self._run, name="usage counts", daemon=True)
        self._thread.start()

    def record(self, kind: str, view: str = "", ident: str = "", n: int = 1) -> None:
        self._queue.put((self._day(), kind, view, ident, str(n)))

    def sync(self, timeout_s: float = 5.0) -> bool:
        done = threading.Event()
        self._queue.put(done)
        return done.wait(timeout_s)

    def clear(self) -> bool:
        self._queue.put("clear")
        return self.sync()

    def counts(self) -> list[Count]:
        """Everything counted so far (after a sync), read on a connection of its own."""
        self.sync()
        try:
            connection = _read_only(self.path)
        except sqlite3.Error:
            return []
        try:
            return all_counts(connection)
        except sqlite3.Error:
            return []
        finally:
            connection.close()

    def close(self) -> None:
        self._queue.put("close")
        self._thread.join(timeout=10)

    def _tell(self, message: str) -> None:
        if message:
            self.problem = message
            self._report(message)

    def _run(self) -> None:
        connection, message = open_database(self.path)
        self._tell(message)
        pending: dict[tuple[str, str, str, str], int] = {}
        due = 0.0  # when what is pending must be written: a second after the first of it came
        while True:
            item = self._next(due - time.monotonic() if pending else None)
            if isinstance(item, tuple):
                day, kind, view, ident, n = item
                key = (day, kind, view, ident)
                if not pending:
                    due = time.monotonic() + self._flush_every_s
                pending[key] = pending.get(key, 0) + int(n)
                if time.monotonic() < due:
                    continue
            connection = self._write(connection, pending)
            pending = {}
            if item == "clear" and connection is not None:
                connection = self._safely(connection, clear)
            if isinstance(item, threading.Event):
                item.set()
            if item == "close":
                if connection is not None:
                    connection.close()
                return

    def _next(self, wait_s: float | None) -> tuple[str, ...] | threading.Event | str:
        try:
            return self._queue.get(timeout=None if wait_s is None else max(0.0, wait_s))
        except queue.Empty:
            return _FLUSH

    def _write(
        self, connection: sqlite3.Connection | None, pending: dict[tuple[str, str, str, str], int]
    ) -> sqlite3.Connection | None:
        if not pending or connection is None:
            return connection
        return self._safely(connection, lambda open_connection: add(open_connection, pending))

    def _safely(
        self, connection: sqlite3.Connection, action: Callable[[sqlite3.Connection], None]
    ) -> sqlite3.Connection | None:
        """Do `action`; when the database turns out damaged or locked, set it aside, start a new one, do it there."""
        try:
            action(connection)
            return connection
        except sqlite3.Error as error:
            connection.close()
            self._tell(set_aside(self.path, f"failed while counting ({error})"))
        fresh, message = open_database(self.path)
        self._tell(message)
        if fresh is not None:
            try:
                action(fresh)
            except sqlite3.Error as error:
                self._tell(f"Usage counts: {self.path} cannot be written ({error}); these counts are lost")
        return fresh


def _read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes nor makes the file; the path is quoted, since a folder's name may
    hold '?', '#' or '%', which a URI reads otherwise."""
    return sqlite3.connect(f"file:{urllib.parse.quote(str(path))}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_S)


def iter_rows(counts: list[Count]) -> Iterator[list[str]]:
    """The rows of usage.csv: a header, then one row per day, kind, view and id."""
    yield ["day", "kind", "view", "id", "count"]
    for count in counts:
        yield [count.day, count.kind, count.view, count.id, str(count.n)]


def read_counts(path: Path) -> tuple[list[Count], str]:
    """Every count in the database at `path`, read only (a kiosk may be counting meanwhile), and what
    was wrong, if anything: a missing file means no counts yet."""
    why = _not_a_file(path)
    if why:
        return [], f"Usage counts: {path} {why}"
    if not path.exists():
        return [], f"No usage counts yet ({path} does not exist)"
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:  # made, nothing written yet (SQLite would find no table in it)
            return [], f"No usage counts yet ({path} is empty)"
    try:
        connection = _read_only(path)
    except sqlite3.Error as error:
        return [], f"Usage counts: {path} cannot be opened ({error})"
    try:
        return all_counts(connection), ""
    except sqlite3.Error as error:
        return [], f"Usage counts: {path} cannot be read ({error})"
    finally:
        connection.close()


def summary_rows(summary: Summary, titles: dict[str, str]) -> list[tuple[str, str]]:
    """(heading, text) pairs: today, the whole show, the top areas."""
    top = ", ".join(f"{titles.get(area, area)} {n}" for area, n in summary.top_areas) or "none yet"
    return [
        ("Today", describe(summary.today)),
        (f"The whole show ({summary.days} day{'s' if summary.days != 1 else ''})", describe(summary.show)),
        ("Top areas", top),
    ]


def summary_text(summary: Summary, titles: dict[str, str]) -> str:
    """--usage-summary's report."""
    return "\n".join(f"{heading}: {text}." for heading, text in summary_rows(summary, titles))
