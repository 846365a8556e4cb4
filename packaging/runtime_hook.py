"""PyInstaller runtime hook: the bundle writes nothing beside itself.

Alembic loads the migration revisions from their ``.py`` files; Python would cache their
bytecode in ``__pycache__`` folders inside the program's folder (which may be read-only, and
must stay exactly as installed). Runs before the program's own code.
"""

import sys

sys.dont_write_bytecode = True
