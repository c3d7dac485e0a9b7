"""Raming maken: estimate a group's need in the scenario shown, with a documented method.

The dialog shows the method's fields beside its formula in words (live, as the parameters
change). OK stores the estimate as one undoable step; refused parameters keep the dialog
open with the reason, and nothing changes. Only cells nobody typed a need for take the
estimate: that is the services' rule, whatever the dialog does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
)

from app.models import EstimateMethod, HousingType
from app.services import municipalities
from app.services import target_groups as groups
from app.services.dto import TargetGroupInfo
from app.services.edits import estimates as estimate_edits
from app.services.errors import ValidationError
from app.services.estimates import store
from app.services.estimates.older_people import OlderPeopleTarget
from app.services.estimates.parameters import Parameters, describe, method_of
from app.services.steps import Step
from app.services.vision_read import get_vision
from app.views.estimate_editors import EDITORS, EstimateContext, MethodEditor
from app.views.labels import label
from app.views.pages.groups_page import group_name
from app.views.session import VisionSession
from app.views.widgets.compact import compact_combo
from app.views.widgets.message_bar import MessageBar

# The method a group is best estimated with when it has none yet (only ouderen's works
# without figures from the user: store.default_estimate).
SUGGESTED = {
    "older_people": EstimateMethod.OLDER_PEOPLE_TARGET,
    "status_holders": EstimateMethod.STATUS_HOLDERS_TASK,
    "homeless": EstimateMethod.FLOW_MODEL,
    "institution_leavers": EstimateMethod.FLOW_MODEL,
    "detention_leavers": EstimateMethod.FLOW_MODEL,
}


class EstimateDialog(QDialog):
    """Choose a group and a method, fill in its parameters, see the formula, store it."""

    def __init__(self, session: VisionSession, group_id: int | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Raming maken"))
        self.session = session
        self.scenario = session.scenario()
        project = session.project
        self.groups = groups.list_target_groups(project, active_only=True)
        self.places = [(m.code, m.name) for m in municipalities.list_municipalities(project)]
        self.years = get_vision(project).years
        self.editors: dict[EstimateMethod, MethodEditor] = {}
        layout = QHBoxLayout()
        layout.addLayout(self._build_choices(group_id), 3)
        layout.addLayout(self._build_formula(), 2)
        self.message = MessageBar()
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(self.message)
        outer.addWidget(self._build_buttons())
        self.resize(1040, 620)
        self._group_changed()

    # -- layout -------------------------------------------------------------------------
    def _build_choices(self, group_id: int | None) -> QVBoxLayout:
        """The group, the scenario, the method and the method's fields."""
        self.group_combo = compact_combo(QComboBox(), 16)
        for group in self.groups:
            self.group_combo.addItem(group_name(group), group.id)
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(group_id), 0))
        self.group_combo.currentIndexChanged.connect(self._group_changed)
        self.method_combo = compact_combo(QComboBox(), 20)
        for method in EstimateMethod:
            self.method_combo.addItem(label(method), method.value)
        self.method_combo.currentIndexChanged.connect(self._method_changed)
        form = QFormLayout()
        form.addRow(self.tr("&Aandachtsgroep:"), self.group_combo)
        scenario = QLabel(self.scenario.name)
        scenario.setTextFormat(Qt.TextFormat.PlainText)  # a name, never markup
        form.addRow(self.tr("Scenario:"), scenario)
        form.addRow(self.tr("&Methode:"), self.method_combo)
        self.stack = QStackedWidget()
        scroll = QScrollArea()
        scroll.setWidget(self.stack)
        scroll.setWidgetResizable(True)
        column = QVBoxLayout()
        column.addLayout(form)
        column.addWidget(scroll, 1)
        return column

    def _build_formula(self) -> QVBoxLayout:
        """The formula in words with the parameters and their sources, as the documents
        will give it, and what an estimate does to the grid."""
        self.formula = QPlainTextEdit()
        self.formula.setReadOnly(True)
        self.formula.setAccessibleName(self.tr("Formule en parameters"))
        rule = QLabel(
            self.tr(
                "Alleen lege cellen krijgen de raming: wat u zelf invulde, blijft staan. Een "
                "raming staat schuin op lichtblauw; typ een getal om haar te vervangen."
            )
        )
        rule.setWordWrap(True)
        column = QVBoxLayout()
        column.addWidget(QLabel(self.tr("<b>Formule en parameters</b>")))
        column.addWidget(self.formula, 1)
        column.addWidget(rule)
        return column

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Raming &opslaan"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        return buttons

    # -- state --------------------------------------------------------------------------
    def group(self) -> TargetGroupInfo:
        return self.groups[max(self.group_combo.currentIndex(), 0)]

    def editor(self) -> MethodEditor:
        return self.editors[EstimateMethod(self.method_combo.currentData())]

    def _group_changed(self, *_args) -> None:
        """New fields for the group (its housing types), filled from its stored estimate,
        else the default estimate, else empty with the method that suits the group."""
        group = self.group()
        self._replace_editors(group)
        stored = self._stored(group)
        method = method_of(stored) if stored else SUGGESTED.get(group.code)
        for editor in self.editors.values():
            editor.load(stored if stored and editor.method is method_of(stored) else None)
        self.method_combo.blockSignals(True)
        self.method_combo.setCurrentIndex(
            self.method_combo.findData((method or EstimateMethod.RATE_PER_BASE).value)
        )
        self.method_combo.blockSignals(False)
        self._method_changed()

    def _stored(self, group: TargetGroupInfo) -> Parameters | None:
        """The group's estimate in this scenario, else Thuisplan's default one."""
        found = next(
            (
                e
                for e in store.list_estimates(self.session.project, self.scenario.id)
                if e.group_id == group.id
            ),
            None,
        )
        if found is not None and found.parameters is not None:
            return found.parameters
        return store.default_estimate(group.code)

    def _replace_editors(self, group: TargetGroupInfo) -> None:
        while self.stack.count():
            old = self.stack.widget(0)
            self.stack.removeWidget(old)
            old.deleteLater()
        context = EstimateContext(group, self.places, self.years)
        self.editors = {method: EDITORS[method](context) for method in EstimateMethod}
        for editor in self.editors.values():
            editor.changed.connect(self.show_formula)
            self.stack.addWidget(editor)

    def _method_changed(self, *_args) -> None:
        self.stack.setCurrentWidget(self.editor())
        self.show_formula()

    def show_formula(self) -> None:
        """The formula and parameters as they stand, or what is still missing."""
        try:
            parameters = self._parameters()
        except ValidationError as error:
            self.formula.setPlainText(self.tr("Nog niet compleet: {0}").format(error))
            return
        names = dict(self.places)
        lines = describe(parameters, names) + self._type_notes(parameters)
        self.formula.setPlainText("\n\n".join(lines))

    def _parameters(self) -> Parameters:
        parameters = self.editor().parameters()
        parameters.check()
        return parameters

    def _type_notes(self, parameters: Parameters) -> list[str]:
        """Housing types the estimate fills that the group does not use, and the reverse."""
        group = self.group()
        if isinstance(parameters, OlderPeopleTarget):
            produced = set(parameters.targets)
        else:
            produced = set(parameters.shares)
        used = set(group.housing_types)
        notes = []
        if produced - used:
            notes.append(
                self.tr(
                    "Let op: {0} gebruikt {1} niet; dat deel van de raming telt niet mee. De "
                    "woonvormen van een groep kiest u in stap Aandachtsgroepen."
                ).format(group_name(group), _names(produced - used))
            )
        if used - produced:
            note = self.tr("{0} krijgt geen raming en blijft leeg (onbekend).")
            notes.append(_sentence(note.format(_names(used - produced))))
        return notes

    # -- storing ------------------------------------------------------------------------
    def save(self) -> None:
        """Store the estimate (one undoable step) and close; a refusal keeps the dialog
        open with the reason and changes nothing."""
        try:
            parameters = self._parameters()
        except ValidationError as error:
            self.message.show_error(str(error))
            return
        group = self.group()
        text = self.tr("Raming {0} opslaan").format(group_name(group))
        edit = estimate_edits.set_estimate(
            self.session.project, self.scenario.id, group.id, parameters, text
        )
        if self.session.perform(edit, Step.NEED, on_error=self.message.show_error):
            self.accept()


def _names(housing_types: set[HousingType]) -> str:
    return ", ".join(label(t).lower() for t in HousingType if t in housing_types)


def _sentence(text: str) -> str:
    """Text that starts with a housing type's name ('zelfstandig regulier …') as a sentence."""
    return text[:1].upper() + text[1:]
