"""The import report and preview as plain Dutch text (for `thuisplan import`): the
problems (for stderr) and the changes (for stdout)."""

from __future__ import annotations

from app.services.collection import CellIssue
from app.services.collection_plan import ImportPlan
from app.services.formatting import number
from app.services.monitor_collection import MonitorPlan

MAX_LISTED = 500  # a terminal full of lines helps nobody; the GUI shows every one


def problems_text(plan: ImportPlan) -> str:
    """Why workbooks or cells were refused, and the conflicts; '' when there are none.
    The CLI prints this on stderr, as it does every error a user can make."""
    lines: list[str] = []
    for workbook, reason in plan.refused:
        lines.append(f"Geweigerd: {workbook}: {reason}")
    if plan.issues:
        lines += ["", f"Afgekeurde cellen ({len(plan.issues)}):"]
        lines += [_issue(i) for i in plan.issues[:MAX_LISTED]]
        lines += _more(len(plan.issues))
    for workbook in plan.blocked:
        lines.append(
            f"Niets ingelezen uit {workbook}: het werkboek bevat fouten. Verbeter ze, of kies "
            "--valid-rows-only om alleen de goede regels in te lezen."
        )
    if plan.conflicts:
        lines += ["", f"Tegenstrijdige waarden, niet ingelezen ({len(plan.conflicts)}):"]
        for c in plan.conflicts[:MAX_LISTED]:
            offers = "; ".join(f"{origin}: {number(value)}" for origin, value in c.proposals)
            lines.append(f"  {c.row.describe(c.year)} (nu {_old(c.current)}): {offers}")
        lines += _more(len(plan.conflicts))
    return "\n".join(lines).strip("\n")


def changes_text(plan: ImportPlan, *, applied: bool, capacity_sheet: str = "Aanbod") -> str:
    """The changes (old -> new), with a closing line; `capacity_sheet` names the sheet of
    rows with a kind of capacity."""
    lines = [f"Wijzigingen ({len(plan.changes)}):"]
    for change in plan.changes[:MAX_LISTED]:
        sheet = capacity_sheet if change.row.kind is not None else "Woonbehoefte"
        lines.append(
            f"  {sheet}: {change.row.describe(change.year)}: "
            f"{_old(change.old)} -> {number(change.new)}"
        )
    lines += _more(len(plan.changes))
    verb = "ingelezen" if applied else "zouden worden ingelezen (proefrun, niets opgeslagen)"
    lines += [
        "",
        f"{len(plan.changes)} wijziging(en) {verb}; {plan.unchanged} waarde(n) ongewijzigd.",
    ]
    return "\n".join(lines).strip("\n")


def _issue(issue: CellIssue) -> str:
    where = f"{issue.workbook}, blad {issue.sheet}"
    if issue.row:
        where += f", regel {issue.row}"
    if issue.column:
        where += f", kolom {issue.column}"
    value = f" [{issue.value}]" if issue.value else ""
    return f"  {where}{value}: {issue.reason}"


def _old(value: int | None) -> str:
    return "leeg" if value is None else number(value)


def _more(count: int) -> list[str]:
    return [f"  ... en nog {count - MAX_LISTED}"] if count > MAX_LISTED else []


def monitor_problems_text(plan: MonitorPlan) -> str:
    """`problems_text` of the delivered figures, and the realised values in conflict."""
    lines = [problems_text(plan.delivered)]
    if plan.realised_conflicts:
        count = len(plan.realised_conflicts)
        lines += ["", f"Tegenstrijdige realisaties van afspraken, niet ingelezen ({count}):"]
        for row, proposals in plan.realised_conflicts[:MAX_LISTED]:
            offers = "; ".join(f"{origin}: {_decimal(value)}" for origin, value in proposals)
            lines.append(f"  {row.describe()}: {offers}")
        lines += _more(count)
    return "\n".join(lines).strip("\n")


def monitor_changes_text(plan: MonitorPlan, *, applied: bool) -> str:
    """The delivered figures and realised values that change, for the measurement."""
    lines = [f"Meting: {plan.measurement.label}"]
    lines.append(changes_text(plan.delivered, applied=applied, capacity_sheet="Gerealiseerd"))
    lines += ["", f"Realisaties van afspraken ({len(plan.realised)}):"]
    for change in plan.realised[:MAX_LISTED]:
        old = "leeg" if change.old is None else _decimal(change.old)
        lines.append(f"  {change.row.describe()}: {old} -> {_decimal(change.new)}")
    lines += _more(len(plan.realised))
    return "\n".join(lines)


def _decimal(value: float) -> str:
    return number(int(value)) if float(value).is_integer() else f"{value:g}".replace(".", ",")
