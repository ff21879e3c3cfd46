"""--list-conditions and --check-client as a user runs them: text only, no Qt."""

from __future__ import annotations

import subprocess
import sys

from core.content_loader import load_pack
from tests.conftest import DATA, ROOT, run_app


def test_list_conditions_prints_each_id_and_label() -> None:
    result = run_app("--list-conditions")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert len(lines) == len(load_pack(DATA).conditions)
    assert lines[0].split(maxsplit=1) == ["pregnancy", "Pregnant"]
    assert "implanted-device    Pacemaker or other implanted electronic device" in lines


def test_check_client_prints_each_area_with_its_verdict_reason_and_source() -> None:
    result = run_app("--check-client", "pregnancy, blood-clots-veins")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.startswith("Client check for: Pregnant; Blood clots or varicose veins\n")
    assert (
        "Every area, ruled out: Pregnant: Pregnancy: do not use. Source: NuFACE Mini manual · label; "
        "NuBODY manual · label; FSM pregnancy FAQ · professional\n" in out
    )
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ") and line.split()}
    assert len(rows) == 19
    assert "ruled out  (the rule of every area, above)" in rows["forehead"]
    assert "ruled out: Blood clots or varicose veins: Varicose veins" in rows["calves"]
    assert "Source: TENS and EMS manuals · label" in rows["calves"]
    assert out.rstrip().endswith(
        "not a medical clearance. For anything not listed here, or if in doubt, the client should ask their doctor."
    )


def test_check_client_says_care_and_no_rule() -> None:
    out = run_app("--check-client", "recent-injections").stdout
    rows = {line.split()[0]: line for line in out.splitlines() if line.startswith("  ") and line.split()}
    assert rows["neck"].split()[1] == "care"
    assert "After fillers or anti-wrinkle injections, wait." in rows["neck"]
    assert rows["calves"].split()[1:] == ["no", "rule"]
    assert "Every area" not in out


def test_an_unknown_condition_is_a_usage_error_naming_it() -> None:
    result = run_app("--check-client", "pregnancy,pacemakr")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "--check-client: unknown condition 'pacemakr' (known: pregnancy, implanted-device," in result.stderr
    assert "see --list-conditions" in result.stderr
    empty = run_app("--check-client", " , ")
    assert empty.returncode == 2
    assert "--check-client needs condition ids" in empty.stderr


def test_the_commands_never_import_qt() -> None:
    code = (
        "import sys, main; code = main.main(['--check-client', 'epilepsy']); "
        "code += main.main(['--list-conditions']); "
        "assert code == 0; assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6', 'ui'))]"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
