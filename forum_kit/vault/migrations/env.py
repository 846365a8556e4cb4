"""Alembic environment: migrate the keyed connection handed over by ``runner``.

Runs only inside Alembic (importing it elsewhere, e.g. an import-everything test, does nothing)
and only online, on the connection in ``config.attributes["connection"]``; it never builds an
engine or reads a URL, so no key can leak into Alembic's configuration.
"""

from __future__ import annotations

from alembic import context

import forum_kit.models  # noqa: F401  (the package imports every model module)
import forum_kit.models.meta  # noqa: F401
from forum_kit.models.base import Base


def run_migrations() -> None:
    """Configure Alembic on the supplied connection and run the revisions in one transaction."""
    connection = context.config.attributes.get("connection")
    if connection is None or context.is_offline_mode():
        raise RuntimeError("vault migrations run from code on the keyed connection only")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if getattr(context, "_proxy", None) is not None:
    run_migrations()
