"""At lounge A a row of lounge B named by its id (a stale screen, a forged click) is neither
shown nor changed: every read and action taking an id answers as if the row were not there,
and B's rows are as they were. A new read or action taking an id is one more line here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from playhouse.shortcuts import model_to_dict

from tests.scoping.reads import texts
from tests.scoping.two_lounges import LoungeCast, leaks
from vipdesk.domain.complaints import FeedbackInput, PraiseInput, Promise
from vipdesk.domain.vocabulary import (
    Category,
    Department,
    FeedbackKind,
    Role,
    SpaceState,
    WaitReason,
)
from vipdesk.services import (
    access_rules,
    board,
    checkin,
    complaints,
    departures,
    shifts,
    staff,
    waiting,
    welcome_cards,
)
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import (
    ALL_MODELS,
    AccessRule,
    AuditEvent,
    ClockMark,
    Flight,
    Space,
    Visit,
    WaitingEntry,
    WorkOrder,
)


@dataclass(frozen=True)
class Ids:
    """B's rows an A desk is asked about (``here``: A's own, which an action may name with
    one of B's)."""

    here: LoungeCast
    cast: LoungeCast
    space: int
    flight: int
    wait: int
    work_order: int
    rule: int

    @classmethod
    def of(cls, a: LoungeCast, b: LoungeCast) -> Ids:
        wait = (WaitingEntry.select(WaitingEntry.id).join(Visit)
                .where((Visit.lounge == b.lounge_id) & WaitingEntry.ended_at.is_null()).get())
        order = (WorkOrder.select(WorkOrder.id)
                 .where(WorkOrder.complaint.in_(b.complaints)).get())
        return cls(a, b, Space.get(Space.lounge == b.lounge_id).id,
                   Flight.get(Flight.lounge == b.lounge_id).id, wait.id, order.id,
                   AccessRule.get(AccessRule.lounge == b.lounge_id).id)


ById = Callable[[Session, Ids], Any]
WAITING, SEATED, GONE = 0, 1, 2

BY_ID: dict[str, ById] = {
    "complaint details": lambda s, b: complaints.get_feedback(s, b.cast.complaints[0]),
    "complaint history": lambda s, b: complaints.complaint_history(s, b.cast.complaints[0]),
    "open at check-out": lambda s, b: complaints.open_for_check_out(s, b.cast.visits[SEATED]),
    "visit": lambda s, b: checkin.find_visit(s, b.cast.visits[SEATED]),
    "guest in lounge": lambda s, b: checkin.guest_in_lounge(s, b.cast.visits[SEATED]),
    "welcome card": lambda s, b: welcome_cards.welcome_card_data(s, b.cast.visits[SEATED]),
    "handover": lambda s, b: shifts.handover(s, b.cast.shifts[0]),
    "diary": lambda s, b: shifts.diary(s, b.cast.shifts[0]),
    "acknowledge handover": lambda s, b: shifts.acknowledge_handover(s, b.cast.shifts[0]),
    "seat": lambda s, b: checkin.seat_waiting(s, b.cast.visits[WAITING]),
    "check out": lambda s, b: checkin.check_out(s, b.cast.visits[SEATED]),
    "move party": lambda s, b: board.move_party(s, b.cast.visits[SEATED], b.space),
    "hand over": lambda s, b: board.hand_over(s, b.cast.visits[SEATED], b.cast.attendant.id),
    "space state": lambda s, b: board.set_space_state(s, b.space, SpaceState.PREPARING),
    "boarding told": lambda s, b: departures.mark_informed(s, b.cast.visits[SEATED]),
    "delete flight": lambda s, b: departures.delete_flight(s, b.flight),
    "put on waiting list": lambda s, b: waiting.put_on_waiting_list(
        s, b.cast.visits[SEATED], WaitReason.DESK_QUEUE),
    "acknowledge alert": lambda s, b: waiting.acknowledge_alert(s, b.wait, "seat"),
    "escalation note": lambda s, b: waiting.add_escalation_note(s, b.wait, "note"),
    "end wait": lambda s, b: waiting.end_wait(s, b.wait),
    "assign": lambda s, b: complaints.assign(s, b.cast.complaints[0], Department.IT),
    "complaint note": lambda s, b: complaints.add_note(s, b.cast.complaints[0], "note"),
    "escalate": lambda s, b: complaints.escalate(s, b.cast.complaints[0], "why"),
    "work order": lambda s, b: complaints.add_work_order(s, b.cast.complaints[0],
                                                         Department.IT, "fix"),
    "work order done": lambda s, b: complaints.complete_work_order(s, b.work_order),
    "keep promise": lambda s, b: complaints.keep_promise(s, b.cast.complaints[0]),
    "deactivate": lambda s, b: staff.deactivate(s, b.cast.desk.id),
    "rename": lambda s, b: staff.rename(s, b.cast.desk.id, "Renamed"),
    "change role": lambda s, b: staff.change_role(s, b.cast.desk.id, Role.ATTENDANT),
    "clear lockout": lambda s, b: staff.clear_lockout(s, b.cast.desk.id),
    "rule off": lambda s, b: access_rules.set_rule_active(s, b.rule, False),
    "delete rule": lambda s, b: access_rules.delete_rule(s, b.rule),
    # A's own rows, with one of B's named in them
    "feedback on B's visit": lambda s, b: complaints.log_feedback(s, FeedbackInput(
        kind=FeedbackKind.REQUEST, category=Category.OTHER, guest_words="words",
        visit_id=b.cast.visits[SEATED])),
    "praise of B's attendant": lambda s, b: complaints.log_praise(s, PraiseInput(
        guest_words="words", staff_id=b.cast.attendant.id)),
    "promise kept by B's manager": lambda s, b: complaints.make_promise(
        s, b.here.complaints[1], Promise(s.clock.now() + dt.timedelta(hours=1),
                                         b.cast.manager.id, "call")),
    "owner from B": lambda s, b: complaints.assign(s, b.here.complaints[1], Department.IT,
                                                   b.cast.manager.id),
    "seat in B's space": lambda s, b: checkin.seat_waiting(s, b.here.visits[WAITING],
                                                           space_id=b.space),
    "move to B's space": lambda s, b: board.move_party(s, b.here.visits[SEATED], b.space),
    "hand to B's attendant": lambda s, b: board.hand_over(s, b.here.visits[SEATED],
                                                          b.cast.attendant.id),
    "sign in as B's staff": lambda s, b: staff.sign_in(s, b.cast.desk.id, b.cast.desk.pin),
}


def rows_of(lounge_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row of the database but the audit trail and the clock mark (A's actions write
    them), to tell that nothing of B changed."""
    return {model.__name__: [model_to_dict(row, recurse=False)
                             for row in model.select().order_by(model.id)]
            for model in ALL_MODELS if model not in (AuditEvent, ClockMark)}


def test_a_row_of_b_named_at_a_is_not_there(session: Session,
                                            lounges: tuple[LoungeCast, LoungeCast]) -> None:
    """Each read and action in turn is refused or finds nothing (one database built for all:
    each refused action leaves nothing behind, and B's rows are compared after each)."""
    a, b = lounges
    ids = Ids.of(a, b)
    assert a.admin.pin is not None and staff.sign_in(session, a.admin.id, a.admin.pin).ok
    before = rows_of(b.lounge_id)
    wrong: dict[str, str] = {}
    for name, named in BY_ID.items():  # signing in as B's staff last: it signs A's out
        try:
            answer = named(session, ids)
        except ServiceError:
            answer = None
        after = rows_of(b.lounge_id)
        problems = [f"shows {shown}" for shown in [leaks(texts(answer))] if shown]
        problems += ["B's member of staff signed in at A"] if getattr(answer, "ok", False) else []
        problems += ["changed B's rows"] if after != before else []
        problems += [f"answered {answer!r:.80}"] if answer and not problems else []
        if problems:
            wrong[name], before = "; ".join(problems), after
    assert wrong == {}
