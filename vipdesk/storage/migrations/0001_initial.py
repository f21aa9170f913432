"""The first schema: the whole lounge domain (issue 2), less the access rules.

Frozen copies of the models as they were at this version, deliberately independent
of ``vipdesk.storage.models``: later changes to the models must come as new
numbered scripts, never as edits here. Times are naive UTC, enums their values.
"""

from peewee import (
    BooleanField,
    CharField,
    Database,
    DateField,
    DateTimeField,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)
from playhouse.migrate import SchemaMigrator

APPEND_ONLY_TRIGGERS = (
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
    """CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END""",
)

APPEND_ONLY_TRIGGERS_POSTGRESQL = (
    """CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'the audit trail is append-only'
       USING ERRCODE = 'restrict_violation'; END $$""",
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
       FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()""",
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Lounge(Model):
        name = CharField(max_length=120)
        airport = CharField(max_length=3)
        timezone = CharField(max_length=64)
        wifi_network = CharField(max_length=64, default='')
        wifi_password = CharField(max_length=64, default='')
        fatigue_minutes = IntegerField(default=15)
        amber_minutes = IntegerField(default=10)
        escalate_after_minutes = IntegerField(default=5)
        boarding_reminder_minutes = IntegerField(default=20)
        idle_lock_minutes = IntegerField(default=5)
        retention_days = IntegerField(default=90)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'lounge'
    db.create_tables([Lounge])

    class Staff(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        name = CharField(max_length=120)
        role = CharField(max_length=32)
        pin_hash = CharField(null=True, max_length=200)
        active = BooleanField(default=True)
        failed_pins = IntegerField(default=0)
        pin_retry_at = DateTimeField(null=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'staff'
    db.create_tables([Staff])

    class AuditEvent(Model):
        at = DateTimeField()
        staff = ForeignKeyField(Staff, null=True, on_delete='RESTRICT')
        action = CharField(max_length=80)
        entity = CharField(max_length=40, default='')
        entity_id = IntegerField(null=True)
        detail = TextField(default='')
        class Meta:
            database = db
            table_name = 'audit_event'
            indexes = ((('at',), False),)
    db.create_tables([AuditEvent])

    class Guest(Model):
        surname = CharField(max_length=200)
        given_names = CharField(max_length=200, default='')
        title = CharField(max_length=20, default='')
        language = CharField(max_length=8, default='en')
        frequent_flyer_programme = CharField(max_length=8, default='')
        frequent_flyer_number = CharField(max_length=40, default='')
        frequent_flyer_tier = CharField(max_length=40, default='')
        memberships = TextField(default='')
        birthday = DateField(null=True)
        preferences = TextField(default='')
        notes = TextField(default='')
        created_at = DateTimeField()
        anonymised_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'guest'
            indexes = ((('surname', 'given_names'), False),)
    db.create_tables([Guest])

    class Flight(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        carrier = CharField(max_length=3)
        flight_number = CharField(max_length=5)
        flight_date = DateField()
        destination = CharField(max_length=3, default='')
        departs_at = DateTimeField()
        boards_at = DateTimeField(null=True)
        gate = CharField(max_length=8, default='')
        class Meta:
            database = db
            table_name = 'flight'
            indexes = ((('lounge', 'flight_date', 'carrier', 'flight_number'), True),)
    db.create_tables([Flight])

    class Space(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        name = CharField(max_length=120)
        kind = CharField(max_length=32)
        capacity = IntegerField()
        state = CharField(max_length=32, default='free')
        reserved_for = CharField(null=True, max_length=200)
        reserved_until = DateTimeField(null=True)
        position = IntegerField(default=0)
        active = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'space'
            indexes = ((('lounge', 'name'), True),)
    db.create_tables([Space])

    class Visit(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        guest = ForeignKeyField(Guest, on_delete='RESTRICT')
        status = CharField(max_length=32, default='waiting')
        arrived_at = DateTimeField()
        seated_at = DateTimeField(null=True)
        checked_out_at = DateTimeField(null=True)
        carrier = CharField(max_length=3, default='')
        flight_number = CharField(max_length=5, default='')
        flight_date = DateField(null=True)
        origin = CharField(max_length=3, default='')
        destination = CharField(max_length=3, default='')
        cabin = CharField(null=True, max_length=32)
        seat = CharField(max_length=4, default='')
        checkin_sequence = CharField(null=True, max_length=5)
        flight = ForeignKeyField(Flight, null=True, on_delete='SET NULL')
        party_size = IntegerField(default=1)
        entitlement = CharField(max_length=32)
        entitlement_rule = CharField(max_length=120, default='')
        amount_paid = DecimalField(decimal_places=2, default=0)
        exception_by = ForeignKeyField(Staff, null=True, on_delete='RESTRICT')
        exception_reason = TextField(default='')
        space = ForeignKeyField(Space, null=True, on_delete='SET NULL')
        attendant = ForeignKeyField(Staff, null=True, on_delete='SET NULL')
        boarding_informed_at = DateTimeField(null=True)
        rating = IntegerField(null=True)
        checked_in_by = ForeignKeyField(Staff, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'visit'
            indexes = (
                (('carrier', 'flight_number', 'flight_date', 'checkin_sequence'), True),
                (('lounge', 'status'), False),
                (('lounge', 'arrived_at'), False),
            )
    db.create_tables([Visit])

    class Companion(Model):
        visit = ForeignKeyField(Visit, on_delete='CASCADE')
        name = CharField(max_length=200)
        guest = ForeignKeyField(Guest, null=True, on_delete='SET NULL')
        paid = BooleanField(default=False)
        amount_paid = DecimalField(decimal_places=2, default=0)
        class Meta:
            database = db
            table_name = 'companion'
    db.create_tables([Companion])

    class Complaint(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        guest = ForeignKeyField(Guest, null=True, on_delete='SET NULL')
        visit = ForeignKeyField(Visit, null=True, on_delete='SET NULL')
        channel = CharField(max_length=32)
        kind = CharField(max_length=32)
        category = CharField(max_length=32)
        severity = CharField(max_length=32)
        status = CharField(max_length=32, default='new')
        guest_words = TextField()
        guest_expects = TextField(default='')
        apologised = BooleanField(default=False)
        immediate_action = TextField(default='')
        compensation_kind = CharField(max_length=80, default='')
        compensation_value = DecimalField(decimal_places=2, default=0)
        department = CharField(max_length=32)
        escalated = BooleanField(default=False)
        promise_due_at = DateTimeField(null=True)
        promise_owner = ForeignKeyField(Staff, null=True, on_delete='SET NULL')
        promise_how = CharField(max_length=200, default='')
        promise_kept_at = DateTimeField(null=True)
        resolution = TextField(default='')
        created_at = DateTimeField()
        created_by = ForeignKeyField(Staff, on_delete='RESTRICT')
        resolved_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'complaint'
            indexes = ((('lounge', 'created_at'), False), (('status',), False))
    db.create_tables([Complaint])

    class ComplaintEvent(Model):
        complaint = ForeignKeyField(Complaint, on_delete='CASCADE')
        at = DateTimeField()
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        status = CharField(max_length=32)
        note = TextField(default='')
        class Meta:
            database = db
            table_name = 'complaint_event'
    db.create_tables([ComplaintEvent])

    class Shift(Model):
        lounge = ForeignKeyField(Lounge, on_delete='CASCADE')
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        started_at = DateTimeField()
        ended_at = DateTimeField(null=True)
        handover = TextField(default='')
        acknowledged_by = ForeignKeyField(Staff, null=True, on_delete='SET NULL')
        acknowledged_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'shift'
    db.create_tables([Shift])

    class DiaryEntry(Model):
        shift = ForeignKeyField(Shift, on_delete='CASCADE')
        at = DateTimeField()
        staff = ForeignKeyField(Staff, on_delete='RESTRICT')
        text = TextField()
        class Meta:
            database = db
            table_name = 'diary_entry'
    db.create_tables([DiaryEntry])

    class WaitingEntry(Model):
        visit = ForeignKeyField(Visit, on_delete='CASCADE')
        reason = CharField(max_length=32)
        wanted_kind = CharField(null=True, max_length=32)
        started_at = DateTimeField()
        ended_at = DateTimeField(null=True)
        alert_raised_at = DateTimeField(null=True)
        acknowledged_at = DateTimeField(null=True)
        acknowledged_by = ForeignKeyField(Staff, null=True, on_delete='SET NULL')
        acknowledgement = TextField(default='')
        escalated_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'waiting_entry'
            indexes = ((('ended_at', 'started_at'), False),)
    db.create_tables([WaitingEntry])

    class WorkOrder(Model):
        complaint = ForeignKeyField(Complaint, on_delete='CASCADE')
        department = CharField(max_length=32)
        description = TextField()
        status = CharField(max_length=32, default='open')
        created_at = DateTimeField()
        done_at = DateTimeField(null=True)
        class Meta:
            database = db
            table_name = 'work_order'
    db.create_tables([WorkOrder])
    if db.__class__.__name__.startswith("Sqlite"):
        for statement in APPEND_ONLY_TRIGGERS:
            db.execute_sql(statement)
    else:  # PostgreSQL (added with issue 15, before any lounge ran on it)
        for statement in APPEND_ONLY_TRIGGERS_POSTGRESQL:
            db.execute_sql(statement)


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.drop_table('work_order'))
    migrator.migrate(migrator.drop_table('waiting_entry'))
    migrator.migrate(migrator.drop_table('diary_entry'))
    migrator.migrate(migrator.drop_table('shift'))
    migrator.migrate(migrator.drop_table('complaint_event'))
    migrator.migrate(migrator.drop_table('complaint'))
    migrator.migrate(migrator.drop_table('companion'))
    migrator.migrate(migrator.drop_table('visit'))
    migrator.migrate(migrator.drop_table('space'))
    migrator.migrate(migrator.drop_table('flight'))
    migrator.migrate(migrator.drop_table('guest'))
    migrator.migrate(migrator.drop_table('audit_event'))
    migrator.migrate(migrator.drop_table('staff'))
    migrator.migrate(migrator.drop_table('lounge'))
