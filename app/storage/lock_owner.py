"""Who has a project open, as the lock file records it, and the message a second opener reads."""

from __future__ import annotations

import getpass
import json
import os
import socket
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from app.storage.errors import FileInUseError


@dataclass(frozen=True)
class LockOwner:
    """Who has a project open. Unknown fields are empty (a damaged or foreign lock file)."""

    user: str
    host: str
    pid: int
    since: datetime | None

    @classmethod
    def current(cls) -> LockOwner:
        """This process, now."""
        try:
            user = getpass.getuser()
        except Exception:  # no user name in the environment (services, some containers)
            user = ""
        now = datetime.now(UTC).replace(microsecond=0)
        return cls(user, socket.gethostname(), os.getpid(), now)

    @classmethod
    def from_json(cls, data: bytes) -> LockOwner:
        """Parse a lock file's contents; garbage gives an unknown owner."""
        try:
            raw = json.loads(data.decode("utf-8"))
            since = datetime.fromisoformat(raw["since"]) if raw.get("since") else None
            return cls(str(raw.get("user", "")), str(raw.get("host", "")), int(raw["pid"]), since)
        except (ValueError, KeyError, TypeError, AttributeError):
            return cls("", "", 0, None)

    def to_json(self) -> bytes:
        """The lock file's contents."""
        since = self.since.isoformat() if self.since else None
        data = {"user": self.user, "host": self.host, "pid": self.pid, "since": since}
        return json.dumps(data, ensure_ascii=False).encode("utf-8")

    @property
    def is_this_process(self) -> bool:
        """Whether the owner is this very program."""
        return self.pid == os.getpid() and self.host == socket.gethostname()

    def describe_since(self) -> str:
        """'22-11-2025 11:34' in local time, or '' when unknown."""
        return self.since.astimezone().strftime("%d-%m-%Y %H:%M") if self.since else ""


def in_use_error(
    project: Path, owner: LockOwner | None, advice: str | None = None, *, verifiable: bool = True
) -> FileInUseError:
    """The error for a project someone else has open: who, since when, and `advice`
    (by default: open it read-only). `verifiable`: see FileInUseError."""
    owner = owner or LockOwner("", "", 0, None)
    name = project.name
    if owner.is_this_process:
        who = f"'{name}' is al geopend in Thuisplan."
        advice = advice or "U kunt het alleen-lezen nog eens openen."
    elif owner.user or owner.host:
        where = f" op {owner.host}" if owner.host else ""
        since = f" sinds {owner.describe_since()}" if owner.since else ""
        who = f"'{name}' is geopend door {owner.user or 'een andere gebruiker'}{where}{since}."
    else:
        who = f"'{name}' is al geopend in een ander Thuisplan-venster of door een andere gebruiker."
    message = f"{who} {advice or 'U kunt het alleen-lezen openen.'}"
    return FileInUseError(project, message, owner, verifiable=verifiable)
