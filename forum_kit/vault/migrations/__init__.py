"""Alembic migrations of the vault schema, run from code on the keyed connection.

This folder is Alembic's script location (``env.py``, ``versions/``); ``runner`` is the only
module the rest of the program imports. There is no ``alembic.ini`` on disk by design.
"""
