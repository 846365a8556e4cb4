"""Fixtures of the flow tests: scripted answers for the pages' injected dialogs, and the Map,
People and Conversations pages on an encrypted vault (they override ``tests/ui``'s ``ctx`` here
only)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ui.pages.conversations import ConversationsPage
from ui.pages.map import MapPage
from ui.pages.people import PeoplePage
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

sys.path.insert(0, str(Path(__file__).resolve().parent))

from flow_support import TODAY, Answers  # noqa: E402


@pytest.fixture
def answers():
    return Answers()


@pytest.fixture
def ctx(vault, tmp_path, answers):
    deps = AppDeps(settings=SettingsStore(tmp_path / "settings.ini"), today=lambda: TODAY,
                   confirm=answers.confirm)
    return AppContext(vault, deps)


@pytest.fixture
def pages(qtbot, ctx, answers):
    map_page, people, convs = MapPage(), PeoplePage(), ConversationsPage()
    for page in (map_page, people, convs):
        qtbot.addWidget(page)
        page.show_error = answers.show_error
    map_page.prompt_text = answers.prompt_text
    map_page.ask_area = answers.ask_area
    map_page.choose_people_target = answers.choose_people_target
    map_page.choose_move_target = answers.choose_move_target
    # what the main window does: a save on one page refreshes the others
    for page in (map_page, people, convs):
        page.changed.connect(lambda _what, p=page: [
            other.refresh() for other in (map_page, people, convs) if other is not p
        ])
    for page in (map_page, people, convs):
        page.attach(ctx)
    return map_page, people, convs
