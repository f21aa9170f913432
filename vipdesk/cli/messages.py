"""How the headless commands word a problem: one line, whatever the exception held."""

from __future__ import annotations

from vipdesk.storage.guarded_files import FileRefused, Refusal


def one_line(problem: BaseException) -> str:
    """The exception's message on one line (its type's name when it has none)."""
    return " ".join(str(problem).split()) or type(problem).__name__


def refusal(refused: FileRefused) -> str:
    """Why an output file was refused; an existing file names the option that replaces it."""
    hint = " (add --force to replace it)" if refused.refusal is Refusal.EXISTS else ""
    return f"{refused}{hint}"
