"""`kompas-kiosk set-pin`: set or remove the kiosk-mode PIN from a terminal.

For a town-hall screen that has no keyboard at the screen, set up over SSH or a text console:

    sudo -u kiosk -H kompas-kiosk set-pin              # asks twice, shows nothing
    echo 4711 | sudo -u kiosk -H kompas-kiosk set-pin --stdin
    sudo -u kiosk -H kompas-kiosk set-pin --remove

The PIN is 4 to 20 ASCII digits 0-9 (what the on-screen pad can type), like the settings page's
(the rules are `core/kiosk/pin.py`'s); only its salted PBKDF2 hash is written, to `kiosk_pin` in
the same settings.ini the kiosk reads (`ui/settings/store.py`). Whoever can run this as the
kiosk's user can edit that file anyway, so the current PIN is not asked for. The kiosk reads its
settings when it starts: restart it (`systemctl --user restart kompas-kiosk`).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.kiosk.pin import MAX_DIGITS, MIN_DIGITS, is_valid_pin

_TEXT: dict[str, Text] = {
    "ask": Text("Ny kode ({min}-{max} cifre): ", "New PIN ({min}-{max} digits): "),
    "again": Text("Gentag koden: ", "Repeat the PIN: "),
    "interrupted": Text("\nintet ændret", "\nnothing changed"),
    "differ": Text("de to koder er ikke ens; intet ændret", "the two PINs differ; nothing changed"),
    "bad_pin": Text(
        "koden skal være {min} til {max} cifre (0-9); intet ændret",
        "the PIN must be {min} to {max} digits (0-9); nothing changed",
    ),
    "other_digits": Text(
        "koden må kun have cifrene 0-9, som skærmens tastatur har (ikke fx arabisk-indiske "
        "eller brede cifre); intet ændret",
        "the PIN may only have the digits 0-9 that the on-screen pad has (not, e.g., "
        "Arabic-Indic or full-width digits); nothing changed",
    ),
    "removed": Text(
        "koden er fjernet fra {settings}; kiosken kan lukkes uden kode, når den er genstartet",
        "the PIN is removed from {settings}; the kiosk closes without a PIN once restarted",
    ),
    "saved": Text(
        "koden er gemt (som hash) i {settings}; den gælder, når kiosken er genstartet "
        "(systemctl --user restart kompas-kiosk)",
        "the PIN is saved (as a hash) in {settings}; it applies once the kiosk is restarted "
        "(systemctl --user restart kompas-kiosk)",
    ),
}


def set_pin(
    settings_path: Path,
    lang: str,
    *,
    remove: bool = False,
    from_stdin: bool = False,
    stdin: TextIO,
    stdout: TextIO,
    stderr: TextIO,
    ask: Callable[[str], str] = getpass.getpass,
) -> int:
    """0 when the PIN was written (or removed); 1 with one line on `stderr` otherwise."""
    from kompas_kiosk.ui.settings.store import Settings

    if remove:
        pin = ""
    elif from_stdin:
        pin = stdin.readline().strip()
    else:
        try:
            pin = ask(_TEXT["ask"].format(lang, min=MIN_DIGITS, max=MAX_DIGITS)).strip()
            again = ask(_TEXT["again"].format(lang)).strip()
        except (EOFError, KeyboardInterrupt):
            print(_TEXT["interrupted"].format(lang), file=stderr)
            return 1
        if pin != again:
            print(_TEXT["differ"].format(lang), file=stderr)
            return 1
    if not remove and any(char.isdigit() and not "0" <= char <= "9" for char in pin):
        print(_TEXT["other_digits"].format(lang), file=stderr)
        return 1
    if not remove and not is_valid_pin(pin):
        print(_TEXT["bad_pin"].format(lang, min=MIN_DIGITS, max=MAX_DIGITS), file=stderr)
        return 1
    settings = Settings(settings_path)
    problem = settings.save(settings.load().with_pin(pin))
    if problem:
        print(f"kompas-kiosk: {problem}", file=stderr)
        return 1
    print(_TEXT["removed" if remove else "saved"].format(lang, settings=settings_path), file=stdout)
    return 0
