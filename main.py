"""Microcurrent Atlas: parse arguments, load content, build the window, run."""

from __future__ import annotations

import gc
import sys


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
    if args.list_areas:
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
    from ui.app import run

    return run(pack, notice, args, site)


if __name__ == "__main__":
    sys.exit(main())
