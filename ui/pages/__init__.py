"""The page protocol every page of the main window follows.

Owns ``Page``, the base class of the pages (Map, People, Conversations, ... and the search
results). The main window only talks to pages through it:

- ``title``: the sidebar label.
- ``attach(ctx)``: load data from ``ctx.unit_of_work()``; called when the page is first shown
  after an unlock (and at start). Keep ``ctx``, never the ``Vault`` or a session.
- ``clear()``: called on lock; drop every model row, every editor field and every cached row so
  no personal data stays in a widget. Unsaved drafts may be kept in plain Python memory for the
  unlock, never written anywhere.
- ``refresh()``: reload after data changed elsewhere.
- ``open_item(kind, item_id)``: show one item (e.g. ``"person"``); True when this page handles it.
  List the kinds in the class attribute ``kinds`` so the window routes to the page.
- ``state()`` / ``restore_state(state)``: which row/tab was selected, to return there after an
  unlock, plus an optional ``"draft"`` entry with unsaved field values (SECURITY.md: unsaved edits
  survive the lock, kept in memory only; the main window never writes states anywhere).
- ``open_requested(kind, item_id)``: emit to ask the window to show an item on another page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from ui.session import AppContext

# Kinds used with open_item / open_requested across pages.
KIND_PERSON = "person"
KIND_CONVERSATION = "conversation"
KIND_GRIEVANCE = "grievance"
KIND_WORKPLACE = "workplace"
KIND_AREA = "area"


class Page(QWidget):
    """Base class of the main window's pages; subclasses override what they need."""

    title: str = ""
    kinds: tuple[str, ...] = ()  # the kinds open_item() shows, so the window can route to it
    open_requested = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: AppContext | None = None

    def attach(self, ctx: AppContext) -> None:
        """Remember the context and load data."""
        self.ctx = ctx

    def clear(self) -> None:
        """Drop all data shown or cached (called on lock)."""

    def refresh(self) -> None:
        """Reload data from the vault."""

    def open_item(self, kind: str, item_id: int) -> bool:
        """Show one item; False when this page does not show that kind."""
        return False

    def state(self) -> dict[str, Any]:
        """Ids/indexes of the current selection, to restore after unlock."""
        return {}

    def restore_state(self, state: dict[str, Any]) -> None:
        """Re-select what ``state()`` recorded (ids that no longer exist are ignored)."""
