"""Start the GUI and keep track of its windows: the start screen and one window per vision."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from shiboken6 import isValid

from app.services.lock_takeover import TakeOverOffer, take_over, take_over_offer
from app.storage import (
    ProjectFileError,
    UntrustedFileError,
    WriteAccessError,
    open_project_file,
)
from app.storage.paths import user_data_dir
from app.views import probe, settings, worker
from app.views.backups_dialog import BackupsDialog
from app.views.main_window import MainWindow
from app.views.session import VisionSession
from app.views.start_window import StartWindow

DEMO_FILE_NAME = "Voorbeeld Haaglanden.thuisplan"


class Launcher(QObject):
    """Opens visions in windows, one window per file; shows the start screen when none is open."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.windows: dict[Path, MainWindow] = {}
        self.dashboard: QWidget | None = None  # "Sociale huur in Nederland", when open
        self.start_window = StartWindow()
        self.start_window.new_requested.connect(self.new_vision)
        self.start_window.open_dialog_requested.connect(self.open_dialog)
        self.start_window.example_requested.connect(self.open_example)
        self.start_window.open_requested.connect(self.open_file)
        self.start_window.backups_requested.connect(self.restore_backup)
        self.start_window.dashboard_requested.connect(self.show_dashboard)
        self.start_window.overview_requested.connect(self.open_overview)
        self.overview_window: QWidget | None = None
        self.quitting = False  # 'Afsluiten': no start window when the last vision closes

    def show_start(self) -> None:
        self.start_window.refresh()
        self.start_window.show()

    def open_file(self, path: Path, *, readonly: bool = False) -> MainWindow | None:
        """Open `path` in a window (or bring its window forward); None if it was refused."""
        path = Path(path).resolve()
        if path in self.windows:
            self.windows[path].raise_()
            self.windows[path].activateWindow()
            return self.windows[path]
        try:
            project = open_project_file(path, readonly=readonly)
        except WriteAccessError as error:  # in use elsewhere, or not writable here
            choice = None if readonly else self._ask_write_access(error)
            if choice == "read-only":
                return self.open_file(path, readonly=True)
            if choice == "take-over":
                return self._take_over(take_over_offer(error))
            self.start_window.refresh()
            return None
        except UntrustedFileError as error:
            self.start_window.refresh()
            return self._offer_salvage(path, error) if error.salvageable else self._refused(error)
        except ProjectFileError as error:
            self.start_window.refresh()
            return self._refused(error)
        return self._show(project)

    def _refused(self, error: ProjectFileError) -> None:
        QMessageBox.warning(self._active(), "Thuisplan", str(error))

    def _offer_salvage(self, path: Path, error: UntrustedFileError) -> MainWindow | None:
        """Say why the file was refused and offer "Gegevens overnemen in een nieuw bestand":
        its valid rows copied into a new file (named with a save dialog) that then opens."""
        box = QMessageBox(QMessageBox.Icon.Warning, "Thuisplan", str(error), parent=self._active())
        salvage = box.addButton(
            self.tr("&Gegevens overnemen in een nieuw bestand…"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is not salvage:
            return None
        chosen, _ = QFileDialog.getSaveFileName(
            self._active(),
            self.tr("Gegevens overnemen in"),
            str(path.with_name(f"{path.stem} (overgenomen).thuisplan")),
            self.tr("Thuisplan-bestanden (*.thuisplan)"),
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".thuisplan":
            target = target.with_name(target.name + ".thuisplan")
        from app.services.salvage import report_text, salvage_file  # the database layer

        try:
            report = salvage_file(path, target, overwrite=True)  # the dialog asked already
        except ProjectFileError as failure:
            return self._refused(failure)
        QMessageBox.information(self._active(), "Thuisplan", report_text(report))
        return self.open_file(target)

    def _ask_write_access(self, error: WriteAccessError) -> str | None:
        """Say why the file cannot be edited now and offer to open it read-only, or, for a
        lock nothing can verify, to take it over: 'read-only', 'take-over' or None."""
        offer = take_over_offer(error)
        text = offer.question if offer else str(error)
        box = QMessageBox(QMessageBox.Icon.Information, "Thuisplan", text, parent=self._active())
        read_only = box.addButton(
            self.tr("&Alleen-lezen openen"), QMessageBox.ButtonRole.AcceptRole
        )
        take = None
        if offer is not None:
            take = box.addButton(
                self.tr("&Vergrendeling overnemen…"), QMessageBox.ButtonRole.DestructiveRole
            )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return "read-only"
        return "take-over" if take is not None and clicked is take else None

    def _take_over(self, offer: TakeOverOffer | None) -> MainWindow | None:
        """Confirm, take the lock over and open the file; None when not confirmed or when
        someone opened it meanwhile."""
        if offer is None:
            return None
        answer = QMessageBox.question(
            self._active(),
            "Thuisplan",
            offer.confirmation,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.start_window.refresh()
            return None
        try:
            take_over(offer)
        except ProjectFileError as error:
            QMessageBox.warning(self._active(), "Thuisplan", str(error))
            self.start_window.refresh()
            return None
        return self.open_file(offer.path)

    def _show(self, project) -> MainWindow:
        path = project.path.resolve()
        window = MainWindow(VisionSession(project))
        window.open_requested.connect(self.open_file)
        window.new_requested.connect(self.new_vision)
        window.example_requested.connect(self.open_example)
        window.overview_requested.connect(self.open_overview)
        window.language_changed.connect(self.change_language)
        window.dashboard_requested.connect(self.show_dashboard)
        window.quit_requested.connect(self.quit)
        # Bound methods, not lambdas: Qt drops the connections if the launcher goes first.
        window.destroyed.connect(self._closed)
        window.session.project_replaced.connect(self._moved)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.windows[path] = window
        settings.add_recent_file(path)
        window.show()
        self.start_window.hide()
        return window

    def _moved(self, _old: Path, new: Path) -> None:
        """A window now works in another file ("Opslaan als"): file it under that one."""
        session, path = self.sender(), Path(new).resolve()
        window = next(w for w in self.windows.values() if w.session is session)
        self.windows = {p: w for p, w in self.windows.items() if w is not window}
        self.windows[path] = window
        settings.add_recent_file(path)

    def _closed(self, _window: QObject | None = None) -> None:
        """A window is gone: forget it (and every other one Qt deleted)."""
        self.windows = {p: w for p, w in self.windows.items() if isValid(w)}
        if (
            not self.windows
            and not self.quitting
            and not QCoreApplication.closingDown()
            and isValid(self.start_window)
        ):
            self.show_start()

    def quit(self) -> None:
        """'Afsluiten': close every window (each releases its file; edits are saved as they
        are made) and end Thuisplan."""
        self.quitting = True
        QApplication.closeAllWindows()
        QApplication.quit()

    def mark_shown(self) -> None:
        """The first window's step is painted (a step computed behind it with its computing
        panel) and the event loop answers (for the start-up benchmark)."""
        probe.mark("shown")

    def mark_usable(self) -> None:
        """The first vision's step shows its figures (for the start-up benchmark)."""
        probe.mark("usable")

    def _active(self) -> QWidget | None:
        return QApplication.activeWindow() or self.start_window

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._active(),
            self.tr("Woonzorgvisie openen"),
            "",
            self.tr("Thuisplan-bestanden (*.thuisplan);;Alle bestanden (*)"),
        )
        if path:
            self.open_file(Path(path))

    def new_vision(self) -> MainWindow | None:
        from app.views.new_vision_dialog import NewVisionDialog  # loads the database layer

        dialog = NewVisionDialog(self._active())
        if dialog.exec() and dialog.project is not None:
            return self._show(dialog.project)
        return None

    def open_example(self) -> MainWindow | None:
        """Open the example vision, creating it in the user's data folder the first time."""
        path = user_data_dir() / DEMO_FILE_NAME
        if path.exists():
            return self.open_file(path)
        from app.services.demo import create_demo  # only here: it loads the database layer

        try:
            project = create_demo(path)
        except ProjectFileError as error:
            QMessageBox.warning(self._active(), "Thuisplan", str(error))
            return None
        return self._show(project)

    def open_overview(self) -> QWidget:
        """Show the overview over many visions (one window; brought forward if open)."""
        window = self.overview_window
        if window is None or not isValid(window):
            from app.views.overview_window import OverviewWindow  # loads the calculations

            window = OverviewWindow()
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.destroyed.connect(self._overview_closed)
            self.overview_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _overview_closed(self, _window: QObject | None = None) -> None:
        self.overview_window = None

    def restore_backup(self) -> MainWindow | None:
        """Choose a backup copy, restore it to a new file and open that."""
        dialog = BackupsDialog(self._active())
        if dialog.exec() and dialog.restored is not None:
            return self.open_file(dialog.restored)
        return None

    def show_dashboard(self) -> QWidget:
        """'Sociale huur in Nederland' (one for the application), brought forward if open."""
        if self.dashboard is None or not isValid(self.dashboard):
            from app.views.dashboard_window import DashboardWindow  # loads the services

            self.dashboard = DashboardWindow()
            self.dashboard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dashboard.destroyed.connect(self._dashboard_closed)
        self.dashboard.show()
        self.dashboard.raise_()
        self.dashboard.activateWindow()
        return self.dashboard

    def _dashboard_closed(self, _window: QObject | None = None) -> None:
        self.dashboard = None

    def change_language(self, code: str) -> None:
        settings.set_language(code)
        QMessageBox.information(
            self._active(),
            "Thuisplan",
            self.tr("De nieuwe taal gaat in als u Thuisplan opnieuw start."),
        )


def run_gui(app: QApplication, args: list[str], splash: QWidget | None = None) -> int:
    """Open the file in `args`, the example on a first start, or the start screen, then run
    the event loop; `splash` (the window shown while loading) closes when a window is up."""
    launcher = Launcher(app)
    window = None
    if args:
        window = launcher.open_file(Path(args[0]))
    elif settings.first_start():
        settings.mark_started()
        window = launcher.open_example()
    if window is None:
        launcher.show_start()
    if splash is not None:
        splash.close()
    app.processEvents()
    page = window.current_page() if window is not None else None
    # The step is painted; once the event loop answers, the window can be used.
    QTimer.singleShot(0, launcher.mark_shown)
    if page is not None and page.filling:  # its figures are computed behind it
        page.filled.connect(launcher.mark_usable, Qt.ConnectionType.SingleShotConnection)
    else:
        QTimer.singleShot(0, launcher.mark_usable)
    try:
        return app.exec()
    finally:
        worker.finish_all()  # background work stops before Qt and Python are torn down
