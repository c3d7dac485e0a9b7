"""What the Word documents show, read from the services once, and how numbers are written
(Dutch notation, small-number protection)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field

from app.models import ActionLine
from app.reports.docx_base import Cell
from app.reports.docx_charts import RenderedChart
from app.reports.safe_text import NO_PROTECTION, SmallNumbers
from app.services import agreements, measures, norms, partners, urgency
from app.services.analysis import Analysis, analyse
from app.services.dto import (
    AgreementInfo,
    MeasureInfo,
    NormInfo,
    PartnerInfo,
    UrgencyInfo,
    VisionInfo,
)
from app.services.dutch_dates import day_text, long_date
from app.services.estimates.store import list_scenarios
from app.services.formatting import UNKNOWN, number, percent, signed
from app.services.monitor import MonitorData, monitor_data
from app.storage import ProjectFile, ProjectReader
from app.storage.snapshot import Snapshot


@dataclass(frozen=True)
class DocumentData:
    """The vision's calculations and texts, as plain data."""

    analysis: Analysis
    partners: list[PartnerInfo]
    agreements: list[AgreementInfo]
    measures: list[MeasureInfo]
    ambitions: dict[ActionLine, str]
    norms: list[NormInfo]
    small: SmallNumbers = NO_PROTECTION
    charts: dict[str, RenderedChart] = field(default_factory=dict)
    # the charts' pictures still to be put in the document, in its order (`docx_figures`)
    pictures: list[Callable[[], None]] = field(default_factory=list)
    # the vision's other scenarios, to show beside the one `analysis` holds
    other_scenarios: tuple[Analysis, ...] = ()
    # the categories of verplicht urgenten that apply now (not retired), in their order
    urgency_categories: tuple[UrgencyInfo, ...] = ()
    # the monitor at the latest measurement (None only for data made without it)
    monitor: MonitorData | None = None

    @property
    def vision(self) -> VisionInfo:
        return self.analysis.figures.vision

    def partner_names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.partners}

    def municipality_names(self) -> dict[str, str]:
        return {m.code: m.name for m in self.analysis.figures.municipalities}

    def municipality_names_by_id(self) -> dict[int, str]:
        return {m.id: m.name for m in self.analysis.figures.municipalities}

    def group_labels(self) -> dict[int, str]:
        return {g.id: g.label for g in self.analysis.figures.groups}

    def count(self, value: float | None) -> Cell:
        """A count, right-aligned; masked when small-number protection hides it."""
        if self.small.hides(value):
            return Cell(self.small.mask, True)
        return Cell(number(value), True)

    def gap(self, value: float | None, decimals: int = 0) -> Cell:
        """A signed gap or difference (+ shortage, − surplus), masked when small."""
        if self.small.hides(value):
            return Cell(self.small.mask, True)
        return Cell(signed(value, decimals), True)

    def share(self, value: float | None) -> Cell:
        """A share as a percentage."""
        return Cell(percent(value), True)


def load_document_data(
    project: ProjectFile | Snapshot,
    small: SmallNumbers = NO_PROTECTION,
    analysis: Analysis | None = None,
    *,
    scenario: str | None = None,
) -> DocumentData:
    """Everything a document needs, read from the services in one read transaction (so a
    table and a chart of one document can never show different states of the file).
    `analysis`, when given, is the calculations on the file as it is now (the window's);
    else they are worked out under `scenario`'s estimates (None: the base scenario)."""
    with _snapshot(project) as view:
        shown = analysis or analyse(view, scenario)
        return DocumentData(
            analysis=shown,
            partners=partners.list_partners(view),
            agreements=agreements.list_agreements(view),
            measures=measures.list_measures(view),
            ambitions=measures.ambitions(view),
            norms=norms.list_norms(view),
            small=small,
            other_scenarios=tuple(
                analyse(view, s.name)
                for s in list_scenarios(view)
                if s.name != shown.figures.scenario
            ),
            urgency_categories=tuple(c for c in urgency.list_categories(view) if not c.retired),
            monitor=monitor_data(view, analysis=shown),
        )


def document_data(
    source: ProjectFile | DocumentData, small: SmallNumbers = NO_PROTECTION
) -> DocumentData:
    """`source` itself when it is already a snapshot's data, else its data read now."""
    return source if isinstance(source, DocumentData) else load_document_data(source, small)


def _snapshot(project: ProjectFile | Snapshot) -> AbstractContextManager[ProjectReader]:
    if isinstance(project, Snapshot):
        return contextlib.nullcontext(project)
    return project.snapshot()


dutch_date = day_text  # '7 maart 2026' (today by default)


def value_text(value: float | None, unit: str = "") -> str:
    """A target or baseline with its unit: '150 woningen', '80 %', 'onbekend'."""
    if value is None:
        return UNKNOWN
    shown = number(value, 0 if float(value).is_integer() else 1)
    if not unit:
        return shown
    return f"{shown} %" if unit.strip() == "%" else f"{shown} {unit}"


def reference_date(text: str) -> str:
    """'2024-01-01' -> '1 januari 2024'; other text as it is, empty -> 'onbekend'."""
    return long_date(text) or UNKNOWN
