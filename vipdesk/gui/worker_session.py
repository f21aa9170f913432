"""A Session for work handed to a worker thread, built on the GUI thread.

The worker gets the same database (peewee gives each thread its own connection), a
reading of the desk's clock taken now (one clock, read on one thread) and, for work done
for the agent, a copy of who is signed in: the action checks them again in the
database, as at the desk. The worker closes its thread's connection when it is done.
"""

from __future__ import annotations

from vipdesk.clock import StoppedClock
from vipdesk.services.session import Session


def worker_session(desk: Session, *, for_the_agent: bool = True) -> Session:
    """``for_the_agent=False``: the desk's own chores (retention), done by nobody."""
    return desk.for_worker(StoppedClock(desk.clock.now()), for_the_agent=for_the_agent)
