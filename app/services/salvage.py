""" "Gegevens overnemen in een nieuw bestand" for a file Thuisplan refused, and what to tell
the user about it (the CLI prints it, the GUI shows it)."""

from __future__ import annotations

from pathlib import Path

from app.storage.salvage import SalvageReport, salvage

_ = SalvageReport  # re-exported for callers of salvage_file


def salvage_file(source: Path, target: Path, *, overwrite: bool = False) -> SalvageReport:
    """Copy the valid rows of `source` into the new project file `target` (see
    `app.storage.salvage`); `source` is never changed."""
    return salvage(Path(source), Path(target), overwrite=overwrite)


def report_text(report: SalvageReport) -> str:
    """The report in Dutch: per table what was copied and what not (with examples)."""
    lines = [f"Gegevens uit '{report.source.name}' overgenomen in '{report.target.name}'."]
    if report.vision_defaults:
        lines.append(
            "De woonzorgvisie kreeg een standaardwaarde voor wat niet klopte: "
            + "; ".join(report.vision_defaults)
            + ". Pas die aan in het nieuwe bestand."
        )
    for table in report.tables:
        if table.unreadable:
            lines.append(f"- {table.label}: niet leesbaar, niets overgenomen")
            continue
        if table.copied == 0 and table.skipped == 0:
            continue
        line = f"- {table.label}: {_dutch(table.copied)} overgenomen"
        if table.skipped:
            line += f", {_dutch(table.skipped)} niet"
        lines.append(line)
        lines += [f"    {example}" for example in table.examples]
    total = report.skipped
    lines.append(
        "Alles is overgenomen."
        if total == 0
        else f"{_dutch(total)} rij(en) zijn niet overgenomen. Het oorspronkelijke bestand is "
        "niet gewijzigd."
    )
    return "\n".join(lines)


def _dutch(number: int) -> str:
    return f"{number:,}".replace(",", ".")
