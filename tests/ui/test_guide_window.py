"""The guide in the app (issue 26): F1 on every page opens its part, the Help menu's items, links
and pictures inside the browser, the glossary's tooltips on the pages' words, the quick start
saved from the guide window, F1 on the welcome window, and the pictures the guide shows are the
screenshots ``make_screenshots.py`` takes (the same bytes)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QApplication

from forum_kit import guide
from ui.app import PAGE_FACTORIES, create_main_window
from ui.help.menu import PAGE_TIPS, apply_glossary_tips, tip_target

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def window(qtbot, ctx):
    window = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.guide_window is not None:
        window.guide_window.close()


def test_f1_on_every_page_opens_its_part(qtbot, window):
    keys = [key for key, _title, _factory in PAGE_FACTORIES] + ["search"]
    assert set(keys) == set(guide.PAGE_PARTS)
    for key in keys:
        window.show_page(key)
        window.activateWindow()
        window.stack.currentWidget().setFocus()
        qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F1)
        guide_window = window.guide_window
        assert guide_window is not None, key
        qtbot.waitUntil(guide_window.isVisible)
        assert guide_window.current_part == guide.PAGE_PARTS[key], key
        title = guide.read_part(guide.PAGE_PARTS[key]).title
        assert guide_window.text().startswith(title), key
        assert guide_window.contents.currentItem().data(256) == guide.PAGE_PARTS[key]


def test_help_menu_reaches_every_part_of_help(qtbot, window):
    texts = [a.text() for a in window.help_menu.actions() if not a.isSeparator()]
    assert texts[-1] == "&About Forum Kit"
    assert window.help_actions["guide"].shortcut().toString() == "F1"
    for key, part in (("start", "getting-started"), ("safety", "safety"),
                      ("glossary", "glossary")):
        window.help_actions[key].trigger()
        assert window.guide_window.current_part == part
    # the guide stays open while the vault locks: it holds no personal data
    window.lock_now()
    assert window.guide_window.isVisible()


def test_every_link_of_every_part_opens_inside_the_guide(qtbot, window):
    guide_window = window.open_guide("index")
    browser = guide_window.browser
    for language in guide.languages():
        browser.language = language
        for name in guide.ALL_FILES:
            part = guide.read_part(name, language)
            for href in part.links:
                browser.show_part(name)
                browser.setSource(QUrl(href))
                target, _, anchor = href.partition("#")
                expected = Path(target).stem if target else name
                assert browser.current_part == expected, (name, href)
                if anchor:
                    assert browser.source().fragment() == anchor
    assert browser.refused == []
    browser.setSource(QUrl("https://example.org/"))
    assert browser.refused == ["https://example.org/"]
    assert browser.current_part == expected  # nothing left the guide


def test_pictures_load_in_the_browser(qtbot, window):
    from PySide6.QtGui import QTextDocument

    guide_window = window.open_guide("map")
    browser = guide_window.browser
    for src in guide.read_part("map").images:
        image = browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl(src))
        assert image is not None and not image.isNull(), src


def test_back_forward_and_contents(qtbot, window):
    guide_window = window.open_guide("map")
    guide_window.browser.setSource(QUrl("glossary.html#mandate"))
    assert guide_window.current_part == "glossary"
    assert guide_window.back_button.isEnabled()
    guide_window.back_button.click()
    assert guide_window.current_part == "map"
    guide_window.forward_button.click()
    assert guide_window.current_part == "glossary"
    guide_window.home_button.click()
    assert guide_window.current_part == "index"
    guide_window.contents.setCurrentRow(guide.PARTS.index("safety"))
    assert guide_window.current_part == "safety"
    assert [guide_window.contents.item(i).data(256) for i in range(len(guide.PARTS))] == list(
        guide.PARTS)


def test_glossary_tooltips_on_the_words_of_every_page(qtbot, window):
    terms = guide.glossary("en")
    total = 0
    for key, entries in PAGE_TIPS.items():
        page = window.show_page(key)
        for spec, term in entries:
            assert term in terms, term
            widget, item = tip_target(page, spec)  # raises when a widget was renamed
            total += 1
            if item == "tab":
                continue
            if item is not None:
                tip = widget.itemData(widget.findData(item), Qt.ItemDataRole.ToolTipRole)
            else:
                tip = widget.toolTip()
            assert terms[term].word in tip, (key, spec)
            assert guide.first_sentence(terms[term].meaning) in tip.replace("&amp;", "&")
    assert apply_glossary_tips(window.pages) == total
    # the figures' labels say what the figure means, from the glossary
    label, _ = tip_target(window.pages["map"], "label:figure_labels[committee]")
    assert label.text().startswith("Committee") and "one committee member" in label.toolTip()


def test_quick_start_saved_from_the_guide_window(qtbot, window, tmp_path):
    guide_window = window.open_guide()
    out = tmp_path / "quick.pdf"
    guide_window.choose_path = lambda parent, suggested: str(out)
    guide_window.show_error = lambda parent, message: pytest.fail(message)
    window.help_actions["quick_start"].trigger()
    qtbot.waitUntil(lambda: guide_window.saved_to == out, timeout=30000)
    assert "Saved the quick start" in guide_window.status.text()
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Forum Kit quick start" in text and "Safety first" in text


def test_quick_start_failure_is_said_and_nothing_written(qtbot, window, tmp_path):
    guide_window = window.open_guide()
    errors = []
    guide_window.choose_path = lambda parent, suggested: str(tmp_path / "no" / "q.pdf")
    guide_window.show_error = lambda parent, message: errors.append(message)
    guide_window.save_quick_start()
    qtbot.waitUntil(lambda: bool(errors), timeout=30000)
    assert "not saved" in errors[0]
    assert guide_window.quick_start_button.isEnabled()
    assert not (tmp_path / "no").exists()


def test_f1_on_the_welcome_window_opens_getting_started(qtbot, deps):
    from ui.app import AppController

    controller = AppController(deps)
    qtbot.addWidget(controller.welcome)
    controller.start()
    qtbot.waitExposed(controller.welcome)
    controller.welcome.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.welcome)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1)  # in the field being typed in
    guide_window = controller.welcome_help.guide_window
    assert guide_window.isVisible() and guide_window.current_part == "getting-started"
    guide_window.close()


def _registry():
    path = ROOT / "docs" / "screenshots" / "make_screenshots.py"
    if "make_screenshots" in sys.modules:
        return sys.modules["make_screenshots"]
    spec = importlib.util.spec_from_file_location("make_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_every_picture_the_guide_shows_is_a_current_screenshot():
    shots = _registry()
    names = {entry.name for entry in shots.SHOTS}
    shown: set[str] = set()
    for language in guide.languages():
        for name in guide.ALL_FILES:
            for src in guide.read_part(name, language).images:
                picture = (guide.guide_root() / language / src).resolve()
                assert picture.parent == guide.images_dir(), src
                assert picture.stem in names, f"{src}: no shot of that name in make_screenshots.py"
                # the copy the program ships is made from the screenshot the script took last
                made = shots.guide_picture(picture.stem).convert("RGB")
                with Image.open(picture) as shipped:
                    assert shipped.size == made.size, src
                    assert shipped.convert("RGB").tobytes() == made.tobytes(), src
                shown.add(picture.name)
    # nothing shipped that the guide does not show, and the pictures stay small
    images = list(guide.images_dir().glob("*"))
    assert {p.name for p in images} == shown
    assert sum(p.stat().st_size for p in images) < 450_000
    assert {"guide", "walkthrough-0-welcome", "walkthrough-4-one-on-one"} <= names


@pytest.mark.parametrize("code", [c for c in guide.languages() if c != "en"])
def test_the_guide_opens_in_the_interface_language(qtbot, code):
    from ui.help.guide_window import GuideWindow
    from ui.help.menu import guide_language
    from ui.i18n import apply_language

    apply_language(code)
    try:
        assert guide_language() == code
        shown = GuideWindow(guide_language())
        qtbot.addWidget(shown)
        assert shown.language == code
        title = guide.read_part("index", code).title
        assert title and title != guide.read_part("index", "en").title
    finally:
        apply_language("en")
    assert guide_language() == "en"


def test_a_right_to_left_guide_starts_at_the_right_margin(qtbot):
    from ui.help.guide_window import GuideWindow

    arabic, chinese = GuideWindow("ar"), GuideWindow("zh_CN")
    for shown in (arabic, chinese):
        qtbot.addWidget(shown)
    option = arabic.browser.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    other = chinese.browser.document().defaultTextOption()
    assert not other.alignment() & Qt.AlignmentFlag.AlignRight
