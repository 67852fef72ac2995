# Shared set-up for ./kiosk and ./kiosk-tests: sourced, not run.
# Installs the Debian packages Qt needs (as root; otherwise prints the apt-get line and stops),
# creates .venv with Python 3.11+ and installs the kiosk into it. Quiet when all is in place.

KIOSK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$KIOSK_ROOT/.venv"

# Qt's runtime libraries, and those its X11 (xcb) platform plug-in loads.
RUN_PACKAGES="libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libpulse0
  libxrandr2 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0
  libxcb-image0 libxcb-render-util0 libxcb-randr0 libxcb-xinerama0 libxcb-xkb1"
# What the tests add: an X server to drive the real app, a way to read PDFs back, and a
# sound server with a null sink so the chime really plays; strace and the desktop-file and
# AppStream validators for the packaging tests; Tesseract with Danish, to read the room screen
# back as the back row would (tests/ui/offscreen/test_ocr_legibility.py).
TEST_PACKAGES="xvfb xauth xdotool poppler-utils pulseaudio pulseaudio-utils strace
  desktop-file-utils appstream binutils at-spi2-core python3-pyatspi dbus-x11 x11-xkb-utils
  tesseract-ocr tesseract-ocr-dan"

say() { printf 'kompas-kiosk setup: %s\n' "$*" >&2; }

find_python() {
  for candidate in python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

installed() {  # a package, or its 64-bit-time twin on newer Ubuntu (libglib2.0-0t64)
  local p
  for p in "$1" "${1}t64"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" && return 0
  done
  return 1
}

ensure_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0  # not Debian/Ubuntu: nothing we can do
  local missing="" p
  for p in $*; do installed "$p" || missing="$missing $p"; done
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" != 0 ]; then
    say "these Debian packages are missing; install them, then run this again:"
    printf '  sudo apt-get install -y%s\n' "$missing" >&2
    exit 1
  fi
  say "installing Debian packages:$missing"
  local resolved="" name
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 || { say "apt-get update failed"; exit 1; }
  for p in $missing; do
    name=$p
    if ! apt-cache show "$p" 2>/dev/null | grep -q '^Package:'; then
      apt-cache show "${p}t64" >/dev/null 2>&1 && name="${p}t64"
    fi
    resolved="$resolved $name"
  done
  # shellcheck disable=SC2086
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends $resolved >&2 || { say "apt-get install failed"; exit 1; }
}

ensure_venv() {  # $1: pip extras, e.g. "test"
  local python stamp want
  python=$(find_python) || { say "Python 3.11 or newer is needed (apt-get install python3)"; exit 1; }
  if ! "$python" -c 'import venv, ensurepip' >/dev/null 2>&1; then
    ensure_packages "python3-venv"
  fi
  if [ ! -x "$VENV/bin/python" ]; then
    say "creating $VENV"
    "$python" -m venv "$VENV" || { say "could not create $VENV"; exit 1; }
  fi
  want="$1:$(cat "$KIOSK_ROOT/pyproject.toml" | sha256sum | cut -c1-16)"
  stamp="$VENV/.kompas-kiosk-installed"
  if ! grep -qx "$want" "$stamp" 2>/dev/null && ! grep -qx "${want#*:}-all" "$stamp" 2>/dev/null; then
    say "installing the Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip >&2 || true
    # PYTHONWARNINGS: setuptools warns about editable installs in general; nothing to act on.
    PYTHONWARNINGS=ignore "$VENV/bin/python" -m pip install -q -e "$KIOSK_ROOT${1:+[$1]}" >&2 ||
      { say "pip install failed"; exit 1; }
    echo "$want" > "$stamp"
    [ "$1" = "test" ] && echo "${want#*:}-all" >> "$stamp"
  fi
  build_translations
}

build_translations() {  # the UI's English: kompas_kiosk/i18n/*.ts → .qm
  local ts
  for ts in "$KIOSK_ROOT"/kompas_kiosk/i18n/*.ts; do
    [ -e "$ts" ] || continue
    if [ ! -e "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
      "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm" >&2 ||
        say "could not build ${ts%.ts}.qm; the kiosk will speak Danish"
    fi
  done
}
