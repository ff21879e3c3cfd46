"""Starts the Qt application: fonts, theme, the main window, and the screenshot mode."""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget

from core.cli import first_paint_probe
from core.content_choice import start_problem
from core.display import EXIT_NO_DISPLAY, display_problem
from core.navigator import Navigator
from core.paths import font_files, icon_file, small_icon_file
from core.records import Pack
from core.refs import area_ref, topic_ref
from core.settings import DEFAULTS, Settings
from core.site_settings import SiteSettings
from core.version import APP_ID, APP_NAME, VERSION
from core.window_memory import WindowMemory
from ui import theme
from ui.main_window import MainWindow

if TYPE_CHECKING:
    from argparse import Namespace

    from core.kiosk_search import KioskSearch


def create_application(argv: list[str], look: theme.Theme = theme.WINDOW_THEME) -> QApplication:
    # Qt's raster engine hands every fill of 96 or more rows (a page's scroll bar, a region's tint) to a pool of
    # threads and waits for them: on a busy two-core stand the wait, not the fill, made a click's paint late
    # (bench/click_latency.py: clock median 16-25 ms with it, 11-14 without, at load 2.3-2.9). Drawn here, not there.
    os.environ.setdefault("QT_NO_GUI_THREADPOOL", "1")
    # Qt names the X window's WM_CLASS instance after argv[0] ("main.py" from source): task bars and window
    # managers match it, with the class (the application name) and the desktop-file name, to this app.
    app = QApplication([APP_ID, *argv[1:]])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(VERSION)
    app.setDesktopFileName(APP_ID)
    theme.load_fonts(font_files())
    theme.apply(app, look)
    return app


def build_window(
    pack: Pack,
    notice: str,
    args: Namespace,
    settings: Settings = DEFAULTS,
    look: theme.Theme = theme.WINDOW_THEME,
    memory: WindowMemory | None = None,
) -> MainWindow:
    """The window as the command line asks for it; with `memory` (a desk window), as it was last time, where
    the command line does not say otherwise (its --area, --topic, --view and --size win)."""
    remembered = memory or WindowMemory()
    recent = None if memory is None else memory.recent
    navigator = Navigator(pack, show_evidence=settings.show_evidence, recent=recent, view=remembered.view)
    if args.area:
        navigator.open(area_ref(args.area))
    elif args.topic:
        navigator.open(topic_ref(args.topic))
    if args.view:
        navigator.choose_view(args.view)
    window = MainWindow(navigator, notice, look)
    window.set_branding(settings)
    if getattr(args, "check_client", None):  # --screenshot --check-client: the panel with those ticked
        from core.client_check_cli import condition_ids

        ids = condition_ids(args)
        window.ready.connect(lambda: window.client_check.open_ticked(ids))
    if args.size:
        window.resize(*args.size)
    else:
        fit_to_screen(window)
    if memory is not None:
        from ui.window_memory import restore

        restore(window, memory, geometry=not args.size)
    if getattr(args, "text_size", None):
        window.text_zoom.set_percent(args.text_size)
    return window


PREFERRED_SIZE = (1360, 860)
FRAME_ALLOWANCE = 48  # a window manager's title bar and borders, which the window's size leaves out


def fit_to_screen(window: QWidget, preferred: tuple[int, int] = PREFERRED_SIZE) -> bool:
    """Size the window for its screen: the preferred size where the screen has room for it with its frame;
    on a smaller screen (a 1366x768 laptop), the screen's free area. True when it should open maximized,
    never larger than the screen (see show_fitted)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    width, height = preferred
    if width + FRAME_ALLOWANCE <= area.width() and height + FRAME_ALLOWANCE <= area.height():
        window.resize(width, height)
        window.setProperty(MAXIMIZE, False)
        return False
    window.setGeometry(area)
    window.setProperty(MAXIMIZE, True)
    return True


MAXIMIZE = "open-maximized"


def show_fitted(window: QWidget) -> None:
    """Show the window as fit_to_screen sized it (showMaximized takes no Qt enum: see ui.lazy_qt)."""
    if window.property(MAXIMIZE) and not window.isFullScreen():  # a kiosk stays fullscreen
        window.showMaximized()
    else:
        window.show()


def _has_display(screenshot: bool) -> bool:
    """Whether there is a screen to start on (a screenshot draws offscreen); if not, says why."""
    if screenshot and "QT_QPA_PLATFORM" not in os.environ:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    no_display = display_problem()
    if no_display:
        print(no_display, file=sys.stderr)
    return not no_display


def run(pack: Pack, notice: str, args: Namespace, site: SiteSettings) -> int:
    problem = start_problem(pack, args.area, args.topic)
    if problem:
        print(problem, file=sys.stderr)
        return 2
    if not _has_display(bool(args.screenshot)):
        return EXIT_NO_DISPLAY
    kiosk = args.kiosk or site.settings.kiosk
    if kiosk and not args.screenshot:  # a picture of the kiosk is not a kiosk
        from core.single_instance import EXIT_ALREADY_RUNNING, already_running_message, kiosk_lock

        instance = kiosk_lock()
        if not instance.acquire():
            print(already_running_message(instance), file=sys.stderr)
            return EXIT_ALREADY_RUNNING
    look = theme.KIOSK_THEME if kiosk else theme.WINDOW_THEME
    search = _kiosk_search(site.settings.kiosk_search) if kiosk else None  # before the application reads QT_IM_MODULE
    app = _application_or_exit(sys.argv[:1], look)
    memory_file, memory = _window_memory(kiosk, bool(args.screenshot))
    window = build_window(pack, " ".join(filter(None, (notice, site.notice()))), args, site.settings, look, memory)
    if memory_file is not None and memory is not None:
        from ui.window_memory import keep

        keep(window, memory_file, memory)
    if kiosk:
        from ui.kiosk.start import start_kiosk

        mode = start_kiosk(
            window, pack, notice, site, fullscreen=args.size is None, search=search, count_usage=not args.screenshot
        )
        if args.kiosk_demo:
            window.ready.connect(lambda: mode.show_demo(args.kiosk_demo))
        if args.screenshot:
            mode.lock.release()  # a picture of the kiosk, not a kiosk: it may quit when done
    _gallery_demos(window, args)
    if args.screenshot:
        return _screenshot(app, window, args.screenshot)
    if first_paint_probe():
        from ui.first_paint import FirstPaintReporter

        FirstPaintReporter(window, then=window.ready)
    window.first_frame.connect(_collect_garbage_again)
    _beat_for_a_watchdog(window)
    window.ready.connect(
        lambda: app.setWindowIcon(theme.app_icon(icon_file(), small=small_icon_file()))
    )  # after frame one
    show_fitted(window)
    return app.exec()


def _window_memory(kiosk: bool, screenshot: bool) -> tuple[Path | None, WindowMemory | None]:
    """The desk window's memory file (None: not to be written) and what it holds; none at all for a kiosk, which
    is fresh for every visitor. A screenshot shows the window as it was left and changes nothing."""
    if kiosk:
        return None, None
    from core.paths import window_memory_file
    from core.window_memory import read_memory

    path = window_memory_file()
    return (None if screenshot else path), read_memory(path)


def _gallery_demos(window: MainWindow, args: Namespace) -> None:
    """What the screenshot gallery (tools/screenshots.py) shows once the first page is up."""
    if args.search_demo:  # the search field with its results
        window.ready.connect(lambda: _show_query(window, args.search_demo))
    if getattr(args, "keys_demo", False):  # the divider focused and a hover hint shown
        from ui.keys_demo import show_keys_demo

        window.ready.connect(lambda: show_keys_demo(window))
    if getattr(args, "page_nav_demo", None):  # a heading gone to, or the headings and links listed
        from ui.page_nav_demo import show_page_nav_demo

        window.ready.connect(lambda: show_page_nav_demo(window, args.page_nav_demo))
    if getattr(args, "hover_demo", None):  # the pointer on an area, its name shown
        from ui.hover_demo import show_hover_demo

        window.ready.connect(lambda: show_hover_demo(window, args.hover_demo))


def _show_query(window: MainWindow, query: str) -> None:
    if window.search is not None:  # a kiosk without search has no field to show
        window.search.show_query(query)


def _plugin_problem(plugin: Path) -> str:
    """Why Qt cannot load this plugin file (a library it needs is missing), or ''."""
    from PySide6.QtCore import QPluginLoader

    loader = QPluginLoader(str(plugin))
    return "" if loader.load() else loader.errorString()


def _kiosk_search(wanted: bool) -> KioskSearch:
    """Whether the kiosk offers search (core.kiosk_search), with a line on standard error when it cannot."""
    from core.kiosk_search import prepare

    search = prepare(wanted, _plugin_problem)
    if search.warning:
        print(search.warning, file=sys.stderr)
    return search


def _application_or_exit(argv: list[str], look: theme.Theme) -> QApplication:
    """create_application, except that a display Qt cannot open (DISPLAY is set, but no X server answers
    there) ends the app with one line and code 1, instead of Qt's abort, a core dump and a hint about
    libxcb-cursor0. Qt's other messages meanwhile are printed as Qt prints them, once it has started."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    held: list[str] = []

    def hold(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        if kind != QtMsgType.QtFatalMsg:
            held.append(text if context.category in (None, "default") else f"{context.category}: {text}")
            return
        if any(line.startswith("qt.qpa.xcb: could not connect to display") for line in held):
            text = (
                f"Cannot open the display '{os.environ.get('DISPLAY', '')}': no X server answers there, or "
                "this user may not use it. Start the app once the desktop is up, or on a virtual display "
                "with 'xvfb-run -a'."
            )
        else:
            text = "\n".join([*held, text.rstrip()])
        print(text, file=sys.stderr, flush=True)
        os._exit(1)  # not a final code: under --watchdog the display may yet come up (a kiosk started before X)

    qInstallMessageHandler(hold)
    try:
        app = create_application(argv, look)
    finally:
        qInstallMessageHandler(None)
    for line in held:
        print(line, file=sys.stderr)
    return app


def _beat_for_a_watchdog(window: MainWindow) -> None:
    """Under --watchdog: beat once the first page is up (the watchdog then lifts its cover), then every second."""
    from core.heartbeat import heartbeat_file

    path = heartbeat_file()
    if path is not None:
        from ui.heartbeat import Heartbeat

        window.ready.connect(Heartbeat(path, window).start)


def _collect_garbage_again() -> None:
    """Once the first frame is up: main.py paused the garbage collector for the start; from now on it
    runs, and skips what the start made."""
    gc.freeze()
    gc.enable()


def _screenshot(app: QApplication, window: MainWindow, file: Path) -> int:
    """Offscreen: render the widget tree. On a real display: grab the real window from the screen."""
    offscreen = QGuiApplication.platformName() == "offscreen"
    result = {"code": 1}

    def capture() -> None:
        image = window.grab() if offscreen else window.screen().grabWindow(window.winId())
        file.parent.mkdir(parents=True, exist_ok=True)
        result["code"] = 0 if image.save(str(file)) else 1
        if result["code"]:
            print(f"Could not write {file}", file=sys.stderr)
        app.quit()

    # A real window needs a moment to be mapped and exposed by the X server before it is grabbed.
    window.ready.connect(lambda: QTimer.singleShot(0 if offscreen else 700, capture))  # after what ready starts
    show_fitted(window)
    app.exec()
    return result["code"]
