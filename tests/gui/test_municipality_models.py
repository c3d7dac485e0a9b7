"""The municipality models: the 342 shipped municipalities, their search filter, and the
vision's baseline figures. One test per role, no window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.models import BaselineIndicator
from app.services.dto import BaselineValue, MunicipalityInfo
from app.services.reference_data import reference_municipalities
from app.views.models.municipality_models import (
    BASELINE_COLUMNS,
    MunicipalityFilter,
    baseline_model,
    reference_model,
)
from tests.gui.helpers import cell

Role = Qt.ItemDataRole
Flag = Qt.ItemFlag
SOCIAL, NEW_TOTAL, INHABITANTS = (
    2 + BASELINE_COLUMNS.index(i)
    for i in (
        BaselineIndicator.SOCIAL_RENT_DWELLINGS,
        BaselineIndicator.PLANNED_NEW_TOTAL,
        BaselineIndicator.INHABITANTS,
    )
)


# -- the shipped municipalities ---------------------------------------------------------
@pytest.fixture
def references(qapp):
    model = reference_model()
    model.set_rows(list(reference_municipalities().values()))
    return model


@pytest.fixture
def found(references) -> MunicipalityFilter:
    proxy = MunicipalityFilter()
    proxy.setSourceModel(references)
    return proxy


def names(proxy) -> list[str]:
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_the_reference_model_follows_the_qt_contract(qtmodeltester, references):
    """All 342 shipped municipalities under qtmodeltester."""
    assert references.rowCount() == 342
    qtmodeltester.check(references)


def test_the_reference_model_shows_code_name_province_and_corop(references):
    """DisplayRole per column, headers per column; nothing is editable."""
    row = next(r for r in range(342) if references.index(r, 0).data() == "GM0503")
    assert [references.index(row, c).data() for c in range(4)] == [
        "GM0503",
        "Delft",
        "Zuid-Holland",
        "Delft en Westland",
    ]
    headers = [references.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Code", "Gemeente", "Provincie", "COROP"]
    assert not references.flags(references.index(row, 1)) & Flag.ItemIsEditable
    assert references.setData(references.index(row, 1), "Delfgauw") is False


def test_the_filter_follows_the_qt_contract(qtmodeltester, found):
    """The proxy under qtmodeltester, unfiltered and filtered."""
    qtmodeltester.check(found)
    found.set_filters("den", "Zuid-Holland", "", {"GM0503"})
    qtmodeltester.check(found)


def test_search_on_part_of_a_name_ignores_case(found):
    """'DELF' finds Delft and Midden-Delfland; 'dELFT ' only Delft."""
    found.set_filters("DELF", "", "", set())
    assert names(found) == ["Delft", "Midden-Delfland"]
    found.set_filters("dELFT ", "", "", set())
    assert names(found) == ["Delft"]


@pytest.mark.parametrize("typed", ["0503", "GM0503", "gm0503", " 503 "])
def test_search_on_a_cbs_code_with_or_without_gm_and_leading_zeros(found, typed):
    """A code finds its municipality, typed with or without 'GM' and leading zeros."""
    found.set_filters(typed, "", "", set())
    assert "Delft" in names(found)
    assert all(found.index(r, 0).data().endswith("503") for r in range(found.rowCount()))


def test_province_and_corop_filters(found):
    """A province keeps its municipalities; a COROP region narrows them further."""
    found.set_filters("", "Zuid-Holland", "", set())
    in_province = names(found)
    assert len(in_province) > 40
    assert {found.index(r, 2).data() for r in range(found.rowCount())} == {"Zuid-Holland"}
    found.set_filters("", "Zuid-Holland", "Delft en Westland", set())
    assert "Delft" in names(found) and set(names(found)) < set(in_province)


def test_chosen_municipalities_are_left_out(found):
    """What is already chosen is not offered again."""
    found.set_filters("delf", "", "", {"GM0503"})
    assert names(found) == ["Midden-Delfland"]
    found.set_filters("", "", "", set())
    assert found.rowCount() == 342


# -- the vision's baseline --------------------------------------------------------------
class Edits:
    """Records what the table hands over and answers with `accept`."""

    def __init__(self):
        self.calls: list[tuple[str, BaselineIndicator, object]] = []
        self.accept = True

    def __call__(self, info, indicator, value) -> bool:
        self.calls.append((info.code, indicator, value))
        return self.accept


@pytest.fixture
def edits() -> Edits:
    return Edits()


def cbs(value: int) -> BaselineValue:
    return BaselineValue(value, "CBS, Kerncijfers 2024", "2024-01-01", False)


@pytest.fixture
def baseline(qapp, edits):
    """Delft with CBS inhabitants and an entered social rent stock; Rijswijk without
    social rent figures (unknown) and with an empty source."""
    delft = MunicipalityInfo(
        1,
        "GM0503",
        "Delft",
        "Zuid-Holland",
        "Delft en Westland",
        {
            BaselineIndicator.INHABITANTS: cbs(109577),
            BaselineIndicator.SOCIAL_RENT_DWELLINGS: BaselineValue(
                19519, "Corporaties", "2025-01-01", True
            ),
        },
    )
    rijswijk = MunicipalityInfo(
        2,
        "GM0603",
        "Rijswijk",
        "Zuid-Holland",
        "Agglomeratie 's-Gravenhage",
        {
            BaselineIndicator.INHABITANTS: cbs(57000),
            BaselineIndicator.PLANNED_NEW_TOTAL: BaselineValue(1200, "", "", True),
        },
    )
    model = baseline_model(edits)
    model.set_rows([delft, rijswijk])
    return model


def test_the_baseline_model_follows_the_qt_contract(qtmodeltester, baseline):
    """qtmodeltester finds nothing wrong."""
    qtmodeltester.check(baseline)


def test_the_example_vision_baseline_follows_the_qt_contract(qtmodeltester, demo, edits):
    """The example vision's municipalities with their CBS and entered figures."""
    from app.services.vision_read import list_municipalities

    model = baseline_model(edits)
    model.set_rows(list_municipalities(demo))
    assert model.rowCount() == 9
    qtmodeltester.check(model)


def test_baseline_display_role(baseline):
    """Code, name, figures with thousands separators, '—' when unknown."""
    assert cell(baseline, 0, 0) == "GM0503"
    assert cell(baseline, 0, 1) == "Delft"
    assert cell(baseline, 0, INHABITANTS) == "109.577"
    assert cell(baseline, 0, SOCIAL) == "19.519"
    assert cell(baseline, 1, SOCIAL) == "—"


def test_baseline_edit_role_is_the_plain_number(baseline):
    """A figure is edited as plain digits; an unknown one starts empty."""
    assert cell(baseline, 0, INHABITANTS, Role.EditRole) == "109577"
    assert cell(baseline, 1, SOCIAL, Role.EditRole) == ""


def test_baseline_tooltip_role_gives_the_source(baseline):
    """Where a figure comes from and its reference date; entered figures say so; an
    unknown figure asks to be filled in; the name shows its code."""
    assert cell(baseline, 0, INHABITANTS, Role.ToolTipRole) == (
        "bron: CBS, Kerncijfers 2024, peildatum 1 januari 2024"
    )
    assert cell(baseline, 0, SOCIAL, Role.ToolTipRole) == (
        "ingevuld: Corporaties, peildatum 1 januari 2025"
    )
    assert cell(baseline, 1, NEW_TOTAL, Role.ToolTipRole) == "ingevuld: -"
    assert cell(baseline, 1, SOCIAL, Role.ToolTipRole) == "Onbekend: vul dit cijfer in."
    assert cell(baseline, 1, 1, Role.ToolTipRole) == "Rijswijk (GM0603)"
    assert cell(baseline, 1, 0, Role.ToolTipRole) is None


def test_baseline_font_role_is_italic_for_entered_figures(baseline):
    """A figure the user entered (over the CBS one) is italic; CBS figures are not."""
    assert cell(baseline, 0, SOCIAL, Role.FontRole).italic()
    assert cell(baseline, 0, INHABITANTS, Role.FontRole) is None
    assert cell(baseline, 1, SOCIAL, Role.FontRole) is None


@pytest.fixture
def estimated_stock(qapp, edits):
    """Delft with the shipped raming of its social rent dwellings."""
    delft = MunicipalityInfo(
        1,
        "GM0503",
        "Delft",
        "Zuid-Holland",
        "Delft en Westland",
        {
            BaselineIndicator.SOCIAL_RENT_DWELLINGS: BaselineValue(
                22609, "Raming: aandeel corporatiebezit × woningvoorraad", "2023-01-01", False, True
            ),
            BaselineIndicator.INHABITANTS: cbs(109577),
        },
    )
    model = baseline_model(edits)
    model.set_rows([delft])
    return model


def test_an_estimated_stock_follows_the_qt_contract(qtmodeltester, estimated_stock):
    """qtmodeltester finds nothing wrong with a raming among the figures."""
    qtmodeltester.check(estimated_stock)


def test_an_estimated_stock_is_marked_as_a_raming(estimated_stock):
    """The shipped raming of the stock: italic on light blue, as in the grids and the Excel
    annex; a CBS count beside it is plain."""
    assert cell(estimated_stock, 0, SOCIAL, Role.FontRole).italic()
    assert cell(estimated_stock, 0, SOCIAL, Role.BackgroundRole).color().name() == "#ddebf7"
    assert cell(estimated_stock, 0, INHABITANTS, Role.BackgroundRole) is None
    assert cell(estimated_stock, 0, INHABITANTS, Role.FontRole) is None


def test_an_estimated_stock_tooltip_gives_source_date_and_how_to_replace_it(estimated_stock):
    """Its source (the raming's formula), reference date, and that typing replaces it."""
    assert cell(estimated_stock, 0, SOCIAL, Role.ToolTipRole) == (
        "Raming: aandeel corporatiebezit × woningvoorraad, peildatum 1 januari 2023. "
        "Typ een getal om de raming te vervangen."
    )


def test_baseline_text_alignment_role(baseline):
    """Figures are right-aligned; code and name are not."""
    right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert cell(baseline, 0, SOCIAL, Role.TextAlignmentRole) == right
    assert cell(baseline, 0, 1, Role.TextAlignmentRole) is None


def test_baseline_flags(baseline):
    """Figures are editable; code and name are not."""
    assert baseline.flags(baseline.index(0, SOCIAL)) & Flag.ItemIsEditable
    assert not baseline.flags(baseline.index(0, 0)) & Flag.ItemIsEditable
    assert not baseline.flags(baseline.index(0, 1)) & Flag.ItemIsEditable


def test_baseline_set_data_hands_over_municipality_indicator_and_text(baseline, edits):
    """A typed figure goes to edit(info, indicator, text); its answer is setData's."""
    assert baseline.setData(baseline.index(1, SOCIAL), "8.000")
    assert edits.calls == [("GM0603", BaselineIndicator.SOCIAL_RENT_DWELLINGS, "8.000")]


def test_baseline_set_data_refused_returns_false(baseline, edits):
    """A refused figure (and a name, which cannot be edited) returns False; nothing shown
    changes."""
    edits.accept = False
    assert baseline.setData(baseline.index(0, SOCIAL), "-5") is False
    assert baseline.setData(baseline.index(0, 1), "Delfgauw") is False
    assert edits.calls == [("GM0503", BaselineIndicator.SOCIAL_RENT_DWELLINGS, "-5")]
    assert cell(baseline, 0, SOCIAL) == "19.519"


def test_baseline_header_data(baseline):
    """Short headers for the figures one fills in, CBS names for the rest (65+ short too)."""
    headers = [baseline.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers == [
        "Code",
        "Gemeente",
        "Sociale huur",
        "Nieuwbouw",
        "w.v. sociaal",
        "w.v. midden",
        "Woningen",
        "Huishoudens",
        "Inwoners",
        "65-plussers",
    ]
