"""The wizard's pages, one per step."""

from __future__ import annotations

from app.views.pages.agreements_page import AgreementsPage
from app.views.pages.base import StepPage
from app.views.pages.documents_page import DocumentsPage
from app.views.pages.figures_page import CapacityPage, NeedPage
from app.views.pages.gap_page import GapPage
from app.views.pages.groups_page import GroupsPage
from app.views.pages.measures_page import MeasuresPage
from app.views.pages.partners_page import PartnersPage
from app.views.pages.region_page import RegionPage

PAGE_CLASSES = (
    RegionPage,
    PartnersPage,
    GroupsPage,
    NeedPage,
    CapacityPage,
    GapPage,
    MeasuresPage,
    AgreementsPage,
    DocumentsPage,
)


def build_pages(session) -> list[StepPage]:
    """One page per step, in the wizard's order."""
    return [page_class(session) for page_class in PAGE_CLASSES]
