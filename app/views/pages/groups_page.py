"""Step 3: the aandachtsgroepen: switch on or off, own groups, housing types and support."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.models import HousingType, SupportLevel
from app.services import target_groups as groups
from app.services.edits import Topic
from app.services.edits import records as record_edits
from app.services.steps import Step
from app.views.labels import label, vocab
from app.views.models.row_model import Column, RowTableModel
from app.views.pages.base import StepPage


def group_name(group) -> str:
    """A group's name in the interface language (own groups as typed)."""
    return vocab(group.label) if group.is_standard else group.label


class GroupsPage(StepPage):
    """The catalogue of target groups for this vision."""

    step = Step.GROUPS
    topics = frozenset({Topic.GROUPS})

    def intro(self) -> str:
        return self.tr(
            "Vink aan voor welke groepen de visie geldt en kies per groep de "
            "woonvormen en begeleiding die passen."
        )

    def __init__(self, session, parent=None):
        super().__init__(session, parent)
        self.add_heading()
        self.model = RowTableModel(self._columns(), self)
        splitter = QSplitter()
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._details())
        splitter.setSizes([520, 400])
        self.layout_.addWidget(splitter, 1)

    # -- layout -------------------------------------------------------------------------
    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("Aan"), lambda g: g.active, edit=self._set_active, checkable=True),
            Column(
                self.tr("Aandachtsgroep"),
                group_name,
                edit=self._rename,
                italic=lambda g: not g.is_standard,
                tooltip=self._kind_tooltip,
            ),
            Column(
                self.tr("Verplicht urgent"),
                lambda g: g.mandatory_urgency,
                text=lambda g: self.tr("ja") if g.mandatory_urgency else "",
            ),
        ]

    def _kind_tooltip(self, group) -> str:
        if group.is_standard:
            return self.tr("standaardgroep")
        return self.tr("eigen groep (schuin gedrukt)")

    def _build_list(self) -> QWidget:
        """The table of groups with the buttons for own groups."""
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Aandachtsgroepen"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.add_button = QPushButton(self.tr("Eigen groep &toevoegen…"))
        self.add_button.clicked.connect(self.add_group)
        self.delete_button = QPushButton(self.tr("Eigen groep &verwijderen"))
        self.delete_button.clicked.connect(self.delete_group)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        left_layout.addLayout(buttons)
        return left

    def _details(self) -> QWidget:
        box = QGroupBox(self.tr("Omschrijving, woonvormen en begeleiding"))
        layout = QVBoxLayout(box)
        self.definition = QPlainTextEdit()
        self.definition.setAccessibleName(self.tr("Omschrijving van de groep"))
        self.definition.setMaximumHeight(110)
        self.definition_note = QLabel()
        self.definition_note.setWordWrap(True)
        layout.addWidget(self.definition)
        layout.addWidget(self.definition_note)
        self.type_boxes: dict[HousingType, QCheckBox] = {}
        self.level_boxes: dict[SupportLevel, QCheckBox] = {}
        types = QGroupBox(self.tr("Woonvormen"))
        grid = QGridLayout(types)
        types_note = QLabel(
            self.tr(
                "Alleen voor deze woonvormen vraagt Thuisplan woonbehoefte en aanbod; "
                "elk ervan moet zijn ingevuld (0 mag) voordat de opgave bekend is."
            )
        )
        types_note.setWordWrap(True)
        grid.addWidget(types_note, 0, 0, 1, 2)
        for i, housing_type in enumerate(HousingType):
            box_ = QCheckBox(label(housing_type))
            box_.toggled.connect(self._save_types)
            self.type_boxes[housing_type] = box_
            grid.addWidget(box_, 1 + i // 2, i % 2)
        levels = QGroupBox(self.tr("Begeleidingsniveaus"))
        row = QHBoxLayout(levels)
        for level in SupportLevel:
            box_ = QCheckBox(label(level))
            box_.toggled.connect(self._save_types)
            self.level_boxes[level] = box_
            row.addWidget(box_)
        layout.addWidget(types)
        layout.addWidget(levels)
        layout.addStretch(1)
        self.definition.installEventFilter(self)
        return box

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.definition and event.type() == event.Type.FocusOut:
            self._save_definition()
        return super().eventFilter(watched, event)

    def current(self):
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_changed(self, _current, _previous) -> None:
        self._show_details()

    def _show_details(self) -> None:
        group = self.current()
        enabled = group is not None and not self.session.readonly
        self._loading = True
        self.definition.setPlainText(
            ""
            if group is None
            else (vocab(group.definition) if group.is_standard else group.definition)
        )
        self.definition.setReadOnly(group is None or group.is_standard)
        self.definition_note.setText(
            self.tr(
                "De omschrijving van een standaardgroep komt uit het programma 'Een thuis "
                "voor iedereen'."
            )
            if group is not None and group.is_standard
            else ""
        )
        for member, box_ in [*self.type_boxes.items(), *self.level_boxes.items()]:
            box_.setEnabled(enabled)
            box_.setChecked(
                group is not None
                and (member in group.housing_types or member in group.support_levels)
            )
        self.delete_button.setEnabled(enabled and not group.is_standard)
        self._loading = False

    def _save_types(self) -> None:
        group = self.current()
        if group is None or getattr(self, "_loading", False):
            return
        types = [t for t, b in self.type_boxes.items() if b.isChecked()]
        levels = [s for s, b in self.level_boxes.items() if b.isChecked()]
        if not self._confirm_dropped_types(group, types) or not self._update(
            group,
            self.tr("Woonvormen van {0} wijzigen").format(group_name(group)),
            housing_types=types,
            support_levels=levels,
        ):
            self._show_details()  # the boxes show what is stored

    def _confirm_dropped_types(self, group, types) -> bool:
        """Switching off a housing type that has figures: they stop counting (and are
        kept); ask before, naming how many."""
        outside = groups.figures_outside(self.session.project, group.id, types)
        dropped = {t: n for t, n in outside.items() if t in group.housing_types}
        if not dropped:
            return True
        listed = ", ".join(
            self.tr("{0} ({1} cijfers)").format(label(t).lower(), n) for t, n in dropped.items()
        )
        answer = QMessageBox.question(
            self,
            self.tr("Woonvorm uitzetten"),
            self.tr(
                "{0} heeft ingevulde cijfers bij: {1}. Die tellen niet meer mee zolang de "
                "woonvorm uit staat; ze blijven bewaard en tellen weer mee als u hem weer "
                "aanzet. Doorgaan?"
            ).format(group_name(group), listed),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save_definition(self) -> None:
        group = self.current()
        if group is None or group.is_standard or self.definition.toPlainText() == group.definition:
            return
        self._update(
            group, self.tr("Omschrijving wijzigen"), definition=self.definition.toPlainText()
        )

    def _update(self, group, text: str, **fields) -> bool:
        edit = record_edits.update_group(self.session.project, group.id, text, **fields)
        return self.session.perform(edit, self.step)

    def _rename(self, group, value) -> bool:
        if group.is_standard:
            self.session.error.emit(
                self.tr(
                    "De naam van een standaardgroep ligt vast; voeg een "
                    "eigen groep toe voor een andere indeling."
                )
            )
            return False
        return self._update(group, self.tr("Groep hernoemen"), label=str(value))

    def _set_active(self, group, active: bool) -> bool:
        text = self.tr("{0} aanzetten") if active else self.tr("{0} uitzetten")
        edit = record_edits.set_group_active(
            self.session.project, group.id, active, text.format(group_name(group))
        )
        return self.session.perform(edit, self.step)

    def add_group(self) -> None:
        """Ask for a name and add an own group (undoable)."""
        name, ok = QInputDialog.getText(
            self, self.tr("Eigen groep toevoegen"), self.tr("Naam van de groep:")
        )
        if ok and name.strip():
            edit = record_edits.add_custom_group(
                self.session.project, name, self.tr("Eigen groep toevoegen")
            )
            self.session.perform(edit, self.step)

    def delete_group(self) -> None:
        """Delete the selected own group with its figures (undoable)."""
        group = self.current()
        if group is None or group.is_standard:
            return
        edit = record_edits.delete_custom_group(
            self.session.project, group.id, self.tr("Groep {0} verwijderen").format(group.label)
        )
        self.session.perform(edit, self.step)

    def refresh(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(groups.list_target_groups(self.session.project))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            1, self.table.horizontalHeader().ResizeMode.Stretch
        )
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 1))
        self._show_details()
        self.add_button.setEnabled(not self.session.readonly)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if self.session.readonly
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
