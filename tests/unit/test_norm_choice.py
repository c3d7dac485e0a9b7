"""A vision chooses its norm set, overrides and resets norms (marked and dated), and edits
its urgency categories; bad input is refused in Dutch with the file unchanged; an older
file or one from elsewhere opens with its norms as they are, with a note."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from app.models import MustBuildRule, NormScope
from app.services import catalogue, norms, urgency
from app.services.analysis import analyse
from app.services.errors import DomainError, ValidationError
from app.services.norm_sets import HOUSING_ACT_2026, PROGRAMME_2022, PROGRESS_2023
from app.storage import open_project_file
from tests.unit.test_bad_input import state

FIXTURES = Path(__file__).parents[1] / "fixtures"
GOAL, AVERAGE = catalogue.SOCIAL_RENT_GOAL, catalogue.NATIONAL_SOCIAL_SHARE


def _norm(project, code):
    return next(n for n in norms.list_norms(project) if n.code == code)


def _active(project) -> list[str]:
    return norms.urgency_categories(project)


@pytest.fixture
def today(monkeypatch):
    """Overrides and retirements are dated: today is 30 november 2026."""
    monkeypatch.setattr(norms, "today", lambda: "2026-11-30")
    return "2026-11-30"


def test_a_new_vision_follows_the_default_set(project):
    """voortgang_2023 with its scopes and rule; no override; six categories, of that set."""
    status = norms.norm_set_status(project)
    assert status.code == PROGRESS_2023 and status.known is not None
    assert "Wet versterking regie volkshuisvesting" in status.note
    goal = _norm(project, GOAL)
    assert (goal.value, goal.scope, goal.overridden) == (0.30, NormScope.MUNICIPALITY, "")
    assert norms.must_build_rule(project) is MustBuildRule.BELOW_NATIONAL_AVERAGE
    assert {c.norm_set for c in urgency.list_categories(project)} == {PROGRESS_2023}


def test_switching_sets_replaces_norms_and_categories(project, today):
    """To the law: no goal, 30 % per region for the region as a whole, three categories
    more; back to 2022: four categories apply, the others retire today; a category the
    user added stays throughout."""
    own = urgency.add_category(project, "Jongeren uit de jeugdzorg")
    norms.choose_norm_set(project, HOUSING_ACT_2026)
    assert _norm(project, GOAL).value is None
    minimum = _norm(project, catalogue.MIN_SOCIAL_NEW_BUILD)
    assert (minimum.value, minimum.scope, minimum.applies_to) == (
        0.30,
        NormScope.REGION,
        MustBuildRule.REGION,
    )
    assert len(_active(project)) == 6 + 3 + 1
    assert norms.norm_set_status(project).note == ""  # the newest set

    norms.choose_norm_set(project, PROGRAMME_2022)
    assert _active(project)[-4:] == [
        "Dak- en thuisloze mensen",
        "Uitstromers uit intramurale (zorg)instellingen",
        "Uitstromers uit detentie",
        "Sociaal en medisch urgenten",
    ]
    assert "Jongeren uit de jeugdzorg" in _active(project)
    retired = {c.label: c.retired for c in urgency.list_categories(project) if c.retired}
    assert retired["Dakloze gezinnen met kinderen"] == today
    assert len(retired) == 9
    assert norms.must_build_rule(project) is MustBuildRule.BELOW_GOAL
    assert [c.id for c in urgency.list_categories(project) if c.label == own.label] == [own.id]

    norms.choose_norm_set(project, PROGRESS_2023)
    assert sorted(_active(project)) == sorted(
        [*catalogue.MANDATORY_URGENCY_CATEGORIES, "Jongeren uit de jeugdzorg"]
    )


def test_an_override_is_marked_dated_and_survives_a_switch(project, today):
    """25 % instead of the set's 30 %: marked with today; another set keeps it; reset puts
    back the set's value (the law has none)."""
    norms.set_norm(project, GOAL, 0.25, reference_date="2026", source="Regionaal akkoord")
    goal = _norm(project, GOAL)
    assert (goal.value, goal.overridden, goal.source) == (0.25, today, "Regionaal akkoord")
    norms.choose_norm_set(project, HOUSING_ACT_2026)
    assert _norm(project, GOAL).value == 0.25
    reset = norms.reset_norm(project, GOAL)
    assert (reset.value, reset.overridden) == (None, "")


def test_the_dashboard_average_is_a_dated_override(project, today):
    """26 % (2021) with the dashboard as source, instead of the computed 28,3 %."""
    chosen = norms.use_dashboard_average(project)
    assert (chosen.value, chosen.reference_date, chosen.overridden) == (0.26, "2021", today)
    assert "Datawonen" in chosen.source
    assert norms.reset_norm(project, AVERAGE).value == pytest.approx(0.283, abs=5e-4)


def test_urgency_categories_are_added_renamed_and_retired(project):
    """Each edit as asked; a retired category no longer applies but stays in the file."""
    own = urgency.add_category(project, "  Jongeren met schulden ")
    assert own.label == "Jongeren met schulden" and own.norm_set == ""
    renamed = urgency.rename_category(project, own.id, "Jongeren met problematische schulden")
    retired = urgency.retire_category(project, renamed.id, "1-7-2026")
    assert retired.retired == "2026-07-01"
    assert "Jongeren met problematische schulden" not in _active(project)
    assert any(c.id == own.id for c in urgency.list_categories(project))


@pytest.mark.parametrize("value", [-0.01, 1.01, float("nan"), float("inf"), True, "30", None, 30])
def test_a_share_outside_0_to_100_percent_is_refused(project, value):
    """A norm is a fraction from 0 to 1: anything else is a Dutch message, nothing changed."""
    before = state(project)
    with pytest.raises(ValidationError, match="tussen 0 en 100 %"):
        norms.set_norm(project, GOAL, value)
    assert state(project) == before


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda p: urgency.add_category(p, ""), "mag niet leeg zijn"),
        (lambda p: urgency.add_category(p, " \t\x00 "), "mag niet leeg zijn"),
        (lambda p: urgency.add_category(p, "x" * 501), "te lang"),
        (lambda p: urgency.add_category(p, "uitstappende SEKSWERKERS"), "Er is al"),
        (lambda p: urgency.rename_category(p, 1, ""), "mag niet leeg zijn"),
        (lambda p: urgency.rename_category(p, 999, "Nieuw"), "bestaat niet"),
        (lambda p: urgency.retire_category(p, 1, ""), "Vul de datum in"),
        (lambda p: urgency.retire_category(p, 1, "morgen"), "geen datum"),
        (lambda p: norms.choose_norm_set(p, "wet_2099"), "Onbekende normenset"),
        (lambda p: norms.set_norm(p, "bestaat_niet", 0.3), "Onbekende norm"),
        (lambda p: norms.set_norm(p, GOAL, 0.3, source="x" * 501), "te lang"),
        (lambda p: norms.reset_norm(p, "bestaat_niet"), "kent de norm"),
    ],
)
def test_bad_input_is_refused_in_dutch_with_nothing_changed(project, call, message):
    """An empty or duplicate name, an unknown category, set or norm, a bad date."""
    before = state(project)
    with pytest.raises(DomainError, match=message):
        call(project)
    assert state(project) == before


def test_retiring_twice_is_refused(project):
    """The first date stays."""
    urgency.retire_category(project, 1, "2026-01-01")
    before = state(project)
    with pytest.raises(ValidationError, match="al vervallen op 1 januari 2026"):
        urgency.retire_category(project, 1, "2026-02-01")
    assert state(project) == before


def _foreign_set(path: Path, code: str) -> None:
    conn = sqlite3.connect(path)
    conn.execute("UPDATE vision SET norm_set = ?", (code,))
    conn.execute("UPDATE norm SET value = 0.27 WHERE code = 'social_rent_goal'")
    conn.commit()
    conn.close()


def test_a_file_with_a_set_this_version_lacks_opens_unchanged(project, tmp_path):
    """A newer Thuisplan's set code: the file opens, its norms are used as stored, the note
    says so; resetting a norm is refused (nothing to reset to), choosing a set works."""
    path = project.path
    project.close()
    _foreign_set(path, "wet_regie_2030")
    reopened = open_project_file(path)
    try:
        status = norms.norm_set_status(reopened)
        assert status.known is None and "onbekende normenset 'wet_regie_2030'" in status.note
        assert analyse(reopened).figures.norm(GOAL) == 0.27
        before = state(reopened)
        with pytest.raises(ValidationError, match="niet kent"):
            norms.reset_norm(reopened, GOAL)
        assert state(reopened) == before
        norms.choose_norm_set(reopened, PROGRESS_2023)
        assert _norm(reopened, GOAL).value == 0.30
    finally:
        reopened.close()


def test_an_older_file_keeps_its_norms_and_learns_of_a_newer_set(tmp_path, data_dir):
    """Version 2: every value as stored; it follows the 2023 set; the dashboard's 26 % is
    an override (dated at the upgrade), the others are the set's; the note names the law."""
    path = tmp_path / "oud.thuisplan"
    shutil.copyfile(FIXTURES / "schema_v2.thuisplan", path)
    conn = sqlite3.connect(path)
    stored = dict(conn.execute("SELECT code, value FROM norm").fetchall())
    labels = [r[0] for r in conn.execute("SELECT label FROM urgency_category ORDER BY id")]
    conn.close()
    with open_project_file(path) as project:
        after = {n.code: n for n in norms.list_norms(project)}
        status = norms.norm_set_status(project)
        categories = urgency.list_categories(project)
    assert {code: n.value for code, n in after.items()} == stored
    assert status.code == PROGRESS_2023 and "nieuwere normenset" in status.note
    assert after[AVERAGE].value == 0.26 and len(after[AVERAGE].overridden) == 10
    assert [code for code, n in after.items() if n.overridden] == [AVERAGE]
    assert after[GOAL].scope is NormScope.MUNICIPALITY
    assert [c.label for c in categories] == labels
    assert {c.norm_set for c in categories} == {PROGRESS_2023}
