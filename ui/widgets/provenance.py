"""Where a record's changes came from: the line the contact and grievance editors show when a
committee member's field report brought in the person, some of their details or history, or a
step of a case ("From Bea's report 3f2a1b0c of 2026-03-16, accepted by Kim on 2026-03-18:
added; phone; 2 one-on-ones"). Hidden when nothing came from a report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QLabel, QWidget

from ui.i18n import shown

_WORDS = {
    ("contacts", "added"): QT_TR_NOOP("person added"),
    ("conversations", "added"): QT_TR_NOOP("one-on-one"),
    ("assessments", "added"): QT_TR_NOOP("assessment"),
    ("grievance_events", "added"): QT_TR_NOOP("step event"),
    ("structure_test_outcomes", "changed"): QT_TR_NOOP("structure-test outcome"),
    ("meetings", "changed"): QT_TR_NOOP("attendance"),
}


def _word(line: Any) -> str:
    if line.action == "changed" and line.field and line.record_kind in ("contacts", "grievances"):
        return line.field.replace("_", " ")
    return shown(_WORDS.get((line.record_kind, line.action), line.record_kind))


def describe(lines: Sequence[Any]) -> str:
    """One sentence per report, oldest first."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for line in lines:
        groups.setdefault((line.reporter, line.report), []).append(line)
    out = []
    for (reporter, report), items in groups.items():
        counts: dict[str, int] = {}
        for item in items:
            word = _word(item)
            counts[word] = counts.get(word, 0) + 1
        what = "; ".join(w if n == 1 else f"{n} × {w}" for w, n in counts.items())
        first = items[0]
        out.append(
            f"From {reporter}'s report {report} of {first.reported_on.isoformat()}, "
            f"accepted by {first.accepted_by} on {first.accepted_at.date().isoformat()}: "
            f"{what}."
        )
    return "\n".join(out)


class ProvenanceLabel(QLabel):
    """The provenance sentences of the record an editor shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("provenance")
        self.setWordWrap(True)
        self.setStyleSheet("#provenance { color: #3b4a5a; }")
        self.setAccessibleName(self.tr("Reported by"))
        self.setVisible(False)

    def show_lines(self, lines: Sequence[Any]) -> None:
        text = describe(lines)
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))
