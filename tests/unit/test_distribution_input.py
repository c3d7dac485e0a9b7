"""Setting up the evenwichtige verdeling: scope, carry-over, corrections and opening backlogs.
Every refused value gives a Dutch message and leaves the file byte for byte as it was; older
files keep sharing out every active group."""

from __future__ import annotations

import hashlib
import math
import shutil
from pathlib import Path

import pytest

from app.models import BaselineIndicator, FairShareScope
from app.services import distribution_input, municipalities
from app.services.analysis import analyse
from app.services.distribution import Adjustment, read_settings
from app.services.edits import distribution as distribution_edits
from app.services.edits import region
from app.services.errors import DomainError
from app.services.target_groups import list_target_groups
from app.storage import open_project_file

DELFT, THE_HAGUE, RIJSWIJK = "GM0503", "GM0518", "GM0603"
FIXTURES = Path(__file__).parents[1] / "fixtures"


def fingerprint(project) -> str:
    return hashlib.sha256(project.path.read_bytes()).hexdigest()


def refused(project, call) -> str:
    """`call` is refused with a Dutch message and the file's bytes are unchanged."""
    before = fingerprint(project)
    with pytest.raises(DomainError) as caught:
        call()
    assert fingerprint(project) == before
    message = str(caught.value)
    assert message and "Traceback" not in message
    return message


def test_a_new_vision_shares_out_all_active_groups_without_carry_over(project):
    """The default of a new vision: all active groups, no carry-over, nothing entered."""
    settings = read_settings(project)
    assert (settings.scope, settings.chosen, settings.carry_over) == (
        FairShareScope.ACTIVE,
        frozenset(),
        False,
    )
    assert settings.adjustments == {}


def test_a_correction_larger_than_the_population_is_refused(project):
    """Delft has 100 inhabitants here: 101 places of correction cannot be; 100 can."""
    municipalities.set_baseline(project, DELFT, BaselineIndicator.INHABITANTS, 100)
    message = refused(
        project,
        lambda: distribution_input.set_adjustment(project, DELFT, Adjustment(correction=101)),
    )
    assert "meer dan het aantal inwoners van Delft (100)" in message
    distribution_input.set_adjustment(project, DELFT, Adjustment(correction=100))
    assert distribution_input.adjustment_of(project, DELFT).correction == 100


def test_a_negative_backlog_is_refused(project):
    """A backlog below 0 would be a head start, which is never carried."""
    message = refused(
        project,
        lambda: distribution_input.set_adjustment(project, DELFT, Adjustment(opening_backlog=-3)),
    )
    assert "achterstand is 0 of meer" in message


@pytest.mark.parametrize(
    "adjustment",
    [
        Adjustment(correction=-1),
        Adjustment(correction=2.5),  # type: ignore[arg-type]
        Adjustment(correction=math.nan),  # type: ignore[arg-type]
        Adjustment(correction="veel"),  # type: ignore[arg-type]
        Adjustment(correction=True),  # type: ignore[arg-type]
        Adjustment(correction=10**12),
        Adjustment(opening_backlog=-0.5),  # type: ignore[arg-type]
        Adjustment(opening_backlog=2_000_000),
        Adjustment(correction=1, source="x" * 501),
        Adjustment(correction=1, reference_date="gisteren"),
        Adjustment(correction=1, reference_date="31-02-2025"),
        Adjustment(correction=1, source=12),  # type: ignore[arg-type]
    ],
    ids=repr,
)
def test_bad_adjustments_are_refused_whole(project, adjustment):
    """Every bad figure, text or date: refused, nothing stored (not even the good parts)."""
    distribution_input.set_adjustment(project, DELFT, Adjustment(correction=4, source="oud"))
    refused(project, lambda: distribution_input.set_adjustment(project, DELFT, adjustment))
    assert distribution_input.adjustment_of(project, DELFT) == Adjustment(4, None, "oud", "")


def test_an_adjustment_is_stored_cleaned_and_cleared_by_emptying_it(project):
    """Text stripped of control characters, the date stored as ISO; all empty removes it."""
    distribution_input.set_adjustment(
        project, DELFT, Adjustment(12, 3, "  Zorgkantoor\x07 telling ", "1 januari 2025")
    )
    assert distribution_input.adjustment_of(project, DELFT) == Adjustment(
        12, 3, "Zorgkantoor telling", "2025-01-01"
    )
    distribution_input.set_adjustment(project, DELFT, Adjustment())
    assert read_settings(project).adjustments == {}


def test_an_unknown_municipality_is_refused(project):
    """A municipality that is not in the vision: a message, nothing changed."""
    message = refused(
        project,
        lambda: distribution_input.set_adjustment(project, "GM0363", Adjustment(correction=1)),
    )
    assert "hoort niet bij deze woonzorgvisie" in message


@pytest.mark.parametrize(
    "scope, groups",
    [
        ("iedereen", None),
        (FairShareScope.CHOSEN, []),
        (FairShareScope.CHOSEN, None),  # no own list yet
        (FairShareScope.CHOSEN, [99_999]),
        (FairShareScope.URGENT, ["1"]),
        (FairShareScope.URGENT, [True]),
    ],
)
def test_bad_scopes_are_refused(project, scope, groups):
    """An unknown scope, an empty or unknown own list: refused, nothing changed."""
    message = refused(project, lambda: distribution_input.set_scope(project, scope, groups))
    assert any(word in message for word in ("geen", "Kies", "bestaat niet"))


def test_carry_over_must_be_on_or_off(project):
    """Only True or False; 1 or 'ja' is refused."""
    for value in (1, "ja", None):
        refused(project, lambda v=value: distribution_input.set_carry_over(project, v))


def test_the_own_list_is_kept_when_switching_scope(project):
    """Switching to urgent and back keeps the own list: the user's choice is not lost."""
    ids = [g.id for g in list_target_groups(project)[:2]]
    distribution_input.set_scope(project, FairShareScope.CHOSEN, ids)
    distribution_input.set_scope(project, FairShareScope.URGENT)
    assert read_settings(project).chosen == frozenset(ids)
    distribution_input.set_scope(project, FairShareScope.CHOSEN)
    assert read_settings(project).scope is FairShareScope.CHOSEN


def test_fill_corrections_puts_0_only_where_none_is(project):
    """The Hague 5 and a source: kept; Delft and Rijswijk get 0 (one undo step)."""
    distribution_input.set_adjustment(project, THE_HAGUE, Adjustment(5, None, "MO", ""))
    edit = distribution_edits.fill_corrections(project, "op 0")
    edit.do()
    values = {code: distribution_input.adjustment_of(project, code) for code in (DELFT, THE_HAGUE)}
    assert values == {DELFT: Adjustment(correction=0), THE_HAGUE: Adjustment(5, None, "MO", "")}
    edit.undo()
    assert distribution_input.adjustment_of(project, DELFT) == Adjustment()
    edit.do()
    assert distribution_edits.fill_corrections(project, "op 0") is None


def test_undo_restores_a_correction_the_population_no_longer_allows(project):
    """Correction 80 entered at 100 inhabitants, then 90 typed, inhabitants lowered to 50:
    undo of the 90 puts back 80 (what was stored) instead of refusing."""
    municipalities.set_baseline(project, DELFT, BaselineIndicator.INHABITANTS, 100)
    distribution_input.set_adjustment(project, DELFT, Adjustment(correction=80))
    edit = distribution_edits.set_adjustment(project, DELFT, Adjustment(correction=90), "c")
    edit.do()
    municipalities.set_baseline(project, DELFT, BaselineIndicator.INHABITANTS, 50)
    edit.undo()
    assert distribution_input.adjustment_of(project, DELFT).correction == 80


def test_removing_a_municipality_takes_its_correction_and_undo_brings_it_back(project):
    """The correction hangs on the municipality: gone with it, back with the undo."""
    distribution_input.set_adjustment(project, RIJSWIJK, Adjustment(7, 2, "Telling", "2025"))
    edit = region.remove_municipality(project, RIJSWIJK, "weg")
    edit.do()
    assert read_settings(project).adjustments == {}
    edit.undo()
    assert distribution_input.adjustment_of(project, RIJSWIJK) == Adjustment(
        7, 2, "Telling", "2025"
    )


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_file_keeps_sharing_out_every_active_group(tmp_path, version):
    """A file from before the scope existed opens with all active groups and no carry-over;
    its distribution is exactly the fair share over all groups it had."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / f"schema_v{version}.thuisplan", path)
    project = open_project_file(path)
    try:
        settings = read_settings(project)
        assert (settings.scope, settings.carry_over, settings.adjustments) == (
            FairShareScope.ACTIVE,
            False,
            {},
        )
        analysis = analyse(project)
        assert analysis.scope_groups == analysis.figures.groups
        plain = analysis.fair_share_by_municipality()
        for m_id, share in analysis.distribution().items():
            assert share.fair_share == pytest.approx(plain[m_id].fair_share)
            assert share.contribution == plain[m_id].contribution
            assert (share.correction, share.backlog) == (0, 0)
    finally:
        project.close()
