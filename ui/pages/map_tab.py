"""``WorkplaceTab``: a tab of the Map page that shows one workplace as a whole (the picture, the
coverage) and reads it only while it is on screen: the page hands over the context and the
workplace (``show_workplace``); the tab reads at once when visible, else when next shown. A
subclass implements ``reload``."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


class WorkplaceTab(QWidget):
    """A Map tab over the chosen workplace, read lazily."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx: Any = None
        self.workplace_id: int | None = None
        self.stale = True

    def show_workplace(self, ctx: Any, workplace_id: int | None) -> None:
        """The workplace to show; read now when on screen, else when next shown."""
        self.ctx = ctx
        self.workplace_id = workplace_id
        self.stale = True
        if self.isVisible():
            self.reload()

    def locked(self) -> bool:
        return self.ctx is None or bool(getattr(self.ctx, "is_locked", False))

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:  # pragma: no cover - every tab has its own
        raise NotImplementedError
