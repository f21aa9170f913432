"""The welcome card's details come from the visit: name, space, attendant, Wi-Fi, flight."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A5

from vipdesk.domain.eligibility import PassDetails
from vipdesk.services import checkin
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import Session
from vipdesk.services.welcome_cards import welcome_card_data, welcome_card_pdf
from vipdesk.storage.models import Lounge, Staff


def business_pass(surname: str, given: str, title: str = "MS") -> PassDetails:
    return PassDetails(surname=surname, given_names=given, title=title, origin="CPH",
                       destination="LHR", carrier="SK", flight_number="0501",
                       flight_date=dt.date(2026, 11, 23), compartment="C", seat="003A",
                       sequence="0031")


def test_card_data_for_a_checked_in_guest(desk_session: Session, team: dict[str, Staff]) -> None:
    Lounge.update(wifi_network="Aurora-Guest", wifi_password="northern-lights").execute()
    visit = checkin.check_in(desk_session, CheckIn(business_pass("NIELSEN", "FREJA"),
                             attendant_id=team["attendant"].id))
    card = welcome_card_data(desk_session, visit.id, "da")
    assert card.form_of_address == "fru Nielsen"  # "Kære fru Nielsen" (issue 13)
    assert (card.language, card.space_name, card.attendant_name) == ("da", "Lobby", "Ali Attendant")
    assert (card.wifi_network, card.wifi_password) == ("Aurora-Guest", "northern-lights")
    assert card.flight is not None and card.flight.startswith("SK") and "LHR" in card.flight


def test_a_chinese_card_keeps_a_danish_guest_s_name_order(desk_session: Session,
                                                         team: dict[str, Staff]) -> None:
    visit = checkin.check_in(desk_session, CheckIn(business_pass("NIELSEN", "FREJA")))
    # Her own order, the title after it in Chinese, no English "Ms" (issue 13).
    assert welcome_card_data(desk_session, visit.id, "zh").form_of_address == "Freja Nielsen 女士"


def test_a_chinese_card_greets_a_chinese_guest_family_name_first(
        desk_session: Session, team: dict[str, Staff]) -> None:
    """Today's "尊敬的 Mr Wang Xiaoming" becomes the Chinese form of address."""
    from vipdesk.documents.greetings import card_texts
    from vipdesk.storage.models import Guest, Visit
    visit = checkin.check_in(desk_session, CheckIn(business_pass("WANG", "XIAOMING", "MR")))
    guest = Visit.get_by_id(visit.id).guest
    Guest.update(language="zh").where(Guest.id == guest.id).execute()
    latin = welcome_card_data(desk_session, visit.id, "zh").form_of_address
    assert latin == "Wang Xiaoming 先生"
    assert card_texts("zh").greet(latin) == "尊敬的 Wang Xiaoming 先生，欢迎光临"
    Guest.update(surname="王", given_names="晓明").where(Guest.id == guest.id).execute()
    chinese = welcome_card_data(desk_session, visit.id, "zh").form_of_address
    assert card_texts("zh").greet(chinese) == "尊敬的王晓明先生，欢迎光临"
    assert welcome_card_data(desk_session, visit.id, "en").form_of_address == "Mr 王晓明"


def test_a_danish_card_says_hr_before_the_surname(desk_session: Session,
                                                   team: dict[str, Staff]) -> None:
    from vipdesk.documents.greetings import card_texts
    visit = checkin.check_in(desk_session, CheckIn(business_pass("HANSEN", "LARS", "MR")))
    name = welcome_card_data(desk_session, visit.id, "da").form_of_address
    assert card_texts("da").greet(name) == "Kære hr. Hansen"


def test_the_card_prints_on_the_desk_s_paper(desk_session: Session,
                                             team: dict[str, Staff]) -> None:
    visit = checkin.check_in(desk_session, CheckIn(business_pass("NIELSEN", "FREJA"),
                                                   attendant_id=team["attendant"].id))
    page = PdfReader(io.BytesIO(welcome_card_pdf(desk_session, visit.id, "en", "A5"))).pages[0]
    assert "Ms Freja Nielsen" in page.extract_text()
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (
        round(A5[0]), round(A5[1]))
    with pytest.raises(ValueError, match="page size"):
        welcome_card_pdf(desk_session, visit.id, "en", "B5")
