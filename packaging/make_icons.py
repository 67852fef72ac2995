"""Turn assets/icon/kompas-kiosk.svg into the icon files each platform wants.

    python packaging/make_icons.py [OUT_DIR]        (default: build/icons)

Writes, from the one SVG, with Qt's own SVG renderer (no ImageMagick, works on every build OS):

    png/kompas-kiosk-<N>.png   N = 16 24 32 48 64 128 256 512 (Linux hicolor theme, window icon)
    kompas-kiosk.ico           Windows: 16-48 as 32-bit BMP (what Explorer's small views read
                               best), 64-256 as PNG (Vista and later)
    kompas-kiosk.icns          macOS: PNG entries 16-1024 (icp4-icp6, ic07-ic14)

Files are rewritten only when the SVG is newer, so a build calls this every time.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "assets" / "icon" / "kompas-kiosk.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_BMP_SIZES = (16, 24, 32, 48)
ICO_PNG_SIZES = (64, 128, 256)
# (OSType, pixel size) of the PNG-payload ICNS entries macOS 10.7+ reads.
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)


def _render(svg: Path, size: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def _png_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def _bmp_bytes(image) -> bytes:  # type: ignore[no-untyped-def]
    """A 32-bit BGRA DIB as an ICO entry wants it: height doubled, rows bottom-up, then an
    all-zero AND mask (alpha does the masking)."""
    from PySide6.QtGui import QImage

    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # BGRA in memory (little-endian)
    size = argb.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    stride = argb.bytesPerLine()
    raw = bytes(argb.constBits())
    rows = b"".join(raw[y * stride : y * stride + size * 4] for y in reversed(range(size)))
    mask_stride = ((size + 31) // 32) * 4
    return header + rows + bytes(mask_stride * size)


def write_ico(images: dict[int, object], path: Path) -> None:
    entries = [(s, _bmp_bytes(images[s])) for s in ICO_BMP_SIZES]
    entries += [(s, _png_bytes(images[s])) for s in ICO_PNG_SIZES]
    offset = 6 + 16 * len(entries)
    directory = struct.pack("<HHH", 0, 1, len(entries))
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    path.write_bytes(directory + b"".join(data for _, data in entries))


def write_icns(pngs: dict[int, bytes], path: Path) -> None:
    body = b""
    for kind, size in ICNS_TYPES:
        data = pngs[size]
        body += kind + struct.pack(">I", 8 + len(data)) + data
    path.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def make_icons(out: Path, svg: Path = SVG) -> list[Path]:
    """Write every icon file into `out` (when older than the SVG); return their paths."""
    png_dir = out / "png"
    targets = [png_dir / f"kompas-kiosk-{s}.png" for s in PNG_SIZES]
    targets += [out / "kompas-kiosk.ico", out / "kompas-kiosk.icns"]
    stamp = svg.stat().st_mtime
    if all(t.exists() and t.stat().st_mtime >= stamp for t in targets):
        return targets
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(["make_icons"])  # noqa: F841
    png_dir.mkdir(parents=True, exist_ok=True)
    sizes = sorted({*PNG_SIZES, *ICO_BMP_SIZES, *ICO_PNG_SIZES, *(s for _, s in ICNS_TYPES)})
    images = {size: _render(svg, size) for size in sizes}
    pngs = {size: _png_bytes(image) for size, image in images.items()}
    for size in PNG_SIZES:
        (png_dir / f"kompas-kiosk-{size}.png").write_bytes(pngs[size])
    write_ico(images, out / "kompas-kiosk.ico")
    write_icns(pngs, out / "kompas-kiosk.icns")
    return targets


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    for path in make_icons(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
