"""The grievance paperwork on screen: the Letters tab and the letter dialog (fill, edit, preview,
save protected, print, record: the filing shows in the case at once), a recorded letter opened
again, the fact sheet, the letter template editor (unknown fields named before saving), and the
Grievances page's committee review (the figures, names and sensitive cases only when asked,
the chart, the report saved, a case opened from it). Dialogs are answered by injected callables;
background work is waited for with ``waitUntil``."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pikepdf
import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from forum_kit.models import Area, Contact, Workplace
from forum_kit.queries.grievance_figures import grievance_figures
from forum_kit.services import contracts as cs
from forum_kit.services import grievances as gs
from ui.dialogs.letter_dialog import LetterDialog
from ui.dialogs.letter_templates import TemplatesDialog
from ui.editors.common import to_qdate
from ui.pages.grievances import GrievancesPage
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore

D = dt.date
TODAY = D(2026, 4, 20)
NAMES = (("Zoë", "Ångström"), ("Şêrko", "Berzincî"), ("Ada", "Steward"), ("Quentin", "Hidden"))

APPEAL = ("answer_received", "answer_due")
STEPS = [
    cs.StepSpec(
        1, "Step 1", 10, "working", ("incident", "knowledge"), "last", "supervisor", 5, "working"
    ),
    cs.StepSpec(2, "Step 2", 5, "working", APPEAL, "first", "department manager", 10, "working"),
    cs.StepSpec(3, "Arbitration", 30, "calendar", APPEAL, "first", "arbitrator"),
]

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


@pytest.fixture
def world(vault):
    with vault.unit_of_work() as s:
        wp = Workplace(name="Depot", employer="Northwind Ltd", created_on=D(2026, 1, 1))
        s.add(wp)
        s.flush()
        area = Area(workplace_id=wp.id, name="Warehouse")
        s.add(area)
        s.flush()
        people = []
        for first, last in NAMES:
            c = Contact(
                workplace_id=wp.id,
                area_id=area.id,
                first_name=first,
                last_name=last,
                added_on=D(2026, 1, 1),
                sensitive=last == "Hidden",
            )
            s.add(c)
            s.flush()
            people.append(c.id)
        contract = cs.create_contract(
            s, name="Depot agreement", workplace_id=wp.id, steps=STEPS, type_starts={"policy": 1}
        )
        common = {
            "workplace_id": wp.id,
            "contract_id": contract.id,
            "area_id": area.id,
            "steward_id": people[2],
            "today": TODAY,
            "remedy": "Pay the hours",
            "contract_article": "Article 12",
        }
        unfiled = gs.file_grievance(
            s,
            grievance_type="individual",
            title="Unpaid overtime",
            incident_on=D(2026, 4, 14),
            grievant_ids=people[:2],
            **common,
        ).id
        answered = gs.file_grievance(
            s,
            grievance_type="group",
            title="Rota changed",
            incident_on=D(2026, 3, 2),
            grievant_ids=[people[0]],
            filed_on=D(2026, 3, 5),
            **common,
        ).id
        gs.record_step_event(s, grievance_id=answered, kind="answered", on=D(2026, 3, 12))
        secret = gs.file_grievance(
            s,
            grievance_type="individual",
            title="Private matter",
            incident_on=D(2026, 3, 2),
            grievant_ids=[people[3]],
            filed_on=D(2026, 3, 3),
            sensitive=True,
            **common,
        ).id
        won = gs.file_grievance(
            s,
            grievance_type="policy",
            title="CCTV in the break room",
            incident_on=D(2026, 1, 5),
            grievant_ids=[people[1]],
            filed_on=D(2026, 1, 6),
            **common,
        ).id
        gs.close_grievance(s, grievance_id=won, outcome="won", outcome_on=D(2026, 2, 16))
    return {
        "unfiled": unfiled,
        "answered": answered,
        "secret": secret,
        "won": won,
        "contract": contract.id,
        "workplace": wp.id,
    }


@pytest.fixture
def ctx(vault, tmp_path):
    confirms: list[str] = []
    deps = AppDeps(
        settings=SettingsStore(tmp_path / "settings.ini"),
        today=lambda: TODAY,
        confirm=lambda parent, what, consequences: confirms.append(what) or True,
    )
    context = AppContext(vault, deps)
    context.confirms = confirms  # type: ignore[attr-defined]
    return context


@pytest.fixture
def page(qtbot, ctx, world):
    page = GrievancesPage()
    qtbot.addWidget(page)
    page.show_error = lambda parent, message: pytest.fail(message)
    page.resize(1080, 680)
    page.show()
    page.attach(ctx)
    return page


def _text(path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return " ".join(out.split())


def _answer_saves(saver, tmp_path, name: str, password: str | None = None) -> list[str]:
    """Make ``saver`` write to tmp_path/name (asking the password if protected)."""
    written: list[str] = []

    def choose(parent, suggested):
        written.append(suggested)
        return str(tmp_path / name)

    saver.choose_path = choose
    saver.ask_password = lambda parent: password
    saver.show_error = lambda parent, message: pytest.fail(message)
    return written


def _dialog(qtbot, ctx, grievance_id, **kwargs) -> LetterDialog:
    dialog = LetterDialog(ctx, grievance_id, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def _preview(qtbot, dialog) -> None:
    dialog.build_preview()
    qtbot.waitUntil(lambda: dialog.is_current and dialog.preview.has_document, timeout=15000)


# ---------------------------------------------------------------------------------- letters


@needs_poppler
def test_a_filing_letter_made_saved_and_recorded_from_the_letters_tab(
    qtbot, page, world, ctx, tmp_path
):
    page.open_item("grievance", world["unfiled"])
    editor = page.editor
    panel = editor.letters
    assert panel.model.rowCount() == 0 and panel.new_button.isEnabled()
    seen = []

    def run(dialog):
        seen.append(dialog.kind.currentData())
        _preview(qtbot, dialog)
        assert "Şêrko Berzincî and Zoë Ångström" in dialog.body.toPlainText()
        assert not dialog.record_box.isHidden() and dialog.record_box.isChecked()
        assert "record the filing at Step 1 on 20 April 2026" in dialog.record_box.text()
        written = _answer_saves(dialog.saver, tmp_path, "letter.pdf", "kettle orbit tulip")
        dialog.protect.setChecked(True)
        assert dialog.save_letter() == str(tmp_path / "letter.pdf")
        assert written and written[0].endswith("-filing.pdf")
        assert dialog.record()
        return dialog.result()

    panel.exec_dialog = run
    assert panel.new_letter()
    assert seen == ["filing"]  # the next deadline is the filing: the letter offered first
    with pikepdf.open(tmp_path / "letter.pdf", password="kettle orbit tulip") as pdf:
        assert pdf.encryption.bits == 256
    # the case shows the filing at once, and the answer deadline it started
    assert editor.detail.events[0].kind == "filed"
    assert editor.detail.events[0].on == TODAY
    assert editor.detail.deadlines[0].what == "Employer's Step 1 answer due"
    assert "Letter recorded on the case. Recorded the filing at Step 1" in editor.message
    assert panel.model.rowCount() == 1
    assert panel.model.row_at(0).label == "Filing at a step"
    assert panel.model.row_at(0).step_name == "Step 1"


def test_editing_the_text_survives_a_change_of_date_until_filled_again(qtbot, ctx, world):
    dialog = _dialog(qtbot, ctx, world["answered"], kind="appeal")
    assert dialog.draft.kind == "appeal"
    dialog.body.setPlainText("My own words for {the} manager.")
    dialog.letter_date.setDate(to_qdate(TODAY - dt.timedelta(days=1)))
    assert dialog.body.toPlainText() == "My own words for {the} manager."
    assert "keeps your edits" in dialog.notes.text()
    dialog.refill_button.click()
    assert dialog.body.toPlainText().startswith("To: department manager, Northwind Ltd")
    # the appeal was due 5 working days after the 12 March answer: this date is late
    assert "dated after its time limit" in dialog.notes.text()
    # a kind with details of its own: its fields appear, missing ones are named
    dialog.kind.setCurrentIndex(dialog.kind.findData("information"))
    assert dialog.form.isRowVisible(dialog.information)
    assert not dialog.form.isRowVisible(dialog.terms)  # type: ignore[attr-defined]
    assert "the information asked for" in dialog.notes.text()
    dialog.information.setPlainText("the rota for March\nthe overtime sheets")
    assert "- the rota for March\n- the overtime sheets" in dialog.body.toPlainText()
    assert dialog.record_box.isHidden()
    assert "no contractual time limit" in dialog.effect_note.text()


def test_a_refused_letter_says_why_and_offers_nothing(qtbot, ctx, world):
    dialog = _dialog(qtbot, ctx, world["unfiled"], kind="appeal")
    assert dialog.draft is None
    assert "make the filing letter first" in dialog.notes.text()
    assert not dialog.record_button.isEnabled() and not dialog.save_button.isEnabled()


def test_print_and_a_recorded_letter_again(qtbot, ctx, world, tmp_path, page, qtmodeltester):
    dialog = _dialog(qtbot, ctx, world["answered"], kind="information")
    _preview(qtbot, dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.choose_printer = lambda parent: printer
    assert dialog.print_letter()
    assert (tmp_path / "printed.pdf").stat().st_size > 1000
    dialog.record_box.setChecked(False)
    assert dialog.record()
    page.open_item("grievance", world["answered"])
    panel = page.editor.letters
    assert panel.model.rowCount() == 1
    qtmodeltester.check(panel.model)
    opened = []

    def look(again):
        opened.append(again)
        assert again.subject.isReadOnly() and not again.record_button.isEnabled()
        assert again.body.toPlainText() == dialog.body.toPlainText()
        _preview(qtbot, again)
        return QDialog.DialogCode.Rejected

    panel.exec_dialog = look
    panel.table.selectRow(0)
    assert panel.open_selected() and opened
    assert panel.remove_selected()
    assert panel.model.rowCount() == 0
    assert ctx.confirms == ["this letter's record"]


@needs_poppler
def test_fact_sheet_saved_from_the_letters_tab(qtbot, page, world, tmp_path):
    page.open_item("grievance", world["answered"])
    panel = page.editor.letters
    written = _answer_saves(panel.saver, tmp_path, "sheet.pdf")
    assert panel.save_fact_sheet()
    qtbot.waitUntil(lambda: (tmp_path / "sheet.pdf").exists(), timeout=15000)
    assert written[0].endswith("-fact-sheet.pdf")
    text = _text(tmp_path / "sheet.pdf")
    assert "CASE FACT SHEET" in text and "Zoë Ångström" in text and "Rota changed" in text
    assert page.ctx.confirms == ["Save a PDF with coworkers' full names without a password?"]


def test_letter_dialog_fits_a_laptop_screen(qtbot, ctx, world):
    dialog = _dialog(qtbot, ctx, world["answered"], kind="appeal")
    for size in ((1240, 680), (1180, 760)):
        dialog.resize(*size)
        dialog.show()
        qtbot.waitExposed(dialog)
        QApplication.processEvents()
        for button in dialog.findChildren(QPushButton):
            if button.isVisible():
                left = button.mapTo(dialog, button.rect().topLeft())
                assert left.x() >= 0 and left.x() + button.width() <= dialog.width()
                assert left.y() + button.height() <= dialog.height(), button.text()
        assert dialog.body.height() > 150


# ---------------------------------------------------------------------------------- templates


def test_template_editor_names_unknown_fields_and_saves_per_contract(
    qtbot, ctx, world, qtmodeltester
):
    dialog = TemplatesDialog(ctx, contract_id=world["contract"])
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.fields_model)
    assert dialog.origin.text() == "The default wording"
    assert dialog.fields_model.rowCount() > 20
    dialog.body.setPlainText("Dear {addressee},\nfor {grievant}.")
    assert not dialog.save_button.isEnabled()
    assert "line 2: unknown field {grievant}. Did you mean {grievants}?" in dialog.check.text()
    dialog.body.setPlainText("Dear {addressee},\nfor ")
    dialog.body.setFocus()
    dialog.fields.selectRow([r.name for r in dialog.fields_model.rows()].index("grievants"))
    dialog._target = dialog.body  # where the user was typing before clicking the list
    cursor = dialog.body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    dialog.body.setTextCursor(cursor)
    assert dialog.insert_field()
    assert dialog.body.toPlainText() == "Dear {addressee},\nfor {grievants}"
    assert dialog.save_button.isEnabled() and dialog.save()
    assert dialog.origin.text() == "This contract's own wording"
    letter = _dialog(qtbot, ctx, world["unfiled"], kind="filing")
    assert letter.body.toPlainText() == "Dear supervisor,\nfor Şêrko Berzincî and Zoë Ångström"
    # leaving an edited template asks first; refusing keeps it
    dialog.body.setPlainText("changed")
    ctx.deps.confirm = lambda parent, what, consequences: False
    dialog.kind.setCurrentIndex(dialog.kind.findData("appeal"))
    assert dialog.kind.currentData() == "filing" and dialog.body.toPlainText() == "changed"
    ctx.deps.confirm = lambda parent, what, consequences: True
    assert dialog.reset()
    assert dialog.origin.text() == "The default wording"


def test_templates_button_opens_the_editor_on_the_cases_contract(qtbot, page, world):
    page.open_item("grievance", world["answered"])
    seen = []
    page.exec_dialog = lambda dialog: seen.append(dialog.contract.currentData()) or 0
    assert page.edit_templates()
    assert seen == [world["contract"]]


# ---------------------------------------------------------------------------------- review


def _review(qtbot, page):
    page.views.setCurrentWidget(page.review)
    review = page.review
    qtbot.waitUntil(lambda: review.figures is not None and not review.busy, timeout=15000)
    return review


def test_committee_review_shows_the_figures(qtbot, page, world, ctx, tmp_path, qtmodeltester):
    review = _review(qtbot, page)
    with ctx.unit_of_work() as s:
        expected = grievance_figures(s, as_of=TODAY)
    assert review.figures == expected
    assert review.open_model.rowCount() == 2  # the sensitive case is left out
    assert review.figures.summary.sensitive_left_out == 1
    assert "1 marked sensitive left out" in review.summary.text()
    assert review.closed_model.rowCount() == 1
    assert review.open_table.isColumnHidden(10)
    for model in (
        review.open_model,
        review.closed_model,
        review.by_type_model,
        review.months_model,
        *review.count_models.values(),
    ):
        qtmodeltester.check(model)
    # names and sensitive cases only when asked
    review.names.setChecked(True)
    qtbot.waitUntil(lambda: review.figures.with_names and not review.busy, timeout=15000)
    assert not review.open_table.isColumnHidden(10)
    names = " ".join(r.grievants for r in review.figures.open_cases)
    assert "Zoë Ångström" in names and "Hidden" not in names
    review.sensitive.setChecked(True)
    qtbot.waitUntil(lambda: review.figures.include_sensitive and not review.busy, timeout=15000)
    assert review.open_model.rowCount() == 3
    assert "Quentin Hidden" in " ".join(r.grievants for r in review.figures.open_cases)
    # the chart draws the same figures
    review.figure.setCurrentIndex(review.figure.findData("trend"))
    values = review.chart.values()
    assert [v for _m, v in values["Open at the month's end"]] == [
        float(m.open_at_end) for m in review.figures.summary.trend
    ]
    review.figure.setCurrentIndex(review.figure.findData("win_type"))
    assert review.chart.values()["Won, % of the cases closed"] == [("Policy", 100.0)]
    # the report: names were asked for, so it says so and asks before saving unprotected
    written = _answer_saves(review.saver, tmp_path, "report.pdf")
    assert review.save_report()
    qtbot.waitUntil(lambda: (tmp_path / "report.pdf").exists(), timeout=15000)
    assert written == [f"grievance-report-{TODAY.isoformat()}.pdf"]
    assert ctx.confirms[-1] == "Save a PDF with coworkers' full names without a password?"


def test_review_opens_a_case_and_refreshes_after_a_change(qtbot, page, world):
    review = _review(qtbot, page)
    row = [r.grievance_id for r in review.open_model.rows()].index(world["answered"])
    index = review.open_model.index(row, 3)
    review.open_table.doubleClicked.emit(index)
    assert page.views.currentIndex() == 0
    assert page.editor.grievance_id == world["answered"]
    # closing a case in the editor: the review reads the figures again when shown
    page.editor.outcome.outcome_combo.setCurrentIndex(
        page.editor.outcome.outcome_combo.findData("settled")
    )
    page.editor.outcome.close_case()
    review = _review(qtbot, page)
    qtbot.waitUntil(lambda: review.figures.summary.totals.closed == 2, timeout=15000)
    assert review.open_model.rowCount() == 1


def test_lock_clears_the_review_and_the_letters(qtbot, page, world):
    review = _review(qtbot, page)
    page.views.setCurrentIndex(0)
    page.open_item("grievance", world["answered"])
    page.clear()
    assert review.figures is None and review.open_model.rowCount() == 0
    assert review.summary.text() == "" and review.chart.values() == {}
    assert page.editor.letters.model.rowCount() == 0


@pytest.mark.parametrize("size", ((1080, 600), (830, 560)))
def test_page_buttons_and_review_fit(qtbot, page, world, size):
    page.resize(*size)
    QApplication.processEvents()
    for button in (page.new_button, page.contract_button, page.templates_button):
        left = button.mapTo(page, button.rect().topLeft()).x()
        assert left >= 0 and left + button.width() <= page.width(), button.text()
        assert button.width() >= button.minimumSizeHint().width(), button.text()
    review = _review(qtbot, page)
    QApplication.processEvents()
    for widget in (review.save_button, review.protect, review.start, review.as_of):
        left = widget.mapTo(page, widget.rect().topLeft()).x()
        assert left >= 0 and left + widget.width() <= page.width()
