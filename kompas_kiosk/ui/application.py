"""The one QApplication: the bundled fonts, the window icon and the UI's language (Qt's .qm)."""

from __future__ import annotations

import logging
from typing import cast

from kompas_kiosk.core import resources

log = logging.getLogger("kompas_kiosk")


def install_translation(app, lang: str) -> bool:
    """The UI in `lang` (Danish is the source and needs nothing). A missing or damaged
    translation leaves the UI in Danish, with one warning in the log."""
    if lang == "da" or getattr(app, "_kompas_translator", None) is not None:
        return True
    from PySide6.QtCore import QTranslator

    path = resources.translations_dir() / f"kompas_kiosk_{lang}.qm"
    translator = QTranslator(app)
    if not translator.load(str(path)):
        log.warning(
            "the %s translation %s is missing or damaged; the kiosk speaks Danish "
            "(./kiosk builds it, or: pyside6-lrelease kompas_kiosk/i18n/*.ts)",
            lang,
            path,
        )
        return False
    app.installTranslator(translator)
    app._kompas_translator = translator
    return True


def set_ui_language(app, lang: str) -> bool:
    """Switch the UI to `lang` while it runs: the English translation is removed or installed,
    and Qt tells every widget (`QEvent.LanguageChange`), which then says its words again."""
    translator = getattr(app, "_kompas_translator", None)
    if (translator is None) == (lang == "da"):
        return True  # it speaks `lang` already
    if translator is not None:
        app.removeTranslator(translator)
        app._kompas_translator = None
        return True
    return install_translation(app, lang)


def ui_language() -> str:
    """The language the UI speaks now: "en" while the English translation is installed."""
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    return "en" if getattr(app, "_kompas_translator", None) is not None else "da"


def ui_locale():
    """The UI language's locale, for numbers: "0,5" in Danish, "0.5" in English."""
    from PySide6.QtCore import QLocale

    if ui_language() == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def application(argv: list[str] | None = None, lang: str = "da"):
    """The one QApplication, with the bundled fonts and the UI's language."""
    from PySide6.QtWidgets import QApplication

    from kompas_kiosk.ui.theme import typescale

    app = cast(QApplication, QApplication.instance() or QApplication(argv or ["kompas-kiosk"]))
    if not app.property("kompasFontsLoaded"):
        from PySide6.QtGui import QIcon

        app.setApplicationName("kompas-kiosk")
        app.setApplicationDisplayName("Kompas Kiosk")
        app.setDesktopFileName("dk.aarhus.KompasKiosk")
        app.setWindowIcon(QIcon(str(resources.assets_dir() / "icon" / "kompas-kiosk.svg")))
        failed = typescale.load_fonts(resources.assets_dir() / "fonts")
        if failed:
            log.warning(
                "could not load the bundled fonts %s from %s; using the system's",
                ", ".join(failed),
                resources.assets_dir() / "fonts",
            )
        app.setProperty("kompasFontsLoaded", True)
    install_translation(app, lang)
    return app
