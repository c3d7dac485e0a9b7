"""Plausibility warnings: each rule at its limit and one past it, worked out by hand from the
shipped CBS figures (Delft: 109,577 inhabitants, 54,219 dwellings, 17,787 aged 65+;
Rijswijk: social-rent stock estimated at 9,227)."""

from __future__ import annotations

import pytest

from app.models import CapacityKind, HousingType
from app.services import figures
from app.services.analysis import analyse
from app.services.estimates import store
from app.services.figures import Cell, CellChange
from app.services.plausibility import Rule, homeless_rate_per_1000, plausibility_warnings
from app.services.target_groups import list_target_groups
from app.services.vision import create_vision

DELFT, RIJSWIJK = "GM0503", "GM0603"
H = HousingType


@pytest.fixture
def region(tmp_path):
    project = create_vision(
        tmp_path / "controle.thuisplan",
        title="Controle",
        municipality_codes=[DELFT, RIJSWIJK],
        start_year=2026,
        end_year=2028,
    )
    yield project
    project.close()


def group(project, code):
    return next(g for g in list_target_groups(project) if g.code == code).id


def enter(project, code, group_code, housing_type, year, value, kind=None):
    cell = Cell(code, group(project, group_code), housing_type, year, kind)
    figures.set_cells(project, [CellChange(cell, value)])


def rules(project):
    return [(w.rule, w.year, w.value, w.limit) for w in plausibility_warnings(analyse(project))]


def test_the_homeless_rate_is_that_of_the_four_big_cities():
    """38 % of 26,600 = 10,108 homeless people in the four cities, which have
    931,298 + 670,610 + 566,221 + 374,238 = 2,542,367 inhabitants: 3.976 per 1,000."""
    assert homeless_rate_per_1000() == pytest.approx(10_108 / 2_542_367 * 1000)


def test_homeless_need_above_the_big_city_rate(region):
    """Delft: 109,577 x 3.976 / 1,000 = 435.7 -> 436 homeless people at the cities' rate."""
    enter(region, DELFT, "homeless", H.INDEPENDENT_REGULAR, 2026, 436)
    assert rules(region) == []
    enter(region, DELFT, "homeless", H.INDEPENDENT_REGULAR, 2026, 437)
    assert rules(region) == [(Rule.HOMELESS_RATE, 2026, 437, 436)]


def test_a_yearly_figure_above_all_dwellings(region):
    """Delft has 54,219 dwellings: a need of 54,220 in one year cannot be."""
    enter(region, DELFT, "labour_migrants", H.INDEPENDENT_REGULAR, 2027, 54_219)
    assert rules(region) == []
    enter(region, DELFT, "labour_migrants", H.INDEPENDENT_REGULAR, 2027, 54_220)
    assert rules(region) == [(Rule.ABOVE_DWELLINGS, 2027, 54_220, 54_219)]


def test_allocation_above_the_social_rent_stock(region):
    """Rijswijk's stock: 32.1 % of 28,745 = 9,227 homes; allocating 9,228 in a year cannot be."""
    kind = CapacityKind.ALLOCATION
    enter(region, RIJSWIJK, "status_holders", H.INDEPENDENT_REGULAR, 2026, 9_227, kind)
    assert rules(region) == []
    enter(region, RIJSWIJK, "status_holders", H.INDEPENDENT_REGULAR, 2026, 9_228, kind)
    assert rules(region) == [(Rule.ABOVE_SOCIAL_STOCK, 2026, 9_228, 9_227)]


def test_older_need_far_above_the_national_target(region):
    """Delft's part of 170,000 nultredenwoningen: 170,000 x 17,787 / 3,677,228 / 9 = 91.4
    -> 91 a year; three times that is 273."""
    enter(region, DELFT, "older_people", H.ZERO_STEP, 2026, 273)
    assert rules(region) == []
    enter(region, DELFT, "older_people", H.ZERO_STEP, 2026, 274)
    assert rules(region) == [(Rule.OLDER_TARGET, 2026, 274, 273)]


def test_an_estimate_is_never_checked(region):
    """The ouderen estimate fills 91 a year: nothing typed, nothing to warn about."""
    base = store.find_scenario(region)
    older = group(region, "older_people")
    store.set_estimate(region, base.id, older, store.default_estimate("older_people"))
    assert rules(region) == []


@pytest.mark.parametrize(
    ("before", "after", "warned"),
    [(10, 30, True), (10, 29, False), (8, 24, False), (30, 10, True), (30, 11, False)],
)
def test_a_jump_between_years(region, before, after, warned):
    """Three times (or a third of) the year before, the larger at least 25 homes."""
    enter(region, DELFT, "students", H.STUDENT, 2026, before)
    enter(region, DELFT, "students", H.STUDENT, 2027, after)
    expected = [(Rule.JUMP, 2027, after, before)] if warned else []
    assert rules(region) == expected


def test_the_example_vision_is_plausible(demo):
    assert plausibility_warnings(analyse(demo)) == []


def test_the_word_vision_names_unresolved_warnings(region, tmp_path, monkeypatch):
    """One warning: the reading guide counts it, appendix C lists it with its reason."""
    import docx

    from app.reports import docx_vision
    from app.reports.docx_plausibility import TITLE

    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    enter(region, DELFT, "homeless", H.INDEPENDENT_REGULAR, 2026, 437)
    document = docx.Document(str(docx_vision.write_vision_document(region, tmp_path / "v.docx")))
    text = [p.text for p in document.paragraphs]
    assert any(
        t.startswith("Bij 1 ingevoerde cijfer geeft Thuisplan een waarschuwing") for t in text
    )
    assert TITLE in text
    table = next(t for t in document.tables if t.rows[0].cells[-1].text == "Waarschuwing")
    row = [c.text for c in table.rows[1].cells]
    assert row[:4] == ["Delft", "Dak- en thuisloze mensen", "2026", "Woonbehoefte"]
    assert "(437)" in row[4] and "436" in row[4] and "CBS" in row[4]


def test_without_warnings_there_is_no_appendix_c(demo, tmp_path, monkeypatch):
    import docx

    from app.reports import docx_vision
    from app.reports.docx_plausibility import TITLE

    monkeypatch.setattr(docx_vision, "render_charts", lambda analysis, check: {})
    document = docx.Document(str(docx_vision.write_vision_document(demo, tmp_path / "v.docx")))
    text = [p.text for p in document.paragraphs]
    assert TITLE not in text
    assert not any("geeft Thuisplan een waarschuwing" in t for t in text)
