"""The vision's own details, municipalities, groups, partners, measures, agreements, norms."""

from __future__ import annotations

import pytest

from app.models import (
    ActionLine,
    AgreementStatus,
    BaselineIndicator,
    DistributionKey,
    HousingType,
    PartnerKind,
)
from app.services import agreements, figures, measures, municipalities, norms, partners
from app.services import target_groups as groups
from app.services import vision as vision_service
from app.services.errors import ValidationError
from app.services.figures import Cell
from app.services.reference_data import CBS_SOURCE
from app.services.tombstone import restore_deleted
from app.services.vision_read import get_vision


def test_new_vision_gets_cbs_baseline_with_source_and_reference_date(project):
    """Delft's inhabitants and 65+ come from CBS 2024 with source and peildatum; its social
    rent dwellings are a raming, marked as such: 41.7 % owned by corporations (1-1-2023) x
    54,219 dwellings (1-1-2024) = 22,609.1 -> 22,609; planned construction is unknown."""
    delft = municipalities.list_municipalities(project)[0]
    assert delft.code == "GM0503" and delft.name == "Delft"
    inhabitants = delft.baseline[BaselineIndicator.INHABITANTS]
    assert (inhabitants.value, inhabitants.source, inhabitants.reference_date) == (
        109_577,
        CBS_SOURCE,
        "2024-01-01",
    )
    assert not inhabitants.user_entered and not inhabitants.estimated
    assert delft.value(BaselineIndicator.INHABITANTS_65_PLUS) == 17_787
    social = delft.baseline[BaselineIndicator.SOCIAL_RENT_DWELLINGS]
    assert (social.value, social.estimated, social.user_entered) == (22_609, True, False)
    assert social.source.startswith("Raming: aandeel woningen in bezit van woningcorporaties")
    assert delft.value(BaselineIndicator.PLANNED_NEW_TOTAL) is None


def test_overwritten_baseline_is_marked_and_can_be_reset(project):
    """A user figure is marked as user-entered; reset brings back the CBS figure."""
    figure = municipalities.set_baseline(project, "GM0503", BaselineIndicator.INHABITANTS, 110_000)
    assert figure.user_entered and figure.source == "Ingevuld door de gebruiker"
    back = municipalities.reset_baseline(project, "GM0503", BaselineIndicator.INHABITANTS)
    assert back.value == 109_577 and not back.user_entered


def test_typing_over_the_estimated_social_rent_stock_makes_it_entered(project):
    """An overwritten raming is the user's figure; reset brings back the raming."""
    typed = municipalities.set_baseline(
        project, "GM0503", BaselineIndicator.SOCIAL_RENT_DWELLINGS, 20_000
    )
    assert typed.user_entered and not typed.estimated
    back = municipalities.reset_baseline(project, "GM0503", BaselineIndicator.SOCIAL_RENT_DWELLINGS)
    assert (back.value, back.estimated, back.user_entered) == (22_609, True, False)


def test_negative_baseline_is_refused(project):
    """Dwellings cannot be negative."""
    with pytest.raises(ValidationError, match="negatief"):
        municipalities.set_baseline(project, "GM0503", BaselineIndicator.DWELLINGS, -1)


def test_add_and_remove_municipalities(project):
    """Add Pijnacker-Nootdorp by code; a duplicate is refused; removing takes its figures."""
    municipalities.add_municipalities(project, ["GM1926"])
    assert [m.code for m in municipalities.list_municipalities(project)][-1] == "GM1926"
    with pytest.raises(ValidationError, match="hoort al bij"):
        municipalities.add_municipalities(project, ["1926"])
    municipalities.remove_municipality(project, "GM1926")
    assert len(municipalities.list_municipalities(project)) == 3


@pytest.mark.parametrize(
    ("codes", "message"),
    [
        ([], "ten minste één"),
        (["GM9999"], "Onbekende gemeentecode: GM9999"),
        (["GM0503", "503"], "twee keer"),
    ],
)
def test_bad_municipality_lists_are_refused(tmp_path, codes, message):
    """Empty lists, unknown codes and duplicates get a clear message."""
    with pytest.raises(ValidationError, match=message):
        vision_service.create_vision(
            tmp_path / "x.thuisplan",
            title="X",
            municipality_codes=codes,
            start_year=2025,
            end_year=2030,
        )


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (2030, 2025, "ligt na het eindjaar"),
        (1990, 2000, "geen geldig jaartal"),
        (2025, 2070, "hoogstens 30 jaar"),
    ],
)
def test_bad_plan_periods_are_refused(tmp_path, start, end, message):
    """A period must run forward, sensibly."""
    with pytest.raises(ValidationError, match=message):
        vision_service.create_vision(
            tmp_path / "x.thuisplan",
            title="X",
            municipality_codes=["GM0503"],
            start_year=start,
            end_year=end,
        )


def test_shrinking_the_plan_period_asks_before_dropping_figures(project):
    """Figures in 2027 block shrinking to 2025-2026 unless confirmed; then they go, and
    what went is returned (the need value and its now empty row), to be put back on undo."""
    group = groups.list_target_groups(project)[0]
    figures.set_need(project, Cell("GM0503", group.id, HousingType.ROOM, 2027), 5)
    with pytest.raises(ValidationError, match="buiten 2025–2026"):
        vision_service.set_plan_period(project, 2025, 2026)
    dropped = vision_service.set_plan_period(project, 2025, 2026, drop_outside=True)
    assert get_vision(project).years == [2025, 2026]
    assert figures.need_series(project, group.id) == []
    assert [table for table, _row in dropped.rows] == ["need_series", "need_value"]


def test_distribution_key_and_weights(project):
    """The mix needs a weight; a key is stored with the vision."""
    with pytest.raises(ValidationError, match="gewicht"):
        vision_service.set_distribution_key(
            project, DistributionKey.WEIGHTED_MIX, {BaselineIndicator.INHABITANTS: 0}
        )
    info = vision_service.set_distribution_key(
        project,
        DistributionKey.WEIGHTED_MIX,
        {BaselineIndicator.INHABITANTS: 2, BaselineIndicator.DWELLINGS: 1},
    )
    assert info.distribution_key is DistributionKey.WEIGHTED_MIX
    assert info.key_weights[BaselineIndicator.DWELLINGS] == 1


def test_standard_catalogue_and_own_groups(project):
    """Ten standard groups with definitions; own groups can be added, switched off, deleted."""
    catalogue = groups.list_target_groups(project)
    assert len(catalogue) == 10 and all(g.definition for g in catalogue)
    assert {g.label for g in catalogue if g.mandatory_urgency} >= {
        "Dak- en thuisloze mensen",
        "Uitstromers uit detentie",
    }
    own = groups.add_custom_group(
        project, "Jongeren met een zorgvraag", housing_types=[HousingType.ROOM]
    )
    assert not own.is_standard and own.housing_types == (HousingType.ROOM,)
    with pytest.raises(ValidationError, match="Er is al"):
        groups.add_custom_group(project, "jongeren met een ZORGVRAAG")
    groups.set_group_active(project, catalogue[0].id, False)
    assert len(groups.list_target_groups(project, active_only=True)) == 10
    with pytest.raises(ValidationError, match="standaardlijst"):
        groups.delete_custom_group(project, catalogue[0].id)
    groups.delete_custom_group(project, own.id)
    assert len(groups.list_target_groups(project)) == 10


def test_a_group_can_change_the_capitals_of_its_own_name_only(project):
    """'jongeren' becomes 'Jongeren'; another group's name in other capitals stays refused."""
    own = groups.add_custom_group(project, "jongeren met een zorgvraag")
    renamed = groups.update_group(project, own.id, label="Jongeren met een Zorgvraag")
    assert renamed.label == "Jongeren met een Zorgvraag"
    standard = groups.list_target_groups(project)[0]
    with pytest.raises(ValidationError, match="Er is al"):
        groups.update_group(project, own.id, label=standard.label.upper())


def test_partners_measures_and_agreements(project):
    """A corporation and a municipality agree on targets per year and report progress."""
    corporation = partners.add_partner(
        project, "Woonstichting Duinrand", PartnerKind.HOUSING_CORPORATION
    )
    delft = partners.add_partner(project, "Gemeente Delft", PartnerKind.MUNICIPALITY, "GM0503")
    assert delft.municipality_code == "GM0503" and corporation.municipality_code is None
    measure = measures.add_measure(
        project, ActionLine.PREVENTION, "Vroegsignalering", "Delft", 2026
    )
    assert measure.action_line is ActionLine.PREVENTION
    with pytest.raises(ValidationError, match="buiten de planperiode"):
        measures.add_measure(project, ActionLine.PREVENTION, "Later", year=2040)
    measures.set_ambition(project, ActionLine.PREVENTION, "Niemand dakloos")
    assert measures.ambitions(project)[ActionLine.PREVENTION] == "Niemand dakloos"

    agreement = agreements.add_agreement(
        project,
        "Woningen voor uitstromers",
        party_ids=[corporation.id, delft.id],
        municipality_code="GM0503",
        indicator="Toegewezen woningen",
        unit="woningen",
        baseline=10,
        deadline="2027-12-31",
        owner_partner_id=corporation.id,
        targets={2025: 12, 2026: 15},
    )
    assert agreement.party_ids == (corporation.id, delft.id)
    agreements.set_agreement_year(
        project, agreement.id, 2025, realised=11, status=AgreementStatus.BEHIND
    )
    (stored,) = agreements.list_agreements(project)
    assert stored.years[2025].realised == 11 and stored.years[2025].target == 12
    assert stored.years[2025].status is AgreementStatus.BEHIND
    with pytest.raises(ValidationError, match="geen datum"):
        agreements.update_agreement(project, agreement.id, deadline="volgend jaar")
    partners.delete_partner(project, delft.id)
    (stored,) = agreements.list_agreements(project)
    assert stored.party_ids == (corporation.id,)


def test_norms_are_data_with_source(project):
    """The 30 % goal is stored with its source and can be changed when the law changes."""
    goal = next(n for n in norms.list_norms(project) if n.code == "social_rent_goal")
    assert goal.value == pytest.approx(0.30) and "Een thuis voor iedereen" in goal.source
    norms.set_norm(project, "social_rent_goal", 0.35, reference_date="2027", source="Nieuwe wet")
    assert norms.norm_values(project)["social_rent_goal"] == pytest.approx(0.35)
    with pytest.raises(ValidationError):
        norms.set_norm(project, "social_rent_goal", 35)
    assert len(norms.urgency_categories(project)) == 6


def test_every_edit_updates_the_modified_time(project, monkeypatch):
    """The vision records when it was last changed (the clock moved on, not slept on)."""
    from datetime import timedelta

    from app.services import lookup

    before = vision_service.get_vision(project).modified
    later = before + timedelta(seconds=1)
    monkeypatch.setattr(lookup, "now", lambda: later)
    vision_service.update_vision(project, author="B. Ambtenaar")
    assert vision_service.get_vision(project).modified == later


def test_removed_municipality_comes_back_with_all_its_figures(demo):
    """Undoing a removal restores baseline, vacancies, need, capacity and partner links."""
    from app.services.analysis import analyse
    from app.services.summary import summary_data

    before = summary_data(analyse(demo))
    tombstone = municipalities.remove_municipality(demo, "GM0503")
    assert "GM0503" not in {m.code for m in municipalities.list_municipalities(demo)}
    restore_deleted(demo, tombstone)
    after = summary_data(analyse(demo))
    assert after == before
    assert municipalities.vacancies(demo, "GM0503")[2025] > 0
    assert any(p.municipality_code == "GM0503" for p in partners.list_partners(demo))


def test_deleted_partner_and_agreement_come_back_with_their_links(demo):
    """Undoing the delete of a partner restores it as party and owner of its agreements."""
    before = agreements.list_agreements(demo)
    partner = next(p for p in partners.list_partners(demo) if p.name == "Woonstichting Duinrand")
    tombstone = partners.delete_partner(demo, partner.id)
    assert all(partner.id not in a.party_ids for a in agreements.list_agreements(demo))
    restore_deleted(demo, tombstone)
    assert agreements.list_agreements(demo) == before
    first = before[0]
    tombstone = agreements.delete_agreement(demo, first.id)
    restore_deleted(demo, tombstone)
    assert agreements.list_agreements(demo) == before


def test_deleted_own_group_comes_back_with_its_figures(project):
    """An own group deleted with its need figures returns with them on undo."""
    group = groups.add_custom_group(project, "Eigen groep", housing_types=[HousingType.ROOM])
    figures.set_need(project, Cell("GM0503", group.id, HousingType.ROOM, 2025), 7)
    tombstone = groups.delete_custom_group(project, group.id)
    assert figures.need_series(project, group.id) == []
    restore_deleted(project, tombstone)
    (series,) = figures.need_series(project, group.id)
    assert series.values == {2025: 7}


def test_an_undone_agreement_year_leaves_no_empty_year(project):
    """Setting and then clearing a year's target removes the year, not a blank row."""
    agreement = agreements.add_agreement(project, "Afspraak")
    agreements.set_agreement_year(project, agreement.id, 2026, target=5)
    agreements.set_agreement_year(project, agreement.id, 2026, target=None)
    (stored,) = agreements.list_agreements(project)
    assert 2026 not in stored.years


def test_refusing_to_drop_figures_has_its_own_error(project):
    """Shrinking the period over entered figures raises FiguresOutsidePeriodError, which the
    screen turns into a question; other refusals are plain validation errors."""
    from app.services.vision import FiguresOutsidePeriodError

    group = groups.list_target_groups(project)[0]
    figures.set_need(project, Cell("GM0503", group.id, HousingType.ROOM, 2027), 5)
    with pytest.raises(FiguresOutsidePeriodError):
        vision_service.set_plan_period(project, 2025, 2026)
    with pytest.raises(ValidationError) as info:
        vision_service.set_plan_period(project, 2025, 2070)
    assert not isinstance(info.value, FiguresOutsidePeriodError)


def test_the_light_reader_gives_what_the_orm_gives(demo):
    """The first screen reads the vision and municipalities through sqlite3; every field
    equals what the tables give through SQLModel."""
    from app.services import vision_read
    from app.services.lookup import vision_row

    info = vision_read.get_vision(demo)
    with demo.read() as session:
        row = vision_row(session)
        assert (info.title, info.region_name, info.author) == (
            row.title,
            row.region_name,
            row.author,
        )
        assert (info.start_year, info.end_year, info.is_example) == (
            row.start_year,
            row.end_year,
            row.is_example,
        )
        assert (info.created, info.modified) == (row.created, row.modified)
        assert info.status.value == row.status
        assert info.distribution_key.value == row.distribution_key
        assert info.key_weights == {
            indicator: getattr(row, column)
            for indicator, column in vision_read.WEIGHT_COLUMNS.items()
        }
    from sqlmodel import select

    from app.models import BaselineFigure, Municipality

    infos = vision_read.list_municipalities(demo)
    with demo.read() as session:
        rows = session.exec(select(Municipality).order_by(Municipality.sort_order)).all()
        figures = session.exec(select(BaselineFigure)).all()
    assert [(m.id, m.code, m.name, m.province, m.corop) for m in infos] == [
        (r.id, r.code, r.name, r.province, r.corop) for r in rows
    ]
    by_id = {m.id: m for m in infos}
    for figure in figures:
        value = by_id[figure.municipality_id].baseline[BaselineIndicator(figure.indicator)]
        assert (value.value, value.source, value.reference_date, value.user_entered) == (
            figure.value,
            figure.source,
            figure.reference_date,
            figure.user_entered,
        )
    assert sum(len(m.baseline) for m in infos) == len(figures)
