"""Many visions side by side: a province, or a region that keeps one file per municipality.

`build_overview` reads the files (and the `.thuisplan` files in the folders) one at a time,
read-only and untouched (nothing is written to a file or beside it, not even to roll back
an interrupted write or to upgrade an older version: that happens in a private copy), and
keeps only each vision's small summary (`overview_vision`). A file that cannot be opened
or read is listed with the reason and the others are still shown. Groups are matched by
their label (case and spacing aside); a year outside a vision's plan period is unknown for
that vision, never 0; a municipality that is in more than one vision is named.
"""

from __future__ import annotations

import errno
import gc
import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from app.services import catalogue
from app.services.calculations.gaps import GapTotal
from app.services.errors import Cancelled, DomainError
from app.services.overview_vision import GroupFigures, VisionSummary
from app.storage import ProjectFileError
from app.storage.failures import translate

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]

SUFFIX = ".thuisplan"
_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RefusedFile:
    """A file (or folder) that is not in the overview, and why (Dutch)."""

    path: Path
    reason: str


Entry = VisionSummary | RefusedFile


GroupKey = tuple[str, int]  # the label matched (`group_key`), and which one in a vision


@dataclass(frozen=True, slots=True)
class OverviewGroup:
    """A group as the overview matches it: its label (as the first vision that has it spells
    it) and the visions that have it switched on (their positions in `Overview.visions`).
    `key` is what is matched; a second group of one vision with the same label (only a
    file made outside Thuisplan can have one) is matched as a group of its own."""

    label: str
    visions: tuple[int, ...]
    key: GroupKey


@dataclass(frozen=True, slots=True)
class SharedMunicipality:
    """A municipality that is in more than one vision (positions in `Overview.visions`)."""

    code: str
    name: str
    visions: tuple[int, ...]


@dataclass(frozen=True)
class Overview:
    """The files in the order they were given: the visions read and the files refused."""

    entries: tuple[Entry, ...]
    visions: tuple[VisionSummary, ...]
    refused: tuple[RefusedFile, ...]
    years: tuple[int, ...]  # from the first plan year of any vision to the last
    groups: tuple[OverviewGroup, ...]
    shared: tuple[SharedMunicipality, ...]
    matched: Mapping[tuple[int, GroupKey], GroupFigures]  # (vision, group key) -> its figures

    def group_in(self, vision: int, group: OverviewGroup) -> GroupFigures | None:
        """The vision's figures of `group`; None when the vision does not have the group."""
        return self.matched.get((vision, group.key))

    def figures(self, vision: int, group: OverviewGroup, year: int) -> GapTotal | None:
        """The vision's sums of `group` in `year`; None when the year is outside its plan
        period or the vision does not have the group (unknown, never 0)."""
        found = self.group_in(vision, group)
        return None if found is None else found.years.get(year)

    def shared_in(self, vision: int) -> list[SharedMunicipality]:
        """The municipalities of a vision that are also in another one."""
        return [s for s in self.shared if vision in s.visions]


def group_key(label: str) -> str:
    """What two visions' groups must share to be matched: the label, case and spacing aside."""
    return " ".join(label.split()).casefold()


def group_keys(groups: Sequence[GroupFigures]) -> list[GroupKey]:
    """The key of each of a vision's groups: its label's `group_key`, numbered from 1 among
    the groups of the vision with that label."""
    seen: dict[str, int] = {}
    keys = []
    for group in groups:
        label = group_key(group.label)
        seen[label] = seen.get(label, 0) + 1
        keys.append((label, seen[label]))
    return keys


def build_overview(
    arguments: Sequence[Path],
    *,
    previous: Overview | None = None,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> Overview:
    """Read the files and folders in `arguments`, one file at a time, after the entries of
    `previous` (a file it has already is not read again). Raises Cancelled when
    `is_cancelled()` turns true (checked before each file); `progress(done, total, text)`
    counts the files."""
    known = list(previous.entries) if previous is not None else []
    seen = {_identity(entry.path) for entry in known}
    items = [
        item
        for item in expand(arguments)
        if _identity(item if isinstance(item, Path) else item.path) not in seen
    ]
    files = [item for item in items if isinstance(item, Path)]
    entries: list[Entry] = []
    for item in items:
        if isinstance(item, RefusedFile):
            entries.append(item)
            continue
        if is_cancelled is not None and is_cancelled():
            raise Cancelled("Het overzicht is afgebroken.")
        if progress is not None:
            progress(files.index(item), len(files), f"{item.name} lezen")
        entries.append(read_entry(item))
        if threading.current_thread() is threading.main_thread():
            # What reading a file left in reference cycles, before the next one; only on the
            # main thread: a collection in a worker thread may free GUI objects there (the
            # window's worker pauses the collector and collects when it is done).
            gc.collect()
    if progress is not None:
        progress(len(files), len(files), "Klaar")
    return assemble([*known, *entries])


def expand(arguments: Sequence[Path]) -> list[Path | RefusedFile]:
    """The files to read: each file as given, each folder's `.thuisplan` files by name (not
    its subfolders); a folder without any, or out of reach, is refused. A file given twice
    (also through its folder) is read once."""
    found: list[Path | RefusedFile] = []
    seen: set[Path] = set()
    for argument in map(Path, arguments):
        try:
            paths = _folder_files(argument) if argument.is_dir() else [argument]
        except OSError as error:
            found.append(RefusedFile(argument, _os_reason(argument, error)))
            continue
        if not paths:
            reason = f"In de map '{argument}' staat geen {SUFFIX}-bestand."
            found.append(RefusedFile(argument, reason))
        for path in paths:
            key = _identity(path)
            if key not in seen:
                seen.add(key)
                found.append(path)
    return found


def _folder_files(folder: Path) -> list[Path]:
    """The folder's project files, by name; Thuisplan's own temporary files ('.~') left out."""
    return sorted(
        (
            p
            for p in folder.iterdir()
            if p.suffix.lower() == SUFFIX and not p.name.startswith(".~") and p.is_file()
        ),
        key=lambda p: p.name.casefold(),
    )


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:  # a path that cannot be resolved is still a path to report on
        return path.absolute()


def read_entry(path: Path) -> Entry:
    """The summary of the vision at `path`, or why it cannot be read (Dutch)."""
    try:
        return read_vision(path)
    except (ProjectFileError, DomainError) as error:
        return RefusedFile(path, str(error))
    except OSError as error:
        return RefusedFile(path, _os_reason(path, error))
    except Exception as error:  # a file from elsewhere that the calculations cannot take
        translated = translate(error, path, None, writing=False)
        if translated is not None:
            return RefusedFile(path, str(translated))
        _log.exception("The overview could not read %s", path)
        return RefusedFile(
            path,
            f"'{path.name}' bevat iets wat Thuisplan niet verwacht en is overgeslagen; "
            f'controleer het met: thuisplan check "{path}".',
        )


def read_vision(path: Path) -> VisionSummary:
    """Open `path` read-only and untouched, and summarise it from one snapshot."""
    from app.services.agreements import list_agreements
    from app.services.analysis import analyse
    from app.services.overview_vision import summarise
    from app.services.target_groups import list_target_groups
    from app.storage import open_project_file

    with (
        open_project_file(path, readonly=True, untouched=True) as project,
        project.snapshot() as view,
    ):
        analysis = analyse(view)
        labels = {g.id: g.label for g in list_target_groups(view)}
        return summarise(path, analysis, list_agreements(view), labels)


_OS_REASONS = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "u hebt er geen toegang toe",
    errno.EPERM: "u hebt er geen toegang toe",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.ENAMETOOLONG: "de naam is te lang",
}


def _os_reason(path: Path, error: OSError) -> str:
    reason = _OS_REASONS.get(error.errno or 0)
    if reason is None:
        reason = f"systeemfout {errno.errorcode.get(error.errno or 0, 'onbekend')}"
    return f"'{path}' kan niet worden gelezen: {reason}."


def assemble(entries: Sequence[Entry]) -> Overview:
    """The overview of `entries`: the years of all plan periods, the groups matched by
    label, and the municipalities in more than one vision."""
    visions = tuple(e for e in entries if isinstance(e, VisionSummary))
    years: tuple[int, ...] = ()
    if visions:
        years = tuple(
            range(min(v.start_year for v in visions), max(v.end_year for v in visions) + 1)
        )
    return Overview(
        entries=tuple(entries),
        visions=visions,
        refused=tuple(e for e in entries if isinstance(e, RefusedFile)),
        years=years,
        groups=_matched_groups(visions),
        shared=_shared(visions),
        matched={
            (index, key): group
            for index, vision in enumerate(visions)
            for group, key in zip(vision.groups, group_keys(vision.groups), strict=True)
        },
    )


def _matched_groups(visions: Sequence[VisionSummary]) -> tuple[OverviewGroup, ...]:
    """The groups of all visions, matched by label: the standard ones in the catalogue's
    order, then the others in the order they were first met."""
    labels: dict[GroupKey, str] = {}
    holders: dict[GroupKey, list[int]] = {}
    for index, vision in enumerate(visions):
        for group, key in zip(vision.groups, group_keys(vision.groups), strict=True):
            labels.setdefault(key, group.label)
            holders.setdefault(key, []).append(index)
    standard = {(group_key(g.label), 1): n for n, g in enumerate(catalogue.STANDARD_GROUPS)}
    order = sorted(holders, key=lambda key: standard.get(key, len(standard)))  # stable
    return tuple(OverviewGroup(labels[key], tuple(holders[key]), key) for key in order)


def _shared(visions: Sequence[VisionSummary]) -> tuple[SharedMunicipality, ...]:
    holders: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    for index, vision in enumerate(visions):
        for code, name in vision.municipalities:
            names.setdefault(code, name)
            holders.setdefault(code, []).append(index)
    return tuple(
        SharedMunicipality(code, names[code], tuple(found))
        for code, found in sorted(holders.items())
        if len(found) > 1
    )
