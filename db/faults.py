"""A database that is damaged or locked, as a command line reports it: one line naming the file, and an exit
code a service manager can tell from a crash (systemd: `RestartPreventExitStatus=65`)."""

from __future__ import annotations

EXIT_DATABASE_DAMAGED = 65  # sysexits EX_DATAERR: a service manager should stop restarting (not a crash)
EXIT_DATABASE_BUSY = 75  # sysexits EX_TEMPFAIL: another process holds the write lock; try again


def database_fault(error: Exception, path: str) -> tuple[str, int] | None:
    """The one line and exit code for a database that is damaged or locked; None for any other error."""
    import sqlite3

    if isinstance(error, sqlite3.OperationalError):
        if "locked" in str(error) or "busy" in str(error):
            return (
                f"inspections-bot: the database {path} is locked by another process (a load or a "
                "backup?); nothing was changed: try again in a moment",
                EXIT_DATABASE_BUSY,
            )
        return None
    if isinstance(error, sqlite3.DatabaseError):
        return (
            f"inspections-bot: the database file {path} is damaged ({error}); restore a copy made with "
            "`inspections-bot backup PATH`, or move the file aside to start again from the shipped data",
            EXIT_DATABASE_DAMAGED,
        )
    return None


def check_intact(db) -> None:
    """Raise sqlite3.DatabaseError, with SQLite's first complaint, when the file fails a quick integrity check."""
    import sqlite3

    check = db.execute("PRAGMA quick_check(1)").fetchone()
    if check[0] != "ok":
        raise sqlite3.DatabaseError(str(check[0]).replace("\n", " ")[:200])
