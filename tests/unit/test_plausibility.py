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


def _random_changes(project, rng, count):
    """`count` random need or capacity cells of three groups, some emptied, with values that
    make every rule fire now and then."""
    from app.services.target_groups_read import list_target_groups as active
    from app.services.vision_read import get_vision

    codes = ("homeless", "older_people", "status_holders")  # every rule's groups
    groups = [g for g in active(project, active_only=True) if g.code in codes]
    years = get_vision(project).years
    values = [None, 0, 3, 20, 30, 90, 300, 500, 10_000, 60_000]
    changes = {}
    while len(changes) < count:
        g = rng.choice(groups)
        kind = rng.choice([None, *CapacityKind])
        cell = Cell(rng.choice([DELFT, RIJSWIJK]), g.id, rng.choice(g.housing_types),
                    rng.choice(years), kind)  # fmt: skip
        changes[cell] = CellChange(cell, rng.choice(values))
    return list(changes.values())


@pytest.mark.parametrize("seed", range(3))
def test_an_edit_checks_again_only_what_it_touched(region, seed, monkeypatch):
    """Random figures (the ouderen estimate filling the cells nobody typed), then edits of a
    few cells: the warnings patched after each edit equal the whole vision's worked out anew,
    in the vision's order, and only the touched years and the years after them are checked."""
    import random

    from app.services import plausibility
    from app.services.analysis import refreshed
    from app.services.plausibility import vision_warnings

    rng = random.Random(seed)
    base = store.find_scenario(region)
    older = group(region, "older_people")
    store.set_estimate(region, base.id, older, store.default_estimate("older_people"))
    figures.set_cells(region, _random_changes(region, rng, 300))
    analysis = analyse(region)
    warnings = vision_warnings(analysis)
    assert len({w.rule for w in warnings.warnings}) >= 4  # the figures do warn
    checked = []
    real = plausibility._Rules.at
    monkeypatch.setattr(plausibility._Rules, "at", lambda r, *k: checked.append(k) or real(r, *k))
    for _ in range(6):
        keys = figures.write_cells(region, _random_changes(region, rng, rng.randint(1, 4))).keys
        checked.clear()
        analysis = refreshed(analysis, region, keys)
        warnings = warnings.patched(analysis, keys)
        assert set(checked) <= keys | {(m, g, y + 1) for m, g, y in keys}
        assert warnings.warnings == vision_warnings(analyse(region)).warnings
    places = {m.id: i for i, m in enumerate(analysis.figures.municipalities)}
    groups = {g.id: i for i, g in enumerate(analysis.figures.groups)}
    order = [
        (places[w.municipality_id], groups[w.group_id], w.year, w.rule) for w in warnings.warnings
    ]
    assert order == sorted(order)
