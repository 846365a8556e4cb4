"""The Documents page: live preview through QtPdf, the personal-data line, print, save with and
without a password, progress and cancel for packs, and clearing on lock.

One demo vault (with sentinel names) serves the module; each test has its own page and deps.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest

PASSPHRASE = "correct horse battery staple"  # the template vault's (tests/conftest.py)
TODAY = dt.date(2025, 3, 14)
SENTINELS = ("Sentinelova", "Qxzwort")


@pytest.fixture(scope="module")
def docs_vault(tmp_path_factory, _template_vault):
    from forum_kit import demo
    from forum_kit.models import Area, Workplace
    from forum_kit.services.contacts import add_contact
    from forum_kit.services.conversations import log_conversation
    from forum_kit.vault import Vault

    path = tmp_path_factory.mktemp("docs-ui") / "docs.forumkit"
    shutil.copytree(_template_vault, path)
    vault = Vault.open(path, PASSPHRASE)
    demo.generate(vault, today=TODAY, contacts=40, workplaces=1, areas=3, years=0.5)
    with vault.unit_of_work() as s:
        wp = s.query(Workplace).one()
        area = s.query(Area).filter(Area.parent_id.is_(None)).first()
        c = add_contact(s, workplace_id=wp.id, area_id=area.id, first_name="Sentinelova",
                        last_name="Qxz", today=TODAY)
        log_conversation(s, contact_id=c.id, held_on=TODAY, agitate="Qxzwort again",
                         tags=["heat"], today=TODAY)
    yield vault
    vault.lock()


@pytest.fixture
def page(qtbot, docs_vault, deps):
    from ui.pages.documents import DocumentsPage
    from ui.session import AppContext

    p = DocumentsPage()
    qtbot.addWidget(p)
    p.resize(1200, 800)
    p.attach(AppContext(docs_vault, deps))
    return p


def _wait_built(qtbot, page) -> None:
    page.build_now()
    qtbot.waitUntil(lambda: page.is_current or (not page.is_building and page.result is None
                                                and bool(page.status.text())
                                                and not page.timer.isActive()),
                    timeout=15000)
    qtbot.waitUntil(lambda: page.preview.has_document or page.result is None, timeout=5000)


def _pdf_text(data: bytes, tmp_path) -> str:
    path = tmp_path / f"x{len(os.listdir(tmp_path))}.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def _kind(page, key: str) -> None:
    page.kind.setCurrentIndex(page.kind.findData(key))


def test_registered_in_app(qtbot):
    from ui.app import PAGE_FACTORIES
    from ui.pages.documents import DocumentsPage

    factory = {k: f for k, _t, f in PAGE_FACTORIES}["documents"]
    made = factory()
    qtbot.addWidget(made)
    assert isinstance(made, DocumentsPage)


def test_leaflet_live_preview_and_warnings(qtbot, page, tmp_path):
    _wait_built(qtbot, page)
    assert page.result is not None and page.preview.page_count() == 1
    assert page.personal.text() == "This document carries: no personal data."
    form = page.forms["leaflet"]
    form.headline.setText("Heat in the cold store: we want it fixed")
    assert page.timer.isActive() and not page.save_button.isEnabled()  # debounced
    qtbot.waitUntil(lambda: page.is_current, timeout=15000)
    assert "Heat in the cold store" in _pdf_text(page.result.data, tmp_path)
    form.paragraphs.setPlainText("\n\n".join(["One short paragraph."] * 5))
    _wait_built(qtbot, page)
    assert "5 paragraphs" in page.warnings.text()
    form.n_up.setCurrentIndex(form.n_up.findData(4))
    _wait_built(qtbot, page)
    assert page.preview.page_count() == 1 and page.save_button.isEnabled()


def test_leaflet_without_headline_says_why(qtbot, page):
    page.forms["leaflet"].headline.setText("   ")
    _wait_built(qtbot, page)
    assert "headline" in page.status.text()
    assert not page.print_button.isEnabled() and not page.save_button.isEnabled()
    assert not page.save_document() and not page.print_document()


def test_briefing_carries_no_names(qtbot, page, tmp_path):
    _kind(page, "briefing")
    form = page.forms["briefing"]
    assert form.forum.count() == 1 and form.meeting.count() > 0
    assert form.areas_model.rowCount() > 0
    _wait_built(qtbot, page)
    assert page.result is not None, page.status.text()
    assert page.personal.text() == ("This document carries: the names of the delegate and "
                                    "alternates (no other coworkers).")
    text = _pdf_text(page.result.data, tmp_path)
    assert "DELEGATE BRIEFING" in text
    assert not any(s in text for s in SENTINELS)


def test_chart_sheet_names_save_asks_then_protects(qtbot, page, tmp_path, confirmations):
    import pikepdf

    _kind(page, "chart_sheet")
    form = page.forms["chart_sheet"]
    assert page.personal.text().startswith("This document carries: coworkers' initials")
    form.redaction.setCurrentIndex(form.redaction.findData("names"))
    # known before any build: the line changes with the form
    assert "FULL NAMES" in page.personal.text()
    _wait_built(qtbot, page)
    assert page.result.personal_data == "names"
    assert "Sentinelova Qxz" in _pdf_text(page.result.data, tmp_path)

    out = tmp_path / "saved"
    out.mkdir()
    page.choose_save_path = lambda parent, suggested: str(out / suggested)
    assert page.save_document()
    assert confirmations and "full names" in confirmations[-1][0]
    saved = out / f"chart-sheet-{TODAY.isoformat()}.pdf"
    assert saved.read_bytes() == page.result.data

    page.protect.setChecked(True)
    page.ask_password = lambda parent: "long enough secret"
    page.choose_save_path = lambda parent, suggested: str(out / "protected.pdf")
    before = len(confirmations)
    assert page.save_document()
    assert len(confirmations) == before  # protected: no question
    with pikepdf.open(out / "protected.pdf", password="long enough secret") as pdf:
        assert pdf.encryption.bits == 256
    assert sorted(os.listdir(out)) == ["chart-sheet-2025-03-14.pdf", "protected.pdf"]
    page.ask_password = lambda parent: None  # cancelled: nothing written
    page.choose_save_path = lambda parent, suggested: str(out / "never.pdf")
    assert not page.save_document()
    assert not (out / "never.pdf").exists()


def test_pack_progress_and_cancel(qtbot, page, tmp_path):
    from PySide6.QtCore import Qt

    _kind(page, "pack")
    form = page.forms["pack"]
    assert form.meetings_model.rowCount() > 0
    seen = []
    page._progress.changed.connect(lambda g, done, total: seen.append((done, total)))
    form.charts_model.item(0).setCheckState(Qt.CheckState.Checked)
    assert page.personal.text().startswith("This document carries: coworkers' initials")
    page.rebuild()
    assert page.is_building and page.cancel_button.isVisibleTo(page)
    page.cancel_build()
    qtbot.waitUntil(lambda: not page.is_building, timeout=15000)
    assert page.result is None and "Stopped" in page.status.text()

    _wait_built(qtbot, page)
    assert page.result is not None and page.result.pages >= 3
    assert seen and all(total > 0 for _d, total in seen)
    text = _pdf_text(page.result.data, tmp_path)
    assert "BRIEFING PACK" in text and "Sentinelova" not in text


def test_print_renders_every_page(qtbot, page, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    _kind(page, "briefing")
    _wait_built(qtbot, page)
    target = tmp_path / "printed.pdf"

    def printer(parent):
        p = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        p.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        p.setOutputFileName(str(target))
        return p

    page.choose_printer = printer
    assert page.print_document()
    assert len(PdfReader(target).pages) == page.result.pages
    page.choose_printer = lambda parent: None
    assert not page.print_document()


def test_lock_clears_and_unlock_restores_the_draft(qtbot, page, docs_vault, deps):
    from ui.session import AppContext

    form = page.forms["leaflet"]
    form.headline.setText("Our own draft headline")
    _wait_built(qtbot, page)
    page.clear()
    assert page.result is None and not page.preview.has_document
    assert form.headline.text() == "" and page.forms["briefing"].forum.count() == 0
    page.attach(AppContext(docs_vault, deps))
    assert form.headline.text() == "Our own draft headline"
    assert page.forms["briefing"].forum.count() == 1


def test_new_leaflet_has_no_sample_contact(qtbot, page):
    """A new vault's leaflet starts without the example's address and phone: only the
    placeholders show the idea, and the editor's advice asks for a contact."""
    form = page.forms["leaflet"]
    assert form.contact.text() == "" and form.who.text() == ""
    assert "example.org" not in form.texts().values()
    assert form.contact.placeholderText() and form.who.placeholderText()
    _wait_built(qtbot, page)
    assert "no contact" in page.warnings.text()
    form.template.setCurrentIndex(form.template.findData("victory"))
    form.fill_example()
    assert form.contact.text() == ""


def test_a_language_without_words_asks_for_them(qtbot, page, tmp_path):
    from forum_kit.reports.leaflet_words import WORD_KEYS

    form = page.forms["leaflet"]
    form.contact.setText("committee@example.org")
    form.language.setEditText("eo")
    _wait_built(qtbot, page)
    assert page.result is None
    assert "no leaflet words in 'eo': 10 words yet" in page.status.text()
    assert form.words.isChecked() and "'eo'" in form.words.note.text()
    assert "#a40000" in form.words.edits["when"].styleSheet()
    for key in WORD_KEYS:
        form.words.edits[key].setText(f"eo {key}")
    _wait_built(qtbot, page)
    assert page.result is not None, page.status.text()
    assert "eo demands" in _pdf_text(page.result.data, tmp_path)
    assert form.words.edits["when"].styleSheet() == ""
    # a language with words shows them as placeholders and asks for nothing
    form.language.setCurrentIndex(form.language.findData("vi"))
    assert form.refresh_words() == []
    assert form.words.edits["when"].placeholderText() == "Khi nào"


def test_arabic_second_language_builds(qtbot, page, tmp_path):
    form = page.forms["leaflet"]
    form.second.setChecked(True)
    form.second_language.setCurrentIndex(form.second_language.findData("ar"))
    form.second_headline.setText("اجتماع العمال يوم الخميس")
    form.second_demands.setPlainText("موظفان إضافيان\nاستراحات مدفوعة")
    _wait_built(qtbot, page)
    assert page.result is not None, page.status.text()
    assert "WORKERS' MEETING" in _pdf_text(page.result.data, tmp_path)


def test_sensitive_grievances_counted_only_when_ticked(qtbot, page, tmp_path):
    _kind(page, "briefing")
    form = page.forms["briefing"]
    assert not form.sensitive_grievances.isChecked()
    assert form.request().sensitive_grievances is False
    _wait_built(qtbot, page)
    assert "Grievances marked sensitive are not counted" in _pdf_text(page.result.data,
                                                                        tmp_path)
    form.sensitive_grievances.setChecked(True)
    assert form.request().sensitive_grievances is True
    _wait_built(qtbot, page)
    assert "counted here, as asked" in _pdf_text(page.result.data, tmp_path)
    assert page.forms["pack"].request().sensitive_grievances is False


def test_numbers_chart_sheet_is_personal_data_and_asks_before_saving(qtbot, page, tmp_path):
    _kind(page, "chart_sheet")
    form = page.forms["chart_sheet"]
    form.redaction.setCurrentIndex(form.redaction.findData("numbers"))
    _wait_built(qtbot, page)
    assert "job, shift and assessment by row number" in page.personal.text()
    asked = []
    page.ctx.confirm = lambda parent, text, details: asked.append(text) or False
    page.choose_save_path = lambda parent, name: str(tmp_path / "never.pdf")
    assert not page.save_document()
    assert asked and "assessment" in asked[0]
    assert not (tmp_path / "never.pdf").exists()


def test_lock_keeps_the_leaflet_languages_in_the_draft(qtbot, page, docs_vault, deps):
    from ui.session import AppContext

    form = page.forms["leaflet"]
    form.language.setCurrentIndex(form.language.findData("vi"))
    form.second_language.setEditText("eo")
    page.clear()
    assert form.language.currentText() == "" and form.second_language.currentText() == ""
    page.attach(AppContext(docs_vault, deps))
    assert form.language.currentData() == "vi" and form.second_language.currentText() == "eo"
