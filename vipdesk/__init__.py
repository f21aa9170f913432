"""VIP Desk: the front desk of an airport VIP lounge."""

__version__ = "0.1.0"
