"""A day's departures from the demo hub: the same timetable every day, like a real one.

Morning, midday and evening banks of short-haul flights, with long-haul
departures in between, so guests arriving at the lounge's peaks find a flight
an hour or three later.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

UTC = dt.UTC


@dataclass(frozen=True)
class Route:
    carrier: str
    number: str
    destination: str
    departs: dt.time  # local time at the lounge's airport
    long_haul: bool = False
    first_class: bool = False


def _route(carrier: str, number: str, destination: str, departs: str,
           kind: str = "") -> Route:
    hour, minute = map(int, departs.split(":"))
    return Route(carrier, number, destination, dt.time(hour, minute),
                 long_haul=kind in ("long", "first"), first_class=kind == "first")


TIMETABLE: tuple[Route, ...] = (
    _route("AF", "1351", "CDG", "06:40"), _route("LH", "829", "FRA", "06:55"),
    _route("SK", "1401", "OSL", "07:00"), _route("KL", "1126", "AMS", "07:05"),
    _route("LH", "2443", "MUC", "07:20"), _route("SK", "1417", "ARN", "07:30"),
    _route("BA", "811", "LHR", "07:50"), _route("AY", "952", "HEL", "08:15"),
    _route("SK", "2541", "BRU", "08:35"), _route("DY", "3605", "BCN", "09:15"),
    _route("LX", "1261", "ZRH", "09:40"), _route("SK", "925", "BOS", "10:20", "long"),
    _route("UA", "951", "EWR", "10:55", "long"), _route("TK", "1784", "IST", "11:05"),
    _route("SK", "903", "EWR", "11:25", "long"), _route("LH", "831", "FRA", "11:40"),
    _route("SK", "1415", "OSL", "12:05"), _route("SQ", "351", "SIN", "12:10", "first"),
    _route("BA", "815", "LHR", "12:30"), _route("DY", "3641", "AGP", "12:45"),
    _route("KL", "1130", "AMS", "13:00"), _route("SK", "1423", "ARN", "13:15"),
    _route("TG", "951", "BKK", "13:20", "long"), _route("CA", "878", "PEK", "13:40", "first"),
    _route("AF", "1751", "CDG", "13:50"), _route("TP", "753", "LIS", "14:00"),
    _route("LH", "2447", "MUC", "14:05"), _route("IB", "3253", "MAD", "14:35"),
    _route("EK", "152", "DXB", "15:10", "first"), _route("SK", "931", "LAX", "15:30", "long"),
    _route("QR", "160", "DOH", "16:20", "first"), _route("SK", "983", "HND", "16:40", "long"),
    _route("AY", "956", "HEL", "16:50"), _route("BA", "817", "LHR", "17:10"),
    _route("LH", "837", "FRA", "17:45"), _route("LX", "1269", "ZRH", "18:05"),
    _route("SK", "1469", "OSL", "18:40"), _route("KL", "1136", "AMS", "18:55"),
    _route("SK", "1431", "ARN", "19:20"), _route("TK", "1788", "IST", "19:50"),
    _route("AF", "1851", "CDG", "20:05"), _route("BA", "821", "LHR", "20:25"),
    _route("EK", "154", "DXB", "21:05", "first"), _route("SK", "1479", "OSL", "21:30"),
    _route("QR", "162", "DOH", "22:30", "first"),
)


def gate_for(route: Route, position: int) -> str:
    """Long-haul flights leave from the C pier, short-haul from A and B."""
    if route.long_haul:
        return f"C{20 + position % 20}"
    return f"{'AB'[position % 2]}{4 + (position * 7) % 30}"


def boarding_lead(route: Route) -> dt.timedelta:
    return dt.timedelta(minutes=45 if route.long_haul else 30)


def departs_at(route: Route, day: dt.date, tz: ZoneInfo) -> dt.datetime:
    return dt.datetime.combine(day, route.departs, tzinfo=tz).astimezone(UTC)
