"""Forward migrations of the project file, one hand-written step per schema version.

Why hand-written steps instead of Alembic: the file's version lives in SQLite's
own `PRAGMA user_version` (one source of truth that `inspection` reads from the
header without opening a session), SQLite needs table rebuilds for most ALTERs
anyway, and the steps ship inside the package with no migration environment to
locate in a frozen bundle. All steps run in one transaction together with the
version bump, after the file passed the checks of `verify` and a backup copy was made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from app.storage import backups, cell_values, rebuild, schema_v2
from app.storage.connection import harden
from app.storage.errors import DamagedFileError, UntrustedFileError
from app.storage.format import CURRENT_SCHEMA_VERSION

Step = Callable[[sqlite3.Connection], None]


def upgrade_to_3(conn: sqlite3.Connection) -> None:
    """Schema step 2 -> 3: every figure per housing type replaces the totals
    (`add_cell_values`), and every table gets the CHECK constraints of `app.models.rules`
    (rebuilt to exactly the SQL of a new file). A value they would refuse (text in a
    quantity, a plan period of 5,000 years) stops the upgrade with its row named. The
    vision follows the norm set its norms came from (`follow_progress_2023`)."""
    rebuild.refuse_invalid_rows(conn)
    cell_values.add_cell_values(conn)
    rebuild.rebuild(conn, 3)
    conn.execute(BASE_SCENARIO)
    follow_progress_2023(conn)


# Every vision has its base scenario: the estimates every screen shows unless asked otherwise.
BASE_SCENARIO = "INSERT INTO scenario (name, sort_order) VALUES ('basis', 0)"

# The norm set whose values a file of version 1 or 2 was made with (the voortgangsbrief
# 2023, with the 2022 goal and 2/3), as it stood then: code -> (value, scope, applies_to).
# Frozen here, like every migration step; a test holds it to app.services.norm_sets.
OLDER_FILES_SET = "voortgang_2023"
OLDER_FILES_NORMS: dict[str, tuple[float | None, str, str | None]] = {
    "social_rent_goal": (0.30, "municipality", None),
    "min_social_new_build_share": (0.30, "municipality", "below_national_average"),
    "affordable_new_build_share": (2 / 3, "region", None),
    "middle_income_share": (0.40, "national", None),
    # the dashboard's 26 % (2021), where the set now computes the average: an override
    "national_social_share": (None, "national", None),
}
OLDER_FILES_CATEGORIES = (
    "Mantelzorgverleners en -ontvangers",
    "Ernstig chronisch zieke mensen",
    "Dakloze mensen met een beschikking voor een opvangvoorziening",
    "Uitstromers uit instellingen",
    "Uitstromers uit detentie (langer dan drie maanden)",
    "Uitstappende sekswerkers",
)


def follow_progress_2023(conn: sqlite3.Connection) -> None:
    """An older file follows the 2023 norm set with its norms unchanged: each norm gets
    the set's scope and rule, and a value other than the set's is marked as overridden
    (dated today); the standard urgency categories are marked as the set's."""
    conn.execute("UPDATE vision SET norm_set = ?", (OLDER_FILES_SET,))
    for code, (value, scope, applies_to) in OLDER_FILES_NORMS.items():
        conn.execute(
            "UPDATE norm SET scope = ?, applies_to = ?, overridden = CASE "
            "WHEN ? IS NULL OR abs(value - ?) > 1e-9 THEN date('now') ELSE '' END "
            "WHERE code = ?",
            (scope, applies_to, value, value, code),
        )
    marks = ", ".join("?" for _ in OLDER_FILES_CATEGORIES)
    conn.execute(
        f"UPDATE urgency_category SET norm_set = ? WHERE label IN ({marks})",
        (OLDER_FILES_SET, *OLDER_FILES_CATEGORIES),
    )


# STEPS[n] upgrades a file from version n to version n + 1.
STEPS: dict[int, Step] = {
    1: schema_v2.add_cell_totals,  # totals per municipality x group x year, kept by triggers
    2: upgrade_to_3,  # every figure per housing type; types and ranges enforced by the file
}


def migrate(
    path: Path,
    from_version: int,
    *,
    steps: dict[int, Step] | None = None,
    target: int = CURRENT_SCHEMA_VERSION,
    backup: bool = True,
) -> Path | None:
    """Upgrade the file at `path` to `target`; return the backup made (if any).

    `steps` defaults to STEPS (tests pass their own to exercise the mechanism).
    `backup=False` is for a private copy, whose original is untouched anyway.
    """
    steps = STEPS if steps is None else steps
    if from_version >= target:
        return None
    made = backups.make_backup(path, reason=f"voor-upgrade-v{from_version}") if backup else None
    conn = harden(sqlite3.connect(str(path), isolation_level=None))
    try:
        conn.execute("PRAGMA foreign_keys = OFF")  # table rebuilds need this off
        # One transaction for all steps: a failure anywhere leaves the file as it was.
        conn.execute("BEGIN IMMEDIATE")
        try:
            for version in range(from_version, target):
                steps[version](conn)
            conn.execute(f"PRAGMA user_version = {target}")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise sqlite3.IntegrityError(f"foreign key check: {problems[:3]}")
            conn.execute("COMMIT")
        except Exception:
            conn.execute("ROLLBACK")
            raise
    except rebuild.RefusedRowError as exc:
        raise UntrustedFileError(
            path,
            f"'{path.name}' kon niet worden bijgewerkt naar de nieuwe bestandsversie: het bevat "
            f"een waarde die Thuisplan niet toestaat ({exc.violation}). Het bestand is niet "
            "gewijzigd. U kunt de gegevens die wel kloppen overnemen in een nieuw bestand.",
            problems=[str(exc.violation)],
            salvageable=True,
        ) from exc
    except sqlite3.Error as exc:
        raise DamagedFileError(
            path,
            f"'{path.name}' kon niet worden bijgewerkt naar de nieuwe bestandsversie. "
            "Het bestand is niet gewijzigd" + (f"; een kopie staat in {made}." if made else "."),
        ) from exc
    finally:
        conn.close()
    return made
