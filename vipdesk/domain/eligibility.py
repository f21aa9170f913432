"""Who may enter the lounge, and why: the guest's details against the access rules.

Pure rules, no database: the service hands in the lounge's rules as plain
:class:`Rule` values and the guest's :class:`PassDetails` (from a scanned
boarding pass or typed in by hand: both take the same road), and gets back a
:class:`Decision` naming the rule behind it.

How a rule matches (the first active rule in the administrator's order wins):

- ``cabin``: the cabin of the pass (from its compartment code, table below)
  is the rule's cabin; when the rule names an airline, the operating carrier
  must be that airline. A rule with an airline and no cabin admits every
  passenger of that airline (a contract lounge).
- ``frequent_flyer``: the guest's programme (the frequent-flyer airline on the
  pass, or typed in) is the rule's airline (blank: any programme) and the
  guest's tier is one of the rule's tiers (a comma-separated list, any case:
  ``GOLD, DIAMOND``). The tier is not on a boarding pass: the agent types it
  or it is remembered from an earlier visit.
- ``membership``: the guest's lounge card number matches the rule's card
  pattern (see :func:`card_pattern_problem`).
- ``invitation``: the guest was entered by hand as invited.
- ``paid`` never matches by itself: it is the way in offered to a guest who is
  not eligible, at its price. ``exception`` is not a rule: a duty manager
  grants it with their PIN.

Cabin from the IATA compartment code (Resolution 792 carries the booking
class letter; airlines differ, this is the common reading):

=====================  ================================
letters                cabin
=====================  ================================
F, A, P                first
J, C, D, I, Z, R       business
W, E, T                premium economy
anything else          economy (Y, B, M, H, K, L, ...)
=====================  ================================
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from typing import Final

from vipdesk.domain.flights import flight_label, unpadded
from vipdesk.domain.lounge_setup import airport_said, name_said
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.vocabulary import Cabin, Entitlement

CABIN_BY_COMPARTMENT: Final[dict[str, Cabin]] = {
    **dict.fromkeys("FAP", Cabin.FIRST),
    **dict.fromkeys("JCDIZR", Cabin.BUSINESS),
    **dict.fromkeys("WET", Cabin.PREMIUM_ECONOMY),
}

MAX_NAME_LENGTH: Final = 100
MAX_CARD_LENGTH: Final = 40
MAX_PATTERN_LENGTH: Final = 120
MAX_VARIABLE_REPEATS: Final = 4
MAX_ALTERNATIVES: Final = 8
MAX_COMPANIONS: Final = 9
MAX_PRICE: Final = Decimal("10000")
REGEX_PREFIX: Final = "re:"
FF_VISIBLE: Final = 4
FF_MASK: Final = "*"

_AIRLINE = re.compile(r"[0-9A-Z]{2,3}")
_FLIGHT_NUMBER = re.compile(r"[0-9]{1,4}[A-Z]?")
_SEAT = re.compile(r"[0-9]{1,3}[A-Z]|[A-Z]{2,4}")  # 12A; INF, STBY, GATE
_SEQUENCE = re.compile(r"[0-9A-Z]{1,5}")
_FF_NUMBER = re.compile(r"[0-9A-Z]{1,20}")
_LANGUAGE = re.compile(r"[a-z]{2,3}(-[A-Za-z0-9]{2,4})?")
_CARD_NOISE = re.compile(r"[\s\-]")


# --- the guest's details ------------------------------------------------------


@dataclass(frozen=True)
class PassDetails:
    """What the desk knows about a guest at the door: from a pass, or typed in.

    Deliberately no booking reference (PNR) and no raw barcode: what is not
    here cannot be stored. Empty strings mean "not known".
    """

    surname: str
    given_names: str = ""
    title: str = ""
    origin: str = ""
    destination: str = ""
    carrier: str = ""
    flight_number: str = ""
    flight_date: dt.date | None = None
    compartment: str = ""
    cabin: Cabin | None = None  # typed in by hand; otherwise from the compartment
    seat: str = ""
    sequence: str = ""
    frequent_flyer_airline: str = ""
    frequent_flyer_number: str = ""
    frequent_flyer_tier: str = ""
    membership_card: str = ""
    invited: bool = False
    warnings: tuple[str, ...] = ()

    @property
    def effective_cabin(self) -> Cabin | None:
        if self.cabin is not None:
            return self.cabin
        return cabin_for_compartment(self.compartment) if self.compartment.strip() else None

    @property
    def has_flight(self) -> bool:
        return bool(self.origin or self.carrier or self.flight_number or self.flight_date)

    @property
    def flight(self) -> str:
        """``SK 1234`` for the screen; '' without a flight."""
        return flight_label(self.carrier, self.flight_number)


@dataclass(frozen=True)
class CompanionDetails:
    """Someone coming in with the main guest: named by the agent, or scanned."""

    name: str
    details: PassDetails | None = None


def cabin_for_compartment(code: str) -> Cabin:
    """The cabin for an IATA compartment code (table in the module docstring)."""
    return CABIN_BY_COMPARTMENT.get(code.strip().upper(), Cabin.ECONOMY)


def normalise(details: PassDetails) -> PassDetails:
    """One spelling for the same pass, scanned or typed: trimmed, capitals, no padding zeros.

    In names, any run of whitespace (tabs, line breaks, ideographic spaces)
    becomes one space; other control characters are left for validation to refuse.
    """
    def code(text: str) -> str:
        return text.strip().upper()

    def number(text: str) -> str:
        return unpadded("".join(text.split()).upper())

    return replace(
        details,
        surname=" ".join(details.surname.split()),
        given_names=" ".join(details.given_names.split()),
        title=details.title.strip(),
        origin=code(details.origin), destination=code(details.destination),
        carrier=code(details.carrier), flight_number=number(details.flight_number),
        compartment=code(details.compartment), seat=number(details.seat),
        sequence=number(details.sequence),
        frequent_flyer_airline=code(details.frequent_flyer_airline),
        frequent_flyer_number="".join(details.frequent_flyer_number.split()).upper(),
        frequent_flyer_tier=" ".join(details.frequent_flyer_tier.split()),
        membership_card=details.membership_card.strip(),
    )


def text_said(text: str, what: Message, max_length: int) -> Message | None:
    """Length and characters that cannot be stored or shown safely (``what`` names the text)."""
    if len(text) > max_length:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The {what} can have at most {most} characters."),
            {"what": what, "most": str(max_length)})
    for ch in text:
        if unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp"):
            return Message(QT_TRANSLATE_NOOP("Messages", "The {what} contains control characters."),
                           {"what": what})
    return None


def text_problem(text: str, what: str, max_length: int) -> str | None:
    """:func:`text_said` in English, for the forms whose problems are still plain text."""
    said = text_said(text, Message(what), max_length)
    return str(said) if said is not None else None


# The fields of the guest's details as a problem names them ("The surname ...").
DETAIL_SAID: Final = {
    "surname": Message(QT_TRANSLATE_NOOP("Messages", "surname")),
    "given_names": Message(QT_TRANSLATE_NOOP("Messages", "given names")),
    "title": Message(QT_TRANSLATE_NOOP("Messages", "title")),
    "frequent_flyer_tier": Message(QT_TRANSLATE_NOOP("Messages", "frequent-flyer tier")),
    "membership_card": Message(QT_TRANSLATE_NOOP("Messages", "membership card number")),
}


def validate_pass_details(details: PassDetails) -> dict[str, str]:
    """Every problem with the details, keyed by the field at fault, in English; {} when usable.

    :func:`pass_details_problems` says the same as messages for the screen."""
    return {key: str(said) for key, said in pass_details_problems(details).items()}


def pass_details_problems(details: PassDetails) -> dict[str, Message]:
    """Every problem with the details, keyed by the field at fault; {} when usable.

    Expects :func:`normalise`\\ d details. A flight (from, airline, number, date)
    is required unless the guest is invited.
    """
    def said(text: str) -> Message:
        return Message(text)

    problems: dict[str, Message | None] = {
        "surname": name_said(details.surname, DETAIL_SAID["surname"])
        or text_said(details.surname, DETAIL_SAID["surname"], MAX_NAME_LENGTH),
        "given_names": text_said(details.given_names, DETAIL_SAID["given_names"],
                                 MAX_NAME_LENGTH),
        "title": text_said(details.title, DETAIL_SAID["title"], 20),
        "frequent_flyer_tier": text_said(details.frequent_flyer_tier,
                                         DETAIL_SAID["frequent_flyer_tier"], 40),
        "membership_card": text_said(details.membership_card, DETAIL_SAID["membership_card"],
                                     MAX_CARD_LENGTH),
    }
    need_flight = not details.invited or details.has_flight
    if need_flight:
        problems["origin"] = airport_said(details.origin)
        if not details.carrier:
            problems["carrier"] = said(QT_TRANSLATE_NOOP(
                "Messages", "Please enter the airline, like SK."))
        elif not _AIRLINE.fullmatch(details.carrier):
            problems["carrier"] = said(QT_TRANSLATE_NOOP(
                "Messages", "An airline code is two or three letters or digits, like SK or D8."))
        if not _FLIGHT_NUMBER.fullmatch(details.flight_number):
            problems["flight_number"] = said(QT_TRANSLATE_NOOP(
                "Messages",
                "A flight number is one to four digits and maybe a letter, like 1234 or 61A."))
        if details.flight_date is None:
            problems["flight_date"] = said(QT_TRANSLATE_NOOP(
                "Messages", "Please enter the flight date."))
    if details.destination:
        problems["destination"] = airport_said(details.destination)
    if details.compartment and not (len(details.compartment) == 1 and details.compartment.isascii()
                                    and details.compartment.isalpha()):
        problems["compartment"] = said(QT_TRANSLATE_NOOP(
            "Messages", "The cabin code is one letter, like J or Y."))
    if details.seat and not _SEAT.fullmatch(details.seat):
        problems["seat"] = said(QT_TRANSLATE_NOOP(
            "Messages", "A seat is a row and a letter, like 12A."))
    if details.sequence and not _SEQUENCE.fullmatch(details.sequence):
        problems["sequence"] = said(QT_TRANSLATE_NOOP(
            "Messages", "The check-in number is one to five letters or digits."))
    if details.frequent_flyer_airline and not _AIRLINE.fullmatch(details.frequent_flyer_airline):
        problems["frequent_flyer_airline"] = said(QT_TRANSLATE_NOOP(
            "Messages", "A frequent-flyer programme is an airline code, like SK."))
    if details.frequent_flyer_number and not _FF_NUMBER.fullmatch(details.frequent_flyer_number):
        problems["frequent_flyer_number"] = said(QT_TRANSLATE_NOOP(
            "Messages", "A frequent-flyer number is up to 20 letters and digits."))
    return {key: message for key, message in problems.items() if message}


def language_problem(language: str) -> str | None:
    if not _LANGUAGE.fullmatch(language):
        return "A language is a code like en, da or zh-CN."
    return None


def mask_frequent_flyer_number(number: str) -> str:
    """The number as we store it: all but the last four characters hidden.

    ``123456789`` -> ``*****6789``; four characters or fewer stay as they are.
    The one place where a frequent-flyer number is masked.
    """
    number = "".join(number.split())
    if len(number) <= FF_VISIBLE:
        return number
    return FF_MASK * (len(number) - FF_VISIBLE) + number[-FF_VISIBLE:]


def last_four(number: str) -> str:
    """The visible tail of a (masked or not) frequent-flyer number: what we compare."""
    return "".join(number.split())[-FF_VISIBLE:]


# --- the day of the flight ----------------------------------------------------

FLIGHT_DAY_GRACE: Final = dt.timedelta(hours=6)


def flight_day_problem(flight_date: dt.date, local_now: dt.datetime) -> Message | None:
    """Why a pass is not for today at the lounge, or None when it is.

    "Today" is the lounge's wall-clock date. Around midnight the day is
    stretched by six hours each way: from 18:00 a pass for tomorrow is accepted
    (a flight just after midnight), and until 06:00 a pass for yesterday (a
    late-evening flight delayed past midnight).
    """
    wall = local_now.replace(tzinfo=None)
    today = wall.date()
    if flight_date == today:
        return None
    if flight_date == today + dt.timedelta(days=1):
        if dt.datetime.combine(flight_date, dt.time()) - wall <= FLIGHT_DAY_GRACE:
            return None
    elif (flight_date == today - dt.timedelta(days=1)
          and wall - dt.datetime.combine(today, dt.time()) < FLIGHT_DAY_GRACE):
        return None
    return Message(QT_TRANSLATE_NOOP(
        "Messages",
        "This boarding pass is for {flight_date}, not today ({today}). Please check the date "
        "with the guest."), {"flight_date": flight_date.isoformat(), "today": today.isoformat()})


# --- the access rules ---------------------------------------------------------


@dataclass(frozen=True)
class Allowance:
    """Companions a way in allows: ``free`` at no charge, then ``paid`` at ``price`` each."""

    free: int = 0
    paid: int = 0
    price: Decimal = Decimal(0)


@dataclass(frozen=True)
class Rule:
    """One line of a lounge's access policy, as plain data (mirrors ``AccessRule``)."""

    name: str
    entitlement: Entitlement
    cabin: Cabin | None = None
    airline: str = ""
    frequent_flyer_tier: str = ""
    card_pattern: str = ""
    price: Decimal = Decimal(0)
    free_companions: int = 0
    paid_companions: int = 0
    companion_price: Decimal = Decimal(0)
    position: int = 0
    active: bool = True
    id: int | None = None

    @property
    def allowance(self) -> Allowance:
        return Allowance(self.free_companions, self.paid_companions, Decimal(self.companion_price))

    @property
    def tiers(self) -> frozenset[str]:
        tiers = (tier.strip().casefold() for tier in self.frequent_flyer_tier.split(","))
        return frozenset(tier for tier in tiers if tier)


RULE_FIELDS: Final = tuple(f for f in Rule.__dataclass_fields__ if f != "id")


def _money_said(value: object, what: Message) -> Message | None:
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return Message(QT_TRANSLATE_NOOP("Messages", "The {what} is not an amount."),
                       {"what": what})
    if not amount.is_finite() or amount < 0:
        return Message(QT_TRANSLATE_NOOP("Messages", "The {what} cannot be negative."),
                       {"what": what})
    if amount > MAX_PRICE:
        return Message(QT_TRANSLATE_NOOP("Messages", "The {what} can be at most {most}."),
                       {"what": what, "most": str(MAX_PRICE)})
    if amount != amount.quantize(Decimal("0.01")):
        return Message(QT_TRANSLATE_NOOP("Messages", "The {what} has at most two decimals."),
                       {"what": what})
    return None


# The fields of a rule as a problem names them ("The price ...").
RULE_SAID: Final = {
    "name": Message(QT_TRANSLATE_NOOP("Messages", "rule name")),
    "tier": Message(QT_TRANSLATE_NOOP("Messages", "tier")),
    "price": Message(QT_TRANSLATE_NOOP("Messages", "price")),
    "companion_price": Message(QT_TRANSLATE_NOOP("Messages", "companion price")),
}


def rule_messages(rule: Rule) -> dict[str, Message]:
    """Every problem with a rule an administrator wrote, keyed by field, as messages for the
    settings screen to show in the agent's language (a card pattern's stays English)."""
    problems: dict[str, Message | None] = {"name": name_said(rule.name, RULE_SAID["name"])}
    if rule.entitlement is Entitlement.EXCEPTION:
        problems["entitlement"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "An exception is granted by a duty manager, not by a rule."))
    if rule.airline and not _AIRLINE.fullmatch(rule.airline.strip().upper()):
        problems["airline"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "An airline code is two or three letters or digits, like SK."))
    if rule.entitlement is Entitlement.CABIN and rule.cabin is None and not rule.airline:
        problems["cabin"] = Message(QT_TRANSLATE_NOOP(
            "Messages", "Choose a cabin, an airline, or both."))
    if rule.entitlement is Entitlement.FREQUENT_FLYER:
        problems["frequent_flyer_tier"] = (
            text_said(rule.frequent_flyer_tier, RULE_SAID["tier"], 40)
            or (None if rule.tiers else Message(QT_TRANSLATE_NOOP(
                "Messages", "Name the tier, or several separated by commas, like GOLD, DIAMOND."))))
    if rule.entitlement is Entitlement.MEMBERSHIP:
        pattern = card_pattern_problem(rule.card_pattern)
        problems["card_pattern"] = Message(pattern) if pattern else None
    problems["price"] = _money_said(rule.price, RULE_SAID["price"])
    if rule.entitlement is Entitlement.PAID and not problems["price"] and Decimal(rule.price) <= 0:
        problems["price"] = Message(QT_TRANSLATE_NOOP("Messages", "Paid entry needs a price."))
    problems["companion_price"] = _money_said(rule.companion_price, RULE_SAID["companion_price"])
    for key in ("free_companions", "paid_companions"):
        value = getattr(rule, key)
        whole = isinstance(value, int) and not isinstance(value, bool)
        if not whole or not 0 <= value <= MAX_COMPANIONS:
            problems[key] = Message(QT_TRANSLATE_NOOP(
                "Messages", "Companions: a number from 0 to {most}."),
                {"most": str(MAX_COMPANIONS)})
    return {key: message for key, message in problems.items() if message is not None}


def rule_problems(rule: Rule) -> dict[str, str]:
    """:func:`rule_messages` in English, keyed by field."""
    return {key: str(message) for key, message in rule_messages(rule).items()}


# --- membership card patterns -------------------------------------------------


def card_pattern_problem(pattern: str) -> str | None:
    """Why a card pattern cannot be used, or None.

    A pattern is either a prefix (``PP`` admits PP0012345) or, written
    ``re:...``, a regular expression the whole card number must match
    (``re:PP[0-9]{7}``). Card numbers are compared without spaces or dashes,
    in capitals. Expressions that could take the desk minutes on a crafted card
    number are refused: a repeat of a group (other than ``?``), back-references
    and look-arounds, more than four repeats of variable length (``* + ? {m,n}``)
    and more than eight ``|``; card numbers are never longer than 40 characters.
    With those limits the worst case is a few milliseconds.
    """
    if not pattern.strip():
        return "Please enter a card pattern: a prefix like PP, or re: and an expression."
    if problem := text_problem(pattern, "card pattern", MAX_PATTERN_LENGTH):
        return problem
    if not pattern.startswith(REGEX_PREFIX):
        return None
    expression = pattern[len(REGEX_PREFIX):]
    if problem := _risky_expression(expression):
        return problem
    try:
        re.compile(expression)
    except (re.error, OverflowError, RecursionError) as error:
        return f"The card pattern is not a valid expression: {error}."
    return None


_QUANTIFIER = re.compile(r"\*|\+|\?|\{(\d*)(,(\d*))?\}")


def _risky_expression(expression: str) -> str | None:
    """A small scan of the expression for the shapes that backtrack exponentially."""
    variable = alternatives = 0
    depth = 0
    last_atom = ""  # "group", "atom" or "" (nothing to repeat)
    i = 0
    while i < len(expression):
        ch = expression[i]
        if ch == "\\":
            if i + 1 < len(expression) and expression[i + 1].isdigit() and expression[i + 1] != "0":
                return "Back-references are not allowed in a card pattern."
            i, last_atom = i + 2, "atom"
            continue
        if ch == "[":
            end = i + 1
            if end < len(expression) and expression[end] == "^":
                end += 1
            if end < len(expression) and expression[end] == "]":
                end += 1
            while end < len(expression) and expression[end] != "]":
                end += 2 if expression[end] == "\\" else 1
            i, last_atom = end + 1, "atom"
            continue
        if ch == "(":
            if expression.startswith("(?", i) and not expression.startswith("(?:", i):
                return "Only plain groups ( ) and (?: ) are allowed in a card pattern."
            depth += 1
            i += 3 if expression.startswith("(?:", i) else 1
            last_atom = ""
            continue
        if ch == ")":
            depth -= 1
            i, last_atom = i + 1, "group"
            continue
        if ch == "|":
            alternatives += 1
            i, last_atom = i + 1, ""
            continue
        if match := _QUANTIFIER.match(expression, i):
            text = match.group(0)
            exact = text.startswith("{") and (match.group(2) is None
                                              or match.group(3) == match.group(1))
            if last_atom == "group" and text != "?":
                return "A repeated group can make matching very slow; write the repeat out."
            variable += not exact
            i = match.end()
            if i < len(expression) and expression[i] in "?+":
                i += 1  # lazy or possessive
            last_atom = ""
            continue
        i, last_atom = i + 1, "atom"
    if depth != 0:
        return "The card pattern's brackets ( ) do not pair up."
    if variable > MAX_VARIABLE_REPEATS:
        return (f"Use at most {MAX_VARIABLE_REPEATS} repeats like * + ? or {{2,5}} "
                "in a card pattern.")
    if alternatives > MAX_ALTERNATIVES:
        return f"Use at most {MAX_ALTERNATIVES} alternatives | in a card pattern."
    return None


@functools.lru_cache(maxsize=256)
def _compiled(expression: str) -> re.Pattern[str] | None:
    try:
        return re.compile(expression)
    except (re.error, OverflowError, RecursionError):
        return None


def card_key(card: str) -> str:
    """A card number as patterns see it: no spaces or dashes, capitals."""
    return _CARD_NOISE.sub("", card).upper()


def card_matches(pattern: str, card: str) -> bool:
    """Whether a card number fits a pattern; a broken or risky pattern matches nothing."""
    key = card_key(card)
    if not key or len(key) > MAX_CARD_LENGTH or card_pattern_problem(pattern):
        return False
    if pattern.startswith(REGEX_PREFIX):
        compiled = _compiled(pattern[len(REGEX_PREFIX):])
        return compiled is not None and compiled.fullmatch(key) is not None
    return key.startswith(card_key(pattern))


# --- the decision -------------------------------------------------------------


@dataclass(frozen=True)
class Decision:
    """May this guest enter, and by which rule. ``reason`` is for the agent to read (the
    screen renders it in the agent's language; ``str()`` is its English)."""

    eligible: bool
    reason: Message
    rule: Rule | None = None
    cabin: Cabin | None = None
    paid_offer: Rule | None = field(default=None, compare=False)

    @property
    def entitlement(self) -> Entitlement | None:
        return self.rule.entitlement if self.rule else None


def rule_matches(rule: Rule, details: PassDetails) -> bool:
    if not rule.active:
        return False
    match rule.entitlement:
        case Entitlement.CABIN:
            if not details.carrier or (rule.cabin is None and not rule.airline):
                return False
            cabin_ok = rule.cabin is None or details.effective_cabin is rule.cabin
            return cabin_ok and (not rule.airline or rule.airline.upper() == details.carrier)
        case Entitlement.FREQUENT_FLYER:
            programme = details.frequent_flyer_airline
            tier = details.frequent_flyer_tier.strip().casefold()
            return (bool(programme) and bool(tier) and tier in rule.tiers
                    and (not rule.airline or rule.airline.upper() == programme))
        case Entitlement.MEMBERSHIP:
            return card_matches(rule.card_pattern, details.membership_card)
        case Entitlement.INVITATION:
            return details.invited
        case _:
            return False


def ordered(rules: Iterable[Rule]) -> list[Rule]:
    return sorted(rules, key=lambda r: (r.position, r.id or 0))


def paid_offer(rules: Iterable[Rule]) -> Rule | None:
    """The paid entry a guest who is not eligible can buy, if the lounge sells one."""
    return next((r for r in ordered(rules) if r.active and r.entitlement is Entitlement.PAID), None)


def decide(rules: Sequence[Rule], details: PassDetails) -> Decision:
    """The first active rule, in the administrator's order, that lets this guest in."""
    cabin = details.effective_cabin
    for rule in ordered(rules):
        if rule_matches(rule, details):
            return Decision(True, _why(rule, details), rule, cabin)
    return Decision(False, _why_not(details), None, cabin, paid_offer(rules))


# The cabin in the desk's reasons ("Business class on SK 1234"): the same words as
# ``labels.CABIN_CLASS``, here as messages so the reason is translated as one sentence.
CABIN_WORD: Final[dict[Cabin, Message]] = {
    Cabin.FIRST: Message(QT_TRANSLATE_NOOP("Messages", "First class")),
    Cabin.BUSINESS: Message(QT_TRANSLATE_NOOP("Messages", "Business class")),
    Cabin.PREMIUM_ECONOMY: Message(QT_TRANSLATE_NOOP("Messages", "Premium economy")),
    Cabin.ECONOMY: Message(QT_TRANSLATE_NOOP("Messages", "Economy class")),
}


def _why(rule: Rule, details: PassDetails) -> Message:
    cabin = details.effective_cabin
    match rule.entitlement:
        case Entitlement.CABIN:
            facts = Message(QT_TRANSLATE_NOOP("Messages", "{cabin} on {flight}"), {
                "cabin": CABIN_WORD[cabin] if cabin
                else Message(QT_TRANSLATE_NOOP("Messages", "Passenger")),
                "flight": details.flight})
        case Entitlement.FREQUENT_FLYER:
            facts = Message(QT_TRANSLATE_NOOP("Messages", "{programme} frequent flyer, {tier}"),
                            {"programme": details.frequent_flyer_airline,
                             "tier": details.frequent_flyer_tier})
        case Entitlement.MEMBERSHIP:
            facts = Message(QT_TRANSLATE_NOOP("Messages", "Lounge membership card"))
        case _:
            facts = Message(QT_TRANSLATE_NOOP("Messages", "Invited guest"))
    return Message(QT_TRANSLATE_NOOP("Messages", "{facts}: admitted by the rule “{rule}”."),
                   {"facts": facts, "rule": rule.name})


def _why_not(details: PassDetails) -> Message:
    facts: list[Message] = []
    if details.has_flight:
        cabin = details.effective_cabin
        facts.append(Message(QT_TRANSLATE_NOOP("Messages", "{cabin} on {flight}"), {
            "cabin": CABIN_WORD[cabin] if cabin
            else Message(QT_TRANSLATE_NOOP("Messages", "No cabin")),
            "flight": details.flight}))
    if details.frequent_flyer_airline:
        if details.frequent_flyer_tier:
            facts.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "{programme} frequent flyer ({tier})"),
                                 {"programme": details.frequent_flyer_airline,
                                  "tier": details.frequent_flyer_tier}))
        else:
            facts.append(Message(QT_TRANSLATE_NOOP(
                "Messages", "{programme} frequent flyer (no tier known)"),
                {"programme": details.frequent_flyer_airline}))
    if details.membership_card:
        facts.append(Message(QT_TRANSLATE_NOOP("Messages", "a membership card no rule accepts")))
    if not facts:
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "No flight, membership or invitation: no access rule admits this guest. "
            "Offer paid entry or ask a duty manager."))
    return Message(QT_TRANSLATE_NOOP(
        "Messages",
        "{facts}: no access rule admits this guest. Offer paid entry or ask a duty manager."),
        {"facts": listed(facts)})


def listed(items: Sequence[Message]) -> Message:
    """Facts one after another, "a, b, c" (each language puts its own comma)."""
    said = items[0]
    for item in items[1:]:
        said = Message(QT_TRANSLATE_NOOP("Messages", "{list}, {item}"),
                       {"list": said, "item": item})
    return said


# --- companions ---------------------------------------------------------------


@dataclass(frozen=True)
class CompanionCharges:
    """How a party's companions come in: free ones first, then paid ones."""

    free: int
    paid: int
    price: Decimal

    @property
    def total(self) -> Decimal:
        return self.price * self.paid


def companion_charges(allowance: Allowance, companions: int) -> CompanionCharges | None:
    """The charges for ``companions`` people, or None when the allowance is exceeded."""
    if companions < 0 or companions > allowance.free + allowance.paid:
        return None
    free = min(companions, allowance.free)
    return CompanionCharges(free, companions - free, Decimal(allowance.price))


def allowance_message(allowance: Allowance, companions: int) -> Message:
    """What to tell the agent when a party is larger than the way in allows."""
    allowed = allowance.free + allowance.paid
    if allowed == 0:
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "This entry admits the guest alone; companions need their own entry."))
    values = {"free": allowance.free, "paid": allowance.paid, "price": str(allowance.price),
              "allowed": allowed, "party": companions}
    one = allowance.free == 1
    if allowance.paid and one:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "This entry admits {free} companion free and {paid} more at {price} each: "
            "at most {allowed}, not {party}. The others need their own entry.")
    elif allowance.paid:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "This entry admits {free} companions free and {paid} more at {price} each: "
            "at most {allowed}, not {party}. The others need their own entry.")
    elif one:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "This entry admits {free} companion free: at most {allowed}, not {party}. "
            "The others need their own entry.")
    else:
        text = QT_TRANSLATE_NOOP(
            "Messages",
            "This entry admits {free} companions free: at most {allowed}, not {party}. "
            "The others need their own entry.")
    return Message(text, values)
