"""What leaves the services package is plain data: a frozen record or a value, never a peewee
row that a screen could save, or walk into a lazy query (issue 17). Read from the functions'
own annotations, so a new action that hands back a row fails here before a screen uses it."""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pkgutil
import typing
from collections.abc import Callable, Iterator
from types import ModuleType

import peewee

import vipdesk.services
from vipdesk.services.session import Session

MODULES = tuple(importlib.import_module(f"vipdesk.services.{found.name}")
                for found in pkgutil.iter_modules(vipdesk.services.__path__))

# Helpers one service calls inside another's action, handing it the row it writes into a
# visit (nothing in gui, cli, demo or bench calls them).
BETWEEN_SERVICES = {
    "departures.flight_of", "departures.link_visit",
    "seating.active_spaces", "seating.seat_for", "seating.named_attendant",
    "seating.least_busy_attendant", "seating.attendant_for",
    "guests.recognise", "guests.remember", "guests.update", "staff.attendant_rows",
    # the CLI's own identity checks, where it signs a session in as a person
    "pin_key.administrator_named",
}


def public_functions(module: ModuleType) -> Iterator[tuple[str, Callable[..., object]]]:
    for name, value in vars(module).items():
        if (inspect.isfunction(value) and value.__module__ == module.__name__
                and not name.startswith("_")):
            yield f"{module.__name__.rsplit('.', 1)[1]}.{name}", value


def returned_types(function: Callable[..., object]) -> Iterator[type]:
    """Every class named in the function's return annotation (``Done[X] | None``: Done, X)."""
    pending = [typing.get_type_hints(function).get("return")]
    while pending:
        hint = pending.pop()
        origin = typing.get_origin(hint)
        if isinstance(hint, type):
            yield hint
        elif isinstance(origin, type):
            yield origin
        pending.extend(typing.get_args(hint))


def test_no_service_hands_a_row_out_of_the_services_package() -> None:
    rows = {name: [t.__name__ for t in returned_types(function) if issubclass(t, peewee.Model)]
            for module in MODULES for name, function in public_functions(module)
            if name not in BETWEEN_SERVICES}
    assert {name: found for name, found in rows.items() if found} == {}


def test_the_records_they_hand_back_are_frozen() -> None:
    records = {t for module in MODULES for _, function in public_functions(module)
               for t in returned_types(function)
               if dataclasses.is_dataclass(t) and not issubclass(t, Session)}  # data, not a session
    assert {record.__name__ for record in records} >= {"VisitRecord", "SpaceNow", "Rule",
                                                       "WaitRecord", "DepartureRow"}
    thawed = [r.__name__ for r in records
              if not r.__dataclass_params__.frozen]  # type: ignore[attr-defined]
    assert thawed == []


def test_the_helpers_between_services_are_still_there() -> None:
    """The allowance above is for these functions only: one renamed or gone leaves it stale."""
    names = {name for module in MODULES for name, _ in public_functions(module)}
    assert names >= BETWEEN_SERVICES
