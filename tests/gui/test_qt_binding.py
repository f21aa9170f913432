"""Guards against a Qt binding that cannot run a desk all day."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(str)


def test_emitting_signals_does_not_leak_references_to_true() -> None:
    # PySide6 6.12.0 dropped one reference to True per emit and aborted the
    # process after a few hundred: a kiosk emits one per user action.
    emitter = _Emitter()
    emitter.changed.connect(lambda _text: None)
    before = sys.getrefcount(True)
    for _ in range(200):
        emitter.changed.emit("visits")
    assert abs(sys.getrefcount(True) - before) < 20  # 6.12.0: -200


def test_combo_item_data_does_not_leak_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 also dropped a reference to None per None item data read;
    # the desk reads such data on every check-in.
    from PySide6.QtWidgets import QComboBox

    combo = QComboBox()
    qtbot.addWidget(combo)
    before = sys.getrefcount(None)
    for _ in range(200):
        combo.addItem("Best free space", None)
        combo.currentData()
    assert abs(sys.getrefcount(None) - before) < 20  # 6.12.0: -400
