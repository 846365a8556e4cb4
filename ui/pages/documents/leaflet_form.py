"""The leaflet form of the Documents page: the steward's words, in one or two languages.

This module owns ``LeafletForm`` (template, headline, visual, paragraphs, demands, call to action,
who we are, contact, language, paper and handbills; a second language side by side or on the
back) and ``WordsBox``, the leaflet's fixed words (When, Where, Our demands...) of one language:
shown as the built-in words, each one overridable, and asked for, field by field, when the
language has none yet (the preview then says which are missing instead of printing English). The
contact and "who we are" start empty: an example address must never reach a printed leaflet.
The texts are kept in memory over a lock (``texts``/``set_texts``) and taken out of the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from forum_kit.errors import InvalidInput
from ui.i18n import shown, translate
from ui.pages.documents.dialogs import choose_image
from ui.pages.documents.form_base import DocumentForm, lines_of, paper_combo, paragraphs_of
from ui.pages.documents.requests import LeafletRequest


def language_combo(code: str, name: str) -> QComboBox:
    """An editable list of the languages a leaflet has words for; any other code can be typed."""
    from forum_kit.reports.leaflet_words import LANGUAGES

    combo = QComboBox()
    combo.setEditable(True)
    combo.setAccessibleName(name)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for key, native in LANGUAGES.items():
        combo.addItem(f"{native} ({key})", key)
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))
    return combo


def language_code(combo: QComboBox) -> str:
    """The code chosen, or typed ("eo", or "Esperanto (eo)")."""
    text = combo.currentText().strip()
    index = combo.findText(text)
    if index >= 0 and combo.itemData(index):
        return str(combo.itemData(index))
    if text.endswith(")") and "(" in text:
        text = text.rsplit("(", 1)[1].rstrip(")")
    return text.strip() or "en"


class WordsBox(QGroupBox):
    """The fixed words of one language: built-in ones as placeholders, each overridable."""

    def __init__(self, title: str, prefix: str, owner: DocumentForm) -> None:
        from forum_kit.reports.leaflet_words import WORD_KEYS, WORD_LABELS

        super().__init__(title)
        self.setCheckable(True)
        self.setChecked(False)  # folded: open it to change a word, or when words are missing
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        self.missing: list[str] = []
        layout = QFormLayout(self)
        layout.addRow(self.note)
        for key in WORD_KEYS:
            edit = QLineEdit()
            edit.setAccessibleName(WORD_LABELS[key])
            # an attribute of the form, so the draft kept over a lock includes it
            setattr(owner, f"{prefix}word_{key}", edit)
            self.edits[key] = edit
            layout.addRow(translate("LeafletForm", WORD_LABELS[key]) + ":", edit)
        self.toggled.connect(self._show_fields)
        self._show_fields(False)

    def _show_fields(self, on: bool) -> None:
        for edit in self.edits.values():
            edit.setVisible(on)
            label = self.layout().labelForField(edit)
            if label is not None:
                label.setVisible(on)

    def overrides(self) -> dict[str, str]:
        return {k: e.text().strip() for k, e in self.edits.items() if e.text().strip()}

    def show_language(self, code: str) -> list[str]:
        """Put ``code``'s built-in words as placeholders; open and mark the box when some are
        missing. Returns the missing word keys."""
        from forum_kit.reports.leaflet_words import WORDS, language_key, missing_words

        built_in = WORDS.get(language_key(code), {})
        for key, edit in self.edits.items():
            edit.setPlaceholderText(built_in.get(key, ""))
        missing = missing_words(code, self.overrides())
        newly = missing and not self.missing
        self.missing = missing
        if missing:
            self.note.setText(
                self.tr(
                    "Forum Kit has no leaflet words in '{code}' yet. Write each one in that "
                    "language (missing: {n})."
                ).format(code=code, n=len(missing))
            )
            self.note.setStyleSheet("color: #a40000; font-weight: bold;")
            self.setChecked(True)
        else:
            self.note.setText(self.tr("The words printed besides yours; change any of them."))
            self.note.setStyleSheet("")
        for key, edit in self.edits.items():
            edit.setStyleSheet("border: 2px solid #a40000;" if key in missing else "")
        if newly:
            _reveal(self)
        return missing


def _reveal(widget: QWidget) -> None:
    """Scroll the form so ``widget`` (the box asking for words) is in view."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


class LeafletForm(DocumentForm):
    """Template, headline, visual, paragraphs, demands, call to action, second language."""

    needs_vault = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from forum_kit.reports.data import PICTOGRAMS, TEMPLATES

        self.choose_image: Callable[[QWidget], str | None] = choose_image
        self.template = QComboBox()
        for key in TEMPLATES:
            self.template.addItem(self.tr(key.capitalize()), key)
        self.headline = QLineEdit()
        self.visual = QComboBox()
        for key in PICTOGRAMS:
            self.visual.addItem(self.tr(key.capitalize()), key)
        self.visual.addItem(self.tr("No picture"), "")
        self.visual.addItem(self.tr("Image file…"), "file")
        self.image_path = QLineEdit()
        self.image_path.setPlaceholderText(self.tr("PNG or JPEG file"))
        self.browse = QPushButton(self.tr("Browse…"))
        self.paragraphs = QPlainTextEdit()
        self.paragraphs.setPlaceholderText(self.tr("A blank line separates paragraphs"))
        self.demands = QPlainTextEdit()
        self.demands.setPlaceholderText(self.tr("One demand per line"))
        self.cta_what = QLineEdit()
        self.cta_when = QLineEdit()
        self.cta_where = QLineEdit()
        self.who = QLineEdit()
        self.who.setPlaceholderText(self.tr("e.g. The night shift committee of the depot"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("How to reach you: a phone, an e-mail, a name"))
        self.language = language_combo("en", self.tr("Language"))
        self.words = WordsBox(self.tr("Words of the leaflet"), "", self)
        self.paper = paper_combo()
        self.n_up = QComboBox()
        for n, text in (
            (1, QT_TR_NOOP("1 per sheet")),
            (2, QT_TR_NOOP("2 per sheet (handbills)")),
            (4, QT_TR_NOOP("4 per sheet (handbills)")),
        ):
            self.n_up.addItem(shown(text), n)
        self.second = QGroupBox(self.tr("Second language"))
        self.second.setCheckable(True)
        self.second.setChecked(False)
        self.second_language = language_combo("es", self.tr("Second language"))
        self.second_headline = QLineEdit()
        self.second_paragraphs = QPlainTextEdit()
        self.second_demands = QPlainTextEdit()
        self.second_cta_what = QLineEdit()
        self.second_cta_when = QLineEdit()
        self.second_cta_where = QLineEdit()
        self.second_who = QLineEdit()
        self.second_who.setPlaceholderText(self.tr("Who we are, in this language"))
        self.second_words = WordsBox(self.tr("Words of the leaflet"), "second_", self)
        self.second_layout = QComboBox()
        self.second_layout.addItem(self.tr("Side by side"), "side")
        self.second_layout.addItem(self.tr("On the back"), "back")
        for edit in (self.paragraphs, self.demands, self.second_paragraphs, self.second_demands):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(70)

        image_row = QHBoxLayout()
        image_row.addWidget(self.image_path, 1)
        image_row.addWidget(self.browse)
        form = QFormLayout()
        for label, widget in (
            (QT_TR_NOOP("&Template:"), self.template),
            (QT_TR_NOOP("&Headline:"), self.headline),
            (QT_TR_NOOP("&Visual:"), self.visual),
            ("", image_row),
            (QT_TR_NOOP("&Paragraphs:"), self.paragraphs),
            (QT_TR_NOOP("&Demands:"), self.demands),
            (QT_TR_NOOP("Call to action, &what:"), self.cta_what),
            (QT_TR_NOOP("When:"), self.cta_when),
            (QT_TR_NOOP("Where:"), self.cta_where),
            (QT_TR_NOOP("W&ho we are:"), self.who),
            (QT_TR_NOOP("&Contact:"), self.contact),
            (QT_TR_NOOP("&Language:"), self.language),
            ("", self.words),
            (QT_TR_NOOP("Pap&er:"), self.paper),
            ("&N-up:", self.n_up),
        ):
            if isinstance(widget, QHBoxLayout) or label == "":
                form.addRow(widget)
            else:
                form.addRow(shown(label), widget)
        second = QFormLayout(self.second)
        for label, widget in (
            (QT_TR_NOOP("Language:"), self.second_language),
            (QT_TR_NOOP("Headline:"), self.second_headline),
            (QT_TR_NOOP("Paragraphs:"), self.second_paragraphs),
            (QT_TR_NOOP("Demands:"), self.second_demands),
            (QT_TR_NOOP("Call to action, what:"), self.second_cta_what),
            (QT_TR_NOOP("When:"), self.second_cta_when),
            (QT_TR_NOOP("Where:"), self.second_cta_where),
            (QT_TR_NOOP("Who we are:"), self.second_who),
            ("", self.second_words),
            (QT_TR_NOOP("Layout:"), self.second_layout),
        ):
            if label:
                second.addRow(shown(label), widget)
            else:
                second.addRow(widget)
        form.addRow(self.second)
        self.setLayout(form)
        self._watch(
            self.template,
            self.headline,
            self.visual,
            self.image_path,
            self.paragraphs,
            self.demands,
            self.cta_what,
            self.cta_when,
            self.cta_where,
            self.who,
            self.contact,
            self.language,
            self.paper,
            self.n_up,
            self.second,
            self.second_language,
            self.second_headline,
            self.second_paragraphs,
            self.second_demands,
            self.second_cta_what,
            self.second_cta_when,
            self.second_cta_where,
            self.second_who,
            self.second_layout,
            *self.words.edits.values(),
            *self.second_words.edits.values(),
        )
        self.language.currentTextChanged.connect(self._emit)
        self.second_language.currentTextChanged.connect(self._emit)
        self.visual.currentIndexChanged.connect(self._visual_changed)
        self.browse.clicked.connect(self._browse)
        self.fill_example()
        self._visual_changed()
        self.refresh_words()

    def fill_example(self) -> None:
        """Start from the template's example text (the user overwrites it). The contact and
        "who we are" are the steward's own and start empty (placeholders show the idea)."""
        from forum_kit.reports.samples import sample_leaflet

        spec = sample_leaflet(self.template.currentData())
        self._loading = True
        try:
            self.headline.setText(spec.headline)
            self.paragraphs.setPlainText("\n\n".join(spec.paragraphs))
            self.demands.setPlainText("\n".join(spec.demands))
            if spec.call_to_action is not None:
                self.cta_what.setText(spec.call_to_action.what)
                self.cta_when.setText(spec.call_to_action.when)
                self.cta_where.setText(spec.call_to_action.where)
            index = self.visual.findData(spec.visual)
            if index >= 0:
                self.visual.setCurrentIndex(index)
        finally:
            self._loading = False
        self.changed.emit()

    def _visual_changed(self, *_args: object) -> None:
        is_file = self.visual.currentData() == "file"
        self.image_path.setEnabled(is_file)
        self.browse.setEnabled(is_file)

    def _browse(self) -> None:
        path = self.choose_image(self)
        if path:
            self.image_path.setText(path)

    def texts(self) -> dict[str, str]:
        """Every text field and the languages, to keep a draft in memory over a lock."""
        out = {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for name, w in vars(self).items()
            if isinstance(w, QLineEdit | QPlainTextEdit)
        }
        for name in ("language", "second_language"):
            combo = getattr(self, name)
            out[name] = language_code(combo) if combo.currentText().strip() else ""
        return out

    def set_texts(self, texts: dict[str, str]) -> None:
        self._loading = True
        try:
            for name, text in texts.items():
                widget = getattr(self, name, None)
                if isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                elif isinstance(widget, QLineEdit):
                    widget.setText(text)
                elif isinstance(widget, QComboBox):
                    index = widget.findData(text) if text else -1
                    widget.setCurrentIndex(index)
                    if index < 0:
                        widget.setEditText(text)
        finally:
            self._loading = False

    def clear_texts(self) -> None:
        self.set_texts(dict.fromkeys(self.texts(), ""))

    def refresh_words(self) -> list[str]:
        """Show each language's words; return, per language lacking some, what to ask for."""
        asks = []
        sides = [(self.words, self.language, False)]
        self.second_words.setEnabled(self.second.isChecked())
        if self.second.isChecked():
            sides.append((self.second_words, self.second_language, True))
        for box, combo, second in sides:
            code = language_code(combo)
            missing = box.show_language(code)
            if missing and second:
                asks.append(self.tr("'{code}' (second language): %n word(s)", "",
                                    len(missing)).format(code=code))
            elif missing:
                asks.append(self.tr("'{code}': %n word(s)", "", len(missing)).format(code=code))
        return asks

    def request(self) -> LeafletRequest:
        from forum_kit.reports import CallToAction, LeafletBody, LeafletSpec

        def cta(what: QLineEdit, when: QLineEdit, where: QLineEdit) -> Any:
            action = CallToAction(what.text().strip(), when.text().strip(), where.text().strip())
            return None if action.is_empty() else action

        missing = self.refresh_words()
        if missing:
            raise InvalidInput(self.tr(
                "words: Forum Kit has no leaflet words in {languages} yet. Write them in that "
                "language under \u201cWords of the leaflet\u201d (marked in red); nothing is "
                "printed in English instead.").format(languages="; ".join(missing)))
        visual: str | None = self.visual.currentData() or None
        if visual == "file":
            visual = self.image_path.text().strip()
            if not visual:
                raise InvalidInput(self.tr("visual: choose an image file, or a pictogram."))
        second = None
        if self.second.isChecked():
            second = LeafletBody(
                headline=self.second_headline.text(),
                paragraphs=paragraphs_of(self.second_paragraphs.toPlainText()),
                demands=lines_of(self.second_demands.toPlainText()),
                call_to_action=cta(
                    self.second_cta_what, self.second_cta_when, self.second_cta_where
                ),
                who_we_are=(self.second_who.text().strip() or self.who.text().strip()),
                contact=self.contact.text().strip(),
                language=language_code(self.second_language),
                words=tuple(self.second_words.overrides().items()),
            )
        spec = LeafletSpec(
            template=self.template.currentData(),
            headline=self.headline.text(),
            visual=visual,
            paragraphs=paragraphs_of(self.paragraphs.toPlainText()),
            demands=lines_of(self.demands.toPlainText()),
            call_to_action=cta(self.cta_what, self.cta_when, self.cta_where),
            who_we_are=self.who.text().strip(),
            contact=self.contact.text().strip(),
            language=language_code(self.language),
            words=tuple(self.words.overrides().items()),
            second=second,
            second_layout=self.second_layout.currentData(),
            paper=self.paper.currentText(),
            n_up=self.n_up.currentData(),
        )
        return LeafletRequest(spec)
