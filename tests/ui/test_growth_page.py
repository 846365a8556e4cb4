"""The Growth page over a small, hand-made history: the chart's weekly points are the ones counted
by hand and start with the first week anyone worked in the area, the committee chart carries a
1:10 target told apart from the areas by shape, colour, size and words, the table lists areas
below the target first, "as of" moves the picture back in time, and more than 8 areas are
refused in words.
"""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCharts import QLegend, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt

from forum_kit.models import Area, Contact, Workplace
from forum_kit.services import assessments as assessments_s
from forum_kit.services import committees as committees_s
from ui.editors.common import to_qdate
from ui.models.roles import DISPLAY
from ui.pages.growth import GrowthPage
from ui.session import AppContext, AppDeps
from ui.settings import SettingsStore
from ui.widgets.growth_chart import TARGET_SUFFIX

D = dt.date
TODAY = D(2026, 3, 2)  # a Monday; 13 weeks back is Monday 1 December 2025


@pytest.fixture
def history(vault):
    with vault.unit_of_work() as s:
        wp = Workplace(name="Bakery Ltd", created_on=D(2025, 11, 1))
        s.add(wp)
        s.flush()
        areas = {}
        for name in ("Assembly", "Bakery"):
            area = Area(workplace_id=wp.id, name=name)
            s.add(area)
            s.flush()
            areas[name] = area.id
        people: dict[str, list[int]] = {"Assembly": [], "Bakery": []}
        for name, n in (("Assembly", 10), ("Bakery", 5)):
            for k in range(n):
                c = Contact(workplace_id=wp.id, area_id=areas[name], first_name=f"P{k}",
                            last_name=name, added_on=D(2026, 1, 5))
                s.add(c)
                s.flush()
                people[name].append(c.id)
        a = people["Assembly"]
        for cid in a[:2]:
            assessments_s.append_assessment(s, contact_id=cid, level=2, assessed_on=D(2026, 1, 20))
        for cid in a[2:4]:
            assessments_s.append_assessment(s, contact_id=cid, level=1, assessed_on=D(2026, 2, 10))
        committees_s.join_committee(s, contact_id=a[0], role="C", joined_on=D(2026, 2, 3))
        return {"workplace": wp.id, **areas}


@pytest.fixture
def page(qtbot, vault, tmp_path, history):
    ctx = AppContext(vault, AppDeps(settings=SettingsStore(tmp_path / "s.ini"),
                                    today=lambda: TODAY))
    page = GrowthPage()
    qtbot.addWidget(page)
    page.range.setCurrentIndex(page.range.findData(13))
    page.attach(ctx)
    return page


def test_chart_has_the_expected_weekly_points(page, history):
    assert sorted(page.checked_area_ids()) == sorted([history["Assembly"], history["Bakery"]])
    points = page.chart.points("Assembly")
    # 13 weeks back from TODAY is 1 December, but nobody worked there before 5 January: the
    # series starts then instead of drawing 0 % for five weeks
    assert len(points) == 9
    assert points[0][0] == D(2026, 1, 5) and points[-1][0] == TODAY
    assert page.chart.chart().axes(Qt.Orientation.Horizontal)[0].min().date() == to_qdate(
        D(2026, 1, 5))
    assert all((p[0] - points[0][0]).days % 7 == 0 for p in points)
    by_day = dict(points)
    assert by_day[D(2026, 1, 19)] == 0.0  # assessed the next day
    assert by_day[D(2026, 1, 26)] == pytest.approx(20.0)  # 2 supporters of 10
    assert by_day[D(2026, 2, 9)] == pytest.approx(20.0)
    assert by_day[D(2026, 2, 16)] == pytest.approx(40.0)  # 2 leaders more on 10 February
    assert dict(page.chart.points("Bakery"))[TODAY] == 0.0
    # The drawn series carry the same points (msecs on the x axis, value on y).
    drawn = [s for s in page.chart.chart().series() if s.name() == "Assembly"]
    assert isinstance(drawn[0], QLineSeries) and drawn[0].count() == 9
    assert drawn[0].at(8).y() == pytest.approx(40.0)
    # Distinct pen styles, not colour alone.
    styles = {s.name(): s.pen().style() for s in page.chart.chart().series()}
    assert styles["Assembly"] != styles["Bakery"]


def test_committee_chart_tells_the_target_apart(page, history):
    page.metric_combo.setCurrentIndex(page.metric_combo.findData("committee"))
    members = dict(page.chart.points("Assembly"))
    assert members[D(2026, 2, 2)] == 0 and members[D(2026, 2, 9)] == 1
    target = dict(page.chart.points("Assembly" + TARGET_SUFFIX))
    assert min(target) == D(2026, 1, 5) and target[D(2026, 1, 5)] == 1  # ceil(10 / 10)
    series = {s.name(): s for s in page.chart.chart().series()}
    area, mark = series["Assembly"], series["Assembly" + TARGET_SUFFIX]
    # not one more line: pale diamonds of the area's colour, smaller than nothing a line draws
    assert isinstance(area, QLineSeries) and isinstance(mark, QScatterSeries)
    assert mark.markerShape() == QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle
    assert mark.color().alpha() < 255 and mark.borderColor().rgb() == area.pen().color().rgb()
    assert mark.color().rgb() == area.pen().color().rgb()
    # labelled in words at the right end and in the title; the legend is the areas' lines
    legend = page.chart.chart().legend()
    assert legend.markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries
    assert legend.markers(area)[0].isVisible() and not legend.markers(mark)[0].isVisible()
    labelled = [s for s in page.chart.chart().series() if s.pointLabelsVisible()]
    assert [s.pointLabelsFormat() for s in labelled] == ["1:10 target", "1:10 target"]
    assert labelled[0].at(0).x() == area.at(area.count() - 1).x()
    assert not any(legend.markers(s)[0].isVisible() for s in labelled)
    assert "◆" in page.chart.chart().title()


def test_table_below_target_first_and_as_of(page, history):
    model = page.table_model
    assert [model.row_at(r).area_name for r in range(model.rowCount())] == ["Bakery", "Assembly"]
    assert model.data(model.index(0, 9), DISPLAY) == "below 1:10"
    assert model.data(model.index(1, 2), DISPLAY) == "40 %"
    assert "1 below" in page.table_label.text()
    page.as_of.setDate(to_qdate(D(2026, 2, 1)))
    assembly = [r for r in model.rows() if r.area_name == "Assembly"][0]
    assert assembly.supporters_pct == pytest.approx(20.0) and assembly.below_target
    assert page.chart.points("Assembly")[-1] == (D(2026, 2, 1), pytest.approx(20.0))
    # The table is the same figures as the chart's last point.
    assert page.chart.points("Assembly")[-1][1] == pytest.approx(assembly.supporters_pct)


def test_at_most_eight_areas_and_clear(page, history, vault, qtmodeltester):
    with vault.unit_of_work() as s:
        for k in range(8):
            line = Area(workplace_id=history["workplace"], name=f"Line {k}")
            s.add(line)
            s.flush()  # someone works there, so the area has a series to draw
            s.add(Contact(workplace_id=history["workplace"], area_id=line.id, first_name="Q",
                          last_name=f"Line {k}", added_on=D(2026, 1, 5)))
    page.refresh()
    ids = [page.areas_model.item(r).data(256) for r in range(page.areas_model.rowCount())]
    page.set_checked_areas(ids)
    assert len(ids) == 10
    assert "10 areas ticked" in page.notice.text()
    assert len([n for n in page.chart.series_names() if TARGET_SUFFIX not in n]) == 8
    qtmodeltester.check(page.table_model)
    page.clear()
    assert page.table_model.rowCount() == 0 and page.chart.series_names() == []
    assert page.areas_model.rowCount() == 0


# ---- full area paths and layout -----------------------------------------------------------
PAGE_SIZES = ((1080, 740), (830, 640))  # the page's share of 1280x800 and 1024x700 windows


def test_table_shows_full_area_paths(page, history, vault):
    with vault.unit_of_work() as s:
        for parent in ("Assembly", "Bakery"):
            s.add(Area(workplace_id=history["workplace"], parent_id=history[parent],
                       name="Team North"))
    page.refresh()
    names = sorted(page.table_model.index(r, 0).data(DISPLAY)
                   for r in range(page.table_model.rowCount()))
    assert names == ["Assembly", "Assembly / Team North", "Bakery", "Bakery / Team North"]
    page.clear()
    assert page.table_model.rowCount() == 0


@pytest.mark.parametrize("size", PAGE_SIZES)
def test_page_fits_without_clipping(qtbot, page, size):
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication

    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    assert page.minimumSizeHint().width() <= PAGE_SIZES[-1][0]
    for w in (page.workplace, page.metric_combo, page.range, page.as_of, page.today_button,
              page.table, page.chart, page.areas):
        left = w.mapTo(page, QPoint(0, 0)).x()
        assert left >= 0 and left + w.width() <= page.width(), type(w).__name__
        assert w.width() >= w.minimumSizeHint().width(), type(w).__name__
    areas_width, chart_width = page.splitter.sizes()
    assert chart_width > 2 * areas_width  # the chart and table keep most of the width
