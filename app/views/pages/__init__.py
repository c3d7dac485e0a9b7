"""The wizard's pages, one per step, made when a step is first shown.

Only the registry lives here: a page's module (and the services behind it) is
imported when its step is opened, so the first step shows without loading the rest.
"""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QCoreApplication

from app.services.steps import Step
from app.views.thread_safety import import_database_layer

# Step -> (module, class) of its page, in the wizard's order.
PAGES: dict[Step, tuple[str, str]] = {
    Step.REGION: ("app.views.pages.region_page", "RegionPage"),
    Step.PARTNERS: ("app.views.pages.partners_page", "PartnersPage"),
    Step.GROUPS: ("app.views.pages.groups_page", "GroupsPage"),
    Step.NEED: ("app.views.pages.need_page", "NeedPage"),
    Step.CAPACITY: ("app.views.pages.figures_page", "CapacityPage"),
    Step.GAP: ("app.views.pages.gap_page", "GapPage"),
    Step.MEASURES: ("app.views.pages.measures_page", "MeasuresPage"),
    Step.AGREEMENTS: ("app.views.pages.agreements_page", "AgreementsPage"),
    Step.MONITOR: ("app.views.pages.monitor_page", "MonitorPage"),
    Step.DOCUMENTS: ("app.views.pages.documents_page", "DocumentsPage"),
}
STEPS: tuple[Step, ...] = tuple(PAGES)


def step_title(step: str) -> str:
    """The step's name, as the sidebar, the menu and the page's heading show it."""
    return {
        Step.REGION: QCoreApplication.translate("Steps", "Regio en planperiode"),
        Step.PARTNERS: QCoreApplication.translate("Steps", "Partners"),
        Step.GROUPS: QCoreApplication.translate("Steps", "Aandachtsgroepen"),
        Step.NEED: QCoreApplication.translate("Steps", "Woonbehoefte"),
        Step.CAPACITY: QCoreApplication.translate("Steps", "Aanbod"),
        Step.GAP: QCoreApplication.translate("Steps", "Opgave"),
        Step.MEASURES: QCoreApplication.translate("Steps", "Ambities en maatregelen"),
        Step.AGREEMENTS: QCoreApplication.translate("Steps", "Prestatieafspraken"),
        Step.MONITOR: QCoreApplication.translate("Steps", "Monitor"),
        Step.DOCUMENTS: QCoreApplication.translate("Steps", "Documenten"),
    }[Step(step)]


def create_page(step: str, session):
    """A new page for `step` (importing its module on first use)."""
    module, name = PAGES[Step(step)]
    if Step(step) not in LIGHT_PAGES:
        import_database_layer()  # not beside a worker importing it (see thread_safety)
    return getattr(importlib.import_module(module), name)(session)


# Pages whose modules load without the services' database layer (tests/gui/test_light_start.py):
# made at once even on a first start.
LIGHT_PAGES = frozenset({Step.REGION})


def loads_at_once(step: str) -> bool:
    """Whether `step`'s page can be made without a noticeable wait: its module is light or
    already imported (otherwise the window shows the step loading, see MainWindow)."""
    return Step(step) in LIGHT_PAGES or PAGES[Step(step)][0] in sys.modules


def import_page(step: str) -> None:
    """Import the module of `step`'s page (in a worker, while the window shows it loading)."""
    import_database_layer()
    importlib.import_module(PAGES[Step(step)][0])


def import_all_pages() -> None:
    """Import every page's module: done in the background once the first step is on
    screen, so opening another step later only has to build its widgets."""
    import_database_layer()
    for module, _name in PAGES.values():
        importlib.import_module(module)
