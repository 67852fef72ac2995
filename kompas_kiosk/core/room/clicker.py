"""The clicker's buttons: what each of its four jobs does in each view, the keys a clicker
sends out of the box, and the keys a facilitator taught the kiosk ("learn my clicker").

A presentation clicker has a few buttons: next, previous, start/pause and blank. Which keys
they send differs from clicker to clicker (PgDown/PgUp, arrows, F5 or Shift+F5, B or ".", Tab,
volume keys). A learned key does its job in every view the job works in, and is taken from
whatever else it did there; a key the kiosk cannot do without (Esc, F1, Ctrl+Q, Enter, the
digits) is refused. `effective_bindings` gives the key table with the learned keys in it; the
README's table stays the default one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from enum import StrEnum

from kompas_kiosk.core.i18n import Text
from kompas_kiosk.core.room.keymap import BINDINGS, Binding
from kompas_kiosk.core.room.views import View


class Job(StrEnum):
    """What a clicker button does."""

    NEXT = "next"
    PREVIOUS = "previous"
    START = "start"
    BLANK = "blank"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Job.NEXT: Text("Næste", "Next"),
    Job.PREVIOUS: Text("Forrige", "Previous"),
    Job.START: Text("Start og pause", "Start and pause"),
    Job.BLANK: Text("Sort skærm", "Blank screen"),
}

# The key table's action for each job, in each view it works in. 'Previous' in the exercise
# adds a minute: the clicker's back button gives the group more time (and says so on screen).
JOB_ACTIONS: dict[Job, dict[View, str]] = {
    Job.NEXT: {
        View.CARD: "next",
        View.EXERCISE: "exercise_toggle",
        View.OVERVIEW: "overview_next_page",
        View.CHOOSER: "chooser_next",
    },
    Job.PREVIOUS: {
        View.CARD: "previous",
        View.EXERCISE: "exercise_more",
        View.OVERVIEW: "overview_previous_page",
        View.CHOOSER: "chooser_previous",
    },
    Job.START: {
        View.CARD: View.EXERCISE,
        View.EXERCISE: "exercise_back",
        View.OVERVIEW: "overview_open",
        View.CHOOSER: "chooser_open",
    },
    Job.BLANK: {View.EVERYWHERE: "blank_black"},
}

# The keys clickers send out of the box (all in the default key table).
DEFAULT_KEYS: dict[Job, tuple[str, ...]] = {
    Job.NEXT: ("PgDown",),
    Job.PREVIOUS: ("PgUp",),
    Job.START: ("F5",),
    Job.BLANK: ("B", "."),
}

# Keys the kiosk cannot do without: a clicker may not take them.
ESSENTIAL_ACTIONS = frozenset({"escape", "quit", "help", "digit", "jump"})

Learned = tuple[tuple[str, Job], ...]  # (key, job) in the order taught


class RefusedKeyError(ValueError):
    """A key a clicker may not take; `text` says why, in both languages."""

    def __init__(self, key: str, action: str) -> None:
        self.key = key
        self.action = action
        self.text = Text(
            "»{key}« kan ikke bruges: kiosken har brug for den ({what})",
            "“{key}” cannot be used: the kiosk needs it ({what})",
        )
        super().__init__(f"{key!r} is needed for {action}")

    def format(self, lang: str) -> str:
        what = _essential_binding(self.key)
        return self.text.format(
            lang, key=self.key, what=what.describe(lang) if what else self.action
        )


def _essential_binding(key: str) -> Binding | None:
    for binding in BINDINGS:
        if binding.action in ESSENTIAL_ACTIONS and key in binding.keys:
            return binding
    return None


def check_key(key: str) -> None:
    """Raise `RefusedKeyError` when `key` would steal a key the kiosk cannot do without."""
    essential = _essential_binding(key)
    if essential is not None or not key.strip():
        raise RefusedKeyError(key, essential.action if essential else "-")


def learn(learned: Learned, key: str, job: Job) -> Learned:
    """`learned` with `key` doing `job` (taken from any job it did before)."""
    check_key(key)
    return (*((k, j) for k, j in learned if k != key), (key, job))


def effective_bindings(learned: Iterable[tuple[str, Job]] = ()) -> tuple[Binding, ...]:
    """The key table with the learned keys: each does its job's action in every view the job
    works in, and is taken from every other action it had there."""
    learned = tuple(learned)
    for key, _job in learned:
        check_key(key)
    rows = list(BINDINGS)
    for key, job in learned:
        views = JOB_ACTIONS[job]
        everywhere = View.EVERYWHERE in views
        for index, row in enumerate(rows):
            overlaps = everywhere or row.context in views or row.context is View.EVERYWHERE
            keys = tuple(k for k in row.keys if k != key) if overlaps else row.keys
            if views.get(row.context) == row.action:
                keys = (*keys, key)
            rows[index] = replace(row, keys=keys)
    return tuple(row for row in rows if row.keys)


def parse(text: str) -> Learned:
    """Learned keys from the settings file's text, "next:PgDown; blank:Volume Up".
    A ValueError names what is wrong."""
    learned: Learned = ()
    for part in text.split(";"):
        if not part.strip():
            continue
        job_name, sep, key = part.strip().partition(":")
        if not sep or not key.strip():
            raise ValueError(f"expected job:key, got {part.strip()!r}")
        try:
            job = Job(job_name.strip().lower())
        except ValueError:
            raise ValueError(f"no clicker job {job_name.strip()!r}") from None
        learned = learn(learned, key.strip(), job)
    return learned


def unparse(learned: Learned) -> str:
    return "; ".join(f"{job.value}:{key}" for key, job in learned)


def keys_for(learned: Learned, job: Job) -> tuple[str, ...]:
    """The keys that do `job`: the defaults not taught another job, and those learned."""
    taught = {key for key, _ in learned}
    defaults = tuple(k for k in DEFAULT_KEYS[job] if k not in taught)
    return (*defaults, *(key for key, j in learned if j is job))
