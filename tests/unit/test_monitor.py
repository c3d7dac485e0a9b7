"""The monitor: metingen stored and refused, the status rule at its boundaries (worked out
by hand), delivered against planned and need cumulatively, two measurements and the change
between them, and older files upgraded with no measurements."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.models import AgreementStatus, CapacityKind, HousingType
from app.services import agreements, figures, measurements
from app.services import target_groups as groups
from app.services.calculations.monitor import (
    TOLERANCE,
    MonitorStatus,
    agreement_status,
    cumulative,
    elapsed_share,
)
from app.services.errors import DomainError
from app.services.figures import Cell, CellChange
from app.services.monitor import monitor_data
from app.services.monitor_changes import changes_since_previous
from app.storage import open_project_file

DELFT = "GM0503"
FIXTURES = Path(__file__).parents[1] / "fixtures"
R, ON, BEHIND, UNKNOWN = (
    MonitorStatus.REALISED,
    MonitorStatus.ON_TRACK,
    MonitorStatus.BEHIND,
    MonitorStatus.UNKNOWN,
)


def test_elapsed_share_by_hand():
    """0 up to 1 January, 1 from the next 1 January, days/365 (366 in a leap year) between."""
    assert elapsed_share(2026, dt.date(2025, 12, 31)) == 0.0
    assert elapsed_share(2026, dt.date(2026, 1, 1)) == 0.0
    assert elapsed_share(2026, dt.date(2026, 7, 1)) == 181 / 365
    assert elapsed_share(2028, dt.date(2028, 7, 1)) == 182 / 366
    assert elapsed_share(2026, dt.date(2026, 12, 31)) == 364 / 365
    assert elapsed_share(2026, dt.date(2027, 1, 1)) == 1.0


@pytest.mark.parametrize(
    ("target", "realised", "share", "expected"),
    [
        (None, 50, 0.5, UNKNOWN),  # no target
        (100, None, 0.5, UNKNOWN),  # nothing realised
        (100, 100, 0.0, R),  # the target itself, even before the year began
        (100, 99.99, 1.0, BEHIND),  # the year is over: only the target counts
        (100, 40, 0.5, ON),  # 100 x 0.5 - 10 = 40: exactly on the line
        (100, 39.99, 0.5, BEHIND),  # just below it
        (100, 0, 0.1, ON),  # 100 x 0.1 - 10 = 0
        (100, 0, 0.11, BEHIND),  # 1 above 0
        (100, 0, 0.0, ON),  # the year has not begun
        (0, 0, 1.0, R),  # a target of 0 is met by 0
    ],
)
def test_status_rule_at_its_boundaries(target, realised, share, expected):
    """realised >= target: gerealiseerd; a finished year below it: achter; a running year:
    op schema from target x share - 10 % of the target."""
    assert TOLERANCE == 0.10
    assert agreement_status(target, realised, share) is expected


def test_cumulative_is_unknown_from_the_first_unknown_year_on():
    """Running totals add year by year; one unknown year makes that total and all later
    ones unknown, never the sum of what is known."""
    rows = cumulative(
        [2025, 2026, 2027], {2025: 5, 2026: 5, 2027: 5}, {2025: 3, 2026: None, 2027: 4}, {}
    )
    assert [r.planned_cumulative for r in rows] == [5, 10, 15]
    assert [r.delivered_cumulative for r in rows] == [3, None, None]
    assert [r.need_cumulative for r in rows] == [None, None, None]
    assert rows[2].delivered == 4


def dump(path: Path) -> bytes:
    return path.read_bytes()


def _homeless(project) -> int:
    return next(g.id for g in groups.list_target_groups(project) if g.code == "homeless")


@pytest.mark.parametrize(
    "date", ["31-12-2024", "2-1-2028", "2026", "december 2026", "morgen", "1-1-1850"]
)
def test_a_measurement_date_outside_the_period_or_not_a_day_is_refused(project, date):
    """The plan period is 2025-2027: a day from 1-1-2025 to 1-1-2028 is accepted; any other
    (or no day at all) is refused in Dutch and the file keeps its bytes."""
    before = dump(project.path)
    with pytest.raises(DomainError) as refused:
        measurements.add_measurement(project, date)
    assert "meting" in refused.value.message
    assert dump(project.path) == before


def test_the_plan_period_s_edges_are_accepted(project):
    """1-1-2025 and 1-1-2028 (reporting 2027) are the first and last possible days."""
    first = measurements.add_measurement(project, "1-1-2025")
    last = measurements.add_measurement(project, "1-1-2028")
    assert first.label == "meting per 1-1-2025"
    assert [m.measured_on for m in measurements.list_measurements(project)] == [
        dt.date(2025, 1, 1),
        dt.date(2028, 1, 1),
    ]
    with pytest.raises(DomainError, match="al een meting"):
        measurements.add_measurement(project, "2028-01-01")
    assert last.id != first.id


def _cell(project, year: int, kind=CapacityKind.NEW_BUILD) -> Cell:
    return Cell(DELFT, _homeless(project), HousingType.INDEPENDENT_REGULAR, year, kind)


@pytest.mark.parametrize(
    ("value", "words"),
    [(-1, "negatief"), (2.5, "geen geheel getal"), ("vijf", "geen getal"), (True, "geen getal")],
)
def test_a_negative_or_broken_delivered_figure_is_refused(project, value, words):
    """Delivered figures are whole numbers of 0 or more: anything else is refused with the
    Dutch reason, and a block with one bad cell writes none of its good ones."""
    made = measurements.add_measurement(project, "1-1-2027")
    before = dump(project.path)
    block = [CellChange(_cell(project, 2025), 4), CellChange(_cell(project, 2026), value)]
    with pytest.raises(DomainError, match=words):
        measurements.write_delivered(project, made.id, block)
    assert dump(project.path) == before


def test_a_delivered_figure_of_a_year_not_yet_begun_is_refused(project):
    """A measurement per 1-1-2027 reports 2025 and 2026, not 2027."""
    made = measurements.add_measurement(project, "1-1-2027")
    before = dump(project.path)
    with pytest.raises(DomainError, match="nog niet begonnen"):
        measurements.write_delivered(project, made.id, [CellChange(_cell(project, 2027), 1)])
    assert dump(project.path) == before


@pytest.mark.parametrize("reason", ["", "   ", "\x07"])
def test_an_override_without_a_reason_is_refused(project, reason):
    """Overriding the computed status needs a reason; without one nothing changes."""
    made = agreements.add_agreement(project, "Woningen", targets={2025: 10})
    before = dump(project.path)
    with pytest.raises(DomainError, match="reden"):
        measurements.set_status_override(project, made.id, 2025, AgreementStatus.ON_TRACK, reason)
    assert dump(project.path) == before


def test_an_override_is_shown_as_such_with_its_reason(project):
    """The override wins over the computed status, keeps the computed one beside it and
    says why; clearing it follows the computed status again."""
    made = agreements.add_agreement(project, "Woningen", targets={2025: 10})
    agreements.set_agreement_year(project, made.id, 2025, realised=2)
    measurements.set_status_override(
        project, made.id, 2025, AgreementStatus.ON_TRACK, "Oplevering in januari"
    )
    shown = monitor_data(project).current.statuses[(made.id, 2025)]
    assert (shown.computed, shown.status, shown.overridden) == (BEHIND, ON, True)
    assert shown.reason == "Oplevering in januari"
    measurements.set_status_override(project, made.id, 2025, None)
    shown = monitor_data(project).current.statuses[(made.id, 2025)]
    assert (shown.status, shown.overridden, shown.reason) == (BEHIND, False, "")


def _fill_planned_and_need(project, group: int) -> None:
    """Need 10 and capacity 2 of each of the 5 kinds (10) for Delft's homeless, each year."""
    changes = []
    for year in (2025, 2026, 2027):
        for t in (HousingType.INDEPENDENT_REGULAR,):
            changes.append(CellChange(Cell(DELFT, group, t, year), 10))
            changes += [CellChange(Cell(DELFT, group, t, year, kind), 2) for kind in CapacityKind]
    figures.write_cells(project, changes)


def _deliver(project, measurement_id: int, year: int, per_kind: int) -> None:
    cells = [CellChange(_cell(project, year, kind), per_kind) for kind in CapacityKind]
    measurements.write_delivered(project, measurement_id, cells)


def test_two_measurements_and_the_change_between_them(project):
    """Meting 1-1-2026 reports 2025 (1 per kind: 5); meting 1-7-2026 corrects 2025 to 2 per
    kind (10) and adds an agreement's realised 2026 value. The monitor at the second shows
    the corrected figures, cumulatively; at the first (as of 30-6-2026) the first ones; the
    changes are exactly the corrected delivered total and the agreement."""
    group = _homeless(project)
    groups.update_group(project, group, housing_types=[HousingType.INDEPENDENT_REGULAR])
    _fill_planned_and_need(project, group)
    deal = agreements.add_agreement(project, "Woningen dakloze mensen", targets={2026: 100})
    first = measurements.add_measurement(project, "1-1-2026")
    second = measurements.add_measurement(project, "1-7-2026")
    _deliver(project, first.id, 2025, 1)
    _deliver(project, second.id, 2025, 2)
    measurements.set_realised(project, second.id, deal.id, 2026, 40)

    early = monitor_data(project, as_of=dt.date(2026, 6, 30))
    assert early.current.measurement == first and early.previous is None
    data = monitor_data(project)
    assert data.current.measurement == second and data.previous.measurement == first
    delft = next(m.id for m in data.analysis.figures.municipalities if m.code == DELFT)
    rows = data.rows[(delft, group)]
    assert [(r.year, r.planned, r.delivered, r.need) for r in rows] == [
        (2025, 10, 10, 10),
        (2026, 10, None, 10),
        (2027, 10, None, 10),
    ]
    assert [r.planned_cumulative for r in rows] == [10, 20, 30]
    assert [r.delivered_cumulative for r in rows] == [10, None, None]
    assert early.rows[(delft, group)][0].delivered == 5
    # 40 of 100 on 1-7-2026: 100 x 181/365 - 10 = 39.59, so op schema
    assert data.current.statuses[(deal.id, 2026)].status is ON
    changes = changes_since_previous(data)
    assert [(c.year, c.before, c.after) for c in changes] == [
        (2026, "onbekend (onbekend)", "40 (op schema)"),
        (2025, "5", "10"),
    ]
    assert changes[1].subject.startswith("Gerealiseerd: Delft")


def test_older_files_upgrade_with_no_measurements(tmp_path):
    """A file of schema 1 or 2 opens with empty measurement tables and statuses without a
    reason, so its hand-typed statuses are shown as overrides."""
    for version in (1, 2):
        path = tmp_path / f"v{version}.thuisplan"
        shutil.copyfile(FIXTURES / f"schema_v{version}.thuisplan", path)
        project = open_project_file(path)
        try:
            assert measurements.list_measurements(project) == []
            statuses = monitor_data(project).current.statuses.values()
            assert any(s.overridden and s.reason == "" for s in statuses)
        finally:
            project.close()
        conn = sqlite3.connect(path)
        for table in ("measurement", "delivered_value", "realised_value"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone() == (0,)
        conn.close()


def test_summary_json_carries_the_monitor(demo_path, capsys):
    """`summary --json` gains `monitoring`: the measurement it is at, each agreement's year
    with target, realised, status and whether it is overridden, and per municipality x group
    x year planned, delivered and need; delivered stays null where a kind is not reported."""
    import json

    from app import cli

    project = open_project_file(demo_path)
    try:
        deal = agreements.list_agreements(project)[0]  # target 160 in 2026
        made = measurements.add_measurement(project, "1-1-2027")
        measurements.set_realised(project, made.id, deal.id, 2026, 150)
        group = _homeless(project)
        cells = [
            CellChange(Cell(DELFT, group, t, year, kind), 1)
            for year in (2025, 2026)
            for t in groups.get_group(project, group).housing_types  # 4 types
            for kind in CapacityKind
        ]
        measurements.write_delivered(project, made.id, cells[:-1])  # 2025 full, 2026 one short
    finally:
        project.close()
    assert cli.main(["summary", str(demo_path), "--json"]) == 0
    monitoring = json.loads(capsys.readouterr().out)["monitoring"]
    assert monitoring["measurement"] == {"date": "2027-01-01", "label": "meting per 1-1-2027"}
    (item,) = [
        a for a in monitoring["agreements"] if (a["agreement_id"], a["year"]) == (deal.id, 2026)
    ]
    assert (item["target"], item["realised"], item["status"]) == (160, 150, "behind")
    assert item["status_overridden"] is False
    (overridden,) = [
        a for a in monitoring["agreements"] if (a["agreement_id"], a["year"]) == (deal.id, 2025)
    ]
    assert overridden["status_overridden"] is True  # typed on the agreements page
    delft = [
        d
        for d in monitoring["delivery"]
        if d["municipality_code"] == DELFT and d["target_group"] == "Dak- en thuisloze mensen"
    ]
    assert [d["delivered"] for d in delft][:3] == [20, None, None]  # 4 types x 5 kinds x 1
    assert [d["delivered_cumulative"] for d in delft][:2] == [20, None]
    assert delft[0]["planned"] == 50 and delft[0]["need"] == 46
