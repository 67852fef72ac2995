"""Write assets/sounds/chime.wav from kompas_kiosk.core.exercise.chime.

    python tools/make_chime.py [PATH]

Run it after changing the chime's code; tests/core/test_chime.py fails until the file matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kompas_kiosk.core.exercise.chime import write_chime

DEFAULT = Path(__file__).resolve().parents[1] / "assets" / "sounds" / "chime.wav"


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else DEFAULT
    path.parent.mkdir(parents=True, exist_ok=True)
    write_chime(path)
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
