"""core.i18n: one message in two languages."""

from kompas_kiosk.core.i18n import Text, detect_language, language


def test_text_picks_the_language_and_falls_back_to_danish() -> None:
    text = Text("Kortet {number} findes ikke", "There is no card {number}")
    assert text.format("en", number="07") == "There is no card 07"
    assert text.format("da", number="07") == "Kortet 07 findes ikke"
    assert text.format("sv", number="07") == "Kortet 07 findes ikke"


def test_a_missing_parameter_stays_visible() -> None:
    assert Text("{a} og {b}", "{a} and {b}").format("en", a="x") == "x and {b}"


def test_text_without_parameters_keeps_braces() -> None:
    assert Text("{ikke}", "{not}").format("en") == "{not}"


def test_language_and_locale() -> None:
    assert language("en") == "en" and language(None) == "da" and language("de") == "da"
    assert detect_language({"LANG": "en_GB.UTF-8"}) == "en"
    assert detect_language({"LC_ALL": "da_DK.UTF-8", "LANG": "en_US"}) == "da"
    assert detect_language({}) == "da"
