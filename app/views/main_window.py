"""The main window of one open vision: step sidebar, the step's page, help panel, Back/Next."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QFont, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.services.steps import Status, Step
from app.storage import ProjectFileError, copy_project_file, open_project_file
from app.views import settings
from app.views.help_texts import help_page
from app.views.pages import (
    STEPS,
    create_page,
    import_all_pages,
    import_page,
    loads_at_once,
    step_title,
)
from app.views.session import VisionSession
from app.views.thread_safety import import_database_layer
from app.views.widgets.loading_page import LoadingPage
from app.views.widgets.status_icons import pending_icon, status_icon
from app.views.worker import Task, start


class MainWindow(QMainWindow):
    """Window for one vision.

    Signals:
        open_requested(Path): the user asked to open a file (menu, drop).
        new_requested(): the user asked for a new vision.
        example_requested(): the user asked for the example vision.
        overview_requested(): the user asked for the overview over many visions.
        language_changed(str): the user picked an interface language.
        dashboard_requested(): the user asked for "Sociale huur in Nederland".
    """

    open_requested = Signal(Path)
    new_requested = Signal()
    example_requested = Signal()
    overview_requested = Signal()
    language_changed = Signal(str)
    dashboard_requested = Signal()
    quit_requested = Signal()

    def __init__(self, session: VisionSession):
        super().__init__()
        self.session = session
        self.setAcceptDrops(True)
        self.steps: list[str] = list(STEPS)
        self._pages: dict[str, QWidget] = {}  # made when their step is first shown
        self._stand_in: LoadingPage | None = None  # the first step while its page loads
        self._plausibility: QWidget | None = None  # the Controle window, once asked for
        self._build_layout()
        self._build_menus()
        session.changed.connect(self._refresh_statuses)
        session.navigate.connect(self.show_step)
        session.error.connect(self._show_error)
        session.unreachable.connect(self._offer_save_elsewhere)
        session.undo_stack.cleanChanged.connect(self._update_title)
        session.project_replaced.connect(self._file_replaced)
        self._statuses = {}
        self._background_started = False  # once the window is on screen
        self._preparing = False  # the need grid is made ahead, once the window settled
        self._status_generation = 0
        self._closed = False
        self._update_title()
        saved = settings.geometry("main")
        if saved is not None:
            self.restoreGeometry(saved)
        else:
            self._first_size()
        last = settings.last_step(session.project.path)
        self._remembered_step = last  # what the settings hold for this file
        self._remember_timer = QTimer(self)  # see _remember_step
        self._remember_timer.setSingleShot(True)
        self._remember_timer.setInterval(REMEMBER_STEP_DELAY_MS)
        self._remember_timer.timeout.connect(self._remember_step)
        first = last if last in self.steps else self.steps[0]
        if loads_at_once(first):
            self.page(first, opening=True)  # shown at once, its calculations behind it
        else:
            self._load_first_page(first)
        self.show_step(first)

    def _first_size(self) -> None:
        """The first start: 1280 × 760 where the screen has room; on a small laptop (such as
        1366 × 768 with a taskbar) the whole available screen, never beyond it."""
        screen = self.screen() or QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        if room is None or (room.width() >= 1320 and room.height() >= 820):
            self.resize(1280, 760)
            return
        self.setGeometry(room)
        self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._background_started:
            # Once the window is painted: started sooner, the background work would compete
            # with the first paint for the interpreter.
            QTimer.singleShot(0, self, self._start_background_work)

    def _start_background_work(self) -> None:
        """The statuses need every calculation: the session computes them in the background
        while the first step is on screen, the statuses follow. Meanwhile the other steps'
        modules load, so opening one later only builds its widgets."""
        if self._background_started or not self.isVisible():
            return
        self._background_started = True
        self.session.analysis_ready.connect(self._analysis_ready)
        if self.session.request_analysis() is not None:
            self._analysis_ready()
        start(Task(_import_all_pages, keeps=True))  # modules stay loaded

    def _analysis_ready(self) -> None:
        """Work the statuses out in the background, once the step on screen has been filled
        (it goes first: the user is looking at it)."""
        page = self.current_page()
        if getattr(page, "filling", False):
            page.filled.connect(self._analysis_ready, Qt.ConnectionType.SingleShotConnection)
            return
        analysis = self.session.ready_analysis()
        if self._closed or analysis is None:
            return  # an edit came first; the next calculation brings the statuses
        self._status_generation = self.session.generation
        task = self.session.run_in_background(
            Task(partial(_statuses, self.session.project, analysis), keeps=True)
        )
        # A bound method: Qt drops the connection, and a result on its way, with the window.
        task.signals.finished.connect(self._statuses_ready)

    # -- layout -------------------------------------------------------------------------
    def _build_layout(self) -> None:
        self.splitter = QSplitter()
        self.splitter.addWidget(self._build_sidebar())
        self.splitter.addWidget(self._build_centre())
        self.splitter.addWidget(self._build_help_panel())
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([210, 840, 280])
        self.setCentralWidget(self.splitter)

    def _build_sidebar(self) -> QListWidget:
        """The steps, numbered, each with its status icon."""
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Stappen"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setSpacing(2)
        for number, step in enumerate(self.steps, start=1):
            # A no-break space: the number never ends a line on its own
            item = QListWidgetItem(f"{number}.\u00a0{step_title(step)}")
            item.setData(Qt.ItemDataRole.UserRole, step)
            item.setIcon(pending_icon())
            self.sidebar.addItem(item)
        self.sidebar.currentRowChanged.connect(self._on_row_changed)
        self.sidebar.setWordWrap(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setMinimumWidth(170)
        return self.sidebar

    def _build_centre(self) -> QWidget:
        """The step's page above Back, the step's status and Next."""
        self.stack = QStackedWidget()
        for _step in self.steps:
            self.stack.addWidget(QWidget())  # stands in until the step is first shown
        self.back_button = QPushButton(self.tr("« V&orige"))
        self.next_button = QPushButton(self.tr("&Volgende »"))
        self.back_button.clicked.connect(self._go_back)
        self.next_button.clicked.connect(self._go_forward)
        self.step_status = QLabel()
        self.step_status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.step_status, 1)
        buttons.addWidget(self.next_button)
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 6)
        centre_layout.addWidget(self.stack, 1)
        centre_layout.addLayout(buttons)
        return centre

    def _build_help_panel(self) -> QTextBrowser:
        self.help_panel = QTextBrowser()
        self.help_panel.setAccessibleName(self.tr("Uitleg"))
        self.help_panel.setOpenExternalLinks(True)
        self.help_panel.setMinimumWidth(200)
        return self.help_panel

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_steps_menu()
        self._build_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Sneltoetsen"), self._show_shortcuts)
        self._action(help_menu, self.tr("&Over Thuisplan"), self.show_about)

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self._action(
            file_menu,
            self.tr("&Nieuwe woonzorgvisie…"),
            self.new_requested.emit,
            QKeySequence.StandardKey.New,
        )
        self._action(
            file_menu, self.tr("&Openen…"), self._open_dialog, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, self.tr("&Voorbeeld openen"), self.example_requested.emit)
        self._action(
            file_menu, self.tr("Overzicht van &meerdere visies…"), self.overview_requested.emit
        )
        self._action(
            file_menu, self.tr("Opslaan &als…"), self.save_as, QKeySequence("Ctrl+Shift+S")
        )
        file_menu.addSeparator()
        self.recent_menu = file_menu.addMenu(self.tr("&Recente bestanden"))
        self.recent_menu.setToolTipsVisible(True)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Sluiten"), self.close, QKeySequence.StandardKey.Close)
        self._action(
            file_menu, self.tr("&Afsluiten"), self.quit_requested.emit, QKeySequence("Ctrl+Q")
        )

    def _fill_recent_menu(self) -> None:
        """The files opened last, newest first; one that is gone is shown but disabled."""
        self.recent_menu.clear()
        files = settings.recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path.name}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.setEnabled(path.is_file())
            action.triggered.connect(partial(self.open_requested.emit, path))
        if not files:
            self.recent_menu.addAction(self.tr("(nog geen)")).setEnabled(False)

    def _build_edit_menu(self) -> None:
        edit_menu = self.menuBar().addMenu(self.tr("Be&werken"))
        undo = self.session.undo_stack.createUndoAction(self, self.tr("&Ongedaan maken"))
        undo.setShortcuts([QKeySequence("Ctrl+Z")])
        redo = self.session.undo_stack.createRedoAction(self, self.tr("O&pnieuw"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        self.undo_action, self.redo_action = undo, redo
        edit_menu.addSeparator()
        self.norms_action = self._action(
            edit_menu, self.tr("&Normen en verplicht urgenten…"), self.show_norms
        )

    def _build_steps_menu(self) -> None:
        """Back, Next, and a numbered action per step (its step in the action's data)."""
        steps_menu = self.menuBar().addMenu(self.tr("&Stappen"))
        self._action(steps_menu, self.tr("&Vorige stap"), self._go_back, QKeySequence("Alt+Left"))
        self._action(
            steps_menu, self.tr("V&olgende stap"), self._go_forward, QKeySequence("Alt+Right")
        )
        steps_menu.addSeparator()
        self._step_actions = QActionGroup(self)
        self._step_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._step_actions.triggered.connect(self._step_chosen)
        for number, step in enumerate(self.steps, start=1):
            key = number % 10  # the tenth step is Ctrl+0
            action = steps_menu.addAction(f"&{key} {step_title(step)}")
            action.setShortcut(QKeySequence(f"Ctrl+{key}"))
            action.setData(step)
            self._step_actions.addAction(action)

    def _build_view_menu(self) -> None:
        view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        self.help_action = self._action(
            view_menu, self.tr("&Uitleg tonen"), self._toggle_help, QKeySequence("F1")
        )
        self.help_action.setCheckable(True)
        self.help_action.setChecked(True)
        self.presentation_action = self._action(
            view_menu,
            self.tr("&Presentatiemodus (grote letters)"),
            self._toggle_presentation,
            QKeySequence("Ctrl+Shift+P"),
        )
        self.presentation_action.setCheckable(True)
        self._action(
            view_menu, self.tr("&Volledig scherm"), self._toggle_full_screen, QKeySequence("F11")
        )
        self.check_action = self._action(
            view_menu,
            self.tr("&Controle van de cijfers…"),
            self.show_plausibility,
            QKeySequence("Ctrl+Shift+K"),
        )
        view_menu.addSeparator()
        self._action(
            view_menu, self.tr("&Sociale huur in Nederland…"), self.dashboard_requested.emit
        )
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Taal"))
        self._language_actions = QActionGroup(self)
        self._language_actions.setExclusionPolicy(QActionGroup.ExclusionPolicy.None_)
        self._language_actions.triggered.connect(self._language_chosen)
        for code, name in (("nl", "Nederlands"), ("en", "English")):
            action = language_menu.addAction(name)
            action.setData(code)
            action.setCheckable(True)
            action.setChecked(settings.language() == code)
            self._language_actions.addAction(action)

    def _action(self, menu, text, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        return action

    # -- steps --------------------------------------------------------------------------
    def current_page(self):
        return self.stack.currentWidget()

    def page(self, step: str, *, opening: bool = False):
        """The page of `step`, made (in place of its stand-in) if it was not yet; `opening`:
        the window opens on it, its figures computed in the background (`fill_in_background`,
        before it is first shown)."""
        if step not in self._pages:
            row = self.steps.index(step)
            page = create_page(step, self.session)
            if opening:
                page.fill_in_background()
            stand_in = self.stack.widget(row)
            on_screen = self.stack.currentWidget() is stand_in
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            if on_screen:
                self.stack.setCurrentWidget(page)
            if not isinstance(stand_in, LoadingPage):  # that one passes `filled` on first
                stand_in.deleteLater()
            self._pages[step] = page
            if self.presentation_action.isChecked():
                scale_headers(page, PRESENTATION_SCALE)
        return self._pages[step]

    def show_step(self, step: str) -> None:
        """Show the page of `step` (also selects it in the sidebar)."""
        if step in self.steps:
            self.sidebar.setCurrentRow(self.steps.index(step))

    def _on_row_changed(self, row: int) -> None:
        if row < 0:
            return
        step = self.steps[row]
        loading = self._stand_in is not None and self._stand_in.step == step
        page = self._stand_in if loading else self.page(step)
        self.stack.setCurrentIndex(row)
        self.back_button.setEnabled(row > 0)
        self.next_button.setEnabled(row < len(self.steps) - 1)
        self.help_panel.setHtml(help_page(page, self.session))
        self._show_step_status(row)
        self._remember_timer.start()  # not before the step is painted: see _remember_step

    def _load_first_page(self, step: str) -> None:
        """Open on `step` with a stand-in (`LoadingPage`) while a worker imports its page's
        module: the window is on screen and answers meanwhile."""
        row = self.steps.index(step)
        self._stand_in = LoadingPage(step)
        empty = self.stack.widget(row)
        self.stack.insertWidget(row, self._stand_in)
        self.stack.removeWidget(empty)
        empty.deleteLater()
        task = Task(partial(_import_page, step), keeps=True)  # the module stays loaded
        # Not `ended`: a queued call of that one can get lost as its sender deletes itself.
        task.signals.finished.connect(self._first_page_loaded)
        task.signals.failed.connect(self._first_page_loaded)  # the failure shows when made
        start(task)

    def _first_page_loaded(self, _result: object = None) -> None:
        """The first step's page can be made now: it takes the stand-in's place and fills in
        the background."""
        stand_in, self._stand_in = self._stand_in, None
        if stand_in is None or self._closed:
            return
        page = self.page(stand_in.step, opening=True)  # unless the user opened it already
        stand_in.take_over(page)
        if self.current_page() is page:
            self._on_row_changed(self.steps.index(stand_in.step))

    def _file_replaced(self, _old: object = None, _new: object = None) -> None:
        """'Opslaan als': the new file has no step remembered yet; the one on screen will be."""
        self._remembered_step = None
        self._remember_timer.start()

    def _remember_step(self) -> None:
        """Store the step on screen as the file's last one, for the next time it is opened:
        a moment after it was chosen (and when the window closes), not while the step is
        first painted (writing the settings file takes tens of milliseconds)."""
        self._remember_timer.stop()
        step = self.current_page().step
        if step != self._remembered_step:
            settings.set_last_step(self.session.project.path, step)
            self._remembered_step = step

    def _go_back(self) -> None:
        self._go(-1)

    def _go_forward(self) -> None:
        self._go(+1)

    def _step_chosen(self, action: QAction) -> None:
        self.show_step(action.data())

    def _go(self, delta: int) -> None:
        row = self.sidebar.currentRow() + delta
        if 0 <= row < len(self.steps):
            self.sidebar.setCurrentRow(row)

    def _statuses_ready(self, statuses) -> None:
        if self._closed:
            return
        if self.session.generation == self._status_generation:  # nothing changed meanwhile
            self._show_statuses(statuses)
        else:
            self._refresh_statuses()

    def _refresh_statuses(self, _made: object = None) -> None:
        from app.services.progress import step_statuses

        if self._closed:  # an editor committing as the window closes: the file is shut
            return
        if self.session.ready_analysis() is None and self.session.computing():
            return  # the statuses follow the calculations under way (`_analysis_ready`)
        self._show_statuses(step_statuses(self.session.project, self.session.analysis()))

    def _show_statuses(self, statuses) -> None:
        self._statuses = statuses
        for row, step in enumerate(self.steps):
            status = self._statuses[step]
            item = self.sidebar.item(row)
            item.setIcon(status_icon(status.status))
            item.setToolTip(self._status_text(status))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())
        if self.sidebar.currentRow() >= 0:
            self._show_step_status(self.sidebar.currentRow())
        if not self._preparing:  # the window has settled: its statuses are known
            self._preparing = True
            QTimer.singleShot(0, self, self._prepare_next_page)

    def _prepare_next_page(self) -> None:
        """Make and fill one of the `PREPARED_STEPS` ahead (hidden), then the next one, each
        in an event-loop turn of its own: opening the step later only paints it. A national
        grid takes a tenth of a second or more to fill; the window answers between pages."""
        if self._closed:
            return
        for step in PREPARED_STEPS:
            if step.value in self.steps and step.value not in self._pages:
                if not loads_at_once(step.value):  # its module is still loading: not here
                    QTimer.singleShot(PREPARE_RETRY_MS, self, self._prepare_next_page)
                    return
                self.page(step.value).prepare()
                QTimer.singleShot(0, self, self._prepare_next_page)
                return

    def pages_prepared(self) -> bool:
        """Whether the `PREPARED_STEPS` have been made ahead (`_prepare_next_page`)."""
        return all(step.value in self._pages for step in PREPARED_STEPS if step.value in self.steps)

    def _show_step_status(self, row: int) -> None:
        status = self._statuses.get(self.steps[row])
        if status is None:
            return
        text = self._status_text(status)
        self.step_status.setText(text[:1].upper() + text[1:])

    def _status_text(self, status) -> str:
        """'vraagt aandacht: woonbehoefte ontbreekt deels voor …', in the interface language."""
        state = {
            Status.COMPLETE: self.tr("compleet"),
            Status.ATTENTION: self.tr("vraagt aandacht"),
            Status.NOT_STARTED: self.tr("nog niet begonnen"),
        }[status.status]
        if not status.template:
            return state
        reason = QCoreApplication.translate("Progress", status.template)
        return f"{state}: {reason.format(**dict(status.values))}"

    # -- file actions -------------------------------------------------------------------
    def _update_title(self, *_args) -> None:
        name = self.session.project.path.name
        suffix = self.tr(" [alleen-lezen]") if self.session.readonly else ""
        self.setWindowTitle(f"{name}{suffix} – Thuisplan")

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Woonzorgvisie openen"),
            str(self.session.project.path.parent),
            self.tr("Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)"),
        )
        if path:
            self.open_requested.emit(Path(path))

    def save_as(self) -> None:
        """Copy the vision to a new file and continue working there."""
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Opslaan als"),
            str(self.session.project.path.parent),
            self.tr("Thuisplan-bestanden (*.thuisplan)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".thuisplan":
            target = target.with_name(target.name + ".thuisplan")
        try:
            copy_project_file(self.session.project, target, overwrite=True)
            project = open_project_file(target)
        except ProjectFileError as error:
            self._show_error(str(error))
            return
        self.session.replace_project(project)
        self._update_title()

    def show_norms(self) -> None:
        """The norms dialog: norm set, overrides, 'Wat verandert er?', urgency categories."""
        from app.views.norms import show_norms_dialog

        show_norms_dialog(self.session, self)

    # -- view ---------------------------------------------------------------------------
    def _language_chosen(self, action: QAction) -> None:
        self.language_changed.emit(action.data())

    def show_plausibility(self) -> None:
        """The Controle window (one per main window), brought to the front."""
        if self._plausibility is None:
            from app.views.plausibility_dialog import PlausibilityDialog

            dialog = PlausibilityDialog(self.session, self)
            dialog.show_requested.connect(self.show_warned_figure)
            self._plausibility = dialog
        self._plausibility.show()
        self._plausibility.raise_()
        self._plausibility.activateWindow()

    def show_warned_figure(self, warning) -> None:
        """The step and grid cell of a plausibility warning."""
        step = Step.CAPACITY if warning.capacity else Step.NEED
        self.show_step(step)
        self.page(step).show_cell(
            warning.group_id, warning.municipality_id, warning.housing_type, warning.year
        )
        self.raise_()
        self.activateWindow()  # the cell has the focus: the officer can type at once

    def _toggle_help(self) -> None:
        self.help_panel.setVisible(self.help_action.isChecked())

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _toggle_presentation(self) -> None:
        """Large letters for a projector; the help panel makes way for the figures."""
        on = self.presentation_action.isChecked()
        font = self.font()
        base = self.property("base_point_size") or font.pointSizeF()
        self.setProperty("base_point_size", base)
        font.setPointSizeF(base * (PRESENTATION_SCALE if on else 1.0))
        self.setFont(font)
        scale_headers(self, PRESENTATION_SCALE if on else 1.0)
        self.help_action.setChecked(not on)
        self._toggle_help()
        self._fit_sidebar()
        for view in self.findChildren(QTableView):
            getattr(view, "fit_columns", view.resizeColumnsToContents)()

    def _fit_sidebar(self) -> None:
        """The sidebar as wide as its longest step name needs, so no name wraps."""
        metrics = self.sidebar.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        needed = widest + self.sidebar.iconSize().width() + 48  # icon, spacing, frame
        sizes = self.splitter.sizes()
        if sizes[0] < needed:
            sizes[1] -= needed - sizes[0]
            sizes[0] = needed
            self.splitter.setSizes(sizes)

    def _show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Thuisplan", message)

    def _offer_save_elsewhere(self, message: str) -> None:
        """The file is out of reach: say so, and offer to continue in a copy elsewhere."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Thuisplan", message, parent=self)
        save = box.addButton(self.tr("&Opslaan als…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is save:
            self.save_as()

    def _show_shortcuts(self) -> None:
        lines = [
            f"<tr><td>{a.text().replace('&', '')}</td>"
            f"<td><b>{a.shortcut().toString()}</b></td></tr>"
            for menu_action in self.menuBar().actions()
            for a in (menu_action.menu().actions() if menu_action.menu() else [])
            if not a.shortcut().isEmpty()
        ]
        QMessageBox.information(
            self, self.tr("Sneltoetsen"), "<table>" + "".join(lines) + "</table>"
        )

    def show_about(self) -> None:
        """The about box, with the attribution of the reference data."""
        from app.services.about import about_text

        QMessageBox.about(self, self.tr("Over Thuisplan"), about_text())

    # -- Qt events ----------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if any(url.toLocalFile().lower().endswith(".thuisplan") for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.toLocalFile().lower().endswith(".thuisplan"):
                self.open_requested.emit(Path(url.toLocalFile()))

    def closeEvent(self, event) -> None:  # noqa: N802
        settings.set_geometry("main", self.saveGeometry())
        if self._remember_timer.isActive():
            self._remember_step()
        self._closed = True  # a result still on its way is dropped
        self.hide()  # gone at once: closing waits for work on the file and checks it
        self.session.close()  # waits for the work still reading the file
        super().closeEvent(event)


def _statuses(project, analysis, _progress, _is_cancelled):
    """The step statuses, computed in a worker thread."""
    import_database_layer()  # the statuses read through it
    from app.services.progress import step_statuses

    return step_statuses(project, analysis)


def _import_page(step: str, _progress, _is_cancelled) -> None:
    """Load the first step's page module in a worker thread (see MainWindow._load_first_page)."""
    import_page(step)


def _import_all_pages(_progress, _is_cancelled) -> None:
    """Load the other steps' modules in a worker thread, so opening one only builds it."""
    import_all_pages()


# Pages made and filled ahead once the window has settled: the need grid (its rows are
# worked out from every figure of a group: 3,420 for a national vision, 0.1 s). Not the
# capacity grid: its five kinds of capacity make 17,100 rows, some 40 MB kept in memory.
PREPARED_STEPS = (Step.NEED,)
PREPARE_RETRY_MS = 200  # a grid's module still loading in the background: look again then
REMEMBER_STEP_DELAY_MS = 1000  # the step shown is stored this long after it was chosen
PRESENTATION_SCALE = 1.5  # the letters on a projector, against the normal size


def scale_headers(root: QWidget, factor: float) -> None:
    """The table headers under `root` at `factor` times their own size: a header takes its
    font from the platform's header font, not from the window, so it would stay small."""
    for view in root.findChildren(QTableView):
        for header in (view.horizontalHeader(), view.verticalHeader()):
            base = QApplication.font(header)  # the header's own default, not the window's
            scaled = QFont(base)
            scaled.setPointSizeF(base.pointSizeF() * factor)
            header.setFont(scaled)
