"""A guest's welcome card, read from their visit.

The one place that turns a visit into a card: the screens ask here for the PDF and never
call the document builder themselves (:mod:`vipdesk.documents.welcome_card` prints
whatever plain data it is given).
"""

from __future__ import annotations

from vipdesk.documents.welcome_card import DEFAULT_PAGE_SIZE, WelcomeCardData, render_welcome_card
from vipdesk.domain import lounge_time
from vipdesk.domain.flights import flight_label
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.names import address_in
from vipdesk.domain.permissions import Permission
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import Flight, Visit


def welcome_card_pdf(session: Session, visit_id: int, language: str | None = None,
                     page_size: str = DEFAULT_PAGE_SIZE) -> bytes:
    """The card for ``visit_id`` as PDF bytes on ``page_size`` paper ("A6", "A5"...)."""
    return render_welcome_card(welcome_card_data(session, visit_id, language),
                               page_size=page_size)


def welcome_card_data(session: Session, visit_id: int,
                      language: str | None = None) -> WelcomeCardData:
    """The card for ``visit_id``, greeting in ``language`` (else the guest's own).
    Refused with nobody signed in or a locked desk: it names the guest."""
    session.require(Permission.CHECK_IN)
    visit = Visit.get_or_none((Visit.id == visit_id) & (Visit.lounge == session.lounge_id))
    if visit is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This visit is not in this lounge.")))
    lounge, guest = visit.lounge, visit.guest
    speaks = language or guest.language or "en"
    flight = visit.flight or (Flight.get_or_none(
        (Flight.lounge == lounge.id) & (Flight.carrier == visit.carrier)
        & (Flight.flight_number == visit.flight_number) & (Flight.flight_date == visit.flight_date))
        if visit.carrier else None)
    flight_text = None
    if visit.carrier:
        flight_text = flight_label(visit.carrier, visit.flight_number)
        if visit.destination:
            flight_text += f" → {visit.destination}"
    boards_at = flight.boards_at if flight is not None else None
    return WelcomeCardData(
        lounge_name=lounge.name,
        # Name order follows the guest's own language; the title and where it goes, the
        # card's ("王晓明先生", "hr. Hansen", "Ms Chen Li").
        form_of_address=address_in(speaks, guest.title, guest.given_names, guest.surname,
                                   guest.language),
        language=speaks,
        space_name=visit.space.name if visit.space else "",
        attendant_name=visit.attendant.name if visit.attendant else None,
        wifi_network=lounge.wifi_network, wifi_password=lounge.wifi_password,
        flight=flight_text,
        boarding_time=lounge_time.clock_text(boards_at, lounge.timezone) if boards_at else None,
        gate=(flight.gate or None) if flight is not None else None,
    )
