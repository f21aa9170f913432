"""Counted phrases in plain text (documents, the command line, services' messages).

The screens use :func:`vipdesk.gui.words.counted`, which Qt translates; this is its
English twin for text that is not shown through Qt: "1 companion", "3 companions",
never "companion(s)".
"""

from __future__ import annotations


def counted(count: int, one: str, many: str) -> str:
    """``one`` for exactly 1, ``many`` for any other count; ``{n}`` in either is the count."""
    return (one if count == 1 else many).replace("{n}", f"{count:,}")
