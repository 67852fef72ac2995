"""The frozen bundle (packaging/build.sh → dist/kompas-kiosk, or $KOMPAS_KIOSK_BUNDLE): what is
inside, and that it starts from awkward places: a path with spaces and Danish letters, a
read-only location as a user who owns nothing there, and a machine with no fonts at all.

Skipped, saying how to build one, when there is no bundle. The offline proof is in
tests/test_offline.py; the start-up time against the source install in benchmarks/bundle.py.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DECK = "samarbejdskompasset"
SIZE_TARGET_MB = 150
# What a bundled file may need from the machine it runs on (packaging/README.md says which
# Debian/Ubuntu packages bring them): the C library, OpenGL/EGL (Qt links them), and the X11
# and Wayland client libraries, which belong to the machine's display server.
SYSTEM_LIBRARIES = {
    "libc.so.6",
    "libm.so.6",
    "libdl.so.2",
    "libpthread.so.0",
    "librt.so.1",
    "libresolv.so.2",
    "ld-linux-x86-64.so.2",
    "ld-linux-aarch64.so.1",
    "libGL.so.1",
    "libEGL.so.1",
    "libxcb.so.1",
    "libwayland-client.so.0",
    "libwayland-cursor.so.0",
    "libwayland-egl.so.1",
}
EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def bundle_folder() -> Path:
    given = os.environ.get("KOMPAS_KIOSK_BUNDLE")
    path = Path(given) if given else ROOT / "dist" / "kompas-kiosk"
    if path.is_file():
        path = path.parent
    if not (path / "kompas-kiosk").is_file():
        pytest.skip(
            f"no frozen bundle at {path}: build one with packaging/build.sh "
            "(or point KOMPAS_KIOSK_BUNDLE at one)"
        )
    return path


@pytest.fixture(scope="module")
def bundle() -> Path:
    return bundle_folder()


def kiosk_env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp), **extra)
    return env


def run(command: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd, timeout=120)


def assert_smoke_ok(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert result.stdout.splitlines()[-1].startswith("smoke test: ok ("), result.stdout


# -- what is inside ------------------------------------------------------------------------


def test_the_bundle_has_the_decks_fonts_sound_icon_and_translations(bundle):
    inside = bundle / "_internal"
    for deck in (ROOT / "content").glob("*/deck.yaml"):
        copied = inside / "content" / deck.parent.name / "deck.yaml"
        assert copied.is_file(), f"{deck.parent.name} is not in the bundle"
    assert sorted(p.name for p in (inside / "assets" / "fonts").glob("*.otf")) == sorted(
        p.name for p in (ROOT / "assets" / "fonts").glob("*.otf")
    )
    assert (inside / "assets" / "fonts" / "OFL.txt").is_file()  # the font's licence travels
    assert (inside / "assets" / "sounds" / "chime.wav").is_file()
    assert (inside / "assets" / "icon" / "kompas-kiosk-256.png").is_file()
    for qm in (ROOT / "kompas_kiosk" / "i18n").glob("*.qm"):
        assert (inside / "kompas_kiosk" / "i18n" / qm.name).is_file(), qm.name
    assert list((inside / "qtawesome" / "fonts").glob("materialdesignicons6-*.ttf"))


def test_the_linux_desktop_files_travel_with_the_folder(bundle):
    share = bundle / "share"
    if not share.is_dir():
        pytest.skip("built without packaging/build.sh: no share/ folder")
    app_id = "dk.aarhus.KompasKiosk"
    for path in (
        f"applications/{app_id}.desktop",
        f"metainfo/{app_id}.metainfo.xml",
        f"icons/hicolor/scalable/apps/{app_id}.svg",
        f"icons/hicolor/256x256/apps/{app_id}.png",
        "systemd/user/kompas-kiosk.service",
        "doc/kompas-kiosk/kiosk-setup.md",
    ):
        assert (share / path).is_file(), path
    assert os.access(bundle / "kompas-kiosk-update-content", os.X_OK)


def test_the_qt_the_kiosk_does_not_use_is_left_out(bundle):
    names = {p.name for p in bundle.rglob("*")}
    for unused in (
        "libQt6WebEngineCore.so.6",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libQt6Pdf.so.6",
        "libQt6Sql.so.6",
        "libQt6Test.so.6",
        "libQt6Bluetooth.so.6",
        "libQt6Charts.so.6",
        "libQt6Positioning.so.6",
        "libffmpegmediaplugin.so",
        "libqtvirtualkeyboardplugin.so",
        "libqgtk3.so",
    ):
        assert unused not in names, f"{unused} is in the bundle"
    assert not [n for n in names if n.startswith(("libavcodec", "libavformat"))]
    for used in (
        "libQt6Multimedia.so.6",
        "libQt6DBus.so.6",
        "libQt6Network.so.6",
        "libqxcb.so",
        "libqwayland.so",
        "libqoffscreen.so",
    ):
        assert used in names, f"{used} is missing"


def test_no_link_in_the_bundle_points_nowhere(bundle):
    dangling = [
        str(p.relative_to(bundle)) for p in bundle.rglob("*") if p.is_symlink() and not p.exists()
    ]
    assert dangling == []


def test_the_bundle_is_within_its_size(bundle):
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    assert size / 1e6 <= SIZE_TARGET_MB, f"{size / 1e6:.1f} MB"


def test_every_library_is_in_the_bundle_or_on_every_linux_desktop(bundle):
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        from prune import elf_needed
    finally:
        sys.path.remove(str(ROOT / "packaging"))
    present = {p.name for p in bundle.rglob("*")}
    missing: dict[str, str] = {}
    for path in bundle.rglob("*"):
        if (
            path.is_symlink()
            or not path.is_file()
            or not (".so" in path.name or path.name == "kompas-kiosk")
        ):
            continue
        for name in elf_needed(path) or []:
            if name not in present and name not in SYSTEM_LIBRARIES:
                missing.setdefault(name, str(path.relative_to(bundle)))
    assert missing == {}, f"needed from the machine but not documented: {missing}"


# -- awkward places --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def odd_copy(bundle):
    """The bundle copied to '/tmp/…/Kompas Kiosk æøå/kompas-kiosk', readable by everyone and
    writable by no one."""
    top = Path(tempfile.mkdtemp(prefix="kompas-bundle-"))
    top.chmod(0o755)
    parent = top / "Kompas Kiosk æøå"
    parent.mkdir(mode=0o755)
    copy = parent / "kompas-kiosk"
    shutil.copytree(bundle, copy, symlinks=True)
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    yield copy
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)
    shutil.rmtree(top)


def test_the_bundle_passes_its_smoke_test(bundle, tmp_path):
    assert_smoke_ok(
        run(
            [str(bundle / "kompas-kiosk"), "--smoke-test", "--lang", "en"],
            kiosk_env(tmp_path),
            tmp_path,
        )
    )


def test_from_a_path_with_spaces_and_danish_letters(odd_copy, tmp_path):
    executable = str(odd_copy / "kompas-kiosk")
    env = kiosk_env(tmp_path)
    result = run([executable, "--smoke-test", "--lang", "en"], env, tmp_path)
    assert_smoke_ok(result)
    assert "Kompas Kiosk æøå" in result.stdout  # the smoke test names where it ran from
    data = tmp_path / "data med æøå"
    result = run(
        [executable, "run", "--deck", DECK, "--quit-after-first-paint", "--data-dir", str(data)],
        env,
        tmp_path,
    )
    assert result.returncode == 0 and "first-paint " in result.stdout, result.stderr[-3000:]
    assert (data / "kompas-kiosk.log").is_file()


def test_in_an_ascii_only_locale(odd_copy, tmp_path):
    env = kiosk_env(tmp_path, LANG="C", LC_ALL="C")
    env.pop("LANGUAGE", None)
    assert_smoke_ok(run([str(odd_copy / "kompas-kiosk"), "--smoke-test"], env, tmp_path))


def can_switch_user() -> bool:
    return os.geteuid() == 0 and shutil.which("setpriv") is not None


def can_bind_read_only() -> bool:
    if os.geteuid() != 0 or shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        ["unshare", "-m", "mount", "--bind", "-o", "ro", "/", "/mnt"],
        capture_output=True,
        timeout=30,
    )
    return probe.returncode == 0


def test_from_a_read_only_location_as_a_user_who_owns_nothing_there(odd_copy):
    """Read-only files (and, as root, a read-only bind mount) run by 'nobody' with no home."""
    if not can_switch_user():
        pytest.skip("needs root and setpriv to run as another user (root ignores file modes)")
    scratch = Path(tempfile.mkdtemp(prefix="kompas-nobody-"))
    scratch.chmod(0o1777)
    try:
        executable = odd_copy / "kompas-kiosk"
        as_nobody = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
        env = {
            "PATH": "/usr/bin:/bin",
            "QT_QPA_PLATFORM": "offscreen",
            "TMPDIR": str(scratch),
            "HOME": "/nonexistent",
            "LANG": "C.UTF-8",
        }
        if can_bind_read_only():
            mountpoint = scratch / "ro"
            mountpoint.mkdir()
            script = 'mount --bind -o ro "$1" "$2" && shift 2 && exec "$@"'
            prefix = [
                "unshare",
                "-m",
                "sh",
                "-c",
                script,
                "sh",
                str(odd_copy.parent),
                str(mountpoint),
            ]
            executable = mountpoint / "kompas-kiosk" / "kompas-kiosk"
        else:
            prefix = []
        smoke = run(
            [*prefix, *as_nobody, str(executable), "--smoke-test", "--lang", "en"], env, scratch
        )
        assert_smoke_ok(smoke)
        started = run(
            [
                *prefix,
                *as_nobody,
                str(executable),
                "run",
                "--deck",
                DECK,
                "--quit-after-first-paint",
                "--lang",
                "en",
            ],
            env,
            scratch,
        )
        assert started.returncode == 0 and "first-paint " in started.stdout, started.stderr
        # Nowhere to keep notes and state: it starts anyway, and says where it could not write.
        assert "/nonexistent" in started.stderr
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def empty_fontconfig(tmp: Path) -> dict[str, str]:
    config = tmp / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp / "fc-cache"), encoding="utf-8")
    return {"FONTCONFIG_FILE": str(config)}


def test_with_no_fonts_on_the_machine(bundle, tmp_path):
    if shutil.which("fc-list"):
        listed = subprocess.run(
            ["fc-list"],
            capture_output=True,
            text=True,
            env={**os.environ, **empty_fontconfig(tmp_path)},
        )
        assert listed.stdout.strip() == "", "the empty font configuration still finds fonts"
    env = kiosk_env(tmp_path, **empty_fontconfig(tmp_path))
    assert_smoke_ok(
        run([str(bundle / "kompas-kiosk"), "--smoke-test", "--lang", "en"], env, tmp_path)
    )


@pytest.mark.parametrize("where", ["source", "bundle"])
def test_a_card_looks_the_same_with_or_without_the_machines_fonts(where, tmp_path):
    """The kiosk draws only with its own fonts, so the machine's fonts change nothing."""
    if where == "bundle":
        command = [str(bundle_folder() / "kompas-kiosk")]
    else:
        command = [sys.executable, "-m", "kompas_kiosk"]
    pictures = []
    for name, extra in (("system", {}), ("none", empty_fontconfig(tmp_path))):
        out = tmp_path / f"{name}.png"
        result = run(
            [*command, "render", "--deck", DECK, "-o", str(out), "--lang", "en"],
            kiosk_env(tmp_path, **extra),
            tmp_path,
        )
        assert result.returncode == 0, result.stderr[-2000:]
        pictures.append(out)
    from PySide6.QtGui import QImage

    system, none = (QImage(str(p)) for p in pictures)
    assert system == none, "the card is drawn differently without the machine's fonts"
