"""Interface language: Dutch by default, English through Qt translations.

The source strings are Dutch. Qt's own `qtbase_<lang>.qm` is installed too, so
standard buttons (OK, Annuleren, …) follow the chosen language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from app.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and Thuisplan's translators for `language`; returns them (keep a reference)."""
    language = language if language in LANGUAGES else "nl"
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
    use_own_dialogs(app, language, QLocale.system().uiLanguages())
    installed = []
    qt_dirs = [
        str(resource_path("translations")),
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ]
    qt = QTranslator(app)
    if any(qt.load(f"qtbase_{language}", directory) for directory in qt_dirs):
        app.installTranslator(qt)
        installed.append(qt)
    if language != "nl":
        own = QTranslator(app)
        if own.load(f"thuisplan_{language}", str(resource_path("translations"))):
            app.installTranslator(own)
            installed.append(own)
    return installed


def use_own_dialogs(app: QCoreApplication, language: str, system_languages: list[str]) -> bool:
    """Qt's own file dialogs (translated with the interface) when the interface language is
    not the system's: a native dialog speaks the system's language, so an English interface
    on a Dutch Windows would open Dutch dialogs. Returns whether Qt's own are used."""
    system = (system_languages[0] if system_languages else "").split("-")[0].lower()
    own = bool(system) and system != language
    app.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, own)
    return own
