"""The demo lounge's team, their documented PINs, and who is on duty when.

The PINs are printed in the README (a demo database is for trying the desk out,
never for real guests), and they meet the PIN rules like any other: six digits
for the administrator and the duty managers, four for the front desk.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import NamedTuple
from zoneinfo import ZoneInfo

from vipdesk.domain.vocabulary import Role


class DemoMember(NamedTuple):
    """One of the demo team: ``for name, role, pin in DEMO_STAFF`` works too."""

    name: str
    role: Role
    pin: str | None  # attendants never sign in


DEMO_STAFF: tuple[DemoMember, ...] = (
    DemoMember("Astrid Holm", Role.ADMINISTRATOR, "482915"),
    DemoMember("Mette Kjærgaard", Role.DUTY_MANAGER, "730264"),
    DemoMember("Jonas Lindqvist", Role.DUTY_MANAGER, "615938"),
    DemoMember("Sofie Nørgaard", Role.FRONT_DESK, "4826"),
    DemoMember("Ahmed Rahimi", Role.FRONT_DESK, "5937"),
    DemoMember("Lucía Fernández", Role.FRONT_DESK, "6148"),
    DemoMember("Mikkel Brandt", Role.ATTENDANT, None),
    DemoMember("Yuki Sato", Role.ATTENDANT, None),
    DemoMember("Priya Nair", Role.ATTENDANT, None),
    DemoMember("Oliver Bæk", Role.ATTENDANT, None),
    DemoMember("Freja Dahl", Role.ATTENDANT, None),
)

_ROLE_NAMES = {
    Role.ADMINISTRATOR: "administrator",
    Role.DUTY_MANAGER: "duty manager",
    Role.FRONT_DESK: "front desk",
    Role.ATTENDANT: "attendant",
}


def _sign_in_table() -> str:
    lines = ["| name | role | PIN |", "|---|---|---|"]
    lines += [f"| {m.name} | {_ROLE_NAMES[m.role]} | {m.pin} |" for m in DEMO_STAFF if m.pin]
    return "\n".join(lines) + "\n"


DEMO_SIGN_IN: str = _sign_in_table()
"""Markdown table of the demo staff who sign in, and their PINs, for the README."""

DAY_SHIFT_STARTS = dt.time(5, 0)
EVENING_SHIFT_STARTS = dt.time(17, 0)


@dataclass(frozen=True)
class Cast:
    """The demo team as stored: staff ids by what they do."""

    admin: int
    managers: tuple[int, ...]
    desk: tuple[int, ...]
    attendants: tuple[int, ...]


@dataclass(frozen=True)
class Duty:
    """Who works a shift: the shift's start, its duty manager, desk agents and attendants."""

    starts_at: dt.datetime
    ends_at: dt.datetime
    manager: int
    desk: tuple[int, ...]
    attendants: tuple[int, ...]


def duty_at(cast: Cast, moment: dt.datetime, tz: ZoneInfo) -> Duty:
    """The shift working at ``moment``: a day shift 05-17 and an evening shift 17-05.

    Two shifts cover the whole day, so every demo event has someone on duty; one
    duty manager works the days and the other the evenings, so nobody works two
    shifts back to back.
    """
    local = moment.astimezone(tz)
    day = local.date()
    if local.time() < DAY_SHIFT_STARTS:
        day -= dt.timedelta(days=1)
        evening = True
    else:
        evening = local.time() >= EVENING_SHIFT_STARTS
    return duty_of(cast, day, evening, tz)


@functools.lru_cache(maxsize=64)
def duty_of(cast: Cast, day: dt.date, evening: bool, tz: ZoneInfo) -> Duty:
    start_time = EVENING_SHIFT_STARTS if evening else DAY_SHIFT_STARTS
    starts = dt.datetime.combine(day, start_time, tzinfo=tz)
    ends = (dt.datetime.combine(day + dt.timedelta(days=1), DAY_SHIFT_STARTS, tzinfo=tz)
            if evening else dt.datetime.combine(day, EVENING_SHIFT_STARTS, tzinfo=tz))
    turn = int(evening) % len(cast.managers)
    if evening:
        desk, attendants = cast.desk[2:], cast.attendants[3:]
    else:
        desk, attendants = cast.desk[:2], cast.attendants[:3]
    return Duty(starts_at=starts.astimezone(dt.UTC),
                ends_at=ends.astimezone(dt.UTC),
                manager=cast.managers[turn], desk=desk, attendants=attendants)
