#!/usr/bin/env bash
# Build the Linux bundle: dist/kompas-kiosk/ (one folder; start it with dist/kompas-kiosk/kompas-kiosk),
# run its smoke test offscreen, and print its size and path.
#
#   packaging/build.sh [--venv DIR] [--dist DIR] [--tar] [--no-smoke-test]
#
#   --venv DIR        the virtual environment with the kiosk installed (default: $KIOSK_VENV, else
#                     the project's .venv, created like ./kiosk does when missing)
#   --dist DIR        where the bundle goes (default: dist/); the work files go to build/
#   --tar             also pack dist/kompas-kiosk-<version>-linux-<arch>.tar.gz
#   --no-smoke-test   skip the smoke test (not for CI)
#
# PyInstaller is installed into that environment when missing, at the pinned version below.
# Exit 0 when the bundle is built and its smoke test passed; otherwise non-zero with the reason.
set -euo pipefail

PYINSTALLER_VERSION=6.22.3
HOOKS_CONTRIB_VERSION=2026.9
SIZE_TARGET_MB=150

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fail() { printf 'packaging/build.sh: %s\n' "$*" >&2; exit 1; }
say() { printf 'packaging/build.sh: %s\n' "$*" >&2; }

venv=${KIOSK_VENV:-}
dist="$ROOT/dist"
tar=0
smoke=1
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) [ $# -ge 2 ] || fail "--venv needs a folder"; venv=$2; shift 2 ;;
    --dist) [ $# -ge 2 ] || fail "--dist needs a folder"; dist=$2; shift 2 ;;
    --tar) tar=1; shift ;;
    --no-smoke-test) smoke=0; shift ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) fail "unknown option '$1' (see: packaging/build.sh --help)" ;;
  esac
done
mkdir -p "$dist" || fail "cannot create $dist"
dist=$(cd "$dist" && pwd)

[ "$(uname -s)" = Linux ] || fail "this script builds the Linux bundle; on Windows or macOS run: pyinstaller --noconfirm packaging/kompas-kiosk.spec (see packaging/README.md)"
command -v strip >/dev/null 2>&1 || fail "'strip' is missing: apt-get install binutils"

if [ -z "$venv" ]; then
  # shellcheck source=../tools/setup.sh
  . "$ROOT/tools/setup.sh"
  ensure_packages $RUN_PACKAGES
  ensure_venv ""
  venv=$VENV
fi
python="$venv/bin/python"
[ -x "$python" ] || fail "no Python in $venv (give --venv DIR, a virtual environment with the kiosk installed)"
"$python" -c 'import kompas_kiosk, PySide6' 2>/dev/null ||
  fail "the kiosk is not installed in $venv: $python -m pip install -e '$ROOT'"
qt=$("$python" -c 'import PySide6; print(PySide6.__version__)')
[ "$qt" != "6.12.0" ] || fail "PySide6 6.12.0 crashes Python 3.11 (see docs/architecture.md); install another version first"

have=$("$python" -c 'import PyInstaller; print(PyInstaller.__version__)' 2>/dev/null || true)
if [ "$have" != "$PYINSTALLER_VERSION" ]; then
  say "installing PyInstaller $PYINSTALLER_VERSION into $venv${have:+ (it has $have)}"
  "$python" -m pip install -q "pyinstaller==$PYINSTALLER_VERSION" \
    "pyinstaller-hooks-contrib==$HOOKS_CONTRIB_VERSION" >&2 ||
    fail "could not install PyInstaller $PYINSTALLER_VERSION (pip failed; see above)"
fi

version=$("$python" -c 'import kompas_kiosk; print(kompas_kiosk.__version__)')
bundle="$dist/kompas-kiosk"
say "building Kompas Kiosk $version with PySide6 $qt and PyInstaller $PYINSTALLER_VERSION"
SECONDS=0
log="$ROOT/build/pyinstaller.log"
mkdir -p "$ROOT/build"
if ! (cd "$ROOT" && "$python" -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$dist" --workpath "$ROOT/build/pyinstaller" \
        packaging/kompas-kiosk.spec) >"$log" 2>&1; then
  tail -n 30 "$log" >&2
  fail "PyInstaller failed; the whole log is in $log"
fi
grep '^kompas-kiosk.spec: left out' "$log" >&2 || true
[ -x "$bundle/kompas-kiosk" ] || fail "PyInstaller finished but $bundle/kompas-kiosk is missing (see $log)"
seconds=$SECONDS

# The Linux desktop integration travels with the folder, so a technician needs only the archive
# (docs/kiosk-setup.md installs it from /opt/kompas-kiosk/share).
share="$bundle/share"
id=dk.aarhus.KompasKiosk
install -Dm644 "$ROOT/packaging/linux/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "$ROOT/packaging/linux/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 "$ROOT/assets/icon/kompas-kiosk.svg" "$share/icons/hicolor/scalable/apps/$id.svg"
for n in 16 24 32 48 64 128 256 512; do
  install -Dm644 "$ROOT/build/icons/png/kompas-kiosk-$n.png" "$share/icons/hicolor/${n}x${n}/apps/$id.png"
done
install -Dm644 "$ROOT/packaging/linux/kompas-kiosk.service" "$share/systemd/user/kompas-kiosk.service"
install -Dm644 "$ROOT/docs/kiosk-setup.md" "$share/doc/kompas-kiosk/kiosk-setup.md"
install -Dm755 "$ROOT/packaging/linux/kompas-kiosk-update-content" "$bundle/kompas-kiosk-update-content"

if [ "$smoke" = 1 ]; then
  say "smoke test of the bundle (offscreen)"
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  if ! (cd "$scratch" && env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen \
          TMPDIR="$scratch" HOME="$scratch" "$bundle/kompas-kiosk" --smoke-test --lang en) >&2; then
    fail "the bundle was built but its smoke test failed (above): $bundle"
  fi
fi

bytes=$(find "$bundle" -type f -printf '%s\n' | awk '{s += $1} END {print s}')
size_mb=$(( (bytes + 500000) / 1000000 ))  # MB as in the target: 10^6 bytes
size_mib=$(( (bytes + 524288) / 1048576 ))
if [ "$tar" = 1 ]; then
  archive="$dist/kompas-kiosk-$version-linux-$(uname -m).tar.gz"
  tar -C "$dist" -czf "$archive" kompas-kiosk || fail "could not write $archive"
  say "archive: $archive ($(du -sm "$archive" | cut -f1) MB)"
fi
note=""
[ "$size_mb" -le "$SIZE_TARGET_MB" ] || note="  (over the ${SIZE_TARGET_MB} MB target: see the 'left out' lines in packaging/kompas-kiosk.spec)"
printf 'built in %s s\n' "$seconds"
printf 'size: %s MB (%s MiB)%s\n' "$size_mb" "$size_mib" "$note"
printf 'bundle: %s\n' "$bundle"
printf 'start: %s/kompas-kiosk\n' "$bundle"
