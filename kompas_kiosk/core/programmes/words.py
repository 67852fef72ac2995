"""What a programme's steps and its plan are called on screen, in Danish and English.

Shared by the room's overview (G), the console's rail and its next-step preview, so each names a
step the same way and no widget chooses words by language itself.
"""

from __future__ import annotations

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.programmes.model import Break, CardRef, ExerciseRef, Share, Slide, Step
from kompas_kiosk.core.programmes.schedule import Schedule

KINDS: dict[str, Text] = {
    "slide": Text("Slide", "Slide"),
    "card": Text("Kort", "Card"),
    "exercise": Text("Øvelse", "Exercise"),
    "share": Text("Del det halvfærdige", "Share the half-finished"),
    "break": Text("Pause", "Break"),
}
SHORT_KINDS: dict[str, Text] = {  # over a preview sheet, in capitals
    "slide": Text("dias", "slide"),
    "card": Text("kort", "card"),
    "exercise": Text("øvelse", "exercise"),
    "share": Text("del", "share"),
    "break": Text("pause", "break"),
}
_SAY = {
    "slide": Text("Dias", "Slide"),
    "card": Text("Kort {number}", "Card {number}"),
    "back": Text(" · bagside", " · back"),
    "planned": Text("{minutes} min planlagt", "{minutes} min planned"),
    "on_time": Text("i tide", "on time"),
    "behind": Text("{minutes} min bagud", "{minutes} min behind"),
    "ahead": Text("{minutes} min foran", "{minutes} min ahead"),
}


def step_name(step: Step, lang: str) -> str:
    """A step's name in the plan, from the step alone: a slide's words, "Kort 07 · bagside",
    an exercise's title and card, the plenum's or the break's title."""
    part = step.part
    if isinstance(part, Slide):
        text = part.title or part.kicker or part.text or (part.lines[0] if part.lines else "")
        return " ".join(text.split()) or _SAY["slide"].format(lang)
    if isinstance(part, CardRef):
        back = "" if part.face == "front" else _SAY["back"].format(lang)
        return _SAY["card"].format(lang, number=part.number) + back
    if isinstance(part, ExerciseRef):
        return f"{part.title or KINDS['exercise'].format(lang)} · {part.number}"
    if isinstance(part, Share | Break):
        return part.title or KINDS[part.kind].format(lang)
    return ""


def plan_status(schedule: Schedule | None, lang: str) -> str:
    """ "3 min bagud", "2 min foran", "i tide"; before the start, the planned length."""
    if schedule is None or schedule.current is None:
        total = round(schedule.planned_total / 60) if schedule else 0
        return _SAY["planned"].format(lang, minutes=total)
    if schedule.minutes_off == 0:
        return _SAY["on_time"].format(lang)
    which = "behind" if schedule.behind else "ahead"
    return _SAY[which].format(lang, minutes=schedule.minutes_off)
