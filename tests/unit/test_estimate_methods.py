"""The four estimation methods against figures worked out by hand."""

from __future__ import annotations

import pytest

from app.models import HousingType as H
from app.services.errors import ValidationError
from app.services.estimates.core import Base, whole
from app.services.estimates.flow_model import Flow, FlowModel
from app.services.estimates.older_people import OlderPeopleTarget
from app.services.estimates.rate import RatePerBase
from app.services.estimates.status_holders import StatusHoldersTask
from app.services.reference_data import find_reference, national_totals


def test_older_people_for_delft_and_rijswijk_worked_out_by_hand():
    """65+ on 1-1-2024 (CBS KWB 2024): Delft 17,787, Rijswijk 12,334; the country
    3,677,228 (all 342 municipalities). Per year 2022-2030 (9 years):
      Delft    nultreden 170,000 x 17,787 / 3,677,228 / 9 = 91.37 -> 91
               geclusterd 80,000 x ... = 43.00 -> 43; verpleegzorg 40,000 x ... = 21.50 -> 21
      Rijswijk nultreden 170,000 x 12,334 / 3,677,228 / 9 = 63.36 -> 63
               geclusterd 29.81 -> 30; verpleegzorg 14.91 -> 15
    2031 has no national target: unknown, not 0."""
    assert find_reference("GM0503").inhabitants_65_plus == 17_787
    assert find_reference("GM0603").inhabitants_65_plus == 12_334
    assert national_totals()["inhabitants_65_plus"] == 3_677_228
    method = OlderPeopleTarget(national_65_plus=3_677_228)
    bases = {
        "GM0503": {Base.INHABITANTS_65_PLUS: 17_787},
        "GM0603": {Base.INHABITANTS_65_PLUS: 12_334},
    }
    result = method.estimate(bases, [2025, 2030, 2031])
    expected = {
        ("GM0503", H.ZERO_STEP): 91,
        ("GM0503", H.INDEPENDENT_CLUSTERED): 43,
        ("GM0503", H.CLUSTERED_NURSING): 21,
        ("GM0603", H.ZERO_STEP): 63,
        ("GM0603", H.INDEPENDENT_CLUSTERED): 30,
        ("GM0603", H.CLUSTERED_NURSING): 15,
    }
    for (code, housing_type), value in expected.items():
        assert result.values[(code, housing_type, 2025)] == value
        assert result.values[(code, housing_type, 2030)] == value
        assert (code, housing_type, 2031) not in result.values
        assert "2030" in result.unknown[(code, housing_type, 2031)]


def test_older_people_without_a_65_plus_count_is_unknown_with_the_reason():
    result = OlderPeopleTarget(national_65_plus=1000).estimate(
        {"GM1": {Base.INHABITANTS_65_PLUS: None}}, [2025]
    )
    assert result.values == {}
    assert result.unknown[("GM1", H.ZERO_STEP, 2025)] == (
        "het aantal inwoners van 65 jaar en ouder ontbreekt"
    )


def test_status_holders_worked_out_by_hand():
    """Taakstelling 2026: 20,000 (first half) + 18,000 (second half) = 38,000; Delft 109,577
    of 17,942,942 inhabitants: 38,000 x 109,577 / 17,942,942 = 232.07; 70 % regular = 162.45
    -> 162, 30 % flex = 69.62 -> 70. 2027 has only a first half: unknown."""
    method = StatusHoldersTask(
        half_years={"2026-1": 20_000, "2026-2": 18_000, "2027-1": 19_000},
        circulaire="Circulaire taakstelling (voorbeeld in de test)",
        national_inhabitants=17_942_942,
        shares={H.INDEPENDENT_REGULAR: 0.7, H.FLEX: 0.3},
    )
    method.check()
    result = method.estimate({"GM0503": {Base.INHABITANTS: 109_577}}, [2026, 2027])
    assert result.values[("GM0503", H.INDEPENDENT_REGULAR, 2026)] == 162
    assert result.values[("GM0503", H.FLEX, 2026)] == 70
    assert result.unknown[("GM0503", H.FLEX, 2027)] == "geen taakstelling voor 2027"


def test_flow_model_per_municipality_worked_out_by_hand():
    """40 places, average stay 2 years, 60 % moves on: 40 / 2 x 0.6 = 12 a year; a backlog of
    15 over 3 years adds 5 in the first three years: 17, 17, 17, 12. Split 50/50 over regular
    and clustered: 8.5 -> 9 (half up) and 6 -> 6."""
    method = FlowModel(
        shares={H.INDEPENDENT_REGULAR: 0.5, H.INDEPENDENT_CLUSTERED: 0.5},
        per_municipality={"GM0503": Flow(40, 2, 0.6, backlog=15, years_to_clear=3)},
    )
    method.check()
    result = method.estimate({"GM0503": {}, "GM0603": {}}, [2025, 2026, 2027, 2028], {})
    assert [result.values[("GM0503", H.INDEPENDENT_REGULAR, y)] for y in range(2025, 2029)] == [
        9,
        9,
        9,
        6,
    ]
    assert ("GM0603", H.INDEPENDENT_REGULAR, 2025) in result.unknown  # no flow for Rijswijk


def test_flow_model_for_a_region_is_shared_out_with_the_key():
    """Region: 100 places, stay 1 year, 50 % moves on: 50 a year; Delft's key share 0.4 ->
    20, all regular."""
    method = FlowModel(shares={H.INDEPENDENT_REGULAR: 1.0}, region=Flow(100, 1, 0.5))
    result = method.estimate({"GM0503": {}, "GM0603": {}}, [2025], {"GM0503": 0.4, "GM0603": None})
    assert result.values[("GM0503", H.INDEPENDENT_REGULAR, 2025)] == 20
    assert "verdeelsleutel" in result.unknown[("GM0603", H.INDEPENDENT_REGULAR, 2025)]


def test_rate_per_base_worked_out_by_hand():
    """0.6 per 1,000 inhabitants: Rijswijk 59,642 x 0.6 / 1,000 = 35.79 -> 36, all rooms."""
    method = RatePerBase(Base.INHABITANTS, 0.6, "Eigen telling 2025", {H.ROOM: 1.0})
    method.check()
    result = method.estimate({"GM0603": {Base.INHABITANTS: 59_642}}, [2025, 2026])
    assert result.values[("GM0603", H.ROOM, 2025)] == 36
    assert result.values[("GM0603", H.ROOM, 2026)] == 36


@pytest.mark.parametrize(
    "method, message",
    [
        (RatePerBase(Base.INHABITANTS, -1, "x", {H.ROOM: 1.0}), "ten minste 0"),
        (RatePerBase(Base.INHABITANTS, 1, "", {H.ROOM: 1.0}), "bron"),
        (RatePerBase(Base.INHABITANTS, 1, "x", {H.ROOM: 0.6, H.FLEX: 0.6}), "telt op tot 120,0 %"),
        (RatePerBase(Base.INHABITANTS, 1, "x", {H.ROOM: 1.5}), "meer dan 100 %"),
        (FlowModel({H.ROOM: 1.0}, region=Flow(10, 0, 0.5)), "groter dan 0"),
        (FlowModel({H.ROOM: 1.0}, region=Flow(10, 1, 1.2)), "meer dan 100 %"),
        (FlowModel({H.ROOM: 1.0}, region=Flow(10, 1, 0.5, years_to_clear=0)), "ten minste 1 jaar"),
        (FlowModel({H.ROOM: 1.0}), "per gemeente of voor de hele regio"),
        (StatusHoldersTask({"2026-3": 5}, "c", 10, {H.ROOM: 1.0}), "geen halfjaar"),
        (StatusHoldersTask({"2026-1": 5}, " ", 10, {H.ROOM: 1.0}), "circulaire"),
        (OlderPeopleTarget(national_65_plus=0), "groter dan 0"),
    ],
)
def test_bad_parameters_are_refused_in_dutch(method, message):
    with pytest.raises(ValidationError, match=message):
        method.check()


def test_rounding_is_half_up():
    assert [whole(v) for v in (2.5, 3.5, 2.4999, 0.5, 0.49)] == [3, 4, 2, 1, 0]


def test_every_method_says_its_formula_and_source_in_words():
    """The descriptions the screen and the Word vision show name the formula and the source."""
    texts = [
        OlderPeopleTarget(national_65_plus=3_677_228).describe(),
        StatusHoldersTask({"2026-1": 1}, "Circulaire X", 10, {H.ROOM: 1.0}).describe(),
        FlowModel({H.ROOM: 1.0}, region=Flow(10, 2, 0.5), source="Telling BW").describe(),
        RatePerBase(Base.HOUSEHOLDS, 1.5, "Telling 2025", {H.ROOM: 1.0}).describe(),
    ]
    assert "Kamerbrief" in " ".join(texts[0]) and "3.677.228" in " ".join(texts[0])
    assert "Circulaire X" in " ".join(texts[1])
    assert "Telling BW" in " ".join(texts[2]) and "verblijfsduur" in texts[2][0]
    assert "1,50 per 1.000 huishoudens" in texts[3][0]


PARAMETER_EXAMPLES = [
    OlderPeopleTarget(national_65_plus=3_677_228),
    StatusHoldersTask(
        {"2026-1": 20_000, "2026-2": 18_000}, "Circulaire X", 17_942_942, {H.FLEX: 1.0}
    ),
    FlowModel(
        {H.ROOM: 0.25, H.INDEPENDENT_REGULAR: 0.75},
        per_municipality={"GM0503": Flow(40, 2, 0.6, 15, 3)},
    ),
    FlowModel({H.ROOM: 1.0}, region=Flow(100, 1.5, 0.5), source="Telling BW 2025"),
    RatePerBase(Base.DWELLINGS, 0.25, "Eigen norm", {H.PITCH: 1.0}),
]


@pytest.mark.parametrize("parameters", PARAMETER_EXAMPLES)
def test_parameters_survive_the_file(parameters):
    """What is stored as JSON reads back as the same parameters."""
    from app.services.estimates.parameters import from_json, method_of, to_json

    assert from_json(method_of(parameters), to_json(parameters)) == parameters


@pytest.mark.parametrize(
    "method, text",
    [
        ("rate_per_base", "{"),  # not JSON
        ("rate_per_base", "[1, 2]"),  # not an object
        ("rate_per_base", '{"base": "x", "rate_per_1000": 1, "source": "s", "shares": {}}'),
        (
            "rate_per_base",
            '{"base": "inhabitants", "rate_per_1000": -1, "source": "s", "shares": {"room": 1}}',
        ),
        (
            "rate_per_base",
            '{"base": "inhabitants", "rate_per_1000": 1e999, "source": "s", "shares": {"room": 1}}',
        ),
        (
            "rate_per_base",
            '{"base": "inhabitants", "rate_per_1000": true, "source": "s", "shares": {"room": 1}}',
        ),
        (
            "flow_model",
            '{"shares": {"room": 1}, "per_municipality": null, "region": null, "source": ""}',
        ),
        ("unknown_method", "{}"),
        ("older_people_target", "x" * 300_000),
    ],
)
def test_hostile_parameters_in_a_file_are_refused_in_dutch(method, text):
    """JSON from a file someone sent: anything unusable is a ValidationError, never a crash."""
    from app.services.estimates.parameters import from_json

    with pytest.raises(ValidationError):
        from_json(method, text)
