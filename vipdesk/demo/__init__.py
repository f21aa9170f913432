"""Demo data: a living lounge for newcomers (``--demo``) and a year of history for benchmarks."""

from __future__ import annotations

from vipdesk.demo.generator import DemoSummary, fill_demo_lounge
from vipdesk.demo.team import DEMO_SIGN_IN, DEMO_STAFF, DemoMember

__all__ = ["DEMO_SIGN_IN", "DEMO_STAFF", "DemoMember", "DemoSummary", "fill_demo_lounge"]
