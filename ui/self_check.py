"""``forum-kit --self-check``: does this installation have everything the app needs?

Owns ``run_self_check`` and the list of checks it runs, each a short function that raises on a
problem: the program's own files (fonts, icons, licence texts) are where ``forum_kit.resources``
looks; SQLite is the encrypting SQLCipher build (the same guard every vault open runs); the
schema migrations are found; a PDF is built with the bundled fonts in memory and read back by
QtPdf; a chart is drawn by QtCharts; printing support loads; the licence list is complete; freed
memory is overwritten (``forum_kit.hardening``, issue 25). It prints one line per check and
returns 0 only when every check passed, so an installer's test (and a steward asked by a helper to
run it) can tell a broken bundle from a working one. It writes no file anywhere: the PDF stays in
memory like the Documents page's preview.
"""

from __future__ import annotations

import io
import os
import sys
import time
from collections.abc import Callable
from typing import Any, TextIO

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QSize
from PySide6.QtWidgets import QApplication

from ui.i18n import translate

# a leaflet headline the bundled fonts must print: Latin with diacritics, Greek, Cyrillic
SAMPLE = "Zoë Şêrko · Ŋ · Αλέξης · Олена"


class SelfCheck(QObject):
    """The self-check's words' context: lupdate reads a counted message (``%n``, its plural
    forms) from a ``tr`` call only, so the count goes through ``SelfCheck.tr(text, "", n)``."""


def _resources() -> str:
    from forum_kit.reports.fonts import ensure_fonts
    from forum_kit.resources import resource_path, resources_dir

    ensure_fonts()
    icons = sorted(resource_path("icons").glob("forum-kit-*.png"))
    if not icons:
        raise FileNotFoundError(
            translate("SelfCheck", "no application icon in the resources folder")
        )
    if not any(resource_path("licenses").glob("*.txt")):
        raise FileNotFoundError(translate("SelfCheck", "no licence texts in the resources folder"))
    return f"{resources_dir()} ({len(icons)} icon sizes)"


def _encryption() -> str:
    import sqlcipher3.dbapi2 as sqlcipher

    from forum_kit.vault.engine import assert_encrypting_module

    assert_encrypting_module(sqlcipher)
    connection = sqlcipher.connect(":memory:")
    try:
        version = connection.execute("PRAGMA cipher_version").fetchone()[0]
    finally:
        connection.close()
    return f"SQLCipher {version}"


def _migrations() -> str:
    from forum_kit.vault.migrations import runner

    return f"schema revision {runner.head_revision()}"


def _pdf() -> str:
    from PySide6.QtPdf import QPdfDocument

    from forum_kit.reports import build_leaflet
    from forum_kit.reports.data import LeafletSpec
    from ui.widgets.pdf_preview import PdfPreview

    data = io.BytesIO()
    build_leaflet(
        LeafletSpec(template="meeting", headline=SAMPLE, paragraphs=("Forum Kit self-check.",)),
        data,
    )
    preview = PdfPreview()
    try:
        preview.show_pdf(data.getvalue())
        deadline = time.monotonic() + 10
        while not preview.has_document and time.monotonic() < deadline:
            QApplication.processEvents()
            if preview.document.status() == QPdfDocument.Status.Error:
                break
        if not preview.has_document:
            raise RuntimeError(f"QtPdf could not read the PDF ({preview.document.error()})")
        page = preview.document.render(0, QSize(120, 170))
        if page.isNull():
            raise RuntimeError("QtPdf could not render the first page")
        return f"{len(data.getvalue()):,} bytes, {preview.page_count()} page(s) read by QtPdf"
    finally:
        preview.clear()
        preview.deleteLater()


def _chart() -> str:
    from PySide6.QtCharts import QChart, QChartView, QLineSeries

    series = QLineSeries()
    for x, y in ((0, 1), (1, 3), (2, 2)):
        series.append(x, y)
    chart = QChart()
    chart.addSeries(series)
    chart.createDefaultAxes()
    view = QChartView(chart)
    try:
        view.resize(240, 160)
        image = view.grab().toImage()
        colours = {image.pixel(x, y) for x in range(0, 240, 8) for y in range(0, 160, 8)}
        if image.isNull() or len(colours) < 2:
            raise RuntimeError("QtCharts drew nothing")
        return f"QtCharts drew {len(colours)} colours"
    finally:
        view.deleteLater()


def _printing() -> str:
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter()
    return f"QtPrintSupport loaded (default page {printer.pageLayout().pageSize().name()})"


def _licences() -> str:
    from PySide6.QtCore import qVersion

    from ui.dialogs.about import all_components

    parts = all_components()
    names = {p.name.lower().replace("_", "-") for p in parts}
    missing = {"pyside6-essentials", "sqlcipher3", "sqlalchemy", "reportlab"} - names
    if missing:
        raise RuntimeError(f"no licence information for {', '.join(sorted(missing))}")
    return f"{len(parts)} parts listed in Help > About (Qt {qVersion()})"


def _memory() -> str:
    from forum_kit import hardening

    if os.environ.get(hardening.SWITCH_ENV) == "0":
        return f"freed memory kept as it was ({hardening.SWITCH_ENV}=0)"
    if hardening.memory_hardened():
        return "freed memory overwritten (nothing a lock drops stays readable)"
    if not hardening.available():
        return "this system has no setting that overwrites freed memory (see the README)"
    raise RuntimeError("freed memory is not overwritten: the restart with the allocator settings")


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    (QT_TRANSLATE_NOOP("SelfCheck", "program files"), _resources),
    (QT_TRANSLATE_NOOP("SelfCheck", "encryption"), _encryption),
    (QT_TRANSLATE_NOOP("SelfCheck", "vault schema"), _migrations),
    (QT_TRANSLATE_NOOP("SelfCheck", "PDF"), _pdf),
    (QT_TRANSLATE_NOOP("SelfCheck", "charts"), _chart),
    (QT_TRANSLATE_NOOP("SelfCheck", "printing"), _printing),
    (QT_TRANSLATE_NOOP("SelfCheck", "licences"), _licences),
    (QT_TRANSLATE_NOOP("SelfCheck", "memory after a lock"), _memory),
)


def _tr(text: str) -> str:
    return translate("SelfCheck", text)


def run_self_check(app: QApplication | Any, out: TextIO | None = None) -> int:
    """Run every check, print one line each; 0 when all passed, else 1."""
    stream = out if out is not None else sys.stdout
    failed = 0
    print(
        translate("SelfCheck", "Forum Kit self-check (Qt platform: {platform})").format(
            platform=app.platformName()
        ),
        file=stream,
    )
    for key, check in CHECKS:
        name = _tr(key)
        try:
            detail = check()
        except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the run
            failed += 1
            print(f"FAILED  {name}: {type(error).__name__}: {error}", file=stream, flush=True)
        else:
            print(f"ok      {name}: {detail}", file=stream, flush=True)
    print(
        translate("SelfCheck", "Everything needed is in place.")
        if not failed
        else SelfCheck.tr("%n checks failed: reinstall Forum Kit.", "", failed),
        file=stream,
    )
    return 1 if failed else 0
