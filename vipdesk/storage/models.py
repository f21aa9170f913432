"""peewee models for the whole lounge domain.

The database object is deferred: :func:`vipdesk.storage.database.open_database`
binds it once at start-up; tests bind a temporary one. The same models run on
SQLite (one desk) and PostgreSQL (several desks sharing a lounge database).

The schema itself is created and changed only by the numbered scripts in
``migrations/``; these classes must match the newest of them.
"""

from __future__ import annotations

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from vipdesk.domain import lounge_settings as settings
from vipdesk.domain.clock_trust import ClockVerdict
from vipdesk.domain.complaints import Step
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    Channel,
    ComplaintStatus,
    Department,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    SpaceKind,
    SpaceState,
    VisitStatus,
    WaitReason,
    WorkOrderStatus,
)
from vipdesk.storage.fields import EnumField, UtcDateTimeField

DESK_NAME_LENGTH = 60  # a desk's name, as its own settings give it ("Desk 1", "Office")

database = DatabaseProxy()


class BaseModel(Model):
    """Each foreign key ``x`` is followed by ``x_id: int``: peewee reads the key itself
    under that name without a query, and the bare annotation tells the checker so."""

    id = AutoField()

    class Meta:
        database = database
        legacy_table_names = False


class Lounge(BaseModel):
    """One physical lounge, and the settings its staff share."""

    name = CharField(max_length=120)
    airport = CharField(max_length=3)
    timezone = CharField(max_length=64)
    # The settings' defaults are declared in vipdesk.domain.lounge_settings.
    wifi_network = CharField(max_length=settings.WIFI_NETWORK.max_length,
                             default=settings.WIFI_NETWORK.default)
    wifi_password = CharField(max_length=settings.WIFI_PASSWORD.max_length,
                              default=settings.WIFI_PASSWORD.default)
    fatigue_minutes = IntegerField(default=settings.FATIGUE.default)
    amber_minutes = IntegerField(default=settings.AMBER.default)
    escalate_after_minutes = IntegerField(default=settings.ESCALATE.default)
    boarding_reminder_minutes = IntegerField(default=settings.BOARDING_REMINDER.default)
    idle_lock_minutes = IntegerField(default=settings.IDLE_LOCK.default)
    retention_days = IntegerField(default=settings.RETENTION.default)
    created_at = UtcDateTimeField()
    backup_every_hours = IntegerField(default=settings.BACKUP_EVERY.default)  # (0008)
    # Whether each command-line group needs a staff PIN (0010).
    pin_for_report = BooleanField(default=settings.PIN_FOR_REPORT.default)
    pin_for_backup = BooleanField(default=settings.PIN_FOR_BACKUP.default)
    pin_for_restore = BooleanField(default=settings.PIN_FOR_RESTORE.default)
    # The language of the sign-in screen and of staff who chose none (0020).
    language = CharField(max_length=8, default="en")


class Space(BaseModel):
    lounge = ForeignKeyField(Lounge, backref="spaces", on_delete="CASCADE")
    lounge_id: int
    name = CharField(max_length=120)
    kind = EnumField(SpaceKind)
    capacity = IntegerField()
    state = EnumField(SpaceState, default=SpaceState.FREE)
    reserved_for = CharField(max_length=200, null=True)
    reserved_until = UtcDateTimeField(null=True)
    position = IntegerField(default=0)
    active = BooleanField(default=True)

    class Meta:
        indexes = ((("lounge", "name"), True),)


class Staff(BaseModel):
    lounge = ForeignKeyField(Lounge, backref="staff", on_delete="CASCADE")
    lounge_id: int
    name = CharField(max_length=120)
    role = EnumField(Role)
    pin_hash = CharField(max_length=200, null=True)  # None for attendants
    active = BooleanField(default=True)
    failed_pins = IntegerField(default=0)
    pin_retry_at = UtcDateTimeField(null=True)
    created_at = UtcDateTimeField()
    language = CharField(max_length=8, null=True)  # chosen at sign-in; None: the lounge's (0020)


class Guest(BaseModel):
    """A person, remembered across visits."""

    surname = CharField(max_length=200)
    given_names = CharField(max_length=200, default="")
    title = CharField(max_length=20, default="")
    language = CharField(max_length=8, default="en")
    frequent_flyer_programme = CharField(max_length=8, default="")
    frequent_flyer_number = CharField(max_length=40, default="")  # masked but the last four
    frequent_flyer_tier = CharField(max_length=40, default="")
    memberships = TextField(default="")
    birthday = DateField(null=True)
    preferences = TextField(default="")
    notes = TextField(default="")
    created_at = UtcDateTimeField()
    anonymised_at = UtcDateTimeField(null=True)

    class Meta:
        indexes = ((("surname", "given_names"), False),)


class AccessRule(BaseModel):
    """Why a guest may enter: one line of the lounge's access policy."""

    lounge = ForeignKeyField(Lounge, backref="access_rules", on_delete="CASCADE")
    lounge_id: int
    name = CharField(max_length=120)
    entitlement = EnumField(Entitlement)
    cabin = EnumField(Cabin, null=True)
    airline = CharField(max_length=3, default="")
    frequent_flyer_tier = CharField(max_length=40, default="")
    card_pattern = CharField(max_length=120, default="")
    price = DecimalField(max_digits=10, decimal_places=2, default=0)
    free_companions = IntegerField(default=0)
    paid_companions = IntegerField(default=0)
    companion_price = DecimalField(max_digits=10, decimal_places=2, default=0)
    position = IntegerField(default=0)
    active = BooleanField(default=True)


class Flight(BaseModel):
    """A departure of the day, imported from CSV or typed in."""

    lounge = ForeignKeyField(Lounge, backref="flights", on_delete="CASCADE")
    lounge_id: int
    carrier = CharField(max_length=3)
    flight_number = CharField(max_length=5)
    flight_date = DateField()
    destination = CharField(max_length=3, default="")
    departs_at = UtcDateTimeField()
    boards_at = UtcDateTimeField(null=True)
    gate = CharField(max_length=8, default="")

    class Meta:
        indexes = ((("lounge", "flight_date", "carrier", "flight_number"), True),)


class Visit(BaseModel):
    """One stay: arrival, check-in, seating, check-out."""

    lounge = ForeignKeyField(Lounge, backref="visits", on_delete="CASCADE")
    lounge_id: int
    guest = ForeignKeyField(Guest, backref="visits", on_delete="RESTRICT")
    guest_id: int
    status = EnumField(VisitStatus, default=VisitStatus.WAITING)
    arrived_at = UtcDateTimeField()
    seated_at = UtcDateTimeField(null=True)
    checked_out_at = UtcDateTimeField(null=True)
    carrier = CharField(max_length=3, default="")
    flight_number = CharField(max_length=5, default="")
    flight_date = DateField(null=True)
    origin = CharField(max_length=3, default="")
    destination = CharField(max_length=3, default="")
    cabin = EnumField(Cabin, null=True)
    seat = CharField(max_length=4, default="")
    checkin_sequence = CharField(max_length=5, null=True)
    flight = ForeignKeyField(Flight, null=True, backref="visits", on_delete="SET NULL")
    flight_id: int | None
    party_size = IntegerField(default=1)
    entitlement = EnumField(Entitlement)
    entitlement_rule = CharField(max_length=120, default="")
    amount_paid = DecimalField(max_digits=10, decimal_places=2, default=0)
    exception_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    exception_by_id: int | None
    exception_reason = TextField(default="")
    space = ForeignKeyField(Space, null=True, backref="visits", on_delete="SET NULL")
    space_id: int | None
    attendant = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    attendant_id: int | None
    boarding_informed_at = UtcDateTimeField(null=True)
    rating = IntegerField(null=True)
    checked_in_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    checked_in_by_id: int
    anonymised_at = UtcDateTimeField(null=True)  # retention has cleared it (0009)
    desk = CharField(max_length=DESK_NAME_LENGTH, null=True)  # where it was checked in (0015)

    class Meta:
        indexes = (
            # The same boarding pass scanned twice is the same visit.
            (("carrier", "flight_number", "flight_date", "checkin_sequence"), True),
            (("lounge", "status"), False),
            (("lounge", "arrived_at"), False),
            (("lounge", "checked_out_at"), False),  # the retention job (0007)
        )


class Companion(BaseModel):
    """Someone who came in with the main guest of a visit."""

    visit = ForeignKeyField(Visit, backref="companions", on_delete="CASCADE")
    visit_id: int
    name = CharField(max_length=200)
    guest = ForeignKeyField(Guest, null=True, backref="+", on_delete="SET NULL")
    guest_id: int | None
    paid = BooleanField(default=False)
    amount_paid = DecimalField(max_digits=10, decimal_places=2, default=0)


class WaitingEntry(BaseModel):
    """A wait: from arrival until seated (or settled). Stored, so a restart keeps the timer."""

    visit = ForeignKeyField(Visit, backref="waits", on_delete="CASCADE")
    visit_id: int
    reason = EnumField(WaitReason)
    wanted_kind = EnumField(SpaceKind, null=True)
    started_at = UtcDateTimeField()
    ended_at = UtcDateTimeField(null=True)
    alert_raised_at = UtcDateTimeField(null=True)
    acknowledged_at = UtcDateTimeField(null=True)  # the latest acknowledgement
    first_acknowledged_at = UtcDateTimeField(null=True)  # the first: was it in time? (0011)
    acknowledged_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    acknowledged_by_id: int | None
    first_acknowledged_by = ForeignKeyField(Staff, null=True, backref="+",  # who did (0011)
                                            on_delete="SET NULL")
    first_acknowledged_by_id: int | None
    acknowledgement = TextField(default="")
    acknowledged_with = CharField(max_length=120, default="")  # Acknowledgement codes, "seat,drink"
    escalated_at = UtcDateTimeField(null=True)
    realerted_at = UtcDateTimeField(null=True)  # alerted again after an acknowledgement (0011)
    escalation_note = TextField(default="")  # the desk's latest words for the duty manager
    escalation_note_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    escalation_note_by_id: int | None

    class Meta:
        indexes = ((("ended_at", "started_at"), False),)


# At most one open wait per visit, even with two desks at once (migration 0006).
WaitingEntry.add_index(WaitingEntry.index(
    WaitingEntry.visit, unique=True, name="waiting_entry_one_open_per_visit",
).where(WaitingEntry.ended_at.is_null()))


class Complaint(BaseModel):
    """A complaint, praise, request or suggestion, in the guest's own words."""

    lounge = ForeignKeyField(Lounge, backref="complaints", on_delete="CASCADE")
    lounge_id: int
    guest = ForeignKeyField(Guest, null=True, backref="complaints", on_delete="SET NULL")
    guest_id: int | None
    visit = ForeignKeyField(Visit, null=True, backref="complaints", on_delete="SET NULL")
    visit_id: int | None
    channel = EnumField(Channel)
    kind = EnumField(FeedbackKind)
    category = EnumField(Category)
    severity = EnumField(Severity)
    status = EnumField(ComplaintStatus, default=ComplaintStatus.NEW)
    guest_words = TextField()
    guest_expects = TextField(default="")
    apologised = BooleanField(default=False)
    immediate_action = TextField(default="")
    compensation_kind = CharField(max_length=80, default="")
    compensation_value = DecimalField(max_digits=10, decimal_places=2, default=0)
    department = EnumField(Department)
    escalated = BooleanField(default=False)
    escalated_at = UtcDateTimeField(null=True)
    owner = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    owner_id: int | None
    promise_due_at = UtcDateTimeField(null=True)
    promise_owner = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    promise_owner_id: int | None
    promise_how = CharField(max_length=200, default="")
    promise_kept_at = UtcDateTimeField(null=True)
    promise_outcome = CharField(max_length=16, default="")  # PromiseOutcome at resolve (0011)
    resolution = TextField(default="")
    created_at = UtcDateTimeField()
    created_by = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    created_by_id: int
    resolved_at = UtcDateTimeField(null=True)
    anonymised_at = UtcDateTimeField(null=True)  # retention has cleared it (0009)
    praised_staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")  # 0012
    praised_staff_id: int | None

    class Meta:
        indexes = ((("lounge", "created_at"), False), (("status",), False),
                   (("promise_kept_at", "promise_due_at"), False), (("lounge", "status"), False))


class ComplaintEvent(BaseModel):
    """One line of a complaint's history: every change, timestamped and attributed."""

    complaint = ForeignKeyField(Complaint, backref="events", on_delete="CASCADE")
    complaint_id: int
    at = UtcDateTimeField()
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    staff_id: int
    status = EnumField(ComplaintStatus)
    step = EnumField(Step, default=Step.NOTE)  # what happened: assigned, escalated, ...
    note = TextField(default="")


class WorkOrder(BaseModel):
    """What another department must do for a complaint or request."""

    complaint = ForeignKeyField(Complaint, backref="work_orders", on_delete="CASCADE")
    complaint_id: int
    department = EnumField(Department)
    description = TextField()
    status = EnumField(WorkOrderStatus, default=WorkOrderStatus.OPEN)
    created_at = UtcDateTimeField()
    done_at = UtcDateTimeField(null=True)


class Shift(BaseModel):
    lounge = ForeignKeyField(Lounge, backref="shifts", on_delete="CASCADE")
    lounge_id: int
    staff = ForeignKeyField(Staff, backref="shifts", on_delete="RESTRICT")
    staff_id: int
    started_at = UtcDateTimeField()
    ended_at = UtcDateTimeField(null=True)
    handover = TextField(default="")  # the handover as written at shift end (JSON)
    acknowledged_by = ForeignKeyField(Staff, null=True, backref="+", on_delete="SET NULL")
    acknowledged_by_id: int | None
    acknowledged_at = UtcDateTimeField(null=True)
    anonymised_at = UtcDateTimeField(null=True)  # retention has cleared it (0009)


class DiaryEntry(BaseModel):
    shift = ForeignKeyField(Shift, backref="diary", on_delete="CASCADE")
    shift_id: int
    at = UtcDateTimeField()
    staff = ForeignKeyField(Staff, backref="+", on_delete="RESTRICT")
    staff_id: int
    text = TextField()


class AuditEvent(BaseModel):
    """Append-only: who did what, when. Holds ids, never personal data."""

    at = UtcDateTimeField()
    staff = ForeignKeyField(Staff, null=True, backref="+", on_delete="RESTRICT")
    staff_id: int | None
    action = CharField(max_length=80)
    entity = CharField(max_length=40, default="")
    entity_id = IntegerField(null=True)
    detail = TextField(default="")
    desk = CharField(max_length=DESK_NAME_LENGTH, null=True)  # at which desk (0015)
    action_key = CharField(max_length=32, null=True, unique=True)  # one row per action (0016)
    # Whose row: the lounge the action was done at (0017); a plain id, as the trail outlives
    # what it names. NULL: written before 0017 in a database of several lounges, or by no lounge.
    lounge_id = IntegerField(null=True)

    class Meta:
        indexes = ((("at",), False),)  # and (lounge_id, at): audit_event_lounge_at (0017)


class ClockMark(BaseModel):
    """The latest time the lounge's database has seen, to tell a wrong PC clock (0009).

    ``seen_at`` moves forward with events recorded under a clock that agrees
    with it, and to the clock's time when a duty manager confirms the date;
    ``doubt`` is the verdict last recorded (see vipdesk.domain.clock_trust).
    """

    lounge = ForeignKeyField(Lounge, unique=True, backref="+", on_delete="CASCADE")
    lounge_id: int
    seen_at = UtcDateTimeField()
    doubt = EnumField(ClockVerdict, max_length=16, default=ClockVerdict.AGREES)


# Retention (0009) finds what is old and not yet cleared by these partial indexes: the
# rows still holding personal data, so each run reads only what crossed the cut-off.
Visit.add_index(Visit.index(Visit.lounge, Visit.arrived_at, name="visit_retention_pending")
                .where(Visit.anonymised_at.is_null()))
Complaint.add_index(Complaint.index(Complaint.lounge, Complaint.created_at,
                                    name="complaint_retention_pending")
                    .where(Complaint.anonymised_at.is_null()))
Shift.add_index(Shift.index(Shift.lounge, Shift.ended_at, name="shift_retention_pending")
                .where(Shift.anonymised_at.is_null()))


ALL_MODELS: tuple[type[BaseModel], ...] = (
    Lounge, Space, Staff, Guest, AccessRule, Flight, Visit, Companion, WaitingEntry,
    Complaint, ComplaintEvent, WorkOrder, Shift, DiaryEntry, AuditEvent, ClockMark,
)
