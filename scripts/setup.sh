# Sourced by ./kit. Installs what Forum Kit needs on Debian/Ubuntu, idempotently and quickly when
# everything is already there.

# Libraries PySide6's QtGui/QtWidgets/QtCharts/QtPdf and the xcb/offscreen platforms load.
QT_DEBS="libegl1 libgl1 libopengl0 libglib2.0-0 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
libfreetype6 libdbus-1-3 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxrender1 libgbm1 libdrm2
libwayland-client0 libwayland-cursor0"
# The tests read PDFs back with poppler (pdftotext, pdffonts, pdftoppm). They also build the Linux
# bundle: PyInstaller needs binutils (objcopy, objdump, strip); the desktop entry is checked with
# desktop-file-validate (desktop-file-utils).
TEST_DEBS="poppler-utils binutils desktop-file-utils"

# The tests start a private D-Bus daemon and send it screen-lock and suspend signals (dbus-daemon,
# dbus-send). Debian 12 split these out into dbus-daemon (which pulls in dbus-bin); older releases
# such as Ubuntu 22.04 ship them in dbus, a name every release knows, so it is the fallback.
test_dbus_deb() {
  command -v dbus-daemon >/dev/null 2>&1 && command -v dbus-send >/dev/null 2>&1 && return 0
  if apt-cache show dbus-daemon >/dev/null 2>&1; then echo dbus-daemon; else echo dbus; fi
}

missing_debs() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || printf '%s ' "$p"
  done
}

setup_system() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs Qt's libraries
  # shellcheck disable=SC2086
  local want="$QT_DEBS" missing
  [ "$1" = test ] && want="$want $TEST_DEBS $(test_dbus_deb)"
  # shellcheck disable=SC2086
  missing="$(missing_debs $want)"
  [ -z "$missing" ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "kit: these Debian packages are missing and I am not root: $missing" >&2
      echo "kit: install them with: apt-get install -y $missing" >&2
      return 1
    fi
  fi
  echo "kit: installing Debian packages: $missing" >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

pick_python() {
  local py
  for py in "${PYTHON:-}" python3.11 python3; do
    [ -n "$py" ] || continue
    if command -v "$py" >/dev/null 2>&1 && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
      echo "$py"; return 0
    fi
  done
  echo "kit: Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)" >&2
  return 1
}

setup_venv() {
  local py stamp want
  py="$(pick_python)"
  if [ ! -x .venv/bin/python ]; then
    if ! "$py" -m venv .venv 2>/dev/null; then
      rm -rf .venv
      echo "kit: python venv support is missing; installing python3-venv" >&2
      local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
      $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq python3-venv >/dev/null
      "$py" -m venv .venv
    fi
  fi
  want="$1:$(cat requirements.lock pyproject.toml | sha256sum | cut -c1-16)"
  stamp=".venv/.forum-kit-installed"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "kit: installing pinned Python packages into .venv (first run takes a few minutes)" >&2
    .venv/bin/python -m pip install -q --disable-pip-version-check -r requirements.lock
    .venv/bin/python -m pip install -q --disable-pip-version-check --no-deps -e .
    echo "$want" > "$stamp"
  fi
}
