"""On a real X server (a private Xvfb, driven by xdotool): what only X shows. Skipped where either is missing."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(
    not all(shutil.which(tool) for tool in ("Xvfb", "xdotool", "xprop")), reason="needs Xvfb, xdotool and xprop"
)


@pytest.fixture(scope="module")
def found(tmp_path_factory) -> dict[str, object]:
    from tools.xvfb import virtual_display

    state = tmp_path_factory.mktemp("state")
    with virtual_display(1366, 768) as display:
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb", "XDG_STATE_HOME": str(state)}
        result = subprocess.run(
            [sys.executable, str(ROOT / "tests" / "x_probe.py")], env=env, capture_output=True, text=True, timeout=120
        )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_task_bars_and_window_managers_see_microcurrent_atlas(found) -> None:
    assert found["wm_class"] == 'WM_CLASS(STRING) = "microcurrent-atlas", "Microcurrent Atlas"'


def test_the_text_size_keys_as_a_keyboard_types_them(found) -> None:
    # Ctrl+plus (Shift+= on this layout), Ctrl+=, the keypad's +, Ctrl+minus, the keypad's -, Ctrl+0
    assert found["text_sizes"] == [110, 125, 150, 125, 110, 100]


def test_the_topics_button_is_not_left_lit_after_a_click_on_a_topic(found) -> None:
    assert found["page"] == "topic:safety"
    assert found["topics_lit"] is False
