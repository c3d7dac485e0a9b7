"""The scenario chooser: which scenario's estimates every screen shows (the choice lives in
the session, so each step's bar shows the same one), and adding, renaming and deleting
scenarios, each one undoable step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.edits import Changes, Topic
from app.services.edits import estimates as estimate_edits
from app.services.estimates.store import ScenarioInfo, list_scenarios
from app.views.session import VisionSession
from app.views.widgets.compact import compact_combo
from app.views.widgets.message_bar import MessageBar


class ScenarioBar(QWidget):
    """'Scenario: [basis ▾] [Scenario's ▾]' for a page; `step` is where undo returns to."""

    def __init__(self, session: VisionSession, step: str, parent=None):
        super().__init__(parent)
        self.session = session
        self.step = step
        self.combo = compact_combo(QComboBox(), 12)
        self.combo.setAccessibleName(self.tr("Scenario"))
        self.combo.setToolTip(
            self.tr(
                "Welk scenario's ramingen elk scherm en elk document toont. Ingevulde cijfers "
                "zijn in elk scenario gelijk; alleen ramingen verschillen."
            )
        )
        self.combo.activated.connect(self._chosen)
        caption = QLabel(self.tr("S&cenario:"))
        caption.setBuddy(self.combo)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(caption)
        row.addWidget(self.combo)
        row.addWidget(self._manage_button())
        session.changed.connect(self._on_changed)
        self.refresh()

    def _manage_button(self) -> QPushButton:
        button = QPushButton(self.tr("Scenario's"))
        menu = QMenu(button)
        self.add_action = menu.addAction(self.tr("Scenario &toevoegen…"))
        self.rename_action = menu.addAction(self.tr("Naam &wijzigen…"))
        self.delete_action = menu.addAction(self.tr("Scenario &verwijderen"))
        self.add_action.triggered.connect(self.add)
        self.rename_action.triggered.connect(self.rename)
        self.delete_action.triggered.connect(self.delete)
        button.setMenu(menu)
        button.setToolTip(
            self.tr("Een scenario toevoegen (leeg of als kopie), hernoemen of verwijderen.")
        )
        self.manage_button = button
        return button

    def current(self) -> ScenarioInfo:
        return self.session.scenario()

    def refresh(self) -> None:
        """List the scenarios and select the one shown."""
        current = self.current()
        self.combo.blockSignals(True)
        self.combo.clear()
        for scenario in list_scenarios(self.session.project):
            self.combo.addItem(scenario.name, scenario.id)
        self.combo.setCurrentIndex(max(self.combo.findData(current.id), 0))
        self.combo.blockSignals(False)
        writable = not self.session.readonly
        self.add_action.setEnabled(writable)
        self.rename_action.setEnabled(writable)
        self.delete_action.setEnabled(writable and not current.is_base)

    def _on_changed(self, made: Changes) -> None:
        # Scenarios change with estimates (never cell by cell); a typed figure does not.
        if made.concerns({Topic.NEED}) and made.cells is None:
            self.refresh()

    def _chosen(self, index: int) -> None:
        self.session.choose_scenario(self.combo.itemData(index))

    def add(self) -> None:
        """A new scenario (empty, or a copy of another's estimates), then shown."""
        dialog = NewScenarioDialog(self.session, self.step, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.session.choose_scenario(dialog.created.id)

    def rename(self) -> None:
        current = self.current()
        name, ok = QInputDialog.getText(
            self,
            self.tr("Scenario hernoemen"),
            self.tr("Nieuwe naam van scenario '{0}':").format(current.name),
            QLineEdit.EchoMode.Normal,
            current.name,
        )
        if ok and name.strip() and name.strip() != current.name:
            edit = estimate_edits.rename_scenario(
                self.session.project, current.id, name, self.tr("Scenario hernoemen")
            )
            self.session.perform(edit, self.step)

    def delete(self) -> None:
        """Delete the scenario shown with its estimates (not the base one); undoable."""
        current = self.current()
        if current.is_base:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Scenario verwijderen"),
            self.tr(
                "Scenario '{0}' met zijn ramingen verwijderen? Ingevulde cijfers blijven "
                "staan; met Ongedaan maken komt het scenario terug."
            ).format(current.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            edit = estimate_edits.delete_scenario(
                self.session.project, current.id, self.tr("Scenario verwijderen")
            )
            self.session.perform(edit, self.step)


class NewScenarioDialog(QDialog):
    """The name of a new scenario and whose estimates it starts with; OK adds it (one
    undoable step), a refused name keeps the dialog open with the reason."""

    def __init__(self, session: VisionSession, step: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scenario toevoegen"))
        self.session = session
        self.step = step
        self.created: ScenarioInfo | None = None
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("bijvoorbeeld: ambitieus"))
        self.copy_combo = QComboBox()
        self.copy_combo.addItem(self.tr("geen: een leeg scenario"), None)
        for scenario in list_scenarios(session.project):
            self.copy_combo.addItem(scenario.name, scenario.id)
        self.copy_combo.setCurrentIndex(self.copy_combo.findData(session.scenario().id))
        form = QFormLayout()
        form.addRow(self.tr("&Naam:"), self.name_edit)
        form.addRow(self.tr("&Ramingen overnemen van:"), self.copy_combo)
        self.message = MessageBar()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def save(self) -> None:
        edit = estimate_edits.add_scenario(
            self.session.project,
            self.name_edit.text(),
            self.copy_combo.currentData(),
            self.tr("Scenario toevoegen"),
        )
        if self.session.perform(edit, self.step, on_error=self.message.show_error):
            self.created = edit.result
            self.accept()
