"""The strip along the bottom: lounge, who is signed in, local time, occupancy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from vipdesk.domain.lounge_time import clock_text
from vipdesk.gui import words
from vipdesk.services.lounge_status import occupancy
from vipdesk.services.session import Session

OCCUPANCY_EVERY_TICKS = 5


class DeskStatusBar(QStatusBar):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setSizeGripEnabled(False)
        self.lounge_label = QLabel()
        self.staff_label = QLabel()
        self.occupancy_label = QLabel()
        self.time_label = QLabel()
        self.addWidget(self.lounge_label)
        self.addWidget(self.staff_label, 1)
        self.addPermanentWidget(self.occupancy_label)
        self.addPermanentWidget(self.time_label)
        self._ticks = 0
        self._timezone = "UTC"

    def reload(self) -> None:
        """Everything, now: after sign-in, lock, or a change of data."""
        lounge = self.session.lounge
        self._timezone = lounge.timezone
        self.lounge_label.setText(f"{lounge.name} · {lounge.airport}")
        person = self.session.staff
        if person is None:
            self.staff_label.setText(self.tr("Nobody signed in"))
        else:
            role = words.label(person.role)
            locked = self.tr(" (locked)") if self.session.locked else ""
            self.staff_label.setText(f"{person.name} · {role}{locked}")
        self.show_occupancy()
        self.show_time()

    def show_time(self) -> None:
        self.time_label.setText(clock_text(self.session.clock.now(), self._timezone))

    def show_occupancy(self) -> None:
        figures = occupancy(self.session)
        text = self.tr("%1 of %2 seats taken (%3%)")
        text = text.replace("%1", str(figures.seated)).replace("%2", str(figures.capacity))
        text = text.replace("%3", str(figures.percent))
        if figures.waiting:
            text += self.tr(" · %1 waiting").replace("%1", str(figures.waiting))
        self.occupancy_label.setText(text)

    def on_tick(self) -> None:
        self.show_time()
        self._ticks += 1
        if self._ticks % OCCUPANCY_EVERY_TICKS == 0:
            self.show_occupancy()
