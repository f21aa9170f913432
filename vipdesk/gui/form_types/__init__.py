"""One type per Designer form in ``ui/``: its object-named widgets and layouts, by name and
Qt class, so that mypy checks ``self.ui.pinEdit`` (see ``vipdesk.gui.forms.DesignerForm``).
"""

from __future__ import annotations

from vipdesk.gui.form_types.authorise import AuthoriseForm
from vipdesk.gui.form_types.board_screen import BoardForm
from vipdesk.gui.form_types.complaints_screen import ComplaintsForm
from vipdesk.gui.form_types.desk_screen import DeskForm
from vipdesk.gui.form_types.erase_guest_screen import EraseGuestForm
from vipdesk.gui.form_types.feedback_dialog import FeedbackForm
from vipdesk.gui.form_types.first_run import FirstRunForm
from vipdesk.gui.form_types.handover_screen import HandoverForm
from vipdesk.gui.form_types.lounge_chooser import LoungeChooserForm
from vipdesk.gui.form_types.manual_entry import ManualEntryForm
from vipdesk.gui.form_types.reports_screen import ReportsForm
from vipdesk.gui.form_types.settings_screen import SettingsForm
from vipdesk.gui.form_types.sign_in import SignInForm
from vipdesk.gui.form_types.staff_screen import StaffForm

FORM_TYPES = (
    AuthoriseForm, BoardForm, ComplaintsForm, DeskForm, EraseGuestForm, FeedbackForm,
    FirstRunForm, HandoverForm, LoungeChooserForm, ManualEntryForm, ReportsForm, SettingsForm,
    SignInForm, StaffForm,
)

__all__ = [
    "FORM_TYPES", "AuthoriseForm", "BoardForm", "ComplaintsForm", "DeskForm", "EraseGuestForm",
    "FeedbackForm", "FirstRunForm", "HandoverForm", "LoungeChooserForm", "ManualEntryForm",
    "ReportsForm", "SettingsForm", "SignInForm", "StaffForm",
]
