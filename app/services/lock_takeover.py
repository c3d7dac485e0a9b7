"""Taking over a colleague's lock on a share where nothing can verify it.

On a network share without byte-range locks a lock file only says who opened the
project; whether that Thuisplan still runs or its computer crashed cannot be known.
Refusing forever would lock everyone out after one crash; taking over silently would
let two people overwrite each other's work. So the user is shown who had the file,
on which computer and for how long, and decides (twice: offer, then confirmation).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from app.storage import FileInUseError, LockOwner
from app.storage import lock as project_lock


@dataclass(frozen=True)
class TakeOverOffer:
    """What the user reads before taking over the lock of `owner` on `path`."""

    path: Path
    owner: LockOwner
    question: str
    confirmation: str


def take_over_offer(error: Exception, now: datetime | None = None) -> TakeOverOffer | None:
    """The offer to make for an open refused with `error`; None unless it is a lock of
    another Thuisplan that cannot be verified (a share without byte-range locks)."""
    if not isinstance(error, FileInUseError) or error.verifiable:
        return None
    owner = error.owner if isinstance(error.owner, LockOwner) else LockOwner("", "", 0, None)
    if owner.is_this_process:
        return None
    since = owner.since or project_lock.written_at(error.path)
    now = now or datetime.now(UTC)
    who = owner.user or "een andere gebruiker"
    where = f" op computer {owner.host}" if owner.host else ""
    when = (
        f" sinds {since.astimezone().strftime('%d-%m-%Y %H:%M')} ({age_text(now - since)})"
        if since
        else ""
    )
    name = error.path.name
    question = (
        f"'{name}' is geopend door {who}{where}{when}.\n\n"
        "Op deze netwerkschijf kan Thuisplan niet nagaan of dat Thuisplan nog draait of "
        "bijvoorbeeld is vastgelopen. Werkt niemand meer in het bestand, dan kunt u de "
        "vergrendeling overnemen. Anders opent u het alleen-lezen."
    )
    confirmation = (
        f"Weet u zeker dat {who}{where} niet meer in '{name}' werkt? Werkt {who} er nog "
        "wel in, dan overschrijft u elkaars wijzigingen."
    )
    return TakeOverOffer(error.path, owner, question, confirmation)


def take_over(offer: TakeOverOffer) -> None:
    """Take the lock over as offered; FileInUseError when someone (else) holds it now."""
    project_lock.take_over(offer.path, offer.owner)


def age_text(age: timedelta) -> str:
    """'zojuist', '12 minuten geleden', '3 uur geleden', '2 dagen geleden'."""
    minutes = int(age.total_seconds() // 60)
    if minutes < 1:
        return "zojuist"
    if minutes < 60:
        return f"{minutes} {'minuut' if minutes == 1 else 'minuten'} geleden"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} uur geleden"
    return f"{hours // 24} dagen geleden"
