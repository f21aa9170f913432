"""One decorator for every user action: permission, one transaction, one audit row.

The audit row is written inside the action's transaction, so a failed action
leaves neither its changes nor an audit row behind.
"""

from __future__ import annotations

import functools
import json
from typing import Any, Callable, Concatenate, ParamSpec, TypeVar

from peewee import Model

from vipdesk.domain.permissions import Permission
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Staff

P = ParamSpec("P")
R = TypeVar("R")


def action(name: str, permission: Permission | None
           ) -> Callable[[Callable[Concatenate[Session, P], R]], Callable[Concatenate[Session, P], R]]:
    """Make ``fn(session, ...)`` a user action named ``name`` needing ``permission``.

    ``permission=None`` is for the few actions taken before anyone is signed in
    (first-run set-up, signing in); they name the staff member through
    ``session.audit(staff=...)``.
    """

    def decorate(fn: Callable[Concatenate[Session, P], R]) -> Callable[Concatenate[Session, P], R]:
        @functools.wraps(fn)
        def run(session: Session, *args: P.args, **kwargs: P.kwargs) -> R:
            actor = session.require(permission)
            session.pending_audit = {}
            with session.db.atomic():
                result = fn(session, *args, **kwargs)
                _write_audit(session, name, actor, result)
            return result

        run.action_name = name  # type: ignore[attr-defined]
        return run

    return decorate


def _write_audit(session: Session, name: str, actor: Staff | None, result: Any) -> None:
    detail = dict(session.pending_audit)
    session.pending_audit = {}
    entity = detail.pop("entity", result if isinstance(result, Model) else None)
    actor = detail.pop("staff", actor)
    AuditEvent.create(
        at=session.clock.now(),
        staff=actor,
        action=name,
        entity=type(entity)._meta.table_name if isinstance(entity, Model) else "",
        entity_id=entity.id if isinstance(entity, Model) else None,
        detail=json.dumps(detail, default=str, ensure_ascii=False, sort_keys=True) if detail else "",
    )
