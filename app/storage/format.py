"""Constants that identify a Thuisplan project file."""

# "THPL" in ASCII: SQLite's application_id marks the file as ours (see `file(1)`).
APPLICATION_ID = 0x5448504C
# The schema version this program writes; stored in PRAGMA user_version.
CURRENT_SCHEMA_VERSION = 3
EXTENSION = ".thuisplan"
SQLITE_MAGIC = b"SQLite format 3\x00"
