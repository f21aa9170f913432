"""Who is acting, at which desk, and when: passed to every service function."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from peewee import Database

from vipdesk.clock import Clock
from vipdesk.domain.permissions import Permission, allows, refusal
from vipdesk.domain.pin import PinKey
from vipdesk.storage.models import Lounge, Staff


class ServiceError(Exception):
    """A refusal the person at the desk should read: the message says what to do."""


class NotSignedIn(ServiceError):
    pass


class PermissionDenied(ServiceError):
    pass


@dataclass
class Session:
    """The desk's working context. ``staff`` is None until someone signs in.

    ``pin_key`` is the installation's PIN key, loaded once at start-up
    (:func:`vipdesk.services.pin_key.load_pin_key`); every PIN is hashed and
    checked with it.
    """

    db: Database
    clock: Clock
    lounge_id: int | None = None
    pin_key: PinKey | None = field(default=None, repr=False)
    staff: Staff | None = None
    locked: bool = False
    pending_audit: dict[str, Any] = field(default_factory=dict)

    @property
    def lounge(self) -> Lounge:
        if self.lounge_id is None:
            raise ServiceError("This desk has no lounge yet; run the first-run set-up.")
        return Lounge.get_by_id(self.lounge_id)

    @property
    def key(self) -> PinKey:
        """The PIN key; a desk started without one cannot check or set PINs."""
        if self.pin_key is None:
            raise ServiceError("The PIN key is not loaded, so no PIN can be checked or set. "
                               "Please restart VIP Desk.")
        return self.pin_key

    def require(self, permission: Permission | None) -> Staff | None:
        """The signed-in staff member allowed to do this, or a refusal."""
        if permission is None:
            return self.staff
        if self.staff is None or self.locked:
            raise NotSignedIn("Please sign in first.")
        if not allows(self.staff.role, permission):
            raise PermissionDenied(refusal(self.staff.name, self.staff.role, permission))
        return self.staff

    def audit(self, entity: object | None = None, **detail: Any) -> None:
        """Say what the running action changed; the action writes it to the audit trail."""
        if entity is not None:
            self.pending_audit["entity"] = entity
        self.pending_audit.update(detail)
