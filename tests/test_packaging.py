"""The packaging files that need no bundle: the icon, the library pruning, the desktop entry,
the AppStream metadata, the systemd unit, the Windows installer script and the content updater."""

from __future__ import annotations

import configparser
import os
import re
import shutil
import stat
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
LINUX = PACKAGING / "linux"
APP_ID = "dk.aarhus.KompasKiosk"

sys.path.insert(0, str(PACKAGING))
import make_icons  # noqa: E402
import prune  # noqa: E402

sys.path.remove(str(PACKAGING))


# -- the icon --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def icons(tmp_path_factory):
    out = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(out)
    return out


def test_the_icon_svg_is_our_own_and_in_the_theme_colours():
    svg = (ROOT / "assets" / "icon" / "kompas-kiosk.svg").read_text(encoding="utf-8")
    colours = set(re.findall(r"#[0-9a-fA-F]{6}", svg))
    assert colours <= {"#17324a", "#fbf8f3", "#0d4f7c", "#ffcf70"}, colours
    assert "<image" not in svg and "href" not in svg  # drawn, nothing embedded or linked


def test_every_png_size_is_drawn(icons, qapp):
    from PySide6.QtGui import QImage

    for size in make_icons.PNG_SIZES:
        image = QImage(str(icons / "png" / f"kompas-kiosk-{size}.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert corner.alpha() == 0 and centre.alpha() == 255  # rounded, not a square block


def test_the_ico_has_small_bitmaps_and_large_pngs(icons):
    data = (icons / "kompas-kiosk.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, _, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        payload = data[offset : offset + length]
        size = width or 256
        sizes.append(size)
        assert (planes, bits) == (1, 32)
        if size <= 48:
            header = struct.unpack_from("<IiiHH", payload)
            assert header == (40, size, size * 2, 1, 32)  # a DIB: height counts the AND mask
        else:
            assert payload.startswith(b"\x89PNG\r\n\x1a\n")
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_the_icns_holds_pngs_up_to_1024(icons):
    data = (icons / "kompas-kiosk.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, pos = [], 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        assert data[pos + 8 : pos + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        pos += length
    assert pos == len(data)
    assert b"ic10" in kinds and b"icp4" in kinds


def test_icons_are_made_again_only_when_the_svg_changes(icons):
    ico = icons / "kompas-kiosk.ico"
    before = ico.stat().st_mtime_ns
    make_icons.make_icons(icons)
    assert ico.stat().st_mtime_ns == before


# -- pruning unused libraries ----------------------------------------------------------------


def qt_lib(name: str) -> str:
    import PySide6

    return str(Path(PySide6.__file__).parent / "Qt" / "lib" / name)


def test_elf_needed_reads_a_real_library():
    import PySide6

    core = Path(PySide6.__file__).parent / "QtCore.abi3.so"
    needed = prune.elf_needed(core)
    assert needed is not None and "libQt6Core.so.6" in needed


def test_elf_needed_says_none_for_what_is_not_elf(tmp_path):
    text = tmp_path / "x.so"
    text.write_text("not a library")
    assert prune.elf_needed(text) is None
    assert prune.elf_needed(tmp_path / "missing.so") is None


def test_prune_keeps_what_is_reached_and_drops_the_rest():
    import PySide6

    entries = [
        (
            "PySide6/QtCore.abi3.so",
            str(Path(PySide6.__file__).parent / "QtCore.abi3.so"),
            "EXTENSION",
        ),
        ("PySide6/Qt/lib/libQt6Core.so.6", qt_lib("libQt6Core.so.6"), "BINARY"),
        ("PySide6/Qt/lib/libQt6Pdf.so.6", qt_lib("libQt6Pdf.so.6"), "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Pdf.so.6", "PySide6/Qt/lib/libQt6Pdf.so.6", "SYMLINK"),
    ]
    if not Path(entries[2][1]).exists():
        pytest.skip("this PySide6 has no QtPdf")
    kept, dropped = prune.prune(entries)
    assert [e[0] for e in dropped] == ["PySide6/Qt/lib/libQt6Pdf.so.6", "libQt6Pdf.so.6"]
    assert len(kept) == 3


def test_prune_gives_up_on_a_file_it_cannot_read(tmp_path):
    odd = tmp_path / "odd.so"
    odd.write_bytes(b"MZ not elf")
    assert prune.prune([("odd.so", str(odd), "BINARY")]) is None


def test_links_to_files_that_stay_are_kept():
    entries = [
        ("libA.so.1", "lib/libA.so.1", "SYMLINK"),
        ("libB.so.1", "lib/libB.so.1", "SYMLINK"),
        ("sub/libC.so", "../lib/libA.so.1", "SYMLINK"),
    ]
    assert prune.dangling_symlinks(entries, {"lib/libA.so.1"}) == [entries[1]]


# -- Linux desktop files -----------------------------------------------------------------------


def desktop_entry() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return parser


def test_the_desktop_entry():
    entry = desktop_entry()["Desktop Entry"]
    assert entry["Name"] == "Kompas Kiosk"
    assert entry["Icon"] == APP_ID
    assert entry["Exec"].split()[0] == "kompas-kiosk"
    assert entry["Categories"] == "Education;Presentation;"
    assert entry["Comment"] and entry["Comment[da]"] and entry["Comment"] != entry["Comment[da]"]


def test_the_desktop_entry_validates():
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is missing (apt-get install desktop-file-utils)")
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout + result.stderr


def test_the_appstream_metadata_validates():
    path = LINUX / f"{APP_ID}.metainfo.xml"
    import xml.etree.ElementTree as ElementTree

    component = ElementTree.parse(path).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == f"{APP_ID}.desktop"
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is missing (apt-get install appstream)")
    result = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_systemd_unit_restarts_the_kiosk_in_kiosk_mode(tmp_path):
    text = (LINUX / "kompas-kiosk.service").read_text(encoding="utf-8")
    unit = configparser.ConfigParser(interpolation=None, strict=False, comment_prefixes=("#",))
    unit.optionxform = str
    unit.read_string(text)
    service = unit["Service"]
    assert service["ExecStart"].startswith("/opt/kompas-kiosk/kompas-kiosk run --kiosk")
    assert (service["Restart"], service["RestartSec"]) == ("always", "2")
    assert int(unit["Unit"]["StartLimitBurst"]) >= 5
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze is missing")
    fake = tmp_path / "kompas-kiosk"  # verify checks that ExecStart exists
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    copy = tmp_path / "kompas-kiosk.service"
    copy.write_text(text.replace("/opt/kompas-kiosk/kompas-kiosk", str(fake)))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(copy)], capture_output=True, text=True
    )
    complaints = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if "kompas-kiosk.service" in line
    ]
    assert result.returncode == 0 and complaints == [], result.stdout + result.stderr


# -- the Windows installer script ---------------------------------------------------------------


def inno() -> str:
    data = (PACKAGING / "windows" / "kompas-kiosk.iss").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 with a BOM, for the Danish letters"
    return data.decode("utf-8-sig")


def test_the_installer_needs_no_admin_rights():
    text = inno()
    assert re.search(r"^PrivilegesRequired=lowest\r?$", text, re.M)
    assert "PrivilegesRequiredOverridesAllowed" not in text
    for admin_only in (
        "{pf}",
        "{commonpf}",
        "{commonprograms}",
        "{commondesktop}",
        "HKLM",
        "{sys}",
        "{win}",
    ):
        assert admin_only not in text, admin_only
    assert "DefaultDirName={localappdata}\\Programs\\" in text  # the per-user {autopf}


def test_the_installer_speaks_danish_and_english_and_makes_a_start_menu_entry():
    text = inno()
    assert 'MessagesFile: "compiler:Languages\\Danish.isl"' in text
    assert 'MessagesFile: "compiler:Default.isl"' in text
    assert re.search(
        r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"', text, re.M
    )
    for key in re.findall(r"^danish\.(\w+)=", text, re.M):
        assert re.search(rf"^english\.{key}=", text, re.M), key


def test_the_installer_installs_the_built_folder_and_keeps_the_users_data():
    text = inno()
    assert '#define BundleDir "dist\\kompas-kiosk"' in text  # unless ISCC is given /DBundleDir=
    assert 'Source: "{#BundleDir}\\*"' in text
    assert "recursesubdirs" in text
    assert "[UninstallDelete]" not in text  # notes, settings and logs stay
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}\r?$", text, re.M)


# -- updating the decks from a stick -------------------------------------------------------------


@pytest.fixture
def updater(tmp_path):
    fake = tmp_path / "bin" / "kompas-kiosk"
    fake.parent.mkdir()
    fake.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m kompas_kiosk "$@"\n')
    fake.chmod(0o755)
    env = {
        **os.environ,
        "KOMPAS_KIOSK_BIN": str(fake),
        "LANG": "en_US.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    script = LINUX / "kompas-kiosk-update-content"
    assert os.stat(script).st_mode & stat.S_IXUSR

    def update(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(script), *map(str, args)],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=120,
        )

    return update


def test_good_decks_are_switched_to_in_one_step(updater, tmp_path):
    home = tmp_path / "content"
    result = updater(ROOT / "content", home)
    assert result.returncode == 0, result.stderr
    current = home / "current"
    assert current.is_symlink() and Path(os.readlink(current)).is_absolute()
    assert (current / "samarbejdskompasset" / "deck.yaml").is_file()


def test_bad_decks_leave_the_kiosk_as_it_was(updater, tmp_path):
    home = tmp_path / "content"
    assert updater(ROOT / "content", home).returncode == 0
    before = os.readlink(home / "current")
    stick = tmp_path / "usb stick" / "broken"
    stick.mkdir(parents=True)
    (stick / "deck.yaml").write_text("schema: 1\nid: broken\n", encoding="utf-8")
    result = updater(stick.parent, home)
    assert result.returncode == 1
    assert "deck.yaml:1: title" in result.stdout + result.stderr
    assert "the kiosk keeps its decks" in result.stderr
    assert os.readlink(home / "current") == before
    assert sorted(p.name for p in home.iterdir()) == sorted(["current", Path(before).name])


def test_rollback_returns_to_the_previous_decks(updater, tmp_path):
    home = tmp_path / "content"
    assert updater(ROOT / "content", home).returncode == 0
    first = os.readlink(home / "current")
    assert updater(ROOT / "content", home).returncode == 0
    assert os.readlink(home / "current") != first
    result = updater("--rollback", home)
    assert result.returncode == 0, result.stderr
    assert os.readlink(home / "current") == first


def test_a_missing_stick_is_said_plainly(updater, tmp_path):
    result = updater(tmp_path / "media" / "usb", tmp_path / "content")
    assert result.returncode == 1
    assert "is not a folder (is the USB stick mounted?" in result.stderr
