"""The kiosk's log file: the start's records held until the file is opened after the first frame,
then everything in `data`/kompas-kiosk.log, so a town-hall screen's problems can be read
afterwards."""

from __future__ import annotations

import logging
from pathlib import Path

log = logging.getLogger("kompas_kiosk")


class HeldRecords(logging.Handler):
    """Keeps the start's log records until the log file is opened after the first frame
    (`logging.handlers` is not on the first card's path)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []
        logging.getLogger().addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)

    def hand_to(self, handler: logging.Handler | None) -> None:
        logging.getLogger().removeHandler(self)
        for record in self.records:
            if handler is not None:
                handler.handle(record)
        self.records.clear()


def log_to_file(data: Path, held: HeldRecords | None = None) -> Path | None:
    """Also log to `data`/kompas-kiosk.log (kept small: 3 files of 1 MB), so a town-hall screen's
    problems can be read afterwards. An unwritable folder leaves logging on stderr only. The
    records `held` since the start go to the file first."""
    from logging.handlers import RotatingFileHandler

    path = data / "kompas-kiosk.log"
    try:
        data.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as error:
        if held is not None:
            held.hand_to(None)
        log.warning("cannot write the log file %s (%s); logging to the terminal only", path, error)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    if held is not None:
        held.hand_to(handler)
    logging.getLogger().addHandler(handler)
    return path
