"""The guide window: the steward's guide in a plain browser widget, part by part.

Owns ``GuideWindow``, a top-level window (not a dialog: it holds no personal data, so it stays
open while the vault locks, beside the page it explains) with the parts listed on the left and a
``QTextBrowser`` on the right showing the guide's HTML files from ``resources/guide/<language>/``.
Links between parts, places inside them (``glossary.html#mandate``) and the screenshots resolve
inside the guide; a part missing from a translation is shown in English (``forum_kit.guide``).
Nothing is fetched from the network: a link that points outside the guide is not followed.
"Save the quick start" writes the printable PDF made from the same text, built in the background;
the path chooser is an attribute tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from forum_kit import guide
from forum_kit.reports.leaflet_words import is_rtl
from ui.editors.common import error_text, show_error
from ui.operations import run_in_background

PART_ROLE = 256  # Qt.UserRole
# QTextBrowser understands a subset of CSS: enough for readable text and framed pictures.
STYLE = """
body { font-size: 11pt; }
h1 { font-size: 17pt; margin-bottom: 6px; }
h2 { font-size: 13pt; margin-top: 14px; }
p.summary { font-size: 11.5pt; color: #2e3440; }
dt { font-weight: bold; margin-top: 8px; }
dd { margin-bottom: 4px; }
img { border: 1px solid #999999; }
a { color: #1d4f91; }
"""


def _choose_pdf_path(parent: QWidget, suggested: str) -> str | None:
    from ui.pages.documents.dialogs import choose_save_path

    return choose_save_path(parent, suggested)


class GuideBrowser(QTextBrowser):
    """A ``QTextBrowser`` that opens only the guide's own parts, in the chosen language."""

    part_shown = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.setOpenExternalLinks(False)
        self.setOpenLinks(True)
        self.document().setDefaultStyleSheet(STYLE)
        if is_rtl(language):
            # the parts carry no dir attribute: a right-to-left language's paragraphs, headings
            # and lists start at the right margin (otherwise Qt aligns them left)
            option = self.document().defaultTextOption()
            option.setTextDirection(Qt.LayoutDirection.RightToLeft)
            option.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            self.document().setDefaultTextOption(option)
        self.refused: list[str] = []  # links not followed (outside the guide), for the tests
        # history moves (back, forward) bypass doSetSource: follow the source itself
        self.sourceChanged.connect(lambda url: self.part_shown.emit(Path(url.toLocalFile()).stem))

    @property
    def current_part(self) -> str:
        """The part shown ("" before the first)."""
        path = self.source().toLocalFile()
        return Path(path).stem if path else ""

    def doSetSource(self, name: QUrl, type_: Any = None) -> None:  # noqa: N802 - Qt override
        target = self._resolve(name)
        if target is None:
            self.refused.append(name.toString())
            return
        if type_ is None:
            super().doSetSource(target)
        else:
            super().doSetSource(target, type_)

    def _resolve(self, url: QUrl) -> QUrl | None:
        """The guide file ``url`` names, in this window's language (English when missing)."""
        if url.scheme() not in ("", "file"):
            return None
        stem = Path(url.path()).stem if url.path() else self.current_part
        if stem not in guide.ALL_FILES:
            return None
        target = QUrl.fromLocalFile(str(guide.part_path(stem, self.language)))
        if url.hasFragment():
            target.setFragment(url.fragment())
        return target

    def show_part(self, part: str, anchor: str = "") -> None:
        url = QUrl(f"{part}{guide.SUFFIX}")
        if anchor:
            url.setFragment(anchor)
        self.setSource(url)


class GuideWindow(QWidget):
    """Help > Guide: the parts on the left, the part chosen on the right."""

    def __init__(
        self, language: str = guide.DEFAULT_LANGUAGE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from PySide6.QtCore import Qt

        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Forum Kit guide"))
        self.setObjectName("guideWindow")
        self.language = guide.resolve_language(language)
        self.choose_path: Callable[[QWidget, str], str | None] = _choose_pdf_path
        self.show_error: Callable[[QWidget, str], None] = show_error
        self.job: Any = None
        self.saved_to: Path | None = None

        self.contents = QListWidget(self)
        self.contents.setAccessibleName(self.tr("Parts of the guide"))
        for part in guide.PARTS:
            title = guide.read_part(part, self.language).short_title or part
            item = QListWidgetItem(title)
            item.setData(PART_ROLE, part)
            self.contents.addItem(item)
        self.contents.setMinimumWidth(160)
        self.contents.setWordWrap(True)
        self.browser = GuideBrowser(self.language, self)
        self.browser.setObjectName("guideBrowser")
        self.browser.setAccessibleName(self.tr("Guide text"))

        self.back_button = QPushButton(self.tr("&Back"), self)
        self.forward_button = QPushButton(self.tr("For&ward"), self)
        self.home_button = QPushButton(self.tr("&Contents"), self)
        self.quick_start_button = QPushButton(self.tr("Save the &quick start (PDF)…"), self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.home_button):
            bar.addWidget(button)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.quick_start_button)

        splitter = QSplitter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 860])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)

        self.back_button.clicked.connect(self.browser.backward)
        self.forward_button.clicked.connect(self.browser.forward)
        self.home_button.clicked.connect(lambda: self.show_part("index"))
        self.browser.backwardAvailable.connect(self.back_button.setEnabled)
        self.browser.forwardAvailable.connect(self.forward_button.setEnabled)
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)
        self.contents.currentItemChanged.connect(self._chosen)
        self.browser.part_shown.connect(self._select_in_contents)
        self.quick_start_button.clicked.connect(self.save_quick_start)
        close = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close.activated.connect(self.close)
        self.resize(1100, 680)
        self.show_part("index")

    @property
    def current_part(self) -> str:
        return self.browser.current_part

    def show_part(self, part: str, anchor: str = "") -> None:
        """Show ``part`` (at ``anchor`` when given)."""
        self.browser.show_part(part, anchor)

    def _chosen(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        if item is not None and item.data(PART_ROLE) != self.browser.current_part:
            self.show_part(item.data(PART_ROLE))

    def _select_in_contents(self, part: str) -> None:
        for row in range(self.contents.count()):
            if self.contents.item(row).data(PART_ROLE) == part:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
                return

    def text(self) -> str:
        """The text shown (for tests and accessibility)."""
        return self.browser.toPlainText()

    # ---- the quick start ------------------------------------------------------------------

    def save_quick_start(self) -> None:
        """Ask where, then build the quick-start PDF in the background and write it there."""
        path = self.choose_path(self, "forum-kit-quick-start.pdf")
        if not path:
            return
        from forum_kit.reports.quick_start import build_quick_start

        language = self.language
        target = Path(path)
        self.status.setText(self.tr("Making the quick start…"))
        self.quick_start_button.setEnabled(False)
        self.job = run_in_background(
            self,
            lambda: build_quick_start(target, language),
            on_done=lambda info: self._saved(target, info.pages),
            on_error=self._failed,
        )

    def _saved(self, path: Path, pages: int) -> None:
        self.saved_to = path
        self.quick_start_button.setEnabled(True)
        self.status.setText(
            self.tr("Saved the quick start (%n page(s)) to {path}.", "", pages).format(path=path)
        )

    def _failed(self, error: BaseException) -> None:
        self.quick_start_button.setEnabled(True)
        self.status.setText("")
        self.show_error(
            self, self.tr("The quick start was not saved: {error}").format(error=error_text(error))
        )
