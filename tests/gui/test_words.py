"""The screens show the shared words through Qt's translation, in one context."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from vipdesk.domain.vocabulary import Department, Entitlement, SpaceKind
from vipdesk.gui import words


class _Shouting(QTranslator):
    """A translation that writes every word of the vocabulary in capitals."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        return source.upper() if context == "Vocabulary" else None


@pytest.fixture
def shouting(qapp: QApplication) -> Iterator[None]:
    translator = _Shouting()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_words_are_english_without_a_translation(qapp: QApplication) -> None:
    assert words.label(Department.AIRLINE_LIAISON) == "Airline liaison"
    assert words.in_a_sentence(SpaceKind.BOX) == "box"
    assert words.way_in(Entitlement.MEMBERSHIP) == "Lounge membership"


def test_every_kind_of_word_is_translated_as_it_is_shown(shouting: None) -> None:
    assert words.label(Department.IT) == "IT"
    assert words.label("food_and_beverage") == "FOOD AND BEVERAGE"
    assert words.in_a_sentence(SpaceKind.VIP_ROOM) == "VIP ROOM"
    assert words.way_in(Entitlement.PAID) == "PAID ENTRY"
