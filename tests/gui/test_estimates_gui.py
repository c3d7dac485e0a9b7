"""The need step's ramingen: the estimate's style and tooltip in the grid, typing over an
estimate and clearing it, the Raming maken dialog for every method (OK, Cancel, refused
parameters), Raming verwijderen, and 'Lege cellen op 0' beside ramingen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from app.models import EstimateMethod, HousingType
from app.services import figures
from app.services.edits import estimates as estimate_edits
from app.services.estimates import store
from app.services.estimates.core import Base
from app.services.estimates.flow_model import Flow, FlowModel
from app.services.estimates.rate import RatePerBase
from app.services.estimates.status_holders import StatusHoldersTask
from app.services.progress import Step
from app.services.reference_data import national_totals
from app.services.target_groups import list_target_groups
from app.views.estimate_dialog import EstimateDialog
from app.views.help_texts import help_page
from tests.gui.helpers import cell, click_cell, select_block, type_into_cell
from tests.gui.test_wizard import go_to

Left = Qt.MouseButton.LeftButton
Role = Qt.ItemDataRole
DELFT, THE_HAGUE, RIJSWIJK = "GM0503", "GM0518", "GM0603"
REGULAR, ROOM = HousingType.INDEPENDENT_REGULAR, HousingType.ROOM


def group(window, code: str):
    return next(g for g in list_target_groups(window.session.project) if g.code == code)


def show_group(page, code: str):
    """Choose the group in the step's group filter; returns the group."""
    chosen = group(page.window(), code)
    page.group_combo.setCurrentIndex(page.group_combo.findData(chosen.id))
    return chosen


def stored(window, code: str):
    """The group's stored parameters in the scenario shown (None: no estimate)."""
    session = window.session
    found = [
        e
        for e in store.list_estimates(session.project, session.scenario().id)
        if e.group_id == group(window, code).id
    ]
    return found[0].parameters if found else None


def estimate(window, code: str, parameters) -> None:
    """Store an estimate as the dialog does: one undoable step through the session."""
    session = window.session
    edit = estimate_edits.set_estimate(
        session.project, session.scenario().id, group(window, code).id, parameters, "raming"
    )
    assert session.perform(edit, Step.NEED)


@pytest.fixture
def need_page(qtbot, window):
    return go_to(qtbot, window, Step.NEED)


@pytest.fixture
def dialog_run(qtbot, monkeypatch):
    """Stands in for the dialog's exec: shows it, lets the test fill it in, clicks OK (or
    Cancel), and records what the dialog said, as a user would see it."""
    seen: dict = {}

    def install(fill, button=QDialogButtonBox.StandardButton.Ok):
        def run(dialog):
            seen["dialog"] = dialog
            dialog.show()
            fill(dialog)
            buttons = dialog.findChild(QDialogButtonBox)
            qtbot.mouseClick(buttons.button(button), Left)
            seen["message"] = dialog.message.text() if dialog.message.isVisible() else ""
            seen["formula"] = dialog.formula.toPlainText()
            return dialog.result()

        monkeypatch.setattr(EstimateDialog, "exec", run)
        return seen

    return install


def click_make(qtbot, page) -> None:
    qtbot.mouseClick(page.estimate_button, Left)


def type_text(qtbot, edit, text: str) -> None:
    """Replace a field's text by typing, as a user does."""
    edit.selectAll()
    qtbot.keyClicks(edit, text) if text else edit.clear()


def row_of(page, code: str, housing_type: HousingType) -> int:
    return next(
        i
        for i, r in enumerate(page.model.rows)
        if (r.municipality_code, r.housing_type) == (code, housing_type)
    )


# -- the grid -------------------------------------------------------------------------------
def test_ouderen_gets_the_national_target_by_default_and_only_empty_cells_take_it(
    qtbot, window, need_page, dialog_run
):
    """A figure typed before the raming stays; the other cells show the raming (italic on
    light blue, the tooltip with the method); the raming is one undo step and is never
    stored as a figure."""
    older = show_group(need_page, "older_people")
    column = need_page.model.year_column(2025)
    type_into_cell(qtbot, need_page.view, 0, column, "5")
    seen = dialog_run(lambda dialog: None)
    steps = window.session.undo_stack.count()
    click_make(qtbot, need_page)
    dialog = seen["dialog"]
    assert EstimateMethod(dialog.method_combo.currentData()) is EstimateMethod.OLDER_PEOPLE_TARGET
    assert dialog.editor().national.text() == str(national_totals()["inhabitants_65_plus"])
    assert "landelijke opgave" in seen["formula"]
    assert window.session.undo_stack.count() == steps + 1
    model = need_page.model
    assert cell(model, 0, column) == "5" and cell(model, 0, column, Role.FontRole) is None
    estimates = window.session.analysis().figures.estimates
    delft = window.session.analysis().figures.municipalities[0].id
    expected = estimates[(delft, older.id, HousingType.ZERO_STEP, 2026)]
    assert cell(model, 0, column + 1) == str(expected)
    assert cell(model, 0, column + 1, Role.FontRole).italic()
    assert cell(model, 0, column + 1, Role.BackgroundRole).color().name() == "#ddebf7"
    assert "Geraamd: Landelijke opgave ouderen" in cell(model, 0, column + 1, Role.ToolTipRole)
    series = figures.need_series(window.session.project, older.id)
    assert [dict(s.values) for s in series] == [{2025: 5}]  # the raming is no figure
    window.session.undo_stack.undo()
    assert stored(window, "older_people") is None
    assert cell(need_page.model, 0, column + 1) == ""
    window.session.undo_stack.redo()
    assert cell(need_page.model, 0, column + 1) == str(expected)


def test_typing_over_a_raming_makes_it_entered_and_clearing_brings_it_back(
    qtbot, window, need_page
):
    """Typed over, the cell is an entered figure (plain style, need_source 'mixed' for its
    year); Delete empties it and the raming is back, italic again."""
    estimate(window, "older_people", store.default_estimate("older_people"))
    older = show_group(need_page, "older_people")
    column = need_page.model.year_column(2026)
    raming = cell(need_page.model, 0, column)
    type_into_cell(qtbot, need_page.view, 0, column, "7")
    assert cell(need_page.model, 0, column) == "7"
    assert cell(need_page.model, 0, column, Role.FontRole) is None
    analysis = window.session.analysis()
    delft = analysis.figures.municipalities[0].id
    assert analysis.need_source(delft, older.id, 2026) == "mixed"
    click_cell(qtbot, need_page.view, 0, column)
    qtbot.keyClick(need_page.view, Qt.Key.Key_Delete)
    assert cell(need_page.model, 0, column) == raming
    assert cell(need_page.model, 0, column, Role.FontRole).italic()
    assert window.session.analysis().need_source(delft, older.id, 2026) == "estimated"


def test_a_cell_without_raming_says_why(qtbot, window, need_page):
    """A year the taakstelling has no numbers for stays empty, its tooltip gives the reason."""
    estimate(
        window,
        "status_holders",
        StatusHoldersTask({"2025-1": 1000, "2025-2": 1000}, "Circulaire", 18_000_000, {REGULAR: 1}),
    )
    show_group(need_page, "status_holders")
    row = row_of(need_page, DELFT, REGULAR)
    column = need_page.model.year_column(2026)
    assert cell(need_page.model, row, column) == ""
    assert cell(need_page.model, row, column, Role.ToolTipRole).startswith(
        "Geen raming: geen taakstelling voor 2026."
    )
    assert "Taakstelling statushouders" in need_page.estimate_status.text()


# -- the dialog: every method -----------------------------------------------------------------
def test_status_holders_through_the_dialog(qtbot, window, need_page, dialog_run):
    """Circulaire, the numbers of two half years and the split, typed in the dialog, are
    stored as the taakstelling's parameters; the grid shows 2025 estimated."""
    show_group(need_page, "status_holders")

    def fill(dialog):
        editor = dialog.editor()
        assert editor.method is EstimateMethod.STATUS_HOLDERS_TASK
        type_text(qtbot, editor.circulaire, "Circulaire taakstelling (test)")
        type_text(qtbot, editor.halves["2025-1"], "9.000")
        type_text(qtbot, editor.halves["2025-2"], "9000")
        type_text(qtbot, editor.shares.edits[REGULAR], "75")
        type_text(qtbot, editor.shares.edits[ROOM], "25")

    seen = dialog_run(fill)
    click_make(qtbot, need_page)
    assert seen["message"] == ""
    assert stored(window, "status_holders") == StatusHoldersTask(
        {"2025-1": 9000, "2025-2": 9000},
        "Circulaire taakstelling (test)",
        national_totals()["inhabitants"],
        {REGULAR: 0.75, ROOM: 0.25, HousingType.FLEX: 0},
    )
    row = row_of(need_page, DELFT, REGULAR)
    assert cell(need_page.model, row, need_page.model.year_column(2025), Role.FontRole).italic()


def test_flow_model_per_municipality_through_the_dialog(qtbot, window, need_page, dialog_run):
    """Delft's places, stay and share moving on (the backlog left empty: 0) are stored as
    its flow; the other municipalities have none and stay empty, saying why."""
    show_group(need_page, "homeless")

    def fill(dialog):
        editor = dialog.editor()
        assert editor.method is EstimateMethod.FLOW_MODEL
        model = editor.per_municipality
        for column, text in ((1, "40"), (2, "2"), (3, "50")):
            model.setData(model.index(0, column), text)
        type_text(qtbot, editor.source, "Registratie opvang 2024")
        for housing_type, edit in editor.shares.edits.items():
            type_text(qtbot, edit, "100" if housing_type is REGULAR else "")

    dialog_run(fill)
    click_make(qtbot, need_page)
    parameters = stored(window, "homeless")
    assert parameters.per_municipality == {DELFT: Flow(40, 2, 0.5, 0, 1)}
    assert parameters.region is None and parameters.source == "Registratie opvang 2024"
    row = row_of(need_page, DELFT, REGULAR)
    assert cell(need_page.model, row, need_page.model.year_column(2025)) == "10"
    other = row_of(need_page, THE_HAGUE, REGULAR)
    assert "geen gegevens over plekken" in cell(
        need_page.model, other, need_page.model.year_column(2025), Role.ToolTipRole
    )


def test_flow_model_for_the_region_through_the_dialog(qtbot, window, need_page, dialog_run):
    """One regional flow, shared out with the key: stored as the region's flow, and every
    municipality gets a raming."""
    show_group(need_page, "institution_leavers")

    def fill(dialog):
        editor = dialog.editor()
        qtbot.mouseClick(editor.region_button, Left)
        assert editor.table.model() is editor.region
        for column, text in ((1, "300"), (2, "1,5"), (3, "40"), (4, "30"), (5, "3")):
            editor.region.setData(editor.region.index(0, column), text)
        type_text(qtbot, editor.shares.edits[REGULAR], "100")

    dialog_run(fill)
    click_make(qtbot, need_page)
    parameters = stored(window, "institution_leavers")
    assert parameters.region == Flow(300, 1.5, 0.4, 30, 3) and parameters.per_municipality is None
    column = need_page.model.year_column(2025)
    for code in (DELFT, THE_HAGUE, RIJSWIJK):
        assert cell(need_page.model, row_of(need_page, code, REGULAR), column, Role.FontRole)


def test_the_flow_scope_switches_between_the_tables(qtbot, window, need_page, dialog_run):
    """'Voor de hele regio' shows the region's row, 'Per gemeente' the municipalities again;
    what is stored follows the scope chosen last (the region's figures are not used)."""
    show_group(need_page, "homeless")
    tables = []

    def fill(dialog):
        editor = dialog.editor()
        qtbot.mouseClick(editor.region_button, Left)
        tables.append(editor.table.model().rowCount())
        editor.region.setData(editor.region.index(0, 1), "300")
        qtbot.mouseClick(editor.per_button, Left)
        tables.append(editor.table.model().rowCount())
        for column, text in ((1, "40"), (2, "2"), (3, "50")):
            editor.per_municipality.setData(editor.per_municipality.index(0, column), text)
        type_text(qtbot, editor.shares.edits[REGULAR], "100")

    dialog_run(fill)
    click_make(qtbot, need_page)
    assert tables == [1, 3]
    parameters = stored(window, "homeless")
    assert parameters.region is None and parameters.per_municipality == {DELFT: Flow(40, 2, 0.5)}


def test_the_split_shows_its_sum_as_it_is_typed(qtbot, window, need_page, dialog_run):
    """'Samen: … %' under the shares follows each keystroke; unreadable text hides it."""
    show_group(need_page, "status_holders")
    totals = []

    def fill(dialog):
        shares = dialog.editors[EstimateMethod.STATUS_HOLDERS_TASK].shares
        type_text(qtbot, shares.edits[REGULAR], "60")
        totals.append(shares.total.text())
        type_text(qtbot, shares.edits[ROOM], "40")
        totals.append(shares.total.text())
        type_text(qtbot, shares.edits[ROOM], "veel")
        totals.append(shares.total.text())

    dialog_run(fill, QDialogButtonBox.StandardButton.Cancel)
    click_make(qtbot, need_page)
    assert totals == [
        "Samen: 60,0 % (moet 100 % zijn)",
        "Samen: 100,0 % (moet 100 % zijn)",
        "",
    ]


def test_rate_per_base_through_the_dialog(qtbot, window, need_page, dialog_run):
    """A number per 1,000 households with its source and split, for any group."""
    show_group(need_page, "students")

    def fill(dialog):
        editor = dialog.editor()
        assert editor.method is EstimateMethod.RATE_PER_BASE
        editor.base.setCurrentIndex(editor.base.findData(Base.HOUSEHOLDS.value))
        type_text(qtbot, editor.rate, "2,5")
        type_text(qtbot, editor.source, "Woonmonitor 2024")
        type_text(qtbot, editor.shares.edits[ROOM], "100")

    dialog_run(fill)
    click_make(qtbot, need_page)
    assert stored(window, "students") == RatePerBase(
        Base.HOUSEHOLDS, 2.5, "Woonmonitor 2024", {ROOM: 1.0, HousingType.STUDENT: 0}
    )


# -- the dialog: refused parameters, Cancel ----------------------------------------------------
def _status_holders(circulaire="Circulaire", half="100", shares=("100", "")):
    def fill(dialog):
        editor = dialog.editors[EstimateMethod.STATUS_HOLDERS_TASK]
        editor.circulaire.setText(circulaire)
        editor.halves["2025-1"].setText(half)
        editor.shares.edits[REGULAR].setText(shares[0])
        editor.shares.edits[ROOM].setText(shares[1])

    return "status_holders", fill


def _flow(stay):
    def fill(dialog):
        editor = dialog.editors[EstimateMethod.FLOW_MODEL]
        for column, text in ((1, "10"), (2, stay), (3, "50")):
            editor.per_municipality.setData(editor.per_municipality.index(0, column), text)
        editor.shares.edits[REGULAR].setText("100")

    return "homeless", fill


def _rate(rate, source):
    def fill(dialog):
        dialog.method_combo.setCurrentIndex(
            dialog.method_combo.findData(EstimateMethod.RATE_PER_BASE.value)
        )
        editor = dialog.editor()
        editor.rate.setText(rate)
        editor.source.setText(source)
        editor.shares.edits[HousingType.ZERO_STEP].setText("100")

    return "older_people", fill


def _older(first, last, target="170000"):
    def fill(dialog):
        editor = dialog.editor()
        editor.first_year.setValue(first)
        editor.last_year.setValue(last)
        editor.targets[HousingType.ZERO_STEP].setText(target)

    return "older_people", fill


REFUSED = {
    "no circulaire": (_status_holders(circulaire=" "), "Noem de circulaire"),
    "half year not a number": (_status_holders(half="veel"), "2025-1: 'veel' is geen getal"),
    "shares not 100 %": (_status_holders(shares=("50", "30")), "telt op tot 80,0 %, niet 100 %"),
    "no shares": (_status_holders(shares=("", "")), "De verdeling over woonvormen ontbreekt"),
    "stay of 0 years": (_flow("0"), "de gemiddelde verblijfsduur moet groter dan 0 zijn"),
    "no flow at all": (_flow(""), "Delft, verblijf (jaren): vul dit in."),
    "negative rate": (_rate("-2", "bron"), "Het aantal per 1.000 moet ten minste 0 zijn"),
    "no source": (_rate("2", " "), "Noem de bron van het aantal per 1.000"),
    "years reversed": (_older(2030, 2022), "Het eerste jaar van de opgave ligt na het laatste"),
    "target not whole": (_older(2022, 2030, "1,5"), "'1,5' is geen geheel getal"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_refused_parameters_keep_the_dialog_open_and_change_nothing(
    qtbot, window, need_page, dialog_run, case
):
    """OK with bad parameters: the Dutch reason in the dialog, which stays open; the file is
    byte for byte the same and there is nothing to undo."""
    (code, fill), message = REFUSED[case]
    show_group(need_page, code)
    path = window.session.project.path
    before, steps = path.read_bytes(), window.session.undo_stack.count()
    seen = dialog_run(fill)
    click_make(qtbot, need_page)
    assert message in seen["message"]
    assert seen["dialog"].result() != QDialog.DialogCode.Accepted
    assert path.read_bytes() == before and window.session.undo_stack.count() == steps


def test_the_new_flow_dialog_says_what_is_missing_first(qtbot, window, need_page, dialog_run):
    """An untouched stroommodel asks for a flow before anything else."""
    show_group(need_page, "homeless")
    seen = dialog_run(lambda dialog: None)
    click_make(qtbot, need_page)
    assert "Vul voor ten minste één gemeente" in seen["message"]


def test_cancel_changes_nothing(qtbot, window, need_page, dialog_run):
    """Cancel after filling in a method stores nothing: same bytes, nothing to undo."""
    show_group(need_page, "older_people")
    path = window.session.project.path
    before, steps = path.read_bytes(), window.session.undo_stack.count()
    dialog_run(lambda dialog: None, QDialogButtonBox.StandardButton.Cancel)
    click_make(qtbot, need_page)
    assert path.read_bytes() == before and window.session.undo_stack.count() == steps
    assert stored(window, "older_people") is None


# -- the dialog: what it shows ----------------------------------------------------------------
def test_the_dialog_starts_from_the_stored_estimate_and_follows_the_group(
    qtbot, window, need_page, dialog_run
):
    """Opened on a group with a raming, the dialog shows that method filled in; another
    group shows its own (ouderen: the national target)."""
    estimate(window, "students", RatePerBase(Base.INHABITANTS, 2.5, "Bron", {ROOM: 1.0}))
    show_group(need_page, "students")
    states = []

    def fill(dialog):
        states.append((dialog.method_combo.currentData(), dialog.editor().rate.text()))
        dialog.group_combo.setCurrentIndex(
            dialog.group_combo.findData(group(window, "older_people").id)
        )
        states.append(
            (
                dialog.method_combo.currentData(),
                dialog.editor().targets[HousingType.ZERO_STEP].text(),
            )
        )

    dialog_run(fill, QDialogButtonBox.StandardButton.Cancel)
    click_make(qtbot, need_page)
    assert states == [
        (EstimateMethod.RATE_PER_BASE.value, "2,5"),
        (EstimateMethod.OLDER_PEOPLE_TARGET.value, "170000"),
    ]


def test_the_formula_follows_the_parameters_as_they_are_typed(qtbot, window, need_page, dialog_run):
    """The formula in words changes with each field; half-typed parameters say what is
    still missing; 'Cijfers van het programma terugzetten' brings the programme's back."""
    show_group(need_page, "older_people")
    formulas = []

    def fill(dialog):
        editor = dialog.editor()
        type_text(qtbot, editor.targets[HousingType.ZERO_STEP], "85000")
        formulas.append(dialog.formula.toPlainText())
        type_text(qtbot, editor.targets[HousingType.ZERO_STEP], "veel")
        formulas.append(dialog.formula.toPlainText())
        qtbot.mouseClick(editor.programme_button, Left)
        formulas.append(dialog.formula.toPlainText())

    dialog_run(fill, QDialogButtonBox.StandardButton.Cancel)
    click_make(qtbot, need_page)
    assert "nultredenwoning 85.000" in formulas[0]
    assert formulas[1].startswith("Nog niet compleet: ")
    assert "nultredenwoning 170.000" in formulas[2]


def test_the_dialog_warns_about_housing_types_the_group_does_not_use(
    qtbot, window, need_page, dialog_run
):
    """The ouderen target for a group without those housing types: the formula says that
    part will not count, and which of the group's housing types stay empty."""
    show_group(need_page, "homeless")

    def fill(dialog):
        dialog.method_combo.setCurrentIndex(
            dialog.method_combo.findData(EstimateMethod.OLDER_PEOPLE_TARGET.value)
        )

    seen = dialog_run(fill, QDialogButtonBox.StandardButton.Cancel)
    click_make(qtbot, need_page)
    assert "gebruikt nultredenwoning, geclusterd met verpleegzorg niet" in seen["formula"]
    assert "Zelfstandig regulier" in seen["formula"] and "blijft leeg" in seen["formula"]


# -- removing, zero fill, read-only --------------------------------------------------------
def test_remove_estimate_is_one_undoable_step(qtbot, window, need_page):
    """Raming verwijderen is offered only for a group with a raming; it empties the cells
    that showed it, and undo brings it back."""
    show_group(need_page, "older_people")
    assert not need_page.remove_button.isEnabled()
    estimate(window, "older_people", store.default_estimate("older_people"))
    assert need_page.remove_button.isEnabled()
    column = need_page.model.year_column(2025)
    raming = cell(need_page.model, 0, column)
    qtbot.mouseClick(need_page.remove_button, Left)
    assert stored(window, "older_people") is None
    assert cell(need_page.model, 0, column) == "" and not need_page.remove_button.isEnabled()
    window.session.undo_stack.undo()
    assert cell(need_page.model, 0, column) == raming


def test_zero_fill_leaves_ramingen_alone(qtbot, window, need_page):
    """'Lege cellen op 0' for the group sets only the cells that show nothing; those with
    a raming keep it (in the grid's selection too)."""
    estimate(
        window,
        "status_holders",
        StatusHoldersTask({"2025-1": 1000, "2025-2": 1000}, "Circulaire", 18_000_000, {REGULAR: 1}),
    )
    chosen = show_group(need_page, "status_holders")
    row = row_of(need_page, DELFT, REGULAR)
    first = need_page.model.year_column(2025)
    select_block(qtbot, need_page.view, row, first, row, first)
    before = need_page.window().session.project.path.read_bytes()
    need_page.view.zero_selection()
    assert need_page.window().session.project.path.read_bytes() == before
    need_page.zero_actions["group"].trigger()
    typed = {
        (s.municipality_code, s.housing_type, y): v
        for s in figures.need_series(window.session.project, chosen.id)
        for y, v in s.values.items()
    }
    assert (DELFT, REGULAR, 2025) not in typed and typed[(DELFT, REGULAR, 2026)] == 0
    assert typed[(DELFT, ROOM, 2025)] == 0  # the raming leaves kamers out: they were empty
    assert cell(need_page.model, row, first, Role.FontRole).italic()


def test_a_read_only_vision_offers_no_estimate_buttons(qtbot, launcher, project):
    """Read-only: no Raming maken, no Raming verwijderen, no adding or deleting scenarios;
    choosing the scenario shown still works (it changes nothing in the file)."""
    path = project.path
    store.set_estimate(
        project,
        store.find_scenario(project).id,
        group_id_of(project),
        store.default_estimate("older_people"),
    )
    project.close()
    window = launcher.open_file(path, readonly=True)
    qtbot.waitExposed(window)
    page = go_to(qtbot, window, Step.NEED)
    show_group(page, "older_people")
    assert not page.estimate_button.isEnabled() and not page.remove_button.isEnabled()
    bar = page.scenario_bar
    assert bar.combo.isEnabled()
    assert not any(a.isEnabled() for a in (bar.add_action, bar.rename_action, bar.delete_action))


def group_id_of(project, code: str = "older_people") -> int:
    return next(g.id for g in list_target_groups(project) if g.code == code)


def test_the_help_explains_ramingen_and_scenarios(qtbot, window, need_page):
    """The need step's help panel explains Raming maken and scenarios."""
    html = help_page(need_page, window.session)
    assert "Raming maken" in html and "Scenario" in html
    assert "Vergelijk met scenario" in help_page(go_to(qtbot, window, Step.GAP), window.session)


def test_flow_model_keeps_flows_of_municipalities_no_longer_in_the_vision(
    qtbot, window, need_page, dialog_run
):
    """Editing a stroommodel that has a flow for a municipality the vision no longer has
    keeps that flow (it is not shown, and not silently dropped)."""
    gone = Flow(5, 1, 1, 0, 1)
    estimate(
        window,
        "homeless",
        FlowModel({REGULAR: 1.0}, per_municipality={"GM0629": gone, DELFT: Flow(8, 2, 0.5)}),
    )
    show_group(need_page, "homeless")
    dialog_run(lambda dialog: None)
    click_make(qtbot, need_page)
    assert stored(window, "homeless").per_municipality == {"GM0629": gone, DELFT: Flow(8, 2, 0.5)}


def test_status_holders_keep_half_years_outside_the_plan_period(
    qtbot, window, need_page, dialog_run
):
    """A taakstelling with a half year the plan period no longer covers keeps it when the
    dialog stores the estimate again (it is not shown, and not silently dropped)."""
    stored_task = StatusHoldersTask(
        {"2019-1": 500, "2025-1": 1000}, "Circulaire", 18_000_000, {REGULAR: 1.0}
    )
    estimate(window, "status_holders", stored_task)
    show_group(need_page, "status_holders")
    shown = {}

    def fill(dialog):
        editor = dialog.editor()
        shown.update({p: e.text() for p, e in editor.halves.items() if e.text()})

    dialog_run(fill)
    click_make(qtbot, need_page)
    assert shown == {"2025-1": "1000"}
    assert stored(window, "status_holders").half_years == {"2019-1": 500, "2025-1": 1000}
