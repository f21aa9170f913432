"""The argument parser of the headless commands that own their streams (backup, restore,
recover-pins): help on the stdout it was given, errors as one line on its stderr, and a
return instead of ending the process, so tests call the commands like functions."""

from __future__ import annotations

import argparse
import sys
from typing import Any, NoReturn, TextIO


class Stop(Exception):
    """The parser is done (help printed, or an error said): ``status`` is the exit status."""

    def __init__(self, status: int) -> None:
        super().__init__(status)
        self.status = status


class CommandParser(argparse.ArgumentParser):
    """Writes to the streams it was given and raises :class:`Stop` instead of exiting."""

    def __init__(self, *, stdout: TextIO, stderr: TextIO, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # argparse's own keywords, checked by argparse
        self._stdout, self._stderr = stdout, stderr

    def _print_message(self, message: str, file: object = None) -> None:
        if message:
            (self._stdout if file is None or file is sys.stdout else self._stderr).write(message)

    def exit(self, status: int = 0, message: str | None = None) -> NoReturn:
        if message:
            self._stderr.write(message)
        raise Stop(status)

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (try --help)\n")
