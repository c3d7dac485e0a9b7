"""The `monitoring` object of `thuisplan summary --json` (see the README)."""

from __future__ import annotations

from typing import Any

from app.services.measurements_read import MeasurementInfo
from app.services.monitor import AgreementYearStatus, MonitorData

JsonObject = dict[str, Any]


def monitoring_item(data: MonitorData) -> JsonObject:
    """The measurement the monitor is at (and the one before), each agreement's target,
    realised value and status per year, and per municipality x group x year planned,
    delivered and need with their running totals (None where unknown)."""
    figures = data.analysis.figures
    codes = {m.id: m.code for m in figures.municipalities}
    labels = {g.id: g.label for g in figures.groups}
    descriptions = {a.id: a.description for a in data.agreements}
    previous = data.previous.measurement if data.previous is not None else None
    return {
        "measurement": _measurement(data.current.measurement),
        "previous_measurement": _measurement(previous),
        "measurements": [_measurement(m) for m in data.measurements],
        "agreements": [
            _agreement(descriptions, key, status)
            for key, status in sorted(data.current.statuses.items())
        ],
        "delivery": [
            {
                "municipality_code": codes[m],
                "target_group": labels[g],
                "year": row.year,
                "planned": row.planned,
                "delivered": row.delivered,
                "need": row.need,
                "planned_cumulative": row.planned_cumulative,
                "delivered_cumulative": row.delivered_cumulative,
                "need_cumulative": row.need_cumulative,
            }
            for (m, g), rows in data.rows.items()
            for row in rows
        ],
    }


def _measurement(measurement: MeasurementInfo | None) -> JsonObject | None:
    if measurement is None:
        return None
    return {"date": measurement.measured_on.isoformat(), "label": measurement.label}


def _agreement(
    descriptions: dict[int, str], key: tuple[int, int], status: AgreementYearStatus
) -> JsonObject:
    day = status.measured_on
    return {
        "agreement_id": key[0],
        "description": descriptions.get(key[0], ""),
        "year": key[1],
        "target": status.target,
        "realised": status.realised,
        "realised_measured_on": None if day is None else day.isoformat(),
        "status": status.status.value,
        "status_computed": status.computed.value,
        "status_overridden": status.overridden,
        "status_reason": status.reason if status.overridden else None,
    }
