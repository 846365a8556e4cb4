"""The first-run walk-through (issue 26), run offscreen on a new vault: each step does the real
thing (a workplace, an area, people by hand or from a chart through the import wizard, a
one-on-one with its assessment), a refused step stays with its message, Skip keeps what was
saved, and once finished or skipped it is never offered again (the state is in the vault)."""

from __future__ import annotations

import sqlalchemy as sa

from forum_kit.models import Area, Assessment, Contact, Conversation, Workplace
from forum_kit.services import first_run
from ui.app import PAGE_FACTORIES, create_main_window
from ui.help.walkthrough import offer_walkthrough


def _window(qtbot, ctx):
    window = create_main_window(ctx, PAGE_FACTORIES, search_fn=lambda s, t, limit: [])
    qtbot.addWidget(window)
    window.show()
    return window


def _counts(ctx) -> dict[str, int]:
    with ctx.unit_of_work() as session:
        return {model.__name__: session.execute(sa.select(sa.func.count()).select_from(model))
                .scalar_one() for model in (Workplace, Area, Contact, Conversation, Assessment)}


def test_the_walk_through_leaves_a_workplace_an_area_people_and_a_one_on_one(qtbot, ctx):
    window = _window(qtbot, ctx)
    dialog = offer_walkthrough(window)
    assert dialog is not None and dialog.isVisible() and dialog.step == "intro"
    dialog.next_button.click()
    assert dialog.step == "workplace"
    dialog.workplace_name.setText("Riverside depot")
    dialog.employer.setText("Parcelco")
    dialog.next_button.click()
    assert dialog.step == "area"
    dialog.area_name.setText("Loading bay")
    dialog.area_kind.setText("department")
    dialog.next_button.click()
    assert dialog.step == "people"
    dialog.next_button.click()  # nobody yet: refused, with a message
    assert dialog.step == "people" and "at least one" in dialog.people_error.text()
    for first, last, level in (("Amara", "Okafor", 2), ("Wiesław", "Nowak", None)):
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        dialog.level.setCurrentIndex(dialog.level.findData(level))
        assert dialog.add_person_button.isEnabled()
        dialog.add_person_button.click()
    assert dialog.people_list.count() == 2
    assert dialog.first_name.text() == ""  # ready for the next one
    dialog.next_button.click()
    assert dialog.step == "one_on_one"
    editor = dialog.editor
    assert editor.contact_id == dialog.people[0][0]
    editor.texts["agitate"].setPlainText("Overtime announced the day before")
    editor.texts["ask"].setPlainText("Come to Thursday's meeting")
    editor.texts["answer"].setPlainText("Yes")
    editor.assessment.setCurrentIndex(editor.assessment.findData(1))
    dialog.next_button.click()
    assert dialog.step == "done"
    assert "2 people" in dialog.summary.text()
    dialog.next_button.click()  # Finish
    assert not dialog.isVisible() and dialog.state == "done"

    counts = _counts(ctx)
    assert counts == {"Workplace": 1, "Area": 1, "Contact": 2, "Conversation": 1,
                      "Assessment": 2}  # Amara's first (2) and after the one-on-one (1)
    with ctx.unit_of_work() as session:
        area = session.execute(sa.select(Area)).scalar_one()
        assert (area.name, area.kind) == ("Loading bay", "department")
        conversation = session.execute(sa.select(Conversation)).scalar_one()
        assert conversation.agitate.startswith("Overtime")
        assert first_run.walkthrough_state(session) == "done"
    # never offered again, and the Map shows what was made
    assert offer_walkthrough(window) is None
    assert window.show_page("map").tree_model.rowCount() == 1


def test_refused_steps_stay_with_the_reason(qtbot, ctx):
    window = _window(qtbot, ctx)
    dialog = offer_walkthrough(window)
    dialog.next_button.click()
    dialog.next_button.click()  # no name
    assert dialog.step == "workplace" and "required" in dialog.workplace_error.text()
    dialog.workplace_name.setText("Depot")
    dialog.next_button.click()
    dialog.next_button.click()  # no area name
    assert dialog.step == "area" and dialog.area_error.isVisible()
    assert _counts(ctx)["Area"] == 0


def test_skip_keeps_what_was_saved_and_is_never_offered_again(qtbot, ctx):
    window = _window(qtbot, ctx)
    dialog = offer_walkthrough(window)
    dialog.next_button.click()
    dialog.workplace_name.setText("Depot")
    dialog.next_button.click()
    assert dialog.step == "area"
    dialog.skip_button.click()
    assert not dialog.isVisible() and dialog.state == "skipped"
    assert _counts(ctx)["Workplace"] == 1
    with ctx.unit_of_work() as session:
        assert first_run.walkthrough_state(session) == "skipped"
    assert offer_walkthrough(window) is None
    # Help > First steps opens it again on purpose, with the workplace chosen
    again = window.start_walkthrough()
    assert again.isVisible() and again.workplace_choice.currentText() == "Depot"
    again.reject()


def test_closing_without_skipping_offers_it_again_while_the_vault_is_new(qtbot, ctx):
    window = _window(qtbot, ctx)
    dialog = offer_walkthrough(window)
    dialog.reject()  # Escape: "not now"
    assert offer_walkthrough(window) is not None


def test_a_vault_in_use_is_not_offered_the_walk_through(qtbot, ctx):
    from forum_kit.services.workplaces import add_workplace

    with ctx.unit_of_work() as session:
        add_workplace(session, name="Depot", today=ctx.today())
    assert offer_walkthrough(_window(qtbot, ctx)) is None


def test_first_people_from_a_chart_through_the_import_wizard(qtbot, ctx, tmp_path):
    window = _window(qtbot, ctx)
    dialog = offer_walkthrough(window)
    dialog.next_button.click()
    dialog.workplace_name.setText("Depot")
    dialog.next_button.click()
    dialog.area_name.setText("Dock")
    dialog.next_button.click()
    chart = tmp_path / "chart.csv"
    chart.write_text("First,Last,Area,Phone,Rate\nAna,Pérez,Dock,555-201-0001,2\n"
                     "Zoë,Şêrko,Yard,555-201-0003,3\n", encoding="utf-8")
    dialog.import_button.click()
    wizard = dialog.import_wizard
    qtbot.waitUntil(wizard.isVisible)
    assert wizard.file_page.workplace.currentData() == dialog.workplace_id
    wizard.file_page.path.setText(str(chart))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.mapping_page, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=10_000)
    assert wizard.error is None and wizard.result.added == 2
    wizard.accept()
    qtbot.waitUntil(lambda: dialog.people_list.count() == 2)
    dialog.next_button.click()
    assert dialog.step == "one_on_one" and dialog.editor.contact_id is not None


def test_a_new_vault_opened_by_the_app_offers_the_walk_through(qtbot, deps, vault):
    from ui.app import AppController

    controller = AppController(deps)
    controller.start()
    controller.welcome.vault_opened.emit(vault)  # the welcome window then deletes itself
    qtbot.waitUntil(lambda: controller.window is not None)
    qtbot.addWidget(controller.window)
    qtbot.waitUntil(lambda: getattr(controller.window, "walkthrough", None) is not None)
    dialog = controller.window.walkthrough
    assert dialog.isVisible() and dialog.step == "intro"
    controller.window.lock_now()  # the lock closes it with the other dialogs
    assert not dialog.isVisible()
