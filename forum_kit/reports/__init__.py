"""Forum Kit's printed documents, built with ReportLab from plain frozen data classes.

This package owns leaflets, delegate briefings, chart sheets and briefing packs, their fonts,
styles and drawings, the text engine that prints every script (``fonts``, ``text``, ``flow``),
the leaflet's words in every language it offers, the collation names sort by, and password
protection of the results. It never touches the vault: a query module fills the data classes in
``forum_kit.reports.data``. Call ``personal_data_kinds(spec)`` before a build to tell the user
what the document will print; every build returns a ``DocumentInfo``.
"""

from forum_kit.reports.briefing import build_briefing
from forum_kit.reports.chart_sheet import build_chart_sheet
from forum_kit.reports.data import (
    AgendaMandate,
    AreaFigures,
    BriefingData,
    CallToAction,
    ChartRow,
    ChartSheetData,
    DocumentInfo,
    GrowthSeries,
    LeafletBody,
    LeafletSpec,
    PackSpec,
    personal_data_kinds,
    personal_data_of,
)
from forum_kit.reports.fonts import check_text_supported
from forum_kit.reports.leaflet import build_leaflet, leaflet_warnings
from forum_kit.reports.output import Cancelled
from forum_kit.reports.pack import build_pack
from forum_kit.reports.protect import protect_pdf

__all__ = [
    "AgendaMandate",
    "AreaFigures",
    "BriefingData",
    "CallToAction",
    "Cancelled",
    "ChartRow",
    "ChartSheetData",
    "DocumentInfo",
    "GrowthSeries",
    "LeafletBody",
    "LeafletSpec",
    "PackSpec",
    "build_briefing",
    "build_chart_sheet",
    "build_leaflet",
    "build_pack",
    "check_text_supported",
    "leaflet_warnings",
    "personal_data_kinds",
    "personal_data_of",
    "protect_pdf",
]
