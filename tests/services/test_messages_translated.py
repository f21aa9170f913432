"""Issue 13: a service's refusal reaches the screen in the desk's language, its values in place.

One refusal of each service, raised by the service where that is cheap (or built as the
service builds it), rendered with ``in_language`` after ``use_language``; its ``str()`` stays
English (the log, the command line)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QApplication

from tests.conftest import ADMIN_PIN
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.domain.seating import SpaceNow, SpaceProblem
from vipdesk.domain.vocabulary import SpaceKind, SpaceState
from vipdesk.gui.language import in_language, shown_date, use_language
from vipdesk.services import (
    access_rules,
    board,
    checkin,
    complaints,
    departures,
    operator_report,
    pin_key,
    reports,
    seating,
    setup,
    shifts,
    staff,
    waiting,
)
from vipdesk.services.actions import SavedBeforeTheConnectionWasLost
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Staff

Refusal = Callable[[Session], Message]


def refused(call: Callable[[], object]) -> Message:
    with pytest.raises(ServiceError) as error:
        call()
    return error.value.message


def _signed_in(session: Session, admin: Staff) -> Session:
    assert staff.sign_in(session, admin.id, ADMIN_PIN).ok
    return session


# name: (refusal, (Chinese parts, Danish parts)); a part "{date:...}" is that day as shown.
CASES: dict[str, tuple[Refusal, tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "session": (lambda s: refused(lambda: s.require(Permission.LOG_FEEDBACK)),
                (("请先登录。",), ("Log ind først.",))),
    "checkin": (lambda s: checkin.WrongAirport("LHR", "CPH").message,
                (("从LHR出发", "而不是CPH"), ("fly fra LHR, ikke fra CPH",))),
    "checkin elsewhere": (lambda s: checkin.PassUsedElsewhere(
        "Aurora Lounge", dt.datetime(2026, 12, 7, 8, 30, tzinfo=dt.UTC), True,
        Message(QT_TRANSLATE_NOOP("Messages", "{time} today"), {"time": dt.time(9, 30)})).message,
        (("今天 09:30", "Aurora Lounge", "宾客仍在那里"),
         ("i dag kl. 09:30", "i Aurora Lounge", "Gæsten er stadig tjekket ind der."))),
    "seating": (lambda s: seating.SpaceUnavailable(
        SpaceNow(7, "Box 2", SpaceKind.BOX, 4, SpaceState.FREE, 4, 1), 3,
        SpaceProblem.FULL).message,
        (("Box 2目前无法容纳一行 3 人：已满（已就座 4/4）",),
         ("Box 2 kan ikke tage et selskab på 3 nu: det er fuldt (4/4",))),
    "seating full": (lambda s: seating.LoungeFull(5, 2).message,
                     (("一行 5 人", "已有 2 位在等候"), ("selskab på 5", "(2 venter allerede)"))),
    "complaints": (lambda s: refused(lambda: complaints.start_work(s, 987)),
                   (("没有第 987 号反馈",), ("ingen feedback nr. 987",))),
    "board": (lambda s: refused(lambda: board.move_party(s, 987, 1)),
              (("没有该到访的记录",), ("Dette besøg er ikke registreret her.",))),
    "waiting": (lambda s: refused(lambda: waiting.end_wait(s, 987)),
                (("没有该等候记录",), ("Denne ventetid er ikke registreret her.",))),
    "departures": (lambda s: refused(lambda: departures.boarding_soon(s, 5000)),
                   (("0 到 1,440 之间",), ("fra 0 til 1.440",))),
    "shifts": (lambda s: refused(lambda: shifts.acknowledge_handover(s, 987)),
               (("该班次尚未结束",), ("Den vagt er ikke afsluttet",))),
    "staff": (lambda s: staff.sign_in(s, Staff.get(Staff.name == "Astrid Admin").id,
                                      "000000").words,
              (("PIN 码错误",), ("Forkert pinkode",))),
    "access rules": (lambda s: refused(lambda: access_rules.set_rule_active(s, 987, True)),
                     (("此准入规则已不存在",), ("Denne adgangsregel findes ikke længere",))),
    "setup": (lambda s: refused(lambda: setup.set_up_lounge(s, LoungePlan(
        name="Nordic Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Bo Admin", admin_pin="135792"))),
              (("已有名为 Nordic Lounge 的贵宾室",), ("en lounge, der hedder Nordic Lounge",))),
    "operator report": (lambda s: refused(lambda: operator_report.check_period(
        dt.date(2026, 12, 5), dt.date(2026, 12, 1))),
        (("结束日期（{date:2026-12-01}）早于开始日期（{date:2026-12-05}）",),
         ("Perioden slutter ({date:2026-12-01}), før den begynder ({date:2026-12-05})",))),
    "reports": (lambda s: refused(lambda: reports.lounge_day("Europe/Copenhagen", dt.date.max)),
                (("没有 9999-12-31 的报表",), ("ingen rapport for 9999-12-31",))),
    "pin key": (lambda s: refused(lambda: pin_key.administrator_named("Nobody")),
                (("没有名为“Nobody”的在职管理员", "管理员有：\"Astrid Admin\"。"),
                 ("Ingen aktiv administrator hedder \"Nobody\"", "\"Astrid Admin\""))),
    "actions": (lambda s: SavedBeforeTheConnectionWasLost().message,
                (("内容已保存（仅一次）",), ("Det blev gemt én gang",))),
}

SIGNED_IN = {"complaints", "board", "waiting", "departures", "shifts", "access rules", "setup"}


def _filled(part: str) -> str:
    """``{date:YYYY-MM-DD}`` as the language shows that day."""
    while "{date:" in part:
        start = part.index("{date:")
        end = part.index("}", start)
        day = dt.date.fromisoformat(part[start + 6:end])
        part = part[:start] + shown_date(day) + part[end + 1:]
    return part


@pytest.mark.parametrize("name", list(CASES))
def test_a_refusal_of_each_service_reads_in_chinese_and_danish(
        name: str, lounge_session: Session, admin: Staff, qapp: QApplication) -> None:
    session = _signed_in(lounge_session, admin) if name in SIGNED_IN else lounge_session
    make, (chinese, danish) = CASES[name]
    message = make(session)
    english = in_language(message)  # the desk starts in English (numbers grouped: "1,440")
    assert english and english.startswith(str(message)[:12])
    for code, parts in (("zh_CN", chinese), ("da", danish)):
        use_language(code)
        shown = in_language(message)
        assert shown != english, (code, shown)
        for part in parts:
            assert _filled(part) in shown, (code, shown)
        assert "{" not in shown and "%n" not in shown, shown
    use_language("en")
    assert in_language(message) == english


def test_problems_keyed_by_field_keep_english_and_render_translated(
        qapp: QApplication) -> None:
    rejected = departures.FlightRejected({"flight": Message(QT_TRANSLATE_NOOP(
        "Messages", "{flight} was just added at another desk."), {"flight": "SK 1415"})})
    assert rejected.problems == {"flight": "SK 1415 was just added at another desk."}
    assert str(rejected) == "SK 1415 was just added at another desk."
    use_language("da")
    assert in_language(rejected.messages["flight"]) == (
        "SK 1415 er lige blevet tilføjet ved en anden skranke.")
    use_language("zh_CN")
    assert in_language(rejected.message) == "SK 1415 刚刚已在另一前台添加。"
