"""The strip along the bottom: lounge, who is signed in, local time, occupancy."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from vipdesk.domain.lounge_time import to_local
from vipdesk.gui import words
from vipdesk.gui.language import shown_number, shown_time, when_language_changes
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
        self._loaded = False
        when_language_changes(self, self.retranslate)

    def retranslate(self) -> None:
        """The language changed: the same figures in its words (nothing before the first read)."""
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        """Everything, now: after sign-in, lock, or a change of data."""
        self._loaded = True
        lounge = self.session.lounge
        self._timezone = lounge.timezone
        self.lounge_label.setText(f"{lounge.name} · {lounge.airport}")
        person = self.session.staff
        if person is None:
            self.staff_label.setText(self.tr("Nobody signed in"))
        else:
            role = words.label(person.role)
            if self.session.locked:
                self.staff_label.setText(self.tr("{name} · {role} (locked)").format(
                    name=person.name, role=role))
            else:
                self.staff_label.setText(f"{person.name} · {role}")
        self.show_occupancy()
        self.show_time()

    def show_time(self) -> None:
        self.time_label.setText(shown_time(to_local(self.session.clock.now(), self._timezone)))

    def show_occupancy(self) -> None:
        figures = occupancy(self.session)
        text = self.tr("{seated} of {capacity} seats taken ({percent}%)").format(
            seated=shown_number(figures.seated), capacity=shown_number(figures.capacity),
            percent=shown_number(figures.percent))
        if figures.waiting:
            text += " · " + self.tr("{count} waiting").format(count=shown_number(figures.waiting))
        self.occupancy_label.setText(text)

    def on_tick(self) -> None:
        self.show_time()
        self._ticks += 1
        if self._ticks % OCCUPANCY_EVERY_TICKS == 0:
            self.show_occupancy()
