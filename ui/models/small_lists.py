"""Small read-only lists of one contact: their social ties and their past conversations.

Both come from ``forum_kit.queries`` (``person_detail`` ties, ``conversations_of``) as short lists
of frozen rows, shown through ``RowListModel``.
"""

from __future__ import annotations

from ui.models.row_list_model import ListColumn, RowListModel


def _first_line(value: object) -> str:
    text = "" if value is None else str(value)
    line = text.splitlines()[0] if text else ""
    return line if len(line) <= 80 else line[:79] + "…"


class TiesModel(RowListModel):
    """Who this contact talks to; ``ID_ROLE`` is the other contact's id."""

    columns = (
        ListColumn("Person", "other_name"),
        ListColumn("Kind", "kind"),
    )
    id_attr = "other_id"


class ConversationsOfModel(RowListModel):
    """One contact's conversations, newest first; ``ID_ROLE`` is the conversation id."""

    columns = (
        ListColumn("Date", "held_on"),
        ListColumn("By", "by_name"),
        ListColumn("Ask", "ask", _first_line),
        ListColumn("Assessment", "assessment_label"),
        ListColumn("Follow-up", "follow_up_on"),
    )
