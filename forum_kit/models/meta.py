"""The vault identity table ``vault_meta``: small key/value facts about the vault itself.

Holds the ``vault_id`` (which must equal the key file's, so a foreign database next to a copied
key file is refused) and the schema ``created_at`` timestamp. Domain data never goes here.
"""

from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from forum_kit.models.base import Base

VAULT_ID_KEY = "vault_id"
CREATED_AT_KEY = "created_at"


class VaultMeta(Base):
    """One fact about the vault, keyed by a short name."""

    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String, nullable=False)
