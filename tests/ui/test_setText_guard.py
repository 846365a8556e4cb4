"""PITFALLS.md: PySide6 6.12 on Python 3.11 aborts after ~5,000 QLabel.setText calls.

This test makes a bad upgrade fail CI instead of a steward's laptop.
"""

from PySide6.QtWidgets import QLabel


def test_set_text_twenty_thousand_times(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    for i in range(20_000):
        label.setText(f"row {i}")
        label.setText("")
    label.setText("done")
    assert label.text() == "done"
