"""The command line as a user runs it: --check-content, --list-areas, --screenshot, --content (what a
screenshot shows: tests/test_screenshots.py)."""

from __future__ import annotations

from pathlib import Path

from core.content_loader import load_pack
from tests.conftest import DATA, run_app


def test_check_content_passes_the_shipped_pack() -> None:
    result = run_app("--check-content")
    assert result.returncode == 0
    assert "OK: 19 areas" in result.stdout


def test_check_content_reports_file_line_and_field(pack_copy) -> None:
    folder = pack_copy()
    areas = folder / "areas.yaml"
    areas.write_text(areas.read_text().replace("  title: Bottom\n", "  title: Bottom\n  size: big\n"))
    result = run_app("--check-content", str(folder))
    assert result.returncode == 1
    assert "1 problem in the content pack:" in result.stdout
    assert "areas.yaml:11: bottom.size: unknown key" in result.stdout


def test_list_areas_prints_id_view_and_title() -> None:
    result = run_app("--list-areas")
    lines = result.stdout.splitlines()
    pack = load_pack(DATA)
    assert len(lines) == len(pack.areas)
    assert lines[0].split() == ["forehead", "face", "Forehead"]
    assert any(line.split()[:2] == ["calves", "body-back"] for line in lines)


def test_unknown_area_is_refused_with_the_list() -> None:
    result = run_app("--screenshot", "x.png", "--area", "elbow")
    assert result.returncode == 2
    assert "There is no area 'elbow'. Areas: forehead," in result.stderr


def test_broken_site_pack_falls_back_to_the_built_in_one(pack_copy, tmp_path: Path) -> None:
    folder = pack_copy()
    (folder / "notes.yaml").write_text("- id: [broken\n")
    result = run_app("--content", str(folder), "--list-areas")
    assert result.returncode == 0
    assert "notes.yaml:2: (file): not valid YAML" in result.stderr
    assert result.stdout.splitlines()[0].split()[0] == "forehead"


def test_version_prints_the_version_from_the_code() -> None:
    from core.version import VERSION

    result = run_app("--version")
    assert result.returncode == 0
    assert result.stdout.split() == ["Microcurrent", "Atlas", VERSION]


def test_self_test_opens_every_area_and_topic_and_says_so_in_one_line() -> None:
    result = run_app("--self-test", QT_QPA_PLATFORM="xcb", DISPLAY=":99")  # it goes offscreen by itself
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("\n") == 1
    assert result.stdout.startswith("self-test: OK: content valid; 19 areas on 3 views and 10 topic pages")
    assert result.stderr == ""


def test_self_test_fails_naming_what_is_wrong(pack_copy) -> None:
    folder = pack_copy()
    notes = folder / "notes.yaml"
    notes.write_text(notes.read_text().replace("sources: [", "sources: [no-such-source, ", 1))
    result = run_app("--self-test", "--content", str(folder))
    assert result.returncode == 1
    assert result.stdout.startswith(f"self-test: FAILED: the content in {folder} does not validate")
    assert "notes.yaml:" in result.stdout and "no-such-source" in result.stdout


def test_a_plain_start_has_the_same_options_as_the_parser_gives() -> None:
    from core import cli

    assert vars(cli.parse_args([])) == vars(cli.parser().parse_args([]))


def test_a_command_leaves_the_garbage_collector_on(pack_copy) -> None:
    """main() pauses the collector for the start; whatever it ran, the collector is back on after."""
    import gc

    import main

    assert main.main(["--list-areas"]) == 0
    assert gc.isenabled()
    assert main.main(["--check-content", str(pack_copy())]) == 0
    assert gc.isenabled()
