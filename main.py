"""Microcurrent Atlas: parse arguments, load content, build the window, run."""

from __future__ import annotations

import gc
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from argparse import Namespace

    from core.records import Pack
    from core.site_settings import SiteSettings


def main(argv: list[str] | None = None) -> int:
    # Start-up makes tens of thousands of long-lived objects (Qt's bindings, the pack, the window)
    # and no garbage worth collecting, so the collector waits: the window turns it back on once its
    # first frame is up (ui.app), and every other command when it is done.
    gc.disable()
    try:
        return _run(argv)
    finally:
        gc.enable()


def _run(argv: list[str] | None) -> int:
    from core import cli
    from core.any_locale import work_in_any_locale
    from core.problems import ContentError

    work_in_any_locale()
    argv = sys.argv[1:] if argv is None else argv
    args = cli.parse_args(argv)
    if args.self_test or args.watchdog:
        gc.enable()  # they run for a while and make garbage as they go
    if args.self_test:
        from core.content_choice import self_test_pack

        pack = self_test_pack(args.content)
        if pack is None:
            return 1
        from ui.self_test import run_self_test

        return run_self_test(pack)
    if args.check_content is not None:
        return cli.check_content(args.check_content)
    if args.restart_cover:
        from ui.restart_cover import run_cover

        return run_cover()
    if args.watchdog:
        from core.watchdog import watch_app

        return watch_app(argv)
    if args.set_pin:
        from core.kiosk_cli import set_pin

        return set_pin(args)
    from core.content_choice import load_content
    from core.site_settings import read_settings

    site = read_settings(args)
    try:
        pack, notice = load_content(args.content or site.settings.content)
    except ContentError as error:
        print(f"The built-in content is broken:\n{error.report()}", file=sys.stderr)
        return 1
    code = _pack_command(pack, args, site)
    if code is not None:
        return code
    from ui.app import run

    return run(pack, notice, args, site)


def _pack_command(pack: Pack, args: Namespace, site: SiteSettings) -> int | None:
    """The exit code of a command that reads the pack and ends (a list, a search, a client check, a handout,
    the usage counts), or None to start the app."""
    if args.list_areas:
        from core import cli

        cli.list_areas(pack)
        return 0
    if args.search is not None:
        from core.search_cli import print_results

        return print_results(pack, args.search)
    if args.list_conditions or args.check_client is not None:
        from core import client_check_cli

        code = client_check_cli.run(pack, args)  # None: a screenshot of the panel with those ticked
        if code is not None:
            return code
    if args.handout is not None:
        from ui.handout_command import run_handout

        return run_handout(pack, args, site)
    if args.usage_summary:
        from core.usage_cli import print_summary

        return print_summary(pack)
    if args.export_usage is not None:
        from ui.usage_export import export_from_command_line  # the heat maps are drawn by Qt, offscreen

        return export_from_command_line(args.export_usage, pack)
    return None


if __name__ == "__main__":
    sys.exit(main())
