"""An estimate's parameters as JSON, the way the project file stores them, and back.

The JSON comes from a file someone may have sent: it is read defensively (every field
checked, a Dutch message for anything odd) and a method's own `check()` runs on the result.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from app.models import HousingType
from app.services.errors import ValidationError
from app.services.estimates.core import Base, Method
from app.services.estimates.flow_model import Flow, FlowModel
from app.services.estimates.older_people import OlderPeopleTarget
from app.services.estimates.rate import RatePerBase
from app.services.estimates.status_holders import StatusHoldersTask

Parameters = OlderPeopleTarget | StatusHoldersTask | FlowModel | RatePerBase
MAX_JSON = 200_000  # characters: a flow model for all 342 municipalities fits easily


def method_of(parameters: Parameters) -> Method:
    return {
        OlderPeopleTarget: Method.OLDER_PEOPLE_TARGET,
        StatusHoldersTask: Method.STATUS_HOLDERS_TASK,
        FlowModel: Method.FLOW_MODEL,
        RatePerBase: Method.RATE_PER_BASE,
    }[type(parameters)]


def source_of(parameters: Parameters) -> str:
    """Where an estimate's figures come from, in one line."""
    if isinstance(parameters, StatusHoldersTask):
        return parameters.circulaire
    return parameters.source or "(geen bron opgegeven)"


def base_of(parameters: Parameters) -> Base | None:
    """The baseline figure a method shares its numbers out by (None: the flow model, whose
    figures are per municipality or shared out with the vision's distribution key)."""
    if isinstance(parameters, OlderPeopleTarget):
        return Base.INHABITANTS_65_PLUS
    if isinstance(parameters, StatusHoldersTask):
        return Base.INHABITANTS
    if isinstance(parameters, RatePerBase):
        return Base(parameters.base)
    return None


def describe(parameters: Parameters, names: Mapping[str, str] | None = None) -> list[str]:
    """The formula in words, then the parameters with their sources, one sentence a line;
    municipalities named by `names` (code -> name) where a method lists them."""
    if isinstance(parameters, FlowModel):
        return parameters.describe(names or {})
    return parameters.describe()


def to_json(parameters: Parameters) -> str:
    """The parameters as stored (checked first: nothing invalid is ever written)."""
    parameters.check()
    return json.dumps(_plain(parameters), ensure_ascii=False, sort_keys=True)


def from_json(method: str, text: str) -> Parameters:
    """Parameters read back from the file; a ValidationError when they are not usable."""
    if not isinstance(text, str) or len(text) > MAX_JSON:
        raise ValidationError("De parameters van een raming zijn te groot of geen tekst.")
    try:
        data = json.loads(text)
        parameters = _build(Method(method), data)
    except (ValueError, TypeError, KeyError, AttributeError) as exc:
        raise ValidationError("De parameters van een raming zijn onleesbaar.") from exc
    parameters.check()
    return parameters


def _plain(parameters: Parameters) -> dict[str, Any]:
    if isinstance(parameters, OlderPeopleTarget):
        return {
            "national_65_plus": parameters.national_65_plus,
            "targets": _types(parameters.targets),
            "first_year": parameters.first_year,
            "last_year": parameters.last_year,
            "source": parameters.source,
        }
    if isinstance(parameters, StatusHoldersTask):
        return {
            "half_years": dict(parameters.half_years),
            "circulaire": parameters.circulaire,
            "national_inhabitants": parameters.national_inhabitants,
            "shares": _types(parameters.shares),
        }
    if isinstance(parameters, FlowModel):
        return {
            "shares": _types(parameters.shares),
            "per_municipality": None
            if parameters.per_municipality is None
            else {code: _flow(f) for code, f in parameters.per_municipality.items()},
            "region": None if parameters.region is None else _flow(parameters.region),
            "source": parameters.source,
        }
    return {
        "base": parameters.base.value,
        "rate_per_1000": parameters.rate_per_1000,
        "source": parameters.source,
        "shares": _types(parameters.shares),
    }


def _build(method: Method, data: dict[str, Any]) -> Parameters:
    if not isinstance(data, dict):
        raise TypeError(data)
    if method is Method.OLDER_PEOPLE_TARGET:
        return OlderPeopleTarget(
            national_65_plus=data["national_65_plus"],
            targets=_housing(data["targets"]),
            first_year=_integer(data["first_year"]),
            last_year=_integer(data["last_year"]),
            source=_text(data["source"]),
        )
    if method is Method.STATUS_HOLDERS_TASK:
        return StatusHoldersTask(
            half_years={_text(k): v for k, v in dict(data["half_years"]).items()},
            circulaire=_text(data["circulaire"]),
            national_inhabitants=data["national_inhabitants"],
            shares=_housing(data["shares"]),
        )
    if method is Method.FLOW_MODEL:
        per = data["per_municipality"]
        return FlowModel(
            shares=_housing(data["shares"]),
            per_municipality=None
            if per is None
            else {_text(c): _to_flow(f) for c, f in per.items()},
            region=None if data["region"] is None else _to_flow(data["region"]),
            source=_text(data["source"]),
        )
    return RatePerBase(
        base=Base(data["base"]),
        rate_per_1000=data["rate_per_1000"],
        source=_text(data["source"]),
        shares=_housing(data["shares"]),
    )


def _types(values: Mapping[HousingType, Any]) -> dict[str, Any]:
    return {HousingType(t).value: v for t, v in values.items()}


def _housing(values: Mapping[str, Any]) -> dict[HousingType, Any]:
    return {HousingType(t): v for t, v in dict(values).items()}


def _flow(flow: Flow) -> dict[str, Any]:
    return {
        "places": flow.places,
        "average_stay_years": flow.average_stay_years,
        "share_moving_on": flow.share_moving_on,
        "backlog": flow.backlog,
        "years_to_clear": flow.years_to_clear,
    }


def _to_flow(data: dict[str, Any]) -> Flow:
    return Flow(
        places=data["places"],
        average_stay_years=data["average_stay_years"],
        share_moving_on=data["share_moving_on"],
        backlog=data["backlog"],
        years_to_clear=data["years_to_clear"],
    )


def _text(value: object) -> str:
    if not isinstance(value, str) or len(value) > 2000:
        raise TypeError(value)
    return value


def _integer(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(value)
    return value
