"""Shared fixtures: a fresh database per test, a fake clock, a lounge set up."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The PIN key of this test run: a file in a folder of its own, never the user's own key
# (set before anything can read it; subprocesses inherit it).
_KEY_FOLDER = Path(tempfile.mkdtemp(prefix="vipdesk-test-pin-key-"))
os.environ["VIPDESK_PIN_KEY"] = str(_KEY_FOLDER / "pin.key")

import pytest  # noqa: E402  (Qt must see the platform first)

from tests.helpers import engine  # noqa: E402
from tests.helpers.qt import delete_later_now, layout_item_wrappers  # noqa: E402
from vipdesk.clock import FakeClock  # noqa: E402
from vipdesk.domain.lounge_setup import LoungePlan  # noqa: E402
from vipdesk.domain.pin import PinKey  # noqa: E402
from vipdesk.domain.vocabulary import Role  # noqa: E402
from vipdesk.services import setup, staff  # noqa: E402
from vipdesk.services.session import Session  # noqa: E402
from vipdesk.storage.database import open_database  # noqa: E402
from vipdesk.storage.models import Lounge, Staff  # noqa: E402
from vipdesk.storage.pin_key import ENV_VAR as PIN_KEY_ENV  # noqa: E402
from vipdesk.storage.pin_key import default_key_path, key_at  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ADMIN_PIN = "246810"
MANAGER_PIN = "864213"
DESK_PIN = "2468"


@pytest.fixture(autouse=True)
def _delete_closed_widgets() -> Iterator[None]:
    """Delete the widgets pytest-qt closed (it asks with ``deleteLater()``), so no test
    runs among the left-overs of all the earlier ones. Torn down last (set up first).
    No layout item's wrapper is left for a later test to meet at a reused address."""
    yield
    delete_later_now()
    assert layout_item_wrappers() == [], "a QLayoutItem reached Python and may outlive its item"


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    """Each test starts in English: one that switched the desk's language switches it back
    (its screens are not redone: their database may be gone by now)."""
    yield
    from vipdesk.gui import language
    if language.current_language() != language.ENGLISH:
        language.forget_language()


@pytest.fixture(autouse=True)
def _desk_language_of_the_test_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The language this PC remembers for its first window is the test's own (English at
    first): no test reads what another's sign-in screen spoke, nor writes the user's own."""
    from PySide6.QtCore import QSettings

    from vipdesk.gui import desk_language
    store = str(tmp_path / "desk-language.ini")
    monkeypatch.setattr(desk_language, "store",
                        lambda: QSettings(store, QSettings.Format.IniFormat))


@pytest.fixture(scope="session", autouse=True)
def _the_real_pin_key_is_never_written() -> Iterator[None]:
    """No test, and nothing a test starts, makes a key in the user's own config folder."""
    real = default_key_path()
    existed = real.exists()
    yield
    shutil.rmtree(_KEY_FOLDER, ignore_errors=True)
    assert existed or not real.exists(), f"a test wrote the user's PIN key file {real}"


@pytest.fixture(scope="session")
def pin_key() -> PinKey:
    """This run's PIN key: the file ``$VIPDESK_PIN_KEY`` names, as the desk and CLI load it."""
    return key_at(Path(os.environ[PIN_KEY_ENV]))


@pytest.fixture
def clock() -> FakeClock:
    # A Monday morning at Copenhagen airport, 09:00 local time.
    return FakeClock(dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC))


@pytest.fixture(scope="session", autouse=True)
def _postgres_template() -> Iterator[None]:
    """On the PostgreSQL run: the server is there and one migrated database to copy made,
    or the whole run skips saying why."""
    if not engine.ON_POSTGRES:
        yield
        return
    if (problem := engine.server_problem()) is not None:
        pytest.skip(f"PostgreSQL run skipped: {problem}")
    engine.make_template()
    yield
    engine.drop(engine.TEMPLATE)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The SQLite file a test works on as a file (copies, damage, permissions, backups)."""
    if engine.ON_POSTGRES:
        pytest.skip(engine.FILE_ONLY)
    return tmp_path / "vipdesk.sqlite3"


@pytest.fixture
def db_target(tmp_path: Path) -> Iterator[str | Path]:
    """Where the test's database is: an SQLite file, or a PostgreSQL database of its own."""
    if not engine.ON_POSTGRES:
        yield tmp_path / "vipdesk.sqlite3"
        return
    name, url = engine.fresh_database()
    yield url
    engine.drop(name)


@pytest.fixture
def db(db_target: str | Path) -> Iterator[object]:
    database = open_database(db_target)
    yield database
    database.close()


@pytest.fixture
def session(db: object, clock: FakeClock, pin_key: PinKey) -> Session:
    return Session(db=db, clock=clock, pin_key=pin_key)  # type: ignore[arg-type]


@pytest.fixture
def lounge(session: Session) -> Lounge:
    """Set up through the service, as a first run does; the row, for tests that write rows."""
    made = setup.set_up_lounge(session, LoungePlan(
        name="Nordic Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Astrid Admin", admin_pin=ADMIN_PIN))
    return Lounge.get_by_id(made.id)


@pytest.fixture
def admin(session: Session, lounge: Lounge) -> Staff:
    return Staff.get(Staff.role == Role.ADMINISTRATOR)


@pytest.fixture
def team(session: Session, admin: Staff) -> dict[str, Staff]:
    """An administrator, a duty manager, a front-desk agent and an attendant, as rows (tests
    put them in a session and on rows they make)."""
    staff.sign_in(session, admin.id, ADMIN_PIN)

    def hire(name: str, role: Role, pin: str | None) -> Staff:
        return Staff.get_by_id(staff.add_staff(session, name, role, pin).id)

    members = {
        "admin": admin,
        "manager": hire("Mads Manager", Role.DUTY_MANAGER, MANAGER_PIN),
        "desk": hire("Dina Desk", Role.FRONT_DESK, DESK_PIN),
        "attendant": hire("Ali Attendant", Role.ATTENDANT, None),
    }
    staff.sign_out(session)
    return members


@pytest.fixture
def desk_session(session: Session, team: dict[str, Staff]) -> Session:
    """Signed in as the front-desk agent."""
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    return session


@pytest.fixture
def lounge_session(session: Session, lounge: Lounge) -> Session:
    """A desk session bound to the set-up lounge, nobody signed in."""
    session.lounge_id = lounge.id
    return session
