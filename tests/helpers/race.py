"""Two desks racing for the same seats: the harness the capacity-race tests share."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

from peewee import Database


def race_desks(db: Database, turns: Sequence[Sequence[Callable[[], object]]],
                   refusal: type[Exception]) -> list[str]:
    """Run each desk's turns in a thread of its own, both let go at the same moment.

    Returns one outcome a turn: "done", "refused" (it raised ``refusal``) or
    "error: ..." for anything else, so a failure in a thread is reported, never lost.
    Each thread closes its own connection to ``db`` when it is done.
    """
    start = threading.Barrier(len(turns))
    outcomes: list[str] = []
    lock = threading.Lock()

    def desk(own_turns: Sequence[Callable[[], object]]) -> None:
        try:
            start.wait()
            for turn in own_turns:
                try:
                    turn()
                    result = "done"
                except refusal:
                    result = "refused"
                with lock:
                    outcomes.append(result)
        except Exception as error:  # noqa: BLE001 (reported in the outcomes, not lost in a thread)
            with lock:
                outcomes.append(f"error: {error!r}")
        finally:
            db.close()  # this thread's connection

    threads = [threading.Thread(target=desk, args=(own,)) for own in turns]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes
