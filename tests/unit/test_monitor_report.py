"""The monitor on paper: `thuisplan export --monitor [--as-of]` (Word) and the annex's
Monitor sheet show the statuses, the cumulative figures and the changes of the snapshot."""

from __future__ import annotations

import pytest

from app import cli
from app.models import AgreementStatus
from app.services import agreements, measurements
from app.storage import open_project_file


@pytest.fixture
def measured(demo_path):
    """The example vision, whose two measurements are 1-1-2026 (flexwoningen 2025: 36) and
    1-7-2026 (flexwoningen 2025: 41, toewijzen 2026: 70), with an override and its reason."""
    project = open_project_file(demo_path)
    try:
        deals = agreements.list_agreements(project)
        assert [m.label for m in measurements.list_measurements(project)] == [
            "meting per 1-1-2026",
            "meting per 1-7-2026",
        ]
        measurements.set_status_override(
            project, deals[3].id, 2026, AgreementStatus.ON_TRACK, "Oplevering in augustus"
        )
    finally:
        project.close()
    return demo_path


def _texts(path) -> str:
    from docx import Document

    document = Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def test_monitor_report_shows_lights_charts_and_changes(measured, tmp_path):
    """The report names its measurement and the one before, shows each begun agreement
    year's status (the override with its reason), a chart per group, and the changes."""
    target = tmp_path / "monitor.docx"
    assert cli.main(["export", str(measured), "--monitor", str(target)]) == 0
    text = _texts(target)
    assert "Monitor woonzorgvisie — meting per 1-7-2026" in text
    assert "vergeleken met de meting per 1-1-2026" in text
    # 40 flexwoningen in 2025, 41 realised: gerealiseerd; 70 of 160 in 2026 on 1-7: op
    # schema (160 x 181/365 - 16 = 63.3); 131 of 150 in 2025, typed as achter
    assert "gerealiseerd" in text and "op schema" in text and "achter" in text
    assert "op schema (met de hand; berekend: onbekend): Oplevering in augustus" in text
    assert "36 (achter)" in text and "41 (gerealiseerd)" in text  # the change in 2025
    from docx import Document

    pictures = Document(str(target)).inline_shapes
    assert len(pictures) == 10  # one chart per active group of the example


def test_as_of_picks_the_measurement_before_it(measured, tmp_path):
    """--as-of 30-6-2026 shows the first measurement, with nothing to compare it to."""
    target = tmp_path / "vroeg.docx"
    assert (
        cli.main(["export", str(measured), "--monitor", str(target), "--as-of", "30-6-2026"]) == 0
    )
    text = _texts(target)
    assert "meting per 1-1-2026; het is de eerste meting" in text
    assert "Er is geen eerdere meting om mee te vergelijken." in text


def test_a_bad_as_of_date_writes_nothing(measured, tmp_path, capsys):
    """A date that is no day is refused in Dutch with exit code 1, and no file is made."""
    target = tmp_path / "niets.docx"
    code = cli.main(["export", str(measured), "--monitor", str(target), "--as-of", "2026"])
    assert code == 1
    assert "--as-of" in capsys.readouterr().err
    assert not target.exists()


def test_annex_has_a_monitor_sheet(measured, tmp_path):
    """The annex's Monitor sheet lists the agreements' statuses (override and reason), its
    "Monitor per groep" planned, delivered and need per municipality x group x year,
    unknown left empty."""
    import openpyxl

    target = tmp_path / "bijlage.xlsx"
    assert cli.main(["export", str(measured), "--xlsx", str(target)]) == 0
    workbook = openpyxl.load_workbook(target)
    rows = list(workbook["Monitor"].iter_rows(values_only=True))
    overridden = [r for r in rows if r[8] == "Oplevering in augustus"]
    assert [(r[1], r[5], r[6], r[7]) for r in overridden] == [(2026, "op schema", "onbekend", "ja")]
    toewijzen = [r for r in rows if r[1] == 2026 and r[3] == 70]
    assert [(r[2], r[4], r[5]) for r in toewijzen] == [(160, "meting per 1-7-2026", "op schema")]
    rows = list(workbook["Monitor per groep"].iter_rows(values_only=True))
    delft = [r for r in rows if r[0] == "Delft" and r[1] == "Dak- en thuisloze mensen"]
    assert [r[2] for r in delft] == [2025, 2026, 2027, 2028, 2029, 2030]
    assert all(r[4] is None for r in delft)  # nothing delivered is reported: unknown
    assert delft[0][3] == 50 and delft[0][5] == 46  # planned and need, as summary --json
