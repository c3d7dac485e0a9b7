"""Everything the monitor report and the annex's Monitor sheet show, read in one read
transaction, so a table and a chart of one document never disagree."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from app.reports.doc_data import DocumentData, load_document_data
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services.monitor import MonitorData, monitor_data
from app.services.monitor_changes import MonitorChange, changes_since_previous
from app.storage import ProjectFile


@dataclass(frozen=True)
class MonitorReport:
    """The vision's document data, its monitor at the chosen measurement, and the changes
    since the measurement before."""

    document: DocumentData
    monitor: MonitorData
    changes: tuple[MonitorChange, ...]


def load_monitor_report(
    project: ProjectFile, as_of: dt.date | None = None, small: SmallNumbers = NO_PROTECTION
) -> MonitorReport:
    """Read the document data and the monitor at the latest measurement on or before
    `as_of` (the latest of all when None) from one snapshot."""
    with project.snapshot() as view:
        document = load_document_data(view, small)
        monitor = document.monitor
        if as_of is not None or monitor is None:
            monitor = monitor_data(view, as_of, analysis=document.analysis)
    return MonitorReport(document, monitor, tuple(changes_since_previous(monitor)))
