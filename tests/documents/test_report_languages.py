"""Reports and the handover PDF in Chinese and Danish (issue 13), read back with pypdf.

Each document is built with the translator the desk loads (``resources/translations``),
as the Reports screen, the handover print and ``report --language`` build it: its
headings and labels are in the language, no English heading is left, the figures are
the same as in English (Danish writes 1.234 where English writes 1,234), dates are
the language's and times 24-hour. A Chinese document prints its own words in the CJK
face, headings included.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

from tests.documents import report_lounge_fixtures
from tests.documents.test_handover_pdf import sample
from tests.operator_fixtures import second_lounge
from tests.report_fixtures import Cast, busy_day, make_cast, pdf_pages, reader, visits_on
from vipdesk.clock import FakeClock
from vipdesk.documents import language
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.documents.handover_data import HandoverData
from vipdesk.documents.handover_pdf import render_handover_pdf
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.operator_report import operator_report_pdf
from vipdesk.gui.print_language import document_language
from vipdesk.services.operator_report import build_operator_report
from vipdesk.services.reports import build_complaint_report, build_guest_report
from vipdesk.storage.models import Lounge

shared = report_lounge_fixtures.shared
lounge = report_lounge_fixtures.lounge
cast = report_lounge_fixtures.cast

DAY = dt.date(2026, 11, 2)  # a Monday
UTC = dt.UTC

GUEST_HEADINGS = {
    "en": ["Daily guest report", "Who came", "Occupancy by hour", "Stays and waits",
           "Exceptions granted by duty managers", "Satisfaction", "Every visit"],
    "zh_CN": ["每日宾客报表", "到访宾客", "每小时在场人数", "停留与等候", "值班经理特批", "满意度",
              "全部到访"],
    "da": ["Daglig gæsterapport", "Hvem kom", "Belægning time for time", "Ophold og ventetider",
           "Undtagelser godkendt af vagthavende ledere", "Tilfredshed", "Alle besøg"],
}
COMPLAINT_HEADINGS = {
    "en": ["Daily complaint report", "The day in figures", "Resolution and compensation",
           "Promises kept late, not kept or still open", "Complaints, requests and suggestions",
           "In the guest's words"],
    "zh_CN": ["每日投诉报表", "当天数据", "解决与补偿", "逾期兑现、未兑现或仍未完成的跟进承诺",
              "投诉、请求与建议", "宾客原话"],
    "da": ["Daglig klagerapport", "Dagen i tal", "Løsning og kompensation",
           "Løfter holdt for sent, ikke holdt eller stadig åbne", "Klager, ønsker og forslag",
           "Med gæstens egne ord"],
}
OPERATOR_HEADINGS = {
    "en": ["Operator report", "All lounges", "Visits and waits", "Feedback by category",
           "Time zone"],
    "zh_CN": ["运营商报表", "全部贵宾室", "到访与等候", "按类别统计的反馈", "时区"],
    "da": ["Operatørrapport", "Alle lounger", "Besøg og ventetider", "Feedback efter kategori",
           "Tidszone"],
}
HANDOVER_HEADINGS = {
    "en": ["Shift handover", "Promises and open items", "Pending work orders", "Guests waiting",
           "Guests in the lounge", "Diary", "Read and acknowledged by"],
    "zh_CN": ["交接班", "跟进承诺与未结事项", "待处理工单", "等候中的宾客", "贵宾室内的宾客",
              "工作日志", "阅读并确认人"],
    "da": ["Vagtoverdragelse", "Løfter og åbne sager", "Ventende arbejdsordrer",
           "Gæster der venter", "Gæster i loungen", "Dagbog", "Læst og kvitteret af"],
}
PAGE_ONE = {"en": "Page 1 of", "zh_CN": "第 1 页，共", "da": "Side 1 af"}
LANGUAGES = ("zh_CN", "da")


def folded(text: str) -> str:
    """As ``pdf_pages`` reads text back: NFKC (full-width "，：" become ",:")."""
    return unicodedata.normalize("NFKC", text)


def in_language(code: str) -> DocumentLanguage:
    words = document_language(code)
    assert words.code == code, f"no compiled translation for {code}"
    return words


def number(value: int, code: str) -> str:
    return f"{value:,}".replace(",", ".") if code == "da" else f"{value:,}"


def fonts_used(pdf: bytes) -> set[str]:
    """The base names of the fonts every page draws with ("VipDesk-CJK", ...)."""
    names = set()
    for page in PdfReader(io.BytesIO(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            names.add(str(font.get_object()["/BaseFont"]).lstrip("/").split("+")[-1])
    return names


def assert_in_language(pdf: bytes, headings: dict[str, list[str]], code: str) -> str:
    pages = pdf_pages(pdf)
    whole = " ".join(pages)
    for heading in headings[code]:
        assert folded(heading) in whole, heading
    for english in headings["en"]:
        assert english not in whole, english
    assert pages[0].count(folded(PAGE_ONE[code])) == 1
    assert PAGE_ONE["en"] not in whole
    if code == "zh_CN":
        used = fonts_used(pdf)  # every word in the CJK face (Arabic or Hebrew names aside)
        assert any(name.startswith("WenQuanYi") for name in used), used
        assert not any(name.startswith(("NotoSans-", "NotoSerif-")) for name in used), used
    return whole


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_daily_guest_report_in_chinese_and_danish(lounge: Lounge, cast: Cast,
                                                      clock: FakeClock, code: str) -> None:
    day = DAY if code == "zh_CN" else DAY + dt.timedelta(days=7)
    busy_day(lounge, day, cast, visits=40)
    data = report_lounge_fixtures.printed_next_morning(build_guest_report, lounge, clock, day)
    english = pdf_pages(guest_report_pdf(data))
    whole = assert_in_language(guest_report_pdf(data, in_language=in_language(code)),
                               GUEST_HEADINGS, code)
    visits = visits_on(lounge, day)
    guests = sum(v.party_size for v in visits)
    # The same figures: guests and parties, in the language's words.
    assert f"{guests:,} guests (everyone in each party)" in english[0]
    if code == "zh_CN":
        assert folded(f"{guests} 宾客（含同行人员）") in whole
        assert folded(f"{len(visits)} 组（登记入室的到访）") in whole
        assert folded("2026年11月2日 星期一") in whole
        assert folded("打印人：Mads Manager") in whole
    else:
        assert f"{number(guests, code)} gæster (alle i hvert selskab)" in whole
        assert f"{len(visits)} selskaber (indtjekkede besøg)" in whole
        assert "mandag 9. november 2026" in whole
        assert "Udskrevet af Mads Manager" in whole
        assert "100 %" in whole and "100%" not in whole  # Danish shares: "12 %"
    # Every visit's arrival time is printed, 24-hour, as in English.
    times = sorted(set(re.findall(r"\b\d\d:\d\d\b", " ".join(english))))
    assert times and all(time in whole for time in times)
    assert not re.search(r"\b(AM|PM)\b", whole)


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_daily_complaint_report_in_chinese_and_danish(lounge: Lounge, cast: Cast,
                                                          clock: FakeClock, code: str) -> None:
    day = DAY + dt.timedelta(days=14 if code == "zh_CN" else 21)
    busy_day(lounge, day, cast, visits=20, complaints=12)
    data = report_lounge_fixtures.printed_next_morning(build_complaint_report, lounge, clock, day)
    whole = assert_in_language(complaint_report_pdf(data, in_language=in_language(code)),
                               COMPLAINT_HEADINGS, code)
    items = len(data.entries)
    if code == "zh_CN":
        assert folded(f"{items} 反馈总数") in whole
        assert folded("宾客：") in whole and folded("部门：") in whole
    else:
        assert f"{items} feedback i alt" in whole
        assert "Gæst:" in whole and "Afdeling:" in whole
    for entry in data.entries:  # the guest's own words stay as they were said
        assert entry.guest_words.split()[0] in whole


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_operator_report_in_chinese_and_danish(lounge: Lounge, clock: FakeClock,
                                                   code: str) -> None:
    first = dt.date(2026, 12, 7) if code == "zh_CN" else dt.date(2026, 12, 14)
    gulf, gulf_cast, _ = second_lounge(clock.now()) if code == "zh_CN" else (None, None, None)
    busy_day(lounge, first, make_cast(lounge, clock.now()), visits=15, complaints=4)
    if gulf is not None and gulf_cast is not None:
        busy_day(gulf, first, gulf_cast, visits=10, complaints=3)
    clock.set(dt.datetime.combine(first + dt.timedelta(days=2), dt.time(7), tzinfo=UTC))
    data = build_operator_report(reader(lounge, clock), first, first)
    whole = assert_in_language(operator_report_pdf(data, in_language=in_language(code)),
                               OPERATOR_HEADINGS, code)
    visits = data.total.visits
    assert (f"{visits} 到访" if code == "zh_CN" else f"{number(visits, code)} besøg") in whole
    for row in data.lounges:
        assert row.timezone in whole


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_handover_in_chinese_and_danish(code: str) -> None:
    pdf = render_handover_pdf(HandoverData.read(sample()), invariant=True,
                              in_language=in_language(code))
    whole = assert_in_language(pdf, HANDOVER_HEADINGS, code)
    # Names, words and codes as they were typed; times in the lounge's 24 hours.
    for kept in ("Ms Chen Li", "陈丽", "SK995", "Brew a fresh pot for table 4", "Dina Desk"):
        assert kept in whole, kept
    assert "15:40" in whole  # boards at 14:40 UTC, Copenhagen time
    if code == "zh_CN":
        assert "已上报" in whole and folded("已逾期的跟进承诺：") in whole
        assert folded("11月22日 22:00") in whole  # an item logged the day before, in Chinese
    else:
        assert "ESKALERET" in whole and "OVERSKREDET løfte:" in whole
        assert "22. nov. 22:00" in whole


def test_english_is_the_default_and_unchanged() -> None:
    pdf = render_handover_pdf(HandoverData.read(sample()), invariant=True)
    assert pdf == render_handover_pdf(HandoverData.read(sample()), invariant=True,
                                      in_language=language.ENGLISH)
    whole = " ".join(pdf_pages(pdf))
    for heading in HANDOVER_HEADINGS["en"]:
        assert heading in whole


def test_a_language_without_an_entry_falls_back_to_english_words() -> None:
    words = DocumentLanguage("da", lambda context, text, count=-1: "")
    assert words.tr("GuestReport", "Who came") == "Who came"
    assert words.date(dt.date(2026, 11, 23)) == "mandag 23. november 2026"
    assert DocumentLanguage("xx").code == "en"


@pytest.mark.parametrize(("code", "expected"), [
    ("en", ("Monday 23 November 2026", "23 Nov 2026 09:05", "1,234,567", "1,234.50")),
    ("zh_CN", ("2026年11月23日 星期一", "2026年11月23日 09:05", "1,234,567", "1,234.50")),
    ("da", ("mandag 23. november 2026", "23. nov. 2026 09:05", "1.234.567", "1.234,50")),
])
def test_dates_times_and_numbers_in_the_language(code: str,
                                                 expected: tuple[str, str, str, str]) -> None:
    words = DocumentLanguage(code)
    from decimal import Decimal
    assert (words.date(dt.date(2026, 11, 23)),
            words.moment(dt.datetime(2026, 11, 23, 9, 5)),
            words.number(1_234_567), words.number(Decimal("1234.5"), 2)) == expected
