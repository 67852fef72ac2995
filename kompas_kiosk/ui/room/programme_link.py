"""The presenter console's programme rail, kept in step with the programme the room runs.

The room controller owns the run (`ProgrammeFlow`, with its `timing`); the console shows the
plan and the minutes (`ConsoleWindow.set_programme`, `programme_changed`). This links the two
through the room's `shown_changed`, so neither window knows the other's insides.
"""

from __future__ import annotations

from typing import Any

from kompas_kiosk.ui.room.screen import RoomScreen


def follow_programme(window: RoomScreen, console: Any) -> None:
    """The console's rail follows the programme the room runs: its plan, timed by the room's
    `ProgrammeFlow.timing`, recomputed as the room moves; none while a deck runs."""

    def changed() -> None:
        flow = window.controller.programme
        if flow is None:
            if console.programme is not None:
                console.set_programme(None)
        elif console.run is not flow.timing:
            console.set_programme(flow.programme, flow.timing)
        else:
            console.programme_changed()

    window.shown_changed.connect(changed)
    changed()
