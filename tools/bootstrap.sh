#!/usr/bin/env bash
# Makes this checkout ready to run: Debian libraries Qt needs, a virtual environment, pinned packages.
# Idempotent and quiet when nothing is missing. Usage: tools/bootstrap.sh [runtime|dev|screens|build]
set -euo pipefail
cd "$(dirname "$0")/.."
profile="${1:-runtime}"

# Libraries the Qt xcb and offscreen platforms load, plus a font so text never draws as boxes, and
# fontconfig's own configuration (without /etc/fonts/fonts.conf every start prints "Fontconfig error:
# Cannot load default config file").
debs=(libgl1 libegl1 libx11-6 libxkbcommon0 libfontconfig1 fontconfig-config libfreetype6 libdbus-1-3
  libglib2.0-0 fonts-dejavu-core)
# A real X window (the app run by hand, the screenshot gallery) also needs these.
x11_debs=(libxkbcommon-x11-0 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xinerama0 libxcb-xkb1
  libxcb-sync1 libxcb-shm0 libxcb-render0 libx11-xcb1 libxrender1 libxi6)
# The tests that watch a kiosk on a real X screen, with and without a window manager
# (tests/test_kiosk_screen_x11.py; they are skipped, saying why, where these cannot be had).
x11_test_debs=(xvfb openbox xdotool x11-utils)
# The accessibility test (tests/atspi) runs the app on a private Xvfb display, D-Bus session and AT-SPI bus,
# with openbox to give its window the keyboard, and reads it with pyatspi in Debian's own Python.
a11y_debs=(xvfb dbus-x11 at-spi2-core python3-pyatspi gir1.2-atspi-2.0 openbox)
# The print test (tests/test_print_queue.py) prints a handout through a private CUPS scheduler of its own (no
# system service is used) and renders what came out with poppler's pdftoppm, to compare it with the saved PDF.
print_debs=(cups-daemon cups-client poppler-utils)
case "$profile" in
  runtime) want=("${debs[@]}" "${x11_debs[@]}") ;;
  dev) want=("${debs[@]}" "${x11_debs[@]}" "${x11_test_debs[@]}" "${a11y_debs[@]}" "${print_debs[@]}") ;;
  screens) want=("${debs[@]}" "${x11_debs[@]}" xvfb) ;;
  # PyInstaller bundles the libxcb set it finds here and strips with binutils; icupkg and gcc make
  # the English-only ICU data library (tools/icu_subset.py).
  build) want=("${debs[@]}" "${x11_debs[@]}" binutils gcc icu-devtools) ;;
  *) echo "bootstrap: unknown profile '$profile' (runtime, dev, screens or build)" >&2; exit 2 ;;
esac

python="${PYTHON:-python3}"
# Debian's own Python makes virtual environments only with python3-venv (its ensurepip).
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then want+=(python3 python3-venv); fi

# PyInstaller bundles the Python shared library (libpython3.X.so.1.0), which Debian's python3 does not
# link (its binary is static) and ships apart, in libpython3.X. A Python built without one cannot freeze.
if [ "$profile" = build ] && [ "$(uname)" = Linux ]; then
  builder=.venv/bin/python; [ -x "$builder" ] || builder="$python"
  libpython=$("$builder" - <<'PY'
import os, sys, sysconfig
name, libdir = sysconfig.get_config_var("INSTSONAME") or "", sysconfig.get_config_var("LIBDIR") or ""
if not sysconfig.get_config_var("Py_ENABLE_SHARED"):
    print("none")
elif not os.path.exists(os.path.join(libdir, name)):
    print(f"libpython{sys.version_info[0]}.{sys.version_info[1]}" if sys.base_prefix == "/usr" else "none")
PY
)
  if [ "$libpython" = none ]; then
    echo "bootstrap: $builder has no shared Python library, which PyInstaller needs: use Debian's python3" \
      "(PYTHON=/usr/bin/python3, after rm -rf .venv) or a Python built with --enable-shared" >&2
    exit 1
  fi
  [ -z "$libpython" ] || want+=("$libpython")
fi

missing=()
for pkg in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if ((${#missing[@]})) && command -v apt-get >/dev/null; then
  sudo=""
  if [ "$(id -u)" != 0 ]; then
    sudo="sudo"
    command -v sudo >/dev/null || sudo=""
  fi
  if [ "$(id -u)" != 0 ] && [ -z "$sudo" ]; then
    echo "bootstrap: missing Debian packages and no sudo to install them; as root run:" \
      "apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  echo "bootstrap: installing Debian packages: ${missing[*]}" >&2
  if ! { $sudo apt-get update -qq >/dev/null &&
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  then
    echo "bootstrap: could not install the Debian packages; as root run:" \
      "apt-get install --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
fi

if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "bootstrap: Python 3.11 or newer is needed ($python is $("$python" --version 2>&1))" >&2
  exit 1
fi
# A venv made without pip (python3-venv missing at the time) is made again.
if ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  rm -rf .venv
  "$python" -m venv .venv
fi

case "$profile" in
  runtime) req=requirements.txt ;;
  build) req=requirements-build.txt ;;
  *) req=requirements-dev.txt ;;
esac
stamp=".venv/.installed-$(basename "$req" .txt)"
if [ ! -f "$stamp" ] || ! cmp -s <(cat requirements*.txt) "$stamp"; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -r "$req"
  cat requirements*.txt > "$stamp"
fi
