"""The app in any locale: no locale at all, C, POSIX and a Latin-1 German one. --help, --check-content,
--self-test and a screenshot each end with 0 and print only what they should (no Qt locale warning)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(os.name != "posix", reason="Windows has no POSIX locales")

LATIN1 = "de_DE.ISO-8859-1"


@pytest.fixture(scope="session")
def latin1_locale(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A real Latin-1 locale: the system's if it has one, else compiled into a private folder (LOCPATH), so
    nothing on the machine changes. Without glibc's locale sources, the name alone (which glibc then
    treats as C) is still a case worth running."""
    installed = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.split()
    if any(name.lower().replace("-", "") in ("de_de.iso88591", "de_de") for name in installed):
        return {"LANG": LATIN1}
    if shutil.which("localedef") and Path("/usr/share/i18n/locales/de_DE").is_file():
        folder = tmp_path_factory.mktemp("locales")
        made = subprocess.run(
            ["localedef", "-i", "de_DE", "-f", "ISO-8859-1", str(folder / LATIN1)], capture_output=True, text=True
        )
        if made.returncode == 0:
            return {"LOCPATH": str(folder), "LANG": LATIN1}
    return {"LANG": LATIN1}


LOCALES = {
    "none": {},
    "LANG=C": {"LANG": "C"},
    "LC_ALL=POSIX": {"LC_ALL": "POSIX"},
    "LC_ALL=C over LANG=C.UTF-8": {"LC_ALL": "C", "LANG": "C.UTF-8"},
    "de_DE Latin-1": None,  # from the fixture
    "LC_ALL=de_DE Latin-1": None,
}


@pytest.fixture(params=list(LOCALES), ids=list(LOCALES))
def locale_env(request: pytest.FixtureRequest, latin1_locale: dict[str, str]) -> dict[str, str]:
    chosen = LOCALES[request.param]
    if chosen is None:
        chosen = dict(latin1_locale)
        if request.param.startswith("LC_ALL"):
            chosen["LC_ALL"] = chosen.pop("LANG")
    base = {k: v for k, v in os.environ.items() if k != "LANG" and not k.startswith("LC_")}
    return {**base, "QT_QPA_PLATFORM": "offscreen", **chosen}


def run_in(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    """main.py in that locale; its output read as UTF-8 with anything else shown as \\x.. escapes."""
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        env=env,
        encoding="utf-8",
        errors="backslashreplace",
        timeout=120,
    )


def charmap(env: dict[str, str]) -> str:
    script = "import locale; locale.setlocale(locale.LC_CTYPE, ''); print(locale.nl_langinfo(locale.CODESET))"
    return subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env={**os.environ, **env, "LC_ALL": LATIN1}
    ).stdout.strip()


def test_the_latin1_case_is_really_latin1(latin1_locale: dict[str, str]) -> None:
    """The Latin-1 cases test what they say wherever glibc's locale sources are installed (Debian's
    `locales` package, which every Debian system has)."""
    if "LOCPATH" not in latin1_locale and not Path("/usr/share/i18n/locales/de_DE").is_file():
        pytest.skip("no Latin-1 locale can be made here")
    assert charmap(latin1_locale) == "ISO-8859-1"


def test_help_prints_in_any_locale(locale_env: dict[str, str]) -> None:
    result = run_in(locale_env, "--help")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "--watchdog" in result.stdout and "60 s apart" in result.stdout


def test_check_content_works_in_any_locale(locale_env: dict[str, str]) -> None:
    result = run_in(locale_env, "--check-content")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    assert ": OK: 19 areas" in result.stdout


def test_self_test_passes_in_any_locale(locale_env: dict[str, str]) -> None:
    result = run_in(locale_env, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("self-test: OK: content valid;") and result.stdout.count("\n") == 1
    assert result.stderr == ""


def test_a_screenshot_has_no_locale_warning(locale_env: dict[str, str], tmp_path: Path) -> None:
    shot = tmp_path / "shot.png"
    result = run_in(locale_env, "--screenshot", str(shot), "--area", "neck", "--size", "800x600")
    assert result.returncode == 0, result.stderr
    assert shot.is_file()
    assert [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line] == []


def test_only_the_character_type_changes(latin1_locale: dict[str, str]) -> None:
    """Numbers, dates and messages keep the locale LC_ALL named; only LC_CTYPE becomes UTF-8, as Qt would make it."""
    if charmap(latin1_locale) != "ISO-8859-1":
        pytest.skip("no Latin-1 locale here")
    script = (
        "import locale, os; from core.any_locale import work_in_any_locale; work_in_any_locale(); "
        "locale.setlocale(locale.LC_ALL, ''); "
        "print(os.environ.get('LC_ALL'), os.environ.get('LC_NUMERIC'), os.environ['LANG'], "
        "locale.setlocale(locale.LC_CTYPE), locale.setlocale(locale.LC_NUMERIC))"
    )
    env = {k: v for k, v in os.environ.items() if k != "LANG" and not k.startswith("LC_")}
    env = {**env, **latin1_locale, "LC_ALL": LATIN1, "LC_NUMERIC": "C.UTF-8"}
    env.pop("LANG")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["None", "None", LATIN1, "C.UTF-8", LATIN1]
