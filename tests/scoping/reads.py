"""Everything a desk of lounge A reads through the services, as a list (add a new read here),
and the texts in what each hands back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from tests.scoping.two_lounges import LoungeCast
from vipdesk.domain.permissions import Permission, allows
from vipdesk.domain.vocabulary import Role
from vipdesk.services import (
    access_rules,
    alerts,
    board,
    checkin,
    clock_mark,
    command_runs,
    complaints,
    departures,
    lounge_settings,
    lounge_status,
    reports,
    seating,
    shifts,
    staff,
    staff_list,
    waiting,
    welcome_cards,
)
from vipdesk.services.complaints import ComplaintFilter
from vipdesk.services.session import Session


@dataclass(frozen=True)
class Read:
    name: str
    permission: Permission | None  # who may read it (None: anyone signed in)
    read: Callable[[Session, LoungeCast, LoungeCast], Any]  # (session at A, A, B)


def _today(session: Session) -> dt.date:
    return session.clock.now().date()


def _search(words: str) -> Callable[[Session, LoungeCast, LoungeCast], Any]:
    wanted = ComplaintFilter(text=words)
    return lambda s, a, b: (complaints.list_feedback(s, wanted),
                            complaints.count_feedback(s, wanted))


READS: tuple[Read, ...] = (
    Read("board", Permission.SEAT_GUESTS, lambda s, a, b: board.board(s)),
    Read("desk list", Permission.CHECK_IN, lambda s, a, b: checkin.guests_in_lounge(s)),
    Read("desk list, B's guest searched", Permission.CHECK_IN,
         lambda s, a, b: checkin.guests_in_lounge(s, "Bzzleak")),
    Read("desk list, B's flight searched", Permission.CHECK_IN,
         lambda s, a, b: checkin.guests_in_lounge(s, "QZ7391")),
    Read("waiting list", None, lambda s, a, b: waiting.open_waits(s)),
    Read("banner", None, lambda s, a, b: alerts.banner_alerts(s)),
    Read("manager alerts", None, lambda s, a, b: alerts.manager_alerts(s)),
    Read("overdue promises", None, lambda s, a, b: complaints.overdue_promises(s)),
    Read("complaints list", Permission.LOG_FEEDBACK,
         lambda s, a, b: complaints.list_feedback(s)),
    Read("complaints search, B's words", Permission.LOG_FEEDBACK, _search("BLEAKMARK")),
    Read("complaints search, B's words by index", Permission.LOG_FEEDBACK, _search("bleakmark")),
    Read("complaints search, shared words", Permission.LOG_FEEDBACK, _search("coffee")),
    Read("complaints search, B's name", Permission.LOG_FEEDBACK, _search("Bzzleak")),
    Read("complaint details", Permission.LOG_FEEDBACK,
         lambda s, a, b: [(complaints.get_feedback(s, c), complaints.complaint_history(s, c))
                          for c in a.complaints]),
    Read("work orders", None, lambda s, a, b: complaints.open_work_orders(s)),
    Read("open at check-out", Permission.CHECK_IN,
         lambda s, a, b: [complaints.open_for_check_out(s, v) for v in a.visits]),
    Read("handover items", None, lambda s, a, b: complaints.open_for_handover(s)),
    Read("handover", Permission.WRITE_DIARY,
         lambda s, a, b: (shifts.pending_handover(s), shifts.handover(s, a.shifts[0]),
                          shifts.current_shift(s), [shifts.diary(s, i) for i in a.shifts])),
    Read("departures", None, lambda s, a, b: departures.departures(s, _today(s))),
    Read("boarding soon", None, lambda s, a, b: departures.boarding_soon(s, 24 * 60)),
    Read("staff list", Permission.MANAGE_STAFF, lambda s, a, b: staff_list.staff_rows(s)),
    Read("who can sign in", None, lambda s, a, b: staff.staff_who_can_sign_in(s)),
    Read("attendants", None, lambda s, a, b: staff.attendants(s)),
    Read("spaces", None, lambda s, a, b: seating.spaces_now(s)),
    Read("occupancy", None, lambda s, a, b: lounge_status.occupancy(s)),
    Read("access rules", None, lambda s, a, b: access_rules.rules(s)),
    Read("settings", None, lambda s, a, b: lounge_settings.lounge_settings(s)),
    Read("clock", None, lambda s, a, b: clock_mark.clock_state(s)),
    Read("command-line runs", Permission.VIEW_REPORTS,
         lambda s, a, b: command_runs.command_runs(s)),
    Read("guest report", Permission.VIEW_REPORTS,
         lambda s, a, b: reports.guest_report(s, _today(s))),
    Read("complaint report", Permission.VIEW_REPORTS,
         lambda s, a, b: reports.complaint_report(s, _today(s))),
    Read("welcome cards", Permission.CHECK_IN,
         lambda s, a, b: [welcome_cards.welcome_card_data(s, v) for v in a.visits[1:2]]),
)


def readable(read: Read, role: Role) -> bool:
    return read.permission is None or allows(role, read.permission)


def texts(value: Any, depth: int = 0) -> Iterator[str]:
    """Every string in what a service handed back: its records' fields, lists, mappings."""
    if depth > 12 or value is None:
        return
    if isinstance(value, str):
        yield value
    elif isinstance(value, (bytes, bool, int, float, Decimal, dt.date, dt.time,
                            dt.timedelta, enum.Enum)):
        return
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from texts(getattr(value, item.name), depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from texts(key, depth + 1)
            yield from texts(item, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            yield from texts(item, depth + 1)
    else:
        yield repr(value)  # an unknown kind: its repr, so a leak in it is still seen
