"""A message line that says its words again when the language changes.

Every :class:`~vipdesk.gui.messages.MessageLine` now does (:meth:`MessageLine.say`,
:meth:`MessageLine.again`, a refusal made again on a switch): ``SaidAgain`` stays as its
name where the desk and the authorisation dialog use it.
"""

from __future__ import annotations

from vipdesk.gui.messages import MessageLine, Words

__all__ = ["SaidAgain", "Words"]


class SaidAgain(MessageLine):
    """A message line whose words are made again when the language changes (:meth:`again`):
    what the desk said is said in the new language, never lost or left in the old one."""
