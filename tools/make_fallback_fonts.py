"""Make the fallback fonts in assets/fonts from Noto (OFL 1.1), by hand; the kiosk never runs it.

Inter has no Arabic and no emoji, so notes in Arabic or with emoji showed empty boxes. The kiosk
registers two Noto fonts behind Inter (``ui/theme/typescale.load_fonts``):

- ``NotoSansArabic-Regular.ttf`` and ``-Bold.ttf``: Noto Sans Arabic at weight 400 and 700,
  cut to the Arabic blocks (and the marks and digits they use);
- ``NotoEmoji-Regular.ttf``: Noto Emoji, the monochrome outline font (not the colour bitmap one),
  at weight 400, every emoji kept.

The sources are the variable fonts in the PyPI package ``manimgx-fonts`` (Noto, unmodified, OFL):

    python -m venv /tmp/fonts && /tmp/fonts/bin/pip install fonttools
    /tmp/fonts/bin/pip download --no-deps manimgx-fonts -d /tmp/fonts/src
    cd /tmp/fonts/src && unzip -o manimgx_fonts-*.whl 'manimgx_fonts/*'
    /tmp/fonts/bin/python tools/make_fallback_fonts.py /tmp/fonts/src/manimgx_fonts assets/fonts

It needs fontTools (not a dependency of the kiosk). The fonts' licence is assets/fonts/OFL-Noto.txt.
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ARABIC = [
    *range(0x0600, 0x0700),  # Arabic
    *range(0x0750, 0x0780),  # Arabic Supplement
    *range(0x0870, 0x0900),  # Arabic Extended-B and -A
    *range(0xFB50, 0xFE00),  # Arabic Presentation Forms-A
    *range(0xFE70, 0xFF00),  # Arabic Presentation Forms-B
    0x200C,  # ZWNJ
    0x200D,  # ZWJ
    0x200E,  # LRM
    0x200F,  # RLM
    0x25CC,  # the dotted circle a lone mark sits on
]


def _static(source: Path, weight: int) -> TTFont:
    font = TTFont(source)
    axes = {axis.axisTag: axis for axis in font["fvar"].axes}
    pinned = {tag: (weight if tag == "wght" else axis.defaultValue) for tag, axis in axes.items()}
    return instancer.instantiateVariableFont(font, pinned, updateFontNames=True)


def _subset(font: TTFont, unicodes: list[int] | None) -> TTFont:
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False
    options.desubroutinize = True
    subsetter = subset.Subsetter(options)
    cmap = font.getBestCmap()
    wanted = sorted(cmap) if unicodes is None else [u for u in unicodes if u in cmap]
    subsetter.populate(unicodes=wanted)
    subsetter.subset(font)
    return font


def main(source_dir: Path, out_dir: Path) -> None:
    arabic = next(source_dir.glob("NotoSansArabic*.ttf"))
    emoji = next(source_dir.glob("NotoEmoji*.ttf"))
    for weight, style in ((400, "Regular"), (700, "Bold")):
        target = out_dir / f"NotoSansArabic-{style}.ttf"
        _subset(_static(arabic, weight), ARABIC).save(target)
        print(target, target.stat().st_size)
    target = out_dir / "NotoEmoji-Regular.ttf"
    _subset(_static(emoji, 400), None).save(target)
    print(target, target.stat().st_size)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))
