"""Interface language: Dutch by default, English through Qt translations.

The source strings are Dutch. Qt's own `qtbase_<lang>.qm` is installed too, so
standard buttons (OK, Annuleren, …) follow the chosen language.
"""

from __future__ import annotations

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.resources import resource_path

LANGUAGES = {"nl": "Nederlands", "en": "English"}


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install Qt's and Thuisplan's translators for `language`; returns them (keep a reference).
    Which file dialogs to use is settled apart (`use_own_dialogs`), after the first paint."""
    language = chosen_language(language)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Dutch if language == "nl" else QLocale.Language.English,
            QLocale.Country.Netherlands,
        )
    )
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


def chosen_language(language: str) -> str:
    """`language` when Thuisplan speaks it, else Dutch."""
    return language if language in LANGUAGES else "nl"


def use_own_dialogs(
    app: QCoreApplication, language: str, system_languages: list[str] | None = None
) -> bool:
    """Qt's own file dialogs (translated with the interface) when the interface language is
    not the system's: a native dialog speaks the system's language, so an English interface
    on a Dutch Windows would open Dutch dialogs. Returns whether Qt's own are used."""
    if system_languages is None:
        system_languages = QLocale.system().uiLanguages()
    system = (system_languages[0] if system_languages else "").split("-")[0].lower()
    own = bool(system) and system != chosen_language(language)
    # QtCore.Qt looked up here: the first use of that namespace costs some 40 ms, which the
    # first paint (made before this is called) does not wait for
    app.setAttribute(QtCore.Qt.ApplicationAttribute.AA_DontUseNativeDialogs, own)
    return own
