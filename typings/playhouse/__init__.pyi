"""Stubs for the parts of peewee's ``playhouse`` VIP Desk imports (peewee types ``peewee`` only)."""
