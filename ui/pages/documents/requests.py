"""What the Documents page asks the background helper to build, and what comes back.

This module owns the four request data classes (leaflet, briefing, pack, chart sheet: plain,
frozen, made on the GUI thread by a form), what personal data each will print before it is built,
``BuildResult`` and ``build_document``, which fills a request from the vault in its own session and
builds the PDF in memory on a worker thread, touching no widget.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

REDACTION_KIND = {"numbers": "assessments", "initials": "initials", "names": "names"}
_RANK = {"none": 0, "officers": 1, "assessments": 2, "initials": 3, "names": 4}


def ordered_kinds(kinds: set[str]) -> tuple[str, ...]:
    """Kinds of personal data, most personal first; ("none",) when there is none."""
    found = sorted(kinds - {"none"}, key=_RANK.__getitem__, reverse=True)
    return tuple(found) or ("none",)


@dataclass(frozen=True)
class LeafletRequest:
    spec: Any
    needs_vault = False

    @property
    def personal_kinds(self) -> tuple[str, ...]:
        return ("none",)

    def make(self, _session: Any) -> Any:
        return self.spec


@dataclass(frozen=True)
class BriefingRequest:
    forum_id: int
    meeting_id: int
    area_ids: tuple[int, ...] | None
    as_of: dt.date
    questions: tuple[str, ...] = ()
    paper: str = "A4"
    sensitive_grievances: bool = False
    needs_vault = True

    @property
    def personal_kinds(self) -> tuple[str, ...]:
        # the delegate and alternates, unless every one is withheld (known once built)
        return ("officers",)

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.briefing_data(
            session,
            forum_id=self.forum_id,
            council_meeting_id=self.meeting_id,
            as_of=self.as_of,
            area_ids=self.area_ids,
            questions=self.questions,
            paper=self.paper,
            include_sensitive_grievances=self.sensitive_grievances,
        )


@dataclass(frozen=True)
class PackRequest:
    forum_id: int
    meeting_ids: tuple[int, ...]
    chart_area_ids: tuple[int, ...]
    redaction: str
    as_of: dt.date
    title: str = ""
    paper: str = "A4"
    sensitive_grievances: bool = False
    needs_vault = True

    @property
    def personal_kinds(self) -> tuple[str, ...]:
        kinds = {"officers"} if self.meeting_ids else set()
        if self.chart_area_ids:
            kinds.add(REDACTION_KIND[self.redaction])
        return ordered_kinds(kinds)

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.pack_spec(
            session,
            forum_id=self.forum_id,
            council_meeting_ids=self.meeting_ids,
            as_of=self.as_of,
            chart_area_ids=self.chart_area_ids,
            redaction=self.redaction,
            title=self.title,
            paper=self.paper,
            include_sensitive_grievances=self.sensitive_grievances,
        )


@dataclass(frozen=True)
class ChartSheetRequest:
    area_id: int
    redaction: str
    blank_rows: int
    as_of: dt.date
    paper: str = "A4"
    needs_vault = True

    @property
    def personal_kinds(self) -> tuple[str, ...]:
        return (REDACTION_KIND[self.redaction],)

    def make(self, session: Any) -> Any:
        from forum_kit.queries import documents

        return documents.chart_sheet_data(
            session,
            area_id=self.area_id,
            as_of=self.as_of,
            redaction=self.redaction,
            blank_rows=self.blank_rows,
            paper=self.paper,
        )


@dataclass
class BuildResult:
    data: bytes
    pages: int
    personal_data: str
    personal_kinds: tuple[str, ...] = ("none",)
    warnings: list[str] = field(default_factory=list)


def build_document(
    request: Any,
    unit_of_work: Callable[[], Any] | None,
    cancelled: Callable[[], bool],
    progress: Callable[[int, int], None],
    language: str | None = None,
    mark: str | None = None,
) -> BuildResult:
    """Fill and build ``request`` in memory (runs on a worker thread; touches no widget), its
    own words in ``language`` (None: the interface's). ``mark`` heads every page's footer (the
    label of a committee copy shown)."""
    from forum_kit.i18n import document_language
    from forum_kit.reports.output import marked

    with document_language(language), marked(mark):
        return _build(request, unit_of_work, cancelled, progress)


def _build(
    request: Any,
    unit_of_work: Callable[[], Any] | None,
    cancelled: Callable[[], bool],
    progress: Callable[[int, int], None],
) -> BuildResult:
    from forum_kit import reports

    if request.needs_vault:
        assert unit_of_work is not None
        with unit_of_work() as session:
            spec = request.make(session)
    else:
        spec = request.make(None)
    if cancelled():
        raise reports.Cancelled()
    buffer = io.BytesIO()
    if isinstance(spec, reports.LeafletSpec):
        info = reports.build_leaflet(spec, buffer)
    elif isinstance(spec, reports.BriefingData):
        info = reports.build_briefing(spec, buffer, progress=progress, cancelled=cancelled)
    elif isinstance(spec, reports.PackSpec):
        info = reports.build_pack(spec, buffer, progress=progress, cancelled=cancelled)
    else:
        info = reports.build_chart_sheet(spec, buffer, progress=progress, cancelled=cancelled)
    kinds = reports.personal_data_kinds(spec)
    return BuildResult(buffer.getvalue(), info.pages, kinds[0], kinds)
