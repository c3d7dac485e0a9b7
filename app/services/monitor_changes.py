"""What changed between two measurements, in Dutch sentences for the screen and the report:
realised values and statuses of agreements, and delivered figures per municipality x group
x year."""

from __future__ import annotations

from dataclasses import dataclass

from app.services.formatting import number
from app.services.monitor import MonitorData, MonitorState


@dataclass(frozen=True)
class MonitorChange:
    """One change: where (`subject`), the year, and what it was and became (Dutch)."""

    subject: str
    year: int
    before: str
    after: str


def changes_since_previous(data: MonitorData) -> list[MonitorChange]:
    """Every figure that differs between the previous measurement and the current one;
    empty when there is no previous measurement."""
    if data.previous is None:
        return []
    return _agreement_changes(data, data.previous) + _delivered_changes(data, data.previous)


def _agreement_changes(data: MonitorData, previous: MonitorState) -> list[MonitorChange]:
    names = {a.id: a.description for a in data.agreements}
    result = []
    for key, now in sorted(data.current.statuses.items()):
        then = previous.statuses.get(key)
        before_value = None if then is None else then.realised
        before_status = "onbekend" if then is None else then.status.label
        if before_value != now.realised or before_status != now.status.label:
            result.append(
                MonitorChange(
                    f"Afspraak: {names.get(key[0], '?')}",
                    key[1],
                    f"{_number(before_value)} ({before_status})",
                    f"{_number(now.realised)} ({now.status.label})",
                )
            )
    return result


def _delivered_changes(data: MonitorData, previous: MonitorState) -> list[MonitorChange]:
    figures = data.analysis.figures
    names = {m.id: m.name for m in figures.municipalities}
    labels = {g.id: g.label for g in figures.groups}
    result = []
    for (m, g, y), now in data.current.delivered.items():
        then = previous.delivered.get((m, g, y))
        if then != now:
            subject = f"Gerealiseerd: {names[m]}, {labels[g]}"
            result.append(MonitorChange(subject, y, _number(then), _number(now)))
    return result


def _number(value: float | None) -> str:
    """A realised value or count: whole numbers without decimals, others with one."""
    return number(value, 0 if value is None or float(value).is_integer() else 1)
