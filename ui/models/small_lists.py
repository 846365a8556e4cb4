"""Small read-only lists of one contact: their social ties and their past conversations.

Both come from ``forum_kit.queries`` (``person_detail`` ties, ``conversations_of``) as short lists
of frozen rows, shown through ``RowListModel``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP

from ui.models.row_list_model import ListColumn, RowListModel


def _first_line(value: object) -> str:
    text = "" if value is None else str(value)
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= 80 else line[:79] + "…"


class TiesModel(RowListModel):
    """Who this contact talks to; ``ID_ROLE`` is the other contact's id."""

    columns = (
        ListColumn(QT_TR_NOOP("Person"), "other_name"),
        ListColumn(QT_TR_NOOP("Kind"), "kind"),
    )
    id_attr = "other_id"


class ConversationsOfModel(RowListModel):
    """One contact's conversations, newest first; ``ID_ROLE`` is the conversation id."""

    columns = (
        ListColumn(QT_TR_NOOP("Date"), "held_on"),
        ListColumn(QT_TR_NOOP("By"), "by_name"),
        ListColumn(QT_TR_NOOP("Ask"), "ask", _first_line),
        ListColumn(QT_TR_NOOP("Assessment"), "assessment_label"),
        ListColumn(QT_TR_NOOP("Follow-up"), "follow_up_on"),
    )
