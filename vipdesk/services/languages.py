"""The language the desk speaks: each staff member's own, and the lounge's default.

The sign-in screen speaks the lounge's default language; a staff member who chooses
another there has it remembered (``staff.language``) and gets it each time they sign in.
Signing out returns the desk to the lounge's default. The lounge's default is an
administrator's setting, like the others. Each change is an audited action.

The codes are those the desk ships translations for (``vipdesk.gui.language.LANGUAGES``
names each in itself); the services have no Qt, so they are listed here too and a test
keeps both lists the same.
"""

from __future__ import annotations

from typing import Final

from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import AuditEvent, Lounge, Staff

CODES: Final = ("en", "zh_CN", "da")
"""English, Simplified Chinese, Danish: the languages the desk speaks."""
DEFAULT: Final = "en"


class UnknownLanguage(ServiceError):
    """A language the desk does not speak."""


def language_problem(code: object) -> Message | None:
    """Why ``code`` is not a language the desk speaks; None when it is."""
    if isinstance(code, str) and code in CODES:
        return None
    return Message(QT_TRANSLATE_NOOP("Messages", "The desk does not speak the language {code}."),
                   {"code": str(code)[:20]})


def _checked(code: object) -> str:
    if (problem := language_problem(code)) is not None:
        raise UnknownLanguage(problem)
    assert isinstance(code, str)
    return code


def lounge_language(session: Session) -> str:
    """The lounge's default language (the sign-in screen's); English if it holds a code the
    desk no longer speaks."""
    code = session.lounge.language
    return code if code in CODES else DEFAULT


@action("lounge.set_language", permission=Permission.EDIT_SETTINGS)
def set_lounge_language(session: Session, code: str) -> Done[str]:
    """Make ``code`` the lounge's default language (an administrator's setting)."""
    code = _checked(code)
    lounge = session.lounge
    before = lounge.language
    if before != code:
        lounge.language = code
        lounge.save(only=[type(lounge).language])
    return Done(code, lounge, {"language": code, "was": before})


@action("lounge.set_up_language", permission=None)  # the first run: nobody can sign in yet
def set_new_lounges_language(session: Session, lounge_id: int, code: str) -> Done[str]:
    """The language a lounge just set up speaks, chosen in the set-up dialog: on the first
    run (the database's only lounge) by whoever sets it up, beside other lounges by an
    administrator who may set up lounges. Only until someone has signed in to it; from then
    on it is an administrator's setting (:func:`set_lounge_language`)."""
    code = _checked(code)
    lounge = Lounge.get_or_none(Lounge.id == lounge_id)
    if lounge is None:
        raise ServiceError(Message(QT_TRANSLATE_NOOP("Messages", "There is no such lounge.")))
    if Lounge.select().where(Lounge.id != lounge_id).exists():
        session.require(Permission.SET_UP_LOUNGES)
    signed_in_yet = (AuditEvent.select(AuditEvent.id)
                     .join(Staff, on=AuditEvent.staff == Staff.id)
                     .where((Staff.lounge == lounge_id) & (AuditEvent.action == "staff.sign_in"))
                     .exists())
    if signed_in_yet:
        raise ServiceError(Message(QT_TRANSLATE_NOOP(
            "Messages", "This lounge is in use: its language is changed in Settings.")))
    before = lounge.language
    lounge.language = code
    lounge.save(only=[Lounge.language])
    return Done(code, lounge, {"language": code, "was": before}, staff=session.staff)


def staff_language(session: Session, staff_id: int | None = None) -> str | None:
    """The language ``staff_id`` (by default whoever is signed in) chose; None if they never
    chose one (or chose one the desk no longer speaks): the lounge's default is theirs."""
    if staff_id is None:
        staff_id = session.current_staff().id
    row = (Staff.select(Staff.language)
           .where((Staff.id == staff_id) & (Staff.lounge == session.lounge_id)).first())
    if row is None or row.language not in CODES:
        return None
    language: str = row.language
    return language


def language_at_sign_in(session: Session) -> str:
    """The language the desk speaks for whoever is signed in: theirs, else the lounge's."""
    return staff_language(session) or lounge_language(session)


@action("staff.set_language", permission=None)
def set_my_language(session: Session, code: str) -> Done[str]:
    """Remember ``code`` as the signed-in staff member's language (each may set only their
    own: it is chosen on the sign-in screen, as they sign in)."""
    code = _checked(code)
    me = session.current_staff()
    staff = Staff.get_by_id(me.id)
    before = staff.language
    if before != code:
        staff.language = code
        staff.save(only=[Staff.language])
    return Done(code, staff, {"language": code, "was": before})
