"""`inspections-bot backup PATH`: an online copy that opens as a complete store."""

from __future__ import annotations

import sqlite3

import pytest

from db.backup import backup


def test_backup_copies_a_live_database_while_a_connection_is_open(store, db_path, tmp_path):
    target = tmp_path / "backups" / "copy.db"
    with store.connect() as db:
        db.execute("BEGIN")
        db.execute("INSERT INTO meta (key, value) VALUES ('uncommitted', 'x')")
        size = backup(db_path, target)
        db.execute("ROLLBACK")
    assert size > 100_000
    copy = sqlite3.connect(target)
    assert copy.execute("SELECT count(*) FROM grades").fetchone()[0] > 700
    assert copy.execute("SELECT count(*) FROM meta WHERE key = 'uncommitted'").fetchone()[0] == 0


def test_backup_never_overwrites(db_path, tmp_path):
    target = tmp_path / "exists.db"
    target.write_text("keep me")
    with pytest.raises(FileExistsError):
        backup(db_path, target)
    assert target.read_text() == "keep me"


def test_backup_command_line(db_path, tmp_path):
    from tests.conftest import run_cli as run

    result = run("backup", str(tmp_path / "b.db"), cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert result.returncode == 0, result.stderr
    assert "Backed up" in result.stdout and (tmp_path / "b.db").exists()
