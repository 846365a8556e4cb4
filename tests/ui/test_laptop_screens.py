"""Every page and dialog at 1280x720, the screen of a small laptop (issue 24).

One test per shot of ``docs/screenshots/make_screenshots.py``: the same registry that draws the
pictures shows each page or dialog here, on a small generated demo vault, on a 1280x720 screen
(the main window takes it all; a dialog at most that less a title bar), and
``ui.widgets.fit.fit_problems`` must find nothing a person could not see whole: every button,
field, combo box and list inside the window (or reachable by scrolling up and down), none
squeezed below its minimum, no label narrower than its text, no list showing fewer than two
rows, no placeholder or title cut, no stray "&". A page or dialog another helper adds to the
registry is checked without a new test. The checker itself is tested first, on widgets made to
fail it.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.dates import DateEdit, DateTimeEdit
from ui.widgets.fit import fit_dialog, fit_problems, full_title

ROOT = Path(__file__).resolve().parents[2]
SCREEN = (1280, 720)
CONTACTS = 150  # enough for every list to scroll; a small vault keeps the test fast
# Pages that keep Qt's own date field: Documents is being split by another helper (issue 23).
QT_DATES: tuple[str, ...] = ()


def _load_registry():
    path = ROOT / "docs" / "screenshots" / "make_screenshots.py"
    spec = importlib.util.spec_from_file_location("make_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


shots = _load_registry()
SHOT_NAMES = [entry.name for entry in shots.SHOTS]


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    """A small demo vault, made once for the module and copied for each studio."""
    from forum_kit import demo
    from forum_kit.vault import FAST_KDF, Vault

    path = tmp_path_factory.mktemp("demo") / "demo.forumkit"
    vault = Vault.create(path, "demo passphrase", kdf=FAST_KDF)
    demo.generate(vault, today=shots.TODAY, contacts=CONTACTS, neighbourhood=True)
    vault.lock()
    return path


class _Studios:
    """Hands out the module's studio, making a new one (on a new copy) after a lock."""

    def __init__(self, app, template: Path, tmp: Path) -> None:
        self.app, self.template, self.tmp = app, template, tmp
        self.studio = None
        self.count = 0

    def get(self):
        if self.studio is None or self.studio.window.is_locked:
            self.close()
            self.studio = self._open()
        return self.studio

    def _open(self):
        from forum_kit.vault import FAST_KDF, Vault
        from ui.session import AppDeps
        from ui.settings import SettingsStore

        self.count += 1
        place = self.tmp / f"studio{self.count}"
        path = place / "demo.forumkit"
        shutil.copytree(self.template, path)
        vault = Vault.open(path, "demo passphrase")
        settings = SettingsStore(place / "settings.ini")
        settings.set("auto_backup_hours", 0)
        deps = AppDeps(
            settings=settings,
            kdf=FAST_KDF,
            today=lambda: shots.TODAY,
            demo_path=path,
            extras={"dbus_session_address": "", "dbus_system_address": ""},
        )
        return shots.open_studio(self.app, vault, deps, place)

    def close(self) -> None:
        if self.studio is not None:
            self.studio.controller.welcome.close()
            self.studio.window.close()  # locks the vault
            self.studio.controller.welcome.deleteLater()
            self.studio.window.deleteLater()
            self.studio = None


@pytest.fixture(scope="module")
def studios(qapp, demo_template, tmp_path_factory):
    qapp.setApplicationDisplayName("Forum Kit")  # as the app does: titles end with it
    made = _Studios(qapp, demo_template, tmp_path_factory.mktemp("studios"))
    yield made
    made.close()
    qapp.setApplicationDisplayName("")


@pytest.mark.slow
@pytest.mark.parametrize("name", SHOT_NAMES)
def test_shown_whole_at_1280x720(studios, name):
    entry = next(e for e in shots.SHOTS if e.name == name)
    studio = studios.get()
    steps, widget, room = shots.stage(studio, entry, SCREEN)
    try:
        assert widget.width() <= room.width() and widget.height() <= room.height()
        assert fit_problems(widget, size=room) == []
        if name not in QT_DATES:  # one date field everywhere: Tab leaves it, Alt+Down opens it
            assert all(
                isinstance(e, (DateEdit, DateTimeEdit))
                for e in widget.findChildren(QDateTimeEdit)
                if e.isVisible()
            )
    finally:
        shots.finish(studio, steps)


def test_every_page_has_a_shot():
    from ui.app import PAGE_FACTORIES

    for number, (key, _title, _factory) in enumerate(PAGE_FACTORIES):
        assert f"page-{number + 1:02d}-{key}" in SHOT_NAMES
    assert {"search", "locked", "welcome", "unlock"} <= set(SHOT_NAMES)


# ---- the checker itself --------------------------------------------------------------------


def _show(qtbot, widget, size=(300, 200)):
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_checker_finds_what_is_cut_off(qtbot):
    window = QWidget()
    row = QHBoxLayout(window)
    for i in range(6):
        row.addWidget(QPushButton(f"A rather long button {i}"))
    _show(qtbot, window, (300, 60))
    problems = fit_problems(window, size=QSize(300, 60))
    assert problems and "needs" in problems[0]  # the window cannot be that narrow
    loose = QWidget()
    beyond = QPushButton("Save", loose)
    beyond.move(250, 10)  # half past the right edge
    narrow = QPushButton("Cancel the whole thing", loose)
    narrow.setGeometry(10, 10, 30, 30)
    _show(qtbot, loose, (300, 60))
    found = fit_problems(loose)
    assert "QPushButton 'Save': outside the window" in found
    assert any(p.startswith("QPushButton 'Cancel the whole thing': squeezed") for p in found)
    beyond.move(10, 10)
    narrow.hide()
    assert fit_problems(loose) == []


def test_checker_finds_labels_placeholders_titles_and_mnemonics(qtbot, qapp):
    qapp.setApplicationDisplayName("Forum Kit")
    try:
        dialog = QDialog()
        dialog.setWindowTitle("A title much longer than this small dialog")
        form = QFormLayout(dialog)
        name = QLineEdit()
        name.setPlaceholderText("a placeholder far longer than the field can show at all")
        row = QHBoxLayout()
        row.addWidget(name)
        form.addRow("&Name:", row)  # a row of a layout: its label has no buddy
        _show(qtbot, dialog, (200, 80))
        found = "\n".join(fit_problems(dialog))
        assert "the title 'A title much longer than this small dialog — Forum Kit'" in found
        assert "placeholder is cut" in found and "shows its '&'" in found
        fit_dialog(dialog)
        dialog.adjustSize()
        qtbot.wait(10)
        found = "\n".join(fit_problems(dialog))
        assert "title" not in found and "placeholder" not in found
    finally:
        qapp.setApplicationDisplayName("")


def test_checker_finds_a_wrapped_label_cut_short(qtbot):
    window = QWidget()
    layout = QVBoxLayout(window)
    label = QLabel("words " * 60)
    label.setWordWrap(True)
    label.setFixedHeight(20)
    layout.addWidget(label)
    _show(qtbot, window, (200, 60))
    assert any("px high" in p for p in fit_problems(window))


def test_full_title_adds_the_application_name_once(qapp):
    widget = QWidget()
    qapp.setApplicationDisplayName("Forum Kit")
    try:
        widget.setWindowTitle("demo — Forum Kit")
        assert full_title(widget) == "demo — Forum Kit"
        widget.setWindowTitle("Add area")
        assert full_title(widget) == "Add area — Forum Kit"
    finally:
        qapp.setApplicationDisplayName("")


def test_main_window_title_names_forum_kit_once(qtbot, vault, deps, qapp):
    from ui.app import create_main_window
    from ui.session import AppContext

    window = create_main_window(AppContext(vault, deps), [])
    qtbot.addWidget(window)
    qapp.setApplicationDisplayName("Forum Kit")
    try:
        shown = full_title(window)
        assert shown.count("Forum Kit") == 1 and shown.startswith("t — ")
    finally:
        qapp.setApplicationDisplayName("")
