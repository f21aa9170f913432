"""The domain's messages reach the agent in the desk's language, with their values in place.

A refused boarding pass (naming the field at fault), an ineligible guest's reason and a
departures-file problem are :class:`~vipdesk.domain.message.Message` values: English for
the log and the command line (``str()``), Chinese or Danish on screen once the desk speaks
it (``vipdesk.gui.language.in_language``; a refusal through ``gui.messages.in_words``).
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication

from vipdesk.domain.bcbp import BoardingPassError, parse
from vipdesk.domain.departures_csv import DepartureProblems, read_departure, read_departures_csv
from vipdesk.domain.eligibility import Allowance, PassDetails, Rule, allowance_message, decide
from vipdesk.domain.permissions import Permission, refusal
from vipdesk.domain.vocabulary import Entitlement, Role
from vipdesk.gui.language import in_language, use_language
from vipdesk.gui.messages import in_words

PASS = "M1DESMARAIS/LUC       EABC123 YULFRAAC 0834 226F001A0025 100"
BAD_FLIGHT = PASS.replace("0834 ", "08X4 ")  # the flight number of leg 1 is wrong
SCAN_DAY = dt.date(2026, 8, 14)
DAY = dt.date(2026, 11, 23)
ZONE = "Europe/Copenhagen"


@pytest.fixture(autouse=True)
def _app(qapp: QApplication) -> None:
    """use_language needs the application to install its translators in."""


def _refused_pass(raw: str) -> BoardingPassError:
    with pytest.raises(BoardingPassError) as caught:
        parse(raw, scan_date=SCAN_DAY)
    return caught.value


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "这不是登机牌：第 1 航段的航班号不是有效的航班号（读到 '08X4 '）。"),
    ("da", "Dette er ikke et boardingkort: flynummeret på strækning 1 er ikke et flynummer "
           "(læst: '08X4 ')."),
])
def test_a_refused_pass_names_the_field_in_the_desks_language(language: str, words: str) -> None:
    error = _refused_pass(BAD_FLIGHT)
    english = ("This is not a boarding pass: the flight number of leg 1 is not a flight "
               "number (got '08X4 ').")
    assert str(error) == english and error.field == "leg 1 flight number"

    use_language(language)

    assert in_language(error.message) == words
    assert in_words(error) == words, "the screen's one way to word an error"
    assert str(error) == english, "the log stays English"


@pytest.mark.parametrize(("raw", "language", "words"), [
    (PASS[:40], "zh_CN", "只有 40 个字符，而登机牌至少有 60 个"),
    (PASS[:40], "da", "det har 40 tegn, og et boardingkort har mindst 60"),
    (PASS + "\n" + PASS, "zh_CN", "文字中有换行（第 61 位）"),
    (PASS + "\n" + PASS, "da", "teksten har et linjeskift (position 61)"),
    ("m" + PASS[1:], "da", "(læst: 'm'). Er Caps Lock slået til?"),
])
def test_every_kind_of_refused_pass_is_translated(raw: str, language: str, words: str) -> None:
    error = _refused_pass(raw)
    use_language(language)
    assert words in in_words(error)


ECONOMY = PassDetails(surname="Chen", origin="CPH", carrier="SK", flight_number="995",
                      flight_date=DAY, compartment="Y", frequent_flyer_airline="LH")
GOLD_ONLY = [Rule("Gold", Entitlement.FREQUENT_FLYER, frequent_flyer_tier="GOLD")]


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "SK 995 航班经济舱，LH 常旅客（常旅客等级未知）：没有准入规则允许此宾客入室。"
              "请提供付费入室，或请值班经理特批。"),
    ("da", "Økonomiklasse på SK 995, LH-bonusmedlem (bonusniveau ukendt): ingen adgangsregel "
           "giver gæsten adgang. Tilbyd betalt adgang, eller spørg en vagthavende leder."),
])
def test_an_ineligible_guests_reason_is_said_in_the_desks_language(
        language: str, words: str) -> None:
    decision = decide(GOLD_ONLY, ECONOMY)
    assert not decision.eligible
    assert str(decision.reason) == (
        "Economy class on SK 995, LH frequent flyer (no tier known): no access rule admits "
        "this guest. Offer paid entry or ask a duty manager.")

    use_language(language)

    assert in_language(decision.reason) == words


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "SK 995 航班商务舱：按准入规则“Business”准予入室。"),
    ("da", "Businessklasse på SK 995: får adgang efter adgangsreglen “Business”."),
])
def test_an_admitted_guests_reason_names_the_rule_in_the_desks_language(
        language: str, words: str) -> None:
    business = [Rule("Business", Entitlement.CABIN, airline="SK")]
    decision = decide(business, PassDetails(surname="Chen", origin="CPH", carrier="SK",
                                            flight_number="995", flight_date=DAY,
                                            compartment="J"))
    use_language(language)
    assert in_language(decision.reason) == words


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "此入室资格可免费带 2 名随行人员，另可带 3 名，每人 45：最多 5 名，而不是 6 名。"),
    ("da", "Denne adgang giver 2 ledsagere gratis adgang og 3 mere til 45 pr. person: "
           "højst 5, ikke 6."),
])
def test_a_party_too_large_is_told_in_the_desks_language(language: str, words: str) -> None:
    from decimal import Decimal
    message = allowance_message(Allowance(2, 3, Decimal(45)), 6)
    use_language(language)
    assert in_language(message).startswith(words)


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "第 2 行：航班 “XX” 不是 SK 1234 这样的航班号。"),
    ("da", "Linje 2: Flyet “XX” er ikke et fly som SK 1234."),
])
def test_a_departures_file_problem_is_said_in_the_desks_language(
        language: str, words: str) -> None:
    found = read_departures_csv("Flight,Departure\nXX,09:35\n", DAY, ZONE)
    problem = found.problems[0]
    assert str(problem) == "Line 2: The flight “XX” is not a flight like SK 1234."

    use_language(language)

    assert in_language(problem.as_message) == words


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "缺少起飞时间。登机口 “!!” 不是 A12 或 C 26 这样的登机口。"),
    ("da", "Der mangler afgangstid. Gaten “!!” er ikke en gate som A12 eller C 26."),
])
def test_a_hand_typed_flights_problems_are_said_in_the_desks_language(
        language: str, words: str) -> None:
    with pytest.raises(DepartureProblems) as caught:
        read_departure(DAY, ZONE, flight="SK 1", departure="", gate="!!")
    assert str(caught.value) == ("The departure time is missing. "
                                 "The gate “!!” is not a gate like A12 or C 26.")
    assert caught.value.problems["departure"] == "The departure time is missing."

    use_language(language)

    assert in_words(caught.value) == words


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "Dina Desk（前台接待员）无权查看报表；请找值班经理或管理员。"),
    ("da", "Dina Desk (receptionist) må ikke se rapporter; spørg en vagthavende leder "
           "eller en administrator."),
])
def test_a_permission_refusal_is_said_in_the_desks_language(language: str, words: str) -> None:
    said = refusal("Dina Desk", Role.FRONT_DESK, Permission.VIEW_REPORTS)
    use_language(language)
    assert in_language(said) == words


@pytest.mark.parametrize(("language", "pin_words", "step_words"), [
    ("zh_CN", "值班经理的 PIN 码至少需要 6 位数字。", "此事项状态为“新建”。请先分派给相关部门。"),
    ("da", "En vagthavende leders pinkode skal have mindst 6 cifre.",
     "Sagen er ny. Tildel den først til en afdeling."),
])
def test_pin_and_complaint_refusals_are_said_in_the_desks_language(
        language: str, pin_words: str, step_words: str) -> None:
    from vipdesk.domain.complaints import Step, step_problem
    from vipdesk.domain.pin import pin_problem
    from vipdesk.domain.vocabulary import ComplaintStatus
    pin = pin_problem("4826", Role.DUTY_MANAGER)
    step = step_problem(Step.STARTED, ComplaintStatus.NEW)
    assert pin is not None and step is not None
    assert str(pin) == "A duty manager's PIN needs at least 6 digits."
    assert str(step) == "This item is new. Assign it to a department first."

    use_language(language)

    assert (in_language(pin), in_language(step)) == (pin_words, step_words)


@pytest.mark.parametrize(("language", "surname", "seat"), [
    ("zh_CN", "请输入姓。", "座位号由排号和字母组成，例如 12A。"),
    ("da", "Indtast efternavn.", "Et sæde er en række og et bogstav, fx 12A."),
])
def test_a_hand_typed_pass_says_its_problems_in_the_desks_language(
        language: str, surname: str, seat: str) -> None:
    from vipdesk.domain.eligibility import pass_details_problems, validate_pass_details
    details = PassDetails(surname=" ", origin="CPH", carrier="SK", flight_number="995",
                          flight_date=DAY, seat="A12")
    assert validate_pass_details(details) == {
        "surname": "Please enter the surname.", "seat": "A seat is a row and a letter, like 12A."}

    use_language(language)

    problems = pass_details_problems(details)
    assert (in_language(problems["surname"]), in_language(problems["seat"])) == (surname, seat)


@pytest.mark.parametrize(("language", "words"), [
    ("zh_CN", "未导入任何内容。第 2 行：航班 “XX” 不是 SK 1234 这样的航班号。"
              "第 3 行：缺少起飞时间。另有 4 个问题。"),
    ("da", "Intet blev importeret. Linje 2: Flyet “XX” er ikke et fly som SK 1234. "
           "Linje 3: Der mangler afgangstid. Og 4 mere."),
])
def test_a_refused_departures_file_is_said_in_the_desks_language(
        language: str, words: str) -> None:
    from vipdesk.domain.departures_csv import rejected_file
    found = read_departures_csv("Flight,Departure\nXX,09:35\nSK 2,\n", DAY, ZONE)
    said = rejected_file(found.problems, 4)
    assert str(said) == ("Nothing was imported. Line 2: The flight “XX” is not a flight like "
                         "SK 1234.; Line 3: The departure time is missing.; and 4 more.")

    use_language(language)

    assert in_language(said) == words
