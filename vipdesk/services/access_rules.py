"""The lounge's access policy, as the administrator edits it in Settings.

Rules are checked in their ``position`` order and the first that admits a guest
wins (see :mod:`vipdesk.domain.eligibility`), so the order is part of the policy.
Visits keep the name of the rule that let the guest in, not a link to it, so a
rule can be changed or deleted without rewriting history. Every action and query
here hands back the domain's :class:`~vipdesk.domain.eligibility.Rule`, never
the row.
"""

from __future__ import annotations

from decimal import Decimal

from peewee import fn

from vipdesk.domain.eligibility import RULE_FIELDS, Rule, rule_messages
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.services.actions import Done, action
from vipdesk.services.session import FieldProblems, ServiceError, Session
from vipdesk.storage.models import AccessRule


class RuleRejected(FieldProblems):
    """The rule as written cannot be used; ``problems`` are keyed by field for the form."""


def rule_from_model(model: AccessRule) -> Rule:
    """The rule a row stores, as plain data."""
    values = {name: getattr(model, name) for name in RULE_FIELDS}
    values["price"] = Decimal(values["price"])
    values["companion_price"] = Decimal(values["companion_price"])
    return Rule(id=model.id, **values)


def rules(session: Session) -> list[Rule]:
    """Every rule of the lounge, active or not, in the order they are checked."""
    return [rule_from_model(model) for model in AccessRule.select()
            .where(AccessRule.lounge == session.lounge_id)
            .order_by(AccessRule.position, AccessRule.id)]


def _rule(session: Session, rule_id: int) -> AccessRule:
    model = AccessRule.get_or_none((AccessRule.id == rule_id)
                                   & (AccessRule.lounge == session.lounge_id))
    if model is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This access rule no longer exists; please reopen Settings.")))
    return model


def _checked(rule: Rule) -> Rule:
    if problems := rule_messages(rule):
        raise RuleRejected(problems)
    return rule


def _write(model: AccessRule, rule: Rule) -> None:
    for name in RULE_FIELDS:
        if name != "position":
            setattr(model, name, getattr(rule, name))
    model.name = rule.name.strip()
    model.airline = rule.airline.strip().upper()
    model.frequent_flyer_tier = rule.frequent_flyer_tier.strip()
    model.save()


@action("access_rule.add", permission=Permission.EDIT_SETTINGS)
def add_rule(session: Session, rule: Rule) -> Done[Rule]:
    """A new rule, checked after the existing ones."""
    _checked(rule)
    last = (AccessRule.select(fn.MAX(AccessRule.position))
            .where(AccessRule.lounge == session.lounge_id).scalar())
    model = AccessRule(lounge=session.lounge_id, position=0 if last is None else last + 1)
    _write(model, rule)
    return Done(rule_from_model(model), model, {"entitlement": rule.entitlement.value})


@action("access_rule.update", permission=Permission.EDIT_SETTINGS)
def update_rule(session: Session, rule_id: int, rule: Rule) -> Done[Rule]:
    """Change a rule; its place in the order stays (see :func:`move_rule`)."""
    model = _rule(session, rule_id)
    _write(model, _checked(rule))
    return Done(rule_from_model(model), model, {"entitlement": rule.entitlement.value})


@action("access_rule.set_active", permission=Permission.EDIT_SETTINGS)
def set_rule_active(session: Session, rule_id: int, active: bool) -> Done[Rule]:
    """Switch a rule off (or on again) without losing how it was written."""
    model = _rule(session, rule_id)
    model.active = bool(active)
    model.save()
    return Done(rule_from_model(model), model, {"active": model.active})


@action("access_rule.delete", permission=Permission.EDIT_SETTINGS)
def delete_rule(session: Session, rule_id: int) -> Done[None]:
    model = _rule(session, rule_id)
    model.delete_instance()
    return Done(None, model, {"entitlement": model.entitlement.value})


@action("access_rule.move", permission=Permission.EDIT_SETTINGS)
def move_rule(session: Session, rule_id: int, steps: int) -> Done[Rule]:
    """Move a rule up (negative ``steps``) or down the order; positions are renumbered 0..n."""
    model = _rule(session, rule_id)
    ordered = list(AccessRule.select().where(AccessRule.lounge == session.lounge_id)
                   .order_by(AccessRule.position, AccessRule.id))
    index = next(i for i, other in enumerate(ordered) if other.id == model.id)
    ordered.insert(max(0, min(len(ordered) - 1, index + steps)), ordered.pop(index))
    for position, other in enumerate(ordered):
        if other.position != position:
            other.position = position
            other.save()
    return Done(rule_from_model(_rule(session, rule_id)), model,
                {"position": next(o.position for o in ordered if o.id == model.id)})
