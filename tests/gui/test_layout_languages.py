"""Nothing is cut in Chinese, in Danish or in a pseudo-locale 40% longer with accents.

The layout-fit test (``tests.gui.test_layout_fit``: every screen and dialog, signed in as
each role, at 1280x800, 1366x768 and 1920x1080) runs here in the desk's other languages;
English is that test's own. The pseudo-locale is built at test time from the ``.ts``
sources (``tests.helpers.screen_words.pseudo_translation``): every text longer by 40%,
with accented letters, its ``{fields}`` and ``%n`` kept, compiled with PySide6's lrelease
and installed as the only translator. What is cut is listed with its screen, widget and
text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from tests.gui import test_layout_fit as layout_fit
from tests.gui.test_layout_fit import SIZES, problems_at
from tests.helpers.screen_words import pseudo, pseudo_translation, speak_throughout
from vipdesk.demo.busy import BusyMoment
from vipdesk.gui.cjk_font import register_cjk_font
from vipdesk.services.session import Session

# The layout-fit test's busy demo lounge (copied for each test) and the desk's own style.
demo, busy, session, styled = layout_fit.demo, layout_fit.busy, layout_fit.session, \
    layout_fit.styled
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support raise", "QPainter::begin")
LANGUAGES = ["zh_CN", "da", "pseudo"]


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pseudo_translation(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def speaking(request: pytest.FixtureRequest, qapp, session: Session) -> Iterator[str]:
    """The desk in the test's language (the lounge and its staff too: ``session``'s
    database); the pseudo-locale installed on its own."""
    language = request.param
    if language != "pseudo":
        speak_throughout(language)
        yield language
        return
    register_cjk_font()  # as the desk does after its first paint, whatever it speaks
    translator = QTranslator(qapp)
    assert translator.load(str(request.getfixturevalue("pseudo_qm")))
    QCoreApplication.installTranslator(translator)
    try:
        yield language
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("speaking", LANGUAGES, indirect=True)
@pytest.mark.parametrize(("width", "height"), SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_every_text_fits_in_this_language(qtbot, styled: None, session: Session,
                                          busy: BusyMoment, speaking: str, width: int,
                                          height: int) -> None:
    problems = problems_at(qtbot, session, busy, width, height)
    cut = "\n".join(f"{where} | {what}" for what, where in problems.items())
    assert not problems, (f"{len(problems)} texts cut in {speaking} at {width}x{height} "
                          f"(screen | widget and text):\n{cut}")


def test_the_pseudo_locale_is_longer_and_keeps_its_fields() -> None:
    text = "Checked in at {time}: %n guests"
    made = pseudo(text)
    assert "{time}" in made and "%n" in made
    visible = len(text) - len("{time}%n")
    assert len(made) - len("{time}%n") >= 1.4 * visible
    assert "é" in made or "á" in made


def test_the_pseudo_locale_is_what_the_desk_shows(qtbot, qapp, pseudo_qm: Path) -> None:
    """The control: with the pseudo translator installed, a screen's text is the pseudo."""
    from PySide6.QtWidgets import QLabel
    translator = QTranslator(qapp)
    assert translator.load(str(pseudo_qm))
    QCoreApplication.installTranslator(translator)
    try:
        shown = QCoreApplication.translate("Vocabulary", "Waiting")
    finally:
        QCoreApplication.removeTranslator(translator)
    label = QLabel(shown)
    qtbot.addWidget(label)
    assert shown == pseudo("Waiting") != "Waiting"
