"""From a parsed boarding pass to the neutral details check-in works with.

The one place that knows both the parser's result and :class:`PassDetails`, so
the check-in service does not depend on how a pass is read. What is left
behind on purpose: the raw barcode text and the booking reference (PNR), which
VIP Desk never stores.
"""

from __future__ import annotations

from vipdesk.domain.bcbp import BoardingPass
from vipdesk.domain.eligibility import PassDetails


def _text(value: str | None) -> str:
    """A fixed-width field without its padding; '' when the pass does not carry it."""
    return (value or "").strip(" ")


def pass_details_from_boarding_pass(bp: BoardingPass, leg_index: int = 0) -> PassDetails:
    """The details of one flight (leg) of a pass, as the desk checks a guest in on it."""
    leg = bp.legs[leg_index]
    return PassDetails(
        surname=_text(bp.surname),
        given_names=_text(bp.given_names),
        title=_text(bp.title),
        origin=_text(leg.from_airport),
        destination=_text(leg.to_airport),
        carrier=_text(leg.carrier),
        flight_number=_text(leg.flight_number),
        flight_date=leg.flight_date,
        compartment=_text(leg.compartment),
        seat=_text(leg.seat),
        sequence=_text(leg.sequence),
        frequent_flyer_airline=_text(leg.frequent_flyer_airline),
        frequent_flyer_number=_text(leg.frequent_flyer_number),
        warnings=tuple(bp.warnings),
    )


def leg_index_from(bp: BoardingPass, airport: str) -> int:
    """The first leg departing from ``airport`` (a connecting pass); 0 when none does."""
    for index, leg in enumerate(bp.legs):
        if _text(leg.from_airport).upper() == airport.upper():
            return index
    return 0
